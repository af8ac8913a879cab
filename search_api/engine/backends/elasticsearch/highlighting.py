"""Cutting a passage out of Elasticsearch's highlighted text.

The server highlights the whole text (``number_of_fragments: 0``, HTML encoder, ``<mark>``
tags) with its own analysis, so what is marked is exactly what matched. Passages are then cut
from it by their character offsets: the highlighted string is mapped back onto the raw text
(entities decoded, tags dropped) to find where each mark starts and ends.
"""

from __future__ import annotations

import html
import re
from typing import Optional

_TAG = re.compile(r"</?mark>")


def marked_spans(highlighted: Optional[str], text: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of every marked stretch; [] when the highlight does not
    map onto the text (then nothing is marked rather than something wrongly)."""
    if not highlighted:
        return []
    spans, raw_pos, open_at = [], 0, None
    pieces: list[str] = []
    last = 0
    for tag in _TAG.finditer(highlighted):
        piece = html.unescape(highlighted[last : tag.start()])
        pieces.append(piece)
        raw_pos += len(piece)
        if tag.group() == "<mark>":
            open_at = raw_pos
        elif open_at is not None:
            spans.append((open_at, raw_pos))
            open_at = None
        last = tag.end()
    pieces.append(html.unescape(highlighted[last:]))
    if "".join(pieces) != text:
        return []
    return spans


def render(text: str, start: int, end: int, spans: list[tuple[int, int]], tag: str = "mark") -> str:
    """``text[start:end]`` HTML-escaped, with the marked stretches inside it in <tag>."""
    out, pos = [], start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e or s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<{tag}>{html.escape(text[s:e])}</{tag}>")
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def marked_words(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> set[str]:
    """Distinct marked words inside a passage (lower case): how well it shows the query."""
    return {text[s:e].lower() for s, e in spans if s >= start and e <= end}
