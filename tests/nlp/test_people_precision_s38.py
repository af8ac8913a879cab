"""People precision, session 38: a prosecutor's office section written by its short name
("Kasi Dal Ops", after even detik 358) is a title, no person; two famous names written as a
pair without their hyphen ("rezim Prabowo Gibran", after even detik 924) are two people when
the article names both in full. Sentences are shaped on those articles or invented (labelled)."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita", published=None).people


@pytest.mark.parametrize(
    ("text", "absent", "person", "role"),
    [
        # (shaped on even detik 358) the section head is met, not named: no person "Dal Ops"
        (
            "Mereka hendak bertemu Kasi Dal Ops di bidang pidana khusus. Namun, pejabat "
            "tersebut tidak berada di tempat.",
            "Dal Ops",
            None,
            None,
        ),
        # (invented) the same title before a name: the person keeps the whole title
        (
            "Kasi Dal Ops Kejati Sumsel Budi Santoso membenarkan kejadian itu.",
            "Dal Ops",
            "Budi Santoso",
            "Kasi Dal Ops",
        ),
        # (invented) the joined spelling
        (
            "Hal itu disampaikan Kasi Dalops Kejari OKI, Ahmad Fauzi, kepada wartawan.",
            "Dalops",
            "Ahmad Fauzi",
            "Kasi Dalops",
        ),
        # (invented) refused: a section the list does not hold keeps its old reading
        (
            "Kasi Penkum Kejati Sumsel Vanny Yulia Eka Sari mengatakan hal itu.",
            "Penkum",
            "Vanny Yulia Eka Sari",
            "Kasi Penkum",
        ),
    ],
)
def test_section_short_name(full_nlp, text, absent, person, role):
    people = _people(full_nlp, text)
    assert absent not in people
    if person:
        assert people[person]["role"] == role


def test_unhyphenated_pair_with_full_names(full_nlp):
    # (shaped on even detik 924: a demonstrators' banner quoted)
    text = (
        "Massa mengkritik Presiden Prabowo Subianto dan Wakil Presiden Gibran Rakabuming Raka. "
        "Mereka menilai satu tahun pemerintahan Prabowo-Gibran gagal. "
        '"1 tahun rezim Prabowo Gibran, 1 tahun ketahanan pangan palsu," tulis spanduk itu.'
    )
    people = _people(full_nlp, text)
    assert "Prabowo Gibran" not in people
    assert {"Prabowo Subianto", "Gibran Rakabuming Raka"} <= set(people)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # (invented) refused: one person's full name, its second word opens no other name
        (
            "Presiden Prabowo Subianto meresmikan gedung itu. Prabowo Subianto mengatakan "
            "gedung itu dibangun sejak 2023.",
            "Prabowo Subianto",
        ),
        # (invented) refused: the pair is never written in full, nothing says it is two
        ('"1 tahun rezim Prabowo Gibran," tulis spanduk itu.', "Prabowo Gibran"),
        # (invented, review) refused: common given names, each opening another person's name,
        # but the pair is never hyphenated: one person
        (
            "Film terbaru sutradara Joko Anwar diputar di Jakarta. Mantan Presiden Joko Widodo "
            "hadir bersama Perdana Menteri Malaysia Anwar Ibrahim dalam pemutaran perdana itu.",
            "Joko Anwar",
        ),
        (
            "Mantan Ketua MK Anwar Usman kembali disorot. Direktur Eksekutif Amnesty "
            "International Indonesia Usman Hamid menilai putusan itu cacat. Perdana Menteri "
            "Malaysia Anwar Ibrahim tidak berkomentar.",
            "Anwar Usman",
        ),
        (
            "Ketua RT setempat, Budi Santoso, mengatakan warga panik. Menteri Kesehatan Budi "
            "Gunadi Sadikin meninjau lokasi bersama Kapolres Santoso Wibowo.",
            "Budi Santoso",
        ),
        (
            "Pengamat militer Salim Said meninggal dunia. Ketua Umum Partai Demokrat Agus "
            "Harimurti Yudhoyono melayat. Nama Agus Salim diabadikan sebagai nama jalan di kota "
            "itu.",
            "Agus Salim",
        ),
        (
            "Ketua DPD Gerindra Ahmad Riza Patria hadir. Sekretaris DPD Ahmad Yani dan "
            "Bendahara Yani Rahmawati juga hadir dalam rapat itu.",
            "Ahmad Yani",
        ),
    ],
)
def test_unhyphenated_pair_refused(full_nlp, text, kept):
    assert kept in _people(full_nlp, text)


def test_unhyphenated_pairs_unit():
    from nlp.components.people import PersonMention, _unhyphenated_pairs

    # (invented) offsets as in "Prabowo Subianto ... Gibran Rakabuming Raka ... Prabowo Gibran"
    text = "Prabowo Subianto dan Gibran Rakabuming Raka; rezim Prabowo Gibran; era Prabowo-Gibran."
    mentions = [
        PersonMention(0, 16, "Prabowo Subianto"),
        PersonMention(21, 43, "Gibran Rakabuming Raka"),
        PersonMention(51, 65, "Prabowo Gibran", role="presiden"),
    ]
    assert text[51:65] == "Prabowo Gibran"
    out = _unhyphenated_pairs(mentions, text)
    assert [(m.start, m.end, m.name, m.role) for m in out[2:]] == [
        (51, 58, "Prabowo", "presiden"),
        (59, 65, "Gibran", None),
    ]
    # never hyphenated in the text: one person stays one
    unhyphenated = text.replace("Prabowo-Gibran", "Prabowo dan Gibran")
    assert _unhyphenated_pairs(mentions, unhyphenated) == mentions
    # "Subianto" opens no other name: one person stays one
    solo = [PersonMention(0, 16, "Prabowo Subianto"), PersonMention(30, 46, "Prabowo Subianto")]
    assert _unhyphenated_pairs(solo, text) == solo
