"""GET /metrics: Prometheus text format (search_api.http.metrics says what is counted)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

router = APIRouter(tags=["health"])


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Metrics as text."}},
)
def metrics(request: Request) -> Response:
    """Requests by route template and status, latency histograms, unhandled errors, and what
    the store and the index hold. A read like any other: it needs a key when reads do."""
    return Response(
        generate_latest(request.app.state.metrics_registry), media_type=CONTENT_TYPE_LATEST
    )
