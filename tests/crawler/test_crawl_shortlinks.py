"""Short links (kmp.im for Kompas) are requested and stored as the article they lead to.

The sample outlet beritasatu is given its own host as short-link host, so every link to it
found in feeds and pages is a short link: articles must still all be stored, under their
article URLs, and links that lead elsewhere are skipped, not stored.
"""

from __future__ import annotations

import yaml
from crawler_testing import SAMPLE_REGISTRY, run_crawl

from corpus.store import CorpusStore


def test_short_links_are_followed_to_their_articles(news_server, tmp_path):
    registry = yaml.safe_load(SAMPLE_REGISTRY.read_text(encoding="utf-8"))
    for entry in registry["sources"]:
        if entry["name"] == "beritasatu":
            entry["shortlink_domains"] = ["127.0.0.1"]
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")

    run_crawl(tmp_path / "data", news_server, "--source", "beritasatu", registry=path)
    expected = {a["url"] for a in news_server.manifest["articles"] if a["outlet"] == "beritasatu"}
    with CorpusStore(tmp_path / "data" / "corpus.sqlite") as store:
        assert {d["url"] for d in store.iter_documents()} == expected
        roles = {(r["role"], r["outcome"], r["error"]) for r in store.crawl_log(limit=5000)}
    assert ("shortlink", "new", None) in roles
    assert ("shortlink", "skipped", "short link to a non-article") in roles
