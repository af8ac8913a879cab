"""Run the API with uvicorn on a socket we bind ourselves, so the printed URL is the real one
(port 0 picks a free port) and a port already in use is a clear error, not a traceback."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Callable, Optional

import uvicorn

from search_api.http.access.settings import AccessSettings
from search_api.http.app import create_app
from search_api.http.json_logs import logging_config
from search_api.http.request_threads import DEFAULT_REQUEST_THREADS

# How long an idle kept-alive connection stays open. uvicorn's 5 s equals common clients' own
# expiry (httpx: 5 s), and the server's count starts when it hands the response over: a
# loaded client that reads it late reuses the connection just as the server closes it and
# gets a connection error for a request the server never read (ReadError in the load run).
# Longer than the clients' expiry, the client always closes first (nginx keeps 75 s).
KEEP_ALIVE_SECONDS = 75


class PortUnavailable(OSError):
    pass


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted connections only for
    # sockets that say so; without it every kept-alive response waits ~40 ms (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise PortUnavailable(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _loopback(host: str) -> bool:
    return host in ("127.0.0.1", "::1", "localhost") or host.startswith("127.")


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    backend: Optional[str] = None,
    log_level: str = "info",
    announce: Callable[[str], None] = print,
    access: Optional[AccessSettings] = None,
    log_format: str = "json",
    request_threads: int = DEFAULT_REQUEST_THREADS,
) -> None:
    """Serve until interrupted; ``announce`` gets the URL once the socket listens."""
    sock = bind(host, port)
    app = create_app(data_dir, backend=backend, access=access, request_threads=request_threads)
    announce(url_of(sock))
    policy = app.state.access.describe()
    if policy["writes"] == "open" and not _loopback(host):
        print(f"warning: {policy['note']}", flush=True)
    # uvicorn's access log is off: ObserveRequests writes each request's line, with its route
    # template, status, duration and request id, through the same formatter.
    config = uvicorn.Config(
        app,
        log_level=log_level,
        log_config=logging_config(log_level, log_format),
        access_log=False,
        # X-Forwarded-For only from the proxies the operator names: the client address is
        # what the rate limits count by.
        proxy_headers=bool(app.state.access.settings.trusted_proxies),
        forwarded_allow_ips=list(app.state.access.settings.trusted_proxies) or None,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )
    uvicorn.Server(config).run(sockets=[sock])
