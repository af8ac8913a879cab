"""Organisation recall (session 42): a body the text names only as a titled person's
affiliation is an organisation of the article too (``add_title_bodies`` in
nlp/components/people.py, run by nlp/components/role_parse.py). Sentences marked real are
shaped on even-id detik articles (942 dev3, 488 dev, 294, 682); the others are invented."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

from nlp.components.people import _bracketed_short_of_known, _title_body_name

_orgs = Reading(title="Judul", published=None).org_names


@pytest.mark.parametrize(
    "text, made",
    [
        # real (942): a known body's branch named only in a title
        (
            "Turut hadir Ketua PCNU Bangkalan, KH Muhammad Makki Nasir, dalam doa bersama itu.",
            "PCNU Bangkalan",
        ),
        # real (488): an English body no head word reads
        (
            "Hal itu dikatakan Scott Lucas, pengajar politik Amerika di Dublin University, "
            "dikutip dari NewsWeek.",
            "Dublin University",
        ),
        # real (294): a union, the longer name kept and not its cut first words
        (
            "Ketua Serikat Pekerja Taru Martani, Suharyanto, menjelaskan perkara yang dibawa "
            "pihaknya ke pengadilan.",
            "Serikat Pekerja Taru Martani",
        ),
    ],
)
def test_a_titles_written_body_is_an_organisation(full_nlp, text, made):
    assert made in _orgs(full_nlp, text)


def test_the_cut_name_of_a_titles_body_is_not_added(full_nlp):
    # real (294): a second reading of the title leaves "Serikat Pekerja" as a body
    found = _orgs(
        full_nlp,
        "Ketua Serikat Pekerja Taru Martani, Suharyanto, menjelaskan perkara yang dibawa "
        "pihaknya ke pengadilan.",
    )
    assert "Serikat Pekerja" not in found


@pytest.mark.parametrize(
    "text, not_made",
    [
        # invented: a country after a head of state's title
        ("Presiden Prancis Emmanuel Macron menyampaikan pidato di Paris.", "Prancis"),
        # invented: a province after a governor's title (its government is implied, not written)
        ("Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi banjir.", "Jawa Barat"),
        (
            "Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi banjir.",
            "Pemerintah Provinsi Jawa Barat",
        ),
        # invented: a ministry a minister's title implies, never written
        ("Menteri Keuangan Purbaya Yudhi Sadewa menyebut anggaran cukup.", "Kementerian Keuangan"),
        # invented: one word after a title, a chamber or a bare police unit
        ("Sekretaris Kabinet Teddy Indra Wijaya hadir di Istana.", "Kabinet"),
        ("Kasat Polairud AKP Gede Sukarmadiyasa memimpin apel pagi itu.", "Polairud"),
        # real (682): a company found already under its full name and acronym
        (
            "Bendahara PT Dalihan Natolu Group (DNG) Maryam bersaksi di sidang. Ia menyebut "
            "Direktur Utama PT DNG Akhirun Piliang memberi uang.",
            "PT DNG",
        ),
    ],
)
def test_a_titles_place_country_implied_or_known_body_is_refused(full_nlp, text, not_made):
    assert not_made not in _orgs(full_nlp, text)


@pytest.mark.parametrize(
    "name, known, ok",
    [
        ("PCNU Bangkalan", set(), True),
        ("Forum HRD Serang Barat", set(), True),
        ("Polairud", set(), False),  # one word
        ("Kota Bandung", set(), False),  # a place
        ("Jawa Barat", set(), False),  # a place
        ("Kabupaten Antah Berantah", set(), False),  # opens with a place word
        ("PT DNG", {"dng"}, False),  # a known body with its legal form
        ("Komnas HAM RI", {"komnas ham"}, False),  # a known body with a suffix
        ("Dublin University", {"dublin university"}, False),  # found already
        ("serikat pekerja kami", set(), False),  # not a capitalised name
        # a known body with a two-word suffix (all invented from here on)
        ("Komisi Yudisial Republik Indonesia", {"komisi yudisial"}, False),
        ("PON XXI Aceh Sumut", set(), False),  # an event (org_heads.yaml non_name_first_words)
        ("RUU Perampasan Aset", set(), False),  # a bill (indonesian.regulations)
        ("Festival Danau Toba", set(), False),  # an event (event_nouns.txt)
        ("PB PON XXI", set(), True),  # the organising board of the event
        ("PP Muhammadiyah", set(), True),  # "PP" is a regulation only with "tentang"
    ],
)
def test_title_body_name(name, known, ok):
    assert _title_body_name(name, known, set()) is ok


@pytest.mark.parametrize(
    "text",
    [
        # invented: an event after a committee's chair, without and with the committee
        "Hal itu disampaikan kemarin. Ketua Umum PON XXI Aceh Sumut, Bobby Nasution, meninjau "
        "venue.",
        "Hal itu disampaikan kemarin. Ketua Umum Panitia Besar PON XXI Aceh-Sumut, Bobby "
        "Nasution, meninjau venue.",
        # invented: a bill after a special committee's chair
        "Hal itu disampaikan kemarin. Ketua Panitia Khusus RUU Perampasan Aset, Rudianto Lallo, "
        "memimpin rapat.",
        # invented: a committee's subject no list names, refused by the title's end
        "Hal itu disampaikan kemarin. Ketua Panitia Pelaksana Jambore Pramuka Daerah, Budi "
        "Santoso, membuka acara.",
    ],
)
def test_a_committees_event_or_bill_is_no_organisation(full_nlp, text):
    found = _orgs(full_nlp, text)
    assert not {o for o in found if "PON" in o or "RUU" in o or "Jambore" in o}, found


def test_an_events_organising_board_is_kept(full_nlp):
    # invented: "PB" (Pengurus Besar) heads the board, not the event
    found = _orgs(full_nlp, "Hal itu disampaikan kemarin. Ketua PB PON XXI, Budi Santoso, hadir.")
    assert "PB PON XXI" in found


def test_a_bracketed_short_form_of_a_found_body_is_not_added_again(full_nlp):
    # invented: the branch is found as "Nahdlatul Ulama Bangkalan"; the title's "PCNU
    # Bangkalan" is the same body by the short form bracketed in the text
    found = _orgs(
        full_nlp,
        "Hal itu disampaikan kemarin. Pengurus Cabang Nahdlatul Ulama (PCNU) Bangkalan menggelar "
        "doa. Ketua PCNU Bangkalan, KH Makki Nasir, memimpin doa.",
    )
    assert "PCNU Bangkalan" not in found


@pytest.mark.parametrize(
    "name, known, text, same",
    [
        # invented
        (
            "PCNU Bangkalan",
            {"nahdlatul ulama bangkalan"},
            "Cabang Nahdlatul Ulama (PCNU) ...",
            True,
        ),
        # the short form is not bracketed in the text: a body of its own may be meant
        ("PCNU Bangkalan", {"nahdlatul ulama bangkalan"}, "Ketua PCNU Bangkalan", False),
        # bracketed, but no found body ends with the rest
        ("PCNU Sampang", {"nahdlatul ulama bangkalan"}, "Cabang Nahdlatul Ulama (PCNU) ...", False),
        # real-shaped (dev3 1000): a found body ends with the place, but the bracket follows
        # another body ("Dikpora Dompu" is the regency's office, "DPRD Dompu" its council)
        (
            "Dikpora Dompu",
            {"dprd dompu", "dinas pendidikan pemuda dan olahraga"},
            "Kepala Dinas Pendidikan Pemuda dan Olahraga (Dikpora), Kabupaten Dompu ... DPRD Dompu",
            False,
        ),
    ],
)
def test_bracketed_short_of_known(name, known, text, same):
    assert _bracketed_short_of_known(name, known, text) is same
