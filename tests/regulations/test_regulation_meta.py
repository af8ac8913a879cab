"""Regulation metadata from detail pages of different JDIH layouts."""

from __future__ import annotations

from crawler.extraction import parse_html
from crawler.regulation_meta import parse_detail_page, title_case
from samples.regulation_site.build import load_regulations, render_detail


def test_sample_detail_pages_round_trip():
    for reg in load_regulations():
        meta = parse_detail_page(parse_html(render_detail(reg, [])), "http://h/jdih/x")
        assert (meta.type, meta.number, meta.year) == (reg["type"], reg["number"], reg["year"])
        assert meta.enacted == reg["enacted"] and meta.promulgated == reg["promulgated"]
        assert meta.status == reg["status"] and meta.issuer == reg["issuer"]
        assert meta.title.casefold() == reg["title"].casefold()
        assert meta.pdf_url.endswith(f"/{reg['id']}.pdf")


BPK_STYLE = """<html><head><title>PP No. 44 Tahun 2015</title></head><body>
<h1>Peraturan Pemerintah (PP) Nomor 44 Tahun 2015</h1>
<dl>
  <dt>Judul</dt><dd>Peraturan Pemerintah (PP) Nomor 44 Tahun 2015 tentang Penyelenggaraan Program
      Jaminan Kecelakaan Kerja dan Jaminan Kematian</dd>
  <dt>T.E.U.</dt><dd>Indonesia, Pemerintah Pusat</dd>
  <dt>Nomor</dt><dd>44</dd>
  <dt>Bentuk</dt><dd>Peraturan Pemerintah (PP)</dd>
  <dt>Bentuk Singkat</dt><dd>PP</dd>
  <dt>Tahun</dt><dd>2015</dd>
  <dt>Tanggal Penetapan</dt><dd>30 Juni 2015</dd>
  <dt>Tanggal Pengundangan</dt><dd>30 Juni 2015</dd>
  <dt>Status</dt><dd>Berlaku</dd>
</dl>
<a href="/Download/27765/PP%20Nomor%2044%20Tahun%202015.pdf">PP Nomor 44 Tahun 2015.pdf</a>
</body></html>"""

LABEL_LINES = """<html><body><div class="detail">
<h2>Keputusan tentang sesuatu</h2>
<p>Jenis Peraturan : Peraturan Menteri Dalam Negeri</p>
<p>Nomor : 84</p><p>Tahun : 2022</p>
<p>Tentang : Pedoman Penyusunan Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2023</p>
<p>Tanggal Ditetapkan : 16/09/2022</p>
<a href="/dokumen/unduh?id=84">Unduh Dokumen</a></div></body></html>"""


def test_definition_list_layout():
    meta = parse_detail_page(parse_html(BPK_STYLE), "https://peraturan.example.go.id/Details/5")
    assert (meta.type, meta.number, meta.year) == ("PP", "44", 2015)
    assert meta.title.startswith("Penyelenggaraan Program Jaminan Kecelakaan Kerja")
    assert meta.enacted == "2015-06-30" and meta.status == "Berlaku"
    assert meta.pdf_url == (
        "https://peraturan.example.go.id/Download/27765/PP%20Nomor%2044%20Tahun%202015.pdf"
    )


def test_label_lines_and_download_link_without_pdf_suffix():
    meta = parse_detail_page(parse_html(LABEL_LINES), "https://jdih.example.go.id/peraturan/84")
    assert (meta.type, meta.number, meta.year) == ("Permendagri", "84", 2022)
    assert meta.title.startswith("Pedoman Penyusunan Anggaran") and meta.enacted == "2022-09-16"
    assert meta.pdf_url == "https://jdih.example.go.id/dokumen/unduh?id=84"


def test_title_case_only_touches_all_caps():
    assert title_case("TATA CARA DAN PERSYARATAN") == "Tata Cara dan Persyaratan"
    assert title_case("Tata Cara dan Persyaratan") == "Tata Cara dan Persyaratan"
