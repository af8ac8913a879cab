"""Per-domain politeness from the sources registry.

Each host gets a download slot with the registry's delay and concurrency (the strictest
entry wins when several sources share a host). AutoThrottle may slow a slot down under load
but never below the registry delay.
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response
from scrapy.settings import Settings

from corpus.sources import Source


def slots_for(sources: Iterable[Source]) -> dict[str, dict]:
    """DOWNLOAD_SLOTS: host -> {delay, concurrency}."""
    slots: dict[str, dict] = {}
    for source in sources:
        hosts = {
            urlsplit(u).hostname for u in (*source.start_urls, *source.sitemap_urls, *source.feeds)
        }
        hosts |= set(source.allowed_domains)
        for host in filter(None, hosts):
            slot = slots.setdefault(
                host,
                {
                    "delay": source.politeness.download_delay,
                    "concurrency": source.politeness.concurrency,
                },
            )
            slot["delay"] = max(slot["delay"], source.politeness.download_delay)
            slot["concurrency"] = min(slot["concurrency"], source.politeness.concurrency)
    return slots


def apply_politeness(settings: Settings, sources: Iterable[Source]) -> None:
    """Write the registry's politeness into not-yet-frozen crawler settings."""
    slots = slots_for(sources)
    if not slots:
        return
    merged = {**settings.getdict("DOWNLOAD_SLOTS"), **slots}
    settings.set("DOWNLOAD_SLOTS", merged, priority="spider")
    delays = [slot["delay"] for slot in slots.values()]
    # AutoThrottle's global floor is the smallest registry delay; per-slot floors are below.
    settings.set("DOWNLOAD_DELAY", min(delays), priority="spider")
    settings.set("AUTOTHROTTLE_START_DELAY", max(delays), priority="spider")
    settings.set(
        "CONCURRENT_REQUESTS_PER_DOMAIN",
        max(slot["concurrency"] for slot in slots.values()),
        priority="spider",
    )


class RegistryAutoThrottle(AutoThrottle):
    """AutoThrottle that keeps each slot at or above its registry delay.

    A registry delay of 0 means the site's owner allows full speed (our own sample servers):
    such slots are not throttled at all, since any delay makes Scrapy send one request per
    delay period whatever the concurrency.
    """

    def _spider_opened(self, spider: Spider) -> None:
        super()._spider_opened(spider)
        self.floors = {
            key: float(conf.get("delay", 0))
            for key, conf in self.crawler.settings.getdict("DOWNLOAD_SLOTS").items()
        }

    def _response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        key, slot = self._get_slot(request, spider)
        if self.floors.get(key or "") == 0.0:
            return
        super()._response_downloaded(response, request, spider)
        floor = self.floors.get(key or "", 0.0)
        if slot is not None and slot.delay < floor:
            slot.delay = floor
