"""Extracted figures: value, unit, what is measured, the sentence, the date and the source.

A figure repeated by syndicated copies of one story (same near-duplicate cluster, value, unit
and wording) is one item listing the outlets that carried it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator

from corpus.queries.common import DOC_REF_COLUMNS, Where, doc_ref

SORTS = {
    "date": "f.date IS NULL, f.date, f.value, f.id",
    "-date": "f.date IS NULL, f.date DESC, f.value DESC, f.id",
    "value": "f.value IS NULL, f.value, f.date, f.id",
    "-value": "f.value IS NULL, f.value DESC, f.date, f.id",
}


@dataclass(frozen=True)
class FigureFilters:
    q: str | None = None
    measure: str | None = None
    unit: str | None = None
    kind: str | None = None
    value_min: float | None = None
    value_max: float | None = None
    date_from: date | None = None
    date_to: date | None = None
    outlet: str | None = None
    doc_id: str | None = None


def _where(f: FigureFilters) -> Where:
    # What is measured: the figure's context, wording, unit and normalised measure (with its
    # English name, so "active participants" finds peserta_aktif). Not its whole sentence,
    # which often carries other figures ("dari 135 juta angkatan kerja, peserta aktif 35,1 juta").
    where = Where().contains(
        "(coalesce(f.context, '') || ' ' || coalesce(f.text, '') || ' ' || coalesce(f.unit, '')"
        " || ' ' || replace(coalesce(f.measure, ''), '_', ' ')"
        " || ' ' || coalesce(f.measure_en, ''))",
        f.q or "",
    )
    if f.measure:
        where.add("f.measure = lower(?)", f.measure)
    if f.unit:
        where.add("lower(f.unit) = lower(?)", f.unit)
    if f.kind:
        where.add("lower(f.kind) = lower(?)", f.kind)
    if f.value_min is not None:
        where.add("f.value >= ?", f.value_min)
    if f.value_max is not None:
        where.add("f.value <= ?", f.value_max)
    if f.outlet:
        where.add("lower(d.source) = lower(?)", f.outlet)
    if f.doc_id:
        where.add("f.doc_id = ?", f.doc_id)
    return where.date_range("f.date", f.date_from, f.date_to)


# One row per figure per story: min(f.id) makes SQLite take the other columns from that row.
_GROUPED = (
    "SELECT min(f.id) AS id, f.value, f.unit, f.text, f.context, f.kind, f.sentence, f.date,"
    " f.value_to, f.measure, f.measure_en, f.organization, f.region,"
    " group_concat(DISTINCT d.source) AS outlets, {doc} FROM figures f"
    " JOIN documents d ON d.id = f.doc_id{where}"
    " GROUP BY coalesce(d.cluster_id, d.id), f.value, lower(coalesce(f.unit, '')),"
    " lower(coalesce(f.text, ''))"
)


def count_figures(db: sqlite3.Connection, filters: FigureFilters) -> int:
    where = _where(filters)
    sql = _GROUPED.format(doc=DOC_REF_COLUMNS, where=where.sql)
    return db.execute(f"SELECT count(*) FROM ({sql})", where.args).fetchone()[0]


def iter_figures(
    db: sqlite3.Connection,
    filters: FigureFilters,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[dict[str, Any]]:
    where = _where(filters)
    sql = _GROUPED.format(doc=DOC_REF_COLUMNS, where=where.sql)
    order = SORTS[sort].replace("f.", "g.")
    args = [*where.args, -1 if limit is None else limit, offset]
    for row in db.execute(f"SELECT * FROM ({sql}) g ORDER BY {order} LIMIT ? OFFSET ?", args):
        yield {
            "id": row["id"],
            "value": _number(row["value"]),
            "value_to": _number(row["value_to"]),
            "measure": row["measure"],
            "measure_en": row["measure_en"],
            "organization": row["organization"],
            "region": row["region"],
            "unit": row["unit"],
            "text": row["text"],
            "context": row["context"],
            "kind": row["kind"],
            "sentence": row["sentence"],
            "date": row["date"],
            "document": doc_ref(row),
            "outlets": sorted(set((row["outlets"] or "").split(",")) - {""}),
        }


def _number(value: float | None) -> float | int | None:
    """40200000.0 -> 40200000, so exports and JSON show whole numbers as such."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def list_measures(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every normalised measure with how many figures carry it, their units (most used first)
    and the dates they span: the figures explorer's picklist."""
    measures: dict[str, dict[str, Any]] = {}
    for row in db.execute(
        "SELECT measure, max(measure_en) AS measure_en, unit, count(*) AS n,"
        " min(date) AS first, max(date) AS last FROM figures WHERE measure IS NOT NULL"
        " GROUP BY measure, unit ORDER BY measure, n DESC, unit"
    ):
        item = measures.setdefault(
            row["measure"],
            {
                "measure": row["measure"],
                "measure_en": row["measure_en"],
                "count": 0,
                "units": [],
                "first": row["first"],
                "last": row["last"],
            },
        )
        item["count"] += row["n"]
        item["measure_en"] = item["measure_en"] or row["measure_en"]
        if row["unit"]:
            item["units"].append(row["unit"])
        item["first"] = min(filter(None, (item["first"], row["first"])), default=None)
        item["last"] = max(filter(None, (item["last"], row["last"])), default=None)
    return sorted(measures.values(), key=lambda m: (-m["count"], m["measure"]))
