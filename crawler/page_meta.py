"""What a page says about itself: JSON-LD, <meta> tags, <link rel>, headings and bylines.

Cheap, explicit reads on an lxml tree, done once per page. Structured data wins over visible
text because it is written for machines; visible dates are read day first (Indonesian).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterator

from lxml import html as lxml_html

from crawler import site_names
from crawler.site_names import strip_site_name  # part of this module's API
from indonesian.dates import parse_datetime

ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "blogposting",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "report",
        "scholarlyarticle",
        "techarticle",
        "liveblogposting",
    }
)
# <meta name|property|itemprop> holding the publication date, most specific first.
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "content_publisheddate",
    "dtk:publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "originalpublicationdate",
    "article.published",
    "datecreated",
    "article_date_original",
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "content_author",
)
# class/id words of elements that print the publication date or the byline.
DATE_HINT = re.compile(r"date|time|tanggal|tgl|waktu|publish|posted|jam", re.I)
BYLINE_HINT = re.compile(r"author|byline|penulis|reporter|pewarta|writer|kontributor", re.I)
ISO_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:[ T]+(?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?(?:\.\d+)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)
# A full date in a short text: "9/8/2022", "27/07/2023", "8 April 2021", "2015-11-05".
SHORT_DATE = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(19|20)\d\d\b|\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+"
    r"(19|20)\d\d\b|\b(19|20)\d\d-\d\d-\d\d"
)
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|\d|$)")
TITLE_SEPARATORS = site_names.SUFFIX_SEPARATORS
EARLIEST = date(1995, 1, 1)


@dataclass
class PageMeta:
    """Everything read from the page head and structured data."""

    jsonld: dict[str, Any] = field(default_factory=dict)  # the article object, if any
    jsonld_types: set[str] = field(default_factory=set)
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name -> first content
    canonical: str | None = None
    amphtml: str | None = None
    is_amp: bool = False
    language: str | None = None
    og_type: str | None = None
    site_name: str | None = None

    @property
    def is_article_typed(self) -> bool:
        return bool(self.jsonld_types & ARTICLE_TYPES) or (self.og_type or "") == "article"


def read_meta(tree: lxml_html.HtmlElement) -> PageMeta:
    page = PageMeta()
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip()
        content = node.get("content")
        if key and content and content.strip():
            page.meta.setdefault(key.lower(), content.strip())
    for node in tree.iter("link"):
        rel = (node.get("rel") or "").lower().split()
        href = (node.get("href") or "").strip()
        if not href:
            continue
        if "canonical" in rel and not page.canonical:
            page.canonical = href
        elif "amphtml" in rel and not page.amphtml:
            page.amphtml = href
    root = tree.getroottree().getroot()
    page.is_amp = root.get("amp") is not None or root.get("\u26a1") is not None
    page.language = (root.get("lang") or page.meta.get("og:locale") or "").split("-")[0].split("_")[
        0
    ].lower() or None
    page.og_type = (page.meta.get("og:type") or "").lower() or None
    page.site_name = page.meta.get("og:site_name")
    for obj in _jsonld_objects(tree):
        types = obj.get("@type")
        names = {
            t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)
        }
        page.jsonld_types |= names
        if names & ARTICLE_TYPES and not page.jsonld:
            page.jsonld = obj
    if not page.canonical:
        page.canonical = page.meta.get("og:url")
    if not page.language and isinstance(page.jsonld.get("inLanguage"), str):
        page.language = page.jsonld["inLanguage"].split("-")[0].lower()
    return page


def _jsonld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue  # malformed JSON-LD is common; the page has other signals
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(
                        item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]]
                    )
                if "@type" in item:
                    yield item


# -- title ----------------------------------------------------------------------------------
def read_title(
    tree: lxml_html.HtmlElement, page: PageMeta, url: str, known_names: tuple[str, ...] = ()
) -> str | None:
    """The headline: structured data or og:title without the site name, or the matching <h1>.
    ``known_names``: names the registry knows the outlet by (its ``title``)."""
    site_words = _site_words(url, page, known_names)
    candidates = [
        page.jsonld.get("headline"),
        page.meta.get("og:title"),
        page.meta.get("twitter:title"),
        _text(tree.find(".//title")),
    ]
    cleaned = [
        strip_site_name(c, site_words) for c in candidates if isinstance(c, str) and c.strip()
    ]
    headings = [
        strip_site_name(h, site_words)
        for h in (_text(h1) for h1 in tree.iter("h1"))
        if h and len(h.split()) >= 3
    ]
    for title in cleaned:
        for key in _title_keys(title):
            for heading in headings:
                # The on-page headline is the fullest form (meta titles get truncated and
                # carry the site's name).
                words = _words(heading)
                if words == key or (len(key) >= 4 and words[: len(key)] == key):
                    return heading
    for title in cleaned:
        if len(_words(title)) >= 2:
            return title
    return headings[0] if headings else (cleaned[0] if cleaned else None)


def _title_keys(title: str) -> list[list[str]]:
    """Words of a title, then of its head before each separator ("Title | Site")."""
    keys = [_words(title)]
    for sep in TITLE_SEPARATORS:
        head = title.rpartition(sep)[0]
        if head and len(_words(head)) >= 3:
            keys.append(_words(head))
    return keys


def _site_words(url: str, page: PageMeta, extra: tuple[str, ...] = ()) -> set[str]:
    publisher = page.jsonld.get("publisher")
    publisher = publisher.get("name") if isinstance(publisher, dict) else None
    return site_names.site_words(
        url,
        page.site_name,
        page.meta.get("application-name"),
        page.meta.get("twitter:site"),
        publisher if isinstance(publisher, str) else None,
        *extra,
    )


# -- dates ----------------------------------------------------------------------------------
def parse_iso(value: str) -> str | None:
    """An ISO-like timestamp normalised to ISO 8601 (keeping its zone); None if not one."""
    match = ISO_DATE.search(value or "")
    if not match:
        return None
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if match["H"] is None:
        return day.isoformat()
    tz = None
    if match["tz"]:
        if match["tz"] == "Z":
            tz = timezone.utc
        else:
            sign = 1 if match["tz"][0] == "+" else -1
            digits = match["tz"][1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        moment = datetime(
            day.year,
            day.month,
            day.day,
            int(match["H"]),
            int(match["M"]),
            int(match["S"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


def normalise_date(value: Any) -> str | None:
    """ISO string from structured data or a visible Indonesian date; None when implausible."""
    if not isinstance(value, str) or not value.strip():
        return None
    iso = parse_iso(value)
    if iso is None:
        moment = parse_datetime(value[:120])
        iso = moment.isoformat() if moment else None
        if (
            moment is not None
            and moment.hour == moment.minute == moment.second == 0
            and moment.tzinfo is None
        ):
            iso = moment.date().isoformat()
    if iso and not plausible(iso):
        return None
    return iso


def plausible(iso: str) -> bool:
    day = date.fromisoformat(iso[:10])
    return EARLIEST <= day <= date.today() + timedelta(days=2)


def structured_date(page: PageMeta) -> tuple[str | None, str | None]:
    """(ISO date, where from) out of JSON-LD and <meta>, or (None, None)."""
    value = normalise_date(page.jsonld.get("datePublished") or page.jsonld.get("dateCreated"))
    if value:
        return value, "jsonld"
    for key in DATE_META:
        value = normalise_date(page.meta.get(key))
        if value:
            return value, f"meta:{key}"
    return None, None


def time_element_date(tree: lxml_html.HtmlElement) -> str | None:
    for node in tree.xpath(
        '//time[@datetime][@itemprop="datePublished" or @pubdate'
        ' or contains(@class,"publish")] | //*[@itemprop="datePublished"]'
        "[@datetime or @content]"
    ):
        value = normalise_date(node.get("datetime") or node.get("content"))
        if value:
            return value
    return None


def visible_date(tree: lxml_html.HtmlElement, anchor: lxml_html.HtmlElement | None) -> str | None:
    """A printed date ("Selasa, 9/8/2022 10:15 WIB") in a short element near the headline.

    Sidebars and related lists print dates too, so the candidate nearest after the headline
    wins; elements named like dates (class/id) are preferred among those.
    """
    candidates = []
    anchor_position = -1
    for position, node in enumerate(tree.iter()):
        if node is anchor:
            anchor_position = position
        if not isinstance(node.tag, str) or node.tag in {
            "script",
            "style",
            "a",
            "html",
            "body",
            "head",
            "title",
        }:
            continue
        text = " ".join(node.text_content().split())
        if not text or len(text) > 80 or not SHORT_DATE.search(text):
            continue
        value = normalise_date(node.get("datetime") or text)
        if value:
            hinted = node.tag == "time" or bool(
                DATE_HINT.search(f"{node.get('class', '')} {node.get('id', '')}")
            )
            candidates.append((position, hinted, value))
    if not candidates:
        return None
    after = [c for c in candidates if c[0] > anchor_position] or candidates[-1:]
    nearest = after[0][0]
    # Prefer a date-named element among those right after the headline.
    close = [c for c in after if c[0] - nearest < 40]
    return next((c[2] for c in close if c[1]), close[0][2])


def url_date(url: str) -> str | None:
    match = URL_DATE.search(url)
    if not match:
        return None
    try:
        value = date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None
    return value if plausible(value) else None


# -- author ---------------------------------------------------------------------------------
def read_author(tree: lxml_html.HtmlElement, page: PageMeta) -> str | None:
    names = _jsonld_names(page.jsonld.get("author"))
    if names:
        return "; ".join(names)
    for key in AUTHOR_META:
        value = page.meta.get(key)
        if value and _is_name(value):
            return value
    for node in tree.xpath('//*[@rel="author" or @itemprop="author"]'):
        value = " ".join(node.text_content().split())
        if _is_name(value):
            return value
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in {"script", "style", "body", "html"}:
            continue
        if BYLINE_HINT.search(f"{node.get('class', '')} {node.get('id', '')}"):
            value = re.sub(
                r"^(oleh|penulis|reporter|pewarta|by|editor)\s*[:\-]?\s*",
                "",
                " ".join(node.text_content().split()),
                flags=re.I,
            )
            if _is_name(value):
                return value
    return None


def _jsonld_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and _is_name(name):
            names.append(" ".join(name.split()))
    return names


def _is_name(value: str) -> bool:
    value = value.strip()
    return (
        2 <= len(value) <= 80
        and "://" not in value
        and "@" not in value
        and not value.lower().startswith(("www.", "http"))
        and len(value.split()) <= 8
    )


# -- helpers --------------------------------------------------------------------------------
def _text(node: lxml_html.HtmlElement | None) -> str | None:
    if node is None:
        return None
    text = " ".join(node.text_content().split())
    return text or None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
