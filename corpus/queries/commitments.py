"""Commitments (MoU, PKS, support...) between partners and BPJS Ketenagakerjaan.

One signing is usually reported by several articles (syndicated copies, other outlets, follow
ups); each extracted record is one row in ``commitments``. Rows with the same partner and kind
dated within ``SAME_EVENT_DAYS`` of each other are grouped into one commitment that lists every
reporting document and outlet.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from corpus.queries.common import DOC_REF_COLUMNS, Where, cluster_outlets, doc_ref, like

SAME_EVENT_DAYS = 7


@dataclass(frozen=True)
class CommitmentFilters:
    partner: str | None = None
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    outlet: str | None = None
    partner_id: str | None = None  # exact canonical id (organisation pages)


def _where(f: CommitmentFilters) -> Where:
    where = Where()
    if f.partner:
        pattern = like(f.partner)
        where.add(
            "(c.partner LIKE ? ESCAPE '\\' OR c.partner_org_id = ? OR c.partner_org_id IN"
            " (SELECT org_id FROM org_aliases WHERE alias LIKE ? ESCAPE '\\')"
            " OR c.partner_org_id IN (SELECT id FROM organizations WHERE name LIKE ?"
            " ESCAPE '\\'))",
            pattern,
            f.partner.lower(),
            pattern,
            pattern,
        )
    if f.partner_id:
        where.add("c.partner_org_id = ?", f.partner_id)
    if f.kind:
        where.add("lower(c.kind) = lower(?)", f.kind)
    if f.outlet:
        where.add("lower(d.source) = lower(?)", f.outlet)
    return where.date_range("c.date", f.date_from, f.date_to)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def list_commitments(
    db: sqlite3.Connection, filters: CommitmentFilters, newest_first: bool = True
) -> list[dict[str, Any]]:
    where = _where(filters)
    rows = db.execute(
        f"SELECT c.id, c.partner, c.partner_org_id, o.name AS partner_name, c.agreement, c.kind,"
        f" c.signatories, c.scope, c.date, {DOC_REF_COLUMNS} FROM commitments c"
        f" JOIN documents d ON d.id = c.doc_id"
        f" LEFT JOIN organizations o ON o.id = c.partner_org_id{where.sql}"
        f" ORDER BY coalesce(c.partner_org_id, lower(c.partner)), lower(coalesce(c.kind, '')),"
        f" c.date, c.id",
        where.args,
    ).fetchall()
    groups: list[dict[str, Any]] = []
    previous_key, previous_day = None, None
    for row in rows:
        key = (row["partner_org_id"] or row["partner"].lower(), (row["kind"] or "").lower())
        day = _day(row["date"])
        same_event = (
            key == previous_key
            and groups
            and (
                day is None or previous_day is None or (day - previous_day).days <= SAME_EVENT_DAYS
            )
        )
        if not same_event:
            groups.append(_new_group(row))
        _add_report(groups[-1], row)
        previous_key, previous_day = key, day or previous_day
    outlets = cluster_outlets(db, [d["id"] for g in groups for d in g["documents"]])
    for group in groups:
        _finish(group, outlets)
    groups.sort(key=lambda g: (g["date"] or "", g["id"]), reverse=newest_first)
    return groups


def _new_group(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": f"c{row['id']}",
        "partner": row["partner"],
        "partner_id": row["partner_org_id"],
        "partner_name": row["partner_name"],
        "kind": row["kind"],
        "agreement": row["agreement"],
        "date": (row["date"] or "")[:10] or None,
        "signatories": [],
        "scope": [],
        "documents": [],
        "outlets": [],
    }


def _add_report(group: dict[str, Any], row: sqlite3.Row) -> None:
    for field in ("signatories", "scope"):
        for item in json.loads(row[field] or "[]"):
            if item and item not in group[field]:
                group[field].append(item)
    group["agreement"] = group["agreement"] or row["agreement"]
    if all(d["id"] != row["d_id"] for d in group["documents"]):
        group["documents"].append(doc_ref(row))


def _finish(group: dict[str, Any], outlets: dict[str, list[str]]) -> None:
    group["documents"].sort(key=lambda d: (d["published"] or "", d["id"]), reverse=True)
    for doc in group["documents"]:
        for outlet in outlets.get(doc["id"], [doc["outlet"]]):
            if outlet and outlet not in group["outlets"]:
                group["outlets"].append(outlet)
