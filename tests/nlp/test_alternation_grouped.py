"""The grouped alternation (nlp.lexicon.alternation, session 32 speed) matches exactly what the
flat longest-first alternation matches. Sentences are invented."""

from __future__ import annotations

import re

import pytest

from nlp.lexicon import alternation, roles


def _flat(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


WORDS = [
    "Ketua", "Ketua Umum", "ketua umum", "Kepala", "Kepala Dinas", "Kadis", "K", "Ke",
    "Wakil", "Wakil Ketua", "Wali Kota", "wamen", "Wamenkeu", "Menteri", "Menko", "Pj.",
    "Pj", "Plt", "Plt.", "Co-Founder", "CEO", "Direktur", "Direktur Utama", "Dirut",
]  # fmt: skip
TEXTS = [
    "Ketua Umum Partai itu, Budi, bertemu Wakil Ketua DPRD dan Kadis PU (invented).",
    "Plt. Kepala Dinas  Pendidikan hadir; Pj Wali Kota dan Co-Founder startup juga.",
    "KETUA UMUM dan wamenkeu serta Menko, K, Ke, Kepala\nDinas, Direktur Utama, Dirut.",
    "Keterangan Kadisnya tidak jelas; Menterinya dan Ketuanya, \u212aetua (Kelvin sign).",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_grouped_alternation_matches_the_flat_one(flags: int) -> None:
    grouped = re.compile(rf"(?<![\w-]){alternation(WORDS)}(?![\w-])", flags)
    flat = re.compile(rf"(?<![\w-]){_flat(WORDS)}(?![\w-])", flags)
    assert "(?=" in grouped.pattern  # long enough to be grouped
    found = 0
    for text in TEXTS:
        spans = [m.span() for m in grouped.finditer(text)]
        assert spans == [m.span() for m in flat.finditer(text)]
        found += len(spans)
    assert found >= 10


def test_role_titles_read_the_same() -> None:
    r = roles()
    words = [*r.heads, *r.abbreviations]
    grouped = re.compile(rf"(?<![\w-]){alternation(words)}(?![\w-])", re.IGNORECASE)
    flat = re.compile(rf"(?<![\w-]){_flat(words)}(?![\w-])", re.IGNORECASE)
    text = " ".join(TEXTS) + " " + " ".join(sorted(words))
    assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in flat.finditer(text)]


def test_short_or_unusual_lists_stay_flat() -> None:
    assert "(?=" not in alternation(["Ketua", "Wakil"])
    assert "(?=" not in alternation([*WORDS, "(Plt)"])  # an opening that is no letter
