"""XML a crawler discovers pages from: sitemaps (index, plain, Google News), RSS 2.0, Atom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


@dataclass
class FeedEntry:
    url: str  # absolute (may contain the BASE placeholder)
    title: str
    published: datetime
    summary: str = ""
    author: str = ""


def sitemap_index(sitemap_urls: list[tuple[str, datetime]]) -> str:
    items = "".join(
        f"<sitemap><loc>{escape(url)}</loc><lastmod>{moment.isoformat()}</lastmod></sitemap>\n"
        for url, moment in sitemap_urls
    )
    return (
        XML_HEAD
        + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + items
        + "</sitemapindex>\n"
    )


def urlset(entries: list[tuple[str, datetime]]) -> str:
    items = "".join(
        f"<url><loc>{escape(url)}</loc><lastmod>{moment.isoformat()}</lastmod>"
        f"<changefreq>monthly</changefreq></url>\n"
        for url, moment in entries
    )
    return (
        XML_HEAD
        + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + items
        + "</urlset>\n"
    )


def news_sitemap(entries: list[FeedEntry], publication: str) -> str:
    items = "".join(
        f"<url><loc>{escape(e.url)}</loc><news:news><news:publication>"
        f"<news:name>{escape(publication)}</news:name><news:language>id</news:language>"
        f"</news:publication><news:publication_date>{e.published.isoformat()}"
        f"</news:publication_date><news:title>{escape(e.title)}</news:title></news:news></url>\n"
        for e in entries
    )
    return (
        XML_HEAD + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + items + "</urlset>\n"
    )


def rss(title: str, home_url: str, entries: list[FeedEntry]) -> str:
    items = "".join(
        f"<item><title>{escape(e.title)}</title><link>{escape(e.url)}</link>"
        f'<guid isPermaLink="true">{escape(e.url)}</guid>'
        f"<pubDate>{format_datetime(e.published)}</pubDate>"
        + (f"<dc:creator>{escape(e.author)}</dc:creator>" if e.author else "")
        + f"<description>{escape(e.summary)}</description></item>\n"
        for e in entries
    )
    return (
        XML_HEAD + '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"<channel><title>{escape(title)}</title><link>{escape(home_url)}</link>"
        f"<description>{escape(title)}</description><language>id</language>\n"
        + items
        + "</channel></rss>\n"
    )


def atom(title: str, feed_url: str, home_url: str, entries: list[FeedEntry]) -> str:
    updated = max((e.published for e in entries), default=datetime(2020, 1, 1)).isoformat()
    items = "".join(
        f'<entry><title>{escape(e.title)}</title><link rel="alternate" href="{escape(e.url)}"/>'
        f"<id>{escape(e.url)}</id><published>{e.published.isoformat()}</published>"
        f"<updated>{e.published.isoformat()}</updated>"
        f"<author><name>{escape(e.author or title)}</name></author>"
        f"<summary>{escape(e.summary)}</summary></entry>\n"
        for e in entries
    )
    return (
        XML_HEAD + '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f'<title>{escape(title)}</title><link rel="self" href="{escape(feed_url)}"/>'
        f'<link rel="alternate" href="{escape(home_url)}"/><id>{escape(feed_url)}</id>'
        f"<updated>{updated}</updated>\n" + items + "</feed>\n"
    )
