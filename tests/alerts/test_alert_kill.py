"""Nothing lost when `newsintel alerts run` is killed mid-delivery: the new matches were
recorded before the POST, the delivery only after it, so the next run sends them (with the
same delivery id, for a receiver that saw the first attempt)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from receiver import receiving
from test_alert_run import alerts, ingest, jht

from search_api.alerts import cursors, items
from search_api.alerts.saved_searches import SavedSearchStore
from search_api.engine.backends import open_backend
from search_api.http.saved_matches import BackendFinder


def save_search(data_dir: Path, q: str) -> int:
    """A saved search made as POST /saved-searches makes it: what matches now is seen."""
    search = {"q": q, "mode": "hybrid", "filters": {}}
    with open_backend("embedded", data_dir) as backend:
        seen = [h.id for h in BackendFinder(backend).matches(search)]
    saved = SavedSearchStore(data_dir / "saved_searches.sqlite")
    try:
        return saved.create("Klaim JHT", q, "hybrid", {}, seen)["id"]
    finally:
        saved.close()


def test_a_run_killed_during_its_post_loses_nothing(tmp_path):
    data_dir = tmp_path / "data"
    ingest(data_dir, tmp_path, "before", [jht(0, "2026-10-01")])
    sid = save_search(data_dir, "klaim jaminan hari tua")
    ingest(data_dir, tmp_path, "batch", [jht(1, "2026-10-02"), jht(2, "2026-10-03")])
    with receiving() as receiver:
        receiver.answering.clear()  # the POST arrives and hangs: the run is killed in it
        run = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newsintel.cli",
                "--data-dir",
                str(data_dir),
                "alerts",
                "run",
                "--webhook",
                receiver.url,
                "--retries",
                "0",
            ],  # fmt: skip
            env={**os.environ, "NEWSINTEL_SEARCH_BACKEND": "embedded", "HF_HUB_OFFLINE": "1"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 180
            while not receiver.attempts and run.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            assert receiver.attempts, f"the run never posted (exit {run.poll()})"
        finally:
            run.kill()
            run.wait()
        assert run.returncode != 0
        killed_attempt = receiver.attempts[0]
        saved = SavedSearchStore(data_dir / "saved_searches.sqlite")
        try:
            # Found and logged, but not recorded as delivered: the channel's cursor is still
            # where the run started it.
            assert [i.doc_id for i in items.latest(saved.db, sid, 10)] == ["jht-2", "jht-1"]
            assert cursors.get(saved.db, cursors.webhook_channel(receiver.url), sid) == 0
        finally:
            saved.close()

        receiver.answering.set()
        assert receiver.taken == []
        again = alerts(data_dir, "run", "--webhook", receiver.url, "--retries", "0")
        assert again.exit_code == 0, again.output
        [taken] = receiver.taken
        assert [i["id"] for i in taken["items"]] == ["jht-2", "jht-1"]
        assert taken["delivery_id"] == killed_attempt["delivery_id"]
        third = alerts(data_dir, "run", "--webhook", receiver.url, "--retries", "0")
        assert third.exit_code == 0 and len(receiver.taken) == 1


def test_a_broken_saved_search_stops_no_other(tmp_path):
    """A saved search whose filter is no longer valid is reported (exit 1); the others are
    checked and delivered all the same."""
    data_dir = tmp_path / "data"
    ingest(data_dir, tmp_path, "before", [jht(0, "2026-10-01")])
    good = save_search(data_dir, "klaim jaminan hari tua")
    saved = SavedSearchStore(data_dir / "saved_searches.sqlite")
    try:
        broken = saved.create("rusak", "jht", "keyword", {}, [])["id"]
        saved.db.execute(
            "UPDATE saved_searches SET filters=? WHERE id=?", ('{"nonsense": "x"}', broken)
        )
    finally:
        saved.close()
    ingest(data_dir, tmp_path, "batch", [jht(1, "2026-10-02")])
    with receiving() as receiver:
        result = alerts(data_dir, "run", "--webhook", receiver.url, "--retries", "0")
    assert result.exit_code == 1, result.output
    assert f"saved search {broken} not checked" in " ".join(result.output.split())
    assert [[i["id"] for i in p["items"]] for p in receiver.taken] == [["jht-1"]]
    assert receiver.taken[0]["saved_search"]["id"] == good
