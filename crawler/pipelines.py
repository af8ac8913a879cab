"""Item pipeline: scraped articles become corpus documents, written in batches."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from corpus.store import Document
from crawler.recorder import CrawlRecorder


class StorePipeline:
    """Hands each article to the crawl recorder, which writes batches in one transaction
    (and everything still queued when the spider closes)."""

    def __init__(self, crawler: Crawler) -> None:
        self.recorder = CrawlRecorder.of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        metadata = {k: v for k, v in (item.get("metadata") or {}).items() if v}
        doc = Document(
            text=item["text"],
            url=item["url"],
            title=item.get("title"),
            source=item.get("source"),
            doc_type=item.get("doc_type", "news"),
            published=item.get("published"),
            author=item.get("author"),
            language=item.get("language"),
            metadata=metadata,
        )
        self.recorder.add_document(doc, item["fetch_state"], item.get("source"))
        return item
