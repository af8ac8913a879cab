"""The web page at / (one static HTML file and its script) for people who don't write HTTP."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from search_api.http.errors import NotFound

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
router = APIRouter(include_in_schema=False)

_MEDIA = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}


@router.get("/")
def index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", media_type=_MEDIA[".html"])


# Asset names are plain file names: anything else (a NUL byte, which made resolve() raise,
# separators, control characters) is a 404 before a path is built.
_ASSET_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}")


@router.get("/web/{name}")
def asset(name: str) -> FileResponse:
    if not _ASSET_NAME.fullmatch(name):
        raise NotFound("no such web asset")
    path = (WEB_DIR / name).resolve()
    if path.parent != WEB_DIR or path.suffix not in _MEDIA or not path.is_file():
        raise NotFound("no such web asset")
    return FileResponse(path, media_type=_MEDIA[path.suffix])
