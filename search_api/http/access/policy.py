"""The access policy, as one FastAPI dependency on every route: who may read, who may write.

Writes (any method but GET/HEAD/OPTIONS: saved searches, alerts, admin) need a key once any
key exists, or always with NEWSINTEL_WRITES_NEED_KEY=true. Reads are open unless
NEWSINTEL_READS_NEED_KEY=true. The page, its assets, /health and the API docs stay open:
they show no data. Where reads need a key, a saved search's feeds also open to its feed token
(`?token=`, access/feed_tokens.py), since feed readers send no headers. A key that is sent
must be valid, even where none is needed (a client with a revoked key should learn it at
once, not at its first write).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Callable, Optional, TypeVar

from fastapi import Depends, Request

from search_api.http.access.feed_tokens import FEED_ROUTES, opens_feed, token_under
from search_api.http.access.keys import ApiKey, KeyStore
from search_api.http.access.settings import AccessSettings

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Route templates that show no data: the web page, its assets, health, the API docs.
PUBLIC_ROUTES = frozenset(
    {"/", "/web/{name}", "/health", "/docs", "/docs/oauth2-redirect", "/redoc"}
)
HOW = (
    "send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'; "
    "an operator makes keys with `newsintel keys create NAME`"
)


class Unauthorized(Exception):
    """401: no key where one is needed, or a key that is not (or no longer) valid."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class KeysUnreadable(Exception):
    """503: the keys file exists but cannot be read, so no key can be checked (fail closed)."""

    def __init__(self, exc: Exception):
        self.message = f"the API keys file cannot be read ({exc}); see `newsintel keys list`"
        super().__init__(self.message)


T = TypeVar("T")


def _read_keys(read: Callable[[], T]) -> T:
    try:
        return read()
    except sqlite3.Error as exc:
        raise KeysUnreadable(exc) from exc


@dataclass(frozen=True)
class Caller:
    """Who is calling: the key they proved, else only their address."""

    address: str
    key: Optional[ApiKey] = None

    @property
    def identity(self) -> str:
        return f"key:{self.key.id}" if self.key else f"address:{self.address}"


class AccessGate:
    """The settings and the keys file the policy reads; one per app."""

    def __init__(self, settings: AccessSettings, data_dir: Path):
        self.settings = settings
        self.keys = KeyStore.of(data_dir)

    def writes_open(self) -> bool:
        return self.settings.writes_need_key == "auto" and not _read_keys(self.keys.any_live)

    def describe(self) -> dict[str, object]:
        """What is open, for /health: the first thing to check when a call gets a 401."""
        try:
            live = _read_keys(self.keys.live_count)
        except KeysUnreadable as exc:  # health answers whatever state the file is in
            reads = "key" if self.settings.reads_need_key else "open"
            return {"reads": reads, "writes": "key", "keys": 0, "note": exc.message}
        writes_open = self.settings.writes_need_key == "auto" and live == 0
        return {
            "reads": "key" if self.settings.reads_need_key else "open",
            "writes": "open" if writes_open else "key",
            "keys": live,
            "note": (
                "no API key exists yet: anyone who can reach this server may create and delete"
                " saved searches; `newsintel keys create NAME` closes writes to key holders"
                if writes_open
                else "writes need an API key"
                + ("; reads too" if self.settings.reads_need_key else "; reads are open")
            ),
        }


def presented_key(request: Request) -> Optional[str]:
    authorization = request.headers.get("authorization")
    if authorization is not None:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise Unauthorized(f"the Authorization header must be 'Bearer KEY'; {HOW}")
        return value.strip()
    return request.headers.get("x-api-key")


# async: the check is a lookup in a tiny SQLite file (microseconds); a thread hop would cost more.
async def authorize(request: Request) -> Caller:
    gate: AccessGate = request.app.state.access
    address = request.client.host if request.client else "unknown"
    key_text = presented_key(request)
    if key_text is not None:
        key = _read_keys(lambda: gate.keys.verify(key_text))
        if key is None:
            raise Unauthorized(f"the API key sent is not valid (unknown or revoked); {HOW}")
        return Caller(address=address, key=key)
    route_path = getattr(request.scope.get("route"), "path", None)
    if route_path in PUBLIC_ROUTES:
        return Caller(address=address)
    if request.method in READ_METHODS:
        if gate.settings.reads_need_key and not _feed_token_opens(request, gate, route_path):
            raise Unauthorized(f"this server needs an API key for reads; {HOW}")
    elif not gate.writes_open():
        raise Unauthorized(f"{request.method} needs an API key; {HOW}")
    return Caller(address=address)


def _feed_token_opens(request: Request, gate: AccessGate, route_path: Optional[str]) -> bool:
    token = request.query_params.get("token")
    if token is None or route_path not in FEED_ROUTES:
        return False
    search_id = request.path_params.get("search_id")
    return _read_keys(lambda: opens_feed(gate.keys, search_id, token))


CallerDep = Annotated[Caller, Depends(authorize)]


class FeedTokens:
    """Feed tokens for the saved searches a response shows: None where reads are open (the
    feed URL alone works) or no keys file exists."""

    def __init__(self, gate: AccessGate):
        self.gate = gate
        self._secret: Optional[bytes] = None  # read once a request: a list shows many

    def of(self, search_id: int) -> Optional[str]:
        if not self.gate.settings.reads_need_key:
            return None
        if self._secret is None:
            self._secret = _read_keys(self.gate.keys.feed_secret)
        return None if self._secret is None else token_under(self._secret, search_id)


def feed_tokens(request: Request) -> FeedTokens:
    return FeedTokens(request.app.state.access)


FeedTokensDep = Annotated[FeedTokens, Depends(feed_tokens)]
