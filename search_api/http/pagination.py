"""Opaque cursors for the store-backed lists (organisations, commitments, figures, regulations).

A cursor carries the offset of the next page and a fingerprint of the filters it was made for,
so a cursor reused with other filters is refused instead of silently skipping results.
"""

from __future__ import annotations

from typing import Any

from search_api.engine.cursors import fingerprint, pack, unpack
from search_api.http.errors import ParameterError


def _stamp(filters: dict[str, Any]) -> str:
    return fingerprint(filters, length=10)


def encode_cursor(offset: int, filters: dict[str, Any]) -> str:
    return pack({"o": offset, "f": _stamp(filters)})


def decode_cursor(cursor: str | None, filters: dict[str, Any]) -> int:
    """Offset a cursor points at (0 without one); a foreign or garbled cursor is a 4xx."""
    if not cursor:
        return 0
    try:
        data = unpack(cursor)
        offset = data["o"]
        stamp = data["f"]
    except (ValueError, KeyError):
        raise ParameterError(
            "cursor",
            "not a cursor this API issued (use next_cursor from the previous page)",
            cursor,
        ) from None
    if not isinstance(offset, int) or offset < 0:
        raise ParameterError("cursor", "not a cursor this API issued", cursor)
    if stamp != _stamp(filters):
        raise ParameterError(
            "cursor",
            "was issued for other filters; repeat the same filters or start again without a cursor",
            cursor,
        )
    return offset


def next_cursor(offset: int, page_len: int, total: int, filters: dict[str, Any]) -> str | None:
    end = offset + page_len
    return encode_cursor(end, filters) if end < total and page_len > 0 else None
