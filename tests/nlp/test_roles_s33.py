"""Roles and affiliations (session 33): a first name that is also a title's word ("Agung"),
the prosecution office's Datun section, a title the speaker gives himself in a quote. Every
sentence is invented, in the shape of the even-id detik-1000 articles named beside it."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

from nlp.extract import extract_documents

people_of = Reading(published=None, title_line=True).people


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
        # invented, the shape of even 278: the subject named in the paragraph before, a
        # "dia" sentence between
        (
            "Judul\nIrjen Budi Santoso mengatakan Korlantas Polri tidak bangga menilang. Akan "
            'tetapi dia berharap pengguna jalan disiplin.\n"Maka dari itu saya selaku '
            'Kakorlantas Polri menyampaikan terima kasih," jelasnya.',
            "Budi Santoso",
            "Kakorlantas",
            "Korlantas Polri",
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


# The review's sentences (all invented) and one-guard variants (invented): "saya" is the
# speaker's own office only as the subject of the quote's own present clause.
_REPORTED = (
    'Judul\n"Pak Ketua bilang, saya selaku Ketua DPRD Jawa Barat menjamin anggaran itu," '
    "kata Andi Wijaya, warga Bandung."
)
_COLON = 'Judul\n"Ia menulis di suratnya: saya selaku Ketua KPK tidak takut," kata Novel Baswedan.'
_CONDITION = (
    'Judul\n"Seandainya saya sebagai Direktur Utama Pertamina, saya akan menurunkan harga BBM," '
    "kata Budi, warga Cilincing."
)
_OBJECT = (
    'Judul\n"Dia menggantikan saya sebagai Ketua Umum PSSI tahun 2023," kata Mochamad Iriawan.'
)
_PAST_CLAUSE = (
    'Judul\n"Ketika saya menjabat, saya sebagai Direktur Utama PLN membenahi jaringan," kata '
    "Darmawan Prasodjo yang kini sudah tidak menjabat."
)
_PAST_WORD = 'Judul\n"Dulu saya selaku Ketua Umum PSSI membenahi liga," kata Mochamad Iriawan.'
_NYA_OBJECT = (
    'Judul\nErick Thohir menemui pelatih Patrick Kluivert di Jakarta. "Saya selaku Ketua Umum '
    'PSSI mendukung penuh," katanya.'
)
_NYA_FAR = (
    "Judul\nIrjen Budi Santoso meninjau Polda Jawa Timur.\nAcara itu dihadiri ratusan warga. "
    "Mereka datang sejak pagi.\n"
    '"Maka dari itu saya selaku Kakorlantas Polri menyampaikan terima kasih," jelasnya.'
)
_NAME_AFTER_BODY = (
    'Judul\n"Saya selaku Ketua DPRD Jawa Barat Budi Santoso menjamin anggaran itu," kata '
    "Andi Wijaya."
)
REFUSALS = [
    # (invented, review finding 1) reported speech inside the quote, and with ":"
    (
        'Judul\n"Waktu itu Pak Ketua bilang, saya selaku Ketua DPRD Jawa Barat menjamin '
        'anggaran itu," kata Andi Wijaya, warga Bandung.',
        "Andi Wijaya",
    ),
    (
        'Judul\n"Mantan Ketua KPK itu bilang: saya selaku Ketua KPK tidak takut," kata '
        "Novel Baswedan.",
        "Novel Baswedan",
    ),
    (_REPORTED, "Andi Wijaya"),
    (_COLON, "Novel Baswedan"),
    # (invented, review finding 2) a condition
    (_CONDITION, "Budi"),
    # (invented, review finding 3) "saya" an object; an office in the past
    (_OBJECT, "Mochamad Iriawan"),
    (_PAST_CLAUSE, "Darmawan Prasodjo"),
    (_PAST_WORD, "Mochamad Iriawan"),
    # (invented, review finding 4) "-nya": the person named last is an object of a verb
    (_NYA_OBJECT, "Patrick Kluivert"),
    # (invented) "-nya": the person named last is two paragraphs away
    (_NYA_FAR, "Budi Santoso"),
    # (invented) a name after the body: the title reader's, not the speaker's
    (_NAME_AFTER_BODY, "Andi Wijaya"),
]


@pytest.mark.parametrize("text, name", REFUSALS)
def test_own_title_only_for_the_present_subject_saya(full_nlp, text, name):
    person = people_of(full_nlp, text)[name]
    assert person["role"] is None
    assert person["organization"] is None


def test_own_title_reads_the_speaker_the_quotes_component_reads(full_nlp):
    # invented: the person the title goes to is the quote's speaker in doc._.quotes
    text = (
        'Judul\nIrjen Budi Santoso meninjau Polda Jawa Timur. "Maka dari itu saya selaku '
        'Kakorlantas Polri menyampaikan terima kasih," jelasnya.'
    )
    title, _, body = text.partition("\n")
    out = extract_documents([{"title": title, "text": body, "published": None}], nlp=full_nlp)[0]
    people = {p["name"]: p for p in out["people"]}
    assert people["Budi Santoso"]["role"] == "Kakorlantas"
    assert [q["speaker"] for q in out["quotes"]] == ["Budi Santoso"]
