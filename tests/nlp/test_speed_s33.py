"""Session 33 (speed): the faster paths give what the slower ones gave.

Sentences here are invented (shaped like Indonesian news); the even half's extraction stays
byte-identical (docs/extraction.md, "Speed (session 33)")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.store import CorpusStore, Document
from nlp.enrich import enrich_store
from nlp.extract import extract_documents, read_article
from nlp.parallel import ExtractionPool, task_size
from nlp.textutil import whole_word_spans

HELDOUT = Path(__file__).parent / "heldout"


def _regex_spans(text: str, names: set[str]) -> list[tuple[int, int]]:
    """What people.py compiled per document before session 33."""
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?!\w)"
    )
    return [m.span() for m in pattern.finditer(text)]


# invented sentences
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the longest name at a place wins, the search goes on after it
        (
            "Direktur Bank Indonesia Timur dan Bank Indonesia bertemu di Jakarta.",
            {"Bank Indonesia", "Bank Indonesia Timur"},
        ),
        # refused: inside a longer word on either side, or glued with "_"
        (
            "XBank Indonesia, Bank Indonesiaku, _Bank Indonesia dan Bank Indonesia.",
            {"Bank Indonesia"},
        ),
        # a name starting inside another one's match is skipped; overlapping writings
        ("Hotel Sultan Hotel Sultan Agung", {"Hotel Sultan", "Sultan Hotel", "Sultan Agung"}),
        # digits and non-ASCII letters are word characters for \w
        (
            "Komisi XI2 dan Komisi XI, Café Bandung serta éCafé Bandung",
            {"Komisi XI", "Café Bandung"},
        ),
        ("", {"Bank Indonesia"}),
    ],
)
def test_whole_word_spans_are_the_regex_spans(text, names):
    assert whole_word_spans(text, names) == _regex_spans(text, names)


def test_tasks_are_small_but_never_above_the_batch():
    assert task_size(32) == 8  # the benchmark: 63 tasks for 500 articles, not 16 batches
    assert task_size(64) == 8  # an enrich round of 128: 16 tasks, not 2 halves
    assert task_size(2) == 2  # never above the batch size


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return [read_article(path) for path in sorted(HELDOUT.glob("*.txt"))]


def test_submitted_work_comes_back_in_order_while_more_is_queued(rules_nlp, articles):
    one = extract_documents(articles, nlp=rules_nlp)
    with ExtractionPool(rules_nlp, n_process=2, batch_size=2) as pool:
        first = pool.submit(articles)
        second = pool.submit(articles[::-1])
        assert first() == one
        assert second() == one[::-1]


def test_enrich_with_a_limit_saves_that_many(tmp_path, rules_nlp, articles):
    with CorpusStore(tmp_path / "corpus.sqlite") as store:
        store.upsert_documents(
            [
                Document(id=f"doc{i:02d}", url=f"http://x/{i}", title=a["title"], text=a["text"])
                for i, a in enumerate(articles)
            ]
        )
        summary = enrich_store(store, rules_nlp, batch_size=1, n_process=2, limit=5)
        assert (summary.enriched, summary.failed) == (5, 0)
        assert [store.get_extraction(f"doc{i:02d}") is not None for i in range(len(articles))] == [
            i < 5 for i in range(len(articles))
        ]
