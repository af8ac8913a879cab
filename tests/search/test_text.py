"""Indonesian analysis, highlighting and passage splitting on real article text."""

from __future__ import annotations

from search_api.engine.analysis import analyzer, highlight, looks_english
from search_api.engine.evaluation import articles_by_id
from search_api.engine.passages import MAX_EMBEDDED, MAX_WORDS, split_passages


def test_stop_words_go_before_stemming():
    # "peserta" stems to "serta", which is also a stop word: the participant must survive.
    assert analyzer().terms("jumlah peserta yang aktif serta pekerja") == [
        "jumlah",
        "serta",
        "aktif",
        "kerja",
    ]


def test_affixed_forms_share_a_stem():
    a = analyzer()
    assert a.terms("perlindungan")[0] == a.terms("melindungi")[0] == a.terms("terlindungi")[0]
    assert a.terms("Ketenagakerjaan")[0] == a.terms("ketenagakerjaan")[0]


def test_highlight_marks_inflected_forms_and_escapes_html():
    text = 'BPJS melindungi <pekerja> & "perlindungan" dilakukan'
    marked = highlight(text, analyzer().terms("perlindungan pekerja"))
    assert marked == (
        "BPJS <mark>melindungi</mark> &lt;<mark>pekerja</mark>&gt; &amp; "
        "&quot;<mark>perlindungan</mark>&quot; dilakukan"
    )


def test_highlight_offsets_survive_unicode_normalisation():
    text = "Ｂｐｊｓ ﬁnal café BPJS"  # full-width letters and a ligature change length
    assert (
        highlight(text, analyzer().terms("bpjs"))
        == "<mark>Ｂｐｊｓ</mark> ﬁnal café <mark>BPJS</mark>"
    )


def test_language_guess():
    assert looks_english("how many workers are covered by social security")
    assert looks_english("chaos at a job fair as job seekers faint")
    assert not looks_english("berapa jumlah peserta BPJS Ketenagakerjaan")
    assert not looks_english("penandatanganan nota kesepahaman")


def test_passages_of_real_articles(shared_dir):
    for article in articles_by_id(
        shared_dir,
        [
            "detik-565",
            "001_4297a0413e487536",
            "archive/07Jun2025/petronas-bakal-phk-10-persen-karyawan-5-000-orang-terdampak.md",
        ],
    ):
        text = article["text"]
        passages = split_passages(text)
        assert 1 <= len(passages) <= 8
        for p in passages:
            assert text[p.start : p.end] == p.text  # offsets hold
            assert len(p.text.split()) <= MAX_WORDS
            assert "SCROLL TO CONTINUE" not in p.text  # page noise left out
            assert not p.text.lower().startswith("baca juga")
        words = sum(len(p.text.split()) for p in passages)
        assert words >= 0.8 * len(text.split()) - 40  # the article is covered


def test_long_paragraphs_are_cut_at_sentences_and_long_documents_cap_embedding():
    sentence = "Pasal ini mengatur iuran jaminan sosial bagi pekerja penerima upah. "
    text = "\n\n".join(sentence * 40 for _ in range(30))  # 30 paragraphs of 400 words
    passages = split_passages(text)
    assert all(len(p.text.split()) <= MAX_WORDS for p in passages)
    assert all(p.text.endswith(".") for p in passages)
    assert sum(p.embed for p in passages) == MAX_EMBEDDED < len(passages)
    assert passages[0].embedding_input("Judul") == "Judul\n" + passages[0].text


def test_text_of_noise_only_is_still_one_passage():
    passages = split_passages("Baca juga: sesuatu")
    assert len(passages) == 1 and passages[0].text == "Baca juga: sesuatu"


def test_best_passage_is_the_most_similar_nudged_by_query_words():
    import numpy as np

    from search_api.engine.backends.embedded import _best_passage
    from search_api.engine.ranking import LEXICAL_NUDGE
    from search_api.engine.vectors import to_blob

    text = "Iuran naik tahun ini. Kepesertaan pekerja informal bertambah. Cuaca cerah."
    spans = [(0, 21), (22, 61), (62, 74)]
    query = np.array([1.0, 0.0], dtype=np.float32)

    def rows(similarities):
        return [
            (1, i, s, e, to_blob(np.array([sim, np.sqrt(1 - sim * sim)], np.float32)))
            for i, ((s, e), sim) in enumerate(zip(spans, similarities))
        ]

    stems = analyzer().terms("kepesertaan pekerja")
    # the second passage holds the query words and is within the nudge of the best one
    close = _best_passage(text, rows([0.84, 0.84 - LEXICAL_NUDGE / 2, 0.2]), stems, query, True)
    assert close.start == 22 and "<mark>pekerja</mark>" in close.highlighted
    # too far behind: similarity wins
    far = _best_passage(text, rows([0.84, 0.84 - 2 * LEXICAL_NUDGE, 0.2]), stems, query, True)
    assert far.start == 0
    # keyword mode (no vector): query words alone decide
    assert _best_passage(text, rows([0.9, 0.1, 0.1]), stems, None, True).start == 22
