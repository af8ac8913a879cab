"""Where a corpus lives on disk.

Every command works on one data directory (store, indexes, models caches), so several corpora
can sit side by side. Resolution order: the global ``--data-dir`` option, the
``NEWSINTEL_DATA_DIR`` environment variable, then ``./data``.
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "NEWSINTEL_DATA_DIR"
DEFAULT_DATA_DIR = Path("data")

_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Called once by the CLI's global option; ``None`` falls back to env/default."""
    global _override
    _override = Path(path) if path else None


def data_dir(create: bool = True) -> Path:
    path = _override or Path(os.environ.get(ENV_VAR) or DEFAULT_DATA_DIR)
    path = path.expanduser().resolve()
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def store_path() -> Path:
    return data_dir() / "corpus.sqlite"
