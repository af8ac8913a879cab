"""Atom and JSON Feed documents of a saved search's alert items: valid, newest first, http(s)
links only, spike days flagged."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from atom_check import A, atom_problems

from search_api.alerts import feeds
from search_api.alerts.items import AlertItem

SEARCH = {
    "id": 3,
    "name": "JHT & <cair>",
    "q": "jaminan hari tua",
    "mode": "hybrid",
    "filters": {},
    "last_checked_at": "2026-11-30T01:00:00+00:00",
    "spike": {"day": "2026-11-29", "count": 9, "baseline": 0.29},
}
SPIKE = {"day": "2026-11-29", "count": 9, "baseline": 0.29}


def item(n: int, url: str, published: str | None, spike: dict | None = None) -> AlertItem:
    hit = {
        "id": f"doc/{n}",
        "title": f"Klaim JHT nomor {n}" if n != 2 else None,
        "url": url,
        "outlet": "contoh.id",
        "published": published,
        "score": 0.5,
        "passage": {"text": f"Peserta mencairkan JHT {n} & lainnya <segera>."},
        "outlets": ["contoh.id", "lain.id"],
    }
    return AlertItem(n, 3, hit, f"2026-11-30T0{n}:00:00+00:00", spike)


ITEMS = [
    item(3, "https://contoh.id/3", "2026-11-29", SPIKE),
    item(2, "javascript:alert(1)", "2026-11-28T10:15:00+07:00"),
    item(1, "file:///etc/passwd", None),
]


def test_atom_is_valid_and_lists_items_newest_first():
    body = feeds.atom(
        SEARCH, ITEMS, "http://127.0.0.1:8000/saved-searches/3/feed.atom", "javascript:x"
    )
    assert body.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert atom_problems(body) == []
    root = ET.fromstring(body)
    entries = root.findall(f"{A}entry")
    assert [e.find(f"{A}id").text for e in entries] == [
        "tag:newsintel.local,2026:saved-search/3/doc/doc%2F3",
        "tag:newsintel.local,2026:saved-search/3/doc/doc%2F2",
        "tag:newsintel.local,2026:saved-search/3/doc/doc%2F1",
    ]
    assert root.find(f"{A}title").text == "newsintel: JHT & <cair>"  # escaped, not markup
    # Only the http(s) links survive: the script and file URLs are not links.
    hrefs = [link.get("href") for link in root.iter(f"{A}link")]
    assert hrefs == [
        "http://127.0.0.1:8000/saved-searches/3/feed.atom",
        "https://contoh.id/3",
    ]
    assert b"javascript:" not in body and b"file://" not in body
    first, second, third = entries
    spike = [c for c in first.findall(f"{A}category") if c.get("term") == "spike"]
    assert spike and "9 stories on 2026-11-29" in spike[0].get("label")
    assert not [c for c in second.findall(f"{A}category") if c.get("term") == "spike"]
    assert first.find(f"{A}published").text == "2026-11-29T00:00:00+00:00"
    assert second.find(f"{A}published").text == "2026-11-28T10:15:00+07:00"
    # No date published: the time it was found stands in.
    assert third.find(f"{A}published").text == "2026-11-30T01:00:00+00:00"
    assert "9 stories" in root.find(f"{A}subtitle").text


def test_the_checker_sees_an_invalid_feed():
    broken = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
        b'<updated>yesterday</updated><entry><id>1</id><link href="ftp://x"/></entry></feed>'
    )
    problems = atom_problems(broken)
    assert "feed needs exactly one non-empty id" in problems
    assert "feed updated 'yesterday' is not RFC 3339" in problems
    assert "entry link 'ftp://x' is not http(s)" in problems
    assert "entry without an author (nor one on the feed)" in problems


def test_an_empty_feed_is_still_valid():
    assert atom_problems(feeds.atom(SEARCH, [], "http://h/f.atom", "http://h/search")) == []


def test_json_feed_1_1():
    feed = feeds.json_feed(SEARCH, ITEMS, "http://h/saved-searches/3/feed.json", "file:///x")
    json.dumps(feed)  # serialisable as it is
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "http://h/saved-searches/3/feed.json"
    assert "home_page_url" not in feed  # not http(s)
    assert feed["title"] and isinstance(feed["items"], list)
    assert [i["_newsintel"]["doc_id"] for i in feed["items"]] == ["doc/3", "doc/2", "doc/1"]
    for entry in feed["items"]:
        assert entry["id"] and (entry.get("content_text") or entry.get("content_html"))
    assert [i.get("url") for i in feed["items"]] == ["https://contoh.id/3", None, None]
    assert feed["items"][0]["_newsintel"]["spike"] == SPIKE and "spike" in feed["items"][0]["tags"]
    assert feed["items"][1]["_newsintel"]["spike"] is None
    assert feed["_newsintel"]["spike"] == SEARCH["spike"]
