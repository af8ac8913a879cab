"""Session 45: figures, dates and regulations read from dev7's misses (real detik text).

Every sentence here is invented (modelled on the shapes found in the even half of detik-1000);
none is copied from an article.
"""

from datetime import date

import pytest

from indonesian.dates import find_dates
from indonesian.regulations import find_named_regulations, find_regulations
from nlp.components.figures import _one_gender, _places_apart


@pytest.fixture(scope="module")
def nlp(figure_nlp):
    return figure_nlp


def pairs(nlp, text):
    doc = nlp.make_doc(text)
    doc._.published = date(2025, 10, 21)
    return [(f["value"], f["unit"]) for f in nlp(doc)._.figures]


def dates(text, published="2025-10-21"):
    return [m.value for m in find_dates(text, published)]


# --- figures ---------------------------------------------------------------------------------


def test_digits_repeated_in_words_without_brackets(nlp):
    # invented: scraped text drops the brackets of "1 (satu) orang tersangka"
    assert pairs(nlp, "Polisi menahan 1 satu orang tersangka di Bekasi.") == [(1, "tersangka")]
    assert pairs(nlp, "Jaksa memeriksa 5 lima orang saksi kemarin.") == [(5, "saksi")]


def test_words_after_digits_that_spell_another_number_are_not_skipped(nlp):
    # invented refusal: "satu" after 3 is no repetition of 3, so it is not skipped as one
    assert (3, "satu") not in pairs(nlp, "Warga menerima 3 paket dan satu voucher.")
    assert pairs(nlp, "Warga menerima 3 paket bantuan.") == [(3, "paket")]


def test_a_noun_with_its_feminine_form_counts_the_noun(nlp):
    # invented
    assert pairs(nlp, "Pendaftar dari SMP dan SMA mencapai 26.410 siswa/siswi.") == [
        (26_410, "siswa")
    ]
    assert _one_gender("mahasiswa/mahasiswi") == "mahasiswa"
    assert _one_gender("putra/putri") == "putra"
    assert _one_gender("karyawan/karyawati") == "karyawan"
    assert _one_gender("santri/santriwati") == "santri"


def test_pairs_of_two_things_keep_both(nlp):
    # refusals: two nouns of two things, not one noun and its feminine
    assert _one_gender("kabupaten/kota") == "kabupaten/kota"
    assert _one_gender("pria/wanita") == "pria/wanita"
    assert _one_gender("guru/dosen") == "guru/dosen"
    assert _one_gender("siswa") == "siswa"
    assert pairs(nlp, "Bantuan diterima 12 kabupaten/kota di Jawa Tengah.") == [
        (12, "kabupaten/kota")
    ]


def test_same_value_in_clauses_of_different_places_is_two_facts():
    assert _places_apart("Kabupaten Bima", "Provinsi NTB")
    assert _places_apart("Kabupaten Bima", "Kota Bima")
    assert _places_apart("Lombok Barat", "Kabupaten Sumbawa")


def test_one_place_written_in_full_and_short_is_one_place():
    # refusals: the same place, or a figure whose clause names no place
    assert not _places_apart("Provinsi NTB", "NTB")
    assert not _places_apart("Kota Bima", "Bima")
    assert not _places_apart(None, "Kabupaten Bima")
    assert not _places_apart(None, None)


def test_list_of_regions_with_repeated_values(analyse):
    # invented, the shape of a regional budget-cut list
    result = analyse(
        "Dana Transfer Dipangkas\n"
        "Pemangkasan dana transfer untuk Provinsi Nusa Tenggara Barat mencapai Rp 1 triliun.\n"
        "Berikut rinciannya:\n"
        "1. Kabupaten Bima dari Rp 1,2 triliun menjadi Rp 1 triliun.\n"
        "2. Kabupaten Dompu dari Rp 1 triliun menjadi Rp 900 miliar.\n",
        "2025-10-09",
    )
    values = [f["value"] for f in result["figures"] if f["unit"] == "rupiah"]
    assert values.count(1_000_000_000_000) == 3
    assert 1_200_000_000_000 in values and 900_000_000_000 in values


def test_a_fact_restated_without_another_place_stays_one(analyse):
    # invented refusal: the same amount said twice of one province
    result = analyse(
        "Dana Transfer Dipangkas\n"
        "Dana transfer untuk Provinsi Nusa Tenggara Barat dipangkas Rp 1 triliun.\n"
        "Gubernur mengatakan pemangkasan Rp 1 triliun itu berat bagi NTB.\n",
        "2025-10-09",
    )
    values = [f["value"] for f in result["figures"] if f["unit"] == "rupiah"]
    assert values == [1_000_000_000_000]


# --- dates -----------------------------------------------------------------------------------


def test_year_to_now_is_a_range_to_the_publication_year():
    # invented
    assert dates("menjabat komisaris pada tahun 2007 sampai dengan sekarang") == ["2007/2025"]
    assert dates("dari 2019 sampai saat ini") == ["2019/2025"]


def test_year_to_now_refusals():
    # a year after the publication year cannot run to now; no publication date, no range
    assert "2030/2025" not in dates("target 2030 sampai sekarang belum berubah")
    assert all("/" not in v for v in dates("pada 2007 sampai sekarang", None))


def test_season_and_term_written_with_a_slash():
    # invented
    assert dates("laga Liga Champions 2025/2026, Selasa malam") == ["2025/2026"]
    assert dates("pekan kesembilan Super League 2025/26.") == ["2025/2026"]
    assert dates("anggota DPM periode 2025/2026") == ["2025/2026"]


def test_slashed_years_that_are_no_season():
    # refusals: a regulation number, years not consecutive, a date
    assert dates("sesuai UU No. 24/2011") == []
    assert dates("surat Nomor 5/2024/2025") == []
    assert dates("rasio 2024/2026 itu") == []
    assert dates("Senin (20/10/2025)") == ["2025-10-20"]


def test_intake_year_of_a_student():
    # invented
    assert dates("Putu, mahasiswa angkatan 2023 yang menjabat ketua") == ["2023"]
    # refusal: "angkatan" before a number that is no year is a count or an identifier
    assert dates("mahasiswa angkatan 45 yang hadir") == []


# --- regulations -----------------------------------------------------------------------------


def refs(text):
    numbered = find_regulations(text)
    return [(r.type, r.number) for r in numbered + find_named_regulations(text, numbered)]


def test_penal_code_written_kuhpidana():
    # invented, the wording of an indictment
    assert refs("jo Pasal 55 ayat (1) ke-1 KUHPidana.") == [("KUHP", None)]
    assert refs("diatur Pasal 378 KUH Pidana") == [("KUHP", None)]


def test_other_codes_unchanged():
    # refusals: the civil code and a word that only starts like the code
    assert refs("gugatan berdasarkan KUHPerdata") == [("KUHPerdata", None)]
    assert refs("istilah KUHPidanaan tidak ada") == []


def test_since_a_year_to_now_dates_the_start():
    # invented refusals: after "sejak" the year dates the event the period starts from (dev6's
    # reading of "sejak kita berdiri 2017 sampai sekarang"); a day keeps its day
    assert "2017/2025" not in dates("sejak kita berdiri 2017 sampai sekarang")
    assert dates("Sejak 1 Januari di 2004 sampai dengan sekarang pengaduan masuk") == ["2004-01-01"]


def test_list_items_glued_to_the_full_stop_before():
    # invented: a crawl glued "2." to the full stop of item 1
    from nlp.glued_lists import split_glued_list_items

    text = "1. Kabupaten Bima Rp 1 triliun.2. Kabupaten Dompu Rp 625 miliar"
    assert split_glued_list_items(text) == (
        "1. Kabupaten Bima Rp 1 triliun. 2. Kabupaten Dompu Rp 625 miliar"
    )
    # refusal: a "2." after a digit's dot is part of a number
    assert split_glued_list_items("1. Harga Rp 1.2. Badan") == "1. Harga Rp 1.2. Badan"


# --- mends after review ----------------------------------------------------------------------


def test_a_day_or_month_before_a_year_to_now_keeps_the_day_or_month():
    # invented refusals without "sejak": the day or month is read, never a range that leaves
    # "1 Januari" or "Oktober" to be read as the next one
    assert dates("Pengaduan masuk dari 1 Januari 2004 sampai dengan sekarang") == ["2004-01-01"]
    assert dates("Ia bertugas di Papua pada Oktober 2019 hingga saat ini.") == ["2019-10"]
    assert dates("Pada Januari 2020 hingga kini, tercatat 300 kasus.") == ["2020-01"]


def test_a_regulations_year_to_now_is_no_date():
    # invented refusals: "hingga kini belum dicabut" says the regulation still stands
    assert dates("UU Nomor 12 Tahun 2011 sampai sekarang belum direvisi DPR.") == []
    assert dates("Perda Nomor 5 Tahun 2015 hingga kini belum dicabut oleh DPRD.") == []
    assert dates("UU No 12 Tahun 2011 hingga saat ini berlaku.") == []


def test_a_year_then_until_now_and_a_negation_is_no_range():
    # invented refusals: "hingga kini" goes with the verb ("belum ... hingga kini")
    assert dates("Anggaran tahun 2024 hingga kini belum dicairkan pemerintah daerah.") == ["2024"]
    assert dates("Data BPS 2023 hingga kini masih dipakai.") == ["2023"]
    assert dates("Kasus hibah 2019 hingga saat ini tak kunjung disidangkan.") == []
    # still a range when the period goes on to a clause break
    assert dates("guru honorer dari tahun 2010 hingga saat ini, tanpa kenaikan gaji") == [
        "2010/2025"
    ]


def test_military_penal_code_is_not_the_penal_code():
    # invented refusals: the KUHPM is another code
    assert refs("Prajurit itu dijerat Pasal 103 KUH Pidana Militer.") == []
    assert refs("dijerat Pasal 103 KUHP Militer") == []
    assert refs("dijerat Pasal 103 KUHPidana Militer") == []
    assert refs("dijerat Pasal 340 KUHP") == [("KUHP", None)]


def figures_of(analyse, text):
    result = analyse("Laporan Daerah\n" + text, "2025-10-21")
    return [(f["value"], f["unit"]) for f in result["figures"]]


def test_a_fact_said_again_with_the_country_word_stays_one(analyse):
    # invented refusal: "secara nasional" is the country fallback, no place of the figure's own
    found = figures_of(
        analyse,
        "Di Jakarta, Dinkes mencatat 1.250 kasus DBD pekan ini. "
        "Angka 1.250 kasus itu tertinggi secara nasional.",
    )
    assert found.count((1250, "kasus")) == 1


def test_a_place_inside_a_title_does_not_split_a_fact(analyse):
    # invented refusals: "Gubernur Jawa Barat", "Bupati Bima", "Gubernur NTB" say who speaks
    found = figures_of(
        analyse,
        "Banjir di Kota Bekasi merendam 1.500 rumah warga. "
        "Gubernur Jawa Barat menyebut 1.500 rumah itu harus segera didata.",
    )
    assert found.count((1500, "rumah")) == 1
    found = figures_of(
        analyse,
        "Bupati Bima mengatakan pemangkasan Rp 100 miliar sangat berat. "
        "Gubernur NTB menilai pemangkasan Rp 100 miliar itu wajar.",
    )
    assert found.count((100_000_000_000, "rupiah")) == 1
    # still two facts when each clause names its own place
    found = figures_of(
        analyse, "Kota Bima menerima Rp 300 miliar. Kabupaten Bima juga menerima Rp 300 miliar."
    )
    assert found.count((300_000_000_000, "rupiah")) == 2
