"""Source health from the crawl log: a source whose pages stop yielding articles is flagged.

Two real crawls of the sample site into one store; before the second, one outlet's article
pages change layout (a script shell with no text, as a site moving to client-side rendering
serves), so they are fetched but give no article.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from urllib.parse import urlsplit

from crawler_testing import REPO, run_crawl

from corpus.health import source_health
from corpus.store import CorpusStore
from samples.site import BoundResource

BROKEN_OUTLET = "idntimes"
APP_SHELL = (
    b'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>IDN Times'
    b'</title></head><body><div id="app"></div><script src="/static/app.js"></script>'
    b"</body></html>"
)


def change_layout(server, outlet: str) -> int:
    """Serve an empty application shell instead of each article page of ``outlet``; its
    listings, feed and sitemap change too (new bytes, so no 304), keeping their links."""
    articles = {
        urlsplit(a["url"]).path for a in server.manifest["articles"] if a["outlet"] == outlet
    }
    for key, old in list(server.bound.items()):
        if not key.startswith(f"/{outlet}/"):
            continue
        body = APP_SHELL if key in articles else old.body + b"\n<!-- redesigned -->\n"
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        server.bound[key] = BoundResource(old.resource, body, old.headers, etag, None)
    return len(articles)


def health_cli(data_dir) -> tuple[int, list[dict]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsintel.cli",
            "--data-dir",
            str(data_dir),
            "sources",
            "health",
            "--json",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, json.loads(result.stdout)


def test_a_source_whose_pages_stop_yielding_articles_is_flagged(news_server, tmp_path):
    data_dir = tmp_path / "data"
    run_crawl(data_dir, news_server)
    code, first = health_cli(data_dir)
    assert code == 0 and all(h["ok"] for h in first), first
    by_source = {h["source"]: h for h in first}
    assert by_source[BROKEN_OUTLET]["articles_per_run"][0] >= 4
    assert by_source[BROKEN_OUTLET]["last_success"]

    assert change_layout(news_server, BROKEN_OUTLET) >= 4
    run_crawl(data_dir, news_server)
    code, second = health_cli(data_dir)
    by_source = {h["source"]: h for h in second}
    broken = by_source[BROKEN_OUTLET]
    print(json.dumps(broken, indent=1))
    assert code == 1
    assert not broken["ok"]
    assert any(f.startswith("yield dropped") for f in broken["flags"])
    assert any(f.startswith("empty text") for f in broken["flags"])
    assert broken["articles_per_run"][0] == 0 and broken["latest"]["empty_text"] >= 4
    # The other outlets, unchanged (304 or same bytes), are still healthy.
    assert all(h["ok"] for name, h in by_source.items() if name != BROKEN_OUTLET), second
    assert second[0]["source"] == BROKEN_OUTLET  # flagged sources come first

    with CorpusStore(data_dir / "corpus.sqlite") as store:
        runs = store.crawl_runs()
        assert [r["finish_reason"] for r in runs] == ["finished", "finished"]
        assert {
            h.source
            for h in source_health(store, ["never-crawled"])
            if h.flags == ["never crawled"]
        } == {"never-crawled"}
