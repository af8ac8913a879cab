"""What every registry-driven spider shares: loading sources, politeness, errors, 304s.

A spider subclass sets ``kind`` (the registry kind it crawls) and writes its callbacks; the
news spider and the regulation spider both build on this.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Self

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from corpus.sources import DEFAULT_REGISTRY, Source, load_registry
from crawler.politeness import apply_politeness
from crawler.recorder import CrawlRecorder, body_hash

# Registry placeholders may also come from the environment: NEWSINTEL_VAR_SAMPLE_SITE=...
VARIABLE_ENV_PREFIX = "NEWSINTEL_VAR_"
SAMPLE_SITE_ENV = "NEWSINTEL_SAMPLE_SITE"


def registry_variables(given: dict[str, str] | None = None) -> dict[str, str]:
    variables = {
        key[len(VARIABLE_ENV_PREFIX) :].lower(): value
        for key, value in os.environ.items()
        if key.startswith(VARIABLE_ENV_PREFIX)
    }
    if os.environ.get(SAMPLE_SITE_ENV):
        variables.setdefault("sample_site", os.environ[SAMPLE_SITE_ENV].rstrip("/"))
    variables.update({k: v for k, v in (given or {}).items() if v is not None})
    return variables


# What a callback yields: requests to follow and article items (plain dicts).
Output = scrapy.Request | dict[str, Any]


class RegistrySpider(scrapy.Spider):
    """Base of spiders driven by the sources registry.

    Arguments (``scrapy crawl NAME -a key=value``): ``source`` (one name or several, comma
    separated; default every entry of this spider's kind), ``sources`` (registry file,
    default corpus/sources.yaml), ``max_pages`` (stop after this many responses), and any
    other ``key=value`` fills the registry's ``{key}`` placeholders.
    """

    kind = "news"
    recorder: CrawlRecorder  # set by from_crawler: one per crawl, shared with the pipeline

    def __init__(
        self,
        source: str | None = None,
        sources: str | None = None,
        max_pages: str | int | None = None,
        **variables: Any,
    ) -> None:
        spider_kwargs = {k: variables.pop(k) for k in ("name", "start_urls") if k in variables}
        super().__init__(**spider_kwargs)
        registry = load_registry(
            Path(sources) if sources else DEFAULT_REGISTRY,
            registry_variables({k: str(v) for k, v in variables.items()}),
        )
        wanted = [name.strip() for name in (source or "").split(",") if name.strip()]
        unknown = [name for name in wanted if name not in registry]
        if unknown:
            raise ValueError(
                f"unknown source(s) {', '.join(unknown)}; the registry has: {', '.join(registry)}"
            )
        if wanted:
            self.sources: dict[str, Source] = {name: registry[name] for name in wanted}
        else:
            self.sources = {
                name: entry for name, entry in registry.items() if entry.kind == self.kind
            }
        if not self.sources:
            raise ValueError(f"no {self.kind} sources to crawl in the registry")
        self.max_pages = int(max_pages) if max_pages else None
        self.allowed_domains = sorted({d for s in self.sources.values() for d in s.allowed_domains})

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        apply_politeness(crawler.settings, spider.sources.values())
        if spider.max_pages:
            crawler.settings.set("CLOSESPIDER_PAGECOUNT", spider.max_pages, priority="spider")
        spider.recorder = CrawlRecorder.of(crawler)
        return spider

    # -- helpers for callbacks ------------------------------------------------------------
    def source_of(self, response_or_request: Response | scrapy.Request) -> Source:
        return self.sources[response_or_request.meta["source"]]

    def not_modified(self, response: Response) -> bool:
        """True (and logged) when the server answered 304 to a conditional request."""
        if response.status != 304:
            return False
        self.recorder.log(
            response.url, "not_modified", source=response.meta.get("source"), status=304
        )
        return True

    def fetch_state(self, response: Response, **extra: Any) -> dict:
        """What to remember of this response for the next crawl's conditional request."""
        headers = response.headers
        etag = headers.get(b"ETag")
        modified = headers.get(b"Last-Modified")
        return {
            "url": response.url,
            "status": response.status,
            "etag": etag.decode("latin-1") if etag else None,
            "last_modified": modified.decode("latin-1") if modified else None,
            "body_hash": body_hash(response.body),
            **extra,
        }

    def stored_unchanged(self, response: Response, state: dict) -> str | None:
        """The stored document's id when this response's bytes are those of the last fetch
        (nothing to extract or store), else None."""
        previous = self.recorder.fetch_state(response.url)
        if previous and previous.get("doc_id") and previous.get("body_hash") == state["body_hash"]:
            return str(previous["doc_id"])
        return None

    def log_unchanged(self, response: Response, source: str, state: dict, doc_id: str) -> None:
        self.recorder.log(
            response.url,
            "unchanged",
            source=source,
            status=response.status,
            state={**state, "doc_id": doc_id},
        )

    def on_error(self, failure: Failure) -> None:
        """Errback of every request: the failure goes to the crawl log, the crawl goes on."""
        # Scrapy attaches the failed request to the Failure; twisted's class does not declare it.
        request: scrapy.Request = failure.request  # type: ignore[attr-defined]
        source = request.meta.get("source")
        status, outcome, transient = None, "error", True
        if isinstance(failure.value, HttpError):
            status = failure.value.response.status
            error = f"HTTP {status}"
            transient = status >= 500 or status in (408, 429)
            if request.meta.get("retry_times"):
                error += f" after {request.meta['retry_times']} retries"
        elif failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
            outcome, error, transient = "skipped", "forbidden by robots.txt", False
        elif failure.check(DownloadCancelledError):
            error, transient = f"oversize: {failure.value}", False
        elif failure.check(DNSLookupError):
            error = f"DNS lookup failed: {failure.value}"
        elif failure.check(TimeoutError, TCPTimedOutError):
            error = f"timeout: {failure.value}"
        else:
            error = f"{type(failure.value).__name__}: {failure.value}"
        self.logger.info("%s %s: %s", outcome, request.url, error)
        self.recorder.log(
            request.url,
            outcome,
            source=source,
            status=status,
            error=error[:500],
            transient=transient,
            role=request.meta.get("role"),
        )
