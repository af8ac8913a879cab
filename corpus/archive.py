"""Import an existing archive: JSONL records -> corpus store documents.

One JSON object a line: ``id``, ``url``, ``title``, ``text``, ``published``, ``outlet``. The
given ``id`` stays the document's id everywhere (results, API). A bad line is reported with its
line number and skipped; good lines are stored in batches, so nothing already stored is lost
and an interrupted import resumes where it stopped (unchanged documents cost nothing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator, Optional
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from corpus.store import Document
from indonesian.dates import parse_datetime

MAX_LINE_BYTES = 10_000_000


class IngestRecord(BaseModel):
    """One archive line. Unknown keys are kept in the document's metadata."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: Optional[str] = Field(None, min_length=1, max_length=500)
    url: Optional[str] = None
    title: Optional[str] = None
    text: str = Field(min_length=1)
    published: Optional[str] = None
    outlet: Optional[str] = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: Optional[str]) -> Optional[str]:
        """Only http(s) URLs are stored: the web page and exports link them, and a
        ``javascript:`` or ``data:`` URL there runs in the reader's browser."""
        if value and urlsplit(value).scheme.lower() not in ("http", "https"):
            shown = value[:60] + ("…" if len(value) > 60 else "")
            raise ValueError(f"url must start with http:// or https://, got {shown!r}")
        return value or None

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> Any:
        """ISO dates pass; other date shapes ("9/8/2022", "8 April 2021") are read as
        Indonesian dates (day first); anything unreadable is an error of the line."""
        if value in (None, ""):
            return None
        if isinstance(value, (date, datetime)):
            return value.isoformat()
        text = str(value).strip()
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(text).isoformat()
            except ValueError:
                continue
        parsed = parse_datetime(text)
        if parsed is None:
            raise ValueError(f"unreadable date {text!r}")
        return (
            parsed.isoformat()
            if (parsed.hour, parsed.minute) != (0, 0)
            else parsed.date().isoformat()
        )

    def document(self) -> Document:
        if not self.id and not self.url:
            raise ValueError("a record needs an id or a url")
        return Document(
            text=self.text,
            url=self.url or None,
            id=self.id,
            title=self.title,
            source=self.outlet,
            published=self.published,
            metadata=dict(self.model_extra or {}),
        )


@dataclass
class BadLine:
    line: int
    error: str


def read_jsonl(path: Path) -> Iterator[tuple[int, Document | BadLine]]:
    """(bytes read so far, Document or BadLine) for every non-blank line of the file."""
    offset = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            offset += len(raw)
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE_BYTES:
                yield offset, BadLine(number, f"line longer than {MAX_LINE_BYTES} bytes")
                continue
            try:
                data = json.loads(raw.decode("utf-8").rstrip("\r\n"))
                if not isinstance(data, dict):
                    raise ValueError(f"expected a JSON object, got {type(data).__name__}")
                yield offset, IngestRecord.model_validate(data).document()
            except UnicodeDecodeError as exc:
                yield offset, BadLine(number, f"not UTF-8 ({exc.reason} at byte {exc.start})")
            except json.JSONDecodeError as exc:
                yield offset, BadLine(number, f"invalid JSON: {exc.msg} (column {exc.colno})")
            except ValidationError as exc:
                yield (
                    offset,
                    BadLine(
                        number,
                        "; ".join(
                            f"{'.'.join(str(p) for p in err['loc']) or 'record'}: {err['msg']}"
                            for err in exc.errors()
                        ),
                    ),
                )
            except ValueError as exc:
                yield offset, BadLine(number, str(exc))
