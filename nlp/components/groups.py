"""newsintel_groups: the stakeholder groups an article names ("pemerintah", "investor",
"petani", "perusahaan tambang"), from the lexicon learned from detik-1000's annotations and
the head nouns of classes of actors (nlp/group_lexicon.py).

Two kinds of group, matched in any case as whole words:

* a phrase of the learned lexicon ("masyarakat miskin", "partai politik");
* a head noun of a class of actors (``heads`` in ``nlp/data/stakeholder_groups.yaml``:
  "pengusaha", "perusahaan", "pemerintah", "ahli") with the modifiers that follow it as
  written: up to ``MAX_MODIFIERS`` lower-case nouns or adjectives ("perusahaan tambang",
  "pemerintah pusat", "pengusaha kecil") and, for heads that take one, a place the text names
  ("pejabat AS", "kepolisian Prancis"). A head marked not ``alone`` is a group only with a
  modifier ("sektor pariwisata", never "sektor"). A head followed by a capitalised word that
  is no place is a title or the start of a name ("Pengamat Ekonomi Ukay Karyadi", "Kejaksaan
  Negeri Solo"), not a group.

The longest group wins where two overlap ("masyarakat miskin", not "masyarakat"), and a match
inside an organisation, a person, a regulation or a place the other components found is part
of that name ("Pemerintah Provinsi Jawa Tengah", "UU Partai Politik"), not a group.

``doc._.groups``: one {name, category, mentions} per group, in the order of first mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.lexicon import load_yaml
from nlp.word_classes import adjectives, treebank_nouns

EXTENSION = "groups"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

# Span groups of names the other components found: a group word inside one is that name's.
NAME_SPANS = ("organizations", "people", "regulations", "locations")
PLACE_LABELS = ("LOC", "GPE")
MAX_MODIFIERS = 2
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Nouns of time end a group ("pedagang saat ini", "pengelola SPPG kini"), and so do "other" and
# "itself".
_NOT_MODIFIERS = frozenset(
    {"tahun", "bulan", "hari", "pekan", "minggu", "jam", "saat", "kini", "kali", "waktu", "masa"}
    | {"para"}
    | {"lain", "lainnya", "tersebut", "sendiri"}
    # Nouns the treebanks hold that open a clause or a quantity after a noun: "kepolisian
    # tengah menyelidiki", "kejaksaan bakal", "ekonom asal Inggris", "salah satu", "nomor".
    | {"tengah", "bakal", "asal", "salah", "nomor"}
)
_LEXICON = "lexicon"


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_yaml("stakeholder_groups.yaml")


def group_categories() -> dict[str, str]:
    return {g["name"]: g["category"] for g in _lexicon()["groups"]}


def group_heads() -> dict[str, dict]:
    return {h["name"]: h for h in _lexicon().get("heads") or []}


def is_modifier(word: str) -> bool:
    """A lower-case word the treebanks read as a noun or an adjective most of the time
    ("tambang", "swasta"): no verb ("melibatkan", "capai"), preposition, pronoun, noun of
    time or measure ("sebesar")."""
    if word in _NOT_MODIFIERS or not _LOWER_WORD.fullmatch(word):
        return False
    if word.startswith("se") and _noun_or_adjective(word[2:]):
        return False  # se- of measure: "sebesar", "senilai"
    return _noun_or_adjective(word)


def _noun_or_adjective(word: str) -> bool:
    return word in treebank_nouns() or word in adjectives()


class StakeholderGroups:
    def __init__(self, nlp: Language):
        self.categories = group_categories()
        self.heads = group_heads()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in self.categories:
            self.matcher.add(_LEXICON, [nlp.make_doc(phrase)])
        for head in self.heads:
            self.matcher.add(head, [nlp.make_doc(head)])
        self.lexicon_key = nlp.vocab.strings[_LEXICON]

    def _with_modifiers(
        self, doc: Doc, start: int, end: int, head: dict, places: dict[int, int]
    ) -> Span | None:
        """The head doc[start:end] with the modifiers written after it, or None when it is no
        group (a title before a name, or a head that needs a modifier and has none)."""
        stop = end
        while stop < len(doc) and stop - end < MAX_MODIFIERS:
            token = doc[stop]
            if token.is_sent_start:
                break
            if stop in places:
                if head["places"]:
                    stop = places[stop]
                break
            if token.text[:1].isupper():
                if stop == end:
                    return None  # "Pengamat Ekonomi ...", "Kejaksaan Negeri Solo"
                break
            allowed = head.get("modifiers")
            if not (token.lower_ in allowed if allowed is not None else is_modifier(token.text)):
                break
            stop += 1
        if stop == end and not head["alone"]:
            return None
        return Span(doc, start, stop)

    def _head_category(self, span: Span) -> tuple[int, str]:
        """(length, group) of the longest head ``span`` opens with."""
        for n in range(len(span), 0, -1):
            head = self.heads.get(" ".join(t.lower_ for t in span[:n]))
            if head is not None:
                return n, head["category"]
        raise KeyError(span.text)

    def __call__(self, doc: Doc) -> Doc:
        named = [span for key in NAME_SPANS if key in doc.spans for span in doc.spans[key]]
        taken = {i for span in named for i in range(span.start, span.end)}
        # Regions the locations component found and the places the NER read ("AS", "Prancis").
        places = {e.start: e.end for e in doc.ents if e.label_ in PLACE_LABELS}
        places.update((span.start, span.end) for span in doc.spans.get("locations") or [])
        in_place = {i for start, end in places.items() for i in range(start, end)}
        spans: list[Span] = []
        # Where two matches give one span, a learned phrase keeps its learned group ("wajib
        # pajak"), else the longest head it opens with its own ("bank sentral", not "bank").
        category: dict[tuple[int, int], tuple[int, str]] = {}
        for key, start, end in self.matcher(doc):
            if taken.intersection(range(start, end)):
                continue
            if key == self.lexicon_key:
                span: Span | None = Span(doc, start, end)
                phrase = " ".join(t.lower_ for t in doc[start:end])
                choice = (len(doc), self.categories[phrase])
            else:
                head = self.heads[doc.vocab.strings[key]]
                span = self._with_modifiers(doc, start, end, head, places)
                choice = self._head_category(span) if span is not None else (0, "")
            if span is not None:
                spans.append(span)
                where = (span.start, span.end)
                category[where] = max(category.get(where, choice), choice)
        counts: dict[str, int] = {}
        kinds: dict[str, str] = {}
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            # Lower case, but for the name of a place after the head ("pejabat AS").
            phrase = " ".join(
                t.text if t.i in in_place and t.i > span.start else t.lower_ for t in span
            )
            counts[phrase] = counts.get(phrase, 0) + 1
            kinds.setdefault(phrase, category[(span.start, span.end)][1])
        doc._.groups = [
            {"name": phrase, "category": kinds[phrase], "mentions": n}
            for phrase, n in counts.items()
        ]
        return doc


@Language.factory("newsintel_groups")
def make_groups(nlp: Language, name: str) -> StakeholderGroups:
    return StakeholderGroups(nlp)
