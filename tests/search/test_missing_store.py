"""Issue 16, defect 2: a missing or empty store never empties the search index, and a mistyped
--data-dir is named, not silently turned into a new empty store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from search_api.engine.backends import open_backend

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_corpus import DOCS, indexed_dir, run, said  # noqa: E402


def indexed_count(data_dir: Path) -> int:
    with open_backend("embedded", data_dir) as backend:
        return backend.count()


def test_missing_or_empty_store_does_not_empty_the_index(tmp_path):
    data_dir = indexed_dir(tmp_path / "data")
    store = data_dir / "corpus.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)

    missing = run(data_dir, "index")
    assert missing.exit_code == 2 and str(store) in said(missing), missing.output
    assert not store.exists() and indexed_count(data_dir) == DOCS

    store.write_bytes(b"")  # an empty file: a store with no documents
    for args in (["index"], ["index", "--rebuild"]):
        refused = run(data_dir, *args)
        assert refused.exit_code == 2, refused.output
        assert f"holds no documents but the search index holds {DOCS}" in said(refused)
        assert "--allow-empty-store" in said(refused)
        assert indexed_count(data_dir) == DOCS

    emptied = run(data_dir, "index", "--allow-empty-store")
    assert emptied.exit_code == 0 and f"{DOCS} deleted" in said(emptied), emptied.output
    assert indexed_count(data_dir) == 0


@pytest.mark.parametrize(
    "args",
    [["stats"], ["search", "santunan"], ["index"], ["serve", "--port", "0"], ["enrich"]],
)
def test_read_commands_name_a_mistyped_data_dir(tmp_path, args):
    typo = tmp_path / "dta"
    result = run(typo, *args)
    assert result.exit_code == 2, result.output
    assert f"no corpus store at {typo / 'corpus.sqlite'}" in said(result)
    assert not typo.exists()  # nothing created


def test_help_still_works_on_any_data_dir(tmp_path):
    result = run(tmp_path / "nowhere", "stats", "--help")
    assert result.exit_code == 0 and "Usage" in result.output
