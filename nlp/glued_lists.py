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

from nlp.lexicon import cues, org_lexicon, roles
from nlp.vocabulary import common_words

FIRST_ITEM = re.compile(r"^\s*1[.)]\s+\S")
MAX_ITEMS = 60


def _next_item(number: int) -> re.Pattern:
    # Glued to a letter or digit ("miliar2.", "0002.") or to the full stop ending the item before
    # ("menjadi Rp 1 triliun.2. Kabupaten Dompu"), or after a space that follows a word or a
    # closing mark ("miliar 2.", "(BPS): 2."), never after a space that follows a number.
    return re.compile(
        rf"(?:(?<=[^\W_])|(?<=[^\W\d_]\.)|(?<=[^\W\d_]\s)|(?<=[)%:;,.\"”]\s))"
        rf"{number}\.\s+(?=[A-Z\"“(])"
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


# "kataKapolrestabes Medan", "bunyiPasal 2", "dariAntara", "dikutip dariAFP", "dataBPS": a
# crawl lost the space where a link or an italic word began, gluing a lower-case word to the
# capitalised word (or acronym of three capitals or more) after it. Split only where the left
# part is a whole lower-case word of the common vocabulary (three letters at least, opening a
# word: not "iPhone", "myPertamina", "camelCase", "getElementById", "#indonesiaGelap",
# "@jokowiDodo", "kompas.comTV", "?refSource="), the right one a capitalised word of four letters
# at least ("apiKey", "mobilePay" stay) or an acronym. A capitalised left part is a written
# form ("ChatGPT", "KemenPAN-RB", "KemenPUPR", "BloombergNEF", "CoronaVAC", "KompasTV"), split
# only where it is a common word and the acronym a known organisation of organizations.yaml
# ("Guru Besar BiologiIPB University"; "Chat" + "GPT" is none). A token holding a second hump,
# a digit or a mark of code or URLs ("ejaanYangDisempurnakan", "refSource=twitter") is left
# whole. The outlets' own sub-brands are written glued on purpose ("detikNews",
# "dilansirdetikBali", "kumparanNEWS"): cues.yaml `outlet_sub_brands`.
_GLUED_WORDS = re.compile(
    r"(?<![\w#@./?&=%:-])(?:([a-z]{3,})(?=[A-Z][a-z]{3,}|[A-Z]{3,}\b)"
    r"|([A-Z][a-z]{3,})(?=([A-Z]{3,})\b))"
)
_TOKEN = re.compile(r"\S+")
_CODE_LIKE = re.compile(r"[a-z][A-Z].*[a-z][A-Z]|[=?&_/\\(){}\[\]<>|\d]")


@lru_cache(maxsize=1)
def _outlets() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w.lower()) for w in cues()["outlet_sub_brands"]))


def split_glued_words(text: str) -> str:
    """A space between a lower-case word and the capitalised word glued to it."""
    common, outlets, orgs = common_words(), _outlets(), org_lexicon()

    def split(m: re.Match[str]) -> str:
        left = m.group(1) or m.group(2)
        token = _TOKEN.match(text, m.start())
        if (
            left.lower() not in common
            or outlets.search(left.lower())
            or token
            and _CODE_LIKE.search(token.group())
            or m.group(2)
            and orgs.resolve(m.group(3)) is None
        ):
            return left
        return left + " "

    return _GLUED_WORDS.sub(split, text)


# "Prof. Dr. Rika*Raffiudin*,", "A.M. Hendropriyono*Sekretaris* Pengendalian ...": a name run
# into the next capitalised word by a lost space. Two capitalised halves, the left of four
# letters at least and the right of three, are split only where the text says a person is
# named: the right half is a one-word title head of roles.yaml (a name before its title, a
# signature line flattened), or the word stands right after a name title of cues.yaml written
# as a title ("Prof.", "Dr.", "Ibu", "Bapak"; not the common words "seorang ibu TikToker").
# Brands written in two capitals stay ("YouTube", "NasDem", "IndoStrategi", "BlackRock",
# "TikToker"), and so do names glued to their prefix ("MacArthur", "VanDyke"; cues.yaml
# `glued_name_prefixes`).
_GLUED_CAPITALS = re.compile(r"(?<![\w#@./-])([A-Z][a-z]{3,})(?=([A-Z][a-z]{2,})\b)")
_TITLE_BEFORE = re.compile(r"(\w+)\.?\s+$")


@lru_cache(maxsize=1)
def _name_titles_as_written() -> frozenset[str]:
    """cues.yaml ``name_titles`` as written, without the stop ("Prof", "Ibu", "dr")."""
    return frozenset(t.rstrip(".") for t in cues()["name_titles"])


@lru_cache(maxsize=1)
def _glued_name_prefix() -> re.Pattern[str]:
    prefixes = sorted(cues()["glued_name_prefixes"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in prefixes) + ")[A-Z]")


def split_glued_names(text: str) -> str:
    """A space between a personal name and the capitalised word glued to it, where a title
    before or after says a person is named."""
    heads, titles, prefix = roles().one_word_heads, _name_titles_as_written(), _glued_name_prefix()

    def split(m: re.Match[str]) -> str:
        if prefix.match(text, m.start()):
            return m.group(1)
        before = _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if m.group(2).lower() in heads or before and before.group(1) in titles:
            return m.group(1) + " "
        return m.group(1)

    return _GLUED_CAPITALS.sub(split, text)
