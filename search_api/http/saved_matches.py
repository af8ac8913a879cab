"""Saved searches run on the search backend: the ``MatchFinder`` the alerts use.

Lives in the HTTP layer because a saved search's filters are the /search query parameters
(``SearchQuery``); ``search_api.alerts`` sees only the ``MatchFinder`` protocol.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from search_api.engine.backends import SearchBackend
from search_api.engine.models import Hit, Interval, SortOrder
from search_api.http.hits import all_hits
from search_api.http.params import SearchQuery

# A saved search remembers at most this many matches per check (newest first).
MAX_TRACKED = 2000


def search_query(search: dict[str, Any]) -> SearchQuery:
    return SearchQuery.from_saved(search["q"], search["mode"], search["filters"])


class BackendFinder:
    """``search_api.alerts.matching.MatchFinder`` over a search backend."""

    def __init__(self, backend: SearchBackend):
        self.backend = backend

    def matches(self, search: dict[str, Any]) -> list[Hit]:
        request = search_query(search).request(sort=SortOrder.date)
        return list(all_hits(self.backend, request, MAX_TRACKED))

    def daily_counts(self, search: dict[str, Any], first: date, last: date) -> dict[date, int]:
        query = search_query(search)
        # The saved search's own dates still hold: count only where both ranges meet.
        first = max(first, query.date_from or first)
        last = min(last, query.date_to or last)
        if first > last:
            return {}
        narrowed = dataclasses.replace(query, date_from=first, date_to=last)
        buckets = self.backend.timeline(narrowed.request(facets=False), Interval.day)
        # Stories, not documents: a syndicated story carried by ten outlets is one story.
        return {b.start: b.stories for b in buckets}
