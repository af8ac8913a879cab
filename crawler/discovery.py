"""Finding pages to fetch: sitemaps (indexes, Google News), RSS/Atom feeds, links, pagination.

Pure functions over bodies and trees, shared by every spider. Each returns ``Link``s with
whatever the hub said about the page (date, title) as hints for extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.urls import canonical_url

_XML_PARSER = etree.XMLParser(
    recover=True, resolve_entities=False, no_network=True, huge_tree=False
)
GOOGLE_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
ATOM_NS = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class Link:
    url: str
    published: str | None = None
    title: str | None = None


def xml_kind(body: bytes) -> str | None:
    """'sitemapindex', 'urlset', 'rss', 'feed' (Atom) or 'rdf' from the root element; None
    when the body is not XML of those kinds."""
    head = body[:2048].lstrip()
    if head.startswith(b"\x1f\x8b"):
        return None
    match = re.search(rb"<(?:[A-Za-z_][\w.-]*:)?(sitemapindex|urlset|rss|feed|RDF)\b", head)
    return match.group(1).decode().lower() if match else None


def maybe_gunzip(body: bytes, max_size: int = 50 * 1024 * 1024) -> bytes:
    if body[:2] == b"\x1f\x8b":
        return gunzip(body, max_size=max_size)
    return body


def sitemap_links(body: bytes) -> tuple[str, list[Link]]:
    """('sitemapindex' | 'urlset', links) of a sitemap; Google News dates/titles as hints."""
    body = maybe_gunzip(body)
    sitemap = Sitemap(body)
    links = []
    for entry in sitemap:
        loc = entry.get("loc")
        if not loc:
            continue
        news = entry.get("news")
        if not isinstance(news, dict):
            news = {}
        published = news.get("publication_date") or None
        title = news.get("title") or None
        links.append(Link(loc.strip(), published, title))
    if sitemap.type == "urlset":
        _google_news_hints(body, links)
    return sitemap.type or "", links


def _google_news_hints(body: bytes, links: list[Link]) -> None:
    """Scrapy's Sitemap flattens <news:news>; read publication dates and titles directly."""
    if GOOGLE_NEWS_NS.encode() not in body:
        return
    root = etree.fromstring(body, parser=_XML_PARSER)
    if root is None:
        return
    hints = {}
    for url in root.iter("{*}url"):
        loc = url.findtext("{*}loc")
        date = url.findtext(f".//{{{GOOGLE_NEWS_NS}}}publication_date")
        title = url.findtext(f".//{{{GOOGLE_NEWS_NS}}}title")
        if loc:
            hints[loc.strip()] = (date and date.strip(), title and title.strip())
    for index, link in enumerate(links):
        if link.url in hints:
            date, title = hints[link.url]
            links[index] = Link(link.url, link.published or date, link.title or title)


def robots_sitemaps(text: str, base_url: str) -> list[str]:
    return list(sitemap_urls_from_robots(text, base_url=base_url))


def feed_links(body: bytes, base_url: str) -> list[Link]:
    """Items of an RSS 2.0 / RSS 1.0 (RDF) / Atom feed."""
    root = etree.fromstring(maybe_gunzip(body), parser=_XML_PARSER)
    if root is None:
        return []
    links = []
    for item in root.iter("{*}item", "item"):
        url = (item.findtext("link") or item.findtext("{*}link") or "").strip()
        if not url:
            guid = item.find("guid")
            if guid is not None and guid.get("isPermaLink", "true") != "false":
                url = (guid.text or "").strip()
        if url:
            published = (item.findtext("pubDate") or item.findtext("{*}date") or "").strip()
            links.append(
                Link(
                    urljoin(base_url, url),
                    published or None,
                    (item.findtext("title") or item.findtext("{*}title") or "").strip() or None,
                )
            )
    for entry in root.iter(f"{{{ATOM_NS}}}entry"):
        href = None
        for link in entry.findall(f"{{{ATOM_NS}}}link"):
            if link.get("rel", "alternate") == "alternate" and link.get("href"):
                href = link.get("href")
                break
        if href:
            published = (
                entry.findtext(f"{{{ATOM_NS}}}published")
                or entry.findtext(f"{{{ATOM_NS}}}updated")
                or ""
            ).strip()
            links.append(
                Link(
                    urljoin(base_url, href),
                    published or None,
                    (entry.findtext(f"{{{ATOM_NS}}}title") or "").strip() or None,
                )
            )
    return links


def page_links(tree: lxml_html.HtmlElement, page_url: str) -> list[str]:
    """Canonicalised absolute http(s) links of a page (tracking parameters stripped)."""
    base = page_url
    for node in tree.iter("base"):
        if node.get("href"):
            base = urljoin(page_url, node.get("href"))
            break
    seen: dict[str, None] = {}
    for node in tree.iter("a"):
        href = (node.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "whatsapp:")):
            continue
        try:
            url = canonical_url(href, base)
        except ValueError:
            continue
        if url.startswith(("http://", "https://")):
            seen.setdefault(url, None)
    return list(seen)


def next_page_links(
    tree: lxml_html.HtmlElement, page_url: str, next_selector: str | None = None
) -> list[str]:
    """'Next page' of a listing: rel=next (link or a), then the registry's CSS selector."""
    hrefs = tree.xpath(
        '//link[contains(concat(" ", normalize-space(@rel), " "), " next ")]/@href'
        ' | //a[contains(concat(" ", normalize-space(@rel), " "), " next ")]/@href'
    )
    if next_selector:
        try:
            for node in tree.cssselect(next_selector):
                href = node.get("href") or next(iter(node.xpath(".//a/@href")), None)
                if href:
                    hrefs.append(href)
        except Exception:  # a bad selector in the registry must not stop the crawl
            pass
    urls = []
    for href in hrefs:
        url = canonical_url(str(href), page_url)
        if url not in urls and url != canonical_url(page_url):
            urls.append(url)
    return urls
