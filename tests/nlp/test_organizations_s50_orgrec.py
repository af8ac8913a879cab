"""Organisation recall, session 50 (issue 13): teams and a region's responders.

- a national team named by its country ("Timnas Indonesia", "tim nasional Uzbekistan", dev9
  188, dev10 192) is a body, the short and the long forms one; the bare word, a national task
  force and a team word before no country read nothing;
- a team whose capitalised name its bracketed short form spells word by word ("Tim Reaksi Cepat
  (TRC)", dev10 750; "Tim Pemeriksa Daerah (TPD) Sumut", dev3 532) is a body, with the province
  after the bracket; a team word before a person's name or a loose bracket is not;
- a list of responders closed by a last item in lower case ("..., Polsek X, dan pemerintah
  desa setempat", dev10 750) still reads its other items as bodies when three of them are
  bodies already, and a regional office's kind written bare in it ("Dishub", "Damkar") is one;
  a list with fewer bodies, or one word that is no office's kind, reads nothing new;
- a district leaders' forum named by its district ("Forkopimcam Cisolok", dev10 742) is an
  office; bare it is none;
- a police mobile team before its police body ("Resmob Polda Sulawesi Utara", dev10 338) is a
  police unit of its own.

Every sentence below is INVENTED after those shapes, with other places, people and wording than
the articles' (not copied from an article).
"""

from __future__ import annotations

from extraction_helpers import every_name, orgs, people


# -- national teams ------------------------------------------------------------------------------
def test_a_national_team_named_by_its_country_is_a_body(rules_nlp):
    # INVENTED
    found = orgs(rules_nlp, "Timnas Indonesia kalah 1-2 dari Bahrain di laga uji coba.")
    assert "Timnas Indonesia" in every_name(found)


def test_long_and_short_forms_of_a_national_team_are_one(rules_nlp):
    # INVENTED: both spellings, a foreign country
    found = orgs(
        rules_nlp,
        "Pelatih itu kini fokus pada tim nasional Vietnam. Timnas Vietnam akan bertanding "
        "melawan Thailand pekan depan.",
    )
    teams = [o for o in found.values() if "Timnas Vietnam" in every_name({o["name"]: o})]
    assert len(teams) == 1
    assert "tim nasional Vietnam" in every_name(found)


def test_a_coach_of_a_national_team_is_affiliated_to_it(rules_nlp):
    # INVENTED: a title, the team, a comma, the name
    found = people(rules_nlp, "Pelatih Timnas Malaysia, Budi Hartono, memanggil 25 pemain.")
    assert found["Budi Hartono"]["organization"] == "Timnas Malaysia"


def test_the_bare_team_word_or_a_national_task_force_is_no_national_team(rules_nlp):
    # INVENTED: no country after the word; a task force named by what it does
    found = orgs(
        rules_nlp,
        "Kini posisi juru racik Timnas masih kosong. Tim Nasional Percepatan Pembangunan "
        "Desa merilis data baru.",
    )
    assert not any(n.startswith("Timnas") for n in every_name(found))
    assert "Tim Nasional Pembangunan" not in every_name(found)


def test_a_team_word_before_no_country_reads_no_team(rules_nlp):
    # INVENTED: a place that is no country after the word
    found = orgs(rules_nlp, "Timnas Bandung menggelar latihan di lapangan desa.")
    assert "Timnas Bandung" not in every_name(found)


# -- a team its short form spells -----------------------------------------------------------------
def test_a_team_spelled_by_its_bracketed_short_form_is_a_body(rules_nlp):
    # INVENTED
    found = orgs(rules_nlp, "Evakuasi dilakukan oleh Tim Penyelamat Gabungan (TPG) sejak pagi.")
    assert found["Tim Penyelamat Gabungan"]["acronym"] == "TPG"


def test_a_spelled_team_keeps_the_province_after_its_short_form(rules_nlp):
    # INVENTED: a province's short name after the bracket
    found = orgs(
        rules_nlp, "Anggota Tim Verifikasi Daerah (TVD) Jateng memeriksa berkas itu kemarin."
    )
    assert "Tim Verifikasi Daerah Jateng" in found
    assert found["Tim Verifikasi Daerah Jateng"]["acronym"] == "TVD Jateng"


def test_a_team_whose_bracket_does_not_spell_it_or_a_person_reads_no_team(rules_nlp):
    # INVENTED: the bracket is no spelling of the words; a person named Tim
    found = orgs(
        rules_nlp,
        "Tim Penyelamat Gabungan (Basarnas) tiba sore hari. Tim Cook (CEO Apple) datang.",
    )
    assert "Tim Penyelamat Gabungan" not in every_name(found)
    assert not any(n.startswith("Tim Cook") for n in every_name(found))


# -- a list of responders ------------------------------------------------------------------------
RESPONDERS = (
    "Penanganan dilakukan lintas sektor. Unsur yang terlibat di antaranya BPBD Cilacap, "
    "Polres Cilacap, Kodim 0703, Dishub, Damkar, Tagana Inti, Polsek Kroya, dan "
    "perangkat desa setempat."
)


def test_bare_offices_in_a_list_of_responders_closed_in_lower_case_are_bodies(rules_nlp):
    # INVENTED after the shape of a disaster report's list of responders
    names = every_name(orgs(rules_nlp, RESPONDERS))
    assert {"Dishub", "Damkar", "Tagana Inti"} <= names
    assert "perangkat desa setempat" not in names


def test_a_list_with_two_bodies_closed_in_lower_case_reads_nothing_new(rules_nlp):
    # INVENTED: only two bodies found in the list
    names = every_name(
        orgs(rules_nlp, "Hadir BPBD Cilacap, Polres Cilacap, Dishub, Damkar, dan warga sekitar.")
    )
    assert "Dishub" not in names and "Damkar" not in names


def test_one_word_that_is_no_office_kind_is_not_read_from_such_a_list(rules_nlp):
    # INVENTED: a lone capitalised common word among the bodies
    names = every_name(
        orgs(
            rules_nlp,
            "Terlibat BPBD Cilacap, Polres Cilacap, Kodim 0703, Relawan, Polsek Kroya, dan "
            "perangkat desa.",
        )
    )
    assert "Relawan" not in names


def test_a_district_leaders_forum_named_by_its_district_is_an_office(rules_nlp):
    # INVENTED: the forum in a list of mostly generic responders
    found = orgs(
        rules_nlp,
        "Tim gabungan dari Forkopimcam Sukaraja, perangkat desa, dan Babinsa melakukan asesmen.",
    )
    assert "Forkopimcam Sukaraja" in every_name(found)


def test_a_bare_leaders_forum_is_no_office(rules_nlp):
    # INVENTED: the forum written alone
    found = orgs(rules_nlp, "Kegiatan itu dihadiri unsur Forkopimcam dan tokoh masyarakat.")
    assert "Forkopimcam" not in every_name(found)


# -- a police mobile team ------------------------------------------------------------------------
def test_a_police_mobile_team_before_its_police_body_is_a_unit(rules_nlp):
    # INVENTED
    found = orgs(rules_nlp, "Pelaku ditangkap oleh Resmob Polda Jambi di sebuah rumah kos.")
    assert "Resmob Polda Jambi" in every_name(found)
    assert "Polda Jambi" in every_name(found)


def test_a_bare_police_mobile_team_is_no_unit(rules_nlp):
    # INVENTED: no police body after it
    found = orgs(rules_nlp, "Tim Resmob bergerak cepat menangkap pelaku di rumah kos.")
    assert not any("Resmob" in n for n in every_name(found))


# -- review mends (session 50) ---------------------------------------------------------------------
# A list closed by a lower-case item adds office or forum kinds and capital short forms only.
# All five sentences are INVENTED (the review's probes): each unfound item is a person, a place,
# a village or a product, never a body.
LOWER_CLOSED_NON_BODIES = [
    (
        "Pemeriksaan melibatkan KPK, Kejaksaan Agung, Bareskrim Polri, Hasto Kristiyanto, dan "
        "sejumlah saksi lain.",
        "Hasto Kristiyanto",
    ),
    (
        "Kegiatan itu didukung Pemkab Bogor, Polres Bogor, Kodim 0621, Puncak Bogor, dan para "
        "pedagang.",
        "Puncak Bogor",
    ),
    (
        "Mereka berasal dari BPBD Lumajang, Polres Lumajang, Kodim Lumajang, Semeru Barat, dan "
        "desa sekitar.",
        "Semeru Barat",
    ),
    (
        "Yang hadir antara lain Bank Mandiri, BRI, BNI, Toyota Avanza, dan beberapa dealer.",
        "Toyota Avanza",
    ),
    (
        "Pendataan dilakukan Dinsos Kota Medan, Disdukcapil Kota Medan, BPJS Kesehatan, Kampung "
        "Aur, dan kelurahan.",
        "Kampung Aur",
    ),
]


def test_a_list_closed_in_lower_case_adds_no_other_proper_name(rules_nlp):
    for text, not_a_body in LOWER_CLOSED_NON_BODIES:
        assert not_a_body not in every_name(orgs(rules_nlp, text)), text


def test_a_list_closed_in_lower_case_adds_office_kinds_with_a_qualifier_or_place(rules_nlp):
    # INVENTED: office kinds with a qualifier ("Linmas Inti", "Satpol PP"), a forum with its
    # district and a short form in capitals, after three bodies and before a lower-case item
    names = every_name(
        orgs(
            rules_nlp,
            "Pencarian melibatkan BPBD Purworejo, Polres Purworejo, Kodim 0708, Satpol PP, "
            "Linmas Inti, Forkopimcam Bagelen, ORARI, dan warga setempat.",
        )
    )
    assert {"Satpol PP", "Linmas Inti", "Forkopimcam Bagelen", "ORARI"} <= names
    assert "warga setempat" not in names


# A spelled team of lawyers or doctors, or one before a person's name, is persons, no body.
def test_a_spelled_team_of_persons_roles_or_before_a_person_reads_no_body(rules_nlp):
    # INVENTED
    assert not orgs(rules_nlp, "Tim Kuasa Hukum (TKH) Budi Santoso mengajukan banding.")
    # INVENTED: a team of lawyers whose initials spell the bracket, no person after it
    names = every_name(orgs(rules_nlp, "Tim Pengacara Rakyat (TPR) menggugat keputusan itu."))
    assert "Tim Pengacara Rakyat" not in names
    # INVENTED: a team of the state with a person's name after the bracket
    names = every_name(
        orgs(rules_nlp, "Tim Pemantau Anggaran (TPA) Rina Marlina menyerahkan laporan.")
    )
    assert not any(n.startswith("Tim Pemantau Anggaran") for n in names)


def test_a_spelled_team_of_the_state_before_its_province_is_still_read(rules_nlp):
    # INVENTED: the same shape without persons' words or a person after the bracket
    names = every_name(
        orgs(rules_nlp, "Tim Pemantau Anggaran (TPA) Bengkulu menyerahkan laporan ke DPRD.")
    )
    assert any(n.startswith("Tim Pemantau Anggaran") for n in names)


# A national team is refused when another proper word follows its country (not an age group).
def test_a_national_team_before_another_proper_word_is_no_team(rules_nlp):
    # INVENTED
    names = every_name(
        orgs(rules_nlp, "Timnas Indonesia Bersatu adalah nama grup WhatsApp suporter.")
    )
    assert not any(n.startswith("Timnas Indonesia") for n in names)


def test_a_national_team_with_its_age_group_is_still_a_team(rules_nlp):
    # INVENTED
    names = every_name(orgs(rules_nlp, "Timnas Vietnam U-23 tiba di Jakarta pada Senin malam."))
    assert any(n.startswith("Timnas Vietnam") for n in names)
