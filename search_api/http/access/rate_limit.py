"""Rate limits per key (or per address, for calls without one): token buckets in memory.

Two budgets, so that cheap reads are not starved by a client's searches: ``search`` for
searches, timelines, exports, running a saved search and every write; ``read`` for the rest.
Per process: several server processes each keep their own buckets.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Annotated, Callable, Optional

from fastapi import Depends, Request

from search_api.http.access.policy import CallerDep
from search_api.http.access.settings import AccessSettings, Rate

MAX_BUCKETS = 10_000  # beyond this, buckets that have refilled are forgotten
SEARCH_ROUTES = frozenset({"/search", "/timeline", "/saved-searches/{search_id}/new"})


def budget_of(method: str, route: str) -> str:
    if method not in ("GET", "HEAD") or route in SEARCH_ROUTES or route.startswith("/export/"):
        return "search"
    return "read"


class RateLimited(Exception):
    """429: the caller's budget is spent; ``retry_after`` seconds until one request fits."""

    def __init__(self, budget: str, rate: Rate, retry_after: int):
        what = "searches, exports and writes" if budget == "search" else "requests"
        super().__init__(f"rate limit for {what}: {rate} per key or address")
        self.message = (
            f"too many {what}: the limit is {rate} per key or address; retry in {retry_after} s"
        )
        self.retry_after = retry_after


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBuckets:
    """One bucket per (identity, budget); ``take`` spends a token or says how long to wait."""

    def __init__(
        self, rates: dict[str, Optional[Rate]], clock: Callable[[], float] = time.monotonic
    ):
        self.rates, self.clock = rates, clock
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def take(self, identity: str, budget: str) -> Optional[int]:
        """None when the request may go; else whole seconds until a token is there."""
        rate = self.rates.get(budget)
        if rate is None:
            return None
        now, per_second = self.clock(), rate.requests / rate.seconds
        bucket = self._buckets.get((identity, budget))
        if bucket is None:
            if len(self._buckets) >= MAX_BUCKETS:
                self._forget_full(now)
            bucket = self._buckets[(identity, budget)] = _Bucket(rate.requests, now)
        bucket.tokens = min(rate.requests, bucket.tokens + (now - bucket.updated) * per_second)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return None
        return max(1, math.ceil((1 - bucket.tokens) / per_second))

    def _forget_full(self, now: float) -> None:
        for key, bucket in list(self._buckets.items()):
            rate = self.rates[key[1]]
            assert rate is not None
            if (
                bucket.tokens + (now - bucket.updated) * rate.requests / rate.seconds
                >= rate.requests
            ):
                del self._buckets[key]


def buckets_for(settings: AccessSettings) -> TokenBuckets:
    return TokenBuckets({"search": settings.rate_search, "read": settings.rate_read})


# async: runs on the event loop, so the buckets need no lock.
async def rate_limit(request: Request, caller: CallerDep) -> None:
    route = request.scope.get("route")
    template = getattr(route, "path", request.url.path)
    budget = budget_of(request.method, template)
    wait = request.app.state.rate_limits.take(caller.identity, budget)
    if wait is not None:
        rate = request.app.state.rate_limits.rates[budget]
        raise RateLimited(budget, rate, wait)


RateLimitDep = Annotated[None, Depends(rate_limit)]
