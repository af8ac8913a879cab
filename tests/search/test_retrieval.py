"""Retrieval quality on the project's own query set: real articles (seeds, Kompas, detik),
25 information needs each asked in Indonesian keywords, an Indonesian paraphrase and English.

Floors sit below the measured MRR@10 (keyword 0.82, semantic 0.97, hybrid 0.98; see the issue
note) with room for model noise; hybrid must beat both of its parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.store import CorpusStore
from nlp.dedup import update_clusters
from search_api.engine import evaluation
from search_api.engine.backends import open_backend
from search_api.engine.indexing import sync

SET = Path(__file__).with_name("retrieval_set.json")
FLOORS = {"keyword": 0.75, "semantic": 0.85, "hybrid": 0.90}


@pytest.fixture(scope="module")
def scores(tmp_path_factory, shared_dir, embedder):
    articles, queries = evaluation.retrieval_set(SET, shared_dir)
    data_dir = tmp_path_factory.mktemp("retrieval")
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        evaluation.store_articles(store, articles)
        with open_backend("embedded", data_dir=data_dir, embedder=embedder) as backend:
            update_clusters(store)
            sync(store, backend)
            return {
                mode: evaluation.mrr_by_language(evaluation.score_queries(backend, queries, mode))
                for mode in ("keyword", "semantic", "hybrid")
            }


@pytest.mark.slow
@pytest.mark.parametrize("mode", FLOORS)
def test_mrr_at_10_holds_its_floor(scores, mode):
    print(f"\nMRR@10 {mode}: " + ", ".join(f"{k} {v:.3f}" for k, v in scores[mode].items()))
    assert scores[mode]["all"] >= FLOORS[mode]


@pytest.mark.slow
def test_hybrid_beats_each_part(scores):
    assert scores["hybrid"]["all"] > scores["keyword"]["all"]
    assert scores["hybrid"]["all"] > scores["semantic"]["all"]


@pytest.mark.slow
def test_english_queries_need_the_multilingual_model(scores):
    # Keyword search cannot bridge languages; the semantic side must carry English queries.
    assert scores["semantic"]["en"] >= 0.8 > scores["keyword"]["en"]
    assert scores["hybrid"]["en"] >= scores["semantic"]["en"] - 0.05
