"""Render the sample regulation database (a JDIH-style site under /jdih/) into a Site.

Listing pages (``/jdih/peraturan``, ``?page=N``) lead to detail pages with the JDIHN metadata
table (type, number, year, title, dates, status, issuing body) and a link to the PDF under
``/jdih/files/``. The two real PDFs of ``../shared/data/regulations`` are served when present.
"""

from __future__ import annotations

import io
import json
from datetime import datetime, time
from html import escape
from pathlib import Path
from typing import Any, Iterable

from pypdf import PdfReader

from samples.news_site.build import WIB
from samples.news_site.seeds import shared_dir
from samples.regulation_site import pdfs
from samples.site import BASE, Resource, Site

REGULATIONS_FILE = Path(__file__).with_name("regulations.json")
PAGE_SIZE = 5
PREFIX = "/jdih"
BAD_PDF_KINDS = {
    "scanned": "scanned_pdf",
    "encrypted": "encrypted_pdf",
    "truncated": "truncated_pdf",
    "html_error": "not_a_pdf",
}


def load_regulations(path: Path = REGULATIONS_FILE) -> list[dict[str, Any]]:
    regulations = json.loads(path.read_text(encoding="utf-8"))
    ids = [r["id"] for r in regulations]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path}: duplicate regulation ids")
    return regulations


def detail_path(reg: dict[str, Any]) -> str:
    return f"{PREFIX}/peraturan/detail/{reg['id']}"


def pdf_path(reg: dict[str, Any]) -> str:
    return f"{PREFIX}/files/peraturan/{reg['year']}/{reg['id']}.pdf"


def listing_path(page: int) -> str:
    return f"{PREFIX}/peraturan" + (f"?page={page}" if page > 1 else "")


def display_date(iso: str | None) -> str:
    return pdfs.indonesian_date(iso) if iso else "-"


def enacted_moment(reg: dict[str, Any]) -> datetime:
    return datetime.combine(datetime.fromisoformat(reg["enacted"]).date(), time(9), WIB)


def pdf_body(reg: dict[str, Any], use_shared: bool = True) -> tuple[bytes | None, str]:
    """(PDF bytes, kind actually served); None when a real PDF is absent and has no stand-in."""
    kind = reg["pdf"]["kind"]
    if kind == "shared":
        path = shared_dir() / reg["pdf"]["path"]
        if use_shared and path.is_file():
            return path.read_bytes(), "shared"
        if reg["pdf"].get("fallback") != "generated":
            return None, "absent"
        kind = "generated"
    writers = {
        "generated": pdfs.regulation_pdf,
        "scanned": pdfs.scanned_pdf,
        "encrypted": pdfs.encrypted_pdf,
        "truncated": pdfs.truncated_pdf,
    }
    if kind == "html_error":  # the link answers 200 with an HTML error page
        return None, kind
    return writers[kind](reg), kind


PAGE_HEAD = (
    '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>{title} | JDIH '
    'Kementerian (sample)</title>\n{extra}</head>\n<body>\n<header class="jdih-header"><a href="'
    + PREFIX
    + '/">JDIH</a> <span>Jaringan Dokumentasi dan Informasi Hukum</span><nav>'
    '<a href="' + PREFIX + '/peraturan">Peraturan</a> <a href="' + PREFIX + '/putusan">Putusan</a> '
    '<a href="' + PREFIX + '/artikel">Artikel Hukum</a></nav></header>\n<main class="container">\n'
)
PAGE_FOOT = (
    '</main>\n<footer class="jdih-footer"><p>Biro Hukum &middot; Jl. Jend. Gatot Subroto '
    "Kav. 51, Jakarta Selatan</p></footer>\n</body>\n</html>\n"
)


def page(title: str, body: str, extra: str = "") -> str:
    return PAGE_HEAD.format(title=escape(title), extra=extra) + body + PAGE_FOOT


def full_name(reg: dict[str, Any]) -> str:
    return f"{reg['form']} Nomor {reg['number']} Tahun {reg['year']}"


def render_detail(reg: dict[str, Any], related: list[dict[str, Any]]) -> str:
    rows = [
        ("Tipe Dokumen", "Peraturan Perundang-undangan"),
        (
            "Judul",
            f"{reg['heading'].replace(' REPUBLIK INDONESIA', '')} NOMOR {reg['number']} "
            f"TAHUN {reg['year']} TENTANG {reg['title'].upper()}",
        ),
        ("T.E.U. Badan/Pengarang", reg["issuer"]),
        ("Nomor Peraturan", reg["number"]),
        ("Jenis / Bentuk Peraturan", reg["form"]),
        ("Singkatan Jenis", reg["type"]),
        ("Tahun Terbit", str(reg["year"])),
        ("Tempat Penetapan", "Jakarta"),
        ("Tanggal-Bulan-Tahun Penetapan", display_date(reg["enacted"])),
        ("Tanggal-Bulan-Tahun Pengundangan", display_date(reg.get("promulgated"))),
        ("Subjek", reg["subject"]),
        ("Status Peraturan", reg["status"]),
        ("Keterangan Status", reg.get("status_note") or "-"),
        ("Bahasa", "Bahasa Indonesia"),
        ("Bidang Hukum", "Hukum Administrasi Negara"),
    ]
    table = "".join(
        f"<tr><th>{escape(label)}</th><td>{escape(value)}</td></tr>\n" for label, value in rows
    )
    table += (
        f'<tr><th>Lampiran</th><td><a class="btn-unduh" href="{pdf_path(reg)}">'
        f'<i class="icon-pdf"></i> Unduh</a> ({escape(reg["id"])}.pdf)</td></tr>\n'
    )
    links = "".join(
        f'<li><a href="{detail_path(other)}">{escape(full_name(other))}</a></li>'
        for other in related
    )
    body = (
        f'<nav class="breadcrumb"><a href="{PREFIX}/">Beranda</a> / <a href="{listing_path(1)}">'
        f"Peraturan</a> / {escape(reg['type'])} {escape(reg['number'])}/{reg['year']}</nav>\n"
        f'<h1 class="judul-peraturan">{escape(full_name(reg))}</h1>\n'
        f'<p class="tentang">tentang {escape(reg["title"])}</p>\n'
        f'<table class="table table-meta">\n{table}</table>\n'
        f'<section class="terkait"><h2>Peraturan Terkait</h2><ul>{links}</ul></section>\n'
        '<section class="statistik"><span>Dilihat 1.204 kali</span> <span>Diunduh 377 kali</span>'
        "</section>\n"
    )
    return page(full_name(reg), body, f'<link rel="canonical" href="{BASE}{detail_path(reg)}">\n')


def render_listing(items: list[dict[str, Any]], number: int, pages: int) -> str:
    rows = "".join(
        f'<div class="peraturan-item"><span class="badge">{escape(r["type"])}</span> '
        f'<a class="judul" href="{detail_path(r)}">{escape(full_name(r))}</a>'
        f'<p>tentang {escape(r["title"])}</p><span class="status status-{r["status"].lower()}">'
        f'{escape(r["status"])}</span> <span class="tahun">{r["year"]}</span></div>\n'
        for r in items
    )
    pager = "".join(
        f'<li class="{"active" if n == number else ""}"><a href="{listing_path(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    extra = ""
    if number < pages:
        pager += (
            f'<li><a class="page-next" rel="next" href="{listing_path(number + 1)}">'
            "Selanjutnya &rsaquo;</a></li>"
        )
        extra = f'<link rel="next" href="{listing_path(number + 1)}">\n'
    body = (
        f'<h1>Daftar Peraturan</h1><p class="jumlah">Halaman {number} dari {pages}</p>\n'
        f'{rows}<ul class="pagination">{pager}</ul>\n'
    )
    return page(f"Daftar Peraturan - Halaman {number}", body, extra)


def html(text: str, moment: datetime) -> Resource:
    return Resource(text.encode("utf-8"), "text/html; charset=utf-8", last_modified=moment)


def build_regulation_site(real_pdfs: Iterable[str] | None = None) -> Site:
    """The regulation site; ``real_pdfs`` limits which real PDFs of ../shared are served (by
    regulation id; None: all). The OCR'd Inpres 1/2022 takes pypdf ~15 s to read, which fast
    tests leave out."""
    site = Site("regulations")
    served = []
    for reg in load_regulations():
        body, kind = pdf_body(reg, use_shared=real_pdfs is None or reg["id"] in set(real_pdfs))
        if kind == "absent":
            continue  # a real PDF that ../shared does not have here
        moment = enacted_moment(reg)
        if kind == "html_error":
            error_page = page(
                "Berkas tidak ditemukan",
                "<h1>Berkas tidak ditemukan</h1><p>Berkas "
                "yang Anda minta sedang dalam perbaikan.</p>",
            )
            site.add(pdf_path(reg), html(error_page, moment))
        else:
            assert body is not None  # pdf_body gives None only for "absent" and "html_error"
            site.add(
                pdf_path(reg),
                Resource(
                    body,
                    "application/pdf",
                    last_modified=moment,
                    headers={"Content-Disposition": f'inline; filename="{reg["id"]}.pdf"'},
                ),
            )
        served.append((reg, body, kind))

    regs = [reg for reg, _, _ in served]
    ordered = sorted(regs, key=lambda r: (r["year"], int(r["number"])), reverse=True)
    for reg in regs:
        related = [o for o in ordered if o["subject"] == reg["subject"] and o["id"] != reg["id"]]
        site.add(detail_path(reg), html(render_detail(reg, related[:4]), enacted_moment(reg)))
    pages = -(-len(ordered) // PAGE_SIZE)
    newest = max(enacted_moment(r) for r in regs)
    for number in range(1, pages + 1):
        chunk = ordered[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        site.add(listing_path(number), html(render_listing(chunk, number, pages), newest))
    site.add(
        f"{PREFIX}/",
        html(
            page(
                "Beranda", f'<h1>JDIH</h1><p><a href="{listing_path(1)}">Daftar peraturan</a></p>'
            ),
            newest,
        ),
    )

    stored = []
    for reg, body, kind in served:
        entry = {
            key: reg.get(key)
            for key in (
                "id",
                "type",
                "form",
                "number",
                "year",
                "title",
                "enacted",
                "promulgated",
                "status",
                "issuer",
                "subject",
            )
        }
        entry.update(url=BASE + detail_path(reg), pdf_url=BASE + pdf_path(reg), pdf_kind=kind)
        if kind in ("generated", "shared"):
            assert body is not None  # a generated or shared PDF always has its bytes
            entry["pages"] = len(PdfReader(io.BytesIO(body)).pages)
            # Phrases the PDF's text layer has on its first page (the heading block).
            entry["first_page_phrases"] = [f"NOMOR {reg['number']} TAHUN {reg['year']}"]
            stored.append(entry)
        else:
            site.add_special(BASE + pdf_path(reg), BAD_PDF_KINDS[kind], regulation=entry)
    site.set_manifest("regulations", stored)
    site.set_manifest(
        "regulation_listing_pages", [BASE + listing_path(n) for n in range(1, pages + 1)]
    )
    return site
