import pytest
import spacy

import nlp.components.locations as _locations  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("id")
    pipeline.add_pipe("newsintel_locations")
    return pipeline


def places(nlp, text):
    return [(p["name"], p["kind"], p["province"]) for p in nlp(text)._.locations]


def test_prefixes_give_the_kind(nlp):
    assert places(
        nlp, "Pemkab Bogor dan Pemkot Bogor berbagi data dengan Provinsi Jawa Barat."
    ) == [
        ("Kabupaten Bogor", "regency", "Jawa Barat"),
        ("Kota Bogor", "city", "Jawa Barat"),
        ("Jawa Barat", "province", "Jawa Barat"),
    ]
    assert places(nlp, "Kab. Garut, Kabupaten Toli-Toli dan Kecamatan Menteng") == [
        ("Kabupaten Garut", "regency", "Jawa Barat"),
        ("Kabupaten Toli-Toli", "regency", "Sulawesi Tengah"),
        ("Menteng", "district", "DKI Jakarta"),
    ]


def test_aliases_capitals_and_jakarta(nlp):
    assert places(
        nlp, "JAKARTA, KOMPAS.com - Warga DKI Jakarta dan Jatim hadir di Jakarta Selatan."
    ) == [
        ("DKI Jakarta", "province", "DKI Jakarta"),
        ("Jawa Timur", "province", "Jawa Timur"),
        ("Kota Jakarta Selatan", "city", "DKI Jakarta"),
    ]


def test_names_inside_other_names_are_not_places(nlp):
    text = (
        "Ketua Apeksi Bima Arya Sugiarto yang juga Wali Kota Bogor hadir. Sulawesi Selatan kini "
        "punya Rumah Sakit Padang Panjang Baru? Tidak."
    )
    names = [p[0] for p in places(nlp, text)]
    assert "Kota Bima" not in names and "Kabupaten Bima" not in names
    assert names[:2] == ["Kota Bogor", "Sulawesi Selatan"]


def test_common_words_need_a_cue(nlp):
    assert places(nlp, "Batu bara menjadi andalan ekspor.") == []
    assert places(nlp, "Wisatawan datang ke Batu saat libur.") == [
        ("Kota Batu", "city", "Jawa Timur")
    ]
    assert places(nlp, "Puncak acara berlangsung meriah.") == []
    assert places(nlp, "peserta dari indonesia dan jakarta") == []  # names must be capitalised


def test_gazetteer_is_complete(nlp):
    component = nlp.get_pipe("newsintel_locations")
    kinds = {}
    for found in component.index.values():
        for region in found:
            kinds.setdefault(region.kind, set()).add(region.code)
    assert (len(kinds["province"]), len(kinds["regency"]) + len(kinds["city"])) == (38, 514)
    assert len(kinds["district"]) > 7000
