"""Opaque cursors: a small JSON state, base64url without padding, bound to what it pages.

Search cursors (both backends) are bound to the request they page (query, mode, filters, sort:
``request_key``); the HTTP lists of the store bind theirs to their filters the same way. A
cursor used with anything else is refused instead of silently skipping results.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from search_api.engine.models import SearchRequest
from search_api.engine.ranking import RESULT_WINDOW


def pack(state: dict[str, Any]) -> str:
    raw = json.dumps(state, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def unpack(cursor: str) -> dict[str, Any]:
    """The state of a cursor; ValueError when it is not one."""
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise ValueError("not a cursor") from exc
    if not isinstance(state, dict):
        raise ValueError("not a cursor")
    return state


def fingerprint(fields: dict[str, Any], length: int = 12) -> str:
    canonical = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:length]


def request_key(request: SearchRequest) -> str:
    """What a search cursor is bound to: the request without its paging fields."""
    return fingerprint(request.model_dump(mode="json", exclude={"cursor", "limit", "facets"}))


def search_cursor(request: SearchRequest, state: dict[str, Any]) -> str:
    """A cursor for the next page of ``request``: ``o`` (offset in the ranked window) or a
    backend's own keys (Elasticsearch: ``sa`` search_after, ``pit``, ``op``)."""
    return pack({**state, "k": request_key(request)})


def search_state(request: SearchRequest) -> dict[str, Any]:
    """The state of ``request.cursor`` ({} without one); ValueError for a foreign or garbled
    cursor (the API answers 422)."""
    if not request.cursor:
        return {}
    try:
        state = unpack(request.cursor)
        key = state.pop("k")
    except (ValueError, KeyError) as exc:
        raise ValueError("cursor is not a cursor this search returned") from exc
    if key != request_key(request):
        raise ValueError("cursor belongs to another search (q, mode, filters or sort differ)")
    offset = state.get("o", 0)
    if (
        not isinstance(offset, int)
        or not 0 <= offset <= RESULT_WINDOW
        or not isinstance(state.get("sa", []), (list, type(None)))
    ):
        raise ValueError("cursor is not a cursor this search returned")
    return state
