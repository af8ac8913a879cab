"""People precision (session 41) on invented sentences (all labelled invented; no figure from
them is a generalisation figure): a name the article only ever writes as a place, a list of
places a place word opens, the press's one-word short titles (Walkot, Kasintel, Kalakhar,
Sesmenko) and English words of bodies (Magazine, Circus, Journal). Each rule has
cases where it must not act."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita", published=None).roles


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: a list of districts a place word opens; its later items are places
        (
            "Banjir melanda Kecamatan Setia Bakti, Krueng Sabe, Pasie Raya, dan Darul Hikmah.",
            "Pasie Raya",
            False,
        ),
        (
            "Gampong Meunasah Krueng, Blang Bintang, dan Lam Ujong terendam banjir.",
            "Lam Ujong",
            False,
        ),
        # invented: the name only ever after "di" or a place word
        (
            "Banjir bandang menerjang kota itu. Warga di Lubuk Basung mengungsi ke masjid.",
            "Lubuk Basung",
            False,
        ),
        (
            "Massa berkumpul di Jalan Ahmad Yani. Polisi menutup Jalan Ahmad Yani sore itu.",
            "Ahmad Yani",
            False,
        ),
        # refusals (invented): one mention reads the name as a person's
        (
            "Massa berkumpul di Jalan Ahmad Yani. Hal itu disampaikan Ahmad Yani kepada wartawan.",
            "Ahmad Yani",
            True,
        ),
        # two items after a place are a title's place and its holder, not a list of places
        (
            "Wali Kota Solo, Respati Ardi, dan Wakil Wali Kota Astrid Widayani hadir.",
            "Respati Ardi",
            True,
        ),
        # a list of people after a sentence naming a place
        (
            "Ia tinggal di Kecamatan Cibinong. Budi Santoso, Ahmad Yani, dan Rudi hadir.",
            "Ahmad Yani",
            True,
        ),
        # a place in a title ("Kepala Desa"): the name after it is the holder
        (
            "Kepala Desa Sukamaju, Budi Santoso, Ahmad Fauzi, dan Rudi Hartono hadir.",
            "Ahmad Fauzi",
            True,
        ),
    ],
)
def test_name_only_written_as_a_place(full_nlp, text, name, person):
    """``_only_written_as_a_place``: a name no capitalised word runs into is set aside only
    where every writing of it is a place's (after "di", a place word, or in a list of three
    or more that a place word opens)."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names


def test_list_conjunction_is_no_lower_case_apposition():
    """ ", dan Darul Hikmah" is a list's next item, not an apposition (", warga setempat")."""
    from nlp.components.people import _LOWER_APPOSITION

    assert _LOWER_APPOSITION.match(", warga setempat", 0)
    assert _LOWER_APPOSITION.match(", dan Darul", 0) is None
    assert _LOWER_APPOSITION.match(", serta Budi", 0) is None
    assert _LOWER_APPOSITION.match(", dantrik", 0)  # a word that only begins like "dan"


@pytest.mark.parametrize(
    "text, name, role",
    [
        # invented: the one-word short titles move into the role
        ("Kalakhar BPBD Agam Suratno mengatakan banjir surut.", "Suratno", "Kalakhar"),
        ("Hal itu disampaikan Sesmenko Susiwijono di Jakarta.", "Susiwijono", "Sesmenko"),
        (
            "Kasintel Kejari Medan, Budi Santoso, mengatakan berkas sudah lengkap.",
            "Budi Santoso",
            "Kasintel",
        ),
    ],
)
def test_short_titles(full_nlp, text, name, role):
    names = _people(full_nlp, text)
    assert name in names and names[name][0] == role, names


@pytest.mark.parametrize(
    "text",
    [
        "Walkot mengatakan bahwa program itu berjalan baik.",
        "Menurut Kalakhar, air mulai surut.",
    ],
)
def test_short_title_alone_is_no_person(full_nlp, text):
    assert _people(full_nlp, text) == {}


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: an English body word after a name makes it the body's
        (
            "Menurut Smithsonian Magazine, benteng itu dibangun abad ke-17.",
            "Smithsonian Magazine",
            False,
        ),
        # refusals (invented): English-named people stay people
        ("Pendiri Microsoft Bill Gates mengatakan hal itu di Jakarta.", "Bill Gates", True),
        ("Presiden Amerika Serikat Donald Trump mengatakan hal itu.", "Donald Trump", True),
    ],
)
def test_english_body_words(full_nlp, text, name, person):
    names = _people(full_nlp, text)
    assert (name in names) is person, names


# --- review mends (session 41) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kept",
    [
        # invented: a list of people introduced after their village, district or origin
        (
            "Tiga warga Desa Sukamaju, Budi Santoso, Ahmad Fauzi dan Rudi Hartono, ditangkap"
            " polisi.",
            ["Budi Santoso", "Ahmad Fauzi", "Rudi Hartono"],
        ),
        (
            "Bantuan diserahkan kepada warga Kampung Melayu, Budi Santoso, Siti Aminah, dan"
            " Rudi Hartono.",
            ["Budi Santoso", "Siti Aminah", "Rudi Hartono"],
        ),
        (
            "Polisi mengamankan empat pemuda warga Gampong Lamteh, Muhammad Rizki, Teuku Fadli,"
            " Zulkifli dan Saiful Bahri.",
            ["Muhammad Rizki", "Teuku Fadli", "Zulkifli", "Saiful Bahri"],
        ),
        (
            "Korban meninggal adalah warga Kelurahan Cikini, Siti Aminah, Nur Hasanah, dan Dewi"
            " Lestari.",
            ["Siti Aminah", "Nur Hasanah", "Dewi Lestari"],
        ),
        (
            "Tiga pelajar asal Kabupaten Agam, Rahmat Hidayat, Fajar Nugroho, dan Andi Pratama,"
            " meraih medali emas.",
            ["Rahmat Hidayat", "Fajar Nugroho", "Andi Pratama"],
        ),
        # invented: no people word before the place, but the other items are gazetteer names
        (
            "Korban berasal dari Kecamatan Cibinong, Budi Santoso, Siti Aminah, dan Rudi Hartono.",
            ["Budi Santoso", "Siti Aminah", "Rudi Hartono"],
        ),
    ],
)
def test_people_listed_after_a_place(full_nlp, text, kept):
    """``_in_a_place_list`` reads only all-place lists: not one after a people's home
    ("warga", "asal": ``_home_words``), nor one another item of which is a person."""
    names = _people(full_nlp, text)
    assert all(name in names for name in kept), names


@pytest.mark.parametrize(
    "text, dropped",
    [
        # refusals (invented): all-place lists stay dropped
        (
            "Banjir merendam Desa Sukamaju, Cikeas, Bojong Gede, dan Tajur Halang.",
            ["Bojong Gede", "Tajur Halang"],
        ),
        (
            "Pelantikan berlangsung di Kecamatan Teunom. Kecamatan Teunom, Krueng Sabe, Pasie"
            " Raya, dan Darul Hikmah masuk zona merah.",
            ["Krueng Sabe", "Pasie Raya", "Darul Hikmah"],
        ),
    ],
)
def test_all_place_lists_stay_dropped(full_nlp, text, dropped):
    names = _people(full_nlp, text)
    assert not any(name in names for name in dropped), names


def test_home_words_are_data():
    """The people-home words are read from name_markers.yaml, with the people nouns."""
    from nlp.components.people import _home_words

    assert {"asal", "penduduk", "warga", "pemuda", "pelajar"} <= _home_words()
    assert "di" not in _home_words() and "dari" not in _home_words()


def test_list_joins_agree_with_lower_apposition():
    """ "atau" joins a list's last item in both readings."""
    from nlp.components.people import _LIST_JOINERS, _LOWER_APPOSITION

    for join in _LIST_JOINERS:
        assert _LOWER_APPOSITION.match(f", {join} Budi", 0) is None
    assert "atau" in _LIST_JOINERS


@pytest.mark.parametrize(
    "text, name, org",
    [
        # invented: the short forms of Wali Kota / Wakil Wali Kota give the city's government
        (
            "Walkot Bogor Dedie A Rachim meninjau lokasi banjir.",
            "Dedie A Rachim",
            "Pemerintah Kota Bogor",
        ),
        (
            "Wawalkot Bekasi Tri Adhianto menghadiri rapat paripurna.",
            "Tri Adhianto",
            "Pemerintah Kota Bekasi",
        ),
    ],
)
def test_short_city_titles_give_the_city(full_nlp, text, name, org):
    names = _people(full_nlp, text)
    assert name in names and names[name][1] == org, names


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: an English body word opening the NER's span; the person after it is kept
        ("Pemimpin redaksi Tempo Magazine Budi Santoso hadir di Jakarta.", "Budi Santoso"),
        ("Pemain Cirque du Soleil dan Big Apple Circus John Doe tampil di Jakarta.", "John Doe"),
    ],
)
def test_person_after_an_english_body_word(full_nlp, text, name):
    names = _people(full_nlp, text)
    assert name in names, names


def test_body_word_cut_needs_two_words_after():
    """Refusal: a body word with one word after it is not cut ("Tempo Magazine Budi": no
    name of two words follows)."""
    from types import SimpleNamespace

    from nlp.person_names import past_a_body_word
    from nlp.textutil import words_in

    ctx = SimpleNamespace(words=words_in("Tempo Magazine Budi"))
    assert past_a_body_word(ctx, 0, 3) == 0
    ctx = SimpleNamespace(words=words_in("Tempo Magazine Budi Santoso"))
    assert past_a_body_word(ctx, 0, 4) == 2
