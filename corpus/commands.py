"""Corpus commands: `newsintel stats` and `newsintel sources`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from corpus.sources import RegistryError, load_registry, parse_assignments
from corpus.store import CorpusStore

console = Console()


def stats(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Counts of stored documents per outlet and per month, and recent crawl errors."""
    with CorpusStore.open_default() as store:
        figures = store.stats()
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


def sources(
    path: Optional[Path] = typer.Argument(
        None, help="Registry file (default: the built-in corpus/sources.yaml)."
    ),
    var: Optional[list[str]] = typer.Option(
        None,
        "--var",
        help="Fill a registry placeholder, e.g. --var sample_site=http://127.0.0.1:8701.",
    ),
) -> None:
    """Validate a sources registry and list its entries."""
    try:
        variables = parse_assignments(var or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--var") from None
    try:
        registry = load_registry(path, variables)
    except RegistryError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    table = Table("name", "kind", "entry points", "domains", "delay", "concurrency")
    for src in registry.values():
        entry_points = len(src.start_urls) + len(src.sitemap_urls) + len(src.feeds)
        table.add_row(
            src.name,
            src.kind,
            str(entry_points),
            ", ".join(src.allowed_domains),
            str(src.politeness.download_delay),
            str(src.politeness.concurrency),
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(stats)
    app.command()(sources)
