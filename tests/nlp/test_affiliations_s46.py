"""A name after a comma that closes "STANDING-WORD BODY" belongs to the body (session 46,
people.py _standing_body_before_name, roles.yaml body_standing_words): "bos PT Sritex, Iwan
Lukminto" (dev7 308), "Humas Pengadilan Negeri Jogja, Heri Kurniawan", "personel Unit Reaksi
Cepat BPBD Kota Cimahi, Jaka Umbara" (the even half's three). Every sentence below is INVENTED
in the shape of those; the refusals are near shapes where the body is not the person's."""

from __future__ import annotations

import pytest


def _people(nlp, text: str) -> dict[str, dict]:
    from nlp.extract import extract_documents

    found = extract_documents(
        [{"title": "Berita hari ini", "text": text, "published": None}], nlp=nlp
    )
    return {p["name"]: p for p in found[0]["people"]}


READS = [
    # invented: "bos" after a clause's comma, a company, then the name
    (
        "Dalam kasus itu, bos PT Sinar Harapan Abadi, Budi Santoso ditetapkan sebagai "
        "tersangka oleh penyidik.",
        "Budi Santoso",
        "PT Sinar Harapan Abadi",
    ),
    # invented: "Humas" opening the clause after "Terpisah,"
    (
        "Terpisah, Humas Pengadilan Negeri Semarang, Rudi Hartono, memaparkan perkara itu "
        "sudah masuk sidang perdana.",
        "Rudi Hartono",
        "Pengadilan Negeri Semarang",
    ),
    # invented: "personel" after "Sementara itu", a unit's name before the body
    (
        "Sementara itu personel Tim Reaksi Cepat BPBD Kota Bogor, Agus Salim mengatakan banjir "
        "masih merendam beberapa titik.",
        "Agus Salim",
        "BPBD Kota Bogor",
    ),
]


@pytest.mark.parametrize(("text", "name", "body"), READS)
def test_standing_word_gives_the_body(full_nlp, text, name, body):
    person = _people(full_nlp, text)[name]
    assert person["organization"] is not None
    assert body.split()[-1] in person["organization"] or person["organization"] in body
    assert person["role"] is None  # a standing, not an office


REFUSES = [
    # invented: a source list ("dan Humas Polri"), the name the subject of the next clause
    (
        "Dikutip dari laman resmi TribrataNews dan Humas Polri, Brigadir Rina Marlina memulai "
        "kariernya pada 2014.",
        "Rina Marlina",
    ),
    # invented: no standing word, the body an object before a comma
    (
        "Warga melapor ke Polres Bogor, Budi Santoso mengatakan kasus itu akan diusut.",
        "Budi Santoso",
    ),
    # invented: the standing word not opening its clause ("para bos PT X")
    (
        "Pertemuan para bos PT Sinar Harapan Abadi, Budi Santoso dan Ani Lestari berlangsung "
        "tertutup.",
        "Budi Santoso",
    ),
    # invented: "bos" of a body, but no comma before the name (a list or an object)
    (
        "Dalam kasus itu, bos PT Sinar Harapan Abadi menemui Budi Santoso di Jakarta.",
        "Budi Santoso",
    ),
]


@pytest.mark.parametrize(("text", "name"), REFUSES)
def test_near_shapes_give_no_body(full_nlp, text, name):
    person = _people(full_nlp, text).get(name)
    assert person is None or person["organization"] is None
