"""Session 49: a standing word before a body and the name after a comma gives the person the
standing phrase as a role as well as the body (people.py _standing_body_before_name,
_standing_role): "Sementara itu personel Unit Reaksi Cepat BPBD Kota Cimahi, Jaka Umbara"
(dev9 756: gold role "personel Unit Reaksi Cepat"), "Terpisah, Humas Pengadilan Negeri Jogja,
Heri Kurniawan" (even half 294: annotated "Humas PN Jogja"). Every sentence below is INVENTED
in the shape of those; the refusals are near shapes where the phrase is not the person's."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita hari ini", published=None).people


READS = [
    # invented: the unit's words between the standing word and the body stay in the role
    (
        "Sementara itu personel Tim Reaksi Cepat BPBD Kota Bogor, Agus Salim mengatakan banjir "
        "masih merendam beberapa titik.",
        "Agus Salim",
        "personel Tim Reaksi Cepat",
    ),
    # invented: the standing word alone, written capitalised after "Terpisah,"
    (
        "Terpisah, Humas Pengadilan Negeri Semarang, Rudi Hartono, memaparkan perkara itu "
        "sudah masuk sidang perdana.",
        "Rudi Hartono",
        "Humas",
    ),
    # invented: a company's form word belongs to the body, not the role
    (
        "Terpisah, karyawan PT Sinar Harapan Abadi, Budi Santoso mengaku belum menerima gaji.",
        "Budi Santoso",
        "karyawan",
    ),
    # invented: "pegawai" of a company after a sentence's stop
    (
        "Mobil itu dibeli tahun lalu. Pegawai PT Sinar Harapan Abadi, Budi Santoso mengaku "
        "tidak tahu soal pajaknya.",
        "Budi Santoso",
        "Pegawai",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), READS)
def test_standing_phrase_is_the_role(full_nlp, text, name, role):
    person = _people(full_nlp, text)[name]
    assert person["role"] == role
    assert person["organization"] is not None
    assert person["kind"] == "person"  # a standing, not an office


REFUSES = [
    # invented: the standing phrase an object in mid-clause, no opener before it
    ("Ia menemui staf PT Sinar Harapan Abadi, Budi Santoso, di kantornya.", "Budi Santoso"),
    # invented: a passive clause before the comma: the officers are its agents
    ("Usai diperiksa, petugas Polres Bogor, Budi Santoso ditahan di sel.", "Budi Santoso"),
    # invented: the list goes on after the name
    (
        "Ia mengaku ditipu. Petugas BPBD Garut, Asep Sunandar, dan warga kemudian datang.",
        "Asep Sunandar",
    ),
    # invented: a source list ("dan Humas Polri"), the name the next clause's subject
    (
        "Dikutip dari laman resmi TribrataNews dan Humas Polri, Brigadir Rina Marlina memulai "
        "kariernya pada 2014.",
        "Rina Marlina",
    ),
]


def test_a_boss_gets_the_body_and_no_role(full_nlp):
    # invented: "bos" is colloquial, no standing the golds give as a role (dev7 308's note)
    person = _people(
        full_nlp,
        "Dalam kasus itu, bos PT Sinar Harapan Abadi, Budi Santoso ditetapkan sebagai tersangka.",
    )["Budi Santoso"]
    assert person["role"] is None
    assert person["organization"] is not None


@pytest.mark.parametrize(("text", "name"), REFUSES)
def test_near_shapes_give_no_standing_role(full_nlp, text, name):
    person = _people(full_nlp, text).get(name)
    role = (person or {}).get("role") or ""
    assert role.split()[:1] not in (["staf"], ["petugas"], ["Petugas"], ["Humas"])


def test_a_title_after_the_comma_keeps_its_office(full_nlp):
    # invented: the person has a title of his own: the standing reader does not touch him
    person = _people(
        full_nlp,
        "Terpisah, personel BPBD Kota Bogor, Kepala Pelaksana BPBD Kota Bogor Agus Salim "
        "mengatakan posko dibuka.",
    )["Agus Salim"]
    assert person["role"] == "Kepala Pelaksana"
