"""The web page, its assets, the OpenAPI document and /health."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from corpus.config import STORE_FILE
from corpus.store import CorpusStore
from search_api.http.app import create_app


def test_web_page_and_assets_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert (
        '<script type="module" src="/web/app.js">' in page.text and 'id="search-form"' in page.text
    )
    for name in ("app.js", "router.js", "saved.js", "common.js"):
        script = client.get(f"/web/{name}")
        assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "/saved-searches" in client.get("/web/saved.js").text
    assert "/export/" in client.get("/web/common.js").text
    assert client.get("/web/style.css").status_code == 200
    assert client.get("/web/..%2Fapp.py").status_code == 404
    assert client.get("/web/nothing.js").status_code == 404


def test_openapi_documents_every_endpoint_with_examples(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/search",
        "/timeline",
        "/documents/{doc_id}",
        "/organizations",
        "/people",
        "/organizations/{org_id}",
        "/commitments",
        "/figures",
        "/regulations",
        "/regulations/{reg_id}",
        "/export/search.{fmt}",
        "/export/commitments.{fmt}",
        "/export/figures.{fmt}",
        "/saved-searches",
        "/saved-searches/{search_id}/new",
        "/health",
    ):
        assert path in spec["paths"], path
    search = spec["paths"]["/search"]["get"]
    params = {p["name"]: p for p in search["parameters"]}
    assert {
        "q",
        "mode",
        "date_from",
        "date_to",
        "outlet",
        "organization",
        "person",
        "regulation",
        "doc_type",
        "sort",
        "limit",
        "cursor",
    } <= set(params)
    assert all(p.get("description") for p in params.values())
    assert params["q"]["schema"].get("examples") or params["q"].get("examples")
    assert "ErrorResponse" in str(search["responses"]["422"])


def test_health_reports_store_and_index(client):
    health = client.get("/health").json()
    assert health["status"] == "ok"
    assert health["store"]["documents"] == {"news": 7, "regulation": 1}
    assert health["store"]["enriched"] == 7
    assert health["index"]["ok"] and health["index"]["detail"]["documents"] == 8
    assert not health["index"]["warming"]  # the server's warm-up has finished


def test_health_says_starting_until_the_model_has_loaded(indexed_dir):
    app = create_app(indexed_dir, backend="embedded", warm_up=False)
    with TestClient(app) as http:
        holder = app.state.backend
        holder.warming = True  # as warm_up_in_background sets it
        health = http.get("/health").json()
        assert health["status"] == "starting" and health["index"]["warming"]
        holder.warm_up()  # loads the model and the vector graph
        health = http.get("/health").json()
        assert health["status"] == "ok" and not health["index"]["warming"]


def test_health_flags_a_source_whose_yield_dropped(private_copy):
    with CorpusStore(private_copy / STORE_FILE) as store:
        for articles in (6, 5, 0):  # the third run's listings lead to no article any more
            run = store.start_crawl_run("news", ["outlet-a"])
            rows = [("listing", "followed")] * 3 + [("article", "new")] * articles
            store.log_crawl(
                [
                    {
                        "url": f"https://a.test/{run}/{i}",
                        "source": "outlet-a",
                        "role": role,
                        "outcome": outcome,
                        "status": 200,
                        "run_id": run,
                    }
                    for i, (role, outcome) in enumerate(rows)
                ]
            )
            store.finish_crawl_run(run, "finished")
    app = create_app(private_copy, backend="embedded", warm_up=False)
    with TestClient(app) as http:
        sources = http.get("/health").json()["store"]["sources"]
    assert sources["sources"] == 1 and not sources["ok"]
    assert sources["flagged"]["outlet-a"][0].startswith("yield dropped")


def test_api_docs_work_offline(client):
    """Swagger UI and ReDoc come from the server itself, not from a CDN."""
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html)
        assert assets, page
        for asset in assets:
            assert asset.startswith("/"), f"{page} loads {asset} from elsewhere"
            served = client.get(asset)
            assert served.status_code == 200 and len(served.content) > 10_000, asset


def test_health_shows_no_absolute_path(client, indexed_dir):
    text = client.get("/health").text
    assert str(indexed_dir) not in text and "/tmp" not in text
    assert client.get("/health").json()["store"]["path"] == "corpus.sqlite"
