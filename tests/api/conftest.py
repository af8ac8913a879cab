"""The API under test: `newsintel serve` in a subprocess on 127.0.0.1 (free port), over a real
store built from realistic extractions and a real index built by the embedded backend."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from corpus.store import CorpusStore
from search_api.backends import open_backend
from search_api.indexing import sync

sys.path.insert(0, str(Path(__file__).resolve().parent))
import api_corpus  # noqa: E402

URL_LINE = re.compile(r"at (http://127\.0\.0\.1:\d+/)")
START_TIMEOUT = 120  # the first start loads the embedding model


def index(data_dir: Path) -> None:
    with CorpusStore(data_dir / "corpus.sqlite") as store, \
            open_backend("embedded", data_dir) as backend:
        sync(store, backend)


@contextmanager
def serve(data_dir: Path) -> Iterator[str]:
    """Run `newsintel serve --port 0` on the data dir; yield its URL once it answers."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NEWSINTEL_SEARCH_BACKEND": "embedded",
           "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsintel.cli", "--data-dir", str(data_dir), "serve",
         "--host", "127.0.0.1", "--port", "0", "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        url = _wait_for_url(proc)
        _wait_until_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_for_url(proc: subprocess.Popen) -> str:
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:  # the URL is printed once the socket listens
        seen.append(line)
        match = URL_LINE.search(line)
        if match:
            return match.group(1)
    raise RuntimeError("newsintel serve exited without printing its URL:\n" + "".join(seen))


def _wait_until_healthy(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"newsintel serve exited with {proc.returncode}")
        try:
            health = httpx.get(url + "health", timeout=START_TIMEOUT).json()
            if health["index"]["ok"]:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not become healthy")


@pytest.fixture(scope="session")
def indexed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the test corpus stored, enriched and indexed (built once)."""
    data_dir = tmp_path_factory.mktemp("api") / "data"
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        api_corpus.build(store)
    index(data_dir)
    return data_dir


@pytest.fixture(scope="session")
def base_url(indexed_dir: Path) -> Iterator[str]:
    with serve(indexed_dir) as url:
        yield url


@pytest.fixture(scope="session")
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=60) as http:
        yield http


@pytest.fixture()
def private_copy(indexed_dir: Path, tmp_path: Path) -> Path:
    """A copy of the indexed data dir that a test may change without touching the others."""
    target = tmp_path / "data"
    shutil.copytree(indexed_dir, target)
    return target
