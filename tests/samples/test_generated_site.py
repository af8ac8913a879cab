"""The generated benchmark site: size, uniqueness, discoverability, served by the real server."""

from __future__ import annotations

import urllib.request
import xml.etree.ElementTree as ET

from samples.generated import clean_markdown_body, generate_site
from samples.server import SampleSiteServer

LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def test_generated_site_has_distinct_pages_found_through_sitemaps():
    site = generate_site(n_articles=120, seed=3)
    with SampleSiteServer(site) as server:
        articles = server.manifest["articles"]
        assert len(articles) == 120 and len({a["url"] for a in articles}) == 120
        assert len({a["text"] for a in articles}) == 120
        index = ET.fromstring(urllib.request.urlopen(server.url + "/sitemap_index.xml").read())
        found = set()
        for loc in index.iter(LOC):
            found |= {
                e.text for e in ET.fromstring(urllib.request.urlopen(loc.text).read()).iter(LOC)
            }
        sitemap_outlets = {o["name"] for o in server.manifest["outlets"] if o["sitemaps"]}
        assert {a["url"] for a in articles if a["outlet"] in sitemap_outlets} <= found
        page = urllib.request.urlopen(articles[0]["url"]).read().decode()
        assert articles[0]["paragraphs"][0][:40] in page.replace("&quot;", '"').replace(
            "&#x27;", "'"
        )


def test_generation_is_deterministic_for_a_seed():
    first, second = generate_site(30, seed=7), generate_site(30, seed=7)
    assert first.manifest("http://h") == second.manifest("http://h")
    assert first.manifest("http://h") != generate_site(30, seed=8).manifest("http://h")


def test_markdown_bodies_lose_front_matter_digest_and_markup():
    markdown = (
        'title: "X"\nauthor: "Y"\n---\n\n---\n\n**JAKARTA, KOMPAS.com** -- Paragraf '
        "pertama yang cukup panjang untuk dihitung.\n\nParagraf kedua dengan [tautan]"
        "(https://kmp.im/x) di dalamnya, juga panjang.\n\nBaca juga: Judul lain yang "
        "tidak ikut\n\nParagraf ketiga yang juga cukup panjang sekali.\n\n---\nnull\n"
    )
    paragraphs = clean_markdown_body(markdown)
    assert paragraphs[0].startswith("JAKARTA, KOMPAS.com -- Paragraf pertama")
    assert "tautan di dalamnya" in paragraphs[1] and len(paragraphs) == 3
