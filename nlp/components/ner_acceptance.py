"""``newsintel_ner_acceptance``: the NER's people and organisations the rules refused, taken
when a learned model (nlp/ner_acceptance.py, nlp/data/ner_acceptance.json) accepts them.

Runs after the role parser and before the quotes: a PER span it accepts becomes a person (no
role, no organisation), an ORG span an organisation. Without a readable model file it changes
nothing (a warning says why). ``collect = true`` leaves every candidate and its features in
``doc.user_data`` for the training run (``python -m nlp.ner_acceptance_train``).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from nlp import extensions
from nlp.ner_acceptance import (
    COLLECT_KEY,
    MODEL_PATH,
    candidates,
    features,
    load_model,
    organisation_record,
    person_record,
)


@Language.factory(
    "newsintel_ner_acceptance",
    default_config={"model_path": None, "collect": False},
    assigns=["doc._.people", "doc._.organizations"],
)
def make_ner_acceptance(
    nlp: Language, name: str, model_path: str | None, collect: bool
) -> NerAcceptance:
    return NerAcceptance(Path(model_path) if model_path else MODEL_PATH, collect=collect)


class NerAcceptance:
    def __init__(self, model_path: Path = MODEL_PATH, collect: bool = False):
        extensions.register()
        self.model = load_model(model_path)
        self.collect = collect

    def __call__(self, doc: Doc) -> Doc:
        if not self.collect and (self.model is None or self.model.threshold > 1.0):
            return doc  # no model, or one that accepts nothing (no probability exceeds 1)
        found = candidates(doc)
        rows = [(c, features(doc, c)) for c in found]
        if self.collect:
            doc.user_data[COLLECT_KEY] = [
                {"text": c.text, "key": c.key, "label": c.label, "features": dict(f)}
                for c, f in rows
            ]
        if self.model is None:
            return doc
        people = list(doc._.people or [])
        orgs = list(doc._.organizations or [])
        for candidate, row in rows:
            if not self.model.keeps(row):
                continue
            if candidate.label == "PER":
                people.append(person_record(candidate.text))
            else:
                orgs.append(organisation_record(candidate.text, len(candidate.spans)))
        doc._.people = people
        doc._.organizations = orgs
        return doc
