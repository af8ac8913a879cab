"""Organisations on sentences written for these tests (not the seed articles)."""

from __future__ import annotations

import pytest

from nlp.pipeline import NER_MODEL_DIR


def orgs_of(analyse, text: str) -> dict[str, dict]:
    return {o["canonical"]: o for o in analyse("Judul\n" + text)["organizations"]}


def test_aliases_resolve_to_one_canonical_organisation(analyse):
    text = (
        "BPJamsostek mencatat kenaikan klaim. Direksi BP Jamsostek dan BPJS-TK cabang Medan "
        "menyebut Badan Penyelenggara Jaminan Sosial Ketenagakerjaan siap. Sementara itu, "
        "BPJS Kesehatan menambah fasilitas."
    )
    orgs = orgs_of(analyse, text)
    assert set(orgs) == {"bpjs-ketenagakerjaan", "bpjs-kesehatan"}
    tk = orgs["bpjs-ketenagakerjaan"]
    assert tk["name"] == "BPJS Ketenagakerjaan"
    assert {"BPJamsostek", "BP Jamsostek", "BPJS-TK"} <= set(tk["aliases"])
    assert tk["mentions"] == 4


def test_the_split_ministries_and_a_ministrys_two_spellings(analyse):
    # Since October 2024 cooperatives and SMEs are two ministries; the old joint ministry keeps
    # its own names. The migrant workers' ministry is spelled "Pelindungan" and "Perlindungan".
    text = (
        "Kementerian Koperasi menargetkan 80.000 koperasi desa. Kementerian UMKM menyalurkan "
        "kredit usaha. Data lama Kementerian Koperasi dan UKM mencatat 64 juta pelaku usaha. "
        "Kementerian Perlindungan Pekerja Migran RI memulangkan 20 pekerja."
    )
    orgs = orgs_of(analyse, text)
    assert {"kemenkop", "kemenumkm", "kemenkop-ukm", "kemenp2mi"} <= set(orgs)
    assert orgs["kemenkop"]["name"] == "Kementerian Koperasi"


def test_acronym_definition_links_long_form_and_later_mentions(analyse):
    text = (
        "Himpunan Pengusaha Kuliner Nusantara (HPKN) menandatangani kerja sama. Ketua HPKN "
        "berharap anggota HPKN ikut. Gabungan Perusahaan Ekspor Indonesia (GPEI) hadir."
    )
    orgs = orgs_of(analyse, text)
    hpkn = next(o for o in orgs.values() if o["acronym"] == "HPKN")
    assert hpkn["name"] == "Himpunan Pengusaha Kuliner Nusantara"
    assert hpkn["kind"] == "association" and hpkn["mentions"] == 4
    assert any(o["acronym"] == "GPEI" for o in orgs.values())


def test_long_form_starts_at_the_head_whose_initial_is_the_acronyms(analyse):
    text = (
        "Wakil Ketua Dewan Pimpinan Ikatan Apoteker Rumah Sakit Indonesia (IARSI) memberi sambutan."
    )
    orgs = orgs_of(analyse, text)
    (iarsi,) = orgs.values()
    assert iarsi["name"] == "Ikatan Apoteker Rumah Sakit Indonesia"


def test_english_name_ending_in_association(analyse):
    orgs = orgs_of(analyse, "Hadir pula Jakarta Logistics Providers Association (JLPA) di acara.")
    assert [o["name"] for o in orgs.values()] == ["Jakarta Logistics Providers Association"]


def test_parenthesised_words_that_are_not_organisations(analyse):
    text = (
        "Sebanyak 30 Anggota Luar Biasa (ALB) menandatangani Perjanjian Kerja Sama (PKS) "
        "dengan Pemerintah Daerah (Pemda) di wilayah tersebut, Selasa (9/8/2022). "
        "Badan Usaha yang terlambat membayar iuran dikenai denda."
    )
    assert orgs_of(analyse, text) == {}


def test_head_word_patterns_for_unknown_organisations(analyse):
    text = (
        "Dinas Tenaga Kerja Kota Surabaya bekerja sama dengan PT Maju Bersama Sentosa Tbk "
        "dan Universitas Airlangga. Anggota DPRD Jawa Timur serta Pemerintah Kabupaten "
        "Sleman ikut hadir bersama Kementerian Ketenagakerjaan."
    )
    orgs = orgs_of(analyse, text)
    by_name = {o["name"]: o for o in orgs.values()}
    assert by_name["Dinas Tenaga Kerja Kota Surabaya"]["kind"] == "agency"
    assert by_name["PT Maju Bersama Sentosa Tbk"]["kind"] == "company"
    assert by_name["Universitas Airlangga"]["kind"] == "university"
    assert by_name["DPRD Jawa Timur"]["kind"] == "regional_government"
    assert by_name["Pemerintah Kabupaten Sleman"]["kind"] == "regional_government"
    assert orgs["kemnaker"]["kind"] == "ministry"


def test_an_organ_of_an_organisation_is_not_one(analyse):
    orgs = orgs_of(analyse, "Ketua Dewan Pengurus Apindo Jawa Tengah menyampaikan usulan.")
    assert [o["acronym"] for o in orgs.values()] == ["Apindo Jawa Tengah"]


def test_regional_branches_and_regional_governments_have_one_id(analyse):
    orgs = orgs_of(
        analyse,
        "Kejaksaan Tinggi (Kejati) Jawa Timur dan Pemprov Jatim bertemu. "
        "Kepala Kejati Jatim hadir bersama Sekda Pemerintah Provinsi Jawa "
        "Timur dan Kadin Kota Surabaya.",
    )
    assert orgs["kejaksaan-tinggi-jawa-timur"]["name"] == "Kejaksaan Tinggi Jawa Timur"
    assert orgs["kejaksaan-tinggi-jawa-timur"]["mentions"] == 3
    assert orgs["pemerintah-provinsi-jawa-timur"]["mentions"] == 2
    assert orgs["kadin-kota-surabaya"]["acronym"] == "Kadin Kota Surabaya"


def test_headlines_do_not_make_organisations_from_title_case(analyse):
    result = analyse("Badan Cuaca Perkirakan Hujan Deras Minggu Ini\nHujan turun sepanjang hari.")
    assert result["organizations"] == []


def test_spans_carry_kind_and_canonical(rules_nlp):
    doc = rules_nlp("Kemnaker dan Apindo menggelar rapat dengan BPJS Ketenagakerjaan.")
    spans = [(s.text, s.label_, s.kb_id_) for s in doc.spans["organizations"]]
    assert spans == [
        ("Kemnaker", "ministry", "kemnaker"),
        ("Apindo", "chamber", "apindo"),
        ("BPJS Ketenagakerjaan", "agency", "bpjs-ketenagakerjaan"),
    ]


def test_a_body_named_in_a_regulation_title_is_not_an_organisation_of_the_article(analyse):
    result = analyse(
        "Judul\nSesuai Undang-Undang Nomor 11 Tahun 2009 tentang Badan Usaha "
        "Kesejahteraan Rakyat dan PP 7/2020 tentang Lembaga Pengelola Dana Desa, "
        "Dinas Sosial Kota Kendari menyalurkan bantuan."
    )
    names = {o["name"] for o in result["organizations"]}
    assert "Dinas Sosial Kota Kendari" in names
    assert not any(n.startswith(("Badan Usaha", "Lembaga Pengelola")) for n in names), names


def test_a_level_defined_before_its_place_is_that_places_government(analyse):
    """ "Pemerintah Kota (Pemkot) Semarang": the place follows the acronym."""
    orgs = orgs_of(
        analyse,
        "Pemerintah Kota (Pemkot) Semarang dan Pemerintah Kabupaten "
        "(Pemkab) Banyumas hadir. Pemkot Semarang menyiapkan anggaran. "
        "Pemerintah Daerah (Pemda) mendukung.",
    )
    assert orgs["pemerintah-kota-semarang"]["acronym"] == "Pemkot Semarang"
    assert orgs["pemerintah-kota-semarang"]["mentions"] == 2
    assert orgs["pemerintah-kabupaten-banyumas"]["name"] == "Pemerintah Kabupaten Banyumas"
    assert not any("daerah" in key for key in orgs)  # local government in general


def test_a_bare_defined_acronym_stands_for_its_only_branch(analyse):
    orgs = orgs_of(
        analyse, "Kejaksaan Tinggi (Kejati) Jatim hadir. Menurut Kejati, kepatuhan naik."
    )
    assert list(orgs) == ["kejaksaan-tinggi-jawa-timur"]
    assert orgs["kejaksaan-tinggi-jawa-timur"]["acronym"] == "Kejati Jatim"  # as written
    assert orgs["kejaksaan-tinggi-jawa-timur"]["mentions"] == 3  # long form, acronym, bare


def test_branches_stay_on_their_line_and_universities_have_none(analyse):
    orgs = orgs_of(
        analyse,
        "Judul\nBPJS Ketenagakerjaan dan Universitas Sumatera Utara (USU) "
        "menandatangani perjanjian kerja sama di kampus. ANTARA/HO-Humas USU"
        "\nMedan (ANTARA) - Rektor USU Medan hadir.",
    )
    assert "universitas-sumatera-utara" in orgs
    assert not any(key.startswith("universitas-sumatera-utara-") for key in orgs)


def test_a_branch_is_named_as_the_body_writes_it_and_recognised_before_a_name(analyse):
    orgs = orgs_of(
        analyse,
        "Kejati Jatim Dukung Program Jaminan Sosial\n"
        "Kejaksaan Tinggi (Kejati) Jawa Timur dan Himpunan Pengusaha Muda "
        "Indonesia (HIPMI) Kaltim mendukung. Ketua Umum HIPMI Kaltim Rizky "
        "Ananda Putra hadir.",
    )
    assert orgs["kejaksaan-tinggi-jawa-timur"]["acronym"] == "Kejati Jawa Timur"
    assert orgs["hipmi-kalimantan-timur"]["acronym"] == "HIPMI Kaltim"
    assert "hipmi" not in orgs  # "HIPMI Kaltim Rizky": the branch, not the national body


# -- regional offices: office word + place (sentences invented for these tests) -----------------
def test_regional_offices_are_named_by_their_place(analyse):
    text = (
        "Kasus itu ditangani Polda Sumut dan Polrestabes Medan, lalu dilimpahkan ke Kejari "
        "Gresik. Sidang digelar di Pengadilan Negeri Jakarta Pusat. BPBD Kota Bogor dan "
        "Disdikpora Denpasar ikut membantu."
    )
    names = {o["name"] for o in orgs_of(analyse, text).values()}
    assert names == {
        "Polda Sumut",
        "Polrestabes Medan",
        "Kejari Gresik",
        "Pengadilan Negeri Jakarta Pusat",
        "BPBD Kota Bogor",
        "Disdikpora Denpasar",
    }


def test_office_word_without_a_place_is_not_an_organisation(analyse):
    text = "Kapolres mengatakan polisi dan jaksa dari Kejari sudah bekerja; Polda menunggu."
    assert orgs_of(analyse, text) == {}


def test_a_police_unit_before_its_body_is_an_organisation_besides_the_body(analyse):
    text = (  # invented
        "Kasus itu kini ditangani Ditlantas Polda Jatim. Kasat Reskrim Polres Kampar AKP Gian "
        "mengatakan Satreskrim Polres Kampar ikut menyelidiki. Propam Polda Sumut memeriksa "
        "anggota itu; Bidpropam Polda Sumut juga menyita ponselnya. Berkasnya dikirim ke "
        "Propam Mabes Polri."
    )
    names = {o["name"]: o for o in orgs_of(analyse, text).values()}
    assert {"Polda Jatim", "Ditlantas Polda Jatim", "Polres Kampar"} <= set(names)
    assert {"Satreskrim Polres Kampar", "Polda Sumut", "Propam Polda Sumut"} <= set(names)
    assert "Propam Mabes Polri" in names  # "Mabes" between unit and body
    # one unit, written with and without its level word; the title "Kasat Reskrim" is no unit
    assert "Bidpropam Polda Sumut" in names["Propam Polda Sumut"]["aliases"]
    assert names["Satreskrim Polres Kampar"]["mentions"] == 1


def test_a_police_units_long_and_short_forms_are_one_organisation(analyse):
    text = (  # invented
        "Divisi Hukum Polri menggugat putusan itu. Divkum Polri menyebut banding diajukan. "
        "Divisi Hubungan Internasional Polri dan Divhubinter Polri memulangkan tersangka."
    )
    orgs = orgs_of(analyse, text)
    units = {k: o for k, o in orgs.items() if k != "polri"}
    assert len(units) == 2
    by_name = {o["name"]: o for o in units.values()}
    assert by_name["Divisi Hukum Polri"]["aliases"] == ["Divkum Polri"]
    assert by_name["Divisi Hubungan Internasional Polri"]["aliases"] == ["Divhubinter Polri"]


@pytest.mark.parametrize(
    "text",
    [
        # a unit right after a title is the title's field (invented)
        "Kabid Propam Polda Sumut Kombes Dudung memeriksa anggota itu.",
        "Kadiv Propam Polri Irjen Ferdy Sambo membantah.",
        "Kepala Propam Polda Sumut menyita ponselnya.",
        # lower case, and a full stop between unit and body
        "Kasus itu diperiksa propam polda sumut.",
        "Kasus itu diperiksa Propam. Polda Sumut menyita ponselnya.",
    ],
)
def test_no_police_unit_after_a_title_in_lower_case_or_across_a_full_stop(analyse, text):
    orgs = orgs_of(analyse, text)
    assert not any("propam" in key for key in orgs)
    assert set(orgs) <= {"polri", "kepolisian-daerah-sumatera-utara"}


def test_short_and_long_office_names_are_one_organisation(analyse):
    text = (
        "Kejati Jatim memeriksa lima saksi. Kejaksaan Tinggi Jawa Timur menyatakan berkas "
        "lengkap. Pelaku dibawa ke Mapolres Metro Bekasi; Polres Metro Bekasi menahannya."
    )
    orgs = orgs_of(analyse, text)
    kejati = orgs["kejaksaan-tinggi-jawa-timur"]
    assert kejati["name"] == "Kejati Jatim" and "Kejaksaan Tinggi Jawa Timur" in kejati["aliases"]
    polres = next(o for o in orgs.values() if o["name"] == "Polres Metro Bekasi")
    assert polres["aliases"] == ["Mapolres Metro Bekasi"] and polres["mentions"] == 2


def test_offices_named_by_a_district_a_country_or_a_military_number(analyse):
    text = (
        "Warga melapor ke Polsek Cikarang Utara. KBRI Mesir memulangkan mahasiswa. "
        "Kodam IV/Diponegoro dan Kodim 0830/Surabaya mengerahkan personel. Polda Metro Jaya "
        "dan Polresta Bogor Kota berjaga."
    )
    names = {o["name"] for o in orgs_of(analyse, text).values()}
    assert names == {
        "Polsek Cikarang Utara",
        "KBRI Mesir",
        "Kodam IV/Diponegoro",
        "Kodim 0830/Surabaya",
        "Polda Metro Jaya",
        "Polresta Bogor Kota",
    }


def test_regional_branch_of_a_known_body(analyse):
    text = "Baznas Kota Makassar menyalurkan zakat, kata pengurus Badan Amil Zakat Nasional."
    orgs = orgs_of(analyse, text)
    assert {o["name"] for o in orgs.values()} == {
        "Badan Amil Zakat Nasional Kota Makassar",
        "Badan Amil Zakat Nasional",
    }


def test_a_regional_office_of_a_body_is_named_with_its_office_word(analyse):
    # invented: "Kantor Wilayah" / "Kanwil" before a branching body and its region
    text = (
        "Pemprov Jateng menandatangani nota kesepakatan dengan Kantor Wilayah Badan Pertanahan "
        "Nasional (BPN) Jawa Tengah (Kanwil BPN Jateng). Kepala Kantor Wilayah Badan "
        "Pertanahan Nasional Provinsi Jawa Tengah, Sutrisno, hadir. BPN pusat mendukung."
    )
    result = analyse("Judul\n" + text)
    # the office is the body's branch in the region: the same id as "BPN Jawa Tengah"
    office = {o["canonical"]: o for o in result["organizations"]}["bpn-jawa-tengah"]
    assert office["name"] == "Kantor Wilayah Badan Pertanahan Nasional Jawa Tengah"
    assert office["acronym"] == "Kanwil BPN Jawa Tengah"
    assert "Kanwil BPN Jateng" in office["aliases"]
    person = next(p for p in result["people"] if p["name"] == "Sutrisno")
    assert (person["role"], person["organization"]) == ("Kepala", "Kanwil BPN Jawa Tengah")
    partners = {c["partner_canonical"] for c in result["commitments"]}
    assert "bpn-jawa-tengah" in partners


def test_a_regional_office_keeps_the_branch_id_however_it_is_written(analyse):
    # invented: "Kakanwil", "Kepala Kanwil" and "Kepala KPw" are one id each, the branch's
    for text, key in (
        ("Kakanwil Kemenag Jawa Tengah, Andi Susanto, hadir.", "kemenag-jawa-tengah"),
        ("Kepala Kanwil Kemenag Jawa Tengah, Andi Susanto, hadir.", "kemenag-jawa-tengah"),
        ("Kepala KPw BI Sumsel, Bambang Wijaya, hadir.", "bank-indonesia-sumatera-selatan"),
        (
            "Kepala Kantor Perwakilan Bank Indonesia (BI) Provinsi Sumatera Selatan, Bambang "
            "Wijaya, hadir.",
            "bank-indonesia-sumatera-selatan",
        ),
    ):
        assert key in orgs_of(analyse, text), text


def test_the_body_in_the_region_is_the_office_the_article_names_there(analyse):
    # invented: the short "BI Sumsel" before and after the representative office
    for text in (
        "BI Sumsel menyiapkan program UMKM. Kepala Kantor Perwakilan Bank Indonesia (BI) "
        "Provinsi Sumatera Selatan, Bambang Wijaya, menyebut inflasi terkendali.",
        "Kepala Kantor Perwakilan Bank Indonesia (BI) Provinsi Sumatera Selatan, Bambang "
        "Wijaya, menyebut inflasi terkendali. BI Sumsel menyiapkan program UMKM.",
    ):
        orgs = orgs_of(analyse, text)
        assert set(orgs) == {"bank-indonesia-sumatera-selatan"}
        office = orgs["bank-indonesia-sumatera-selatan"]
        assert office["name"] == "Kantor Perwakilan Bank Indonesia Provinsi Sumatera Selatan"
        assert "BI Sumsel" in office["aliases"]  # the plain branch's surface stays


def test_an_office_takes_no_other_place_nor_a_unit_nor_a_body_without_place(analyse):
    # invented: another place's branch in brackets after the office stays its own
    orgs = orgs_of(
        analyse,
        "Kanwil Kemenag Jawa Tengah (Kemenag Kota Semarang dan Kemenag Kabupaten Demak) "
        "menandatangani nota kesepahaman dengan Pemprov Jateng.",
    )
    assert {"kemenag-jawa-tengah", "kemenag-kota-semarang", "kemenag-kabupaten-demak"} <= set(orgs)
    orgs = orgs_of(
        analyse, "Baznas Jawa Tengah (Baznas Kota Semarang) menandatangani nota kesepahaman."
    )
    assert {"baznas-jawa-tengah", "baznas-kota-semarang"} <= set(orgs)
    # a service unit inside a branch ("Kantor Pelayanan") is not the branch's office
    orgs = orgs_of(
        analyse,
        "Ketua Baznas Kota Semarang, Ahmad Darodji, hadir. Kantor Pelayanan Baznas Kota "
        "Semarang dibuka di Tembalang.",
    )
    assert orgs["baznas-kota-semarang"]["name"] == "Badan Amil Zakat Nasional Kota Semarang"
    # an office word with no place after the body names no branch
    orgs = orgs_of(analyse, "Kepala Kanwil BPN, Andi Susanto, hadir di Semarang.")
    assert "bpn" in orgs
    assert not any(k.startswith("bpn-") for k in orgs)


def test_the_prosecution_service_by_its_own_name_is_kejagung(analyse):
    # invented
    text = "TNI dan Kejaksaan Republik Indonesia meneken nota kesepahaman. Kejaksaan RI siap."
    orgs = orgs_of(analyse, text)
    assert orgs["kejagung"]["name"] == "Kejaksaan Agung"
    assert "kejaksaan-ri" not in orgs


def test_the_prosecution_commission_and_offices_are_not_kejagung(analyse):
    # invented: the commission that oversees the service, and its regional offices
    orgs = orgs_of(analyse, "Komisi Kejaksaan RI menerima laporan masyarakat soal jaksa.")
    assert "komjak" in orgs
    assert "kejagung" not in orgs
    orgs = orgs_of(
        analyse,
        "Kejati Jawa Timur dan Kejari Surabaya bersama Kejaksaan RI menggelar penyuluhan hukum.",
    )
    assert "kejagung" in orgs
    assert len(orgs) == 3, sorted(orgs)


# -- known ministries, agencies, parties and companies by their short forms ---------------------
def test_cabinet_ministries_and_agencies_by_short_form(analyse):
    text = (
        "Kemendikdasmen, Kemendiktisaintek dan Kemenkes bertemu BPOM, BKKBN dan BGN. "
        "Danantara serta Otorita IKN hadir bersama PT KAI dan Pertamina."
    )
    assert set(orgs_of(analyse, text)) == {
        "kemendikdasmen",
        "kemendiktisaintek",
        "kemenkes",
        "bpom",
        "bkkbn",
        "bgn",
        "danantara",
        "otorita-ikn",
        "kai",
        "pertamina",
    }


def test_pks_alone_stays_an_agreement_not_a_party(analyse):
    text = "Kedua pihak meneken PKS, disaksikan anggota Fraksi PKS dan Partai Gerindra."
    assert set(orgs_of(analyse, text)) == {"pks", "gerindra"}


# -- wrong merges ------------------------------------------------------------------------------
def test_acronym_after_a_list_names_the_last_organisation(analyse):
    text = (
        "Kasus ini ditangani Kejaksaan Tinggi DKI Jakarta dan Komisi Pemberantasan "
        "Korupsi (KPK) sejak Mei."
    )
    orgs = orgs_of(analyse, text)
    assert orgs["kpk"]["aliases"] == []
    assert orgs["kejaksaan-tinggi-dki-jakarta"]["name"] == "Kejaksaan Tinggi DKI Jakarta"


def test_city_government_of_a_province_only_place_is_not_the_province(analyse):
    text = "Pemkot Jakarta dan Pemprov Jabar membahas banjir bersama Pemkab Bogor."
    orgs = orgs_of(analyse, text)
    assert "pemerintah-provinsi-dki-jakarta" not in orgs
    assert {"pemerintah-provinsi-jawa-barat", "pemerintah-kabupaten-bogor"} <= set(orgs)


def test_companies_named_by_their_last_word(analyse):
    # invented text
    text = (
        "Uang itu disita dari Wilmar Group, Musim Mas Group, dan Permata Hijau Group. "
        "Kemudian Musim Mas Group membayar. Analis Phintraco Sekuritas menilai, begitu pula "
        "Provident Capital Ltd. Sebuah grup lain menolak."
    )
    names = [o["name"] for o in orgs_of(analyse, text).values()]
    assert names == [
        "Wilmar Group",
        "Musim Mas Group",
        "Permata Hijau Group",
        "Phintraco Sekuritas",
        "Provident Capital Ltd",
    ]


def test_ner_org_spans_need_a_head_or_tail_and_a_proper_word(full_nlp):
    # invented text; the NER's ORG spans count only with a head word ("Partai") or an English
    # organisation word ("School") and a proper word besides it
    from nlp.extract import extract_documents

    text = (
        "Politikus Partai Republik dan peneliti Harvard Medical School menilai Dinas "
        "Kesehatan perlu bertindak."
    )
    (result,) = extract_documents(
        [{"title": "Judul", "text": text, "published": None}], nlp=full_nlp
    )
    names = {o["name"] for o in result["organizations"]}
    assert names == {"Partai Republik", "Harvard Medical School"}


def test_schools_by_level_word_number_and_name(analyse):
    # invented text
    text = (
        "Siswa SMA Taruna Nusantara, MAN Insan Cendekia Gorontalo dan SRMA 33 Tangerang "
        "Selatan lolos. Lulusan SMA dan siswa SD Negeri ikut. Kepala SMP Negeri 3 Bogor "
        "hadir."
    )
    names = {o["name"] for o in orgs_of(analyse, text).values()}
    assert names == {
        "SMA Taruna Nusantara",
        "MAN Insan Cendekia Gorontalo",
        "SRMA 33 Tangerang Selatan",
        "SMP Negeri 3 Bogor",
    }


def test_regional_government_carries_its_official_short_form(analyse):
    orgs = orgs_of(analyse, "Pemerintah Kabupaten Karanganyar menolak rencana itu.")
    assert orgs["pemerintah-kabupaten-karanganyar"]["aliases"] == ["Pemkab Karanganyar"]


def test_known_ministry_followed_by_a_country_is_that_countrys(analyse):
    # invented text
    text = (
        "Kementerian Kebudayaan Prancis menyebut delapan benda raib. Kementerian Kebudayaan "
        "menanggapi kabar itu."
    )
    orgs = orgs_of(analyse, text)
    assert orgs["kementerian-kebudayaan-prancis"]["name"] == "Kementerian Kebudayaan Prancis"
    assert orgs["kemenbud"]["mentions"] == 1


def test_home_bodies_in_an_article_set_wholly_abroad_are_the_foreign_states(analyse):
    # invented text: an article set in the US writes its bodies with Indonesian names
    text = (
        "Ribuan warga AS turun ke jalan di Washington. Ketua DPR Mike Johnson mencemooh aksi "
        "itu, sementara Partai Demokrat mendukungnya. Sebanyak 435 kursi DPR AS diperebutkan "
        "tahun depan, kata analis di Amerika Serikat."
    )
    orgs = orgs_of(analyse, text)
    assert "dpr" not in orgs
    assert orgs["dpr-as"]["mentions"] == 2  # the bare "DPR" is the House the article names
    # a body the article never writes with its country is left as it is: no country guessed
    assert "demokrat" in orgs and not any(key.startswith("partai-demokrat-") for key in orgs)
    # one Indonesian anchor (here "Indonesia") sets the article at home: the bodies stay
    orgs = orgs_of(analyse, text + " Duta besar Indonesia hadir.")
    assert {"dpr", "dpr-as"} <= set(orgs) and orgs["dpr"]["mentions"] == 1
    # one foreign country named once sets nothing abroad
    orgs = orgs_of(analyse, "Presiden Brasil memuji program itu, kata Ketua DPR Puan Maharani.")
    assert "dpr" in orgs


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # invented sentences: Indonesian articles naming foreign countries, no anchor word
        (
            "Rupiah melemah ke Rp 16.300 per dolar AS. BI menyebut penguatan dolar AS menekan "
            "pasar. Kemenkeu memantau.",
            {"bank-indonesia", "kemenkeu"},
        ),
        (
            "Kementerian Perdagangan mencatat ekspor ke AS turun. Kemendag akan membahas tarif "
            "AS pekan depan.",
            {"kemendag"},
        ),
        (
            "Kementerian Perdagangan mencatat ekspor ke AS turun. Kemendag akan membahas tarif "
            "dengan China.",
            {"kemendag"},
        ),
        (
            "Komisi I DPR menerima delegasi Australia. Anggota DPR menyebut Australia mitra "
            "penting. Partai Gerindra mendukung.",
            {"dpr", "gerindra"},
        ),
        ("KPK memburu buron ke Singapura. Ia diduga kabur dari Singapura ke Thailand.", {"kpk"}),
        (
            "Menlu Sugiono bertemu Menlu Jepang di Tokyo. Kemlu menyebut Jepang mitra strategis.",
            {"kemenlu"},
        ),
        # a currency names no place the article is set in ("dolar AS", "yen Jepang")
        (
            "Harga emas naik saat dolar AS melemah. BI menilai dolar AS dan yen Jepang masih "
            "bergejolak.",
            {"bank-indonesia"},
        ),
        # the US Treasury written with its country, and "dolar AS" no second country: the bare
        # Kemenkeu is still the home ministry
        (
            "Kementerian Keuangan AS merilis data utang. Kemenkeu menyebut dolar AS masih kuat.",
            {"kemenkeu"},
        ),
    ],
)
def test_an_article_at_home_naming_foreign_countries_keeps_its_home_bodies(analyse, text, home):
    orgs = orgs_of(analyse, text)
    assert home <= set(orgs)  # not renamed with a country, not left out


def test_dpd_before_a_union_or_party_is_its_board_not_the_senate(analyse):
    # invented text
    text = "Ketua DPD KSPSI DIY Kirnadi hadir bersama Ketua DPD RI dan Polsek Medan Kota."
    orgs = orgs_of(analyse, text)
    assert orgs["dpd"]["mentions"] == 1
    assert any(o["name"] == "Polsek Medan Kota" for o in orgs.values())


def test_company_name_the_ner_reads_as_a_person_is_still_a_company(full_nlp):
    # invented text; the NER reads "Wilmar Group" and "Mega" as persons: a name running into a
    # company's last word (Group, Sekuritas, Invest...) is the company's
    from nlp.extract import extract_documents

    text = (
        "Uang itu disita dari tiga perusahaan sekaligus, Wilmar Group dan Musim Mas Group. "
        "Mengutip riset Mega Capital Sekuritas, investor asing mencatat beli bersih. "
        "Ivana Delevska, pendiri Spear Invest, menjual sahamnya."
    )
    (result,) = extract_documents(
        [{"title": "Judul", "text": text, "published": None}], nlp=full_nlp
    )
    names = {o["name"] for o in result["organizations"]}
    assert {"Wilmar Group", "Musim Mas Group", "Mega Capital Sekuritas", "Spear Invest"} <= names


def test_known_acronym_among_initials_is_no_organisation(analyse):
    # invented text: "MA" is a suspect's initials here, not the Mahkamah Agung
    orgs = orgs_of(analyse, "Polisi menyebut keempat pelaku adalah DS, ARH, ZF dan MA.")
    assert "ma" not in orgs
    # a list of organisations keeps its members
    orgs = orgs_of(analyse, "Putusan MA, KPK dan Polri menjadi rujukan.")
    assert {"ma", "kpk", "polri"} <= set(orgs)


def test_initials_with_ages_or_after_berinisial_are_no_organisation(analyse):
    # real, detik even id 806 (via the seed-2027 precision sample): a list of initials with ages
    orgs = orgs_of(
        analyse,
        "Korban dikeroyok pelaku yang masing-masing berinisial MA (13), MT (13), AR (13), "
        "A (13), dan R (13).",
    )
    assert "ma" not in orgs
    # invented text: one suspect's initials after "berinisial"; the court itself stays
    orgs = orgs_of(analyse, "Polisi menangkap tersangka berinisial MA di rumahnya.")
    assert "ma" not in orgs
    orgs = orgs_of(analyse, "Mahkamah Agung (MA) menolak kasasi. MA menyatakan putusan final.")
    assert "ma" in orgs


def test_acronym_spelled_out_as_something_else_is_not_the_known_body(analyse):
    # real, detik even id 33 (seed-2027 precision sample): PKB is the vehicle tax here
    orgs = orgs_of(
        analyse,
        "Bebas sanksi administratif keterlambatan pembayaran Pajak Kendaraan Bermotor (PKB) dan "
        "Bea Balik Nama Kendaraan Bermotor (BBNKB). Pemprov Jatim memperpanjang keringanan "
        "PKB dan BBNKB.",
    )
    assert "pkb" not in orgs
    # invented text: the party's own long form, and a body's other long form, keep the body
    orgs = orgs_of(
        analyse, "Partai Kebangkitan Bangsa (PKB) menggelar muktamar. PKB mendukung pemerintah."
    )
    assert "pkb" in orgs
    # real, detik even id 234: the spelling is inside the company's own name
    orgs = orgs_of(
        analyse,
        "Danny Praditya selaku Direktur Komersial PT PGN hadir, bersama mantan Direktur Utama "
        "PT Perusahaan Gas Negara (PGN) Hendi Prio Santoso.",
    )
    assert len(orgs) == 1
    orgs = orgs_of(
        analyse, "World Health Organization (WHO) memperingatkan wabah. WHO meminta vaksinasi."
    )
    assert any(o["acronym"] == "WHO" for o in orgs.values())


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # after real detik even id 294 (a labour court story), shortened: the collective
        # labour agreement, spelled in lower case, is no party
        (
            "Buruh menggugat PT Taru Martani soal perselisihan perjanjian kerja bersama (PKB). "
            "Pimpinan tidak mengakui adanya PKB itu.",
            False,
        ),
        # invented: the party spelled in lower case, and a mixed-case run, stay the party
        ("Kader partai kebangkitan bangsa (PKB) berkumpul. PKB mendukung pemerintah.", True),
        ("Ia menilai soal Kerja bersama (PKB) itu. PKB mendukung pemerintah.", True),
    ],
)
def test_a_lower_case_spelling_of_a_known_acronym_names_its_own_thing(analyse, text, party):
    assert ("pkb" in orgs_of(analyse, text)) is party


def test_a_kind_of_body_named_alone_is_no_organisation(analyse):
    # real, detik even id 140 (seed-2027 precision sample): enterprises in general
    orgs = orgs_of(
        analyse,
        "Rosan Roeslani melarang Badan Usaha Milik Negara (BUMN) mempercantik laporan keuangannya.",
    )
    assert not orgs
    # invented text: the ministry named after the category is an organisation
    orgs = orgs_of(analyse, "Kementerian Badan Usaha Milik Negara (BUMN) menunjuk direksi.")
    assert len(orgs) == 1


def test_civil_society_police_corps_and_inflation_teams_are_known(analyse):
    # real, detik even id 316 (dev2 gold): a list of NGOs after "LSM demokrasi, seperti"
    orgs = orgs_of(
        analyse,
        "Koalisi merupakan gabungan dari beberapa LSM demokrasi, seperti Imparsial, YLBHI, "
        "KontraS, PBHI, Amnesty International Indonesia, ELSAM, dan SETARA Institute.",
    )
    assert {"imparsial", "pbhi", "amnesty-international", "elsam", "setara-institute"} <= set(orgs)
    # real, detik even ids 4 and 28
    orgs = orgs_of(
        analyse,
        "Purbaya meminta agar TPIP dan TPID terus bersinergi. Korlantas Polri bergerak cepat.",
    )
    assert {"tpip", "tpid", "korlantas"} <= set(orgs)


def test_office_spelled_out_then_its_place_is_the_branch(analyse):
    # real, detik even id 332 (dev3): the long and short forms, then the place
    orgs = orgs_of(
        analyse,
        "Kepolisian Resor Kota (Polresta) Bogor Kota memusnahkan 38.875 botol minuman keras.",
    )
    (office,) = orgs.values()
    assert office["name"] == "Kepolisian Resor Kota Bogor Kota"
    assert "Polresta Bogor Kota" in office["aliases"]
    # invented text: a sector's place the gazetteer lacks; the office alone is no organisation
    orgs = orgs_of(analyse, "Kepolisian Sektor (Polsek) Cikarang Utara menangkap pelaku.")
    (office,) = orgs.values()
    assert "Polsek Cikarang Utara" in office["aliases"]
    assert not orgs_of(analyse, "Kejaksaan Tinggi (Kejati) menyatakan berkas itu lengkap.")


def test_employer_after_an_occupation_and_di(analyse):
    # real, detik even ids 64 and 70: an analyst's or economist's firm
    orgs = orgs_of(
        analyse,
        "Priyanka Sachdeva, analis pasar senior di Phillip Nova mengatakan biaya pinjaman naik. "
        "Adrian Prettejohn, ekonom Eropa di Capital Economics, memperkirakan suku bunga turun.",
    )
    assert {o["name"] for o in orgs.values()} == {"Phillip Nova", "Capital Economics"}
    # invented text: a place or a country after "di" is no employer
    assert not orgs_of(
        analyse,
        "Seorang analis di Jakarta mengatakan harga naik. Peneliti di Amerika Serikat setuju.",
    )
    # invented text: a village or a street the gazetteer does not know is still a place
    assert not orgs_of(
        analyse,
        "Seorang konsultan di Kampung Melayu mengatakan harga naik. Analis di Jalan Kenari setuju.",
    )


def test_pondok_pesantren_is_a_school(analyse):
    # real, detik even id 120: a pesantren by its short form and proper name
    orgs = orgs_of(
        analyse,
        "Ketua Alumni Ponpes Al-Khoziny, Zaenal Abidin menegaskan bahwa alumni siap membantu.",
    )
    assert [(o["name"], o["kind"]) for o in orgs.values()] == [("Ponpes Al-Khoziny", "school")]
    # real, detik even id 120: a weekday after the name is the date, not part of it
    orgs = orgs_of(
        analyse, "Kata Zaenal Abidin kepada wartawan di Ponpes Al-Khoziny Jumat (17/10/2025)."
    )
    assert [o["name"] for o in orgs.values()] == ["Ponpes Al-Khoziny"]
    # invented text: the level word alone is no school
    assert not orgs_of(analyse, "Para santri pondok pesantren itu pulang. Ponpes di desa itu sepi.")


def test_street_or_housing_estate_named_after_a_body_is_no_organisation(analyse):
    # invented text: a perumahan "Perum Asabri" is not PT Asabri; "Perum Bulog" is a company
    orgs = orgs_of(
        analyse,
        "Jalan di Perum Asabri Jonggol diperbaiki. Di Jalan Pertamina macet. "
        "Perum Bulog menyerap gabah petani.",
    )
    assert set(orgs) == {"bulog"}


def test_departemen_is_a_head_word_and_a_country_makes_it_foreign(analyse):
    # invented text
    orgs = orgs_of(
        analyse,
        "Juru bicara Departemen Luar Negeri AS menyatakan hal itu kepada Departemen "
        "Efisiensi Pemerintah.",
    )
    names = {o["name"] for o in orgs.values()}
    assert {"Departemen Luar Negeri AS", "Departemen Efisiensi Pemerintah"} <= names


def test_acronym_in_the_middle_of_a_name(analyse):
    # invented text: "(Kemenko)" stands between the head and the field of the ministry
    orgs = orgs_of(
        analyse,
        "Acara digelar di Kementerian Koordinator (Kemenko) Bidang Pemberdayaan Masyarakat, "
        "Jakarta, dan dihadiri Badan Kebijakan Fiskal (BKF) Bidang Pajak.",
    )
    names = {o["name"] for o in orgs.values()}
    assert "Kementerian Koordinator Bidang Pemberdayaan Masyarakat" in names
    assert "Kementerian Koordinator" not in names
    bkf = next(o for o in orgs.values() if o["name"].startswith("Badan Kebijakan Fiskal"))
    assert bkf["name"] == "Badan Kebijakan Fiskal Bidang Pajak"
    assert bkf["acronym"] == "BKF Bidang Pajak"


def test_legal_aid_office_with_its_city_and_known_think_tanks(analyse):
    # invented text
    orgs = orgs_of(
        analyse,
        "Pengacara LBH Pekanbaru mendampingi warga, sementara LBH saja tidak cukup. Ekonom "
        "INDEF dan peneliti CORE Indonesia menilai, begitu pula Celios dan LPEM FEB UI.",
    )
    names = {o["name"] for o in orgs.values()}
    assert "LBH Pekanbaru" in names
    assert not any(o["name"] in ("LBH", "Lembaga Bantuan Hukum") for o in orgs.values())
    assert {"indef", "core-indonesia", "celios", "lpem-feb-ui"} <= set(orgs)


def test_party_followed_by_a_country_is_that_countrys_party(analyse):
    # invented text: the British Labour Party is not the Indonesian Partai Buruh
    orgs = orgs_of(
        analyse, "Pemimpin Partai Buruh Inggris menang. Presiden Partai Buruh Said Iqbal menolak."
    )
    names = {o["name"] for o in orgs.values()}
    assert names == {"Partai Buruh Inggris", "Partai Buruh"}
    assert orgs["partai-buruh"]["name"] == "Partai Buruh"


def test_kind_of_body_before_the_acronym_takes_the_name_after_it(analyse):
    # invented text: "Rumah Sakit Umum Pusat" and "Universitas Islam Negeri" are kinds of
    # bodies; the name follows the acronym
    orgs = orgs_of(
        analyse,
        "Rumah Sakit Umum Pusat (RSUP) Prof Ngoerah, Denpasar, merawat korban. Dosen "
        "Universitas Islam Negeri (UIN) Maulana Malik Ibrahim ikut membantu.",
    )
    acronyms = {o["acronym"] for o in orgs.values()}
    assert acronyms == {"RSUP Prof Ngoerah", "UIN Maulana Malik Ibrahim"}
    # the names the article uses later: without the person's title, by the inner acronym
    rsup = next(o for o in orgs.values() if o["acronym"] == "RSUP Prof Ngoerah")
    assert rsup["aliases"] == ["RSUP Ngoerah"]
    orgs = orgs_of(
        analyse,
        "Rumah Sakit Umum Pusat (RSUP) Ibu Kota Nusantara (IKN) siap beroperasi. Ketua "
        "Pelayanan Medik RSUP IKN menyampaikan hal itu.",
    )
    (rsup,) = orgs.values()
    assert rsup["aliases"] == ["RSUP IKN"] and rsup["mentions"] == 2


def test_known_name_translating_a_foreign_body_keeps_the_foreign_acronym(analyse):
    # invented text: "(FDA)" says this is the American body, not BPOM; "(PU)" is the field
    orgs = orgs_of(
        analyse,
        "Lee bekerja di Badan Pengawas Obat dan Makanan (FDA) di Washington. Kementerian "
        "Pekerjaan Umum (PU) membangun jalan.",
    )
    assert "bpom" not in orgs
    fda = next(o for o in orgs.values() if o["acronym"] == "FDA")
    assert fda["name"] == "Badan Pengawas Obat dan Makanan"
    assert "kementerian-pu" in orgs


def test_cut_short_and_member_body_names_are_no_organisations(analyse):
    # invented text: a numbered commission alone; the department a union is named after
    orgs = orgs_of(
        analyse,
        "Ia menjabat Ketua Komisi II. Lee, presiden Serikat Pekerja Departemen Keuangan "
        "Nasional, hadir.",
    )
    # session 42: the union itself, named in a person's title, is an organisation; the
    # department it is named after is not (nor "Komisi II")
    assert set(orgs) <= {"serikat-pekerja-departemen-keuangan-nasional"}


def test_name_going_on_after_the_acronym_and_events_by_year(analyse):
    # invented text: the name goes on after "(BPI)" into a known body and after "(Timnas)"
    # with a name suffix; a forum followed by its year is an event
    orgs = orgs_of(
        analyse,
        "Utang dapat diselesaikan Badan Pengelola Investasi (BPI) Daya Anagata Nusantara. "
        "Tim Nasional (Timnas) Indonesia gagal lolos. Pembukaan Jakarta Climate Talks "
        "Forum (JCTF) 2025 digelar hari ini.",
    )
    assert "danantara" in orgs
    names = {o["name"] for o in orgs.values()}
    assert "Tim Nasional Indonesia" in names
    assert "Badan Pengelola Investasi" not in names
    assert not any("Forum" in n for n in names)


def test_kind_of_local_body_needs_its_place(analyse):
    # invented text: one such body in every village or region; with its place it is one body
    orgs = orgs_of(
        analyse,
        "Izin diberikan kepada Badan Permusyawaratan Desa (BPD). Sertifikat dari Lembaga Halal "
        "Luar Negeri (LHLN) diakui. Badan Penanggulangan Bencana Daerah (BPBD) Jawa Tengah "
        "mencatat banjir, Dewan Perwakilan Daerah (DPD) bersidang.",
    )
    names = {o["name"] for o in orgs.values()}
    assert names == {"Badan Penanggulangan Bencana Daerah Jawa Tengah", "Dewan Perwakilan Daerah"}


# -- session 20: names without a head word, foreign state bodies, task forces (invented text) --
def _names(analyse, text: str) -> set[str]:
    return {o["name"] for o in analyse("Judul\n" + text)["organizations"]}


def test_a_foreign_states_bodies_are_named_by_the_country_after_them(analyse):
    # invented sentences
    names = _names(
        analyse,
        "Pemerintah Tiongkok menolak tuduhan itu. Kepolisian Peru menangkap dua orang. "
        "Rancangan itu disahkan Kongres AS pekan lalu. Pemerintah menyiapkan anggaran.",
    )
    assert {"Pemerintah Tiongkok", "Kepolisian Peru", "Kongres AS"} <= names
    # the home state's bare "pemerintah" names no body
    assert not any(n.lower() == "pemerintah" for n in names)


def test_a_seat_of_government_is_a_body_only_as_an_actor(analyse):
    # invented sentences
    assert "Gedung Putih" in _names(analyse, "Gedung Putih menyatakan tarif itu berlaku.")
    assert "Gedung Putih" not in _names(analyse, "Ia berbicara kepada wartawan di Gedung Putih.")
    assert not _names(analyse, "Rapat terbatas digelar di Kantor Kepresidenan, Jakarta.")


def test_a_noun_of_organisations_names_the_proper_name_after_it(analyse):
    # invented sentences
    names = _names(
        analyse,
        "Lembaga survei Citra Nusa merilis hasilnya. Perusahaan rintisan asal Korea Selatan, "
        "Hanbit, membuka kantor. Perusahaan multinasional seperti Apple, Tesla, dan Volkswagen "
        "hadir. Musk membentuk partai politik baru bernama America Party.",
    )
    assert {"Citra Nusa", "Hanbit", "Volkswagen", "America Party"} <= names
    # a field, a place or a person after the noun is no organisation
    assert not _names(
        analyse,
        "Saham perusahaan EV itu turun. Perusahaan Jepang rugi. Ia bekerja di perusahaan milik "
        "Budi Santoso. Ia menggelapkan uang perusahaan Ratna. Dana partai politik saat Pemilu "
        "2024 dibahas. Dilansir BBC, perusahaan itu tutup.",
    )


def test_the_organisation_gazetteer_vouches_for_the_ners_org_spans(full_nlp):
    # invented sentences; the clubs are in DBpedia's organisation list, the NER reads them ORG
    from nlp.extract import extract_documents

    text = "Arsenal mengalahkan West Ham United. Persib Bandung menang 3-0."
    result = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    names = {o["name"] for o in result["organizations"]}
    assert {"Arsenal", "West Ham United", "Persib Bandung"} <= names


def test_task_forces_by_acronym_or_by_what_they_do(analyse):
    # invented sentences
    names = _names(
        analyse,
        "Penegakan hukum dilakukan melalui Satgas PKH. Satgas Penanggulangan Aktivitas Ilegal "
        "menemukan tambang. Satuan Tugas (Satgas) Penanganan Radiasi Cesium-137 bekerja. "
        "Satgas RW ikut berjaga. Tim itu dibentuk.",
    )
    assert {
        "Satgas PKH",
        "Satgas Penanggulangan Aktivitas Ilegal",
        "Satuan Tugas Penanganan Radiasi Cesium-137",
    } <= names
    assert not names & {"Satuan Tugas", "Satgas RW", "Satgas"}


def test_categories_of_bodies_and_glued_ranks_are_no_organisations(analyse):
    # invented sentences
    names = _names(
        analyse,
        "Badan Usaha Milik Daerah (BUMD) Kabupaten Majalengka merugi. "
        "Polsek Sako Iptu Andi Wijaya mengatakan pelaku ditangkap.",
    )
    assert not any("Usaha Milik" in n or "BUMD" in n for n in names)
    assert "Polsek Sako" in names and "Polsek Sako Iptu" not in names


def test_an_office_and_its_place_abbreviation_and_an_inspectorate(analyse):
    # invented sentences
    orgs = analyse(
        "Judul\nKejati Daerah Istimewa Yogyakarta (DIY) menahan tersangka. Audit Inspektorat "
        "Kabupaten Majalengka mengonfirmasi kerugian."
    )["organizations"]
    kejati = next(o for o in orgs if o["name"].startswith("Kejati"))
    assert "Kejati DIY" in kejati["aliases"]
    assert any(o["name"] == "Inspektorat Kabupaten Majalengka" for o in orgs)


def test_an_office_short_form_that_skips_its_head_defines_it(analyse):
    # invented sentence: KESatuan BANGsa POLitik, the head "Badan" left out of the letters
    orgs = analyse(
        "Judul\nDana hibah berada di Badan Kesatuan Bangsa dan Politik (Kesbangpol) Sumut."
    )["organizations"]
    assert any(o["acronym"] == "Kesbangpol Sumut" for o in orgs)


def test_names_go_on_after_dan_and_start_after_a_building_word(analyse):
    # invented sentences
    names = _names(
        analyse,
        "Presiden mengubah Badan Penyelenggaraan Haji dan Umrah menjadi kementerian. Kantor "
        "Kejaksaan Tinggi Jawa Tengah (Kejati Jateng) dijaga. Kementerian Investasi dan "
        "Mahkamah Agung bekerja sama.",
    )
    assert {"Badan Penyelenggaraan Haji dan Umrah", "Kejaksaan Tinggi Jawa Tengah"} <= names
    assert "Mahkamah Agung" in names and not any("Investasi dan Mahkamah" in n for n in names)
    # one word before "dan": two bodies, not one name
    assert not _names(analyse, "Korban didampingi Dinas Sosial dan Peksos untuk pemulihan.")


def test_english_company_last_words_and_a_club_after_its_country(analyse):
    # invented sentences
    names = _names(
        analyse,
        "Menurut analis Rystad Energy harga naik. Northern Minerals mendapat dana. Ia melatih "
        "klub Korea Selatan, Ulsan HD, tahun lalu.",
    )
    assert {"Rystad Energy", "Northern Minerals", "Ulsan HD"} <= names
    # English fields written with capitals are no companies
    assert not _names(analyse, "Investasi Renewable Energy dan Critical Minerals naik.")


def test_an_office_is_also_named_without_its_region_word(analyse):
    # invented sentence
    orgs = analyse(
        "Judul\nSertifikat itu terbit dari Dinas Kesehatan Kabupaten Gresik pekan lalu."
    )["organizations"]
    dinkes = next(o for o in orgs if o["name"] == "Dinas Kesehatan Kabupaten Gresik")
    assert "Dinas Kesehatan Gresik" in dinkes["aliases"]


def test_the_ners_org_spans_lose_a_trailing_personal_name_and_products(full_nlp):
    # invented sentences
    from nlp.extract import extract_documents

    text = (
        "Ditjen Dikti Khairul meyakini kampus akan transparan. Kolaborasi Korlantas Polri "
        "dengan Google Maps diapresiasi."
    )
    result = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    names = {o["name"] for o in result["organizations"]}
    assert not any("Khairul" in n for n in names)
    assert "Google" not in names


def test_a_head_word_after_a_street_word_names_a_street(analyse):
    # invented sentence
    assert not _names(analyse, "Sekolah itu berlokasi di Jalan Perum Griya Asri Raya, Serpong.")


def test_a_list_of_examples_after_a_noun_of_organisations_names_each(full_nlp):
    # real, detik even id 402 (dev4 gold): the NER reads Tencent as a person, BYD is three
    # capitals; as examples of "perusahaan" both are companies
    from nlp.extract import extract_documents

    text = (
        "Tiongkok menjadi pusat teknologi dunia dengan perusahaan seperti Huawei, Tencent, dan BYD."
    )
    result = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    assert {"Huawei", "Tencent", "BYD"} <= {o["name"] for o in result["organizations"]}


def test_platform_names_the_proper_name_after_it(analyse):
    # real, detik even id 850: "di platform Truth Social"; invented: a person after it.
    # Session 44 reversed the first assertion: a social media platform (name_markers.yaml
    # platform_names) after a channel word is where a thing is posted, no organisation (the
    # precision checkers judged 850's "Truth Social" wrong; test_prec_s44.py); a platform
    # outside that list after "platform" is still read as a body.
    names = _names(analyse, "Trump mengunggah video dirinya di platform Truth Social kemarin.")
    assert "Truth Social" not in names
    assert not _names(analyse, "Ia berjualan di platform milik Budi Santoso.")


def test_a_closed_list_with_two_organisations_coordinates_its_other_names(analyse):
    # real, detik even id 668 (dev4 gold): the companies with a company last word vouch for
    # the others of the list ("Graphinex" is left out: one word, only the NER vouches for it)
    names = _names(
        analyse,
        "Ketujuh surat itu diberikan pada Arafura Rare Earths, Northern Minerals, Latrobe "
        "Magnesium, VHM, RZ Resources, and Sunrise Energy Metals.",
    )
    assert {"Latrobe Magnesium", "VHM", "Sunrise Energy Metals"} <= names
    # invented: a person, a place or a noun in the list is none; an open list adds nothing
    names = _names(
        analyse,
        "Rapat dihadiri KPK, Polri, dan Ratna. Bantuan datang dari BI, OJK, Jakarta, dan LPS. "
        "Mahasiswa FISIP, FKP, dan Kedokteran hadir. Ia menyebut KPK, Polri, Harapan Jaya.",
    )
    assert not names & {"Ratna", "Jakarta", "Kedokteran", "Harapan Jaya"}


def test_a_clubs_short_name_from_the_gazetteer_vouches_for_the_ners_org_span(full_nlp):
    # real, detik even id 972: "West Ham" of DBpedia's "West Ham United F.C."
    from nlp.extract import extract_documents

    text = "Dalam dua pertemuan terakhir di markas Arsenal, West Ham selalu menang."
    result = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    assert "West Ham" in {o["name"] for o in result["organizations"]}
    # invented: the club named in full and short in one article is one organisation
    text = "Persib Bandung menjamu PSBS Biak. Di laga itu Persib menang 3-0."
    result = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    (persib,) = [o for o in result["organizations"] if o["name"].startswith("Persib")]
    assert persib["name"] == "Persib Bandung" and persib["mentions"] == 2


def test_english_last_words_of_bodies_that_are_no_companies(analyse):
    # real, detik even ids 998, 962, 564: the last word names the body; an Indonesian title
    # word before it is no part of the name
    names = _names(
        analyse,
        "CT ARSA Foundation bekerja sama dengan AirNav Indonesia. Laporan dari Human Rights "
        "Watch menunjukkan tren itu. Direktur Riset Indonesia Presidential Studies (IPS) Arman "
        "Salam menilai hasil survei.",
    )
    assert {"CT ARSA Foundation", "Human Rights Watch", "Indonesia Presidential Studies"} <= names
    orgs = orgs_of(analyse, "Direktur Riset Indonesia Presidential Studies (IPS) Arman Salam.")
    assert orgs["indonesia-presidential-studies"]["acronym"] == "IPS"
    # real, detik even id 418, and invented: a name going on after "of", or begun before
    # "and", is not cut short; English common words alone are a field
    names = _names(
        analyse,
        "Ia wakil direktur Luxembourg Institute of Socio-Economic Research. Pendiri Center of "
        "Economic and Law Studies hadir. Kita butuh Renewable Energy Center.",
    )
    assert not names & {"Luxembourg Institute", "Law Studies", "Renewable Energy Center"}


def test_a_category_head_with_ordinary_words_only_is_a_kind_of_body(analyse, rules_nlp):
    # real, detik even ids 690 and 568: legal kinds of toll-road enterprises
    names = _names(
        analyse,
        "Sebagai Badan Usaha Pelaksana (BUP) MLFF, perusahaan itu mengusulkan bank. Dana "
        "disalurkan kepada Badan Usaha Jalan Tol (BUJT) terkait.",
    )
    assert not names & {"Badan Usaha Pelaksana", "Badan Usaha Jalan Tol"}
    # a proper name after the head makes one body
    recogniser = rules_nlp.get_pipe("newsintel_organizations")
    assert recogniser._category("Badan Usaha Pengelola")
    assert not recogniser._category("Badan Usaha Riau Pangan Bertuah")
    assert not recogniser._category("Badan Usaha")


def test_bodies_named_by_what_they_run_are_organisations_except_as_places(analyse):
    # invented sentences (the class from real detik even ids 172, 294, 92, 566)
    names = _names(
        analyse,
        "Hotel Bumi Sakti kembali beroperasi. Museum Louvre kehilangan koleksi. Investasi "
        "Kawasan Industri Kendal naik. Rapat digelar di Hotel Santika kemarin.",
    )
    assert {"Hotel Bumi Sakti", "Museum Louvre", "Kawasan Industri Kendal"} <= names
    assert "Hotel Santika" not in names
    # session 44 (after its review): an estate is the place only where written as one, after
    # "di" or listed after "kawasan industri seperti" (test_prec_s44.py); "Investasi Kawasan
    # Industri Kendal" stays the company, as it acts here
    assert "Kawasan Industri Kendal" in _names(analyse, "Kawasan Industri Kendal menambah lahan.")


def test_regency_short_names_and_the_industrial_court(analyse):
    # invented sentences: "Solo", "OKI" as the press writes Surakarta, Ogan Komering Ilir
    orgs = orgs_of(
        analyse,
        "Pemkot Solo menaikkan target pajak. Kejari OKI menahan tersangka. Buruh mendatangi "
        "Pengadilan Hubungan Industrial Semarang.",
    )
    assert "Pemkot Solo" in orgs["pemerintah-kota-surakarta"]["aliases"]
    names = {o["name"] for o in orgs.values()}
    assert {"Kejari OKI", "Pengadilan Hubungan Industrial Semarang"} <= names


def test_a_placeless_office_written_bare_is_the_one_the_article_places(analyse):
    # invented sentences (real class: detik id 138 of the hand-checked precision sample)
    names = _names(
        analyse,
        "Sidang digelar di Pengadilan Tipikor Jakarta. Saksi hadir di Pengadilan Tipikor pagi.",
    )
    assert names == {"Pengadilan Tipikor Jakarta"}
    # with no placed one it is the kind of court, no body (session 51, the round's convention;
    # it was a body of its own before)
    assert _names(analyse, "Berkas dilimpahkan ke Pengadilan Tipikor pekan ini.") == set()


def test_a_court_seated_in_a_district_court_or_spelled_with_its_field_takes_its_place(analyse):
    # invented sentences (real class: detik ids 286, 312, 682 of the even half)
    names = _names(
        analyse,
        "Berkas dilimpahkan ke Pengadilan Tipikor pada PN Palembang pekan ini. Ketua "
        "Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Yogyakarta menandatangani izin.",
    )
    assert names == {
        "Pengadilan Tipikor Palembang",
        "PN Palembang",
        "Pengadilan Tindak Pidana Korupsi Yogyakarta",
        "Pengadilan Negeri Yogyakarta",
    }
    assert _names(
        analyse, "Sidang digelar di Pengadilan Tindak Pidana Korupsi (Tipikor) Medan, Rabu."
    ) == {"Pengadilan Tindak Pidana Korupsi Medan"}
    # a bracket that is no short form of the court's own field is not skipped
    assert "Pengadilan Negeri Medan" not in _names(
        analyse, "Sidang digelar di Pengadilan Negeri (Tipikor) Medan, Rabu."
    )


def test_a_seated_courts_field_short_form_seat_and_kind(analyse):
    # invented sentences
    # the field's short form, then the seat
    assert "Pengadilan Tindak Pidana Korupsi Jakarta Pusat" in _names(
        analyse,
        "Berkas dilimpahkan ke Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri "
        "Jakarta Pusat pekan ini.",
    )
    # the court's name as written is the alias of the one seated court of its kind, and of
    # neither of two
    orgs = orgs_of(analyse, "Berkas dilimpahkan ke Pengadilan Tipikor pada PN Palembang.")
    seated = {o["name"]: o["aliases"] for o in orgs.values() if "Tipikor" in o["name"]}
    assert seated == {"Pengadilan Tipikor Palembang": ["Pengadilan Tipikor"]}
    orgs = orgs_of(
        analyse,
        "Berkas A dilimpahkan ke Pengadilan Tipikor pada PN Palembang. Berkas B dilimpahkan ke "
        "Pengadilan Tipikor pada PN Medan.",
    )
    seated = {o["name"]: o["aliases"] for o in orgs.values() if "Tipikor" in o["name"]}
    assert seated == {"Pengadilan Tipikor Palembang": [], "Pengadilan Tipikor Medan": []}
    # only a special court sits in a district court; an appeal court does not
    names = _names(analyse, "Banding diajukan ke Pengadilan Tinggi pada PN Medan pekan ini.")
    assert "Pengadilan Tinggi Medan" not in names
    assert "Pengadilan Niaga Jakarta Pusat" in _names(
        analyse, "Gugatan pailit diajukan ke Pengadilan Niaga pada PN Jakarta Pusat pekan ini."
    )


def test_the_board_of_an_organisation_is_no_body_of_its_own(analyse):
    # invented sentences (real class: detik id 172 of the even half, in the dev gold too)
    names = _names(
        analyse,
        "Hotel itu dikelola di bawah kepemimpinan Ketua Umum Dewan Pengurus Pusat (DPP) Gebu "
        "Minang, Oesman Sapta. Dewan Pimpinan Nasional (DPN) Partai Gelora dan Dewan Pengurus "
        "Nasional (DPN) Peradi menolak.",
    )
    assert not {"Dewan Pengurus Pusat", "Dewan Pimpinan Nasional", "Dewan Pengurus Nasional"} & (
        names
    )
    # a board of a region's office is still named with its place
    assert "Dewan Pimpinan Wilayah Jawa Timur" in _names(
        analyse, "Dewan Pimpinan Wilayah (DPW) Jawa Timur hadir."
    )


def test_a_companys_legal_form_abroad_ends_its_name(analyse):
    # invented sentences (real class: detik id 690 of the even half, "Roatex Ltd Zrt")
    for text, expected in (
        (
            "Proyek itu dimenangkan perusahaan asal Hungaria, Roatex Ltd Zrt, pekan lalu.",
            "Roatex Ltd Zrt",
        ),
        ("Kontrak diteken dengan Petronas Dagangan Sdn Bhd kemarin.", "Petronas Dagangan Sdn Bhd"),
    ):
        found = {n for n in _names(analyse, text) if n.startswith(expected.split()[0])}
        assert found == {expected}
    # after another last word the legal forms go on as last words ("Holdings Pte Ltd")
    names = _names(analyse, "Kontrak diteken dengan Grab Holdings Pte Ltd kemarin.")
    assert not any(n.startswith(("Holdings", "Pte")) for n in names)


def test_initials_party_boards_soldiers_and_offices_held_are_no_bodies(analyse):
    # invented sentences (classes of the hand-checked precision sample, seed 2028 and 2029)
    names = _names(
        analyse,
        "Tersangka itu adalah MAM, NN, VS, dan MA. Kemudian Saudara MA menyediakan rumah. "
        "Ketua DPD II Golkar Makassar hadir. Kerangka tentara Jepang ditemukan. Sejak "
        "menjabat Gedung Putih, Trump memecat pejabat. Rapat di Kantor Kepresidenan (Kanpres).",
    )
    assert not names & {
        "Mahkamah Agung",
        "Dewan Perwakilan Daerah",
        "Tentara Jepang",
        "Gedung Putih",
        "Kantor Kepresidenan",
    }
    assert "Partai Golongan Karya" in names
    # the DPD itself, and a capitalised army, stay
    names = _names(analyse, "Ketua DPD RI menerima Tentara Jepang di Jakarta.")
    assert {"Dewan Perwakilan Daerah", "Tentara Jepang"} <= names


def test_offices_listed_share_the_region_the_last_one_names(analyse):
    # invented sentence (real class: detik id 17 of the hand-checked precision sample)
    names = _names(
        analyse,
        "Hadir Dinas Ketahanan Pangan, Dinas Perindustrian dan Perdagangan Provinsi Jambi, "
        "serta polisi.",
    )
    assert {
        "Dinas Ketahanan Pangan Provinsi Jambi",
        "Dinas Perindustrian dan Perdagangan Provinsi Jambi",
    } <= names


def test_an_acronym_read_as_a_word_holds_the_initials_in_order(analyse):
    # invented sentence (real class: detik even id 580)
    orgs = orgs_of(analyse, "Aliansi Pengusaha Haramain Seluruh Indonesia (Asphirasi) mendukung.")
    assert any(o["acronym"] == "Asphirasi" for o in orgs.values())
    # a word that skips an initial (no H of Haramain) and is no loose spelling defines nothing
    orgs = orgs_of(analyse, "Aliansi Pengusaha Haramain Seluruh Indonesia (Aspirasi) mendukung.")
    assert not any(o["acronym"] == "Aspirasi" for o in orgs.values())


def test_english_bodies_going_on_after_of(full_nlp):
    # real, detik even id 174
    from nlp.extract import extract_documents

    text = (
        "Acara diakhiri dengan penandatanganan 2 MoU antara ICE (Indonesia) dan Gwadar Chamber "
        "of Commerce and Industry (Pakistan). Lembaga kliring dijalankan Indonesia Clearing "
        "House (ICH)."
    )
    result = extract_documents([{"title": "Judul", "text": text, "published": None}], nlp=full_nlp)
    names = {o["name"] for o in result[0]["organizations"]}
    assert {"Gwadar Chamber of Commerce and Industry", "Indonesia Clearing House"} <= names


def test_a_body_named_with_its_province_carries_the_provinces_other_names(analyse):
    # invented sentences (real class: detik even id 490, "DPRD Sulsel" in its headline)
    orgs = orgs_of(
        analyse,
        "Kursi ketua DPRD Sulawesi Selatan hilang. Polda Jatim memeriksa saksi. Pemerintah "
        "Provinsi Jawa Barat menambah anggaran.",
    )
    aliases = {a for o in orgs.values() for a in o["aliases"]}
    assert {"DPRD Sulsel", "Polda Jawa Timur", "Pemprov Jabar"} <= aliases


def test_a_company_is_no_branch_of_the_town_after_its_short_name(analyse):
    # invented sentence (real class: detik even id 218)
    orgs = orgs_of(analyse, "Tanah itu disewa PT Sumber Rejeki Makmur (PT SRM) Majalengka.")
    company = next(o for o in orgs.values() if o["kind"] == "company")
    assert company["name"] == "PT Sumber Rejeki Makmur" and company["acronym"] == "PT SRM"


def test_a_field_by_its_initials_names_a_regional_office(analyse):
    # invented sentences (real class: detik even ids 304 and 996)
    names = _names(analyse, "Unggahan Dinas SDABMBK Medan menyebut jalan ditutup.")
    assert "Dinas SDABMBK Medan" in names


def test_a_name_the_article_also_writes_shorter_ran_into_a_person_or_a_title(analyse):
    # invented sentences (real class: detik ids 5, 656, 230 of the hand-checked precision
    # samples)
    names = _names(
        analyse,
        "Tiga BUMD yakni PT Sinar Dharma, PT Cahaya Baru, dan PT Maju Prasarana bekerja sama. "
        '"Harga akan turun," kata Direktur Utama PT Sinar Dharma Ari Wibowo SH di Medan. '
        "Direktur Operasional Rimba Logistics Budi Santoso dan Dirut Rimba Logistics hadir.",
    )
    assert "PT Sinar Dharma" in names and "Rimba Logistics" in names
    assert not any("Ari Wibowo" in n or n.startswith("Operasional") for n in names)


def test_a_directorates_short_form_may_leave_its_head_out(analyse):
    # invented sentence (real class: detik id 25 of the hand-checked precision sample)
    orgs = orgs_of(
        analyse, "Ia berkoordinasi dengan Direktorat Kepatuhan Internal dan Sumber Daya (KISD)."
    )
    assert any(
        o["acronym"] == "KISD" and o["name"] == "Direktorat Kepatuhan Internal dan Sumber Daya"
        for o in orgs.values()
    )


def test_an_enterprise_by_its_categorys_short_form_and_its_own_name(analyse):
    # invented sentences (real class: detik even ids 2, 20, 670)
    names = _names(
        analyse,
        "Badan Usaha Milik Daerah (BUMD) Jambi Tuah Sakato dilibatkan. Wisata itu dikelola "
        "BUMDes Sekapuk. BUMD Kabupaten Majalengka dievaluasi.",
    )
    assert {"Badan Usaha Milik Daerah Jambi Tuah Sakato", "BUMDes Sekapuk"} <= names
    assert not any("Majalengka" in n for n in names)


def test_a_defined_body_placed_in_a_village(analyse):
    # invented sentence (real class: detik id 863 of the hand-checked precision sample)
    orgs = orgs_of(
        analyse,
        "Menteri berkunjung ke Pusat Kesejahteraan Sosial (Puskesos) Desa Sukamaju, Kecamatan "
        "Cibeber.",
    )
    assert any(o["name"] == "Pusat Kesejahteraan Sosial Desa Sukamaju" for o in orgs.values())


def test_initials_once_leave_the_body_the_article_brackets_under_the_same_letters(rules_nlp):
    # invented (review of session 23): a suspect's initials and the court's short form
    doc = rules_nlp(
        "Judul\nTersangka berinisial MA mengajukan kasasi ke Mahkamah Agung (MA). MA menolak "
        "kasasi itu, kata juru bicara MA."
    )
    spans = [s for s in doc.spans["organizations"] if s.text == "MA"]
    assert len(spans) == 3 and all(s.start_char > 30 for s in spans)


def by_name(analyse, text: str) -> dict[str, dict]:
    """Invented text (session 24) -> its organisations by name."""
    return {o["name"]: o for o in orgs_of(analyse, text).values()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (  # a body inside a university's or a hospital's name; a unit's head before a body's own
            "Dekan Fakultas Ekonomi Universitas Muhammadiyah Sleman Dr. Budi Santosa menilai "
            "kebijakan itu tepat. Pasien dirawat di Rumah Sakit PKU Muhammadiyah Bantul. Dosen "
            "Fakultas Hukum Universitas Indonesia ikut hadir.",
            {
                "Universitas Muhammadiyah Sleman",
                "Rumah Sakit PKU Muhammadiyah Bantul",
                "Universitas Indonesia",
            },
            {"Muhammadiyah", "Muhammadiyah Bantul"},
        ),
        (  # an office written in full without its place
            "Kami dari Lembaga Bantuan Hukum (LBH) Gerakan Pemuda melapor. Lembaga Bantuan Hukum "
            "Semarang ikut mendampingi.",
            {"Lembaga Bantuan Hukum Semarang"},
            {"Lembaga Bantuan Hukum"},
        ),
        (  # English names ending in Bank; "Bank X" begins after it
            "Program kredit Fajar Bank ditiru. Pegawai Menara Bank Mega berkumpul.",
            {"Fajar Bank"},
            {"Menara Bank", "Menara Bank Mega"},
        ),
        (  # a regional bank's Islamic bank
            "Rombongan ke Bank Kalbar Syariah di Pontianak.",
            {"Bank Kalbar Syariah"},
            {"Bank Kalbar"},
        ),
    ],
)
def test_bodies_inside_names_offices_english_banks_and_islamic_banks(
    analyse, text, present, absent
):
    names = set(by_name(analyse, text))
    assert present <= names and not absent & names


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # invented (review of session 24): a known body listed after a named-after head
        ("Universitas Airlangga dan Polri meneken nota kesepahaman.", "polri"),
        ("Kerja sama RSUD Dr. Soetomo dan BPJS Kesehatan diperpanjang.", "bpjs-kesehatan"),
        ("Dana dari Yayasan Kemanusiaan serta Baznas disalurkan.", "baznas"),
        ("Rumah Sakit Cipto dan KPK bertemu.", "kpk"),
    ],
)
def test_a_body_listed_after_a_university_or_hospital_is_its_own(analyse, text, kept):
    assert any(kept in c for c in orgs_of(analyse, text))


def test_a_title_case_headline_names_no_university_after_a_body(analyse):
    # invented (review of session 24): the headline's verb is capitalised, no name runs on
    orgs = analyse("Universitas Indonesia Gandeng KPK Cegah Korupsi\nKerja sama diteken.")
    assert any(o["canonical"] == "kpk" for o in orgs["organizations"])


@pytest.mark.parametrize(
    ("text", "body", "english"),
    [  # invented (review of session 24): a comma between two different bodies
        (
            "Menurut Kementerian Energi dan Sumber Daya Mineral, Rystad Energy memperkirakan "
            "produksi turun.",
            "Kementerian Energi dan Sumber Daya Mineral",
            "Rystad Energy",
        ),
        (
            "Selain Bank Mandiri, Grameen Bank juga menyalurkan kredit.",
            "PT Bank Mandiri (Persero) Tbk",
            "Grameen Bank",
        ),
    ],
)
def test_an_english_name_after_a_known_body_and_a_comma_is_another_body(
    analyse, text, body, english
):
    orgs = by_name(analyse, text)
    assert english in orgs and english not in orgs[body]["aliases"]


def test_an_english_name_after_a_comma_translates_a_body_sharing_its_word(analyse):
    # invented (review of session 24): the comma form of the translated name
    orgs = by_name(analyse, "Bank Sentral Swiss, Swiss National Bank kemudian menahan bunga.")
    assert "Swiss National Bank" in orgs["Bank Sentral Swiss"]["aliases"]
    assert "Swiss National Bank" not in orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [  # invented (review of session 24): a doctor's title inside a hospital's name
        (
            "Pasien dirujuk ke Rumah Sakit Umum Pusat Dr. Cipto Mangunkusumo kemarin.",
            "Rumah Sakit Umum Pusat Dr. Cipto Mangunkusumo",
        ),
        (
            "Pasien dirujuk ke Rumah Sakit Islam Dr. Soetomo Surabaya kemarin.",
            "Rumah Sakit Islam Dr. Soetomo Surabaya",
        ),
        ("Kerja sama RSUD Dr. Soetomo diperpanjang.", "RSUD Dr. Soetomo"),
    ],
)
def test_a_doctors_title_goes_on_in_a_hospitals_name(analyse, text, name):
    assert name in by_name(analyse, text)


def test_missions_abroad_translated_bodies_and_their_short_forms(analyse):
    orgs = by_name(
        analyse,
        "Acara itu didukung Konsulat Jenderal RI di Jeddah. Pekerja itu di bawah perlindungan "
        "Kedutaan Besar RI di Arab Saudi. Polsek di Tambun tidak terlibat. Bank Sentral "
        "Norwegia (Norges Bank) menahan bunga. Delegasi bertemu Departemen Luar Negeri dan "
        "Perdagangan (DFAT) di Canberra. Kejaksaan Negeri Ogan Komering Ilir (OKI) menuntut.",
    )
    aliases = {a for name, o in orgs.items() for a in [name, *o["aliases"]]}
    assert {"KJRI Jeddah", "KBRI Arab Saudi"} <= aliases
    assert not any("Polsek" in a for a in aliases)  # only missions abroad take "di"
    assert "Norges Bank" in orgs["Bank Sentral Norwegia"]["aliases"]
    assert orgs["Departemen Luar Negeri dan Perdagangan"]["acronym"] == "DFAT"
    assert all(o["acronym"] != "OKI" for o in orgs.values())  # a place, no short form


def test_who_founded_leads_or_trades_for_a_company_names_it(analyse):
    # invented sentences (real class: detik even ids 86, 134, 492, 716)
    names = _names(
        analyse,
        "Kerja sama itu disambut pengusaha dari Sahara Coffee Traders Mesir. Founder Nusa Padel "
        "Club, I Made Sudarta, mengatakan lapangan baru dibuka. Ia pendiri Program Studi "
        "Ilmu Kelautan di kampus itu. Hadir pula pengusaha dari Golden Coffee Beans Korea "
        "Selatan. Ada juga pengusaha dari Maju Jaya Cina.",
    )
    assert {"Sahara Coffee Traders", "Nusa Padel Club", "Golden Coffee Beans", "Maju Jaya"} <= names
    # the closing country cut, also where the name runs into a country's first word
    assert not any(n.startswith("Program") or n.endswith(("Mesir", "Korea", "Cina")) for n in names)


def test_the_village_cooperative_programme_is_no_organisation(analyse):
    # invented sentences (real class: detik even ids 570, 692, 948; dev2 detik_0464's note)
    names = _names(
        analyse,
        "Program prioritas mencakup makan bergizi gratis hingga Koperasi Desa Merah Putih. "
        "Survei menilai Koperasi Merah Putih cukup baik.",
    )
    assert not any("Merah Putih" in n for n in names)


def test_a_place_after_a_noun_of_who_founded_or_trades_for_a_company_is_no_company(analyse):
    # invented sentences
    orgs = {
        o["name"]: o
        for o in analyse(
            "Judul\nIa pengusaha dari Surabaya Jawa Timur. Pengusaha dari Medan Sumatera Utara "
            "ikut hadir. Ia juga pendiri Sekolah Alam Cibubur."
        )["organizations"]
    }
    assert not any(n.startswith(("Surabaya", "Medan")) for n in orgs)
    # a founder founds bodies of every kind: no company unless its name says so
    assert orgs["Sekolah Alam Cibubur"]["kind"] != "company"


# invented sentences: the bare short form of a body whose letters also stand for something else
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Presiden berpidato di sidang umum PBB di New York pekan lalu.", {"pbb"}),
        ("Warga diminta membayar pajak PBB tepat waktu sebelum jatuh tempo.", set()),
        ("Partai Bulan Bintang (PBB) menggelar musyawarah nasional di Jakarta.", set()),
        ("Sekjen PKS M Kholid hadir dalam pertemuan para ketua umum partai.", {"pks"}),
        ("Kedua pihak menandatangani PKS tentang pengelolaan lahan kawasan itu.", set()),
        ("PKS milik PT Sawit Jaya berhenti menerima tandan buah segar petani.", set()),
        # only a collocation of the other sense turns the body off, not a word of it alone
        ("PKS siap kerja sama dengan partai lain dalam pilkada tahun depan.", {"pks"}),
        (
            "Presiden berpidato di sidang umum PBB. Ia juga menyinggung pajak karbon global.",
            {"pbb"},
        ),
        (
            "Sekjen PBB Antonio Guterres hadir. Warga di sana mengeluhkan pajak kendaraan.",
            {"pbb"},
        ),
        # one sense per article: the collocation in another sentence decides
        (
            "PKS di Kecamatan Sungai Lala berhenti beroperasi sejak pekan lalu. Petani kelapa "
            "sawit di sana kini menjual panen ke kabupaten tetangga.",
            set(),
        ),
        (
            "Sekjen PBB Antonio Guterres hadir di Jakarta. Pemkot menaikkan NJOP untuk tahun "
            "depan.",
            set(),
        ),
    ],
)
def test_a_bare_ambiguous_short_form_names_the_body_when_the_article_has_no_other_sense(
    analyse, text, expected
):
    orgs = orgs_of(analyse, text)
    assert expected <= set(orgs)
    assert not ({"pbb", "pks"} - expected) & set(orgs)


def test_a_bare_short_form_inside_a_longer_name_leaves_that_name(analyse):
    text = "Resolusi itu diajukan ke Dewan Keamanan PBB oleh lima negara anggota."
    orgs = orgs_of(analyse, text)
    assert "pbb" not in orgs
    assert any("Dewan Keamanan" in o["name"] for o in orgs.values())


# invented sentences: the partner named after a word of working together
@pytest.mark.parametrize(
    "text, partner",
    [
        (
            "Bank itu menghadirkan kolaborasi seru bersama ShopeePay dalam ajang voli.",
            "ShopeePay",
        ),
        (
            "Dinas Pendidikan bekerja sama dengan DP3AP2KB Jawa Tengah menangani kasus itu.",
            "DP3AP2KB Jawa Tengah",
        ),
        # the cue in any case, and a word inside it before its preposition
        (
            "Bekerja sama dengan DP3AP2KB Jawa Tengah, Dinas Pendidikan menangani kasus itu.",
            "DP3AP2KB Jawa Tengah",
        ),
        (
            "Dinas Pendidikan bekerja sama erat dengan DP3AP2KB Jawa Tengah dalam kasus itu.",
            "DP3AP2KB Jawa Tengah",
        ),
        # a person is as often the partner: two capitalised words outside the name list are
        # no organisation without something naming them as one
        ("Ridwan Kamil menggandeng Bahlil Lahadalia dalam kampanye itu.", None),
        ("Partai itu menggandeng Kaesang Pangarep dalam pemilu nanti.", None),
        ("Pemerintah akan bekerja sama dengan Kabupaten Karawang sebagai lokasi uji coba.", None),
        ("Kami kerja sama dengan Timor Leste untuk kawasan ekonomi khusus.", None),
        ("Panitia bekerja sama dengan Budi Santoso untuk acara itu.", None),
    ],
)
def test_the_partner_after_a_word_of_working_together_is_an_organisation(analyse, text, partner):
    names = {o["name"] for o in orgs_of(analyse, text).values()}
    if partner:
        assert partner in names
    else:
        assert not names - {"Dinas Pendidikan"}


@pytest.mark.parametrize(
    ("text", "made", "not_made"),
    [
        # "PT A/PT B" are two companies; a state body's slash stays
        (
            "Komisaris Utama PT Inti Gasindo/PT Alam Energi meminta pendekatan. Data "
            "Kementerian PPN/Bappenas menunjukkan hal itu.",
            {"PT Inti Gasindo", "Kementerian PPN/Bappenas"},
            "/PT",
        ),
        # "Anak Agung" opens a person, though "Anak" ends many bodies
        (
            "Wakil Kepala Departemen Minat dan Bakat Anak Agung Ngurah Nanda hadir. Dinas "
            "Pemberdayaan Perempuan dan Perlindungan Anak Kota Denpasar juga hadir.",
            {"Departemen Minat dan Bakat"},
            "Bakat Anak",
        ),
    ],
)
def test_where_a_company_or_body_name_stops(analyse, text, made, not_made):
    """Invented (session 26)."""
    names = {o["name"] for o in orgs_of(analyse, "Berita\n" + text).values()}
    assert made <= names
    assert not any(not_made in n for n in names)


@pytest.mark.parametrize(
    ("text", "made"),
    [
        # named after a Balinese noble: after "Negeri", right after the head
        (
            "Rektor Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar hadir.",
            "Universitas Hindu Negeri I Gusti Bagus Sugriwa",
        ),
        ("Pasien itu dirujuk ke RSUD Ida Bagus Oka Gianyar kemarin.", "RSUD Ida Bagus Oka Gianyar"),
    ],
)
def test_a_body_named_after_a_balinese_noble_keeps_the_name(analyse, text, made):
    """Invented (mend of session 26)."""
    assert made in {o["name"] for o in orgs_of(analyse, "Berita\n" + text).values()}


@pytest.mark.parametrize(
    ("text", "made", "not_made"),
    [
        # a regional agency defined with its acronym, its province's short form after it,
        # then a name: the agency of that province, not the kind of agency in general
        (
            "Kepala Badan Pengelola Pendapatan Daerah (Bappenda) NTB Fathurrahman menyebut "
            "target naik.",
            {"Badan Pengelola Pendapatan Daerah NTB"},
            {"Badan Pengelola Pendapatan Daerah"},
        ),
        # an office numbered within its region keeps the number; a Balinese "I" opens a name
        (
            "Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) Jawa Timur II menyita mobil. "
            "Kasi Humas Polresta Denpasar I Ketut Sukadi membenarkan.",
            {"Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur II"},
            {"Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur", "Polresta Denpasar I"},
        ),
        # (whole-round review) a one-letter numeral before "." and a capital is an initial
        (
            "Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) Jawa Tengah V. Sutanto, "
            "pegawai, diperiksa.",
            {"Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah"},
            {"Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah V."},
        ),
        # (session 28)
        # a national body with an office in every province: the body and a province is
        # that office
        (
            "Forum itu digelar oleh Bank Indonesia Jawa Barat (Jabar) di Bandung.",
            {"Bank Indonesia Jawa Barat"},
            {"Bank Indonesia"},
        ),
        (
            "Berdasarkan data Badan Pusat Statistik (BPS) Provinsi Jawa Tengah, panen naik.",
            {"Badan Pusat Statistik Provinsi Jawa Tengah"},
            {"Badan Pusat Statistik"},
        ),
        # a place before a Balinese noble name is the office's, not the person's first name
        (
            "Kepala Dinas Kesehatan (Dinkes) Gianyar Anak Agung Ngurah Putra mengatakan "
            "stok obat cukup.",
            {"Dinas Kesehatan Gianyar"},
            {"Dinas Kesehatan"},
        ),
        # a report set in one country alone: the bare home organ is that country's
        (
            "Warga AS berunjuk rasa di Washington. Ketua DPR Mike Johnson mengecam aksi itu, "
            "sementara warga Amerika lain mendukung Presiden AS. Unjuk rasa serupa digelar di "
            "kota-kota AS lain dan di Italia. Polisi Amerika Serikat (AS) berjaga.",
            {"Dewan Perwakilan Rakyat AS"},
            {"Dewan Perwakilan Rakyat"},
        ),
        # one sentence writes the country twice ("Amerika Serikat (AS)"): counted once, three
        # sentences are no setting
        (
            "Warga Amerika Serikat (AS) berunjuk rasa. Ketua DPR Mike Johnson mengecam aksi itu "
            "di AS. Presiden AS diam, kata media AS.",
            {"Dewan Perwakilan Rakyat"},
            {"Dewan Perwakilan Rakyat AS"},
        ),
        # a partner country named three times, no anchor: no setting
        (
            "Ketua DPR Mike Johnson mengecam aksi itu. Warga Jepang berdemo. Presiden Jepang "
            "hadir. Otoritas Jepang diam.",
            {"Dewan Perwakilan Rakyat"},
            {"Dewan Perwakilan Rakyat Jepang"},
        ),
        # "Amerika Latin" is no United States
        (
            "Ketua MK menghadiri forum Amerika Latin. Negara Amerika Latin hadir. Delegasi "
            "Amerika Latin bicara. Wakil Amerika Latin menutup. Warga AS hadir.",
            {"Mahkamah Konstitusi"},
            {"Mahkamah Konstitusi AS", "Mahkamah Konstitusi Amerika"},
        ),
        # a ministry or agency is no organ every state has: BMKG and KPK in a report set in
        # one country abroad are the home ones
        (
            "BMKG mencatat gempa mengguncang Jepang. Pusat gempa di lepas pantai Jepang. "
            "Otoritas Jepang memberi peringatan. Warga Jepang mengungsi.",
            {"Badan Meteorologi, Klimatologi, dan Geofisika"},
            {"Badan Meteorologi, Klimatologi, dan Geofisika Jepang"},
        ),
        (
            "KPK memburu buronan yang berada di Singapura. Otoritas Singapura menahannya. "
            "Ekstradisi dari Singapura berjalan. Pengadilan Singapura memutuskan.",
            {"Komisi Pemberantasan Korupsi"},
            {"Komisi Pemberantasan Korupsi Singapura"},
        ),
        # set at home: the organ is the home one
        (
            "Ketua DPR Puan Maharani menanggapi tarif AS. Ekspor Indonesia ke Amerika turun. "
            "Tarif AS itu berlaku bagi semua mitra AS.",
            {"Dewan Perwakilan Rakyat"},
            {"Dewan Perwakilan Rakyat AS"},
        ),
    ],
)
def test_a_body_named_whole(analyse, text, made, not_made):
    """Invented (sessions 27, 28): the classes of the wrong organisations of the precision
    files."""
    found = orgs_of(analyse, "Berita\n" + text).values()
    names = {o["name"] for o in found} | {o["acronym"] for o in found if o["acronym"]}
    assert made <= names
    assert not (not_made & names)


@pytest.mark.xfail(
    strict=True,
    reason="known fault (session 28 review): the rule does not read that the holder's name is "
    "Indonesian, so Puan Maharani's DPR in a US-tariff report with no home anchor is renamed",
)
def test_the_organ_of_an_indonesian_holder_stays_home(analyse):
    """Invented (session 28 review probe): "Ketua DPR Puan Maharani" on US tariffs is the home
    DPR, though the article names the US in four sentences and has no Indonesian anchor."""
    text = (
        "Ketua DPR Puan Maharani menanggapi kebijakan tarif Presiden AS Donald Trump. Puan "
        "menilai tarif AS merugikan. Kebijakan AS itu perlu direspons. Hubungan dengan Amerika "
        "harus dijaga."
    )
    names = {o["name"] for o in orgs_of(analyse, "Berita\n" + text).values()}
    assert "Dewan Perwakilan Rakyat" in names
    assert "Dewan Perwakilan Rakyat AS" not in names


def test_a_place_before_a_person_the_ner_reads_is_the_offices(full_nlp):
    """Invented (session 28): a one-word place right before a name that the NER reads as a
    person starting after the place is the office's place, not the person's first name."""
    from nlp.extract import extract_documents

    text = "Sementara itu, Kepala Kemenag Klaten Joko Santoso menjelaskan jadwal itu."
    found = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    names = {o["name"] for o in found["organizations"]}
    assert "Kementerian Agama Klaten" in names
    assert "Kementerian Agama" not in names


@pytest.mark.skipif(
    not (NER_MODEL_DIR / "config.cfg").exists(), reason="the statistical NER is not trained"
)
def test_a_place_the_article_writes_in_a_name_is_the_persons(full_nlp):
    """Invented (session 28 review probe): the NER starts the person at "Arya", but the article
    writes "Bima Arya" together in the name again, so "Bima" is his first name, not the place
    of an Apeksi office."""
    from nlp.extract import extract_documents

    text = 'Ketua Apeksi Bima Arya Sugiarto membuka rapat. "Kami siap," kata Bima Arya Sugiarto.'
    found = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    names = {o["name"] for o in found["organizations"]}
    assert "Asosiasi Pemerintah Kota Seluruh Indonesia" in names
    assert not any(n.endswith(" Bima") for n in names)


# invented sentences (all of them): "BPJS baik Kesehatan maupun Ketenagakerjaan" names both
# bodies; a known name with "dan" inside stays one body; a second conjunct that is no known
# body's gives none; "BPJS Tenaga Kerja" is an other name of BPJS Ketenagakerjaan
@pytest.mark.parametrize(
    ("text", "canonicals"),
    [
        (
            "Bahkan, BPJS baik Kesehatan maupun Ketenagakerjaan akan masuk dalam kurikulum. "
            "Rapat digelar Kementerian Kesehatan dan Sosial.",
            {"bpjs-kesehatan", "bpjs-ketenagakerjaan", "kemenkes", "kemensos"},
        ),
        ("Kementerian Energi dan Sumber Daya Mineral menyatakan hal itu.", {"kesdm"}),
        ("Kementerian Kesehatan dan Warga Desa Sukamaju menggelar rapat.", {"kemenkes"}),
        # the whole second conjunct must be a known name with the head, not its opening words
        (
            "Kementerian Kesehatan dan Sosial Budaya menandatangani nota kesepahaman dengan "
            "Universitas Indonesia.",
            {"kemenkes", "universitas-indonesia"},
        ),
        (
            "Bank Indonesia dan Mandiri Sekuritas menandatangani nota kesepahaman.",
            {"bank-indonesia"},
        ),
        # nor a known name cut from a longer capitalised run (Bawaslu Kota Bandung)
        (
            "Badan Nasional Penanggulangan Bencana dan Pengawas Pemilihan Umum Kota Bandung "
            "menggelar rapat.",
            {"bnpb"},
        ),
        # both bodies of one kind: Bank Indonesia is an agency, Bank Mandiri a company
        ("Bank Indonesia dan Mandiri sepakat.", {"bank-indonesia"}),
        # a headline (a Title Case line) is not read
        ("Kementerian Kesehatan dan Sosial di Jakarta\nRapat digelar kemarin.", {"kemenkes"}),
        (
            "Ia ketua tim untuk BPJS Kesehatan dan BPJS Tenaga Kerja.",
            {"bpjs-kesehatan", "bpjs-ketenagakerjaan"},
        ),
    ],
)
def test_a_head_two_known_bodies_share_is_read_with_each_conjunct(analyse, text, canonicals):
    orgs = orgs_of(analyse, text)
    assert set(orgs) == canonicals
    assert all(not alias.istitle() or " " in alias for o in orgs.values() for alias in o["aliases"])


def test_a_defined_body_goes_on_with_the_words_it_writes_again_after_its_short_form(analyse):
    """Invented, shaped on dev4 944 ("Pusat Kesejahteraan Sosial (Puskesos) Margakaya
    Istimewa ... data dari Puskesos Margakaya Istimewa") and even 394 ("Gerakan Pemuda (GP)
    Ansor Cabang Kencong ... LBH GP Ansor Cabang Kencong"): the words after the bracketed short
    form that the article writes again after the bare short form are the body's own name."""
    text = (
        "Menteri Sosial meninjau Pusat Kesejahteraan Sosial (Puskesos) Margakaya Istimewa di "
        "Karawang. Data dari Puskesos Margakaya Istimewa dikirim ke BPS."
    )
    names = {o["name"]: o for o in orgs_of(analyse, text).values()}
    assert names["Pusat Kesejahteraan Sosial Margakaya Istimewa"]["acronym"] == (
        "Puskesos Margakaya Istimewa"
    )
    assert "Pusat Kesejahteraan Sosial" not in names


def test_words_after_a_short_form_written_once_or_apart_are_not_its_name(analyse):
    """Invented refusals: the words written once only; a person's name, which the article also
    writes alone; a known parent body; a name title (the proper-name reading keeps its
    untitled alias)."""
    once = orgs_of(
        analyse,
        "Menteri Sosial meninjau Pusat Kesejahteraan Sosial (Puskesos) Margakaya Istimewa di "
        "Karawang. Data dikirim ke BPS.",
    )
    assert {o["name"] for o in once.values()} == {
        "Pusat Kesejahteraan Sosial",
        "Badan Pusat Statistik",
    }
    person = orgs_of(
        analyse,
        "Ketua Lembaga Kajian Strategis (LKS) Wiratno Sulistyo hadir. Menurut Ketua LKS "
        "Wiratno Sulistyo, kajian berjalan. Wiratno menyebut anggaran cukup.",
    )
    assert {o["name"] for o in person.values()} == {"Lembaga Kajian Strategis"}
    parent = orgs_of(
        analyse,
        "Ketua Badan Anggaran (Banggar) DPR RI Said Abdullah bicara. Rapat Banggar DPR RI digelar.",
    )
    assert "Badan Anggaran DPR RI" not in {o["name"] for o in parent.values()}
    titled = orgs_of(
        analyse,
        "Rumah Sakit Umum Pusat (RSUP) Prof Ngoerah, Denpasar, mengeluarkan mahasiswa. Kata "
        "Direktur RSUP Prof Ngoerah. Mereka belajar di RSUP Ngoerah.",
    )
    (rsup,) = titled.values()
    assert rsup["name"] == "Rumah Sakit Umum Pusat Prof Ngoerah"
    assert "RSUP Ngoerah" in rsup["aliases"]


# Invented sentences of the session 31 review of this rule (/tmp/s31/reviews/orgs.md): the
# words after "Long Form (ACR)" that the article writes again after the short form are no part of
# the body's name. (headline, text, the body's name as the definition alone gives it, a person
# who must be kept with the short form as organisation or None)
_NOT_THE_BODYS_NAME = [
    pytest.param(
        "Judul",
        "Direktur Eksekutif Lembaga Riset Kebijakan (LRK) Hendrawan Pratikno menjelaskan hasil "
        "survei. Direktur Eksekutif LRK Hendrawan Pratikno menambahkan, survei digelar sepekan.",
        "Lembaga Riset Kebijakan",
        "Hendrawan Pratikno",
        id="title-holder-full-name-repeated-with-title",
    ),
    pytest.param(
        "Judul",
        "Ketua Lembaga Kajian Strategis (LKS) Wiratno Sulistyo hadir. Menurut Ketua LKS "
        "Wiratno Sulistyo, kajian berjalan. Sulistyo menyebut anggaran cukup.",
        "Lembaga Kajian Strategis",
        "Wiratno Sulistyo",
        id="surname-written-apart",
    ),
    pytest.param(
        "Judul",
        "Sekretaris Jenderal Asosiasi Produsen Pakan Ternak (APPT) Nusron Hidayat menyebut harga "
        'jagung naik. "Kami minta impor dibuka," kata Sekjen APPT Nusron Hidayat kepada '
        "wartawan.",
        "Asosiasi Produsen Pakan Ternak",
        "Nusron Hidayat",
        id="holder-repeated-with-abbreviated-title",
    ),
    pytest.param(
        "Judul",
        "Sekretaris Jenderal Lembaga Advokasi Nelayan (LAN) Darmanto Siregar dan Ketua LAN "
        "Haryono Putra hadir. Ketua LAN Haryono Putra menyebut Sekjen LAN Darmanto Siregar akan "
        "memimpin aksi.",
        "Lembaga Advokasi Nelayan",
        "Darmanto Siregar",
        id="two-holders",
    ),
    pytest.param(
        "Judul",
        "Ketua Perkumpulan Petani Garam (PPG) Haji Tohari menolak impor. Ketua PPG Haji Tohari "
        "juga meminta perlindungan. Menurut Tohari, harga jatuh.",
        "Perkumpulan Petani Garam",
        "Haji Tohari",
        id="name-title-then-name",
    ),
    pytest.param(
        "Ketua LKS Wiratno Sulistyo Minta Kajian Dipercepat",
        "Ketua Lembaga Kajian Strategis (LKS) Wiratno Sulistyo hadir di Jakarta, Rabu "
        "(1/10/2025). Ia meminta kajian dipercepat.",
        "Lembaga Kajian Strategis",
        "Wiratno Sulistyo",
        id="headline-alone",
    ),
    pytest.param(
        "Judul",
        "Rapat Dewan Pengupahan Kota (DPK) Selasa membahas UMK. Keputusan DPK Selasa lalu belum "
        "final.",
        "Dewan Pengupahan Kota",
        None,
        id="day-name",
    ),
    pytest.param(
        "Judul",
        "Lembaga Perlindungan Konsumen (LPKN) Menilai kebijakan itu merugikan. Sikap LPKN "
        "Menilai ini disampaikan di Jakarta.",
        "Lembaga Perlindungan Konsumen",
        None,
        id="verb",
    ),
    pytest.param(
        "Judul",
        "The Indonesian Coffee Exporters Association (ICEA) Chairman Budi said exports rose. ICEA "
        "Chairman Budi added that prices fell.",
        "Indonesian Coffee Exporters Association",
        None,
        id="english-title-before-a-person",
    ),
    pytest.param(
        "Judul",
        "Asosiasi Pengusaha Ritel (Aspri) Alfamart dan Indomaret sepakat. Menurut Aspri "
        "Alfamart, harga stabil.",
        "Asosiasi Pengusaha Ritel",
        None,
        id="list-of-members",
    ),
    pytest.param(
        "Judul",
        "Pemkot meluncurkan Gerakan Literasi Sekolah (GLS) Tahap Dua. Program GLS Tahap Dua "
        "menyasar 200 sekolah.",
        "Gerakan Literasi Sekolah",
        None,
        id="programme-phase-numeral",
    ),
    # invented, from the round's review (session 31): an occupation or a lower-case title
    # before the body, "selaku" after the name
    pytest.param(
        "Judul",
        "Sementara itu, perwakilan Ikatan Pedagang Pasar Tradisional (IPPT) Hendrawan Pratikno "
        "meminta relokasi ditunda. Perwakilan IPPT Hendrawan Pratikno menyebut pedagang rugi.",
        "Ikatan Pedagang Pasar Tradisional",
        "Hendrawan Pratikno",
        id="occupation-before-the-body",
    ),
    pytest.param(
        "Judul",
        "Juru bicara Ikatan Pedagang Pasar Tradisional (IPPT) Sumiran meminta relokasi ditunda. "
        "Menurut juru bicara IPPT Sumiran, pedagang rugi.",
        "Ikatan Pedagang Pasar Tradisional",
        "Sumiran",
        id="two-word-lower-case-title",
    ),
    pytest.param(
        "Judul",
        "Lembaga Riset Kebijakan (LRK) Hendrawan Pratikno selaku peneliti senior menilai "
        "kebijakan itu keliru. Peneliti LRK Hendrawan Pratikno menambahkan data.",
        "Lembaga Riset Kebijakan",
        "Hendrawan Pratikno",
        id="selaku-after-the-name",
    ),
]


@pytest.mark.parametrize("headline, text, body, person", _NOT_THE_BODYS_NAME)
def test_words_after_a_short_form_that_are_no_name_stay_off_the_body(
    analyse, headline, text, body, person
):
    """Invented (review of session 31): a title holder written "Title Long Form (ACR) Name ...
    Title ACR Name", a name word written apart, a headline as the only second writing, a day, a
    verb, a title before a person, a list of members, a numeral: the body keeps the name its
    definition gives, and the person stays a person."""
    result = analyse(f"{headline}\n{text}")
    names = {o["name"] for o in result["organizations"]}
    assert body in names
    assert not any(name.startswith(f"{body} ") for name in names)
    if person is not None:
        assert person in {p["name"] for p in result["people"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Warga mendatangi Lembaga Pengembangan Koperasi (LPK) Sinar Tani di Ngawi. Pengurus "
            "LPK Sinar Tani mencatat 300 anggota.",
            "Lembaga Pengembangan Koperasi Sinar Tani",
        ),
        (
            "Pengurus Ikatan Pelajar Nahdlatul Ulama (IPNU) Ranting Sukorejo menggelar doa "
            "bersama. Ketua IPNU Ranting Sukorejo mengatakan acara rutin.",
            "Ikatan Pelajar Nahdlatul Ulama Ranting Sukorejo",
        ),
    ],
)
def test_a_body_written_again_with_its_name_after_the_short_form_keeps_it(analyse, text, name):
    """Invented (review of session 31): no title before the long form, the words written again
    only after the short form: they are the body's own name."""
    assert name in {o["name"] for o in orgs_of(analyse, text).values()}


@pytest.mark.parametrize(
    "text, gone",
    [
        (  # a protest site, the headline's "Monas-DPR" no vote
            "Ada Aksi Demo di Monas-DPR Hari Ini\nAksi unjuk rasa digelar di kawasan Monas, depan "
            "Gedung DPR/MPR RI, dan Bundaran HI. Polisi mengimbau warga menghindari area sekitar "
            "Gedung DPR/MPR RI.",
            {"dpr", "mpr"},
        ),
        (  # a gathering place
            "Massa Berkumpul\nRatusan mahasiswa berkumpul di depan Gedung DPR RI, Jakarta, Rabu.",
            {"dpr"},
        ),
        (  # an event's place, after a building of two bodies
            "Sosialisasi Digelar\nAcara tersebut berlangsung di Kompleks MPR/DPR, Selasa (21/10).",
            {"dpr", "mpr"},
        ),
        (  # a landing place, written with the base's building before it
            "Presiden Tiba\nPesawat kenegaraan tiba di Base Ops Lanud Halim Perdanakusuma, "
            "Jakarta, Rabu pagi.",
            {"pangkalan-udara-halim-perdanakusuma"},
        ),
    ],
)
def test_a_body_written_only_as_a_place_is_no_organisation(analyse, text, gone):
    """Invented, in the style of even 428, 852, 550 (session 51): every mention in a building
    ("Gedung DPR/*MPR* RI") or a base after a locative, no one quoted there: the place, no
    body."""
    found = {o["canonical"] for o in analyse(text)["organizations"]}
    assert not found & gone
    assert "Halim Perdanakusuma" not in {p["name"] for p in analyse(text)["people"]}


@pytest.mark.parametrize(
    "text, kept",
    [
        (  # the body acts once: an organisation throughout
            "DPR Sahkan RUU\nKetua DPR Puan Maharani mengatakan rapat digelar di Gedung DPR RI, "
            "Senayan. DPR mengesahkan RUU tersebut.",
            "dpr",
        ),
        (  # its staff and its secretariat, besides the venue
            "Pegawai MPR Diminta Jujur\nSekjen MPR Siti Fauziah meminta pegawai di lingkungan MPR "
            "menjauhi korupsi. Acara berlangsung di Gedung Nusantara V Komplek MPR DPR, Selasa.",
            "mpr",
        ),
        (  # the base acts
            "Latihan Bersama\nLanud Halim Perdanakusuma menggelar latihan. Pesawat mendarat di "
            "Lanud Halim Perdanakusuma pukul 07.00 WIB.",
            "pangkalan-udara-halim-perdanakusuma",
        ),
        (  # a person quoted at the building speaks there as or with the body (dev 310)
            "Puan Bicara\nKami akan panggil mereka, kata Puan di gedung DPR RI, Senayan, Jakarta.",
            "dpr",
        ),
        (  # a speech read out at an auditorium
            "Buku Diluncurkan\nBuku ini untuk keluarga, kata Irma membacakan sambutan di "
            "Auditorium BKKBN, Jakarta Timur.",
            "bkkbn",
        ),
        (  # the body's own proceeding held at its building
            "Putusan Dibacakan\nSidang putusan digelar di Gedung MK, Jakarta, Rabu.",
            "mk",
        ),
        (  # a faculty's building: the university is named as the faculty's body (dev8 940)
            "Mahasiswa Unud Tewas\nMahasiswa itu terjatuh di depan gedung FISIP Unud, Jalan "
            "Sudirman, Denpasar.",
            "unud",
        ),
    ],
)
def test_a_body_acting_or_at_its_office_stays_an_organisation(analyse, text, kept):
    """Invented refusals (session 51): the body written once saying, deciding, holding, a
    person quoted at its building, or only "di Kantor X" / a police headquarters: an
    organisation as before."""
    assert kept in {o["canonical"] for o in analyse(text)["organizations"]}


@pytest.mark.parametrize(
    "text, gone",
    [
        (  # a verb of leaving before "dari": the base is the place left
            "Jenazah Dipulangkan\nJenazah korban diterbangkan dari Lanud Sultan Hasanuddin "
            "menuju Jakarta.",
            "Lanud Sultan Hasanuddin",
        ),
        (  # "merapatkan" is no "rapat" of the body's own: a gathering place still
            "Massa Bertahan\nMassa merapatkan barisan di depan Gedung DPR RI, Jakarta, Rabu.",
            "Dewan Perwakilan Rakyat",
        ),
    ],
)
def test_a_base_left_from_or_a_near_proceeding_word_is_still_a_place(analyse, text, gone):
    """Invented (session 51 mend): near shapes of the new lists that still name the place."""
    assert gone not in {o["name"] for o in analyse(text)["organizations"]}


@pytest.mark.parametrize(
    "text, kept",
    [
        # P1: a post held, no landing place ("menjabat" is no place word of a base)
        (
            "Pejabat Dilantik\nMarsma TNI Andi Wijaya sebelumnya menjabat Komandan Lanud "
            "Adisutjipto, Yogyakarta.",
            "Lanud Adisutjipto",
        ),
        (
            "Tamu Disambut\nBudi Santoso, yang kini menjabat Komandan Lantamal II Padang, "
            "menyambut tamu.",
            "Lantamal II",
        ),
        # a team from the base: the base's men, no place left ("dari" without a verb of leaving)
        (
            "Kebakaran Lahan\nTim SAR gabungan dari Lanud Roesmin Nurjadin dikerahkan ke lokasi "
            "kebakaran.",
            "Lanud Roesmin Nurjadin",
        ),
        # P2: the base's commander names the base at work
        (
            "Rombongan Tiba\nPesawat mendarat di Lanud Halim Perdanakusuma. Danlanud Halim "
            "Perdanakusuma Marsma TNI Rudi Hartono menyambut rombongan.",
            "Lanud Halim Perdanakusuma",
        ),
        (
            "Rombongan Tiba\nPesawat mendarat di Lanud Halim Perdanakusuma. Komandan Lanud Halim "
            "Perdanakusuma Marsma TNI Budi Santoso menyambut rombongan.",
            "Lanud Halim Perdanakusuma",
        ),
        # P3: the body's own act in a verb or another noun form
        (
            "Mantan Menteri Diperiksa\nMantan menteri itu diperiksa penyidik di Gedung KPK, "
            "Kuningan, Jakarta Selatan, Senin (6/10). Ia diperiksa sebagai saksi kasus kuota haji.",
            "Komisi Pemberantasan Korupsi",
        ),
        (
            "Dirut Diperiksa\nDirektur Utama PT Garuda Indonesia tiba di Gedung Kejagung untuk "
            "diperiksa.",
            "Kejaksaan Agung",
        ),
        (
            "Tersangka Ditahan\nIa ditahan di Mapolda Metro Jaya dan diperiksa di Gedung "
            "Bareskrim Polri.",
            "Badan Reserse Kriminal Polri",
        ),
        (
            "Putusan MK\nPutusan dibacakan di Gedung Mahkamah Konstitusi, Jakarta Pusat, Kamis "
            "(16/10).",
            "Mahkamah Konstitusi",
        ),
        (
            "Anggota Dewan Dilantik\nPelantikan anggota DPRD digelar di Gedung DPRD Kabupaten "
            "Bogor, Senin.",
            "DPRD Kabupaten Bogor",
        ),
    ],
)
def test_a_body_commanded_or_at_its_own_work_at_a_place_stays(analyse, text, kept):
    """Invented, the review's probes of session 51 (P1-P3): a post held, a base's commander,
    the body's own examination, verdict or inauguration at its building: an organisation."""
    assert kept in {o["name"] for o in analyse(text)["organizations"]}


def test_a_special_court_with_no_seat_anywhere_is_a_kind_of_court(analyse):
    """Invented, in the style of even 218 (session 51): "disidangkan di Pengadilan Tipikor"
    and no seat in the article: the kind of court; with a seat once, the bare form is it."""
    bare = "Berkas Dilimpahkan\nBerkas akan dilimpahkan untuk disidangkan di Pengadilan Tipikor."
    assert not analyse(bare)["organizations"]
    seated = (
        "Vonis Dibacakan\nMajelis hakim Pengadilan Tipikor Jakarta memvonis terdakwa. Putusan "
        "dibacakan di Pengadilan Tipikor, Rabu."
    )
    courts = [o for o in analyse(seated)["organizations"] if "Tipikor" in o["name"]]
    assert [(o["name"], o["mentions"]) for o in courts] == [("Pengadilan Tipikor Jakarta", 2)]
    on_pn = "Sidang Digelar\nSidang digelar di Pengadilan Tipikor pada PN Palembang."
    assert "Pengadilan Tipikor Palembang" in {o["name"] for o in analyse(on_pn)["organizations"]}
