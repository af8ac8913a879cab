"""nlp.linear_model: a learned keep/drop score stored as JSON and read without scikit-learn.

The training rows here are invented (features, not text): they test the fitting, the JSON round
trip and the held-out probabilities, not any extraction figure.
"""

from __future__ import annotations

import json
import random

import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from nlp.linear_model import LinearModel, fit_linear_model, held_out_probabilities


def _rows(count: int, seed: int = 7) -> tuple[list[dict[str, float]], list[bool], list[int]]:
    generator = random.Random(seed)
    rows, labels, groups = [], [], []
    for index in range(count):
        keep = generator.random() < 0.7
        row = {"bias_word": 1.0, "length": float(generator.randint(1, 4))}
        # "gazetteer" mostly marks kept rows, "lower_case" mostly dropped ones.
        if generator.random() < (0.8 if keep else 0.1):
            row["gazetteer"] = 1.0
        if generator.random() < (0.1 if keep else 0.7):
            row["lower_case"] = 1.0
        rows.append(row)
        labels.append(keep)
        groups.append(index // 5)
    return rows, labels, groups


def test_scores_match_scikit_learn() -> None:
    rows, labels, _ = _rows(400)
    model = fit_linear_model(rows, labels, regularisation=0.5)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    reference = LogisticRegression(C=0.5, max_iter=2000).fit(matrix, labels)
    expected = reference.predict_proba(matrix)[:, 1]
    for row, probability in zip(rows, expected):
        assert model.probability(row) == pytest.approx(probability, abs=1e-9)
    assert model.weights["gazetteer"] > 0 > model.weights["lower_case"]


def test_json_round_trip(tmp_path) -> None:
    rows, labels, _ = _rows(200)
    model = fit_linear_model(rows, labels, threshold=0.3, meta={"trained_on": "invented"})
    path = tmp_path / "model.json"
    model.save(path)
    loaded = LinearModel.load(path)
    assert loaded.threshold == 0.3 and loaded.meta == {"trained_on": "invented"}
    for row in rows[:20]:
        assert loaded.probability(row) == pytest.approx(model.probability(row))
    # The strongest weight comes first in the file.
    weights = list(json.loads(path.read_text())["weights"].values())
    assert abs(weights[0]) == max(abs(w) for w in weights)
    # An unseen feature weighs nothing.
    assert loaded.probability({**rows[0], "never_seen": 1.0}) == loaded.probability(rows[0])


def test_bad_files_and_inputs_fail_clearly(tmp_path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"weights": [1, 2]}')
    with pytest.raises(ValueError, match="not a linear model file"):
        LinearModel.load(broken)
    with pytest.raises(ValueError, match="not a linear model file"):
        LinearModel.load(tmp_path / "missing.json")
    with pytest.raises(ValueError, match="both kept and dropped"):
        fit_linear_model([{"a": 1.0}, {"a": 0.0}], [True, True])
    with pytest.raises(ValueError, match="labels"):
        fit_linear_model([{"a": 1.0}], [True, False])


def test_held_out_probabilities_never_see_their_group() -> None:
    rows, labels, groups = _rows(300)
    # A feature unique to one group, always kept there: a model that saw the group would
    # learn it; held out, the group's rows cannot profit from it.
    for index, group in enumerate(groups):
        if group == 3:
            rows[index] = {**rows[index], "only_group_3": 1.0}
            labels[index] = True
    probabilities = held_out_probabilities(rows, labels, groups, folds=5)
    assert len(probabilities) == len(rows)
    fitted = fit_linear_model(rows, labels)
    in_group = [i for i, g in enumerate(groups) if g == 3]
    assert "only_group_3" in fitted.weights
    assert all(0.0 <= p <= 1.0 for p in probabilities)
    held = sum(probabilities[i] for i in in_group)
    seen = sum(fitted.probability(rows[i]) for i in in_group)
    assert held < seen
