"""`newsintel ingest`: an archive into the store, then enrichment, then the search index.

The one command that runs three stages in a row, so it lives with the CLI's wiring: the store
(corpus/archive.py reads the JSONL), nlp's enrichment and search_api's indexing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from corpus.archive import BadLine, read_jsonl
from corpus.progress import progress_bar
from corpus.store import CorpusStore, Document
from nlp.commands import enrich_with_progress
from search_api.commands import (
    BACKEND_OPTION,
    MODEL_OPTION,
    index_store,
    open_search_backend,
    print_index_stats,
)

console = Console(stderr=True)
INGEST_BATCH = 500


def ingest(
    path: Path = typer.Argument(
        ...,
        exists=True,
        dir_okay=False,
        help="JSONL archive: one object a line with id, url, title, text, published, outlet.",
    ),
    enrich: bool = typer.Option(
        True,
        "--enrich/--no-enrich",
        help="Run enrichment (extraction, near-duplicate clusters) on the store.",
    ),
    build_index: bool = typer.Option(True, "--index/--no-index", help="Index them for search."),
    backend: Optional[str] = BACKEND_OPTION,
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Import an archive into the store, then extract (entities, near-duplicate clusters)
    and index it.

    Bad lines are reported with their line number and skipped (exit status 1 at the end);
    every good line is stored, and documents already stored are never lost."""
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    bad: list[BadLine] = []
    with CorpusStore.open_default() as store:
        with progress_bar("ingest", console, total=path.stat().st_size, eta=False) as (
            progress,
            task,
        ):
            batch: list[Document] = []
            for offset, item in read_jsonl(path):
                if isinstance(item, BadLine):
                    bad.append(item)
                    progress.console.print(f"[yellow]line {item.line}:[/] {escape(item.error)}")
                    continue
                batch.append(item)
                if len(batch) >= INGEST_BATCH:
                    _store_batch(store, batch, counts)
                    batch = []
                    progress.update(task, completed=offset)
            _store_batch(store, batch, counts)
            progress.update(task, completed=path.stat().st_size)
        console.print(
            f"stored {counts['new']} new, {counts['updated']} changed, "
            f"{counts['unchanged']} unchanged documents; {len(bad)} bad lines skipped"
        )
        if enrich:
            enrich_with_progress(store)
        if build_index:
            with open_search_backend(backend, model) as search_backend:
                print_index_stats(index_store(store, search_backend))
    if bad:
        raise typer.Exit(1)


def _store_batch(store: CorpusStore, batch: list[Document], counts: dict[str, int]) -> None:
    if not batch:
        return
    for outcome in store.upsert_documents(batch):  # given ids are kept, whatever the URL
        counts[outcome] += 1


def register(app: typer.Typer) -> None:
    app.command()(ingest)
