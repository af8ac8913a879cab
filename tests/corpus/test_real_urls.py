"""The shipped registry against every real URL in ../shared/data, through `newsintel sources
check`: the detik-1000 and kompas-2004 article URLs, the anpandu and fundus gold pages, and the
links printed on those real pages (sections, tags, indexes, galleries: none may be taken as an
article)."""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from corpus.sources import DEFAULT_REGISTRY, load_registry
from corpus.url_check import check_urls
from crawler.discovery import page_links
from crawler.extraction import parse_html

REPO = Path(__file__).resolve().parents[2]
# Paths of pages that are no article whatever the outlet: listings by tag, topic, category,
# channel or date, search, author pages, gallery and video indexes, and section fronts (no
# digit anywhere: articles carry an id or a date).
NOT_ARTICLE_PATH = re.compile(
    r"(^|/)(tag|tags|topic|topik|kategori|kanal|indeks|index|search|cari|author|penulis)(/|$)"
    r"|(^|/)(foto|photo|video|gallery|galeri)(/[a-z-]+)?/?$",
    re.IGNORECASE,
)


def gold_urls(shared: Path) -> list[str]:
    html = shared / "data" / "html" / "indonesian"
    urls = [g["url"] for g in json.loads((html / "anpandu" / "gold.json").read_text())]
    for meta in sorted((html / "fundus-mediaindonesia").glob("*.meta.info")):
        urls.extend(v["url"] for v in json.loads(meta.read_text()).values())
    return urls


def run_check(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}
    return subprocess.run(
        [sys.executable, "-m", "newsintel.cli", "sources", "check", *args, "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_registry_takes_every_real_article_url(shared_dir, tmp_path):
    news = shared_dir / "data" / "news"
    url_file = tmp_path / "gold_urls.txt"
    url_file.write_text("\n".join(gold_urls(shared_dir)) + "\n")
    kompas = sorted(glob.glob(str(news / "kompas-2004" / "*.jsonl")))
    assert kompas, "kompas-2004 is missing from ../shared"
    result = run_check(
        "--urls",
        str(url_file),
        "--from-csv",
        str(news / "detik-1000" / "data_berita.csv"),
        "--column",
        "tautan",
        *[a for f in kompas for a in ("--from-jsonl", f)],
        "--min-share",
        "0.99",
    )
    report = json.loads(result.stdout)
    print(
        {
            name: (row["articles_taken"], row["known_articles"], row["taken"])
            for name, row in report["sources"].items()
        }
    )
    assert result.returncode == 0, report["failed_urls"]
    assert report["urls"] >= 1780  # 1,000 detik + 771 kompas + 16 gold pages
    sources = report["sources"]
    assert set(sources) >= {"detik", "kompas", "liputan6", "okezone", "tempo", "mediaindonesia"}
    assert "(none)" not in sources, "a real article URL no source claims"
    taken = sum(row["articles_taken"] for row in sources.values())
    assert taken / report["urls"] >= 0.99
    assert sources["kompas"]["taken"].get("shortlink") == 571  # kmp.im links, followed


def real_page_links(shared: Path) -> list[str]:
    html = shared / "data" / "html" / "indonesian"
    gold = {
        Path(g["fixture"]).name: g["url"]
        for g in json.loads((html / "anpandu" / "gold.json").read_text())
    }
    pages = []
    for path in sorted((html / "anpandu" / "html").glob("*/*.html")):
        # Main pages are not in the gold: their outlet's front page is their URL.
        url = gold.get(path.name, f"http://www.{path.parent.name}.com/")
        pages.append((path.read_bytes(), url))
    for path in sorted((html / "fundus-mediaindonesia").glob("*.html.gz")):
        meta = json.loads(path.with_name(path.name.replace(".html.gz", ".meta.info")).read_text())
        pages.append((gzip.decompress(path.read_bytes()), next(iter(meta.values()))["url"]))
    links = {}
    for body, url in pages:
        links.update(dict.fromkeys(page_links(parse_html(body), url)))
    return list(links)


def test_no_listing_tag_index_or_gallery_page_is_taken_as_an_article(shared_dir):
    links = real_page_links(shared_dir)
    non_articles = [
        u
        for u in links
        if NOT_ARTICLE_PATH.search(urlsplit(u).path) or not re.search(r"\d", urlsplit(u).path)
    ]
    report = check_urls(load_registry(DEFAULT_REGISTRY), [(u, "not-article") for u in non_articles])
    claimed = sum(row.urls for name, row in report.by_source.items() if name != "(none)")
    assert claimed >= 300, "too few real listing links of the registry's outlets to judge"
    assert not report.failures, [v.url for v in report.failures]
    # And the article links on the same pages are taken: the check is not passing by
    # taking nothing.
    others = check_urls(
        load_registry(DEFAULT_REGISTRY),
        [(u, "article") for u in links if u not in set(non_articles)],
    )
    assert sum(t.articles_taken for t in others.by_source.values()) >= 400


def test_check_exits_non_zero_when_known_articles_are_not_taken(tmp_path):
    registry = tmp_path / "sources.yaml"
    registry.write_text(
        "sources:\n  - name: detik\n    start_urls: ['https://www.detik.com/']\n"
        "    allowed_domains: [detik.com]\n"
        "    article_patterns: ['^/[a-z-]+/d-\\d+/']\n"
    )  # the old pattern
    urls = tmp_path / "urls.txt"
    urls.write_text(
        "https://news.detik.com/berita/d-8171947/presiden\n"
        "https://www.detik.com/sumut/berita/d-8170307/gubernur\n"
    )
    result = run_check(str(registry), "--urls", str(urls))
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert [row["url"] for row in report["failed_urls"]] == [
        "https://www.detik.com/sumut/berita/d-8170307/gubernur"
    ]
    assert run_check("--urls", str(urls)).returncode == 0  # the shipped registry takes both
