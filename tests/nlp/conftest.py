"""Pipelines for the nlp tests, built once per session."""

from __future__ import annotations

import pytest

from nlp.pipeline import load_pipeline


@pytest.fixture(scope="session")
def rules_nlp():
    """The real pipeline without the statistical NER: what the rules alone find."""
    return load_pipeline(use_ner=False)


@pytest.fixture(scope="session")
def full_nlp():
    """The real pipeline as configured (with the statistical NER when it is trained)."""
    return load_pipeline()


@pytest.fixture(scope="session")
def analyse(rules_nlp):
    """Text (title on the first line) -> the extraction dict, rules only."""
    from nlp.extract import extract_documents

    def run(text: str, published: str | None = None) -> dict:
        title, _, body = text.partition("\n")
        return extract_documents(
            [{"title": title, "text": body, "published": published}], nlp=rules_nlp
        )[0]

    return run


@pytest.fixture(scope="session")
def figure_nlp():
    """A blank Indonesian pipeline with the dates, figures and regulations components only."""
    import spacy

    import nlp.components.dates  # noqa: F401  (registers the factories)
    import nlp.components.figures  # noqa: F401
    import nlp.components.regulations  # noqa: F401

    pipeline = spacy.blank("id")
    for name in ("newsintel_dates", "newsintel_figures", "newsintel_regulations"):
        pipeline.add_pipe(name)
    return pipeline
