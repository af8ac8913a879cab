"""Learned acceptance of the statistical NER's people and organisations the rules refuse.

The rule components (nlp/components/people.py, organizations.py) take the NER's PER and ORG
spans only through narrow word-list tests. This module describes every PER/ORG span of a
document that the rules did not turn into a person or an organisation (nor into part of one)
by features of its *shape and context*, never its identity: the NER label, word count,
capitals and digits, which of the project's lexicons its words belong to, how often and where
the article writes it, the closed-class words around it, whether it overlaps a name the rules
extracted. A logistic regression (nlp/linear_model.py) fitted on the open dev gold sets
(``python -m nlp.ner_acceptance_train``) scores them; the ``newsintel_ner_acceptance``
component adds those at or above the model's threshold: a PER span as a person, an ORG span as
an organisation.

The component runs after the role parser (the rules' people and bodies are final there) and
before the quotes and commitments, which read the people. With ``collect = true`` it also
leaves every candidate with its features in ``doc.user_data`` (the training run reads them
there, so the model is fitted on exactly what the component sees at run time).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from corpus.keys import slugify
from nlp.lexicon import (
    DATA_DIR,
    cues,
    kin_words,
    normalize_name,
    occupations,
    org_heads,
    org_lexicon,
    place_names_lower,
    roles,
    standing_words,
    word_list,
)
from nlp.linear_model import Features, LinearModel
from nlp.org_gazetteer import known_names
from nlp.textutil import doc_text
from nlp.vocabulary import is_common

log = logging.getLogger(__name__)

MODEL_PATH = DATA_DIR / "ner_acceptance.json"
COLLECT_KEY = "ner_acceptance_candidates"
KIND_OF_LABEL = {"PER": "person", "ORG": "organization"}

# Closed classes read around a span (the words themselves are never features, only classes).
_PREPOSITIONS = frozenset(
    "di ke dari oleh kepada dengan untuk pada bagi terhadap antara bersama menurut "
    "seperti oleh atas dalam tentang".split()
)
_JOINS = frozenset(["dan", "serta", "atau", ",", "/", "&"])
_DETERMINERS = frozenset(["sang", "si", "para", "pak", "bu", "bapak", "ibu", "saudara"])
_YEAR = re.compile(r"(?:19|20)\d\d\Z")


@lru_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    c = cues()
    return frozenset(
        w.lower()
        for key in (
            "speech_verbs",
            "reporting_verbs",
            "body_statement_verbs",
            "quoted_speech_words",
        )
        for w in c[key]
    )


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    r = roles()
    words = {h.lower() for h in r.heads if " " not in h}
    words |= {a.lower() for a in r.abbreviations if " " not in a}
    words |= {w.lower() for w in cues()["name_titles"]}
    return frozenset(words)


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return word_list("person_name_words.txt")


@lru_cache(maxsize=1)
def _non_person_words() -> frozenset[str]:
    return word_list("non_person_words.txt")


@lru_cache(maxsize=1)
def _english_body_words() -> frozenset[str]:
    return word_list("english_body_words.txt")


@dataclass
class Candidate:
    """One name the NER reads (one label, one normalised text) and the rules did not take."""

    key: str  # normalize_name of the text
    label: str  # PER / ORG
    spans: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The form written most often (the first of equals)."""
        counts: dict[str, int] = {}
        for span in self.spans:
            counts[span.text] = counts.get(span.text, 0) + 1
        return max(counts, key=lambda t: counts[t])


def _extracted_names(doc: Doc) -> tuple[list[str], list[str]]:
    """Normalised names of the people and of the organisations (names, acronyms, aliases)."""
    people = [normalize_name(p.get("name") or "") for p in doc._.people or []]
    orgs: list[str] = []
    for org in doc._.organizations or []:
        for name in [org.get("name"), org.get("acronym"), *(org.get("aliases") or [])]:
            if name:
                orgs.append(normalize_name(name))
    return [p for p in people if p], [o for o in orgs if o]


def _inside(key: str, names: Iterable[str]) -> bool:
    """``key`` is one of ``names`` or a run of whole words of one."""
    padded = f" {key} "
    return any(padded in f" {name} " for name in names)


def _holds(key: str, names: Iterable[str]) -> bool:
    """``key`` holds one of ``names`` as a run of whole words (and is longer)."""
    padded = f" {key} "
    return any(name != key and f" {name} " in padded for name in names)


def candidates(doc: Doc) -> list[Candidate]:
    """The NER's PER/ORG spans that are neither an extracted person or organisation nor part of
    one, grouped by label and normalised text, in order of first mention."""
    people, orgs = _extracted_names(doc)
    taken = people + orgs
    found: dict[tuple[str, str], Candidate] = {}
    for ent in doc.ents:
        if ent.label_ not in KIND_OF_LABEL:
            continue
        key = normalize_name(ent.text)
        if not key or not any(ch.isalpha() for ch in key) or _inside(key, taken):
            continue
        found.setdefault((ent.label_, key), Candidate(key, ent.label_)).spans.append(ent)
    return list(found.values())


def _shape(words: list[str]) -> dict[str, float]:
    f: dict[str, float] = {}
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        f["shape:all_capitalised"] = 1
    if any(w[:1].islower() for w in words):
        f["shape:lower_word"] = 1
    if any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words):
        f["shape:acronym_word"] = 1
    if any(any(ch.isdigit() for ch in w) for w in words):
        f["shape:digit"] = 1
    if any(re.search(r"[^\w\s.'-]", w) for w in words):
        f["shape:mark"] = 1
    if any(len(w.rstrip(".")) == 1 and w[:1].isalpha() for w in words):
        f["shape:initial"] = 1
    return f


def _lexicon(text: str, words: list[str]) -> dict[str, float]:
    f: dict[str, float] = {}
    lower = [w.lower().strip(".,") for w in words]
    alpha = [w for w in lower if w.isalpha()]
    tests = {
        "person": _person_words(),
        "non_person": _non_person_words(),
        "title": _title_words(),
        "english_body": _english_body_words(),
        "place": place_names_lower(),
    }
    for name, words_of in tests.items():
        hits = [w in words_of for w in alpha]
        if any(hits):
            f[f"lex:any_{name}"] = 1
        if hits and all(hits):
            f[f"lex:all_{name}"] = 1
    common = [is_common(w) for w in alpha]
    if any(common):
        f["lex:any_common"] = 1
    if common and all(common):
        f["lex:all_common"] = 1
    if alpha and alpha[0] in _person_words():
        f["lex:first_person"] = 1
    if alpha and alpha[-1] in _person_words():
        f["lex:last_person"] = 1
    if lower and lower[0] in org_heads().kind_of:
        f["lex:org_head_first"] = 1
    if lower and lower[-1] in org_heads().tails:
        f["lex:org_tail_last"] = 1
    if text.lower() in place_names_lower():
        f["lex:whole_place"] = 1
    if text.lower() in known_names():
        f["lex:org_gazetteer"] = 1
    if org_lexicon().resolve(text) is not None:
        f["lex:known_org"] = 1
    return f


def _word_class(token_text: str) -> str:
    lower = token_text.lower()
    if lower in _speech_words():
        return "speech"
    if lower in _title_words():
        return "title"
    if lower in _PREPOSITIONS:
        return "preposition"
    if lower in occupations() or lower in kin_words() or lower in standing_words():
        return "person_noun"
    if lower in _JOINS:
        return "join"
    if lower in _DETERMINERS:
        return "determiner"
    if token_text in ("(", ")", '"', "“", "”", ":", "-", "—"):
        return "mark"
    if token_text in (".", "!", "?"):
        return "stop"
    if _YEAR.match(token_text):
        return "year"
    if token_text[:1].isdigit():
        return "number"
    if token_text[:1].isupper():
        return "capital"
    if token_text[:1].islower():
        return "lower"
    return "other"


def _context(doc: Doc, spans: list[Span], title_end: int) -> dict[str, float]:
    f: dict[str, float] = {}
    n = len(spans)
    f[f"mentions:{min(n, 3)}"] = 1
    text = doc_text(doc)
    body_start = title_end + 2  # the title, a blank line, then the body (nlp.extract)
    first_break = text.find("\n", body_start)
    lead_end = first_break if first_break >= 0 else len(text)
    last_line = text.rstrip().rfind("\n")
    for span in spans:
        if span.start_char < title_end:
            f["where:title"] = 1
        elif span.start_char < lead_end:
            f["where:lead"] = 1
        elif last_line >= 0 and span.start_char > last_line:
            f["where:last_line"] = 1
        else:
            f["where:body"] = 1
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        sentence_start = span.start == 0 or doc[span.start].is_sent_start
        f[
            "before:" + ("start" if sentence_start or before is None else _word_class(before.text))
        ] = 1
        f["after:" + ("end" if after is None else _word_class(after.text))] = 1
        if before is not None and before.text == "(" and after is not None and after.text == ")":
            f["context:bracketed"] = 1
    return f


def features(doc: Doc, candidate: Candidate) -> Features:
    """What the model reads of a candidate: shape, lexicons, mentions and context (no word of
    the name itself)."""
    text = candidate.text
    words = text.split()
    f: dict[str, float] = {f"ner:{candidate.label}": 1, f"words:{min(len(words), 4)}": 1}
    f.update(_shape(words))
    f.update(_lexicon(text, words))
    title = doc.user_data.get("title") or ""
    f.update(_context(doc, candidate.spans, len(title)))
    people, orgs = _extracted_names(doc)
    key = candidate.key
    if _holds(key, people):
        f["overlap:holds_person"] = 1
    if _holds(key, orgs):
        f["overlap:holds_org"] = 1
    key_words = set(key.split())
    if any(key_words & set(p.split()) for p in people):
        f["overlap:word_of_person"] = 1
    if any(key_words & set(o.split()) for o in orgs):
        f["overlap:word_of_org"] = 1
    other = {e.label_ for e in doc.ents if normalize_name(e.text) == key} - {candidate.label}
    if other:
        f["ner:other_label_too"] = 1
    return f


def person_record(name: str) -> dict:
    """A person the NER alone reads: a name, no role, no organisation."""
    return {"name": name, "role": None, "organization": None, "kind": "person"}


def organisation_record(name: str, mentions: int) -> dict:
    """An organisation the NER alone reads, shaped as the organisations component writes one
    (nlp/components/organizations.py ``OrgRecord.output``), its kind read off its first word."""
    return {
        "name": name,
        "acronym": None,
        "aliases": [],
        "canonical": slugify(name),
        "kind": org_heads().kind_of.get(name.split()[0].lower(), "other"),
        "mentions": mentions,
    }


def load_model(path: Path) -> LinearModel | None:
    """The acceptance model, or None (with a warning) when the file is missing or unreadable:
    the pipeline then runs as the rules alone would."""
    if not path.exists():
        log.warning("ner_acceptance: no model at %s; the NER's refused names stay refused", path)
        return None
    try:
        return LinearModel.load(path)
    except ValueError as error:
        log.warning("ner_acceptance: %s; the NER's refused names stay refused", error)
        return None
