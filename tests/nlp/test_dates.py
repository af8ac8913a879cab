from datetime import date

import pytest
import spacy

import nlp.components.dates as _dates  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("id")
    pipeline.add_pipe("newsintel_dates")
    return pipeline


def run(nlp, text, published=None):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def test_dates_are_normalised_and_listed_once(nlp):
    doc = run(
        nlp,
        "Kamis, 8 April 2021 | 14:29 WIB\nPenandatanganan dilakukan Rabu (7/4/2021) di Bogor. "
        "Pelatihan digelar 12-14 Mei 2021, sedangkan evaluasi pada 8 April 2021.",
        date(2021, 4, 8),
    )
    assert [d["value"] for d in doc._.dates] == [
        "2021-04-08",
        "2021-04-07",
        "2021-05-12/2021-05-14",
    ]
    assert doc._.dates[2]["kind"] == "range"
    assert len(doc.spans["dates"]) == 4  # every mention keeps its span


def test_relative_dates_use_publication_date(nlp):
    text = "Hingga akhir Oktober peserta naik; tahun depan iuran dievaluasi, kata dia kemarin."
    doc = run(nlp, text, date(2023, 11, 15))
    assert [(d["text"], d["value"]) for d in doc._.dates] == [
        ("akhir Oktober", "2023-10"),
        ("tahun depan", "2024"),
        ("kemarin", "2023-11-14"),
    ]
    assert all(d["kind"] == "relative" for d in doc._.dates)
    assert run(nlp, text)._.dates == []  # no publication date: nothing can be anchored


def test_years_as_dates_but_not_regulation_years(nlp):
    doc = run(
        nlp,
        "Target 70 juta pekerja sampai dengan 2026 sesuai PP Nomor 44 Tahun 2015 dan "
        "UU No. 24/2011; sebanyak 1.200 peserta.",
    )
    assert [d["value"] for d in doc._.dates] == ["2026"]


def test_publication_date_may_be_iso_text(nlp):
    # Docs sent between processes (nlp.pipe(n_process=2)) carry the date as ISO text.
    doc = run(nlp, "Iuran naik bulan depan.", "2023-11-15")
    assert [d["value"] for d in doc._.dates] == ["2023-12"]


def test_years_of_a_period_or_a_budget(nlp):
    doc = run(nlp, "Sepanjang 2022 klaim naik; iuran dibayar dari APBD Perubahan 2025.")
    assert [d["value"] for d in doc._.dates] == ["2022", "2025"]


def test_a_year_inside_a_regulation_citation_is_no_date():
    # Short real quotes (detik-1000, even ids 0048, 0512, 0962) with the regulations component
    # first, as in nlp/config.cfg; the same years outside a citation stay dates.
    import nlp.components.regulations as _regulations  # noqa: F401  (registers the factory)

    pipeline = spacy.blank("id")
    pipeline.add_pipe("newsintel_regulations")
    pipeline.add_pipe("newsintel_dates")
    text = (
        "merumuskan UU APBN 2025, reformasi sektor Keuangan. Undang-Undang Dasar Negara Republik "
        "Indonesia Tahun 1945, dan cita-cita Proklamasi 17 Agustus 1945. Deklarasi PBB tentang "
        "Pembela HAM (1998) mewajibkan negara. Sejak 1998 hingga 2025 tidak berubah."
    )
    doc = pipeline.make_doc(text)
    doc._.published = date(2025, 10, 1)
    values = [d["value"] for d in pipeline(doc)._.dates]
    assert values == ["1945-08-17", "1998/2025"]


def test_a_year_right_after_a_name_is_the_year_of_that_event(nlp):
    # Short real quotes (detik-1000, even ids 0402, 0818, 0188): an event, an edition, a season.
    text = (
        "Peristiwa Tiananmen 1989 menjadi titik balik. Ia masuk 10 besar wisudawan terbaik UKRI "
        "2025 dari Program Komunikasi. Indonesia gagal menembus Piala Dunia 2026."
    )
    assert [d["value"] for d in run(nlp, text, date(2025, 10, 20))._.dates] == [
        "1989",
        "2025",
        "2026",
    ]
    # Invented: an amount, an address, a count or a sentence's first word is no such name.
    text = (
        "Harganya Rp 2000 per kilo. Kantornya di Jalan 1945 nomor 3. Sebanyak 2000 orang hadir. "
        "Kampus Merdeka 2000 mahasiswa. Pasal 33 UUD 1945 berlaku."
    )
    assert run(nlp, text, date(2025, 10, 20))._.dates == []
