"""Article extraction in worker processes, off Scrapy's reactor.

Extraction (lxml parse, trafilatura, dates) is most of a crawl's CPU. Done in the reactor's
thread it stops fetching, discovery and storage while it runs, and the crawl uses one core.
``ExtractionPool`` hands a page's text to a worker process and resumes the callback when the
fields come back, so the reactor keeps downloading and storing on its core while the workers
extract on the others.

The workers are child processes spoken to over their stdin/stdout through the reactor itself
(length-prefixed pickles): no threads in the crawl process. A thread-based pool
(``concurrent.futures``) made every hand-over wait for the GIL behind its manager thread,
about 4 ms of stalled reactor per page.

``NEWSINTEL_EXTRACT_WORKERS``: how many worker processes (default: CPUs - 1, so one on a
2-core machine); 0 extracts in the reactor's thread.
"""

from __future__ import annotations

import importlib
import itertools
import os
import pickle
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from scrapy.settings import BaseSettings
from twisted.internet import defer, protocol
from twisted.python.failure import Failure

from corpus.config import available_cpus

WORKERS_SETTING = "NEWSINTEL_EXTRACT_WORKERS"
_HEADER = struct.Struct("!I")
WORKER_MAIN = "from crawler.extract_pool import serve; serve()"
REPO = Path(__file__).resolve().parents[1]


@dataclass
class PageReading:
    """What the spider needs of an article page: its links and, when asked, its fields."""

    links: list[str]
    fields: object | None = None  # crawler.extraction.ArticleFields
    error: str | None = None  # the page could not be read as HTML


def read_article_page(
    text: str,
    url: str,
    extract: bool,
    date_hint: str | None,
    site_names: tuple[str, ...],
    link_patterns: tuple[str, ...] = (),
) -> PageReading:
    """Parse once; the page's links (only those matching ``link_patterns`` when given: the
    crawl follows an article's links to other articles only), and its article fields when
    ``extract``. Runs in a worker process (or inline when there are no workers)."""
    from corpus.sources import matches
    from crawler.discovery import page_links
    from crawler.extraction import ExtractionError, extract_from_tree, parse_html

    try:
        tree = parse_html(text)
    except ExtractionError as exc:
        return PageReading([], error=f"parse error: {exc}")
    fields = (
        extract_from_tree(tree, url, date_hint=date_hint, site_names=site_names)
        if extract
        else None
    )
    links = page_links(tree, url)
    if link_patterns:
        links = [link for link in links if matches(link_patterns, link)]
    return PageReading(links, fields)


def default_workers() -> int:
    cpus = available_cpus()
    return cpus - 1 if cpus >= 2 else 0


def frame(payload: object) -> bytes:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


class WorkerFailed(RuntimeError):
    """A worker process died with pages in hand."""


class _WorkerProtocol(protocol.ProcessProtocol):
    # Twisted types the transport as a zope interface, whose methods mypy reads without self
    # (every call looks wrong); spawnProcess sets a real process transport before any write.
    transport: Any

    def __init__(self) -> None:
        self.pending: dict[int, defer.Deferred] = {}
        self.buffer = bytearray()
        self.alive = True
        self.stderr = bytearray()
        self.ended: defer.Deferred = defer.Deferred()

    def outReceived(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            if len(self.buffer) < _HEADER.size + size:
                break
            data = bytes(self.buffer[_HEADER.size : _HEADER.size + size])
            del self.buffer[: _HEADER.size + size]
            job_id, ok, value = pickle.loads(data)
            deferred = self.pending.pop(job_id)
            if ok:
                deferred.callback(value)
            else:
                deferred.errback(RuntimeError(f"extraction worker: {value}"))

    def errReceived(self, data: bytes) -> None:
        self.stderr = (self.stderr + data)[-4000:]  # the last words, should it die

    def processEnded(self, reason: Failure) -> None:
        self.alive = False
        pending, self.pending = self.pending, {}
        for deferred in pending.values():
            deferred.errback(
                WorkerFailed(
                    f"extraction worker ended: {reason.value}; "
                    f"{self.stderr.decode(errors='replace')[-500:]}"
                )
            )
        self.ended.callback(None)


class ExtractionPool:
    """Worker processes fed through the reactor; ``read`` returns a Deferred."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._procs: list[_WorkerProtocol] = []
        self._ids = itertools.count()

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> ExtractionPool:
        value = settings.get(WORKERS_SETTING)
        return cls(default_workers() if value in (None, "") else int(value))

    def _start(self) -> None:
        from twisted.internet import reactor as installed  # the one Scrapy installed

        # The reactor is typed by zope interfaces, whose methods mypy reads without self.
        reactor: Any = installed

        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        }
        for _ in range(self.workers):
            worker = _WorkerProtocol()
            # Not ``-m crawler.extract_pool``: results must pickle as this module's classes,
            # not as __main__'s.
            reactor.spawnProcess(
                worker, sys.executable, [sys.executable, "-c", WORKER_MAIN], env=env, path=str(REPO)
            )
            self._procs.append(worker)

    def read(
        self,
        text: str,
        url: str,
        *,
        extract: bool,
        date_hint: str | None = None,
        site_names: tuple[str, ...] = (),
        link_patterns: tuple[str, ...] = (),
    ) -> defer.Deferred:
        """A Deferred firing with the PageReading of the page."""
        args = (text, url, extract, date_hint, site_names, link_patterns)
        if self.workers and not self._procs:
            self._start()
        alive = [w for w in self._procs if w.alive]
        if not alive:  # no workers (asked for none, or all died): read it here
            return defer.maybeDeferred(read_article_page, *args)
        worker = min(alive, key=lambda w: len(w.pending))
        job_id = next(self._ids)
        deferred: defer.Deferred = defer.Deferred()
        worker.pending[job_id] = deferred
        worker.transport.write(frame((job_id, args)))
        return deferred

    def close(self) -> defer.Deferred:
        """Workers exit when their stdin closes (after the pages they hold); the Deferred
        fires when they have (Scrapy waits for it when the spider closes)."""
        for worker in self._procs:
            if worker.alive:
                worker.transport.closeStdin()
        return defer.DeferredList([w.ended for w in self._procs])


def serve(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
    """Worker process: read framed jobs from stdin, write framed results to stdout."""
    for module in ("crawler.discovery", "crawler.extraction"):
        importlib.import_module(module)  # the extraction stack, before the first job

    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print() must not corrupt the result frames
    while True:
        header = stdin.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return  # the crawl closed our stdin: done
        (size,) = _HEADER.unpack(header)
        job_id, args = pickle.loads(stdin.read(size))
        result: tuple[int, bool, object]
        try:
            result = (job_id, True, read_article_page(*args))
        except Exception as exc:  # noqa: BLE001 (reported to the crawl, which logs it)
            result = (job_id, False, f"{type(exc).__name__}: {exc}")
        stdout.write(frame(result))
        stdout.flush()
