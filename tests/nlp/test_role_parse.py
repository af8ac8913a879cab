"""Roles read from the UD dependency parse (nlp/components/role_parse.py) for people the rules
leave without one. Sentences are short real quotes from even-id detik-1000 articles (ids given)
unless marked invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from nlp.components.role_parse import MODEL_DIR, RoleParser
from nlp.extract import extract_documents

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "config.cfg").exists(), reason="the UD parser model is not installed"
)


def people(nlp, text: str, parse: bool = True) -> dict[str, dict]:
    item = {"title": "Judul", "text": text, "published": "2025-10-20"}
    if parse:
        result = extract_documents([item], nlp=nlp)[0]
    else:
        with nlp.select_pipes(disable=["newsintel_role_parse"]):
            result = extract_documents([item], nlp=nlp)[0]
    return {p["name"]: p for p in result["people"]}


def test_title_after_the_name_with_its_organisation_after_di(full_nlp):
    # detik-1000 id 70
    text = (
        "Sebelum keputusan diumumkannya pemangkasan tersebut, Adrian Prettejohn, ekonom Eropa "
        "di Capital Economics, telah memperkirakan suku bunga dipotong menjadi -0,25% tahun ini."
    )
    # The people rules read this shape too now (a lower-case title after the comma); the
    # parse must agree with them, not undo them.
    person = people(full_nlp, text)["Adrian Prettejohn"]
    assert person["role"] == "ekonom Eropa"
    assert person["organization"] == "Capital Economics"
    assert person["kind"] == "official"


def test_title_and_company_before_a_comma_and_the_name(full_nlp):
    # detik-1000 id 230
    text = (
        "Mereka yaitu Komisaris Utama PT Dosni Roha, Bambang Rudijanto Tanoesoedibjo (BRT), "
        "dan pihak swasta lainnya."
    )
    person = people(full_nlp, text)["Bambang Rudijanto Tanoesoedibjo"]
    assert person["role"] == "Komisaris Utama"
    assert person["organization"] == "PT Dosni Roha"


def test_bracketed_abbreviation_inside_a_title_is_skipped(full_nlp):
    # detik-1000 id 880
    text = (
        "Menteri Koordinator (Menko) Perekonomian Airlangga Hartarto mengonfirmasi jangkauan "
        "program ini."
    )
    assert people(full_nlp, text)["Airlangga Hartarto"]["role"] == (
        "Menteri Koordinator Perekonomian"
    )


def test_a_title_holding_another_persons_name_is_not_taken(full_nlp):
    # detik-1000 id 470: "Presiden Prabowo" is Prabowo's title, not Trump's.
    text = (
        "Di tengah narasi perubahan iklim adalah hoax oleh Donald Trump, Presiden Prabowo "
        "tampil memberikan perspektif lain."
    )
    found = people(full_nlp, text)
    assert found["Donald Trump"]["role"] is None


def test_a_rank_alone_is_not_a_role(full_nlp):
    # invented
    text = "Irjen Agus Santoso mengatakan penindakan berjalan di Sidoarjo."
    found = people(full_nlp, text)
    assert all(p["role"] != "Irjen" for p in found.values())


def test_a_role_the_rules_found_is_kept(full_nlp):
    # invented: the rules read "Direktur Utama" + BPJS Ketenagakerjaan; the parse must not
    # replace it.
    text = "Direktur Utama BPJS Ketenagakerjaan Anggoro Eko Cahyo mengatakan klaim naik."
    assert people(full_nlp, text) == people(full_nlp, text, parse=False)


# -- the reading of a parse, on parses written by hand (invented sentences) ------------------
VOCAB = spacy.blank("id").vocab


def parse_of(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


@pytest.fixture(scope="module")
def reader(tmp_path_factory) -> RoleParser:
    # No model: only the reading of a given parse is tested here.
    return RoleParser(tmp_path_factory.mktemp("no-model"))


def read(reader: RoleParser, parse: Doc, start: int, end: int, others=frozenset()):
    return reader.role_of(parse, parse, start, end, list(range(len(parse))), set(others))


def test_a_title_before_the_name_is_read_with_its_organisation(reader):
    # invented: "Ketua Umum PT Maju Jaya , Budi Santoso hadir"
    parse = parse_of(
        ["Ketua", "Umum", "PT", "Maju", "Jaya", ",", "Budi", "Santoso", "hadir"],
        [8, 0, 0, 2, 2, 6, 0, 6, 8],
        ["nsubj", "amod", "nmod", "flat:name", "flat:name", "punct", "appos", "flat:name", "ROOT"],
    )
    parse.spans["organizations"] = [Span(parse, 2, 5, label="company", kb_id="pt-maju-jaya")]
    found = read(reader, parse, 6, 8)
    assert (found.role, found.organization) == ("Ketua Umum", "PT Maju Jaya")


def test_a_title_holding_another_persons_name_is_refused(reader):
    # invented: "oleh Donald Trump , Presiden Prabowo tampil"
    parse = parse_of(
        ["oleh", "Donald", "Trump", ",", "Presiden", "Prabowo", "tampil"],
        [1, 6, 1, 4, 1, 4, 6],
        ["case", "obl", "flat:name", "punct", "appos", "flat:name", "ROOT"],
    )
    assert read(reader, parse, 1, 3).role == "Presiden Prabowo"
    assert read(reader, parse, 1, 3, others={5}) is None


def test_a_rank_is_not_an_office_and_is_cut_from_one(reader):
    # invented: "Irjen Agus hadir" / "Kapolres Metro Bekasi Kombes Mustofa hadir"
    parse = parse_of(["Irjen", "Agus", "hadir"], [2, 0, 2], ["nsubj", "flat:name", "ROOT"])
    assert read(reader, parse, 1, 2) is None
    parse = parse_of(
        ["Kapolres", "Metro", "Bekasi", "Kombes", "Mustofa", "hadir"],
        [5, 0, 1, 0, 0, 5],
        ["nsubj", "flat:name", "flat:name", "nmod", "flat:name", "ROOT"],
    )
    assert read(reader, parse, 4, 5).role == "Kapolres Metro Bekasi"


def test_a_name_after_a_preposition_or_a_semicolon_takes_no_title(reader):
    # invented: "analis pasar di Phillip Nova" (a company after "di")
    parse = parse_of(
        ["analis", "pasar", "di", "Phillip", "Nova"],
        [0, 0, 3, 0, 3],
        ["ROOT", "nmod", "case", "nmod", "flat:name"],
    )
    assert read(reader, parse, 3, 5) is None
    # invented: "Direktur PT Maju ; Frederick Aldo , pegawai" (a list of people)
    parse = parse_of(
        ["Direktur", "PT", "Maju", ";", "Frederick", "Aldo"],
        [0, 0, 1, 4, 0, 4],
        ["ROOT", "nmod", "flat:name", "punct", "appos", "flat:name"],
    )
    assert read(reader, parse, 4, 6) is None


def test_a_title_said_of_the_person_before_is_not_the_next_ones(reader):
    # invented: "Hendra yang juga Sekretaris Apindo , Lestari Wibowo dan Yohanes"
    words = ["Hendra", "yang", "juga", "Sekretaris", "Apindo", ",", "Lestari", "Wibowo"]
    parse = parse_of(
        words,
        [0, 3, 3, 0, 3, 6, 3, 6],
        ["ROOT", "nsubj", "advmod", "acl", "nmod", "punct", "appos", "flat:name"],
    )
    assert read(reader, parse, 6, 8) is None
    assert read(reader, parse[3:].as_doc(), 3, 5).role == "Sekretaris Apindo"
