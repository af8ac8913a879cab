"""Documents -> a few paragraph-sized passages, each with its offsets in the document's text.

Embedding dominates ingest cost, so passages are few and useful: paragraphs are merged up to
about ``TARGET_WORDS`` (short lines never stand alone), overlong paragraphs are cut at sentence
ends, page noise ("Baca juga: ...", share prompts, bylines) is left out, and a very long
document (a regulation) embeds only its first ``MAX_EMBEDDED`` passages; the rest is still
keyword-searchable. The title is given to the model as context with every passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

TARGET_WORDS = 150
MAX_WORDS = 220  # ~350 e5 tokens for Indonesian: under the model's 512
MIN_WORDS = 25  # a passage shorter than this is merged with its neighbour
MAX_EMBEDDED = 32

# Lines that are page furniture, not the article (links to other stories, prompts, credits).
_NOISE = re.compile(
    r"^\W*(baca( juga)?|simak( juga)?|lihat juga|berita terkait|artikel terkait|"
    r"dapatkan (update|berita|informasi)|"
    r"ikuti (kami|berita|update)|download|unduh|advertisement|scroll to continue|"
    r"(editor|penulis|reporter|pewarta|sumber|foto)\s*:)",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Passage:
    ordinal: int
    start: int  # offsets into the document text
    end: int
    text: str
    embed: bool  # False: keyword-only (beyond MAX_EMBEDDED)

    def embedding_input(self, title: Optional[str]) -> str:
        """What the model sees: the title as context, then the passage."""
        return f"{title.strip()}\n{self.text}" if title and title.strip() else self.text


def _spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, after_noise) of each non-noise paragraph line, overlong ones cut at
    sentence ends; ``after_noise``: a noise line came just before (a passage must not span
    it, or the noise would sit inside the passage)."""
    spans: list[tuple[int, int, bool]] = []
    after_noise = False
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        if _NOISE.match(line):
            after_noise = True
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = match.end() - (len(line) - len(line.rstrip()))
        if len(text[start:end].split()) <= MAX_WORDS:
            spans.append((start, end, after_noise))
            after_noise = False
            continue
        piece_start, words = start, 0
        cuts = [m.start() + start for m in _SENTENCE_END.finditer(text[start:end])]
        last_cut = start
        for cut in cuts + [end]:
            words += len(text[last_cut:cut].split())
            if words >= TARGET_WORDS or cut == end:
                if cut > piece_start:
                    spans.append((piece_start, cut, after_noise))
                    after_noise = False
                piece_start, words = cut, 0
                while piece_start < end and text[piece_start].isspace():
                    piece_start += 1
            last_cut = cut
    return spans


def split_passages(text: str) -> list[Passage]:
    """Passages of a document's text, in order, with character offsets."""
    merged: list[list[int]] = []
    words: list[int] = []
    for start, end, after_noise in _spans(text):
        count = len(text[start:end].split())
        if (
            merged
            and not after_noise
            and words[-1] + count <= MAX_WORDS
            and (words[-1] < MIN_WORDS or words[-1] + count <= TARGET_WORDS)
        ):
            merged[-1][1] = end
            words[-1] += count
        else:
            merged.append([start, end])
            words.append(count)
    if len(merged) > 1 and words[-1] < MIN_WORDS and words[-2] + words[-1] <= MAX_WORDS:
        merged[-2][1] = merged[-1][1]
        merged.pop()
    if not merged and text.strip():  # all noise: keep the text rather than lose the document
        stripped = text.strip()
        merged = [[text.index(stripped), text.index(stripped) + len(stripped)]]
    return [Passage(i, s, e, text[s:e], i < MAX_EMBEDDED) for i, (s, e) in enumerate(merged)]
