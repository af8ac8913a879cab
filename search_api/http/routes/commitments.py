"""GET /commitments: who signed what with whom, when, reported by which outlets."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, Query

from corpus.queries.commitments import CommitmentFilters, list_commitments
from search_api.http.deps import StoreDep
from search_api.http.errors import ERROR_RESPONSES
from search_api.http.pagination import decode_cursor, next_cursor
from search_api.http.params import Cursor, DateFrom, DateTo, Outlet, check_date_range, page_limit
from search_api.http.schemas import CommitmentList

router = APIRouter(tags=["commitments"], responses=ERROR_RESPONSES)

CommitmentSort = Annotated[
    Literal["date", "-date"], Query(description="-date: newest first; date: oldest first.")
]


async def commitment_filters(  # async: no I/O, no trip through the thread pool
    partner: Annotated[
        Optional[str],
        Query(
            max_length=200,
            description="Partner id, name, acronym or alias (part of it is enough).",
            examples=["APHTN-HAN"],
        ),
    ] = None,
    kind: Annotated[
        Optional[str],
        Query(max_length=50, description="Agreement kind: MoU, PKS, support...", examples=["MoU"]),
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    outlet: Outlet = None,
) -> CommitmentFilters:
    check_date_range(date_from, date_to)
    return CommitmentFilters(
        partner=partner, kind=kind, date_from=date_from, date_to=date_to, outlet=outlet
    )


@router.get("/commitments", response_model=CommitmentList, summary="Partner commitments")
def commitments(
    store: StoreDep,
    filters: Annotated[CommitmentFilters, Depends(commitment_filters)],
    sort: CommitmentSort = "-date",
    limit: Annotated[int, page_limit()] = 50,
    cursor: Cursor = None,
) -> CommitmentList:
    """MoUs (Nota Kesepahaman), PKS (Perjanjian Kerja Sama) and other commitments partners
    made, each with its date, signatories, scope, the news reporting it and every outlet that
    carried it. Reports of one signing by several articles are one item."""
    key = {**asdict(filters), "sort": sort}
    offset = decode_cursor(cursor, key)
    groups = list_commitments(store.db, filters, newest_first=sort == "-date")
    page = groups[offset : offset + limit]
    return CommitmentList(
        total=len(groups), items=page, next_cursor=next_cursor(offset, len(page), len(groups), key)
    )
