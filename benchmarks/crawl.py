"""Crawl benchmark: the whole pipeline against bare trafilatura over the same pages.

Serves a generated site of N article pages (samples.generated, default 2,000) on 127.0.0.1
(in a process of its own, as a web server would be),
then measures, each in its own process (so peak RSS is that job's alone):

  (a) `newsintel crawl` of the site into a temporary store: discovery (sitemaps, feeds,
      listings), HTTP, extraction, batched storage. Pages/s = articles stored / crawl time.
  (b) trafilatura alone over the same article pages, already in memory:
      bare_extraction(favor_precision, no comments, with_metadata) - text, title, date,
      author, the job (a) does - and, for reference, trafilatura.extract() text only.
  (c) for reference, crawler.extraction.extract_article alone over the same pages.

and prints pages/s, peak RSS and the ratio (a)/(b).

    .venv/bin/python benchmarks/crawl.py [--articles 2000] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def run_measured(
    command: list[str], env: dict | None = None
) -> tuple[str, float, float, int, dict]:
    """Run a child process; (stdout, wall seconds, CPU seconds, peak RSS in MB, tree).

    CPU seconds include the child's own children (extraction workers). Peak RSS is polled
    from /proc: ru_maxrss would also count the parent's memory at fork time (this process
    holds the whole generated site). ``tree``: the peak of the summed RSS of the child and
    its descendants (MB), how many processes that was, and the child's own CPU seconds.
    """
    started = time.perf_counter()
    # The watcher thread adds "cpu": seconds per worker pid.
    peak: dict[str, Any] = {"main": 0, "tree": 0, "processes": 1, "main_cpu": 0.0}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=err, env=env)
        watcher = threading.Thread(target=_watch_peak, args=(proc.pid, peak), daemon=True)
        watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        watcher.join(timeout=1)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed:\n{stderr[-3000:]}")
    tree = {
        "peak_rss_mb": peak["tree"] // 1024,
        "processes": peak["processes"],
        "main_cpu_s": round(peak["main_cpu"], 1),
        "workers_cpu_s": round(sum(peak.get("cpu", {}).values()), 1),
    }
    return stdout, wall, usage.ru_utime + usage.ru_stime, peak["main"] // 1024, tree


def _descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found.append(child)
            stack.append(child)
    return found


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int, ticks: int) -> float:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(stat[11]) + int(stat[12])) / ticks


def _watch_peak(pid: int, peak: dict) -> None:
    ticks = os.sysconf("SC_CLK_TCK")
    while True:
        try:
            text = Path(f"/proc/{pid}/status").read_text()
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return
        if "State:\tZ" in text:
            return
        peak["main"] = max(peak["main"], _status_kb(pid, "VmHWM:"))
        peak["main_cpu"] = (int(stat[11]) + int(stat[12])) / ticks
        tree = [pid, *_descendants(pid)]
        for child in tree[1:]:  # workers' CPU, in case they outlive the crawl process
            peak.setdefault("cpu", {})[child] = _cpu_seconds(child, ticks) or peak.get(
                "cpu", {}
            ).get(child, 0.0)
        peak["tree"] = max(peak["tree"], sum(_status_kb(p, "VmRSS:") for p in tree))
        peak["processes"] = max(peak["processes"], len(tree))
        time.sleep(0.05)


def benchmark_registry(path: Path, concurrency: int) -> Path:
    """The sample registry with localhost politeness: no delay, more parallel requests."""
    registry = yaml.safe_load((REPO / "samples" / "sources.yaml").read_text(encoding="utf-8"))
    for entry in registry["sources"]:
        entry["politeness"] = {"download_delay": 0, "concurrency": concurrency}
        entry.setdefault("pagination", {})["max_pages"] = 1000
    path.write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")
    return path


def extraction_only(pages_file: Path, which: str) -> None:
    """Child process of (b)/(c): extract every page, print pages/s as JSON."""
    pages = json.loads(pages_file.read_text(encoding="utf-8"))
    if which == "trafilatura":
        from trafilatura import bare_extraction

        def run(url: str, html: str) -> object:
            return bare_extraction(
                html, url=url, favor_precision=True, include_comments=False, with_metadata=True
            )
    elif which == "trafilatura-text":
        from trafilatura import extract

        def run(url: str, html: str) -> object:
            return extract(html, url=url)
    else:
        from crawler.extraction import extract_article

        def run(url: str, html: str) -> object:
            return extract_article(html, url)

    run(pages[0]["url"], pages[0]["html"])  # warm-up: lazy imports, caches
    started = time.perf_counter()
    empty = 0
    for page in pages:
        result = run(page["url"], page["html"])
        empty += not (getattr(result, "text", result) or "")
    elapsed = time.perf_counter() - started
    print(json.dumps({"pages": len(pages), "seconds": elapsed, "empty": empty}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16, help="parallel requests to the site")
    parser.add_argument(
        "--extract-workers",
        type=int,
        default=None,
        help="extraction worker processes of the crawl (default: the "
        "crawler's, CPUs - 1; 0 extracts in the crawl's own process)",
    )
    parser.add_argument(
        "--extract-only", nargs=2, metavar=("PAGES_JSON", "WHICH"), help=argparse.SUPPRESS
    )
    parser.add_argument("--serve", nargs=2, metavar=("PAGES_JSON", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), int(args.serve[1]))
        return
    if args.extract_only:
        extraction_only(Path(args.extract_only[0]), args.extract_only[1])
        return

    python = sys.executable
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pages_file = tmp / "pages.json"
        # The site is served by a process of its own, like a real web server: its threads
        # must not share an interpreter (and a GIL) with the measurement harness.
        server = subprocess.Popen(
            [python, str(Path(__file__).resolve()), "--serve", str(pages_file), str(args.articles)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None  # stdout=PIPE
            url = server.stdout.readline().strip()
            if not url.startswith("http"):
                raise SystemExit("the benchmark site did not start")
            measure(args, url, pages_file, tmp, python, env)
        finally:
            server.terminate()
            server.wait(timeout=10)


def serve(pages_file: Path, n_articles: int) -> None:
    """Child process: serve the generated site, write its article pages, print its URL."""
    from samples import server as sample_server
    from samples.generated import generate_site

    # The stand-in server writes headers and body separately; without TCP_NODELAY every
    # keep-alive response waits ~40 ms for the client's delayed ACK (measured: 22 vs 1,100
    # sequential requests/s). That is the test server's limit, not the crawler's.
    sample_server._Handler.disable_nagle_algorithm = True
    server = sample_server.SampleSiteServer(generate_site(n_articles=n_articles)).start()
    prefix = len(server.url)
    pages = []
    for article in server.manifest["articles"]:
        bound = server.bound[article["url"][prefix:]]
        pages.append(
            {
                "url": article["url"],
                "html": bound.body.decode(_charset(bound.resource.content_type), "replace"),
            }
        )
    pages_file.write_text(json.dumps(pages), encoding="utf-8")
    print(server.url, flush=True)
    while True:
        time.sleep(3600)


def measure(
    args: argparse.Namespace, url: str, pages_file: Path, tmp: Path, python: str, env: dict
) -> None:
    pages = json.loads(pages_file.read_text(encoding="utf-8"))
    size = sum(len(p["html"]) for p in pages) / len(pages)
    print(f"[{load()}] site: {len(pages)} article pages (mean {size / 1024:.1f} KB) at {url}")
    registry = benchmark_registry(tmp / "sources.yaml", args.concurrency)
    workers = (
        []
        if args.extract_workers is None
        else ["--set", f"NEWSINTEL_EXTRACT_WORKERS={args.extract_workers}"]
    )
    out, wall, cpu, rss, tree = run_measured(
        [
            python,
            "-m",
            "newsintel.cli",
            "--data-dir",
            str(tmp / "data"),
            "crawl",
            "--create",
            "--sources",
            str(registry),
            "--var",
            f"sample_site={url}",
            "--json",
            "--log-level",
            "ERROR",
            *workers,
        ],
        env,
    )
    summary = json.loads(out.strip().splitlines()[-1])
    stored = summary["new"] + summary["updated"] + summary["unchanged"]
    crawl_rate = stored / summary["elapsed_seconds"]
    print(
        f"(a) whole crawl: {stored} articles stored of {len(pages)}, "
        f"{summary['pages_fetched']} responses, {summary['errors']} errors, "
        f"{summary['elapsed_seconds']:.1f} s crawling ({wall:.1f} s with start-up): "
        f"{crawl_rate:.1f} articles/s, "
        f"{summary['pages_fetched'] / summary['elapsed_seconds']:.1f} responses/s; "
        f"{cpu:.1f} CPU s ({stored / cpu:.1f} articles per CPU s, start-up included); "
        f"peak RSS {rss} MB; with its extraction workers: {tree['processes']} processes, "
        f"peak RSS {tree['peak_rss_mb']} MB together; CPU s: crawl process "
        f"{tree['main_cpu_s']}, its workers {tree['workers_cpu_s']} (polled) [{load()}]"
    )
    cpu = max(cpu, tree["main_cpu_s"] + tree["workers_cpu_s"])
    crawl_cpu_rate = stored / cpu
    worker_count = max(1, tree["processes"] - 1)
    # With a core each, the crawl goes as fast as its busiest process allows.
    busiest = max(tree["main_cpu_s"], tree["workers_cpu_s"] / worker_count)

    rates, cpu_rates = {}, {}
    for which, label in (
        ("trafilatura", "(b) trafilatura bare_extraction (text+metadata)"),
        ("trafilatura-text", "    trafilatura.extract (text only, defaults)"),
        ("ours", "(c) crawler.extraction.extract_article alone"),
    ):
        out, wall, cpu, rss, _ = run_measured(
            [python, str(Path(__file__).resolve()), "--extract-only", str(pages_file), which], env
        )
        result = json.loads(out.strip().splitlines()[-1])
        rates[which] = result["pages"] / result["seconds"]
        cpu_rates[which] = result["pages"] / cpu
        print(
            f"{label}: {rates[which]:.1f} pages/s, {result['empty']} empty; "
            f"{cpu:.1f} CPU s ({cpu_rates[which]:.1f} pages per CPU s, start-up "
            f"included); peak RSS {rss} MB [{load()}]"
        )
    print(
        f"ratio whole pipeline / bare trafilatura (b): "
        f"{crawl_rate / rates['trafilatura']:.2f}x  (target >= 1.5x); "
        f"vs trafilatura.extract text only: {crawl_rate / rates['trafilatura-text']:.2f}x"
    )
    print(
        f"same ratios in pages per CPU second (steadier on a shared machine): "
        f"{crawl_cpu_rate / cpu_rates['trafilatura']:.2f}x and "
        f"{crawl_cpu_rate / cpu_rates['trafilatura-text']:.2f}x [{load()}]"
    )
    print(
        f"capacity with a free core per process (articles per CPU s of the crawl's busiest "
        f"process, {busiest:.1f} CPU s, / bare trafilatura's pages per CPU s): "
        f"{stored / busiest / cpu_rates['trafilatura']:.2f}x"
    )


def load() -> str:
    """The machine's load average: figures from a shared machine mean little without it."""
    return "load average " + " ".join(f"{v:.2f}" for v in os.getloadavg())


def _charset(content_type: str) -> str:
    for part in content_type.split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value
    return "utf-8"


if __name__ == "__main__":
    main()
