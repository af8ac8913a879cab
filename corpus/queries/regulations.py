"""Regulations: stored regulation documents and the references news make to them.

A reference resolves to a stored regulation (``regulation_refs.regulation_doc_id``); references
that do not are grouped by type + number + year and listed with a ``ref-...`` id, so analysts
see which cited rules the store still lacks.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from typing import Any

from corpus.keys import regulation_key, slugify
from corpus.queries.common import DOC_REF_COLUMNS, doc_ref, words

UNRESOLVED_PREFIX = "ref-"


def unresolved_id(type_: str, number: str, year: int | None) -> str:
    """Id of a regulation the store lacks: from its key, so long and short forms agree."""
    return UNRESOLVED_PREFIX + slugify(regulation_key(type_, number, year))


def _year(value: Any) -> int | None:
    return int(value) if str(value or "").isdigit() else None


def _stored(db: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT d.id, d.title, d.url, d.metadata,"
        " count(DISTINCT n.id) AS citing, max(substr(n.published, 1, 10)) AS last_cited"
        " FROM documents d"
        " LEFT JOIN regulation_refs r ON r.regulation_doc_id = d.id"
        " LEFT JOIN documents n ON n.id = r.doc_id AND n.doc_type = 'news'"
        " WHERE d.doc_type = 'regulation' GROUP BY d.id"
    )
    items = []
    for row in rows:
        meta = json.loads(row["metadata"] or "{}")
        number = None if meta.get("number") is None else str(meta["number"])
        key = (
            regulation_key(meta["type"], number, _year(meta.get("year")))
            if meta.get("type") and number
            else regulation_key(row["title"] or row["id"])
        )
        items.append(
            {
                "id": row["id"],
                "key": key,
                "resolved": True,
                "type": meta.get("type"),
                "number": number,
                "year": _year(meta.get("year")),
                "title": row["title"] or meta.get("title"),
                "citing_news": row["citing"],
                "last_cited": row["last_cited"],
                "url": row["url"],
                "metadata": meta,
            }
        )
    return items


def _unresolved_refs(db: sqlite3.Connection) -> dict[str, list[sqlite3.Row]]:
    """regulation key -> unresolved references to it (with the citing document's fields)."""
    groups: dict[str, list[sqlite3.Row]] = {}
    for row in db.execute(
        f"SELECT r.type, r.number, r.year, r.title, r.text AS citation, {DOC_REF_COLUMNS}"
        f" FROM regulation_refs r JOIN documents d ON d.id = r.doc_id"
        f" WHERE r.regulation_doc_id IS NULL ORDER BY r.id"
    ):
        groups.setdefault(regulation_key(row["type"], row["number"], row["year"]), []).append(row)
    return groups


def _unresolved(db: sqlite3.Connection) -> list[dict[str, Any]]:
    items = []
    for key, refs in _unresolved_refs(db).items():
        first = refs[0]
        news = {r["d_id"]: r["d_published"] for r in refs if r["d_doc_type"] == "news"}
        dates = [p[:10] for p in news.values() if p]
        items.append(
            {
                "id": UNRESOLVED_PREFIX + slugify(key),
                "key": key,
                "resolved": False,
                "type": first["type"],
                "number": first["number"],
                "year": first["year"],
                "title": next((r["title"] for r in refs if r["title"]), None),
                "citing_news": len(news),
                "last_cited": max(dates) if dates else None,
                "url": None,
                "metadata": {},
            }
        )
    return items


# Every order is descending (most cited, newest first); ties broken by id for stable pages.
SORTS = {
    "citations": lambda r: (r["citing_news"], r["year"] or 0, r["id"]),
    "year": lambda r: (r["year"] or 0, r["citing_news"], r["id"]),
    "last_cited": lambda r: (r["last_cited"] or "", r["citing_news"], r["id"]),
}


def list_regulations(
    db: sqlite3.Connection,
    q: str | None = None,
    type_: str | None = None,
    year: int | None = None,
    resolved: bool | None = None,
    sort: str = "citations",
) -> list[dict[str, Any]]:
    items = (_stored(db) if resolved is not False else []) + (
        _unresolved(db) if resolved is not True else []
    )
    if type_:
        wanted = regulation_key(type_, "0").rsplit(" ", 1)[0]  # long or short form of a type
        items = [r for r in items if r["key"].rsplit(" ", 1)[0] == wanted]
    if year:
        items = [r for r in items if r["year"] == year]
    for word in words(q):
        word = word.lower()
        items = [
            r
            for r in items
            if word
            in " ".join(str(r[k] or "") for k in ("key", "type", "number", "year", "title")).lower()
        ]
    return sorted(items, key=SORTS[sort], reverse=True)


def find_regulation(db: sqlite3.Connection, reg_id: str) -> dict[str, Any] | None:
    if reg_id.startswith(UNRESOLVED_PREFIX):
        return next((r for r in _unresolved(db) if r["id"] == reg_id), None)
    return next((r for r in _stored(db) if r["id"] == reg_id), None)


def citing_news(db: sqlite3.Connection, reg: dict[str, Any]) -> list[dict[str, Any]]:
    """News citing the regulation, newest first, with how each wrote the reference."""
    if reg["resolved"]:
        rows = db.execute(
            f"SELECT {DOC_REF_COLUMNS}, min(r.text) AS citation FROM regulation_refs r"
            f" JOIN documents d ON d.id = r.doc_id WHERE r.regulation_doc_id = ?"
            f" GROUP BY d.id",
            (reg["id"],),
        ).fetchall()
    else:
        rows = _unresolved_refs(db).get(reg["key"], [])
    citing: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["d_doc_type"] == "news" and row["d_id"] not in citing:
            citing[row["d_id"]] = {**doc_ref(row), "citation": row["citation"]}
    return sorted(citing.values(), key=lambda d: (d["published"] or "", d["id"]), reverse=True)


def passages(
    db: sqlite3.Connection, doc_id: str, q: str | None, limit: int
) -> list[dict[str, Any]]:
    """Paragraph-sized passages of a regulation's text with page numbers (pages are split by
    form feeds or given in metadata ``pages``); with ``q``, the passages matching most words."""
    row = db.execute("SELECT text, metadata FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return []
    pages = _pages(row["text"], json.loads(row["metadata"] or "{}"))
    chunks = [(page, chunk) for page, text in pages for chunk in _paragraphs(text)]
    terms = [w.lower() for w in words(q)]
    if terms:
        scored = [
            (sum(t in chunk.lower() for t in terms), i) for i, (_, chunk) in enumerate(chunks)
        ]
        chosen = sorted(
            i for score, i in sorted(scored, key=lambda s: (-s[0], s[1]))[:limit] if score > 0
        )
    else:
        chosen = list(range(min(limit, len(chunks))))
    return [
        {
            "page": chunks[i][0],
            "text": chunks[i][1],
            "highlighted": highlight(chunks[i][1], terms) if terms else None,
        }
        for i in chosen
    ]


def _pages(text: str, meta: dict[str, Any]) -> list[tuple[int | None, str]]:
    given = meta.get("pages")
    if isinstance(given, list) and given and all(isinstance(p, dict) for p in given):
        return [(p.get("page") or p.get("number"), p.get("text") or "") for p in given]
    if "\f" in text:
        return [(n, page) for n, page in enumerate(text.split("\f"), start=1)]
    return [(None, text)]


def _paragraphs(text: str, target: int = 900) -> list[str]:
    """Blank-line paragraphs (else lines), short ones merged up to about ``target`` chars."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(parts) <= 1:
        parts = [p.strip() for p in text.splitlines() if p.strip()]
    merged: list[str] = []
    for part in parts:
        part = " ".join(part.split())
        if merged and len(merged[-1]) + len(part) < target:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def highlight(text: str, terms: list[str]) -> str:
    """HTML-escaped text with <mark> around every occurrence of the terms."""
    if not terms:
        return html.escape(text)
    pattern = re.compile(
        "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE
    )
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f"<mark>{html.escape(match.group(0))}</mark>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
