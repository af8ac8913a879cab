"""Organisation recall, session 51 (issue 13): auction houses and gangs.

- an auction house or a gang named after its lower-case kind word ("rumah lelang Drouot",
  "geng-geng kriminal seperti Los Pulpos dan Tren de Aragua", dev10 566, 858) is a body; the
  kind word before no name, or before a country, reads nothing.

Every sentence below is INVENTED after those shapes, with other places, people and wording than
the articles' (not copied from an article).
"""

from __future__ import annotations

from extraction_helpers import orgs


def test_an_auction_house_or_a_gang_after_its_kind_word_is_a_body(rules_nlp):
    found = orgs(rules_nlp, "Direktur rumah lelang Christie mengatakan lukisan itu terjual.")
    assert "Christie" in found
    found = orgs(
        rules_nlp,
        "Geng-geng kriminal seperti Los Halcones dan Barrio Azul dari Kolombia meluas di kota itu.",
    )
    assert {"Los Halcones", "Barrio Azul"} <= set(found)
    assert "Los Halcones" in orgs(
        rules_nlp, "Polisi menyebut geng Los Halcones menguasai pelabuhan."
    )


def test_the_kind_word_before_no_name_or_before_a_country_reads_nothing(rules_nlp):
    for text in (
        "Anak-anak terlibat geng motor dan tawuran di Surabaya.",
        "Kompleks itu dipakai geng kriminal China dan milisi lokal.",
        "Barang sitaan akan dijual di balai lelang pada bulan depan.",
        "Polisi menangkap anggota geng Ahmad di Bekasi.",
    ):
        assert orgs(rules_nlp, text) == {}, text


def test_a_gang_named_by_a_place_or_a_platform_reads_nothing(rules_nlp):
    # INVENTED probes (the reviewer's, session 51): a neighbourhood, a market, a street stall,
    # a common noun of place and a platform after "geng" name no body
    for text in (
        "Polisi membubarkan geng Kampung Melayu yang kerap tawuran.",
        "Geng Pasar Minggu ditangkap saat pesta miras.",
        "Sebanyak 12 anggota geng Warung Buncit diamankan.",
        "Ia menyebut kelompok itu geng Ibu Kota.",
        "Video geng TikTok itu viral di media sosial.",
        "Anggota geng Jalan Mawar dibekuk di rumahnya.",
        "Warga melaporkan geng Terminal Kalideres ke polisi.",
    ):
        assert orgs(rules_nlp, text) == {}, text


def test_a_foreign_name_cut_at_its_particle_reads_nothing(rules_nlp):
    # INVENTED sentences: the run after the kind word stops at a lower-case particle; half a
    # name ("Primeiro Comando", "Tren") is no name, the names before it in a list stay
    found = orgs(
        rules_nlp,
        "Laporan itu menyebut geng-geng kriminal, antara lain Primeiro Comando da Capital dan "
        "Comando Vermelho.",
    )
    assert "Primeiro Comando" not in found
    found = orgs(
        rules_nlp,
        "Geng-geng kriminal seperti Los Halcones dan Tren de Aragua dari Venezuela meluas.",
    )
    assert "Los Halcones" in found
    assert "Tren" not in found
    assert "Primeiro Comando" not in orgs(
        rules_nlp, "Polisi menyebut geng Primeiro Comando da Capital menguasai penjara."
    )


def test_gangs_and_auction_houses_named_by_their_own_name_are_still_read(rules_nlp):
    # INVENTED sentences in the shapes of the reads that must stay ("Los Pulpos", "Drouot")
    assert "Los Pulpos" in orgs(
        rules_nlp, "Geng-geng kriminal seperti Los Pulpos dan Barrio Azul dari Peru meluas."
    )
    assert "Drouot" in orgs(
        rules_nlp, "Direktur rumah lelang Drouot mengatakan lelang itu ditunda pekan depan."
    )
    assert "Los Halcones" in orgs(rules_nlp, "Polisi menyebut geng Los Halcones menguasai pasar.")
