"""API keys: made and revoked with `newsintel keys`, checked by the server on each request.

A key is ``ni_<id>_<secret>``: the id finds the record, the secret proves the caller holds it.
Only a SHA-256 of the whole key is kept (the secret is 32 random bytes, so a slow hash adds
nothing); the key itself is shown once, when it is made. Keys live in their own small SQLite
file in the data dir, beside the saved searches: user data, not derived from crawling.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from corpus import sqlite
from corpus.sqlite_setup import set_up
from corpus.store import utc_now

KEYS_FILE = "api_keys.sqlite"
PREFIX = "ni_"
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_KEY = re.compile(r"ni_([0-9a-f]{12})_([A-Za-z0-9_-]{43})")

SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    key_sha256  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);
-- One live key per name, so `keys revoke NAME` means one key; revoked names may be reused.
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_live_name ON api_keys(name) WHERE revoked_at IS NULL;
-- The secret feed tokens are made from (search_api/http/access/feed_tokens.py); one row.
CREATE TABLE IF NOT EXISTS feed_secret (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    secret  BLOB NOT NULL
);
"""


class KeyProblem(ValueError):
    """A key name that is malformed, taken, or unknown: the message says which."""


@dataclass(frozen=True)
class ApiKey:
    id: str
    name: str
    created_at: str
    revoked_at: Optional[str] = None

    @property
    def live(self) -> bool:
        return self.revoked_at is None


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyStore:
    """The keys file of a data dir. Opened lazily: a server whose data dir has no keys file
    never creates one (a read-only data dir stays untouched)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._db: Optional[sqlite3.Connection] = None
        self._lock = threading.Lock()  # one connection, shared by the server's threads

    @classmethod
    def of(cls, data_dir: Path) -> "KeyStore":
        return cls(data_dir / KEYS_FILE)

    def _open(self, create: bool) -> Optional[sqlite3.Connection]:
        if self._db is None:
            if not create and not self.path.exists():
                return None
            fresh = not self.path.exists()
            db = sqlite.connect(self.path, rows=True, cache_kib=256)
            try:
                set_up(db, SCHEMA)  # a command (`keys create`) may be creating it right now
            except BaseException:
                db.close()
                raise
            self._db = db
            if fresh:
                os.chmod(self.path, 0o600)  # hashes only, but nobody else needs to read them
        return self._db

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def create(self, name: str) -> tuple[ApiKey, str]:
        """A new key named ``name``: its record, and the key itself (shown once, never kept)."""
        if not NAME.fullmatch(name):
            raise KeyProblem(
                f"key name {name[:70]!r} must be 1-64 letters, digits, '.', '_' or '-',"
                " starting with a letter or digit"
            )
        key_id = secrets.token_hex(6)
        key = f"{PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
        record = ApiKey(id=key_id, name=name, created_at=utc_now())
        with self._lock:
            db = self._open(create=True)
            assert db is not None
            try:
                db.execute(
                    "INSERT INTO api_keys(id, name, key_sha256, created_at) VALUES (?,?,?,?)",
                    (record.id, record.name, _digest(key), record.created_at),
                )
            except sqlite3.IntegrityError:
                raise KeyProblem(
                    f"a live key is already named {name!r}: revoke it first or pick another name"
                ) from None
        return record, key

    def list(self) -> list[ApiKey]:
        with self._lock:
            db = self._open(create=False)
            if db is None:
                return []
            rows = db.execute(
                "SELECT id, name, created_at, revoked_at FROM api_keys ORDER BY created_at, id"
            ).fetchall()
        return [ApiKey(**dict(row)) for row in rows]

    def revoke(self, name_or_id: str) -> ApiKey:
        """Revoke the live key with this id, else the live key with this name."""
        now = utc_now()
        with self._lock:
            db = self._open(create=False)
            row = None
            if db is not None:
                row = db.execute(
                    "SELECT id, name, created_at FROM api_keys WHERE revoked_at IS NULL"
                    " AND (id = ? OR name = ?) ORDER BY id = ? DESC LIMIT 1",
                    (name_or_id, name_or_id, name_or_id),
                ).fetchone()
            if db is None or row is None:
                raise KeyProblem(f"no live key named or with id {name_or_id[:70]!r}")
            db.execute("UPDATE api_keys SET revoked_at=? WHERE id=?", (now, row["id"]))
        return ApiKey(id=row["id"], name=row["name"], created_at=row["created_at"], revoked_at=now)

    def any_live(self) -> bool:
        with self._lock:
            db = self._open(create=False)
            if db is None:
                return False
            return (
                db.execute("SELECT 1 FROM api_keys WHERE revoked_at IS NULL LIMIT 1").fetchone()
                is not None
            )

    def live_count(self) -> int:
        with self._lock:
            db = self._open(create=False)
            if db is None:
                return 0
            return db.execute("SELECT count(*) FROM api_keys WHERE revoked_at IS NULL").fetchone()[
                0
            ]

    def feed_secret(self) -> Optional[bytes]:
        """The secret feed tokens are made from, made on first use; None without a keys file
        (then no key exists, so reads are open and feeds need no token)."""
        with self._lock:
            db = self._open(create=False)
            if db is None:
                return None
            db.execute(
                "INSERT OR IGNORE INTO feed_secret(id, secret) VALUES (1, ?)",
                (secrets.token_bytes(32),),
            )
            return bytes(db.execute("SELECT secret FROM feed_secret WHERE id = 1").fetchone()[0])

    def rotate_feed_secret(self) -> bool:
        """Forget the feed secret, so every feed URL given so far stops working; False when
        there was none."""
        with self._lock:
            db = self._open(create=False)
            return db is not None and db.execute("DELETE FROM feed_secret").rowcount > 0

    def verify(self, key: str) -> Optional[ApiKey]:
        """The live key record ``key`` belongs to, or None (unknown, malformed or revoked)."""
        match = _KEY.fullmatch(key)
        if match is None:
            return None
        with self._lock:
            db = self._open(create=False)
            if db is None:
                return None
            row = db.execute(
                "SELECT id, name, key_sha256, created_at FROM api_keys"
                " WHERE id = ? AND revoked_at IS NULL",
                (match.group(1),),
            ).fetchone()
        if row is None or not hmac.compare_digest(row["key_sha256"], _digest(key)):
            return None
        return ApiKey(id=row["id"], name=row["name"], created_at=row["created_at"])
