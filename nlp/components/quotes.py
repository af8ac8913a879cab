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

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp import extensions  # noqa: F401
from nlp.lexicon import alternation, cues
from nlp.textutil import char_span, clean_spaces, doc_text, sentence_ranges

SPAN_KEY = "quotes"
_QUOTE = re.compile(r"“([^”\n]{2,}?)”|\"([^\"\n]{2,}?)\"")
_MIN_EMBEDDED_WORDS = 8  # an unattributed quote inside a sentence must be this long


@Language.factory("newsintel_quotes", assigns=["doc._.quotes", "doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor()


class QuoteExtractor:
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

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        people = sorted(
            (s for s in doc.spans.get("people", []) if s.label_ not in ("byline", "photo_credit")),
            key=lambda s: s.start_char,
        )
        quote_ranges = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        # Names inside quotes are what the speaker said, not who speaks.
        speakers_pool = [s for s in people if not _inside(s.start_char, quote_ranges)]
        pool_starts = [s.start_char for s in speakers_pool]
        sent_starts = [s for s, _ in sentence_ranges(doc)]
        quotes, spans = [], []
        self._said: tuple[int, str | None] = (
            -1,
            None,
        )  # where the last attributed quote ends, and its speaker
        for m in _QUOTE.finditer(text):
            inner_start, inner_end = m.span(1) if m.group(1) is not None else m.span(2)
            quote = clean_spaces(text[inner_start:inner_end]).rstrip(",").strip()
            if len(quote.split()) < 3:
                continue
            speaker = self._speaker_after(
                text, m.end(), people, speakers_pool, pool_starts, m.start()
            )
            if speaker is None:
                speaker = self._speaker_before(
                    text, m.start(), speakers_pool, pool_starts, sent_starts
                )
                embedded = _embedded(text, m.start(), m.end())
                if embedded and len(quote.split()) < _MIN_EMBEDDED_WORDS:
                    continue
                if speaker is None and not embedded:
                    speaker = self._recent_speaker(
                        m.start(), speakers_pool, pool_starts, sent_starts, lookback=2
                    )
            quotes.append({"speaker": speaker, "text": quote})
            if speaker:
                self._said = (m.end(), speaker)
            span = char_span(doc, inner_start, inner_end, label="QUOTE", kb_id=speaker or "")
            if span is not None:
                spans.append(span)
        doc._.quotes = quotes
        doc.spans[SPAN_KEY] = spans
        return doc

    def _speaker_after(
        self,
        text: str,
        end: int,
        people: Sequence[Span],
        pool: Sequence[Span],
        pool_starts: list[int],
        quote_start: int,
    ) -> str | None:
        """“...,” kata Zainudin / “...,” tambahnya / “...,” imbuh dia."""
        m = self.after_re.match(text, end)
        if not m:
            if self.pronoun_after_re.match(text, end):
                return self._last_person(quote_start, pool, pool_starts)
            return None
        if m.group("nya") or m.group("pronoun"):
            return self._last_person(quote_start, pool, pool_starts)
        name_at = m.end()
        for span in people:
            if span.start_char >= name_at:
                # "kata Zainudin", or with the title between: "kata Menaker Yassierli".
                between = text[name_at : span.start_char]
                if not between.strip() or re.fullmatch(
                    r"(?:\s*[A-Z][\w.()/-]*)+\s*,?\s*", between[:80]
                ):
                    return span.kb_id_ or span.text
                break
        return _named_again(text[name_at : name_at + 80], people)

    def _last_person(self, offset: int, pool: Sequence[Span], pool_starts: list[int]) -> str | None:
        """Who "dia"/"-nya" is: the person named last before ``offset``, or the speaker of the
        quote before when that quote is nearer ("..., demikian kata Adriani. “...,” ia
        menambahkan" where "Adriani" is no person span)."""
        i = bisect.bisect_left(pool_starts, offset) - 1
        said_at, said_by = self._said
        if said_by and (i < 0 or pool[i].start_char < said_at):
            return said_by
        return (pool[i].kb_id_ or pool[i].text) if i >= 0 else None

    def _speaker_before(
        self,
        text: str,
        start: int,
        pool: Sequence[Span],
        pool_starts: list[int],
        sent_starts: list[int],
    ) -> str | None:
        """ "Zainudin mengatakan: “...”", "Menurut Bima, “...”": a person in the same sentence
        before the quote, with a reporting verb between them."""
        sentence_start = sent_starts[max(0, bisect.bisect_right(sent_starts, start) - 1)]
        paragraph_start = text.rfind("\n", 0, start) + 1
        lead_start = max(sentence_start, paragraph_start)
        i = bisect.bisect_left(pool_starts, start) - 1
        while i >= 0 and pool[i].start_char >= lead_start:
            between = text[pool[i].end_char : start]
            if self.reporting_re.search(text[lead_start:start]) and re.search(
                r"[:,]\s*$|bahwa\s*$", between
            ):
                return pool[i].kb_id_ or pool[i].text
            i -= 1
        return None

    @staticmethod
    def _recent_speaker(
        start: int,
        pool: Sequence[Span],
        pool_starts: list[int],
        sent_starts: list[int],
        lookback: int,
    ) -> str | None:
        """The person named last in the sentences just before the quote."""
        k = bisect.bisect_right(sent_starts, start) - 1
        window_start = sent_starts[max(0, k - lookback)]
        i = bisect.bisect_left(pool_starts, start) - 1
        if i >= 0 and pool[i].start_char >= window_start:
            return pool[i].kb_id_ or pool[i].text
        return None


def _named_again(after: str, people: Sequence[Span]) -> str | None:
    """A person of the article named again after the verb where no person span is ("demikian
    kata Adriani Saleh", "kata Adriani"): the full name, else its first or last word."""
    words = re.match(r"\s*((?:[A-Z][\w'.-]*(?:\s+|$)){1,4})", after)
    if not words:
        return None
    said = words.group(1).split()
    names = list(dict.fromkeys(span.kb_id_ or span.text for span in people))
    for name in names:
        if said[: len(name.split())] == name.split():
            return name
    for name in names:
        parts = name.split()
        if len(parts) > 1 and said[0].rstrip(".,") in (parts[0], parts[-1]):
            return name
    return None


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(ranges, (offset, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= offset < ranges[i][1]


def _embedded(text: str, start: int, end: int) -> bool:
    """A quote in the middle of a sentence: a word right before and after it."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return bool(re.search(r"\w\s?$", before)) and bool(re.match(r"\s?\w", after))
