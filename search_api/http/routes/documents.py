"""GET /documents/{id}: a document with its extraction, copies and cited regulations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from corpus.queries.documents import document_detail
from search_api.http.deps import StoreDep
from search_api.http.errors import ERROR_RESPONSES, NOT_FOUND, NotFound
from search_api.http.schemas import DocumentDetail

router = APIRouter(tags=["documents"], responses={**ERROR_RESPONSES, **NOT_FOUND})


@router.get("/documents/{doc_id}", response_model=DocumentDetail, summary="One document")
def get_document(
    store: StoreDep,
    doc_id: Annotated[
        str,
        Path(
            max_length=500,
            description="Document id (as in search hits; the id given on ingest is kept).",
            examples=["0deb6f47a3edc079"],
        ),
    ],
) -> DocumentDetail:
    """The stored text and metadata, its enrichment (people, organisations, figures, dates,
    regulations, locations, commitments, quotes), its syndicated copies and the regulations it
    cites, resolved to stored regulations where possible."""
    detail = document_detail(store.db, doc_id)
    if detail is None:
        raise NotFound(f"no document with id {doc_id!r}")
    return DocumentDetail(**detail)
