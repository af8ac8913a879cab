"""Issue 16, defect 6: `crawl --resume` after a SIGKILL crawls what is missing (it fetched
nothing and exited 0), and a crawl cut short by SIGTERM exits 143 saying so (it exited 0 with
"Crawl finished"). Real `newsintel crawl` processes against the sample site on 127.0.0.1."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from crawler_testing import REPO, SAMPLE_REGISTRY, crawl_command, crawl_env, run_crawl

from corpus.store import CorpusStore

STORED_BEFORE_STOP = 3


def slow_registry(tmp_path: Path) -> Path:
    """The sample registry with one request at a time and a delay: slow enough to stop
    part-way on any machine."""
    text = SAMPLE_REGISTRY.read_text(encoding="utf-8").replace(
        "politeness: {download_delay: 0, concurrency: 4}",
        "politeness: {download_delay: 0.25, concurrency: 1}",
    )
    path = tmp_path / "slow-sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def start_crawl(data_dir: Path, server, registry: Path) -> subprocess.Popen:
    # every article committed at once: a kill loses none
    command = crawl_command(
        data_dir, server, registry, "--create", "--set", "NEWSINTEL_BATCH_SIZE=1"
    )
    return subprocess.Popen(
        command,
        cwd=REPO,
        env=crawl_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored(data_dir: Path) -> int:
    try:
        with sqlite3.connect(f"file:{data_dir / 'corpus.sqlite'}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def stop_part_way(proc: subprocess.Popen, data_dir: Path, signum: int, total: int) -> int:
    deadline = time.monotonic() + 120
    while stored(data_dir) < STORED_BEFORE_STOP:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the crawl stored nothing in 120 s"
        time.sleep(0.05)
    proc.send_signal(signum)
    count = stored(data_dir)
    assert count < total, "the crawl finished before it could be stopped"
    return count


def assert_every_article_once(data_dir: Path, articles: list[dict]) -> None:
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        urls = [d["url"] for d in store.iter_documents()]
        versions = store.db.execute("SELECT max(version) FROM documents").fetchone()[0]
    assert sorted(urls) == sorted(a["url"] for a in articles)  # 0 lost, 0 duplicated
    assert versions == 1  # nothing stored twice as a new version


def test_resume_after_sigkill_crawls_what_is_missing(news_server, tmp_path):
    articles = news_server.manifest["articles"]
    data_dir, registry = tmp_path / "data", slow_registry(tmp_path)
    proc = start_crawl(data_dir, news_server, registry)
    before = stop_part_way(proc, data_dir, signal.SIGKILL, len(articles))
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.communicate()[1][-3000:]

    resumed = subprocess.run(  # run_crawl's command, keeping stderr to read the note
        crawl_command(data_dir, news_server, registry, "--resume"),
        cwd=REPO,
        env=crawl_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "cannot resume" in " ".join(resumed.stderr.split())
    summary = json.loads(resumed.stdout.strip().splitlines()[-1])
    assert summary["pages_fetched"] > 0 and summary["finish_reason"] == "finished"
    assert summary["new"] == len(articles) - before
    assert_every_article_once(data_dir, articles)


def test_sigterm_exits_143_and_resume_continues(news_server, tmp_path):
    articles = news_server.manifest["articles"]
    data_dir, registry = tmp_path / "data", slow_registry(tmp_path)
    proc = start_crawl(data_dir, news_server, registry)
    stop_part_way(proc, data_dir, signal.SIGTERM, len(articles))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err[-3000:]
    assert "crawl cut short by SIGTERM" in " ".join(err.split())
    first = json.loads(out.strip().splitlines()[-1])
    assert first["cut_short"] and first["finish_reason"] == "shutdown"

    second = run_crawl(data_dir, news_server, "--resume", registry=registry)
    assert second["restart_note"] is None  # a real resume: the saved queue continues
    assert second["finish_reason"] == "finished" and not second["cut_short"]
    assert_every_article_once(data_dir, articles)
