"""Reading a saved web page as an article: the crawler's extraction feeding nlp's extract.

The crawler owns main-text extraction and nlp may not import it, so the two meet here.
"""

from __future__ import annotations

from pathlib import Path

from crawler.extraction import ExtractionError, extract_article
from nlp.extract import ExtractError


def read_html(path: Path) -> dict:
    """Title, main text and publication date of a whole ``.html`` page, as an nlp item."""
    try:
        fields = extract_article(path.read_bytes(), path.resolve().as_uri())
    except ExtractionError as exc:
        raise ExtractError(f"{path}: {exc}") from None
    if not fields.text.strip():
        raise ExtractError(f"{path}: no main text found in the page")
    return {"title": fields.title, "text": fields.text, "published": fields.published}
