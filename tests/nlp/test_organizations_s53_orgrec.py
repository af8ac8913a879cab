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

from extraction_helpers import every_name, orgs


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


# -- review mends (session 53): every sentence below is INVENTED after the review's probes ------
def test_two_coordinated_units_are_both_read(full_nlp):
    # INVENTED: "Unit A dan Unit B": the second unit is read from the head nearest its body
    found = orgs(
        full_nlp,
        "Inspektorat Jenderal Kementerian Pertanian dan Inspektorat Jenderal Kementerian "
        "Kesehatan menggelar audit bersama.",
    )
    assert "Inspektorat Jenderal Kementerian Pertanian" in found
    assert "Inspektorat Jenderal Kementerian Kesehatan" in found


def test_a_unit_never_spans_dan_and_another_unit(full_nlp):
    # INVENTED: two short inspectorates joined by "dan"
    found = orgs(full_nlp, "Tim Itjen Kemenag dan Itjen Kemendikdasmen turun ke sekolah itu.")
    assert not any("dan Itjen" in name for name in every_name(found))
    assert "Itjen Kemenag" in found


def test_a_unit_of_another_body_is_not_an_alias(full_nlp):
    # INVENTED: the same unit words of two ministries stay two units
    found = orgs(
        full_nlp,
        "Itjen Kemenkeu memeriksa pegawai pajak itu. Sementara itu, Itjen Kemenkumham "
        "memeriksa petugas lapas.",
    )
    assert "Itjen Kemenkumham" not in found.get("Itjen Kemenkeu", {}).get("aliases", [])
    found = orgs(
        full_nlp,
        "Biro Humas Kemnaker menyebut data itu keliru. Sementara Biro Humas Kemenkes membantah "
        "kabar tersebut.",
    )
    assert "Biro Humas Kemenkes" not in found.get("Biro Humas Kemnaker", {}).get("aliases", [])


def test_a_lower_case_title_before_the_unit_is_the_titles_field(full_nlp):
    # INVENTED: "kepala" in lower case, as detik writes it after "kata"/"dikatakan"
    found = orgs(
        full_nlp,
        "Hal itu dikatakan kepala Biro Humas Kementerian Sosial, Andi Wijaya, kepada wartawan.",
    )
    assert not any(name.startswith("Biro") for name in every_name(found))
    found = orgs(
        full_nlp,
        "Hal itu disampaikan kepala Pusat Penerangan Hukum Kejagung Dodi Hartono kepada wartawan.",
    )
    assert not any(name.startswith("Pusat") for name in every_name(found))


def test_a_facility_or_a_trade_is_no_unit(full_nlp):
    # INVENTED: "pusat"/"biro" as common nouns of places and services before a body
    for text in (
        "Pusat Data Nasional Kominfo diretas pekan lalu sehingga layanan lumpuh.",
        "Warga memadati Pusat Kuliner Pemkot Bekasi pada malam tahun baru.",
        "Pusat Perbelanjaan Pemkot Depok ramai dikunjungi warga saat libur panjang.",
        "Ia mengurus SIM melalui Biro Jasa Polda Metro Jaya, tetapi ditipu.",
        "Ratusan calon jemaah tertipu Biro Perjalanan Umrah Kemenag Awasi, kata polisi.",
    ):
        found = orgs(full_nlp, text)
        assert not any(name.startswith(("Pusat", "Biro")) for name in every_name(found)), text


def test_a_name_or_another_body_inside_the_unit_refuses_it(full_nlp):
    # INVENTED: a personal name, then another (known) body, between the head and the body
    found = orgs(full_nlp, "Biro Hukum Budi Santoso Kemenkeu menjelaskan aturan itu.")
    assert not any(name.startswith("Biro Hukum") for name in every_name(found))
    found = orgs(full_nlp, "Pusat Kajian Hukum Kemenkeu Kemenkumham menerbitkan laporan itu.")
    # the unit of the nearer body may stand; none spans both bodies
    assert not any(name.endswith("Kemenkeu Kemenkumham") for name in every_name(found))


def test_a_staff_member_before_the_unit_keeps_the_body_only(full_nlp):
    # INVENTED: "staf" is a title word too (any case): the provincial government only
    found = orgs(full_nlp, "Andi Wijaya, staf Biro Keuangan Pemprov Sulsel, ditahan jaksa.")
    assert not any(name.startswith("Biro") for name in every_name(found))
    assert "Pemerintah Provinsi Sulawesi Selatan" in found
