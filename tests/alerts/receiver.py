"""A real webhook receiver for the tests: http.server on 127.0.0.1 in a thread.

Records every POST (path and JSON body); ``fail_with`` makes it answer that status instead
(the POST is still recorded as an attempt); clearing ``answering`` holds every POST unanswered
and never taken (its sender is killed mid-POST) until it is set again. A plain module so
tests import it by name.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator


class Receiver:
    def __init__(self) -> None:
        self.taken: list[dict[str, Any]] = []  # payloads answered 2xx
        self.attempts: list[dict[str, Any]] = []  # every POST, taken or refused
        self.fail_with: int | None = None
        self.answering = threading.Event()
        self.answering.set()
        self.url = ""
        self.lock = threading.Lock()

    def payloads(self, kind: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [p for p in self.taken if kind is None or p.get("type") == kind]


@contextmanager
def receiving() -> Iterator[Receiver]:
    receiver = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"null")
            with receiver.lock:
                receiver.attempts.append(body)
                status = receiver.fail_with or 204
            if not receiver.answering.is_set():
                receiver.answering.wait(timeout=60)
                return  # held: the sender is gone, the connection is dropped unanswered
            with receiver.lock:
                if status < 300:
                    receiver.taken.append(body)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:  # keep the test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        yield receiver
    finally:
        receiver.answering.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
