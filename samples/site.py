"""An in-memory web site: paths mapped to resources, plus the ground truth about them.

Pages are rendered before the server knows its port, so absolute URLs are written with
the placeholder ``BASE`` and resolved once when a server binds the site (``Site.bind``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

# ASCII, so it survives every page encoding; replaced by e.g. "http://127.0.0.1:8701".
BASE = "__SAMPLE_SITE_BASE__"

TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = {"fbclid", "gclid", "mc_cid", "mc_eid"}


@dataclass
class Resource:
    """One URL of the site and how the server answers it."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    last_modified: datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # Answers served before the normal one, per server instance: e.g. [(500, {})] fails once.
    fail_first: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    conditional: bool = True  # send ETag / Last-Modified and honour 304


@dataclass
class BoundResource:
    """A resource with its absolute URLs resolved and its validators computed."""

    resource: Resource
    body: bytes
    headers: dict[str, str]
    etag: str | None
    last_modified: datetime | None


def strip_tracking(query: str) -> str:
    """Drop utm_* and click ids so links with tracking parameters reach the same page."""
    kept = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if not key.startswith(TRACKING_PREFIXES) and key not in TRACKING_PARAMS
    ]
    return urlencode(kept)


def route_key(path_and_query: str) -> str:
    parts = urlsplit(path_and_query)
    query = strip_tracking(parts.query)
    return parts.path + ("?" + query if query else "")


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(timezone.utc), usegmt=True)


class Site:
    """Resources by route key (path, plus ``?query`` for listing pages) and a manifest."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.resources: dict[str, Resource] = {}
        self._manifest: dict[str, Any] = {"site": name, "articles": [], "special": []}

    def add(self, path: str, resource: Resource) -> None:
        if path in self.resources:
            raise ValueError(f"{self.name}: two resources at {path}")
        self.resources[path] = resource

    def add_article(self, entry: dict[str, Any]) -> None:
        """Ground truth of one article page (URLs relative to the site root)."""
        self._manifest["articles"].append(entry)

    def add_special(self, path: str, kind: str, **details: Any) -> None:
        """A URL a crawler must treat specially (robots-disallowed, 404, redirect, ...)."""
        self._manifest["special"].append({"url": path, "kind": kind, **details})

    def set_manifest(self, key: str, value: Any) -> None:
        self._manifest[key] = value

    def manifest(self, base_url: str) -> dict[str, Any]:
        """The ground truth with absolute URLs for a server at ``base_url``."""
        return _absolutise(self._manifest, base_url.rstrip("/"))

    def bind(self, base_url: str) -> dict[str, BoundResource]:
        base = base_url.rstrip("/").encode("ascii")
        bound: dict[str, BoundResource] = {}
        for key, resource in self.resources.items():
            body = resource.body.replace(BASE.encode("ascii"), base)
            headers = {k: v.replace(BASE, base.decode()) for k, v in resource.headers.items()}
            etag = None
            if resource.conditional and resource.status == 200:
                etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            bound[key] = BoundResource(resource, body, headers, etag, resource.last_modified)
        return bound


def combine_sites(name: str, *sites: Site) -> Site:
    """One site serving several (e.g. the news outlets and the regulation database) from one
    server. Paths must not collide; manifest lists are concatenated, other keys merged."""
    combined = Site(name)
    for site in sites:
        for path, resource in site.resources.items():
            combined.add(path, resource)
        for key, value in site._manifest.items():
            if key == "site":
                continue
            if isinstance(value, list):
                combined._manifest.setdefault(key, [])
                combined._manifest[key] = combined._manifest[key] + value
            else:
                combined._manifest[key] = value
    return combined


def _absolutise(value: Any, base: str) -> Any:
    if isinstance(value, str):
        return value.replace(BASE, base) if BASE in value else value
    if isinstance(value, list):
        return [_absolutise(item, base) for item in value]
    if isinstance(value, dict):
        return {key: _absolutise(item, base) for key, item in value.items()}
    return value
