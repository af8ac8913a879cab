"""Canonical URLs: one spelling per page, so a page reached by several links is stored once.

Tracking parameters (utm_*, fbclid, gclid, ...) and fragments are dropped, the host is
lower-cased and default ports removed. The order of the remaining query arguments is kept:
pagination (``?page=2``) must survive, and outlets rarely reorder their own links.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string, url_query_cleaner

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref_src",
        "spm",
    }
)
TRACKING_PREFIXES = ("utm_",)
# Path or query forms of AMP copies of an article ("/amp/", "/amp", "?amp=1", "amp.host").
AMP_PATH = re.compile(r"(/amp/?$|/amp/|[?&](amp|outputType=amp)(=[^&]*)?(&|$))", re.I)


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def strip_tracking(url: str) -> str:
    """The URL without tracking parameters and fragment; everything else untouched."""
    parts = urlsplit(url)
    if parts.query:
        names = {pair.split("=", 1)[0] for pair in parts.query.split("&") if pair}
        tracking = [n for n in names if _is_tracking(n)]
        if tracking:
            url = url_query_cleaner(url, tracking, remove=True, unique=False, keep_fragments=True)
    return url.split("#", 1)[0]


def canonical_url(url: str, base: str | None = None) -> str:
    """Absolute, percent-safe URL without tracking parameters, fragment or default port."""
    if base:
        url = urljoin(base, url.strip())
    return _canonical(url.strip())


@lru_cache(maxsize=65536)  # pages repeat the same menu and related links
def _canonical(url: str) -> str:
    if not url.isascii() or " " in url:
        url = safe_url_string(url)
    url = strip_tracking(url)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host
    if port and not (
        (parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)
    ):
        netloc = f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def looks_like_amp(url: str) -> bool:
    parts = urlsplit(url)
    return bool(
        AMP_PATH.search(parts.path + ("?" + parts.query if parts.query else ""))
        or (parts.hostname or "").startswith("amp.")
    )


def site_key(url: str) -> str:
    """Host without the usual mirror prefixes: www.x.com, m.x.com and amp.x.com are one site."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


def same_site(a: str, b: str) -> bool:
    """Whether two URLs belong to the same site (host, or one a subdomain of the other)."""
    ka, kb = site_key(a), site_key(b)
    if urlsplit(a).port != urlsplit(b).port:
        return False
    return ka == kb or ka.endswith("." + kb) or kb.endswith("." + ka)
