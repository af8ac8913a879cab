"""A title over a legislature's organ written without its house (session 52).

"Wakil Ketua Komisi I dari fraksi PDIP, Suharsono", "Anggota Banggar Andi Muhammad Salam": the
title names a commission or a committee of a DPRD (or of the DPR) but not the house itself.
The person belongs to the house the article names, when it names exactly one (roles.yaml
`assembly_units`). Counts on the detik-1000 even half: docs/extraction.md, "A legislature's
organ written without its house (session 52)". Every sentence is INVENTED in the shape of the
real ones."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

from nlp.role_attachment import assembly_house, assembly_unit_body, assembly_unit_of_title

_people = Reading(title="Berita hari ini", published=None).people


@pytest.mark.parametrize(
    ("role", "unit"),
    [
        ("Wakil Ketua Komisi I", "Komisi I"),
        ("Anggota Banggar", "Banggar"),
        ("anggota Komisi B", "Komisi B"),
        ("Plt Ketua Komisi XI", "Komisi XI"),
        ("Ketua Pansus", "Pansus"),
        ("Ketua Badan Anggaran", "Badan Anggaran"),
    ],
)
def test_a_title_over_an_organ(role, unit):
    assert assembly_unit_of_title(role) == unit


@pytest.mark.parametrize(
    "role",
    [
        "Ketua Komisi Yudisial",  # a body of its own
        "Ketua Komisi",  # no number: which commission is not said
        "Anggota Komisi I DPRD Solo",  # the house is written
        "Ketua Fraksi PDIP",  # a faction names its party
        "Direktur Komisi II",  # no head of a house's organ
        "Ketua",
    ],
)
def test_no_organ_for_another_title(role):
    assert assembly_unit_of_title(role) is None


def test_bodies_and_houses():
    assert assembly_unit_body("Banggar") and assembly_unit_body("Badan Anggaran")
    assert not assembly_unit_body("Badan Anggaran DPR RI")
    assert not assembly_unit_body("Komisi Yudisial")
    assert assembly_house("DPRD Solo") and assembly_house("DPR RI") and assembly_house("DPR")
    assert not assembly_house("DPRK Aceh") and not assembly_house("Dewan Pers")


READ = [
    # invented: a commission's deputy chair, the house named elsewhere in the article
    (
        "DPRD Solo membahas anggaran 2026. Wakil Ketua Komisi I dari fraksi PDIP, Budi Santoso"
        " mengatakan pemangkasan itu berat.",
        "Budi Santoso",
        ("Wakil Ketua Komisi I", "DPRD Solo"),
    ),
    # invented: a commission's member, the house named before
    (
        "DPRD Bone menggelar rapat Senin. Anggota Komisi II dari fraksi Golkar, Andi Muhammad"
        " Yusuf mengatakan anggaran itu berat.",
        "Andi Muhammad Yusuf",
        ("Anggota Komisi II", "DPRD Bone"),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), READ)
def test_reads_the_house_of_an_organ(full_nlp, text, name, expected):
    person = _people(full_nlp, text)[name]
    assert (person["role"], person["organization"]) == expected


REFUSED = [
    # invented: two houses named, the organ may be either's
    (
        "DPRD Bone dan DPR RI bertemu. Anggota Banggar Andi Muhammad Yusuf awalnya"
        " menyampaikan pandangannya.",
        "Andi Muhammad Yusuf",
        "DPRD Bone",
    ),
    # invented: no house named at all (a student parliament's commission)
    (
        "Mahasiswa FISIP menggelar rapat. Ketua Komisi II, Budi Santoso, membuka rapat itu.",
        "Budi Santoso",
        "DPRD",
    ),
    # invented: a body of its own named "Komisi", not a house's organ
    (
        "DPRD Solo menerima tamu. Ketua Komisi Yudisial Budi Santoso hadir di sana.",
        "Budi Santoso",
        "DPRD Solo",
    ),
]


@pytest.mark.parametrize(("text", "name", "refused"), REFUSED)
def test_refuses_a_house_not_sure(full_nlp, text, name, refused):
    person = _people(full_nlp, text).get(name) or {}
    assert not (person.get("organization") or "").startswith(refused)


# The mends after review (session 52). Every sentence is INVENTED (the reviewer's probes):
# another body's assembly with commissions, a DPR-only commission number, a house named only
# as a place gone to, a former holder. None of them may take the house the article names.
MENDED_REFUSED = [
    # invented: a football congress; the DPRD is only visited
    (
        "Kongres PSSI digelar di Jakarta, Sabtu (27/9). Ketua Komisi A, Budi Santoso, memimpin "
        "sidang pembahasan statuta. Peserta kongres sebelumnya berkunjung ke DPRD DKI.",
        "DPRD",
    ),
    # invented: a muktamar's commission
    (
        "Muktamar NU di Lampung membahas rekomendasi untuk pemerintah. Ketua Komisi B, KH Ahmad "
        "Fahrur Rozi, mengatakan rekomendasi itu akan disampaikan ke DPR.",
        "DPR",
    ),
    # invented: a party congress
    (
        "Kongres Partai Golkar digelar di Jakarta. Ketua Komisi C, Ahmad Doli, melaporkan "
        "rancangan AD/ART. Hasil kongres dibawa ke DPR.",
        "DPR",
    ),
    # invented: a sports body's provincial assembly held in the DPRD's building
    (
        "Musyawarah Olahraga Provinsi KONI Jatim digelar Sabtu. Ketua Komisi A, Bambang "
        "Pamungkas, membacakan hasil sidang. Sidang itu digelar di gedung DPRD Jatim.",
        "DPRD",
    ),
    # invented: a tanwir
    (
        "Pengurus Pusat Muhammadiyah menggelar tanwir. Anggota Komisi A, Budi Santoso, "
        "mengatakan sidang berjalan baik. Hasil tanwir disampaikan ke DPR.",
        "DPR",
    ),
    # invented: a church synod
    (
        "Sidang Sinode GMIT digelar di Kupang. Ketua Komisi C, Mery Kolimon, melaporkan hasil "
        "sidang. Hasilnya dikirim ke DPRD NTT.",
        "DPRD",
    ),
    # invented: a party's muktamar, the DPR named in passing two sentences after
    (
        "Ketua Komisi B, Budi Santoso, memimpin sidang Muktamar PKB di Bali. Muktamar dibuka "
        "Presiden. Sebelumnya panitia bertemu pimpinan DPR.",
        "DPR",
    ),
    # invented: Komisi IX is the DPR's; the DPRD is where the residents went
    (
        "Warga Boyolali mengadu ke kantor DPRD Boyolali. Anggota Komisi IX, Rahmad Handoyo, "
        "yang tengah reses menemui warga itu.",
        "DPRD",
    ),
    # invented: a visiting delegation; the DPRD Jatim is only the destination
    (
        "Rombongan legislator berkunjung ke Surabaya. Ketua Komisi B, Hendra Wijaya, memimpin "
        "kunjungan kerja itu ke DPRD Jatim.",
        "DPRD",
    ),
    # invented: a former holder is not of the house named now
    (
        "DPRD Sumatera Utara menggelar rapat paripurna. Mantan Ketua Komisi A, Ahmad Doli "
        "Kurnia, hadir sebagai undangan.",
        "DPRD",
    ),
    # invented: "eks" is a former holder's word too
    (
        "DPRD Sumatera Utara menggelar rapat paripurna. Eks Ketua Komisi A, Ahmad Doli "
        "Kurnia, hadir sebagai undangan.",
        "DPRD",
    ),
]


@pytest.mark.parametrize(("text", "refused"), MENDED_REFUSED)
def test_mended_refusals(full_nlp, text, refused):
    for person in _people(full_nlp, text).values():
        assert not (person.get("organization") or "").startswith(refused), person


# invented: still read after the mends: the house in the sentence before (a protest before
# it, "di depan" is no destination), and Komisi IX of the DPR
MENDED_READ = [
    (
        "Mahasiswa berdemo di depan DPRD Sulsel. Anggota Komisi A, Rina Marlina, menemui massa "
        "dan menerima tuntutan.",
        "Rina Marlina",
        "DPRD Sulsel",
    ),
    (
        "DPR RI menggelar rapat dengan BPJS Ketenagakerjaan. Anggota Komisi IX, Rahmad Handoyo, "
        "meminta iuran tidak naik.",
        "Rahmad Handoyo",
        "DPR",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), MENDED_READ)
def test_mended_still_reads(full_nlp, text, name, expected):
    person = _people(full_nlp, text).get(name) or {}
    assert (person.get("organization") or "").startswith(expected), person


def test_mend_helpers():
    from nlp.role_attachment import _dpr_only_unit, house_of_assembly_unit

    assert _dpr_only_unit("Komisi IX") and _dpr_only_unit("Komisi VI")
    assert not _dpr_only_unit("Komisi V") and not _dpr_only_unit("Komisi IV")
    assert not _dpr_only_unit("Komisi B") and not _dpr_only_unit("Banggar")
    orgs = {"dprd-solo": {"name": "DPRD Solo"}}
    text = "DPRD Solo menggelar rapat. Ketua Komisi I, Suharsono, hadir."
    at = text.index("Ketua")
    assert house_of_assembly_unit(orgs, "Ketua Komisi I", text, at) == "dprd-solo"
    assert house_of_assembly_unit(orgs, "mantan Ketua Komisi I", text, at) is None
    assert house_of_assembly_unit(orgs, "Ketua Komisi IX", text, at) is None
    far = "DPRD Solo menggelar rapat.\nWarga datang.\nKetua Komisi I, Suharsono, hadir."
    assert house_of_assembly_unit(orgs, "Ketua Komisi I", far, far.index("Ketua")) is None
