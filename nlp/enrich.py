"""Enrich the corpus store: extract every document that needs it, in batches.

A document needs enrichment when it was never enriched, its text changed (content hash), or it
was enriched by another pipeline version (``nlp.pipeline.pipeline_version``). Each round takes one
batch per process, handed to the workers in small tasks (``nlp.parallel``), and is saved in one
store transaction while the workers already extract the next round; a document that cannot be
analysed is reported and skipped, the others are saved.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from spacy.language import Language

from corpus.store import CorpusStore
from nlp.extract import ExtractError, extract_documents
from nlp.parallel import ExtractionPool, processes_for
from nlp.pipeline import pipeline_version


@dataclass
class EnrichSummary:
    version: str
    enriched: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def _item(doc: dict) -> dict:
    return {
        "title": doc.get("title"),
        "text": doc.get("text") or "",
        "published": doc.get("published"),
    }


def enrich_store(
    store: CorpusStore,
    nlp: Language,
    batch_size: int = 64,
    limit: int | None = None,
    on_progress: Callable[[int, int, float], None] | None = None,
    n_process: int | None = None,
) -> EnrichSummary:
    """``n_process``: worker processes (None: one per available CPU, fewer for small jobs)."""
    version = pipeline_version()
    summary = EnrichSummary(version)
    total = store.count_needing_enrichment(version)
    if limit:
        total = min(total, limit)
    processes = processes_for(n_process, total, batch_size)
    with ExtractionPool(nlp, processes, batch_size) as pool:
        _enrich_rounds(store, pool, version, total, summary, on_progress)
    return summary


def _enrich_rounds(
    store: CorpusStore,
    pool: ExtractionPool,
    version: str,
    total: int,
    summary: EnrichSummary,
    on_progress: Callable[[int, int, float], None] | None,
) -> None:
    failed_ids: set[str] = set()
    started = time.perf_counter()
    # The round sent to the workers and not saved yet: the next round is read and sent before
    # it is saved, so the workers extract while this process writes to the store.
    pending: tuple[list[dict], Callable[[], list[dict]]] | None = None
    while True:
        in_flight = {d["id"] for d in pending[0]} if pending else set()
        want = min(
            pool.batch_size * pool.n_process,
            total - summary.enriched - summary.failed - len(in_flight),
        )
        batch: list[dict] = []
        if want > 0:
            skip = failed_ids | in_flight
            batch = [
                d
                for d in store.documents_needing_enrichment(version, limit=want + len(skip))
                if d["id"] not in skip
            ][:want]
        submitted = (batch, pool.submit([_item(d) for d in batch])) if batch else None
        if pending:
            results = _extract_batch(*pending, pool, summary, failed_ids)
            store.save_extractions(
                [(doc["id"], doc["content_hash"], version, data) for doc, data in results]
            )
            summary.enriched += len(results)
            summary.words += sum(len(data["text"].split()) for _, data in results)
            summary.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(summary.enriched + summary.failed, total, summary.words_per_second)
        if submitted is None:
            break
        pending = submitted
    summary.seconds = time.perf_counter() - started


def _extract_batch(
    batch: list[dict],
    waiting: Callable[[], list[dict]],
    pool: ExtractionPool,
    summary: EnrichSummary,
    failed_ids: set[str],
) -> list[tuple[dict, dict]]:
    """The batch's results (``waiting`` gives them); when one document fails, the others."""
    try:
        return list(zip(batch, waiting()))
    except (ExtractError, ValueError):
        pass
    # One bad document spoils its batch: redo the batch one by one to find it.
    results = []
    for doc in batch:
        try:
            results.append((doc, extract_documents([_item(doc)], nlp=pool.nlp)[0]))
        except (ExtractError, ValueError) as exc:
            failed_ids.add(doc["id"])
            summary.failed += 1
            summary.errors.append((doc["id"], str(exc)))
    return results
