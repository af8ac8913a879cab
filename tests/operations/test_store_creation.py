"""Issue 16, build 1 (defect 2's other half): commands that write refuse a data dir without a
store unless told to create one (`newsintel init` or `--create`): a mistyped --data-dir used to
get a new empty store from crawl or ingest. A foreign SQLite file is never made into a store."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import newsintel, said, write_archive  # noqa: E402

IMPORT_ONLY = ("--no-enrich", "--no-index")


def test_ingest_into_a_data_dir_without_a_store_needs_create(tmp_path: Path):
    archive = str(write_archive(tmp_path / "a.jsonl", 3))
    typo = tmp_path / "dta"
    refused = newsintel(typo, "ingest", archive, *IMPORT_ONLY)
    assert refused.returncode == 2, said(refused)
    assert f"no corpus store at {typo / 'corpus.sqlite'}" in said(refused)
    assert "newsintel init" in said(refused) and "--create" in said(refused)
    assert not typo.exists()  # nothing created

    created = newsintel(typo, "ingest", archive, *IMPORT_ONLY, "--create")
    assert created.returncode == 0, said(created)
    assert "created a new corpus store" in said(created) and "stored 3 new" in said(created)


def test_init_creates_once_then_writing_commands_work(tmp_path: Path):
    data_dir = tmp_path / "data"
    first = newsintel(data_dir, "init")
    assert first.returncode == 0 and "created a new corpus store" in said(first), said(first)
    again = newsintel(data_dir, "init")
    assert again.returncode == 0 and "already there" in said(again)
    archive = str(write_archive(tmp_path / "a.jsonl", 2))
    result = newsintel(data_dir, "ingest", archive, *IMPORT_ONLY)
    assert result.returncode == 0 and "stored 2 new" in said(result), said(result)


def test_a_foreign_database_is_not_turned_into_a_store(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = data_dir / "corpus.sqlite"
    with sqlite3.connect(store) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = store.read_bytes()
    archive = str(write_archive(tmp_path / "a.jsonl", 2))
    for args in (["ingest", archive, *IMPORT_ONLY], ["init"], ["stats"]):
        result = newsintel(data_dir, *args)
        assert result.returncode == 3, said(result)
        assert "not a newsintel corpus store" in said(result) or "schema version 0" in said(result)
        assert "Traceback" not in result.stderr
    assert store.read_bytes() == before
