"""The body an article opens by speaks through its one untitled spokesperson.

detik's short pieces give a statement to a body first, in the headline ("Polda: Apel Jaga
Jakarta ...") or in the opening paragraph ("AFPI menegaskan ..."), and quote its spokesperson
by name only further on ("ujar Ade Ary", "Ronald mengatakan"). ``give_opening_body`` gives that
person the body, under the guards its docstring lists (session 42; moved out of people.py in
session 43). The functions are pure: text, the people's records and the organisations in,
the record's ``organization`` set.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from nlp.components.quotes import QUOTE
from nlp.lexicon import (
    CLAUSE_OPENERS,
    alternation,
    cues,
    kin_words,
    normalize_name,
    standing_words,
)
from nlp.role_attachment import org_names

# A speaker of the headline or of the opening body is named at least this often in the body.
MIN_MENTIONS_OF_A_SPEAKER = 2


# The headline opened by a body and a colon ("Polda: Apel Jaga Jakarta Wujud Sinergi ...")
_HEADLINE_BODY = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}):\s")
# After a body's name opening the first paragraph: its short form in brackets or after "atau"
# ("PT Kereta Api Indonesia (Persero) atau KAI mengumumkan"), at most two
# lower-case words, then a reporting verb ("Asosiasi ... (AFPI) menegaskan", "KPK juga
# memastikan"). Group 1 holds the lower-case words between: a clause opener among them
# (CLAUSE_OPENERS: "AFPI *yang* menegaskan") is refused by the caller. Anything else after the
# name (a verb of action, "menangkap", or a second body, "X dan Y menyatakan") does not match.
_BODY_STATEMENT_VERBS = (*cues()["reporting_verbs"], *cues()["body_statement_verbs"])
_SPEAKING_BODY_VERB = re.compile(
    r"\s*(?:\([^()\n]{1,20}\))?(?:\s+atau\s+[A-Z][\w-]*)?((?:\s+[a-z]+){0,2}?)\s+"
    rf"{alternation(v for v in _BODY_STATEMENT_VERBS if ' ' not in v)}\b"
)
# The word a reporting verb is followed by when its object is a person ("menyatakan *Budi*
# Santoso mangkir", "mengatakan bahwa *Harvey* Moeis ditetapkan sebagai tersangka")
_WORD_AFTER_VERB = re.compile(r"\s+(?:bahwa\s+)?([A-Z][\w-]*)")
# A speech verb written just before a name ("ujar Ade Ary") and a reporting verb just after it
# ("Ronald mengatakan"): the person is quoted as a speaker
_SPEECH_BEFORE_NAME = re.compile(
    rf"(?<![\w-]){alternation(v for v in cues()['speech_verbs'] if ' ' not in v)}(?:nya)?\s+$"
)
_REPORTING_AFTER_NAME = re.compile(
    rf",?\s+{alternation(v for v in cues()['reporting_verbs'] if ' ' not in v)}\b"
)
# The body's own voice: a spokesperson says "kami"/"kita" for the body; a victim, a suspect or
# an outside expert says "saya" or judges the body from outside
_WE = re.compile(r"(?<![\w-])(?:kami|kita)(?:lah)?(?![\w-])", re.IGNORECASE)
# A word (a standing or kin word) written after a name and a comma: "Agus Salim, *korban*
# begal", "Nur Aini, *ibu* salah satu pasien", "Ujang, yang merupakan *warga* ..."
_WORD_AFTER_NAME = re.compile(
    r"\s*,?\s*(?:(?:yang\s+)?(?:merupakan|adalah|selaku|sebagai)\s+)?([a-z]+)"
)


@lru_cache(maxsize=1)
def _standing_or_kin() -> frozenset[str]:
    """A person's standing in a case or a crowd (standing_words: korban, warga, tersangka,
    saksi, pelaku) or kin to someone (family_words: ibu, ayah, anak, istri): such a person
    is the story's object or its witness, never a body's spokesperson."""
    return standing_words() | kin_words()


def article_opening(text: str, titled: bool) -> tuple[str, int, int]:
    """The headline and where the body's first paragraph starts and ends. With no title the
    analysed text is the body alone (extract.analysed_text): no headline, and the first
    paragraph is the text's first."""
    body_start = 0
    if titled:
        body_start = text.find("\n") + 1 or len(text)
    headline = text[:body_start].strip()
    start = body_start + len(text[body_start:]) - len(text[body_start:].lstrip())
    end = text.find("\n", start)
    return headline, start, len(text) if end < 0 else end


def opening_body(
    text: str,
    opening: tuple[str, int, int],
    orgs: dict[str, dict],
    name_words: set[str],
) -> str | None:
    """The body the article opens by as the one speaking: its headline "BODY: ..." (a news
    headline gives a statement to its source that way, "Polda: ...", "KPK: ..."), or its first
    paragraph opened by "BODY (SHORT) menegaskan ..." (detik's short pieces open with the
    body's statement and quote its spokesperson by name only further on). The body is an
    extracted organisation written by its name, short form or other name, or a one-word head
    that opens the name of exactly one of them ("Polda" of "Polda Metro Jaya"), unless it is a
    word of a person's name ("Anies: ..." is the man); none when ambiguous. None too when the
    first paragraph opens with a body that acts ("Kejaksaan Agung menetapkan tersangka") or
    with two bodies ("Polda Metro Jaya dan Kodam Jaya menyatakan"): the statement is then no
    one body's, whatever the headline says; and none when the body's verb is followed by a
    person ("KPK menyatakan Budi Santoso mangkir"): that person is its object."""
    headline, start, end = opening
    first = text[start:end]
    candidates: list[str] = []
    head = _HEADLINE_BODY.match(headline)
    if head:
        candidates.append(head.group(1))
    lead = max(
        (
            n
            for org in orgs.values()
            for n in org_names(org)
            if first.startswith(n) and not first[len(n) : len(n) + 1].isalnum()
        ),
        key=len,
        default=None,
    )
    if lead is not None:
        verb = _SPEAKING_BODY_VERB.match(first, len(lead))
        if not verb or any(w in CLAUSE_OPENERS for w in verb.group(1).split()):
            return None  # the body opening the first paragraph acts, or two bodies do
        obj = _WORD_AFTER_VERB.match(first, verb.end())
        if obj and obj.group(1) in name_words:
            return None  # "menyatakan Budi Santoso ...": a person is the verb's object
        candidates.append(lead)
    norms = {key: {normalize_name(n) for n in org_names(org)} for key, org in orgs.items()}
    found: set[str] = set()
    for written in candidates:
        norm = normalize_name(written)
        exact = {key for key, names in norms.items() if norm in names}
        opens = set()
        if not exact and " " not in norm and written not in name_words:
            opens = {
                k for k, names in norms.items() if any(n.startswith(norm + " ") for n in names)
            }
        keys = exact or opens
        if len(keys) != 1:
            return None
        found |= keys
    return found.pop() if len(found) == 1 else None


def _quoted_speaker(text: str, named: re.Pattern[str]) -> bool:
    """The text quotes the person written by this pattern: "ujar Ade Ary", "Ronald
    mengatakan"."""
    return any(
        _SPEECH_BEFORE_NAME.search(text, max(0, m.start() - 30), m.start())
        or _REPORTING_AFTER_NAME.match(text, m.end())
        for m in named.finditer(text)
    )


def _beside_standing_or_kin(text: str, named: re.Pattern[str]) -> bool:
    """A mention of the person stands beside a standing or kin word: "korban Agus Salim",
    "warga bernama Ujang", "Agus Salim, korban begal", "Nur Aini, ibu salah satu pasien"."""
    words = _standing_or_kin()
    for m in named.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        if before and before[-1] in {"bernama", "berinisial"}:
            before = before[:-1]
        if before and before[-1] in words:
            return True
        after = _WORD_AFTER_NAME.match(text, m.end())
        if after and after.group(1) in words:
            return True
    return False


def _speaks_as_we(
    text: str, start: int, own: re.Pattern[str], others: list[re.Pattern[str]]
) -> bool:
    """A quotation the article gives the person holds "kami"/"kita": the body's spokesperson
    speaks for it as "we" (dev6 80 Ronald "sejak kita berdiri", 274 Ade Ary "Selain kami
    melakukan patroli"). A paragraph's quotations are the last-named person's of that
    paragraph, or of the paragraphs before when it names no one ("..., katanya")."""
    speaker_is_own = False
    for paragraph in text[start:].split("\n"):
        named = [(m.start(), True) for m in own.finditer(paragraph)]
        named += [(m.start(), False) for p in others for m in p.finditer(paragraph)]
        if named:
            speaker_is_own = max(named)[1]
        if speaker_is_own and any(_WE.search(q.group()) for q in QUOTE.finditer(paragraph)):
            return True
    return False


def _name_pattern(name: str) -> re.Pattern[str]:
    """A person's name, or the first or last word of it (how a story names them again: "Sunu"
    for "Sunu Widyatmoko"), as whole words."""
    words = name.split()
    forms = {name, *(w for w in (words[0], words[-1]) if len(w) > 2)}
    written = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{written})(?![\w-])")


def give_opening_body(
    text: str,
    records: dict,
    orgs: dict[str, dict],
    titled: bool,
    display: Callable[[str], str | None],
) -> None:
    """An article that opens by a body speaking ("Polda: ..." as its headline, or "AFPI
    menegaskan ..." opening its first paragraph) and then quotes one person by name alone,
    never with a title or a body ("ujar Ade Ary", "Ronald mengatakan"): that person speaks for
    the body. Only when exactly one quoted person of the article has neither a title nor a
    body, is named at least twice and before anyone else, and neither in the headline nor in
    the first paragraph (the body's own opening names its object or a victim there, or quotes
    a witness before the body speaks); never a person written beside a standing or kin word
    ("Agus Salim, korban begal"); and only when a quotation of theirs says "kami"/"kita" (the
    body's voice; a victim or a suspect says "saya", an outside expert judges from outside)."""
    name_words = {w for r in records.values() for w in r["name"].split()}
    opening = article_opening(text, titled)
    key = opening_body(text, opening, orgs, name_words)
    if key is None:
        return
    exact = {
        r["name"]: re.compile(rf"(?<![\w-]){re.escape(r['name'])}(?![\w-])")
        for r in records.values()
    }
    bare = [
        r
        for r in records.values()
        if not r["role"]
        and not r["organization"]
        and not r["_kinds"] <= {"byline", "photo_credit"}
        and _quoted_speaker(text, exact[r["name"]])
    ]
    if len(bare) != 1 or bare[0]["_mentions"] < MIN_MENTIONS_OF_A_SPEAKER:
        return
    person = bare[0]["name"]
    _, body_start, first_end = opening
    first: dict[str, int | None] = {}
    for name, pattern in exact.items():
        found = pattern.search(text, body_start)
        first[name] = found.start() if found else None
    own = first[person]
    if own is None or own < first_end or any(at is not None and at < own for at in first.values()):
        return
    headline, forms = opening[0], _name_pattern(person)
    if headline and forms.search(headline):
        return  # "Golkar: Tuduhan Hasto Tidak Berdasar": the body's statement is about them
    if _beside_standing_or_kin(text, exact[person]):
        return
    others = [_name_pattern(n) for n in exact if n != person]
    if not _speaks_as_we(text, first_end, forms, others):
        return
    bare[0]["organization"] = display(key)
