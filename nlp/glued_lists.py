"""Numbered list items that a crawl glued onto one line, put back on lines of their own.

detik pages lose the line breaks of their numbered lists: "1. Sekretariat Jenderal: Rp
32.005.872.242.0002. Inspektorat Jenderal: Rp 36.189.084.000" holds items 1 and 2, and the
amount of item 1 swallowed the number of item 2 ("...000" + "2."). Read as it is, the amount is
no number and "Rp 43,01 miliar2." loses its scale. A line that starts a list with "1." is split
before "2.", then "3.", ...: only the next number of the sequence, followed by a capitalised word,
starts an item, so a "2." in running text does not.
"""

from __future__ import annotations

import re

FIRST_ITEM = re.compile(r"^\s*1[.)]\s+\S")
MAX_ITEMS = 60


def _next_item(number: int) -> re.Pattern:
    # Glued to a letter or digit ("miliar2.", "0002."), or after a space that follows a word or a
    # closing mark ("miliar 2.", "(BPS): 2."), never after a space that follows a number.
    return re.compile(
        rf"(?:(?<=[^\W_])|(?<=[^\W\d_]\s)|(?<=[)%:;,.\"”]\s)){number}\.\s+(?=[A-Z\"“(])"
    )


_NEXT_ITEMS = [_next_item(number) for number in range(MAX_ITEMS + 1)]


def split_glued_list_items(text: str) -> str:
    if "1." not in text:
        return text
    lines = []
    for line in text.split("\n"):
        first = FIRST_ITEM.match(line)
        if first is None:
            lines.append(line)
            continue
        start, position = 0, first.end()
        for number in range(2, MAX_ITEMS + 1):
            item = _NEXT_ITEMS[number].search(line, position)
            if item is None:
                break
            lines.append(line[start : item.start()].rstrip())
            start, position = item.start(), item.end()
        lines.append(line[start:])
    return "\n".join(lines)
