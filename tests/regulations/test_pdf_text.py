"""PDF text with page numbers, and the reasons a PDF yields none."""

from __future__ import annotations

import pytest

from crawler.pdf_text import PdfProblem, extract_pdf_text
from samples.news_site.seeds import shared_dir
from samples.regulation_site import pdfs
from samples.regulation_site.build import load_regulations

REGULATIONS = {reg["id"]: reg for reg in load_regulations()}


def test_text_of_every_page_with_offsets():
    reg = REGULATIONS["pp-37-2021"]
    pdf = extract_pdf_text(pdfs.regulation_pdf(reg))
    assert pdf.page_count >= 3
    assert pdf.pages[0].startswith("PERATURAN PEMERINTAH REPUBLIK INDONESIA")
    assert "NOMOR 37 TAHUN 2021" in pdf.pages[0]
    for number, start in enumerate(pdf.page_offsets, start=1):
        assert pdf.text[start:].startswith(pdf.pages[number - 1])
        assert pdf.page_at(start) == number
    assert (
        "PENJELASAN" in pdf.pages[-1]
        and pdf.page_at(pdf.text.index("PENJELASAN")) == pdf.page_count
    )


@pytest.mark.parametrize(
    "writer, reason",
    [
        (pdfs.scanned_pdf, "scanned"),
        (pdfs.encrypted_pdf, "encrypted"),
        (pdfs.truncated_pdf, "truncated"),
        (lambda reg: b"<!DOCTYPE html><html><body>Berkas tidak ditemukan</body></html>", "not_pdf"),
        (lambda reg: b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "broken"),
    ],
)
def test_unusable_pdfs_say_why(writer, reason):
    with pytest.raises(PdfProblem) as problem:
        extract_pdf_text(writer(REGULATIONS["pp-45-2015"]))
    assert problem.value.reason == reason


def test_real_regulation_pdf():
    path = shared_dir() / "data/regulations/uuppri-2022/PERMEN_NAKER"
    files = sorted(path.glob("*.pdf")) if path.is_dir() else []
    if not files:
        pytest.skip(f"{path} is absent")
    pdf = extract_pdf_text(files[0].read_bytes())
    assert pdf.page_count == 9
    assert "PERATURAN MENTERI KETENAGAKERJAAN" in pdf.pages[0]
    assert "NOMOR 2 TAHUN 2022" in pdf.pages[0]
    assert "Menimbang" in pdf.pages[0]
