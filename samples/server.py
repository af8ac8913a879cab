"""A real HTTP server on 127.0.0.1 that serves a ``Site`` from memory.

Used by the crawler tests (port 0, context manager) and by the demo (fixed port):

    with SampleSiteServer(build_news_site()) as server:
        server.url                      # "http://127.0.0.1:PORT"
        server.manifest                 # ground truth with absolute URLs
        server.requests_for("/robots.txt")

Every request is recorded (method, path, headers, status) so tests can check that
robots.txt was obeyed, retries happened and conditional requests were sent.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from samples.site import BoundResource, Site, combine_sites, http_date, route_key

NOT_FOUND_PAGE = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>404 - Halaman tidak '
    "ditemukan</title></head><body><h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda "
    'cari tidak tersedia.</p><p><a href="/">Kembali ke beranda</a></p></body></html>'
).encode("utf-8")


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # as requested, with query string
    headers: dict[str, str]  # lower-cased names
    status: int
    at: float


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # keep-alive responses otherwise stall ~40 ms (delayed ACK)
    server_version = "SampleNews/1.0"

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: requests are recorded
        return

    def _answer(self, send_body: bool) -> None:
        owner = self.server.owner
        key = route_key(self.path)
        bound = owner.bound.get(key)
        status, headers, body = owner.respond(bound, key, self.headers)
        owner.record(self.command, self.path, self.headers, status)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (e.g. a crawler's maximum page size): not our error


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: "SampleSiteServer"


class SampleSiteServer:
    """Serve ``site`` on ``host:port`` (0 picks a free port) in a background thread."""

    def __init__(self, site: Site, host: str = "127.0.0.1", port: int = 0) -> None:
        self.site = site
        self._httpd = _Server((host, port), _Handler)
        self._httpd.owner = self
        bound_host, self.port = self._httpd.server_address[:2]
        # An AF_INET server's address is text; socketserver's type also allows Unix bytes paths.
        self.host = bound_host.decode() if isinstance(bound_host, bytes) else bound_host
        self.url = f"http://{self.host}:{self.port}"
        self.bound: dict[str, BoundResource] = site.bind(self.url)
        self._lock = threading.Lock()
        self._served: dict[str, int] = {}  # route key -> answers given (for fail_first)
        self.requests: list[RecordedRequest] = []
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> "SampleSiteServer":
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sample-site-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> "SampleSiteServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- ground truth and request log -------------------------------------------------------
    @property
    def manifest(self) -> dict[str, Any]:
        return self.site.manifest(self.url)

    def record(self, method: str, path: str, headers: Any, status: int) -> None:
        entry = RecordedRequest(
            method, path, {k.lower(): v for k, v in headers.items()}, status, time.time()
        )
        with self._lock:
            self.requests.append(entry)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        """Requests whose route (path, tracking parameters ignored) equals ``path``;
        ``path`` may also be an absolute URL of this server."""
        if path.startswith(self.url):
            path = path[len(self.url) :] or "/"
        key = route_key(path)
        with self._lock:
            return [r for r in self.requests if route_key(r.path) == key]

    def paths_requested(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    # -- answering ----------------------------------------------------------------------------
    def respond(
        self, bound: BoundResource | None, key: str, request_headers: Any
    ) -> tuple[int, dict[str, str], bytes]:
        if bound is None:
            return 404, {"Content-Type": "text/html; charset=utf-8"}, NOT_FOUND_PAGE
        resource = bound.resource
        with self._lock:
            count = self._served.get(key, 0)
            self._served[key] = count + 1
        if count < len(resource.fail_first):
            status, extra = resource.fail_first[count]
            headers = {"Content-Type": "text/html; charset=utf-8", **extra}
            body = f"<html><body><h1>{status}</h1></body></html>".encode()
            return status, headers, body

        headers = {"Content-Type": resource.content_type, **bound.headers}
        if bound.etag:
            headers["ETag"] = bound.etag
        if bound.last_modified and resource.conditional:
            headers["Last-Modified"] = http_date(bound.last_modified)
        if resource.status == 200 and _not_modified(bound, request_headers):
            return 304, {k: v for k, v in headers.items() if k != "Content-Type"}, b""
        return resource.status, headers, bound.body


def _not_modified(bound: BoundResource, request_headers: Any) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since when both are sent."""
    if_none_match = request_headers.get("If-None-Match")
    if if_none_match is not None:
        if not bound.etag:
            return False
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or bound.etag in tags
    if_modified_since = request_headers.get("If-Modified-Since")
    if if_modified_since and bound.last_modified:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return bound.last_modified.replace(microsecond=0) <= since
    return False


def _describe(server: SampleSiteServer) -> str:
    manifest = server.manifest
    lines = [f"Sample site {server.site.name!r} at {server.url}/"]
    for key in ("robots", "sitemap_index"):
        if key in manifest:
            lines.append(f"  {key}: {manifest[key]}")
    for outlet in manifest.get("outlets", []):
        lines.append(f"  outlet {outlet['name']}: {outlet['home']}")
    if manifest.get("regulation_listing_pages"):
        lines.append(f"  regulations: {manifest['regulation_listing_pages'][0]}")
    lines.append(
        f"  {len(manifest['articles'])} articles and {len(manifest.get('regulations', []))} "
        "regulations to store, "
        f"{len(manifest['special'])} special URLs"
    )
    return "\n".join(lines)


def build_site(kind: str = "all", n_articles: int = 2000) -> Site:
    """The site the command line serves: news, regulations, both, or the generated one."""
    if kind == "generated":
        from samples.generated import generate_site

        return generate_site(n_articles=n_articles)
    from samples.news_site import build_news_site
    from samples.regulation_site import build_regulation_site

    if kind == "news":
        return build_news_site()
    if kind == "regulations":
        return build_regulation_site()
    return combine_sites("news+regulations", build_news_site(), build_regulation_site())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the newsintel sample site on 127.0.0.1.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8701)
    parser.add_argument(
        "--site",
        choices=("all", "news", "regulations", "generated"),
        default="all",
        help="all: the news outlets and the regulation database",
    )
    parser.add_argument("--articles", type=int, default=2000, help="for --site generated")
    parser.add_argument("--manifest", help="write the ground-truth manifest JSON to this file")
    args = parser.parse_args(argv)

    site = build_site(args.site, args.articles)
    server = SampleSiteServer(site, host=args.host, port=args.port).start()
    print(_describe(server), flush=True)
    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8") as handle:
            json.dump(server.manifest, handle, ensure_ascii=False, indent=2)
        print(f"  manifest written to {args.manifest}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
