"""Middleware outside Starlette's own error middleware, so that it sees every response.

``app.add_middleware`` puts a middleware inside ``ServerErrorMiddleware``, which answers an
unhandled exception (our 500 handler) itself: a middleware added the usual way never sees
that answer, so 500s would go uncounted, unlogged and without security headers.
"""

from __future__ import annotations

from typing import Any, Callable

from fastapi import FastAPI


def wrap_outermost(app: FastAPI, middleware: Callable[..., Any], **options: Any) -> None:
    """Wrap ``app``'s whole middleware stack in ``middleware`` (the last call is outermost)."""
    build = app.build_middleware_stack

    def build_wrapped() -> Any:
        return middleware(build(), **options)

    app.build_middleware_stack = build_wrapped  # type: ignore[method-assign]
