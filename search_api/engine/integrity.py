"""Is the search index in step with the store, and whole? (``newsintel check``, the index part.)

Every indexed document must exist in the store (else an orphan: a search would show a document
that is gone), every stored document must be indexed (else it cannot be found), and inside the
index every passage must belong to a document. ``repair`` fixes what can be derived again:
orphans dropped, missing and out-of-date documents indexed.
"""

from __future__ import annotations

from corpus.integrity import ERROR, OK, WARNING, Finding
from corpus.store import CorpusStore
from search_api.engine.backends.base import SearchBackend, SearchBackendError
from search_api.engine.indexing import store_revisions, sync
from search_api.engine.models import IndexStats

PART = "index"
SAMPLE = 5  # ids named in a finding


def _ids(ids: list[str]) -> str:
    shown = ", ".join(sorted(ids)[:SAMPLE])
    return shown + (f" and {len(ids) - SAMPLE} more" if len(ids) > SAMPLE else "")


def index_findings(store: CorpusStore, backend: SearchBackend) -> list[Finding]:
    try:
        backend.verify()
        problems = backend.integrity_problems()
        indexed = backend.revisions()
    except SearchBackendError as exc:
        return [Finding(PART, "files", ERROR, str(exc))]
    found = [
        Finding(PART, "files", OK, "ok"),
        Finding(
            PART,
            "inside the index",
            ERROR if problems else OK,
            "; ".join(problems) + " (`newsintel check --repair`)" if problems else "ok",
        ),
    ]
    wanted = store_revisions(store)
    missing = [doc_id for doc_id in wanted if doc_id not in indexed]
    orphans = [doc_id for doc_id in indexed if doc_id not in wanted]
    stale = [d for d, rev in wanted.items() if d in indexed and indexed[d] != rev]
    found.append(
        Finding(PART, "counts", OK, f"{len(wanted)} documents stored, {len(indexed)} indexed")
    )
    found.append(
        Finding(
            PART,
            "stored documents indexed",
            ERROR if missing else OK,
            f"{len(missing)} not indexed: {_ids(missing)} (`newsintel index` or "
            "`newsintel check --repair`)"
            if missing
            else "all",
        )
    )
    found.append(
        Finding(
            PART,
            "indexed documents stored",
            ERROR if orphans else OK,
            f"{len(orphans)} no longer in the store: {_ids(orphans)} (`newsintel check --repair`)"
            if orphans
            else "all",
        )
    )
    found.append(
        Finding(
            PART,
            "up to date",
            WARNING if stale else OK,
            f"{len(stale)} changed since indexed (enrichment or clusters): `newsintel index`"
            if stale
            else "yes",
        )
    )
    return found


def repair(store: CorpusStore, backend: SearchBackend) -> tuple[int, IndexStats]:
    """Drop rows of no document, then index what is missing or out of date and delete
    orphans (the store is the truth). Returns (rows dropped, what the sync did)."""
    dropped = backend.drop_orphans()
    return dropped, sync(store, backend)
