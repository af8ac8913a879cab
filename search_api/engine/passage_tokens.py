"""The analysed words of passages, kept between searches.

Choosing and highlighting a hit's passage needs each candidate passage's tokens and stems
(``Analyzer.token_spans``): pure Python, about two thirds of a search's time when every search
analysed its passages again. A passage's tokens depend on its text alone, so they are kept by
text (an index rebuild or another document with the same words cannot make them stale), in a
bounded least-recently-used cache and in a compact form.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from search_api.engine.analysis import analyzer

# ~3 KB a passage (its text as the key, two offset arrays, a tuple of shared stems): at most
# ~25 MB, and room for the hot passages of a corpus of ~2,500 documents.
PASSAGES_KEPT = 8192


@dataclass(frozen=True, slots=True)
class PassageTokens:
    """Every non-stop token of a passage: where it starts and ends, and its stem."""

    starts: array
    ends: array
    stems: tuple[str, ...]

    def spans(self) -> Iterator[tuple[int, int, str]]:
        """(start, end, stem) triples, as ``Analyzer.token_spans`` yields them."""
        return zip(self.starts, self.ends, self.stems)

    def held(self, wanted: set[str]) -> set[str]:
        """The stems of ``wanted`` that occur in the passage."""
        return wanted.intersection(self.stems)


@lru_cache(maxsize=PASSAGES_KEPT)
def passage_tokens(text: str) -> PassageTokens:
    """The tokens of ``text``, analysed once while it stays among the recently used."""
    starts, ends, stems = array("I"), array("I"), []
    for start, end, stem in analyzer().token_spans(text):
        starts.append(start)
        ends.append(end)
        stems.append(sys.intern(stem))  # one copy of each stem across passages
    return PassageTokens(starts, ends, tuple(stems))
