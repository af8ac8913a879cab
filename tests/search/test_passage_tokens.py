"""Passage tokens kept between searches: the same tokens, stems and highlighting as analysing
the passage afresh, on real article text."""

from __future__ import annotations

from search_api.engine.analysis import analyzer, highlight
from search_api.engine.evaluation import articles_by_id
from search_api.engine.passage_tokens import PASSAGES_KEPT, passage_tokens
from search_api.engine.passages import split_passages


def real_passages(shared_dir) -> list[str]:
    articles = articles_by_id(
        shared_dir,
        [
            "detik-565",
            "001_4297a0413e487536",
            "archive/07Jun2025/petronas-bakal-phk-10-persen-karyawan-5-000-orang-terdampak.md",
        ],
    )
    return [p.text for a in articles for p in split_passages(a["text"])]


def test_kept_tokens_are_the_fresh_analysis(shared_dir):
    passages = real_passages(shared_dir) + ["Ｂｐｊｓ ﬁnal café “BPJS” — Rp 1,5 triliun"]
    for text in passages:
        fresh = list(analyzer().token_spans(text))
        assert fresh  # real passages have words
        assert list(passage_tokens(text).spans()) == fresh
        assert list(passage_tokens(text).spans()) == fresh  # kept: the same again


def test_highlight_from_kept_tokens_is_unchanged(shared_dir):
    for text in real_passages(shared_dir):
        wanted = analyzer().terms("peserta BPJS Ketenagakerjaan pekerja jaminan")
        tokens = passage_tokens(text)
        assert highlight(text, wanted, spans=tokens.spans()) == highlight(text, wanted)
        assert tokens.held(set(wanted)) == {s for _, _, s in analyzer().token_spans(text)} & set(
            wanted
        )


def test_the_cache_is_bounded_and_keyed_by_text():
    passage_tokens.cache_clear()
    first = passage_tokens("peserta aktif BPJS")
    assert passage_tokens("peserta aktif BPJS") is first  # kept
    assert passage_tokens("peserta pasif BPJS") is not first  # other text, other tokens
    for n in range(PASSAGES_KEPT + 10):
        passage_tokens(f"pekerja nomor {n}")
    info = passage_tokens.cache_info()
    assert info.currsize == PASSAGES_KEPT == info.maxsize
