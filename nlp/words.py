"""Words of a text as both the keyword index and near-duplicate clustering see them.

One definition, so a story's shingles (nlp/dedup.py) and its indexed tokens
(search_api's analysis) split the same text the same way.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[^\W_]+", re.UNICODE)
_COMBINING = re.compile(
    "[" + "".join(chr(c) for c in range(0x110000) if unicodedata.combining(chr(c))) + "]"
)


def normalise(text: str) -> str:
    """NFKC, lower case, combining marks removed ("café" -> "cafe")."""
    if text.isascii():  # nearly all news text: nothing to normalise but case
        return text.lower()
    text = unicodedata.normalize("NFKC", text).lower()
    if unicodedata.is_normalized("NFKD", text):  # e.g. curly quotes: no marks to strip
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))
