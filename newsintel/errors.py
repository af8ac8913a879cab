"""Known failures of the data dir as one ``error: ...`` line and an exit status, not a traceback.

A corrupt or foreign store, a full disk, a read-only data dir, a damaged index: the operator
needs what failed and what to run, not Python's stack. ``--debug`` (or ``NEWSINTEL_DEBUG=1``)
lets the exception through with its traceback. Anything not listed here is a bug and keeps its
traceback.
"""

from __future__ import annotations

import errno
import functools
import os
import sqlite3
from typing import Any, Callable

import typer
from rich.console import Console
from rich.markup import escape

from corpus.locks import DataDirBusy
from corpus.store import StoreError
from newsintel import exit_codes
from search_api.engine.backends.base import SearchBackendError

DEBUG_ENV = "NEWSINTEL_DEBUG"
_debug = False

# OSErrors that describe the data dir's state, not a bug.
FILE_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT, errno.EIO}
FILE_ERRNOS.add(errno.EFBIG)  # a file-size limit (ulimit -f) reached: as good as a full disk


def set_debug(on: bool) -> None:
    global _debug
    _debug = on


def debugging() -> bool:
    return _debug or os.environ.get(DEBUG_ENV, "").strip().lower() in ("1", "true", "yes")


def describe(exc: BaseException) -> tuple[str, int] | None:
    """(one-line message, exit status) for a known failure, None for anything else."""
    if isinstance(exc, DataDirBusy):
        return str(exc), exit_codes.BUSY
    if isinstance(exc, SearchBackendError):
        return str(exc), exit_codes.USAGE
    if isinstance(exc, StoreError):
        return str(exc), exit_codes.UNREADABLE
    if isinstance(exc, sqlite3.DatabaseError):
        return database_problem(exc), exit_codes.UNREADABLE
    if isinstance(exc, OSError) and exc.errno in FILE_ERRNOS:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}", exit_codes.UNREADABLE
    return None


def database_problem(exc: sqlite3.DatabaseError) -> str:
    """SQLite's terse message with what it means for a newsintel data dir."""
    text = str(exc)
    low = text.lower()
    if "disk is full" in low or "disk i/o" in low:
        return f"a database of the data dir cannot be written: {text} (free some space)"
    if "readonly" in low or "read-only" in low:
        return f"a database of the data dir cannot be written: {text} (read-only data dir?)"
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return (
            f"a database of the data dir is damaged: {text}; run `newsintel check` to see "
            "which, and `newsintel restore BACKUP` to bring back a copy"
        )
    return f"database error: {text}"


def one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """``command`` with known failures printed as one ``error:`` line and their exit status."""

    @functools.wraps(command)  # Typer reads the options from the wrapped signature
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except Exception as exc:
            known = None if debugging() else describe(exc)
            if known is None:
                raise
            message, status = known
            Console(stderr=True).print(f"[red]error:[/] {escape(message)}", soft_wrap=True)
            raise typer.Exit(status) from None

    return guarded
