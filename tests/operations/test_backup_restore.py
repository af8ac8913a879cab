"""Issue 16, defect 11 (in part): `newsintel backup` copies every database of a data dir in
use (the store while it is written, saved searches, any other *.sqlite) and the index, with a
manifest; `restore` checks the manifest, refuses a non-empty data dir without --force, and
ends with a clean `check`. Real files and `newsintel` processes."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from corpus.store import CorpusStore, Document
from search_api.alerts.saved_searches import SavedSearchStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import newsintel, said, write_archive  # noqa: E402

ARTICLES = 8
LIVE_WRITES = 40  # documents a writer stores during the backup, at most


@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("backup")
    data_dir = base / "data"
    result = newsintel(
        data_dir, "ingest", str(write_archive(base / "a.jsonl", ARTICLES)), "--create"
    )
    assert result.returncode == 0, said(result)
    saved = SavedSearchStore(data_dir / "saved_searches.sqlite")
    saved.create("santunan", "santunan kematian", "hybrid", {}, ["art-0"])
    saved.close()
    with sqlite3.connect(data_dir / "alerts.sqlite") as alerts:  # another room's database
        alerts.execute("CREATE TABLE alerts (id INTEGER PRIMARY KEY, url TEXT)")
        alerts.execute("INSERT INTO alerts(url) VALUES ('https://example.org/hook')")
    return data_dir


def count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_while_the_store_is_written_then_restore(fixture_dir: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(fixture_dir, data_dir)
    stop = threading.Event()

    def keep_writing() -> None:  # a crawl storing documents meanwhile
        with CorpusStore(data_dir / "corpus.sqlite") as store:
            for n in range(LIVE_WRITES):
                if stop.wait(0.02):
                    break
                store.upsert_document(Document(id=f"live-{n}", text=f"berita ke {n}", url=None))

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        backup = newsintel(data_dir, "backup", str(tmp_path / "backup"))
    finally:
        stop.set()
        writer.join()
    assert backup.returncode == 0, said(backup)

    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    paths = {f["path"] for f in manifest["files"]}
    assert {"corpus.sqlite", "saved_searches.sqlite", "alerts.sqlite"} <= paths
    assert {"search/embedded.sqlite", "search/vectors.usearch"} <= paths
    for f in manifest["files"]:
        copy = (tmp_path / "backup" / f["path"]).read_bytes()
        assert len(copy) == f["bytes"] and hashlib.sha256(copy).hexdigest() == f["sha256"]
    backed_up = count(tmp_path / "backup" / "corpus.sqlite", "documents")
    assert backed_up >= ARTICLES  # a snapshot: the articles, and the live ones up to then

    restored = tmp_path / "restored"
    result = newsintel(restored, "restore", str(tmp_path / "backup"))
    assert result.returncode in (0, 8), said(result)
    # The live documents were written after the last `index`: the restored index lacks them,
    # which check reports (8) and --repair fixes.
    if result.returncode:
        assert "not indexed: live-" in said(result)
        assert newsintel(restored, "check", "--repair").returncode == 0
    assert count(restored / "corpus.sqlite", "documents") == backed_up
    assert count(restored / "saved_searches.sqlite", "saved_searches") == 1
    assert count(restored / "alerts.sqlite", "alerts") == 1
    assert newsintel(restored, "check").returncode == 0
    found = newsintel(restored, "search", "santunan ahli waris", "--format", "json")
    assert found.returncode == 0 and '"art-' in found.stdout


def test_restore_refuses_a_non_empty_data_dir_and_a_damaged_backup(
    fixture_dir: Path, tmp_path: Path
):
    data_dir = fixture_dir
    backup = tmp_path / "backup"
    assert newsintel(data_dir, "backup", str(backup)).returncode == 0
    assert newsintel(data_dir, "backup", str(backup)).returncode == 2  # not empty any more

    target = tmp_path / "target"
    assert newsintel(target, "restore", str(backup)).returncode == 0
    again = newsintel(target, "restore", str(backup))
    assert again.returncode == 2 and "is not empty" in said(again) and "--force" in said(again)
    forced = newsintel(target, "restore", str(backup), "--force")
    assert forced.returncode == 0, said(forced)

    store = backup / "corpus.sqlite"
    data = bytearray(store.read_bytes())
    data[len(data) // 2] ^= 0xFF
    store.write_bytes(bytes(data))
    damaged = newsintel(tmp_path / "other", "restore", str(backup))
    assert damaged.returncode == 2 and "differs from its manifest" in said(damaged)
    assert not (tmp_path / "other" / "corpus.sqlite").exists()
