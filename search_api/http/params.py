"""Query parameters shared by several endpoints, declared once with descriptions and examples."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Annotated, Any, Literal, Optional

from fastapi import Query
from pydantic import BeforeValidator, StringConstraints, ValidationError

from search_api.engine.models import MAX_LIMIT, SearchMode, SearchRequest, SortOrder
from search_api.http.errors import ParameterError

DocType = Literal["news", "regulation"]

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic would also read "0" or "1700000000" as a Unix time."""
    if isinstance(value, str) and not ISO_DAY.fullmatch(value.strip()):
        raise ValueError("not a valid date (use YYYY-MM-DD)")
    return value


Day = Annotated[date, BeforeValidator(_iso_day)]

# Bounds of a repeated filter (outlet=A&outlet=B...): how many values, how long each. Every
# parameter is bounded so no request makes the server hold or search more than a page's worth.
MAX_FILTER_VALUES = 20
MAX_FILTER_CHARS = 300
FilterText = Annotated[str, StringConstraints(max_length=MAX_FILTER_CHARS)]

DateFrom = Annotated[
    Optional[Day],
    Query(description="On or after this day (YYYY-MM-DD, inclusive).", examples=["2022-08-01"]),
]
DateTo = Annotated[
    Optional[Day],
    Query(description="On or before this day (YYYY-MM-DD, inclusive).", examples=["2023-12-31"]),
]
Cursor = Annotated[
    Optional[str],
    Query(
        max_length=2000, description="`next_cursor` of the previous page; omit for the first page."
    ),
]
Outlet = Annotated[
    Optional[str],
    Query(
        max_length=200,
        description="Only documents from this outlet (source name).",
        examples=["kabarekonomi.id"],
    ),
]


def page_limit(maximum: int = MAX_LIMIT) -> Any:
    return Query(ge=1, le=maximum, description=f"Items per page (1-{maximum}).")


def check_date_range(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise ParameterError(
            "date_to", f"is before date_from ({date_from.isoformat()})", date_to.isoformat()
        )


def check_value_range(low: float | None, high: float | None) -> None:
    if low is not None and high is not None and low > high:
        raise ParameterError("value_max", f"is below value_min ({low:g})", high)


# Query-parameter names of the search filters -> SearchRequest fields.
LIST_FILTERS = {
    "outlet": "outlets",
    "organization": "organizations",
    "person": "people",
    "regulation": "regulations",
}


@dataclass
class SearchQuery:
    """What to search for: the query and its filters (no sort or page)."""

    q: str = ""
    mode: SearchMode = SearchMode.hybrid
    date_from: Optional[date] = None
    date_to: Optional[date] = None
    outlet: list[str] = field(default_factory=list)
    organization: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)
    regulation: list[str] = field(default_factory=list)
    doc_type: Optional[str] = None

    def request(self, **page: Any) -> SearchRequest:
        check_date_range(self.date_from, self.date_to)
        fields = {LIST_FILTERS.get(k, k): v for k, v in asdict(self).items()}
        try:
            return SearchRequest(**fields, **page)
        except ValidationError as exc:  # limits the declared parameters missed
            error = exc.errors()[0]
            name = str(error["loc"][0]) if error.get("loc") else "q"
            name = {v: k for k, v in LIST_FILTERS.items()}.get(name, name)
            raise ParameterError(name, error["msg"], error.get("input")) from None

    def filters(self) -> dict[str, Any]:
        """The non-empty filters, JSON-ready, as query-parameter names."""
        out = {}
        for key, value in asdict(self).items():
            if key in ("q", "mode") or value in (None, [], ""):
                continue
            out[key] = value.isoformat() if isinstance(value, date) else value
        return out

    @classmethod
    def from_saved(cls, q: str, mode: str, filters: dict[str, Any]) -> "SearchQuery":
        """Rebuild from a saved search, checking every filter like a query parameter."""
        known = {"date_from", "date_to", "doc_type", *LIST_FILTERS}
        for key in filters:
            if key not in known:
                raise ParameterError(
                    f"filters.{key}",
                    f"is not a search filter (use {', '.join(sorted(known))})",
                    location="body",
                )
        values: dict[str, Any] = {"q": q}
        try:
            values["mode"] = SearchMode(mode)
        except ValueError:
            raise ParameterError(
                "mode", "must be one of hybrid, keyword, semantic", mode, "body"
            ) from None
        for key, value in filters.items():
            if key in LIST_FILTERS:
                value = [value] if isinstance(value, str) else value
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ParameterError(
                        f"filters.{key}", "must be a string or a list of strings", value, "body"
                    )
            elif key in ("date_from", "date_to") and value is not None:
                try:
                    value = date.fromisoformat(str(value))
                except ValueError:
                    raise ParameterError(
                        f"filters.{key}", "not a valid date (use YYYY-MM-DD)", value, "body"
                    ) from None
            elif key == "doc_type" and value not in (None, "news", "regulation"):
                raise ParameterError(
                    "filters.doc_type", "must be news or regulation", value, "body"
                )
            values[key] = value
        return cls(**values)


async def search_query(  # async: no I/O, no trip through the thread pool
    q: Annotated[
        str,
        Query(
            max_length=1000,
            description="What to look for, in Indonesian or English. Keyword "
            'syntax: AND, OR, NOT, -word, "exact phrase". Empty: every document passing the '
            "filters.",
            examples=["target 70 juta peserta"],
        ),
    ] = "",
    mode: Annotated[
        SearchMode,
        Query(
            description="hybrid (keyword + semantic, fused), keyword (BM25 with Indonesian "
            "stemming) or semantic (multilingual embeddings)."
        ),
    ] = SearchMode.hybrid,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    outlet: Annotated[
        list[FilterText],
        Query(
            max_length=MAX_FILTER_VALUES,
            description="Outlet names; repeat for several (OR).",
            examples=[["kabarekonomi.id"]],
        ),
    ] = [],
    organization: Annotated[
        list[FilterText],
        Query(
            max_length=MAX_FILTER_VALUES,
            description="Organisation id, name, acronym or alias; repeat for several (OR).",
            examples=[["APHTN-HAN"]],
        ),
    ] = [],
    person: Annotated[
        list[FilterText],
        Query(
            max_length=MAX_FILTER_VALUES,
            description="Person name; repeat for several (OR).",
            examples=[["Anggoro Eko Cahyo"]],
        ),
    ] = [],
    regulation: Annotated[
        list[FilterText],
        Query(
            max_length=MAX_FILTER_VALUES,
            description='Regulation, written any usual way ("Inpres 2/2021", "Instruksi '
            'Presiden Nomor 2 Tahun 2021"); repeat for several (OR).',
            examples=[["Inpres 2/2021"]],
        ),
    ] = [],
    doc_type: Annotated[Optional[DocType], Query(description="news or regulation.")] = None,
) -> SearchQuery:
    return SearchQuery(
        q=q,
        mode=mode,
        date_from=date_from,
        date_to=date_to,
        outlet=outlet,
        organization=organization,
        person=person,
        regulation=regulation,
        doc_type=doc_type,
    )


SortParam = Annotated[
    SortOrder, Query(description="relevance (best first) or date (newest first).")
]
