"""A saved search's new matches: the one place that decides what is new and records it.

Used by ``GET /saved-searches/{id}/new``, ``POST /saved-searches/{id}/run`` and ``newsintel
alerts run``. New = matching now (above the relevance floor: the backend applies it) and not
among the documents seen at an earlier check. Recording marks them seen, logs them as alert
items (the feeds, the webhooks) and stores the search's spike, all in one transaction: a process
killed before the commit leaves them new for the next check, after it they are logged once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Protocol

from corpus import sqlite
from corpus.store import utc_now
from search_api.alerts import items, spikes
from search_api.alerts.saved_searches import SavedSearchStore
from search_api.engine.models import Hit


class MatchFinder(Protocol):
    """Runs a saved search (a row of ``SavedSearchStore``) on the search backend."""

    def matches(self, search: dict[str, Any]) -> list[Hit]:
        """Every match above the relevance floor, newest first (bounded)."""
        ...

    def daily_counts(self, search: dict[str, Any], first: date, last: date) -> dict[date, int]:
        """Matching stories per day from ``first`` to ``last`` (days without any may be absent)."""
        ...


@dataclass
class Check:
    search: dict[str, Any]
    previous_check: str
    checked_at: str | None
    new: list[Hit]
    spikes: list[spikes.Spike] = field(default_factory=list)


def story_ids(hit: Hit) -> list[str]:
    """The hit's document and every grouped copy: what 'already seen' is recorded for."""
    return [hit.id, *(dup.id for dup in hit.duplicates)]


def hit_json(hit: Hit) -> dict[str, Any]:
    """The hit as ``/search`` returns it (``SearchHit``: the hit plus its outlets)."""
    return {**hit.model_dump(mode="json"), "outlets": hit.outlets}


def check(
    saved: SavedSearchStore, search_id: int, finder: MatchFinder, record: bool = True
) -> Check | None:
    """The search's new matches (None: no such search); ``record`` remembers them."""
    search = saved.get(search_id)
    if search is None:
        return None
    hits = finder.matches(search)
    if not record:
        seen = saved.seen(search_id)
        new = [h for h in hits if not seen.intersection(story_ids(h))]
        return Check(search, search["last_checked_at"], None, new)
    found = _spikes(finder, search, hits)
    by_day = {s.day.isoformat(): s.as_json() for s in found}
    with sqlite.transaction(saved.db):
        # Seen is read inside the write transaction: two checks at once (the API and a
        # scheduled run) cannot both report the same document.
        if saved.get(search_id) is None:
            return None
        seen = saved.seen(search_id)
        new = [h for h in hits if not seen.intersection(story_ids(h))]
        now = utc_now()
        saved.record_check(search_id, [i for h in hits for i in story_ids(h)], now)
        items.append(saved.db, search_id, [hit_json(h) for h in new], now, by_day)
        saved.set_spike(search_id, found[0].as_json() if found else None)
    after = saved.get(search_id)
    assert after is not None
    return Check(after, search["last_checked_at"], now, new, found)


def _spikes(finder: MatchFinder, search: dict[str, Any], hits: list[Hit]) -> list[spikes.Spike]:
    """Spike days in the week up to the latest day with coverage (not today: an archive's
    latest day may be long past), newest first."""
    last = latest_day(hits)
    if last is None:
        return []
    counts = finder.daily_counts(search, spikes.first_day_needed(last), last)
    return spikes.recent_spikes(counts, last)


def latest_day(hits: list[Hit]) -> date | None:
    """The newest publication day among the hits, ignoring dates in the future (placeholders
    such as 9999-12-31 would hide every real day)."""
    tomorrow = datetime.now(timezone.utc).date() + timedelta(days=1)
    days = []
    for hit in hits:
        try:
            day = date.fromisoformat((hit.published or "")[:10])
        except ValueError:
            continue
        if day <= tomorrow:
            days.append(day)
    return max(days, default=None)
