"""A saved search's alert items as an Atom 1.0 feed (RFC 4287) and a JSON Feed 1.1.

Items newest first (the order they were found), each entry one story; a spike day's items carry
a ``spike`` category (Atom) or tag and ``_newsintel.spike`` (JSON Feed). Links are given only
for http(s) URLs: a stored ``javascript:`` or ``file:`` URL never becomes a link.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from typing import Any, Sequence
from urllib.parse import quote

from search_api.alerts.items import AlertItem
from search_api.alerts.urls import is_http_url

ATOM_NS = "http://www.w3.org/2005/Atom"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# Entries a feed lists (the newest ones); older items stay in the log.
FEED_LIMIT = 100
TAG_AUTHORITY = "tag:newsintel.local,2026"


def feed_id(search_id: int) -> str:
    return f"{TAG_AUTHORITY}:saved-search/{search_id}"


def entry_id(search_id: int, doc_id: str) -> str:
    return f"{feed_id(search_id)}/doc/{quote(doc_id, safe='')}"


def rfc3339(value: str | None, fallback: str) -> str:
    """An ISO date or datetime as an RFC 3339 timestamp (a bare date: midnight UTC; no zone:
    UTC); ``fallback`` (already RFC 3339) when missing or unreadable."""
    if not value:
        return fallback
    try:
        if len(value) == 10:
            stamp = datetime.combine(date.fromisoformat(value), datetime.min.time())
        else:
            stamp = datetime.fromisoformat(value)
    except ValueError:
        return fallback
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.isoformat(timespec="seconds")


def spike_label(spike: dict[str, Any]) -> str:
    return (
        f"Spike: {spike['count']} stories on {spike['day']} "
        f"(14-day baseline {spike['baseline']:g} a day)"
    )


def _title(item: AlertItem) -> str:
    url = item.hit.get("url")
    return item.hit.get("title") or (url if is_http_url(url) else None) or item.doc_id


def _summary(item: AlertItem) -> str:
    passage = item.hit.get("passage") or {}
    return str(passage.get("text") or "")


def atom(
    search: dict[str, Any], entries: Sequence[AlertItem], self_url: str, search_url: str
) -> bytes:
    """The Atom document (UTF-8 bytes). ``self_url``: the feed's own absolute URL;
    ``search_url``: the absolute /search URL of the saved search (the alternate link)."""
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "id", feed_id(search["id"]))
    sub(feed, "title", f"newsintel: {search['name']}")
    spike = search.get("spike")
    sub(feed, "subtitle", spike_label(spike) if spike else f"New matches of {search['q']!r}")
    newest = entries[0].recorded_at if entries else search["last_checked_at"]
    sub(feed, "updated", rfc3339(newest, newest))
    author = sub(feed, "author")
    sub(author, "name", "newsintel")
    sub(feed, "generator", "newsintel")
    if is_http_url(self_url):
        sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    if is_http_url(search_url):
        sub(feed, "link", rel="alternate", href=search_url, type="application/json")
    for item in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", entry_id(search["id"], item.doc_id))
        sub(entry, "title", _title(item))
        updated = rfc3339(item.recorded_at, item.recorded_at)
        sub(entry, "updated", updated)
        sub(entry, "published", rfc3339(item.hit.get("published"), updated))
        if is_http_url(item.hit.get("url")):
            sub(entry, "link", rel="alternate", href=item.hit["url"], type="text/html")
        for outlet in item.hit.get("outlets") or []:
            sub(entry, "category", term=f"outlet:{outlet}", label=outlet)
        if item.spike:
            sub(entry, "category", term="spike", label=spike_label(item.spike))
        summary = _summary(item)
        if summary:
            sub(entry, "summary", summary, type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def json_feed(
    search: dict[str, Any], entries: Sequence[AlertItem], self_url: str, search_url: str
) -> dict[str, Any]:
    """The JSON Feed 1.1 document; newsintel's own fields under ``_newsintel``."""
    feed: dict[str, Any] = {
        "version": JSON_FEED_VERSION,
        "title": f"newsintel: {search['name']}",
        "description": f"New matches of {search['q']!r}",
        "authors": [{"name": "newsintel"}],
        "_newsintel": {"saved_search_id": search["id"], "spike": search.get("spike")},
        "items": [],
    }
    if is_http_url(self_url):
        feed["feed_url"] = self_url
    if is_http_url(search_url):
        feed["home_page_url"] = search_url
    for item in entries:
        updated = rfc3339(item.recorded_at, item.recorded_at)
        entry: dict[str, Any] = {
            "id": entry_id(search["id"], item.doc_id),
            "title": _title(item),
            "content_text": _summary(item) or _title(item),
            "date_published": rfc3339(item.hit.get("published"), updated),
            "date_modified": updated,
            "tags": [*(item.hit.get("outlets") or []), *(["spike"] if item.spike else [])],
            "_newsintel": {
                "doc_id": item.doc_id,
                "outlets": item.hit.get("outlets") or [],
                "score": item.hit.get("score"),
                "spike": item.spike,
            },
        }
        if is_http_url(item.hit.get("url")):
            entry["url"] = item.hit["url"]
        feed["items"].append(entry)
    return feed
