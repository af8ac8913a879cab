"""Throughput of the newsintel spaCy pipeline over the detik corpus, with and without the
statistical NER.

    python benchmarks/nlp.py                     # all 1,000 detik articles
    python benchmarks/nlp.py --limit 300 --n-process 2

Two figures for each pipeline: ``nlp.pipe`` in one process (words per core), and the whole
extraction as ``newsintel enrich`` runs it (text cleaning, pipeline, JSON results) on
``--n-process`` worker processes (default: one per CPU). Prints words/s, docs/s and tokens/s
(wall clock), words per CPU-second of this process for the one-process run (less sensitive to
other work on a shared machine), then the time each component takes. Words are spaCy tokens that
are not whitespace or punctuation; tokens/s counts every spaCy token, as spaCy's own figures do.
Reads ../shared/data/news/detik-1000/data_berita.csv.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.public_sets import DEFAULT_SHARED_DATA, detik_articles  # noqa: E402

# (text, publication date) of a detik article.
Article = tuple[str, date | None]


def load_articles(shared_data: Path, limit: int | None) -> list[Article]:
    try:
        rows = detik_articles(shared_data)
    except FileNotFoundError as exc:
        raise SystemExit(str(exc)) from None
    articles: list[Article] = [(a.as_txt(), date.fromisoformat(a.published)) for a in rows]
    return articles[:limit] if limit else articles


def make_docs(nlp: Language, articles: list[Article]) -> list[Doc]:
    docs = []
    for text, published in articles:
        doc = nlp.make_doc(text)
        doc._.published = published
        docs.append(doc)
    return docs


def count_words(docs: Iterable[Doc]) -> int:
    return sum(1 for doc in docs for t in doc if not (t.is_space or t.is_punct))


def rates(words: int, tokens: int, docs: int, wall: float, cpu: float | None) -> dict:
    return {
        "docs": docs,
        "words": words,
        "wall": wall,
        "words_per_s": words / wall,
        "docs_per_s": docs / wall,
        "tokens_per_s": tokens / wall,
        "words_per_cpu_s": words / cpu if cpu else None,
    }


def run_pipe(nlp: Language, articles: list[Article], batch_size: int) -> dict:
    """nlp.pipe over ready-made Docs, in this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(make_docs(nlp, articles), batch_size=batch_size))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return rates(count_words(docs), sum(len(doc) for doc in docs), len(docs), wall, cpu)


def run_extraction(nlp: Language, articles: list[Article], batch_size: int, n_process: int) -> dict:
    """Text in, extraction JSON out, on worker processes: what ``newsintel enrich`` does."""
    from nlp.parallel import ExtractionPool

    items = [
        {"title": "", "text": text, "published": published.isoformat() if published else None}
        for text, published in articles
    ]
    with ExtractionPool(nlp, n_process, batch_size) as pool:
        wall = time.perf_counter()
        results = pool.extract(items)
        wall = time.perf_counter() - wall
    tokenizer = cast(Tokenizer, nlp.tokenizer)  # Language types it as a bare callable
    docs = list(tokenizer.pipe(r["text"] for r in results))
    return rates(count_words(docs), sum(len(doc) for doc in docs), len(results), wall, None)


def report(label: str, result: dict) -> None:
    cpu = f", {result['words_per_cpu_s']:,.0f} words/CPU-s" if result["words_per_cpu_s"] else ""
    print(
        f"{label:44} {result['words_per_s']:9,.0f} words/s  {result['docs_per_s']:7.1f} docs/s"
        f"  {result['tokens_per_s']:9,.0f} tokens/s"
        f"  ({result['words']:,} words, {result['docs']} docs in {result['wall']:.1f} s{cpu})"
    )


def component_times(
    nlp: Language, articles: list[Article], batch_size: int
) -> list[tuple[str, float]]:
    """Seconds per component, each run over the whole batch in pipeline order."""
    started = time.perf_counter()
    docs = make_docs(nlp, articles)
    times = [("tokenizer", time.perf_counter() - started)]
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        times.append((name, time.perf_counter() - started))
    return times


def fresh_pipeline(use_ner: bool, articles: list[Article]) -> Language:
    from nlp.pipeline import build_pipeline

    nlp = build_pipeline(use_ner=use_ner)
    list(nlp.pipe(make_docs(nlp, articles[:20])))  # warm-up: lazy tables, first allocations
    return nlp


def main() -> None:
    from corpus.config import available_cpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument(
        "--n-process",
        type=int,
        default=available_cpus(),
        help="worker processes for the extraction run [default: one per CPU]",
    )
    parser.add_argument("--skip-breakdown", action="store_true", help="no per-component timing")
    args = parser.parse_args()

    articles = load_articles(DEFAULT_SHARED_DATA, args.limit)
    print(
        f"detik corpus: {len(articles)} articles; batch size {args.batch_size};"
        f" {available_cpus()} CPUs"
    )
    for label, use_ner in (("with statistical NER", True), ("without statistical NER", False)):
        # A fresh pipeline for each run: the vocabulary and the components' caches would
        # otherwise come warm from the run before (forked workers inherit them).
        nlp = fresh_pipeline(use_ner, articles)
        report(f"{label}, nlp.pipe, 1 process", run_pipe(nlp, articles, args.batch_size))
        report(
            f"{label}, extraction, {args.n_process} process(es)",
            run_extraction(
                fresh_pipeline(use_ner, articles), articles, args.batch_size, args.n_process
            ),
        )
        if not args.skip_breakdown:
            times = component_times(nlp, articles, args.batch_size)
            total = sum(t for _, t in times)
            print("  " + ", ".join(f"{name} {t:.2f}s ({t / total:.0%})" for name, t in times))


if __name__ == "__main__":
    main()
