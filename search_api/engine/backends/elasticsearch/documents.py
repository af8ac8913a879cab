"""IndexDocument -> the Elasticsearch document (source) and bulk actions.

The ``_id`` is the corpus document id, so indexing the same document again overwrites it:
re-runs never duplicate. Passages come from ``search_api.engine.passages.split_passages`` and
vectors from the shared embedder, exactly as the embedded backend makes them.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Optional, Sequence

from search_api.engine.backends.elasticsearch.queries import ENTITY_FIELDS, NAME_KEY
from search_api.engine.models import EntityRef, IndexDocument
from search_api.engine.passages import Passage


def calendar_day(published: Optional[str]) -> Optional[str]:
    """``YYYY-MM-DD`` of an ISO date or datetime as written (its local date); None when the
    value is missing or not a date (the document is still indexed, just undated)."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).isoformat()
    except ValueError:
        return None


def entity_source(field: str, refs: Sequence[EntityRef]) -> list[dict[str, Any]]:
    to_key = NAME_KEY[field]
    out = []
    for ref in refs:
        names = sorted({to_key(n) for n in (ref.key, ref.label, *ref.aliases) if n} - {""})
        out.append({"key": ref.key, "label": ref.label, "names": names})
    return out


def metadata_source(doc: IndexDocument, now: Optional[str] = None) -> dict[str, Any]:
    """Everything but the text and passages: what a metadata-only update rewrites."""
    source: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "url": doc.url,
        "outlet": doc.outlet,
        "day": calendar_day(doc.published),
        "published_text": doc.published,
        "doc_type": doc.doc_type,
        "content_hash": doc.content_hash,
        "revision": doc.revision,
        "cluster_id": doc.cluster_id,
        "story": doc.cluster_id or doc.id,
        "indexed_at": now or datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    for field in ENTITY_FIELDS:
        source[field] = entity_source(field, getattr(doc, field))
    return source


def document_source(
    doc: IndexDocument,
    passages: Sequence[Passage],
    vectors: dict[int, Sequence[float]],
    now: Optional[str] = None,
) -> dict[str, Any]:
    """The whole document: metadata, text, and its passages with their vectors (by ordinal;
    a passage beyond the embedding limit has offsets only and is found by keywords)."""
    source = metadata_source(doc, now)
    source["text"] = doc.text
    source["passage_count"] = len(passages)
    source["passages"] = []
    for p in passages:
        entry: dict[str, Any] = {"n": p.ordinal, "start": p.start, "end": p.end}
        vector = vectors.get(p.ordinal)
        if vector is not None:
            entry["vector"] = [round(float(x), 6) for x in vector]
        source["passages"].append(entry)
    return source


def index_action(index: str, source: dict[str, Any]) -> dict[str, Any]:
    return {"_op_type": "index", "_index": index, "_id": source["id"], "_source": source}


def update_action(index: str, source: dict[str, Any]) -> dict[str, Any]:
    """Partial update: the server keeps the text, passages and vectors it has."""
    return {"_op_type": "update", "_index": index, "_id": source["id"], "doc": source}


def delete_action(index: str, doc_id: str) -> dict[str, Any]:
    return {"_op_type": "delete", "_index": index, "_id": doc_id}
