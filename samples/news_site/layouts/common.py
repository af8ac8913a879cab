"""What every outlet layout needs: the page context, Indonesian date formats, escaping."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Any, Callable

from samples.news_site.model import Article
from samples.site import BASE

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

# Reader comments: text that sits on article pages but is never the article's.
COMMENTS = [
    (
        "Rudi Hartono",
        "Saya sudah 3 tahun jadi peserta, klaim JHT kemarin cair dalam 5 hari. "
        "Mantap pelayanannya.",
    ),
    (
        "Siti Nurhaliza",
        "Mohon info untuk pekerja lepas apakah iurannya bisa dibayar bulanan lewat aplikasi JMO?",
    ),
    ("bang_jago88", "Semoga bukan sekadar seremoni tanda tangan saja, buktikan di lapangan."),
    ("Dewi Lestari", "Di kantor saya 120 karyawan belum didaftarkan semua. Harus lapor ke mana?"),
    ("Agus S.", "Program bagus, tapi sosialisasi ke desa masih kurang."),
]

ADVERT = "ADVERTISEMENT"


@dataclass
class Outlet:
    name: str  # source name, also the URL prefix
    display: str
    tagline: str
    page_size: int = 3

    @property
    def home(self) -> str:
        return f"/{self.name}/"


@dataclass
class ArticleContext:
    """What a layout gets to render one article page."""

    article: Article
    outlet: Outlet
    path: str  # site-relative URL of the page
    related: list[Article]  # other stories of the outlet, for "related" lists
    url_of: Callable[[Article], str]  # site-relative URL of another article
    baca_juga: Callable[[str], tuple[str, str]]  # id or title -> (title, site-relative URL)
    amp_path: str | None = None
    extra_links: list[tuple[str, str]] = field(default_factory=list)  # (title, path) e.g. 404s
    noise: list[str] = field(default_factory=list)  # page text that is not the article's

    def abs(self, path: str) -> str:
        return BASE + path

    def keep_out(self, text: str) -> str:
        """Record ``text`` as noise (must not end up in the article text) and escape it."""
        self.noise.append(text)
        return escape(text)


@dataclass
class ListingContext:
    outlet: Outlet
    heading: str
    items: list[tuple[Article, str]]  # (article, site-relative link, maybe with utm_*)
    page: int
    pages: int
    path_of_page: Callable[[int], str]
    extra_links: list[tuple[str, str]] = field(default_factory=list)

    @property
    def prev_path(self) -> str | None:
        return self.path_of_page(self.page - 1) if self.page > 1 else None

    @property
    def next_path(self) -> str | None:
        return self.path_of_page(self.page + 1) if self.page < self.pages else None

    def rel_links(self) -> str:
        """<link rel="prev"/"next"> for the page head."""
        links = [
            (rel, path)
            for rel, path in (("prev", self.prev_path), ("next", self.next_path))
            if path
        ]
        return "".join(f'<link rel="{rel}" href="{attr(path)}">\n' for rel, path in links)


def long_date(moment: datetime, with_day: bool = True) -> str:
    """'Selasa, 9 Agustus 2022' or '9 Agustus 2022'."""
    date = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    return f"{DAYS[moment.weekday()]}, {date}" if with_day else date


def short_date(moment: datetime) -> str:
    """'23 Nov 23, 14:10 WIB' (IDN Times style)."""
    return (
        f"{moment.day:02d} {MONTHS_SHORT[moment.month - 1]} {moment.year % 100:02d}, "
        f"{moment:%H:%M} WIB"
    )


def numeric_date(moment: datetime) -> str:
    """'27/07/2023, 12:02 WIB'."""
    return f"{moment:%d/%m/%Y, %H:%M} WIB"


def json_ld(data: dict[str, Any]) -> str:
    payload = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">{payload}</script>'


def news_article_ld(ctx: ArticleContext, publisher: str) -> str:
    article = ctx.article
    return json_ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.abs(ctx.path)},
            "headline": article.title,
            "datePublished": article.published.isoformat(),
            "dateModified": article.last_modified.isoformat(),
            "author": {"@type": "Person", "name": article.author},
            "publisher": {"@type": "Organization", "name": publisher},
            "articleSection": article.section,
            "keywords": article.tags,
        }
    )


def comments_block(ctx: ArticleContext, css: str, count: int = 2) -> str:
    start = ctx.article.number % len(COMMENTS)
    picked = [COMMENTS[(start + i) % len(COMMENTS)] for i in range(count)]
    items = "".join(
        f'<li class="{css}-item"><cite class="{css}-author">{escape(name)}</cite>'
        f"<p>{ctx.keep_out(text)}</p></li>"
        for name, text in picked
    )
    return f'<section class="{css}"><h3>Komentar ({count})</h3><ol>{items}</ol></section>'


@dataclass(frozen=True)
class BlockMarkup:
    """How an outlet marks up body blocks: format strings with {text}, {caption},
    {headline}, {href}, {title}."""

    heading: str
    figure: str
    baca_juga: str
    paragraph: str = "<p>{text}</p>"


def render_block(ctx: ArticleContext, block: Any, markup: BlockMarkup) -> str:
    """One body block; captions and "Baca juga" titles are recorded as noise."""
    if isinstance(block, str):
        return markup.paragraph.format(text=escape(block))
    if "h2" in block:
        return markup.heading.format(text=escape(block["h2"]))
    if "figure" in block:
        return markup.figure.format(
            caption=ctx.keep_out(block["figure"]), headline=escape(ctx.article.title)
        )
    title, path = ctx.baca_juga(block["baca_juga"])
    return markup.baca_juga.format(href=attr(path), title=ctx.keep_out(title))


def attr(value: str) -> str:
    return escape(value, quote=True)
