"""Corpus commands: `newsintel stats` and `newsintel sources`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from typer._click.core import Context  # the click typer vendors: what TyperGroup passes
from typer.core import TyperGroup

from corpus import config
from corpus.health import SourceHealth, source_health
from corpus.sources import RegistryError, Source, load_registry, parse_assignments
from corpus.store import CorpusStore
from corpus.url_check import (
    CheckReport,
    check_urls,
    read_csv_urls,
    read_jsonl_urls,
    read_url_list,
)

console = Console()


def stats(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Counts of stored documents per outlet and per month, and recent crawl errors."""
    with CorpusStore(config.store_path(create=False), readonly=True) as store:
        figures = store.stats()
        health = source_health(store)
    figures["source_health"] = [h.as_dict() for h in health]
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    console.print(
        f"[bold]{figures['documents']}[/] documents, {figures['versions']} versions, "
        f"{figures['enriched']} enriched; by type: {figures['by_type']}"
    )
    for title, key in (
        ("Outlet", "by_source"),
        ("Month", "by_month"),
        ("Crawl outcome", "crawl_outcomes"),
    ):
        table = Table(title_justify="left")
        table.add_column(title)
        table.add_column("count", justify="right")
        for name, count in figures[key].items():
            table.add_row(str(name), str(count))
        console.print(table)
    if figures["errors"]:
        table = Table("URL", "status", "error", title="Recent crawl errors")
        for err in figures["errors"]:
            table.add_row(err["url"], str(err["status"] or ""), err["error"] or "")
        console.print(table)
    if health:
        _print_health(health)


def _print_health(health: list[SourceHealth]) -> None:
    table = Table(
        "source",
        "last success",
        "articles/run",
        "pages",
        "empty",
        "unread.",
        "errors",
        "flags",
        title_justify="left",
        title="Source health from the crawl log: articles per run (newest first); "
        "the latest run's article pages, pages with empty text, unreadable "
        "pages, fetch errors",
    )
    for h in health:
        latest = h.runs[0] if h.runs else None
        table.add_row(
            h.source,
            (h.last_success or "never")[:10],
            " ".join(str(r.articles) for r in h.runs[:8]),
            *(
                str(v)
                for v in (
                    (
                        latest.article_pages,
                        latest.empty_text,
                        latest.unreadable,
                        latest.fetch_errors,
                    )
                    if latest
                    else ("", "", "", "")
                )
            ),
            "[red]" + "; ".join(h.flags) + "[/]" if h.flags else "[green]ok[/]",
        )
    console.print(table)


class _DefaultSubcommandGroup(TyperGroup):
    """`newsintel sources [FILE]` keeps validating a registry; `sources check|health` are
    subcommands. Arguments that do not name a subcommand go to the default one."""

    default_command = "list"

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


sources_app = typer.Typer(
    cls=_DefaultSubcommandGroup,
    no_args_is_help=False,
    help="Validate a sources registry (default), check real URLs "
    "against it, or report each source's health.",
)


def _load(path: Optional[Path], var: Optional[list[str]]) -> dict[str, Source]:
    try:
        variables = parse_assignments(var or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--var") from None
    try:
        return load_registry(path, variables)
    except RegistryError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


RegistryArgument = typer.Argument(
    None, help="Registry file (default: the built-in corpus/sources.yaml)."
)
VarOption = typer.Option(
    None, "--var", help="Fill a registry placeholder, e.g. --var sample_site=http://127.0.0.1:8701."
)


@sources_app.command("list")
def sources(path: Optional[Path] = RegistryArgument, var: Optional[list[str]] = VarOption) -> None:
    """Validate a sources registry and list its entries."""
    registry = _load(path, var)
    table = Table(
        "name", "kind", "entry points", "domains", "delay", "concurrency", "patterns checked"
    )
    for src in registry.values():
        entry_points = len(src.start_urls) + len(src.sitemap_urls) + len(src.feeds)
        table.add_row(
            src.name,
            src.kind,
            str(entry_points),
            ", ".join(src.allowed_domains),
            str(src.politeness.download_delay),
            str(src.politeness.concurrency),
            "no" if (src.patterns_checked or "not").startswith("not") else "yes",
        )
    console.print(table)


@sources_app.command("check")
def check(
    path: Optional[Path] = RegistryArgument,
    urls: Optional[Path] = typer.Option(
        None,
        "--urls",
        exists=True,
        dir_okay=False,
        help="Text file: one URL a line, optionally followed "
        "by what it is (article, listing, not-article, none; "
        "default article).",
    ),
    from_jsonl: Optional[list[Path]] = typer.Option(
        None,
        "--from-jsonl",
        exists=True,
        dir_okay=False,
        help="JSON lines whose --field holds an article URL (repeatable).",
    ),
    field_name: str = typer.Option("url", "--field", help="Field of --from-jsonl lines."),
    from_csv: Optional[list[Path]] = typer.Option(
        None,
        "--from-csv",
        exists=True,
        dir_okay=False,
        help="CSV whose --column holds an article URL (repeatable).",
    ),
    column: str = typer.Option("url", "--column", help="Column of --from-csv files."),
    min_share: float = typer.Option(
        1.0,
        "--min-share",
        min=0,
        max=1,
        help="Fail when a source takes less than this share of its known articles as articles.",
    ),
    var: Optional[list[str]] = VarOption,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """How the registry takes each URL (article, shortlink, listing, denied, ignored, none);
    exit status 1 when a source's known articles are not taken as articles."""

    registry = _load(path, var)
    if not (urls or from_jsonl or from_csv):
        raise typer.BadParameter("give --urls, --from-jsonl or --from-csv")
    try:
        pairs = list(read_url_list(urls)) if urls else []
        for jsonl in from_jsonl or []:
            pairs.extend(read_jsonl_urls(jsonl, field_name))
        for table_file in from_csv or []:
            pairs.extend(read_csv_urls(table_file, column))
    except ValueError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    report = check_urls(registry, pairs)
    passed = report.passes(min_share)
    if as_json:
        typer.echo(json.dumps({**report.as_dict(), "passed": passed}, ensure_ascii=False))
    else:
        _print_check(report, passed)
    if not passed:
        raise typer.Exit(1)


@sources_app.command("health")
def health(
    path: Optional[Path] = typer.Argument(
        None,
        help="Registry file whose sources are listed "
        "even when never crawled (default: only sources in "
        "the crawl log).",
    ),
    var: Optional[list[str]] = VarOption,
    runs: int = typer.Option(20, "--runs", min=2, help="Crawl runs read from the log."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Per source: last successful crawl, articles per run, empty-text and extraction-failure
    counts, and a flag when the yield drops (a changed layout). Exit status 1 when a
    crawled source is flagged."""
    names = list(_load(path, var)) if path else None
    with CorpusStore.open_default() as store:
        report = source_health(store, names, max_runs=runs)
    if as_json:
        typer.echo(json.dumps([h.as_dict() for h in report], ensure_ascii=False))
    elif report:
        _print_health(report)
    else:
        console.print("no crawl in the log yet")
    if any(h.flags and h.runs for h in report):
        raise typer.Exit(1)


def _print_check(report: CheckReport, passed: bool) -> None:
    figures = report.as_dict()
    table = Table(
        "source",
        "URLs",
        "taken as",
        "known articles taken",
        title_justify="left",
        title=f"{figures['urls']} URLs, {figures['failures']} not taken as expected",
    )
    for name, row in figures["sources"].items():
        share = row["article_share"]
        table.add_row(
            name,
            str(row["urls"]),
            ", ".join(f"{k} {v}" for k, v in sorted(row["taken"].items())),
            f"{row['articles_taken']}/{row['known_articles']}"
            + (f" ({share:.1%})" if share is not None else ""),
        )
    console.print(table)
    if figures["failed_urls"]:
        failed = Table(
            "URL",
            "source",
            "expected",
            "taken as",
            title="Not taken as expected",
            title_justify="left",
        )
        for row in figures["failed_urls"][:50]:
            failed.add_row(row["url"], row["source"] or "", row["expected"], row["taken_as"])
        console.print(failed)
    console.print("[green]passed[/]" if passed else "[red]failed[/]")


def register(app: typer.Typer) -> None:
    app.command()(stats)
    app.add_typer(sources_app, name="sources")
