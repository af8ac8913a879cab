"""The web app at / for people who don't write HTTP: one static HTML page, its scripts and
style. Each view has its own address (/doc/{id}, /org/{id}...): the server answers index.html
for them and the page's router (web/router.js) shows the view. The view paths differ from the
API's (/documents/{id}, /organizations/{id}...), which keep answering JSON."""

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
    ".svg": "image/svg+xml",
}


# The page's views (see VIEWS in web/router.js); anything after the prefix is the view's to judge.
VIEW_PREFIXES = ("doc", "org", "reg")
VIEW_PAGES = ("partners", "explore", "regs", "saved")


def index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", media_type=_MEDIA[".html"])


router.add_api_route("/", index, methods=["GET"])
for _page in VIEW_PAGES:
    router.add_api_route(f"/{_page}", index, methods=["GET"])
for _prefix in VIEW_PREFIXES:
    router.add_api_route(f"/{_prefix}/{{rest:path}}", index, methods=["GET"])


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
