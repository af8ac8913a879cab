"""The crawl's one connection to the corpus store, with batched writes.

Spiders, middlewares and the pipeline share one ``CrawlRecorder`` per crawler
(``CrawlRecorder.of(crawler)``). Documents, fetch states and crawl-log rows are queued and
written together, one transaction per batch (``NEWSINTEL_BATCH_SIZE`` documents or
``NEWSINTEL_BATCH_SECONDS``), and always when the spider closes, so no item is lost on close.

Fetch states of hub pages (listings, feeds, sitemaps) are written only when a crawl finishes
cleanly: a hub answering 304 next time must not hide links an interrupted crawl never reached
or pages that failed for a passing reason (5xx, timeouts).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from pathlib import Path
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from corpus.store import CorpusStore, Document

logger = logging.getLogger(__name__)

OUTCOMES = ("new", "updated", "unchanged", "not_modified", "followed", "skipped", "error")


def body_hash(body: bytes) -> str:
    return hashlib.sha1(body).hexdigest()


class CrawlRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.batch_size = settings.getint("NEWSINTEL_BATCH_SIZE", 100)
        self.batch_seconds = settings.getfloat("NEWSINTEL_BATCH_SECONDS", 5.0)
        self.store_path = settings.get("NEWSINTEL_STORE") or None
        self._store: CorpusStore | None = None
        self._docs: list[tuple[Document, dict, dict]] = []  # doc, fetch state, log row
        self._states: list[dict] = []
        self._log: list[dict] = []
        self._hub_states: list[dict] = []
        self._last_flush = time.monotonic()
        self.counts: Counter[str] = Counter()
        self.transient_failures = 0  # errors worth retrying next time (5xx, network)
        self.run_id: int | None = None  # this crawl's row in crawl_runs (source health)
        # What each fetched URL was requested as (article, listing, feed...), for the log rows
        # written about it: source health tells article pages from hubs by it.
        self._roles: dict[str, str] = {}
        crawler.signals.connect(self._response_received, signal=signals.response_received)
        crawler.signals.connect(self._spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self._spider_closed, signal=signals.spider_closed)

    @classmethod
    def of(cls, crawler: Crawler) -> "CrawlRecorder":
        recorder = getattr(crawler, "_newsintel_recorder", None)
        if recorder is None:
            recorder = cls(crawler)
            # One recorder per crawler, kept on it: a slot scrapy's Crawler does not declare.
            crawler._newsintel_recorder = recorder  # type: ignore[attr-defined]
        return recorder

    @property
    def store(self) -> CorpusStore:
        if self._store is None:
            self._store = (
                CorpusStore(Path(self.store_path))
                if self.store_path
                else CorpusStore.open_default()
            )
            logger.info("corpus store: %s", self._store.path)
        return self._store

    # -- reads ------------------------------------------------------------------------------
    def fetch_state(self, url: str) -> dict | None:
        return self.store.fetch_state(url)

    # -- queued writes ----------------------------------------------------------------------
    def add_document(self, doc: Document, state: dict, source: str | None) -> None:
        role = self._roles.pop(state["url"], None) or (
            "article" if doc.doc_type == "news" else "detail"
        )
        self._docs.append(
            (
                doc,
                state,
                {
                    "url": state["url"],
                    "source": source,
                    "status": state.get("status"),
                    "role": role,
                },
            )
        )
        self._maybe_flush()

    def log(
        self,
        url: str,
        outcome: str,
        *,
        source: str | None = None,
        status: int | None = None,
        error: str | None = None,
        state: dict | None = None,
        hub: bool = False,
        transient: bool = False,
        role: str | None = None,
    ) -> None:
        """One crawl-log row, plus the URL's fetch state when given. ``transient``: an error
        that may pass (5xx, timeout, network), worth retrying on the next crawl. ``role``:
        what the URL was fetched as (article, listing, sitemap, feed, page, detail, pdf)."""
        self._log.append(
            {
                "url": url,
                "source": source,
                "status": status,
                "outcome": outcome,
                "error": error,
                "role": role or self._roles.pop(url, None),
            }
        )
        self.count(outcome)
        if transient:
            self.transient_failures += 1
        if state is not None:
            (self._hub_states if hub else self._states).append(state)
        self._maybe_flush()

    def count(self, outcome: str) -> None:
        self.counts[outcome] += 1
        self.crawler.stats.inc_value(f"newsintel/{outcome}")

    def _maybe_flush(self) -> None:
        if (
            len(self._docs) >= self.batch_size
            or time.monotonic() - self._last_flush >= self.batch_seconds
        ):
            self.flush()

    def flush(self) -> None:
        """Write everything queued: documents first, then their fetch states and log rows."""
        self._last_flush = time.monotonic()
        if not (self._docs or self._states or self._log):
            return
        docs, self._docs = self._docs, []
        states, self._states = self._states, []
        rows, self._log = self._log, []
        if docs:
            outcomes = self.store.upsert_documents([doc for doc, _, _ in docs])
            for (doc, state, row), outcome in zip(docs, outcomes):
                states.append({**state, "doc_id": doc.id})
                rows.append({**row, "outcome": outcome})
                self.count(outcome)
        if states:
            self.store.record_fetches(states)
        if rows:
            self.store.log_crawl([{**row, "run_id": self.run_id} for row in rows])

    def _response_received(self, response: Response, request: Request, spider: Spider) -> None:
        role = request.meta.get("role")
        if role:
            self._roles[response.url] = role

    def _spider_opened(self, spider: Spider) -> None:
        self.run_id = self.store.start_crawl_run(spider.name, getattr(spider, "sources", {}))

    def _spider_closed(self, spider: Spider, reason: str) -> None:
        try:
            # Remember hubs only after a complete crawl without transient failures: otherwise
            # a 304 next time would hide the links that were not fetched.
            if reason == "finished" and not self.transient_failures and self._hub_states:
                self._states.extend(self._hub_states)
            self._hub_states = []
            self.flush()
            if self.run_id is not None:
                self.store.finish_crawl_run(self.run_id, reason)
        finally:
            if self._store is not None:
                self._store.close()
                self._store = None

    def summary(self) -> dict[str, Any]:
        return {outcome: self.counts.get(outcome, 0) for outcome in OUTCOMES}
