"""Where a known organisation's name, found in the text, names something else.

Short acronyms and company names are reused by the text for other things:

* initials in a list of suspects or witnesses: "keempat pelaku adalah DS, ARH, ZF dan MA" (MA is
  someone's initials, not the Mahkamah Agung), recognised by the other initials of the list that
  no organisation has;
* streets and housing estates named after a body: "Jalan Pertamina", "Perum Asabri" (a
  perumahan, not PT Asabri), "Kompleks DPR";
* initials after "berinisial": "pelaku berinisial MA (13)";
* an acronym the article defines as something else: "Pajak Kendaraan Bermotor (PKB)" makes
  every PKB of the article the tax, not the party.
"""

from __future__ import annotations

import re
from typing import Callable

# "DS, ARH, ZF dan MA": capital-letter tokens joined by commas and "dan"/"atau"/"serta",
# each perhaps with an age in brackets ("MA (13), MT (13)").
_AGE = r"(?:[ \t]*\(\d{1,3}(?:[ \t]*tahun)?\))?"
_INITIALS = r"[A-Z]{1,4}"
_LIST_ITEM = _INITIALS + _AGE
_JOINER = r"(?:[ \t]*,[ \t]*(?:dan|atau|serta)?[ \t]*|[ \t]+(?:dan|atau|serta)[ \t]+)"
_BEFORE = re.compile(r"(?:" + _LIST_ITEM + _JOINER + r")+$")
_AFTER = re.compile(r"^" + _AGE + r"(?:" + _JOINER + _INITIALS + r"(?![\w-])" + _AGE + r")+")
_TOKEN = re.compile(r"[A-Z]+")
# "tersangka berinisial MA", "dengan inisial MA": what follows is someone's initials.
_INITIALS_WORD_BEFORE = re.compile(r"(?<![\w-])(?:ber)?inisial[ \t]+$", re.IGNORECASE)
# "Pajak Kendaraan Bermotor (PKB)", "perjanjian kerja bersama (PKB)": words, connectors
# between them, before a bracketed all-capital acronym.
_DEFINITION = re.compile(
    # (?<!...): start at a word's start only, or a long word is rescanned from each capital.
    r"(?<![\w-])((?:[A-Za-z][\w-]*[ \t]+(?:(?:dan|dan/atau|&|atas|untuk)[ \t]+)?){2,8})"
    r"\(([A-Z]{2,6})\)"
)
_CONNECTOR_WORDS = frozenset({"dan", "dan/atau", "&", "atas", "untuk"})
# A short form and the words spelling it in the bracket after it: "WFP (work from pantai)".
_SHORT_THEN_BRACKET = re.compile(
    r"(?<![\w-])([A-Z]{2,6})[ \t]*\(([A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){1,7})\)"
)
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


def after_initials_word(text: str, start: int) -> bool:
    """True when "berinisial"/"inisial" stands right before ``start``: a person's initials."""
    return _INITIALS_WORD_BEFORE.search(text, max(0, start - 16), start) is not None


def spelled_definitions(text: str) -> dict[str, str]:
    """Acronyms the text defines by the initials of the words before them, each with its long
    form: "Pajak Kendaraan Bermotor (PKB)" -> {"PKB": "Pajak Kendaraan Bermotor"}; "perjanjian
    kerja bersama (PKB)" -> {"PKB": "perjanjian kerja bersama"} (a common noun the press writes
    in lower case). Only exact spellings (`_spells`) count, so the long form is certain."""
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        acronym = match.group(2)
        words = [w for w in match.group(1).split() if w.lower() not in _CONNECTOR_WORDS]
        long_words = words[-len(acronym) :]
        if _spells(long_words, acronym):
            found.setdefault(acronym, " ".join(long_words))
    return found


def spelled_after_definitions(text: str) -> dict[str, str]:
    """Short forms the text spells out in the bracket after them (`_spells`): "WFP (work from
    pantai)" -> {"WFP": "work from pantai"} (session 49)."""
    found: dict[str, str] = {}
    for match in _SHORT_THEN_BRACKET.finditer(text):
        letters, words = match.group(1), match.group(2).split()
        if _spells(words, letters):
            found.setdefault(letters, " ".join(words))
    return found


def _spells(words: list[str], letters: str) -> bool:
    """One word a letter, in order, all capitalised or all lower case: an exact spelling."""
    return (
        len(words) == len(letters)
        and len({w[0].isupper() for w in words}) == 1
        and all(w[0].upper() == letter for w, letter in zip(words, letters, strict=True))
    )


def place_word_before(text: str, start: int) -> int | None:
    """Start of a street or housing-estate word standing right before ``start`` ("*Perum*
    Asabri", "*Jalan* Pertamina"), or None. The caller keeps a name that includes the word
    ("Perum Bulog" is the company)."""
    found = _PLACE_BEFORE.search(text, max(0, start - 14), start)
    return found.start() if found else None
