"""Extraction on worker processes gives what one process gives, and loses nothing on errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.queries.figures import FigureFilters, iter_figures
from corpus.store import CorpusStore, Document
from nlp.enrich import enrich_store
from nlp.extract import ExtractError, extract_documents, read_article
from nlp.parallel import ExtractionPool, WorkerDied, processes_for, task_size

HELDOUT = Path(__file__).parent / "heldout"


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return [read_article(path) for path in sorted(HELDOUT.glob("*.txt"))]


def test_two_processes_extract_what_one_process_does(rules_nlp, articles):
    one = extract_documents(articles, nlp=rules_nlp)
    with ExtractionPool(rules_nlp, n_process=2, batch_size=2) as pool:
        two = pool.extract(articles)
    assert len(two) == len(articles) >= 6
    assert two == one


def test_a_bad_item_raises_the_workers_error(rules_nlp, articles):
    with ExtractionPool(rules_nlp, n_process=2, batch_size=1) as pool:
        with pytest.raises(ExtractError, match="title or text"):
            pool.extract([articles[0], {"title": "", "text": "  "}])
        # the pool still works after a failed chunk
        assert pool.extract(articles[:2]) == extract_documents(articles[:2], nlp=rules_nlp)


def test_enrich_on_two_processes_saves_every_good_document(tmp_path, rules_nlp, articles):
    with CorpusStore(tmp_path / "corpus.sqlite") as store:
        store.upsert_documents(
            [
                Document(
                    id=f"doc{i}",
                    url=f"http://x/{i}",
                    title=a["title"],
                    text=a["text"],
                    published="2024-06-04",
                )
                for i, a in enumerate(articles)
            ]
            + [
                Document(
                    id="bad-date",
                    url="http://x/bad",
                    title="Judul",
                    text="Isi berita.",
                    published="bukan tanggal",
                )
            ]
        )
        summary = enrich_store(store, rules_nlp, batch_size=2, n_process=2)
        assert (summary.enriched, summary.failed) == (len(articles), 1)
        assert [doc_id for doc_id, _ in summary.errors] == ["bad-date"]
        stored = store.get_extraction("doc0")
        expected = extract_documents([{**articles[0], "published": "2024-06-04"}], nlp=rules_nlp)[0]
        assert stored["people"] == expected["people"]
        assert stored["organizations"] == expected["organizations"]
        # What a figure measures reaches the queryable table: one quantity by its label.
        measure = sorted({f["measure"] for f in expected["figures"]} - {None})[0]
        found = list(iter_figures(store.db, FigureFilters(measure=measure, doc_id="doc0")))
        assert found and {f["measure"] for f in found} == {measure}


def test_processes_follow_the_work():
    assert processes_for(None, documents=10, batch_size=64) == 1  # one batch: no workers
    assert processes_for(4, documents=1000, batch_size=64) == 4
    assert processes_for(4, documents=130, batch_size=64) == 3  # three batches
    assert processes_for(1, documents=1000, batch_size=64) == 1


def test_a_containers_cpu_quota_caps_the_workers(tmp_path, monkeypatch):
    import os

    from corpus import config

    quota = tmp_path / "cpu.max"
    monkeypatch.setattr(config, "CGROUP_CPU_MAX", quota)
    quota.write_text("100000 100000\n")  # one CPU's worth on any host
    assert config.available_cpus() == 1
    quota.write_text("max 100000\n")  # no quota: the CPUs this process may run on
    assert config.available_cpus() == len(os.sched_getaffinity(0))
    quota.unlink()  # no cgroup v2 file at all
    assert config.available_cpus() == len(os.sched_getaffinity(0))


# Session 33 (speed): the work goes out in small tasks, queued while the store is written, and
# gives what one process gives (docs/extraction.md, "Speed (session 33)").
def test_tasks_are_small_but_never_above_the_batch():
    assert task_size(32) == 8  # the benchmark: 63 tasks for 500 articles, not 16 batches
    assert task_size(64) == 8  # an enrich round of 128: 16 tasks, not 2 halves
    assert task_size(2) == 2  # never above the batch size


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


# A worker killed mid-run (the OOM killer, a user's kill) used to leave `enrich` waiting for
# ever on multiprocessing.Pool; the round now fails with a clear error and nothing saved is lost.
def _kill_a_worker_when_work_starts() -> None:
    import multiprocessing
    import os
    import signal
    import time

    deadline = time.monotonic() + 30
    while not multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.01)
    pid = multiprocessing.active_children()[0].pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)


def test_a_killed_worker_fails_the_round_instead_of_hanging(rules_nlp, articles):
    import threading

    with ExtractionPool(rules_nlp, n_process=2, batch_size=1) as pool:
        pending = pool.submit(articles * 20)
        _kill_a_worker_when_work_starts()
        outcome: list[BaseException | list[dict]] = []

        def wait() -> None:
            try:
                outcome.append(pending())
            except BaseException as exc:  # noqa: BLE001 - the test reads what it was
                outcome.append(exc)

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        waiter.join(60)
        assert outcome, "the results never came: a dead worker left the caller waiting"
        assert isinstance(outcome[0], WorkerDied), outcome[0]


def test_enrich_keeps_the_rounds_saved_before_a_worker_died(tmp_path, rules_nlp, articles):
    import threading

    docs = [
        Document(id=f"doc{i:03d}", url=f"http://x/{i}", title=a["title"], text=a["text"])
        for i, a in enumerate(articles * 10)
    ]
    with CorpusStore(tmp_path / "corpus.sqlite") as store:
        store.upsert_documents(docs)
        saved_before_kill: list[int] = []

        def kill_after_first_round(done: int, total: int, rate: float) -> None:
            if not saved_before_kill:
                saved_before_kill.append(done)
                threading.Thread(target=_kill_a_worker_when_work_starts).start()

        with pytest.raises(WorkerDied, match="died"):
            enrich_store(
                store, rules_nlp, batch_size=2, n_process=2, on_progress=kill_after_first_round
            )
        kept = [d.id for d in docs if store.get_extraction(d.id) is not None]
        assert saved_before_kill and len(kept) >= saved_before_kill[0] > 0
        # A rerun goes on from what was kept and finishes the store.
        summary = enrich_store(store, rules_nlp, batch_size=2, n_process=2)
        assert summary.enriched == len(docs) - len(kept) and summary.failed == 0
