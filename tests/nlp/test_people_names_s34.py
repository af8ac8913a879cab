"""People names, session 34: a nickname quoted between a person's first and last names
(after even detik 490 and 522, "Munafri 'Appi' Arifuddin"), and what must not read so."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita", published=None).people


@pytest.mark.parametrize(
    ("text", "person", "role", "absent"),
    [
        # (even detik 490, shortened) the title's person is the whole name; the nickname later
        # alone is the same man, no second person
        (
            "Ketua DPD II Golkar Makassar Munafri 'Appi' Arifuddin menyinggung soal hilangnya "
            "kursi ketua DPRD Sulawesi Selatan. Appi menilai itu mesti menjadi target.",
            "Munafri Arifuddin",
            "Ketua DPD II Makassar",
            ("Munafri", "Appi"),
        ),
        # (even detik 522, shortened) the same with a speech verb after the nickname alone
        (
            "Wali Kota Makassar Munafri 'Appi' Arifuddin mengatakan, perwali ini akan "
            'disosialisasikan. "Itu sebelum Desember," imbuh Appi.',
            "Munafri Arifuddin",
            "Wali Kota Makassar",
            ("Munafri", "Appi"),
        ),
        # (invented) double quotes, a common word as the nickname
        (
            'Politikus PDIP Bambang "Pacul" Wuryanto mengatakan hal itu. Pacul menyebut rapat '
            "ditunda.",
            "Bambang Wuryanto",
            "Politikus",
            ("Bambang", "Pacul"),
        ),
    ],
)
def test_quoted_nickname_inside_a_name(full_nlp, text, person, role, absent):
    people = _people(full_nlp, text)
    assert people[person]["role"] == role
    for name in absent:
        assert name not in people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # (invented) a quoted phrase after a name, then words that are no name: left as main
        ('Menurut Budi Santoso "Kami Siap" Jakarta tetap aman, kata dia.', "Budi Santoso"),
        # (invented) a quoted title of a work after a name, then a body
        (
            "Penyanyi Rina Wati 'Rindu' Kementerian Pariwisata memutar lagu itu kemarin.",
            "Rina Wati",
        ),
        # (invented) a quoted verb between two people, as headlines write it: both stay
        (
            "Menteri ESDM Bahlil Lahadalia 'Sentil' Erick Thohir soal impor minyak.",
            "Bahlil Lahadalia",
        ),
        (
            "Presiden Prabowo Subianto 'Semprot' Sri Mulyani dalam rapat kabinet kemarin.",
            "Prabowo Subianto",
        ),
        ('Ketua Umum PSI Kaesang Pangarep "Sindir" Anies Baswedan, kata dia.', "Kaesang Pangarep"),
        ("Menurut Budi Santoso 'Jakarta' Sudirman Said menjadi calon kuat.", "Budi Santoso"),
        # (invented) a quoted epithet, then a place
        (
            "Anggota DPR Ahmad Sahroni 'Crazy Rich' Tanjung Priok dilaporkan ke MKD.",
            "Ahmad Sahroni",
        ),
    ],
)
def test_quoted_words_that_are_no_nickname(full_nlp, text, person):
    people = _people(full_nlp, text)
    assert person in people
    assert not any(name.startswith(person + " ") for name in people)
