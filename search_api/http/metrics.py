"""/metrics in Prometheus text format: requests by route template and status, latencies,
unhandled errors, and what the store and the index hold (read at each scrape).

Labels use the route template (``/documents/{doc_id}``), never the raw path, so the number of
series stays fixed whatever URLs clients send.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterator, Optional

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from corpus.store import CorpusStore

log = logging.getLogger("search_api")

# No *_created series: they double the output and Prometheus does not need them.
disable_created_metrics()

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class RequestMetrics:
    """The HTTP metrics of one app, in a registry of its own (several apps in one process,
    as in tests, do not share counts)."""

    def __init__(self, registry: CollectorRegistry):
        self.registry = registry
        self.requests = Counter(
            "newsintel_http_requests",
            "HTTP requests answered, by method, route template and status.",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "newsintel_http_request_duration_seconds",
            "Time from a request's arrival to the end of its answer, by route template.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.errors = Counter(
            "newsintel_http_unhandled_errors",
            "Requests that raised an unhandled exception (answered 500), by route template.",
            ["route"],
            registry=registry,
        )
        self.in_flight = Gauge(
            "newsintel_http_requests_in_flight", "Requests being served now.", registry=registry
        )

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        method = method if method in METHODS else "OTHER"
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)


class CorpusCollector(Collector):
    """What the store and the search index hold, read when Prometheus scrapes: documents by
    type, enriched documents, crawl log entries by outcome (what `crawl` recorded), indexed
    documents and passages."""

    def __init__(self, store_path: Path, backend_holder: Any):
        self.store_path, self.backend_holder = store_path, backend_holder

    def collect(self) -> Iterator[GaugeMetricFamily]:
        store_up = GaugeMetricFamily("newsintel_store_up", "1 when the corpus store can be read.")
        documents = GaugeMetricFamily(
            "newsintel_store_documents", "Documents in the corpus store.", labels=["doc_type"]
        )
        enriched = GaugeMetricFamily(
            "newsintel_store_enriched_documents", "Documents with an extraction (`enrich`)."
        )
        crawl = GaugeMetricFamily(
            "newsintel_crawl_log_entries",
            "Pages in the crawl log by outcome, over every crawl run.",
            labels=["outcome"],
        )
        counts = self._store_counts()
        store_up.add_metric([], 1 if counts else 0)
        if counts:
            for doc_type, n in sorted(counts["documents"].items()):
                documents.add_metric([str(doc_type)], n)
            enriched.add_metric([], counts["enriched"])
            for outcome, n in sorted(counts["crawl"].items()):
                crawl.add_metric([str(outcome)], n)
        yield from (store_up, documents, enriched, crawl)
        yield from self._index_metrics()

    def _store_counts(self) -> Optional[dict[str, Any]]:
        if not self.store_path.is_file():
            return None
        try:
            # Read-only: a scrape never migrates or locks the store a crawl is writing.
            with CorpusStore(self.store_path, readonly=True) as store:
                return {
                    "documents": store.documents_by_type(),
                    "enriched": store.count_extractions(),
                    "crawl": store.crawl_outcomes(),
                }
        except Exception as exc:  # a scrape reports, never fails
            log.warning("metrics: the store cannot be read: %s", exc)
            return None

    def _index_metrics(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily("newsintel_index_up", "1 when the search index can serve.")
        docs = GaugeMetricFamily("newsintel_index_documents", "Documents in the search index.")
        passages = GaugeMetricFamily("newsintel_index_passages", "Passages in the search index.")
        backend = self.backend_holder.opened  # never opened by a scrape: start-up does that
        health = backend.health() if backend is not None else None
        up.add_metric([], 1 if health is not None and health.ok else 0)
        if health is not None and health.ok:
            docs.add_metric([], health.documents)
            passages.add_metric([], health.passages)
        yield from (up, docs, passages)


def metrics_registry(
    store_path: Path, backend_holder: Any
) -> tuple[CollectorRegistry, RequestMetrics]:
    registry = CollectorRegistry()
    registry.register(CorpusCollector(store_path, backend_holder))
    return registry, RequestMetrics(registry)
