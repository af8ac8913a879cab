"""The generic news spider: one class for every outlet of the registry.

Entry points are an outlet's sitemaps, feeds and listing pages. Discovered URLs are
classified by the registry's patterns (article, listing, denied); an outlet without article
patterns is explored within its domains and pages are told apart by structure (JSON-LD
NewsArticle, og:type article, enough running text). Articles go through
``crawler.extraction`` once, and only when their body changed since the last crawl.

    scrapy crawl news -a source=kompas
    scrapy crawl news -a sources=samples/sources.yaml -a sample_site=http://127.0.0.1:8701
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Self

import scrapy
from lxml import html as lxml_html
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future

from corpus.sources import Source
from crawler import discovery
from crawler.extract_pool import ExtractionPool
from crawler.extraction import ArticleFields, ExtractionError, extract_from_tree, parse_html
from crawler.page_meta import normalise_date
from crawler.spiders.base import Output, RegistrySpider
from crawler.urls import canonical_url

# Hubs (listing pages, feeds, sitemaps) go first: a listing's next page waits for nothing,
# so pagination chains run ahead and their articles keep every download slot busy.
HUB_PRIORITY = 20
ARTICLE_PRIORITY = 10


class NewsSpider(RegistrySpider):
    name = "news"
    kind = "news"
    extraction_pool: ExtractionPool  # set by from_crawler, closed with the spider

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._asked: set[tuple[str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.extraction_pool = ExtractionPool.from_settings(crawler.settings)
        crawler.signals.connect(spider.extraction_pool.close, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources.values():
            for url in source.sitemap_urls:
                yield self.make_request(url, source, "sitemap")
            for url in source.feeds:
                yield self.make_request(url, source, "feed")
            for url in source.start_urls:
                yield self.make_request(url, source, "listing", page=1)

    def make_request(self, url: str, source: Source, role: str, **meta: Any) -> scrapy.Request:
        callback = {"sitemap": self.parse_sitemap, "feed": self.parse_feed}.get(
            role, self.parse_page
        )
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=ARTICLE_PRIORITY if role == "article" else HUB_PRIORITY,
            meta={"source": source.name, "role": role, **meta},
        )

    def candidate(self, url: str, source: Source, **hints: Any) -> scrapy.Request | None:
        """A request for a discovered URL, if the source wants it (once per crawl)."""
        url = canonical_url(url)
        key = (source.name, url)
        if key in self._asked:  # menus and related lists repeat links on every page
            return None
        self._asked.add(key)
        role = source.classify(url)  # the same judgement `newsintel sources check` reports
        if role in ("article", "shortlink"):
            return self.make_request(url, source, role, **{k: v for k, v in hints.items() if v})
        if role == "listing":
            return self.make_request(url, source, "listing", page=hints.get("page") or 1)
        if role == "explore":  # unknown layout: explore, judge pages by structure
            return self.make_request(url, source, "page")
        return None

    def _in_domains(self, url: str, source: Source) -> bool:
        return source.in_domains(url)

    # -- hubs --------------------------------------------------------------------------------
    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if self.not_modified(response):
            return
        source = self.source_of(response)
        if response.url.endswith("/robots.txt"):
            for url in discovery.robots_sitemaps(response.text, response.url):
                yield self.make_request(url, source, "sitemap")
            return
        kind, links = discovery.sitemap_links(response.body)
        for link in links:
            if kind == "sitemapindex":
                if self._in_domains(link.url, source):
                    yield self.make_request(link.url, source, "sitemap")
            else:
                request = self.candidate(
                    link.url, source, hint_published=link.published, hint_title=link.title
                )
                if request:
                    yield request
        self._hub_done(response)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if self.not_modified(response):
            return
        source = self.source_of(response)
        for link in discovery.feed_links(response.body, response.url):
            request = self.candidate(
                link.url, source, hint_published=link.published, hint_title=link.title
            )
            if request:
                yield request
        self._hub_done(response)

    def _hub_done(self, response: Response) -> None:
        self.recorder.log(
            response.url,
            "followed",
            source=response.meta.get("source"),
            status=response.status,
            state=self.fetch_state(response),
            hub=True,
        )

    # -- pages -------------------------------------------------------------------------------
    async def parse_page(self, response: Response) -> list[Output]:
        """Listings and articles (a coroutine, not an async generator: Scrapy runs an async
        generator's output through a hundred tasks per response)."""
        source = self.source_of(response)
        if (
            response.status != 304
            and isinstance(response, TextResponse)
            and discovery.xml_kind(response.body) is None
            and (response.meta.get("role") == "article" or source.is_article(response.url))
        ):
            return await self.read_article(response, source)
        return list(self.parse_hub_or_page(response))

    def parse_hub_or_page(self, response: Response) -> Iterator[Output]:
        if self.not_modified(response):
            return
        source = self.source_of(response)
        if not isinstance(response, TextResponse):
            self.recorder.log(
                response.url,
                "skipped",
                source=source.name,
                status=response.status,
                error=f"not a text page ({response.headers.get('Content-Type')!r})",
            )
            return
        xml = discovery.xml_kind(response.body)
        if xml in ("sitemapindex", "urlset"):
            yield from self.parse_sitemap(response)
            return
        if xml in ("rss", "feed", "rdf"):
            yield from self.parse_feed(response)
            return
        role = response.meta.get("role")
        if role == "shortlink":
            # A short link is followed for the article it redirects to, nothing else.
            self.recorder.log(
                response.url,
                "skipped",
                source=source.name,
                status=response.status,
                error="short link to a non-article",
            )
            return
        try:
            tree = parse_html(response.text)
        except ExtractionError as exc:
            self.recorder.log(
                response.url,
                "error",
                source=source.name,
                status=response.status,
                error=f"parse error: {exc}",
            )
            return
        links = discovery.page_links(tree, response.url)
        if role == "page":  # explored: an article if its structure says so
            yield from self.handle_article(response, tree, source)
        page = response.meta.get("page") or 1
        for url in links:
            request = self.candidate(url, source)
            if request:
                yield request
        if page < source.pagination.max_pages:
            for url in discovery.next_page_links(
                tree, response.url, source.pagination.next_selector
            ):
                if self._in_domains(url, source) and not source.is_denied(url):
                    yield self.make_request(url, source, "listing", page=page + 1)
        if role != "page":
            self._hub_done(response)

    async def read_article(self, response: TextResponse, source: Source) -> list[Output]:
        """An article page: parsed and extracted in the extraction pool (off the reactor),
        unless its bytes are those already stored; its related article links followed."""
        state = self.fetch_state(response)
        unchanged = self.stored_unchanged(response, state)
        hint = normalise_date(response.meta.get("hint_published"))
        reading = await maybe_deferred_to_future(
            self.extraction_pool.read(
                response.text,
                response.url,
                extract=unchanged is None,
                date_hint=hint,
                site_names=self.site_names(source),
                link_patterns=tuple(source.article_patterns),
            )
        )
        if reading.error:
            self.recorder.log(
                response.url,
                "error",
                source=source.name,
                status=response.status,
                error=reading.error,
            )
            return []
        outputs: list[Output] = []
        if unchanged:  # same bytes as last time: nothing to extract or store
            self.log_unchanged(response, source.name, state, unchanged)
        else:
            outputs.extend(
                self.article_outputs(response, reading.fields, source, state, hint, trust_url=True)
            )
        # Related stories and "Baca juga" links lead to more articles, not to hubs.
        for url in reading.links:
            if source.is_article(url):
                request = self.candidate(url, source)
                if request:
                    outputs.append(request)
        return outputs

    def handle_article(
        self, response: TextResponse, tree: lxml_html.HtmlElement, source: Source
    ) -> Iterator[Output]:
        """A page found while exploring an outlet without article patterns, extracted here."""
        state = self.fetch_state(response)
        unchanged = self.stored_unchanged(response, state)
        if unchanged:
            self.log_unchanged(response, source.name, state, unchanged)
            return
        hint = normalise_date(response.meta.get("hint_published"))
        fields = extract_from_tree(
            tree, response.url, date_hint=hint, site_names=self.site_names(source)
        )
        yield from self.article_outputs(response, fields, source, state, hint, trust_url=False)

    @staticmethod
    def site_names(source: Source) -> tuple[str, ...]:
        return (source.title,) if source.title else ()

    def article_outputs(
        self,
        response: Response,
        fields: ArticleFields,
        source: Source,
        state: dict,
        hint: str | None,
        trust_url: bool,
    ) -> Iterator[Output]:
        """The item of an extracted page, or the request for its canonical page (AMP)."""
        if fields.is_amp and fields.url != canonical_url(response.url):
            # An AMP copy: store the canonical page instead (once, thanks to the dupefilter).
            self.recorder.log(
                response.url,
                "skipped",
                source=source.name,
                status=response.status,
                error=f"AMP copy of {fields.url}",
            )
            yield self.make_request(fields.url, source, "article", hint_published=hint)
            return
        if not fields.text:
            self.recorder.log(
                response.url,
                "skipped",
                source=source.name,
                status=response.status,
                error="no main text",
            )
            return
        if not trust_url and not fields.looks_like_article:
            return  # an index, tag or about page found while exploring
        url = fields.url
        if source.article_patterns and not source.is_article(url):
            url = canonical_url(response.url)  # a canonical outside the outlet's articles
        yield {
            "url": url,
            "source": source.name,
            "title": fields.title or response.meta.get("hint_title"),
            "text": fields.text,
            "published": fields.published,
            "author": fields.author,
            "language": fields.language,
            "metadata": {
                "description": fields.description,
                "page_url": response.url,
                "date_source": fields.date_source,
                "amp_url": fields.amp_url,
            },
            "fetch_state": state,
        }
