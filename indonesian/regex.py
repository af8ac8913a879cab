"""Regular-expression helpers shared by the Indonesian text modules."""

from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """``a|b|c`` of the escaped words, longest first, so "dua belas" is tried before "dua"."""
    ordered = sorted(((re.escape(w), w) for w in words), key=lambda p: len(p[0]), reverse=True)
    patterns, plain = [p for p, _ in ordered], [w for _, w in ordered]
    if len(ordered) < 3:
        return "|".join(patterns)
    # Callers write this bare, so text written before it binds to the first word and text after
    # it to the last ("(?-i:(?=[A-Z])){alternation(MONTHS)}"): those two stay alternatives of
    # their own, and only the words between are grouped.
    return "|".join((patterns[0], by_letters(plain[1:-1], patterns[1:-1]), patterns[-1]))


GROUPED_FROM = 12  # words in an alternation from which it is grouped by letter


def by_letters(words: list[str], patterns: list[str], at: int = 0) -> str:
    """``|``-joined ``patterns`` (the regexes of ``words``, in the order they are tried), for
    speed grouped by the words' letter ``at`` behind a one-character look-ahead: Python's re
    tries every alternative in turn at each position, and a long list is skipped a group at a
    time (then by the next letter inside a long group). Words with different letters there
    never both match at one place (in either case, and under re.IGNORECASE, whose case
    folding maps no character onto two ASCII letters), and each group keeps the order: the
    pattern matches exactly what the flat alternation matches. Lists that are short, or
    whose words do not all have an ASCII letter or digit there, stay flat."""
    if (
        len(words) < GROUPED_FROM
        or at >= 2
        or not all(len(w) > at and w[at].isascii() and w[at].isalnum() for w in words)
    ):
        return "|".join(patterns)
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for word, pattern in zip(words, patterns):
        group = groups.setdefault(word[at].lower(), ([], []))
        group[0].append(word)
        group[1].append(pattern)
    return "|".join(
        f"(?={'.' * at}[{letter}{letter.upper()}])(?:{by_letters(*group, at + 1)})"
        for letter, group in groups.items()
    )
