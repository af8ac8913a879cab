"""Sentence boundaries for news text: sentence punctuation and line breaks.

spaCy's rule-based ``sentencizer`` splits only on punctuation, so a headline or a dateline
without a full stop runs into the next paragraph. Here a line break also ends a sentence, and a
full stop ends one only before a capitalised word, a digit or an opening quote (so "Jimmy Z.
Usfunan" and "Rp 1.000" stay whole). Boundaries are found with one regex over the text and
written with one array assignment, not a Python loop over tokens.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

# Where a new sentence starts: after a line break, or after . ! ? (and closing quotes or
# brackets) and white space, before a capital, a digit or an opening quote/bracket.
# Initials and title abbreviations ("Jimmy Z. Usfunan", "Dr. Guntur", "No. 2") end nothing.
_START = re.compile(r"\n\s*(?=\S)|(?<=[.!?…])(?<![\s(][A-Z]\.)(?<!\bNo\.)(?<!\bDr\.)(?<!\bIr\.)"
                    r"(?<!\bProf\.)(?<!\bDrs\.)(?<!\bJl\.)(?<!\bHj\.)(?<!\bSt\.)(?<!\bdr\.)"
                    r"[”\"’')\]]*\s+(?=[A-Z0-9“\"‘(\[])")


@Language.factory("newsintel_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    return split_sentences


def split_sentences(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    starts = numpy.asarray(doc.to_array([IDX]), dtype=numpy.int64).reshape(-1)
    offsets = [m.end() for m in _START.finditer(doc.text)]
    marks = numpy.full(len(doc), -1, dtype=numpy.int64)
    marks[0] = 1
    if offsets:
        tokens = numpy.searchsorted(starts, numpy.asarray(offsets, dtype=numpy.int64))
        tokens = tokens[(tokens < len(doc))]
        hit = starts[tokens] == numpy.asarray(offsets, dtype=numpy.int64)[:len(tokens)]
        marks[tokens[hit]] = 1
    # -1 (not a start) travels as an unsigned value, as spaCy's own to_array gives it.
    doc.from_array([SENT_START], marks.view(numpy.uint64).reshape(-1, 1))
    return doc
