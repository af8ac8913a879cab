"""Distant supervision for the NER from the detik-1000 stakeholder annotations.

detik-1000 names each article's stakeholders as written ("Menteri Dalam Negeri Tito Karnavian",
"Badan Pusat Statistik (BPS)"). An annotation that reads "ROLE NAME" gives a person: its name
(and, later in the article, a single word of it: "Bobby" after "Bobby Nasution") is labelled
PER where the text writes it, and the role's title words just before it are labelled O (a
title is never part of a name). An organisation annotation gives ORG where the text writes its
name or its bracketed acronym. Every other token stays MISSING, not O (spaCy's partial
annotation): the annotators listed stakeholders, not every name, so an unlisted name must not
be taught as no entity.

Only sentences with at least one labelled span are kept. Articles of the real gold sets
(corpus/gold_sets.py, dev sets included) and odd-id articles are never used; of the rest,
:func:`fit_ids` says which are (the others stay a held-out check of stakeholder recall:
``benchmarks/extraction_real.py --half even --ner-held-out``).

Tried in session 22 and not kept as the shipped model (docs/extraction.md, "NER from the
detik annotations"): ``python -m nlp.ner.train --with-detik`` trains with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.lexicon import match_place, org_heads, org_lexicon, place_names_lower, roles
from nlp.names import (
    MAX_NAME_WORDS,
    name_stopwords,
    name_titles,
    person_name_words,
    rank_words,
)
from nlp.vocabulary import is_common

# Groups whose annotations are people or organisations; "society" is mostly "Masyarakat".
PERSON_GROUPS = ("government", "industry", "experts", "other")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]+[a-z]*")  # BPS, DPR, OJK, KemenPAN
_BRACKETED = re.compile(r"\s*\(([^()]+)\)")
_NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*\.?|[A-Z]\.")
_NAME_PARTICLES = frozenset(
    {"de", "van", "der", "von", "bin", "binti", "da", "dos", "al", "la", "le"}
)
# Lower-case words inside organisation names ("Energi dan Sumber Daya Mineral").
_CONNECTORS = frozenset({"dan", "untuk", "dari", "&", "of", "and", "the", "for"})
# Stakeholder groups, not organisations (nlp/components/groups.py finds them).
_GROUP_WORDS = frozenset({"pemerintah", "masyarakat", "umkm", "perbankan"})
_ARTICLES = frozenset({"the", "la", "le", "el"})  # "The Fed", "The Prakarsa": a name of a body
_SENTENCE_END = frozenset({".", "!", "?", "\n"})


@dataclass(frozen=True)
class Annotation:
    role: str  # "" when the annotation is a bare name
    name: str


def fit_ids(article_ids: Iterable[int], excluded: set[int]) -> list[int]:
    """Even ids outside ``excluded`` (the gold sets) whose half-id is odd: half of the usable
    even articles train the NER, the other half (id % 4 == 0) stays a held-out check."""
    return sorted(i for i in article_ids if i % 4 == 2 and i not in excluded)


def _is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a personal name: no title, role, organisation or
    function word, and no common word or place unless DBpedia knows it as a personal name."""
    bare = word.lower().rstrip(".")
    if not _NAME_WORD.fullmatch(word) or bare in name_stopwords() or bare in _ARTICLES:
        return False
    known = bare in person_name_words()
    return known or not (is_common(bare) or bare in place_names_lower())


def _org_or_place(word: str) -> bool:
    bare = word.lower().rstrip(".")
    return (
        bare in place_names_lower()
        or bare in org_heads().kind_of
        or org_lexicon().resolve(word) is not None
    )


@lru_cache(maxsize=1)
def _role_starts() -> frozenset[str]:
    """First words of roles, titles and ranks ("Menteri", "Dirut", "Plt", "Prof", "Kombes")."""
    written = (*roles().heads, *roles().abbreviations, *roles().prefixes)
    words = {w.split()[0].lower().rstrip(".") for w in written}
    return frozenset(words | name_titles() | rank_words())


def split_person(annotation: str) -> Annotation | None:
    """The role and the name of a "ROLE NAME" annotation; None when it names no person.

    The name is the run of name words at the end ("Deputi Bidang Statistik Distribusi dan
    Jasa BPS | Pudji Ismartini"). It counts as a person when a role, title or lower-case
    profession precedes it ("ekonom"), or one of its words is a known personal name word
    (DBpedia, nlp/data/person_name_words.txt); an annotation led by an organisation word
    ("Bank Indonesia", "Kementerian Keuangan") is none."""
    text = _BRACKETED.sub("", annotation).strip()
    words = text.split()
    if not words:
        return None
    first = words[0].lower().rstrip(".")
    if first in org_heads().kind_of and first not in _role_starts():
        return None
    k = len(words)
    while k > 0 and len(words) - k < MAX_NAME_WORDS and _is_name_word(words[k - 1]):
        k -= 1
    # "de", "van", "bin" inside a name: "Charlotte de Montpellier".
    while (
        k > 1 and k < len(words) and words[k - 1] in _NAME_PARTICLES and _is_name_word(words[k - 2])
    ):
        k -= 2
        while k > 0 and len(words) - k < MAX_NAME_WORDS and _is_name_word(words[k - 1]):
            k -= 1
    # A place or a known organisation between the role and the name belongs to the role:
    # "Wali Kota Solo | Respati Ardi", "Kepala Biro Komunikasi Kemenkeu | Deni Surjantoro".
    while k < len(words) - 1:
        place = match_place(words, k)
        if place and k + place < len(words):
            k += place
        elif _org_or_place(words[k]):
            k += 1
        else:
            break
    name_words, role_words = words[k:], words[:k]
    if not name_words or all(len(w.rstrip(".")) < 2 for w in name_words):
        return None
    titled = bool(role_words) and (first in _role_starts() or role_words[0].islower())
    known = any(w.lower().rstrip(".") in person_name_words() for w in name_words)
    if not (titled or (known and len(name_words) > 1)):
        return None
    return Annotation(" ".join(role_words), " ".join(name_words))


def org_forms(annotation: str) -> list[str]:
    """How an organisation annotation may be written: its name and its bracketed acronym
    ("Badan Pusat Statistik (BPS)" -> both); [] when it does not look like an organisation
    (a group such as "Pemerintah" or "Sektor tekstil")."""
    acronyms = [m.strip() for m in _BRACKETED.findall(annotation)]
    name = _BRACKETED.sub("", annotation).strip()
    forms = []
    first = name.split()[0] if name.split() else ""
    if _ACRONYM.fullmatch(name) or (
        first[:1].isupper()
        and first.lower() in org_heads().kind_of
        and len(name.split()) >= 2
        and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in name.split())
    ):
        forms.append(name)
    if forms or len(name.split()) >= 2:
        forms += [a for a in acronyms if _ACRONYM.fullmatch(a)]
    return [f for f in forms if f.lower() not in _GROUP_WORDS]


def _occurrences(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, phrase.split())) + r"(?![\w-])"
    for m in re.finditer(pattern, text):
        yield m.start(), m.end()


def _title_word(word: str) -> bool:
    """A word of a title or role written before a name: a role or title word, or an ordinary
    word ("Keuangan" of "Menteri Keuangan"); a place or an organisation is not one."""
    bare = word.lower().rstrip(".")
    if bare in name_stopwords() or bare in name_titles():
        return True
    return word.isalpha() and is_common(bare) and not _org_or_place(word)


def _plainly_outside(word: str) -> bool:
    """A token no name or organisation holds in news prose: a lower-case word (name particles
    such as "de" or "bin" aside), a number or punctuation. Labelled O, so the real sentences
    also teach where a name ends ("Bobby *mengatakan*")."""
    if word.islower():
        return word not in _NAME_PARTICLES and word not in _CONNECTORS
    return not any(c.isalpha() for c in word) and word.strip() != ""


def _capitalised_name_token(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and _is_name_word(doc[i].text)


def _person_spans(doc: Doc, person: Annotation) -> tuple[list[Span], list[Span]]:
    """PER spans of the full name and of its single words, and O spans of the title words
    right before a full name. An occurrence next to another name-like word is left out: the
    name as written is longer or shorter than annotated there."""
    text = doc.text
    entities: list[Span] = []
    outside: list[Span] = []
    full = [doc.char_span(a, b) for a, b in _occurrences(text, person.name)]
    for span in full:
        if span is None:
            continue
        if _capitalised_name_token(doc, span.start - 1) or _capitalised_name_token(doc, span.end):
            continue
        entities.append(Span(doc, span.start, span.end, "PER"))
        i = span.start - 1
        while i >= 0 and _title_word(doc[i].text):
            i -= 1
        if i + 1 < span.start:
            outside.append(Span(doc, i + 1, span.start))
    parts = person.name.split()
    if len(parts) > 1:
        for part in parts:
            if len(part) < 3 or part.lower() in name_stopwords() or part.endswith("."):
                continue
            for a, b in _occurrences(text, part):
                token = doc.char_span(a, b)
                if token is None or len(token) != 1:
                    continue
                if _capitalised_name_token(doc, token.start - 1) or _capitalised_name_token(
                    doc, token.end
                ):
                    continue
                entities.append(Span(doc, token.start, token.end, "PER"))
    return entities, outside


def _org_spans(doc: Doc, forms: list[str]) -> list[Span]:
    spans = []
    for form in forms:
        for a, b in _occurrences(doc.text, form):
            span = doc.char_span(a, b)
            if span is not None:
                spans.append(Span(doc, span.start, span.end, "ORG"))
    return spans


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Longest first; a span overlapping a kept one is dropped."""
    taken: set[int] = set()
    kept = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def label_article(nlp: Language, text: str, stakeholders: dict[str, list[str]]) -> list[Doc]:
    """The article's sentences that hold a labelled span, with PER/ORG/O labels and every other
    token missing."""
    doc = nlp.make_doc(text)
    entities: list[Span] = []
    outside: list[Span] = []
    for group in PERSON_GROUPS:
        for annotation in dict.fromkeys(stakeholders.get(group) or []):
            person = split_person(annotation)
            if person is not None:
                found, titles = _person_spans(doc, person)
                entities += found
                outside += titles
            else:
                entities += _org_spans(doc, org_forms(annotation))
    entities = _without_overlaps(entities)
    taken = {i for s in entities for i in range(s.start, s.end)}
    outside += [Span(doc, t.i, t.i + 1) for t in doc if _plainly_outside(t.text)]
    outside = [s for s in outside if taken.isdisjoint(range(s.start, s.end))]
    doc.set_ents(entities, outside=_without_overlaps(outside), default="missing")
    return [
        sentence for sentence in _sentences(doc) if any(t.ent_iob_ in ("B", "I") for t in sentence)
    ]


def _sentences(doc: Doc) -> Iterator[Doc]:
    start = 0
    for token in doc:
        if token.text in _SENTENCE_END or "\n" in token.text:
            if token.i + 1 > start:
                yield doc[start : token.i + 1].as_doc()
            start = token.i + 1
    if start < len(doc):
        yield doc[start:].as_doc()


def detik_docs(nlp: Language, shared_data: Path | None = None) -> tuple[list[Doc], int]:
    """The labelled sentences of the detik-1000 articles :func:`fit_ids` picks, and how many
    articles they come from."""
    # Lazy: the corpus reader and the gold ids are needed only when training.
    from corpus.gold_sets import gold_ids
    from corpus.public_sets import DEFAULT_SHARED_DATA, detik_articles

    articles = {a.id: a for a in detik_articles(shared_data or DEFAULT_SHARED_DATA)}
    chosen = fit_ids(articles, gold_ids())
    docs = [
        d for i in chosen for d in label_article(nlp, articles[i].text, articles[i].stakeholders)
    ]
    return docs, len(chosen)
