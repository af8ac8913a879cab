"""Where a known organisation's name, found in the text, names something else.

Short acronyms and company names are reused by the text for other things:

* initials in a list of suspects or witnesses: "keempat pelaku adalah DS, ARH, ZF dan MA" (MA is
  someone's initials, not the Mahkamah Agung), recognised by the other initials of the list that
  no organisation has;
* streets and housing estates named after a body: "Jalan Pertamina", "Perum Asabri" (a
  perumahan, not PT Asabri), "Kompleks DPR".
"""

from __future__ import annotations

import re
from typing import Callable

# "DS, ARH, ZF dan MA": capital-letter tokens joined by commas and "dan"/"atau"/"serta".
_LIST_ITEM = r"[A-Z]{1,4}"
_JOINER = r"(?:[ \t]*,[ \t]*(?:dan|atau|serta)?[ \t]*|[ \t]+(?:dan|atau|serta)[ \t]+)"
_BEFORE = re.compile(r"(?:" + _LIST_ITEM + _JOINER + r")+$")
_AFTER = re.compile(r"^(?:" + _JOINER + _LIST_ITEM + r"(?![\w-]))+")
_TOKEN = re.compile(_LIST_ITEM)
# Words that make the name after them a street or a housing estate.
_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:Jalan|Jl\.?|Jln\.?|Perumahan|Perum|Kompleks|Komplek|Gang|Gg\.)[ \t]+$"
)


def in_initials_list(
    text: str, start: int, end: int, is_organisation: Callable[[str], bool]
) -> bool:
    """True when text[start:end], an all-capital short form, stands in a list with at least two
    other all-capital tokens that are no organisation: a list of people's initials."""
    surface = text[start:end]
    if not (surface.isupper() and len(surface) <= 4):
        return False
    before = _BEFORE.search(text, max(0, start - 60), start)
    after = _AFTER.match(text[end : end + 60])
    others = _TOKEN.findall(before.group() if before else "") + _TOKEN.findall(
        after.group() if after else ""
    )
    return sum(not is_organisation(token) for token in others) >= 2


def place_word_before(text: str, start: int) -> int | None:
    """Start of a street or housing-estate word standing right before ``start`` ("*Perum*
    Asabri", "*Jalan* Pertamina"), or None. The caller keeps a name that includes the word
    ("Perum Bulog" is the company)."""
    found = _PLACE_BEFORE.search(text, max(0, start - 14), start)
    return found.start() if found else None
