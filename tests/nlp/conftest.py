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
