"""Documents in, extraction JSON out: the ``newsintel extract`` contract.

``extract_documents(items, batch_size)`` takes dicts with ``title``, ``text`` and ``published``
(ISO date or None), cleans the text (nlp/cleaning.py), builds Docs with ``doc._.published``
set and runs them through the pipeline in batches with ``nlp.pipe``. One dict per document with
the keys of the contract: title, published, text, people, organizations, regulations, figures,
dates, locations, commitments, quotes, groups.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ftfy import fix_encoding
from spacy.language import Language
from spacy.tokens import Doc

from indonesian.dates import ISO_RE, NUMERIC_RE, TEXTUAL_RE, parse_date
from nlp import extensions
from nlp.cleaning import clean_text, strip_title
from nlp.pipeline import load_pipeline
from nlp.textutil import doc_text, remember_text

RESULT_LISTS = (
    "people",
    "organizations",
    "regulations",
    "figures",
    "dates",
    "locations",
    "commitments",
    "quotes",
    "groups",
)


class ExtractError(ValueError):
    """An input that cannot be analysed (unreadable file, no text, bad date)."""


def parse_published(value: Any) -> date | None:
    """A publication date from an ISO date/date-time string, a date or None."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    parsed = parse_date(text)
    if parsed is None:
        raise ExtractError(f"unreadable publication date: {value!r} (expected YYYY-MM-DD)")
    return parsed


# A header or dateline ends at its date: only a few capitalised words, digits, header words and
# separators may come before it ("Senin, 14 Juli 2025 17:42 WIB", "Kompas.com - 12/03/2025,
# 14:35 WIB", "Jakarta, Selasa (9/8/2022) - ..."). Anything longer is running text.
_HEADER_WORD = re.compile(
    r"(?:[A-Z0-9][\w.'’-]*|(?i:diterbitkan|dipublikasikan|diunggah|terbit|publikasi|"
    r"published|posted|updated|diperbarui|pada|tanggal))[:,]?|[-–—|:,/()•]+"
)
_HEADER_LINE_CHARS = 80  # a line this short that holds a date is a header line
_AFTER_DATELINE = re.compile(r"\s*\)?\s*(?:[-–—|:]|$)")
_HEADER_LINES = 12  # the date of a page sits in its first lines
_HEADER_PREFIX_WORDS = 6
# "Selasa (9/8/2022)": the reporting day Indonesian outlets put in the body when the page
# carries no header date (a fallback, read anywhere in the first paragraphs).
_WEEKDAY_PAREN = re.compile(
    r"(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*\(\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\)"
)
_PARAGRAPHS_FOR_WEEKDAY = 6


def published_from_text(text: str) -> date | None:
    """The publication date printed in an article's header or dateline, else the first
    "Weekday (d/m/yyyy)" of its first paragraphs, else None."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n") if line.strip()]
    for line in lines[:_HEADER_LINES]:
        found = _header_date(line, parse_date)
        if found:
            return found
    for line in lines[:_PARAGRAPHS_FOR_WEEKDAY]:
        match = _WEEKDAY_PAREN.search(line)
        if match:
            found = parse_date(match.group())
            if found:
                return found
    return None


def _header_date(line: str, parse_date: Callable[[str], date | None]) -> date | None:
    head = line[:160]
    found = [m for rx in (ISO_RE, NUMERIC_RE, TEXTUAL_RE) if (m := rx.search(head))]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    prefix = head[: match.start()].split()
    if len(prefix) > _HEADER_PREFIX_WORDS or not all(_HEADER_WORD.fullmatch(w) for w in prefix):
        return None
    # A short header line, or a dateline whose date is followed by its separator.
    if len(line) > _HEADER_LINE_CHARS and not _AFTER_DATELINE.match(head, match.end()):
        return None
    return parse_date(head[match.start() : match.end()])


def clean_title(title: str | None) -> str:
    """The headline without breadcrumbs ("Home » Ekonomi » Headline")."""
    if not title:
        return ""
    title = re.split(r"\s*[»›]\s*", fix_encoding(title).strip())[-1]
    return " ".join(title.split())


def analysed_text(title: str, text: str) -> str:
    """What the pipeline reads: the headline, then the cleaned body without repeated headline."""
    body = strip_title(clean_text(text), title)
    return f"{title}\n\n{body}" if title else body


def extract_documents(
    items: Iterable[dict], batch_size: int = 32, nlp: Language | None = None
) -> list[dict]:
    return list(iter_extractions(items, batch_size=batch_size, nlp=nlp))


def iter_extractions(
    items: Iterable[dict], batch_size: int = 32, nlp: Language | None = None
) -> Iterator[dict]:
    """Like ``extract_documents`` but streaming, one result per item in input order."""
    if nlp is None:
        nlp = load_pipeline()
    extensions.register()

    def docs() -> Iterator[Doc]:
        for item in items:
            title = clean_title(item.get("title"))
            text = item.get("text") or ""
            if not text.strip() and not title:
                raise ExtractError("a document needs a title or text")
            analysed = analysed_text(title, text)
            doc = nlp.make_doc(analysed)
            remember_text(doc, analysed)
            # No date given (a bare .txt file): the page's own header or dateline date, so
            # relative dates ("tahun depan", "Rabu lalu") still have their anchor.
            doc._.published = parse_published(item.get("published")) or published_from_text(text)
            doc.user_data["title"] = title
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield doc_result(doc)


def doc_result(doc: Doc) -> dict:
    published = doc._.published
    result = {
        "title": doc.user_data.get("title", ""),
        "published": published.isoformat() if published else None,
        "text": doc_text(doc),
    }
    for key in RESULT_LISTS:
        result[key] = list(getattr(doc._, key) or [])
    return result


# -- files --------------------------------------------------------------------------------------
# Reads a whole web page into an item (title, text, published). The crawler's extraction does
# that, and nlp may not import the crawler: newsintel/articles.py passes its reader in.
HtmlReader = Callable[[Path], dict]


def read_article(path: Path, read_html: HtmlReader | None = None) -> dict:
    """A file as an item: ``.txt`` (first line the title) or, with ``read_html``, a whole
    ``.html`` page."""
    if not path.is_file():
        raise ExtractError(f"no such file: {path}")
    if path.suffix.lower() in (".html", ".htm"):
        if read_html is None:
            raise ExtractError(
                f"{path}: an HTML page needs a page reader (newsintel extract "
                "reads pages with the crawler's extraction)"
            )
        return read_html(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ExtractError(
            f"{path}: not UTF-8 text (give a .txt in UTF-8 or a .html page)"
        ) from None
    title, _, body = raw.lstrip("\ufeff").partition("\n")
    if not body.strip() and not title.strip():
        raise ExtractError(f"{path}: empty file")
    return {"title": title.strip(), "text": body, "published": None}


def extract_file(
    path: Path,
    published: str | None = None,
    nlp: Language | None = None,
    read_html: HtmlReader | None = None,
) -> dict:
    item = read_article(Path(path), read_html)
    if published:
        item["published"] = published
    return extract_documents([item], nlp=nlp)[0]
