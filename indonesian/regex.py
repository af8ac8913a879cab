"""Regular-expression helpers shared by the Indonesian text modules."""

from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """``a|b|c`` of the escaped words, longest first, so "dua belas" is tried before "dua"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
