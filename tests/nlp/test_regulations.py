import pytest
import spacy

import nlp.components.regulations as _regulations  # noqa: F401  (registers the factory)
from indonesian.regulations import (
    canonical_type,
    find_named_regulations,
    find_regulations,
    merge_named,
    unique_regulations,
)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("id")
    pipeline.add_pipe("newsintel_regulations")
    return pipeline


def keys(text):
    return [(r.type, r.number, r.year) for r in find_regulations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sesuai Instruksi Presiden (Inpres) Nomor 2 Tahun 2021.", ("Inpres", "2", 2021)),
        ("sesuai Inpres 2/2021.", ("Inpres", "2", 2021)),
        ("Inpres No. 2 Tahun 2021 mengatur", ("Inpres", "2", 2021)),
        ("diatur dalam UU No. 24/2011", ("UU", "24", 2011)),
        ("Undang-Undang Nomor 40 Tahun 2004 tentang SJSN", ("UU", "40", 2004)),
        ("PP 44 Tahun 2015 mengatur JKK", ("PP", "44", 2015)),
        ("Peraturan Pemerintah Nomor 35 Tahun 2021", ("PP", "35", 2021)),
        ("Perpres No 109 tahun 2013", ("Perpres", "109", 2013)),
        ("Peraturan Menteri Ketenagakerjaan Nomor 2 Tahun 2022", ("Permenaker", "2", 2022)),
        ("Permenaker No. 4/2022", ("Permenaker", "4", 2022)),
        ("Permendagri Nomor 84 Tahun 2022", ("Permendagri", "84", 2022)),
        (
            "Peraturan Menteri Dalam Negeri (Permendagri) Nomor 77 Tahun 2020",
            ("Permendagri", "77", 2020),
        ),
        ("Peraturan Menteri Kesehatan Nomor 3 Tahun 2023", ("Permenkes", "3", 2023)),
        ("Peraturan Menteri Keuangan Nomor 5/PMK.010/2020", ("PMK", "5/PMK.010", 2020)),
        ("Keputusan Menteri Ketenagakerjaan Nomor 260 Tahun 2015", ("Kepmenaker", "260", 2015)),
        ("Perda Provinsi Jawa Barat Nomor 5 Tahun 2020", ("Perda", "5", 2020)),
        ("Peraturan Wali Kota Bogor Nomor 12 Tahun 2021", ("Perwali", "12", 2021)),
        ("Peraturan Bupati Garut Nomor 7 Tahun 2019", ("Perbup", "7", 2019)),
        ("Pergub DKI Jakarta Nomor 51 Tahun 2020", ("Pergub", "51", 2020)),
        ("Keppres Nomor 12 Tahun 2020", ("Keppres", "12", 2020)),
        ("Perppu Nomor 2 Tahun 2022", ("Perppu", "2", 2022)),
        ("Keputusan Menteri Perhubungan Nomor KP 1001 Tahun 2022", ("Kepmenhub", "KP 1001", 2022)),
        ("Peraturan Menteri ATR/Kepala BPN Nomor 17 Tahun 2016", ("Permen ATR/BPN", "17", 2016)),
        ("Permen ATR/BPN No.17/2016", ("Permen ATR/BPN", "17", 2016)),
        ("Peraturan Otoritas Jasa Keuangan (OJK) Nomor 7 Tahun 2024", ("POJK", "7", 2024)),
        ("Peraturan Menteri Agama (PMA) Nomor 4 Tahun 2025", ("PMA", "4", 2025)),
    ],
)
def test_long_and_short_forms(text, expected):
    assert keys(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Target 70 juta pekerja pada tahun 2026.",
        "segera disusun Perda, karena sudah ada Inpresnya.",
        "rancangan Peraturan Daerah",
        "Pasal 5 ayat (1)",
        "se 2 tahun 2020 lalu",
    ],
)
def test_no_reference_without_type_and_number(text):
    assert keys(text) == []


def test_title_stops_at_its_end():
    (ref,) = find_regulations(
        "Disahkannya Inpres Nomor 2 Tahun 2021 Tentang Optimalisasi Pelaksanaan Program Jaminan Sosial "
        "Ketenagakerjaan (Jamsostek) menginstruksikan seluruh kepala daerah."
    )
    assert ref.title == "Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan"
    (ref,) = find_regulations(
        "PP 44 Tahun 2015 tentang penyelenggaraan program jaminan kematian, lalu"
    )
    assert ref.title == "penyelenggaraan program jaminan kematian"
    first, second = find_regulations(
        "Perwali Nomor 12 Tahun 2021 tentang Jaminan Sosial, Perbup Nomor 3 Tahun 2020 tentang Pajak."
    )
    assert (first.title, second.title) == ("Jaminan Sosial", "Pajak")


def test_canonical_type():
    assert canonical_type("Instruksi Presiden") == "Inpres"
    assert canonical_type("Peraturan Menteri Tenaga Kerja dan Transmigrasi") == "Permenakertrans"
    assert canonical_type("Permenkeu") == "PMK"
    assert canonical_type("Peraturan Menteri Sosial") == "Permensos"


def test_component_dedupes_and_keeps_spans(nlp):
    doc = nlp(
        "Instruksi Presiden (Inpres) Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program "
        "Jaminan Sosial Ketenagakerjaan terbit. Inpres ini menyasar 19 menteri. Menurut Inpres 2/2021, "
        "daerah wajib patuh; UU No. 24/2011 juga berlaku."
    )
    assert doc._.regulations == [
        {
            "type": "Inpres",
            "number": "2",
            "year": 2021,
            "title": "Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan",
            "text": "Instruksi Presiden (Inpres) Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program "
            "Jaminan Sosial Ketenagakerjaan",
        },
        {"type": "UU", "number": "24", "year": 2011, "title": None, "text": "UU No. 24/2011"},
    ]
    assert [s.label_ for s in doc.spans["regulations"]] == ["Inpres", "Inpres", "UU"]


# -- regulations cited without a number (invented sentences in the style of real coverage) --------
def named(text):
    numbered = unique_regulations(find_regulations(text))
    return [
        (r.type, r.number, r.year, r.title)
        for r in merge_named(numbered, find_named_regulations(text))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iuran diatur dalam UU Tapera.", [("UU", None, None, "Tapera")]),
        (
            "Revisi UU KUP dan UU PPh dibahas DPR.",
            [("UU", None, None, "KUP"), ("UU", None, None, "PPh")],
        ),
        ("Pelaku dijerat Pasal 378 KUHP tentang penipuan.", [("KUHP", None, None, "KUHP")]),
        ("Pasal 23A UUD 1945 mengatur pajak.", [("UUD", None, 1945, "UUD 1945")]),
        (
            "sesuai Undang-Undang Dasar Negara Republik Indonesia Tahun 1945.",
            [("UUD", None, 1945, "UUD 1945")],
        ),
        (
            "Indonesia meratifikasi Konvensi ILO Nomor 102 tentang Standar Minimal Jaminan Sosial.",
            [("Konvensi ILO", "102", None, "Standar Minimal Jaminan Sosial")],
        ),
        ("DPR menunda RUU Perampasan Aset.", [("RUU", None, None, "Perampasan Aset")]),
        (
            "Dewan membahas Raperda tentang Pajak Daerah, lalu reses.",
            [("Raperda", None, None, "Pajak Daerah")],
        ),
        (
            "Rancangan Perpres tentang Tata Kelola Makan Bergizi belum diteken.",
            [("Perpres", None, None, "Tata Kelola Makan Bergizi")],
        ),
        (
            "terkait Undang-Undang One Big Beautiful Bill.",
            [("UU", None, None, "One Big Beautiful Bill")],
        ),
        ("UU APBN 2025 disahkan.", [("UU", None, 2025, "APBN")]),
    ],
)
def test_regulations_cited_by_name(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "PP Muhammadiyah menggelar rapat.",
        "Perda DKI mengatur parkir.",
        "UU tersebut digugat.",
        "Raperda Kota Palembang dibahas.",
        "Konvensi ILO menjadi acuan.",
        "undang-undang pemilu nyatanya",
    ],
)
def test_no_named_regulation_without_a_name(text):
    assert named(text) == []


def test_a_name_stops_at_an_acronym_the_line_and_the_next_regulation():
    assert named("Aktivis Dijerat UU ITE Terkait Unggahan\nIsi berita.") == [
        ("UU", None, None, "ITE")
    ]
    assert named("Undang-Undang Keistimewaan dan Peraturan Gubernur berlaku.") == [
        ("UU", None, None, "Keistimewaan")
    ]


def test_a_name_of_a_numbered_law_is_that_law():
    text = (
        "Ia dijerat UU Informasi dan Transaksi Elektronik (ITE). Pasal 35 UU Nomor 11 Tahun 2008 "
        "tentang ITE. Polisi menyebut UU ITE berlaku."
    )
    assert named(text) == []
    # Without the numbered one, the two names are one regulation, the longer title kept.
    assert named(
        "Ia dijerat UU Informasi dan Transaksi Elektronik (ITE). Polisi menyebut UU ITE."
    ) == [("UU", None, None, "Informasi dan Transaksi Elektronik (ITE)")]
    assert named("KUHP baru, yakni UU Nomor 1 Tahun 2023 tentang KUHP, berlaku.") == []


def test_component_lists_named_after_numbered(nlp):
    doc = nlp("Menurut Pasal 33 UUD 1945 dan UU Nomor 40 Tahun 2004, iuran diatur UU Tapera.")
    assert [(r["type"], r["number"], r["title"]) for r in doc._.regulations] == [
        ("UU", "40", None),
        ("UUD", None, "UUD 1945"),
        ("UU", None, "Tapera"),
    ]
    assert [s.label_ for s in doc.spans["regulations"]] == ["UUD", "UU", "UU"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Short real quotes (detik): an agency's decision; a PMK written with its code.
        (
            "Keputusan KPU RI Nomor 731 Tahun 2025 tentang Penetapan Dokumen",
            [("Keputusan KPU", "731", 2025)],
        ),
        (
            "mengacu pada PMK-61/PMK.03/2023 tentang Tata Cara Pelaksanaan Penagihan",
            [("PMK", "61/PMK.03", 2023)],
        ),
        # Invented: agencies by their short names; a region after the bracketed acronym.
        ("sesuai Peraturan OJK Nomor 22 Tahun 2023", [("POJK", "22", 2023)]),
        ("Peraturan Kapolri Nomor 7 Tahun 2022 dan Perkap 7/2022", [("Perkap", "7", 2022)] * 2),
        (
            "Peraturan Daerah (Perda) Kota Bandung Nomor 9 Tahun 2019 tentang Ketertiban",
            [("Perda", "9", 2019)],
        ),
    ],
)
def test_agency_instruments_codes_and_regions_after_the_acronym(text, expected):
    assert keys(text) == expected


def test_a_telegram_or_a_court_decision_is_no_regulation():
    # Real shapes (detik): a police telegram number and a Constitutional Court ruling.
    assert keys("surat telegram Kapolri Nomor ST/1192/2025") == []
    assert keys("Putusan MK Nomor 90/PUU-XXI/2023") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Short real quotes (detik-1000, even ids): any agency's regulation by its acronym; a
        # minister's circular with its acronym in brackets before "Menteri": the short form the
        # text defines is the type (the annotation convention), as the detik gold writes it.
        (
            "dan Pasal 16 huruf e Peraturan DKPP Nomor 2 Tahun 2017 tentang Kode Etik",
            [("Peraturan DKPP", "2", 2017)],
        ),
        (
            "Komdigi menerbitkan Surat Edaran (SE) Menteri Komunikasi dan Digital Nomor 5 Tahun "
            "2025 tentang Permintaan Data",
            [("SE", "5", 2025)],
        ),
        # Invented: a lower-case word after "Peraturan" is no agency; a named instrument keeps
        # its own type.
        ("Peraturan Pemerintah Nomor 2 Tahun 2021", [("PP", "2", 2021)]),
        ("sesuai Peraturan BPOM Nomor 3 Tahun 2022", [("Peraturan BPOM", "3", 2022)]),
        # Invented: an agency whose instrument has a short form gets that type, as "PERMA" does.
        ("sesuai Peraturan MA Nomor 1 Tahun 2016", [("Perma", "1", 2016)]),
        ("berdasarkan Peraturan KPU Nomor 5 Tahun 2024", [("PKPU", "5", 2024)]),
    ],
)
def test_any_agency_by_its_acronym_and_a_bracketed_acronym_before_menteri(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Short real quotes (detik-1000, even ids 0522, 0568): an instrument the extractor has no
        # name for, whose text defines its short form in brackets, takes that form as its type.
        (
            "Pemkot Makassar telah menerbitkan Peraturan Wali (Perwali) Makassar Nomor 19 Tahun "
            "2025 tentang Tata Cara Pemilihan RT/RW.",
            [("Perwali", "19", 2025)],
        ),
        (
            "Hal ini tercantum dalam Peraturan Menteri Koordinator (Permenko) Bidang Perekonomian "
            "Nomor 16 Tahun 2025 tentang Perubahan Daftar PSN.",
            [("Permenko", "16", 2025)],
        ),
        # Invented: a bracket that names the issuer, not the instrument, defines no type.
        ("sesuai Keputusan Direktur Jenderal Pajak (DJP) Nomor 5 Tahun 2020", []),
    ],
)
def test_a_short_form_defined_in_brackets_is_the_type(text, expected):
    assert keys(text) == expected


def test_an_amendment_names_the_act_it_amends():
    # Short real quote (detik-1000, even id 0580): a draft amendment's title runs through the
    # numbered act it amends, and a later short name of that draft is the same draft.
    text = (
        "Kesepakatan tersebut telah masuk dalam RUU Perubahan Ketiga atas UU Nomor 8 Tahun 2019 "
        "tentang Penyelenggaraan Haji dan Umrah. Rencananya RUU Haji dan Umrah tersebut akan "
        "disahkan."
    )
    assert named(text) == [
        (
            "RUU",
            None,
            None,
            "Perubahan Ketiga atas UU Nomor 8 Tahun 2019 tentang Penyelenggaraan Haji dan Umrah",
        )
    ]
    assert keys(text) == [("UU", "8", 2019)]
    # Invented: "atas" after a name that amends nothing is not read as an amendment.
    assert named("RUU Pajak atas UU Nomor 7 Tahun 2021 dibahas.") == [("RUU", None, None, "Pajak")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Short real quote (detik-1000, even id 0512): any type cited by its subject.
        (
            'Kenapa kok tiba-tiba pilpresnya masih 4 tahun lagi ada PKPU tentang Pilpres," ujar',
            [("PKPU", None, None, "Pilpres")],
        ),
        # Invented: a regional and a ministerial instrument by subject; a type alone is nothing.
        ("Pergub tentang Upah Minimum segera terbit.", [("Pergub", None, None, "Upah Minimum")]),
        (
            "Permenaker tentang Jaminan Hari Tua direvisi.",
            [("Permenaker", None, None, "Jaminan Hari Tua")],
        ),
        ("KPU menerbitkan PKPU. Pemerintah tentang hal itu diam.", []),
    ],
)
def test_any_type_cited_by_its_subject(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Short real quote (detik-1000, even id 0962): a declaration by the body that adopted it.
        (
            "Deklarasi PBB tentang Pembela HAM (1998) dengan tegas mewajibkan negara",
            [("Deklarasi PBB", None, 1998, "Pembela HAM")],
        ),
        # Invented: a covenant with its subject; a body alone or a forum's name is no instrument.
        (
            "Indonesia meratifikasi Kovenan PBB tentang Hak Sipil dan Politik.",
            [("Kovenan PBB", None, None, "Hak Sipil dan Politik")],
        ),
        ("Deklarasi PBB itu dibacakan.", []),
        ("pidato dalam Forum Konvensi Sains, Teknologi, dan Industri Indonesia", []),
    ],
)
def test_international_instruments_by_their_body(text, expected):
    assert named(text) == expected


def test_an_acronym_of_the_name_a_title_ends_on_is_that_regulation():
    # Short real quote (detik-1000, even id 0444): the draft by its subject, then by the
    # acronym of the programme its title ends on.
    text = (
        "rancangan Peraturan Presiden (Perpres) tentang Tata Kelola Program Makan Bergizi Gratis "
        "masih dibahas. Perpres MBG itu segera terbit."
    )
    assert named(text) == [("Perpres", None, None, "Tata Kelola Program Makan Bergizi Gratis")]
    # Invented: an acronym of other words stays its own regulation.
    assert len(named("Perpres tentang Tata Kelola Makan Bergizi Gratis. Perpres IKN terbit.")) == 2


# Invented sentences, in the shape of charges in crime reporting (dev6 396 cites one).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "dijerat Pasal 2 ayat 1 Undang-Undang Darurat Nomor 12 Tahun 1951.",
            [("UU Darurat", "12", 1951)],
        ),
        (
            "disangkakan UU Darurat No 12 Tahun 1951 tentang senjata api.",
            [("UU Darurat", "12", 1951)],
        ),
        (
            "melanggar UU Nomor 11 Tahun 2008 dan UU Darurat Nomor 12/1951.",
            [("UU", "11", 2008), ("UU Darurat", "12", 1951)],
        ),
        # Written in lower case, "uu" is no acronym of a law (as for a plain UU).
        ("dikenakan uu darurat nomor 12 tahun 1951", []),
    ],
)
def test_an_emergency_law_is_its_own_instrument(text, expected):
    assert keys(text) == expected


def test_an_emergency_law_has_one_search_key_however_written():
    # A query written out and the extracted short type meet on one key (corpus.keys).
    from corpus.keys import regulation_key

    written = regulation_key("Undang-Undang Darurat Nomor 12 Tahun 1951")
    assert written == regulation_key("UU Darurat", "12", 1951) == "uu darurat 12/1951"


def test_a_long_form_query_meets_the_extracted_short_type():
    # corpus.keys reads the regulation reader's type table: every instrument it knows, not a
    # short copy (before, "Peraturan Otoritas Jasa Keuangan" and "Perpu" kept keys of their own)
    from corpus.keys import regulation_key

    assert regulation_key("Peraturan Otoritas Jasa Keuangan Nomor 22 Tahun 2023") == (
        regulation_key("POJK", "22", 2023)
    )
    assert regulation_key("Perpu No 1 Tahun 2020") == regulation_key("Perppu", "1", 2020)
