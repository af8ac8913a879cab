"""Issue 16, build 1 (the rest of defect 1): a damaged or foreign `search/embedded.sqlite` is
found on open and reported with what to run, never half-used; `index --rebuild` builds the new
index beside the old one and swaps it in only when complete, so a rebuild killed with SIGKILL
leaves the old index serving. Real files, real `newsintel` processes, real SIGKILL."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import REPO, cli_env, command, ingested, newsintel, said  # noqa: E402

ARTICLES = 8


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    return ingested(tmp_path_factory.mktemp("rebuild"), ARTICLES)


def damage_truncated(db: Path) -> None:
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 2)


def damage_garbage(db: Path) -> None:
    db.write_bytes(b"\x00\x01 these bytes are no database " * 400)


def damage_foreign(db: Path) -> None:
    db.unlink()
    with sqlite3.connect(db) as other:  # some other program's database under our name
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        other.execute("INSERT INTO invoices(total) VALUES (12.5)")


@pytest.mark.parametrize("damage", [damage_truncated, damage_garbage, damage_foreign])
def test_damaged_index_database_is_reported_then_rebuilt(indexed: Path, tmp_path: Path, damage):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    db = data_dir / "search" / "embedded.sqlite"
    for suffix in ("-wal", "-shm"):  # what a checkpointed, closed index leaves
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    damage(db)
    damaged_bytes = db.read_bytes()

    for args in (["index"], ["search", "santunan"], ["check"]):
        result = newsintel(data_dir, *args)
        assert result.returncode in (2, 8), said(result)
        assert "Traceback" not in result.stderr
        assert "embedded.sqlite" in said(result) and "newsintel index --rebuild" in said(result)
    assert db.read_bytes() == damaged_bytes  # reported, never written to

    rebuilt = newsintel(data_dir, "index", "--rebuild")
    assert rebuilt.returncode == 0 and f"indexed {ARTICLES} new" in said(rebuilt), said(rebuilt)
    assert newsintel(data_dir, "check").returncode == 0
    found = newsintel(data_dir, "search", "santunan ahli waris", "--format", "json")
    assert found.returncode == 0 and '"art-' in found.stdout
    assert not (data_dir / "search.rebuild").exists()


def test_killed_rebuild_leaves_the_old_index_serving(indexed: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    old_index = (data_dir / "search" / "embedded.sqlite").stat().st_ino
    proc = subprocess.Popen(
        command(data_dir, "index", "--rebuild"),
        cwd=REPO,
        env=cli_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not (data_dir / "search.rebuild" / "embedded.sqlite").exists():
        assert proc.poll() is None and time.monotonic() < deadline, "rebuild never started"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    assert (data_dir / "search" / "embedded.sqlite").stat().st_ino == old_index
    assert newsintel(data_dir, "check").returncode == 0  # the old index, whole and in step
    found = newsintel(data_dir, "search", "santunan ahli waris", "--format", "json")
    assert found.returncode == 0 and '"art-' in found.stdout

    again = newsintel(data_dir, "index", "--rebuild")  # wipes the partial folder, starts over
    assert again.returncode == 0 and f"indexed {ARTICLES} new" in said(again), said(again)
    assert (data_dir / "search" / "embedded.sqlite").stat().st_ino != old_index
    assert newsintel(data_dir, "check").returncode == 0


def test_swap_killed_between_its_renames_is_finished_on_open(indexed: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    # The state a kill between "search -> search.old" and "search.rebuild -> search" leaves.
    (data_dir / "search").rename(data_dir / "search.rebuild")
    (data_dir / "search.rebuild" / "COMPLETE").write_text("complete\n")
    # A reader (search; serve opens the index the same way) reads the complete rebuild where
    # it is, writing nothing: it answered "no search index" until a writer came along.
    found = newsintel(data_dir, "search", "santunan ahli waris", "--format", "json")
    assert found.returncode == 0 and '"art-' in found.stdout, said(found)
    assert not (data_dir / "search").exists()
    result = newsintel(data_dir, "index")
    assert result.returncode == 0 and f"{ARTICLES} unchanged" in said(result), said(result)
    assert (data_dir / "search" / "embedded.sqlite").is_file()
    assert not (data_dir / "search.rebuild").exists()
