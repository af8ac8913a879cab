"""The officials the NER sets' annotations chain to a body (nlp/ner/chains.py), read by
benchmarks/affiliation_chains.py. The token rows are written here in the sets' format."""

from __future__ import annotations

from spacy.vocab import Vocab

from nlp.ner.chains import chains_in
from nlp.ner.prepare_data import to_doc


def _chains(rows: str) -> list[tuple[str, str, str, str]]:
    words, tags = zip(*(line.split() for line in rows.strip().splitlines()))
    doc = to_doc(Vocab(), list(words), list(tags), join_hyphens=True)
    return [(c.shape, c.title, c.organization, c.person) for c in chains_in(doc)]


def test_a_title_before_a_body_and_a_person():
    rows = """
    kata O
    Sekjen O
    PDIP B-ORG
    Hasto B-PER
    Kristiyanto I-PER
    . O
    """
    assert _chains(rows) == [("title org person", "Sekjen", "PDIP", "Hasto Kristiyanto")]


def test_a_person_then_a_title_and_a_body():
    rows = """
    Djoko B-PER
    Wibowo I-PER
    , O
    Direktur O
    Keuangan O
    Indofood B-ORG
    , O
    mengatakan O
    """
    assert _chains(rows) == [("person title org", "Direktur Keuangan", "Indofood", "Djoko Wibowo")]


def test_a_body_opening_the_next_persons_chain_is_not_the_first_persons():
    rows = """
    Megawati B-PER
    , O
    Ketua O
    MPR B-ORG
    Taufiq B-PER
    Kiemas I-PER
    """
    assert _chains(rows) == [("title org person", "Ketua", "MPR", "Taufiq Kiemas")]


def test_no_title_no_chain_and_hyphens_joined():
    assert _chains("Presiden O\nJoko B-PER\nWidodo I-PER\nberkata O") == []
    rows = """
    CEO O
    Go B-ORG
    - I-ORG
    Jek I-ORG
    Nadiem B-PER
    Makarim I-PER
    """
    assert _chains(rows) == [("title org person", "CEO", "Go-Jek", "Nadiem Makarim")]


def test_words_between_a_title_and_a_body_are_capitalised():
    # (invented) a clause, not a title: "Direktur yang diperiksa KPK"
    rows = """
    Andi B-PER
    Wijaya I-PER
    , O
    Direktur O
    yang O
    diperiksa O
    KPK B-ORG
    """
    assert _chains(rows) == []
