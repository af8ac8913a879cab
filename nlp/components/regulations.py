"""newsintel_regulations: regulation references (type, number, year, title).

Long and short forms are one regulation ("Instruksi Presiden Nomor 2 Tahun 2021" = "Inpres 2/2021"),
so ``doc._.regulations`` lists each regulation once, with the first title found; every mention is
kept in ``doc.spans["regulations"]`` (label: the canonical type). A bare "Inpres" without a number
refers back to one already listed and adds nothing. Regulations cited without a number ("UU
Tapera", "UUD 1945", "Pasal 378 KUHP", "RUU Perampasan Aset", "Konvensi ILO Nomor 102") follow
with number None, unless they name a numbered one of the same article ("UU ITE" beside "UU Nomor
11 Tahun 2008 tentang ITE"). The parsing lives in indonesian.regulations.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from indonesian.regulations import (
    find_named_regulations,
    find_regulations,
    merge_named,
    unique_regulations,
)
from nlp.textutil import doc_text

EXTENSION = "regulations"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


class RegulationRecognizer:
    def __init__(self, name: str = "newsintel_regulations"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        refs = find_regulations(text)
        named = find_named_regulations(text, refs)
        mentions = sorted(refs + named, key=lambda r: r.start)
        spans = (
            doc.char_span(r.start, r.end, label=r.type, alignment_mode="expand") for r in mentions
        )
        doc.spans[EXTENSION] = [span for span in spans if span is not None]
        numbered = unique_regulations(refs)
        doc._.set(EXTENSION, [ref.as_dict() for ref in numbered + merge_named(numbered, named)])
        return doc


@Language.factory("newsintel_regulations")
def make_regulation_recognizer(nlp: Language, name: str) -> RegulationRecognizer:
    return RegulationRecognizer(name)
