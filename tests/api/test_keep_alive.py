"""A kept-alive connection outlives the clients' own idle expiry (httpx: 5 s), so a client
never sends a request on a connection the server is closing (a connection error under load)."""

from __future__ import annotations

import socket
import time
from urllib.parse import urlparse

from search_api.http.serve import KEEP_ALIVE_SECONDS

REQUEST = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
CLIENT_EXPIRY = 5.0  # httpx's keepalive_expiry; uvicorn's own default was the same


def response_head(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data  # closed by the server
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(
        next(
            line.split(b":")[1]
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_an_idle_connection_is_kept_longer_than_clients_keep_it(base_url):
    assert KEEP_ALIVE_SECONDS > 2 * CLIENT_EXPIRY
    address = urlparse(base_url)
    with socket.create_connection((address.hostname, address.port), timeout=30) as sock:
        sock.sendall(REQUEST)
        assert response_head(sock).startswith(b"HTTP/1.1 200")
        time.sleep(CLIENT_EXPIRY + 1.5)  # idle past the clients' expiry, as a loaded client is
        sock.sendall(REQUEST)
        assert response_head(sock).startswith(b"HTTP/1.1 200")  # not closed under it
