"""Regulations: PDF text throughput, and news-to-regulation linking on the sample corpus.

1. PDF pages/s: ``crawler.pdf_text`` over every readable PDF the sample regulation site
   serves (reportlab-written ones, and the two real ones from ../shared when present).
2. Linking, end to end: serve the sample news + regulation sites on 127.0.0.1, crawl both
   into a fresh store (`newsintel crawl`, `crawl-regulations`), enrich with the NLP
   pipeline (`newsintel enrich`), link, and score the resolved references of news documents
   against the hand-labelled citations of the sample articles (``cites`` in the manifest).

    python benchmarks/regulations.py            # both
    python benchmarks/regulations.py --pdf-only
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.config import STORE_FILE  # noqa: E402
from corpus.store import CorpusStore  # noqa: E402
from crawler.pdf_text import PdfProblem, extract_pdf_text  # noqa: E402
from samples.regulation_site import build_regulation_site  # noqa: E402
from samples.server import SampleSiteServer, build_site  # noqa: E402

REGISTRY = REPO / "samples" / "sources.yaml"


def pdf_throughput() -> None:
    site = build_regulation_site()
    manifest = site.manifest("http://h")
    rows = []
    for reg in manifest["regulations"]:
        body = site.resources[reg["pdf_url"].removeprefix("http://h")].body
        start = time.perf_counter()
        pdf = extract_pdf_text(body)
        rows.append((reg["id"], reg["pdf_kind"], pdf.page_count, time.perf_counter() - start))
    bad = 0
    for special in manifest["special"]:
        try:
            extract_pdf_text(site.resources[special["url"].removeprefix("http://h")].body)
        except PdfProblem:
            bad += 1
    print("PDF text extraction (pypdf), one core:")
    for label, chosen in (
        ("reportlab-written", [r for r in rows if r[1] == "generated"]),
        ("real PDFs", [r for r in rows if r[1] == "shared"]),
        ("all", rows),
    ):
        if chosen:
            pages, seconds = sum(r[2] for r in chosen), sum(r[3] for r in chosen)
            print(
                f"  {label:18s} {len(chosen):3d} PDFs {pages:4d} pages {seconds:7.2f} s "
                f"= {pages / seconds:7.1f} pages/s"
            )
    for reg_id, kind, pages, seconds in rows:
        if kind == "shared":
            print(f"    {reg_id}: {pages} pages in {seconds:.2f} s ({pages / seconds:.1f} pages/s)")
    print(f"  unusable PDFs recognised and skipped: {bad}/{len(manifest['special'])}")


def newsintel(data_dir: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}
    env["NEWSINTEL_DATA_DIR"] = str(data_dir)
    env.setdefault("HF_HUB_OFFLINE", "1")
    result = subprocess.run(
        [sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=1800
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")


def linking() -> None:
    with tempfile.TemporaryDirectory() as tmp, SampleSiteServer(build_site("all")) as server:
        data_dir = Path(tmp) / "data"
        site = ["--sources", str(REGISTRY), "--var", f"sample_site={server.url}", "--json"]
        started = time.perf_counter()
        newsintel(data_dir, "-m", "newsintel.cli", "crawl", "--create", *site)
        newsintel(data_dir, "-m", "newsintel.cli", "crawl-regulations", *site)
        crawled = time.perf_counter()
        newsintel(data_dir, "-m", "newsintel.cli", "enrich")
        enriched = time.perf_counter()
        manifest = server.manifest
        with CorpusStore(data_dir / STORE_FILE) as store:
            store.link_regulations()
            score(store, manifest)
            print(f"  (crawl {crawled - started:.0f} s, enrich {enriched - crawled:.0f} s)")


def score(store: CorpusStore, manifest: dict) -> None:
    gold = {
        a["url"]: {(c["type"], c["number"], c["year"]) for c in a["cites"]}
        for a in manifest["articles"]
    }
    regulations = {
        doc["id"]: (doc["metadata"]["type"], doc["metadata"]["number"], doc["metadata"]["year"])
        for doc in store.iter_documents("regulation")
    }
    stored_keys = set(regulations.values())
    news_url = {doc["id"]: doc["url"] for doc in store.iter_documents("news")}
    rows = store.db.execute(
        "SELECT doc_id, type, number, year, regulation_doc_id FROM regulation_refs"
    ).fetchall()
    resolved = correct = 0
    found: set[tuple[str, tuple]] = set()
    wrong = []
    for row in rows:
        url = news_url.get(row["doc_id"])
        if url is None or not row["regulation_doc_id"]:
            continue
        resolved += 1
        key = regulations[row["regulation_doc_id"]]
        if key in gold.get(url, set()) and key == (row["type"], row["number"], row["year"]):
            correct += 1
            found.add((url, key))
        else:
            wrong.append((url.rsplit("/", 2)[-2:], key))
    linkable = {
        (url, key)
        for url, keys in gold.items()
        for key in keys
        if key in stored_keys and url in set(news_url.values())
    }
    news_refs = sum(1 for row in rows if row["doc_id"] in news_url)
    print("Linking news regulation references to stored regulations (sample corpus):")
    print(
        f"  news documents {len(news_url)}, regulations stored {len(regulations)}, "
        f"references in news {news_refs}, resolved {resolved}"
    )
    print(
        f"  precision {correct / resolved if resolved else 0:.3f} ({correct}/{resolved})  "
        f"recall {len(found) / len(linkable) if linkable else 0:.3f} "
        f"({len(found)}/{len(linkable)} hand-labelled citations of stored regulations)"
    )
    unresolved = sorted(
        {
            (r["type"], r["number"], r["year"])
            for r in rows
            if r["doc_id"] in news_url and not r["regulation_doc_id"]
        }
    )
    print(f"  kept unresolved: {unresolved}")
    for item in wrong:
        print(f"  wrong link: {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf-only", action="store_true", help="only the PDF throughput")
    args = parser.parse_args()
    pdf_throughput()
    if not args.pdf_only:
        linking()


if __name__ == "__main__":
    main()
