"""Bulk writes that never lose a document silently.

``helpers.streaming_bulk`` sends the actions in chunks and retries, with exponential backoff,
every item the cluster rejects as overloaded (429) or unavailable (502/503/504). What still
fails after the retries (a mapping error, a shard that stayed away) is collected with its id,
status and reason; the caller raises ``BulkIndexingError`` naming them once every other
document is written, so one bad document never blocks the rest and none goes unreported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from elasticsearch import helpers

from search_api.engine.backends.base import SearchBackendError

RETRY_ON_STATUS = (429, 502, 503, 504)


@dataclass(frozen=True)
class BulkFailure:
    doc_id: str
    operation: str
    status: int
    reason: str


@dataclass
class BulkOutcome:
    results: dict[str, str] = field(default_factory=dict)  # id -> created|updated|deleted|...
    failures: list[BulkFailure] = field(default_factory=list)

    def merge(self, other: "BulkOutcome") -> None:
        self.results.update(other.results)
        self.failures.extend(other.failures)


class BulkIndexingError(SearchBackendError):
    """Some documents could not be written; every other document was."""

    def __init__(self, failures: list[BulkFailure], written: int):
        self.failures = failures
        self.written = written
        shown = "; ".join(
            f"{f.doc_id} ({f.operation} {f.status}: {f.reason})" for f in failures[:10]
        )
        more = f" and {len(failures) - 10} more" if len(failures) > 10 else ""
        super().__init__(
            f"{len(failures)} document(s) not written to Elasticsearch after "
            f"retries ({written} written): {shown}{more}. They stay unindexed and "
            "are retried by the next `newsintel index`."
        )


def _reason(info: dict[str, Any]) -> str:
    error = info.get("error")
    if isinstance(error, dict):
        caused = error.get("caused_by") or {}
        reason = error.get("reason") or error.get("type") or "unknown error"
        if caused.get("reason"):
            reason += f" (caused by: {caused['reason']})"
        return reason
    return str(error or info.get("result") or "unknown error")


def run_bulk(
    client,
    actions: Iterable[dict[str, Any]],
    chunk_size: int = 200,
    max_retries: int = 5,
    initial_backoff: float = 1.0,
    max_backoff: float = 30.0,
) -> BulkOutcome:
    """Send ``actions``; return what happened to each document. Deleting an id that is not
    indexed counts as done (``not_found``). Transport errors (cluster unreachable) raise."""
    outcome = BulkOutcome()
    for ok, item in helpers.streaming_bulk(
        client,
        actions,
        chunk_size=chunk_size,
        max_retries=max_retries,
        initial_backoff=initial_backoff,
        max_backoff=max_backoff,
        retry_on_status=RETRY_ON_STATUS,
        raise_on_error=False,
        raise_on_exception=True,
        yield_ok=True,
    ):
        operation, info = next(iter(item.items()))
        doc_id = str(info.get("_id"))
        status = int(info.get("status") or 0)
        if ok:
            outcome.results[doc_id] = info.get("result", "ok")
        elif operation == "delete" and status == 404:
            outcome.results[doc_id] = "not_found"
        else:
            outcome.failures.append(BulkFailure(doc_id, operation, status, _reason(info)))
    return outcome
