"""Finished export files, kept while the data they were made from is unchanged.

An export of every figure reads and writes the whole table (~0.2 s of one core for 2,000
figures) and, streamed in chunks through the thread pool, waited behind every other request
under load (8-11 s at 64 clients). The same export of the same data is the same bytes, so the
first request makes them and the next ones are sent them until the data changes:

- the key is the path with its query parameters; the version is a token of the data read
  (``corpus.data_version`` for the store, the backend's ``change_token`` for the index), so
  a commit makes the next request build the file again;
- one request builds a given file at a time (the others wait for it instead of building it too);
- bounded: files above ``MAX_ENTRY_BYTES`` are streamed as before and not kept, and the least
  recently used are dropped beyond ``MAX_CACHED_BYTES`` in all.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from itertools import chain
from typing import AsyncIterator, Callable, Hashable, Iterator, Optional

from fastapi.responses import StreamingResponse

MAX_CACHED_BYTES = 48 * 1024 * 1024
MAX_ENTRY_BYTES = 16 * 1024 * 1024
SEND_BYTES = 64 * 1024  # kept files go out in pieces: the socket buffers no whole copy


class ExportCache:
    def __init__(self, max_bytes: int = MAX_CACHED_BYTES, max_entry: int = MAX_ENTRY_BYTES):
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self._entries: OrderedDict[Hashable, tuple[Hashable, bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}
        self.built = 0  # files made (for tests and metrics)

    def respond(
        self,
        key: Hashable,
        version: Optional[Hashable],
        produce: Callable[[], Iterator[str]],
        media_type: str,
        headers: dict[str, str],
    ) -> StreamingResponse:
        """The export's response: the kept file when it is of ``version``, else made by
        ``produce`` (text pieces) and kept. ``version`` None (unknown): made, not kept.
        Called from a worker thread (it may wait for another request building the file)."""
        if version is None:
            return _streamed(_encoded(produce()), media_type, headers)
        with self._builder_of(key):
            body = self._get(key, version)
            if body is None:
                pieces = _encoded(produce())
                kept: list[bytes] = []
                size = 0
                for piece in pieces:
                    kept.append(piece)
                    size += len(piece)
                    if size > self.max_entry:  # too big to keep: send it as it is made
                        self._forget_builder(key)
                        return _streamed(chain(kept, pieces), media_type, headers)
                body = b"".join(kept)
                self._put(key, version, body)
        return StreamingResponse(
            _pieces_of(body),
            media_type=media_type,
            headers={**headers, "Content-Length": str(len(body))},
        )

    def _builder_of(self, key: Hashable) -> threading.Lock:
        with self._lock:
            return self._building.setdefault(key, threading.Lock())

    def _get(self, key: Hashable, version: Hashable) -> Optional[bytes]:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[0] != version:  # the data changed since: drop it
                self._drop(key)  # (its builder stays: the caller holds it)
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def _put(self, key: Hashable, version: Hashable, body: bytes) -> None:
        with self._lock:
            self.built += 1
            if key in self._entries:
                self._drop(key)
            self._entries[key] = (version, body)
            self._size += len(body)
            while self._size > self.max_bytes:
                oldest = next(iter(self._entries))
                self._drop(oldest)
                self._building.pop(oldest, None)  # so builders stay as few as the entries

    def _drop(self, key: Hashable) -> None:
        _, body = self._entries.pop(key)
        self._size -= len(body)

    def _forget_builder(self, key: Hashable) -> None:
        with self._lock:
            self._building.pop(key, None)

    @property
    def size(self) -> int:
        return self._size

    def __len__(self) -> int:
        return len(self._entries)


def _encoded(pieces: Iterator[str]) -> Iterator[bytes]:
    return (piece.encode("utf-8") for piece in pieces)


def _streamed(body: Iterator[bytes], media_type: str, headers: dict[str, str]) -> StreamingResponse:
    return StreamingResponse(body, media_type=media_type, headers=headers)


async def _pieces_of(body: bytes) -> AsyncIterator[bytes]:
    # An async iterator: no trip through the thread pool per piece, as a sync one would take.
    view = memoryview(body)
    for start in range(0, len(body), SEND_BYTES):
        yield bytes(view[start : start + SEND_BYTES])
