"""Which URLs alerts may use: http(s) with a host, nothing else (no file:, javascript:, ...)."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_http_url(value: object) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. a malformed IPv6 host
        return False
