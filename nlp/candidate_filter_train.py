"""Train the learned keep/drop filter of extracted people and organisations (even ids only).

    python -m nlp.candidate_filter_train            # fit, print held-out figures, write models
    python -m nlp.candidate_filter_train --dry-run  # figures only
    python -m nlp.candidate_filter_train --articles 40 --out /tmp/x  # a small reproducible run

Labels come from two sources, both on even-id detik-1000 articles only:

* the hand-checked precision pool (tests/nlp/real_detik/precision_checked*.jsonl): an item is
  matched to the current extraction by kind and exact name; its judgement is the label;
* the open dev golds (dev, dev2 ... dev12; never dev13 or a test set): an extracted person or
  organisation matched to a gold one under the scorer's matching (nlp/evaluate.py) is "keep",
  any other is "drop". Where both sources label an item, the hand check wins.

Regularisation and each kind's threshold are chosen on probabilities held out by article
(GroupKFold): the threshold is the highest one that drops at most ``--max-right-drop`` of the
right items, so a threshold never sees the rows its model learned from.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from nlp.candidate_features import KINDS, candidates
from nlp.linear_model import LinearModel, fit_linear_model, held_out_probabilities

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "nlp" / "real_detik"
DEV_SETS = ("dev", *(f"dev{i}" for i in range(2, 13)))  # dev13 is held out: never read
MODEL_DIR = Path(__file__).resolve().parent / "data" / "candidate_filter"
FILTER_NAME = "newsintel_candidate_filter"
REGULARISATIONS = (0.03, 0.1, 0.3, 1.0)
FOLDS = 5
# Written down before the odd half was measured (session 54): a kind's threshold is used only
# when, held out, it drops at least this share of the kind's wrong items at the cost of at most
# ``max_right_drop`` of its right ones; otherwise the model's threshold is 0 (keeps everything)
# and the rule's threshold is kept in its meta for measurement.
MIN_WRONG_SHARE = 0.25


@dataclass
class Row:
    kind: str
    detik_id: int
    name: str
    features: dict[str, float]
    keep: bool
    source: str  # "pool" or "dev"


def pool_labels() -> dict[tuple[str, int, str], bool]:
    """The hand-checked pool's even-id judgements by (kind, detik id, name)."""
    items: dict[tuple[str, int, str], bool] = {}
    for path in sorted(GOLD_DIR.glob("precision_checked*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "correct" not in row or int(row["detik_id"]) % 2:
                continue
            items[(row["kind"], int(row["detik_id"]), row["name"])] = bool(row["correct"])
    return items


def dev_golds() -> dict[int, dict]:
    """detik id -> gold of the open dev sets (even ids by construction; checked)."""
    from nlp.evaluate import load_gold

    golds: dict[int, dict] = {}
    for name in DEV_SETS:
        directory = GOLD_DIR / name
        if not directory.is_dir():
            continue
        for document in load_gold(directory):
            detik_id = int(document.gold["detik_id"])
            if detik_id % 2 == 0:
                golds[detik_id] = document.gold
    return golds


def _docs(nlp: Language, items: Iterable[dict]) -> Iterator[Doc]:
    from nlp import extensions
    from nlp.extract import analysed_text, clean_title, parse_published
    from nlp.textutil import remember_text

    extensions.register()
    for item in items:
        title = clean_title(item.get("title"))
        analysed = analysed_text(title, item.get("text") or "")
        doc = nlp.make_doc(analysed)
        remember_text(doc, analysed)
        doc._.published = parse_published(item.get("published"))
        doc.user_data["title"] = title
        yield doc


def unfiltered_docs(items: list[dict]) -> Iterator[Doc]:
    """The pipeline's Docs without the filter (and without what runs after it)."""
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    names = nlp.pipe_names
    cut = names.index(FILTER_NAME) if FILTER_NAME in names else len(names)
    with nlp.select_pipes(disable=names[cut:]):
        yield from nlp.pipe(_docs(nlp, items), batch_size=32)


def collect_rows(limit: int | None = None) -> list[Row]:
    from corpus.public_sets import DEFAULT_SHARED_DATA, detik_articles
    from nlp.evaluate import compare

    pool = pool_labels()
    golds = dev_golds()
    wanted = sorted({i for _, i, _ in pool} | set(golds))
    if limit is not None:
        wanted = wanted[:limit]
    articles = {a.id: a for a in detik_articles(DEFAULT_SHARED_DATA) if a.id in set(wanted)}
    ids = [i for i in wanted if i in articles and i % 2 == 0]
    items = []
    for i in ids:
        published = articles[i].published
        if i in golds and golds[i].get("published"):
            published = golds[i]["published"]  # as eval-extract --given-published
        items.append({"title": articles[i].title, "text": articles[i].text, "published": published})
    rows: list[Row] = []
    for detik_id, doc in zip(ids, unfiltered_docs(items)):
        found = list(candidates(doc))
        matched: set[int] = set()
        if detik_id in golds:
            records: dict[str, list[dict]] = {
                "people": list(doc._.people or []),
                "organizations": list(doc._.organizations or []),
            }
            day = doc._.published.isoformat() if doc._.published else None
            result = compare(golds[detik_id], {**records, "published": day})
            for field, made in records.items():
                extra = {id(x) for x in result[field][2]}
                matched |= {id(x) for x in made if id(x) not in extra}
        for c in found:
            key = (c.kind, detik_id, c.record["name"])
            if key in pool:
                rows.append(Row(c.kind, detik_id, key[2], c.features, pool[key], "pool"))
            elif detik_id in golds:
                keep = id(c.record) in matched
                rows.append(Row(c.kind, detik_id, key[2], c.features, keep, "dev"))
    return rows


def threshold_for(
    probabilities: list[float], labels: list[bool], max_right_drop: float
) -> tuple[float, int, int]:
    """The highest threshold dropping at most ``max_right_drop`` of the right items:
    (threshold, wrong dropped, right dropped)."""
    right = sorted(p for p, keep in zip(probabilities, labels) if keep)
    allowed = int(max_right_drop * len(right))
    # dropping below right[allowed] drops exactly the `allowed` lowest right items at most
    threshold = right[allowed] if allowed < len(right) else 1.0
    wrong_dropped = sum(1 for p, k in zip(probabilities, labels) if not k and p < threshold)
    right_dropped = sum(1 for p, k in zip(probabilities, labels) if k and p < threshold)
    return threshold, wrong_dropped, right_dropped


def train(
    rows: list[Row], max_right_drop: float, out: Path | None, sources: tuple[str, ...]
) -> dict[str, LinearModel]:
    models: dict[str, LinearModel] = {}
    for kind in KINDS:
        chosen = [r for r in rows if r.kind == kind and r.source in sources]
        features = [r.features for r in chosen]
        labels = [r.keep for r in chosen]
        groups = [r.detik_id for r in chosen]
        wrong = labels.count(False)
        print(f"{kind}: {len(chosen)} rows ({wrong} drop) from {len(set(groups))} articles")
        best: tuple[int, float, float, list[float]] | None = None
        for c in REGULARISATIONS:
            probs = held_out_probabilities(features, labels, groups, folds=FOLDS, regularisation=c)
            t, wd, rd = threshold_for(probs, labels, max_right_drop)
            pool_rows = [i for i, r in enumerate(chosen) if r.source == "pool"]
            pwd = sum(1 for i in pool_rows if not labels[i] and probs[i] < t)
            prd = sum(1 for i in pool_rows if labels[i] and probs[i] < t)
            pw = sum(1 for i in pool_rows if not labels[i])
            print(
                f"  C={c:<5} threshold {t:.3f}: wrong dropped {wd}/{wrong}, right dropped "
                f"{rd}/{len(labels) - wrong}; pool rows: wrong dropped {pwd}/{pw}, "
                f"right dropped {prd}/{len(pool_rows) - pw}"
            )
            if best is None or wd > best[0]:
                best = (wd, c, t, probs)
        assert best is not None
        dropped_wrong, c, t, _ = best
        useful = dropped_wrong >= MIN_WRONG_SHARE * wrong
        model = fit_linear_model(
            features,
            labels,
            regularisation=c,
            threshold=t if useful else 0.0,
            meta={
                "rule_threshold": round(t, 4),
                "useful": useful,
                "held_out_wrong_dropped": dropped_wrong,
                "kind": kind,
                "regularisation": c,
                "max_right_drop": max_right_drop,
                "rows": len(chosen),
                "drop_rows": wrong,
                "articles": len(set(groups)),
                "sources": list(sources),
                "trained_by": "python -m nlp.candidate_filter_train",
            },
        )
        print(
            f"  chosen C={c}, rule threshold {t:.3f} drops {dropped_wrong}/{wrong} wrong held "
            f"out: {'used' if useful else f'under {MIN_WRONG_SHARE:.0%}, not used (threshold 0)'}"
            f"; {len(model.weights)} weights"
        )
        models[kind] = model
        if out is not None:
            model.save(out / f"{kind}.json")
    return models


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--max-right-drop", type=float, default=0.01)
    parser.add_argument(
        "--sources", default="pool,dev", help="label sources: pool, dev or both (pool,dev)"
    )
    parser.add_argument("--show-dev-drops", type=int, default=0, help="print N dev drop labels")
    parser.add_argument("--rows", type=Path, help="read the rows from / write them to this file")
    args = parser.parse_args(argv)
    if args.rows is not None and args.rows.exists():
        rows = [Row(**json.loads(line)) for line in args.rows.read_text().splitlines()]
    else:
        rows = collect_rows(args.articles)
        if args.rows is not None:
            args.rows.write_text("".join(json.dumps(vars(r)) + "\n" for r in rows))
    print(f"rows: {len(rows)} (load {os.getloadavg()[0]:.2f})")
    for source in ("pool", "dev"):
        for kind in KINDS:
            these = [r for r in rows if r.source == source and r.kind == kind]
            print(f"  {source:4s} {kind:12s} {len(these)} ({sum(not r.keep for r in these)} drop)")
    if args.show_dev_drops:
        import random

        drops = [r for r in rows if r.source == "dev" and not r.keep]
        for r in random.Random(54).sample(drops, min(args.show_dev_drops, len(drops))):
            print(f"    dev drop {r.kind[:3]} {r.detik_id} {r.name!r}")
    sources = tuple(s for s in args.sources.split(",") if s)
    train(rows, args.max_right_drop, None if args.dry_run else args.out, sources)


if __name__ == "__main__":
    main()
