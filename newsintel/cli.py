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
import newsintel.backup
import newsintel.check
import newsintel.demo
import newsintel.extraction
import newsintel.ingest
import newsintel.regulations
import newsintel.store_guard
import nlp.commands
import search_api.commands
from corpus import config
from newsintel.errors import one_line_errors, set_debug
from newsintel.store_guard import refuse_without_store_unless_create
from newsintel.writer_lock import with_data_dir_lock

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
    newsintel.store_guard,
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
    newsintel.check,
    newsintel.backup,
)


# Commands that read an existing store (or the index built from it). On a data dir without
# one, a mistyped --data-dir most often, they stop with its path instead of creating an empty
# store and answering from it (or emptying the index to match).
NEEDS_STORE = frozenset({"stats", "enrich", "index", "search", "serve", "link-regulations"})

# Commands that write documents into a store: on a data dir without one they stop too, unless
# given --create (or the store was made with `newsintel init`). Only `demo` creates its own.
CREATES_WITH_FLAG = frozenset({"crawl", "crawl-regulations", "ingest"})

# Commands that write the store or the index hold the data dir's lock while they run, so two
# of them on one data dir take turns instead of both doing the same work (corpus/locks.py).
HOLDS_LOCK = frozenset({"ingest", "enrich", "index", "link-regulations"})


@app.callback()
def main(
    data_dir: Optional[Path] = typer.Option(
        None,
        "--data-dir",
        envvar=config.ENV_VAR,
        help="Where the corpus store and indexes live (default ./data).",
        show_default=False,
    ),
    debug: bool = typer.Option(
        False,
        "--debug",
        envvar="NEWSINTEL_DEBUG",
        help="Show the traceback of a failure instead of its one-line message.",
    ),
) -> None:
    config.set_data_dir(data_dir)
    set_debug(debug)


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
    _name = _info.name or _info.callback.__name__.replace("_", "-")
    if _name in HOLDS_LOCK:
        _info.callback = with_data_dir_lock(_info.callback, _name)
    if _name in NEEDS_STORE:  # before the lock: a mistyped --data-dir gets no .lock file
        _info.callback = refuse_without_store(_info.callback)
    if _name in CREATES_WITH_FLAG:
        _info.callback = refuse_without_store_unless_create(_info.callback)
    # Outermost: a corrupt store, a full disk, a busy data dir are one line, not a traceback.
    _info.callback = one_line_errors(_info.callback)


if __name__ == "__main__":  # pragma: no cover
    app()
