"""Strip page noise from article text before analysis.

News pages carry text that is not the article: "Baca juga" links, photo captions and credits,
breadcrumbs, share buttons, related-story lists and footers. Their people, organisations and
figures are not the article's, so they go before the pipeline sees the text. The rules are
markers and line shapes that recur across outlets, not strings of particular pages:

* a **tail marker** line ("BERITA LAINNYA", "Berita Terkait", "Topik:", "REKOMENDASI",
  "Copyright ©", "BAGIKAN", ...) after the body ends the article: everything from it is dropped;
* **link lines** ("Baca juga: ...", "Simak juga", "Lihat Juga") are dropped, and a bare marker
  takes the headline lines that follow it;
* **captions**: lines ending with a credit in brackets "(Dok. X)", "(Foto: X)", "(ANTARA/X)",
  lines with "ANTARA FOTO/..." or starting "Foto:" / "Ilustrasi";
* **credits and chrome**: "(catur/CNBC)" and "(WEB)" after the last sentence, breadcrumbs
  ("Home » ..."), "Logo X", "Sumber: X", advertising and share lines.
"""

from __future__ import annotations

import re

from ftfy import fix_encoding

from nlp.glued_lists import (
    split_glued_list_items,
    split_glued_names,
    split_glued_sentences,
    split_glued_words,
)

# Lines that start a list of other stories or the page footer: the article is over.
_TAIL_MARKER = re.compile(
    r"^\W*(?:berita|artikel|baca|tulisan)?\s*(?:terkini|terbaru|terpopuler|populer|pilihan|"
    r"rekomendasi|lainnya|terkait|lain|berikutnya|selanjutnya)(?:\s+(?:lainnya|terkait|untuk\s+anda|editor|"
    r"hari\s+ini))*\s*:?\W*$"
    r"|^\W*(?:berita|artikel|baca)\s+(?:terkini\s+)?(?:lainnya|terkait|lain|selengkapnya)\b.{0,20}$"
    r"|^\W*(?:topik|tags?|tagar|label|kata\s+kunci|keywords?)\s*:?\W*$"
    r"|^\W*(?:topik|tags?|tagar|kata\s+kunci)\s*:.{0,200}$"
    r"|^\W*(?:bagikan|share|komentar|lihat\s+komentar|tulis\s+komentar|"
    r"terkoneksi\s+bersama\s+kami|ikuti\s+kami|follow\s+us|related\s+(?:news|articles?)|"
    r"read\s+more|more\s+stories|most\s+popular|trending|video\s+pilihan|pilihan\s+editor|"
    r"editor'?s\s+picks?)\s*:?\W*$"
    r"|^\W*(?:copyright|hak\s+cipta)\b|^\W*©",
    re.IGNORECASE,
)

# "Baca juga: ...", "BACA JUGA", "Simak juga:", "Lihat Juga :", "Tonton juga"
_LINK_LINE = re.compile(
    r"^\W*(?:baca|simak|lihat|tonton|klik|saksikan)\s+(?:juga|pula|selengkapnya|video)\b",
    re.IGNORECASE,
)

_CREDIT_IN_BRACKETS = re.compile(
    r"\((?:dok|dokumentasi|foto|fotografer|istimewa|ist|antara|ilustrasi|sumber|humas|kredit|"
    r"getty|shutterstock|reuters|afp|ap)\b[^)]*\)\s*$",
    re.IGNORECASE,
)
_PHOTO_AGENCY = re.compile(r"\b[A-Z]{3,}\s?FOTO\s*/|\bFOTO\s*:\s*\S", re.IGNORECASE)
_CAPTION_START = re.compile(
    r"^\W*(?:foto|ilustrasi|gambar|keterangan\s+foto|caption|"
    r"sumber\s+foto|video)\s*[:(|/-]",
    re.IGNORECASE,
)
_GAMBAS = re.compile(r"^\s*\[gambas:[^\]]*\]\s*$", re.IGNORECASE)
# A line that is only a credit: "(catur/CNBC)", "(WEB)", "(ant/jpnn)"
_CREDIT_LINE = re.compile(r"^\s*\((?:[A-Za-z]{1,12})(?:\s*/\s*[\w.]{1,15}){0,3}\)\s*$")
# A credit after the last sentence of a paragraph: "... Bebas Cemas," kata Zainudin. (WEB)
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s*\((?:[a-z]{2,12}|[A-Z]{2,5})"
    r"(?:\s*/\s*[\w.]{1,15}){0,3}\)\s*$"
)
_BREADCRUMB = re.compile(r"»|^\W*(?:home|beranda)\s*(?:>|/|›)", re.IGNORECASE)
_CHROME = re.compile(
    r"^\W*(?:logo\s+\S+(?:\s+\S+)?|advertisement|advertorial|iklan|scroll\s+to\s+continue.*|"
    r"close\s+ads?|tutup\s+iklan|sumber\s*:.{0,60}|contact\s+us|allright\s+reserved|"
    r"all\s+rights?\s+reserved|salin\s+link|copy\s+link|"
    r"(?:(?:facebook|twitter|whatsapp|telegram|line|linkedin|x|email|copy\s+link)\W*){2,})\W*$",
    re.IGNORECASE,
)

# Markdown left by some sources: **bold**, ## headings, escaped brackets, image placeholders.
_MARKUP = re.compile(
    r"^[ \t]*\\?\[img[^\]]*\][ \t]*$|\*\*|__|^#{1,6}\s+|\\(?=[\[\]()@*_#\"'])",
    re.MULTILINE | re.IGNORECASE,
)

_MIN_BODY_WORDS = 30  # a tail marker only ends the article after this much body text


def clean_text(text: str) -> str:
    """The article's own text: noise lines removed, paragraphs kept, blank runs collapsed."""
    # UTF-8 decoded as Latin-1 somewhere upstream ("AntÃ³nio", "â‚¬3.100", "30â€“50"): decoded
    # back, so names, currencies, ranges and units read as written (ftfy leaves sound text be).
    text = fix_encoding(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _MARKUP.sub("", text)
    text = split_glued_list_items(text)  # "Rp 43,01 miliar2. Badan ..." (a crawl lost the breaks)
    text = split_glued_sentences(text)  # "Adi Prayitno.Direktur ...": a lost space
    text = split_glued_words(text)  # "olehinfluencerJerome Polin": a lost space before a link
    text = split_glued_names(text)  # "Prof. Dr. RikaRaffiudin": a name run into the next word
    kept: list[str] = []
    body_words = 0
    skipping_links = False
    for raw in text.split("\n"):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            # A bare "Baca juga" / "Lihat juga" marker heads a list whose headlines may be
            # separated by blank lines: the list ends at the first line that is not one.
            kept.append("")
            continue
        if body_words >= _MIN_BODY_WORDS and _TAIL_MARKER.search(stripped):
            break
        if _LINK_LINE.search(stripped):
            # A bare "Baca Juga" marker heads a list of linked headlines.
            skipping_links = len(stripped.split()) <= 3
            continue
        if skipping_links and _looks_like_headline(stripped):
            continue
        skipping_links = False
        if _is_noise(stripped):
            continue
        line = _TRAILING_CREDIT.sub("", line)
        kept.append(line)
        body_words += len(stripped.split())
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return cleaned


def _is_noise(line: str) -> bool:
    return bool(
        _CREDIT_IN_BRACKETS.search(line)
        or _PHOTO_AGENCY.search(line)
        or _CAPTION_START.search(line)
        or _GAMBAS.match(line)
        or _CREDIT_LINE.match(line)
        or _BREADCRUMB.search(line)
        or _CHROME.match(line)
    )


def _looks_like_headline(line: str) -> bool:
    return len(line.split()) <= 25 and not line.endswith((".", "”", '"'))


def strip_title(text: str, title: str | None) -> str:
    """Remove lines that repeat the title (pages print it again above the body)."""
    if not title:
        return text
    key = " ".join(title.split()).casefold()
    lines = [line for line in text.split("\n") if " ".join(line.split()).casefold() != key]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
