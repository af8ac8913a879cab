"""`newsintel crawl`: crawl the registry's news outlets into the corpus store."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, List, Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from corpus import config
from corpus.sources import RegistryError, parse_assignments
from corpus.store import CorpusStore

if TYPE_CHECKING:  # scrapy loads only when a crawl runs
    from crawler.run import CrawlSummary

console = Console(stderr=True)  # progress and errors
out = Console()  # the summary


def _pairs(pairs: List[str], option: str) -> dict[str, str]:
    try:
        return parse_assignments(pairs)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


# Options every crawl command takes (news and regulations), declared once.
RegistryFile = Annotated[
    Optional[Path],
    typer.Option(
        "--sources",
        help="Registry file (default: the built-in corpus/sources.yaml).",
        exists=True,
        dir_okay=False,
    ),
]
RegistryVars = Annotated[
    Optional[List[str]],
    typer.Option(
        "--var",
        help="Fill a registry placeholder, e.g. --var sample_site=http://127.0.0.1:8701 "
        "(env NEWSINTEL_SAMPLE_SITE also sets it).",
    ),
]
MaxPages = Annotated[
    Optional[int], typer.Option("--max-pages", min=1, help="Stop after about this many responses.")
]
Resume = Annotated[
    bool,
    typer.Option(
        "--resume",
        help="Continue the pending requests of an interrupted crawl of the same "
        "sources instead of starting over.",
    ),
]
LogLevel = Annotated[str, typer.Option("--log-level", help="Scrapy log level.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")]


def report_interruption(summary: CrawlSummary) -> None:
    """Say on stderr when a --resume started over; exit 130/143 when a signal cut the crawl
    short, so a scheduled job can tell an interrupted crawl from a finished one."""
    if summary.restart_note:
        console.print(f"[yellow]{summary.restart_note}[/]", soft_wrap=True)
    if summary.cut_short:
        signum = summary.stopped_by_signal or signal.SIGTERM
        console.print(
            f"[red]crawl cut short[/] by {signal.Signals(signum).name} after "
            f"{summary.pages_fetched} pages; run it again with --resume to continue",
            soft_wrap=True,
        )
        raise typer.Exit(128 + int(signum))


def registry_variables_from(var: Optional[List[str]]) -> dict[str, str]:
    """--var NAME=VALUE options as registry placeholders (URLs without a trailing slash)."""
    return {name: value.rstrip("/") for name, value in _pairs(var or [], "--var").items()}


def crawl(
    source: Optional[List[str]] = typer.Option(
        None,
        "--source",
        "-s",
        help="Outlet name from the registry (repeatable; default: all news outlets).",
    ),
    sources: RegistryFile = None,
    var: RegistryVars = None,
    max_pages: MaxPages = None,
    resume: Resume = False,
    log_level: LogLevel = "WARNING",
    setting: Optional[List[str]] = typer.Option(
        None, "--set", help="Override a Scrapy setting, e.g. --set RETRY_TIMES=1 (repeatable)."
    ),
    as_json: AsJson = False,
) -> None:
    """Crawl news outlets (sitemaps, feeds, listings) into the store; incremental and polite."""
    from crawler.run import run_crawl  # Scrapy and Twisted load only for this command

    store_path = config.store_path()
    variables = registry_variables_from(var)
    overrides = _pairs(setting or [], "--set")
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=as_json,
    ) as progress:
        task = progress.add_task("crawling", total=None)

        def show(live: dict) -> None:
            progress.update(
                task,
                description=f"crawling: {live['fetched']} pages fetched, "
                f"{live['articles']} articles extracted",
            )

        try:
            summary = run_crawl(
                store_path=store_path,
                data_dir=config.data_dir(),
                registry=sources,
                sources=list(source or []) or None,
                variables=variables,
                max_pages=max_pages,
                resume=resume,
                log_level=log_level.upper(),
                on_progress=show,
                overrides=overrides,
            )
        except RegistryError as exc:
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
    with CorpusStore(store_path) as store:
        recent_errors = store.crawl_log(outcome="error", limit=max(summary.errors, 0) or 1)
    summary.error_samples = [
        {"url": e["url"], "status": e["status"], "error": e["error"]}
        for e in recent_errors[: summary.errors]
    ][:20]
    if as_json:
        typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        _print_summary(summary, store_path)
    report_interruption(summary)


def _print_summary(summary: CrawlSummary, store_path: Path) -> None:
    table = Table(
        title=f"Crawl {'cut short' if summary.cut_short else 'finished'} "
        f"({summary.finish_reason}, {summary.elapsed_seconds}s)",
        title_justify="left",
    )
    table.add_column("")
    table.add_column("count", justify="right")
    for label, value in (
        ("pages fetched", summary.pages_fetched),
        ("  of which not modified (304)", summary.not_modified),
        ("hub pages read for links", summary.followed),
        ("stored: new", summary.new),
        ("stored: updated", summary.updated),
        ("unchanged", summary.unchanged),
        ("skipped", summary.skipped),
        ("errors", summary.errors),
    ):
        table.add_row(label, str(value))
    out.print(table)
    if summary.error_samples:
        errors = Table(
            "URL", "status", "error", title="Errors (also in the crawl log)", title_justify="left"
        )
        for err in summary.error_samples:
            errors.add_row(err["url"], str(err["status"] or ""), err["error"] or "")
        out.print(errors)
    out.print(f"store: {store_path}")


def register(app: typer.Typer) -> None:
    app.command()(crawl)
