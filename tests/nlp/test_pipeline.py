"""The assembled pipeline: config, save/load, batching, the extract contract, CLI, enrich."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from corpus.store import CorpusStore, Document
from newsintel.cli import app
from nlp.extract import RESULT_LISTS, ExtractError, extract_documents, parse_published
from nlp.pipeline import pipeline_version

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
ARTICLE = (
    "Kadin Dukung Perluasan Jaminan Sosial\n"
    "Oleh : Rina Kartika / RKA\n\n"
    "JAKARTA - Kamar Dagang dan Industri (Kadin) menandatangani nota kesepahaman dengan "
    "BPJS Ketenagakerjaan, Senin (3/6/2024). Penandatanganan dilakukan Ketua Umum Kadin "
    "Arsjad Rasjid dan Direktur Utama BPJS Ketenagakerjaan Anggoro Eko Cahyo.\n\n"
    '"Kami ingin 1 juta pekerja anggota terlindungi," kata Arsjad.\n\n'
    "Baca juga: Iuran JHT Naik 2 Persen\n"
)


def test_components_come_from_the_config(rules_nlp):
    assert rules_nlp.pipe_names[0] == "newsintel_sentences"
    for name in (
        "newsintel_organizations",
        "newsintel_people",
        "newsintel_quotes",
        "newsintel_commitments",
    ):
        assert name in rules_nlp.pipe_names
    assert rules_nlp.pipe_names.index("newsintel_people") < rules_nlp.pipe_names.index(
        "newsintel_commitments"
    )


def test_saved_pipeline_loads_with_spacy_load(rules_nlp, tmp_path):
    rules_nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "Ketua Umum Apindo Shinta Kamdani mendukung BPJS Ketenagakerjaan."
    assert loaded.pipe_names == rules_nlp.pipe_names
    assert loaded(text)._.people == rules_nlp(text)._.people


def test_extract_documents_contract_and_noise(rules_nlp):
    (result,) = extract_documents(
        [
            {
                "title": ARTICLE.split("\n")[0],
                "text": ARTICLE.split("\n", 1)[1],
                "published": "2024-06-04T10:00:00+07:00",
            }
        ],
        nlp=rules_nlp,
    )
    assert list(result) == ["title", "published", "text", *RESULT_LISTS]
    assert result["published"] == "2024-06-04"
    assert "Baca juga" not in result["text"]
    people = {p["name"]: p for p in result["people"]}
    assert people["Rina Kartika"]["kind"] == "byline"
    assert people["Arsjad Rasjid"]["organization"] == "Kadin"
    assert [c["partner"] for c in result["commitments"]] == ["Kadin"]
    assert result["commitments"][0]["signatories"] == ["Arsjad Rasjid", "Anggoro Eko Cahyo"]
    assert result["quotes"] == [
        {"speaker": "Arsjad Rasjid", "text": "Kami ingin 1 juta pekerja anggota terlindungi"}
    ]


def test_batches_give_the_same_results_as_single_documents(rules_nlp):
    items = [
        {
            "title": f"Judul {i}",
            "text": f"Menaker Ida Fauziyah bertemu Apindo ke-{i}.",
            "published": None,
        }
        for i in range(5)
    ]
    batched = extract_documents(items, batch_size=2, nlp=rules_nlp)
    single = [extract_documents([item], nlp=rules_nlp)[0] for item in items]
    assert batched == single


def test_bad_input_is_refused_clearly(rules_nlp):
    with pytest.raises(ExtractError, match="publication date"):
        parse_published("kemarin sore")
    with pytest.raises(ExtractError, match="title or text"):
        extract_documents([{"title": "", "text": "  "}], nlp=rules_nlp)


def test_cli_extract_txt_and_html(tmp_path):
    runner = CliRunner()
    article = tmp_path / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = runner.invoke(app, ["extract", str(article), "--published", "2024-06-04", "--no-ner"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["title"] == "Kadin Dukung Perluasan Jaminan Sosial"
    assert any(o["acronym"] == "Kadin" for o in data["organizations"])

    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n")[2:] if p.strip())
    page = tmp_path / "artikel.html"
    page.write_text(
        f"<html><head><title>Kadin Dukung</title></head><body><nav>Home</nav>"
        f"<article><h1>Kadin Dukung Perluasan Jaminan Sosial</h1>{paragraphs}"
        f"{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    out = runner.invoke(app, ["extract", str(page), "--format", "table", "--no-ner"])
    assert out.exit_code == 0, out.output
    assert "Arsjad Rasjid" in out.stdout

    missing = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.output
    bad_date = runner.invoke(app, ["extract", str(article), "--published", "besok"])
    assert bad_date.exit_code == 2


def test_eval_extract_on_the_seeds_holds_every_field_above_the_floor():
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is absent")
    out = CliRunner().invoke(app, ["eval-extract", str(SEEDS), "--format", "json"])
    assert out.exit_code == 0, out.output
    fields = json.loads(out.stdout)["fields"]
    assert set(fields) >= {
        "people",
        "roles",
        "organizations",
        "regulations",
        "figures",
        "commitments",
    }
    low = {name: f["f1"] for name, f in fields.items() if f["f1"] < 0.9}
    assert not low, low


def test_enrich_redoes_only_changed_documents(tmp_path):
    data_dir = tmp_path / "data"
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        store.upsert_documents(
            [
                Document(
                    id="a",
                    url="http://x/a",
                    title="Kadin Dukung",
                    text=ARTICLE,
                    published="2024-06-04",
                ),
                Document(id="b", url="http://x/b", title="Lain", text="Menaker Yassierli hadir."),
            ]
        )
    runner = CliRunner()
    first = runner.invoke(
        app, ["--data-dir", str(data_dir), "enrich", "--no-ner", "--batch-size", "1"]
    )
    assert first.exit_code == 0, first.output
    assert "enriched 2 documents" in first.stdout
    again = runner.invoke(app, ["--data-dir", str(data_dir), "enrich", "--no-ner"])
    assert "enriched 0 documents" in again.stdout
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        store.upsert_document(
            Document(
                id="b", url="http://x/b", title="Lain", text="Menaker Yassierli hadir di Semarang."
            )
        )
        partners = store.db.execute("SELECT partner, kind FROM commitments").fetchall()
        assert [tuple(r) for r in partners] == [("Kadin", "MoU")]
        assert store.get_extraction("a")["people"]
        version = store.db.execute("SELECT DISTINCT pipeline_version FROM extractions").fetchall()
        assert [r[0] for r in version] == [pipeline_version()]
    third = runner.invoke(app, ["--data-dir", str(data_dir), "enrich", "--no-ner"])
    assert "enriched 1 documents" in third.stdout


def test_publication_date_is_read_off_the_header_or_dateline(rules_nlp):
    """A bare article gives no date: the header or dateline is the anchor of relative dates."""
    from nlp.extract import published_from_text

    assert (
        str(published_from_text("Rabu, 5 Februari 2025 09:10 WITA\nOleh: Rina\nIsi."))
        == "2025-02-05"
    )
    assert str(published_from_text("Tempo.co - 21/11/2023, 08:15 WIB\nIsi berita.")) == "2023-11-21"
    assert (
        str(
            published_from_text(
                "Bandung, Kamis (3/10/2024) - Pemprov Jabar menggelar "
                "rapat dengan banyak pihak di gedung sate pagi ini."
            )
        )
        == "2024-10-03"
    )
    # a date inside running text is not a header
    assert (
        published_from_text(
            "Pada 3 Agustus 2022 ratusan pekerja menerima manfaat dari "
            "program yang digelar pemerintah daerah setempat."
        )
        is None
    )
    [result] = extract_documents(
        [
            {
                "title": "Judul",
                "published": None,
                "text": "Kamis, 3 Oktober 2024 | 10:00 WIB\n\nProgram itu "
                "dimulai tahun depan dan dievaluasi bulan ini.",
            }
        ],
        nlp=rules_nlp,
    )
    assert result["published"] == "2024-10-03"
    values = {d["value"] for d in result["dates"]}
    assert {"2025", "2024-10"} <= values, result["dates"]
