"""Warta Kerja: a modern portal with a visible "27/07/2023, 12:02 WIB" date and JSON-LD that
only describes breadcrumbs (no NewsArticle, no date meta); "Baca juga" boxes, reader
comments and a "Terpopuler" list whose links carry utm_* tracking parameters."""

from __future__ import annotations

from html import escape

from samples.news_site.layouts.common import (
    ADVERT,
    ArticleContext,
    BlockMarkup,
    ListingContext,
    attr,
    comments_block,
    json_ld,
    numeric_date,
    render_block,
)

MENU = ["Terkini", "Jaminan Sosial", "Ketenagakerjaan", "Regional", "Regulasi", "Indeks"]


def _head(title: str, extra: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)} | Warta Kerja</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{extra}</head>\n"
    )


def _header() -> str:
    menu = "".join(
        f'<li><a href="/wartakerja/{"indeks/" if item == "Indeks" else "kanal/" + item.lower().replace(" ", "-") + "/"}">'
        f"{item}</a></li>"
        for item in MENU
    )
    return (
        '<body class="wk">\n<div class="wk-topbar"><a href="/wartakerja/">WARTA KERJA</a>'
        "<span>Kabar pekerja dan jaminan sosial</span></div>\n"
        f'<nav class="wk-menu"><ul>{menu}</ul></nav>\n'
        f'<div class="wk-ad wk-ad--leaderboard">{ADVERT}</div>\n'
    )


FOOTER = (
    '<footer class="wk-footer"><ul><li><a href="/wartakerja/tentang-kami/">Tentang Kami</a></li>'
    '<li><a href="/wartakerja/pedoman/">Pedoman Media Siber</a></li></ul>'
    "<p>&copy; 2024 Warta Kerja. Seluruh hak cipta dilindungi.</p></footer>\n</body>\n</html>\n"
)


BLOCKS = BlockMarkup(
    heading="<h3>{text}</h3>",
    figure='<div class="wk-photo"><img src="/wartakerja/img/foto.jpg" alt="foto">'
    '<p class="wk-photo__caption">{caption}</p></div>',
    baca_juga='<div class="baca-juga"><span class="baca-juga__label">Baca juga:</span> '
    '<a href="{href}">{title}</a></div>',
)


def _popular(items: list[tuple[str, str]]) -> str:
    links = "".join(f'<li><a href="{attr(path)}">{escape(title)}</a></li>' for title, path in items)
    return f'<aside class="wk-popular"><h2>Terpopuler</h2><ol>{links}</ol></aside>\n'


def render_article(ctx: ArticleContext) -> str:
    article = ctx.article
    breadcrumbs = json_ld(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "Warta Kerja",
                    "item": ctx.abs("/wartakerja/"),
                },
                {"@type": "ListItem", "position": 2, "name": article.section},
            ],
        }
    )
    extra = f'<link rel="canonical" href="{attr(ctx.abs(ctx.path))}">\n{breadcrumbs}\n'
    blocks = [render_block(ctx, block, BLOCKS) for block in article.body]
    if len(blocks) > 4:
        blocks.insert(4, f'<div class="wk-ad wk-ad--inread">{ADVERT}</div>')
    related = "".join(
        f'<li><a href="{attr(ctx.url_of(o))}">{ctx.keep_out(o.title)}</a>'
        f"<span>{numeric_date(o.published)}</span></li>"
        for o in ctx.related[:3]
    )
    related += "".join(
        f'<li><a href="{attr(path)}">{ctx.keep_out(title)}</a></li>'
        for title, path in ctx.extra_links
    )
    popular = [
        (o.title, ctx.url_of(o) + "?utm_source=terpopuler&utm_medium=web&utm_campaign=artikel")
        for o in ctx.related[3:6]
    ]
    tags = "".join(
        f'<a class="wk-tag" href="/wartakerja/tag/{attr(t.lower().replace(" ", "-"))}/">'
        f"#{escape(t)}</a>"
        for t in article.tags
    )
    return (
        _head(article.title, extra)
        + _header()
        + '<div class="wk-container"><main class="wk-main">\n'
        + f'<div class="wk-article"><span class="wk-kanal">{escape(article.section)}</span>'
        + f'<h1 class="wk-article__title">{escape(article.title)}</h1>\n'
        + '<div class="wk-article__info"><span class="wk-article__author">Penulis: '
        + f'{escape(article.author)}</span> <span class="wk-article__date">'
        + f"{numeric_date(article.published)}</span></div>\n"
        + '<div class="wk-article__body">\n'
        + "\n".join(blocks)
        + "\n</div>\n"
        + f'<div class="wk-tags">{tags}</div></div>\n'
        + f'<section class="wk-related"><h2>Berita Terkait</h2><ul>{related}</ul></section>\n'
        + comments_block(ctx, "wk-comments", 2)
        + "</main>\n"
        + _popular(popular)
        + "</div>\n"
        + FOOTER
    )


def render_listing(ctx: ListingContext) -> str:
    extra = ctx.rel_links()
    items = "".join(
        f'<li class="wk-list__item"><a href="{attr(link)}">{escape(a.title)}</a>'
        f'<span class="wk-list__date">{numeric_date(a.published)}</span></li>\n'
        for a, link in ctx.items
    )
    pager = ""
    if ctx.prev_path:
        pager += f'<a class="wk-pager__prev" href="{attr(ctx.prev_path)}">Sebelumnya</a> '
    if ctx.next_path:
        pager += f'<a class="wk-pager__next" href="{attr(ctx.next_path)}">Berikutnya</a>'
    return (
        _head(ctx.heading, extra)
        + _header()
        + f'<div class="wk-container"><main class="wk-main"><h1>{escape(ctx.heading)}</h1>'
        + f'<ul class="wk-list">{items}</ul><div class="wk-pager">{pager}</div></main>\n'
        + _popular(ctx.extra_links)
        + "</div>\n"
        + FOOTER
    )
