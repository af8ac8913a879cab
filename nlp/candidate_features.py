"""Features of an extracted person or organisation, for the learned keep/drop filter.

A candidate is described by its shape, by which of the project's lexicons its words belong to,
by the statistical NER's reading of its mentions, by how often and where it is mentioned, by
the closed-class words and punctuation around its mentions, by whether a longer extracted name
holds it (a cut name) and by its record (role, affiliation, kind, known organisation). No
feature is the candidate's name or one of its words: the filter must judge names it never saw.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from indonesian.function_words import HEADLINE_FUNCTION_WORDS
from nlp.lexicon import (
    foreign_countries_lower,
    org_heads,
    org_lexicon,
    place_names_lower,
    roles,
    word_list,
)
from nlp.names import (
    english_body_words,
    famous_single_names,
    name_particles,
    name_stopwords,
    person_name_words,
)
from nlp.person_names import honorifics, non_person_words
from nlp.textutil import doc_text
from nlp.word_classes import is_non_noun

PEOPLE_KEY = "people"
ORGS_KEY = "organizations"
KINDS = ("person", "organization")

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?", re.UNICODE)
# Closed-class words read around a mention by their identity (prepositions, conjunctions,
# speech verbs' neighbours): they say what kind of slot the name fills, not which name it is.
_CONTEXT_WORDS = frozenset(w.lower() for w in HEADLINE_FUNCTION_WORDS if len(w) <= 8) | frozenset(
    {
        "kata",
        "ujar",
        "ucap",
        "tutur",
        "jelas",
        "menurut",
        "oleh",
        "selaku",
        "sebagai",
        "yakni",
        "yaitu",
        "bersama",
        "pihak",
        "tim",
        "warga",
        "pak",
        "bu",
        "sang",
    }
)


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, frozenset[str]]:
    heads = org_heads()
    return {
        "common": word_list("common_words.txt"),
        "person": person_name_words(),
        "single": famous_single_names(),
        "place": place_names_lower(),
        "country": foreign_countries_lower(),
        "orghead": frozenset(h for h in heads.kind_of if " " not in h),
        "orgtail": frozenset(heads.tails),
        "english": english_body_words(),
        "nonperson": non_person_words(),
        "stop": frozenset(w.lower() for w in name_stopwords()),
        "honorific": honorifics(),
        "particle": name_particles(),
        "role": roles().one_word_heads,
        "abbr": frozenset(roles().full_forms),
    }


def _shape(word: str) -> str:
    if any(c.isdigit() for c in word):
        return "digit"
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return "punct"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "initial"
    if letters[0].isupper():
        return "mixed" if any(c.isupper() for c in letters[1:]) else "title"
    return "lower"


def _word_features(words: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    lex = _lexicons()
    lowered = [w.lower().strip(".") for w in words]
    for where, chosen in (("first", lowered[:1]), ("last", lowered[-1:]), ("any", lowered)):
        for lexicon, members in lex.items():
            if any(w in members for w in chosen):
                out[f"{where}_in:{lexicon}"] = 1.0
        if any(is_non_noun(w) for w in chosen):
            out[f"{where}_in:nonnoun"] = 1.0
    for lexicon, members in lex.items():
        if lowered and all(w in members for w in lowered):
            out[f"all_in:{lexicon}"] = 1.0
    shapes = [_shape(w) for w in words]
    for where, shape in (("first", shapes[0]), ("last", shapes[-1])):
        out[f"{where}_shape:{shape}"] = 1.0
    for shape in set(shapes):
        out[f"any_shape:{shape}"] = 1.0
    return out


@dataclass
class Candidate:
    kind: str  # "person" or "organization"
    record: dict
    features: dict[str, float]


def _mentions(doc: Doc, key: str, kb_id: str) -> list[Span]:
    return [s for s in doc.spans.get(key, []) if s.kb_id_ == kb_id]


def _text_mentions(text: str, names: list[str]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for name in names:
        if not name:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            found.append((m.start(), m.end()))
    return sorted(set(found))


def _context_feature(side: str, token_text: str | None) -> str:
    if token_text is None:
        return f"{side}:edge"
    lower = token_text.lower()
    if lower in _CONTEXT_WORDS:
        return f"{side}:w={lower}"
    if not any(c.isalnum() for c in token_text):
        return f"{side}:p={token_text[:1]}"
    return f"{side}:s={_shape(token_text)}"


def _around(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, None
    before = doc[span.start - 1].text if span.start > 0 else None
    after = doc[span.end].text if span.end < len(doc) else None
    if before is not None and "\n" in doc[span.start - 1].whitespace_ + before:
        before = None
    return before, after


def _ner_labels(doc: Doc, start: int, end: int) -> set[str]:
    labels = set()
    for ent in doc.ents:
        if ent.start_char < end and start < ent.end_char:
            exact = ent.start_char == start and ent.end_char == end
            labels.add(ent.label_ + ("=" if exact else "~"))
    return labels


def _contained(words: list[str], other: list[str]) -> bool:
    n = len(words)
    return len(other) > n and any(other[i : i + n] == words for i in range(len(other) - n + 1))


def candidates(doc: Doc) -> Iterator[Candidate]:
    """Every extracted person and organisation of ``doc`` with its features."""
    text = doc_text(doc)
    title = doc.user_data.get("title") or ""
    title_end = len(title) if title and text.startswith(title) else 0
    length = max(len(text), 1)
    people = list(doc._.people or [])
    orgs = list(doc._.organizations or [])
    person_words = [_WORD.findall(p["name"]) for p in people]
    org_words = [_WORD.findall(o["name"]) for o in orgs]
    org_surfaces = {
        (n or "").lower()
        for o in orgs
        for n in (o["name"], o.get("acronym"), *(o.get("aliases") or []))
        if n
    }
    affiliations = {(p.get("organization") or "").lower() for p in people} - {""}
    lexicon = org_lexicon()
    for kind, records, all_words in (
        ("person", people, person_words),
        ("organization", orgs, org_words),
    ):
        for index, record in enumerate(records):
            words = all_words[index] or [record["name"]]
            f: dict[str, float] = {"bias_" + kind: 1.0}
            n = len(words)
            f[f"words={min(n, 5)}"] = 1.0
            f["chars_log"] = math.log1p(len(record["name"]))
            f.update(_word_features(words))
            name = record["name"]
            if re.search(r"[.,/&()]", name):
                f["has_punct"] = 1.0
            if "-" in name:
                f["has_hyphen"] = 1.0
            if name != name.strip() or "  " in name:
                f["odd_space"] = 1.0
            if kind == "person":
                spans = _mentions(doc, PEOPLE_KEY, name)
                places = [(s.start_char, s.end_char) for s in spans] or _text_mentions(text, [name])
                f[f"pkind={record.get('kind') or 'none'}"] = 1.0
                if record.get("role"):
                    f["has_role"] = 1.0
                    role_words = record["role"].split()
                    f[f"role_words={min(len(role_words), 4)}"] = 1.0
                if record.get("organization"):
                    f["has_affiliation"] = 1.0
                if name.lower() in org_surfaces:
                    f["also_an_org"] = 1.0
            else:
                spans = _mentions(doc, ORGS_KEY, record.get("canonical") or "")
                names = [name, record.get("acronym") or "", *(record.get("aliases") or [])]
                places = [(s.start_char, s.end_char) for s in spans] or _text_mentions(text, names)
                f[f"okind={record.get('kind') or 'none'}"] = 1.0
                if record.get("acronym"):
                    f["has_acronym"] = 1.0
                if record.get("aliases"):
                    f["has_aliases"] = 1.0
                canonical = record.get("canonical") or ""
                if canonical in lexicon.orgs:
                    f["known_org"] = 1.0
                if lexicon.resolve(name) is not None:
                    f["known_surface"] = 1.0
                if any(x.lower() in affiliations for x in names if x):
                    f["is_affiliation"] = 1.0
                if any(name.lower() == p["name"].lower() for p in people):
                    f["also_a_person"] = 1.0
                mentions_field = record.get("mentions")
                if isinstance(mentions_field, int):
                    f["mentions_field_log"] = math.log1p(mentions_field)
            # cut names: a longer extracted name (either kind) holds this one's words
            if any(
                _contained(words, other)
                for j, other in enumerate(person_words)
                if not (kind == "person" and j == index)
            ):
                f["inside_longer_person"] = 1.0
            if any(
                _contained(words, other)
                for j, other in enumerate(org_words)
                if not (kind == "organization" and j == index)
            ):
                f["inside_longer_org"] = 1.0
            mine = {w.lower() for w in words}
            if any(
                mine & {w.lower() for w in other}
                for j, other in enumerate(person_words)
                if not (kind == "person" and j == index)
            ):
                f["shares_word_person"] = 1.0
            if any(
                mine & {w.lower() for w in other}
                for j, other in enumerate(org_words)
                if not (kind == "organization" and j == index)
            ):
                f["shares_word_org"] = 1.0
            # mentions: how many, where
            count = len(places)
            f["mentions_log"] = math.log1p(count)
            f[f"mentions={min(count, 4)}"] = 1.0
            if not places:
                f["no_mention_found"] = 1.0
            if any(s < title_end for s, _ in places):
                f["in_title"] = 1.0
            if places:
                first = places[0][0] / length
                f[f"first_at={min(int(first * 5), 4)}"] = 1.0
                if all(s / length > 0.9 for s, _ in places):
                    f["only_at_end"] = 1.0
            ner: dict[str, int] = {}
            context: set[str] = set()
            for s, e in places:
                for label in _ner_labels(doc, s, e) or {"none"}:
                    ner[label] = ner.get(label, 0) + 1
                before, after = _around(doc, s, e)
                context.add(_context_feature("prev", before))
                context.add(_context_feature("next", after))
            for label, seen in ner.items():
                f[f"ner:{label}"] = seen / max(count, 1)
            for cue in context:
                f[cue] = 1.0
            yield Candidate(kind=kind, record=record, features=f)
