"""Near-duplicate clusters on real syndicated copies, written to the store incrementally."""

from __future__ import annotations

import numpy as np

from nlp import dedup
from search_api.engine.evaluation import articles_by_id, store_articles

# Real re-publications: detik's regional desk re-running a national story with an edited lead
# and quotes (233/235/664), exact copies under other ids (210/251/265), and Kompas' archive
# holding one article twice (28May2025 and 28May2025-00:40).
COPIES = [
    ["detik-233", "detik-235", "detik-664"],
    ["detik-210", "detik-251", "detik-265"],
    [
        "archive/28May2025/xml.2025.05.27.225411178.md",
        "archive/28May2025-00:40/xml.2025.05.27.225411178.md",
    ],
]
# Different stories on one topic: job fairs in Bekasi and Solo, two BPJS Kesehatan stories.
DISTINCT = [
    "archive/28May2025/xml.2025.05.28.08044831.md",
    "archive/23Jul2025/xml.2025.07.23.155425878.md",
    "detik-47",
    "detik-917",
    "detik-905",
]


def test_signature_similarity_tracks_shared_text(shared_dir):
    a, b, other = articles_by_id(shared_dir, ["detik-233", "detik-235", "detik-917"])
    assert dedup.similarity(dedup.signature(a["text"]), dedup.signature(a["text"])) == 1.0
    assert dedup.similarity(dedup.signature(a["text"]), dedup.signature(b["text"])) >= 0.65
    assert dedup.similarity(dedup.signature(a["text"]), dedup.signature(other["text"])) < 0.1


def test_clusters_group_copies_and_nothing_else(shared_dir):
    ids = [i for group in COPIES for i in group] + DISTINCT
    articles = articles_by_id(shared_dir, ids)
    clusters = dedup.clusters_of(ids, np.vstack([dedup.signature(a["text"]) for a in articles]))
    for group in COPIES:
        assert {clusters[i] for i in group} == {min(group)}
    assert all(clusters[i] is None for i in DISTINCT)


def test_update_clusters_writes_the_store_incrementally(store, shared_dir):
    first, second = COPIES[0][:2]
    articles = articles_by_id(shared_dir, [first, second, *DISTINCT[:2]])
    for article in articles:  # the copies came from other outlets
        article["outlet"] = f"outlet-{article['id']}"
    store_articles(store, articles)
    dedup.update_clusters(store)
    stored = {d["id"]: d["cluster_id"] for d in store.iter_documents()}
    assert stored[first] == stored[second] == min(first, second)
    assert stored[DISTINCT[0]] is None and stored[DISTINCT[1]] is None

    # Unchanged documents are not shingled again: a marker put in place of one stored
    # signature survives the next run (and, no longer matching, splits that cluster).
    signatures = dedup.SignatureFile(dedup.signature_path(store))
    marker = np.arange(dedup.NUM_PERM, dtype=np.uint32)
    signatures.put([(second, store.get_document(second)["content_hash"], marker)])
    signatures.close()
    dedup.update_clusters(store)
    signatures = dedup.SignatureFile(dedup.signature_path(store))
    ids, matrix = signatures.load()
    signatures.close()
    assert (matrix[ids.index(second)] == marker).all()
    assert store.get_document(first)["cluster_id"] is None
    signatures = dedup.SignatureFile(dedup.signature_path(store))
    signatures.delete([second])  # forgotten signature: recomputed, cluster back
    signatures.close()
    dedup.update_clusters(store)
    assert store.get_document(first)["cluster_id"] == min(first, second)

    store.delete_document(second)  # its copy is a story of its own again
    dedup.update_clusters(store)
    assert store.get_document(first)["cluster_id"] is None
