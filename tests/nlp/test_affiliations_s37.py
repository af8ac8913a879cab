"""Affiliations (session 37): the body an executive's title takes when the title names none
("Direktur Riset X", "selaku Direktur Komersial PT PGN" with the span on "PGN" only).

* the body written right beside the title ("PT X dengan Direktur Utama Y" for a company; "Y
  selaku TITLE PT X": the title, a company's form word perhaps, then the body) comes before
  the article's most prominent one; a body the person visits ("di kantor X"), sues or speaks
  of, another person's body, or a body that is no company before "dengan" ("rapat Kementerian
  BUMN dengan Direktur Utama Y") is not beside the title and is refused;
* a company that is one side of a two-party phrase ("antara / sengketa / pertemuan /
  hubungan ... PT X dengan Direktur Utama Y") is the title's counterparty: no body at all
  (the article's body is most often the counterparty too);
* the article's most prominent body is counted by the times the text writes it (name, short
  form, other names; in the title line too), not by the organisation reader's mentions;
* an anaphoric title ("Ketua Badan Pengawas Pemilu (Bawaslu) itu menyebut ...") may carry the
  body's bracketed short form before "itu".

Every sentence is INVENTED, in the shape of the even-id detik-1000 articles named beside it."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

people_of = Reading(title_line=True).people


@pytest.mark.parametrize(
    "text",
    [
        # even 234: the span of "PT PGN" is "PGN"; before, the article's KPK
        "KPK Tahan Tersangka Korupsi Gas\nKPK menahan Danny Praditya (DP) selaku Direktur "
        "Komersial PT PGN pada 2016-2019. KPK menyebut kerugian negara besar. KPK juga "
        "memeriksa saksi lain.",
        "KPK Tahan Tersangka\nKPK menahan Danny Praditya selaku Direktur Komersial PT PGN. "
        "Menurut KPK, kerugian negara mencapai Rp 200 miliar.",
    ],
)
def test_the_body_right_after_the_title(full_nlp, text):
    assert people_of(full_nlp, text)["Danny Praditya"]["organization"] == "PGN"


def test_the_body_before_the_title_with_dengan(full_nlp):
    # even 296: the hotel is named more often than its manager, the company beside the title
    text = (
        "Sengketa Hotel Sultan\nHotel Sultan berdiri sejak 1971. Hotel Sultan dikelola PT "
        "Indobuildco dengan Direktur Utama Pontjo Sutowo. Tamu Hotel Sultan kini berkurang, "
        "dan Hotel Sultan diminta dikosongkan."
    )
    assert people_of(full_nlp, text)["Pontjo Sutowo"]["organization"] == "PT Indobuildco"


BRI_BEFORE = "Laba BRI Naik\nPT Bank Rakyat Indonesia (BRI) mencatat laba naik. "
BRI_AFTER = " BRI menyalurkan kredit Rp 1.000 triliun. Kredit BRI tumbuh 8 persen."


@pytest.mark.parametrize(
    "sentence",
    [
        # a body visited ("di kantor X")
        "Direktur Utama Budi Santoso berbicara di kantor PT Maju Jaya, Senin (20/10/2025).",
        # a body sued, a body spoken of
        "Direktur Utama Budi Santoso menggugat PT Maju Jaya ke pengadilan.",
        "Direktur Utama Budi Santoso menilai PT Maju Jaya lamban.",
        # "dengan" after a body that is no company: "with", not "whose director is"
        "Rapat Kementerian BUMN dengan Direktur Utama Budi Santoso berlangsung tertutup.",
    ],
)
def test_a_body_not_beside_the_title_is_refused(full_nlp, sentence):
    # the article's body (BRI, named five times) as before, not the one of the sentence
    text = BRI_BEFORE + sentence + BRI_AFTER
    assert people_of(full_nlp, text)["Budi Santoso"]["organization"] == "BRI"


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # INVENTED (the reviewer's four): the company is one side of a two-party phrase,
        # the person with the title after "dengan" the other side, not its director
        (
            "Sengketa antara PT Maju Jaya dengan Direktur Utama Budi Santoso sudah berlangsung "
            "dua tahun.",
            "Pemerintah Kota Bekasi (Pemkot Bekasi) menyiapkan lahan. Pemkot Bekasi menunggu "
            "putusan. Warga meminta Pemkot Bekasi tegas.",
        ),
        (
            "Perjanjian antara PT Maju Jaya dengan Direktur Utama Budi Santoso diteken pada 2021.",
            "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) membangun jalan. "
            "Kementerian PUPR menyiapkan anggaran. Proyek Kementerian PUPR berjalan.",
        ),
        (
            "Pertemuan PT Maju Jaya dengan Direktur Utama Budi Santoso membahas harga saham PT "
            "Bank Sinar Jaya.",
            "PT Bank Sinar Jaya mencatat laba naik. Saham PT Bank Sinar Jaya menguat.",
        ),
        (
            "KPK mendalami hubungan PT Maju Jaya dengan Direktur Utama Budi Santoso.",
            "KPK memeriksa saksi. Menurut KPK, kerugian negara besar.",
        ),
    ],
)
def test_the_other_side_of_a_two_party_phrase_is_refused(full_nlp, sentence, other):
    # PT Maju Jaya is named most too, so the article's body would be it as well: none
    text = (
        f"Kasus PT Maju Jaya\nPT Maju Jaya kembali disorot. {sentence} {other} PT Maju Jaya "
        "belum berkomentar. Saham PT Maju Jaya turun."
    )
    budi = people_of(full_nlp, text)["Budi Santoso"]
    assert budi["role"] == "Direktur Utama"
    assert budi["organization"] != "PT Maju Jaya"
    assert budi["organization"] is None  # refused outright, not the article's body


def test_dengan_after_a_verb_of_management_still_reads(full_nlp):
    # INVENTED, the reviewer's contrast: "dikelola PT X dengan Direktur Utama Y" and "aset
    # PT X dengan Direktur Utama Y sebagai pemilik" name Y as X's director
    text = (
        "Pabrik Gula Kediri\nPemerintah Kabupaten Kediri (Pemkab Kediri) membangun pabrik. "
        "Pabrik itu dikelola PT Manis Abadi dengan Direktur Utama Slamet Riyadi. Pemkab Kediri "
        "menyiapkan lahan. Pemkab Kediri menargetkan panen."
    )
    assert people_of(full_nlp, text)["Slamet Riyadi"]["organization"] == "PT Manis Abadi"


def test_the_body_the_article_writes_most(full_nlp):
    # even 564 = 686 (dev2): the survey body, named in the title and three times in the
    # text, read once by the organisation reader; the ministry it ranks first, twice
    text = (
        "10 Kementerian Terbaik Versi IndoStrategi, Kemendikdasmen Nomor Satu\n"
        "Lembaga survei IndoStrategi merilis hasil kinerja kementerian. Kementerian Pendidikan "
        "Dasar dan Menengah (Kemendikdasmen) menempati peringkat pertama. Survei IndoStrategi "
        "melibatkan 424 responden dari 34 provinsi. Skor IndoStrategi berskala 1 sampai 5.\n"
        '"Semua kementerian mendapatkan skor sedang," ucap Direktur Riset Ali Noer Zaman, '
        "Senin (20/10/2025)."
    )
    assert people_of(full_nlp, text)["Ali Noer Zaman"]["organization"] == "IndoStrategi"


def test_an_anaphoric_title_with_the_short_form(full_nlp):
    text = (
        "Pengawasan Pemilu\n"
        '"Pengawas harus cukup," kata Rudi Hartono, Senin (20/10/2025). Ketua Badan Pengawas '
        "Pemilu (Bawaslu) itu menyebut jumlah pengawas kurang."
    )
    rudi = people_of(full_nlp, text)["Rudi Hartono"]
    assert rudi["role"] == "Ketua"
    assert rudi["organization"] in ("Bawaslu", "Badan Pengawas Pemilu")


def test_a_bracketed_short_form_without_a_title_gives_nothing(full_nlp):
    text = (
        "Pengawasan Pemilu\n"
        '"Pengawas harus cukup," kata Rudi Hartono, Senin (20/10/2025). Gedung Badan Pengawas '
        "Pemilu (Bawaslu) itu kini direnovasi."
    )
    rudi = people_of(full_nlp, text)["Rudi Hartono"]
    assert rudi["role"] is None and rudi["organization"] is None
