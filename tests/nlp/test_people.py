"""People, roles and organisations on sentences written for these tests."""
from __future__ import annotations


def people_of(analyse, text: str) -> dict[str, dict]:
    return {p["name"]: p for p in analyse(text)["people"]}


def test_title_organisation_name(analyse):
    people = people_of(analyse, "Judul\nKepala Kantor Cabang BPJS Ketenagakerjaan Sleman Rudi "
                                "Hartono mengatakan klaim naik. Direktur Utama PT Angkasa Raya "
                                "Tbk, Maria Ulfa Santoso menyambut baik program itu.")
    assert people["Rudi Hartono"]["role"].startswith("Kepala Kantor Cabang")
    assert people["Rudi Hartono"]["organization"] == "BPJS Ketenagakerjaan"
    assert people["Maria Ulfa Santoso"]["role"] == "Direktur Utama"
    assert people["Maria Ulfa Santoso"]["organization"] == "PT Angkasa Raya Tbk"
    assert people["Maria Ulfa Santoso"]["kind"] == "official"


def test_minister_takes_the_ministry_and_abbreviated_titles(analyse):
    people = people_of(analyse, "Judul\nMenteri Dalam Negeri Tito Karnavian meminta kepala "
                                "daerah patuh. Menaker Ida Fauziyah menambahkan, aturan segera "
                                "terbit. Menteri Ketenagakerjaan (Menaker) Yassierli hadir.")
    assert people["Tito Karnavian"]["role"] == "Menteri Dalam Negeri"
    # not named in the text: the ministry's full name
    assert people["Tito Karnavian"]["organization"] == "Kementerian Dalam Negeri"
    assert people["Ida Fauziyah"]["role"] == "Menaker"
    assert people["Ida Fauziyah"]["organization"] == "Kementerian Ketenagakerjaan"
    assert people["Yassierli"]["role"] == "Menteri Ketenagakerjaan"


def test_regional_titles_keep_their_region(analyse):
    people = people_of(analyse, "Judul\nGubernur Jawa Tengah Ahmad Luthfi dan Wali Kota "
                                "Semarang Agustina Wilujeng meninjau pasar.")
    assert people["Ahmad Luthfi"]["role"] == "Gubernur Jawa Tengah"
    assert people["Agustina Wilujeng"]["role"] == "Wali Kota Semarang"


def test_title_after_the_name(analyse):
    people = people_of(analyse, "Judul\nPenelitian itu disusun Hendra Gunawan yang juga "
                                "Sekretaris Jenderal Apindo, Lestari Wibowo dan Yohanes Seran. "
                                "Sementara itu, Dewi Anggraini, Deputi Direktur BPJS "
                                "Ketenagakerjaan, memaparkan hasil survei.")
    assert people["Hendra Gunawan"]["role"] == "Sekretaris Jenderal"
    assert people["Hendra Gunawan"]["organization"] == "Apindo"
    assert people["Lestari Wibowo"]["role"] is None
    assert "Yohanes Seran" in people
    assert people["Dewi Anggraini"]["role"] == "Deputi Direktur"
    assert people["Dewi Anggraini"]["organization"] == "BPJS Ketenagakerjaan"


def test_speech_attribution_and_short_mentions_resolve_to_full_names(analyse):
    result = analyse("Judul\nKetua Umum Kadin Arsjad Rasjid membuka acara. \"Kami mendukung "
                     "penuh program ini,\" ujar Arsjad. Ekonom Nasrullah Umar menilai langkah "
                     "itu tepat. \"Dampaknya besar bagi pekerja informal,\" kata Nasrullah Umar.")
    names = [p["name"] for p in result["people"]]
    assert names.count("Arsjad Rasjid") == 1 and "Arsjad" not in names
    assert "Nasrullah Umar" in names


def test_bylines_and_photo_credits_are_not_officials(analyse, rules_nlp):
    people = people_of(analyse, "Judul\nPenulis: Rahmawati Putri Lestari | Editor: Yohanes "
                                "Kurnia\nJakarta - Isi berita tentang iuran.\n\"Iuran tidak "
                                "naik,\" kata Joko Santoso.")
    assert people["Yohanes Kurnia"]["kind"] == "byline"
    assert people["Yohanes Kurnia"]["role"] is None
    assert people["Joko Santoso"]["kind"] == "person"
    # Caption lines are cleaned away before extraction; read raw, their credit is marked.
    doc = rules_nlp("Petugas melayani peserta. ANTARA FOTO/Galih Pradipta\nIsi berita.")
    assert doc._.people == [{"name": "Galih Pradipta", "role": None, "organization": None,
                             "kind": "photo_credit"}]


def test_lowercase_handles_and_sentences_starting_with_oleh_are_not_bylines(analyse):
    people = people_of(analyse, "Judul\nby redaksi\nOleh karena itu, Kepala Dinas Sosial "
                                "Kabupaten Bantul Agus Budiraharja meminta warga mendaftar.")
    assert list(people) == ["Agus Budiraharja"]


def test_regulation_names_and_places_are_not_people(analyse):
    people = people_of(analyse, "Judul\nInstruksi Presiden Nomor 2 Tahun 2021 dan Peraturan "
                                "Menteri Ketenagakerjaan Nomor 5 Tahun 2021 berlaku. Presiden "
                                "Joko Widodo menandatanganinya. Bima mengatakan cuaca cerah.")
    assert list(people) == ["Joko Widodo"]
    assert people["Joko Widodo"]["role"] == "Presiden"


def test_executive_title_without_organisation_takes_the_article_subject(analyse):
    people = people_of(analyse, "BPJS Ketenagakerjaan Gandeng Perhimpunan Hotel\n"
                                "BPJS Ketenagakerjaan menggandeng PHRI. Penandatanganan "
                                "dilakukan oleh Direktur Kepesertaan Eko Nugriyanto dan Ketua "
                                "Umum PHRI Haryadi Sukamdani.")
    assert people["Eko Nugriyanto"]["organization"] == "BPJS Ketenagakerjaan"
    assert people["Haryadi Sukamdani"]["organization"] == "PHRI"


def test_people_spans_point_to_the_full_name(rules_nlp):
    doc = rules_nlp("Direktur Keuangan BPJS Ketenagakerjaan Asep Rahmat Suwandha hadir. "
                    "Menurut Asep, dana kelolaan aman.")
    assert [(s.text, s.kb_id_) for s in doc.spans["people"]] == [
        ("Asep Rahmat Suwandha", "Asep Rahmat Suwandha"), ("Asep", "Asep Rahmat Suwandha")]


def test_places_and_offices_before_a_name_stay_out_of_it(analyse):
    people = people_of(analyse, "Judul\nKepala Kejati Sulsel Agus Salim membuka acara. "
                                "Direktur Utama Bank Kalbar Rokidi Santoso hadir. Gubernur "
                                "Sumatera Utara Bobby Afif Nasution mengatakan hal itu. "
                                "Sekretaris Daerah Kota Pontianak Ahmad Kurniawan Wijaya "
                                "mewakili wali kota. Kepala Kejari Banyumas Sri Hartati hadir.")
    assert people["Agus Salim"]["organization"] == "Kejati Sulsel"
    assert people["Rokidi Santoso"]["organization"] == "Bank Kalbar"
    assert people["Bobby Afif Nasution"]["role"] == "Gubernur Sumatera Utara"
    assert people["Ahmad Kurniawan Wijaya"]["role"] == "Sekretaris Daerah Kota Pontianak"
    assert people["Sri Hartati"]["organization"] == "Kejari Banyumas"
    assert not any(name.split()[0] in ("Kejati", "Sulsel", "Kalbar", "Utara", "Pontianak")
                   for name in people)


def test_a_village_in_a_title_is_part_of_the_role(analyse):
    people = people_of(analyse, "Judul\nKepala Kelurahan Tamalanrea, Andi Baso Rahman "
                                "menyambut baik. Kepala Desa Sumberrejo Hartono Wibisono hadir. "
                                "Kepala Desa Karang Anyar, Slamet Widodo juga datang.")
    assert people["Andi Baso Rahman"]["role"] == "Kepala Kelurahan Tamalanrea"
    assert people["Hartono Wibisono"]["role"] == "Kepala Desa Sumberrejo"
    assert people["Slamet Widodo"]["role"] == "Kepala Desa Karang Anyar"
    assert not {"Tamalanrea", "Karang Anyar", "Sumberrejo Hartono Wibisono"} & set(people)


def test_a_one_word_regency_may_start_a_name(analyse):
    people = people_of(analyse, "Judul\nKetua Apeksi Bima Arya Sugiarto membuka rapat. "
                                "\"Kami siap,\" kata Bima Arya Sugiarto.")
    assert "Bima Arya Sugiarto" in people


def test_report_bylines_and_name_dash_outlet_lines_are_bylines(analyse):
    people = people_of(analyse, "Judul\nLaporan Wartawan Suarasurabaya.net, Dewi Kartika Sari\n\n"
                                "Yogi Pranata - detikBali\n\nPara pengurus masjid dan guru ngaji "
                                "di Denpasar mendapat perlindungan jaminan sosial tahun ini.")
    assert people["Dewi Kartika Sari"]["kind"] == "byline"
    assert people["Yogi Pranata"]["kind"] == "byline"
    assert set(people) == {"Dewi Kartika Sari", "Yogi Pranata"}


def test_titles_before_a_branch_or_a_defined_acronym_and_its_region(analyse):
    people = people_of(analyse, (
        "Judul\nKepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Jawa Tengah Ahmad "
        "Aziz hadir. Ketua Badan Amil Zakat Nasional (Baznas) Kota Makassar Syamsul Alam "
        "menyambut. Perjanjian diteken Kepala Kantor Cabang BPJS Ketenagakerjaan Semarang "
        "Pemuda, Budi Santoso."))
    assert (people["Ahmad Aziz"]["role"], people["Ahmad Aziz"]["organization"]) == \
        ("Kepala", "Disnakertrans Jawa Tengah")
    assert people["Syamsul Alam"]["role"] == "Ketua"
    assert (people["Budi Santoso"]["role"], people["Budi Santoso"]["organization"]) == \
        ("Kepala Kantor Cabang Semarang Pemuda", "BPJS Ketenagakerjaan")
