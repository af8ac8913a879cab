"""Session 33 (speed): the work handed out in small tasks, queued while the store is written,
gives what one process gives (docs/extraction.md, "Speed (session 33)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.store import CorpusStore, Document
from nlp.enrich import enrich_store
from nlp.extract import extract_documents, read_article
from nlp.parallel import ExtractionPool, task_size

HELDOUT = Path(__file__).parent / "heldout"


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


def test_results_asked_after_close_raise_rather_than_hang(rules_nlp, articles):
    pool = ExtractionPool(rules_nlp, n_process=2, batch_size=2)
    pending = pool.submit(articles)
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pending()


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
