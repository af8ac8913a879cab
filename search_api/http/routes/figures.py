"""GET /figures: extracted numbers with what they measure, their sentence, date and source."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, Query

from corpus.queries.figures import FigureFilters, count_figures, iter_figures, list_measures
from search_api.http.deps import StoreDep
from search_api.http.errors import ERROR_RESPONSES
from search_api.http.pagination import decode_cursor, next_cursor
from search_api.http.params import (
    Cursor,
    DateFrom,
    DateTo,
    Outlet,
    check_date_range,
    check_value_range,
    page_limit,
)
from search_api.http.schemas import FigureList, Measure

router = APIRouter(tags=["figures"], responses=ERROR_RESPONSES)

FigureSort = Annotated[
    Literal["date", "-date", "value", "-value"],
    Query(description="date / value: ascending; -date / -value: descending. Undated last."),
]


async def figure_filters(  # async: no I/O, no trip through the thread pool
    q: Annotated[
        Optional[str],
        Query(
            max_length=300,
            description="Words that must all start a word of what is measured "
            "(the figure's context), the figure as written or its unit.",
            examples=["peserta aktif"],
        ),
    ] = None,
    measure: Annotated[
        Optional[str],
        Query(
            max_length=100,
            pattern=r"^[a-z0-9_]+$",
            description="What is measured, normalised (a label of nlp/data/measures.yaml): "
            "the same quantity however the articles word it.",
            examples=["peserta_aktif"],
        ),
    ] = None,
    unit: Annotated[
        Optional[str],
        Query(
            max_length=100, description="Unit, exactly (case-insensitive).", examples=["pekerja"]
        ),
    ] = None,
    kind: Annotated[
        Optional[Literal["target", "achievement"]], Query(description="target or achievement.")
    ] = None,
    value_min: Annotated[
        Optional[float], Query(description="Value at least this.", examples=[1000000])
    ] = None,
    value_max: Annotated[
        Optional[float], Query(description="Value at most this.", examples=[100000000])
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    outlet: Outlet = None,
) -> FigureFilters:
    check_date_range(date_from, date_to)
    check_value_range(value_min, value_max)
    return FigureFilters(
        q=q,
        measure=measure,
        unit=unit,
        kind=kind,
        value_min=value_min,
        value_max=value_max,
        date_from=date_from,
        date_to=date_to,
        outlet=outlet,
    )


@router.get("/figures", response_model=FigureList, summary="Extracted figures")
def figures(
    store: StoreDep,
    filters: Annotated[FigureFilters, Depends(figure_filters)],
    sort: FigureSort = "date",
    limit: Annotated[int, page_limit()] = 50,
    cursor: Cursor = None,
) -> FigureList:
    """Figures such as "40,2 juta" peserta aktif with their normalised value (40200000), unit,
    what is measured, the sentence they came from, the date they refer to and the document.
    Sort by date to follow a measure over time."""
    key = {**asdict(filters), "sort": sort}
    offset = decode_cursor(cursor, key)
    total = count_figures(store.db, filters)
    items = list(iter_figures(store.db, filters, sort, limit, offset))
    return FigureList(
        total=total, items=items, next_cursor=next_cursor(offset, len(items), total, key)
    )


@router.get("/figures/measures", response_model=list[Measure], summary="What the figures measure")
def measures(store: StoreDep) -> list[Measure]:
    """Every normalised measure (peserta_aktif, iuran...) with its English name, how many
    figures carry it, their units and the dates they span, most common first: the values to
    pass as /figures?measure=."""
    return [Measure(**m) for m in list_measures(store.db)]
