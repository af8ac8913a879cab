"""One body written two ways in one article: a shorter form and a misspelling.

News names a company or a foundation in full once and shorter or misspelt elsewhere:
"kepada PT Praba Indopersada" ... "HYL selaku PT Praba" ... "Direktur PT Praba Indopersasa";
"PT Indobuildco" beside "PT Indobuild Co". Read apart, each form is a record of its own, and
the shorter one is a cut name (the hand-checked samples judged "PT Praba" wrong five times).

Counted on the detik-1000 even half's extraction (500 articles), among bodies the lexicon does
not know: 6 pairs where one name opens the other. One adds a name word (PT Praba Indopersada);
five add a place, and one of those is a company's regional office ("PT MAM Energindo
*Jateng-DIY*" beside the company), so a longer name that adds a place is no fuller writing. 4
pairs one letter or space apart: 3 the same body, 1 two schools ("SMP 2 Denpasar", "SMP 3
Denpasar").

Two bodies can be named that way too, and a review with invented sentences found them: a
parent and its subsidiary ("PT Timah" and "PT Timah Industri", "PT Sinar Jaya" and "PT Sinar
Jaya Logistik"), two companies a letter apart ("PT Karya Jaya", "PT Karya Raya"; "Dinas PUPR",
"Dinas PUPRP"). So the forms fold only when they read as one name written differently:

* never when the article writes both in one sentence ("PT Sinar Jaya menunjuk anak usahanya,
  PT Sinar Jaya Logistik");
* a shorter form only when what the longer adds is neither a place nor a common word (a
  subsidiary is named by what it does: "Industri", "Logistik", "Baru");
* a misspelling only inside one long word that is neither a common word nor a personal name
  ("Indopersada", "Indobuildco": a typo in a coined name; never "Jaya"/"Raya", never an
  acronym, never a digit);
* only bodies the lexicon does not know or that define no short form of their own: a known
  body's longer name is its regional branch ("Bawaslu" and "Bawaslu Manggarai Barat").

A numbered school is written with "Negeri" spelt out, as its level's N, or bare: "SMAN 11
Semarang", "SMA Negeri 11 Semarang" and, in a quote, "SMA 11" (846) are one school
(``school_folds``, session 48).

People are not folded: two people a letter apart in one story (a spokesman "Ahmad Rizki", a
suspect "Ahmad Rizky") are as likely as a typo, and a wrong merge gives one person the other's
role.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

from nlp.lexicon import match_place, school_heads
from nlp.names import person_name_words
from nlp.vocabulary import is_common
from nlp.words import WORD

# A typo is told from another name by the length of the word it is in: short name words are
# other names as often ("Arta"/"Artha", "Falah"/"Fatah").
MIN_MISSPELT_WORD = 7
# A company written by its legal form and its initials ("PT AJS"): at most this many letters.
MAX_COMPANY_INITIALS = 6


class Form(NamedTuple):
    """One record's name as the article writes it, with where the article writes it."""

    key: str
    name: str
    mentions: int
    first: int  # where the article first writes it
    sentences: frozenset[int]  # the sentences that write it


def _words(name: str) -> tuple[str, ...]:
    return tuple(WORD.findall(name))


def _lower(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _coined(word: str) -> bool:
    """A name word nobody else owns: long, not an acronym, no common word or personal name."""
    return (
        len(word) >= MIN_MISSPELT_WORD
        and not word.isupper()
        and not any(c.isdigit() for c in word)
        and not is_common(word)
        and word.lower() not in person_name_words()
    )


def one_edit_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one character put in, left out or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def misspelt(a: str, b: str) -> bool:
    """Two writings of one name, one misspelt: one letter apart (or one space: "Indobuild Co")
    inside a coined word, the other words alike."""
    wa, wb = _words(a), _words(b)
    if len(wa) == len(wb):
        differ = [(x, y) for x, y in zip(wa, wb) if x.lower() != y.lower()]
        return (
            len(differ) == 1
            and all(_coined(w) for w in differ[0])
            and one_edit_apart(differ[0][0].lower(), differ[0][1].lower())
        )
    # a space put in or left out: "PT Indobuildco" / "PT Indobuild Co"
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(long_) != len(short) + 1:
        return False
    for i, word in enumerate(short):
        if _lower(short[:i]) == _lower(long_[:i]) and _lower(short[i + 1 :]) == _lower(
            long_[i + 2 :]
        ):
            return _coined(word) and word.lower() == (long_[i] + long_[i + 1]).lower()
    return False


def _opens(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """``short`` opens ``long_`` and is a name of its own (two words at least)."""
    n = len(short)
    return 2 <= n < len(long_) and _lower(long_[:n]) == _lower(short)


def _written_out(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """``long_`` writes ``short`` out further: what it adds is capitalised, no place and no
    common word ("PT MAM Energindo *Jateng-DIY*" is the company's regional office, "PT Timah
    *Industri*" its subsidiary)."""
    added = list(long_[len(short) :])
    return all(w[:1].isupper() and not is_common(w) for w in added) and not match_place(added)


def misspelling_folds(forms: Sequence[Form]) -> dict[str, str]:
    """key -> the key of the form it misspells: the form written more often (the first
    written on a tie), never one written in the same sentence."""
    order = sorted(forms, key=lambda f: (-f.mentions, f.first))
    folds: dict[str, str] = {}
    for i, form in enumerate(order):
        for kept in order[:i]:
            if (
                kept.key not in folds
                and not form.sentences & kept.sentences
                and misspelt(form.name, kept.name)
            ):
                folds[form.key] = kept.key
                break
    return folds


class School(NamedTuple):
    """A numbered school's name read into its parts: "SMA Negeri 11 Semarang" and "SMAN 11
    Semarang" are level "sma", state school, number "11", rest ("semarang",)."""

    level: str
    state: bool | None  # Negeri (True), Swasta (False), not written (None)
    number: str
    rest: tuple[str, ...]  # as written


@lru_cache(maxsize=1)
def _school_heads() -> tuple[tuple[str, ...], ...]:
    """The school level words as word tuples, the longest first ("SMA Negeri" before "SMA")."""
    return tuple(sorted((tuple(h.split()) for h in school_heads()), key=len, reverse=True))


def _level_of(head: str) -> tuple[str, bool | None]:
    """A school's level word and whether it says state or private: "SMAN" and "SMA Negeri"
    are "SMA" written as a state school, "SMAS" a private one."""
    if head.endswith(" Negeri"):
        return head[: -len(" Negeri")], True
    if head[-1:] in "NS" and (head[:-1],) in _school_heads():
        return head[:-1], head[-1] == "N"
    return head, None


def school_parts(name: str) -> School | None:
    """The parts of a numbered school's name (a level word, "Negeri"/"Swasta" perhaps, a
    number, the rest: "SMP 12 Krui", "SMAN 11 Semarang", "SMA 11"), None for any other name."""
    words = name.split()
    for head in _school_heads():
        n = len(head)
        if tuple(words[:n]) != head:
            continue
        level, state = _level_of(" ".join(head))
        if state is None and len(words) > n and words[n] in ("Negeri", "Swasta"):
            state, n = words[n] == "Negeri", n + 1
        if len(words) > n and words[n].isdigit():
            return School(level.lower(), state, words[n], tuple(words[n + 1 :]))
        return None
    return None


def _same_school(a: School, b: School) -> bool:
    """One school written two ways: the same level, number and rest; "Negeri" written out or
    as the level's N, or left out by one of them."""
    return (
        a.level == b.level
        and a.number == b.number
        and _lower(a.rest) == _lower(b.rest)
        and (a.state is None or b.state is None or a.state == b.state)
    )


def _either_kind(school: School, schools: Sequence[School]) -> bool:
    """``school`` says neither state nor private, and the article writes both a state and a
    private school it could be ("SMA 5 Medan" beside "SMAN 5 Medan" and "SMA Swasta 5 Medan")."""
    if school.state is not None:
        return False
    kinds = {s.state for s in schools if s.state is not None and _same_school(school, s)}
    return kinds == {True, False}


def school_folds(forms: Sequence[Form]) -> dict[str, str]:
    """key -> the key of the school form it is another writing of. "SMA Negeri 11 Semarang"
    and "SMAN 11 Semarang" are one school (named as written more often, the first written on
    a tie). A bare "SMA 11" is the school of that level and number the article names with its
    place, when it names exactly one and only with a place after the number ("SMAN 11
    *Semarang*"), written in another sentence; beside "SMAN 10 Fajar Harapan" (a school's
    own name, not a place) or two schools numbered 10 it stays itself."""
    parts = {f.key: p for f in forms if (p := school_parts(f.name)) is not None}
    order = sorted((f for f in forms if f.key in parts), key=lambda f: (-f.mentions, f.first))
    folds: dict[str, str] = {}
    named = [f for f in order if parts[f.key].rest]
    # A writing that says neither Negeri nor Swasta, beside a state and a private school of
    # its level, number and place, could be either: it stays itself.
    named = [f for f in named if not _either_kind(parts[f.key], [parts[g.key] for g in named])]
    kinds = {f.key: {parts[f.key].state} for f in named}  # the kinds a kept school is written as
    for i, form in enumerate(named):
        state = parts[form.key].state
        for kept in named[:i]:
            if (
                kept.key not in folds
                and _same_school(parts[form.key], parts[kept.key])
                and (state is None or not kinds[kept.key] - {state, None})
            ):
                folds[form.key] = kept.key
                kinds[kept.key].add(state)
                break
    schools = [f for f in named if f.key not in folds]
    for form in order:
        bare = parts[form.key]
        if bare.rest:
            continue
        numbered = [
            f for f in schools if _same_school(bare._replace(rest=parts[f.key].rest), parts[f.key])
        ]
        if len(numbered) != 1:
            continue
        school = numbered[0]
        rest = parts[school.key].rest
        written = [school] + [f for f in forms if folds.get(f.key) == school.key]
        if match_place(list(rest)) == len(rest) and not any(
            form.sentences & f.sentences for f in written
        ):
            folds[form.key] = school.key
    return folds


def folded_keys(forms: Sequence[Form]) -> dict[str, str]:
    """key -> the key of the record it is another writing of: a school's other writing
    (``school_folds``), a misspelling (``misspelling_folds``), or a shorter form folded into
    the one longer name it opens, written in other sentences; a shorter form stays itself when
    it opens two names that are not one ("PT Maju" beside "PT Maju Jaya" and "PT Maju
    Makmur")."""
    folds = school_folds(forms)
    folds.update(misspelling_folds([f for f in forms if f.key not in folds]))
    standing = [f for f in forms if f.key not in folds]
    for form in standing:
        words = _words(form.name)
        longer = sorted(
            (f for f in standing if _opens(words, _words(f.name))),
            key=lambda f: len(_words(f.name)),
        )
        # "PT Maju Jaya" and "PT Maju Jaya Abadi" are one name written out further
        if (
            longer
            and all(_opens(_words(a.name), _words(b.name)) for a, b in zip(longer, longer[1:]))
            and _written_out(words, _words(longer[-1].name))
            and not any(form.sentences & f.sentences for f in longer)
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


def initials_spell(letters: str, words: Sequence[str]) -> bool:
    """``letters`` spell ``words`` in order, each word giving its initial and perhaps more of
    its own letters after it, in order: "AJS" spells *A*suransi *J*iwa*s*raya, "IAE" *I*nti
    *A*lasindo *E*nergi; every word gives one letter at least and every letter is used."""
    if not words:
        return not letters
    word = words[0].lower()
    if not letters or letters[0].lower() != word[:1]:
        return False
    # the letters this word may give beyond its initial leave one for each word after it
    for k in range(1, len(letters) - len(words) + 2):
        if letters_in_order(letters[1:k], word[1:]) and initials_spell(letters[k:], words[1:]):
            return True
    return False


def letters_in_order(acronym: str, name: str) -> bool:
    """Every letter of ``acronym`` appears in ``name``, in order ("PU" in "Kementerian
    Pekerjaan Umum"; not "FDA" in "Badan Pengawas Obat dan Makanan")."""
    pos = 0
    lower = name.lower()
    for c in acronym.lower():
        if not c.isalnum():
            continue
        pos = lower.find(c, pos) + 1
        if pos == 0:
            return False
    return True


def company_initials(name: str, legal_forms: frozenset[str]) -> tuple[str, str] | None:
    """(legal form, letters) of a company written by its legal form and capitals alone ("PT
    AJS", "CV ABC"), else None."""
    words = name.split()
    if len(words) != 2 or words[0].rstrip(".") not in legal_forms:
        return None
    letters = words[1]
    if not (2 <= len(letters) <= MAX_COMPANY_INITIALS and letters.isalpha() and letters.isupper()):
        return None
    return words[0].rstrip("."), letters


def spelled_company(
    name: str, form: str, letters: str, legal_forms: frozenset[str], exact: bool = False
) -> bool:
    """``name`` is a company of legal form ``form`` whose own words, each capitalised and
    none a capital short form, ``letters`` spell ("PT Asuransi Jiwasraya (Persero)" for "PT"
    "AJS"; with ``exact``, one initial a word: "PT Inti Alasindo Energi" for "IAE"); a
    closing legal form ("Tbk", "(Persero)") is no word of the name."""
    words = [w.strip("()") for w in name.split()]
    if not words or words[0].rstrip(".") != form:
        return False
    own = words[1:]
    while own and own[-1] in legal_forms:
        own.pop()
    return (
        2 <= len(own) <= len(letters)
        and (not exact or len(own) == len(letters))
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in own)
        and initials_spell(letters, own)
    )
