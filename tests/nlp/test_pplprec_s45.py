"""People precision (session 45) on invented sentences (all labelled invented; no figure from
them is a generalisation figure): a sentence adverb in -nya read as a person by the apposition
("Ironisnya, guru ..."), a country inside a run closing the body's name before a person
("Galderma Indonesia Mesza Reinaldo"), a name's fans as a group ("Jokowi Mania") and an event
written before an ordinal ("Dies Natalis ke-68"). Each rule has cases where it must not act:
real foreign names, names in -nya, a title before a name, a person's name ending in a place."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita", published=None).roles


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: sentence adverbs in -nya before an apposition-like clause
        ("Ironisnya, guru di sekolah itu belum pernah mendengar Reddit.", "Ironisnya", False),
        ("Mirisnya, guru di sekolah itu belum pernah membaca buku itu.", "Mirisnya", False),
        ("Anehnya, guru di sekolah itu tidak tahu kabar itu.", "Anehnya", False),
        ("Sialnya, pengendara motor itu tidak memakai helm.", "Sialnya", False),
        # refusal (invented): a name in -nya known to the gazetteer
        ("Sonya, guru di sekolah itu, belum pernah mendengar Reddit.", "Sonya", True),
        # refusals (invented; session 45 review): one-word names in -nya of no list, with an
        # apposition closed by a second comma
        ("Zahranya, siswi kelas XII, meraih juara lomba pidato.", "Zahranya", True),
        (
            "Delvannya, mahasiswi Universitas Padjadjaran, menjadi korban pelecehan di angkutan"
            " umum.",
            "Delvannya",
            True,
        ),
    ],
)
def test_sentence_adverb_in_nya_is_no_person(full_nlp, text, name, person):
    """``person_names._sentence_adverb``: a sentence adverb in -nya of the closed list
    (sentence_adverbs_nya.txt) opening its sentence before a comma."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names


@pytest.mark.parametrize(
    "text, index, adverb",
    [
        ("Ironisnya, harga naik.", 0, True),
        # refusals (invented): not opening the sentence, no comma, words in -nya of no list
        ("Kemarin Ironisnya, warga setempat, datang.", 1, False),
        ("Ironisnya harga naik.", 0, False),
        ("Tanya, warga setempat, datang.", 0, False),
        ("Zevannya, warga setempat, datang.", 0, False),
        ("Zahranya, siswi kelas XII, datang.", 0, False),
    ],
)
def test_sentence_adverb_helper(full_nlp, text, index, adverb):
    """``_sentence_adverb`` on its own: each of its conditions refuses."""
    from nlp.names import DocWords
    from nlp.person_names import _sentence_adverb

    assert _sentence_adverb(DocWords(full_nlp(text)), index) is adverb


@pytest.mark.parametrize(
    "text, kept, lost",
    [
        # invented: a company's national branch glued before its director's name
        (
            "Managing Director Galderma Indonesia Mesza Reinaldo menyampaikan hal itu.",
            "Mesza Reinaldo",
            "Galderma Indonesia Mesza Reinaldo",
        ),
        (
            "CEO Lumora Singapura Daniel Tan mengatakan penjualan naik.",
            "Daniel Tan",
            "Lumora Singapura Daniel Tan",
        ),
        # refusals (invented): a title then a country then the person, as before
        ("Presiden Prancis Emmanuel Macron tiba di Jakarta.", "Emmanuel Macron", None),
        ("Dubes China Xie Feng bertemu Menlu di Jakarta.", "Xie Feng", None),
        # a country at the end of a name is place_surname()'s, not this rule's
        ("Menurut Prabowo Indonesia tidak akan menyerah, kata Budi Santoso.", "Budi Santoso", None),
    ],
)
def test_country_inside_a_run_closes_the_body(full_nlp, text, kept, lost):
    """``person_names._past_a_country_inside``: a single-word country with two words or more
    after it and a word that is no personal name before it ends a body's name or a title."""
    names = _people(full_nlp, text)
    assert kept in names, names
    if lost:
        assert lost not in names, names


def test_past_a_country_inside_needs_two_words_after(full_nlp):
    """The rule leaves a run whose country has fewer than two words after it."""
    from nlp.names import DocWords
    from nlp.person_names import _past_a_country_inside

    doc = full_nlp("Galderma Indonesia Mesza datang.")
    ctx = DocWords(doc)
    assert _past_a_country_inside(ctx, 0, 3) == 0
    doc = full_nlp("Galderma Indonesia Mesza Reinaldo datang.")
    ctx = DocWords(doc)
    assert _past_a_country_inside(ctx, 0, 4) == 2
    # refusal (invented): a country after a word of a personal name stays inside the name
    ctx = DocWords(full_nlp("Ahmad China Budi Santoso datang."))
    assert _past_a_country_inside(ctx, 0, 4) == 0


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: a supporters' group named after a politician
        ("Ia pernah menjabat Ketua Umum Relawan Jokowi Mania.", "Jokowi Mania", False),
        ("Ia mendirikan kelompok Relawan Ganjar Pranowo Mania.", "Ganjar Pranowo Mania", False),
        ("Pendukung yang menamakan diri Bonek Mania memadati stadion.", "Bonek Mania", False),
        # refusal (invented): the politician himself, written on his own
        (
            "Ia pernah menjabat Ketua Umum Relawan Jokowi Mania. Jokowi lalu menang.",
            "Jokowi",
            True,
        ),
        # invented: the group's name cut from the person after it
        (
            "Ketua Umum Relawan Jokowi Mania Immanuel Ebenezer melaporkan akun itu.",
            "Immanuel Ebenezer",
            True,
        ),
        # refusal (invented; session 45 review): "Mania" inside a personal name
        (
            "Hal itu disampaikan kemarin. Penjual bernama Siti Mania Rahayu ditangkap polisi.",
            "Siti Mania Rahayu",
            True,
        ),
    ],
)
def test_fans_group_is_no_person(full_nlp, text, name, person):
    """``person_names._fans_word``: "Mania" (fans_words.txt) names the fans of the name before
    it where no middle name stands: last of its run, or after a one-word famous name."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: an anniversary written with its ordinal
        ("Kampus itu memamerkan riset pada peringatan Dies Natalis ke-68.", "Dies Natalis", False),
        # refusals (invented): an ordinal after a title, and a name written once without one
        ("Presiden ke-7 Joko Widodo hadir dalam acara itu.", "Joko Widodo", True),
        (
            # the person kept, under the name with his title ("Sultan" is of the name list)
            "Sultan Hamengku Buwono ke-10 hadir. Hamengku Buwono menyampaikan sambutan.",
            "Sultan Hamengku Buwono",
            True,
        ),
        # refusals (invented; session 45 review): a person written once before an ordinal (a
        # birthday, a ranking, a race position): a word of the name list holds the ordinal off
        ("Pada ulang tahun Prabowo Subianto ke-74, para menteri datang.", "Prabowo Subianto", True),
        (
            "Hal itu disampaikan kemarin. Pada HUT Megawati Soekarnoputri ke-78, kader PDIP"
            " menggelar doa bersama.",
            "Megawati Soekarnoputri",
            True,
        ),
        (
            "Hal itu disampaikan kemarin. Hasil FP1: Marc Marquez tercepat, disusul Francesco"
            " Bagnaia ke-2 dan Pedro Acosta ke-3.",
            "Francesco Bagnaia",
            True,
        ),
        (
            "Di belakangnya, Pedro Acosta ke-5 dan Brad Binder ke-6 dalam sesi latihan bebas.",
            "Brad Binder",
            True,
        ),
        (
            "Hal itu disampaikan kemarin. Anthony Sinisuka Ginting ke-8 dunia harus mundur karena"
            " cedera.",
            "Anthony Sinisuka Ginting",
            True,
        ),
    ],
)
def test_name_before_an_ordinal_is_an_event(full_nlp, text, name, person):
    """``people._followed_by_a_year``: an ordinal ("ke-68") after a name with no word of the
    name list, as a year, makes the name an event's when no other writing of it reads as a
    person's."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names
