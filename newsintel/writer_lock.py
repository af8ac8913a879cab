"""Commands that write the store or the index hold the data dir's lock (corpus/locks.py) while
they run, and take ``--no-wait`` to stop at once (exit 75) instead of waiting for it."""

from __future__ import annotations

import functools
from typing import Any, Callable

from rich.console import Console
from rich.markup import escape

from corpus import config
from corpus.locks import data_dir_lock
from newsintel.cli_flags import with_flag

NO_WAIT_HELP = "Stop at once (exit 75) when another process is writing to the data dir."


def with_data_dir_lock(command: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``command`` run under the data dir's lock, with a ``--no-wait`` option added."""

    @functools.wraps(command)
    def locked(*args: Any, no_wait: bool = False, **kwargs: Any) -> Any:
        def tell(message: str) -> None:
            Console(stderr=True).print(f"[yellow]{escape(message)}[/]", soft_wrap=True)

        with data_dir_lock(config.data_dir(), name, wait=not no_wait, on_wait=tell):
            return command(*args, **kwargs)

    return with_flag(locked, command, "no_wait", "--no-wait", NO_WAIT_HELP)
