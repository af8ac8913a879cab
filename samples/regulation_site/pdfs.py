"""Regulation PDFs written with reportlab: a real text layer over several pages, laid out like
Indonesian regulations (heading, Menimbang, Mengingat, MEMUTUSKAN, Pasal, signature,
Penjelasan), plus the broken kinds a crawler meets: a scan without text layer, an encrypted
file, a truncated download. Output is byte-for-byte deterministic (reportlab invariant mode).
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
ORDINALS = [
    "KESATU",
    "KEDUA",
    "KETIGA",
    "KEEMPAT",
    "KELIMA",
    "KEENAM",
    "KETUJUH",
    "KEDELAPAN",
    "KESEMBILAN",
    "KESEPULUH",
]
FONT, BOLD, SIZE, LEADING = "Times-Roman", "Times-Bold", 12, 17
LEFT, RIGHT, TOP, BOTTOM = 3 * cm, A4[0] - 2.5 * cm, A4[1] - 2.5 * cm, 2.5 * cm
ENCRYPTION_PASSWORD = "jdih-rahasia"


def indonesian_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class _Writer:
    """Flowing text on A4 pages, with the "- N -" page numbers of Indonesian regulations."""

    def __init__(self, title: str) -> None:
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4, invariant=1, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setAuthor("JDIH sample site")
        self.page = 1
        self.y = TOP

    def _room(self, lines: int) -> None:
        if self.y - lines * LEADING < BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.canvas.setFont(FONT, SIZE)
        self.canvas.drawCentredString(A4[0] / 2, A4[1] - 1.5 * cm, f"- {self.page} -")
        self.y = TOP

    def centred(self, text: str, bold: bool = False) -> None:
        for line in simpleSplit(text, BOLD if bold else FONT, SIZE, RIGHT - LEFT):
            self._room(1)
            self.canvas.setFont(BOLD if bold else FONT, SIZE)
            self.canvas.drawCentredString((LEFT + RIGHT) / 2, self.y, line)
            self.y -= LEADING

    def paragraph(self, text: str, label: str = "", indent: float = 0, bold: bool = False) -> None:
        """Text wrapped right of ``indent``; ``label`` ("a.", "Menimbang :") hangs left of it."""
        x = LEFT + indent
        lines = simpleSplit(text, BOLD if bold else FONT, SIZE, RIGHT - x)
        for index, line in enumerate(lines):
            self._room(1)
            if index == 0 and label:
                self.canvas.setFont(FONT, SIZE)
                self.canvas.drawString(
                    LEFT + max(0.0, indent - 1.2 * cm - 2.3 * cm * (len(label) > 4)), self.y, label
                )
            self.canvas.setFont(BOLD if bold else FONT, SIZE)
            self.canvas.drawString(x, self.y, line)
            self.y -= LEADING

    def gap(self, lines: float = 1) -> None:
        self.y -= LEADING * lines

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()


def _lettered(items: list[str], letters: bool) -> list[tuple[str, str]]:
    return [
        ((chr(ord("a") + i) + ".") if letters else f"{i + 1}.", item)
        for i, item in enumerate(items)
    ]


def regulation_pdf(reg: dict[str, Any]) -> bytes:
    """A regulation as a text PDF of two pages or more."""
    number_line = f"NOMOR {reg['number']} TAHUN {reg['year']}"
    writer = _Writer(f"{reg['form']} Nomor {reg['number']} Tahun {reg['year']}")
    writer.canvas.setFont(FONT, SIZE)
    writer.centred(reg["heading"], bold=True)
    writer.centred(number_line, bold=True)
    writer.centred("TENTANG", bold=True)
    writer.centred(reg["title"].upper(), bold=True)
    writer.gap()
    signer_office = (reg.get("signer") or ["PRESIDEN REPUBLIK INDONESIA,", ""])[0]
    if reg["type"] != "Inpres":
        writer.centred("DENGAN RAHMAT TUHAN YANG MAHA ESA", bold=True)
        writer.gap(0.5)
    writer.centred(signer_office, bold=True)
    writer.gap()

    if reg["type"] == "Inpres":
        _inpres_body(writer, reg)
    else:
        _regulation_body(writer, reg, number_line)

    writer.gap()
    writer.paragraph(
        f"Ditetapkan di Jakarta pada tanggal {indonesian_date(reg['enacted'])}", indent=8 * cm
    )
    writer.gap(0.5)
    for line in reg.get("signer") or []:
        writer.paragraph(line, indent=8 * cm, bold=line.isupper() and not line.endswith(","))
        writer.gap(2 if line.endswith(",") else 0)
    if reg.get("promulgated"):
        writer.gap()
        writer.paragraph(
            f"Diundangkan di Jakarta pada tanggal {indonesian_date(reg['promulgated'])}"
        )
        kind = "LEMBARAN NEGARA" if reg["type"] in ("UU", "PP", "Perpres") else "BERITA NEGARA"
        writer.paragraph(
            f"{kind} REPUBLIK INDONESIA TAHUN {reg['year']} NOMOR "
            f"{(int(reg['number']) * 37) % 900 + 11}"
        )
    if reg["type"] in ("UU", "PP"):
        _explanation(writer, reg, number_line)
    return writer.finish()


def _inpres_body(writer: _Writer, reg: dict[str, Any]) -> None:
    writer.paragraph(reg.get("opening", "Dengan ini menginstruksikan:"))
    writer.gap(0.5)
    for index, (label, target) in enumerate(_lettered(reg.get("instructs", []), letters=False)):
        writer.paragraph(
            target + ";", label=("Kepada :  " if index == 0 else "") + label, indent=3.5 * cm
        )
    writer.gap(0.5)
    writer.paragraph("Untuk :")
    for ordinal, text in zip(ORDINALS, reg["pasal"]):
        writer.gap(0.5)
        writer.paragraph(text, label=f"{ordinal} :", indent=4 * cm)


def _regulation_body(writer: _Writer, reg: dict[str, Any], number_line: str) -> None:
    for heading, items, letters in (
        ("Menimbang", reg.get("menimbang", []), True),
        ("Mengingat", reg.get("mengingat", []), False),
    ):
        for index, (label, text) in enumerate(_lettered(items, letters)):
            writer.paragraph(
                text, label=(f"{heading} :  " if index == 0 else "") + label, indent=4 * cm
            )
        writer.gap(0.5)
    writer.centred("MEMUTUSKAN:", bold=True)
    writer.paragraph(
        f"{reg['heading']} {number_line} TENTANG {reg['title'].upper()}.",
        label="Menetapkan :",
        indent=4 * cm,
    )
    for number, text in enumerate(reg["pasal"], start=1):
        writer.gap()
        writer.centred(f"Pasal {number}", bold=True)
        writer.paragraph(text)


def _explanation(writer: _Writer, reg: dict[str, Any], number_line: str) -> None:
    writer.new_page()
    writer.centred("PENJELASAN", bold=True)
    writer.centred("ATAS", bold=True)
    writer.centred(f"{reg['heading']} {number_line}", bold=True)
    writer.centred(f"TENTANG {reg['title'].upper()}", bold=True)
    writer.gap()
    writer.paragraph("I. UMUM", bold=True)
    reasons = " ".join(m.removeprefix("bahwa ").rstrip(";") + "." for m in reg.get("menimbang", []))
    writer.paragraph(f"{reg['form']} ini disusun karena {reasons}".replace("..", "."))
    writer.gap()
    writer.paragraph("II. PASAL DEMI PASAL", bold=True)
    for number in range(1, len(reg["pasal"]) + 1):
        writer.paragraph(f"Pasal {number}")
        writer.paragraph("Cukup jelas.", indent=1 * cm)


def scanned_pdf(reg: dict[str, Any]) -> bytes:
    """Pages that are only pictures of text, like a scanned signed copy: no text layer."""
    from PIL import Image, ImageDraw, ImageFont  # reportlab's own image dependency

    font = ImageFont.load_default()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    lines = [
        reg["heading"],
        f"NOMOR {reg['number']} TAHUN {reg['year']}",
        "TENTANG",
        reg["title"].upper(),
        "",
    ] + [f"Pasal {i}. {text}" for i, text in enumerate(reg.get("pasal", []), start=1)]
    for page in range(2):
        image = Image.new("L", (620, 877), color=246)
        draw = ImageDraw.Draw(image)
        y = 40
        for line in lines if page == 0 else lines[3:]:
            for chunk in simpleSplit(line, FONT, 9, 520):
                draw.text((50, y), chunk, fill=30, font=font)
                y += 14
        for speck in range(0, 620 * 877, 7919):  # scanner dust
            image.putpixel((speck % 620, speck // 620 % 877), 120)
        canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf(reg: dict[str, Any]) -> bytes:
    """The regulation PDF behind a user password the crawler does not know."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(regulation_pdf(reg))))
    writer.encrypt(
        user_password=ENCRYPTION_PASSWORD,
        owner_password=ENCRYPTION_PASSWORD + "-pemilik",
        algorithm="RC4-128",
    )
    # pypdf draws the second file identifier at random; the first (from reportlab's invariant
    # output) keys the encryption, so repeating it keeps the file byte-for-byte reproducible.
    assert writer._ID is not None  # encrypt() has drawn both identifiers
    writer._ID = ArrayObject((writer._ID[0], writer._ID[0]))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def truncated_pdf(reg: dict[str, Any]) -> bytes:
    """A download cut off part way: the start of a valid PDF, no cross-reference table."""
    whole = regulation_pdf(reg)
    return whole[: len(whole) * 11 // 20]
