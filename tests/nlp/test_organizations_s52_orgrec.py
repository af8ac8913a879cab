"""Organisation recall, session 52 (issue 13): the party PPP written bare, a legislature's
budget body.

- bare "PPP" is the party (Partai Persatuan Pembangunan) only in an article that writes a word
  of party politics and none of the economics senses' collocations (public-private partnership,
  purchasing power parity; dev10 486, dev11 784 the party; even half 556, 888 economics);
- "Banggar"/"Badan Anggaran" written right before DPR or DPRD is a body of its own ("rapat
  Banggar DPRD Bone", dev11 784); bare, or before no chamber, it reads nothing; an acronym
  definition already made keeps one body.

Every sentence below is INVENTED after those shapes, with other places, people and wording than
the articles' (not copied from an article).
"""

from __future__ import annotations

from extraction_helpers import orgs

PPP = "Partai Persatuan Pembangunan"


def test_bare_ppp_in_party_news_is_the_party(rules_nlp):
    # invented
    for text in (
        "Politisi PPP itu menilai rapat anggaran di DPRD Maros berjalan alot.",
        "Kader PPP di daerah diminta solid menjelang pemilu.",
        "Perolehan kursi partai: 1. Golkar 2. PKB 3. PPP 4. Gerindra.",
    ):
        found = orgs(rules_nlp, text)
        assert PPP in found, text
        assert found[PPP]["kind"] == "party"


def test_bare_ppp_in_economics_news_reads_no_party(rules_nlp):
    # invented: the other senses of the letters, and a party word missing
    for text in (
        "Pemerintah mendorong skema Public-Private Partnership (PPP) untuk jalan tol. "
        "Skema PPP itu juga dibahas di DPR.",
        "Bank Dunia memakai paritas daya beli (PPP) sebesar 3 dolar AS. Ukuran PPP itu "
        "dikritik partai oposisi.",
        "Skema PPP dipakai untuk membangun rumah sakit baru di Jawa Tengah.",
    ):
        assert PPP not in orgs(rules_nlp, text), text


def test_bare_ppp_quoted_by_a_member_of_parliament_reads_no_party(rules_nlp):
    # invented (the review's probes): economics "PPP" with a DPR member quoted and no sense of
    # the letters spelled out; parliament is no word of party politics
    for text in (
        "Menurut Bank Dunia, garis kemiskinan dihitung dengan PPP 2021 sebesar US$ 6,85 per "
        "hari. Anggota Komisi XI DPR mengkritik angka itu.",
        "Dengan ukuran PPP, ekonomi Indonesia masuk tujuh besar dunia, kata anggota DPR Misbakhun.",
        "Skema PPP dipakai untuk proyek air minum, ujar Ketua Komisi V DPR.",
        "Pendapatan per kapita RI menurut PPP mencapai US$ 15.000, kata Wakil Ketua DPRD.",
    ):
        assert PPP not in orgs(rules_nlp, text), text


def test_a_legislatures_budget_body_before_its_chamber_is_a_body(rules_nlp):
    # invented
    found = orgs(rules_nlp, "Rapat Banggar DPRD Maros membahas APBD Perubahan pada Senin.")
    assert "Badan Anggaran DPRD Maros" in found
    assert "Banggar DPRD Maros" == found["Badan Anggaran DPRD Maros"]["acronym"]
    assert "DPRD Maros" in found  # the chamber stays a body
    found = orgs(rules_nlp, "Menteri itu hadir dalam rapat kerja dengan Banggar DPR RI, Rabu.")
    assert "Badan Anggaran DPR RI" in found


def test_a_defined_budget_body_before_its_chamber_stays_one_body(rules_nlp):
    # invented: the acronym definition already names it; no second record
    found = orgs(
        rules_nlp,
        "Usai rapat dengan Badan Anggaran (Banggar) DPR RI, menteri itu pulang. Banggar DPR RI "
        "meminta data baru.",
    )
    budget = [o for o in found.values() if o["name"].startswith("Badan Anggaran")]
    assert len(budget) == 1
    assert "Badan Anggaran DPR RI" in budget[0]["aliases"]


def test_a_budget_word_before_no_chamber_reads_no_budget_body(rules_nlp):
    # invented: bare, before a government, or the ordinary noun
    for text in (
        "Banggar dan TAPD sudah sepakat soal efisiensi belanja.",
        "Ketua Banggar Pemprov Jambi mengatakan anggaran cukup.",
        "Badan anggaran rumah tangga itu membengkak tahun ini.",
    ):
        assert not [n for n in orgs(rules_nlp, text) if n.startswith("Badan Anggaran")], text
