"""What the access and operations layer costs per request: p50/p95 latency of /search and
of a cheap read, and the server's CPU time per request, against `newsintel serve` from two
source trees (e.g. before and after), taking turns (A B A B) on the same data dir.

    python benchmarks/middleware_overhead.py DATA_DIR --tree before=/tmp/old --tree after=.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

URL_LINE = re.compile(r"at (http://127\.0\.0\.1:\d+/)")


def start(tree: Path, data_dir: Path) -> tuple[subprocess.Popen, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "HF_HUB_OFFLINE": "1",
        "COLUMNS": "200",
        # Limits on but never reached, so the buckets' cost is in the figure.
        "NEWSINTEL_RATE_SEARCH": "1000000/minute",
        "NEWSINTEL_RATE_READ": "1000000/minute",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsintel.cli", "--data-dir", str(data_dir), "serve"]
        + ["--port", "0", "--log-level", "info"],
        cwd=tree,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the request log is written, as in production
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        match = URL_LINE.search(line)
        if match:
            url = match.group(1)
            break
    else:
        raise RuntimeError(f"{tree}: serve printed no URL")
    # Keep reading: a server whose stdout pipe is full (uvicorn's access log) would block.
    threading.Thread(target=proc.stdout.read, daemon=True).start()
    while True:
        health = httpx.get(url + "health", timeout=120).json()
        if health["index"]["ok"] and not health["index"].get("warming"):
            return proc, url
        time.sleep(0.3)


def cpu_seconds(pid: int) -> float:
    """The server's user + system CPU time: less swayed by other processes than latency."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timings(client: httpx.Client, path: str, params: dict[str, str | int], n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        answer = client.get(path, params=params)
        out.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text[:200]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--tree", action="append", required=True, help="NAME=PATH")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    trees = [(t.split("=", 1)[0], Path(t.split("=", 1)[1]).resolve()) for t in args.tree]
    cases: dict[str, tuple[str, dict[str, str | int]]] = {
        "search": ("/search", {"q": "target peserta BPJS", "mode": "hybrid"}),
        "read": ("/organizations", {"limit": 5}),
    }
    for round_ in range(args.rounds):
        for name, tree in trees:
            proc, url = start(tree, args.data_dir)
            try:
                with httpx.Client(base_url=url, timeout=60) as client:
                    for path, params in cases.values():
                        timings(client, path, params, 50)  # warm
                    figures = []
                    for case, (path, params) in cases.items():
                        cpu = cpu_seconds(proc.pid)
                        ms = timings(client, path, params, args.requests)
                        cpu_ms = (cpu_seconds(proc.pid) - cpu) * 1000 / args.requests
                        p95 = statistics.quantiles(ms, n=20)[18]
                        figures.append(
                            f"{case} p50 {statistics.median(ms):.2f} p95 {p95:.2f} ms,"
                            f" server CPU {cpu_ms:.2f} ms/request"
                        )
                load = os.getloadavg()[0]
                print(f"round {round_ + 1} {name:8s} " + "; ".join(figures) + f" (load {load:.2f})")
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


if __name__ == "__main__":
    main()
