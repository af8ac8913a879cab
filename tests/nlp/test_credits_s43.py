"""Bylines (session 43): a credit marker that is also a common noun opening a headline or a
sentence ("Laporan Keuangan ...", "Editor senior ... meninggal") gives no byline. The headline
is never a credit line, and a credit written without a colon holds only the name on its line
(a separator or the line's end after it). Sentences are invented."""

from __future__ import annotations

import pytest


def _credits(analyse, text: str) -> set[str]:
    return {p["name"] for p in analyse(text)["people"] if p.get("kind") == "byline"}


@pytest.mark.parametrize(
    "text",
    [
        "Laporan Keuangan PT Maju Jaya Dirilis\nPerusahaan merilis laporan keuangan kemarin.",
        "Editor Senior Tempo Meninggal Dunia\nKabar duka datang dari dunia pers.",
        "Penulis Novel Laskar Pelangi Raih Penghargaan\nSang penulis meraih penghargaan.",
        "Kabar Duka\nEditor senior Tempo Budi Santoso meninggal dunia kemarin.",
        "Kabar Duka\nWartawan Senior Budi Santoso meninggal dunia kemarin di Jakarta.",
    ],
)
def test_a_headline_or_a_sentence_is_no_credit(analyse, text):
    assert not _credits(analyse, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Banjir Rendam Jakarta\nOleh Budi Santoso\nBanjir merendam Jakarta.", {"Budi Santoso"}),
        ("Banjir Rendam Jakarta\nOleh Budi Santoso, Jakarta\nBanjir merendam.", {"Budi Santoso"}),
        ("Banjir Rendam Jakarta\nLaporan: Budi Santoso\nBanjir merendam.", {"Budi Santoso"}),
        # the time of writing after the name (the invented blind2 set's Liputan6 byline)
        (
            "Banjir Rendam Jakarta\nOleh Putri Ayu Maharani pada 17 Sep 2025, 13:30 WIB\nBanjir.",
            {"Putri Ayu Maharani"},
        ),
        (
            "Banjir Rendam Jakarta\nReporter: Siti Aminah | Editor: Budi Santoso\nBanjir.",
            {"Siti Aminah", "Budi Santoso"},
        ),
        (
            "Banjir Rendam Jakarta\nLaporan Wartawan Tribunbanyumas.com, Hanif Nur Rahman\nBanjir.",
            {"Hanif Nur Rahman"},
        ),
    ],
)
def test_a_credit_line_stays(analyse, text, names):
    assert _credits(analyse, text) == names
