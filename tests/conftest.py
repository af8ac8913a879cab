"""Fixtures shared by every room's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import config
from corpus.store import CorpusStore

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared data folder (../shared); tests needing it skip where it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip(f"{SHARED}/data is absent: real-data checks need the shared folder")
    return SHARED


@pytest.fixture()
def data_dir(tmp_path: Path):
    """A fresh data directory, set as the current one for code that resolves it."""
    config.set_data_dir(tmp_path / "data")
    yield config.data_dir()
    config.set_data_dir(None)


@pytest.fixture()
def store(data_dir: Path):
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        yield store
