"""Small pieces of the grammar of Indonesian titles, shared by the role readers.

* ``ordinal_words``: an ordinal inside a title ("Presiden *ke-7* Joko Widodo", "Presiden RI
  *ke-8* Prabowo Subianto") belongs to the role; the name starts after it.
* ``filler_words``: "lainnya" closes a title without being part of it ("anggota Komisi II DPR
  *lainnya*, Deddy Yevri Sitorus": another member); the name follows.
(A numbered or dashed line, "4. Ketum Golkar Bahlil Lahadalia", is body text, not a Title Case
headline: ``nlp.names.list_item_line``, applied to every reader through ``DocWords.headlines``.)
* ``without_short_forms``: a title's short form written in brackets inside it
  ("Sekretaris Daerah *(Sekda)* Kabupaten Cirebon") is no part of the role's text.
"""

from __future__ import annotations

import re
from typing import Sequence

from nlp.textutil import Word

_ORDINAL = re.compile(r"(?i)ke-?\d{1,3}|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)")
_COUNTRY = frozenset({"RI"})
_FILLERS = frozenset({"lainnya", "lain"})
# "(Sekda)", "(Plt.)", "(Wagub)": one or two words, opening with a capital letter.
_SHORT_FORM = re.compile(r"\s*\((?:[A-Z][\w.&-]*)(?:\s[A-Z][\w.&-]*)?\)(?=\s|$)")


def _spaced(text: str, a: Word, b: Word) -> bool:
    """Only spaces between two words (no comma, bracket or sentence end)."""
    return not text[a.end : b.start].strip()


def ordinal_words(text: str, words: Sequence[Word], pos: int) -> int:
    """How many words at ``pos`` give an ordinal of the office: "ke-7", "ke-7 RI", "RI ke-7"
    (0 when none). The ordinal must be followed by a capitalised word, the name."""
    k = pos
    if k < len(words) and words[k].text in _COUNTRY:
        k += 1
    if not (k < len(words) and _ORDINAL.fullmatch(words[k].text)):
        return 0
    if k > pos and not _spaced(text, words[pos], words[k]):
        return 0
    k += 1
    if k < len(words) and words[k].text in _COUNTRY and _spaced(text, words[k - 1], words[k]):
        k += 1
    if k >= len(words) or not words[k].is_capitalized or not _spaced(text, words[k - 1], words[k]):
        return 0
    return k - pos


def filler_words(text: str, words: Sequence[Word], pos: int) -> int:
    """1 when the word at ``pos`` is "lainnya" closing a title before ", NAME"."""
    if pos + 1 >= len(words) or words[pos].lower not in _FILLERS:
        return 0
    gap = text[words[pos].end : words[pos + 1].start].strip()
    return 1 if gap == "," and words[pos + 1].is_capitalized else 0


def without_short_forms(role: str) -> str:
    """The role without a bracketed short form inside it: "Sekretaris Daerah (Sekda)
    Kabupaten Cirebon" -> "Sekretaris Daerah Kabupaten Cirebon"."""
    return " ".join(_SHORT_FORM.sub("", role).split()) or role


PAIR_JOINERS = frozenset({"dan", "serta"})
# Where the clause holding a pair of titles opens.
_CLAUSE_OPEN = re.compile(r"[;:\n]|\.\s|,\s(?=[a-z])")


def paired_titles(
    doc_text: str, first: tuple[int, int], title_re: re.Pattern
) -> tuple[str, str] | None:
    """ "Bupati dan Wakil Bupati Bangkalan, *Lukman Hakim* dan Moch Fauzan Ja'far": two titles
    joined by "dan" right before two names joined by "dan" go to them in order. ``first``: the
    character span of the first name. Returns (first title, second title) as written, the
    second with its organisation or place, or None."""
    start = first[0]
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(doc_text, max(0, start - 200), start)]
    clause = doc_text[opens[-1] if opens else max(0, start - 200) : start]
    words = clause.rstrip().rstrip(",").split()
    joins = [k for k, w in enumerate(words) if w.lower() in PAIR_JOINERS]
    if not joins:
        return None
    d = joins[-1]
    second = " ".join(words[d + 1 :])
    if not second or not title_re.match(second):
        return None
    # The first title: the longest run of words before "dan" that opens with a title.
    for k in range(max(0, d - 4), d):
        candidate = words[k:d]
        if all(w[:1].isupper() or w[:1].isdigit() for w in candidate) and title_re.match(
            " ".join(candidate)
        ):
            return " ".join(candidate), second
    return None


def first_title_with_place(first_title: str, second_role: str) -> str:
    """The first title completed by the place the second one's role ends with: "Bupati" beside
    "Wakil Bupati Bangkalan" -> "Bupati Bangkalan"; "Wakil Ketua 1" beside "Ketua" stays."""
    head = first_title.split()[-1]
    role_words = second_role.split()
    if head in role_words:
        tail = role_words[role_words.index(head) + 1 :]
        return " ".join([first_title, *tail])
    return first_title
