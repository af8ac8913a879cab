"""A learned keep/drop filter over the extracted people and organisations (precision).

Each person and organisation the rules made is scored by a logistic regression over features
of the candidate and its article (nlp/candidate_features.py; never the name itself) and dropped
when its probability of being right is below the kind's threshold. The two models are JSON
files (nlp/data/candidate_filter/person.json, organization.json), trained on even-id detik
articles by ``python -m nlp.candidate_filter_train``, which also chooses the thresholds on
held-out probabilities.

Downstream: the filter runs after the role parse, so every affiliation is known, and before
quotes, commitments and groups, which see only what is kept. An organisation that a kept
person's affiliation names is never dropped (the person's record would name a body the
article's list lacks). A dropped person's or organisation's spans go with its record; the
dropped candidates are in ``doc.user_data["candidate_filter_dropped"]`` as (kind, name,
probability).

A pipeline without the statistical NER (``use_ner=False``) is not filtered: the features read
the NER's labels. A missing model file leaves the kind unfiltered with a warning (as the
pipeline leaves out a part not yet built); a file that is not a model is an error naming it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from nlp import extensions  # noqa: F401
from nlp.candidate_features import KINDS, ORGS_KEY, PEOPLE_KEY, candidates
from nlp.linear_model import LinearModel

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "candidate_filter"
DROPPED_KEY = "candidate_filter_dropped"

log = logging.getLogger(__name__)


@Language.factory(
    "newsintel_candidate_filter",
    default_config={
        "person_model": None,
        "organization_model": None,
        "person_threshold": None,
        "organization_threshold": None,
    },
    assigns=["doc._.people", "doc._.organizations", "doc.spans"],
)
def make_candidate_filter(
    nlp: Language,
    name: str,
    person_model: str | None,
    organization_model: str | None,
    person_threshold: float | None,
    organization_threshold: float | None,
) -> CandidateFilter:
    if "ner" not in nlp.pipe_names:
        # the models read the statistical NER's labels: without it they would see every
        # candidate as one the NER missed, so a pipeline without it is left unfiltered
        log.info("candidate_filter: no statistical NER in the pipeline; nothing is filtered")
        return CandidateFilter({}, {})
    return CandidateFilter(
        {
            "person": Path(person_model) if person_model else MODEL_DIR / "person.json",
            "organization": (
                Path(organization_model) if organization_model else MODEL_DIR / "organization.json"
            ),
        },
        {"person": person_threshold, "organization": organization_threshold},
    )


def load_model(path: Path, threshold: float | None = None) -> LinearModel | None:
    """The model at ``path`` (None with a warning when there is no file; ValueError naming the
    file when it is no model), its threshold replaced by ``threshold`` when given."""
    if not path.exists():
        log.warning("candidate_filter: no model at %s; that kind is not filtered", path)
        return None
    model = LinearModel.load(path)
    if threshold is not None:
        model = LinearModel(model.weights, model.bias, float(threshold), model.meta)
    return model


class CandidateFilter:
    def __init__(
        self,
        paths: dict[str, Path],
        thresholds: dict[str, float | None] | None = None,
    ):
        thresholds = thresholds or {}
        self.models: dict[str, LinearModel] = {}
        for kind in KINDS:
            if kind not in paths:
                continue
            model = load_model(paths[kind], thresholds.get(kind))
            if model is not None:
                self.models[kind] = model

    def __call__(self, doc: Doc) -> Doc:
        if not self.models:
            return doc
        dropped: list[tuple[str, str, float]] = []
        drop_ids: set[int] = set()
        found = list(candidates(doc))
        for c in found:
            model = self.models.get(c.kind)
            if model is None:
                continue
            p = model.probability(c.features)
            if p < model.threshold:
                drop_ids.add(id(c.record))
                dropped.append((c.kind, c.record["name"], round(p, 4)))
        if not drop_ids:
            return doc
        people = [p for p in doc._.people or [] if id(p) not in drop_ids]
        affiliations = {(p.get("organization") or "").lower() for p in people} - {""}

        def named_by_affiliation(org: dict) -> bool:
            names = (org["name"], org.get("acronym"), *(org.get("aliases") or []))
            return any(n and n.lower() in affiliations for n in names)

        orgs = []
        for org in doc._.organizations or []:
            if id(org) in drop_ids and not named_by_affiliation(org):
                continue
            if id(org) in drop_ids:
                dropped = [
                    d for d in dropped if not (d[0] == "organization" and d[1] == org["name"])
                ]
            orgs.append(org)
        kept_people = {p["name"] for p in people}
        kept_orgs = {o.get("canonical") or "" for o in orgs}
        gone_people = {p["name"] for p in doc._.people or []} - kept_people
        gone_orgs = {o.get("canonical") or "" for o in doc._.organizations or []} - kept_orgs
        if PEOPLE_KEY in doc.spans:
            doc.spans[PEOPLE_KEY] = [
                s for s in doc.spans[PEOPLE_KEY] if s.kb_id_ not in gone_people
            ]
        if ORGS_KEY in doc.spans:
            doc.spans[ORGS_KEY] = [s for s in doc.spans[ORGS_KEY] if s.kb_id_ not in gone_orgs]
        doc._.people = people
        doc._.organizations = orgs
        doc.user_data[DROPPED_KEY] = dropped
        return doc
