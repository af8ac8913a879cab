"""Structured logs: one JSON object per line (time, level, logger, message, request id and
the request's fields), for the server's own lines and uvicorn's alike.

JSON escapes CR, LF and every other control character, so no input (a URL with a decoded
CR/LF, a header) can start a forged line; ``ensure_ascii`` also escapes U+2028/U+2029, which
some readers take for line ends.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any

from search_api.http.request_context import current_request_id

# Fields a log call may pass with ``extra=`` that go into the JSON object as they are.
REQUEST_FIELDS = ("method", "route", "path", "status", "duration_ms", "client")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or current_request_id()
        if request_id:
            entry["request_id"] = request_id
        for name in REQUEST_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=True, default=str)


def logging_config(level: str = "info", fmt: str = "json") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for ``newsintel serve`` (uvicorn's ``log_config``):
    every logger to stderr through one formatter. uvicorn's access log is off: the server
    writes its own request line (``search_api.access``) with the route and request id."""
    formatter: dict[str, Any] = (
        {"()": JsonFormatter}
        if fmt == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    )
    level = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
