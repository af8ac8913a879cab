"""GET /organizations and /organizations/{id}: partners, aliases, mentions over time."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Path, Query

from corpus.queries.commitments import CommitmentFilters, list_commitments
from corpus.queries.organizations import (
    count_organizations,
    coverage_share,
    list_organizations,
    organization_detail,
    resolve_org_id,
)
from search_api.http.deps import StoreDep
from search_api.http.errors import ERROR_RESPONSES, NOT_FOUND, NotFound
from search_api.http.pagination import decode_cursor, next_cursor
from search_api.http.params import Cursor, page_limit
from search_api.http.schemas import OrganizationDetail, OrganizationList

router = APIRouter(tags=["organizations"], responses=ERROR_RESPONSES)


@router.get("/organizations", response_model=OrganizationList, summary="Find organisations")
def organizations(
    store: StoreDep,
    q: Annotated[
        Optional[str],
        Query(
            max_length=200,
            description="Part of a name, acronym or alias (case-insensitive).",
            examples=["jamsostek"],
        ),
    ] = None,
    kind: Annotated[
        Optional[str],
        Query(
            max_length=100,
            description="Organisation kind, as extracted (e.g. association, ministry).",
        ),
    ] = None,
    sort: Annotated[
        Literal["documents", "commitments", "name", "last_seen"],
        Query(
            description="documents / commitments: most first; name: A-Z; last_seen: most "
            "recently mentioned first."
        ),
    ] = "documents",
    limit: Annotated[int, page_limit()] = 50,
    cursor: Cursor = None,
) -> OrganizationList:
    """Organisations found in the news, each under one canonical id with all its names, and
    how many documents mention it and how many commitments it made."""
    key = {"q": q, "kind": kind, "sort": sort}
    offset = decode_cursor(cursor, key)
    total = count_organizations(store.db, q, kind)
    items = list_organizations(store.db, q, kind, sort, limit, offset)
    return OrganizationList(
        total=total, items=items, next_cursor=next_cursor(offset, len(items), total, key)
    )


@router.get(
    "/organizations/{org_id:path}",
    response_model=OrganizationDetail,
    responses=NOT_FOUND,
    summary="One organisation",
)
def organization(
    store: StoreDep,
    org_id: Annotated[
        str,
        Path(
            max_length=300,
            description="Canonical id, or any name, acronym or alias of the organisation.",
            examples=["aphtn-han", "BPJAMSOSTEK"],
        ),
    ],
) -> OrganizationDetail:
    """Aliases, names used by the documents, mentions per month, its people with their roles,
    its commitments (with the outlets reporting them), the latest documents mentioning it and
    its share of coverage against the other partners."""
    canonical = resolve_org_id(store.db, org_id)
    detail = organization_detail(store.db, canonical) if canonical else None
    if canonical is None or detail is None:
        raise NotFound(
            f"no organisation with id, name or alias {org_id!r} (search with /organizations?q=)"
        )
    detail["commitments"] = list_commitments(store.db, CommitmentFilters(partner_id=canonical))
    detail["coverage_share"] = coverage_share(store.db, canonical)
    return OrganizationDetail(**detail)
