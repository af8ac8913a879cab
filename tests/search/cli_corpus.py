"""A small real store indexed through the CLI, for tests of the commands' failure modes.
A plain module (not conftest) so tests can import it by name."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from corpus.store import CorpusStore, Document
from newsintel.cli import app

DOCS = 6


def run(data_dir: Path, *args: str):
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), *args])


def said(result) -> str:
    """Messages with Rich's line wrapping undone."""
    return " ".join(result.output.split())


def indexed_dir(path: Path, docs: int = DOCS) -> Path:
    with CorpusStore(path / "corpus.sqlite") as store:
        for n in range(docs):
            store.upsert_document(
                Document(
                    id=f"doc-{n}",
                    url=f"https://contoh.id/berita/{n}",
                    title=f"Santunan pekerja nomor {n}",
                    text=f"BPJS Ketenagakerjaan membayar santunan kematian kepada ahli waris "
                    f"pekerja nomor {n} di kantor cabang.",
                    source="contoh.id",
                    published=f"2025-06-0{n + 1}",
                )
            )
    result = run(path, "index")
    assert result.exit_code == 0 and f"{docs} new" in said(result), result.output
    return path
