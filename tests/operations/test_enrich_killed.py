"""Issue 16, done-when "kill -9 in enrich, then resume": `newsintel enrich` killed with SIGKILL
part-way keeps every batch it committed, and the next run enriches the rest: every document
enriched exactly once at the current pipeline version (none lost, none done twice, no record
written twice), then `check` clean. A real `newsintel enrich` process, a real SIGKILL."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import newsintel, said, started, write_archive  # noqa: E402

ARTICLES = 12
# One document per batch (and per store transaction): the run commits often, so it is killed
# with batches done and batches to do.
ENRICH = ("enrich", "--batch-size", "1", "--n-process", "1")


def enriched(data_dir: Path) -> dict[str, tuple[str, str]]:
    """doc_id -> (pipeline_version, extracted_at), read beside the running enrich."""
    db = sqlite3.connect(f"file:{data_dir / 'corpus.sqlite'}?mode=ro", uri=True, timeout=30)
    try:
        rows = db.execute("SELECT doc_id, pipeline_version, extracted_at FROM extractions")
        return {doc_id: (version, at) for doc_id, version, at in rows}
    finally:
        db.close()


def kill_part_way(data_dir: Path) -> dict[str, tuple[str, str]]:
    """Start `enrich`, SIGKILL it once its first batch is committed; what it had committed."""
    proc = started(data_dir, *ENRICH, capture=False)
    try:
        wait_for_a_batch(proc, data_dir)
    finally:
        proc.kill()  # SIGKILL: no handler runs, nothing is flushed
        proc.wait()
    assert proc.returncode == -9
    return enriched(data_dir)


def wait_for_a_batch(proc: subprocess.Popen[str], data_dir: Path, workers: bool = False) -> None:
    """Until the running `enrich` has committed a batch (and, with ``workers``, has worker
    processes)."""
    deadline = time.monotonic() + 240  # loading spaCy and the NER on a busy machine
    while not (enriched(data_dir) and (not workers or worker_pids(proc.pid))):
        assert proc.poll() is None, f"enrich ended (exit {proc.returncode}) before a batch"
        assert time.monotonic() < deadline, "enrich committed no batch in time"
        time.sleep(0.01)


def records_per_document(data_dir: Path) -> dict[str, dict[str, int]]:
    """For each document: rows in the queryable tables and items in its extraction JSON."""
    db = sqlite3.connect(f"file:{data_dir / 'corpus.sqlite'}?mode=ro", uri=True)
    try:
        counts: dict[str, dict[str, int]] = {}
        for doc_id, people, figures, locations in db.execute(
            "SELECT doc_id, json_array_length(data, '$.people'),"
            " json_array_length(data, '$.figures'), json_array_length(data, '$.locations')"
            " FROM extractions"
        ):
            counts[doc_id] = {
                "json people": people or 0,
                "json figures": figures or 0,
                "json locations": locations or 0,
            }
        for table in ("people", "figures", "locations"):
            for doc_id, rows in db.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id"):
                counts[doc_id][f"{table} rows"] = rows
        return counts
    finally:
        db.close()


def test_enrich_killed_part_way_then_run_again(tmp_path: Path):
    data_dir = tmp_path / "data"
    archive = write_archive(tmp_path / "archive.jsonl", ARTICLES)
    stored = newsintel(data_dir, "ingest", str(archive), "--create", "--no-enrich", "--no-index")
    assert stored.returncode == 0, said(stored)

    before = kill_part_way(data_dir)
    assert 0 < len(before) < ARTICLES, f"not killed part-way: {len(before)} enriched"

    again = newsintel(data_dir, *ENRICH)
    assert again.returncode == 0, said(again)
    version = re.search(r"pipeline (nlp-\w+)", said(again))
    assert version, said(again)
    # The second run did only what the killed one had not committed ...
    assert f"enriched {ARTICLES - len(before)} documents" in said(again), said(again)
    after = enriched(data_dir)
    assert sorted(after) == sorted(f"art-{n}" for n in range(ARTICLES))
    assert {v for v, _ in after.values()} == {version.group(1)}
    # ... and left what it had committed untouched (enriched once, not redone).
    assert {doc_id: after[doc_id] for doc_id in before} == before

    # No record written twice: each document's rows are exactly its extraction's items.
    for doc_id, counts in records_per_document(data_dir).items():
        for kind in ("people", "figures", "locations"):
            assert counts.get(f"{kind} rows", 0) == counts[f"json {kind}"], (doc_id, counts)

    indexed = newsintel(data_dir, "index")
    assert indexed.returncode == 0 and f"indexed {ARTICLES} new" in said(indexed), said(indexed)
    checked = newsintel(data_dir, "check")
    assert checked.returncode == 0, said(checked)


def worker_pids(pid: int) -> list[int]:
    """The process's children (the extraction workers of `enrich --n-process 2`)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in children.read_text().split()] if children.exists() else []


def test_a_worker_killed_mid_enrich_stops_the_run_with_a_clear_error(tmp_path: Path):
    """The OOM killer takes one extraction worker: `enrich` says so and exits 1 (it used to wait
    for ever), keeps what it committed, and the next run finishes the store."""
    data_dir = tmp_path / "data"
    articles = 40
    archive = write_archive(tmp_path / "archive.jsonl", articles)
    stored = newsintel(data_dir, "ingest", str(archive), "--create", "--no-enrich", "--no-index")
    assert stored.returncode == 0, said(stored)

    run = ("enrich", "--batch-size", "1", "--n-process", "2")
    proc = started(data_dir, *run)
    try:
        wait_for_a_batch(proc, data_dir, workers=True)
        subprocess.run(["kill", "-9", str(worker_pids(proc.pid)[0])], check=True)
        out, err = proc.communicate(timeout=120)  # a hang fails here
    finally:
        proc.kill()
        proc.wait()
    kept = enriched(data_dir)
    assert proc.returncode == 1 and "worker process died" in err, (out, err)
    assert 0 < len(kept) < articles

    again = newsintel(data_dir, *run)
    assert again.returncode == 0, said(again)
    assert f"enriched {articles - len(kept)} documents" in said(again), said(again)
    assert len(enriched(data_dir)) == articles
