"""Roles and affiliations (session 33): a first name that is also a title's word ("Agung"),
the prosecution office's Datun section, a title the speaker gives himself in a quote. Every
sentence is invented, in the shape of the even-id detik-1000 articles named beside it."""

from __future__ import annotations

import pytest

from nlp.extract import extract_documents


def people_of(nlp, text: str) -> dict[str, dict]:
    title, _, body = text.partition("\n")
    item = {"title": title, "text": body, "published": None}
    return {p["name"]: p for p in extract_documents([item], nlp=nlp)[0]["people"]}


@pytest.mark.parametrize(
    "text, name, role",
    [
        # invented, the shape of dev5 0008 (an attendance list after the body)
        (
            "Judul\nRapat itu dihadiri Direktur Jenderal (Dirjen) Perkebunan Kementerian "
            "Pertanian Agung Santoso dan pejabat lain.",
            "Agung Santoso",
            "Direktur Jenderal Perkebunan",
        ),
        # invented, the shape of even 658 (a company's acronym and name before the name)
        (
            "Judul\nDirektur Keuangan (DK) Pertamina Agung Pranoto mengungkap program itu.",
            "Agung Pranoto",
            "Direktur Keuangan",
        ),
        # invented, the shape of even 134 (after a speech verb)
        (
            'Judul\n"Total ada tujuh kategori," kata Agung Pranoto di Denpasar.',
            "Agung Pranoto",
            None,
        ),
    ],
)
def test_agung_opens_a_name_where_no_title_is_written(full_nlp, text, name, role):
    person = people_of(full_nlp, text)[name]
    assert person["role"] == role


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: the title "Jaksa Agung" (also after "Wakil") keeps its word
        ("Judul\nJaksa Agung Sanitiar Burhanuddin mengatakan hal itu.", "Sanitiar Burhanuddin"),
        ("Judul\nWakil Jaksa Agung Asep Nana Mulyana hadir di sana.", "Asep Nana Mulyana"),
        # invented: a building named with "Agung" after a capitalised word is no person
        ("Judul\nProyek Masjid Agung Karanganyar digarap Budi Santoso.", "Budi Santoso"),
    ],
)
def test_agung_after_its_titles_word_is_the_titles(full_nlp, text, name):
    people = people_of(full_nlp, text)
    assert name in people
    assert not any(n.startswith("Agung") for n in people)


def test_datun_after_kasi_is_the_section_not_a_name(full_nlp):
    # invented, the shape of dev5 0306: "Kasi Datun" is the Datun section's head
    text = (
        "Judul\nKami minta bantuan kepada Kejaksaan Negeri Bandar Lampung melalui Kasi Datun, "
        "yaitu Pak Bambang, untuk mendampingi pengajuan perwalian."
    )
    assert "Datun" not in people_of(full_nlp, text)


@pytest.mark.parametrize(
    "text, name, role, org",
    [
        # invented, the shape of dev4 0278 ("saya selaku TITLE BODY", "jelasnya")
        (
            'Judul\nIrjen Budi Santoso meninjau Polda Jawa Timur. "Maka dari itu saya selaku '
            'Kakorlantas Polri menyampaikan bahwa kami tidak bangga menilang," jelasnya.',
            "Budi Santoso",
            "Kakorlantas",
            "Korlantas Polri",  # the title's unit, "Polri" its parent
        ),
        # invented, the shape of dev5 0518 ("saya TITLE BODY" in lower case, the name after)
        (
            'Judul\n"Berbeda dengan yang sudah terpilih. Misal seperti saya anggota DPR RI. '
            'Semua harus transparan," kata Rudi Hartono.',
            "Rudi Hartono",
            "anggota",
            "DPR",
        ),
    ],
)
def test_a_title_the_speaker_gives_himself_in_a_quote(full_nlp, text, name, role, org):
    person = people_of(full_nlp, text)[name]
    assert person["role"] == role
    assert person["organization"] == org


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: "saya" before a title without its body (even 430, 920 shapes)
        (
            'Judul\n"Jadi menurut saya kepala daerah itu boleh memakai mobil dinas," kata '
            "Rudi Hartono.",
            "Rudi Hartono",
        ),
        (
            'Judul\n"Kebetulan waktu itu saya ketua tim jaminan sosial," kata Rudi Hartono.',
            "Rudi Hartono",
        ),
        # invented: no quote, so no speaker
        (
            "Judul\nRudi Hartono hadir. Saya sebagai Ketua Apindo Jawa Tengah mendukung "
            "program ini, ujarnya.",
            "Rudi Hartono",
        ),
        # invented: a quote with no speech tag after it
        (
            'Judul\nRudi Hartono hadir. "Saya sebagai Ketua Apindo Jawa Tengah mendukung '
            'program ini." Acara itu selesai sore hari.',
            "Rudi Hartono",
        ),
    ],
)
def test_no_own_title_without_its_body_or_its_speaker(full_nlp, text, name):
    person = people_of(full_nlp, text)[name]
    assert person["role"] is None
    assert person["organization"] is None
