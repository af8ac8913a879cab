"""The regulation spider: listing pages -> detail pages (metadata) -> PDF (text with pages).

Driven by the registry's ``kind: regulation`` entries: ``start_urls`` are listing pages,
``article_patterns`` match detail pages, ``listing_patterns`` and ``pagination`` lead through
the listing. A regulation is stored as a ``regulation`` document keyed by its detail page,
with its metadata (type, number, year, title, dates, status, issuer, pdf_url, page offsets)
in ``metadata``. PDFs that are scans, encrypted, truncated or not PDFs at all are logged and
skipped; the crawl goes on.

    scrapy crawl regulations -a sources=samples/sources.yaml -a sample_site=http://127.0.0.1:8701
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from corpus.sources import Source
from crawler import discovery
from crawler.extraction import ExtractionError, parse_html
from crawler.pdf_text import PdfProblem, PdfText, extract_pdf_text, looks_like_pdf
from crawler.regulation_meta import RegulationMeta, parse_detail_page
from crawler.spiders.base import Output, RegistrySpider
from crawler.urls import canonical_url

PDF_MAXSIZE = 50 * 1024 * 1024  # regulations with annexes run to tens of MB; pages stay at 5 MB
DETAIL_PRIORITY = 5
PDF_PRIORITY = 10
# Problems that will not go away on the next crawl: remember the detail page as seen.
PERMANENT_PROBLEMS = {"scanned", "encrypted", "not_pdf"}


class RegulationSpider(RegistrySpider):
    name = "regulations"
    kind = "regulation"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources.values():
            for url in source.start_urls:
                yield self.listing_request(url, source, page=1)

    def listing_request(self, url: str, source: Source, page: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.on_error,
            meta={"source": source.name, "role": "listing", "page": page},
        )

    def _wanted(self, url: str, source: Source) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        in_domains = any(host == d or host.endswith("." + d) for d in source.allowed_domains)
        return in_domains and not source.is_denied(url)

    # -- listings ----------------------------------------------------------------------------
    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if self.not_modified(response):
            return
        source = self.source_of(response)
        try:
            tree = parse_html(response.text)
        except (ExtractionError, AttributeError) as exc:
            self.recorder.log(
                response.url,
                "error",
                source=source.name,
                status=response.status,
                error=f"listing not readable: {exc}",
            )
            return
        page = response.meta.get("page") or 1
        for url in discovery.page_links(tree, response.url):
            if not self._wanted(url, source):
                continue
            if source.is_article(url):
                yield scrapy.Request(
                    url,
                    callback=self.parse_detail,
                    errback=self.on_error,
                    priority=DETAIL_PRIORITY,
                    meta={"source": source.name, "role": "detail"},
                )
            elif source.is_listing(url) and page < source.pagination.max_pages:
                yield self.listing_request(url, source, page=page + 1)
        if page < source.pagination.max_pages:
            for url in discovery.next_page_links(
                tree, response.url, source.pagination.next_selector
            ):
                if self._wanted(url, source):
                    yield self.listing_request(url, source, page=page + 1)
        self.recorder.log(
            response.url,
            "followed",
            source=source.name,
            status=response.status,
            state=self.fetch_state(response),
            hub=True,
        )

    # -- detail pages ------------------------------------------------------------------------
    def parse_detail(self, response: Response) -> Iterator[scrapy.Request]:
        if self.not_modified(response):
            return
        source = self.source_of(response)
        state = self.fetch_state(response)
        unchanged = self.stored_unchanged(response, state)
        if unchanged:
            self.log_unchanged(response, source.name, state, unchanged)
            return
        if not isinstance(response, TextResponse):
            self.recorder.log(
                response.url,
                "skipped",
                source=source.name,
                status=response.status,
                error="detail page is not HTML",
            )
            return
        meta = parse_detail_page(parse_html(response.text), response.url)
        if not meta.complete:
            self.recorder.log(
                response.url,
                "skipped",
                source=source.name,
                status=response.status,
                error="no regulation type, number and year on the page",
            )
            return
        if not meta.pdf_url:
            self.recorder.log(
                response.url,
                "skipped",
                source=source.name,
                status=response.status,
                error="no PDF link on the page",
                state=state,
            )
            return
        yield scrapy.Request(
            meta.pdf_url,
            callback=self.parse_pdf,
            errback=self.on_error,
            priority=PDF_PRIORITY,
            meta={
                "source": source.name,
                "role": "pdf",
                "regulation": meta,
                "detail_url": canonical_url(response.url),
                "detail_state": state,
                # The PDF is fetched whole whenever its detail page changed.
                "conditional": False,
                "download_maxsize": self.settings.getint("NEWSINTEL_PDF_MAXSIZE", PDF_MAXSIZE),
            },
        )

    # -- PDFs --------------------------------------------------------------------------------
    async def parse_pdf(self, response: Response) -> AsyncIterator[Output]:
        source = self.source_of(response)
        meta: RegulationMeta = response.meta["regulation"]
        detail_url = response.meta["detail_url"]
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        if not looks_like_pdf(response.body):
            self._skip(
                response,
                detail_url,
                "not_pdf",
                f"PDF link answered {content_type or 'no content type'}, not a PDF",
            )
            return
        try:
            # pypdf is pure Python and can take seconds on a big scan: keep the reactor free.
            pdf: PdfText = await maybe_deferred_to_future(
                deferToThread(extract_pdf_text, response.body)
            )
        except PdfProblem as problem:
            self._skip(response, detail_url, problem.reason, str(problem))
            return
        metadata = {
            **meta.as_metadata(),
            "pdf_url": response.url,
            "detail_url": detail_url,
            "page_count": pdf.page_count,
            "page_offsets": pdf.page_offsets,
            "pdf_bytes": len(response.body),
        }
        yield {
            "url": detail_url,
            "source": source.name,
            "doc_type": "regulation",
            "title": meta.full_name,
            "text": pdf.text,
            "published": meta.enacted,
            "author": meta.issuer,
            "language": "id",
            "metadata": metadata,
            "fetch_state": response.meta["detail_state"],
        }

    def _skip(self, response: Response, detail_url: str, reason: str, message: str) -> None:
        """Log a PDF that yields no text; remember its detail page when retrying is pointless."""
        source = response.meta.get("source")
        outcome = "skipped" if reason in PERMANENT_PROBLEMS else "error"
        self.logger.info("%s %s: %s", outcome, response.url, message)
        self.recorder.log(
            response.url,
            outcome,
            source=source,
            status=response.status,
            error=f"{message} (regulation {detail_url})"[:500],
        )
        if outcome == "skipped":
            self.recorder.log(
                detail_url,
                "skipped",
                source=source,
                status=response.meta["detail_state"].get("status"),
                error=f"its PDF is unusable: {reason}",
                state=response.meta["detail_state"],
            )
