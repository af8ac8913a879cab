"""Page noise is removed before analysis; the article's own sentences stay."""

from nlp.cleaning import clean_text, strip_title
from nlp.extract import clean_title

BODY = (
    "SURABAYA, Warta Kota - Pemerintah Kota Surabaya memperluas perlindungan jaminan sosial "
    "bagi 12.000 pekerja rentan pada tahun ini, kata Kepala Dinas Tenaga Kerja Kota Surabaya "
    "Rina Kusumawati kepada wartawan di Balai Kota."
)


def test_link_lines_and_their_headlines_go():
    text = (
        f"{BODY}\n\nBaca juga: Menaker Minta Perusahaan Daftarkan 5 Juta Pekerja\n\n"
        "Oleh karena itu, program ini akan dievaluasi setiap tiga bulan.\n\n"
        "BACA JUGA\nRibuan Buruh Gelar Aksi di Depan Gedung DPR\n\n"
        "Simak juga: Cara Cek Saldo JHT Lewat Aplikasi"
    )
    cleaned = clean_text(text)
    assert "5 Juta Pekerja" not in cleaned
    assert "Ribuan Buruh" not in cleaned and "Saldo JHT" not in cleaned
    # "Oleh karena itu" is a sentence, not a byline or a link
    assert "Oleh karena itu, program ini akan dievaluasi" in cleaned
    assert "Rina Kusumawati" in cleaned


def test_captions_and_credits_go():
    text = (
        f"{BODY}\n\n"
        "Suasana penyerahan santunan kepada ahli waris peserta. (Dok. Humas Pemkot)\n\n"
        "Petugas melayani peserta di kantor cabang. ANTARA FOTO/Budi Santoso\n\n"
        "Foto: Ilustrasi pekerja konstruksi di Jakarta\n\n"
        "Program berjalan sejak Januari dan akan diperluas ke nelayan.\n\n"
        "(ant/dhf)"
    )
    cleaned = clean_text(text)
    for noise in ("Dok. Humas", "ANTARA FOTO", "Budi Santoso", "Ilustrasi pekerja", "ant/dhf"):
        assert noise not in cleaned
    assert "akan diperluas ke nelayan." in cleaned


def test_trailing_initials_after_last_sentence_go():
    cleaned = clean_text(f'{BODY}\n\n"Kami siap membantu," kata Rina. (WEB)')
    assert cleaned.endswith("kata Rina.")


def test_related_story_lists_and_footers_end_the_article():
    text = (
        f"{BODY}\n\nIa berharap semua pekerja terlindungi.\n\nBerita Terkait\n\n"
        "Kemnaker Targetkan 91.703 Peserta Baru\n\nTags:\n\nCopyright © 2024 Warta Kota"
    )
    cleaned = clean_text(text)
    assert "91.703" not in cleaned and "Copyright" not in cleaned
    assert cleaned.endswith("Ia berharap semua pekerja terlindungi.")


def test_tail_marker_before_any_body_does_not_erase_the_article():
    text = "Rekomendasi\n\n" + BODY
    assert "Rina Kusumawati" in clean_text(text)


def test_breadcrumbs_logos_share_lines_and_markdown_go():
    text = (
        "Home » Ekonomi » Jaminan Sosial\nLogo WartaKota\n**JAKARTA** - Isi berita "
        "pertama di sini.\n\n## Subjudul Penting\n\\[img.2\\]\nFacebook Twitter WhatsApp\n" + BODY
    )
    cleaned = clean_text(text)
    assert "Home" not in cleaned and "Logo" not in cleaned and "Facebook" not in cleaned
    assert "**" not in cleaned and "##" not in cleaned and "img.2" not in cleaned
    assert "JAKARTA - Isi berita pertama di sini." in cleaned
    assert "Subjudul Penting" in cleaned


def test_repeated_title_and_breadcrumb_title():
    title = clean_title("Home » Berita » Apindo Dukung Perluasan Jaminan Sosial")
    assert title == "Apindo Dukung Perluasan Jaminan Sosial"
    body = f"{title}\n\n{BODY}"
    assert strip_title(body, title) == BODY


def test_next_and_related_story_tails_go_with_their_headlines():
    for marker in ("Baca berikutnya", "Artikel Terkait", "Berita selanjutnya", "Lihat juga"):
        text = (
            f"{BODY}\n\n{marker}\n\nGubernur Bali Tinjau Posko Mudik\n\n"
            "Polda Metro Tangkap Pengedar Uang Palsu\n"
        )
        cleaned = clean_text(text)
        assert "Rina Kusumawati" in cleaned, marker
        assert "Posko Mudik" not in cleaned and "Uang Palsu" not in cleaned, marker
