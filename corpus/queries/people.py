"""People named in the news, with their roles and organisations as the articles give them."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from corpus.queries.common import Where, like

# One person across documents: same name, case and spacing aside.
_KEY = "lower(trim(p.name))"


def _where(q: str | None, organization: str | None) -> Where:
    where = Where()
    if q:
        where.add("p.name LIKE ? ESCAPE '\\'", like(q.strip()))
    if organization:
        pattern = like(organization.strip())
        where.add(
            "(p.organization LIKE ? ESCAPE '\\' OR p.org_id = ? OR p.org_id IN"
            " (SELECT org_id FROM org_aliases WHERE alias LIKE ? ESCAPE '\\'))",
            pattern,
            organization.strip().lower(),
            pattern,
        )
    return where


def count_people(db: sqlite3.Connection, q: str | None, organization: str | None) -> int:
    where = _where(q, organization)
    return db.execute(
        f"SELECT count(DISTINCT {_KEY}) FROM people p{where.sql}", where.args
    ).fetchone()[0]


def list_people(
    db: sqlite3.Connection, q: str | None, organization: str | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    where = _where(q, organization)
    rows = db.execute(
        f"SELECT max(p.name) AS name, count(DISTINCT p.doc_id) AS document_count,"
        f" max(substr(d.published, 1, 10)) AS last_seen,"
        f" json_group_array(DISTINCT p.role) AS roles,"
        f" json_group_array(DISTINCT coalesce(o.name, p.organization)) AS organizations,"
        f" json_group_array(DISTINCT p.org_id) AS org_ids"
        f" FROM people p JOIN documents d ON d.id = p.doc_id"
        f" LEFT JOIN organizations o ON o.id = p.org_id{where.sql}"
        f" GROUP BY {_KEY} ORDER BY document_count DESC, name LIMIT ? OFFSET ?",
        [*where.args, limit, offset],
    )
    return [
        {
            "name": r["name"],
            "document_count": r["document_count"],
            "last_seen": r["last_seen"],
            "roles": sorted(x for x in json.loads(r["roles"]) if x),
            "organizations": sorted(x for x in json.loads(r["organizations"]) if x),
            "organization_ids": sorted(x for x in json.loads(r["org_ids"]) if x),
        }
        for r in rows
    ]
