"""How long an alert run takes: detik-1000's real articles in a real data dir, saved searches
made on the first part, the rest ingested as the new batch, then `newsintel alerts run` (its
own process, model load included) POSTing to a local receiver. Prints the figures and the load.

    .venv/bin/python benchmarks/alert_run.py --work /tmp/alert-bench [--before 800]

The data dir is kept in --work: a second call reuses it and times only the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the project before benchmarks/ (benchmarks/nlp.py is no package)

from corpus.public_sets import detik_articles  # noqa: E402
from search_api.alerts.saved_searches import SAVED_SEARCHES_FILE, SavedSearchStore  # noqa: E402
from search_api.engine.backends import open_backend  # noqa: E402
from search_api.http.saved_matches import BackendFinder  # noqa: E402

QUERIES = [
    "BPJS Ketenagakerjaan",
    "jaminan hari tua",
    "pemutusan hubungan kerja",
    "upah minimum provinsi",
    "bantuan subsidi upah",
    "kecelakaan kerja",
    "banjir",
    "korupsi",
    "worker layoffs",
    "minimum wage increase",
]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSINTEL_SEARCH_BACKEND": "embedded", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "newsintel.cli", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return path


def build(work: Path, before: int) -> Path:
    data_dir = work / "data"
    built = work / "built"  # written last: a build stopped halfway is done again
    if built.exists():
        return data_dir
    (data_dir / SAVED_SEARCHES_FILE).unlink(missing_ok=True)
    rows = [
        {
            "id": a.id,
            "url": a.url,
            "title": a.title,
            "text": a.text,
            "published": a.published,
            "outlet": "detik.com",
        }
        for a in sorted(detik_articles(), key=lambda a: a.published_at)
    ]
    for name, part in (("before", rows[:before]), ("after", rows[before:])):
        started = time.perf_counter()
        done = cli(
            data_dir,
            "ingest",
            str(write_jsonl(work / f"{name}.jsonl", part)),
            "--no-enrich",
            "--create",
        )
        assert done.returncode == 0, done.stderr[-2000:]
        print(f"ingested {len(part)} articles ({name}) in {time.perf_counter() - started:.0f} s")
        if name == "before":
            saved = SavedSearchStore(data_dir / SAVED_SEARCHES_FILE)
            with open_backend("embedded", data_dir) as backend:
                finder = BackendFinder(backend)
                for q in QUERIES:
                    search = {"q": q, "mode": "hybrid", "filters": {}}
                    seen = [h.id for h in finder.matches(search)]
                    saved.create(q, q, "hybrid", {}, seen)
            saved.close()
    built.touch()
    return data_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--before", type=int, default=800)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    data_dir = build(args.work, args.before)

    posts: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            posts.append(len(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    for label in ("first run (the new batch)", "second run (nothing new)"):
        started = time.perf_counter()
        done = cli(data_dir, "alerts", "run", "--webhook", url)
        seconds = time.perf_counter() - started
        summary = [line for line in done.stdout.splitlines() if "saved searches," in line]
        print(f"{label}: {seconds:.1f} s, exit {done.returncode}; {' '.join(summary)}")
        print(f"  webhook POSTs so far: {len(posts)}, {sum(posts) / 1024:.0f} KiB")
        print(f"  load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    server.shutdown()


if __name__ == "__main__":
    main()
