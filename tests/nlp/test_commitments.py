"""Agreements and support, one commitment per partner, on articles written for these tests."""
from __future__ import annotations


def commitments_of(analyse, text: str, published: str | None = None) -> list[dict]:
    return analyse(text, published)["commitments"]


def test_mou_partner_signatories_scope_and_date(analyse):
    result = commitments_of(analyse, (
        "BPJS Ketenagakerjaan Teken MoU dengan Pemprov Bali\n"
        "BPJS Ketenagakerjaan dan Pemerintah Provinsi Bali menandatangani nota kesepahaman "
        "tentang perlindungan pekerja rentan pada Senin (3/6/2024). Penandatanganan dilakukan "
        "oleh Direktur Utama BPJS Ketenagakerjaan Anggoro Eko Cahyo dan Gubernur Bali Wayan "
        "Koster.\n\nRuang lingkup kesepakatan meliputi pendataan pekerja informal, pembiayaan "
        "iuran dari APBD, serta sosialisasi program."), "2024-06-04")
    assert len(result) == 1
    (mou,) = result
    assert mou["partner"] == "Pemerintah Provinsi Bali" and mou["kind"] == "MoU"
    assert mou["agreement"] == "Nota Kesepahaman"
    assert mou["signatories"] == ["Anggoro Eko Cahyo", "Wayan Koster"]
    assert mou["scope"] == ["pendataan pekerja informal", "pembiayaan iuran dari APBD",
                            "sosialisasi program"]
    assert mou["date"] == "2024-06-03"


def test_group_of_partners_listed_in_the_next_sentence(analyse):
    result = commitments_of(analyse, (
        "Tiga Asosiasi Jalin Kerja Sama\n"
        "BPJS Ketenagakerjaan dan 3 asosiasi anggota Apindo menjalin kerja sama perlindungan "
        "pekerja. Kerja sama dikukuhkan lewat Perjanjian Kerja Sama (PKS) dalam rangkaian "
        "Munas Apindo. Ketiga asosiasi tersebut yakni Asosiasi Pengusaha Ritel Indonesia "
        "(Aprindo), Gabungan Pengusaha Makanan dan Minuman Indonesia (GAPMMI), dan Asosiasi "
        "Logistik Indonesia (ALI)."))
    assert [(c["partner"], c["kind"]) for c in result] == [
        ("Aprindo", "PKS"), ("GAPMMI", "PKS"), ("ALI", "PKS")]
    assert all(c["agreement"] == "Perjanjian Kerja Sama" for c in result)


def test_cooperation_word_takes_the_kind_of_the_next_sentence(analyse):
    result = commitments_of(analyse, (
        "Judul\nBPJS Ketenagakerjaan menggandeng Persatuan Guru Republik Indonesia (PGRI) untuk "
        "melindungi guru honorer. Kolaborasi itu ditandai penandatanganan memorandum of "
        "understanding di Jakarta."))
    assert [(c["partner"], c["kind"]) for c in result] == [("PGRI", "MoU")]


def test_declared_support_and_its_negation(analyse):
    result = commitments_of(analyse, (
        "Apkasi Dukung BPJS Ketenagakerjaan Lindungi Perangkat Desa\n"
        "Asosiasi Pemerintah Kabupaten Seluruh Indonesia menyatakan dukungan. Di sisi lain, "
        "Kadin tidak mendukung usulan kenaikan iuran BPJS Ketenagakerjaan."))
    assert [(c["partner"], c["kind"], c["agreement"]) for c in result] == [
        ("Apkasi", "support", "dukungan")]


def test_support_folds_into_an_agreement_with_the_same_partner(analyse):
    result = commitments_of(analyse, (
        "Judul\nBPJS Ketenagakerjaan dan Universitas Airlangga meneken perjanjian kerja sama "
        "riset. Universitas Airlangga mendukung perluasan kepesertaan BPJS Ketenagakerjaan."))
    assert [(c["partner"], c["kind"]) for c in result] == [("Universitas Airlangga", "PKS")]


def test_witnesses_and_articles_without_agreements(analyse):
    assert commitments_of(analyse, (
        "Judul\nBPJS Ketenagakerjaan dan Pemerintah Kota Malang menandatangani nota "
        "kesepahaman yang disaksikan Kemnaker.")) == [
        {"partner": "Pemerintah Kota Malang", "partner_canonical": "pemerintah-kota-malang",
         "agreement": "Nota Kesepahaman", "kind": "MoU", "signatories": [], "scope": [],
         "date": None}]
    assert commitments_of(analyse, "Judul\nKemnaker dan Apindo membahas upah minimum.") == []


def test_an_agreement_naming_no_party_continues_the_sentence_before(analyse):
    result = commitments_of(analyse, (
        "Judul\nPemerintah Kota Malang mendaftarkan 5.000 guru ngaji ke BPJS Ketenagakerjaan. "
        "Langkah itu ditandai penandatanganan perjanjian kerja sama (PKS) di balai kota."))
    assert [(c["partner"], c["kind"]) for c in result] == [("Pemerintah Kota Malang", "PKS")]


def test_parties_of_a_witnessed_signing_are_named_after_antara(analyse):
    result = commitments_of(analyse, (
        "Judul\nWali Kota hadir menyaksikan penandatanganan perjanjian kerja sama antara "
        "Pemerintah Kota Makassar, Badan Amil Zakat Nasional (Baznas) Kota Makassar, dan BPJS "
        "Ketenagakerjaan."))
    assert [c["partner"] for c in result] == ["Pemerintah Kota Makassar", "Baznas Kota Makassar"]


def test_a_witness_is_not_a_signatory(analyse):
    [commitment] = commitments_of(analyse, (
        "Judul\nBPJS Ketenagakerjaan dan Pemerintah Kota Malang menandatangani nota "
        "kesepahaman. Nota kesepahaman ditandatangani Wali Kota Malang Wahyu Hidayat dan "
        "Kepala Kantor Cabang BPJS Ketenagakerjaan Malang Hendra Wijaya, disaksikan Direktur "
        "Kepesertaan BPJS Ketenagakerjaan Zainudin."))
    assert commitment["signatories"] == ["Wahyu Hidayat", "Hendra Wijaya"]
