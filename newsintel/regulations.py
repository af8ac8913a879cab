"""`newsintel link-regulations`: news' regulation references (found by nlp's enrichment)
resolved to the regulation documents the crawler stored. Two stages meet, so it lives here."""

from __future__ import annotations

import json

import typer
from rich.console import Console

from corpus import config
from corpus.store import CorpusStore

out = Console()


def link_regulations(
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Resolve the news' regulation references (type, number, year) to stored regulations."""
    with CorpusStore(config.store_path()) as store:
        links = store.link_regulation_refs()
    if as_json:
        typer.echo(json.dumps(links))
    else:
        out.print(
            f"{links['resolved']} of {links['references']} regulation references resolved "
            f"({links['regulations']} regulations stored, {links['unresolved']} unresolved)"
        )


def register(app: typer.Typer) -> None:
    app.command("link-regulations")(link_regulations)
