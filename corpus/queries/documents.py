"""A document with its copies, extraction and the regulations it cites."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from corpus.queries.common import DOC_REF_COLUMNS, doc_ref
from corpus.queries.regulations import unresolved_id


def document_detail(db: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    doc = dict(row)
    copies = []
    if doc["cluster_id"]:
        copies = [
            doc_ref(r)
            for r in db.execute(
                f"SELECT {DOC_REF_COLUMNS} FROM documents d WHERE d.cluster_id = ? AND d.id != ?"
                " ORDER BY d.published, d.id",
                (doc["cluster_id"], doc_id),
            )
        ]
    extraction = db.execute("SELECT data FROM extractions WHERE doc_id = ?", (doc_id,)).fetchone()
    regulations = []
    for ref in db.execute(
        "SELECT type, number, year, title, text, regulation_doc_id"
        " FROM regulation_refs WHERE doc_id = ? ORDER BY id",
        (doc_id,),
    ):
        resolved = ref["regulation_doc_id"] is not None
        regulations.append(
            {
                "type": ref["type"],
                "number": ref["number"],
                "year": ref["year"],
                "title": ref["title"],
                "text": ref["text"],
                "resolved": resolved,
                "regulation_id": ref["regulation_doc_id"]
                if resolved
                else unresolved_id(ref["type"], ref["number"], ref["year"]),
            }
        )
    return {
        "id": doc["id"],
        "title": doc["title"],
        "url": doc["url"],
        "outlet": doc["source"],
        "published": doc["published"],
        "doc_type": doc["doc_type"],
        "text": doc["text"],
        "author": doc["author"],
        "language": doc["language"],
        "version": doc["version"],
        "metadata": json.loads(doc["metadata"] or "{}"),
        "copies": copies,
        "regulations": regulations,
        "extraction": json.loads(extraction["data"]) if extraction else None,
    }


def doc_refs(db: sqlite3.Connection, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> document reference, for the ids that exist."""
    refs: dict[str, dict[str, Any]] = {}
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT {DOC_REF_COLUMNS} FROM documents d WHERE d.id IN ({marks})", chunk
        ):
            refs[row["d_id"]] = doc_ref(row)
    return refs
