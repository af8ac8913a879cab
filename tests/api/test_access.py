"""Issue 16, defect 3 (access): writes need an API key once one exists (or always, by a
setting), reads can be closed by a setting; keys are made and revoked with `newsintel keys`,
kept hashed, and never echoed."""

from __future__ import annotations

import hashlib

import httpx
from api_server import newsintel, serve

BODY = {"name": "Santunan", "q": "santunan", "mode": "keyword"}


def test_keys_close_writes_and_revoking_takes_effect_at_once(private_copy):
    listed = newsintel(private_copy, "keys", "list")
    assert listed.returncode == 0 and "no API keys" in listed.stderr
    with serve(private_copy) as url, httpx.Client(base_url=url, timeout=60) as client:
        access = client.get("/health").json()["access"]
        assert access["writes"] == "open" and access["reads"] == "open" and access["keys"] == 0
        assert "anyone" in access["note"]
        assert client.post("/saved-searches", json=BODY).status_code == 201  # the demo policy

        made = newsintel(private_copy, "keys", "create", "newsroom-bot")
        assert made.returncode == 0, made.stderr
        key = made.stdout.strip()
        assert key.startswith("ni_") and len(key) > 40
        stored = (private_copy / "api_keys.sqlite").read_bytes()
        assert key.encode() not in stored
        assert hashlib.sha256(key.encode()).hexdigest().encode() in stored

        # The running server sees the new key at once: writes are closed, reads stay open.
        refused = client.post("/saved-searches", json=BODY)
        assert refused.status_code == 401, refused.text
        assert refused.json()["error"] == "unauthorized"
        assert "newsintel keys create" in refused.json()["message"]
        assert refused.headers["www-authenticate"] == "Bearer"
        assert client.delete("/saved-searches/1").status_code == 401
        assert client.get("/saved-searches").status_code == 200
        assert client.get("/search", params={"q": "santunan"}).status_code == 200
        health = client.get("/health").json()["access"]
        assert health["writes"] == "key" and health["keys"] == 1

        bearer = {"Authorization": f"Bearer {key}"}
        created = client.post("/saved-searches", json=BODY, headers=bearer)
        assert created.status_code == 201
        other = client.post("/saved-searches", json=BODY, headers={"X-API-Key": key})
        assert other.status_code == 201
        assert (
            client.delete(f"/saved-searches/{other.json()['id']}", headers=bearer).status_code
            == 204
        )

        wrong = key[:-4] + ("AAAA" if not key.endswith("AAAA") else "BBBB")
        bad = client.post("/saved-searches", json=BODY, headers={"X-API-Key": wrong})
        assert bad.status_code == 401 and wrong not in bad.text and key not in bad.text
        # A key sent with a read is checked too: a client learns at once that it is wrong.
        assert client.get("/saved-searches", headers={"X-API-Key": wrong}).status_code == 401
        basic = client.post("/saved-searches", json=BODY, headers={"Authorization": "Basic eDp5"})
        assert basic.status_code == 401 and "Bearer" in basic.json()["message"]

        revoked = newsintel(private_copy, "keys", "revoke", "newsroom-bot")
        assert revoked.returncode == 0, revoked.stderr
        after = client.post("/saved-searches", json=BODY, headers=bearer)
        assert after.status_code == 401 and "revoked" in after.json()["message"]
        # No live key left: writes are open again (the default policy, stated in /health).
        assert client.get("/health").json()["access"]["writes"] == "open"

    listed = newsintel(private_copy, "keys", "list", "--all")
    assert "newsroom-bot" in listed.stdout and key not in listed.stdout + listed.stderr
    assert newsintel(private_copy, "keys", "revoke", "newsroom-bot").returncode == 1
    assert newsintel(private_copy, "keys", "create", "bad name!").returncode == 2


def test_settings_close_reads_and_writes_without_any_key(private_copy):
    closed = {"NEWSINTEL_WRITES_NEED_KEY": "true", "NEWSINTEL_READS_NEED_KEY": "true"}
    with serve(private_copy, env=closed) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert client.post("/saved-searches", json=BODY).status_code == 401
        for path in ("/search?q=bpjs", "/documents/x", "/saved-searches", "/export/search.csv"):
            answer = client.get(path)
            assert answer.status_code == 401, (path, answer.status_code)
        for path in ("/", "/web/app.js", "/health", "/docs", "/redoc", "/openapi.json"):
            assert client.get(path).status_code == 200, path
        access = client.get("/health").json()["access"]
        assert access == {**access, "reads": "key", "writes": "key", "keys": 0}
        key = newsintel(private_copy, "keys", "create", "analyst").stdout.strip()
        headers = {"Authorization": f"Bearer {key}"}
        assert client.get("/search", params={"q": "bpjs"}, headers=headers).status_code == 200
        assert client.post("/saved-searches", json=BODY, headers=headers).status_code == 201


def test_the_serve_flag_closes_reads(private_copy):
    with serve(private_copy, args=["--reads-need-key"]) as url:
        assert httpx.get(url + "organizations", timeout=60).status_code == 401
        assert httpx.get(url + "health", timeout=60).json()["access"]["reads"] == "key"


def test_a_mistyped_data_dir_gets_no_keys_file(tmp_path):
    made = newsintel(tmp_path / "nowhere", "keys", "create", "bot")
    assert made.returncode == 2 and "no corpus store" in made.stderr
    assert not (tmp_path / "nowhere").exists()


def test_an_unreadable_keys_file_closes_writes_and_health_still_answers(private_copy):
    (private_copy / "api_keys.sqlite").write_bytes(b"not a database " * 100)
    with serve(private_copy) as url, httpx.Client(base_url=url, timeout=60) as client:
        refused = client.post("/saved-searches", json=BODY)
        assert refused.status_code == 503 and "keys file" in refused.json()["message"]
        health = client.get("/health")
        assert health.status_code == 200 and health.json()["access"]["writes"] == "key"
        assert client.get("/search", params={"q": "bpjs"}).status_code == 200  # reads open


def test_a_feed_token_opens_its_own_feeds_only_and_rotation_closes_them(private_copy):
    # Feed readers send no headers: where reads need a key, ?token= opens one search's feeds.
    key = newsintel(private_copy, "keys", "create", "analyst").stdout.strip()
    bearer = {"Authorization": f"Bearer {key}"}
    with (
        serve(private_copy, args=["--reads-need-key"]) as url,
        httpx.Client(base_url=url, timeout=60) as client,
    ):
        first = client.post("/saved-searches", json=BODY, headers=bearer).json()
        second = client.post("/saved-searches", json=BODY, headers=bearer).json()
        token = first["feed_token"]
        assert token and token != second["feed_token"]
        listed = client.get("/saved-searches", headers=bearer).json()
        assert [s["feed_token"] for s in listed] == [token, second["feed_token"]]

        for feed in ("feed.atom", "feed.json"):
            path = f"/saved-searches/{first['id']}/{feed}"
            assert client.get(path).status_code == 401
            opened = client.get(path, params={"token": token})
            assert opened.status_code == 200, opened.text
            # Not another search's feed, not any other read, not a write.
            other = f"/saved-searches/{second['id']}/{feed}"
            assert client.get(other, params={"token": token}).status_code == 401
        assert (
            client.get(f"/saved-searches/{first['id']}", params={"token": token}).status_code == 401
        )
        assert client.get("/search", params={"q": "bpjs", "token": token}).status_code == 401
        assert client.delete(f"/saved-searches/{first['id']}?token={token}").status_code == 401
        assert client.get(f"/saved-searches/{first['id']}/feed.json?token=x").status_code == 401

        rotated = newsintel(private_copy, "keys", "rotate-feeds")
        assert rotated.returncode == 0 and "replaced" in rotated.stderr
        path = f"/saved-searches/{first['id']}/feed.atom"
        assert client.get(path, params={"token": token}).status_code == 401
        fresh = client.get(f"/saved-searches/{first['id']}", headers=bearer).json()["feed_token"]
        assert fresh != token and client.get(path, params={"token": fresh}).status_code == 200


def test_no_feed_token_is_shown_where_reads_are_open(private_copy):
    with serve(private_copy) as url:
        created = httpx.post(url + "saved-searches", json=BODY, timeout=60).json()
        assert created["feed_token"] is None
        assert (
            httpx.get(url + f"saved-searches/{created['id']}/feed.atom", timeout=60).status_code
            == 200
        )
