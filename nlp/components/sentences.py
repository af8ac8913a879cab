"""Sentence boundaries for news text: sentence punctuation and line breaks.

spaCy's rule-based ``sentencizer`` splits only on punctuation, so a headline or a dateline
without a full stop runs into the next paragraph. Here a line break also ends a sentence, and a
full stop ends one only before a capitalised word, a digit or an opening quote, and not after an
abbreviation: a word of ``period_abbreviations`` in nlp/data/cues.yaml ("Tbk.", "Jl.", "Kab.",
"No."), a single capital initial ("Jimmy Z. Usfunan") or a dotted form ("S.H.", "M.Si.").
A bracket after a full stop opens an aside ("Tbk. (BJTM)"), not a sentence. Candidate
boundaries come from one regex over the text and are written with one array assignment; only
the few boundaries after a full stop are looked at word by word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, cast

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from nlp.lexicon import cues
from nlp.textutil import doc_text

# Where a new sentence may start: after a line break, or after . ! ? (and closing quotes or
# brackets) and white space, before a capital, a digit or an opening quote (or, after ! ? …, a
# bracket). Group "stop": the full stop whose word decides.
_START = re.compile(
    r"\n\s*(?=\S)|(?:(?P<stop>\.)|[!?…])[”\"’')\]]*\s+"
    r"(?=[A-Z0-9“\"‘]|(?<![.][\s])(?<![.][”\"’')\]]\s)[(\[])"
)
_WORD_BEFORE = re.compile(r"[^\s(\[“\"‘]*$")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")  # S.H, M.Si, a.n
_LOOKBACK = 24


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(cues()["period_abbreviations"])


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends a sentence (not an abbreviation's)."""
    before = _WORD_BEFORE.search(text, max(0, stop - _LOOKBACK), stop)
    assert before is not None  # the pattern matches the empty string at the end
    word = before.group()
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial
    return word not in _abbreviations() and not _DOTTED.fullmatch(word)


@Language.factory("newsintel_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return split_sentences


def split_sentences(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    text = doc_text(doc)
    starts = numpy.asarray(doc.to_array([IDX]), dtype=numpy.int64).reshape(-1)
    offsets = [
        m.end()
        for m in _START.finditer(text)
        if m.start("stop") < 0 or _ends_sentence(text, m.start("stop"))
    ]
    marks = numpy.full(len(doc), -1, dtype=numpy.int64)
    marks[0] = 1
    if offsets:
        tokens = numpy.searchsorted(starts, numpy.asarray(offsets, dtype=numpy.int64))
        tokens = tokens[(tokens < len(doc))]
        hit = starts[tokens] == numpy.asarray(offsets, dtype=numpy.int64)[: len(tokens)]
        marks[tokens[hit]] = 1
    # -1 (not a start) travels as an unsigned value, as spaCy's own to_array gives it.
    doc.from_array([SENT_START], cast(Ints2d, marks.view(numpy.uint64).reshape(-1, 1)))
    return doc
