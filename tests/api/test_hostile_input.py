"""Issue 16, defects 9 and 10: hostile input in URLs, titles and archive lines is answered,
escaped or refused, never a 500, a forged log line, a spreadsheet formula or a script link."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
from typer.testing import CliRunner

from corpus.store import CorpusStore, Document
from newsintel.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_server import index, serve  # noqa: E402

WEB_DIR = Path(__file__).resolve().parents[2] / "search_api" / "http" / "web"
TITLES = {
    "formula-minus": "-2+3+cmd|' /C calc'!A0",
    "formula-equals": '=HYPERLINK("http://evil.example","klik")',
    "formula-at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "formula-plus": "+62 812 santunan",
    "formula-tab": "\t=1+1 santunan",
    "negative": "-12",
    "plain": "Santunan pekerja",
}


def test_web_paths_and_logged_urls_cannot_break_the_server(tmp_path):
    data_dir = tmp_path / "data"
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        store.upsert_document(
            Document(id="doc", url="https://contoh.id/1", text="BPJS santunan.", title="Satu")
        )
    index(data_dir)
    lines: list[str] = []
    with serve(data_dir, output=lines) as url, httpx.Client(base_url=url, timeout=60) as http:
        assert http.get("/web/%00.js").status_code == 404
        assert http.get("/web/app.js%00.js").status_code == 404
        forged = http.get("/web/x%0D%0AFORGED%20log%20line%00.js")
        assert forged.status_code == 404 and "FORGED" not in forged.text
        assert http.get("/web/app.js").status_code == 200
    assert not [line for line in lines if line.startswith("FORGED")], lines


def test_csv_export_escapes_formula_cells(tmp_path):
    data_dir = tmp_path / "data"
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        for doc_id, title in TITLES.items():
            store.upsert_document(
                Document(
                    id=doc_id,
                    url=f"https://contoh.id/{doc_id}",
                    title=title,
                    text=f"BPJS Ketenagakerjaan membayar santunan ({doc_id}).",
                )
            )
    index(data_dir)
    with serve(data_dir) as url, httpx.Client(base_url=url, timeout=60) as http:
        answer = http.get("/export/search.csv", params={"q": "santunan", "mode": "keyword"})
    assert answer.status_code == 200, answer.text
    table = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    titles = {row["id"]: row["title"] for row in table}
    assert set(titles) == set(TITLES)
    for doc_id, title in TITLES.items():
        expected = title if doc_id in ("negative", "plain") else "'" + title
        assert titles[doc_id] == expected, doc_id


def test_ingest_refuses_script_urls_with_their_line(tmp_path):
    archive = tmp_path / "archive.jsonl"
    records = [
        {"id": "ok", "url": "https://contoh.id/ok", "text": "Berita biasa."},
        {"id": "js", "url": "javascript:alert(document.cookie)", "text": "Berita."},
        {"id": "data", "url": "DATA:text/html;base64,PHNjcmlwdD4=", "text": "Berita."},
        {"id": "ftp", "url": "ftp://contoh.id/berkas", "text": "Berita."},
    ]
    archive.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    result = CliRunner().invoke(
        app,
        [
            "--data-dir",
            str(data_dir),
            "ingest",
            str(archive),
            "--no-enrich",
            "--no-index",
            "--create",
        ],
    )
    said = " ".join(result.output.split())
    assert result.exit_code == 1, result.output
    for line in (2, 3, 4):
        assert re.search(rf"line {line}: url: .*http:// or https://", said), said
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        assert {d["id"] for d in store.iter_documents()} == {"ok"}


def test_web_page_links_only_web_urls():
    """The page's link helper, run by node, and every stored URL it links goes through it."""
    helper = re.search(
        r"^export const webUrl = (.*)$", (WEB_DIR / "common.js").read_text(encoding="utf-8"), re.M
    )
    assert helper, "common.js has no webUrl helper"
    cases = [
        "https://contoh.id/a",
        "HTTP://contoh.id/b",
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example",
        None,
    ]
    script = f"const webUrl = {helper.group(1)}\n"
    script += f"console.log(JSON.stringify({json.dumps(cases)}.map(webUrl)));"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == ["https://contoh.id/a", "HTTP://contoh.id/b"] + [None] * 6
    for module in WEB_DIR.glob("*.js"):
        source = module.read_text(encoding="utf-8")
        assert not re.search(r'href="\$\{(?!esc\()', source), f"{module.name}: unescaped href"
        # Stored URLs (doc.url, r.url, ...) never go into a link as they are...
        for expr in re.findall(r'href="\$\{esc\(((?:[^()]|\([^()]*\))*)\)', source):
            assert ".url" not in expr, f"{module.name}: href from a stored URL: {expr}"
        # ...but through webUrl(): every link out of the app is a variable assigned from it.
        for name in re.findall(r'href="\$\{esc\((\w+)\)\}"[^>]*target="_blank"', source):
            assert re.search(rf"const {name} = webUrl\(", source), f"{module.name}: {name}"
