"""Running searches for the API: pages of hits with their outlets, or every hit of a query."""

from __future__ import annotations

from typing import Iterator

from search_api.engine.backends import SearchBackend
from search_api.engine.models import MAX_LIMIT, Hit, SearchRequest
from search_api.http.errors import ParameterError
from search_api.http.schemas import SearchHit, SearchResults


def search_page(backend: SearchBackend, request: SearchRequest) -> SearchResults:
    try:
        response = backend.search(request)
    except ValueError as exc:  # the contract: a cursor that is not this request's
        raise ParameterError("cursor", str(exc), request.cursor) from None
    hits = [SearchHit.of(hit) for hit in response.hits]
    return SearchResults(**{**response.model_dump(exclude={"hits"}), "hits": hits})


def all_hits(backend: SearchBackend, request: SearchRequest, max_hits: int) -> Iterator[Hit]:
    """Every hit of a request, page after page, up to ``max_hits`` (exports, saved searches)."""
    page_request = request.model_copy(update={"limit": MAX_LIMIT, "cursor": None, "facets": False})
    produced = 0
    while produced < max_hits:
        page = backend.search(page_request)
        for hit in page.hits[: max_hits - produced]:
            yield hit
            produced += 1
        if not page.next_cursor or not page.hits:
            return
        page_request = page_request.model_copy(update={"cursor": page.next_cursor})
