"""Bounded load run against a real `newsintel serve`: latency percentiles, throughput, errors
and the server's memory from start to end.

    .venv/bin/python benchmarks/load.py                 # 16 and 64 clients, 2,000 requests each
    .venv/bin/python benchmarks/load.py --clients 64 --requests 20000 --data-dir data
    .venv/bin/python benchmarks/load.py --articles 600  # build the corpus from detik-1000

The server runs in its own process on 127.0.0.1 over ``--data-dir`` (or, without one, over a
corpus built once into ``--work`` by ``newsintel ingest`` of ``--articles`` real detik-1000
articles). Each client sends requests back to back from a fixed mix: keyword, semantic and
hybrid searches with real queries (Indonesian and English), documents, organisations,
figures, the timeline and CSV/JSON exports. Every response body is read to the end. An error
is a 5xx or a failed connection (named with its kind of request); 429 (rate limited) is
counted apart. Server RSS (VmRSS of the
server process) is sampled at the start, at the half and at the end of each run: growth over
the second half is the figure for leaks. The server's CPU time per request is the figure the
machine's load bends least (latency on a shared machine follows the share of CPU the server
gets); this client's own share of a core shows it is not the bottleneck. The mix holds 75
distinct queries (tests/search/retrieval_set.json), each in three modes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.public_sets import detik_articles  # noqa: E402
from tests.api.api_server import serve  # noqa: E402

QUERY_SET = REPO / "tests" / "search" / "retrieval_set.json"


def build_corpus(work: Path, articles: int) -> Path:
    """A data dir holding ``articles`` real detik-1000 articles, ingested (enriched and
    indexed) by the CLI as a user would; reused when it is already there."""
    data_dir = work / f"detik-{articles}"
    if (data_dir / "corpus.sqlite").is_file():
        return data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    archive = work / f"detik-{articles}.jsonl"
    with archive.open("w", encoding="utf-8") as handle:
        for a in detik_articles()[:articles]:
            record = {
                "id": f"detik-{a.id}",
                "url": a.url,
                "title": a.title,
                "text": a.text,
                "published": a.published,
                "outlet": "detik.com",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"building the corpus: newsintel ingest of {articles} detik-1000 articles ...")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "newsintel.cli",
            "--data-dir",
            str(data_dir),
            "ingest",
            str(archive),
            "--create",
        ],
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    return data_dir


def queries() -> list[str]:
    spec = json.loads(QUERY_SET.read_text(encoding="utf-8"))
    return [q["q"] for q in spec["queries"]]


def request_mix(client: httpx.Client, texts: list[str]) -> list[tuple[str, str, dict]]:
    """(kind, path, params) to draw from: weights by repetition, real ids from the server."""
    docs = client.get("/search", params={"q": "", "size": 50, "mode": "keyword"}).json()
    doc_ids = [h["id"] for h in docs.get("hits", [])] or ["missing"]
    orgs = client.get("/organizations", params={"size": 50}).json()
    org_ids = [o["id"] for o in orgs.get("items", [])] or [1]
    mix: list[tuple[str, str, dict]] = []
    for q in texts:
        mix += [("search keyword", "/search", {"q": q, "mode": "keyword"})] * 2
        mix += [("search semantic", "/search", {"q": q, "mode": "semantic"})] * 2
        mix += [("search hybrid", "/search", {"q": q, "mode": "hybrid"})] * 4
    mix += [("document", f"/documents/{d}", {}) for d in doc_ids] * 2
    mix += [("organization", f"/organizations/{o}", {}) for o in org_ids]
    mix += [("figures", "/figures", {"size": 50})] * 20
    mix += [("timeline", "/timeline", {"q": q, "interval": "month"}) for q in texts[:20]]
    mix += [("export figures.json", "/export/figures.json", {})] * 8
    mix += [("export figures.csv", "/export/figures.csv", {})] * 8
    mix += [("export search.csv", "/export/search.csv", {"q": q}) for q in texts[:8]]
    return mix


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (a figure the machine's load bends less
    than latency: what one request costs the server)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


async def run(url: str, pid: int, mix: list, clients: int, total: int, seed: int) -> dict:
    rng = random.Random(seed)
    plan = [rng.choice(mix) for _ in range(total)]
    latencies: dict[str, list[float]] = defaultdict(list)
    outcome: dict[str, int] = defaultdict(int)
    rss = {"start": rss_mb(pid)}
    cpu_start = cpu_seconds(pid)
    client_start = cpu_seconds(os.getpid())
    position = 0

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal position
        while position < total:
            kind, path, params = plan[position]
            position += 1
            if position == total // 2:
                rss["half"] = rss_mb(pid)
            start = time.perf_counter()
            try:
                response = await http.get(path, params=params)
                await response.aread()
                label = str(response.status_code)
                if response.status_code >= 500:
                    label = f"error {label} {kind}"
            except httpx.HTTPError as exc:
                label = f"error {type(exc).__name__} {kind}"
            latencies[kind].append(time.perf_counter() - start)
            outcome[label] += 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as http:
        start = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        seconds = time.perf_counter() - start
    rss["end"] = rss_mb(pid)
    cpu = cpu_seconds(pid) - cpu_start
    client_cpu = cpu_seconds(os.getpid()) - client_start
    return {
        "latencies": latencies,
        "outcome": outcome,
        "seconds": seconds,
        "rss": rss,
        "cpu": cpu,
        "client_cpu": client_cpu,
    }


def report(clients: int, total: int, result: dict) -> None:
    load = os.getloadavg()
    every = [v for values in result["latencies"].values() for v in values]
    rss = result["rss"]
    growth = (rss["end"] - rss.get("half", rss["start"])) / rss.get("half", rss["start"]) * 100
    print(
        f"\n{clients} clients, {total:,} requests in {result['seconds']:.1f} s: "
        f"{total / result['seconds']:.1f} req/s; load average {load[0]:.2f} {load[1]:.2f}"
    )
    print(
        f"  all: p50 {percentile(every, 50) * 1000:.0f} ms, p95 {percentile(every, 95) * 1000:.0f}"
        f" ms, p99 {percentile(every, 99) * 1000:.0f} ms; outcomes {dict(result['outcome'])}"
    )
    print(
        f"  server CPU: {result['cpu']:.1f} s, {result['cpu'] / total * 1000:.1f} ms a request"
        f" ({result['cpu'] / result['seconds'] * 100:.0f}% of one core); this client"
        f" {result['client_cpu'] / result['seconds'] * 100:.0f}% of one core"
    )
    print(
        f"  server RSS: start {rss['start']:.0f} MB, half {rss.get('half', float('nan')):.0f} MB,"
        f" end {rss['end']:.0f} MB (second half {growth:+.1f}%)"
    )
    for kind, values in sorted(result["latencies"].items()):
        p50, p95, p99 = (percentile(values, p) * 1000 for p in (50, 95, 99))
        print(
            f"  {kind:20s} n={len(values):5d}  p50 {p50:6.0f} ms  p95 {p95:6.0f} ms"
            f"  p99 {p99:6.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="serve this data dir (default: build one)")
    parser.add_argument("--articles", type=int, default=300, help="detik articles to build from")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsintel-load")
    parser.add_argument("--clients", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--requests", type=int, default=2000, help="requests per run")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", help="keep the requests whose kind contains this (e.g. export)")
    parser.add_argument(
        "--rate-limits",
        action="store_true",
        help="keep the server's rate limits (off by default: every client here is one address)",
    )
    args = parser.parse_args()

    data_dir = args.data_dir or build_corpus(args.work, args.articles)
    # The test server runs without rate limits; --rate-limits puts the defaults back.
    limits = {"NEWSINTEL_RATE_SEARCH": "120/minute", "NEWSINTEL_RATE_READ": "1200/minute"}
    with serve(data_dir, env=limits if args.rate_limits else None) as url:
        pid = server_pid(url)
        with httpx.Client(base_url=url, timeout=60) as http:
            mix = request_mix(http, queries())
        if args.only:
            mix = [item for item in mix if args.only in item[0]]
        print(f"serving {data_dir} at {url} (pid {pid}); {len(mix)} distinct requests in the mix")
        for clients in args.clients:
            result = asyncio.run(run(url, pid, mix, clients, args.requests, args.seed))
            report(clients, args.requests, result)


def server_pid(url: str) -> int:
    """The pid listening on the server's port (the `newsintel serve` process)."""
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    inode = None
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":  # LISTEN
                inode = fields[9]
    for fd in Path("/proc").glob("[0-9]*/fd/*"):
        try:
            if os.readlink(fd) == f"socket:[{inode}]":
                return int(fd.parts[2])
        except OSError:
            continue
    raise RuntimeError(f"no process listens on port {port}")


if __name__ == "__main__":
    main()
