"""One middleware that sees every request whole: gives it an id (X-Request-ID), times it,
counts it in /metrics by route template and status, and writes its JSON log line.

Runs outside Starlette's error middleware (search_api.http.outermost), so 500s are counted
and logged like any other answer.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from search_api.http.metrics import RequestMetrics
from search_api.http.request_context import (
    request_id_from,
    reset_request_id,
    set_request_id,
)
from search_api.http.security_headers import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("search_api.access")
PATH_CHARS = 200


def route_of(scope: Scope) -> str:
    """The matched route's template; ``unmatched`` for a path no route takes (a 404)."""
    route: Any = scope.get("route")
    return getattr(route, "path", None) or "unmatched"


class ObserveRequests:
    def __init__(self, app: ASGIApp, metrics: RequestMetrics):
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = dict(scope.get("headers") or [])
        header = headers.get(b"x-request-id")
        request_id = request_id_from(header.decode("latin-1") if header is not None else None)
        token = set_request_id(request_id)
        status = 500  # unless the app answers

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        self.metrics.in_flight.inc()
        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            self.metrics.errors.labels(route_of(scope)).inc()
            raise
        finally:
            self.metrics.in_flight.dec()
            seconds = time.perf_counter() - started
            route = route_of(scope)
            self.metrics.observe(scope["method"], route, status, seconds)
            client = scope.get("client")
            access_log.info(
                "%s %s %s",
                scope["method"],
                route,
                status,
                extra={
                    "method": scope["method"],
                    "route": route,
                    "path": scope.get("path", "")[:PATH_CHARS],
                    "status": status,
                    "duration_ms": round(seconds * 1000, 2),
                    "client": client[0] if client else None,
                },
            )
            reset_request_id(token)
