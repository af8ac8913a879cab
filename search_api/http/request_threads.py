"""How many requests run their synchronous work (store and index reads, exports) at once.

Endpoints that read SQLite run on the server's thread pool; the rest wait their turn in
order (a queue, never an error). Starlette's default of 40 such threads, all wanting one
interpreter lock on a 2-core machine, gained no throughput: each request cost ~25% more CPU
(threads handing the lock round, read connections opened and closed beyond the pool's 8 kept)
and the server held more memory. ``NEWSINTEL_REQUEST_THREADS`` sets another number.
"""

from __future__ import annotations

import os
from typing import Mapping

import anyio.to_thread

from search_api.http.access.settings import SettingError

DEFAULT_REQUEST_THREADS = 8
ENV = "NEWSINTEL_REQUEST_THREADS"


def request_threads_from_env(environ: Mapping[str, str] = os.environ) -> int:
    text = environ.get(ENV, str(DEFAULT_REQUEST_THREADS)).strip()
    if not text.isdigit() or not 1 <= int(text) <= 256:
        raise SettingError(f"{ENV}: use a whole number from 1 to 256, got {text[:40]!r}")
    return int(text)


def limit_request_threads(threads: int) -> None:
    """For the running event loop (call it in the app's lifespan)."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = threads
