"""Where a corpus lives on disk, and how many CPUs the work on it may use.

Every command works on one data directory (store, indexes, models caches), so several corpora
can sit side by side. Resolution order: the global ``--data-dir`` option, the
``NEWSINTEL_DATA_DIR`` environment variable, then ``./data``.
"""

from __future__ import annotations

import math
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# The one place the version is written is pyproject.toml; the installed metadata carries it
# (scripts/setup.sh and the image install the project). A bare source tree has no metadata.
try:
    VERSION = version("newsintel")
except PackageNotFoundError:
    VERSION = "0+source"

ENV_VAR = "NEWSINTEL_DATA_DIR"
DEFAULT_DATA_DIR = Path("data")
STORE_FILE = "corpus.sqlite"

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


def store_path(create: bool = True) -> Path:
    return data_dir(create) / STORE_FILE


def missing_store_message() -> str | None:
    """Why the data dir has no store to read (a mistyped --data-dir, most often), or None."""
    path = store_path(create=False)
    if path.is_file():
        return None
    return (
        f"no corpus store at {path}: check --data-dir (or {ENV_VAR}); `newsintel init` creates one"
    )


CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def available_cpus() -> int:
    """CPUs this process may use: its CPU affinity, capped by a container's CPU quota
    (cgroup v2 ``cpu.max``), so a container limited to 2 CPUs on a 32-core host forks 2
    workers, not 32."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    try:
        quota, period = CGROUP_CPU_MAX.read_text().split()[:2]
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return cpus
