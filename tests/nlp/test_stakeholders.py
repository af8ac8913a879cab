"""Stakeholder matching (nlp/stakeholders.py): the rule benchmarks/extraction_real.py counts by.

The annotations quoted are detik-1000's style; the extractions are written here by hand.
"""

from __future__ import annotations

from nlp.stakeholders import (
    StakeholderScore,
    affiliation_attachment,
    is_found,
    is_written,
    role_attachment,
    words,
)


def test_found_when_a_name_lies_inside_the_annotation_as_whole_words():
    assert is_found("Menteri Dalam Negeri Tito Karnavian", [words("Tito Karnavian")])
    assert is_found("Badan Pusat Statistik (BPS)", [words("BPS")])
    # The annotation inside an extracted name counts too.
    assert is_found("Kemendagri", [words("Kementerian Dalam Negeri (Kemendagri)")])
    # Part of a word is not a whole word.
    assert not is_found("Kemendagri", [words("Kemen")])
    assert not is_found("Presiden Prabowo", [words("Prabowo Subianto")])


def test_role_attachment_needs_a_shared_role_word():
    people = [
        {"name": "Tito Karnavian", "role": "Menteri Dalam Negeri"},
        {"name": "Wisnu Setiadi Nugroho", "role": None},
    ]
    # An abbreviated title is its full form ("Mendagri" = "Menteri Dalam Negeri") unless the
    # literal count is asked for.
    assert role_attachment("Mendagri Tito Karnavian", people) is True
    assert role_attachment("Mendagri Tito Karnavian", people, expand=False) is False
    assert role_attachment("Gubernur Tito Karnavian", people) is False
    assert role_attachment("Menteri Dalam Negeri Tito Karnavian", people) is True
    assert role_attachment("Ekonom UGM Wisnu Setiadi Nugroho", people) is False
    assert role_attachment("Kemendagri", people) is None  # not ROLE NAME


def test_score_counts_groups_and_roles():
    score = StakeholderScore()
    extraction = {
        "people": [{"name": "Tito Karnavian", "role": "Menteri Dalam Negeri"}],
        "organizations": [{"name": "Badan Pusat Statistik", "acronym": "BPS"}],
    }
    score.add(
        1,
        {
            "government": [
                "Menteri Dalam Negeri Tito Karnavian",
                "Badan Pusat Statistik (BPS)",
                "Kabinet Merah Putih",
            ],
            "industry": [],
            "experts": ["Ekonom UGM Wisnu"],
            "society": ["Warga"],
        },
        extraction,
    )
    assert score.total == {"government": 3, "experts": 1, "society": 1}
    assert score.recall() == 2 / 4
    assert score.role_rate == 1.0 and score.roles_total == 1
    assert score.role_rate_as_written == 1.0
    assert [m[2] for m in score.misses] == ["Kabinet Merah Putih", "Ekonom UGM Wisnu"]


def test_affiliation_attachment_needs_the_body_the_annotation_names():
    organizations = [
        {"name": "Badan Pusat Statistik", "acronym": "BPS", "aliases": []},
        {"name": "DPRD Provinsi Sumatera Utara", "acronym": None, "aliases": ["DPRD Sumut"]},
        {"name": "Partai Gerindra", "acronym": None, "aliases": ["Gerindra"]},
        {"name": "Badan Penyelenggara Jaminan Produk Halal", "acronym": "BPJPH", "aliases": []},
    ]
    people = [
        {"name": "Amalia Adininggar", "role": "Kepala", "organization": "BPS"},
        {"name": "Erni Sitorus", "role": "Ketua", "organization": "DPRD Provinsi Sumatera Utara"},
        {"name": "Ahmad Muzani", "role": "Ketua", "organization": "Gerindra"},
        {"name": "Haikal Hasan", "role": "Kepala", "organization": "BPJPH RI"},
        {"name": "Tito Karnavian", "role": "Menteri Dalam Negeri", "organization": None},
    ]
    assert affiliation_attachment("Kepala BPS Amalia Adininggar", people, organizations)
    # the record's alias as the annotation writes it; a trailing "RI" is the same body
    assert affiliation_attachment("Ketua DPRD Sumut Erni Sitorus", people, organizations)
    assert affiliation_attachment("Kepala BPJPH Haikal Hasan", people, organizations)
    # a branch or unit of the body the annotation names is that body, named more closely
    branch = [{"name": "Nonato Sarmento", "organization": "Bawaslu Provinsi Nusa Tenggara Timur"}]
    bawaslu = [{"name": "Badan Pengawas Pemilu", "acronym": "Bawaslu", "aliases": []}]
    assert affiliation_attachment("Ketua Bawaslu NTT Nonato Sarmento", branch, bawaslu)
    unit = [{"name": "Agus Suryonugroho", "organization": "Korlantas Polri"}]
    polri = [{"name": "Kepolisian Negara Republik Indonesia", "acronym": "Polri", "aliases": []}]
    assert affiliation_attachment("Kakorlantas Polri Irjen Agus Suryonugroho", unit, polri)
    # the party is not the assembly the annotation names
    assert not affiliation_attachment(
        "Ketua MPR Ahmad Muzani",
        people,
        organizations
        + [{"name": "Majelis Permusyawaratan Rakyat", "acronym": "MPR", "aliases": []}],
    )
    # no extracted body in the annotation, or no "ROLE NAME": not counted
    assert (
        affiliation_attachment("Menteri Dalam Negeri Tito Karnavian", people, organizations) is None
    )
    assert affiliation_attachment("Badan Pusat Statistik", people, organizations) is None
    score = StakeholderScore()
    score.add(
        7,
        {"government": ["Kepala BPS Amalia Adininggar", "Ketua MPR Ahmad Muzani"]},
        {
            "people": people,
            "organizations": organizations
            + [{"name": "Majelis Permusyawaratan Rakyat", "acronym": "MPR", "aliases": []}],
        },
    )
    assert (score.affiliations_attached, score.affiliations_total) == (1, 2)
    assert score.affiliation_misses == [(7, "Ketua MPR Ahmad Muzani", "Gerindra")]


def test_written_when_the_annotation_or_its_bracket_part_stands_in_the_text():
    text = "Kepala Badan Pusat Statistik Amalia Adininggar. Kata Presiden Prabowo Subianto."
    assert is_written("Badan Pusat Statistik (BPS)", text)  # the bracket dropped
    assert is_written("BPS (Badan Pusat Statistik)", text)  # the bracket alone
    assert is_written("presiden prabowo", text)  # case aside, inside a longer name
    assert not is_written("Kementerian ESDM", text)
    assert not is_written("Presiden Prabowo Subianto Djojohadikusumo", text)
    assert not is_written("Statistik Amal", text)  # whole words only


def test_score_counts_each_annotation_by_outcome():
    score = StakeholderScore()
    text = "Menteri Dalam Negeri Tito Karnavian dan Presiden Prabowo bertemu pemerintah daerah."
    annotated = {
        "government": [
            "Menteri Dalam Negeri Tito Karnavian",  # found by the person's name
            "Pemerintah Daerah",  # found only as a group
            "Presiden Prabowo",  # written, missed
            "Kemendagri",  # not written, missed
        ],
        "society": ["Warga"],  # not scored
    }
    extraction = {"people": [{"name": "Tito Karnavian"}], "groups": [{"name": "pemerintah daerah"}]}
    score.add(3, annotated, extraction, text)
    assert score.outcomes == {"found": 1, "group": 1, "written": 1, "not written": 1}
    assert score.outcome_shares()["written"] == 0.25
    # without the text no outcome is counted (recall is, as before)
    unscored = StakeholderScore()
    unscored.add(3, annotated, extraction)
    assert unscored.outcomes == {} and unscored.recall() == 0.25
