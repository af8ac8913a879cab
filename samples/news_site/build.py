"""Render the sample news site (pages, listings, feeds, sitemaps, robots.txt) into a Site."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from types import ModuleType
from typing import Callable

from samples import feeds
from samples.news_site.layouts import beritasatu, idntimes, kabarekonomi, wartakerja
from samples.news_site.layouts.common import ArticleContext, ListingContext, Outlet
from samples.news_site.model import Article, load_articles, slugify
from samples.site import BASE, Resource, Site

WIB = timezone(timedelta(hours=7))
SITE_EPOCH = datetime(2024, 1, 15, 9, 0, tzinfo=WIB)  # robots.txt and static pages
OVERSIZED_BYTES = 6 * 1024 * 1024  # above the crawler's 5 MB maximum page size

ROBOTS_DISALLOWED_PATH = "/wartakerja/internal/draft-rilis-kinerja-kuartal-iv/"
NOT_FOUND_PATH = "/wartakerja/read/2023/01/05/10000001/berita-ini-sudah-dihapus-redaksi"


@dataclass
class OutletSpec:
    outlet: Outlet
    layout: ModuleType
    article_path: Callable[[Article], str]
    listing_path: Callable[[int], str]
    article_pattern: str  # regex over the URL path, for the sources registry


OUTLETS: dict[str, OutletSpec] = {
    "kabarekonomi": OutletSpec(
        Outlet("kabarekonomi", "Kabar Ekonomi", "Referensi ekonomi dan bisnis"),
        kabarekonomi,
        lambda a: f"/kabarekonomi/{a.published:%Y/%m/%d}/{a.slug}/",
        lambda n: "/kabarekonomi/category/ekonomi/" + (f"page/{n}/" if n > 1 else ""),
        r"^/kabarekonomi/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/$",
    ),
    "idntimes": OutletSpec(
        Outlet("idntimes", "IDN Times", "Berita terkini untuk milenial"),
        idntimes,
        lambda a: f"/idntimes/business/economy/{a.slug}",
        lambda n: "/idntimes/business/" + (f"?page={n}" if n > 1 else ""),
        r"^/idntimes/(amp/)?business/economy/[a-z0-9-]+$",
    ),
    "beritasatu": OutletSpec(
        Outlet("beritasatu", "BeritaSatu", "Berita terkini hari ini"),
        beritasatu,
        lambda a: f"/beritasatu/ekonomi/{a.number}/{a.slug}",
        lambda n: "/beritasatu/ekonomi" + (f"?page={n}" if n > 1 else ""),
        r"^/beritasatu/ekonomi/\d+/[a-z0-9-]+$",
    ),
    "wartakerja": OutletSpec(
        Outlet("wartakerja", "Warta Kerja", "Kabar pekerja dan jaminan sosial"),
        wartakerja,
        lambda a: f"/wartakerja/read/{a.published:%Y/%m/%d}/{a.number}/{a.slug}",
        lambda n: "/wartakerja/indeks/" + (f"{n}/" if n > 1 else ""),
        r"^/wartakerja/read/\d{4}/\d{2}/\d{2}/\d+/[a-z0-9-]+$",
    ),
}


def amp_path(article: Article) -> str:
    return f"/idntimes/amp/business/economy/{article.slug}"


def old_path(article: Article) -> str:
    """Where the story lived before the outlet's URL scheme changed (answers 301)."""
    return f"/beritasatu/news/{article.number}/{slugify(article.title, 6)}.html"


def html_resource(
    html: str, moment: datetime, encoding: str = "utf-8", content_type: str | None = None
) -> Resource:
    body = html.encode(encoding, errors="xmlcharrefreplace")
    return Resource(body, content_type or f"text/html; charset={encoding}", last_modified=moment)


def xml_resource(xml: str, moment: datetime, content_type: str = "application/xml") -> Resource:
    return Resource(xml.encode("utf-8"), f"{content_type}; charset=utf-8", last_modified=moment)


class NewsSiteBuilder:
    def __init__(
        self, articles: list[Article], name: str = "news", page_size: int | None = None
    ) -> None:
        self.articles = articles
        self.site = Site(name)
        self.page_size = page_size  # listing page size; None: each outlet's own
        self.by_outlet = {name: [a for a in articles if a.outlet == name] for name in OUTLETS}
        self.newest_first = {
            name: sorted(items, key=lambda a: a.published, reverse=True)
            for name, items in self.by_outlet.items()
        }
        self.syndicated = {a.syndicate_of for a in articles if a.syndicate_of}
        self.by_key = {a.id: a for a in articles} | {a.title: a for a in articles}
        self.tracking_links: set[str] = set()

    # -- URLs ------------------------------------------------------------------------------
    def path_of(self, article: Article) -> str:
        return OUTLETS[article.outlet].article_path(article)

    def baca_juga(self, outlet: str) -> Callable[[str], tuple[str, str]]:
        def resolve(key: str) -> tuple[str, str]:
            target = self.by_key.get(key)
            if target is None:  # a story the sample site does not carry: link to its search
                return key, f"/{outlet}/search?q={slugify(key)}"
            return target.title, self.path_of(target)

        return resolve

    def stored_articles(self, outlet: str) -> list[Article]:
        """Articles a correct crawler stores (the oversized page is too big to fetch)."""
        return [a for a in self.by_outlet[outlet] if "oversized" not in a.special]

    # -- pages -------------------------------------------------------------------------------
    def build(self) -> Site:
        for name, spec in OUTLETS.items():
            for article in self.by_outlet[name]:
                self.add_article_page(spec, article)
            self.add_listings(spec)
            self.add_feeds(spec)
        self.add_site_files()
        return self.site

    def add_article_page(self, spec: OutletSpec, article: Article) -> None:
        path = self.path_of(article)
        related = [
            o
            for o in self.newest_first[article.outlet][:12]
            if o.id != article.id and "oversized" not in o.special
        ]
        ctx = ArticleContext(
            article=article,
            outlet=spec.outlet,
            path=path,
            related=related,
            url_of=self.path_of,
            baca_juga=self.baca_juga(article.outlet),
            amp_path=amp_path(article) if "amp" in article.special else None,
            extra_links=self.extra_article_links(article),
        )
        special = set(article.special)
        if article.outlet == "beritasatu":
            encoding = (
                "windows-1252"
                if "windows-1252" in special
                else "iso-8859-1"
                if "iso-8859-1" in special
                else "utf-8"
            )
            html = beritasatu.render_article(
                ctx, charset=encoding, malformed="malformed" in special
            )
            # The ISO-8859-1 page declares its charset only in the page, not in the header.
            content_type = "text/html" if encoding == "iso-8859-1" else None
            resource = html_resource(html, article.last_modified, encoding, content_type)
        else:
            encoding = "utf-8"
            resource = html_resource(spec.layout.render_article(ctx), article.last_modified)

        if "oversized" in special:
            resource.body = pad_to_size(resource.body, OVERSIZED_BYTES)
            self.site.add_special(
                BASE + path,
                "oversized",
                size=len(resource.body),
                reason="bigger than the 5 MB maximum page size",
            )
        if "flaky-500" in special:
            resource.fail_first = [(500, {})]
            self.site.add_special(
                BASE + path, "flaky_500", reason="500 on the first request, 200 after"
            )
        if "rate-limited" in special:
            resource.fail_first = [(429, {"Retry-After": "1"})]
            self.site.add_special(
                BASE + path, "rate_limited", reason="429 Retry-After: 1 once, then 200"
            )
        self.site.add(path, resource)

        if ctx.amp_path:
            amp_ctx = ArticleContext(
                article=article,
                outlet=spec.outlet,
                path=path,
                related=related,
                url_of=self.path_of,
                baca_juga=self.baca_juga(article.outlet),
            )
            self.site.add(
                ctx.amp_path, html_resource(idntimes.render_amp(amp_ctx), article.last_modified)
            )
            self.site.add_special(BASE + ctx.amp_path, "amp", canonical=BASE + path)
        if "redirect-from-old" in special:
            old = old_path(article)
            self.site.add(
                old,
                Resource(
                    status=301,
                    headers={"Location": BASE + path},
                    conditional=False,
                    content_type="text/html",
                ),
            )
            self.site.add_special(BASE + old, "redirect", status=301, target=BASE + path)
        if "oversized" in special:
            return
        self.site.add_article(
            {
                "id": article.id,
                "url": BASE + path,
                "outlet": article.outlet,
                "title": article.title,
                "published": article.published.isoformat(),
                "published_date": article.published.date().isoformat(),
                "author": article.author,
                "paragraphs": article.paragraphs,
                "headings": article.headings,
                "text": "\n".join(article.text_blocks),
                "noise": sorted(set(ctx.noise)),
                "source": article.source,
                "encoding": encoding,
                "special": sorted(special),
                "syndication_group": article.syndicate_of
                or (article.id if article.id in self.syndicated else None),
                "amp_url": BASE + ctx.amp_path if ctx.amp_path else None,
                "cites": [_citation(c) for c in article.cites],
            }
        )

    def extra_article_links(self, article: Article) -> list[tuple[str, str]]:
        """Links that lead to special URLs: old URLs that redirect, a deleted story (404)."""
        if article.outlet == "beritasatu":
            return [
                (o.title, old_path(o))
                for o in self.by_outlet["beritasatu"]
                if "redirect-from-old" in o.special and o.id != article.id
            ]
        if article.outlet == "wartakerja" and "links-deleted-story" in article.special:
            return [("Berita ini sudah dihapus oleh redaksi", NOT_FOUND_PATH)]
        return []

    def add_listings(self, spec: OutletSpec) -> None:
        outlet = spec.outlet
        articles = self.newest_first[outlet.name]
        size = self.page_size or outlet.page_size
        pages = max(1, -(-len(articles) // size))
        extra = self.listing_extra_links(outlet.name)
        for page in range(1, pages + 1):
            chunk = articles[(page - 1) * size : page * size]
            items = [(a, self.listing_link(a)) for a in chunk]
            ctx = ListingContext(
                outlet,
                f"Berita {outlet.display} - Halaman {page}",
                items,
                page,
                pages,
                spec.listing_path,
                extra if page == 1 else [],
            )
            moment = max(a.last_modified for a in chunk) if chunk else SITE_EPOCH
            self.site.add(
                spec.listing_path(page), html_resource(spec.layout.render_listing(ctx), moment)
            )
        # The home page: newest stories, no pager, links to the index.
        home_items = [(a, self.listing_link(a)) for a in articles[:5]]
        home = ListingContext(
            outlet,
            f"{outlet.display} - {outlet.tagline}",
            home_items,
            1,
            1,
            spec.listing_path,
            extra + [("Indeks berita", spec.listing_path(1))],
        )
        newest = articles[0].last_modified if articles else SITE_EPOCH
        self.site.add(outlet.home, html_resource(spec.layout.render_listing(home), newest))

    def listing_link(self, article: Article) -> str:
        path = self.path_of(article)
        if "tracking-link" not in article.special:
            return path
        link = path + "?utm_source=whatsapp&utm_medium=social&utm_campaign=share"
        if link not in self.tracking_links:  # a shared link copied with its utm_* tail
            self.tracking_links.add(link)
            self.site.add_special(BASE + link, "tracking_params", canonical=BASE + path)
        return link

    def listing_extra_links(self, outlet: str) -> list[tuple[str, str]]:
        if outlet == "wartakerja":
            return [("Draf: Rilis Kinerja Kuartal IV (internal)", ROBOTS_DISALLOWED_PATH)]
        if outlet == "idntimes":  # trending box links AMP pages
            return [(a.title, amp_path(a)) for a in self.by_outlet[outlet] if "amp" in a.special]
        return []

    def add_feeds(self, spec: OutletSpec) -> None:
        name = spec.outlet.name
        articles = sorted(self.stored_articles(name), key=lambda a: a.published, reverse=True)
        if not articles:
            return
        newest = articles[0].last_modified
        entries = [
            feeds.FeedEntry(
                BASE + self.path_of(a), a.title, a.published, a.paragraphs[0][:200], a.author
            )
            for a in articles
        ]
        home = BASE + spec.outlet.home
        if name == "kabarekonomi":
            post_map = [(e.url, a.last_modified) for e, a in zip(entries, articles)]
            pages = [(BASE + "/kabarekonomi/redaksi/", SITE_EPOCH)]
            self.site.add(
                "/kabarekonomi/post-sitemap.xml", xml_resource(feeds.urlset(post_map), newest)
            )
            self.site.add(
                "/kabarekonomi/page-sitemap.xml", xml_resource(feeds.urlset(pages), SITE_EPOCH)
            )
            self.site.add(
                "/kabarekonomi/sitemap_index.xml",
                xml_resource(
                    feeds.sitemap_index(
                        [
                            (BASE + "/kabarekonomi/post-sitemap.xml", newest),
                            (BASE + "/kabarekonomi/page-sitemap.xml", SITE_EPOCH),
                        ]
                    ),
                    newest,
                ),
            )
            self.site.add(
                "/kabarekonomi/feed/",
                xml_resource(
                    feeds.rss("Kabar Ekonomi", home, entries[:10]), newest, "application/rss+xml"
                ),
            )
            self.site.add(
                "/kabarekonomi/redaksi/",
                html_resource(
                    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Redaksi - '
                    "Kabar Ekonomi</title></head><body><h1>Redaksi</h1><p>Pemimpin Redaksi: Catur "
                    "Wibowo. Alamat: Jl. Kebon Sirih No. 12, Jakarta Pusat.</p></body></html>",
                    SITE_EPOCH,
                ),
            )
            self.site.add_special(BASE + "/kabarekonomi/redaksi/", "non_article")
        elif name == "idntimes":
            self.site.add(
                "/idntimes/sitemap.xml",
                xml_resource(
                    feeds.urlset([(e.url, a.last_modified) for e, a in zip(entries, articles)]),
                    newest,
                ),
            )
            self.site.add(
                "/idntimes/feed.atom",
                xml_resource(
                    feeds.atom(
                        "IDN Times Business", BASE + "/idntimes/feed.atom", home, entries[:10]
                    ),
                    newest,
                    "application/atom+xml",
                ),
            )
        elif name == "beritasatu":  # no sitemap: listings and RSS only
            self.site.add(
                "/beritasatu/rss",
                xml_resource(
                    feeds.rss("BeritaSatu Ekonomi", home, entries[:10]),
                    newest,
                    "application/rss+xml",
                ),
            )
        elif name == "wartakerja":
            self.site.add(
                "/wartakerja/sitemap-news.xml",
                xml_resource(feeds.news_sitemap(entries, "Warta Kerja"), newest),
            )
            self.site.add(
                "/wartakerja/rss.xml",
                xml_resource(
                    feeds.rss("Warta Kerja", home, entries[:10]), newest, "application/rss+xml"
                ),
            )

    def add_site_files(self) -> None:
        newest = max(a.last_modified for a in self.articles)
        self.site.add(
            "/robots.txt",
            Resource(
                (
                    "User-agent: *\n"
                    "Disallow: /wartakerja/internal/\n"
                    "Disallow: /kabarekonomi/wp-admin/\n"
                    "Allow: /kabarekonomi/wp-admin/admin-ajax.php\n\n"
                    f"Sitemap: {BASE}/sitemap_index.xml\n"
                ).encode(),
                "text/plain; charset=utf-8",
                last_modified=SITE_EPOCH,
            ),
        )
        indexed = [
            (BASE + path, newest)
            for path in (
                "/kabarekonomi/post-sitemap.xml",
                "/idntimes/sitemap.xml",
                "/wartakerja/sitemap-news.xml",
            )
            if path in self.site.resources
        ]
        self.site.add("/sitemap_index.xml", xml_resource(feeds.sitemap_index(indexed), newest))

        draft = (
            '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>DRAF - '
            "Rilis Kinerja Kuartal IV</title></head><body><h1>DRAF INTERNAL: Rilis Kinerja "
            "Kuartal IV</h1><p>Dokumen kerja redaksi. Jangan dipublikasikan. Angka peserta "
            "masih menunggu verifikasi.</p></body></html>"
        )
        self.site.add(ROBOTS_DISALLOWED_PATH, html_resource(draft, SITE_EPOCH))
        self.site.add_special(
            BASE + ROBOTS_DISALLOWED_PATH,
            "robots_disallowed",
            reason="under Disallow: /wartakerja/internal/; must never be fetched",
        )
        self.site.add_special(BASE + NOT_FOUND_PATH, "not_found", status=404)
        self.site.add_special(
            BASE + "/wartakerja/tentang-kami/",
            "not_found",
            status=404,
            reason="footer link to a page the site does not have",
        )

        portal = "".join(
            f'<li><a href="{spec.outlet.home}">{spec.outlet.display}</a></li>'
            for spec in OUTLETS.values()
        )
        self.site.add(
            "/",
            html_resource(
                '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Sample news '
                f"site</title></head><body><h1>Outlets</h1><ul>{portal}</ul></body></html>",
                SITE_EPOCH,
            ),
        )

        self.site.set_manifest("robots", BASE + "/robots.txt")
        self.site.set_manifest("sitemap_index", BASE + "/sitemap_index.xml")
        self.site.set_manifest("outlets", [self.outlet_manifest(spec) for spec in OUTLETS.values()])

    def outlet_manifest(self, spec: OutletSpec) -> dict:
        name = spec.outlet.name
        articles = self.by_outlet[name]
        pages = max(1, -(-len(articles) // (self.page_size or spec.outlet.page_size)))
        candidates = {
            "sitemaps": [
                "/kabarekonomi/sitemap_index.xml",
                "/idntimes/sitemap.xml",
                "/wartakerja/sitemap-news.xml",
            ],
            "feeds": [
                "/kabarekonomi/feed/",
                "/idntimes/feed.atom",
                "/beritasatu/rss",
                "/wartakerja/rss.xml",
            ],
        }
        own = {
            key: [BASE + p for p in paths if p.startswith(f"/{name}/") and p in self.site.resources]
            for key, paths in candidates.items()
        }
        return {
            "name": name,
            "display": spec.outlet.display,
            "home": BASE + spec.outlet.home,
            "listing": BASE + spec.listing_path(1),
            "listing_pages": [BASE + spec.listing_path(n) for n in range(1, pages + 1)],
            "article_pattern": spec.article_pattern,
            **own,
        }


def _citation(label: str) -> dict:
    """'Permenaker 2/2022' -> {"type": "Permenaker", "number": "2", "year": 2022}."""
    kind, _, number_year = label.rpartition(" ")
    number, _, year = number_year.partition("/")
    return {"type": kind, "number": number, "year": int(year)}


def pad_to_size(body: bytes, size: int) -> bytes:
    """Grow a page past ``size`` with an inline gallery blob, deterministically."""
    chunk = hashlib.sha256(b"galeri").hexdigest().encode() * 64
    filler = chunk * (size // len(chunk) + 1)
    blob = b'<script>window.__GALLERY__="' + filler + b'";</script>\n'
    return body.replace(b"</body>", blob + b"</body>", 1)


def build_news_site() -> Site:
    return NewsSiteBuilder(load_articles()).build()
