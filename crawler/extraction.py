"""One page in, one article's fields out: ``extract_article(html, url) -> ArticleFields``.

A pure function (no network, no store), shared by the spider and by ``newsintel extract
page.html``. The HTML is parsed once; title, date, author and canonical URL come from the
page's structured data first (JSON-LD, <meta>), then from what it prints (Indonesian
day-first dates), then from htmldate; the main text from trafilatura on the article body
(see ``crawler.main_text``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ftfy import fix_encoding
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from w3lib.encoding import html_to_unicode

from crawler import page_meta
from crawler.main_text import extract_main_text
from crawler.urls import canonical_url, looks_like_amp, same_site

MIN_ARTICLE_CHARS = 400  # untyped pages need this much main text to count as articles
MIN_ARTICLE_PARAGRAPHS = 3
MIN_TEXT_CHARS = 150  # below this the page's description is a better main text
_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)


class ExtractionError(ValueError):
    """The page cannot be read as HTML at all (empty, binary)."""


@dataclass
class ArticleFields:
    url: str  # canonical URL: what the document is stored under
    title: str | None
    text: str  # main text, one paragraph a line
    published: str | None  # ISO 8601: date, or date-time with zone when known
    author: str | None = None
    description: str | None = None
    language: str | None = None
    date_source: str | None = None  # jsonld | meta:NAME | time | visible | url | htmldate
    page_url: str | None = None  # the URL the page was fetched from
    is_amp: bool = False  # this page is an AMP copy (its url is the canonical page)
    amp_url: str | None = None  # the AMP copy this page announces
    typed_article: bool = False  # JSON-LD NewsArticle/Article or og:type=article
    paragraphs: int = 0
    signals: dict[str, Any] = field(default_factory=dict)

    @property
    def looks_like_article(self) -> bool:
        """Page structure says article: typed as one, or enough running text."""
        if not self.text:
            return False
        if self.typed_article:
            return True
        return (
            len(self.text) >= MIN_ARTICLE_CHARS
            and self.paragraphs >= MIN_ARTICLE_PARAGRAPHS
            and len(self.text) > self.signals.get("headline_link_chars", 0)
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["looks_like_article"] = self.looks_like_article
        return data


def parse_html(html: str | bytes) -> lxml_html.HtmlElement:
    """lxml tree of a page; bytes are decoded by BOM, <meta charset>, then detection."""
    if isinstance(html, bytes):
        _, html = html_to_unicode(None, html)
    if not html or not html.strip():
        raise ExtractionError("empty page")
    if "\x00" in html[:2048]:
        raise ExtractionError("binary content, not HTML")
    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from None
    if tree is None:
        raise ExtractionError("unparseable HTML")
    return tree


def extract_article(
    html: str | bytes,
    url: str,
    *,
    extensive_date_search: bool = True,
    date_hint: str | None = None,
    site_names: tuple[str, ...] = (),
) -> ArticleFields:
    """Title, main text, date, author and canonical URL of the page at ``url``.

    ``extensive_date_search``: when neither structured data, printed dates nor the URL give
    a date, let htmldate scan the whole page (slower, finds more). ``date_hint``: an ISO date
    a sitemap or feed gave for the page, trusted over URL dates and htmldate's guesses.
    ``site_names``: what the registry calls the outlet, taken off titles like the names the
    page gives itself.
    """
    return extract_from_tree(
        parse_html(html),
        url,
        date_hint=date_hint,
        extensive_date_search=extensive_date_search,
        site_names=site_names,
    )


def extract_from_tree(
    tree: lxml_html.HtmlElement,
    url: str,
    *,
    date_hint: str | None = None,
    extensive_date_search: bool = True,
    site_names: tuple[str, ...] = (),
) -> ArticleFields:
    """``extract_article`` on an already parsed page (the tree is not modified)."""
    page = page_meta.read_meta(tree)
    title = page_meta.read_title(tree, page, url, site_names)
    # A page whose UTF-8 was decoded as Latin-1 before it was served ("AntÃ³nio Guterres",
    # "â‚¬3.100") is stored decoded back: search, display and extraction read what was written.
    # (The title stays as the page writes it while the tree is searched for it.)
    text = fix_encoding(extract_main_text(tree, url, title))
    published, source = _published(tree, page, url, title, date_hint, extensive_date_search)
    canonical = _canonical(page, url)
    amp_url = canonical_url(page.amphtml, url) if page.amphtml else None
    description = page.meta.get("description") or page.meta.get("og:description")
    description = " ".join(description.split()) if description else None
    if description and _description_is_better(text, description):
        # Photo and video pages carry their only prose in the description.
        text = description
    lines = [line for line in text.splitlines() if line.strip()]
    return ArticleFields(
        url=canonical,
        title=fix_encoding(title) if title else title,
        text=text,
        published=published,
        author=page_meta.read_author(tree, page),
        description=description,
        language=page.language,
        date_source=source,
        page_url=url,
        is_amp=page.is_amp or (looks_like_amp(url) and canonical != canonical_url(url)),
        amp_url=amp_url if amp_url != canonical else None,
        typed_article=page.is_article_typed,
        paragraphs=sum(1 for line in lines if len(line) >= 80),
        signals={
            "headline_link_chars": _headline_link_chars(tree),
            "jsonld_types": sorted(page.jsonld_types),
            "og_type": page.og_type,
        },
    )


def _description_is_better(text: str, description: str) -> bool:
    """Very short main text, or one short block unrelated to the page's own description (a
    teaser or caption found on a page without article text)."""
    if len(text) < MIN_TEXT_CHARS:
        return len(description) > len(text)
    if "\n" in text or len(text) >= 300:
        return False
    own = set(re.findall(r"\w+", description.lower()))
    shared = own & set(re.findall(r"\w+", text.lower()))
    return len(shared) < 0.5 * len(own)


def _published(
    tree: lxml_html.HtmlElement,
    page: page_meta.PageMeta,
    url: str,
    title: str | None,
    hint: str | None,
    extensive: bool,
) -> tuple[str | None, str | None]:
    value, source = page_meta.structured_date(page)
    if value:
        return value, source
    value = page_meta.time_element_date(tree)
    if value:
        return value, "time"
    value = page_meta.visible_date(tree, _headline_node(tree, title))
    if value:
        return value, "visible"
    if hint:
        return hint, "hint"
    value = page_meta.url_date(url)
    if value:
        return value, "url"
    try:
        found = find_date(
            tree, url=url, original_date=True, extensive_search=extensive, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError):
        found = None
    if found and page_meta.plausible(found):
        return found, "htmldate"
    return None, None


def _headline_node(tree: lxml_html.HtmlElement, title: str | None) -> lxml_html.HtmlElement | None:
    if title:
        key = " ".join(re.findall(r"\w+", title.lower()))
        for heading in tree.iter("h1", "h2", "h3"):
            if " ".join(re.findall(r"\w+", heading.text_content().lower())) == key:
                return heading
    headings = list(tree.iter("h1"))
    return headings[-1] if headings else None


def _canonical(page: page_meta.PageMeta, url: str) -> str:
    """rel=canonical when it names a page of the same site; the fetched URL otherwise.

    A canonical on another site (syndication partners point at the original outlet) is not
    followed: each outlet's copy is a document of that outlet; search collapses duplicates.
    """
    here = canonical_url(url)
    if page.canonical:
        try:
            there = canonical_url(page.canonical, url)
        except ValueError:
            return here
        if there.startswith(("http://", "https://")) and same_site(there, here):
            return there
    return here


def _headline_link_chars(tree: lxml_html.HtmlElement) -> int:
    """Characters of headline-like links (4+ words): large on listings, small on articles."""
    total = 0
    for link in tree.iter("a"):
        text = " ".join(link.text_content().split())
        if len(text.split()) >= 4:
            total += len(text)
    return total
