"""Roles, session 48: dev8's misses by mechanism.

* A list of titled people joined by "dan": the words between a title and the next
  organisation were taken as a unit of the first title even when they were the first
  person's name and the second person's title ("Utusan Khusus Presiden Bidang Pangan *Muhamad
  Mardiono dan Wakil Ketua* Dewan Ekonomi Nasional (DEN) Mary ...", dev8 582), so the second
  person's role held the first person's name. The unit run now stops at a word the NER reads
  as a person's name and at "dan" opening another title (people.py `_unit_before_org`).
* "Sekretaris Kabinet" is one office (the full form of Seskab): "Kabinet" after it is no body
  (roles.yaml heads).
* "Wamendukbangga" / "Mendukbangga": the short titles of the Kementerian Kependudukan dan
  Pembangunan Keluarga's ministers (roles.yaml abbreviations).
* A foreign country read as the name's first word and dropped from it after a head-of-state
  title ("Presiden *Prancis* Emmanuel Macron") completes the role, as the bracketed-acronym and
  comma readings give it, instead of becoming the organisation; not after a minister's title.

Every sentence here is INVENTED, in the style of the even-half sites.
"""

from __future__ import annotations

import pytest
from extraction_helpers import roles as people


def test_two_titled_people_joined_by_dan_keep_their_own_titles(full_nlp):
    # INVENTED: the shape of dev8 582
    got = people(
        full_nlp,
        "Mereka terlihat mengenakan batik. Utusan Khusus Presiden Bidang Pangan Budi Santoso "
        "dan Wakil Ketua Dewan Ekonomi Nasional (DEN) Agus Salim juga hadir di Istana.",
    )
    assert got["Budi Santoso"] == ("Utusan Khusus Presiden Bidang Pangan", None)
    assert got["Agus Salim"] == ("Wakil Ketua", "DEN")


def test_an_aide_and_a_bureau_head_joined_by_dan(full_nlp):
    # INVENTED
    got = people(
        full_nlp,
        "Rapat itu dihadiri Staf Khusus Menteri Bidang Hukum Budi Santoso dan Kepala Biro Humas "
        "Kementerian Sosial Agus Salim.",
    )
    assert got["Budi Santoso"][0] == "Staf Khusus Menteri Bidang Hukum"
    assert got["Agus Salim"][0] == "Kepala Biro Humas"
    assert all("Budi" not in (role or "") for role, _ in got.values())


UNIT_BEFORE_ORG_KEPT = [
    # INVENTED: "dan" inside a faculty's name, no title after it
    (
        "Dekan Fakultas Ekonomi dan Bisnis Universitas Muhammadiyah Malang Dr. Muhammad Sholeh "
        "menilai hal itu wajar.",
        "Muhammad Sholeh",
        ("Dekan Fakultas Ekonomi dan Bisnis", "Universitas Muhammadiyah Malang"),
    ),
    # INVENTED: a title head inside the unit with no "dan" before it stays the title's
    (
        "Mantan Deputi Gubernur Senior Bank Indonesia, Mirza Adityaswara, menilai hal itu wajar.",
        "Mirza Adityaswara",
        ("Mantan Deputi Gubernur Senior", "BI"),
    ),
    # INVENTED: a field with "dan", then the office
    (
        "Plt. Deputi II Bidang Perekonomian dan Pangan Kantor Staf Presiden (KSP) Edy Priyono "
        "mengatakan hal itu.",
        "Edy Priyono",
        ("Plt. Deputi II Bidang Perekonomian dan Pangan", "KSP"),
    ),
    # INVENTED: a commission's number (no person's name) before the house
    (
        "Ketua Komisi XI DPR Agus Salim menilai kinerja pemerintah baik.",
        "Agus Salim",
        ("Ketua Komisi XI", "DPR"),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), UNIT_BEFORE_ORG_KEPT)
def test_a_unit_before_the_organisation_is_still_read(full_nlp, text, name, expected):
    assert people(full_nlp, text)[name] == expected


SEKRETARIS_KABINET = [
    # INVENTED: with a rank between the title and the name (the even half's 956)
    "Menteri Sosial Saifullah Yusuf bersama Sekretaris Kabinet Letkol Teddy Wijaya mengunjungi "
    "sekolah itu.",
    # INVENTED: a cabinet session named elsewhere in the article (the even half's 582)
    "Agenda sidang kabinet ini disampaikan oleh Sekretaris Kabinet Teddy Wijaya. Besok akan ada "
    "sidang Kabinet Paripurna.",
]


@pytest.mark.parametrize("text", SEKRETARIS_KABINET)
def test_sekretaris_kabinet_is_one_office(full_nlp, text):
    role, org = people(full_nlp, text)["Teddy Wijaya"]
    assert role == "Sekretaris Kabinet"
    assert org != "Kabinet"


def test_a_secretary_of_a_named_body_is_not_taken_for_the_cabinet_title(full_nlp):
    # INVENTED
    got = people(full_nlp, "Sekretaris Badan Gizi Nasional (BGN) Agus Salim menjelaskan hal itu.")
    assert got["Agus Salim"] == ("Sekretaris", "BGN")


def test_wamendukbangga_is_a_deputy_ministers_title(full_nlp):
    # INVENTED: in a list of ministers, as in dev8 582
    got = people(
        full_nlp,
        "Terlihat pula Menteri Pertanian Amran Sulaiman, Wamendukbangga Isyana Oka, Menteri "
        "Agama Nasaruddin Umar, serta Kepala Badan Gizi Nasional (BGN) Dadan Hindayana.",
    )
    assert got["Isyana Oka"] == (
        "Wamendukbangga",
        "Kementerian Kependudukan dan Pembangunan Keluarga",
    )


COUNTRY_IN_THE_TITLE = [
    # INVENTED: a foreign head of state, the country between the title and the name (the even
    # half's 566, 688)
    (
        "Presiden Prancis Emmanuel Macron merespons cepat peristiwa itu.",
        "Emmanuel Macron",
        ("Presiden Prancis", None),
    ),
    # INVENTED: a head of government beside a president written with the country's acronym
    # (dev8 180)
    (
        "Presiden Amerika Serikat (AS) Donald Trump dan Perdana Menteri Australia Anthony "
        "Albanese menandatangani perjanjian itu.",
        "Anthony Albanese",
        ("Perdana Menteri Australia", None),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), COUNTRY_IN_THE_TITLE)
def test_a_foreign_country_before_the_name_is_the_titles(full_nlp, text, name, expected):
    assert people(full_nlp, text)[name] == expected


def test_a_party_before_the_name_stays_the_organisation(full_nlp):
    # INVENTED: the word dropped from the name is a body, not a country
    assert people(full_nlp, "Sekjen Gerindra Sugiono menilai hal itu wajar.")["Sugiono"] == (
        "Sekjen",
        "Gerindra",
    )


def test_a_foreign_ministers_country_is_not_put_into_the_title(full_nlp):
    # INVENTED: a minister's country stays out of the role, as the comma reading leaves it
    role, _ = people(full_nlp, "Menteri Luar Negeri Rusia Sergei Lavrov menilai hal itu wajar.")[
        "Sergei Lavrov"
    ]
    assert role == "Menteri Luar Negeri"
