"""One body or person written two ways in one article: a shorter form and a misspelling.

News names a company or a foundation in full once and shorter or misspelt elsewhere:
"kepada PT Praba Indopersada" ... "HYL selaku PT Praba" ... "Direktur PT Praba Indopersasa";
"PT Indobuildco" beside "PT Indobuild Co"; "Bank Sentral Swiss" beside "Bank Sentra Swiss".
Read apart, each form is a record of its own, and the shorter one is a cut name (the
hand-checked samples judged "PT Praba" wrong five times).

Counted on the detik-1000 even half's extraction (500 articles), among bodies the lexicon does
not know: 6 pairs where one name opens the other. One adds a name word (PT Praba Indopersada);
five add a place, and one of those is a company's regional office ("PT MAM Energindo
*Jateng-DIY*" beside the company), so a longer name that adds a place is no fuller writing and
the pair stays apart. 4 pairs one letter or space apart: 3 the same body, 1 two schools ("SMP 2
Denpasar", "SMP 3 Denpasar"): a digit is never a misspelling. Only bodies the lexicon does not
know fold: a known body's longer name is its regional branch ("Bawaslu" and "Bawaslu Manggarai
Barat", "KPU" and "KPU Makassar"), a body of its own. On the even half the rule changes 3
articles (70, 210, 296), each right.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from nlp.lexicon import match_place

_WORD = re.compile(r"[^\W_]+")
# A misspelling is told from another body's name by length: two short names one letter apart
# are as likely two bodies ("PT ABC", "PT ABD").
MIN_MISSPELT_LENGTH = 8


class Form(NamedTuple):
    """One record's name as the article writes it, with how it stands in the article."""

    key: str
    name: str
    mentions: int
    first: int  # where the article first writes it


def _words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(name.lower()))


def _one_edit_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter or space put in, left out or changed; a digit is
    never the difference ("SMP 2" and "SMP 3" are two schools)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and not any(c.isdigit() for c in diff[0])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i, c in enumerate(long_):
        if long_[:i] + long_[i + 1 :] == short:
            return not c.isdigit()
    return False


def misspelt(a: str, b: str) -> bool:
    """Two names of one body, one misspelt: one edit apart, case aside, both long enough."""
    a, b = a.lower(), b.lower()
    return min(len(a), len(b)) >= MIN_MISSPELT_LENGTH and _one_edit_apart(a, b)


def _shorter_form_of(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """``short`` opens ``long_`` and is a name of its own (a head and a name word at least),
    and what ``long_`` adds is no place: "PT MAM Energindo *Jateng-DIY*" is the company's
    regional office, and "Universitas Borobudur *Jakarta*" may be one campus of several."""
    n = len(short)
    return 2 <= n < len(long_) and long_[:n] == short and not match_place(list(long_[n:]))


def misspelling_folds(forms: Sequence[Form]) -> dict[str, str]:
    """key -> the key of the form it misspells: the form written more often (the first
    written on a tie)."""
    order = sorted(forms, key=lambda f: (-f.mentions, f.first))
    folds: dict[str, str] = {}
    for i, form in enumerate(order):
        for kept in order[:i]:
            if kept.key not in folds and misspelt(form.name, kept.name):
                folds[form.key] = kept.key
                break
    return folds


def folded_keys(forms: Sequence[Form]) -> dict[str, str]:
    """key -> the key of the record it is another writing of, for the article's unknown
    bodies: a misspelling (``misspelling_folds``), or a shorter form folded into the one
    longer name it opens; a shorter form stays itself when it opens two that are not one name
    ("PT Maju" beside "PT Maju Jaya" and "PT Maju Makmur")."""
    folds = misspelling_folds(forms)
    standing = [f for f in forms if f.key not in folds]
    for form in standing:
        words = _words(form.name)
        longer = sorted(
            (f for f in standing if _shorter_form_of(words, _words(f.name))),
            key=lambda f: len(_words(f.name)),
        )
        # "PT Maju Jaya" and "PT Maju Jaya Abadi" are one name written out further
        if longer and all(
            _shorter_form_of(_words(a.name), _words(b.name)) for a, b in zip(longer, longer[1:])
        ):
            folds[form.key] = longer[-1].key
    return {key: _last(folds, key) for key in folds}


def _last(folds: dict[str, str], key: str) -> str:
    """Where ``key`` ends up when the form it folds into folds on too."""
    seen = {key}
    while key in folds and folds[key] not in seen:
        key = folds[key]
        seen.add(key)
    return key
