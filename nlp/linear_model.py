"""A logistic regression over named features: trained with scikit-learn, stored as JSON.

Pipeline components that keep or drop a candidate (a person, an organisation) by a learned score
read it at run time with no scikit-learn and no pickle: the weights file is small, diffable and
reviewable, and scoring one candidate is a sum over its features. Training and the honest
(grouped, held-out) probabilities a threshold is chosen on live here too, so that every learned
filter is fitted and checked the same way.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Features = Mapping[str, float]


@dataclass(frozen=True)
class LinearModel:
    """P(keep) = sigmoid(bias + sum of weight * value over the candidate's features); a feature
    the model never saw weighs nothing."""

    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5
    meta: Mapping[str, object] = field(default_factory=dict)

    def probability(self, features: Features) -> float:
        score = self.bias + sum(
            self.weights.get(name, 0.0) * value for name, value in features.items()
        )
        return 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0

    def keeps(self, features: Features) -> bool:
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict[str, object]:
        # Sorted by weight so that a reviewer reads the strongest evidence first.
        ordered = dict(sorted(self.weights.items(), key=lambda item: (-abs(item[1]), item[0])))
        return {
            "bias": self.bias,
            "threshold": self.threshold,
            "meta": dict(self.meta),
            "weights": ordered,
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1)
        temporary = path.with_suffix(path.suffix + ".tmp")
        temporary.write_text(text + "\n", encoding="utf-8")
        temporary.replace(path)  # a killed training run leaves the old model whole

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                weights={str(k): float(v) for k, v in data["weights"].items()},
                bias=float(data["bias"]),
                threshold=float(data.get("threshold", 0.5)),
                meta=dict(data.get("meta", {})),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{path}: not a linear model file ({error})") from error


def fit_linear_model(
    rows: Sequence[Features],
    labels: Sequence[bool],
    *,
    regularisation: float = 1.0,
    balanced: bool = False,
    threshold: float = 0.5,
    meta: Mapping[str, object] | None = None,
) -> LinearModel:
    """Fit an L2 logistic regression (``regularisation`` is scikit-learn's ``C``: smaller is
    stronger); ``balanced`` weighs the rarer label up."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(rows) != len(labels):
        raise ValueError(f"{len(rows)} feature rows but {len(labels)} labels")
    if len(set(labels)) < 2:
        raise ValueError("training needs both kept and dropped examples")
    vectorizer = DictVectorizer(sparse=True)
    matrix = vectorizer.fit_transform([dict(row) for row in rows])
    classifier = LogisticRegression(
        C=regularisation,
        class_weight="balanced" if balanced else None,
        max_iter=2000,
    )
    classifier.fit(matrix, [bool(label) for label in labels])
    # scikit-learn orders classes False, True: coef_ scores the True (keep) side.
    weights = {
        name: float(weight)
        for name, weight in zip(vectorizer.get_feature_names_out(), classifier.coef_[0])
        if weight != 0.0
    }
    return LinearModel(
        weights=weights,
        bias=float(classifier.intercept_[0]),
        threshold=threshold,
        meta=dict(meta or {}),
    )


def held_out_probabilities(
    rows: Sequence[Features],
    labels: Sequence[bool],
    groups: Sequence[Hashable],
    *,
    folds: int = 5,
    regularisation: float = 1.0,
    balanced: bool = False,
) -> list[float]:
    """P(keep) of every row from a model fitted without its group (an article, say), so that a
    threshold chosen on them is not chosen on the rows the model learned from."""
    from sklearn.model_selection import GroupKFold

    if not (len(rows) == len(labels) == len(groups)):
        raise ValueError("rows, labels and groups differ in length")
    probabilities = [0.0] * len(rows)
    splitter = GroupKFold(n_splits=folds)
    for train, test in splitter.split(list(range(len(rows))), list(labels), list(groups)):
        model = fit_linear_model(
            [rows[i] for i in train],
            [labels[i] for i in train],
            regularisation=regularisation,
            balanced=balanced,
        )
        for i in test:
            probabilities[i] = model.probability(rows[i])
    return probabilities
