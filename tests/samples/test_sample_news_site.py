"""The sample news site over its real 127.0.0.1 server: what crawler tests rely on."""

from __future__ import annotations

import http.client
import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from samples.news_site import build_news_site
from samples.news_site.seeds import seeds_dir
from samples.server import SampleSiteServer

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture(scope="module")
def site():
    return build_news_site()


@pytest.fixture()
def server(site):
    with SampleSiteServer(site) as running:
        yield running


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET"):
    parts = urlsplit(url)
    assert parts.hostname, url
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request(method, target, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def special(server, kind):
    return [entry for entry in server.manifest["special"] if entry["kind"] == kind]


def test_robots_disallows_the_internal_path_and_names_the_sitemap(server):
    status, headers, body = fetch(server.url + "/robots.txt")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    text = body.decode()
    assert "Disallow: /wartakerja/internal/" in text
    assert f"Sitemap: {server.url}/sitemap_index.xml" in text
    (disallowed,) = special(server, "robots_disallowed")
    assert urlsplit(disallowed["url"]).path.startswith("/wartakerja/internal/")
    # The page exists (a crawler ignoring robots.txt would store it) and is linked from a listing.
    assert fetch(disallowed["url"])[0] == 200
    assert urlsplit(disallowed["url"]).path.encode() in fetch(server.url + "/wartakerja/indeks/")[2]


def test_sitemap_index_leads_to_valid_sitemaps_covering_the_articles(server):
    status, _, body = fetch(server.url + "/sitemap_index.xml")
    assert status == 200
    index = ET.fromstring(body)
    assert index.tag == SITEMAP_NS + "sitemapindex"
    found: set[str] = set()
    news_sitemaps = 0
    for loc in index.iter(SITEMAP_NS + "loc"):
        status, _, xml = fetch(loc.text)
        assert status == 200, loc.text
        urlset = ET.fromstring(xml)
        assert urlset.tag == SITEMAP_NS + "urlset"
        found.update(url.text for url in urlset.iter(SITEMAP_NS + "loc"))
        if urlset.find(f".//{NEWS_NS}publication_date") is not None:
            news_sitemaps += 1
    assert news_sitemaps == 1
    sitemap_outlets = {"kabarekonomi", "idntimes", "wartakerja"}
    expected = {a["url"] for a in server.manifest["articles"] if a["outlet"] in sitemap_outlets}
    assert expected and expected <= found


def test_feeds_parse_and_list_article_urls(server):
    article_urls = {a["url"] for a in server.manifest["articles"]}
    for outlet in server.manifest["outlets"]:
        for feed in outlet["feeds"]:
            status, headers, body = fetch(feed)
            assert status == 200 and "xml" in headers["content-type"]
            root = ET.fromstring(body)
            links = {e.text for e in root.iter("link")}  # RSS
            links |= {e.get("href") for e in root.iter("{http://www.w3.org/2005/Atom}link")}
            assert links & article_urls, feed


def test_listing_pages_chain_to_every_article_of_an_outlet(server):
    for outlet in server.manifest["outlets"]:
        url, seen_pages, linked = outlet["listing"], [], set()
        while url:
            status, _, body = fetch(url)
            assert status == 200
            html = body.decode("utf-8")
            seen_pages.append(url)
            linked.update(
                urljoin(url, href).split("?utm_")[0] for href in re.findall(r'href="([^"]+)"', html)
            )
            following = re.search(r'<link rel="next" href="([^"]+)"', html) or re.search(
                r'<a[^>]+href="([^"]+)"[^>]*>(?:Berikutnya|Muat Lebih Banyak)', html
            )
            url = urljoin(url, following.group(1).replace("&amp;", "&")) if following else None
        assert seen_pages == outlet["listing_pages"]
        expected = {a["url"] for a in server.manifest["articles"] if a["outlet"] == outlet["name"]}
        assert expected <= linked, outlet["name"]
    assert max(len(o["listing_pages"]) for o in server.manifest["outlets"]) >= 3


def test_500_then_200_per_server_instance(site):
    for _ in range(2):  # a fresh server starts failing again: the state is per instance
        with SampleSiteServer(site) as server:
            (flaky,) = special(server, "flaky_500")
            assert fetch(flaky["url"])[0] == 500
            assert fetch(flaky["url"])[0] == 200
            assert [r.status for r in server.requests_for(flaky["url"])] == [500, 200]


def test_429_with_retry_after_then_200(server):
    (limited,) = special(server, "rate_limited")
    status, headers, _ = fetch(limited["url"])
    assert status == 429 and headers["retry-after"] == "1"
    assert fetch(limited["url"])[0] == 200


def test_conditional_requests_get_304(server):
    url = server.manifest["articles"][0]["url"]
    status, headers, body = fetch(url)
    assert status == 200 and body
    etag, last_modified = headers["etag"], headers["last-modified"]
    status, _, body = fetch(url, {"If-None-Match": etag})
    assert status == 304 and body == b""
    status, _, _ = fetch(url, {"If-Modified-Since": last_modified})
    assert status == 304
    assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    sent = server.requests_for(url)
    assert sent[1].headers["if-none-match"] == etag


def test_non_utf8_pages_declare_their_encoding(server):
    by_encoding = {a["encoding"]: a for a in server.manifest["articles"]}
    cp1252 = by_encoding["windows-1252"]
    status, headers, body = fetch(cp1252["url"])
    assert headers["content-type"] == "text/html; charset=windows-1252"
    assert b"charset=windows-1252" in body[:600]
    text = body.decode("cp1252")
    assert "Sécurité" in text and "“" in text
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")

    latin1 = by_encoding["iso-8859-1"]
    status, headers, body = fetch(latin1["url"])
    assert headers["content-type"] == "text/html"  # only the page itself declares it
    assert b"charset=iso-8859-1" in body[:600]
    assert "René" in body.decode("iso-8859-1")


def test_redirect_404_and_oversized(server):
    (redirect,) = special(server, "redirect")
    status, headers, _ = fetch(redirect["url"])
    assert status == 301 and headers["location"] == redirect["target"]
    assert redirect["target"] in {a["url"] for a in server.manifest["articles"]}

    for missing in special(server, "not_found"):
        assert fetch(missing["url"])[0] == 404
    linker = next(a for a in server.manifest["articles"] if "links-deleted-story" in a["special"])
    assert urlsplit(special(server, "not_found")[0]["url"]).path.encode() in fetch(linker["url"])[2]

    (big,) = special(server, "oversized")
    status, headers, _ = fetch(big["url"], method="HEAD")
    assert status == 200 and int(headers["content-length"]) > 5 * 1024 * 1024


def test_amp_pages_point_to_their_canonical(server):
    amps = special(server, "amp")
    assert amps
    for amp in amps:
        html = fetch(amp["url"])[2].decode()
        assert "<html amp" in html and f'<link rel="canonical" href="{amp["canonical"]}">' in html
        assert f'rel="amphtml" href="{amp["url"]}"' in fetch(amp["canonical"])[2].decode()


def test_tracking_parameters_reach_the_same_page(server):
    links = special(server, "tracking_params")
    assert links
    for link in links:
        assert "utm_source=" in link["url"]
        assert fetch(link["url"])[2] == fetch(link["canonical"])[2]


def test_syndicated_story_is_the_same_text_at_two_outlets(server):
    groups: dict[str, list[dict]] = {}
    for article in server.manifest["articles"]:
        if article["syndication_group"]:
            groups.setdefault(article["syndication_group"], []).append(article)
    (copies,) = groups.values()
    assert len(copies) == 2 and copies[0]["outlet"] != copies[1]["outlet"]
    assert copies[0]["url"] != copies[1]["url"] and copies[0]["text"] == copies[1]["text"]


def test_manifest_text_and_noise_are_on_the_pages(server):
    """Ground truth is honest: every paragraph and every noise snippet is on its page."""
    for article in server.manifest["articles"]:
        status, headers, body = fetch(article["url"])
        if status != 200:  # the flaky and rate-limited pages answer on the second try
            status, headers, body = fetch(article["url"])
        page = unescape(body.decode(article["encoding"]))
        assert article["title"] in page
        assert article["published_date"]
        for paragraph in article["paragraphs"]:
            assert paragraph in page, (article["id"], paragraph[:60])
        for snippet in article["noise"]:
            assert snippet in page
        assert not set(article["paragraphs"]) & set(article["noise"])


def test_seed_articles_are_served_with_their_real_titles(server):
    if not seeds_dir().is_dir():
        pytest.skip(f"{seeds_dir()} is absent")
    seeds = [a for a in server.manifest["articles"] if a["source"] == "seed"]
    titles = {
        path.read_text(encoding="utf-8").splitlines()[0].split(" » ")[-1]
        for path in seeds_dir().glob("*.txt")
    }
    assert {a["title"] for a in seeds} == titles
    assert len({a["outlet"] for a in seeds}) == 3


def test_site_is_deterministic(site):
    again = build_news_site()
    assert again.resources.keys() == site.resources.keys()
    assert all(again.resources[k].body == site.resources[k].body for k in site.resources)


def test_request_log_records_method_path_and_headers(server):
    fetch(server.url + "/robots.txt", {"User-Agent": "newsintel-test"})
    (entry,) = server.requests_for("/robots.txt")
    assert entry.method == "GET" and entry.status == 200
    assert entry.headers["user-agent"] == "newsintel-test"
