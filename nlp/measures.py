"""What a figure measures, as a normalised label a researcher can search and follow over time.

"jumlah peserta aktif mencapai 36,7 juta" and "pekerja aktif terdaftar sebanyak 40 juta" are both
``peserta_aktif`` (English ``active participants``). The vocabulary is data,
``nlp/data/measures.yaml``: each label has an English name, the kind of value it takes (count,
money, percent or any) and Indonesian cue phrases. A figure's label is, in order:

1. for a count, its unit's label ("21 tersangka" -> jumlah_tersangka);
2. the cue nearest before the number in the text since the previous figure of the sentence
   (the longest cue wins at one place: "inflasi inti" over "inflasi");
3. the measure of the previous figure of the same sentence when nothing new is named between them
   (lists: "Rp 54,6 miliar pada 2019, Rp 84,4 miliar pada 2020");
4. a cue elsewhere before it in the sentence, then one just after it;
5. a fallback from the words: ``jumlah_<unit>`` for a count, the head noun before a sum or a
   percentage ("tarifnya Rp 10 ribu" -> tarif).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from nlp.word_classes import is_non_noun, treebank_nouns

DATA_FILE = Path(__file__).resolve().parent / "data" / "measures.yaml"
MONEY_UNITS = {"rupiah", "USD", "EUR", "SGD", "MYR", "JPY", "CNY"}
PERCENT = "persen"
# Physical and other measuring units: they take labels of kind "any" only.
QUANTITY_UNITS = {
    "cm",
    "m",
    "meter",
    "km",
    "kilometer",
    "kg",
    "kilogram",
    "ton",
    "gram",
    "liter",
    "kali",
    "derajat",
    "mm",
    "hektare",
    "ha",
    "meter persegi",
    "kilo meter",
    "mw",
    "gw",
    "kwh",
    "kali lipat",
    "metrik ton",
}
# Words that open a clause without naming anything ("Adapun", "Sementara itu").
NOT_HEADS = {
    "adapun",
    "sementara",
    "namun",
    "selain",
    "kemudian",
    "lalu",
    "bahkan",
    "yakni",
    "yaitu",
    "itu",
    "ini",
    "tersebut",
    "sekitar",
    "total",
    "sebesar",
    "senilai",
    "sebanyak",
    "mencapai",
    "hingga",
    "tahun",
    "pada",
    "bulan",
    "per",
    "kini",
    "saat",
    "hanya",
    "sudah",
    "telah",
    "masih",
    "rp",
    "dan",
    "the",
    "of",
    "jumlah",
    "angka",
    "nilai",
    "dengan",
    "ada",
    "secara",
    "setiap",
    "tiap",
    "tahunan",
    "bulanan",
    "harian",
    "rupiah",
    "uang",
    "dolar",
    "mingguan",
    "yoy",
    "mtm",
    "qtq",
    "ytd",
    "masing-masing",
}
# Counted nouns that say nothing of what is counted: the words around them do ("166 titik Sekolah
# Rakyat").
GENERIC_UNITS = {
    "orang",
    "unit",
    "buah",
    "titik",
    "lokasi",
    "ekor",
    "lembar",
    "batang",
    "butir",
    "paket",
    "kali",
    "jiwa",
    "kasus",
}
NEAR_WORDS = 4
# A cue this short is an abbreviation ("ha", "kg"): no "-nya" after it.
SHORT_CUE = 2
_WORD = re.compile(r"[a-z][a-z-]*")


@dataclass(frozen=True)
class Measure:
    label: str
    en: str | None


def value_kind(unit: str | None) -> str:
    if unit in MONEY_UNITS:
        return "money"
    if unit == PERCENT:
        return "percent"
    lower = (unit or "").lower()
    if lower in QUANTITY_UNITS or lower in measure_vocabulary().measuring_units:
        return "quantity"
    if " per " in lower:  # "mikrogram per meter kubik", "kilogram per hektare": a rate measured
        return "quantity"
    return "count"


class MeasureVocabulary:
    def __init__(self, data: dict):
        self.en: dict[str, str | None] = {}
        self.kind: dict[str, str] = {}
        self.cue_labels: dict[str, list[str]] = {}
        for label, entry in (data.get("measures") or {}).items():
            self.en[label] = entry.get("en")
            self.kind[label] = entry.get("kind", "any")
            for cue in entry.get("cues") or []:
                self.cue_labels.setdefault(" ".join(cue.lower().split()), []).append(label)
        self.units: dict[str, str] = {k.lower(): v for k, v in (data.get("units") or {}).items()}
        # Indices whose values news writes without a unit ("IPM 74,39", "Indeks Risiko Bencana
        # 100,80"): the word that names one, the acronyms of the best-known, the words a long
        # form opens with when the article defines its own acronym ("Nilai Tukar Petani (NTP)"),
        # the words of a stock index, the words a whole-number value follows and the words that
        # make a number no value of the index.
        indices = data.get("indices") or {}
        self.index_words: frozenset[str] = frozenset(w.lower() for w in indices.get("words") or [])
        self.index_acronyms: dict[str, str] = dict(indices.get("acronyms") or {})
        self.index_excluded: frozenset[str] = frozenset(indices.get("excluded_words") or [])
        self.index_value_words: frozenset[str] = frozenset(indices.get("value_words") or [])
        self.index_refusals: frozenset[str] = frozenset(indices.get("refusals") or [])
        # Measuring units of several words ("barel setara minyak", "standar kaki kubik") and the
        # ber-/ter- words that are counted nouns after a classifier ("5 orang tersangka").
        self.measuring_units: tuple[str, ...] = tuple(
            sorted(
                {" ".join(u.lower().split()) for u in data.get("measuring_units") or []},
                key=len,
                reverse=True,
            )
        )
        self.affixed_counted_nouns: frozenset[str] = frozenset(
            w.lower() for w in data.get("affixed_counted_nouns") or []
        )
        self.index_openers: tuple[str, ...] = tuple(
            " ".join(w.lower().split()) for w in indices.get("long_form_openers") or []
        )
        # Words of money: the cues of the money measures and the money words that name no measure
        # of their own ("nilai", "dibayar"); whole words of lower-cased text.
        money = {
            c for c, labels in self.cue_labels.items() if "money" in map(self.kind.get, labels)
        }
        money |= {" ".join(w.lower().split()) for w in data.get("money_words") or []}
        self.money_re = _phrases_re(money)
        self.cue_re = _phrases_re(self.cue_labels)

    def _accepts(self, label: str, kind: str) -> bool:
        wanted = self.kind[label]
        return wanted == "any" or kind == "percent" or wanted == kind

    def _cue(self, text: str, kind: str, last: bool = True) -> str | None:
        found = None
        for match in self.cue_re.finditer(text.lower()):
            phrase = " ".join(match.group(0).split())
            labels = self.cue_labels.get(phrase) or self.cue_labels.get(phrase[:-3], [])
            label = next((lab for lab in labels if self._accepts(lab, kind)), None)
            if label:
                found = label
                if not last:
                    break
        return found

    def _head_cue(self, unit: str | None, kind: str) -> str | None:
        """A cue the unit starts with: its head noun ("penerima bantuan iuran" -> the label of
        "penerima"); a modifier's cue names something else ("wajib pajak" counts taxpayers, not
        tax)."""
        match = self.cue_re.match((unit or "").lower())
        if match is None:
            return None
        phrase = " ".join(match.group(0).split())
        labels = self.cue_labels.get(phrase) or self.cue_labels.get(phrase[:-3], [])
        return next((lab for lab in labels if self._accepts(lab, kind)), None)

    def label_of_unit(self, unit: str | None) -> str | None:
        return self.units.get((unit or "").lower())

    def measure(
        self,
        *,
        unit: str | None,
        since_previous: str,
        sentence_left: str,
        right: str,
        previous: tuple[str | None, str | None] | None,
    ) -> Measure:
        """The figure's measure from its unit, the text since the previous figure of its sentence,
        the sentence before it, the words after it and the previous figure's (measure, unit)."""
        kind = value_kind(unit)
        label = None
        if kind == "count":
            # "peserta aktif mencapai 40 juta pekerja": a cue right before the number names it more
            # closely than the unit; farther away, the unit ("KPK menetapkan 21 tersangka").
            near = " ".join(since_previous.split()[-NEAR_WORDS:])
            label = self._cue(near, kind) or self.label_of_unit(unit) or self._head_cue(unit, kind)
            if label is None and (unit or "").lower() not in GENERIC_UNITS:
                label = "jumlah_" + _slug(unit or "")  # "12 aset": the unit is the quantity
        label = label or self._cue(since_previous, kind)
        if (
            label is None
            and previous
            and previous[0]
            and value_kind(previous[1]) == kind
            and not _names_something(since_previous)
        ):
            label = previous[0]
        # Farther away, a percentage takes only the labels of percentages and sums.
        far_kind = "money" if kind == "percent" else kind
        label = (
            label
            or self._cue(sentence_left, far_kind)
            or self._cue(" ".join(right.split()[:5]), kind, last=False)
        )
        label = label or _fallback(unit, kind, since_previous)
        return Measure(label, self.en.get(label))


def _names_something(text: str) -> bool:
    """Whether the words between two figures name a new thing: a common noun, not a year, a link
    word or a name ("Rp 11,88 triliun, Musim Mas Group Rp 1,18 triliun" goes on listing)."""
    return any(
        _WORD.fullmatch(w) and w not in NOT_HEADS and not is_non_noun(w)
        for w in text.split()
        if w[:1].islower()
    )


def _fallback(unit: str | None, kind: str, left: str) -> str:
    if kind == "count" and unit:
        return "jumlah_" + _slug(unit)
    for word in reversed(left.split()):  # the noun nearest the number: "pecahan Rp 100.000"
        plain = word.strip("\"“”'‘’(),.:;").lower()
        if plain.endswith("nya") and len(plain) > 6:
            plain = plain[:-3]
        if (
            _WORD.fullmatch(plain)
            and len(plain) > 3
            and plain not in NOT_HEADS
            and (plain in treebank_nouns() or _noun_shape(plain))
            and word[:1].islower()
        ):
            return _slug(plain)
    return {"money": "nilai", "percent": "persentase"}.get(kind, "ukuran_" + _slug(unit or "nilai"))


def _noun_shape(word: str) -> bool:
    """pe-/ke-/per- ... -an nouns: "pecahan", "kenaikan", "penurunan", "tambahan"."""
    return (
        word.endswith("an")
        and len(word) > 6
        and not is_non_noun(word)
        and (word.startswith(("pe", "ke", "per")) or word.endswith("han"))
    )


def _phrases_re(phrases: Iterable[str]) -> re.Pattern:
    """Whole words of any of ``phrases`` (the longest first), a phrase's own spaces matching any
    run of spaces, "-nya" allowed after it ("luasnya") unless it is an abbreviation of two letters
    or fewer: "ha" (hectare) + "nya" is "hanya" (only); lower-cased text is searched."""
    ordered = sorted(phrases, key=len, reverse=True)

    def alternation(cues: list[str]) -> str:
        return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)

    short = [c for c in ordered if len(c) <= SHORT_CUE]
    long = [c for c in ordered if len(c) > SHORT_CUE]
    inflected = f"(?:{alternation(long)})(?:nya)?" if long else ""
    bare = f"(?:{alternation(short)})" if short else ""
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(p for p in (inflected, bare) if p) + r")(?![\w-])"
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "nilai"


@lru_cache(maxsize=1)
def measure_vocabulary(path: Path = DATA_FILE) -> MeasureVocabulary:
    with Path(path).open(encoding="utf-8") as handle:
        return MeasureVocabulary(yaml.safe_load(handle))
