"""NEWSINTEL_REQUEST_THREADS: requests beyond the threads wait their turn (never an error);
a bad value stops `serve` with one line."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx
from api_server import serve

REQUESTS: list[tuple[str, dict[str, str | int]]] = [
    ("/search", {"q": "BPJS Ketenagakerjaan", "mode": "hybrid"}),
    ("/search", {"q": "nota kesepahaman", "mode": "keyword"}),
    ("/export/figures.json", {}),
    ("/export/search.csv", {"q": "pekerja rentan"}),
    ("/figures", {"limit": 50}),
    ("/timeline", {"q": "BPJS"}),
    ("/organizations", {}),
] * 4


def test_requests_beyond_the_threads_queue(indexed_dir):
    async def all_at_once(url: str) -> list[int]:
        async with httpx.AsyncClient(base_url=url, timeout=120) as http:
            answers = await asyncio.gather(*(http.get(p, params=q) for p, q in REQUESTS))
            return [a.status_code for a in answers]

    with serve(indexed_dir, env={"NEWSINTEL_REQUEST_THREADS": "1"}) as url:
        assert asyncio.run(all_at_once(url)) == [200] * len(REQUESTS)


def test_a_bad_thread_count_is_refused(indexed_dir):
    done = subprocess.run(
        [sys.executable, "-m", "newsintel.cli", "--data-dir", str(indexed_dir), "serve"],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSINTEL_REQUEST_THREADS": "0", "COLUMNS": "200"},
        timeout=120,
    )
    assert done.returncode == 2
    assert "NEWSINTEL_REQUEST_THREADS: use a whole number from 1 to 256" in done.stdout
