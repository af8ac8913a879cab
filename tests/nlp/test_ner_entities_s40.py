"""The NER sets' sentences as the benchmark reads them (nlp/ner/chains.py ``sentences``) and its
scoring (benchmarks/ner_entities.py). Sentences and extractions are invented, written in the
sets' formats."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ner_entities import score
from nlp.ner.chains import sentences


def _write(folder: Path, name: str, rows: list[str]) -> None:
    (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_sentence_the_model_trained_on_is_no_test_sentence(tmp_path):
    """idner-news-2k's format (tokens and tags split by spaces). prepare_data drops a train
    copy whose tokens are a test sentence's; a copy tokenised differently was trained on."""
    folder = tmp_path / "idner-news-2k"
    folder.mkdir()
    same = ["Hasto B-PER", "datang O", ". O", ""]
    split_hyphen = ["Kader O", "PDI B-ORG", "- I-ORG", "P I-ORG", "hadir O", ". O", ""]
    glued = ["Kader O", "PDI-P B-ORG", "hadir O", ". O", ""]
    _write(folder, "train.txt", same + glued)
    _write(folder, "dev.txt", ["Budi B-PER", "pergi O", ". O", ""])
    _write(folder, "test.txt", same + split_hyphen)
    found = [(dataset, split, doc.text) for dataset, split, doc in sentences(tmp_path)]
    assert found == [
        ("idner", "train", "Kader PDI-P hadir."),  # trained on: not test
        ("idner", "dev", "Budi pergi."),
        ("idner", "test", "Hasto datang."),  # its train copy was dropped from training
    ]


def test_a_short_form_and_its_full_name_match_either_way():
    gold = [("PER", "Luhut"), ("ORG", "Kementerian Perhubungan"), ("LOC", "Jakarta")]
    extraction = {
        "people": [{"name": "Luhut Binsar Pandjaitan"}],
        "organizations": [{"name": "Kementerian Perhubungan Republik", "acronym": "Kemenhub"}],
    }
    result = score(gold, extraction)
    assert result.counts["PER found"] == result.counts["PER right"] == 1
    assert result.counts["ORG found"] == result.counts["ORG right"] == 1
    assert not result.missed and not result.extra


def test_an_organisation_found_by_its_acronym():
    extraction = {"organizations": [{"name": "Komisi Pemberantasan Korupsi", "acronym": "KPK"}]}
    assert score([("ORG", "KPK")], extraction).counts["ORG found"] == 1


def test_a_place_read_as_an_organisation_is_wrong_and_says_so():
    """Refusal: a LOC span is no organisation, and an unmarked name is no person."""
    gold = [("LOC", "Sukabumi"), ("PER", "Anthony")]
    extraction = {
        "organizations": [{"name": "Sukabumi"}],
        "people": [{"name": "Cicurug"}],
    }
    result = score(gold, extraction)
    assert result.counts["ORG right"] == 0 and result.counts["ORG wrong LOC"] == 1
    assert result.counts["PER wrong unmarked"] == 1
    assert result.missed == [("PER", "Anthony")]
    assert ("PER", "Cicurug", "unmarked") in result.extra


def test_words_must_be_whole():
    """Refusal: "Budi" does not stand in "Budiman"."""
    result = score([("PER", "Budi")], {"people": [{"name": "Budiman"}]})
    assert result.counts["PER found"] == 0
