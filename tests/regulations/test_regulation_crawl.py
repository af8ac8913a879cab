"""Crawl the sample regulation database through its real 127.0.0.1 server, twice, and link
news references to the stored regulations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.store import CorpusStore, Document
from indonesian.regulations import find_regulations, unique_regulations
from newsintel.cli import app
from samples.news_site import build_news_site
from samples.regulation_site import build_regulation_site
from samples.server import SampleSiteServer
from samples.site import combine_sites

pytestmark = pytest.mark.slow  # two crawls in subprocesses

REPO = Path(__file__).resolve().parents[2]
REGISTRY = REPO / "samples" / "sources.yaml"


def crawl_regulations(data_dir: Path, server: SampleSiteServer) -> dict:
    command = [
        sys.executable,
        "-m",
        "newsintel.cli",
        "crawl-regulations",
        "--sources",
        str(REGISTRY),
        "--var",
        f"sample_site={server.url}",
        "--json",
        "--create",
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}
    env["NEWSINTEL_DATA_DIR"] = str(data_dir)
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, f"crawl failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    site = combine_sites(
        "test", build_news_site(), build_regulation_site(real_pdfs={"permenaker-2-2022"})
    )
    data_dir = tmp_path_factory.mktemp("regulations") / "data"
    with SampleSiteServer(site) as server:
        first = crawl_regulations(data_dir, server)
        first_requests = list(server.requests)
        server.reset_log()
        second = crawl_regulations(data_dir, server)
        second_requests = list(server.requests)
        manifest = server.manifest
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        yield {
            "first": first,
            "second": second,
            "store": store,
            "manifest": manifest,
            "data_dir": data_dir,
            "first_requests": first_requests,
            "second_requests": second_requests,
        }


def test_regulations_stored_with_metadata_and_paged_text(crawled):
    store, expected = crawled["store"], crawled["manifest"]["regulations"]
    docs = {doc["url"]: doc for doc in store.iter_documents("regulation")}
    assert set(docs) == {reg["url"] for reg in expected}
    for reg in expected:
        doc = docs[reg["url"]]
        meta = doc["metadata"]
        assert (meta["type"], meta["number"], meta["year"]) == (
            reg["type"],
            reg["number"],
            reg["year"],
        )
        assert (
            meta["title"].casefold() == reg["title"].casefold()
        )  # rebuilt from an all-caps "Judul"
        assert doc["published"] == reg["enacted"]
        assert meta["status"] == reg["status"] and meta.get("promulgated") == reg["promulgated"]
        assert meta["issuer"] == reg["issuer"] and meta["pdf_url"] == reg["pdf_url"]
        assert meta["page_count"] == reg["pages"] == len(meta["page_offsets"])
        first_page = doc["text"][: meta["page_offsets"][1]]
        assert all(phrase in first_page for phrase in reg["first_page_phrases"])
        assert doc["title"].startswith(f"{reg['form']} Nomor {reg['number']} Tahun {reg['year']}")


def test_bad_pdfs_are_logged_and_skipped_and_the_crawl_goes_on(crawled):
    store, manifest = crawled["store"], crawled["manifest"]
    log = {row["url"]: row for row in store.crawl_log(limit=5000)}
    reasons = {
        "scanned_pdf": "scanned",
        "encrypted_pdf": "encrypted",
        "truncated_pdf": "truncated",
        "not_a_pdf": "not a PDF",
    }
    for special in manifest["special"]:
        if special["kind"] in reasons:
            row = log[special["url"]]
            assert row["outcome"] in ("skipped", "error")
            assert reasons[special["kind"]] in row["error"]
            assert store.get_document(special["regulation"]["url"].rsplit("/", 1)[-1]) is None
    assert crawled["first"]["new"] == len(manifest["regulations"])
    assert crawled["first"]["finish_reason"] == "finished"


def test_recrawl_stores_nothing_new_and_fetches_little(crawled):
    second = crawled["second"]
    assert second["new"] == 0 and second["updated"] == 0
    pdfs = [r for r in crawled["second_requests"] if r.path.endswith(".pdf")]
    assert not pdfs
    assert len(crawled["second_requests"]) < len(crawled["first_requests"]) / 4
    assert any(r.status == 304 for r in crawled["second_requests"])


def test_news_reference_links_to_the_regulation(crawled):
    store, manifest = crawled["store"], crawled["manifest"]
    citing = [a for a in manifest["articles"] if a["cites"]]
    docs = [
        Document(
            text=a["text"],
            url=a["url"],
            title=a["title"],
            source=a["outlet"],
            published=a["published_date"],
        )
        for a in citing
    ]
    store.upsert_documents(docs)
    # The parser behind the NLP pipeline's newsintel_regulations component.
    store.save_extractions(
        [
            (
                doc.id,
                doc.content_hash,
                "test",
                {
                    "published": doc.published,
                    "regulations": [
                        r.as_dict() for r in unique_regulations(find_regulations(doc.text))
                    ],
                },
            )
            for doc in docs
        ]
    )
    linked = CliRunner().invoke(
        app, ["--data-dir", str(crawled["data_dir"]), "link-regulations", "--json"]
    )
    assert linked.exit_code == 0, linked.output
    counts = json.loads(linked.stdout)
    regulation_key = {
        doc["id"]: (doc["metadata"]["type"], doc["metadata"]["number"], doc["metadata"]["year"])
        for doc in store.iter_documents("regulation")
    }
    rows = store.db.execute(
        "SELECT doc_id, type, number, year, regulation_doc_id FROM regulation_refs"
    ).fetchall()
    resolved = [r for r in rows if r["regulation_doc_id"]]
    assert counts == {
        "references": len(rows),
        "resolved": len(resolved),
        "unresolved": len(rows) - len(resolved),
        "regulations": store.count_documents("regulation"),
    }
    assert resolved and all(
        regulation_key[r["regulation_doc_id"]] == (r["type"], r["number"], r["year"])
        for r in resolved
    )
    # The Inpres the seed and sample articles cite is found; a law the site lacks stays unresolved.
    inpres = [r for r in rows if (r["type"], r["number"], r["year"]) == ("Inpres", "2", 2021)]
    assert inpres and all(r["regulation_doc_id"] for r in inpres)
    missing = [r for r in rows if (r["type"], r["number"], r["year"]) == ("UU", "6", 2023)]
    assert missing and not any(r["regulation_doc_id"] for r in missing)
