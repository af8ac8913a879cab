"""Near-duplicate clusters: syndicated copies of one story (same text, other outlets).

MinHash over 5-word shingles of the normalised body (titles are left out: outlets retitle
copies), LSH banding to find candidate pairs, and a pair is a duplicate when its estimated
Jaccard similarity is at least ``THRESHOLD``. Connected pairs form a cluster whose id is its
smallest document id; singletons have no cluster. Signatures are kept in a small sidecar
SQLite file beside the store (derived data), so an incremental run only shingles new or
changed documents. Results go to the store with ``CorpusStore.set_clusters``: clustering is an
enrichment step (``newsintel enrich`` runs it after extraction); indexes only read the clusters.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from corpus import sqlite
from corpus.store import CorpusStore
from nlp.words import WORD, normalise

NUM_PERM = 64
BANDS, ROWS = 21, 3  # a pair at the threshold becomes a candidate with p > 0.99
SHINGLE = 5
# Estimated Jaccard for "the same story". Measured on the 3,007 real Kompas/detik articles:
# regional re-publications with edited leads and quotes sit at 0.65-0.75, different stories
# from one template (ranking lists) or one press event at 0.61-0.62 and below.
THRESHOLD = 0.65

_rng = np.random.default_rng(20240601)  # fixed: signatures must be stable across runs
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)


def signature(text: str) -> np.ndarray:
    """(NUM_PERM,) uint32 MinHash of the text's word shingles."""
    tokens = WORD.findall(normalise(text))
    if not tokens:
        return _EMPTY.copy()
    token_hashes = np.fromiter(
        (zlib.crc32(t.encode()) for t in tokens), dtype=np.uint64, count=len(tokens)
    )
    width = min(SHINGLE, len(tokens))
    count = len(tokens) - width + 1
    shingles = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):  # polynomial rolling combination, wrapping at 2**64
            shingles = shingles * _MIX + token_hashes[offset : offset + count]
        hashed = np.unique(shingles)[None, :] * _A[:, None] + _B[:, None]
    return (hashed.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def clusters_of(ids: list[str], signatures: np.ndarray) -> dict[str, Optional[str]]:
    """id -> cluster id (smallest id of its connected duplicates) or None for singletons."""
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for band in range(BANDS):
        rows = np.ascontiguousarray(signatures[:, band * ROWS : (band + 1) * ROWS])
        keys = rows.view(np.dtype((np.void, rows.dtype.itemsize * ROWS))).ravel()
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        ends = np.r_[starts[1:], len(order)]
        for start, end in zip(starts, ends):
            if end - start < 2:
                continue
            members = order[start:end]
            # All pairs in small buckets; a huge bucket (boilerplate) against its first only.
            heads = members if len(members) <= 64 else members[:1]
            for n, first in enumerate(heads):
                if not np.any(signatures[first] != _EMPTY):
                    continue  # no words at all: a story of its own
                for other in members[n + 1 :]:
                    if (
                        find(first) != find(other)
                        and similarity(signatures[first], signatures[other]) >= THRESHOLD
                    ):
                        parent[find(other)] = find(first)
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(find(i), []).append(i)
    result: dict[str, Optional[str]] = {}
    for group in groups.values():
        cluster = min(ids[i] for i in group) if len(group) > 1 else None
        for i in group:
            result[ids[i]] = cluster
    return result


class SignatureFile:
    """The sidecar SQLite file: id, content hash and signature of every stored document."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite.connect(path, cache_kib=8192)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS signatures (id TEXT PRIMARY KEY,"
            " content_hash TEXT NOT NULL, signature BLOB NOT NULL)"
        )

    def hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, content_hash FROM signatures"))

    def put(self, rows: Iterable[tuple[str, str, np.ndarray]]) -> None:
        with sqlite.transaction(self.db):
            self.db.executemany(
                "INSERT OR REPLACE INTO signatures VALUES (?,?,?)",
                [(i, h, s.tobytes()) for i, h, s in rows],
            )

    def delete(self, ids: Iterable[str]) -> None:
        with sqlite.transaction(self.db):
            self.db.executemany("DELETE FROM signatures WHERE id=?", [(i,) for i in ids])

    def load(self) -> tuple[list[str], np.ndarray]:
        rows = self.db.execute("SELECT id, signature FROM signatures ORDER BY id").fetchall()
        ids = [r[0] for r in rows]
        sigs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.uint32)
        return ids, sigs.reshape(len(ids), NUM_PERM)

    def close(self) -> None:
        self.db.close()


def signature_path(store: CorpusStore) -> Path:
    return store.path.parent / "dedup.sqlite"


def update_clusters(store: CorpusStore, batch_size: int = 500) -> dict[str, Optional[str]]:
    """Shingle new/changed documents, recluster, write changed cluster ids to the store.
    Returns id -> cluster id of every document."""
    sigs = SignatureFile(signature_path(store))
    try:
        wanted = store.document_hashes()
        have = sigs.hashes()
        sigs.delete([i for i in have if i not in wanted])
        todo = [i for i, h in wanted.items() if have.get(i) != h]
        batch = []
        for doc in store.iter_documents(ids=todo):
            batch.append((doc["id"], doc["content_hash"], signature(doc["text"])))
            if len(batch) >= batch_size:
                sigs.put(batch)
                batch = []
        sigs.put(batch)
        ids, matrix = sigs.load()
    finally:
        sigs.close()
    clusters = clusters_of(ids, matrix) if ids else {}
    current = store.cluster_ids()
    changed = {i: c for i, c in clusters.items() if current.get(i) != c}
    if changed:
        store.set_clusters(changed)
    return clusters


def count_clustered(clusters: dict[str, Optional[str]]) -> int:
    """How many documents have a copy (belong to a cluster)."""
    return sum(1 for cluster in clusters.values() if cluster is not None)
