"""The shared similarity floor of semantic and hybrid fusion (both backends call these)."""

from __future__ import annotations

from search_api.engine import fusion
from search_api.engine.fusion import ENGLISH, INDONESIAN, fuse, semantic_floor, semantic_matches


def test_floor_is_the_margin_below_the_best_or_the_fitted_minimum():
    floor = fusion.SIMILARITY_FLOOR
    assert 0.5 < floor < 1.0
    strong = [("a", floor + 0.2), ("b", floor + 0.01)]
    assert semantic_floor(strong, floor) == floor + 0.2 - fusion.SEMANTIC_MARGIN
    weak = [("a", floor - 0.01), ("b", floor - 0.05)]
    assert semantic_floor(weak, floor) == floor  # the best of a nonsense query is no match
    assert semantic_floor([], floor) == floor
    assert semantic_floor(weak) == weak[0][1] - fusion.SEMANTIC_MARGIN  # no floor: margin only


def test_hit_needs_lexical_support_or_a_similarity_above_the_floor():
    floor = fusion.SIMILARITY_FLOOR
    semantic = [("close", floor + 0.02), ("loose", floor - 0.02), ("worded", floor - 0.03)]
    fused = [
        item for item, _ in fuse(["worded"], semantic, INDONESIAN, semantic_floor(semantic, floor))
    ]
    assert set(fused) == {"close", "worded"}
    # Nothing similar enough and no word in common: no results at all.
    nonsense = [("x", floor - 0.01), ("y", floor - 0.02)]
    assert fuse([], nonsense, INDONESIAN, semantic_floor(nonsense, floor)) == []
    # Semantic mode keeps the same documents (by similarity alone, in similarity order).
    kept = semantic_matches(["worded"], semantic, semantic_floor(semantic, floor))
    assert [item for item, _ in kept] == ["close", "worded"]
    # English queries weigh the keyword side 0, yet a document holding a word still counts.
    assert {item for item, _ in fuse(["worded"], semantic, ENGLISH, floor)} == {"close", "worded"}


def test_foreign_queries_get_their_floor_and_nonsense_does_not():
    # Both unknown to the index (coverage 0); only one is made of real words.
    assert fusion.similarity_floor("Malaysian oil company layoffs", coverage=0.0) == (
        fusion.SIMILARITY_FLOOR_FOREIGN
    )
    assert fusion.similarity_floor("zzqxv flibbertigibbet", coverage=0.0) == fusion.SIMILARITY_FLOOR
    # Indonesian words the index knows: the Indonesian floor.
    assert fusion.similarity_floor("fatwa MUI dana zakat", coverage=1.0) == fusion.SIMILARITY_FLOOR
    assert fusion.SIMILARITY_FLOOR_FOREIGN < fusion.SIMILARITY_FLOOR
