"""Issue 16, defect 7 (CLI part): a corrupt store gives one `error:` line and a non-zero exit
status, not a traceback; --debug / NEWSINTEL_DEBUG=1 shows the traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import newsintel, said, write_archive  # noqa: E402


@pytest.fixture()
def corrupt_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "corpus.sqlite").write_bytes(b"\x13garbage, not SQLite\n" * 300)
    return data_dir


@pytest.mark.parametrize(
    "args", [["stats"], ["index"], ["enrich"], ["link-regulations"], ["ingest", "ARCHIVE"]]
)
def test_corrupt_store_is_one_line_and_exit_3(corrupt_dir: Path, tmp_path: Path, args):
    args = [str(write_archive(tmp_path / "a.jsonl", 2)) if a == "ARCHIVE" else a for a in args]
    result = newsintel(corrupt_dir, *args)
    assert result.returncode == 3, said(result)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == [errors[0]] and errors[0].startswith("error: "), result.stderr
    assert "damaged" in errors[0] and "newsintel check" in errors[0]


def test_debug_shows_the_traceback(corrupt_dir: Path):
    for result in (
        newsintel(corrupt_dir, "--debug", "stats"),
        newsintel(corrupt_dir, "stats", NEWSINTEL_DEBUG="1"),
    ):
        assert result.returncode != 0
        assert "Traceback" in result.stderr and "DatabaseError" in result.stderr
