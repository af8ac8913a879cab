"""The ``newsintel`` command line: one Typer app, commands contributed by each room.

Each room (corpus, crawler, nlp, search_api) exposes ``register(app)`` in its ``commands``
module; commands that join stages (ingest, extract from a web page, link-regulations, demo)
are newsintel's own. This file only wires them and owns the global options.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

import corpus.commands
import crawler.commands
import crawler.regulation_commands
import newsintel.demo
import newsintel.extraction
import newsintel.ingest
import newsintel.regulations
import nlp.commands
import search_api.commands
from corpus import config

app = typer.Typer(
    name="newsintel",
    help="Crawl, enrich and search Indonesian coverage of workers' social security.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
)

# Modules whose register(app) adds commands, in the order of the data flow. Each imports only
# what its commands' options need; heavy libraries load inside the command that uses them.
ROOM_COMMANDS = (
    corpus.commands,
    crawler.commands,
    newsintel.extraction,
    nlp.commands,
    search_api.commands,
    newsintel.ingest,
    crawler.regulation_commands,
    newsintel.regulations,
    newsintel.demo,
)


@app.callback()
def main(
    data_dir: Optional[Path] = typer.Option(
        None,
        "--data-dir",
        envvar=config.ENV_VAR,
        help="Where the corpus store and indexes live (default ./data).",
        show_default=False,
    ),
) -> None:
    config.set_data_dir(data_dir)


for _module in ROOM_COMMANDS:
    _module.register(app)


if __name__ == "__main__":  # pragma: no cover
    app()
