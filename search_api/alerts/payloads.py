"""The JSON messages webhooks receive: one saved search's new items, or a digest of several."""

from __future__ import annotations

import hashlib
from typing import Any, Sequence

from search_api.alerts.items import AlertItem


def search_summary(search: dict[str, Any]) -> dict[str, Any]:
    sid = search["id"]
    return {
        "id": sid,
        "name": search["name"],
        "q": search["q"],
        "mode": search["mode"],
        "filters": search["filters"],
        "spike": search.get("spike"),
        "feed_atom": f"/saved-searches/{sid}/feed.atom",
        "feed_json": f"/saved-searches/{sid}/feed.json",
    }


def delivery_id(channel: str, owed: Sequence[AlertItem]) -> str:
    """The same items on the same channel get the same id, so a receiver can drop a payload
    sent again after a run was killed between the POST and recording it."""
    key = f"{channel}|" + ",".join(str(item.id) for item in owed)
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def alert_items(owed: Sequence[AlertItem]) -> list[dict[str, Any]]:
    """Newest first, each the hit as /search returns it plus its spike (or null)."""
    return [{**item.hit, "spike": item.spike} for item in reversed(owed)]


def alert(channel: str, search: dict[str, Any], owed: Sequence[AlertItem], now: str) -> dict:
    return {
        "type": "newsintel.alert",
        "delivery_id": delivery_id(channel, owed),
        "sent_at": now,
        "saved_search": search_summary(search),
        "items": alert_items(owed),
    }


def digest(
    channel: str, owed: Sequence[tuple[dict[str, Any], Sequence[AlertItem]]], now: str
) -> dict:
    """One message for every saved search with new items (``owed``: search, its items)."""
    return {
        "type": "newsintel.digest",
        "delivery_id": delivery_id(channel, [i for _, items in owed for i in items]),
        "sent_at": now,
        "total": sum(len(items) for _, items in owed),
        "searches": [
            {"saved_search": search_summary(search), "items": alert_items(items)}
            for search, items in owed
        ],
    }
