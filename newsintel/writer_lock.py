"""Commands that write the store or the index hold the data dir's lock (corpus/locks.py) while
they run, and take ``--no-wait`` to stop at once (exit 75) instead of waiting for it."""

from __future__ import annotations

import functools
import inspect
import typing
from typing import Any, Callable

import typer
from rich.console import Console
from rich.markup import escape

from corpus import config
from corpus.locks import data_dir_lock

NO_WAIT_HELP = "Stop at once (exit 75) when another process is writing to the data dir."


def with_data_dir_lock(command: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``command`` run under the data dir's lock, with a ``--no-wait`` option added."""

    @functools.wraps(command)
    def locked(*args: Any, no_wait: bool = False, **kwargs: Any) -> Any:
        def tell(message: str) -> None:
            Console(stderr=True).print(f"[yellow]{escape(message)}[/]", soft_wrap=True)

        with data_dir_lock(config.data_dir(), name, wait=not no_wait, on_wait=tell):
            return command(*args, **kwargs)

    # Typer reads the options from the signature: the command's own, plus --no-wait.
    # Annotations resolved (Annotated options included): Typer reads the new signature.
    signature = inspect.signature(command, eval_str=True)
    no_wait = inspect.Parameter(
        "no_wait",
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(False, "--no-wait", help=NO_WAIT_HELP),
        annotation=bool,
    )
    locked.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), no_wait]
    )
    locked.__annotations__ = {
        **typing.get_type_hints(command, include_extras=True),
        "no_wait": bool,
    }
    return locked
