"""Direct quotes and their speakers, on paragraphs written for these tests."""

from __future__ import annotations


def quotes_of(analyse, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in analyse("Judul\n" + text)["quotes"]]


def test_attribution_after_the_quote(analyse):
    quotes = quotes_of(
        analyse,
        "Kepala Dinas Tenaga Kerja Kota Medan Hendra Saragih meninjau "
        "lokasi.\n\n“Semua pekerja harian wajib didaftarkan,” tegas "
        'Hendra.\n\n"Kami beri waktu satu bulan untuk perusahaan," '
        "ujar Hendra Saragih.",
    )
    assert quotes == [
        ("Hendra Saragih", "Semua pekerja harian wajib didaftarkan"),
        ("Hendra Saragih", "Kami beri waktu satu bulan untuk perusahaan"),
    ]


def test_pronoun_and_nya_take_the_last_person_outside_quotes(analyse):
    quotes = quotes_of(
        analyse,
        "Deputi Direktur BPJS Ketenagakerjaan Siti Marlina "
        "menjelaskan program baru.\n\n“Kemarin kami bertemu Gubernur "
        "Bali Wayan Koster untuk membahas nelayan,” imbuh dia.\n\n"
        "“Targetnya semua nelayan terlindungi tahun ini,” tambahnya.",
    )
    assert [s for s, _ in quotes] == ["Siti Marlina", "Siti Marlina"]


def test_speaker_introducing_the_quote(analyse):
    quotes = quotes_of(
        analyse,
        "Ketua Umum Apindo Shinta Kamdani mengatakan: “Pengusaha "
        "mendukung perluasan jaminan sosial bagi pekerja.”",
    )
    assert quotes == [
        ("Shinta Kamdani", "Pengusaha mendukung perluasan jaminan sosial bagi pekerja.")
    ]


def test_quote_continuing_a_speaker_without_attribution(analyse):
    quotes = quotes_of(
        analyse,
        "Menurut Wahyu Pratama, iuran tidak akan naik.\n\n"
        "“Kami sudah menghitung kemampuan peserta dengan cermat.”",
    )
    assert quotes == [("Wahyu Pratama", "Kami sudah menghitung kemampuan peserta dengan cermat.")]


def test_scare_quotes_and_slogans_are_not_quotes(analyse):
    quotes = quotes_of(
        analyse,
        "Kampanye “Kerja Keras Bebas Cemas” digelar di pasar. Warga "
        'menyebut program itu "jaring pengaman" bagi keluarga.',
    )
    assert quotes == []


def test_attribution_verbs_of_real_coverage(analyse):
    # Invented paragraphs; the verbs are the ones real detik articles use after a quote. The
    # person named last before each quote is someone else, or far away, so that only the
    # attribution gives the speaker.
    quotes = quotes_of(
        analyse,
        "Anggota DPRD Kabupaten Bone Adriani Saleh menanggapi rapat.\n\n"
        "Rapat itu berlangsung alot. Pembahasan tertunda dua kali. "
        "Semua fraksi hadir.\n\n"
        "“Setelah itu tidak ada persetujuan lagi,” sambungnya.\n\n"
        "Ketua DPRD Bone Andi Tenri Walinonong menolak menandatangani.\n\n"
        "“Tahapan ini sudah kami lalui bersama,” beber Adriani Saleh.\n\n"
        "Wakil Ketua DPRD Bone Ridwan Latif ikut walk out.\n\n"
        "“Anggaran harus segera ditetapkan,” demikian kata Adriani Saleh.\n\n"
        "Anggaran itu disusun sejak Agustus. Pemprov sudah memberi "
        "catatan. Tenggatnya lewat.\n\n"
        "“Kami akan menyurati gubernur minggu depan,” ia menambahkan.",
    )
    assert [s for s, _ in quotes] == ["Adriani Saleh"] * 4


def test_a_post_quoted_with_tulis(analyse):
    quotes = quotes_of(
        analyse,
        "Presiden Amerika Serikat Donald Trump menanggapi pengumuman "
        "Elon Musk.\n\n“Saya sedih melihat dia keluar jalur,” tulis "
        "Donald Trump dalam sebuah unggahan.",
    )
    assert quotes == [("Donald Trump", "Saya sedih melihat dia keluar jalur")]
