"""Backends under contract: the embedded one always, Elasticsearch when ELASTICSEARCH_URL is set.

Every test taking ``backend`` or ``indexed`` runs once per backend. Against Elasticsearch each
module works behind its own alias (``newsintel-test-<random>``) and drops its indices and
template afterwards, so a shared cluster is left as it was found.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contract_corpus  # noqa: E402

from search_api.engine.backends import open_backend  # noqa: E402
from search_api.engine.embeddings import load_embedder  # noqa: E402

BACKENDS = ["embedded", "elasticsearch"]
NO_CLUSTER = (
    "ELASTICSEARCH_URL is not set: the contract suite runs against Elasticsearch "
    "only when a cluster is reachable (docs/elasticsearch.md, 'Running the tests')"
)


class MemoEmbedder:
    """The real default model, remembering what it already embedded: the suite indexes the
    same texts into several backends and asks the same queries, and the model is the slow part
    on two cores. Vectors are the model's own."""

    def __init__(self, model):
        self.model = model
        self.name, self.dim = model.name, model.dim
        self._passages: dict[str, np.ndarray] = {}
        self._queries: dict[str, np.ndarray] = {}

    def embed_passages(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self._passages]
        if missing:
            for text, vector in zip(missing, self.model.embed_passages(missing)):
                self._passages[text] = vector
        return (
            np.stack([self._passages[t] for t in texts])
            if texts
            else np.empty((0, self.dim), dtype=np.float32)
        )

    def embed_query(self, text):
        if text not in self._queries:
            self._queries[text] = self.model.embed_query(text)
        return self._queries[text]


@pytest.fixture(scope="session")
def embedder():
    """The default multilingual model, loaded once (offline, shipped in a package)."""
    return MemoEmbedder(load_embedder())


def _open(name: str, data_dir: Path, embedder):
    if name == "elasticsearch":
        if not os.environ.get("ELASTICSEARCH_URL"):
            pytest.skip(NO_CLUSTER)
        return open_backend(
            name, data_dir, embedder=embedder, alias=f"newsintel-test-{uuid.uuid4().hex[:10]}"
        )
    return open_backend(name, data_dir, embedder=embedder)


def _drop(backend) -> None:
    """Leave nothing behind on a shared cluster."""
    if backend.name == "elasticsearch":
        backend.reset()
        _delete_template(backend)
    backend.close()


def _delete_template(backend) -> None:
    from elasticsearch import NotFoundError

    try:
        backend.client.indices.delete_index_template(name=backend.alias)
    except NotFoundError:
        pass


@pytest.fixture(scope="module", params=BACKENDS)
def indexed(request, tmp_path_factory, embedder):
    """A backend holding the whole contract corpus; tests must not change it."""
    backend = _open(request.param, tmp_path_factory.mktemp(request.param), embedder)
    stats = backend.index(contract_corpus.documents())
    assert stats.added == len(contract_corpus.RAW)
    yield backend
    _drop(backend)


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path, embedder):
    """An empty backend of its own, for tests that write."""
    backend = _open(request.param, tmp_path, embedder)
    yield backend
    _drop(backend)


@pytest.fixture()
def es(tmp_path, embedder):
    """An empty Elasticsearch backend of its own (skipped without a cluster)."""
    backend = _open("elasticsearch", tmp_path, embedder)
    yield backend
    _drop(backend)
