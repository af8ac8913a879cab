"""Numbered list items that a crawl glued together, set apart again.

detik pages lose the line breaks of their numbered lists: "1. Sekretariat Jenderal: Rp
32.005.872.242.0002. Inspektorat Jenderal: Rp 36.189.084.000" holds items 1 and 2, and the
amount of item 1 swallowed the number of item 2 ("...000" + "2."). Read as it is, the amount is
no number and "Rp 43,01 miliar2." loses its scale. In a line that starts a list with "1.", a
space is set before "2.", then "3.", ...: only the next number of the sequence, followed by a
capitalised word, starts an item, so a "2." in running text does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.lexicon import roles
from nlp.names import name_titles

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
    """A space between an item and the next item's number where the crawl glued them
    ("miliar2. Badan" -> "miliar 2. Badan"). The items stay on one line: the name finders read a
    line of items as it was written, and only the glue misled the number reader."""
    if "1." not in text:
        return text
    lines = []
    for line in text.split("\n"):
        first = FIRST_ITEM.match(line)
        if first is None:
            lines.append(line)
            continue
        pieces, start, position = [], 0, first.end()
        for number in range(2, MAX_ITEMS + 1):
            item = _NEXT_ITEMS[number].search(line, position)
            if item is None:
                break
            pieces.append(line[start : item.start()])
            start, position = item.start(), item.end()
        pieces.append(line[start:])
        lines.append(" ".join(_unglue(pieces)))
    return "\n".join(lines)


def _unglue(pieces: list[str]) -> list[str]:
    """The pieces with the whitespace at their ends dropped: joined by one space each."""
    return [p.strip() if i else p.rstrip() for i, p in enumerate(pieces)]


# "Adi Prayitno.Direktur Parameter Politik", "Ukay Karyadi,Pengamat Ekonomi", "... solusi.Padahal":
# a crawl lost the space after a full stop or comma between two words. Only a word ending in
# three lower-case letters counts on the left (not initials or titles: "S.IK.M.Si", "Prof.Dr",
# "Tbk.") and a capitalised word on the right (not a domain: "Kompas.Com").
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{3})([.,])(?=[A-Z][a-z]{2,})(?!(?:Com|Net|Org)\b)")


def split_glued_sentences(text: str) -> str:
    """A space after a full stop or comma glued between two words."""
    return _GLUED_SENTENCE.sub(r"\1 ", text)


# "diunggah olehinfluencerJerome Polin", "kataKapolrestabes Medan", "bunyiPasal 2", "dariAntara":
# a crawl lost the space where a link or an italic word began, gluing a lower-case word to the
# capitalised one after it. Three lower-case letters at least on the left, opening a word (not
# "iPhone", "myPertamina", "#indonesiaGelap", "@jokowiDodo", "kompas.comTV"), and a capitalised
# word of three letters at least on the right. The outlet's own sub-brands are
# written so on purpose ("detikNews", "dilansirdetikBali"): a left part holding "detik" is left.
_OUTLET = re.compile(r"dett?ik")
_GLUED_WORDS = re.compile(
    r"(?<![\w#@./-])([a-z]{3,})(?=[A-Z][a-z]{2,})"
    # ... or before an acronym of three capitals or more ("dikutip dariAFP", "Guru Besar
    # BiologiIPB University", "dataBPS"; not "KompasTV", "MetroTV")
    r"|(?<![\w#@./-])([A-Za-z][a-z]{3,})(?=[A-Z]{3,}\b)"
)


def split_glued_words(text: str) -> str:
    """A space between a lower-case word and the capitalised word glued to it."""
    return _GLUED_WORDS.sub(lambda m: m.group() + ("" if _OUTLET.search(m.group()) else " "), text)


# "A.M. Hendropriyono*Sekretaris* Pengendalian ...", "Prof. Dr. Rika*Raffiudin*,": a name run
# into the next capitalised word by a lost space. Two capitalised halves of three lower-case
# letters or more are split only where the text says a person is named: the right half is a
# one-word title head of roles.yaml (a name before its title, a signature line flattened), or
# the word stands right after a name title of cues.yaml ("Prof.", "Dr.", "Ir.", "Bapak").
# Brands written in two capitals stay ("YouTube", "NasDem", "IndoStrategi", "BlackRock").
_GLUED_CAPITALS = re.compile(r"(?<![\w#@./-])([A-Z][a-z]{2,})(?=([A-Z][a-z]{2,})\b)")
_TITLE_BEFORE = re.compile(r"(\w+)\.?\s+$")


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The one-word title heads of roles.yaml, lower-cased ("sekretaris", "ketua")."""
    return frozenset(h.lower() for h in roles().heads if " " not in h)


def split_glued_names(text: str) -> str:
    """A space between a personal name and the capitalised word glued to it, where a title
    before or after says a person is named."""
    heads, titles = _title_heads(), name_titles()

    def split(m: re.Match[str]) -> str:
        before = _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if m.group(2).lower() in heads or before and before.group(1).lower() in titles:
            return m.group(1) + " "
        return m.group(1)

    return _GLUED_CAPITALS.sub(split, text)
