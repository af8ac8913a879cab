"""One body written two ways in one article, session 44 (nlp/name_variants.py).

detik-1000 id 210 writes "PT Praba Indopersada", "PT Praba Indopersasa" and "PT Praba" for one
company; the hand-checked samples judged the cut "PT Praba" wrong five times. Sentences marked
INVENTED are.
"""

from __future__ import annotations

from extraction_helpers import orgs as organisations

from nlp.name_variants import Form, folded_keys, misspelt, school_parts


def form(key: str, name: str, mentions: int, first: int, *sentences: int) -> Form:
    return Form(key, name, mentions, first, frozenset(sentences or (first,)))


def test_misspelt_is_one_letter_or_space_inside_a_coined_word():
    assert misspelt("PT Praba Indopersada", "PT Praba Indopersasa")
    assert misspelt("PT Indobuildco", "PT Indobuild Co")
    # INVENTED pairs of two bodies (the review's): short, common or personal name words,
    # acronyms and digits tell bodies apart
    assert not misspelt("PT Karya Jaya", "PT Karya Raya")
    assert not misspelt("Pondok Pesantren Al Falah", "Pondok Pesantren Al Fatah")
    assert not misspelt("Dinas PUPR", "Dinas PUPRP")
    assert not misspelt("SMP 2 Denpasar", "SMP 3 Denpasar")
    assert not misspelt("PT Wahana Artha", "PT Wahana Arta")
    assert not misspelt("Bank Sentral Swiss", "Bank Sentral Swiss")


def test_a_shorter_form_folds_into_the_one_name_it_opens():
    forms = [
        form("praba-indopersada", "PT Praba Indopersada", 1, 10, 0),
        form("praba", "PT Praba", 2, 50, 1),
        form("maju-jaya", "PT Maju Jaya", 1, 90, 2),
        form("maju-makmur", "PT Maju Makmur", 1, 120, 2),
        form("maju", "PT Maju", 1, 150, 3),
    ]
    assert folded_keys(forms) == {"praba": "praba-indopersada"}


def test_a_subsidiary_or_a_form_in_the_same_sentence_stays():
    # INVENTED: what the longer adds is a common word (a subsidiary named by its trade)
    assert (
        folded_keys([form("a", "PT Timah", 1, 0, 0), form("b", "PT Timah Industri", 1, 40, 1)])
        == {}
    )
    # INVENTED: both in one sentence ("PT Indah Kiat Pulp dan PT Indah Kiat menyepakati ...")
    assert (
        folded_keys(
            [form("a", "PT Indah Kiat", 1, 30, 0), form("b", "PT Indah Kiat Pulp", 1, 0, 0)]
        )
        == {}
    )


def test_a_misspelling_folds_into_the_form_written_more_often():
    forms = [
        form("sasa", "PT Praba Indopersasa", 1, 10, 0),
        form("sada", "PT Praba Indopersada", 3, 40, 1, 2, 3),
    ]
    assert folded_keys(forms) == {"sasa": "sada"}


def test_a_chain_ends_at_the_fullest_name():
    forms = [
        form("a", "PT Maju", 1, 0, 0),
        form("b", "PT Maju Sentosa", 1, 20, 1),
        form("c", "PT Maju Sentosa Ritelindo", 1, 40, 2),
    ]
    assert folded_keys(forms) == {"a": "c", "b": "c"}


def test_the_article_case(full_nlp):
    # detik-1000 id 210 (shortened)
    text = (
        "Perusahaan itu diduga mengalihkan seluruh pekerjaan kepada PT Praba Indopersada pada "
        "2009. Polisi menduga ada pemberian fee kepada KSO BRN oleh HYL selaku Direktur PT Praba "
        "Indopersasa. Sementara tiga lainnya dari pihak swasta, dan HYL selaku PT Praba."
    )
    found = organisations(full_nlp, text)
    assert "PT Praba" not in found and "PT Praba Indopersasa" not in found
    assert {"PT Praba", "PT Praba Indopersasa"} <= set(found["PT Praba Indopersada"]["aliases"])


def test_a_regional_office_stays_apart(full_nlp):
    # detik-1000 id 214 (shortened): the longer name adds a place, the company's branch
    text = (
        "Sidang menghadirkan Direktur Operasional PT MAM Energindo, Nasori, dan Kepala Cabang "
        "PT MAM Energindo Jateng-DIY Agus Hananto."
    )
    found = organisations(full_nlp, text)
    assert "PT MAM Energindo" in found and "PT MAM Energindo Jateng-DIY" in found


def test_two_schools_a_number_apart_stay_two(full_nlp):
    # INVENTED
    text = "Siswa SMP 2 Denpasar dan SMP 3 Denpasar ikut lomba. Kepala SMP 3 Denpasar hadir."
    found = organisations(full_nlp, text)
    assert "SMP 2 Denpasar" in found and "SMP 3 Denpasar" in found


def test_a_short_form_opening_two_names_stays(full_nlp):
    # INVENTED
    text = (
        "Hal itu disampaikan kemarin. PT Maju Jaya dan PT Maju Makmur bersaing dalam tender. "
        "Direktur PT Maju hadir."
    )
    found = organisations(full_nlp, text)
    assert {"PT Maju Jaya", "PT Maju Makmur"} <= set(found)


def test_a_known_body_and_its_branch_stay_two(full_nlp):
    # INVENTED
    text = (
        "Komisi Pemilihan Umum (KPU) menetapkan jadwal. Ketua Komisi Pemilihan Umum Makassar "
        "Yasir Arafat mengatakan KPU Makassar siap."
    )
    found = organisations(full_nlp, text)
    assert "Komisi Pemilihan Umum" in found
    assert any("Makassar" in name for name in found)


def test_the_reviews_parent_and_subsidiary_stay_two(full_nlp):
    # INVENTED (the review's probe)
    text = (
        "Direktur Utama PT Timah Ahmad Dani Virsal meresmikan pabrik milik PT Timah Industri di "
        "Cilegon. Direktur PT Timah Industri Bambang Sutrisno hadir."
    )
    assert {"PT Timah", "PT Timah Industri"} <= set(organisations(full_nlp, text))


def test_the_reviews_two_companies_a_letter_apart_stay_two(full_nlp):
    # INVENTED (the review's probe)
    text = (
        "Tender itu diikuti PT Karya Jaya dan PT Karya Raya. Panitia menetapkan PT Karya Jaya "
        "sebagai pemenang, sedangkan PT Karya Raya menjadi cadangan."
    )
    assert {"PT Karya Jaya", "PT Karya Raya"} <= set(organisations(full_nlp, text))


# --- session 46: a name with a word left out inside it is not folded ----------------------------
# A fold of "PT Tunas Jaya" into "PT Tunas Mekar Jaya" (id 294, one even-half pair) was tried
# and dropped: the same opening and last words around an added proper word is how an Indonesian
# group names its subsidiaries, so such a fold merged a parent into its subsidiary.


def test_a_form_leaving_a_word_out_inside_stays_itself():
    # INVENTED pairs (the session-46 review's parents and subsidiaries, and near shapes),
    # written in different sentences: none folds
    pairs = [
        ("PT Indofood Sukses Makmur", "PT Indofood CBP Sukses Makmur"),
        ("PT Unilever Indonesia", "PT Unilever Oleochemical Indonesia"),
        ("PT Astra Motor", "PT Astra Daihatsu Motor"),
        ("PT Wahana Nusantara", "PT Wahana Artha Ritelindo Nusantara"),
        ("PT Tunas Jaya", "PT Tunas Mekar Jaya"),
        ("PT Sinar Jaya", "PT Sinar Baru Jaya"),
    ]
    for short, long_ in pairs:
        assert folded_keys([form("a", short, 1, 0, 0), form("b", long_, 2, 40, 1, 2)]) == {}


def test_the_reviews_parent_and_subsidiary_with_a_word_inside_stay_two(full_nlp):
    # INVENTED sentences (the session-46 review's probes): the parent and its subsidiary
    texts = [
        (
            "PT Indofood CBP Sukses Makmur membukukan laba naik. Induk usahanya, PT Indofood "
            "Sukses Makmur, juga mencatat kenaikan.",
            {"PT Indofood CBP Sukses Makmur", "PT Indofood Sukses Makmur"},
        ),
        (
            "PT Unilever Oleochemical Indonesia membuka pabrik di Sei Mangkei. Sementara itu PT "
            "Unilever Indonesia mencatat penjualan turun.",
            {"PT Unilever Oleochemical Indonesia", "PT Unilever Indonesia"},
        ),
        (
            "PT Astra Daihatsu Motor meluncurkan mobil baru. Di sisi lain, PT Astra Motor membuka "
            "diler di Bekasi.",
            {"PT Astra Daihatsu Motor", "PT Astra Motor"},
        ),
        (
            "PT Wahana Artha Ritelindo Nusantara menjual motor. Sementara PT Wahana Nusantara "
            "tutup.",
            {"PT Wahana Artha Ritelindo Nusantara", "PT Wahana Nusantara"},
        ),
    ]
    for text, both in texts:
        assert both <= set(organisations(full_nlp, text)), text


# -- a numbered school written two ways (session 48) --------------------------------------------
# detik-1000 even id 846 writes "SMAN 11 Semarang", "SMA Negeri 11 Semarang" and, in a quote,
# "SMA 11": three records for one school (a seed 2055 checker judged the bare one cut).


def test_school_parts_read_negeri_written_out_or_as_the_level_n():
    assert school_parts("SMA Negeri 11 Semarang") == school_parts("SMAN 11 Semarang")[:1] + (
        True,
        "11",
        ("Semarang",),
    )
    assert school_parts("SMAN 11 Semarang") == ("sma", True, "11", ("Semarang",))
    assert school_parts("SMAS 5 Medan") == ("sma", False, "5", ("Medan",))
    assert school_parts("SMA 11") == ("sma", None, "11", ())
    # no number: no numbered school
    assert school_parts("SMA Taruna Nusantara") is None
    assert school_parts("PT Praba Indopersada") is None


def test_one_school_written_with_negeri_and_its_bare_number_fold(full_nlp):
    # INVENTED, in the style of 846
    orgs = organisations(
        full_nlp,
        "Siswa SMAN 11 Semarang berunjuk rasa di halaman sekolah. Kepala SMA Negeri 11 Semarang "
        'membenarkan hal itu. "Korban dari SMA 11 sudah siap bicara," kata Emma.',
    )
    assert set(orgs) == {"SMAN 11 Semarang"}
    assert set(orgs["SMAN 11 Semarang"]["aliases"]) == {"SMA Negeri 11 Semarang", "SMA 11"}


def test_two_schools_of_one_number_keep_the_bare_form_apart(full_nlp):
    # INVENTED: two places with an SMAN 1; the bare "SMA 1" may be either
    orgs = organisations(
        full_nlp,
        "Siswa SMAN 1 Bogor ikut lomba. Di sisi lain, SMAN 1 Depok juga hadir. Guru SMA 1 "
        "menyebut lomba itu meriah.",
    )
    assert {"SMAN 1 Bogor", "SMAN 1 Depok", "SMA 1"} <= set(orgs)


def test_a_school_named_by_more_than_its_place_keeps_a_bare_number_apart():
    # INVENTED (the shape of dev 804's list: "SMAN 10 Fajar Harapan, Banda Aceh" and "SMAN 10,
    # Samarinda" are two schools): what follows the number is the school's own name, no place
    forms = [
        form("a", "SMAN 10 Fajar Harapan", 1, 0, 0),
        form("b", "SMAN 10", 1, 60, 1),
    ]
    assert folded_keys(forms) == {}


def test_state_and_private_schools_or_other_levels_do_not_fold():
    # INVENTED: Swasta against Negeri, SMP against SMA, another number
    assert (
        folded_keys([form("a", "SMA Swasta 5 Medan", 1, 0, 0), form("b", "SMAN 5 Medan", 1, 40, 1)])
        == {}
    )
    assert (
        folded_keys([form("a", "SMPN 5 Medan", 1, 0, 0), form("b", "SMAN 5 Medan", 1, 40, 1)]) == {}
    )
    assert folded_keys([form("a", "SMAN 5 Medan", 1, 0, 0), form("b", "SMA 6", 1, 40, 1)]) == {}


def test_a_bare_school_number_in_the_same_sentence_stays():
    # INVENTED: "SMAN 2 Kudus dan SMA 2 ..." in one sentence names two schools as often as one
    forms = [form("a", "SMAN 2 Kudus", 1, 0, 0), form("b", "SMA 2", 1, 20, 0)]
    assert folded_keys(forms) == {}


def test_an_unmarked_school_beside_a_state_and_a_private_one_stays_itself():
    # INVENTED (the review's probes): "SMA 11 Semarang" could be the SMAN or the SMAS; folding
    # it with either would join a state and a private school in one record
    forms = [
        form("a", "SMA 11 Semarang", 2, 0, 0),
        form("b", "SMAN 11 Semarang", 1, 40, 1),
        form("c", "SMAS 11 Semarang", 1, 80, 2),
    ]
    assert folded_keys(forms) == {}
    forms = [
        form("a", "SMA Swasta 5 Medan", 1, 0, 0),
        form("b", "SMAN 5 Medan", 1, 40, 1),
        form("c", "SMA 5 Medan", 1, 80, 2),
    ]
    assert folded_keys(forms) == {}


def test_a_state_and_a_private_school_never_meet_through_an_unmarked_writing():
    # INVENTED: the unmarked writing joins the state school; the private one stays apart
    forms = [
        form("a", "SMA 7 Solo", 3, 0, 0),
        form("b", "SMAN 7 Solo", 1, 40, 1),
    ]
    assert folded_keys(forms) == {"b": "a"}
    forms.append(form("c", "SMA Swasta 7 Solo", 1, 80, 2))
    assert "c" not in folded_keys(forms)
