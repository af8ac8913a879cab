"""Small, fast checks of the crawler's pure parts: URLs, text clean-up, dates, discovery."""

from __future__ import annotations

import pytest

from crawler.discovery import feed_links, next_page_links, sitemap_links, xml_kind
from crawler.extraction import extract_article, parse_html
from crawler.main_text import clean_lines
from crawler.middlewares import retry_after
from crawler.page_meta import normalise_date, strip_site_name
from crawler.urls import canonical_url, looks_like_amp, same_site


def test_canonical_url_strips_tracking_and_fragment_but_keeps_paging():
    url = "HTTP://Example.COM:80/berita/1?page=2&utm_source=wa&fbclid=x&gclid=y#komentar"
    assert canonical_url(url) == "http://example.com/berita/1?page=2"
    assert canonical_url("../b?utm_medium=x", "https://a.id/x/y/z") == "https://a.id/x/b"


def test_amp_and_site_detection():
    assert looks_like_amp("https://a.com/amp/berita/1")
    assert looks_like_amp("https://a.com/berita/1?amp=1")
    assert not looks_like_amp("https://a.com/berita/example")
    assert same_site("https://www.kompas.com/a", "https://money.kompas.com/b")
    assert not same_site("https://kompas.com/a", "https://detik.com/a")


def test_clean_lines_drops_inserts_timestamps_and_credits():
    text = "\n".join(
        [
            "Judul Berita",
            "JAKARTA - Paragraf pertama berisi berita.",
            "Baca juga: BPJS Ketenagakerjaan Raih Penghargaan",
            "BACA JUGA - Judul lain",
            "- Kamis, 05/11/2015 09:25 WIB",
            "Paragraf kedua. Baca juga: Judul yang disisipkan",
            "SCROLL TO CONTINUE WITH CONTENT",
            "| Penulis | : Aditya |",
            "- 01",
        ]
    )
    assert clean_lines(text, "Judul Berita") == (
        "JAKARTA - Paragraf pertama berisi berita.\nParagraf kedua."
    )


def test_dates_are_day_first_and_keep_their_zone():
    assert normalise_date("Selasa (9/8/2022)") == "2022-08-09"
    assert normalise_date("27/07/2023, 12:02 WIB") == "2023-07-27T12:02:00+07:00"
    assert normalise_date("2015-11-05 T10:08:58Z") == "2015-11-05T10:08:58+00:00"
    assert normalise_date("2099-01-01") is None  # the future is not a publication date


def test_site_name_is_stripped_from_titles():
    assert (
        strip_site_name("Judul Berita Hari Ini - Kompas.com", {"kompas"}) == "Judul Berita Hari Ini"
    )
    assert strip_site_name("Judul | Warta Kerja", {"warta"}) == "Judul"
    assert strip_site_name("Menteri: Ini - Itu", set()) == "Menteri: Ini - Itu"


@pytest.mark.parametrize(
    "url, head, title",
    [
        # Labels after the headline: the domain, glued sub-brands, " : ", sections before the site.
        (
            "https://finance.detik.com/berita/d-1/x",
            "<title>Klaim JHT Naik 20 Persen - detikFinance</title>",
            "Klaim JHT Naik 20 Persen",
        ),
        (
            "https://economy.okezone.com/read/2025/01/01/1/2/x",
            "<title>Klaim JHT Naik 20 Persen : Okezone Economy</title>",
            "Klaim JHT Naik 20 Persen",
        ),
        (
            "https://ekonomi.bisnis.com/read/20250101/1/2/x",
            "<title>Klaim JHT Naik 20 Persen | Ekonomi - Bisnis.com</title>",
            "Klaim JHT Naik 20 Persen",
        ),
        # Labels before it, named by og:site_name, application-name or the registry's title only.
        (
            "https://www.example.id/a/1",
            '<meta property="og:site_name" content="Warta Pekerja">'
            "<title>Warta Pekerja - Klaim JHT Naik 20 Persen</title>",
            "Klaim JHT Naik 20 Persen",
        ),
        (
            "https://www.example.id/a/1",
            '<meta name="application-name" content="CNN Indonesia">'
            "<title>CNN Indonesia: Klaim JHT Naik 20 Persen</title>",
            "Klaim JHT Naik 20 Persen",
        ),
        (
            "https://www.bpjsketenagakerjaan.go.id/berita/1/x",
            "<title>BPJS Ketenagakerjaan | Klaim JHT Naik 20 Persen</title>",
            "Klaim JHT Naik 20 Persen",
        ),
        # A headline that starts with an organisation sharing a word with the site keeps it.
        (
            "https://www.bpjsketenagakerjaan.go.id/berita/1/x",
            "<title>BPJS Kesehatan: Iuran Tetap</title>",
            "BPJS Kesehatan: Iuran Tetap",
        ),
        (
            "https://ekonomi.bisnis.com/read/20250101/1/2/x",
            "<title>Klaim JHT Naik - Bisnisnya Lesu</title>",
            "Klaim JHT Naik - Bisnisnya Lesu",
        ),
    ],
)
def test_titles_lose_the_site_name_by_one_general_rule(url, head, title):
    html = f"<html><head>{head}</head><body><p>{'Isi berita. ' * 40}</p></body></html>"
    assert extract_article(html, url).title == title


def test_the_registry_title_names_the_site_too():
    html = (
        "<html><head><title>Kabar Pekerja Nusantara - Iuran JKK Turun Tahun Depan</title>"
        f"</head><body><p>{'Isi berita. ' * 40}</p></body></html>"
    )
    url = "https://kpn.example.id/berita/1"
    assert extract_article(html, url).title.startswith("Kabar Pekerja")
    assert extract_article(html, url, site_names=("Kabar Pekerja Nusantara",)).title == (
        "Iuran JKK Turun Tahun Depan"
    )


def test_retry_after_header():
    assert retry_after(b"3") == 3.0
    assert retry_after(b"Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after(None) is None


def test_sitemaps_feeds_and_pagination():
    news_sitemap = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://a.id/read/1</loc><news:news><news:publication>
  <news:name>A</news:name><news:language>id</news:language></news:publication>
  <news:publication_date>2023-07-27T12:02:00+07:00</news:publication_date>
  <news:title>Judul</news:title></news:news></url>
</urlset>"""
    assert xml_kind(news_sitemap) == "urlset"
    kind, links = sitemap_links(news_sitemap)
    assert kind == "urlset" and links[0].url == "https://a.id/read/1"
    assert links[0].published == "2023-07-27T12:02:00+07:00" and links[0].title == "Judul"
    index = (
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
        b"<loc>https://a.id/s1.xml</loc></sitemap></sitemapindex>"
    )
    assert sitemap_links(index) == ("sitemapindex", [type(links[0])("https://a.id/s1.xml")])
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>'
        b'<link rel="alternate" href="/read/2"/><published>2024-01-01T00:00:00Z</published>'
        b"</entry></feed>"
    )
    assert [link.url for link in feed_links(atom, "https://a.id/feed")] == ["https://a.id/read/2"]
    rss = (
        b"<rss><channel><item><title>T</title><link>https://a.id/read/3</link>"
        b"<pubDate>Mon, 01 Jan 2024 10:00:00 +0700</pubDate></item></channel></rss>"
    )
    assert feed_links(rss, "https://a.id/rss")[0].published.startswith("Mon, 01 Jan 2024")
    tree = parse_html(
        '<html><head><link rel="next" href="?page=2"></head><body>'
        '<a class="paging__link--next" href="/tag/x?page=3">Next</a></body></html>'
    )
    assert next_page_links(tree, "https://a.id/tag/x", "a.paging__link--next") == [
        "https://a.id/tag/x?page=2",
        "https://a.id/tag/x?page=3",
    ]


def test_extract_article_from_bytes_in_a_declared_legacy_encoding():
    body = (
        "<html><head><meta charset='windows-1252'><title>Caf\u00e9 dan Pekerja \u2013 "
        "Contoh</title></head><body><h1>Caf\u00e9 dan Pekerja \u2013 Contoh</h1>"
        "<div class='tanggal'>Selasa (9/8/2022)</div><div class='isi'>"
        + "".join(
            f"<p>Paragraf {i}: pemilik caf\u00e9 \u201cmendaftarkan\u201d pekerjanya "
            "ke BPJS Ketenagakerjaan agar terlindungi dari risiko kerja.</p>"
            for i in range(4)
        )
        + "<p>Baca juga: Berita lain yang tidak terkait</p></div></body></html>"
    ).encode("windows-1252")
    fields = extract_article(body, "https://a.id/read/2022/08/09/1/cafe")
    assert fields.title == "Caf\u00e9 dan Pekerja \u2013 Contoh"
    assert fields.published == "2022-08-09"
    assert "caf\u00e9 \u201cmendaftarkan\u201d" in fields.text and "Baca juga" not in fields.text
    assert fields.looks_like_article


def test_a_page_double_encoded_upstream_is_stored_decoded_back():
    # INVENTED page: its UTF-8 was decoded as cp1252 before it was served (as ~4% of the real
    # detik-1000 rows are: "AntÃ³nio Guterres", "â‚¬3.100", "30â€“50").
    def garbled(text: str) -> str:
        return text.encode("utf-8").decode("cp1252")

    title = "Guterres Puji Program Jaminan Sosial – Contoh"
    paragraph = (
        "Sekjen PBB António Guterres memuji program itu; upah pekerja naik 30–50 "
        "persen, sekitar €3.100 per bulan, kata pengurus BPJS Ketenagakerjaan."
    )
    body = (
        f"<html><head><meta charset='utf-8'><title>{garbled(title)}</title></head><body>"
        f"<h1>{garbled(title)}</h1><div class='isi'>"
        + "".join(f"<p>Paragraf {i}: {garbled(paragraph)}</p>" for i in range(4))
        + "</div></body></html>"
    )
    fields = extract_article(body.encode("utf-8"), "https://a.id/read/2022/08/09/2/guterres")
    assert fields.title == title
    assert paragraph in fields.text and "Ã" not in fields.text


def test_malformed_html_survives():
    fields = extract_article(
        b"<html><body><div><p>Teks <b>tebal <i>miring</p></div>"
        b"<p>Paragraf tanpa penutup<table><tr><td>sel",
        "https://a.id/x",
    )
    assert "Teks" in fields.text


def test_registry_politeness_becomes_download_slots():
    from corpus.sources import Source
    from crawler.politeness import slots_for

    fast = Source(
        name="a",
        start_urls=["https://news.example.id/"],
        politeness={"download_delay": 0.5, "concurrency": 4},
    )
    slow = Source(
        name="b",
        feeds=["https://news.example.id/rss"],
        politeness={"download_delay": 2.0, "concurrency": 1},
    )
    other = Source(name="c", sitemap_urls=["https://other.example.id/sitemap.xml"])
    slots = slots_for([fast, slow, other])
    # Two outlets on one host: the strictest entry wins.
    assert slots["news.example.id"] == {"delay": 2.0, "concurrency": 1}
    assert slots["other.example.id"] == {"delay": 0.5, "concurrency": 2}
