"""Which commands may create a corpus store: `newsintel init`, and the writing commands
(crawl, crawl-regulations, ingest) only when told to with ``--create``.

A mistyped ``--data-dir`` used to get a new empty store from any of them, and the crawl or
import then went there unnoticed. Now they stop with the path they looked at; `demo` creates
its own data dir's store, as its job is to build a corpus from nothing.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import typer
from rich.console import Console
from rich.markup import escape

from corpus import config
from corpus.store import CorpusStore
from newsintel.cli_flags import with_flag

CREATE_HELP = "Create the corpus store if the data dir has none (as `newsintel init` does)."


def create_store() -> tuple[bool, str]:
    """(created, path): the data dir's store, made (with its folder) when missing."""
    path = config.store_path(create=False)
    existed = path.is_file()
    with CorpusStore(config.store_path()):  # creates and migrates; a foreign file raises
        pass
    return not existed, str(path)


def init() -> None:
    """Create the data dir and an empty corpus store in it (nothing happens to an existing
    one), for the commands that write to a store: crawl, crawl-regulations, ingest."""
    created, path = create_store()
    Console().print(
        f"created a new corpus store at {escape(path)}"
        if created
        else f"the corpus store at {escape(path)} is already there",
        soft_wrap=True,
    )


def refuse_without_store_unless_create(command: Callable[..., Any]) -> Callable[..., Any]:
    """``command`` with a ``--create`` option; without it, a data dir with no store stops
    the command (exit 2) naming the path."""

    @functools.wraps(command)
    def guarded(*args: Any, create: bool = False, **kwargs: Any) -> Any:
        problem = config.missing_store_message()
        if problem and not create:
            Console(stderr=True).print(
                f"[red]error:[/] {escape(problem)}; or pass --create", soft_wrap=True
            )
            raise typer.Exit(2)
        if problem:
            _, path = create_store()
            Console(stderr=True).print(f"created a new corpus store at {escape(path)}")
        return command(*args, **kwargs)

    return with_flag(guarded, command, "create", "--create", CREATE_HELP)


def register(app: typer.Typer) -> None:
    app.command()(init)
