"""Extraction on several processes.

Each worker runs the whole pipeline over a chunk of items and sends back the JSON-ready results
of ``extract_documents``: far less to move between processes than the Docs that
``nlp.pipe(n_process=...)`` sends back, so two processes run close to twice as fast as one.
Workers are forked (as spaCy's own multiprocessing does on Linux), so they share the loaded
pipeline instead of building it again.
"""

from __future__ import annotations

import multiprocessing
from typing import Optional, Sequence

from spacy.language import Language

from corpus.config import available_cpus
from nlp.extract import extract_documents

_worker_nlp: Optional[Language] = None


def processes_for(requested: Optional[int], documents: int, batch_size: int) -> int:
    """How many processes to use: ``requested`` (None: every available CPU), but never more
    than there are batches of work."""
    wanted = requested if requested else available_cpus()
    batches = -(-documents // batch_size) if documents else 1
    return max(1, min(wanted, batches))


def _set_worker_pipeline(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp


def _extract_chunk(chunk: tuple[list[dict], int]) -> list[dict]:
    items, batch_size = chunk
    return extract_documents(items, batch_size=batch_size, nlp=_worker_nlp)


class ExtractionPool:
    """``extract(items)`` -> one result per item, in order, on ``n_process`` processes.

    With one process everything runs here, in this process. A chunk whose extraction fails
    raises the worker's error (``ExtractError`` or ``ValueError``), like ``extract_documents``.
    Use as a context manager so the workers are stopped."""

    def __init__(self, nlp: Language, n_process: int = 1, batch_size: int = 64):
        self.nlp = nlp
        self.n_process = max(1, n_process)
        self.batch_size = batch_size
        self._pool = None
        if self.n_process > 1:
            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(
                self.n_process, initializer=_set_worker_pipeline, initargs=(nlp,)
            )

    def extract(self, items: Sequence[dict]) -> list[dict]:
        items = list(items)
        if self._pool is None or len(items) <= self.batch_size:
            return extract_documents(items, batch_size=self.batch_size, nlp=self.nlp)
        # One batch per task, handed out as the workers free up (chunksize 1): halves cut in
        # advance leave one process idle while the other finishes the longer articles.
        size = self.batch_size
        chunks = [
            (items[start : start + size], self.batch_size) for start in range(0, len(items), size)
        ]
        parts = self._pool.map(_extract_chunk, chunks, chunksize=1)
        return [result for part in parts for result in part]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
