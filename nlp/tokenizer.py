"""spaCy's Indonesian tokenizer with a faster prefix search (registered as
``newsintel.Tokenizer.v1``; same tokens as ``spacy.Tokenizer.v1``).

spaCy tries the prefix alternation of Indonesian (171 patterns, one of them a class of
hundreds of symbols) on every new whitespace-separated chunk: 16 µs a call, a third of the
tokenising time. Most chunks start with an ASCII letter or digit, which only a few patterns
("Rp", "USD", "US$", ...) can match, so for those chunks only those patterns are tried.
A saved pipeline stores the original pattern, so ``spacy.load`` needs nothing from here.
"""

from __future__ import annotations

import re
import string
from typing import Callable, Optional, cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

try:  # the stdlib's regex parser: private, so the speed-up is skipped if it ever moves
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    sre_parse = sre_constants = None

WORD_START = frozenset(string.ascii_letters + string.digits)


def may_start_with_word_char(pattern: str) -> bool:
    """False only when the pattern's first element provably cannot match an ASCII letter or
    digit (a literal or a class without any); anything harder to tell counts as True."""
    if sre_parse is None:
        return True
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return True
    if not parsed.data:
        return True
    op, arg = parsed.data[0]
    if op is sre_constants.LITERAL:
        return chr(arg) in WORD_START
    if op is sre_constants.IN:
        for item_op, item_arg in arg:
            if item_op is sre_constants.LITERAL:
                if chr(item_arg) in WORD_START:
                    return True
            elif item_op is sre_constants.RANGE:
                low, high = item_arg
                if any(low <= ord(c) <= high for c in WORD_START):
                    return True
            else:  # categories, negations: could be anything
                return True
        return False
    return True


class WordStartPrefixSearch:
    """``prefix_search`` that tries only the word-start patterns on chunks beginning with an
    ASCII letter or digit. ``.search.__self__.pattern`` is the full pattern, which is what
    spaCy serialises."""

    def __init__(self, prefixes: list[str], full: re.Pattern):
        self.pattern = full.pattern
        self._full = full.search
        word = [p for p in prefixes if p.strip() and may_start_with_word_char(p)]
        self._word: Optional[Callable] = (
            re.compile("^(?:" + "|".join(f"(?:{p})" for p in word) + ")").search if word else None
        )

    def search(self, text: str) -> Optional[re.Match[str]]:
        if text[:1] in WORD_START:
            return self._word(text) if self._word else None
        return self._full(text)


@registry.tokenizers("newsintel.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        # Indonesian's prefixes are all pattern strings (compiled patterns are allowed in general).
        prefixes = cast(list[str], list(nlp.Defaults.prefixes or []))
        if prefixes and tokenizer.prefix_search is not None:
            full = tokenizer.prefix_search.__self__
            tokenizer.prefix_search = WordStartPrefixSearch(prefixes, full).search
        return tokenizer

    return make
