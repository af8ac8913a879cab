"""A company's name with "dan" inside (session 42): "PT Aneka Industri dan Jasa (AIJ)" is one
company because the short form in brackets right after it spells every word's initial, the
words after "dan" too. Without that short form "PT X dan Y" stays two bodies or a company and
something else. All sentences here are invented."""

from __future__ import annotations

import pytest


def _orgs(analyse, text: str) -> set[str]:
    return {o["name"] for o in analyse("Judul\n" + text)["organizations"]}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Tiga BUMD yakni PT Dhirga Surya, PT Aneka Industri dan Jasa (AIJ) dan PT"
            " Pembangunan Prasarana Sumut berkolaborasi.",
            "PT Aneka Industri dan Jasa",
        ),
        (
            "Saham PT Asuransi Jiwa dan Kesehatan Sejahtera (AJKS) naik tajam pekan ini.",
            "PT Asuransi Jiwa dan Kesehatan Sejahtera",
        ),
        # a word the statistical NER reads as a person's name after "dan"
        ("Laba PT Sinar Terang dan Abadi (STA) naik tahun ini.", "PT Sinar Terang dan Abadi"),
        # dots in the short form
        ("Laba PT Aneka Industri dan Jasa (A.I.J.) naik.", "PT Aneka Industri dan Jasa"),
        # the "dan" counted in the short form
        (
            "Kontrak itu diteken PT Sarana dan Prasarana Kota (SDPK) kemarin.",
            "PT Sarana dan Prasarana Kota",
        ),
    ],
)
def test_a_short_form_spelling_the_words_after_dan_keeps_the_name_whole(analyse, text, company):
    orgs = _orgs(analyse, text)
    assert company in orgs
    assert company.rsplit(" dan ", 1)[0] not in orgs


def test_the_whole_company_is_the_persons_employer(analyse):
    people = analyse(
        "Judul\nDirektur PT Aneka Industri dan Jasa (AIJ) Budi Santoso hadir dalam rapat itu."
    )["people"]
    assert [(p["name"], p.get("organization")) for p in people] == [
        ("Budi Santoso", "PT Aneka Industri dan Jasa")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the short form names only the first company
        "Proyek itu dikerjakan PT Sinar Jaya dan Karya Mandiri (SJ) sejak tahun lalu.",
        # no short form: a company and a place
        "Proyek itu dikerjakan PT Sinar Jaya dan Bandung menjadi lokasinya.",
        # a village after "dan", even when the bracket spells it
        "Sengketa lahan antara PT Sinar Jaya dan Desa Sukamaju (SJDS) belum selesai.",
        # the short form comes after a comma, not right after the name
        "Proyek itu dikerjakan PT Sinar Jaya dan Karya Mandiri, (SJKM) kata dia.",
    ],
)
def test_without_a_short_form_spelling_it_the_name_stops_at_dan(analyse, text):
    orgs = _orgs(analyse, text)
    assert "PT Sinar Jaya" in orgs
    assert not any(o.startswith("PT Sinar Jaya dan") for o in orgs)
