"""The blind-set draw (benchmarks/draw_blind_set.py) leaves out what is not blind."""

from __future__ import annotations

import json

from benchmarks.draw_blind_set import checked_ids, pool
from corpus.public_sets import DetikArticle


def article(id_: int, text: str) -> DetikArticle:
    return DetikArticle(id_, "", "Judul", text, "2025-01-01", {}, "2025-01-01T00:00")


def test_pool_keeps_even_ids_outside_sets_samples_and_repeated_texts():
    articles = [
        article(2, "satu"),
        article(3, "dua"),  # odd: measurement only
        article(4, "tiga"),  # in a gold set
        article(6, "tiga"),  # the same text as a gold article
        article(8, "empat"),  # holds a checked precision item
        article(10, "lima"),
        article(12, "lima"),  # a repeat of 10
    ]
    assert pool(articles, taken={4}, checked={8}) == [2, 10]


def test_checked_ids_reads_every_precision_sample(tmp_path):
    for name, ids in [
        ("precision_checked.jsonl", [5, 8]),
        ("precision_checked_seed1.jsonl", [8, 12]),
    ]:
        lines = [json.dumps({"detik_id": i, "kind": "person", "name": "X"}) for i in ids]
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "other.jsonl").write_text(json.dumps({"detik_id": 99}) + "\n", encoding="utf-8")
    assert checked_ids(tmp_path) == {5, 8, 12}


def test_checked_ids_reads_the_figure_samples_by_their_id_field(tmp_path):
    # figure samples key the article as "id" and may hold a line separator inside a quote
    line = json.dumps({"id": 7, "text": "a\u2028b"}, ensure_ascii=False)
    (tmp_path / "figure_sample_seed1.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "precision_checked.jsonl").write_text(json.dumps({"detik_id": 5}) + "\n")
    assert checked_ids(tmp_path) == {5, 7}
