"""People precision, session 30, on real even-id detik-1000 articles (the development half):
a royal title written before several names ("Ratu Marie-Amelie dan Ratu Hortense"), a
capitalised function word ending a Chinese name ("Niu Yang"), a ministry's field word after a
title ("Pakar Hukum Agraria"). Each wrong or cut name is made by main ed6210e; the guards hold
the right people of the same shapes."""

from __future__ import annotations

import pytest

from corpus.public_sets import detik_articles

# (detik id, people it names, "people" it must not name)
_CASES = [
    (566, {"Emmanuel Macron", "Napoleon Bonaparte"}, {"Ratu Hortense"}),
    # guards: a given name written so each time; the same word before a place ("Raja Ampat")
    (334, {"Ratu Dewa"}, {"Dewa"}),
    (582, {"Raja Juli"}, {"Juli"}),
    (654, {"Niu Yang"}, {"Niu"}),
    (296, {"Maria S.W. Sumardjono"}, {"Agraria"}),
]


@pytest.fixture(scope="module")
def articles(shared_dir):
    return {a.id: a for a in detik_articles(shared_dir / "data")}


@pytest.mark.parametrize("detik_id, named, not_named", _CASES)
def test_people_precision_s30(full_nlp, articles, detik_id, named, not_named):
    from nlp.extract import extract_documents

    assert detik_id % 2 == 0  # the development half only
    a = articles[detik_id]
    item = {"title": a.title, "text": a.text, "published": a.published}
    people = {p["name"] for p in extract_documents([item], nlp=full_nlp)[0]["people"]}
    assert named <= people
    assert not people & not_named
