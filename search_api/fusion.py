"""Fusing the keyword and semantic rankings into one.

Weighted reciprocal rank fusion: score(d) = w_kw / (k + rank_kw(d)) + w_sem / (k + rank_sem(d)).
The weights depend on the query: keyword matching on Indonesian text finds little for an
English query (measured: BM25 MRR@10 0.20 on English queries vs 0.83 for multilingual e5), so
English queries lean on the semantic ranking. The constants below were tuned on FacQA train
and the project's own query set (see benchmarks/tune_fusion.py and the issue note).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Sequence

from search_api.analysis import looks_english


@dataclass(frozen=True)
class FusionWeights:
    keyword: float
    semantic: float
    k: float = 60.0


# Tuned values (see module docstring); English queries: semantic dominates.
INDONESIAN = FusionWeights(keyword=1.0, semantic=1.0, k=60.0)
ENGLISH = FusionWeights(keyword=0.3, semantic=1.0, k=60.0)


def weights_for(query: str) -> FusionWeights:
    """Fusion weights for a query, by its (guessed) language."""
    return ENGLISH if looks_english(query) else INDONESIAN


# A semantic candidate is a match when its similarity is within this margin of the best one.
# e5 similarities are compressed (irrelevant passages score 0.77-0.83, English queries lower
# than Indonesian ones: measured on the own query set), so a fixed floor either drops English
# answers or keeps everything.
SEMANTIC_MARGIN = 0.08


def semantic_floor(semantic: Sequence[tuple[Hashable, float]]) -> float:
    """Similarity a semantic candidate needs to count as a match (relative to the best)."""
    return semantic[0][1] - SEMANTIC_MARGIN if semantic else 0.0


def fuse(keyword: Sequence[Hashable], semantic: Sequence[tuple[Hashable, float]],
         weights: FusionWeights, floor: float) -> list[tuple[Hashable, float]]:
    """Hybrid ranking: weighted RRF of the keyword ranking and the semantic one ((item,
    similarity), best first). An item only the semantic side found must reach ``floor``
    (``semantic_floor``): everything is *somewhat* similar, below it the item is no match."""
    matched = set(keyword)
    semantic = [(item, sim) for item, sim in semantic if item in matched or sim >= floor]
    return rrf(keyword, [item for item, _ in semantic], weights)


def rrf(keyword: Sequence[Hashable], semantic: Sequence[Hashable], weights: FusionWeights
        ) -> list[tuple[Hashable, float]]:
    """Fused (item, score) list, best first; inputs are rankings, best first."""
    scores: dict[Hashable, float] = {}
    for rank, item in enumerate(keyword, start=1):
        scores[item] = scores.get(item, 0.0) + weights.keyword / (weights.k + rank)
    for rank, item in enumerate(semantic, start=1):
        scores[item] = scores.get(item, 0.0) + weights.semantic / (weights.k + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])
