"""newsintel_groups: the stakeholder groups an article names ("pemerintah", "investor",
"petani"), from the lexicon learned from detik-1000's annotations (nlp/group_lexicon.py).

A group is matched in any case as whole words; the longest group wins where two overlap
("masyarakat miskin", not "masyarakat"), and a match inside an organisation, a person, a
regulation or a place the other components found is part of that name ("Pemerintah Provinsi
Jawa Tengah", "UU Partai Politik"), not a group.

``doc._.groups``: one {name, category, mentions} per group, in the order of first mention.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.lexicon import load_yaml

EXTENSION = "groups"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

# Span groups of names the other components found: a group word inside one is that name's.
NAME_SPANS = ("organizations", "people", "regulations", "locations")


@lru_cache(maxsize=1)
def group_categories() -> dict[str, str]:
    return {g["name"]: g["category"] for g in load_yaml("stakeholder_groups.yaml")["groups"]}


class StakeholderGroups:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in group_categories():
            self.matcher.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        named = [span for key in NAME_SPANS if key in doc.spans for span in doc.spans[key]]
        taken = {i for span in named for i in range(span.start, span.end)}
        matches = [Span(doc, start, end) for _, start, end in self.matcher(doc)]
        counts: dict[str, int] = {}
        for span in sorted(filter_spans(matches), key=lambda s: s.start):
            if taken.intersection(range(span.start, span.end)):
                continue
            phrase = " ".join(t.lower_ for t in span)
            counts[phrase] = counts.get(phrase, 0) + 1
        categories = group_categories()
        doc._.groups = [
            {"name": phrase, "category": categories[phrase], "mentions": n}
            for phrase, n in counts.items()
        ]
        return doc


@Language.factory("newsintel_groups")
def make_groups(nlp: Language, name: str) -> StakeholderGroups:
    return StakeholderGroups(nlp)
