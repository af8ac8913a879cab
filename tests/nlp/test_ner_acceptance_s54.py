"""nlp/ner_acceptance.py and the ``newsintel_ner_acceptance`` component (session 54).

Real pipeline, real detik articles of the open dev sets (even ids). The article is read from
../shared; the tests skip where that folder is absent.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from nlp.components.ner_acceptance import NerAcceptance
from nlp.evaluate import load_gold
from nlp.extract import doc_result, make_doc
from nlp.linear_model import LinearModel
from nlp.ner_acceptance import MODEL_PATH, candidates, features, load_model
from nlp.ner_acceptance_train import OPEN_SETS, choose_threshold

REAL = Path(__file__).parent / "real_detik"
# An open dev set's article (even id) whose NER reads names the rules leave.
ARTICLE_SET = "dev2"

_FEATURE = re.compile(
    r"(ner:(PER|ORG|other_label_too)|words:[1-4]|shape:\w+|lex:\w+|mentions:[1-3]"
    r"|where:\w+|before:\w+|after:\w+|context:\w+|overlap:\w+)\Z"
)


@pytest.fixture(scope="module")
def items(shared_dir) -> list[dict]:
    documents = load_gold(REAL / ARTICLE_SET)
    assert all(d.gold["detik_id"] % 2 == 0 for d in documents)
    return [dict(d.item(), published=d.gold.get("published")) for d in documents[:8]]


def _docs(nlp, items: list[dict]) -> list:
    return list(nlp.pipe(make_doc(nlp, item) for item in items))


def test_component_sits_after_the_role_parser(full_nlp) -> None:
    names = full_nlp.pipe_names
    assert names.index("newsintel_role_parse") < names.index("newsintel_ner_acceptance")
    assert names.index("newsintel_ner_acceptance") < names.index("newsintel_quotes")


def test_candidates_are_ner_names_the_rules_did_not_take(full_nlp, items) -> None:
    seen = 0
    for doc in _docs(full_nlp, items):
        people = {p["name"].lower() for p in doc._.people}
        for candidate in candidates(doc):
            seen += 1
            assert candidate.label in ("PER", "ORG")
            assert all(span.label_ == candidate.label for span in candidate.spans)
            assert candidate.text.lower() not in people
            row = features(doc, candidate)
            # shape and context only: every feature is of a closed set, none is the name
            assert all(_FEATURE.match(name) for name in row), row
            assert row[f"ner:{candidate.label}"] == 1
    assert seen > 0


def test_missing_or_bad_model_changes_nothing(full_nlp, items, tmp_path, caplog) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_model(tmp_path / "absent.json") is None
        assert load_model(bad) is None
    assert "no model" in caplog.text and "not a linear model file" in caplog.text
    pipe = full_nlp.get_pipe("newsintel_ner_acceptance")
    for doc in _docs(full_nlp, items[:3]):
        before = doc_result(doc)
        again = NerAcceptance(bad)(doc)
        assert doc_result(again)["people"] == before["people"]
        assert doc_result(again)["organizations"] == before["organizations"]
    assert pipe is not None


def test_a_model_accepting_everything_adds_every_candidate(full_nlp, items, tmp_path) -> None:
    path = tmp_path / "all.json"
    LinearModel(weights={}, bias=20.0, threshold=0.5).save(path)
    accepting = NerAcceptance(path)
    added = 0
    for doc in _docs(full_nlp, items):
        found = candidates(doc)
        people, orgs = len(doc._.people), len(doc._.organizations)
        accepting(doc)
        per = sum(c.label == "PER" for c in found)
        assert len(doc._.people) == people + per
        assert len(doc._.organizations) == orgs + len(found) - per
        added += len(found)
        for person in doc._.people[people:]:
            assert person["role"] is None and person["organization"] is None
    assert added > 0


def test_packaged_model_is_readable_and_says_how_it_was_made() -> None:
    model = load_model(MODEL_PATH)
    assert model is not None
    meta = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["meta"]
    assert set(meta["trained_on"]) <= set(OPEN_SETS)  # never dev13 (held out) nor a test set
    assert "dev13" not in meta["trained_on"]
    assert float(meta["precision_asked"]) >= 0.95
    assert 0.0 < model.threshold <= 1.01
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert all(_FEATURE.match(name) for name in data["weights"])


def test_threshold_is_the_lowest_at_the_asked_precision() -> None:
    # invented probabilities: three right above 0.8, a wrong one at 0.7, right ones below
    probabilities = [0.95, 0.9, 0.85, 0.7, 0.6, 0.5]
    labels = [True, True, True, False, True, False]
    assert choose_threshold(probabilities, labels, 0.95) == 0.85
    assert choose_threshold(probabilities, labels, 0.75) == 0.6
    assert choose_threshold([0.4, 0.3], [False, True], 0.95) == 1.01
