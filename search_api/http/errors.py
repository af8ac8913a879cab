"""Readable error answers: every 4xx names the parameter at fault; a 500 only for real bugs.

One shape for all errors (``ErrorResponse``) so clients and the web page show ``message`` as is.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from corpus.store import StoreError
from search_api.engine.backends.base import SearchBackendError
from search_api.http.access.policy import KeysUnreadable, Unauthorized
from search_api.http.access.rate_limit import RateLimited
from search_api.http.body_limit import MAX_BODY_BYTES
from search_api.http.request_context import current_request_id

log = logging.getLogger("search_api")


class ParameterProblem(BaseModel):
    parameter: str = Field(description="Name of the query or path parameter at fault.")
    location: str = Field("query", description="query | path | body")
    message: str
    input: Any = None


class ErrorResponse(BaseModel):
    error: str = Field(
        description="invalid_parameter | not_found | unauthorized | rate_limited | "
        "body_too_large | unavailable | internal_error"
    )
    message: str = Field(description="One readable sentence, naming the parameter at fault.")
    problems: list[ParameterProblem] = Field(default_factory=list)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "error": "invalid_parameter",
                    "message": "date_from: not a valid date (use YYYY-MM-DD), got '2023-13-45'",
                    "problems": [
                        {
                            "parameter": "date_from",
                            "location": "query",
                            "message": "not a valid date (use YYYY-MM-DD)",
                            "input": "2023-13-45",
                        }
                    ],
                }
            ]
        }
    }


# What each route may answer besides 200, for the OpenAPI document.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorResponse, "description": "A parameter is invalid; the answer names it."},
}
# BodyLimit refuses a bigger body before the route sees it (search_api/http/body_limit.py),
# on every route that writes, whether it reads a body or not.
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {
        "model": ErrorResponse,
        "description": f"The request body is larger than {MAX_BODY_BYTES:,} bytes "
        "(error body_too_large).",
    },
}
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "The request body is not readable JSON."},
    **TOO_LARGE,
}
# What any route may answer (the access policy and rate limits cover every route).
ACCESS_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {
        "model": ErrorResponse,
        "description": "An API key is needed (writes once any key exists; reads when the "
        "server says so), or the key sent is unknown or revoked.",
    },
    429: {
        "model": ErrorResponse,
        "description": "Too many requests from this key or address; Retry-After says when "
        "to try again.",
    },
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "No such item."}
}


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def loggable(text: str, limit: int = 500) -> str:
    """``text`` safe for one log line: control characters (a decoded CR/LF in a URL would
    start a forged line) escaped, and cut to ``limit`` characters."""
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), cut)


class ParameterError(Exception):
    """A parameter that passed type validation but makes no sense (bad cursor, empty range)."""

    def __init__(self, parameter: str, message: str, value: Any = None, location: str = "query"):
        super().__init__(f"{parameter}: {message}")
        self.problem = ParameterProblem(
            parameter=parameter, location=location, message=message, input=echo(value)
        )


class NotFound(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Unavailable(Exception):
    """A part the request needs (the search index) is not there; says how to build it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


_PLAIN = {
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "greater_than": "must be more than {gt}",
    "less_than": "must be less than {lt}",
    "int_parsing": "must be a whole number",
    "float_parsing": "must be a number",
    "finite_number": "must be a finite number",
    "bool_parsing": "must be true or false",
    "string_too_long": "is longer than {max_length} characters",
    "string_too_short": "is shorter than {min_length} characters",
    "too_long": "has more than {max_length} items",
    "missing": "is required",
    "literal_error": "must be one of {expected}",
    "enum": "must be one of {expected}",
}


def _friendly(error: dict) -> str:
    """Pydantic's message, made plainer for the common query-parameter cases."""
    kind, msg = error.get("type", ""), error.get("msg", "invalid value")
    if kind.startswith("date"):
        return "not a valid date (use YYYY-MM-DD)"
    if kind in _PLAIN:
        try:
            return _PLAIN[kind].format(**(error.get("ctx") or {}))
        except (KeyError, IndexError):
            pass
    return msg[0].lower() + msg[1:] if msg else msg


def _problem(error: dict) -> ParameterProblem:
    # Bracketed parts of a location are pydantic's notes (a dict's [key], a union's branch),
    # not names the caller wrote. A part the caller did write (a dict key) is cut short too.
    loc = [_cut(str(part)) for part in error.get("loc", ()) if not str(part).startswith("[")]
    location = loc[0] if loc and loc[0] in ("query", "path", "body", "header") else "query"
    name = ".".join(loc[1:]) if len(loc) > 1 else (loc[0] if loc else "request")
    value = error.get("input")
    if isinstance(value, (dict, list)) and location == "query":
        value = None  # the whole query dict is echoed for "missing": not useful
    return ParameterProblem(
        parameter=name, location=location, message=_friendly(error), input=echo(value)
    )


ECHO_CHARS = 100
NAME_CHARS = 60


def _cut(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS] + "…"


def echo(value: Any) -> Any:
    """Bad input as quoted back in an error: whole when short, else its first ``ECHO_CHARS``
    characters (a 50 MB value came back whole, twice, in a 100 MB answer)."""
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, default=str)
        return value if len(text) <= ECHO_CHARS else text[:ECHO_CHARS] + "…"
    if isinstance(value, (str, bytes)) and len(value) > ECHO_CHARS:
        text = value if isinstance(value, str) else value.decode("utf-8", "replace")
        return text[:ECHO_CHARS] + "…"
    return value


def _answer(
    status: int,
    error: str,
    message: str,
    problems: list[ParameterProblem] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorResponse(error=error, message=message, problems=problems or [])
    return JSONResponse(status_code=status, content=body.model_dump(mode="json"), headers=headers)


def _describe(problems: list[ParameterProblem]) -> str:
    parts = []
    for p in problems:
        got = "" if p.input is None else f", got {p.input!r}"
        parts.append(f"{p.parameter}: {p.message}{got}")
    return "; ".join(parts)


def storage_reason(exc: sqlite3.Error) -> str:
    """A short reason for a database failure, without paths."""
    text = str(exc).lower()
    if "full" in text:
        return "the data dir's disk is full: writes are refused until space is freed"
    if "readonly" in text or "read-only" in text:
        return "the data dir is read-only: writes are refused"
    if "not a database" in text or "malformed" in text:
        return "a database of the data dir is damaged (`newsintel check` names it)"
    if "unable to open" in text:
        return "a database of the data dir cannot be opened (missing, or a read-only folder)"
    return "a database of the data dir cannot be used right now"


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route takes at the request's path (FastAPI makes one route per
    method, and Starlette's 405 names only the first one it met)."""
    return [
        method
        for method in ("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT")
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL
            for route in request.app.router.routes
        )
    ]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [_problem(e) for e in exc.errors()]
        return _answer(422, "invalid_parameter", _describe(problems), problems)

    @app.exception_handler(ParameterError)
    async def parameter(_: Request, exc: ParameterError) -> JSONResponse:
        return _answer(422, "invalid_parameter", _describe([exc.problem]), [exc.problem])

    @app.exception_handler(Unauthorized)
    async def unauthorized(_: Request, exc: Unauthorized) -> JSONResponse:
        return _answer(401, "unauthorized", exc.message, headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(KeysUnreadable)
    async def keys_unreadable(_: Request, exc: KeysUnreadable) -> JSONResponse:
        return _answer(503, "unavailable", exc.message)

    @app.exception_handler(RateLimited)
    async def rate_limited(_: Request, exc: RateLimited) -> JSONResponse:
        return _answer(
            429, "rate_limited", exc.message, headers={"Retry-After": str(exc.retry_after)}
        )

    @app.exception_handler(NotFound)
    async def not_found(_: Request, exc: NotFound) -> JSONResponse:
        return _answer(404, "not_found", exc.message)

    @app.exception_handler(Unavailable)
    async def unavailable(_: Request, exc: Unavailable) -> JSONResponse:
        return _answer(503, "unavailable", exc.message)

    @app.exception_handler(SearchBackendError)
    async def backend_down(_: Request, exc: SearchBackendError) -> JSONResponse:
        # The index is missing, damaged or unreachable: its message says what to run.
        return _answer(503, "unavailable", str(exc))

    @app.exception_handler(sqlite3.Error)
    async def database_down(request: Request, exc: sqlite3.Error) -> JSONResponse:
        # A full disk, a read-only data dir, a damaged store: the service degrades (503 with
        # the reason; /health says degraded) rather than answering 500.
        log.warning("database unavailable on %s: %s", loggable(request.url.path), exc)
        return _answer(503, "unavailable", storage_reason(exc))

    @app.exception_handler(StoreError)
    async def store_unusable(_: Request, exc: StoreError) -> JSONResponse:
        return _answer(503, "unavailable", f"the corpus store cannot be used: {exc}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = f"no such endpoint: {request.url.path} (see /docs)"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail)
        name = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:  # RFC 9110: every method the path takes, not one route's
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return _answer(exc.status_code, name, message, headers=headers or None)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> JSONResponse:
        # The request's id: the same in the answer, its X-Request-ID header and the log.
        reference = current_request_id() or uuid.uuid4().hex[:12]
        log.exception(
            "internal error %s on %s %s", reference, request.method, loggable(str(request.url))
        )
        return _answer(
            500,
            "internal_error",
            f"internal error (reference {reference}); the server log has details",
        )
