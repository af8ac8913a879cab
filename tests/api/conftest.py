"""The API under test: `newsintel serve` in a subprocess on 127.0.0.1 (free port), over a real
store built from realistic extractions and a real index built by the embedded backend."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from corpus.store import CorpusStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
import api_corpus  # noqa: E402
from api_server import index, serve  # noqa: E402


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
    shutil.copytree(indexed_dir, target, copy_function=_copy_if_still_there)
    return target


def _copy_if_still_there(source: str, target: str) -> None:
    # The session's server reads the same dir: SQLite removes a -wal/-shm file when its last
    # connection closes, which can fall between copytree's listing and its copy.
    try:
        shutil.copy2(source, target)
    except FileNotFoundError:
        if not source.endswith(("-wal", "-shm")):
            raise
