"""People precision (session 51) on invented sentences (all labelled invented; no figure from
them is a generalisation figure): a surname that is also a title's later word ("Utama" of
"Direktur Utama", "Muda" of "Jaksa Agung Muda", "Agung" of "Jaksa Agung") closes the name
before it ("Ryan Utama", not "Ryan"). It must not glue a title written whole ("Direktur Utama"
after a name), nor read a body or a building ("Kejaksaan Agung", "Masjid Agung", "Universitas
Islam Sultan Agung") as a person."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita", published=None).person_list
_NO_TITLE = Reading(published=None)
_untitled_people = _NO_TITLE.person_list


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: a head of an office whose surname is "Utama", then named short
        (
            "Plt Kepala Dinas Tenaga Kerja Kota Bandung Ryan Utama mengatakan program itu "
            "berjalan baik. Menurut Ryan, peserta bertambah.",
            "Ryan Utama",
        ),
        # invented: the surname "Muda" between commas after a prosecutor's title
        (
            "Kepala Seksi Pidana Khusus Kejari Bogor, Andi Muda, mengatakan berkas sudah lengkap.",
            "Andi Muda",
        ),
    ],
)
def test_a_title_word_closing_a_name_is_the_surname(full_nlp, text, name):
    people = _people(full_nlp, text)
    assert name in people
    assert name.split()[0] not in people


@pytest.mark.parametrize(
    "text, absent",
    [
        # refusals (invented): the title written whole after a name, bodies and buildings
        (
            "Direktur Utama BPJS Ketenagakerjaan Anggoro Eko Cahyo hadir di Kejaksaan Agung, "
            "Jakarta.",
            "Cahyo Kejaksaan Agung",
        ),
        ("Warga menuju Universitas Islam Sultan Agung (Unissula) di Semarang.", "Sultan Agung"),
        ("Rapat digelar di Masjid Agung, kata Budi Santoso.", "Masjid Agung"),
        ("Jaksa Agung Muda Pidana Khusus Febrie Adriansyah hadir.", "Agung Muda"),
    ],
)
def test_title_words_of_bodies_and_titles_stay_out_of_names(full_nlp, text, absent):
    people = _people(full_nlp, text)
    assert not any(absent in p or p in ("Sultan Agung", "Masjid Agung") for p in people)


def test_a_title_written_whole_after_a_name_is_not_glued(full_nlp):
    # invented: the name, then its title "Direktur Utama" in running text
    text = "Kata Budi Santoso Direktur Utama PT Maju Jaya, pabrik itu dibuka Senin (6/10)."
    people = _people(full_nlp, text)
    assert not any(p.endswith("Utama") for p in people)


def _titled_people(full_nlp, title: str, text: str) -> list[str]:
    return _NO_TITLE.person_list(full_nlp, text, title)


def test_headline_verb_and_object_are_no_person(full_nlp):
    # invented: a Title Case headline "TITLE BODY Verb Object"; the body writes the verb in
    # lower case and never the pair
    people = _titled_people(
        full_nlp,
        "Anggota DPR Beli Maung untuk Dinas",
        "Seorang anggota DPR membeli mobil Maung untuk kegiatan dinas. Ia mengaku beli mobil "
        "itu dengan uang pribadi, kata Ketua Fraksi Budi Santoso.",
    )
    assert "Beli Maung" not in people
    assert "Budi Santoso" in people


@pytest.mark.parametrize(
    "title, text, name",
    [
        # refusals (invented): a name in the title the body writes too, and a name in the
        # title only whose first word the body never writes in lower case
        (
            "Ahmad Luthfi Tinjau Banjir di Demak",
            "Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir di Demak, Senin (6/10).",
            "Ahmad Luthfi",
        ),
        (
            "Dewi Sartika Raih Penghargaan",
            "Guru asal Bandung itu menerima penghargaan dari menteri. Dewi Sartika mengaku "
            "senang, katanya.",
            "Dewi Sartika",
        ),
    ],
)
def test_names_of_the_title_the_body_confirms_stay(full_nlp, title, text, name):
    assert name in _titled_people(full_nlp, title, text)


@pytest.mark.parametrize(
    "text, people",
    [
        # refusals (invented, the review's probes): an item with no title has no headline;
        # its first line is body text, whose names stay even when the first name is also a
        # common word the text writes in lower case ("teguh", "wahyu")
        (
            "Teguh Prakoso dilantik sebagai Kapolres Bogor, Senin (6/10).\n"
            "AKBP Teguh berjanji teguh memberantas narkoba.",
            ["Teguh Prakoso"],
        ),
        (
            "Teguh Prakoso resmi menjabat Kapolres Bogor.\n\n"
            "Kapolres AKBP Teguh berjanji teguh memberantas narkoba di wilayahnya.",
            ["Teguh Prakoso"],
        ),
        (
            "Wakil Ketua DPR Adies Kadir meminta Wahyu Setiawan hadir.\n"
            "Wahyu tidak hadir. Adies menyebut wahyu itu tak datang.",
            ["Wahyu Setiawan"],
        ),
    ],
)
def test_an_item_without_title_has_no_headline_words(full_nlp, text, people):
    assert _untitled_people(full_nlp, text) == people


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: an age in brackets after a space closes the name ("Utama (43)")
        (
            "Kapolsek Menteng Kompol Reza Utama (43) mengatakan pelaku ditangkap.",
            "Reza Utama",
        ),
        # invented: the same after a name ending in an initial
        ("Asisten II Pemkot Bogor, Helmi D (43) mengatakan dana sudah cair.", "Helmi D"),
    ],
)
def test_a_bracket_after_a_space_closes_the_name(full_nlp, text, name):
    people = _people(full_nlp, text)
    assert name in people
    assert name.split()[0] not in people


@pytest.mark.parametrize(
    "text",
    [
        # refusals (invented): a title's or a body's word before a bracket is no surname
        "Budi Santoso, Direktur Utama (Dirut) PT Maju Jaya, mengatakan pabrik dibuka.",
        "Kejaksaan Agung (Kejagung) menyebut berkas lengkap, kata Budi Santoso.",
        "Jaksa Agung (JA) Sanitiar Burhanuddin mengatakan berkas lengkap.",
    ],
)
def test_a_bracket_after_a_title_word_glues_nothing(full_nlp, text):
    people = _people(full_nlp, text)
    assert not any(p.endswith(("Utama", "Agung")) for p in people)
