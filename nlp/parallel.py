"""Extraction on several processes.

Each worker runs the whole pipeline over a chunk of items and sends back the JSON-ready results
of ``extract_documents``: far less to move between processes than the Docs that
``nlp.pipe(n_process=...)`` sends back, so two processes run close to twice as fast as one.
Workers are forked (as spaCy's own multiprocessing does on Linux), so they share the loaded
pipeline instead of building it again. They run under ``concurrent.futures``, not
``multiprocessing.Pool``: when a worker dies (killed, out of memory) the pool is marked broken
and the waiting results raise ``WorkerDied`` instead of waiting for ever.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Optional, Sequence

from spacy.language import Language

from corpus.config import available_cpus
from nlp.extract import extract_documents

_worker_nlp: Optional[Language] = None


class WorkerDied(RuntimeError):
    """An extraction worker process ended without finishing its task (killed, out of memory):
    this round's results are lost and the pool cannot be used again."""

    def __init__(self) -> None:
        super().__init__(
            "an extraction worker process died (killed, or out of memory?): the documents of"
            " the round it was working on were not saved"
        )


def processes_for(requested: Optional[int], documents: int, batch_size: int) -> int:
    """How many processes to use: ``requested`` (None: every available CPU), but never more
    than there are batches of work."""
    wanted = requested if requested else available_cpus()
    batches = -(-documents // batch_size) if documents else 1
    return max(1, min(wanted, batches))


def _set_worker_pipeline(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp


def _extract_task(task: tuple[int, list[dict], int]) -> tuple[int, list[dict]]:
    index, items, batch_size = task
    return index, extract_documents(items, batch_size=batch_size, nlp=_worker_nlp)


# A call's items go out in tasks of this many consecutive items (fewer when ``batch_size`` is
# smaller): the last task to finish keeps one process busy while the others wait, so small tasks
# waste less; each task still runs as one ``nlp.pipe`` (the NER is as fast on 8 documents a
# batch as on 64).
TASK_SIZE = 8


def task_size(batch_size: int) -> int:
    return max(1, min(batch_size, TASK_SIZE))


def _task_chars(items: list[dict]) -> int:
    return sum(len(item.get("title") or "") + len(item.get("text") or "") for item in items)


class ExtractionPool:
    """``extract(items)`` -> one result per item, in order, on ``n_process`` processes.

    With one process everything runs here, in this process. A task whose extraction fails
    raises the worker's error (``ExtractError`` or ``ValueError``), like ``extract_documents``.
    Use as a context manager so the workers are stopped."""

    def __init__(self, nlp: Language, n_process: int = 1, batch_size: int = 64):
        self.nlp = nlp
        self.n_process = max(1, n_process)
        self.batch_size = batch_size
        self._pool: Optional[ProcessPoolExecutor] = None
        if self.n_process > 1:
            self._pool = ProcessPoolExecutor(
                self.n_process,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_set_worker_pipeline,
                initargs=(nlp,),
            )

    def extract(self, items: Sequence[dict]) -> list[dict]:
        return self.submit(items)()

    def submit(self, items: Sequence[dict]) -> Callable[[], list[dict]]:
        """Hands ``items`` to the workers now and returns what waits for their results (in
        order; it raises a failed task's error): the caller can do other work meanwhile, and
        what it submits next queues behind. With one process, or no more items than one
        batch, the items are extracted here when the results are asked for."""
        items = list(items)
        if self._pool is None or len(items) <= self.batch_size:
            return lambda: extract_documents(items, batch_size=self.batch_size, nlp=self.nlp)
        # Small tasks handed out as the workers free up, the longest texts first:
        # the tasks left when the first process runs out of work are short ones, so no process
        # waits long for the last (an enrich round cut into two halves of 64 left one process
        # idle while the other finished its longer articles). Results go back in order.
        size = task_size(self.batch_size)
        tasks = [
            (index, items[start : start + size], self.batch_size)
            for index, start in enumerate(range(0, len(items), size))
        ]
        tasks.sort(key=lambda task: -_task_chars(task[1]))
        try:
            futures: list[Future[tuple[int, list[dict]]]] = [
                self._pool.submit(_extract_task, task) for task in tasks
            ]
        except BrokenProcessPool as exc:
            raise WorkerDied() from exc

        def results() -> list[dict]:
            if self._pool is None:  # its workers are gone: waiting would never end
                raise RuntimeError("the extraction pool was closed before its results were read")
            parts: list[list[dict]] = [[] for _ in tasks]
            try:
                for future in futures:
                    index, part = future.result()
                    parts[index] = part
            except BrokenProcessPool as exc:
                raise WorkerDied() from exc
            return [result for part in parts for result in part]

        return results

    def close(self) -> None:
        """Stops the workers; queued tasks are dropped, running ones finish first (a task is a
        few documents)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
