"""Downloader and spider middlewares: retries with backoff, conditional requests, and a net
under callbacks so that no failure stops a crawl."""

from __future__ import annotations

import logging
import random
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from crawler.recorder import CrawlRecorder

logger = logging.getLogger(__name__)

CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, 429, timeouts, connection errors), spaced out.

    The wait doubles with each retry (``RETRY_BACKOFF_BASE`` * 2^n, with jitter) and honours
    a ``Retry-After`` header (seconds or HTTP date), both capped by ``RETRY_BACKOFF_MAX``.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    # Scrapy awaits coroutine middleware methods; the base class declares them synchronous,
    # hence the two override ignores.
    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        result = super().process_response(request, response)
        if result is not response:
            await self._wait(result, retry_after(response.headers.get(b"Retry-After")))
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if result is not None:
            await self._wait(result, None)
        return result

    async def _wait(self, retry_request: Request | Response, server_delay: float | None) -> None:
        attempt = retry_request.meta.get("retry_times", 1)
        delay = (
            server_delay
            if server_delay is not None
            else (self.base * 2 ** (attempt - 1) * random.uniform(0.75, 1.25))
        )
        delay = max(0.0, min(delay, self.cap))
        if delay:
            logger.debug("retry %d of %s in %.2fs", attempt, retry_request.url, delay)
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))


def retry_after(value: bytes | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


class ConditionalRequestMiddleware:
    """Ask only for what changed: If-None-Match / If-Modified-Since from the store's fetch state.

    A 304 reaches the spider's callback (which logs ``not_modified`` and does nothing else).
    Requests with ``meta["conditional"] = False`` are sent plainly.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.recorder = CrawlRecorder.of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        # A redirect copies the original request's headers: validators of another URL.
        if request.meta.get("conditional_for") not in (None, request.url):
            for header in CONDITIONAL_HEADERS:
                request.headers.pop(header, None)
            request.meta.pop("conditional_for", None)
        if not request.meta.get("conditional", True) or "conditional_for" in request.meta:
            return None
        state = self.recorder.fetch_state(request.url)
        if not state or state.get("status") not in (200, None):
            return None
        added = False
        if state.get("etag"):
            request.headers[b"If-None-Match"] = state["etag"]
            added = True
        if state.get("last_modified"):
            request.headers[b"If-Modified-Since"] = state["last_modified"]
            added = True
        if added:
            request.meta["conditional_for"] = request.url
            statuses = set(request.meta.get("handle_httpstatus_list", ())) | {304}
            request.meta["handle_httpstatus_list"] = sorted(statuses)
        return None


class CrawlErrorSpiderMiddleware:
    """An exception in a callback is logged to the crawl log; the crawl goes on."""

    def __init__(self, crawler: Crawler) -> None:
        self.recorder = CrawlRecorder.of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception) -> list[Any]:
        source = response.meta.get("source")
        logger.warning("parse error on %s: %r", response.url, exception)
        self.recorder.log(
            response.url,
            "error",
            source=source,
            status=response.status,
            error=f"parse error: {type(exception).__name__}: {exception}"[:500],
        )
        return []
