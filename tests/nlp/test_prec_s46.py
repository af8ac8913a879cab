"""People and organisation precision, session 46 (issue 13).

The hand-checked samples judged wrong "Pengadilan Tindak Pidana Korupsi" cut from "Pengadilan
Tindak Pidana Korupsi dan Hubungan Industrial Jogja" (a court of two special fields) and the
person "West Hame" of "kata pelatih West Hame, Nuno Espirito Santo" (a club). (The company
shortened in a quote, "PT Tunas Jaya" of "PT Tunas Mekar Jaya", is tested with its module in
test_name_variants_s44.py.) Every sentence below is INVENTED, written after those shapes; the
refusals are the near shapes the same words take in Indonesian news.
"""

from __future__ import annotations

from extraction_helpers import org_names as organisations
from extraction_helpers import person_names as people

from nlp.components.people import _names_an_organisation


# -- a court of two special fields ----------------------------------------------------------------
def test_a_court_of_two_fields_is_named_whole(full_nlp):
    text = (
        "Massa buruh menggeruduk Pengadilan Tindak Pidana Korupsi dan Hubungan Industrial "
        "Jogja siang ini."
    )
    orgs = organisations(full_nlp, text)
    assert "Pengadilan Tindak Pidana Korupsi dan Hubungan Industrial Jogja" in orgs
    assert "Pengadilan Tindak Pidana Korupsi" not in orgs


def test_a_court_and_another_body_stay_two(full_nlp):
    # "dan" then a body that is no court's field: a list of two bodies
    text = "Sidang digelar di Pengadilan Tipikor dan Kejaksaan Negeri Surabaya menghadirkan saksi."
    orgs = organisations(full_nlp, text)
    assert "Kejaksaan Negeri Surabaya" in orgs
    assert not any("dan" in o for o in orgs)
    # "dan" then a second court written in full: two courts
    text = "Pengadilan Tipikor Medan dan Pengadilan Negeri Medan menggelar sidang."
    orgs = organisations(full_nlp, text)
    assert {"Pengadilan Tipikor Medan", "Pengadilan Negeri Medan"} <= orgs
    # "dan" then a lower-case word: no field
    text = "Hakim Pengadilan Niaga dan pengacara hadir di Pengadilan Tipikor Jakarta."
    assert not any("dan" in o for o in organisations(full_nlp, text))


# -- a coach's team --------------------------------------------------------------------------------
def test_a_coachs_team_the_article_names_is_no_person(full_nlp):
    # the article names the club as an organisation; "West Hame" is one letter from its opening
    text = (
        "West Ham United kalah 0-3 di kandang. "
        '"Kami sedang mencoba memperbaikinya," kata pelatih West Hame, Nuno Espirito Santo.'
    )
    names = people(full_nlp, text)
    assert "Nuno Espirito Santo" in names
    assert "West Hame" not in names


def test_a_coachs_athlete_stays_a_person(full_nlp):
    # the session-46 review's probes: in individual sports (and for a celebrity's trainer) the
    # complement of "pelatih" is a person, and the article names no organisation by it
    probes = [
        ('"Dia bermain bagus," kata pelatih Anthony Ginting, Irwansyah.', "Anthony Ginting"),
        ('"Persiapannya matang," kata pelatih Jonatan Christie, Irwansyah.', "Jonatan Christie"),
        ('"Ia disiplin," kata pelatih Rizky Ridho, Budi Santoso.', "Rizky Ridho"),
        ('"Latihannya keras," kata pelatih Raffi Ahmad, Dedi Kurniawan.', "Raffi Ahmad"),
        ('"Dia petinju hebat," kata pelatih Daud Yordan, Damianus Yordan.', "Daud Yordan"),
        ('"Ia berkembang pesat," kata pelatih Apriyani Rahayu, Eng Hian.', "Apriyani Rahayu"),
        ("Menurut pelatih Maria Londa, Fransiskus Xaverius, lompatannya membaik.", "Maria Londa"),
        ('"Ia kerja keras," kata pelatih Tontowi Ahmad, Richard Mainaky.', "Tontowi Ahmad"),
    ]
    for text, athlete in probes:
        assert athlete in people(full_nlp, text), text
    # with a club named elsewhere in the article, an athlete who is no opening of it stays
    text = (
        "PB Djarum membuka seleksi atlet muda. "
        '"Dia bermain bagus," kata pelatih Anthony Ginting, Irwansyah.'
    )
    assert "Anthony Ginting" in people(full_nlp, text)


def test_a_coach_named_at_once_and_a_clients_name_stay_people(full_nlp):
    # the coach's own name right after the trade, no comma
    text = '"Kami siap," kata pelatih Shin Tae-yong kepada wartawan.'
    assert "Shin Tae-yong" in people(full_nlp, text)
    # a list of coaches
    text = '"Kami siap," kata pelatih Shin Tae-yong, Indra Sjafri dan Bima Sakti.'
    assert {"Shin Tae-yong", "Indra Sjafri", "Bima Sakti"} <= people(full_nlp, text)
    # a lawyer's client is a person: only team trades give a team
    text = '"Dia tidak bersalah," kata pengacara Jokowi, Yakup Hasibuan.'
    assert {"Jokowi", "Yakup Hasibuan"} <= people(full_nlp, text)


def test_the_team_words_and_their_organisation_test(full_nlp):
    # INVENTED shapes: a capital outside ASCII opens a team word; a lower-case word does not
    before = full_nlp.get_pipe("newsintel_people").team_trade_before
    found = before.search("kata pelatih Çaykur Rizespor, ")
    assert found is not None and found.group(1) == "Çaykur Rizespor"
    found = before.search("kata pelatih tim Persib, ")
    assert found is None or not all(w[:1].isupper() for w in found.group(1).split())
    # equal to, opening, or one letter from (an opening of) a body the article names
    names = ["West Ham United", "Persib Bandung", "PSSI"]
    assert _names_an_organisation("West Hame", names)
    assert _names_an_organisation("Persib", names)
    assert _names_an_organisation("West Ham United", names)
    assert not _names_an_organisation("Anthony Ginting", names)
    assert not _names_an_organisation("Bandung", names)
