"""IDN Times style: JSON-LD NewsArticle, numbered subheadings, captioned images, "Baca Juga:"
inserts, "Berita Terkini Lainnya"; an AMP twin of some articles (<link rel="amphtml">)."""

from __future__ import annotations

from html import escape

from samples.news_site.layouts.common import (
    ArticleContext,
    BlockMarkup,
    ListingContext,
    attr,
    news_article_ld,
    render_block,
    short_date,
)

PUBLISHER = "IDN Times"
MENU = [
    ("News", "news"),
    ("Business", "business"),
    ("Tech", "tech"),
    ("Life", "life"),
    ("Sport", "sport"),
]


def _head(title: str, extra: str) -> str:
    return (
        '<!doctype html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)} | IDN Times</title>\n"
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"{extra}</head>\n"
    )


def _nav() -> str:
    items = "".join(
        f'<a class="nav-link" href="/idntimes/{slug}/">{name}</a>' for name, slug in MENU
    )
    return (
        '<body><div id="__next"><header class="header"><a class="logo" href="/idntimes/">'
        '<img alt="IDN Times" src="/idntimes/static/logo.svg"></a>'
        f'<nav class="main-nav">{items}</nav><form class="search" action="/idntimes/search">'
        '<input name="q" placeholder="Cari berita"></form></header>\n'
    )


FOOTER = (
    '<footer class="footer"><p>IDN Times adalah media yang menyajikan berita terkini untuk '
    "Millennials dan Gen Z.</p><p>&copy; 2024 IDN Times. All rights reserved.</p></footer>"
    "</div></body>\n</html>\n"
)


# The real site repeats the headline in the image title right before the caption.
_FIGURE = (
    '<figure class="article-image">{image}<figcaption><span class="image-title">'
    "{{headline}}</span>{{caption}}</figcaption></figure>"
)
_BACA_JUGA = (
    '<div class="baca-juga-inline"><span>Baca Juga:</span> <a href="{href}">{title}</a></div>'
)
BLOCKS = BlockMarkup(
    heading='<h2 class="article-subtitle">{text}</h2>',
    figure=_FIGURE.format(image='<img src="/idntimes/static/foto.jpg" alt="">'),
    baca_juga=_BACA_JUGA,
)
AMP_BLOCKS = BlockMarkup(
    heading=BLOCKS.heading,
    figure=_FIGURE.format(
        image='<amp-img src="/idntimes/static/foto.jpg" width="640" '
        'height="360" layout="responsive"></amp-img>'
    ),
    baca_juga=_BACA_JUGA,
)


def _article_core(ctx: ArticleContext, amp: bool) -> str:
    article = ctx.article
    blocks = [render_block(ctx, block, AMP_BLOCKS if amp else BLOCKS) for block in article.body]
    if len(blocks) > 2 and not amp:
        blocks.insert(
            2, '<div class="ads-scroll"><span>SCROLL TO CONTINUE WITH CONTENT</span></div>'
        )
    topics = "".join(
        f'<a class="topic" href="/idntimes/tag/{attr(t.lower().replace(" ", "-"))}">{escape(t)}</a>'
        for t in article.tags
    )
    latest = "".join(
        f'<li><a href="{attr(ctx.url_of(o))}"><h3>{ctx.keep_out(o.title)}</h3></a>'
        f"<time>{short_date(o.published)}</time></li>"
        for o in ctx.related[:4]
    )
    extra = "".join(
        f'<li><a href="{attr(path)}"><h3>{escape(title)}</h3></a></li>'
        for title, path in ctx.extra_links
    )
    subtitle = (
        f'<p class="article-excerpt">{escape(article.subtitle)}</p>' if article.subtitle else ""
    )
    return (
        f'<main class="article-page"><div class="breadcrumb"><a href="/idntimes/">IDN Times</a> / '
        f'<a href="/idntimes/business/">{escape(article.section)}</a></div>\n'
        f'<article class="article"><h1 class="article-title">{escape(article.title)}</h1>'
        f'{subtitle}<div class="article-meta"><span class="author">{escape(article.author)}</span> '
        f'<time class="date">{short_date(article.published)}</time></div>\n'
        f'<div class="article-content">\n' + "\n".join(blocks) + "\n</div>\n"
        f'<div class="topics"><span>Topik:</span>{topics}</div></article>\n'
        f'<section class="latest"><h2>Berita Terkini Lainnya</h2><ul>{latest}{extra}</ul></section>'
        "</main>\n"
    )


def render_article(ctx: ArticleContext) -> str:
    article = ctx.article
    extra = (
        f'<link rel="canonical" href="{attr(ctx.abs(ctx.path))}">\n'
        f'<meta name="description" content="{attr(article.subtitle or article.paragraphs[0][:150])}">\n'
        f'<meta property="article:published_time" content="{article.published.isoformat()}">\n'
        + news_article_ld(ctx, PUBLISHER)
        + "\n"
    )
    if ctx.amp_path:
        extra += f'<link rel="amphtml" href="{attr(ctx.abs(ctx.amp_path))}">\n'
    return _head(article.title, extra) + _nav() + _article_core(ctx, amp=False) + FOOTER


def render_amp(ctx: ArticleContext) -> str:
    """The AMP twin: same story, AMP markup, canonical pointing to the normal page."""
    article = ctx.article
    return (
        '<!doctype html>\n<html amp lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(article.title)} | IDN Times</title>\n"
        f'<link rel="canonical" href="{attr(ctx.abs(ctx.path))}">\n'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        "<style amp-boilerplate>body{visibility:hidden}</style>\n"
        + news_article_ld(ctx, PUBLISHER)
        + "\n</head>\n<body>\n"
        '<header class="amp-header"><a href="/idntimes/">IDN Times</a></header>\n'
        + _article_core(ctx, amp=True)
        + "<footer>&copy; 2024 IDN Times</footer>\n</body>\n</html>\n"
    )


def render_listing(ctx: ListingContext) -> str:
    extra = f'<link rel="next" href="{attr(ctx.next_path)}">\n' if ctx.next_path else ""
    cards = "".join(
        f'<div class="card"><a href="{attr(link)}"><h2 class="card-title">{escape(a.title)}</h2></a>'
        f'<span class="card-meta">{escape(a.section)} | {short_date(a.published)}</span></div>\n'
        for a, link in ctx.items
    )
    more = (
        f'<a class="load-more" href="{attr(ctx.next_path)}">Muat Lebih Banyak</a>'
        if ctx.next_path
        else ""
    )
    links = "".join(
        f'<li><a href="{attr(path)}">{escape(title)}</a></li>' for title, path in ctx.extra_links
    )
    return (
        _head(ctx.heading, extra)
        + _nav()
        + f'<main class="list-page"><h1>{escape(ctx.heading)}</h1>\n{cards}{more}'
        + (f'<aside class="trending"><h2>Trending</h2><ul>{links}</ul></aside>' if links else "")
        + "</main>\n"
        + FOOTER
    )
