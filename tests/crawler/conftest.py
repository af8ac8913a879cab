"""Crawler test fixtures: the sample site served by a real 127.0.0.1 server."""

from __future__ import annotations

import pytest

from samples.news_site import build_news_site
from samples.server import SampleSiteServer


@pytest.fixture(scope="module")
def news_server():
    with SampleSiteServer(build_news_site()) as server:
        yield server
