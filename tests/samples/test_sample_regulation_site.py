"""The sample regulation database over its real server: listings, detail pages, real and
broken PDFs."""

from __future__ import annotations

import io
import re
import urllib.error
import urllib.request

import pytest
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from samples.news_site.seeds import shared_dir
from samples.regulation_site import build_regulation_site
from samples.server import SampleSiteServer, build_site


@pytest.fixture(scope="module")
def server():
    with SampleSiteServer(build_regulation_site()) as running:
        yield running


def get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers["Content-Type"], response.read()


def special(server, kind):
    return [s for s in server.manifest["special"] if s["kind"] == kind]


def test_listing_pages_chain_to_every_detail_page(server):
    url, seen, details = server.manifest["regulation_listing_pages"][0], [], set()
    while url:
        html = get(url)[2].decode()
        seen.append(url)
        details |= {
            server.url + path for path in re.findall(r'href="(/jdih/peraturan/detail/[^"]+)"', html)
        }
        following = re.search(r'<a class="page-next" rel="next" href="([^"]+)"', html)
        url = server.url + following.group(1) if following else None
    assert seen == server.manifest["regulation_listing_pages"] and len(seen) >= 3
    expected = {r["url"] for r in server.manifest["regulations"]}
    expected |= {s["regulation"]["url"] for s in server.manifest["special"]}
    assert expected == details


def test_detail_pages_show_metadata_and_link_the_pdf(server):
    for reg in server.manifest["regulations"]:
        html = get(reg["url"])[2].decode()
        assert f"<th>Nomor Peraturan</th><td>{reg['number']}</td>" in html
        assert f"<th>Singkatan Jenis</th><td>{reg['type']}</td>" in html
        assert f"<th>Status Peraturan</th><td>{reg['status']}</td>" in html
        assert reg["pdf_url"].removeprefix(server.url) in html


def test_pdfs_have_a_text_layer_on_several_pages(server):
    generated = [r for r in server.manifest["regulations"] if r["pdf_kind"] == "generated"]
    assert len(generated) >= 10
    for reg in generated:
        status, content_type, body = get(reg["pdf_url"])
        assert content_type == "application/pdf" and body.startswith(b"%PDF")
        reader = PdfReader(io.BytesIO(body))
        assert len(reader.pages) == reg["pages"] >= 2
        first = reader.pages[0].extract_text()
        assert all(phrase in first for phrase in reg["first_page_phrases"])
        assert "- 2 -" in reader.pages[1].extract_text()  # Indonesian page numbering


def test_the_news_citations_have_regulations():
    cited = {
        ("Inpres", "2", 2021),
        ("Permenaker", "2", 2022),
        ("Permenaker", "4", 2022),
        ("PP", "44", 2015),
        ("PP", "37", 2021),
        ("Permendagri", "84", 2022),
    }
    stored = {
        (r["type"], r["number"], r["year"])
        for r in build_regulation_site().manifest("h")["regulations"]
    }
    assert cited <= stored


def test_real_pdfs_are_served_when_shared_data_is_present(server):
    real = [r for r in server.manifest["regulations"] if r["pdf_kind"] == "shared"]
    if not (shared_dir() / "data" / "regulations").is_dir():
        assert not real
        pytest.skip("../shared/data/regulations is absent")
    assert {r["id"] for r in real} == {"inpres-1-2022", "permenaker-2-2022"}
    originals = {
        path.read_bytes() for path in (shared_dir() / "data" / "regulations").rglob("*.pdf")
    }
    for reg in real:
        assert get(reg["pdf_url"])[2] in originals


def test_broken_pdfs_are_broken_in_their_own_way(server):
    (scanned,) = special(server, "scanned_pdf")
    reader = PdfReader(io.BytesIO(get(scanned["url"])[2]))
    assert len(reader.pages) >= 1 and not "".join(p.extract_text() for p in reader.pages).strip()

    (encrypted,) = special(server, "encrypted_pdf")
    reader = PdfReader(io.BytesIO(get(encrypted["url"])[2]))
    assert reader.is_encrypted and not reader.decrypt("")

    (truncated,) = special(server, "truncated_pdf")
    body = get(truncated["url"])[2]
    assert body.startswith(b"%PDF") and b"%%EOF" not in body
    with pytest.raises((PdfReadError, ValueError)):
        reader = PdfReader(io.BytesIO(body))
        [page.extract_text() for page in reader.pages]

    (not_pdf,) = special(server, "not_a_pdf")
    status, content_type, body = get(not_pdf["url"])
    assert status == 200 and content_type.startswith("text/html")


def test_combined_site_serves_news_and_regulations_from_one_server():
    with SampleSiteServer(build_site("all")) as both:
        manifest = both.manifest
        assert manifest["articles"] and manifest["regulations"] and manifest["outlets"]
        assert get(both.url + "/robots.txt")[0] == 200
        assert get(manifest["regulations"][0]["pdf_url"])[1] == "application/pdf"
        with pytest.raises(urllib.error.HTTPError):
            get(both.url + "/jdih/tidak-ada")
