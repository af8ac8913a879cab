"""What every backend ranks the same way: how many candidates are fused, how deep a cursor
reaches, one hit per story, and the best passage's nudge towards the query's words.

The embedded and the Elasticsearch backend both import these, so a change here changes both.
"""

from __future__ import annotations

from typing import Callable, Hashable, Iterable, TypeVar

CANDIDATES = 100  # passages (semantic) / documents (keyword) fused per query
RESULT_WINDOW = 1000  # deepest story a cursor can reach
LEXICAL_NUDGE = 0.05  # weight of the share of query words a passage holds, next to similarity

T = TypeVar("T")


def top_of_each_story(ranked: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """The best-ranked item of each ``key`` (a story, or the document itself when copies are
    not collapsed), in ranking order."""
    seen: set[Hashable] = set()
    kept = []
    for item in ranked:
        k = key(item)
        if k not in seen:
            seen.add(k)
            kept.append(item)
    return kept


def passage_score(similarity: float, word_share: float) -> float:
    """A passage's score for display: its similarity to the query, nudged by the share of the
    query's words it holds (0..1), so of two near-equal passages the one with the words wins."""
    return similarity + LEXICAL_NUDGE * word_share
