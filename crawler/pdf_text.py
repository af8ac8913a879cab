"""Text of a PDF with its page numbers (pypdf), and a clear reason when there is none.

``extract_pdf_text(data)`` returns the text of every page; the document text is the pages
joined by blank lines and ``page_offsets`` says where each page starts, so a passage can cite
its page. PDFs a crawler must skip raise a ``PdfProblem`` whose ``reason`` is one of
``not_pdf``, ``truncated``, ``broken``, ``encrypted`` or ``scanned`` (no text layer).
"""

from __future__ import annotations

import io
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

# pypdf reports recoverable oddities of real-world files through logging; they are not ours.
logging.getLogger("pypdf").setLevel(logging.ERROR)

PAGE_SEPARATOR = "\n\n"
# Below this many letters per page on average, a PDF is a scan without a text layer.
MIN_LETTERS_PER_PAGE = 40


class PdfProblem(ValueError):
    """A PDF whose text cannot be had; ``reason`` names why."""

    reason = "broken"

    def __init__(self, message: str) -> None:
        super().__init__(f"{self.reason}: {message}")


class NotPdf(PdfProblem):
    reason = "not_pdf"


class TruncatedPdf(PdfProblem):
    reason = "truncated"


class BrokenPdf(PdfProblem):
    reason = "broken"


class EncryptedPdf(PdfProblem):
    reason = "encrypted"


class ScannedPdf(PdfProblem):
    reason = "scanned"


@dataclass(frozen=True)
class PdfText:
    pages: tuple[str, ...]

    @property
    def text(self) -> str:
        return PAGE_SEPARATOR.join(self.pages)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def page_offsets(self) -> list[int]:
        """Character offset in ``text`` where each page starts (page n at index n - 1)."""
        offsets, position = [], 0
        for page in self.pages:
            offsets.append(position)
            position += len(page) + len(PAGE_SEPARATOR)
        return offsets

    def page_at(self, offset: int) -> int:
        """The 1-based page number of a character offset in ``text``."""
        return max(1, bisect_right(self.page_offsets, offset))


def looks_like_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def clean_page(text: str) -> str:
    """pypdf's page text with trailing blanks and runs of empty lines removed."""
    lines = [line.rstrip() for line in text.replace("\r", "\n").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def extract_pdf_text(data: bytes, min_letters_per_page: int = MIN_LETTERS_PER_PAGE) -> PdfText:
    if not looks_like_pdf(data):
        raise NotPdf(f"starts with {data[:16]!r}")
    if b"%%EOF" not in data[-2048:]:
        raise TruncatedPdf(f"no %%EOF marker at the end of {len(data)} bytes")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise EncryptedPdf("needs a password")
        pages = tuple(clean_page(page.extract_text() or "") for page in reader.pages)
    except PdfProblem:
        raise
    except (
        PdfReadError,
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        ZeroDivisionError,
        RecursionError,
    ) as exc:  # what pypdf raises on junk
        raise BrokenPdf(f"{type(exc).__name__}: {exc}") from None
    if not pages:
        raise BrokenPdf("no pages")
    letters = sum(ch.isalpha() for page in pages for ch in page)
    if letters < min_letters_per_page * len(pages):
        raise ScannedPdf(f"{letters} letters on {len(pages)} pages: no text layer")
    return PdfText(pages)


def _opens_without_password(reader: PdfReader) -> bool:
    """Files protected only by an owner password (printing, copying) open with an empty one."""
    try:
        return bool(reader.decrypt(""))
    except (PdfReadError, PyPdfError, NotImplementedError, ValueError):
        return False
