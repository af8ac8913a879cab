"""Running crawls from tests.

Each crawl runs `newsintel crawl` in its own process: Scrapy's Twisted reactor cannot be
restarted inside one pytest process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from samples.server import SampleSiteServer

REPO = Path(__file__).resolve().parents[2]
SAMPLE_REGISTRY = REPO / "samples" / "sources.yaml"


def crawl_command(
    data_dir: Path, server: SampleSiteServer, registry: Path, *args: str
) -> list[str]:
    """`newsintel crawl --json` of a registry into ``data_dir``, the sample site's URL given."""
    return [
        sys.executable,
        "-m",
        "newsintel.cli",
        "--data-dir",
        str(data_dir),
        "crawl",
        "--sources",
        str(registry),
        "--var",
        f"sample_site={server.url}",
        "--json",
        *args,
    ]


def crawl_env() -> dict[str, str]:
    """The environment without the caller's NEWSINTEL_ settings (a test's own data dir)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}


def run_crawl(
    data_dir: Path,
    server: SampleSiteServer,
    *args: str,
    timeout: float = 120,
    registry: Path = SAMPLE_REGISTRY,
) -> dict:
    """`newsintel crawl` of a registry (default: the sample site's) into ``data_dir``;
    returns its JSON summary. ``--create``: a new data dir's store (an existing one is kept)."""
    command = crawl_command(data_dir, server, registry, "--create", *args)
    result = subprocess.run(
        command, cwd=REPO, env=crawl_env(), capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"crawl failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    return json.loads(result.stdout.strip().splitlines()[-1])
