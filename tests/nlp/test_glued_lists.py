from nlp.cleaning import clean_text
from nlp.glued_lists import split_glued_list_items, split_glued_sentences


def test_items_glued_by_a_crawl_are_set_apart():
    # shaped after a real detik budget list whose line breaks the crawl lost (figures invented)
    text = (
        "Rinciannya:\n"
        "1. Sekretariat Jenderal: Rp 32.005.872.242.0002. Inspektorat Jenderal: Rp 36.189.084.000"
        "3. Lembaga Dana: Rp 43,01 miliar4. Badan Pengelola (BPFP): Rp 6.056,14 miliar"
    )
    assert split_glued_list_items(text).split("\n") == [
        "Rinciannya:",
        "1. Sekretariat Jenderal: Rp 32.005.872.242.000 2. Inspektorat Jenderal: Rp 36.189.084.000"
        " 3. Lembaga Dana: Rp 43,01 miliar 4. Badan Pengelola (BPFP): Rp 6.056,14 miliar",
    ]


def test_only_the_next_number_of_a_list_starts_an_item():
    # invented: no list starts with "1." here, and "5." does not follow "1."
    assert split_glued_list_items("Skor akhir 3,352. Kementerian lain") == (
        "Skor akhir 3,352. Kementerian lain"
    )
    text = "1. Kementerian A skor 3,355. Kementerian B"
    assert split_glued_list_items(text) == text


def test_cleaning_sets_glued_items_apart():
    text = "1. Kementerian Agama skor 3,262. Kementerian Keuangan skor 3,15"
    assert clean_text(text) == "1. Kementerian Agama skor 3,26 2. Kementerian Keuangan skor 3,15"


def test_glued_amounts_are_read_whole(analyse):
    # invented amounts in the glued shape of a real detik list (first line: the title)
    found = analyse(
        "Rincian anggaran\n"
        "1. Badan A: Rp 43,01 miliar2. Badan B: Rp 36.189.084.0003. Badan C: Rp 5 juta"
    )
    assert [(f["value"], f["unit"]) for f in found["figures"]] == [
        (43_010_000_000, "rupiah"),
        (36_189_084_000, "rupiah"),
        (5_000_000, "rupiah"),
    ]


def test_a_lost_space_after_a_stop_or_comma_is_put_back():
    # invented, shaped after the signature lines of detik opinion columns
    assert split_glued_sentences("Budi Santoso.Dosen Fakultas Hukum") == (
        "Budi Santoso. Dosen Fakultas Hukum"
    )
    assert split_glued_sentences("Rina Wati,Pengamat Ekonomi") == "Rina Wati, Pengamat Ekonomi"
    # initials, degrees, titles and domains keep their stops
    for text in ("S.IK.M.Si.Ketua", "Prof.Dr. Ani", "PT Maju Tbk.Direktur", "lihat kompas.Com"):
        assert split_glued_sentences(text) == text


def test_a_lost_space_before_a_capitalised_word_is_put_back():
    from nlp.glued_lists import split_glued_words

    # real shapes of even detik articles (324, 400, 814): a link's or italic's lost space
    assert split_glued_words('besi proyek," kataKapolrestabes Medan') == (
        'besi proyek," kata Kapolrestabes Medan'
    )
    assert split_glued_words("Berikut bunyiPasal 2:") == "Berikut bunyi Pasal 2:"
    assert split_glued_words("dariInternational Maritime Organization") == (
        "dari International Maritime Organization"
    )
    # before an acronym of three capitals or more, a common lower-case word on the left
    # (even 566, 194)
    assert split_glued_words("dikutip dariAFP, Senin") == "dikutip dari AFP, Senin"
    assert split_glued_words("Dikutip dari dataBPS, sebanyak") == "Dikutip dari data BPS, sebanyak"
    # a capitalised common word before a known organisation's acronym (even 736)
    assert split_glued_words("Guru Besar BiologiIPB University,") == (
        "Guru Besar Biologi IPB University,"
    )
    # refused (invented): the outlet's sub-brands, camel-case brands and handles, two capitals,
    # a capitalised left part before an acronym (written forms), URL queries, code, a left
    # part the common vocabulary does not know, a right part of three letters
    for text in (
        "ChatGPT",
        "KemenPAN-RB dan KemenBUMN ikut rapat",
        "KemenPUPR",
        "BloombergNEF",
        "CoronaVAC",
        "kumparanNEWS",
        "detik.com/berita?refSource=twitter&utmCampaign=pagi",
        "document.getElementById",
        "getElementById",
        "apiKey",
        "mobilePay",
        "camelCase",
        "ejaanYangDisempurnakan",
        "PemprovDKI",
        # (even 434) two lost spaces in a row: "olehinfluencer" is no word of the vocabulary
        "diunggah olehinfluencerJerome Polin",
        "dilansirdetikBali, Sabtu",
        "kepadadetikJateng",
        "dihubungidetikcomSenin",
        "iPhone dan myPertamina",
        "#indonesiaGelap",
        "@budiSantoso",
        "kompas.comTV",
        "KompasTV dan MetroTV",
    ):
        assert split_glued_words(text) == text


def test_a_name_run_into_the_next_capitalised_word_is_split_only_beside_a_title():
    from nlp.glued_lists import split_glued_names

    # real shapes: even detik 736 (a name title before) and 406 (a title head after)
    assert split_glued_names("Guru Besar, Prof. Dr. RikaRaffiudin, menjelaskan") == (
        "Guru Besar, Prof. Dr. Rika Raffiudin, menjelaskan"
    )
    assert split_glued_names("A.M. HendropriyonoSekretaris Pengendalian") == (
        "A.M. Hendropriyono Sekretaris Pengendalian"
    )
    # refused (invented): brands and names in two capitals with no title beside them
    for text in (
        "video di kanal YouTube miliknya",
        "Partai NasDem menilai",
        "survei IndoStrategi menempatkan",
        "manajer aset BlackRock membeli",
        "lewat WhatsApp dan TikTok",
        # a lower-case "ibu" is a common word, not a title; glued name prefixes
        "Seorang ibu TikToker bernama Rina",
        "Ibu-ibu TikToker",
        "seorang ibu YouTuber",
        "Pengamat teknologi Dr. MacArthur Siregar",
        "Prof. VanDyke",
        "Dr. McDonald",
    ):
        assert split_glued_names(text) == text
