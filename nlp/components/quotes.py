"""Direct quotes and who said them.

A quote is text between “ ” (or a pair of straight double quotes) in one paragraph. Its speaker:

1. the attribution after it: “...,” kata Zainudin / ujar Nasrullah Umar / jelas Anggoro /
   demikian kata Anggoro; with a pronoun or -nya ("imbuh dia", "tambahnya", "ungkap pria yang
   ...", "ia menambahkan") the person named last before the quote;
2. else a person introducing it: "Zainudin mengatakan: “...”", "Menurut Bima, “...”";
3. else the person named last in the two sentences before it (a quote continuing a speaker's
   words), names inside earlier quotes not counting.

Short quoted phrases inside a sentence without attribution (scare quotes, slogans) are skipped.
Needs ``doc.spans["people"]`` from ``newsintel_people``. Writes ``doc._.quotes``
[{speaker, text}] and ``doc.spans["quotes"]`` (the quoted text, kb_id = speaker).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from nlp import extensions  # noqa: F401
from nlp.lexicon import alternation, cues
from nlp.textutil import char_span, clean_spaces, doc_text, sentence_ranges

SPAN_KEY = "quotes"
QUOTE = re.compile(r"“([^”\n]{2,}?)”|\"([^\"\n]{2,}?)\"")
_MIN_EMBEDDED_WORDS = 8  # an unattributed quote inside a sentence must be this long


class Person(NamedTuple):
    """A person named in the text, as the speaker rule reads it (a people span, or a people
    mention while the people component still runs)."""

    start: int
    end: int
    name: str


class Attribution(NamedTuple):
    """A quote kept, and who says it: ``person`` is the index of the mention read as the speaker
    (None when the speaker is the quote before's, or none); ``how`` how it was read: "named"
    (after the speech verb), "pronoun" (-nya/"dia": the person named last), "said" (the speaker
    of the quote before), "before" (introducing it), "recent" (named in the sentences before)."""

    match: re.Match[str]
    inner: tuple[int, int]
    text: str
    speaker: str | None
    person: int | None
    how: str | None


@Language.factory("newsintel_quotes", assigns=["doc._.quotes", "doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor()


class QuoteExtractor:
    def __init__(self) -> None:
        self.speakers = QuoteSpeakers()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        people = [
            Person(s.start_char, s.end_char, s.kb_id_ or s.text)
            for s in sorted(
                (
                    s
                    for s in doc.spans.get("people", [])
                    if s.label_ not in ("byline", "photo_credit")
                ),
                key=lambda s: s.start_char,
            )
        ]
        sent_starts = [s for s, _ in sentence_ranges(doc)]
        quotes, spans = [], []
        for q in self.speakers.attribute(text, people, sent_starts):
            quotes.append({"speaker": q.speaker, "text": q.text})
            span = char_span(doc, *q.inner, label="QUOTE", kb_id=q.speaker or "")
            if span is not None:
                spans.append(span)
        doc._.quotes = quotes
        doc.spans[SPAN_KEY] = spans
        return doc


class QuoteSpeakers:
    """The speaker rule, once: the quotes component and the people component (a title the
    speaker gives himself in a quote, people.py ``_own_titles``) both read it."""

    def __init__(self) -> None:
        c = cues()
        verbs = alternation(c["speech_verbs"])
        pronouns = alternation(c["pronouns"])
        self.after_re = re.compile(
            rf"\s*,?\s*(?:[Dd]emikian\s+)?(?P<verb>{verbs})(?P<nya>nya)?(?![\w-])"
            rf"\s*(?P<pronoun>{pronouns}(?![\w-]))?"
        )
        # “...,” ia menambahkan / “...” Dia juga menjelaskan: the speaker named last.
        self.pronoun_after_re = re.compile(
            rf"\s*[,.]?\s*(?:[Ii]a|[Dd]ia|[Bb]eliau)\s+(?:{alternation(c['adverbs'])}\s+)?"
            rf"{alternation(c['reporting_verbs'])}(?![\w-])"
        )
        self.reporting_re = re.compile(
            rf"(?:{alternation(c['reporting_verbs'])}|[Mm]enurut)(?![\w-])"
        )

    def attribute(
        self, text: str, people: Sequence[Person], sent_starts: list[int]
    ) -> list[Attribution]:
        """Every quote kept in ``text`` with its speaker; ``people`` sorted by start."""
        quote_ranges = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
        # Names inside quotes are what the speaker said, not who speaks.
        pool = [i for i, p in enumerate(people) if not _inside(p.start, quote_ranges)]
        pool_starts = [people[i].start for i in pool]
        out: list[Attribution] = []
        said: tuple[int, str | None] = (-1, None)  # where the last attributed quote ends, by whom
        for m in QUOTE.finditer(text):
            inner = m.span(1) if m.group(1) is not None else m.span(2)
            quote = clean_spaces(text[inner[0] : inner[1]]).rstrip(",").strip()
            if len(quote.split()) < 3:
                continue
            person, how = self._speaker_after(text, m.end(), people, pool, pool_starts, m.start())
            if how == "pronoun" and person is not None:
                if said[1] and people[person].start < said[0]:
                    person, how = None, "said"
            elif how == "pronoun":
                how = "said" if said[1] else None
            if how is None:
                person = self._speaker_before(
                    text, m.start(), people, pool, pool_starts, sent_starts
                )
                how = "before" if person is not None else None
                embedded = _embedded(text, m.start(), m.end())
                if embedded and len(quote.split()) < _MIN_EMBEDDED_WORDS:
                    continue
                if person is None and not embedded:
                    person = self._recent_speaker(
                        m.start(), pool, pool_starts, sent_starts, lookback=2
                    )
                    how = "recent" if person is not None else None
            speaker = said[1] if how == "said" else None
            if person is not None:
                speaker = people[person].name
            out.append(Attribution(m, inner, quote, speaker, person, how if speaker else None))
            if speaker:
                said = (m.end(), speaker)
        return out

    def _speaker_after(
        self,
        text: str,
        end: int,
        people: Sequence[Person],
        pool: list[int],
        pool_starts: list[int],
        quote_start: int,
    ) -> tuple[int | None, str | None]:
        """“...,” kata Zainudin / “...,” tambahnya / “...,” imbuh dia. With -nya or a pronoun
        the person named last before the quote (the caller prefers the quote before's speaker
        when that quote is nearer: "..., demikian kata Adriani. “...,” ia menambahkan" where
        "Adriani" is no person span)."""
        m = self.after_re.match(text, end)
        if not m:
            if self.pronoun_after_re.match(text, end):
                return _last_person(quote_start, pool, pool_starts), "pronoun"
            return None, None
        if m.group("nya") or m.group("pronoun"):
            return _last_person(quote_start, pool, pool_starts), "pronoun"
        name_at = m.end()
        for i, p in enumerate(people):
            if p.start >= name_at:
                # "kata Zainudin", or with the title between: "kata Menaker Yassierli".
                between = text[name_at : p.start]
                if not between.strip() or re.fullmatch(
                    r"(?:\s*[A-Z][\w.()/-]*)+\s*,?\s*", between[:80]
                ):
                    return i, "named"
                break
        again = _named_again(text[name_at : name_at + 80], people)
        return again, ("named" if again is not None else None)

    def _speaker_before(
        self,
        text: str,
        start: int,
        people: Sequence[Person],
        pool: list[int],
        pool_starts: list[int],
        sent_starts: list[int],
    ) -> int | None:
        """ "Zainudin mengatakan: “...”", "Menurut Bima, “...”": a person in the same sentence
        before the quote, with a reporting verb between them."""
        sentence_start = sent_starts[max(0, bisect.bisect_right(sent_starts, start) - 1)]
        paragraph_start = text.rfind("\n", 0, start) + 1
        lead_start = max(sentence_start, paragraph_start)
        i = bisect.bisect_left(pool_starts, start) - 1
        while i >= 0 and pool_starts[i] >= lead_start:
            between = text[people[pool[i]].end : start]
            if self.reporting_re.search(text[lead_start:start]) and re.search(
                r"[:,]\s*$|bahwa\s*$", between
            ):
                return pool[i]
            i -= 1
        return None

    @staticmethod
    def _recent_speaker(
        start: int,
        pool: list[int],
        pool_starts: list[int],
        sent_starts: list[int],
        lookback: int,
    ) -> int | None:
        """The person named last in the sentences just before the quote."""
        k = bisect.bisect_right(sent_starts, start) - 1
        window_start = sent_starts[max(0, k - lookback)]
        i = bisect.bisect_left(pool_starts, start) - 1
        if i >= 0 and pool_starts[i] >= window_start:
            return pool[i]
        return None


def _last_person(offset: int, pool: list[int], pool_starts: list[int]) -> int | None:
    """Who "dia"/"-nya" is: the person named last before ``offset`` outside quotes."""
    i = bisect.bisect_left(pool_starts, offset) - 1
    return pool[i] if i >= 0 else None


def _named_again(after: str, people: Sequence[Person]) -> int | None:
    """A person of the article named again after the verb where no person span is ("demikian
    kata Adriani Saleh", "kata Adriani"): the full name, else its first or last word."""
    words = re.match(r"\s*((?:[A-Z][\w'.-]*(?:\s+|$)){1,4})", after)
    if not words:
        return None
    said = words.group(1).split()
    first: dict[str, int] = {}
    for i, p in enumerate(people):
        first.setdefault(p.name, i)
    for name, i in first.items():
        if said[: len(name.split())] == name.split():
            return i
    for name, i in first.items():
        parts = name.split()
        if len(parts) > 1 and said[0].rstrip(".,") in (parts[0], parts[-1]):
            return i
    return None


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(ranges, (offset, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= offset < ranges[i][1]


def _embedded(text: str, start: int, end: int) -> bool:
    """A quote in the middle of a sentence: a word right before and after it."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return bool(re.search(r"\w\s?$", before)) and bool(re.match(r"\s?\w", after))
