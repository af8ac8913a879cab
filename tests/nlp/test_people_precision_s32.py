"""People precision, session 32: words read as a personal name that are not one, and a body
given to a listed official whose title names his own. A sentence adverb made with "-nya"
before an occupation ("Ironisnya, guru honorer ..."), a one-word office short form of
nlp/data/org_heads.yaml as a name word (invented sentences, shaped after the precision samples'
classes: the even half has no such wrong person, so these are guards), and a listed official's
title naming a sibling department (after even detik 938). The refusals and what they must keep.
"""

from __future__ import annotations

import pytest


def _people(nlp, text: str) -> set[str]:
    from nlp.extract import extract_documents

    found = extract_documents([{"title": "Berita", "text": text, "published": None}], nlp=nlp)
    return {p["name"] for p in found[0]["people"]}


@pytest.mark.parametrize(
    ("text", "kept", "refused"),
    [
        # (invented) the adverb opens the sentence and a comma follows: no one is named
        (
            "Ironisnya, guru honorer di desa itu hanya digaji Rp 300 ribu per bulan, kata "
            "Budi Santoso.",
            {"Budi Santoso"},
            {"Ironisnya"},
        ),
        (
            "Untungnya, nelayan di pesisir itu selamat, ujar Kepala Desa Hasan Basri.",
            set(),
            {"Untungnya"},
        ),
        # (invented) kept: a personal name ending in "-nya" (a person name word of the
        # gazetteer) in the same place
        ("Sonya, seorang mahasiswi, mengaku kecewa dengan keputusan itu.", {"Sonya"}, set()),
    ],
)
def test_sentence_adverb_is_no_name(full_nlp, text, kept, refused):
    names = _people(full_nlp, text)
    assert kept <= names
    assert not names & refused


def test_sentence_adverb_form(rules_nlp):
    """(invented) DocWords.sentence_adverb: a word of six letters or more ending in "-nya" at a
    sentence start with a comma after it; not mid-sentence, not without the comma, not a
    gazetteer name ("Sonya", "Vanya")."""
    from nlp.names import DocWords

    ctx = DocWords(
        rules_nlp(
            "Sayangnya, harga naik. Ia menyebut sayangnya, harga naik. Rupanya harga naik. "
            "Vanya, warga Depok, setuju."
        )
    )
    at = {w.text: k for k, w in reversed(list(enumerate(ctx.words)))}
    assert ctx.sentence_adverb(at["Sayangnya"])
    assert not ctx.sentence_adverb(at["sayangnya"])
    assert not ctx.sentence_adverb(at["Rupanya"])
    assert not ctx.sentence_adverb(at["Vanya"])


def test_office_short_forms_are_no_name_words():
    """(invented) One-word short forms of org_heads.yaml (regional governments and offices) are
    no name words, as written; a name that merely starts like one is."""
    from nlp.names import _office_word

    for word in ("Pemda", "Polresta", "Kodim", "Lapas", "Bakesbangpol", "Pemkab"):
        assert _office_word(word), word
    for word in ("Rahmat", "Kodimah", "Lapasa", "Rutanto"):
        assert not _office_word(word), word


@pytest.mark.parametrize(
    ("text", "person", "organization"),
    [
        # (after even detik 938) a listed official whose title names a sibling department
        # keeps no body of the first item's
        (
            "Mereka adalah Wakil Kepala Departemen Minat dan Bakat Anak Agung Ngurah Nanda "
            "Budiadnyana, serta Wakil Kepala Departemen Eksternal Vito Simanungkalit.",
            "Vito Simanungkalit",
            None,
        ),
        # (invented) kept: titles naming no body share the list's first body
        (
            "Hadir Sekretaris Utama BKN Imas Sukmariah, Deputi Bidang Mutasi Herman, serta "
            "Direktur Kinerja Samsul Hidayat.",
            "Samsul Hidayat",
            "BKN",
        ),
    ],
)
def test_listed_sibling_body(full_nlp, text, person, organization):
    from nlp.extract import extract_documents

    found = extract_documents([{"title": "Berita", "text": text, "published": None}], nlp=full_nlp)
    orgs = {p["name"]: p.get("organization") for p in found[0]["people"]}
    assert orgs[person] == organization
