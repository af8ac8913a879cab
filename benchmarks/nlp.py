"""Throughput of the newsintel spaCy pipeline over the detik corpus, with and without the statistical NER.

    python benchmarks/nlp.py                     # all 1,000 detik articles, 1 process
    python benchmarks/nlp.py --limit 300 --n-process 2

Prints words/s, docs/s and tokens/s (wall clock) and words per CPU-second (less sensitive to
other work on a shared machine), then the time each component takes. Words are spaCy tokens that
are not whitespace or punctuation; tokens/s counts every spaCy token, as spaCy's own figures do. Reads ../shared/data/news/detik-1000/data_berita.csv.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from indonesian.dates import parse_date  # noqa: E402

DETIK = REPO.parent / "shared" / "data" / "news" / "detik-1000" / "data_berita.csv"


def load_articles(path: Path, limit: int | None) -> list[tuple[str, object]]:
    if not path.exists():
        raise SystemExit(f"detik corpus not found at {path}")
    csv.field_size_limit(1 << 30)
    articles = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = f"{row['judul']}\n\n{row['isi_berita']}"
            articles.append((text, parse_date(row["tanggal"] or "")))
            if limit and len(articles) >= limit:
                break
    return articles


def make_docs(nlp, articles, iso_dates: bool = False):
    docs = []
    for text, published in articles:
        doc = nlp.make_doc(text)
        # Docs sent to other processes are serialised with msgpack, which has no date type.
        doc._.published = published.isoformat() if iso_dates and published else published
        docs.append(doc)
    return docs


def count_words(docs) -> int:
    return sum(1 for doc in docs for t in doc if not (t.is_space or t.is_punct))


def run(nlp, articles, batch_size: int, n_process: int) -> dict:
    wall, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(make_docs(nlp, articles, iso_dates=n_process > 1), batch_size=batch_size,
                         n_process=n_process))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    words = count_words(docs)
    tokens = sum(len(doc) for doc in docs)
    return {"docs": len(docs), "words": words, "tokens_per_s": tokens / wall, "wall": wall, "cpu": cpu,
            "words_per_s": words / wall, "docs_per_s": len(docs) / wall,
            "words_per_cpu_s": words / cpu if n_process == 1 else None}


def component_times(nlp, articles, batch_size: int) -> list[tuple[str, float]]:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--n-process", type=int, default=1, help="processes for nlp.pipe (2 cores: try 2)")
    parser.add_argument("--skip-breakdown", action="store_true", help="no per-component timing")
    args = parser.parse_args()

    from nlp.pipeline import build_pipeline

    articles = load_articles(DETIK, args.limit)
    print(f"detik corpus: {len(articles)} articles; batch size {args.batch_size}, {args.n_process} process(es)")
    for label, use_ner in (("with statistical NER", True), ("without statistical NER", False)):
        nlp = build_pipeline(use_ner=use_ner)
        list(nlp.pipe(make_docs(nlp, articles[:20])))  # warm-up: lazy tables, first allocations
        result = run(nlp, articles, args.batch_size, args.n_process)
        cpu = f", {result['words_per_cpu_s']:,.0f} words/CPU-s" if result["words_per_cpu_s"] else ""
        print(f"{label:26} {result['words_per_s']:9,.0f} words/s  {result['docs_per_s']:7.1f} docs/s"
              f"  {result['tokens_per_s']:9,.0f} tokens/s"
              f"  ({result['words']:,} words, {result['docs']} docs in {result['wall']:.1f} s{cpu})")
        if not args.skip_breakdown:
            times = component_times(nlp, articles, args.batch_size)
            total = sum(t for _, t in times)
            print("  " + ", ".join(f"{name} {t:.2f}s ({t / total:.0%})" for name, t in times))


if __name__ == "__main__":
    main()
