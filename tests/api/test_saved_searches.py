"""Saved searches report only the matches that appeared since their last check."""

from __future__ import annotations

import api_corpus
import httpx
from api_server import index, serve

from corpus.store import CorpusStore


def test_saved_search_reports_only_newer_matches(private_copy):
    with serve(private_copy) as url, httpx.Client(base_url=url, timeout=60) as client:
        created = client.post(
            "/saved-searches",
            json={
                "name": "APHTN-HAN",
                "q": "APHTN-HAN",
                "mode": "keyword",
                "filters": {"outlet": ["kabarekonomi.id", "wartakerja.id"]},
            },
        )
        assert created.status_code == 201, created.text
        saved = created.json()
        assert saved["search_url"].startswith("/search?q=APHTN-HAN&mode=keyword&outlet=")
        first = client.get(f"/saved-searches/{saved['id']}/new").json()
        assert first["new"] == [] and first["previous_check"] == saved["last_checked_at"]

        # New coverage arrives: one matching article, one from an outlet the search excludes.
        with CorpusStore(private_copy / "corpus.sqlite") as store:
            api_corpus.save(store, api_corpus.LATE_NEWS, api_corpus.LATE_EXTRACTION)
            api_corpus.save(
                store,
                {
                    **api_corpus.LATE_NEWS,
                    "id": "late-elsewhere",
                    "url": "https://elsewhere.example/aphtn",
                    "source": "Elsewhere",
                    "text": api_corpus.LATE_NEWS["text"] + " Liputan lain.",
                },
                None,
            )
        index(private_copy)

        peek = client.get(
            f"/saved-searches/{saved['id']}/new", params={"mark_checked": "false"}
        ).json()
        assert "new" in peek, peek
        assert [h["id"] for h in peek["new"]] == ["late-aphtn"] and peek["checked_at"] is None
        check = client.get(f"/saved-searches/{saved['id']}/new").json()
        assert [h["id"] for h in check["new"]] == ["late-aphtn"]
        # The first check moved the last check (the peek did not): a second may have ticked.
        assert check["previous_check"] == first["checked_at"]
        again = client.get(f"/saved-searches/{saved['id']}/new").json()
        assert again["new"] == [] and again["previous_check"] == check["checked_at"]

        assert [s["id"] for s in client.get("/saved-searches").json()] == [saved["id"]]
        assert client.delete(f"/saved-searches/{saved['id']}").status_code == 204
        assert client.get(f"/saved-searches/{saved['id']}").status_code == 404
        assert client.delete(f"/saved-searches/{saved['id']}").status_code == 404
    # Saved searches live in their own file in the data dir, beside the store.
    assert (private_copy / "saved_searches.sqlite").exists()


def test_a_saved_search_can_be_renamed_and_its_webhook_changed(private_copy):
    with serve(private_copy) as url, httpx.Client(base_url=url, timeout=60) as client:
        saved = client.post(
            "/saved-searches", json={"name": "JHT", "q": "jaminan hari tua", "mode": "keyword"}
        ).json()
        path = f"/saved-searches/{saved['id']}"
        hook = "https://hooks.example/jht"
        changed = client.patch(path, json={"webhook_url": hook})
        assert changed.status_code == 200, changed.text
        assert changed.json()["webhook_url"] == hook and changed.json()["name"] == "JHT"
        renamed = client.patch(path, json={"name": "Klaim JHT"}).json()
        assert renamed["name"] == "Klaim JHT" and renamed["webhook_url"] == hook  # kept
        assert client.get(path).json() == renamed
        cleared = client.patch(path, json={"webhook_url": None}).json()
        assert cleared["webhook_url"] is None and cleared["name"] == "Klaim JHT"
        # The query stays fixed; bad values are refused and change nothing.
        for body in (
            {"q": "lain"},
            {"webhook_url": "javascript:alert(1)"},
            {"name": None},
            {"name": ""},
        ):
            refused = client.patch(path, json=body)
            assert refused.status_code == 422, (body, refused.status_code)
        assert client.get(path).json() == cleared
        assert client.patch("/saved-searches/999", json={"name": "x"}).status_code == 404
