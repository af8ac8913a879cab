"""Industry organisations (session 32): hospitals of the central government ("RSUP ..."),
football clubs named as a team ("tim sepakbola ... Levante") and a match's other side
("Arsenal melumat Atletico Madrid 4-0"). Sentences marked real are shaped on even-half detik
articles (134, 746, 926); the others are invented."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

from nlp.pipeline import NER_MODEL_DIR

_NER = pytest.mark.skipif(
    not (NER_MODEL_DIR / "config.cfg").exists(), reason="the statistical NER is not trained"
)


_names = Reading(title="Judul", published=None).org_names


@pytest.mark.parametrize(
    "text, made",
    [
        # real (926)
        (
            "Sorotan ditujukan pada mahasiswa kedokteran yang menjalani koas di rumah sakit "
            "vertikal RSUP Ngoerah Rai, Bali.",
            "RSUP Ngoerah Rai",
        ),
        # invented
        ("Pasien dirawat di RSUPN Cipto Mangunkusumo sejak Senin.", "RSUPN Cipto Mangunkusumo"),
        # real (134)
        (
            "Menariknya, turnamen ini turut menggandeng tim sepakbola asal Spanyol, yakni Levante.",
            "Levante",
        ),
    ],
)
def test_a_hospital_or_club_is_read(rules_nlp, text, made):
    assert made in _names(rules_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # invented: a national side is its country, no club
        "Pelatih tim sepakbola Jepang memuji permainan anak asuhnya.",
        "Mereka akan melawan tim sepak bola Indonesia di final.",
    ],
)
def test_a_national_team_is_no_club(rules_nlp, text):
    names = _names(rules_nlp, text)
    assert not any(n.startswith(("Jepang", "Indonesia")) for n in names), names


@_NER
@pytest.mark.parametrize(
    "text, made",
    [
        # real (746)
        (
            "Malam penuh euforia melanda Emirates Stadium setelah Arsenal melumat Atletico "
            "Madrid 4-0 dalam laga pekan ketiga Liga Champions 2025/2026.",
            "Atletico Madrid",
        ),
        # invented
        ("Persib Bandung menaklukkan Dewa United 3-1 di Stadion GBLA.", "Dewa United"),
        # invented: a club found on the other side, by a score
        ("Real Madrid dikalahkan Barcelona 2-1 di Santiago Bernabeu.", "Barcelona"),
        # invented: "vs" without a score, in a sentence with a sports word
        (
            "Persija Jakarta vs Bali United akan digelar di Stadion Utama Gelora Bung Karno.",
            "Bali United",
        ),
    ],
)
def test_a_match_sets_a_club_against_a_club(full_nlp, text, made):
    assert made in _names(full_nlp, text)


@_NER
@pytest.mark.parametrize(
    "text, not_made",
    [
        # invented: a match verb without a score is not read (an election, a lawsuit)
        ("Arsenal melumat Atletico Madrid dalam laga pekan ketiga.", "Atletico Madrid"),
        # invented: a person, a country, a title on the other side
        ("Arsenal mengalahkan Bukayo Saka 2-0 dalam adu penalti latihan.", "Bukayo Saka"),
        ("Timnas Indonesia vs Arab Saudi digelar di Jeddah.", "Arab Saudi"),
        (
            "Sidang gugatan PT Indobuildco versus Menteri Sekretaris Negara digelar hari ini.",
            "Menteri Sekretaris Negara",
        ),
    ],
)
def test_a_match_side_that_is_no_club_is_refused(full_nlp, text, not_made):
    assert not_made not in _names(full_nlp, text)


def _kinds(nlp, text: str) -> dict[str, str]:
    from nlp.extract import extract_documents

    found = extract_documents([{"title": "Judul", "text": text}], nlp=nlp)[0]
    return {o["name"]: o.get("kind") or "" for o in found["organizations"]}


@_NER
@pytest.mark.parametrize(
    "text, before",
    [
        # invented (review): a government body "vs" a professional body is a dispute, no match;
        # the body must not become a ministry (better: nothing new)
        (
            "Polemik Kementerian Kesehatan vs Kolegium Ilmu Bedah Indonesia soal pendidikan "
            "spesialis memanas.",
            {"Kementerian Kesehatan"},
        ),
        # invented: people and countries on both sides
        ("Pilpres 2029 diprediksi kembali mempertemukan Prabowo vs Anies.", set()),
        ("Perang dagang AS vs China membuat Bank Indonesia waspada.", {"Bank Indonesia"}),
        # invented: "vs" without a score and no sports word in the sentence
        ("Netflix vs Disney Plus bersaing di pasar streaming.", {"Netflix"}),
        # invented: a vote count between state bodies is no score of a match
        (
            "Hasil sidang, Mahkamah Konstitusi 5-4 Komisi Pemilihan Umum diminta mengulang "
            "pemungutan suara.",
            {"Mahkamah Konstitusi", "Komisi Pemilihan Umum"},
        ),
    ],
)
def test_a_fixture_word_between_no_clubs_adds_nothing(full_nlp, text, before):
    kinds = _kinds(full_nlp, text)
    assert set(kinds) == before, kinds
    assert not any(n.startswith("Kolegium") for n in kinds), kinds
