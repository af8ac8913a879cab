"""Issue 16, defect 11 (in part): two `ingest`s on one data dir take turns (DATA_DIR/.lock)
instead of both enriching and embedding every document; --no-wait stops at once (exit 75)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import newsintel, said, started, write_archive  # noqa: E402

ARTICLES = 24


def wait_for_lock_holder(lock: Path, proc: subprocess.Popen, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = lock.read_text() if lock.exists() else ""
        if f"pid {proc.pid} " in text:
            return text
        assert proc.poll() is None, "the first ingest ended before taking the lock"
        time.sleep(0.05)
    raise AssertionError(f"pid {proc.pid} never took {lock}")


def test_two_ingests_take_turns(tmp_path: Path):
    data_dir = tmp_path / "data"
    archive = write_archive(tmp_path / "archive.jsonl", ARTICLES)
    first = started(data_dir, "ingest", str(archive), "--create")
    try:
        held = wait_for_lock_holder(data_dir / ".lock", first)
        assert "newsintel ingest" in held

        busy = newsintel(data_dir, "ingest", str(archive), "--no-wait")
        assert busy.returncode == 75, said(busy)
        assert f"pid {first.pid} (newsintel ingest)" in said(busy)

        second = newsintel(data_dir, "ingest", str(archive))  # waits for the first
        out, err = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, err
    assert f"stored {ARTICLES} new" in " ".join(err.split())
    assert f"indexed {ARTICLES} new" in " ".join(err.split())

    assert second.returncode == 0, said(second)
    assert "waiting for the data dir's lock" in said(second)
    # The second found the first's work done: nothing stored, enriched or embedded again.
    assert f"stored 0 new, 0 changed, {ARTICLES} unchanged" in said(second)
    assert "enriched 0 documents" in said(second)
    assert f"indexed 0 new, 0 changed, 0 refreshed, 0 deleted, {ARTICLES} unchanged" in said(second)


def test_lock_is_released_when_the_holder_is_killed(tmp_path: Path):
    data_dir = tmp_path / "data"
    archive = write_archive(tmp_path / "archive.jsonl", ARTICLES)
    first = started(data_dir, "ingest", str(archive), "--create", capture=False)
    wait_for_lock_holder(data_dir / ".lock", first)
    first.kill()  # SIGKILL: the kernel drops the flock with the process
    first.wait()
    again = newsintel(data_dir, "ingest", str(archive), "--no-wait", "--no-enrich", "--no-index")
    assert again.returncode == 0, said(again)  # not 75: nobody holds the lock any more
    assert "stored" in said(again) and "waiting" not in said(again)
