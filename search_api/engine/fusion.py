"""Fusing the keyword and semantic rankings into one.

Weighted reciprocal rank fusion: score(d) = w_kw / (k + rank_kw(d)) + w_sem / (k + rank_sem(d)).
The weights depend on the query: keyword matching on Indonesian text finds little for an
English query (measured: BM25 MRR@10 0.20 on English queries vs 0.83 for multilingual e5), so
English queries lean on the semantic ranking. The constants below were tuned on FacQA train
and the project's own query set (see benchmarks/tune_fusion.py and the issue note).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Sequence, TypeVar

from search_api.engine.analysis import looks_english
from search_api.engine.vocabulary import real_word_share

Item = TypeVar("Item", bound=Hashable)


@dataclass(frozen=True)
class FusionWeights:
    keyword: float
    semantic: float
    k: float = 60.0


# Tuned on FacQA valid (311 Indonesian questions: k=20 best, 0.913 vs 0.911 at the usual 60)
# and the own query set (English: the keyword side only adds noise, MRR@10 0.94 at weight 0
# vs 0.92 at 0.1-0.2 and 0.89 at 0.3); benchmarks/search_quality.py --tune prints the grid.
INDONESIAN = FusionWeights(keyword=1.0, semantic=1.0, k=20.0)
ENGLISH = FusionWeights(keyword=0.0, semantic=1.0, k=20.0)
# Below this share of query words found in the index, the query is foreign to the corpus
# (English queries average 0.18 on the own set, Indonesian ones 0.9-1.0): it catches the
# English queries the word-list guess misses.
MIN_COVERAGE = 0.5


def weights_for(query: str, coverage: float = 1.0) -> FusionWeights:
    """Fusion weights for a query: English (guessed from its words) or foreign to the corpus
    (``coverage``: share of its words the keyword index knows) -> the semantic side only."""
    return ENGLISH if looks_english(query) or coverage < MIN_COVERAGE else INDONESIAN


# A semantic candidate is a match when its similarity is within this margin of the best one.
# e5 similarities are compressed (irrelevant passages score 0.77-0.83, English queries lower
# than Indonesian ones: measured on the own query set), so a fixed floor either drops English
# answers or keeps everything.
SEMANTIC_MARGIN = 0.08


# ...and, whatever the best one, at least a fitted cosine similarity: a candidate the keyword
# side did not find (no lexical support) below it is no match, so a nonsense query gets no
# results and totals, facets, timelines, exports and saved-search matches count real matches.
# e5 scores English queries against Indonesian text lower (relevant passages from 0.78, where
# Indonesian ones hold the query's words or score 0.85+), so English and other foreign-language
# queries get their own floor; a string of no language meets the Indonesian one.
# Fitted by benchmarks/relevance_floor.py on the training parts (own set even queries, FacQA
# train 1,000, 167 Kompas 2004 titles; 8 nonsense strings such as "zzqxv flibbertigibbet" as
# the negatives): 0.850 is the lowest floor leaving every training nonsense query with no
# result on each of the 3 indexes (0.845: 23 of 24), at no MRR@10 loss in hybrid (semantic
# +0.009 on FacQA, where lexical support now counts too). Foreign: 0.775 is the highest with
# no loss on the 13 training English queries (0.780: -0.009; their answers score 0.78-0.86
# and often hold none of their words). Held-out figures: docs/relevance.md.
SIMILARITY_FLOOR = 0.850
SIMILARITY_FLOOR_FOREIGN = 0.775


# A query of real words the index hardly knows (coverage below MIN_COVERAGE) is foreign, as
# for the fusion weights, when at least this share of its words are real words
# (``vocabulary.real_word_share``: English queries 0.43-0.89, nonsense 0.0).
REAL_WORD_SHARE = 0.4


def foreign_language(query: str, coverage: float = 1.0) -> bool:
    """English, or real words the index hardly knows (``coverage``: share of the query's words
    the keyword index knows); a string of no language is not."""
    return looks_english(query) or (
        coverage < MIN_COVERAGE and real_word_share(query) >= REAL_WORD_SHARE
    )


def similarity_floor(query: str, coverage: float = 1.0) -> float:
    """The least cosine similarity a semantic-only match of ``query`` needs."""
    return SIMILARITY_FLOOR_FOREIGN if foreign_language(query, coverage) else SIMILARITY_FLOOR


def semantic_floor(semantic: Sequence[tuple[Hashable, float]], absolute: float = 0.0) -> float:
    """Similarity a semantic candidate needs to count as a match: within ``SEMANTIC_MARGIN``
    of the best one and at least ``absolute`` (the query's ``similarity_floor``)."""
    return max(semantic[0][1] - SEMANTIC_MARGIN, absolute) if semantic else absolute


def semantic_matches(
    keyword: Sequence[Hashable], semantic: Sequence[tuple[Item, float]], floor: float
) -> list[tuple[Item, float]]:
    """Semantic mode: the (item, similarity) ranking kept to the items that reach ``floor``
    or hold a query word (``keyword``: what the keyword side found), as ``fuse`` does."""
    supported = set(keyword)
    return [(item, sim) for item, sim in semantic if sim >= floor or item in supported]


def fuse(
    keyword: Sequence[Hashable],
    semantic: Sequence[tuple[Hashable, float]],
    weights: FusionWeights,
    floor: float,
) -> list[tuple[Hashable, float]]:
    """Hybrid ranking: weighted RRF of the keyword ranking and the semantic one ((item,
    similarity), best first). An item only the semantic side found must reach ``floor``
    (``semantic_floor``): everything is *somewhat* similar, below it the item is no match."""
    matched = set(keyword)  # lexical support counts even where the keyword side weighs 0
    semantic = [(item, sim) for item, sim in semantic if item in matched or sim >= floor]
    return rrf(keyword, [item for item, _ in semantic], weights)


def rrf(
    keyword: Sequence[Hashable], semantic: Sequence[Hashable], weights: FusionWeights
) -> list[tuple[Hashable, float]]:
    """Fused (item, score) list, best first; inputs are rankings, best first."""
    scores: dict[Hashable, float] = {}
    if not weights.keyword:
        keyword = []  # weight 0: the keyword side neither ranks nor adds matches
    for rank, item in enumerate(keyword, start=1):
        scores[item] = scores.get(item, 0.0) + weights.keyword / (weights.k + rank)
    for rank, item in enumerate(semantic, start=1):
        scores[item] = scores.get(item, 0.0) + weights.semantic / (weights.k + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])
