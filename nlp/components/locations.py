"""newsintel_locations: Indonesian provinces, regencies, cities and districts from the
Kemendagri list.

A PhraseMatcher built once from the gazetteer in indonesian.regions finds every written name
(case-sensitive: place names are capitalised). A word before the name tells its kind
("Kabupaten Bogor", "Kab. Bogor", "Pemkot Bogor", "Wali Kota Bogor", "Provinsi Jawa Barat",
"Kecamatan Menteng"). Without such a word a name is kept only when it is unlikely to be something
else:

* districts need their prefix (thousands of district names are ordinary words or names);
* a name that is also a common lower-case word ("Batu", "Puncak") needs a prefix or a place cue
  ("di", "ke", "dari", "wilayah" ...);
* a name inside a longer proper name is not a place mention ("Bima Arya", "Semen Padang"), nor is
  a token the statistical NER marked as a person.

``doc._.locations``: one {name, kind, province} per place; ``doc.spans["locations"]`` every mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from indonesian.dates import MONTHS, WEEKDAYS
from indonesian.regions import PREFIXES, Region, regions_by_name
from nlp.vocabulary import is_common

EXTENSION = "locations"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

PLACE_CUES = {
    "di",
    "ke",
    "dari",
    "asal",
    "wilayah",
    "daerah",
    "kawasan",
    "warga",
    "sekitar",
    "menuju",
    "kabupaten/kota",
    "se-",
}
# Capitalised words that may stand next to a place name without making it part of another name.
CALENDAR_WORDS = {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}
NOT_A_PLACE = {"Indonesia"}
DISTRICT_PREFIXES = {
    "kecamatan",
    "kec",
    "kec.",
    "distrik",
    "camat",
}  # the country is not an administrative region


class LocationRecognizer:
    def __init__(self, nlp: Language, name: str = "newsintel_locations", districts: bool = True):
        self.name = name
        self.index = regions_by_name(districts)
        self.districts = districts
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # Districts are only taken after their prefix ("Kecamatan Menteng"), found by a look-up in
        # __call__; the matcher holds the ~650 provinces, regencies, cities and their aliases.
        names = [
            n
            for n, found in self.index.items()
            if n not in NOT_A_PLACE and any(r.kind != "district" for r in found)
        ]
        # Datelines and headlines write names in capitals ("JAKARTA, KOMPAS.com").
        self.matcher.add(
            "PLACE", [_pattern(nlp, n) for n in names] + [_pattern(nlp, n.upper()) for n in names]
        )

    def __call__(self, doc: Doc) -> Doc:
        found: dict[tuple[int, int], Region] = {}
        for _, start, end in self.matcher(doc):
            resolved = self._resolve(doc, start, end)
            if resolved is not None:
                found[resolved[:2]] = resolved[2]
        if self.districts:
            found.update(self._districts(doc))
        spans = filter_spans(
            [Span(doc, s, e, label=region.kind) for (s, e), region in found.items()]
        )
        doc.spans[EXTENSION] = spans
        seen: set[tuple[str, str]] = set()
        records = []
        for span in spans:
            region = found[span.start, span.end]
            if (region.name, region.kind) not in seen:
                seen.add((region.name, region.kind))
                records.append(
                    {"name": region.name, "kind": region.kind, "province": region.province}
                )
        doc._.set(EXTENSION, records)
        return doc

    def _prefix(self, doc: Doc, start: int) -> tuple[str | None, int]:
        """The kind named by the word(s) before ``start`` and where the prefix begins."""
        for width in (2, 1):
            if start - width < 0:
                continue
            tokens = doc[start - width : start]
            for words in (
                " ".join(t.lower_ for t in tokens),
                tokens.text.lower(),
            ):  # "wali kota", "kab."
                if words in PREFIXES:
                    return PREFIXES[words], start - width
        return None, start

    def _resolve(self, doc: Doc, start: int, end: int) -> tuple[int, int, Region] | None:
        text = doc[start:end].text
        candidates: Sequence[Region] = self.index.get(text) or self.index.get(_title(text)) or ()
        kind, prefix_start = self._prefix(doc, start)
        if kind:
            matching = [r for r in candidates if r.kind == kind]
            if not matching and kind == "province":  # "Gubernur Jakarta" is the province
                matching = [r for r in candidates if r.kind == "province"]
            if not matching:
                return None
            return prefix_start, end, _pick(matching)
        candidates = [r for r in candidates if r.kind != "district"]
        if not candidates or not self._bare_name_is_place(doc, start, end):
            return None
        return start, end, _pick(candidates)

    def _districts(self, doc: Doc) -> dict[tuple[int, int], Region]:
        """ "Kecamatan Menteng", "Kec. Cibinong", "Distrik Abepura": the longest district name
        after the prefix."""
        found = {}
        for token in doc:
            if token.lower_ not in DISTRICT_PREFIXES:
                continue
            first = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ".")
            for end in range(min(len(doc), first + 4), first, -1):
                name = doc[first:end].text
                regions = [
                    r
                    for r in self.index.get(name) or self.index.get(_title(name)) or ()
                    if r.kind == "district"
                ]
                if regions and name[:1].isupper():
                    found[token.i, end] = _one_district(regions)
                    break
        return found

    def _bare_name_is_place(self, doc: Doc, start: int, end: int) -> bool:
        if any(t.ent_type_ == "PER" for t in doc[start:end]):
            return False
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and _proper_word(before) and not before.is_sent_start:
            return False
        if after is not None and _proper_word(after) and after.text not in CALENDAR_WORDS:
            return False
        if end - start == 1 and is_common(doc[start].text):
            return before is not None and before.lower_ in PLACE_CUES
        return True


def _one_district(regions: list[Region]) -> Region:
    # Many districts share a name ("Sukamaju"); their province is known only when all agree.
    if len({r.province for r in regions}) == 1:
        return regions[0]
    return replace(regions[0], code="", province=None)


def _pattern(nlp: Language, name: str) -> Doc:
    # Plain names are split on spaces (the tokenizer is slow on 15,000 strings); names with
    # hyphens or apostrophes ("Toli-Toli", "Ma'u") go through the tokenizer to split as text does.
    if name.replace(" ", "").isalnum():
        return Doc(nlp.vocab, words=name.split())
    return nlp.make_doc(name)


def _title(text: str) -> str:
    return " ".join(
        w if len(w) <= 3 else w.capitalize() for w in text.split()
    )  # "JAWA BARAT" -> "Jawa Barat"


def _proper_word(token: Token) -> bool:
    """A capitalised word that is not an ordinary word: part of a longer proper name."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not is_common(token.text)
        and token.lower_ not in PREFIXES
        and token.text not in CALENDAR_WORDS
    )


def _pick(candidates: list[Region] | tuple[Region, ...]) -> Region:
    # A bare name shared by a city and a regency ("Bogor") is read as the city, the usual sense in
    # news.
    order = {"province": 0, "city": 1, "regency": 2, "district": 3}
    return min(candidates, key=lambda r: order[r.kind])


@Language.factory("newsintel_locations", default_config={"districts": True})
def make_location_recognizer(nlp: Language, name: str, districts: bool) -> LocationRecognizer:
    return LocationRecognizer(nlp, name, districts)
