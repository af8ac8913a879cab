"""Exports kept between requests (search_api.http.export_cache): the same bytes as the
streaming writer makes, made again once the store or the index changes; bounded."""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

import httpx
import pytest

from corpus.queries.figures import FigureFilters, iter_figures
from corpus.store import CorpusStore
from search_api.http.export_cache import ExportCache
from search_api.http.exports import ExportFormat, export_pieces
from search_api.http.routes.exports import FIGURE_COLUMNS

sys.path.insert(0, str(Path(__file__).resolve().parent))
import api_corpus  # noqa: E402
from api_server import index, serve  # noqa: E402

NEW_NEWS = dict(
    id="kabar-peserta-baru",
    url="https://kabarekonomi.example/2024/03/peserta-baru",
    source="kabarekonomi.id",
    title="BPJS Ketenagakerjaan Catat 123.456 Peserta Baru dari Sektor Nelayan",
    published="2024-03-05",
    text="Jakarta - BPJS Ketenagakerjaan mencatat 123.456 peserta baru dari sektor nelayan "
    "sepanjang Februari 2024. Pendaftaran nelayan dilakukan bersama dinas kelautan.",
)
NEW_EXTRACTION = {
    "published": "2024-03-05",
    "organizations": [api_corpus.BPJS],
    "figures": [
        {
            "value": 123456,
            "unit": "peserta",
            "text": "123.456 peserta",
            "context": "peserta baru dari sektor nelayan",
            "kind": "achievement",
            "sentence": "BPJS Ketenagakerjaan mencatat 123.456 peserta baru dari sektor nelayan.",
        }
    ],
}


def figures_file(data_dir: Path, fmt: ExportFormat) -> bytes:
    """The figures export as the streaming writer makes it from the store (no cache)."""
    with CorpusStore(data_dir / "corpus.sqlite", readonly=True) as store:
        pieces = export_pieces(iter_figures(store.db, FigureFilters(), "date"), fmt, FIGURE_COLUMNS)
        return "".join(pieces).encode("utf-8")


@pytest.fixture
def own_dir(indexed_dir: Path, tmp_path: Path) -> Path:
    """A copy of the indexed corpus that this test may change."""
    return Path(shutil.copytree(indexed_dir, tmp_path / "data"))


def test_kept_exports_are_the_same_bytes_and_change_with_the_store(own_dir):
    with serve(own_dir) as url, httpx.Client(base_url=url, timeout=60) as http:
        formats: tuple[ExportFormat, ...] = ("csv", "json")
        for fmt in formats:
            made = http.get(f"/export/figures.{fmt}")
            kept = http.get(f"/export/figures.{fmt}")
            assert made.status_code == kept.status_code == 200
            assert made.content == kept.content == figures_file(own_dir, fmt)
            assert kept.headers["content-length"] == str(len(made.content))
            assert kept.headers["content-disposition"] == f'attachment; filename="figures.{fmt}"'
        assert "123456" not in http.get("/export/figures.csv").text

        with CorpusStore(own_dir / "corpus.sqlite") as store:  # another process commits
            api_corpus.save(store, NEW_NEWS, NEW_EXTRACTION)

        for fmt in formats:
            after = http.get(f"/export/figures.{fmt}")
            assert "123456" in after.text
            assert after.content == figures_file(own_dir, fmt)
        listed = http.get("/figures", params={"q": "nelayan"}).json()
        assert listed["total"] == 1
        assert http.get("/export/figures.json", params={"q": "nelayan"}).json() == listed["items"]


def test_kept_search_exports_change_with_the_index(own_dir):
    params = {"q": "nelayan", "mode": "keyword"}
    with serve(own_dir) as url, httpx.Client(base_url=url, timeout=60) as http:
        before = http.get("/export/search.csv", params=params)
        assert before.status_code == 200 and NEW_NEWS["title"] not in before.text
        assert http.get("/export/search.csv", params=params).content == before.content

        with CorpusStore(own_dir / "corpus.sqlite") as store:
            api_corpus.save(store, NEW_NEWS, NEW_EXTRACTION)
        index(own_dir)  # `newsintel index`, in this process: the server's index changes

        after = http.get("/export/search.csv", params=params)
        assert NEW_NEWS["title"] in after.text
        assert after.text == http.get("/export/search.csv", params=params).text


def body_of(response) -> bytes:
    async def read() -> bytes:
        return b"".join([bytes(p) async for p in response.body_iterator])

    return asyncio.run(read())


def test_one_file_is_made_once_per_version():
    cache = ExportCache()
    made = []

    def produce():
        made.append(1)
        return iter(["id,value\n", "1,2\n"])

    for version in ("v1", "v1", "v2", "v2"):
        response = cache.respond("figures", version, produce, "text/csv", {})
        assert body_of(response) == b"id,value\n1,2\n"
    assert len(made) == 2  # once for v1, once for v2
    cache.respond("figures", None, produce, "text/csv", {})  # version unknown: not kept
    assert len(made) == 3 and len(cache) == 1


def test_the_cache_is_bounded():
    cache = ExportCache(max_bytes=1000, max_entry=400)
    for n in range(10):
        response = cache.respond(n, "v", lambda: iter(["x" * 300]), "text/csv", {})
        assert body_of(response) == b"x" * 300
    assert cache.size <= 1000 and len(cache) == 3  # the most recent three
    big = cache.respond("big", "v", lambda: iter(["y" * 300, "y" * 300]), "text/csv", {})
    assert body_of(big) == b"y" * 600  # streamed whole, not kept
    assert "big" not in cache._entries and cache.size <= 1000
