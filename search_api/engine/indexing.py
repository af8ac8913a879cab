"""Keep a search backend in step with the corpus store (backend-agnostic).

``sync(store, backend)`` is what ``newsintel index`` runs: documents whose revision differs from
the backend's are sent to ``backend.index`` and documents gone from the store are deleted. The
index only reads the store: near-duplicate clusters are written by enrichment (nlp/dedup.py).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from corpus.keys import person_key, regulation_key, slugify
from corpus.store import CorpusStore
from search_api.engine.backends.base import ProgressCallback, SearchBackend
from search_api.engine.models import EntityRef, IndexDocument, IndexStats


def revision(content_hash: str, extraction_stamp: Optional[str], cluster_id: Optional[str]) -> str:
    """What decides whether a document must be (re)indexed: its content, its extraction and
    its duplicate cluster."""
    return f"{content_hash}:{extraction_stamp or ''}:{cluster_id or ''}"


def store_revisions(store: CorpusStore) -> dict[str, str]:
    """id -> revision of every stored document, in one query."""
    return {
        doc_id: revision(digest, stamp, cluster)
        for doc_id, digest, stamp, cluster in store.index_stamps()
    }


def entities_of(extraction: Optional[dict]) -> dict[str, list[EntityRef]]:
    """Organisations, people and regulations of one extraction, keyed as filters match them."""
    extraction = extraction or {}
    orgs: dict[str, EntityRef] = {}
    for org in extraction.get("organizations") or []:
        name = (org.get("name") or "").strip()
        if not name:
            continue
        # Same id rule as the store's organizations table, so /organizations ids filter here.
        key = org.get("canonical") or slugify(org.get("acronym") or name)
        aliases = {name, *(org.get("aliases") or [])}
        if org.get("acronym"):
            aliases.add(org["acronym"])
        ref = orgs.setdefault(key, EntityRef(key=key, label=name))
        ref.aliases = sorted({*ref.aliases, *(a for a in aliases if a)})
    people: dict[str, EntityRef] = {}
    for person in extraction.get("people") or []:
        name = (person.get("name") or "").strip()
        if name:
            people.setdefault(person_key(name), EntityRef(key=person_key(name), label=name))
    regulations: dict[str, EntityRef] = {}
    for reg in extraction.get("regulations") or []:
        if not reg.get("type") or not reg.get("number"):
            continue
        key = regulation_key(reg["type"], reg["number"], reg.get("year"))
        label = f"{reg['type']} {reg['number']}" + (f"/{reg['year']}" if reg.get("year") else "")
        regulations.setdefault(key, EntityRef(key=key, label=label))
    return {
        "organizations": list(orgs.values()),
        "people": list(people.values()),
        "regulations": list(regulations.values()),
    }


def documents_from_store(
    store: CorpusStore, ids: Iterable[str], revisions: Optional[dict[str, str]] = None
) -> Iterator[IndexDocument]:
    """IndexDocuments for the given ids (streamed in id order), with their extractions."""
    revisions = revisions if revisions is not None else store_revisions(store)
    for doc in store.iter_documents(ids=sorted(ids)):
        yield IndexDocument(
            id=doc["id"],
            title=doc.get("title"),
            text=doc["text"],
            url=doc.get("url"),
            outlet=doc.get("source"),
            published=doc.get("published"),
            doc_type=doc.get("doc_type") or "news",
            content_hash=doc["content_hash"],
            revision=revisions.get(doc["id"])
            or revision(doc["content_hash"], None, doc.get("cluster_id")),
            cluster_id=doc.get("cluster_id"),
            **entities_of(store.get_extraction(doc["id"])),
        )


class WouldEmptyIndex(RuntimeError):
    """The store holds no documents but the index does: syncing would delete them all."""


def refuse_emptying(store: CorpusStore, backend: SearchBackend) -> None:
    """Raise ``WouldEmptyIndex`` when the store is empty and the index is not. An empty or
    missing store is far more often a wrong path or a lost file than a wish to delete every
    document; the index is then the only copy left."""
    if store.count_documents() == 0:
        indexed = backend.count()
        if indexed:
            raise WouldEmptyIndex(
                f"the corpus store {store.path} holds no documents but the search index holds "
                f"{indexed}: refusing to delete them all (wrong --data-dir or a lost store?); "
                "pass --allow-empty-store to empty the index"
            )


@dataclass
class SyncPlan:
    """What a sync will do: documents to (re)index and ids to delete."""

    to_index: list[str]
    to_delete: list[str]
    unchanged: int


def plan_sync(store: CorpusStore, backend: SearchBackend) -> SyncPlan:
    wanted = store_revisions(store)
    have = backend.revisions()
    to_index = [doc_id for doc_id, rev in wanted.items() if have.get(doc_id) != rev]
    to_delete = [doc_id for doc_id in have if doc_id not in wanted]
    return SyncPlan(sorted(to_index), sorted(to_delete), len(wanted) - len(to_index))


def sync(
    store: CorpusStore,
    backend: SearchBackend,
    progress: Optional[ProgressCallback] = None,
    on_plan: Optional[Callable[[SyncPlan], None]] = None,
    allow_emptying: bool = False,
) -> IndexStats:
    """Bring ``backend`` in step with ``store``: index what changed, delete what is gone.
    ``on_plan`` sees the plan first (e.g. to size a progress bar). An empty store never
    empties the index unless ``allow_emptying`` (``WouldEmptyIndex``)."""
    started = time.perf_counter()
    if not allow_emptying:
        refuse_emptying(store, backend)
    plan = plan_sync(store, backend)
    if on_plan:
        on_plan(plan)
    deleted = backend.delete(plan.to_delete) if plan.to_delete else 0
    stats = IndexStats()
    if plan.to_index:
        stats = backend.index(documents_from_store(store, plan.to_index), progress=progress)
    stats.deleted = deleted
    stats.unchanged += plan.unchanged
    stats.seconds = time.perf_counter() - started
    return stats
