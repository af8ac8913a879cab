"""The ``newsintel`` command line: one Typer app, commands contributed by each room.

Each room (corpus, crawler, nlp, search_api) exposes ``register(app)`` in its ``commands``
module; commands that join stages (ingest, extract from a web page, link-regulations, demo)
are newsintel's own. This file only wires them and owns the global options.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable, Optional

import typer
from rich.console import Console
from rich.markup import escape

import corpus.commands
import crawler.commands
import crawler.regulation_commands
import newsintel.alerts
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
    newsintel.alerts,
    newsintel.demo,
)


# Commands that read an existing store (or the index built from it). On a data dir without
# one, a mistyped --data-dir most often, they stop with its path instead of creating an empty
# store and answering from it (or emptying the index to match). Only crawl, crawl-regulations,
# ingest and demo create a store.
NEEDS_STORE = frozenset({"stats", "enrich", "index", "search", "serve", "link-regulations"})


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


def refuse_without_store(command: Callable[..., Any]) -> Callable[..., Any]:
    """``command``, stopping first (exit 2, the store's path named) when the data dir has no
    store. Checked inside the command, not in the callback above, so ``--help`` still works."""

    @functools.wraps(command)  # Typer reads the options from the wrapped signature
    def guarded(*args: Any, **kwargs: Any) -> Any:
        problem = config.missing_store_message()
        if problem:
            Console(stderr=True).print(f"[red]error:[/] {escape(problem)}", soft_wrap=True)
            raise typer.Exit(2)
        return command(*args, **kwargs)

    return guarded


for _module in ROOM_COMMANDS:
    _module.register(app)
for _info in app.registered_commands:
    assert _info.callback is not None
    if (_info.name or _info.callback.__name__.replace("_", "-")) in NEEDS_STORE:
        _info.callback = refuse_without_store(_info.callback)


if __name__ == "__main__":  # pragma: no cover
    app()
