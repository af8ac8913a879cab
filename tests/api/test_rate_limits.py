"""Issue 16, defect 3 (no rate limiting: 300 quick requests, 0 x 429): token buckets per key or
address, searches/exports/writes apart from cheap reads, 429 with Retry-After."""

from __future__ import annotations

import httpx
import pytest
from api_server import newsintel, serve

from search_api.http.access.rate_limit import TokenBuckets, budget_of
from search_api.http.access.settings import AccessSettings, Rate, SettingError


def test_the_default_limit_stops_a_burst_of_searches(private_copy):
    defaults = AccessSettings()
    env = {"NEWSINTEL_RATE_SEARCH": str(defaults.rate_search)}  # the harness turns limits off
    with serve(private_copy, env=env) as url, httpx.Client(base_url=url, timeout=60) as client:
        codes = [
            client.get("/search", params={"q": "bpjs", "mode": "keyword"}).status_code
            for _ in range(300)  # the probe
        ]
        assert codes.count(429) >= 100 and set(codes) == {200, 429}, codes
        assert client.get("/organizations").status_code == 200  # its own budget


def test_budgets_keys_and_retry_after(private_copy):
    env = {"NEWSINTEL_RATE_SEARCH": "3/minute", "NEWSINTEL_RATE_READ": "10/minute"}
    key = newsintel(private_copy, "keys", "create", "bot").stdout.strip()
    with serve(private_copy, env=env) as url, httpx.Client(base_url=url, timeout=60) as client:
        for _ in range(3):
            assert client.get("/search", params={"q": "bpjs"}).status_code == 200
        limited = client.get("/export/search.csv", params={"q": "bpjs"})
        assert limited.status_code == 429 and limited.json()["error"] == "rate_limited"
        assert 1 <= int(limited.headers["retry-after"]) <= 20  # one search per 20 s
        assert "3/minute" in limited.json()["message"]
        # A key has its own budget; writes spend the search budget.
        keyed = {"X-API-Key": key}
        assert client.get("/timeline", params={"q": "bpjs"}, headers=keyed).status_code == 200
        body = {"name": "a", "q": "bpjs", "mode": "keyword"}
        assert client.post("/saved-searches", json=body, headers=keyed).status_code == 201
        assert client.post("/saved-searches", json=body, headers=keyed).status_code == 201
        assert client.post("/saved-searches", json=body, headers=keyed).status_code == 429
        # Cheap reads have their own budget (the key's is untouched by its searches).
        reads = [client.get("/organizations", headers=keyed).status_code for _ in range(12)]
        assert reads.count(200) == 10 and reads[-1] == 429, reads


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget(private_copy):
    env = {"NEWSINTEL_RATE_SEARCH": "2/minute"}
    search = {"q": "bpjs", "mode": "keyword"}

    def codes(client: httpx.Client, forwarded_for: str) -> list[int]:
        headers = {"X-Forwarded-For": forwarded_for}
        return [client.get("/search", params=search, headers=headers).status_code for _ in range(3)]

    # Without the setting a client cannot pick its address (and so a fresh budget).
    with serve(private_copy, env=env) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert codes(client, "203.0.113.7") == [200, 200, 429]
        assert codes(client, "203.0.113.8") == [429, 429, 429]
    # With the test's own address as the proxy, each forwarded client counts apart.
    trusted = {**env, "NEWSINTEL_TRUSTED_PROXIES": "127.0.0.0/8"}
    with serve(private_copy, env=trusted) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert codes(client, "203.0.113.7") == [200, 200, 429]
        assert codes(client, "203.0.113.8") == [200, 200, 429]
        assert codes(client, "198.51.100.1, 203.0.113.7") == [429, 429, 429]  # the proxy's view


def test_token_bucket_refills_at_its_rate():
    now = [0.0]
    buckets = TokenBuckets({"search": Rate(2, 60), "read": None}, clock=lambda: now[0])
    assert buckets.take("a", "search") is None and buckets.take("a", "search") is None
    assert buckets.take("a", "search") == 30  # one token per 30 s
    assert buckets.take("b", "search") is None  # another caller, another bucket
    now[0] = 29.5
    assert buckets.take("a", "search") == 1
    now[0] = 30.0
    assert buckets.take("a", "search") is None
    assert all(buckets.take("a", "read") is None for _ in range(1000))  # off: no limit


def test_budgets_and_settings():
    assert budget_of("GET", "/search") == budget_of("GET", "/export/{fmt}") == "search"
    assert budget_of("DELETE", "/saved-searches/{search_id}") == "search"
    assert budget_of("GET", "/organizations") == budget_of("GET", "/health") == "read"
    assert Rate.parse("10/second", "X") == Rate(10, 1) and Rate.parse("off", "X") is None
    with pytest.raises(SettingError, match="NEWSINTEL_RATE_READ"):
        AccessSettings.from_env({"NEWSINTEL_RATE_READ": "lots"})
    proxies = AccessSettings.from_env({"NEWSINTEL_TRUSTED_PROXIES": " 10.0.0.0/8, ::1 ,*"})
    assert proxies.trusted_proxies == ("10.0.0.0/8", "::1", "*")
    with pytest.raises(SettingError, match="NEWSINTEL_TRUSTED_PROXIES"):
        AccessSettings.from_env({"NEWSINTEL_TRUSTED_PROXIES": "proxy.local"})
