import sqlite3
import subprocess
import sys

import pytest

from corpus.store import NEW, UNCHANGED, UPDATED, CorpusStore, Document


def article(**kw):
    base = dict(
        url="https://outlet.example/read/1",
        title="BPJS Ketenagakerjaan gandeng Apeksi",
        text="Jakarta - BPJS Ketenagakerjaan menandatangani nota kesepahaman.",
        source="outlet",
        published="2021-04-08",
    )
    return Document(**{**base, **kw})


def test_upsert_is_idempotent_and_versions_changes(store):
    assert store.upsert_document(article()) == NEW
    # Whitespace-only differences are not a new version.
    assert (
        store.upsert_document(
            article(text="Jakarta -  BPJS Ketenagakerjaan menandatangani  nota kesepahaman.")
        )
        == UNCHANGED
    )
    assert store.upsert_document(article(text="Teks yang diperbarui.")) == UPDATED
    doc = store.get_document(article().id)
    assert doc["version"] == 2 and doc["text"] == "Teks yang diperbarui."
    assert [v["version"] for v in store.versions(doc["id"])] == [1, 2]
    assert store.count_documents() == 1


def test_given_id_is_kept_and_same_url_is_same_document(store):
    store.upsert_document(article(id="archive-42"))
    assert store.get_document("archive-42")["url"] == "https://outlet.example/read/1"
    # Same canonical URL arriving without the id (a crawl) updates that document.
    assert store.upsert_document(article(text="Versi baru.")) == UPDATED
    assert store.count_documents() == 1 and store.get_document("archive-42")["version"] == 2


def test_imported_ids_are_kept_even_when_urls_repeat(store):
    assert store.upsert_document(article(id="archive-1")) == NEW
    assert store.upsert_document(article(id="archive-2", text="Salinan lain.")) == NEW
    assert {d["id"] for d in store.iter_documents()} == {"archive-1", "archive-2"}


def test_document_needs_text_and_identity():
    with pytest.raises(ValueError, match="non-empty text"):
        Document(text="  ", url="https://x.example/a")
    with pytest.raises(ValueError, match="id or a url"):
        Document(text="isi")


def test_enrichment_bookkeeping_and_records(store):
    doc = article()
    store.upsert_document(doc)
    assert [d["id"] for d in store.documents_needing_enrichment("v1")] == [doc.id]
    extraction = {
        "published": "2021-04-08",
        "organizations": [
            {
                "name": "Asosiasi Pemerintah Kota Seluruh Indonesia",
                "acronym": "Apeksi",
                "canonical": "apeksi",
            }
        ],
        "people": [
            {"name": "Bima Arya Sugiarto", "role": "Ketua Dewan Pengurus", "organization": "Apeksi"}
        ],
        "figures": [{"value": 98, "unit": "wali kota", "text": "98 wali kota"}],
        "regulations": [{"type": "Inpres", "number": "2", "year": 2021}],
        "commitments": [{"partner": "Apeksi", "kind": "support", "agreement": "dukungan"}],
        "quotes": [{"speaker": "Bima Arya Sugiarto", "text": "Ada beberapa hal"}],
        "locations": [{"name": "Kota Bogor", "kind": "city", "province": "Jawa Barat"}],
    }
    store.save_extractions([(doc.id, doc.content_hash, "v1", extraction)])
    assert store.documents_needing_enrichment("v1") == []
    assert [d["id"] for d in store.documents_needing_enrichment("v2")] == [doc.id]
    db = store.db
    assert db.execute("SELECT org_id FROM people").fetchone()[0] == "apeksi"
    assert db.execute("SELECT partner_org_id FROM commitments").fetchone()[0] == "apeksi"
    assert db.execute("SELECT date FROM figures").fetchone()[0] == "2021-04-08"
    # Re-enrichment replaces the records instead of adding to them.
    store.save_extractions([(doc.id, doc.content_hash, "v2", extraction)])
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    # A stored regulation with the same type, number and year resolves the reference.
    store.upsert_document(
        Document(
            url="https://jdih.example/inpres-2-2021",
            doc_type="regulation",
            text="Instruksi Presiden Nomor 2 Tahun 2021",
            metadata={"type": "Inpres", "number": "2", "year": 2021},
        )
    )
    assert store.link_regulations() == 1


def test_crawl_log_and_stats(store):
    store.upsert_document(article())
    store.log_crawl(
        [
            {
                "url": "https://outlet.example/x",
                "status": 500,
                "outcome": "error",
                "error": "HTTP 500",
            }
        ]
    )
    stats = store.stats()
    assert stats["by_source"] == {"outlet": 1} and stats["by_month"] == {"2021-04": 1}
    assert stats["errors"][0]["error"] == "HTTP 500"


def test_newer_schema_is_refused(data_dir):
    path = data_dir / "future.sqlite"
    CorpusStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=99")
    with pytest.raises(RuntimeError, match="newer than this newsintel"):
        CorpusStore(path)


def test_killed_writer_loses_nothing_committed(data_dir):
    """A process killed in the middle of a batch leaves every committed batch intact."""
    path = data_dir / "corpus.sqlite"
    script = f"""
import os
from corpus.store import CorpusStore, Document
store = CorpusStore({str(path)!r})
store.upsert_documents([Document(url=f"https://o.example/{{i}}", text="isi") for i in range(50)])
store.db.execute("BEGIN IMMEDIATE")
store.db.execute("INSERT INTO crawl_log(url, outcome, at) VALUES ('x', 'new', 'now')")
os._exit(9)  # dies mid-transaction
"""
    subprocess.run([sys.executable, "-c", script], check=False)
    with CorpusStore(path) as store:
        assert store.count_documents() == 50
        assert store.crawl_log() == []
