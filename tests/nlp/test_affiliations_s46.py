"""A name after a comma that closes "STANDING-WORD BODY" belongs to the body (session 46,
people.py _standing_body_before_name, roles.yaml body_standing_words): "bos PT Sritex, Iwan
Lukminto" (dev7 308), "Humas Pengadilan Negeri Jogja, Heri Kurniawan", "personel Unit Reaksi
Cepat BPBD Kota Cimahi, Jaka Umbara" (the even half's three). Every sentence below is INVENTED
in the shape of those; the refusals are near shapes where the body is not the person's."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita hari ini", published=None).people


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
    # invented: the other connective "Selain itu" (no comma), the standing word after it
    (
        "Selain itu personel BPBD Kota Bogor, Agus Salim mengatakan posko pengungsian dibuka.",
        "Agus Salim",
        "BPBD Kota Bogor",
    ),
    # invented: "dan rekannya" after the name is the person's own colleague, not a list
    (
        "Terpisah, karyawan PT Sinar Harapan Abadi, Budi Santoso dan rekannya mengaku belum "
        "menerima gaji.",
        "Budi Santoso",
        "PT Sinar Harapan Abadi",
    ),
]


@pytest.mark.parametrize(("text", "name", "body"), READS)
def test_standing_word_gives_the_body(full_nlp, text, name, body):
    person = _people(full_nlp, text)[name]
    assert person["organization"] is not None
    assert body.split()[-1] in person["organization"] or person["organization"] in body
    # session 49: the standing phrase is the role (as the golds give it; "bos" none, dev7
    # 308's note); still no office
    role = person["role"]
    assert role is None if text.find(" bos ") >= 0 else role.split()[0].lower() in STANDING
    assert person["kind"] == "person"


STANDING = {"bos", "humas", "personel", "pegawai", "karyawan", "staf", "petugas"}


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
    # invented: the opening comma closes a passive clause: the officers are the agents of
    # "diperiksa"/"digerebek", the name the person examined (session 46 review)
    ("Usai diperiksa, petugas Polres Bogor, Budi Santoso ditahan di sel.", "Budi Santoso"),
    (
        "Saat digerebek, petugas Satnarkoba Polres Depok, Andi Saputra tidak melawan.",
        "Andi Saputra",
    ),
    # invented: a bare "itu" ending a noun phrase ("razia itu"), not "Sementara/Selain itu"
    (
        "Dalam razia itu petugas Polres Bogor, Budi Santoso ditangkap bersama barang bukti.",
        "Budi Santoso",
    ),
    (
        "Setelah menerima laporan itu petugas Polres Bogor, Budi Santoso langsung ditangkap.",
        "Budi Santoso",
    ),
    # invented: the list goes on after the name (", dan", another name, "dan" + a noun)
    (
        "Ia mengaku ditipu. Petugas BPBD Garut, Asep Sunandar, dan warga kemudian datang.",
        "Asep Sunandar",
    ),
    (
        "Para peserta berasal dari berbagai unsur, petugas BPBD Garut, Asep Sunandar, Dedi "
        "Mulyadi, dan Rina.",
        "Asep Sunandar",
    ),
    (
        "Ia mengaku ditipu. Petugas BPBD Garut, Asep Sunandar dan warga kemudian datang.",
        "Asep Sunandar",
    ),
    # invented: the standing phrase is itself an item of a list (a title before its comma)
    (
        "Rapat itu diikuti Bupati Garut, petugas BPBD Garut, Asep Sunandar, dan para relawan.",
        "Asep Sunandar",
    ),
    (
        "Rapat itu diikuti Bupati Garut, humas BPBD Garut, Asep Sunandar dan Dedi Mulyadi.",
        "Asep Sunandar",
    ),
]


@pytest.mark.parametrize(("text", "name"), REFUSES)
def test_near_shapes_give_no_body(full_nlp, text, name):
    person = _people(full_nlp, text).get(name)
    assert person is None or person["organization"] is None
