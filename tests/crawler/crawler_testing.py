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


def run_crawl(
    data_dir: Path,
    server: SampleSiteServer,
    *args: str,
    timeout: float = 120,
    registry: Path = SAMPLE_REGISTRY,
) -> dict:
    """`newsintel crawl` of a registry (default: the sample site's) into ``data_dir``;
    returns its JSON summary."""
    command = [
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
        "--create",  # a new data dir's store (an existing one is kept)
        *args,
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}
    result = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"crawl failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    return json.loads(result.stdout.strip().splitlines()[-1])
