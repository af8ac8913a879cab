"""Run a crawl in this process (Scrapy's CrawlerProcess) and report what it did.

One crawl per process: Twisted's reactor cannot be restarted, so callers that crawl several
times (tests, the demo) run each crawl in a subprocess (``newsintel crawl``).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.http import Response
from scrapy.settings import Settings

from corpus.sources import DEFAULT_REGISTRY, RegistryError, load_registry
from crawler import job_state
from crawler.spiders.base import RegistrySpider, registry_variables


@dataclass
class CrawlSummary:
    pages_fetched: int = 0  # HTTP responses, 304s included
    not_modified: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    followed: int = 0  # hub pages (listings, feeds, sitemaps) read for links
    errors: int = 0
    finish_reason: str | None = None
    elapsed_seconds: float = 0.0
    error_samples: list[dict] = field(default_factory=list)
    stopped_by_signal: int | None = None  # SIGINT/SIGTERM that cut the crawl short
    restart_note: str | None = None  # why a --resume started over instead

    @property
    def cut_short(self) -> bool:
        return self.finish_reason == "shutdown" or self.stopped_by_signal is not None

    def as_dict(self) -> dict:
        return {**self.__dict__, "cut_short": self.cut_short}


class _SignalRecordingProcess(CrawlerProcess):
    """A CrawlerProcess that remembers which signal asked it to stop, so the command can
    exit 130 (SIGINT) or 143 (SIGTERM) instead of 0. Scrapy installs ``_signal_shutdown``
    as the handler when its reactor starts; this override only records the number."""

    stopped_by: int | None = None

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        self.stopped_by = signum
        super()._signal_shutdown(signum, frame)


def crawl_settings(
    store_path: Path,
    *,
    max_pages: int | None = None,
    jobdir: Path | None = None,
    log_level: str = "WARNING",
    overrides: dict | None = None,
) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("NEWSINTEL_STORE", str(store_path), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if max_pages:
        settings.set("CLOSESPIDER_PAGECOUNT", max_pages, priority="cmdline")
    if jobdir:
        settings.set("JOBDIR", str(jobdir), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def job_dir(data_dir: Path, registry: Path, names: list[str], variables: dict) -> Path:
    """Where Scrapy keeps a crawl's pending requests, one folder per crawl configuration."""
    key = "|".join(
        [str(registry.resolve()), *sorted(names), *sorted(f"{k}={v}" for k, v in variables.items())]
    )
    return data_dir / "crawl-jobs" / f"crawl-{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def run_crawl(
    *,
    store_path: Path,
    data_dir: Path,
    registry: Path | None = None,
    sources: list[str] | None = None,
    variables: dict[str, str] | None = None,
    max_pages: int | None = None,
    resume: bool = False,
    log_level: str = "WARNING",
    on_progress: Callable[[dict], None] | None = None,
    overrides: dict | None = None,
    spider_cls: type[RegistrySpider] | None = None,
) -> CrawlSummary:
    """Crawl the registry's sources of the spider's kind (or the named ones) into the store.

    ``spider_cls`` defaults to the news spider; any ``RegistrySpider`` works (its ``kind``
    picks the registry entries). ``resume`` continues the pending requests of an interrupted
    crawl of the same configuration; otherwise a fresh crawl starts (still incremental
    through the store). Raises ``RegistryError`` for a bad registry or unknown source names.
    """
    if spider_cls is None:
        from crawler.spiders.news import NewsSpider

        spider_cls = NewsSpider
    kind = spider_cls.kind
    registry = Path(registry or DEFAULT_REGISTRY)
    variables = registry_variables(variables)
    entries = load_registry(registry, variables)
    wrong = [name for name in sources or [] if name not in entries or entries[name].kind != kind]
    if wrong:
        raise RegistryError(
            f"{registry}: no {kind} source named {', '.join(wrong)} (known: "
            f"{', '.join(n for n, e in entries.items() if e.kind == kind)})"
        )
    names = sources or [name for name, entry in entries.items() if entry.kind == kind]
    if not names:
        raise RegistryError(f"{registry}: no {kind} sources to crawl")
    jobdir = job_dir(data_dir, registry, [spider_cls.name, *names], variables)
    restart_note = job_state.prepare(jobdir, resume)
    job_state.write_state(jobdir, job_state.RUNNING)  # replaced by how it closes

    settings = crawl_settings(
        store_path, max_pages=max_pages, jobdir=jobdir, log_level=log_level, overrides=overrides
    )
    process = _SignalRecordingProcess(settings)
    crawler = process.create_crawler(spider_cls)

    def mark_closed(spider: Spider, reason: str) -> None:  # after Scrapy saved its queue
        job_state.write_state(jobdir, reason)

    crawler.signals.connect(mark_closed, signal=signals.spider_closed)
    live = {"fetched": 0, "articles": 0}
    if on_progress:

        def on_response(response: Response, request: Request, spider: Spider) -> None:
            live["fetched"] += 1
            on_progress(live)

        def on_item(item: dict[str, Any], response: Response, spider: Spider) -> None:
            live["articles"] += 1
            on_progress(live)

        crawler.signals.connect(on_response, signal=signals.response_received)
        crawler.signals.connect(on_item, signal=signals.item_scraped)
    process.crawl(crawler, source=",".join(names), sources=str(registry), **variables)
    process.start()
    logging.getLogger("scrapy").handlers.clear()
    summary = _summary(crawler)
    summary.stopped_by_signal = process.stopped_by
    summary.restart_note = restart_note
    return summary


def _summary(crawler: Crawler) -> CrawlSummary:
    stats = crawler.stats.get_stats()
    count = lambda key: int(stats.get(f"newsintel/{key}", 0))  # noqa: E731
    elapsed = stats.get("elapsed_time_seconds") or 0.0
    return CrawlSummary(
        pages_fetched=int(stats.get("response_received_count", 0)),
        not_modified=count("not_modified"),
        new=count("new"),
        updated=count("updated"),
        unchanged=count("unchanged"),
        skipped=count("skipped"),
        followed=count("followed"),
        errors=count("error"),
        finish_reason=stats.get("finish_reason"),
        elapsed_seconds=round(float(elapsed), 2),
    )
