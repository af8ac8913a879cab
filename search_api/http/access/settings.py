"""Access and operations settings, read from the environment once when the app is made.

| variable | default | meaning |
|---|---|---|
| NEWSINTEL_WRITES_NEED_KEY | auto | auto: writes need a key once any key exists; true: always |
| NEWSINTEL_READS_NEED_KEY | false | true: reads (searches, documents, exports) need a key too |
| NEWSINTEL_RATE_SEARCH | 120/minute | searches, timelines, exports and writes, per key or address |
| NEWSINTEL_RATE_READ | 1200/minute | every other request, per key or address |
| NEWSINTEL_CORS_ORIGINS | (none) | comma-separated origins allowed to call the API from a browser |
| NEWSINTEL_TRUSTED_PROXIES | (none) | proxy addresses or networks trusted for X-Forwarded-For |
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field
from typing import Literal, Mapping, Optional

_RATE = re.compile(r"\s*(\d+)\s*/\s*(second|minute|hour|s|m|h)\s*")
_SECONDS = {"second": 1, "s": 1, "minute": 60, "m": 60, "hour": 3600, "h": 3600}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class SettingError(ValueError):
    pass


@dataclass(frozen=True)
class Rate:
    """``requests`` per ``seconds``: a bucket of ``requests`` tokens refilled at that pace, so
    a client may burst up to the whole allowance and then goes at the sustained rate."""

    requests: int
    seconds: int

    @classmethod
    def parse(cls, text: str, name: str) -> Optional["Rate"]:
        """``"120/minute"`` -> Rate(120, 60); ``"off"`` -> None (no limit)."""
        if text.strip().lower() in ("off", "none", "0"):
            return None
        match = _RATE.fullmatch(text)
        if not match or int(match.group(1)) < 1:
            raise SettingError(f"{name}: use N/second, N/minute, N/hour or off, got {text[:40]!r}")
        return cls(int(match.group(1)), _SECONDS[match.group(2)])

    def __str__(self) -> str:
        unit = {1: "second", 60: "minute", 3600: "hour"}[self.seconds]
        return f"{self.requests}/{unit}"


def _flag(environ: Mapping[str, str], name: str, default: bool) -> bool:
    value = environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise SettingError(f"{name}: use true or false, got {value[:40]!r}")


@dataclass(frozen=True)
class AccessSettings:
    writes_need_key: Literal["auto", "always"] = "auto"
    reads_need_key: bool = False
    rate_search: Optional[Rate] = Rate(120, 60)
    rate_read: Optional[Rate] = Rate(1200, 60)
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    # Only these peers' X-Forwarded-For is believed (else any client could pick its address
    # and so its rate-limit budget).
    trusted_proxies: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "AccessSettings":
        writes = environ.get("NEWSINTEL_WRITES_NEED_KEY", "auto").strip().lower()
        if writes not in ("auto", *_TRUE):
            raise SettingError(f"NEWSINTEL_WRITES_NEED_KEY: use auto or true, got {writes[:40]!r}")
        defaults = cls()
        origins = environ.get("NEWSINTEL_CORS_ORIGINS", "")
        return cls(
            writes_need_key="auto" if writes == "auto" else "always",
            reads_need_key=_flag(environ, "NEWSINTEL_READS_NEED_KEY", False),
            rate_search=Rate.parse(
                environ.get("NEWSINTEL_RATE_SEARCH", str(defaults.rate_search)),
                "NEWSINTEL_RATE_SEARCH",
            ),
            rate_read=Rate.parse(
                environ.get("NEWSINTEL_RATE_READ", str(defaults.rate_read)), "NEWSINTEL_RATE_READ"
            ),
            cors_origins=tuple(o.strip().rstrip("/") for o in origins.split(",") if o.strip()),
            trusted_proxies=_proxies(environ.get("NEWSINTEL_TRUSTED_PROXIES", "")),
        )


def _proxies(text: str) -> tuple[str, ...]:
    proxies = tuple(p.strip() for p in text.split(",") if p.strip())
    for proxy in proxies:
        if proxy == "*":
            continue
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise SettingError(
                f"NEWSINTEL_TRUSTED_PROXIES: {proxy[:40]!r} is not an IP address, a network"
                " (10.0.0.0/8) or *"
            ) from None
    return proxies
