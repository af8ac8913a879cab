"""Roles and affiliations, session 45 (dev7's misses and wrong ones).

* Two titles joined by "dan" before a hyphenated pair of names go to the names in order
  ("Presiden dan Wakil Presiden Prabowo-Gibran", dev7 444 and its twin 450): the rules gave
  "Prabowo" the title written next to the pair, "Wakil Presiden".
* A police unit head's title written with the unit's short name ("Kanit Tipidter", "Kasat
  Polairud", even 672 and 336) keeps the unit in the role, and takes the one police body of its
  level the article names (roles.yaml `title_body_kinds`).
* "PT PGN" is the lexicon's PGN (234).

Sentences marked INVENTED are; the others are cut from the detik articles named.
"""

from __future__ import annotations

from extraction_helpers import roles as people

from nlp.extract import extract_documents
from nlp.lexicon import org_lexicon


def test_paired_titles_before_a_hyphenated_pair_go_in_order(full_nlp):
    # 444
    found = people(
        full_nlp,
        "Program MBG itu, kata Mu'ti, tetap menjadi prioritas Presiden dan Wakil Presiden "
        "Prabowo-Gibran.",
    )
    assert found["Prabowo"][0] == "Presiden"
    assert found["Gibran"][0] == "Wakil Presiden"


def test_a_hyphenated_pair_without_paired_titles_is_left_alone(full_nlp):
    # INVENTED: no title, or one title only: nothing to share
    found = people(full_nlp, "Kebijakan itu menjadi prioritas pemerintahan Prabowo-Gibran.")
    assert found["Prabowo"][0] is None and found["Gibran"][0] is None
    found = people(full_nlp, "Program itu dijalankan Wakil Presiden Prabowo-Gibran, kata Mu'ti.")
    assert found["Gibran"][0] is None


def test_names_joined_by_dan_still_share_paired_titles(full_nlp):
    # 942 (the older shape, unchanged)
    found = people(
        full_nlp,
        "Turut hadir Bupati dan Wakil Bupati Bangkalan, Lukman Hakim dan Moch Fauzan Ja'far.",
    )
    assert found["Lukman Hakim"][0] == "Bupati Bangkalan"
    assert found["Moch Fauzan Ja'far"][0] == "Wakil Bupati Bangkalan"


def test_a_police_unit_title_keeps_its_unit_and_takes_the_one_polres(full_nlp):
    # 672 (the body from the sentence before, INVENTED as the article's lead)
    found = people(
        full_nlp,
        "Polres Kampar menggelar patroli. Dalam patroli tersebut juga dihadiri oleh Kanit "
        "Tipidter Iptu Hermoliza dan tiga orang anggota.",
    )
    assert found["Hermoliza"] == ("Kanit Tipidter", "Polres Kampar")
    # 336 (the lead INVENTED)
    found = people(
        full_nlp,
        "Polres Situbondo menggelar apel. Kasat Polairud AKP Gede Sukarmadiyasa memimpin apel.",
    )
    assert found["Gede Sukarmadiyasa"] == ("Kasat Polairud", "Polres Situbondo")


def test_a_police_unit_title_takes_no_body_where_the_level_is_unclear(full_nlp):
    # INVENTED: a Kanit serves a Polres or a Polsek: both named, none taken
    found = people(
        full_nlp,
        "Polres Kampar dan Polsek Tapung menggelar patroli. Kanit Reskrim Iptu Hermoliza "
        "mengatakan patroli itu rutin.",
    )
    assert found["Hermoliza"] == ("Kanit Reskrim", None)
    # INVENTED: two Polres named, none taken; a Polsek is no Kasat's
    found = people(
        full_nlp,
        "Polres Kampar dan Polres Siak menggelar patroli. Kasat Reskrim AKP Budi Santoso "
        "mengatakan patroli itu rutin.",
    )
    assert found["Budi Santoso"] == ("Kasat Reskrim", None)
    found = people(
        full_nlp,
        "Polres Kampar dan Polsek Tapung menggelar patroli. Kasat Reskrim AKP Budi Santoso "
        "mengatakan patroli itu rutin.",
    )
    assert found["Budi Santoso"] == ("Kasat Reskrim", "Polres Kampar")
    # INVENTED: no police body named at all
    found = people(full_nlp, "Kasat Reskrim AKP Budi Santoso mengatakan patroli itu rutin.")
    assert found["Budi Santoso"] == ("Kasat Reskrim", None)


def test_a_written_body_after_the_unit_title_wins(full_nlp):
    # INVENTED
    found = people(
        full_nlp,
        "Kasat Lantas Polres Garut AKP Budi Santoso menjelaskan jalur itu ditutup, kata "
        "Kapolres Kampar AKBP Boby Putra.",
    )
    assert found["Budi Santoso"] == ("Kasat Lantas", "Polres Garut")


def test_pt_pgn_is_pgn():
    lexicon = org_lexicon()
    for name in ("PT PGN", "PT Perusahaan Gas Negara", "PGN"):
        found = lexicon.resolve(name)
        assert found is not None and found.id == "pgn"


def test_a_hyphenated_pair_after_unrelated_titles_takes_none_of_them(full_nlp):
    # INVENTED (the review's): the titles joined by "dan" are the sentence's subject, a verb and
    # a common word stand before the pair, a meeting's, a dispute's or a debate's; the first
    # name keeps the title written next to it, the second gets none.
    for text, first, second, role in (
        (
            "Hal itu disampaikan kemarin. Menteri Luar Negeri dan Menteri Pertahanan membahas "
            "pertemuan Presiden Prabowo-Xi Jinping di Beijing.",
            "Prabowo",
            "Xi Jinping",
            "Presiden",
        ),
        (
            "Hal itu disampaikan kemarin. Ketua DPP PDIP dan Wakil Ketua Umum Gerindra membahas "
            "rencana pertemuan Presiden Prabowo-Megawati Soekarnoputri.",
            "Prabowo",
            "Megawati Soekarnoputri",
            "Presiden",
        ),
        (
            "Hal itu disampaikan kemarin. Ketua Umum Projo dan Wakil Ketua Umum Projo "
            "mengomentari polemik Presiden Jokowi-Roy Suryo.",
            "Jokowi",
            "Roy Suryo",
            "Presiden",
        ),
        (
            "Hal itu disampaikan kemarin. Ketua KPU dan Ketua Bawaslu menyaksikan debat Gubernur "
            "Anies-Ahok di televisi.",
            "Anies",
            "Ahok",
            "Gubernur",
        ),
    ):
        found = people(full_nlp, text)
        assert found[first][0] == role, text
        assert second not in found or found[second][0] is None, text


def test_names_joined_by_dan_after_unrelated_titles_take_none_of_them(full_nlp):
    # INVENTED: the same with the names joined by "dan" (the older shape)
    found = people(
        full_nlp,
        "Hal itu disampaikan kemarin. Ketua DPP PDIP dan Wakil Ketua Umum Gerindra membahas "
        "rencana pertemuan Presiden Prabowo dan Megawati Soekarnoputri.",
    )
    assert found["Prabowo"][0] == "Presiden"
    assert found.get("Megawati Soekarnoputri", (None, None))[0] is None


def test_a_former_unit_head_takes_no_body(full_nlp):
    # INVENTED: he served some Polres once; the one the article names is the case's
    found = people(
        full_nlp,
        "Polres Kampar menahan seorang polisi. Tersangka merupakan mantan Kasat Narkoba AKP Budi "
        "Santoso yang kini bertugas di Polda Riau.",
    )
    assert found["Budi Santoso"][1] is None


def test_kanit_laka_lantas_takes_the_one_polres(full_nlp):
    # INVENTED
    found = people(
        full_nlp,
        "Polres Sleman menangani kecelakaan itu. Kanit Laka Lantas Iptu Bowo Susilo mengatakan "
        "korban dibawa ke rumah sakit.",
    )
    assert found["Bowo Susilo"] == ("Kanit Laka Lantas", "Polres Sleman")


def test_a_state_gas_company_of_another_country_is_not_pgn(full_nlp):
    # INVENTED: "perusahaan gas negara" is what Gazprom, Sonatrach are too
    for text in (
        "Hal itu disampaikan kemarin. Gazprom, perusahaan gas negara Rusia, menghentikan pasokan "
        "ke Eropa.",
        "Hal itu disampaikan kemarin. Sonatrach adalah perusahaan gas negara Aljazair yang "
        "memasok LNG ke Eropa.",
    ):
        item = {"title": "", "text": text, "published": "2025-10-20"}
        orgs = extract_documents([item], nlp=full_nlp)[0]["organizations"]
        assert not any("Gas Negara" in o["name"] for o in orgs), text
    assert org_lexicon().resolve("Perusahaan Gas Negara") is None
