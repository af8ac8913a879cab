"""The tokenizer: the same tokens as spaCy's Indonesian one, faster (nlp/tokenizer.py)."""

from __future__ import annotations

from pathlib import Path

import spacy

from nlp.tokenizer import WordStartPrefixSearch, may_start_with_word_char

HELDOUT = Path(__file__).parent / "heldout"
TRICKY = (
    "Rp10.000 Rp 5 juta, US$5 USD100 IDR5juta S$3 RMB9 (Kadin) “Kami” <b>tebal</b> "
    "+62 811 /2024 —sementara 48% 3,5persen 2-3 Agustus e-KTP Pemkot-nya A$1 C$2 "
    "#BPJS @bpjs https://bpjs.go.id/a?b=1 ...dan 'kutip' [1] {x} Rp. 10 rp10 usd5"
)


def test_same_tokens_as_spacy_indonesian(rules_nlp):
    assert isinstance(rules_nlp.tokenizer.prefix_search.__self__, WordStartPrefixSearch)
    reference = spacy.blank("id")
    texts = [TRICKY] + [p.read_text(encoding="utf-8") for p in sorted(HELDOUT.glob("*.txt"))]
    for text in texts:
        assert [t.text for t in rules_nlp.make_doc(text)] == [
            t.text for t in reference.make_doc(text)
        ]


def test_only_patterns_that_can_start_a_word_are_kept_for_words():
    assert may_start_with_word_char("Rp")
    assert may_start_with_word_char(r"US\$")
    assert may_start_with_word_char(r"[A-Z]\.")
    assert may_start_with_word_char(r"\w+")  # a category: cannot tell, kept
    assert may_start_with_word_char("(?:a|b)")  # a group: cannot tell, kept
    assert not may_start_with_word_char(r"\+(?![0-9])")
    assert not may_start_with_word_char("[“”\"'(]")
    assert not may_start_with_word_char("<(b|strong)>")


def test_saved_pipeline_keeps_the_full_prefix_pattern(rules_nlp, tmp_path):
    rules_nlp.tokenizer.to_disk(tmp_path / "tokenizer")
    loaded = spacy.blank("id")
    loaded.tokenizer.from_disk(tmp_path / "tokenizer")
    assert [t.text for t in loaded.make_doc(TRICKY)] == [t.text for t in rules_nlp.make_doc(TRICKY)]
