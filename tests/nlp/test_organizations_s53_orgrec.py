"""Organisation recall, session 53 (issue 13): a unit of a state body written right before it.

A unit head (Direktorat Jenderal, Ditjen, Direktorat, Inspektorat Jenderal, Itjen, Biro, Pusat)
with its capitalised field words, written right before a ministry, an agency or a regional
government, is an organisation of its own named with the body as written ("Inspektorat Jenderal
Kementerian PU", dev12 698; "Biro Keuangan Pemprov Sulsel", dev11 784; "Pusat Misi
Internasional Polri", dev11 264; "Direktorat Jenderal Pendidikan Islam Kementerian Agama
(Ditjen Pendis Kemenag)", even 816), its own words an alias; the body stays one. Refused: a
venue before the unit, a head with no field word (but the Inspektorat Jenderal), a unit of a
company, a head not followed by a body.

Every sentence below is INVENTED after those shapes, with other bodies, people and wording than
the articles' (not copied from an article).
"""

from __future__ import annotations

from nlp.extract import extract_documents


def orgs(nlp, text: str, title: str = "") -> dict[str, dict]:
    item = {"title": title, "text": text, "published": "2025-10-20"}
    return {o["name"]: o for o in extract_documents([item], nlp=nlp)[0]["organizations"]}


def every_name(found: dict[str, dict]) -> set[str]:
    return {
        n
        for org in found.values()
        for n in (org["name"], org.get("acronym") or "", *org["aliases"])
        if n
    }


# -- read ----------------------------------------------------------------------------------
def test_inspectorate_general_before_its_ministry(full_nlp):
    # INVENTED: the complete head, no field word, then the ministry
    found = orgs(
        full_nlp,
        "Temuan itu berasal dari audit Inspektorat Jenderal Kementerian Pertanian tahun lalu. "
        "KPK akan berkoordinasi dengan Inspektorat Jenderal Kementerian Pertanian.",
    )
    assert "Inspektorat Jenderal Kementerian Pertanian" in found
    assert "Inspektorat Jenderal" in found["Inspektorat Jenderal Kementerian Pertanian"]["aliases"]
    assert "Kementerian Pertanian" in found  # the body stays one


def test_directorate_general_with_its_bracketed_short_form(full_nlp):
    # INVENTED: long form with its ministry, then the short form with the ministry's short form
    found = orgs(
        full_nlp,
        "Direktorat Jenderal Pendidikan Dasar Kementerian Agama (Ditjen Pendas Kemenag) tengah "
        "menyusun modul baru untuk murid madrasah.",
    )
    unit = found["Direktorat Jenderal Pendidikan Dasar Kementerian Agama"]
    assert unit["acronym"] == "Ditjen Pendas Kemenag"
    assert "Direktorat Jenderal Pendidikan Dasar" in unit["aliases"]
    assert not any(name.startswith("Ditjen Pendas") for name in found)  # one record


def test_bureau_of_a_provincial_government(full_nlp):
    # INVENTED: a bureau before a provincial government's short form, after "dari"
    found = orgs(
        full_nlp,
        "Catatan itu hanya hasil evaluasi dari Biro Keuangan Pemprov Jabar, kata Ahmad.",
    )
    assert "Biro Keuangan Pemprov Jabar" in found
    assert "Biro Keuangan" in every_name(found)


def test_centre_of_the_national_police(full_nlp):
    # INVENTED: a centre with two field words before Polri
    found = orgs(
        full_nlp,
        "Juru bicara Pusat Misi Internasional Polri menyebut personel berangkat pekan depan.",
    )
    assert "Pusat Misi Internasional Polri" in found


def test_a_known_unit_before_its_ministry_stays_one(full_nlp):
    # INVENTED: a known directorate general before its ministry: no second record
    found = orgs(
        full_nlp,
        "Laporan Direktorat Jenderal Pajak Kementerian Keuangan menyebut penerimaan naik.",
    )
    assert "Direktorat Jenderal Pajak" in found
    assert "Direktorat Jenderal Pajak Kementerian Keuangan" not in found


# -- refuse --------------------------------------------------------------------------------
def test_a_venue_before_the_unit_is_the_building(full_nlp):
    # INVENTED: "di Gedung" names the place
    found = orgs(full_nlp, "Rapat itu digelar di Gedung Biro Umum Kemenkeu pekan lalu.")
    assert not any(name.startswith("Biro") for name in every_name(found))


def test_a_head_alone_before_a_body_is_nothing(full_nlp):
    # INVENTED: "Pusat" with no field word
    found = orgs(full_nlp, "Kepala Pusat Kemenkeu itu datang ke Jakarta pekan lalu.")
    assert not any(name.startswith("Pusat") for name in every_name(found))


def test_a_unit_of_a_company_is_not_read(full_nlp):
    # INVENTED: a directorate of a company (not a state body)
    found = orgs(
        full_nlp,
        "Direktorat Keuangan PT Sinar Maju Sentosa menyebut laba naik tahun ini.",
    )
    assert not any(name.startswith("Direktorat Keuangan") for name in every_name(found))


def test_a_head_not_followed_by_a_body_is_not_read(full_nlp):
    # INVENTED: a travel bureau, no body after it
    found = orgs(full_nlp, "Biro Perjalanan Wisata itu menawarkan paket murah ke Bali.")
    assert "Biro Perjalanan Wisata" not in every_name(found)


def test_a_unit_a_title_names_is_the_titles_field(full_nlp):
    # INVENTED: "Kepala Biro ... Kemenkeu Name": the ministry only (the dev golds' convention)
    found = orgs(
        full_nlp,
        "Kepala Biro Komunikasi dan Layanan Informasi Kemenkeu Budi Santoso menegaskan hal itu.",
    )
    assert not any(name.startswith("Biro") for name in every_name(found))
    assert "Kementerian Keuangan" in found
