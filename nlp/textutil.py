"""Small text helpers shared by the rule components (character offsets, words, headlines)."""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

# A word as the rules see it: letters/digits with inner ' - . / & (APHTN-HAN, PPN/Bappenas, Z.).
WORD_RE = re.compile(r"[^\W_][\w'’.&/-]*[\w.]|[^\W_]")
CONNECTORS = frozenset(
    {
        "dan",
        "&",
        "untuk",
        "serta",
        "of",
        "and",
        "the",
        "for",
        "di",
        "bagi",
        "atas",
        "se",
        "pada",
        "dalam",
        "de",
        "la",
        "van",
        "der",
    }
)


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_initial(self) -> bool:
        """A name initial such as "Z." or "M", or initials written together, each with its stop
        ("A.M." Hendropriyono, "H.O.S." Tjokroaminoto)."""
        return (
            len(self.text) <= 2 and self.text[:1].isupper() and self.text[1:] in ("", ".")
        ) or _DOTTED_INITIALS.fullmatch(self.text) is not None


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")


def is_roman_numeral(text: str) -> bool:
    """A Roman numeral as news numbers units, commissions and regions ("Komisi XI", "Divre
    III", "Teradu II")."""
    return _ROMAN_NUMERAL.fullmatch(text) is not None


def roman_value(numeral: str) -> int:
    """The value of a short Roman numeral ("II" = 2, "IV" = 4, "XIII" = 13); 0 for anything
    else."""
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(numeral):
        v = values.get(ch)
        if v is None:
            return 0
        total += -v if i + 1 < len(numeral) and values.get(numeral[i + 1], 0) > v else v
    return total


def words_in(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of text[start:end] with absolute offsets; a trailing sentence period is dropped
    except on initials ("Z.")."""
    out = []
    for m in WORD_RE.finditer(text, start, len(text) if end is None else end):
        word, s, e = m.group(), m.start(), m.end()
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1]:
            word, e = word[:-1], e - 1
        out.append(Word(word, s, e))
    return out


def gap(text: str, a: int, b: int) -> str:
    """The characters between two offsets (what separates two words)."""
    return text[a:b]


def only_spaces(text: str, a: int, b: int) -> bool:
    return a <= b and not text[a:b].strip()


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines, subheads): most words capitalised, short, and
    no sentence-final period. Rules that read capitalisation as a signal skip them."""
    ranges = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.endswith((".", "”", '"', ":")):
            words = [
                w for w in re.findall(r"[^\W\d_][\w'’-]*", stripped) if w.lower() not in CONNECTORS
            ]
            if 3 <= len(words) <= 24:
                capitals = sum(1 for w in words if w[0].isupper())
                if capitals / len(words) >= 0.7:
                    ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


class Ranges:
    """Fast "is this offset inside one of these ranges" for sorted, non-overlapping ranges."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = sorted(ranges)
        self.starts = [r[0] for r in self.ranges]

    def find(self, offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.ranges[i][0] <= offset < self.ranges[i][1]:
            return self.ranges[i]
        return None

    def __contains__(self, offset: int) -> bool:
        return self.find(offset) is not None


_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token on each access (2 ms for a
    long article, read by every component), and a Doc's text never changes."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the string the Doc was made from (``nlp.make_doc(text)``): spaCy's
    tokenizer is lossless, so ``doc.text == text`` and the join over every token is skipped."""
    _TEXTS[doc] = text


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the sentences (one range for the whole text without a sentencizer)."""
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(0, len(doc_text(doc)))]


def char_span(doc: Doc, start: int, end: int, label: str = "", kb_id: str = "") -> Span | None:
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase as whole words, any run of spaces or tabs between its words ("PT PGN" is not
    inside "PT PGNX" nor "Pra-PT PGN")."""
    return re.compile(r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"[ \t]+") + r"(?![\w-])")


def clean_spaces(text: str) -> str:
    return " ".join(text.split())
