"""BeritaSatu style: an older table-and-div layout, no canonical, no JSON-LD, no date meta;
the only date is the visible "Kamis, 8 April 2021 | 14:29 WIB". A long "BERITA LAINNYA"
list of unrelated stories with their own figures follows every article."""

from __future__ import annotations

from datetime import datetime
from html import escape

from samples.news_site.layouts.common import (
    ADVERT,
    ArticleContext,
    BlockMarkup,
    ListingContext,
    attr,
    long_date,
    render_block,
)


def visible_date(moment: datetime) -> str:
    return f"{long_date(moment)} | {moment:%H:%M} WIB"


def _head(title: str, charset: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        f"<title>{escape(title)}</title>\n"
        '<link href="/beritasatu/css/style.css" rel="stylesheet" type="text/css" />\n</head>\n'
    )


def _top() -> str:
    sections = ["NASIONAL", "MEGAPOLITAN", "EKONOMI", "DUNIA", "OLAHRAGA", "GAYA HIDUP"]
    menu = "".join(
        f'<td><a href="/beritasatu/{s.lower().replace(" ", "-")}">{s}</a></td>' for s in sections
    )
    return (
        '<body>\n<div id="wrapper"><div id="header"><a href="/beritasatu/">'
        '<img src="/beritasatu/img/logo.png" alt="Logo BeritaSatu" /></a></div>\n'
        f'<table id="menu" cellpadding="0" cellspacing="0"><tr>{menu}</tr></table>\n'
        f'<div class="banner-top">{ADVERT}</div>\n'
    )


FOOTER = (
    '<div id="footer"><p>TERKONEKSI BERSAMA KAMI</p><p>Copyright &copy; 2021 BeritaSatu<br />'
    "Allright Reserved</p><p>CONTACT US<br />Berita Satu Plaza, Lantai 11 Kav. 35-36, "
    "Jl. Jend. Gatot Subroto, Jakarta Selatan, Jakarta 12950<br />Telp: +62 21 2995 7500</p>"
    "<p>BeritaSatu Media Holdings</p></div>\n</div>\n</body>\n</html>\n"
)


BLOCKS = BlockMarkup(
    heading="<p><strong>{text}</strong></p>",
    figure='<div class="foto"><img src="/beritasatu/img/foto.jpg" alt="" />'
    '<div class="caption">{caption}</div></div>',
    baca_juga='<div class="baca"><b>BACA JUGA:</b> <a href="{href}">{title}</a></div>',
)


def render_article(ctx: ArticleContext, charset: str = "utf-8", malformed: bool = False) -> str:
    article = ctx.article
    blocks = [render_block(ctx, block, BLOCKS) for block in article.body]
    teasers = "".join(
        f'<div class="lainnya-item"><h4><a href="https://www.beritasatu.com/ekonomi/">'
        f"{ctx.keep_out(t['title'])}</a></h4><p>{ctx.keep_out(t['summary'])}</p>"
        f'<span class="label">{escape(t["label"])}</span></div>\n'
        for t in article.related_noise
    )
    teasers += "".join(
        f'<div class="lainnya-item"><h4><a href="{attr(ctx.url_of(o))}">{ctx.keep_out(o.title)}</a></h4>'
        f'<span class="label">{escape(o.section.upper())} | {long_date(o.published, False)}</span></div>\n'
        for o in ctx.related[:3]
    )
    recommended = "".join(
        f'<li><a href="{attr(path)}">{ctx.keep_out(title)}</a></li>'
        for title, path in ctx.extra_links
    )
    page = (
        _head(f"{article.title} - BeritaSatu.com", charset)
        + _top()
        + '<table id="content" width="100%"><tr><td id="main" valign="top">\n'
        + '<div class="breadcrumb"><a href="/beritasatu/">Home</a> &gt; '
        + f'<a href="/beritasatu/ekonomi">{escape(article.section)}</a></div>\n'
        + f'<h1 class="judul">{escape(article.title)}</h1>\n'
        + f'<div class="tanggal">{visible_date(article.published)}</div>\n'
        + f'<div class="penulis">Oleh : {escape(article.author)}</div>\n'
        + '<div id="isi" class="body-content">\n'
        + "\n".join(blocks)
        + "\n</div>\n"
        + '<div class="sumber">Sumber: BeritaSatu.com</div>\n'
        + '<div class="share">BAGIKAN <a href="#fb">Facebook</a> <a href="#tw">Twitter</a></div>\n'
        + f'<div class="rekomendasi"><h3>REKOMENDASI</h3><ul>{recommended}</ul></div>\n'
        + f'<div class="lainnya"><h3>BERITA LAINNYA</h3>\n{teasers}</div>\n'
        + f'</td><td id="side" valign="top"><div class="ads-side">{ADVERT}</div>'
        + '<div class="close-ads">CLOSE ADS</div></td></tr></table>\n'
        + FOOTER
    )
    return _break_markup(page) if malformed else page


def _break_markup(page: str) -> str:
    """Tag soup like real legacy pages: paragraphs and divs never closed, a stray end tag,
    an unclosed <b>, no </body></html>."""
    page = page.replace("</p>", "").replace('<div class="share">', '</span><div class="share"><b>')
    page = page.replace("</div>\n</div>\n</body>\n</html>\n", "\n")
    return page.replace('</div>\n<div class="sumber">', '\n<div class="sumber">')


def render_listing(ctx: ListingContext) -> str:
    rows = "".join(
        f'<tr><td class="thumb"><img src="/beritasatu/img/thumb.jpg" alt="" /></td><td>'
        f'<a class="judul-list" href="{attr(link)}">{escape(a.title)}</a><br />'
        f'<span class="label">{escape(a.section.upper())} | {long_date(a.published, False)}</span>'
        f"<p>{escape(a.paragraphs[0][:140])}...</p></td></tr>\n"
        for a, link in ctx.items
    )
    numbers = " ".join(
        f'<a href="{attr(ctx.path_of_page(n))}">{n}</a>' if n != ctx.page else f"<b>{n}</b>"
        for n in range(1, ctx.pages + 1)
    )
    pager = numbers + (
        f' <a class="next" href="{attr(ctx.next_path)}">Berikutnya &raquo;</a>'
        if ctx.next_path
        else ""
    )
    return (
        _head(f"{ctx.heading} - BeritaSatu.com", "utf-8")
        + _top()
        + f'<div id="main"><h2 class="kanal">{escape(ctx.heading)}</h2>'
        + f'<table class="list">{rows}</table><div class="paging">{pager}</div></div>\n'
        + FOOTER
    )
