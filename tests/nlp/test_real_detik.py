"""Extraction quality on real coverage: the detik-1000 gold sets (tests/nlp/real_detik/).

The articles are real and annotated blind (see real_detik/README.md); their text is read from
../shared, so these tests skip where that folder is absent. Floors are the F1 measured when
they were set minus 0.05: a change that makes the extractor do worse on real text fails here.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from corpus.public_sets import detik_articles

REAL = Path(__file__).resolve().parent / "real_detik"
GOLD_KEYS = {
    "source_file",
    "dataset",
    "detik_id",
    "outlet",
    "published",
    "people",
    "organizations",
    "regulations",
    "figures",
    "dates",
    "commitments",
    "notes",
}
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
KINDS = {"MoU", "PKS", "support", "agreement"}

# F1 on each half when the floors were set, minus 0.05 (see the README's figure table).
# dev guided development (session 18); test was scored once, at the end of that session:
# people 0.782, roles 0.704, affiliations 0.683, organizations 0.796, regulations 0.880,
# figures 0.956, dates 0.862, commitments 0.667 (before that session's changes: 0.773, 0.642,
# 0.632, 0.711, 0.471, 0.912, 0.862, 0.133). Keep test out of development.
# test2 (session 19) was annotated before that session's extractor changes and scored once, at
# its end: people 0.699, roles 0.667, affiliations 0.754, organizations 0.809, regulations
# 0.783, figures 0.698, dates 0.942, commitments 0.200 (before: 0.679, 0.634, 0.727, 0.782,
# 0.783, 0.698, 0.902, 0.200). Session 21 opened it for development as dev2.
# test3 (session 20, 22 articles) was annotated before that session's extractor changes and
# scored once, at its end: people 0.872, roles 0.595, affiliations 0.597, organizations 0.811,
# regulations 0.833, figures 0.921, dates 0.887, commitments 0.750 (before: 0.872, 0.610,
# 0.606, 0.818, 0.833, 0.891, 0.887, 0.750). Session 21 opened it for development as dev3;
# test4 (24 articles, seed 2029, selection committed before annotation) is the next blind set,
# scored once at the end of session 21: people 0.776, roles 0.658, affiliations 0.702,
# organizations 0.829, regulations 0.609, figures 0.883, dates 0.912, commitments 0.000 (0 of 4;
# no floor) (before that session's changes: 0.743, 0.658, 0.702, 0.822, 0.609, 0.883, 0.910,
# 0.000). Session 22 opened it for development as dev4; test5 (24 articles, seed 2030,
# selection committed before annotation) is the next blind set, scored once at the end of
# session 22: people 0.812, roles 0.805, affiliations 0.765, organizations 0.871, regulations
# 0.933, figures 0.852, dates 0.993, no commitments in the set (before that session's changes,
# same scorer: 0.812, 0.805, 0.765, 0.864, 0.933, 0.852, 0.971). Its misses have not been read.
# Session 23 scored test5 a second time (its misses still unread), with test: people 0.891,
# roles 0.871, affiliations 0.845, organizations 0.882, regulations 0.933, figures 0.852, dates
# 0.993; test: people 0.831, roles 0.821, affiliations 0.714, organizations 0.768, regulations
# 0.923, figures 0.978, dates 0.923, commitments 0.727.
# Session 24: test6 (24 articles, seed 2031, selection and gold committed before the round's
# extractor changes) scored before the round: people 0.893, roles 0.822, affiliations 0.772,
# organizations 0.867, regulations 0.927, figures 0.838, dates 0.933, no commitments in the set;
# after it: 0.911, 0.795, 0.793, 0.867, 0.927, 0.846, 0.933 (the round changed the output of 3 of
# its 24 articles). test5 after session 24: 0.911, 0.884, 0.849, 0.882, 0.933, 0.852, 0.993; test:
# 0.841, 0.857, 0.744, 0.768, 0.923, 0.978, 0.923, 0.727. Every floor: F1 after session 24 - 0.05.
# Session 25: test7 (24 articles, seed 2032, selection and gold committed before the round's
# extractor changes) scored before the round: people 0.854, roles 0.647, affiliations 0.643,
# organizations 0.694, regulations 0.667 (4 gold items), figures 0.926, dates 0.924, no
# commitments in the set; after it: the same but roles 0.638. Its floors: F1 after - 0.05.
# Session 26: test8 (24 articles, seed 2033, selection and gold committed before the round's
# extractor changes) scored before the round: people 0.960, roles 0.878, affiliations 0.875,
# organizations 0.868, figures 0.948, dates 0.925, no regulations and no commitments in the set
# (so no floor for them); after it: the same but organizations 0.860. Floors: F1 after - 0.05.
# Session 27 (no new set; misses still unread) raised test5 roles 0.874 -> 0.886, affiliations
# 0.849 -> 0.865; test6 people 0.911 -> 0.929, roles 0.827 -> 0.853, affiliations 0.793 ->
# 0.828; test7 roles 0.657 -> 0.667, affiliations 0.632 -> 0.655: those floors rose to after - 0.05.
# Session 28 (no new set; misses still unread) raised test7 affiliations 0.655 -> 0.724,
# organizations 0.694 -> 0.721: those floors rose to after - 0.05.
# Session 29 (no new set; misses still unread) raised test7 roles 0.667 -> 0.694 and
# organizations 0.721 -> 0.758: those floors rose to after - 0.05.
FLOORS: dict[str, dict[str, float]] = {
    "dev": {
        "people": 0.89,
        "roles": 0.83,
        "affiliations": 0.85,
        "organizations": 0.87,
        "regulations": 0.91,
        "figures": 0.92,
        "dates": 0.92,
        "commitments": 0.95,
    },
    "test": {
        "people": 0.79,
        "roles": 0.80,
        "affiliations": 0.69,
        "organizations": 0.71,
        "regulations": 0.87,
        "figures": 0.92,
        "dates": 0.87,
        "commitments": 0.67,
    },
    "dev2": {
        "people": 0.84,
        "roles": 0.85,
        "affiliations": 0.83,
        "organizations": 0.85,
        "regulations": 0.90,
        "figures": 0.88,
        "dates": 0.93,
        "commitments": 0.75,
    },
    "dev3": {
        "people": 0.83,
        "roles": 0.72,
        "affiliations": 0.72,
        "organizations": 0.81,
        "regulations": 0.95,
        "figures": 0.92,
        "dates": 0.86,
        "commitments": 0.70,
    },
    "dev4": {
        "people": 0.85,
        "roles": 0.72,
        "affiliations": 0.72,
        "organizations": 0.84,
        "regulations": 0.95,
        "figures": 0.90,
        "dates": 0.90,
    },
    "dev5": {  # session 33's F1 minus 0.05 (was test5's blind floors)
        "people": 0.87,
        "roles": 0.85,
        "affiliations": 0.86,
        "organizations": 0.85,
        "regulations": 0.88,
        "figures": 0.87,
        "dates": 0.94,
    },
    "dev6": {  # F1 after session 35's round minus 0.05 (was test6's blind floors)
        "people": 0.88,
        "roles": 0.84,
        "affiliations": 0.77,
        "organizations": 0.83,
        "regulations": 0.92,
        "figures": 0.87,
        "dates": 0.88,
    },
    "dev7": {  # its first score (session 44's extractor, before any change) minus 0.05
        "people": 0.91,
        "roles": 0.76,
        "affiliations": 0.70,
        "organizations": 0.75,
        "regulations": 0.61,
        "figures": 0.82,
        "dates": 0.82,
    },
    "dev8": {  # its first score (session 47's extractor, before any change) minus 0.05
        "people": 0.90,
        "roles": 0.80,
        "affiliations": 0.79,
        "organizations": 0.79,
        "regulations": 0.95,
        "figures": 0.86,
        "dates": 0.86,
        "commitments": 0.52,
    },
    "dev9": {  # its first score (session 48's extractor, before any change) minus 0.05
        "people": 0.90,
        "roles": 0.75,
        "affiliations": 0.74,
        "organizations": 0.76,
        "regulations": 0.95,
        "figures": 0.72,
        "dates": 0.89,
    },
    "dev10": {  # its first score (session 49's extractor, before any change) minus 0.05
        "people": 0.84,
        "roles": 0.81,
        "affiliations": 0.80,
        "organizations": 0.74,
        "regulations": 0.79,
        "figures": 0.72,
        "dates": 0.83,
    },
    "dev11": {  # its first score (session 50's extractor, before any change) minus 0.05
        "people": 0.89,
        "roles": 0.83,
        "affiliations": 0.66,
        "organizations": 0.75,
        "regulations": 0.79,
        "figures": 0.83,
        "dates": 0.86,
    },
    "dev12": {  # its first score (session 51's extractor, d1fa4dd) minus 0.05
        "people": 0.88,
        "roles": 0.73,
        "affiliations": 0.61,
        "organizations": 0.74,
        "regulations": 0.85,
        "figures": 0.84,
        "dates": 0.91,
    },
    "dev13": {  # its first score (session 52's extractor, 5cf4741; scorer of e543c0e) minus 0.05
        "people": 0.88,
        "roles": 0.79,
        "affiliations": 0.68,
        "organizations": 0.85,
        "regulations": 0.70,
        "figures": 0.71,
        "dates": 0.85,
    },
    "dev14": {  # its first score (session 53's extractor, 9a03db3) minus 0.05
        "people": 0.84,
        "roles": 0.79,
        "affiliations": 0.80,
        "organizations": 0.80,
        "regulations": 0.75,
        "figures": 0.84,
        "dates": 0.90,
    },
    "test7": {
        "people": 0.80,
        "roles": 0.64,
        "affiliations": 0.67,
        "organizations": 0.70,
        "regulations": 0.61,
        "figures": 0.87,
        "dates": 0.87,
    },
    "test8": {
        "people": 0.91,
        "roles": 0.82,
        "affiliations": 0.82,
        "organizations": 0.81,
        "figures": 0.89,
        "dates": 0.87,
    },
}
# Session 33 opened test5 for development as dev5, its last blind score (the extractor of
# session 32): people 0.902, roles 0.886, affiliations 0.865, organizations 0.888, regulations
# 0.933, figures 0.852, dates 0.993.
# Session 35 opened test6 as dev6, its last blind score (the extractor of session 34): people
# 0.937, roles 0.853, affiliations 0.828, organizations 0.876, regulations 0.927, figures 0.846,
# dates 0.933. The blind sets left: test, test7, test8 (72 articles).
# Session 45 drew dev7 (seed 2034; every even-id article left outside the gold sets had been
# touched by a hand-checked sample, so `draw_blind_set.py --allow-checked`), three annotators
# wrote its gold, and its first score, before any change of the round (the extractor of
# session 44), was: people 0.963, roles 0.818, affiliations 0.752, organizations 0.804,
# regulations 0.667 (5 gold), figures 0.872, dates 0.877; then it was opened for development.
# Session 48 drew dev8 (seed 2035, `--allow-checked` again), four annotators who read no
# extractor code or output wrote its gold, and its first score, before any change of the round
# (the extractor of session 47, 2a45601), was: people 0.956, roles 0.852, affiliations 0.846,
# organizations 0.847, regulations 1.000 (5 gold), figures 0.918, dates 0.914, commitments
# 0.571 (2 of 5); then it was opened for development.
# Session 49 drew dev9 (seed 2036, `--allow-checked`), four annotators who read no extractor
# code or output wrote its gold, and its first score, before any change of the round (the
# extractor of session 48, e509e03), was: people 0.950, roles 0.805, affiliations 0.794,
# organizations 0.811, regulations 1.000 (2 gold), figures 0.777, dates 0.947, commitments
# 0.000 (0 of 1); then it was opened for development.
# Session 50 drew dev10 (seed 2037, `--allow-checked`), four annotators who read no extractor
# code or output wrote its gold, and its first score, before any change of the round (the
# extractor of session 49, cb0cceb), was: people 0.899, roles 0.863, affiliations 0.857,
# organizations 0.797, regulations 0.846 (12 gold), figures 0.776, dates 0.882, commitments
# 0.000 (0 of 3); then it was opened for development.
# Session 51 drew dev11 (seed 2038, `--allow-checked`), two annotators who read no extractor
# code or output wrote its gold, and its first score, before any change of the round (the
# extractor of session 50, 8e7cd5c), was: people 0.942, roles 0.881, affiliations 0.711,
# organizations 0.800, regulations 0.842 (9 gold), figures 0.885, dates 0.918, commitments
# 0.000 (0 of 1); session 51's engineers did not open it (its held-out check, unchanged by
# the round), and session 52 opened it for development.
# Session 52 drew dev12 (seed 2039, `--allow-checked`), two annotators who read no extractor
# code or output wrote its gold, and its first score, before any change of the round (the
# extractor of session 51, d1fa4dd), was: people 0.934, roles 0.788, affiliations 0.667,
# organizations 0.791, regulations 0.909 (11 gold), figures 0.890, dates 0.969, commitments
# 0.400 (1 of 3, 1 extra); session 52's engineers did not open it (its held-out check,
# unchanged by the round), and session 53 opened it for development.
# Session 53 drew dev13 (seed 2040, `--allow-checked`), two annotators who read no extractor
# code or output wrote its gold, and its first score, before any change of the round (the
# extractor of session 52, 5cf4741, with the scorer of e543c0e), was: people 0.939, roles
# 0.841, affiliations 0.739, organizations 0.901, regulations 0.750 (13 gold), figures 0.762,
# dates 0.908, commitments 0.667 (1 of 2); the round's engineers do not open it: it is the
# round's held-out check. Session 54 merged no extractor change (dev13 unchanged) and opened it.
# Session 54 drew dev14 (seed 2041, `--allow-checked`), two annotators who read no extractor
# code or output wrote its gold, and its first score (the extractor of session 53, 9a03db3) was:
# people 0.895, roles 0.843, affiliations 0.853, organizations 0.851, regulations 0.800 (16
# gold), figures 0.899, dates 0.955, no commitment in the draw; it is the next round's held-out
# check.
# A blind set annotated but not scored yet: its gold is checked for form; floors once scored.
UNSCORED: tuple[str, ...] = ()
SPLITS = tuple(FLOORS) + UNSCORED


def gold_files(split: str) -> list[Path]:
    return sorted((REAL / split).glob("*.gold.json"))


# dev3 has 22: only 2 signing articles were left in the even half for it.
SET_SIZES = {"dev3": 22}


def test_each_half_holds_its_even_id_articles_once(shared_dir):
    rows = {a.id: a for a in detik_articles(shared_dir / "data")}
    seen = set()
    for split in SPLITS:
        ids = [json.loads(p.read_text(encoding="utf-8"))["detik_id"] for p in gold_files(split)]
        size = SET_SIZES.get(split, 24)
        assert len(ids) == size and all(i % 2 == 0 and i in rows for i in ids), split
        selection = REAL / split / "selection.txt"
        if selection.is_file():  # the blind sets' selections were committed before annotation
            assert sorted(ids) == sorted(int(i) for i in selection.read_text().split()), split
        seen.update(ids)
    assert len(seen) == sum(SET_SIZES.get(s, 24) for s in SPLITS), "an article is in two halves"


@pytest.mark.parametrize(
    "path",
    [path for split in SPLITS for path in gold_files(split)],
    ids=lambda p: f"{p.parent.name}/{p.name.split('.')[0]}",
)
def test_gold_is_well_formed(path: Path, shared_dir):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert GOLD_KEYS - {"notes"} <= set(gold) <= GOLD_KEYS
    article = {a.id: a for a in detik_articles(shared_dir / "data")}[gold["detik_id"]]
    assert gold["published"] == article.published
    text = " ".join(f"{article.title} {article.text}".split())
    glued = text.replace(" ", "")  # a name the source printed without its space
    for person in gold["people"]:
        assert person["name"] in text or person["name"].replace(" ", "") in glued, person
    for figure in gold["figures"]:
        assert isinstance(figure["value"], (int, float)), figure
        assert figure.get("value_max") is None or figure["value_max"] >= figure["value"], figure
    for value in gold["dates"]:
        assert all(ISO_DATE.fullmatch(part) for part in value.split("/")), value
    for commitment in gold["commitments"]:
        assert commitment["kind"] in KINDS, commitment
        assert commitment["partner"]


@functools.lru_cache(maxsize=None)
def scores_of(split: str):
    from nlp.evaluate import evaluate

    scores, _ = evaluate(REAL / split, given_published=True)
    return scores


@pytest.mark.slow
@pytest.mark.parametrize(
    "split, field", [(s, f) for s, floors in FLOORS.items() for f in sorted(floors)]
)
def test_f1_stays_above_its_floor(split: str, field: str, shared_dir):
    score, floor = scores_of(split)[field], FLOORS[split][field]
    # The misses of a blind half stay unseen, even when its floor breaks.
    blind = split.startswith("test")
    missed = "" if blind else "\n".join(f"  missed {d}: {i}" for d, i in score.misses[:12])
    assert score.f1 >= floor, f"{split} {field}: F1 {score.f1:.3f} < floor {floor}\n{missed}"
