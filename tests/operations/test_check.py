"""Issue 16, defect 11 (in part): `newsintel check` finds what is wrong in each part of the
data dir (exit status 4 store, 8 index, 16 other databases, summed), and `--repair` brings the
index back in step with the store. Real files, real `newsintel` processes."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from corpus.store import CorpusStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import ingested, newsintel, said  # noqa: E402

ARTICLES = 8


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    return ingested(tmp_path_factory.mktemp("check"), ARTICLES, "--no-enrich")


def check(data_dir: Path, *args: str) -> tuple[int, dict[str, list[dict]]]:
    result = newsintel(data_dir, "check", "--json", *args)
    assert "Traceback" not in result.stderr, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["status"] == result.returncode
    failed: dict[str, list[dict]] = {}
    for finding in report["findings"]:
        if finding["level"] == "error":
            failed.setdefault(finding["part"], []).append(finding)
    return result.returncode, failed


def test_a_clean_data_dir_exits_0(indexed: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    assert check(data_dir) == (0, {})


def test_index_out_of_step_with_the_store_is_found_and_repaired(indexed: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        store.delete_document("art-1")  # gone from the store, still indexed: an orphan
    with sqlite3.connect(data_dir / "search" / "embedded.sqlite") as index:
        index.execute("DELETE FROM docs WHERE id = 'art-2'")  # stored, no longer indexed

    status, failed = check(data_dir)
    assert status == 8 and set(failed) == {"index"}
    details = " ".join(f["detail"] for f in failed["index"])
    assert "1 not indexed: art-2" in details
    assert "1 no longer in the store: art-1" in details
    assert "passages belong to no indexed document" in details  # art-2's, left behind

    repaired = newsintel(data_dir, "check", "--repair")
    assert repaired.returncode == 0, said(repaired)
    assert "1 new" in said(repaired) and "1 deleted" in said(repaired)
    assert check(data_dir) == (0, {})
    found = newsintel(data_dir, "search", "santunan ahli waris pekerja 2", "--format", "json")
    assert found.returncode == 0 and '"art-2"' in found.stdout


def test_damaged_other_databases_and_store_have_their_own_bits(indexed: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    # Any *.sqlite of the data dir is checked, whoever added it (saved searches, keys...).
    (data_dir / "api_keys.sqlite").write_bytes(b"not a database" * 512)
    status, failed = check(data_dir)
    assert status == 16 and "api_keys.sqlite" in failed["databases"][0]["check"]

    store = data_dir / "corpus.sqlite"
    with store.open("r+b") as f:  # a store cut in half: its pages are missing
        f.truncate(store.stat().st_size // 2)
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    status, failed = check(data_dir)
    assert status == 4 + 16 and set(failed) == {"store", "databases"}, failed
