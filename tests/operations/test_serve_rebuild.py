"""Issue 16: a running server and `newsintel index --rebuild` on the same data dir. The rebuild
builds beside the live index (search.rebuild/) and swaps it in by rename; the server keeps
answering from the old index meanwhile, and answers from the new one at the first request after
the swap (it sees the index file's inode change), with no restart and no failed request. Real
`serve` and `index --rebuild` processes, real clients over HTTP."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import REPO, cli_env, command, ingested, newsintel, said  # noqa: E402
from serving import serving  # noqa: E402

ARTICLES = 8
# Stored after the index was built, indexed only by the rebuild: the test's marker of which
# index the server answers from. Invented text, in the corpus's style.
NEW_ARTICLE = {
    "id": "baru-1",
    "url": "https://contoh.id/berita/baru-1",
    "title": "Kecelakaan kerja di pelabuhan Tanjung Priok, buruh bongkar muat dapat santunan",
    "text": "Jakarta - Seorang buruh bongkar muat mengalami kecelakaan kerja di pelabuhan "
    "Tanjung Priok. BPJS Ketenagakerjaan menanggung seluruh biaya perawatan di rumah sakit "
    "melalui program jaminan kecelakaan kerja.",
    "published": "2025-10-02",
    "outlet": "contoh.id",
}
OLD_QUERY = {"q": "santunan ahli waris", "mode": "hybrid", "collapse": "false", "limit": "50"}
NEW_QUERY = {"q": "Tanjung Priok", "mode": "keyword", "collapse": "false"}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    return ingested(tmp_path_factory.mktemp("serve-rebuild"), ARTICLES)


@dataclass
class Answer:
    at: float
    query: str
    status: int
    ids: frozenset[str]


def poll(url: str, answers: list[Answer], stop: threading.Event) -> None:
    """Search with both queries, over and over, keeping every answer."""
    with httpx.Client(base_url=url, timeout=60) as client:
        while not stop.is_set():
            for name, params in (("old", OLD_QUERY), ("new", NEW_QUERY)):
                answer = client.get("/search", params=params)
                ids = answer.json().get("hits", []) if answer.status_code == 200 else []
                answers.append(
                    Answer(
                        time.monotonic(), name, answer.status_code, frozenset(h["id"] for h in ids)
                    )
                )
            stop.wait(0.02)  # leave the rebuild some of the machine's two cores


def test_a_rebuild_swaps_under_a_running_server(indexed: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    archive = tmp_path / "new.jsonl"
    archive.write_text(json.dumps(NEW_ARTICLE) + "\n", encoding="utf-8")
    stored = newsintel(data_dir, "ingest", str(archive), "--no-index")
    assert stored.returncode == 0, said(stored)
    old_articles = {f"art-{n}" for n in range(ARTICLES)}

    answers: list[Answer] = []
    stop = threading.Event()
    with serving(data_dir) as (url, _server):
        poller = threading.Thread(target=poll, args=(url, answers, stop))
        poller.start()
        try:
            rebuild = subprocess.Popen(
                command(data_dir, "index", "--rebuild"),
                cwd=REPO,
                env=cli_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            building = None  # when search.rebuild/ was first seen: the new index being built
            while rebuild.poll() is None:
                if building is None and (data_dir / "search.rebuild").exists():
                    building = time.monotonic()
                time.sleep(0.01)
            swapped = time.monotonic()
            output = rebuild.stdout.read() if rebuild.stdout else ""
            assert rebuild.returncode == 0, output
            assert f"indexed {ARTICLES + 1} new" in " ".join(output.split()), output
            assert building is not None, "never saw the rebuild's folder"
            time.sleep(0.5)  # a few answers after the swap
        finally:
            stop.set()
            poller.join(timeout=120)

        # Every request answered, during the rebuild and across the swap.
        assert answers and all(a.status == 200 for a in answers), {a.status for a in answers}
        during = [a for a in answers if building <= a.at < swapped]
        assert len(during) >= 2, f"{len(during)} answers while the rebuild ran"
        # Until the rebuild began, the old index: the old articles, not the new one.
        for answer in (a for a in answers if a.at < building):
            assert answer.ids <= old_articles and (answer.query == "new") == (not answer.ids)

        # After the swap, without a restart: the new index, by keyword and by vectors.
        with httpx.Client(base_url=url, timeout=60) as client:
            keyword = client.get("/search", params=NEW_QUERY).json()
            assert [h["id"] for h in keyword["hits"]] == ["baru-1"]
            semantic = client.get(
                "/search",
                params={"q": "buruh pelabuhan celaka saat bongkar muat", "mode": "semantic"},
            ).json()
            assert semantic["hits"][0]["id"] == "baru-1"
            old = client.get("/search", params=OLD_QUERY).json()
            assert old_articles <= {h["id"] for h in old["hits"]}
            health = client.get("/health").json()
            assert health["index"]["detail"]["documents"] == ARTICLES + 1, health["index"]

    assert not (data_dir / "search.rebuild").exists()
    checked = newsintel(data_dir, "check")
    assert checked.returncode == 0, said(checked)
