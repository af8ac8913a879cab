"""Metadata of a regulation from its detail page on a legal-documentation (JDIH) site.

JDIH sites follow the JDIHN metadata standard, so the labels are shared even where the
markup differs: "Jenis / Bentuk Peraturan", "Singkatan Jenis" / "Bentuk Singkat", "Nomor",
"Tahun", "Judul", "Tanggal Penetapan", "Tanggal Pengundangan", "Status", "T.E.U. Badan".
Label/value pairs are read from tables (th/td or td/td), definition lists and "Label : value"
lines; types are normalised with ``indonesian.regulations`` so that a regulation stored here
and a reference found in the news ("Permenaker No. 2/2022") meet on (type, number, year).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from urllib.parse import urljoin

from lxml import html as lxml_html

from indonesian.dates import parse_date
from indonesian.function_words import TITLE_FUNCTION_WORDS
from indonesian.regulations import canonical_type, find_regulations

# Field -> label keywords, most specific first; a label matches a field when it contains one.
LABELS: list[tuple[str, tuple[str, ...]]] = [
    ("status_note", ("keterangan status", "catatan status")),
    ("type_short", ("singkatan jenis", "bentuk singkat", "singkatan bentuk", "jenis singkat")),
    (
        "form",
        (
            "jenis / bentuk",
            "jenis/bentuk",
            "bentuk peraturan",
            "jenis peraturan",
            "bentuk",
            "jenis",
        ),
    ),
    ("enacted", ("penetapan", "ditetapkan")),  # before "tahun": "Tanggal-Bulan-Tahun Penetapan"
    ("promulgated", ("pengundangan", "diundangkan")),
    ("number", ("nomor peraturan", "nomor")),
    ("year", ("tahun terbit", "tahun peraturan", "tahun")),
    ("status", ("status peraturan", "status")),
    ("issuer", ("t.e.u", "teu badan", "pengarang", "pemrakarsa", "instansi", "lembaga")),
    ("subject", ("subjek", "subyek")),
    ("title_full", ("judul",)),
    ("title", ("tentang",)),
]
SKIP_LABELS = (
    "tipe dokumen",
    "tempat penetapan",
    "bahasa",
    "bidang",
    "lokasi",
    "sumber",
    "lampiran",
    "tanggal berlaku",
)
PDF_LINK_WORDS = ("unduh", "download", "lihat dokumen", "file", "berkas")
LOWER_WORDS = TITLE_FUNCTION_WORDS | {"selain", "kepada"}


@dataclass
class RegulationMeta:
    type: str | None = None  # canonical short type: Permenaker, PP, UU, Inpres, ...
    form: str | None = None  # as written: "Peraturan Menteri Ketenagakerjaan"
    number: str | None = None
    year: int | None = None
    title: str | None = None  # what it is about ("tentang ...")
    enacted: str | None = None  # ISO date
    promulgated: str | None = None
    status: str | None = None
    status_note: str | None = None
    issuer: str | None = None
    subject: str | None = None
    pdf_url: str | None = None

    @property
    def complete(self) -> bool:
        return bool(self.type and self.number and self.year)

    @property
    def full_name(self) -> str:
        name = f"{self.form or self.type} Nomor {self.number} Tahun {self.year}"
        return f"{name} tentang {self.title}" if self.title else name

    def as_metadata(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value not in (None, "")}


def _text(node: lxml_html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def label_pairs(tree: lxml_html.HtmlElement) -> list[tuple[str, str, object]]:
    """(label, value text, value node) from tables, definition lists and 'Label : value' rows."""
    pairs = []
    for row in tree.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) >= 2:
            value = cells[-1]
            pairs.append((_text(cells[0]).rstrip(" :"), _text(value).lstrip(": "), value))
    for term in tree.iter("dt"):
        value = term.getnext()
        if value is not None and value.tag == "dd":
            pairs.append((_text(term).rstrip(" :"), _text(value), value))
    for node in tree.iter("li", "p", "div"):
        if len(node) > 3:
            continue
        match = re.fullmatch(r"([A-Za-z./ -]{3,40}?)\s*:\s*(.+)", _text(node))
        if match:
            pairs.append((match[1], match[2], node))
    return pairs


def field_of(label: str) -> str | None:
    key = " ".join(label.lower().split())
    if not key or any(key.startswith(skip) for skip in SKIP_LABELS):
        return None
    for field, words in LABELS:
        if any(word in key for word in words):
            return field
    return None


def title_case(upper: str) -> str:
    """'TATA CARA DAN PERSYARATAN' -> 'Tata Cara dan Persyaratan' (only for all-caps text)."""
    if upper != upper.upper():
        return upper
    words = upper.lower().split()
    return " ".join(
        w if (i and w in LOWER_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def _iso(text: str | None) -> str | None:
    day = parse_date(text) if text else None
    return day.isoformat() if day else None


def parse_detail_page(tree: lxml_html.HtmlElement, page_url: str) -> RegulationMeta:
    found: dict[str, str] = {}
    for label, value, _ in label_pairs(tree):
        field = field_of(label)
        if field and value and field not in found:
            found[field] = value
    meta = RegulationMeta(
        form=found.get("form"),
        status=found.get("status"),
        status_note=found.get("status_note"),
        issuer=found.get("issuer"),
        subject=found.get("subject"),
        enacted=_iso(found.get("enacted")),
        promulgated=_iso(found.get("promulgated")),
    )
    number = re.search(r"[0-9][\w./-]*", found.get("number", ""))
    meta.number = number.group(0) if number else None
    year = re.search(r"(?:19|20)\d{2}", found.get("year", ""))
    meta.year = int(year.group(0)) if year else None
    meta.type = canonical_type(found.get("type_short", "")) or canonical_type(meta.form or "")

    title = found.get("title")
    full = found.get("title_full")
    if not title and full and re.search(r"\btentang\b", full, re.IGNORECASE):
        title = re.split(r"\btentang\b", full, maxsplit=1, flags=re.IGNORECASE)[1].strip()
    meta.title = title_case(title) if title else None
    if not meta.complete:  # fall back on the page's own name of the regulation
        _fill_from_heading(meta, " ".join(filter(None, [full, *_headings(tree)])))
    meta.pdf_url = pdf_link(tree, page_url)
    return meta


def _headings(tree: lxml_html.HtmlElement) -> list[str]:
    return [_text(node) for node in tree.iter("h1", "h2", "title")]


def _fill_from_heading(meta: RegulationMeta, text: str) -> None:
    refs = find_regulations(text)
    if refs:
        ref = refs[0]
        meta.type = meta.type or ref.type
        meta.number = meta.number or ref.number
        meta.year = meta.year or ref.year
        meta.title = meta.title or (title_case(ref.title) if ref.title else None)


def pdf_link(tree: lxml_html.HtmlElement, page_url: str) -> str | None:
    """The regulation's PDF: a link to a .pdf file, else a link labelled Unduh/Download."""
    labelled = None
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        if re.search(r"\.pdf(?:$|[?#])", href, re.IGNORECASE):
            return urljoin(page_url, href)
        if labelled is None and any(word in _text(anchor).lower() for word in PDF_LINK_WORDS):
            labelled = urljoin(page_url, href)
    return labelled
