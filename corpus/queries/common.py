"""Pieces every query module shares: WHERE building, LIKE escaping, document references."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

# Columns of a document reference, selected as d_* so they never clash with the main table.
DOC_REF_COLUMNS = (
    "d.id AS d_id, d.title AS d_title, d.url AS d_url, d.source AS d_outlet,"
    " d.published AS d_published, d.doc_type AS d_doc_type"
)


def doc_ref(row: sqlite3.Row | dict) -> dict[str, Any]:
    return {
        "id": row["d_id"],
        "title": row["d_title"],
        "url": row["d_url"],
        "outlet": row["d_outlet"],
        "published": row["d_published"],
        "doc_type": row["d_doc_type"],
    }


def like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Punctuation treated as a word break on both sides of a word match ("(BPJAMSOSTEK)",
# "APHTN-HAN", "40,2").
_BREAKS = "()[]\"'.,;:!?/-\u201c\u201d"


def words(text: str | None) -> list[str]:
    for char in _BREAKS:
        text = (text or "").replace(char, " ")
    return [w for w in (text or "").split() if w]


def word_text(column_sql: str) -> str:
    """SQL for the column with punctuation made spaces and a leading space, so that
    ``LIKE '% word%'`` matches words by their start ("kerja" is not in "Ketenagakerjaan")."""
    sql = f"coalesce({column_sql}, '')"
    for char in _BREAKS:
        quoted = char.replace("'", "''")
        sql = f"replace({sql}, '{quoted}', ' ')"
    return f"(' ' || {sql})"


@dataclass
class Where:
    """Conditions joined with AND, with their arguments in order."""

    clauses: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def add(self, clause: str, *args: Any) -> "Where":
        self.clauses.append(clause)
        self.args.extend(args)
        return self

    def contains(self, column_sql: str, text: str) -> "Where":
        """Every word of ``text`` starts a word of the column expression (case-insensitive
        for ASCII, as SQLite's LIKE)."""
        if words(text):
            spaced = word_text(column_sql)
            for word in words(text):
                self.add(f"{spaced} LIKE ? ESCAPE '\\'", "% " + like(word)[1:])
        return self

    def date_range(self, column_sql: str, date_from: date | None, date_to: date | None) -> "Where":
        # Stored dates are ISO dates or datetimes: compare their date part.
        if date_from:
            self.add(f"substr({column_sql}, 1, 10) >= ?", date_from.isoformat())
        if date_to:
            self.add(f"substr({column_sql}, 1, 10) <= ?", date_to.isoformat())
        return self

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def cluster_outlets(db: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[str, list[str]]:
    """doc id -> outlets of the document and of every near-duplicate copy of it."""
    ids = list(dict.fromkeys(doc_ids))
    result: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT d.id, c.source FROM documents d JOIN documents c"
            f" ON c.id = d.id OR (d.cluster_id IS NOT NULL AND c.cluster_id = d.cluster_id)"
            f" WHERE d.id IN ({marks}) ORDER BY c.published, c.source",
            chunk,
        )
        for doc_id, outlet in rows:
            outlets = result.setdefault(doc_id, [])
            if outlet and outlet not in outlets:
                outlets.append(outlet)
    return result
