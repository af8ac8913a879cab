"""Sentence boundaries for news text: sentence punctuation and line breaks.

spaCy's rule-based ``sentencizer`` splits only on punctuation, so a headline or a dateline
without a full stop runs into the next paragraph. Here a line break also ends a sentence, and a
full stop ends one only before a capitalised word, a digit or an opening quote (so "Jimmy Z.
Usfunan" and "Rp 1.000" stay whole).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDS = {".", "!", "?", "…", "..."}
_CLOSERS = {"”", '"', "’", "'", ")", "]"}
_OPENERS = {"“", '"', "‘", "(", "["}


@Language.factory("newsintel_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    return split_sentences


def split_sentences(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    doc[0].is_sent_start = True
    previous_end = False   # the previous non-space token ended a sentence
    line_break = False
    for token in doc[1:]:
        text = token.text
        if token.is_space:
            if "\n" in text:
                line_break = True
            token.is_sent_start = False
            continue
        start = line_break or (previous_end and (text[:1].isupper() or text[:1].isdigit()
                                                 or text in _OPENERS))
        token.is_sent_start = start
        if text in _ENDS:
            previous_end = True
        elif not (text in _CLOSERS and previous_end):
            previous_end = False
        line_break = False
    return doc
