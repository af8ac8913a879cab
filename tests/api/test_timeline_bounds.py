"""Issue 16, defect 4: /timeline answers a document dated 9999-12-31 (was a 500, OverflowError)
and bounds its bucket count (1900 and 2100 with interval=day made 73,000 buckets)."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

from corpus.store import CorpusStore, Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_server import index, serve  # noqa: E402

DATES = ["1900-01-01", "2025-06-03", "2025-06-10", "2100-01-01", "9999-12-31"]


def test_timeline_leaves_out_absurd_dates_and_caps_buckets(tmp_path):
    data_dir = tmp_path / "data"
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        for n, day in enumerate(DATES):
            store.upsert_document(
                Document(
                    id=f"doc-{n}",
                    url=f"https://contoh.id/{n}",
                    title=f"Santunan {n}",
                    text=f"BPJS Ketenagakerjaan membayar santunan pekerja nomor {n}.",
                    source="contoh.id",
                    published=day,
                )
            )
    index(data_dir)
    with serve(data_dir) as url, httpx.Client(base_url=url, timeout=60) as http:
        months = http.get("/timeline", params={"q": "", "interval": "month"})
        assert months.status_code == 200, months.text
        body = months.json()
        assert body["buckets"][0]["key"] == "1900-01" and body["buckets"][-1]["key"] == "2100-01"
        assert len(body["buckets"]) == 200 * 12 + 1 and body["total"] == 4  # 9999 left out

        for interval, periods in (("day", "73,050"), ("week", "10,436")):
            refused = http.get("/timeline", params={"q": "", "interval": interval})
            assert refused.status_code == 422, refused.text
            message = refused.json()["message"]
            assert f"{periods} {interval} buckets" in message and "5,000" in message

        narrowed = http.get(
            "/timeline",
            params={"q": "", "interval": "day", "date_from": "2025-01-01", "date_to": "2025-12-31"},
        )
        assert narrowed.status_code == 200, narrowed.text
        days = narrowed.json()["buckets"]
        assert [d["key"] for d in days[:: len(days) - 1]] == ["2025-06-03", "2025-06-10"]

        only_absurd = http.get("/timeline", params={"q": "", "date_from": "9999-01-01"})
        assert only_absurd.status_code == 200 and only_absurd.json()["buckets"] == []
