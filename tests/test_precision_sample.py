"""The precision sample (benchmarks/precision_sample.py) shows the sentences naming an item."""

from __future__ import annotations

from benchmarks.precision_sample import mentions


def test_mentions_are_whole_words():
    # Invented text in the shape of detik's boilerplate and a stock ticker.
    text = "SCROLL TO CONTINUE WITH CONTENT\nUni Eropa (UE) sepakat. Saham BBCA naik. BCA untung."
    assert mentions(text, ["Uni Eropa", "UE"]) == ["Uni Eropa (UE) sepakat."]
    assert mentions(text, ["BCA", ""]) == ["BCA untung."]
