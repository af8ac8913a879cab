"""Organisation precision, session 47 (issue 13): a school's name is no body's mention and no
branch.

The hand-checked pool judged two even-id shapes wrong: "Nahdlatul Ulama" read from schools
named after it ("MTs NU Trate", "SMK NU Trate", detik-1000 id 644) and "SMP 12 Krui Kabupaten
Pesisir Barat" (id 806: the school's regency glued on as if the school were a regional branch).
Every sentence below is INVENTED after the shapes (not copied from an article); the refusals are
the near shapes the readings must leave alone.
"""

from __future__ import annotations

from extraction_helpers import orgs

from nlp.extract import extract_documents


# -- a known body inside a school's name ---------------------------------------------------------
def test_body_inside_a_school_name_is_no_mention(full_nlp):
    # INVENTED
    found = orgs(
        full_nlp,
        "Dapur gizi itu melayani murid MTs NU Sumberejo dan SMK NU Sumberejo setiap pagi.",
    )
    assert "Nahdlatul Ulama" not in found
    assert "MTs NU Sumberejo" in found


def test_body_inside_a_numbered_school_name_is_no_mention(full_nlp):
    # INVENTED: the number after the body and the place after it are the school's own
    found = orgs(full_nlp, "Lomba itu diikuti siswa SMA Muhammadiyah 2 Pekalongan pekan lalu.")
    assert "Muhammadiyah" not in found
    assert "SMA Muhammadiyah 2 Pekalongan" in found


def test_numbered_schools_named_after_a_body_keep_their_whole_name(full_nlp):
    # INVENTED: a union, a mass organisation; the area after the number names the school
    found = orgs(full_nlp, "Guru SMK PGRI 3 Madiun dan siswa SMA NU 2 Kota Pasuruan berdemo.")
    assert "SMK PGRI 3 Madiun" in found
    assert "SMA NU 2 Kota Pasuruan" in found
    assert "Nahdlatul Ulama" not in found
    assert "Persatuan Guru Republik Indonesia" not in found


def test_number_after_a_school_name_then_a_plain_word(full_nlp):
    # INVENTED: the number is the school's; the lower-case word after it is no place
    found = orgs(full_nlp, "Para siswa SMP Negeri Muhammadiyah 4 ikut upacara bendera.")
    assert "SMP Negeri Muhammadiyah 4" in found


def test_company_inside_a_school_name_is_no_mention(full_nlp):
    # INVENTED: a company names schools too
    found = orgs(full_nlp, "Siswa SMK Telkom Makassar juara lomba robotik tingkat nasional.")
    assert "SMK Telkom Makassar" in found
    assert not any("Telkom Indonesia" in name for name in found)


# -- state bodies name no school: the refusals of the review (all INVENTED) ----------------------
def _has(found: dict[str, dict], canonical: str) -> bool:
    return any(name.startswith(canonical) for name in found)


def test_agency_after_a_school_level_word_stays(full_nlp):
    # INVENTED
    found = orgs(
        full_nlp, "Usai sosialisasi di SMA BNN Kota Bekasi menemukan tiga siswa positif narkoba."
    )
    assert _has(found, "Badan Narkotika Nasional")
    assert "SMA BNN" not in found


def test_bpjs_after_a_school_level_word_stays(full_nlp):
    # INVENTED
    found = orgs(full_nlp, "Kepala sekolah SMK BPJS Ketenagakerjaan Cabang Bekasi hadir.")
    assert _has(found, "BPJS Ketenagakerjaan")
    assert not any(name.startswith("SMK") for name in found)


def test_ministries_after_a_school_level_word_stay(full_nlp):
    # INVENTED
    found = orgs(full_nlp, "Dalam kunjungan ke SD Kemendikdasmen Jakarta meninjau ruang kelas.")
    assert _has(found, "Kementerian Pendidikan Dasar dan Menengah")
    assert not any(name.startswith("SD ") for name in found)
    found = orgs(full_nlp, "Ia membandingkan jenjang SMA Kemendikdasmen Pusat belum memutuskan.")
    assert _has(found, "Kementerian Pendidikan Dasar dan Menengah")
    found = orgs(full_nlp, "Untuk siswa SD dan SMP Kemenag Kota Bekasi menyiapkan beasiswa.")
    assert _has(found, "Kementerian Agama")
    assert "SMP Kemenag" not in found


def test_title_case_headline_word_is_no_school_name(full_nlp):
    # INVENTED: in a Title Case headline every word is capitalised
    item = {
        "title": "Razia di SMA BNN Temukan Siswa Pakai Narkoba",
        "text": "Jakarta - Petugas menggeledah tas siswa.",
        "published": "2025-10-20",
    }
    found = {o["name"] for o in extract_documents([item], nlp=full_nlp)[0]["organizations"]}
    assert "Badan Narkotika Nasional" in found
    # there a number still goes on with the school's name
    item["title"] = "Siswa MTs NU 2 Karangsari Ikut Lomba Pidato"
    found = {o["name"] for o in extract_documents([item], nlp=full_nlp)[0]["organizations"]}
    assert "Nahdlatul Ulama" not in found


def test_programme_of_a_ministry_keeps_the_ministry(full_nlp):
    # INVENTED: "Sekolah Rakyat" is the ministry's programme, not a school named after it
    for text in (
        "Sekolah Rakyat Kemensos Bandung menampung 100 siswa.",
        "Program Sekolah Rakyat Kemensos Sentra Handayani mulai berjalan Juli.",
        "Mensos meresmikan Sekolah Rakyat Kemensos Jakarta Timur hari ini.",
    ):
        found = orgs(full_nlp, text)
        assert _has(found, "Kementerian Sosial"), text
        assert not any(name.startswith("Sekolah Rakyat Kemensos") for name in found), text


def test_body_after_a_school_without_a_name_going_on_stays(full_nlp):
    # INVENTED: the body's programme, not a school named after it; the sentence ends after it
    found = orgs(full_nlp, "Wali asuh baru itu mengajar di Sekolah Rakyat Kemensos.")
    assert "Kementerian Sosial" in found


def test_body_acting_beside_a_school_stays(full_nlp):
    # INVENTED: NU is written alone too, acting
    found = orgs(
        full_nlp,
        "PBNU meminta pengurus cabang membantu. Bantuan dibagikan di MTs NU Sumberejo.",
    )
    assert "Nahdlatul Ulama" in found


# -- a school followed by its regency --------------------------------------------------------
def test_school_regency_is_no_branch(full_nlp):
    # INVENTED
    found = orgs(
        full_nlp,
        "Seorang siswa SMP 4 Krui Kabupaten Pesisir Barat menjadi korban perundungan.",
    )
    assert "SMP 4 Krui" in found
    assert not any("Kabupaten" in name for name in found)


def test_school_named_with_its_place_after_the_number_keeps_it(full_nlp):
    # INVENTED: the place right after the number names the school ("SD Negeri 3 Bogor")
    found = orgs(full_nlp, "Guru SD Negeri 3 Bogor menggelar rapat dengan orang tua murid.")
    assert "SD Negeri 3 Bogor" in found


def test_body_followed_by_its_regency_is_still_a_branch(full_nlp):
    # INVENTED: a body with branches keeps its regional branch
    found = orgs(full_nlp, "Ketua Apindo Kabupaten Bogor menemui para buruh pabrik itu.")
    assert any(name.startswith("Apindo") or "Pengusaha" in name for name in found)
    assert any("Bogor" in name for name in found)


def test_school_campus_place_after_its_short_form_stays(full_nlp):
    # INVENTED after the shape of a list of schools: a bare place names the campus
    found = orgs(full_nlp, "Sekolah itu antara lain MAN Insan Cendekia (IC) Jambi, Muaro Jambi.")
    assert "MAN Insan Cendekia Jambi" in found


def test_school_number_then_city_keeps_the_city(full_nlp):
    # INVENTED: after the number alone the city names the school
    found = orgs(full_nlp, "Siswa SMAN 1 Kota Bekasi menjuarai lomba debat itu.")
    assert "SMAN 1 Kota Bekasi" in found


def test_school_proper_name_then_city_drops_the_city(full_nlp):
    # INVENTED: the school's own words named it; the city with its level is where it stands
    found = orgs(full_nlp, "Seorang guru SMP Bina Insani Kota Bogor dilaporkan ke polisi.")
    assert "SMP Bina Insani" in found


def test_school_proper_name_then_abbreviated_regency_drops_it(full_nlp):
    # INVENTED: "Kab." with its period is a regency's level word too
    found = orgs(full_nlp, "Kepala SMK Bina Bangsa Kab. Serang membantah tudingan itu.")
    assert "SMK Bina Bangsa" in found
    assert not any("Kab" in name for name in found)
