"""Alerts end to end, all parts real: batches ingested into a real data dir (`newsintel
ingest`, the real embedding model), saved searches made through the API (`newsintel serve` on
127.0.0.1), `newsintel alerts run` delivering to a real webhook receiver, the feeds read back
from the API. Unrelated articles stay out (the relevance floor); each document is delivered
once; a failing receiver ends in the dead-letter log and `--retry` delivers it; a burst of
articles on one day raises a spike."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
from api_server import serve
from atom_check import A, atom_problems
from receiver import Receiver, receiving
from typer.testing import CliRunner

from newsintel.cli import app
from search_api.alerts import dead_letters
from search_api.alerts.saved_searches import SavedSearchStore

CITIES = ["Medan", "Bandung", "Surabaya", "Makassar", "Semarang", "Palembang", "Denpasar",
          "Pontianak", "Manado", "Kupang", "Ambon", "Jayapura"]  # fmt: skip
FAST_RETRIES = ["--retries", "2", "--backoff", "0.01"]


def jht(n: int, day: str) -> dict:
    """A news article about old-age savings (JHT) claims, different for each ``n``."""
    city = CITIES[n % len(CITIES)]
    return {
        "id": f"jht-{n}",
        "url": f"https://kabarkerja.id/jht/{n}",
        "title": f"Klaim Jaminan Hari Tua di {city} naik {10 + n} persen",
        "text": (
            f"BPJS Ketenagakerjaan cabang {city} mencatat klaim Jaminan Hari Tua (JHT) naik "
            f"{10 + n} persen. Kepala cabang menjelaskan {200 + 7 * n} peserta mencairkan "
            f"saldo JHT setelah berhenti bekerja, dan pencairan klaim jaminan hari tua kini "
            f"bisa diajukan lewat aplikasi JMO dalam {3 + n % 4} hari kerja."
        ),
        "published": day,
        "outlet": "kabarkerja.id",
    }


UNRELATED = [
    {
        "id": "batik-show",
        "url": "https://budaya.id/pameran-batik",
        "title": "Pameran batik tulis Pekalongan dibuka di museum",
        "text": "Ratusan kain batik tulis dari Pekalongan dipamerkan di museum tekstil. "
        "Pengrajin menunjukkan teknik canting dan pewarnaan alami kepada pengunjung.",
        "published": "2026-10-13",
        "outlet": "budaya.id",
    },
    {
        "id": "football",
        "url": "https://bola.id/liga",
        "title": "Persib menang tipis atas Persija di laga tandang",
        "text": "Gol tunggal di menit akhir membawa Persib Bandung menang atas Persija dalam "
        "lanjutan liga sepak bola. Pelatih memuji disiplin lini belakang timnya.",
        "published": "2026-10-14",
        "outlet": "bola.id",
    },
]


def cli(data_dir: Path, *args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(
        app, ["--data-dir", str(data_dir), *args], env={"COLUMNS": "200", **(env or {})}
    )


def ingest(data_dir: Path, tmp_path: Path, name: str, docs: list[dict]) -> None:
    archive = tmp_path / f"{name}.jsonl"
    archive.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = cli(data_dir, "ingest", str(archive), "--no-enrich", "--create")
    assert result.exit_code == 0, result.output


def alerts(data_dir: Path, *args: str, env: dict[str, str] | None = None):
    return cli(data_dir, "alerts", *args, env=env)


def delivered_ids(receiver: Receiver) -> list[list[str]]:
    return [[item["id"] for item in p["items"]] for p in receiver.payloads("newsintel.alert")]


def test_alerts_reach_the_feed_and_the_webhook_once_failures_are_kept_and_spikes_flagged(
    tmp_path,
):
    data_dir = tmp_path / "data"
    ingest(
        data_dir,
        tmp_path,
        "before",
        [jht(0, "2026-10-01"), jht(1, "2026-10-08"), {**UNRELATED[0], "id": "batik-old"}],
    )
    with (
        serve(data_dir) as url,
        httpx.Client(base_url=url, timeout=60) as api,
        receiving() as receiver,
    ):
        made = api.post(
            "/saved-searches", json={"name": "Klaim JHT", "q": "klaim jaminan hari tua"}
        )
        assert made.status_code == 201, made.text
        search = made.json()
        sid = search["id"]
        assert search["spike"] is None
        own = api.post(
            "/saved-searches",
            json={
                "name": "JMO",
                "q": "aplikasi JMO",
                "mode": "keyword",
                "webhook_url": receiver.url,
            },
        ).json()
        refused = api.post(
            "/saved-searches", json={"name": "x", "q": "x", "webhook_url": "file:///etc/passwd"}
        )
        assert refused.status_code == 422 and "webhook_url" in refused.text

        # Nothing new yet: the run delivers nothing and succeeds (an empty webhook setting,
        # compose's default, is no webhook).
        first = alerts(data_dir, "run", env={"NEWSINTEL_ALERTS_WEBHOOK": ""})
        assert first.exit_code == 0, first.output
        bad = alerts(data_dir, "run", "--webhook", "javascript:alert(1)")
        assert bad.exit_code == 2 and "http(s) URL" in bad.output
        first = alerts(data_dir, "run", "--webhook", receiver.url, *FAST_RETRIES)
        assert first.exit_code == 0, first.output
        assert receiver.attempts == []

        # A batch arrives: three JHT articles, two unrelated ones (below the relevance floor).
        new_batch = [jht(2, "2026-10-12"), jht(3, "2026-10-13"), jht(4, "2026-10-14")]
        ingest(data_dir, tmp_path, "batch", [*new_batch, *UNRELATED])
        ran = alerts(data_dir, "run", "--webhook", receiver.url, *FAST_RETRIES)
        assert ran.exit_code == 0, ran.output
        assert "6 new matches" in " ".join(ran.output.split())  # 3 for each search
        by_search = {p["saved_search"]["id"]: p for p in receiver.payloads("newsintel.alert")}
        assert [i["id"] for i in by_search[sid]["items"]] == ["jht-4", "jht-3", "jht-2"]
        # The JMO search's own webhook and the run's webhook both got it (same receiver).
        assert sorted(i["id"] for i in by_search[own["id"]]["items"]) == ["jht-2", "jht-3", "jht-4"]
        assert len(receiver.payloads()) == 3  # own + run webhook for JMO, run webhook for JHT
        item = by_search[sid]["items"][0]
        assert item["url"] == "https://kabarkerja.id/jht/4" and item["outlets"] == ["kabarkerja.id"]

        atom = api.get(f"/saved-searches/{sid}/feed.atom")
        assert atom.status_code == 200
        assert atom.headers["content-type"].startswith("application/atom+xml")
        assert atom_problems(atom.content) == []
        links = [
            e.find(f"{A}link").get("href") for e in ET.fromstring(atom.content).iter(f"{A}entry")
        ]
        assert links == [f"https://kabarkerja.id/jht/{n}" for n in (4, 3, 2)]
        feed = api.get(f"/saved-searches/{sid}/feed.json")
        assert feed.headers["content-type"].startswith("application/feed+json")
        body = feed.json()
        assert body["version"] == "https://jsonfeed.org/version/1.1"
        assert [i["_newsintel"]["doc_id"] for i in body["items"]] == ["jht-4", "jht-3", "jht-2"]
        assert api.get("/saved-searches/999/feed.atom").status_code == 404

        # A second run finds nothing new and sends nothing.
        posts = len(receiver.attempts)
        again = alerts(data_dir, "run", "--webhook", receiver.url, *FAST_RETRIES)
        assert again.exit_code == 0 and len(receiver.attempts) == posts

        # The receiver fails: retries, then the dead-letter log keeps the whole payload.
        ingest(data_dir, tmp_path, "failing", [jht(5, "2026-10-15")])
        receiver.fail_with = 500
        failed = alerts(data_dir, "run", "--webhook", receiver.url, *FAST_RETRIES)
        assert failed.exit_code == 1, failed.output
        assert len(receiver.attempts) == posts + 3 * 3  # 3 payloads, 1 try + 2 retries each
        saved = SavedSearchStore(data_dir / "saved_searches.sqlite")
        letters = dead_letters.listed(saved.db)
        saved.close()
        assert len(letters) == 3 and {letter.attempts for letter in letters} == {3}
        lost = [letter.payload for letter in letters if letter.payload["saved_search"]["id"] == sid]
        assert [i["id"] for i in lost[0]["items"]] == ["jht-5"]
        listing = alerts(data_dir, "dead-letter")
        assert listing.exit_code == 0 and "HTTP 500" in listing.output
        # ...and it is not delivered twice by the next run, nor lost.
        still = alerts(data_dir, "run", "--webhook", receiver.url, *FAST_RETRIES)
        assert still.exit_code == 0 and len(receiver.attempts) == posts + 9
        receiver.fail_with = None
        retried = alerts(data_dir, "dead-letter", "--retry", *FAST_RETRIES)
        assert retried.exit_code == 0, retried.output
        assert "3 of 3 delivered" in retried.output
        assert lost[0] in receiver.payloads()  # the very payload, delivery id and all
        assert alerts(data_dir, "dead-letter", "--retry").output.strip() == "0 of 0 delivered"

        # A burst: seven JHT stories on one day after a quiet fortnight raises a spike.
        burst_day = "2026-10-20"
        ingest(data_dir, tmp_path, "burst", [jht(n, burst_day) for n in range(10, 17)])
        spiked = alerts(data_dir, "run", "--webhook", receiver.url, *FAST_RETRIES)
        assert spiked.exit_code == 0, spiked.output
        spike = api.get(f"/saved-searches/{sid}").json()["spike"]
        assert spike["day"] == burst_day and spike["count"] == 7
        assert spike["baseline"] == round(5 / 14, 2)  # five stories in the 14 days before
        assert spike in [s["spike"] for s in api.get("/saved-searches").json()]
        feed_items = api.get(f"/saved-searches/{sid}/feed.json").json()["items"]
        assert [i["_newsintel"]["spike"] for i in feed_items[:7]] == [spike] * 7
        assert feed_items[7]["_newsintel"]["spike"] is None  # jht-5, a day before
        atom_root = ET.fromstring(api.get(f"/saved-searches/{sid}/feed.atom").content)
        flagged = [
            e
            for e in atom_root.iter(f"{A}entry")
            if any(c.get("term") == "spike" for c in e.iter(f"{A}category"))
        ]
        assert len(flagged) == 7

        # Re-run from the API: the web page's contract, recorded like an alert run.
        ingest(data_dir, tmp_path, "late", [jht(20, "2026-10-21")])
        rerun = api.post(f"/saved-searches/{sid}/run")
        assert rerun.status_code == 200, rerun.text
        result = rerun.json()
        assert set(result) == {"search_id", "new", "checked_at"} and result["search_id"] == sid
        assert [h["id"] for h in result["new"]] == ["jht-20"]
        assert result["new"][0]["outlets"] == ["kabarkerja.id"] and "score" in result["new"][0]
        assert api.post(f"/saved-searches/{sid}/run").json()["new"] == []
        assert api.post("/saved-searches/999/run").status_code == 404
        # ...and the next alert run sends it to the webhooks (it is owed, not lost).
        before = len(receiver.payloads())
        assert alerts(data_dir, "run", "--webhook", receiver.url, *FAST_RETRIES).exit_code == 0
        sent = [p for p in receiver.payloads()[before:] if p["saved_search"]["id"] == sid]
        assert [[i["id"] for i in p["items"]] for p in sent] == [["jht-20"]]

        # A digest: what both searches found since the last digest, in one POST and one
        # entry. A first digest starts from its run: nothing owed yet, nothing sent.
        digest_run = ["run", "--digest", "--webhook", receiver.url, *FAST_RETRIES]
        assert alerts(data_dir, *digest_run).exit_code == 0
        assert receiver.payloads("newsintel.digest") == []
        ingest(data_dir, tmp_path, "daily", [jht(21, "2026-10-22"), jht(22, "2026-10-22")])
        before = len(receiver.attempts)
        digest = alerts(data_dir, *digest_run)
        assert digest.exit_code == 0, digest.output
        # One digest POST, plus the JMO search's own webhook (its own channel, every run).
        assert len(receiver.attempts) == before + 2
        [rolled] = receiver.payloads("newsintel.digest")
        assert rolled["total"] == 4
        assert {
            s["saved_search"]["id"]: sorted(i["id"] for i in s["items"]) for s in rolled["searches"]
        } == {
            sid: ["jht-21", "jht-22"],
            own["id"]: ["jht-21", "jht-22"],
        }
        assert "digest entry 1 recorded" in digest.output

    listed = alerts(data_dir, "list")
    assert listed.exit_code == 0 and "Klaim JHT" in listed.output and burst_day in listed.output
