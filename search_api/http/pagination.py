"""Opaque cursors for the store-backed lists (organisations, commitments, figures, regulations).

A cursor carries the offset of the next page and a fingerprint of the filters it was made for,
so a cursor reused with other filters is refused instead of silently skipping results.
"""
from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from search_api.http.errors import ParameterError


def fingerprint(filters: dict[str, Any]) -> str:
    canonical = json.dumps(filters, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:10]


def encode_cursor(offset: int, filters: dict[str, Any]) -> str:
    raw = json.dumps({"o": offset, "f": fingerprint(filters)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, filters: dict[str, Any]) -> int:
    """Offset a cursor points at (0 without one); a foreign or garbled cursor is a 4xx."""
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        offset = data["o"]
        stamp = data["f"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ParameterError("cursor", "not a cursor this API issued (use next_cursor from "
                             "the previous page)", cursor) from None
    if not isinstance(offset, int) or offset < 0:
        raise ParameterError("cursor", "not a cursor this API issued", cursor)
    if stamp != fingerprint(filters):
        raise ParameterError("cursor", "was issued for other filters; repeat the same filters "
                             "or start again without a cursor", cursor)
    return offset


def next_cursor(offset: int, page_len: int, total: int, filters: dict[str, Any]) -> str | None:
    end = offset + page_len
    return encode_cursor(end, filters) if end < total and page_len > 0 else None
