"""One writer at a time on a data dir: ``DATA_DIR/.lock`` held with ``fcntl.flock``.

Two `ingest`s (or `enrich`/`index`) started on one data dir used to both enrich and embed
every new document: correct in the end, but the whole work twice. The second now waits for the
first (and then finds little left to do), or with ``--no-wait`` stops at once. ``flock`` is
released by the kernel when the holder exits, killed or not, so a stale lock cannot outlive
its process; the file itself stays (deleting it would race with a waiter).
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Optional

LOCK_FILE = ".lock"


class DataDirBusy(RuntimeError):
    """Another process holds the data dir's lock and the caller chose not to wait."""


def holder(path: Path) -> str:
    """Who holds the lock, as its holder wrote it (pid, command, since when)."""
    try:
        return path.read_text(encoding="utf-8").strip() or "another process"
    except OSError:
        return "another process"


@contextmanager
def data_dir_lock(
    data_dir: Path,
    command: str,
    wait: bool = True,
    on_wait: Optional[Callable[[str], None]] = None,
) -> Iterator[None]:
    """Hold ``data_dir``'s lock for the block. Busy: wait (telling ``on_wait`` who holds it)
    or, with ``wait=False``, raise ``DataDirBusy``."""
    path = data_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            who = holder(path)
            if not wait:
                raise DataDirBusy(
                    f"{data_dir} is busy: {who} holds {path}; run again when it is done, "
                    "or without --no-wait to wait for it"
                ) from None
            if on_wait:
                on_wait(f"waiting for the data dir's lock ({path}), held by {who}")
            fcntl.flock(fd, fcntl.LOCK_EX)
        since = datetime.now(timezone.utc).isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} (newsintel {command}) since {since}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
