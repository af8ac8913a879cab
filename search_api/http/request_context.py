"""The id of the request being served, for every log line written while serving it.

Taken from the caller's X-Request-ID when it is a plain token (so a proxy's id carries
through), else made here; echoed in the response's X-Request-ID.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar
from typing import Optional

_REQUEST_ID: ContextVar[Optional[str]] = ContextVar("request_id", default=None)
_PLAIN = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def request_id_from(header: Optional[str]) -> str:
    """The caller's id when it is a plain token of at most 64 characters, else a new one."""
    if header is not None and _PLAIN.fullmatch(header):
        return header
    return uuid.uuid4().hex


def current_request_id() -> Optional[str]:
    return _REQUEST_ID.get()


def set_request_id(value: Optional[str]) -> object:
    return _REQUEST_ID.set(value)


def reset_request_id(token: object) -> None:
    _REQUEST_ID.reset(token)  # type: ignore[arg-type]
