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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.store import CorpusStore  # noqa: E402
from search_api import evaluation  # noqa: E402
from search_api.backends import open_backend  # noqa: E402
from search_api.fusion import ENGLISH, INDONESIAN, FusionWeights  # noqa: E402
from search_api.indexing import sync  # noqa: E402

SHARED = REPO.parent / "shared"


def build(work: Path, articles: list[dict]):
    with CorpusStore(work / "corpus.sqlite") as store:
        evaluation.store_articles(store, articles)
        backend = open_backend("embedded", data_dir=work)
        started = time.perf_counter()
        stats = sync(store, backend)
        print(f"indexed: {stats.added} new, {stats.passages} passages embedded in "
              f"{time.perf_counter() - started:.1f}s, {stats.unchanged} unchanged")
    return backend


def report(backend, queries: list[dict]) -> dict[str, dict[str, float]]:
    table = {}
    for mode in ("keyword", "semantic", "hybrid"):
        table[mode] = evaluation.mrr_by_language(evaluation.score_queries(backend, queries, mode))
    langs = list(next(iter(table.values())))
    print(f"{'MRR@10':10}" + "".join(f"{lang:>15}" for lang in langs))
    for mode, row in table.items():
        print(f"{mode:10}" + "".join(f"{row[lang]:15.3f}" for lang in langs))
    return table


def tune(backend, queries: list[dict]) -> None:
    """Grid over (k, keyword weight for Indonesian, keyword weight for English)."""
    results = []
    for k, w_id, w_en in itertools.product((10, 30, 60), (0.5, 0.75, 1.0, 1.5),
                                           (0.0, 0.2, 0.4, 0.7, 1.0)):
        indonesian = FusionWeights(keyword=w_id, semantic=1.0, k=k)
        english = FusionWeights(keyword=w_en, semantic=1.0, k=k)
        backend.fusion_weights = lambda q, i=indonesian, e=english: (
            e if evaluation_english(q) else i)
        row = evaluation.mrr_by_language(evaluation.score_queries(backend, queries, "hybrid"))
        results.append((row["all"], k, w_id, w_en, row))
    results.sort(key=lambda r: -r[0])
    for mrr, k, w_id, w_en, row in results[:10]:
        print(f"k={k:3} w_kw(id)={w_id:4} w_kw(en)={w_en:4}  " +
              "  ".join(f"{lang} {value:.3f}" for lang, value in row.items()))


def evaluation_english(query: str) -> bool:
    from search_api.analysis import looks_english
    return looks_english(query)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("own", "facqa"), default="own")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--facqa-split", default="valid")
    args = parser.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"{SHARED}/data is absent: this benchmark needs the shared real data")
    work = args.work or Path("/tmp/newsintel-quality") / args.set
    if args.set == "own":
        articles, queries = evaluation.retrieval_set(
            REPO / "tests/search/retrieval_set.json", SHARED)
    else:
        articles, queries = evaluation.facqa_set(SHARED, args.facqa_split)
    print(f"{args.set}: {len(articles)} documents, {len(queries)} queries; fusion "
          f"id={INDONESIAN} en={ENGLISH}")
    backend = build(work, articles)
    report(backend, queries)
    if args.tune:
        tune(backend, queries)
    backend.close()


if __name__ == "__main__":
    main()
