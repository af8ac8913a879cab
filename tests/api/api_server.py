"""Run the API under test: `newsintel serve` in a subprocess on 127.0.0.1 (free port), and
build its index. A plain module (not conftest) so tests can import it by name."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, Sequence

import httpx

from corpus.store import CorpusStore
from nlp.dedup import update_clusters
from search_api.engine.backends import open_backend
from search_api.engine.indexing import sync

URL_LINE = re.compile(r"at (http://127\.0\.0\.1:\d+/)")
START_TIMEOUT = 120  # the first start loads the embedding model


def index(data_dir: Path) -> None:
    with (
        CorpusStore(data_dir / "corpus.sqlite") as store,
        open_backend("embedded", data_dir) as backend,
    ):
        update_clusters(store)
        sync(store, backend)


@contextmanager
def serve(
    data_dir: Path,
    healthy: bool = True,
    output: Optional[list[str]] = None,
    env: Optional[dict[str, str]] = None,
    args: Sequence[str] = (),
) -> Iterator[str]:
    """Run `newsintel serve --port 0` on the data dir; yield its URL once it answers (and,
    unless ``healthy`` is False, once its index is ready). ``output`` receives the server's
    log lines after it stops; ``env`` adds settings (NEWSINTEL_...), ``args`` serve options."""
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "NEWSINTEL_SEARCH_BACKEND": "embedded",
        "COLUMNS": "200",
        # Many tests share one server: no rate limits unless a test sets them.
        "NEWSINTEL_RATE_SEARCH": "off",
        "NEWSINTEL_RATE_READ": "off",
        **(env or {}),
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsintel.cli",
            "--data-dir",
            str(data_dir),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--log-level",
            "warning",
            *args,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        url = _wait_for_url(proc)
        _wait_until_healthy(url, proc, need_index=healthy)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if output is not None and proc.stdout is not None:
            output.extend(proc.stdout.read().splitlines())


def newsintel(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """Run a `newsintel` command on the data dir; its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "newsintel.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        timeout=120,
    )


def _wait_for_url(proc: subprocess.Popen) -> str:
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:  # the URL is printed once the socket listens
        seen.append(line)
        match = URL_LINE.search(line)
        if match:
            return match.group(1)
    raise RuntimeError("newsintel serve exited without printing its URL:\n" + "".join(seen))


def _wait_until_healthy(url: str, proc: subprocess.Popen, need_index: bool = True) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"newsintel serve exited with {proc.returncode}")
        try:
            health = httpx.get(url + "health", timeout=START_TIMEOUT).json()
            if (health["index"]["ok"] or not need_index) and not health["index"]["warming"]:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not become healthy")
