"""`newsintel ingest`, `newsintel index` and `newsintel search` on a real store and model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.store import CorpusStore, Document
from newsintel.cli import app
from search_api.engine.evaluation import articles_by_id, truncate

IDS = [
    "detik-902",
    "detik-916",
    "archive/07Jun2025/petronas-bakal-phk-10-persen-karyawan-5-000-orang-terdampak.md",
]


def run(data_dir: Path, *args: str):
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), *args])


def said(result) -> str:
    """Messages with Rich's line wrapping undone."""
    return " ".join(result.output.split())


def write_archive(path: Path, shared: Path) -> list[dict]:
    articles = articles_by_id(shared, IDS)
    lines = []
    for n, article in enumerate(articles):
        article["text"] = truncate(article["text"], 600)
        article["id"] = f"archive-{n}"  # the archive's own ids
        lines.append(json.dumps(article, ensure_ascii=False))
    lines[1:1] = [
        '{"id": "broken", "text": ',  # line 2: bad JSON
        json.dumps({"id": "no-text", "title": "x"}),  # line 3: no text
        json.dumps({"id": "bad-date", "text": "teks", "published": "kapan-kapan"}),
        "[1, 2]",
        "",
    ]  # line 5: not an object
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return articles


def test_ingest_reports_bad_lines_keeps_ids_and_indexes(tmp_path, shared_dir, embedder):
    data_dir = tmp_path / "data"
    with CorpusStore(data_dir / "corpus.sqlite") as store:  # already stored: must survive
        store.upsert_document(
            Document(
                id="kept",
                url="https://example.id/kept",
                text="Dokumen lama yang sudah tersimpan.",
                title="Lama",
            )
        )
    archive = tmp_path / "archive.jsonl"
    articles = write_archive(archive, shared_dir)

    result = run(data_dir, "ingest", str(archive), "--no-enrich", "--create")
    assert result.exit_code == 1, result.output  # bad lines: status 1
    for line, words in (
        (2, "invalid JSON"),
        (3, "text"),
        (4, "unreadable date"),
        (5, "JSON object"),
    ):
        assert f"line {line}:" in said(result) and words in said(result)
    assert "stored 3 new" in said(result)
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        assert {d["id"] for d in store.iter_documents()} == {
            "kept",
            "archive-0",
            "archive-1",
            "archive-2",
        }
        assert store.get_document("archive-2")["source"] == "kompas.com"

    queries = tmp_path / "queries.txt"
    queries.write_text(
        "fatwa MUI dana zakat\n\npetugas haji wafat santunan\nMalaysian oil company layoffs\n",
        encoding="utf-8",
    )
    result = run(data_dir, "search", "--queries", str(queries), "--format", "json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["query"] for line in lines] == [
        "fatwa MUI dana zakat",
        "petugas haji wafat santunan",
        "Malaysian oil company layoffs",
    ]
    assert [line["hits"][0]["id"] for line in lines] == ["archive-0", "archive-1", "archive-2"]
    assert all(set(line["hits"][0]) >= {"id", "score", "passage"} for line in lines)
    assert lines[0]["hits"][0]["passage"] in articles[0]["text"]

    again = run(data_dir, "ingest", str(archive), "--no-enrich")  # re-import: no new work
    assert "stored 0 new, 0 changed, 3 unchanged" in said(again)
    assert "0 passages embedded" in said(again)


def test_search_table_json_and_bad_options(tmp_path, shared_dir, embedder):
    data_dir = tmp_path / "data"
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, shared_dir)
    run(data_dir, "ingest", str(archive), "--no-enrich", "--create")
    table = run(data_dir, "search", "Petronas PHK", "--mode", "keyword", "--limit", "1")
    assert table.exit_code == 0 and "Petronas" in table.stdout and "1 stories" in table.stdout
    as_json = run(data_dir, "search", "Petronas", "--mode", "keyword", "--format", "json")
    response = json.loads(as_json.stdout)
    assert (
        response["total"] == 1
        and "<mark>Petronas</mark>" in response["hits"][0]["passage"]["highlighted"]
    )
    filtered = run(data_dir, "search", "BPJS", "--outlet", "kompas.com", "--format", "json")
    assert {h["outlet"] for h in json.loads(filtered.stdout)["hits"]} <= {"kompas.com"}
    assert run(data_dir, "search", "x", "--format", "xml").exit_code == 2
    assert run(data_dir, "search").exit_code == 2
    assert run(data_dir, "search", "x", "--from", "2025-13-01").exit_code == 2
    assert run(data_dir, "search", "x", "--from", "2025-06-02", "--to", "2025-06-01").exit_code == 2
    index = run(data_dir, "index")
    assert index.exit_code == 0 and "0 new" in said(index) and "3 unchanged" in said(index)


@pytest.mark.slow
def test_ingest_runs_extraction_then_indexing(tmp_path, shared_dir, embedder):
    """The nlp room's enrichment runs on ingest: its organisations become search filters."""
    data_dir = tmp_path / "data"
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, shared_dir)
    result = run(data_dir, "ingest", str(archive), "--create")
    assert "enriched 3 documents" in said(result), result.output
    filtered = run(data_dir, "search", "", "--org", "BPJS Ketenagakerjaan", "--format", "json")
    ids = {h["id"] for h in json.loads(filtered.stdout)["hits"]}
    assert {"archive-0", "archive-1"} <= ids and "archive-2" not in ids
