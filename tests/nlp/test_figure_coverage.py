"""benchmarks/figure_coverage.py: what accounts for each number, and the sample re-read."""

from __future__ import annotations

import json

from benchmarks.figure_coverage import _write_returned, _write_sample, classify_numbers


def test_a_number_equal_to_a_unitless_figure_is_no_repeat(figure_nlp):
    # invented: the bracketed score (4,51) is a figure without unit; "4,51" later with no unit
    # after it repeats no unit of that figure.
    text = "Judul\nJawa Timur di peringkat pertama (4,51). Angka 4,51 itu naik dari tahun lalu."
    doc = figure_nlp(text)
    assert [(f["value"], f["unit"]) for f in doc._.figures] == [(4.51, None)]
    second = text.rindex("4,51")
    (by,) = [b for s, _, b in classify_numbers(doc) if s == second]
    assert by != "repeats"


def test_the_sample_re_read_says_what_accounts_for_each_number_now(tmp_path, capsys):
    path = tmp_path / "sample.jsonl"
    drawn = [
        {"id": 2, "start": 10, "end": 12, "by": "uncovered", "text": ""},
        {"id": 2, "start": 30, "end": 33, "by": "uncovered", "text": ""},
        {"id": 4, "start": 5, "end": 7, "by": "uncovered", "text": ""},
        {"id": 6, "start": 1, "end": 3, "by": "uncovered", "text": ""},
    ]
    path.write_text("".join(json.dumps(d) + "\n" for d in drawn), encoding="utf-8")
    classified = {(2, 10, 12): "figures", (2, 30, 33): "repeats", (4, 5, 7): "uncovered"}
    _write_sample(path, [], None, 0, classified)
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == ["2 10 figures", "2 30 repeats", "4 5 uncovered", "6 1 missing"]
    assert lines[4].startswith("sample: 1 of 4 numbers now returned as figures")


def test_a_draw_larger_than_the_pool_takes_the_pool(tmp_path):
    path = tmp_path / "draw.jsonl"
    pool = [{"id": 2, "start": k, "end": k + 1, "by": "uncovered", "text": ""} for k in range(3)]
    _write_sample(path, pool, 150, 3024, {})
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3


def test_the_returned_draw_is_a_seeded_sample_in_article_order(tmp_path):
    returned = [{"id": k % 7, "value": k} for k in range(30)]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write_returned(first, returned, 10, 3203)
    _write_returned(second, returned, 10, 3203)
    drawn = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert len(drawn) == 10 and first.read_text() == second.read_text()
    assert [d["id"] for d in drawn] == sorted(d["id"] for d in drawn)
    assert all(d in returned for d in drawn)
