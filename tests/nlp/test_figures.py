from datetime import date

import pytest
import spacy

import nlp.components.dates  # noqa: F401  (registers the factories)
import nlp.components.figures  # noqa: F401
import nlp.components.regulations  # noqa: F401


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("id")
    for name in ("newsintel_dates", "newsintel_figures", "newsintel_regulations"):
        pipeline.add_pipe(name)
    return pipeline


def figures(nlp, text, published=None):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.figures


def pairs(nlp, text, published=None):
    return [(f["value"], f["unit"]) for f in figures(nlp, text, published)]


def test_values_are_normalised_with_their_units(nlp):
    text = ("Hingga September, jumlah peserta aktif mencapai 36,7 juta pekerja, naik 12,5 persen. "
            "Dana kelolaan tercatat Rp 650,5 triliun dan klaim JHT senilai Rp1.500.000 per orang. "
            "Sebanyak 91.703 investor baru serta 2.500 badan usaha bergabung; iuran turun 0,5%.")
    assert pairs(nlp, text) == [
        (36_700_000, "pekerja"), (12.5, "persen"), (650_500_000_000_000, "rupiah"), (1_500_000, "rupiah"),
        (91_703, "investor"), (2_500, "badan usaha"), (0.5, "persen"),
    ]


def test_multiword_units_and_lists(nlp):
    text = ("Aturan itu ditujukan kepada 19 menteri, 34 gubernur, 416 bupati dan 98 wali kota. "
            "Program menjangkau 1,2 juta tenaga kerja dan 5.000 orang pekerja migran.")
    assert pairs(nlp, text) == [(19, "menteri"), (34, "gubernur"), (416, "bupati"), (98, "wali kota"),
                                (1_200_000, "tenaga kerja"), (5_000, "pekerja migran")]


def test_targets_and_achievements(nlp):
    found = figures(nlp, "Pemerintah menargetkan 70 juta pekerja terlindungi pada 2026. Realisasinya baru "
                         "mencapai 40,2 juta pekerja. Kegiatan diikuti 21 pengajar.")
    assert [(f["value"], f["kind"]) for f in found] == [(70_000_000, "target"), (40_200_000, "achievement"),
                                                       (21, None)]
    assert found[1]["sentence"] == "Realisasinya baru mencapai 40,2 juta pekerja."
    found = figures(nlp, "Diperlukan upaya untuk mencapai target tahun 2026, yakni sebanyak 70 juta pekerja.")
    assert found[0]["kind"] == "target"


def test_things_that_are_not_figures(nlp):
    text = ("1. Kerja sama diteken Selasa (9/8/2022) pukul 14.29 WIB di Lantai 11.\n"
            "Sesuai Instruksi Presiden Nomor 2 Tahun 2021 dan UU No. 24/2011 pasal 5, dalam 5 tahun "
            "sampai 2026 ada tiga pihak dan 11 ALB selama seribu tahun. Hubungi Telp: +62 21 2995 7500 atau 12:02.")
    assert pairs(nlp, text) == []


def test_number_words(nlp):
    text = "Sebelas asosiasi, puluhan ribu buruh, ratusan peserta dan dua juta pekerja hadir, bersama dua menteri."
    assert pairs(nlp, text) == [(11, "asosiasi"), (10_000, "buruh"), (100, "peserta"), (2_000_000, "pekerja")]


def test_headline_repeating_the_body_is_one_figure(nlp):
    text = ("BPJS Ketenagakerjaan Targetkan 70 Juta Pekerja Terlindungi di 2026\n"
            "Target kami adalah 70 juta tenaga kerja aktif sampai dengan 2026, jelas Anggoro.")
    (figure,) = figures(nlp, text)
    assert (figure["value"], figure["unit"], figure["kind"]) == (70_000_000, "tenaga kerja", "target")
    assert "tenaga kerja aktif" in figure["context"]


def test_context_names_what_is_measured(nlp):
    (figure,) = figures(nlp, "Hingga akhir Oktober, jumlah peserta aktif BPJS Ketenagakerjaan mencapai 40,2 juta.")
    assert figure["unit"] == "peserta"
    assert figure["context"].startswith("jumlah peserta aktif BPJS Ketenagakerjaan")


def test_list_items_share_the_phrase_before_the_list(nlp):
    found = figures(nlp, "Bantuan disalurkan kepada warga terdampak banjir, yakni 120 keluarga, 45 lansia dan 30 balita.")
    assert [f["unit"] for f in found] == ["keluarga", "lansia", "balita"]
    assert all(f["context"].startswith("Bantuan disalurkan kepada warga terdampak banjir") for f in found)


def test_dictionary_compounds_and_slashed_pairs_are_one_unit(nlp):
    assert pairs(nlp, "Santunan untuk 40 ahli waris dan 1.046 surat kuasa khusus; 35 "
                      "kabupaten/kota menyusul. Tercatat 2.317 kasus kecelakaan kerja.") == \
        [(40, "ahli waris"), (1046, "surat kuasa"), (35, "kabupaten/kota"), (2317, "kasus")]
