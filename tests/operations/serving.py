"""`newsintel serve` as a real process on a data dir, for the operations tests: its URL once it
answers, and the process itself, so a test can SIGKILL it. A plain module, imported by name."""

from __future__ import annotations

import re
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
from ops_cli import REPO, cli_env, command

START_TIMEOUT = 180  # loading the embedding model on a busy machine


@contextmanager
def serving(data_dir: Path, **env: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """`newsintel serve --port 0` (no rate limits unless ``env`` sets them); yields (URL,
    process) once /health says the index is open. Stopped with SIGTERM at the end if alive."""
    settings = {"NEWSINTEL_RATE_SEARCH": "off", "NEWSINTEL_RATE_READ": "off", **env}
    proc = subprocess.Popen(
        command(data_dir, "serve", "--port", "0", "--log-level", "warning"),
        cwd=REPO,
        env=cli_env(**settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = _url(proc)
        # Keep reading its log, so a full pipe never blocks the server.
        threading.Thread(target=proc.stdout.read, daemon=True).start()  # type: ignore[union-attr]
        deadline = time.monotonic() + START_TIMEOUT
        while _starting(httpx.get(url + "health", timeout=60).json()):
            assert proc.poll() is None and time.monotonic() < deadline, "serve never got ready"
            time.sleep(0.2)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _starting(health: dict) -> bool:
    return health["status"] == "starting" or health["index"]["warming"]


def _url(proc: subprocess.Popen) -> str:
    assert proc.stdout is not None
    for line in proc.stdout:  # printed once the socket listens
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if found:
            return found.group(1)
    raise AssertionError(f"newsintel serve printed no URL (exit {proc.wait()})")
