"""newsintel_dates: date mentions normalised to ISO, anchored to the publication date.

``doc._.dates`` holds one dict per distinct value: {text, value, kind} with value "YYYY-MM-DD",
"YYYY-MM", "YYYY" or "start/end" for ranges and kind absolute / relative / range. Relative and
partial mentions ("akhir Oktober", "tahun depan", "kemarin") are resolved against
``doc._.published`` and left out when it is unknown. Every mention is in ``doc.spans["dates"]``
(label: the ISO value). The parsing lives in indonesian.dates.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from indonesian.dates import DateMention, find_dates
from nlp.textutil import doc_text

EXTENSION = "dates"
for extension in (EXTENSION, "published"):
    if not Doc.has_extension(extension):
        Doc.set_extension(extension, default=None)


class DateRecognizer:
    def __init__(self, name: str = "newsintel_dates"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = _outside_citations(
            find_dates(doc_text(doc), doc._.get("published")), doc.spans.get("regulations", [])
        )
        spans = (
            doc.char_span(m.start, m.end, label=m.value, alignment_mode="expand") for m in mentions
        )
        doc.spans[EXTENSION] = [span for span in spans if span is not None]
        seen: set[str] = set()
        records = []
        for mention in mentions:
            if mention.value not in seen:
                seen.add(mention.value)
                records.append({"text": mention.text, "value": mention.value, "kind": mention.kind})
        doc._.set(EXTENSION, records)
        return doc


def _outside_citations(mentions: list[DateMention], citations: Iterable[Span]) -> list[DateMention]:
    """A year that is part of a regulation's citation is no date ("UU APBN 2025", "UUD Negara
    Republik Indonesia Tahun 1945", "Deklarasi PBB tentang Pembela HAM (1998)"): the annotation
    convention. ``citations``: the regulations component's spans (it runs first)."""
    bounds = [(span.start_char, span.end_char) for span in citations]
    return [
        m
        for m in mentions
        if len(m.value) != 4 or not any(a <= m.start and m.end <= b for a, b in bounds)
    ]


@Language.factory("newsintel_dates")
def make_date_recognizer(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer(name)
