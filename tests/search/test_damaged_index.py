"""Issue 16, defect 1: a damaged `search/vectors.usearch` is detected and reported, never
half-used, and `newsintel index --rebuild` derives the index again from the store."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

from corpus.store import CorpusStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from api_server import serve  # noqa: E402
from cli_corpus import DOCS, indexed_dir, run, said  # noqa: E402


def test_truncated_vector_file_is_reported_then_rebuilt(tmp_path):
    data_dir = indexed_dir(tmp_path / "data")
    vectors = data_dir / "search" / "vectors.usearch"
    with vectors.open("r+b") as f:  # truncate -s 50%
        f.truncate(vectors.stat().st_size // 2)

    plain = run(data_dir, "index")
    assert plain.exit_code == 2, plain.output
    assert "damaged" in said(plain) and "newsintel index --rebuild" in said(plain)

    semantic = run(data_dir, "search", "santunan ahli waris", "--mode", "semantic")
    assert semantic.exit_code == 2 and "Traceback" not in semantic.output
    assert "newsintel index --rebuild" in said(semantic)

    with serve(data_dir, healthy=False) as url:
        answer = httpx.get(url + "search", params={"q": "santunan", "mode": "semantic"}, timeout=60)
        assert answer.status_code == 503, answer.text
        assert "newsintel index --rebuild" in answer.json()["message"]
        health = httpx.get(url + "health", timeout=60).json()
        assert health["status"] == "degraded" and "damaged" in health["index"]["error"]

    rebuilt = run(data_dir, "index", "--rebuild")
    assert rebuilt.exit_code == 0 and f"{DOCS} new" in said(rebuilt), rebuilt.output
    again = run(data_dir, "index")
    assert again.exit_code == 0 and f"{DOCS} unchanged" in said(again), again.output
    found = run(data_dir, "search", "santunan ahli waris", "--mode", "semantic", "--format", "json")
    assert found.exit_code == 0 and '"doc-' in found.stdout


def test_foreign_or_miscounted_vector_files_are_damaged(tmp_path):
    data_dir = indexed_dir(tmp_path / "data")
    vectors = data_dir / "search" / "vectors.usearch"
    good = vectors.read_bytes()

    vectors.write_bytes(b"not a vector index " * 100)
    assert "not a readable vector index" in said(run(data_dir, "index"))

    # A whole graph, but another index's: fewer vectors than this index had when it saved.
    other = indexed_dir(tmp_path / "other", docs=2)
    vectors.write_bytes((other / "search" / "vectors.usearch").read_bytes())
    result = run(data_dir, "index")
    assert result.exit_code == 2 and f"holds 2 vectors where the index had {DOCS}" in said(result)

    # The right graph stays in step through deletes: no false alarm.
    vectors.write_bytes(good)
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        store.delete_document("doc-0")
    result = run(data_dir, "index")
    assert result.exit_code == 0 and "1 deleted" in said(result), result.output
    result = run(data_dir, "index")
    assert result.exit_code == 0 and f"{DOCS - 1} unchanged" in said(result), result.output
