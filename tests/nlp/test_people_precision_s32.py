"""People precision, session 32: a body given to a listed official whose title names his own
unit (after even detik 938), and what must keep sharing the list's body (invented sentences,
labelled). The -nya adverb and office short-form guards of this session were dropped (built
from odd-half precision items)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person", "organization"),
    [
        # (after even detik 938) a listed official whose title names a sibling department
        # keeps no body of the first item's
        (
            "Mereka adalah Wakil Kepala Departemen Minat dan Bakat Anak Agung Ngurah Nanda "
            "Budiadnyana, serta Wakil Kepala Departemen Eksternal Vito Simanungkalit.",
            "Vito Simanungkalit",
            None,
        ),
        # (invented, the session-32 review's) kept: the head word alone is the same body
        (
            "Sidang dipimpin Ketua Pengadilan Negeri Surabaya Dadi Rachmadi, Wakil Ketua "
            "Pengadilan Khadwanto, dan hakim anggota Sutarno.",
            "Khadwanto",
            "Pengadilan Negeri Surabaya",
        ),
        # (invented) kept: the first body's own name again
        (
            "Sidang dipimpin Ketua Pengadilan Negeri Surabaya Dadi Rachmadi, Wakil Ketua "
            "Pengadilan Negeri Khadwanto, dan hakim anggota Sutarno.",
            "Khadwanto",
            "Pengadilan Negeri Surabaya",
        ),
        # (invented) kept: titles naming no body share the list's first body (the list rule
        # itself; "bkn" is too short a head for the sibling reading, see the unit test below)
        (
            "Hadir Sekretaris Utama BKN Imas Sukmariah, Deputi Bidang Mutasi Herman, serta "
            "Direktur Kinerja Samsul Hidayat.",
            "Samsul Hidayat",
            "BKN",
        ),
    ],
)
def test_listed_sibling_body(full_nlp, text, person, organization):
    from nlp.extract import extract_documents

    found = extract_documents([{"title": "Berita", "text": text, "published": None}], nlp=full_nlp)
    orgs = {p["name"]: p.get("organization") for p in found[0]["people"]}
    assert orgs[person] == organization


@pytest.mark.parametrize(
    ("role", "org_key", "sibling"),
    [
        # (invented) a unit named after the shared head word: a sibling
        ("Wakil Kepala Departemen Eksternal", "departemen-minat-dan-bakat", True),
        ("Kepala Badan Pusat Statistik", "badan-kepegawaian-negara", True),
        # the head word alone, or the first body's name again: the same body
        ("Wakil Ketua Pengadilan", "pengadilan-negeri-surabaya", False),
        ("Wakil Ketua Pengadilan Negeri", "pengadilan-negeri-surabaya", False),
        ("Sekretaris Badan", "badan-kepegawaian-negara", False),
        ("Sekretaris Dinas", "dinas-kesehatan-kota-bandung", False),
        # no head word in the title, or a head under four letters
        ("Direktur Kinerja", "badan-kepegawaian-negara", False),
        ("Direktur Kinerja", "bkn", False),
    ],
)
def test_names_a_sibling(role, org_key, sibling):
    from nlp.components.people import _names_a_sibling

    assert _names_a_sibling(role, org_key) is sibling
