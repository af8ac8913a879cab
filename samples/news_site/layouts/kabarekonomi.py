"""Kabar Ekonomi: a WordPress news theme. Date in <meta property="article:published_time">
and as "Selasa, 9 Agustus 2022" under the headline; no JSON-LD; reader comments; sidebar."""

from __future__ import annotations

from html import escape

from samples.news_site.layouts.common import (
    ADVERT,
    ArticleContext,
    BlockMarkup,
    ListingContext,
    attr,
    comments_block,
    long_date,
    render_block,
)

MENU = ["Ekonomi", "Bisnis", "Keuangan", "Ketenagakerjaan", "UMKM", "Opini"]


def _head(title: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)} - Kabar Ekonomi</title>\n"
        '<link rel="stylesheet" href="/kabarekonomi/wp-content/themes/newsup/style.css">\n'
        f"{extra}</head>\n"
    )


def _header() -> str:
    menu = "".join(
        f'<li class="menu-item"><a href="/kabarekonomi/category/{item.lower()}/">{item}</a></li>'
        for item in MENU
    )
    return (
        '<body class="post-template-default single single-post">\n'
        '<div id="page" class="site"><header id="masthead" class="site-header">'
        '<div class="top-bar"><span class="date-now">Portal Berita Ekonomi Indonesia</span>'
        '<a href="/kabarekonomi/redaksi/">Redaksi</a> | <a href="/kabarekonomi/pedoman-media-siber/">'
        "Pedoman Media Siber</a></div>"
        '<div class="site-branding"><a href="/kabarekonomi/" rel="home">'
        '<img src="/kabarekonomi/wp-content/uploads/logo.png" alt="KabarEkonomi.id"></a></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{menu}</ul></nav>'
        "</header>\n"
    )


def _sidebar(titles: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li><a href="{attr(path)}">{escape(title)}</a></li>' for title, path in titles
    )
    return (
        '<aside id="secondary" class="widget-area">'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">Terpopuler</h2>'
        f"<ul>{items}</ul></section>"
        f'<section class="widget"><div class="ads ads-sidebar">{ADVERT}</div></section></aside>\n'
    )


def _footer() -> str:
    return (
        '<footer id="colophon" class="site-footer"><div class="footer-widgets">'
        "<p>KabarEkonomi.id - Referensi Ekonomi dan Bisnis</p>"
        "<p>Copyright &copy; 2024 KabarEkonomi.id. All rights reserved.</p></div></footer>"
        "</div>\n</body>\n</html>\n"
    )


BLOCKS = BlockMarkup(
    heading="<h2>{text}</h2>",
    figure='<figure class="wp-block-image"><img src="/kabarekonomi/wp-content/uploads/foto.jpg" '
    'alt=""><figcaption>{caption}</figcaption></figure>',
    baca_juga='<p class="baca-juga"><strong>Baca Juga:</strong> <a href="{href}">{title}</a></p>',
)


def render_article(ctx: ArticleContext) -> str:
    article = ctx.article
    meta = (
        f'<link rel="canonical" href="{attr(ctx.abs(ctx.path))}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{attr(article.title)}">\n'
        f'<meta property="og:url" content="{attr(ctx.abs(ctx.path))}">\n'
        f'<meta property="article:published_time" content="{article.published.isoformat()}">\n'
        f'<meta property="article:modified_time" content="{article.last_modified.isoformat()}">\n'
        f'<meta property="article:section" content="{attr(article.section)}">\n'
    )
    if ctx.amp_path:
        meta += f'<link rel="amphtml" href="{attr(ctx.abs(ctx.amp_path))}">\n'
    body_blocks = [render_block(ctx, block, BLOCKS) for block in article.body]
    if len(body_blocks) > 3:  # an ad in the middle of the text, like the real theme
        body_blocks.insert(2, f'<div class="ads ads-inarticle"><span>{ADVERT}</span></div>')
    related = "".join(
        f'<li><a href="{attr(ctx.url_of(other))}">{ctx.keep_out(other.title)}</a></li>'
        for other in ctx.related[:3]
    )
    tags = "".join(
        f'<a href="/kabarekonomi/tag/{attr(tag.lower().replace(" ", "-"))}/" rel="tag">'
        f"{escape(tag)}</a> "
        for tag in article.tags
    )
    return (
        _head(article.title, meta)
        + _header()
        + '<div id="content" class="site-content"><main id="primary" class="site-main">\n'
        + '<div class="breadcrumbs"><a href="/kabarekonomi/">Home</a> &raquo; '
        + f"<span>{escape(article.title)}</span></div>\n"
        + f'<article id="post-{article.number}" class="post type-post">\n'
        + f'<header class="entry-header"><h1 class="entry-title">{escape(article.title)}</h1>'
        + '<div class="entry-meta"><span class="byline">by <a class="url fn n" '
        + f'href="/kabarekonomi/author/{attr(article.author.lower())}/">{escape(article.author)}'
        + f'</a></span> <span class="posted-on">{long_date(article.published)}</span></div>'
        + '</header>\n<div class="entry-content">\n'
        + "\n".join(body_blocks)
        + "\n</div>\n"
        + f'<footer class="entry-footer"><span class="tags-links">Tags: {tags}</span></footer>'
        + "</article>\n"
        + f'<div class="related-posts"><h3 class="related-title">Baca Juga</h3><ul>{related}</ul></div>\n'
        + comments_block(ctx, "comment-list", 3)
        + '<div id="respond" class="comment-respond"><h3>Tinggalkan Balasan</h3>'
        + '<form action="/kabarekonomi/wp-comments-post.php" method="post">'
        + '<textarea name="comment"></textarea><input type="submit" value="Kirim Komentar"></form></div>'
        + "</main>\n"
        + _sidebar([(o.title, ctx.url_of(o)) for o in ctx.related[3:7]])
        + "</div>\n"
        + _footer()
    )


def render_listing(ctx: ListingContext) -> str:
    extra = ctx.rel_links()
    cards = "".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="{attr(link)}" '
        f'rel="bookmark">{escape(article.title)}</a></h2><div class="entry-meta">'
        f'<span class="posted-on">{long_date(article.published)}</span></div>'
        f'<div class="entry-summary"><p>{escape(article.paragraphs[0][:160])}&hellip;</p></div>'
        f"</article>\n"
        for article, link in ctx.items
    )
    pager = ""
    if ctx.prev_path:
        pager += (
            f'<a class="prev page-numbers" href="{attr(ctx.prev_path)}">&laquo; Sebelumnya</a> '
        )
    pager += f'<span class="page-numbers current">{ctx.page}</span> '
    if ctx.next_path:
        pager += f'<a class="next page-numbers" href="{attr(ctx.next_path)}">Berikutnya &raquo;</a>'
    links = "".join(
        f'<li><a href="{attr(path)}">{escape(title)}</a></li>' for title, path in ctx.extra_links
    )
    return (
        _head(ctx.heading, extra)
        + _header()
        + '<div id="content" class="site-content"><main id="primary" class="site-main">'
        + f'<header class="page-header"><h1 class="page-title">{escape(ctx.heading)}</h1></header>\n'
        + cards
        + f'<nav class="navigation pagination"><div class="nav-links">{pager}</div></nav>'
        + (f'<ul class="more-links">{links}</ul>' if links else "")
        + "</main></div>\n"
        + _footer()
    )
