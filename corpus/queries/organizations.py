"""Organisations: canonical partners with their aliases, mentions, people and commitments."""

from __future__ import annotations

import sqlite3
from typing import Any

from corpus.keys import slugify
from corpus.queries.common import DOC_REF_COLUMNS, Where, doc_ref, like

_SUMMARY = (
    "SELECT o.id, o.name, o.acronym, o.kind,"
    " (SELECT count(*) FROM org_mentions m WHERE m.org_id = o.id) AS document_count,"
    " (SELECT count(*) FROM commitments c WHERE c.partner_org_id = o.id) AS commitment_count,"
    " (SELECT min(substr(d.published, 1, 10)) FROM org_mentions m JOIN documents d"
    "  ON d.id = m.doc_id WHERE m.org_id = o.id) AS first_seen,"
    " (SELECT max(substr(d.published, 1, 10)) FROM org_mentions m JOIN documents d"
    "  ON d.id = m.doc_id WHERE m.org_id = o.id) AS last_seen"
    " FROM organizations o"
)

SORTS = {
    "documents": "document_count DESC, o.name",
    "name": "o.name COLLATE NOCASE, o.id",
    "commitments": "commitment_count DESC, document_count DESC, o.name",
    "last_seen": "last_seen IS NULL, last_seen DESC, o.name",
}


def _where(q: str | None, kind: str | None) -> Where:
    where = Where()
    if q:
        pattern = like(q.strip())
        where.add(
            "(o.name LIKE ? ESCAPE '\\' OR o.id LIKE ? ESCAPE '\\' OR o.id IN"
            " (SELECT org_id FROM org_aliases WHERE alias LIKE ? ESCAPE '\\'))",
            pattern,
            pattern,
            pattern,
        )
    if kind:
        where.add("lower(o.kind) = lower(?)", kind)
    return where


def count_organizations(db: sqlite3.Connection, q: str | None, kind: str | None) -> int:
    where = _where(q, kind)
    return db.execute(f"SELECT count(*) FROM organizations o{where.sql}", where.args).fetchone()[0]


def list_organizations(
    db: sqlite3.Connection, q: str | None, kind: str | None, sort: str, limit: int, offset: int
) -> list[dict[str, Any]]:
    where = _where(q, kind)
    rows = [
        dict(r)
        for r in db.execute(
            f"{_SUMMARY}{where.sql} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
            [*where.args, limit, offset],
        )
    ]
    aliases = _aliases(db, [r["id"] for r in rows])
    for row in rows:
        row["aliases"] = aliases.get(row["id"], [])
    return rows


def _aliases(db: sqlite3.Connection, org_ids: list[str]) -> dict[str, list[str]]:
    if not org_ids:
        return {}
    marks = ",".join("?" * len(org_ids))
    result: dict[str, list[str]] = {}
    for org_id, alias in db.execute(
        f"SELECT org_id, alias FROM org_aliases WHERE org_id IN"
        f" ({marks}) ORDER BY alias COLLATE NOCASE",
        org_ids,
    ):
        result.setdefault(org_id, []).append(alias)
    return result


def resolve_org_id(db: sqlite3.Connection, key: str) -> str | None:
    """The canonical id for an id, a slug of a name, or any alias (case-insensitive)."""
    for candidate in (key, slugify(key)):
        if db.execute("SELECT 1 FROM organizations WHERE id = ?", (candidate,)).fetchone():
            return candidate
    row = db.execute(
        "SELECT org_id FROM org_aliases WHERE lower(alias) = lower(?)"
        " GROUP BY org_id ORDER BY count(*) DESC LIMIT 1",
        (key,),
    ).fetchone()
    return row[0] if row else None


def organization_detail(
    db: sqlite3.Connection, org_id: str, recent: int = 20
) -> dict[str, Any] | None:
    row = db.execute(f"{_SUMMARY} WHERE o.id = ?", (org_id,)).fetchone()
    if row is None:
        return None
    org = dict(row)
    org["aliases"] = _aliases(db, [org_id]).get(org_id, [])
    org["names_in_documents"] = [
        r[0]
        for r in db.execute(
            "SELECT name FROM org_mentions WHERE org_id = ? GROUP BY name ORDER BY count(*) DESC,"
            " name",
            (org_id,),
        )
    ]
    org["mentions_by_month"] = [
        {"month": m, "count": n}
        for m, n in db.execute(
            "SELECT substr(d.published, 1, 7) AS month, count(*) FROM org_mentions m"
            " JOIN documents d ON d.id = m.doc_id WHERE m.org_id = ? AND d.published IS NOT NULL"
            " GROUP BY month ORDER BY month",
            (org_id,),
        )
    ]
    org["people"] = [
        dict(r)
        for r in db.execute(
            "SELECT name, max(role) AS role, count(DISTINCT doc_id) AS documents FROM people"
            " WHERE org_id = ? GROUP BY name ORDER BY documents DESC, name",
            (org_id,),
        )
    ]
    org["recent_documents"] = [
        doc_ref(r)
        for r in db.execute(
            f"SELECT {DOC_REF_COLUMNS} FROM org_mentions m JOIN documents d ON d.id = m.doc_id"
            f" WHERE m.org_id = ? ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ?",
            (org_id, recent),
        )
    ]
    return org


def coverage_share(db: sqlite3.Connection, org_id: str, top: int = 8) -> list[dict[str, Any]]:
    """Documents mentioning each partner (an organisation with a commitment record) and its
    share of all partner mentions; the `top` most covered and ``org_id`` itself, most first."""
    rows = [
        dict(r)
        for r in db.execute(
            "SELECT o.id, o.name, o.acronym, count(DISTINCT m.doc_id) AS documents"
            " FROM organizations o JOIN org_mentions m ON m.org_id = o.id"
            " WHERE o.id = ? OR o.id IN (SELECT partner_org_id FROM commitments"
            "  WHERE partner_org_id IS NOT NULL)"
            " GROUP BY o.id ORDER BY documents DESC, o.name",
            (org_id,),
        )
    ]
    total = sum(r["documents"] for r in rows) or 1
    shown = [r for i, r in enumerate(rows) if i < top or r["id"] == org_id]
    return [
        {**r, "share": round(r["documents"] / total, 4), "current": r["id"] == org_id}
        for r in shown
    ]
