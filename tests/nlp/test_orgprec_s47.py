"""Organisation precision, session 47 (issue 13): a school's name is no body's mention and no
branch.

The hand-checked pool judged two even-id shapes wrong: "Nahdlatul Ulama" read from schools
named after it ("MTs NU Trate", "SMK NU Trate", detik-1000 id 644) and "SMP 12 Krui Kabupaten
Pesisir Barat" (id 806: the school's regency glued on as if the school were a regional branch).
Every sentence below is INVENTED after the shapes (not copied from an article); the refusals are
the near shapes the readings must leave alone.
"""

from __future__ import annotations

from nlp.extract import extract_documents


def orgs(nlp, text: str) -> dict[str, dict]:
    item = {"title": "", "text": text, "published": "2025-10-20"}
    return {o["name"]: o for o in extract_documents([item], nlp=nlp)[0]["organizations"]}


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
    # INVENTED
    found = orgs(full_nlp, "Lomba itu diikuti siswa SMA Muhammadiyah 2 Pekalongan pekan lalu.")
    assert "Muhammadiyah" not in found


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
