"""Stakeholder recall: does the extraction find the stakeholders a human annotated?

detik-1000 annotates each article's stakeholders in five groups (government, industry, society,
experts, other), as written in the text: "Menteri Dalam Negeri Tito Karnavian", "Badan Pusat
Statistik (BPS)". An annotation is *found* when an extracted organisation's name, acronym or
alias, or an extracted person's name, lies inside it as whole words, or it lies inside one of
those (the issue's rule); a second count also takes the extracted stakeholder groups
("Pemerintah", "Investor": nlp/components/groups.py), since many annotations are groups.
Where an annotation reads "ROLE NAME" and NAME is an extracted person, the *role is
attached* when that person's role shares a word with ROLE. The score counts it two ways: as
written (the issue's literal rule) and with abbreviated titles expanded on both sides, as the
gold evaluation expands them ("Menkeu" = "Menteri Keuangan"). Where ROLE names one of the
article's extracted organisations ("Kepala *BPS* Amalia", "Ketua *DPRD Sumut* Erni"), the
*affiliation is attached* when that person's organisation is that one: the annotators' own
reading of whose body an official speaks for, checked on hundreds of articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from nlp.lexicon import roles
from nlp.role_attachment import org_names

SCORED_GROUPS = ("government", "industry", "experts")
# What became of a scored annotation (StakeholderScore.outcomes)
OUTCOMES = ("found", "group", "written", "not written")
_WORD = re.compile(r"[^\W_]+")
# Words a role and an annotation may share without saying the same thing.
_ROLE_STOPWORDS = frozenset(
    {"dan", "di", "ri", "yang", "dari", "the", "of", "and", "republik", "indonesia"}
)


def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def inside(inner: tuple[str, ...], outer: tuple[str, ...]) -> bool:
    """``inner`` stands in ``outer`` as whole words."""
    n = len(inner)
    return 0 < n <= len(outer) and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def extracted_names(extraction: dict) -> list[tuple[str, ...]]:
    names = [words(person["name"]) for person in extraction.get("people") or []]
    for org in extraction.get("organizations") or []:
        names += [words(n) for n in org_names(org)]
    return [n for n in names if n]


def group_names(extraction: dict) -> list[tuple[str, ...]]:
    """The stakeholder groups extracted (nlp/components/groups.py): "pemerintah", "investor"."""
    return [words(g["name"]) for g in extraction.get("groups") or [] if words(g["name"])]


def is_found(annotation: str, names: Iterable[tuple[str, ...]]) -> bool:
    wanted = words(annotation)
    return any(inside(name, wanted) or inside(wanted, name) for name in names)


_BRACKET = re.compile(r"\(([^)]*)\)")


def written_forms(annotation: str) -> list[tuple[str, ...]]:
    """The annotation's words, and with a bracket inside it either dropped or alone
    ("Badan Pusat Statistik (BPS)": the name, "bps")."""
    brackets = _BRACKET.findall(annotation)
    forms = [words(annotation)]
    if brackets:
        forms += [words(_BRACKET.sub(" ", annotation)), *map(words, brackets)]
    return [form for form in dict.fromkeys(forms) if form]


def spaced_words(text: str) -> str:
    """The text's words, lower case, one space apart and around: whole-word search by ``in``."""
    return f" {' '.join(words(text))} "


def is_written(annotation: str, text: str) -> bool:
    """The annotation (or its part outside or inside a bracket) stands in the text as whole
    words, case aside: an extraction true to the text can find it by its own words. Annotations
    that are not written so name a body or title the article never writes ("Presiden Prabowo"
    over a text saying "Prabowo"; "Kementerian ESDM" over a story about its minister)."""
    return _written_in(annotation, spaced_words(text))


def _written_in(annotation: str, spaced: str) -> bool:
    return any(f" {' '.join(form)} " in spaced for form in written_forms(annotation))


def role_words(role: str, expand: bool = True) -> set[str]:
    """A role's words as written and, with ``expand``, with its abbreviated title expanded."""
    written = set(words(role))
    if expand:
        written |= set(words(roles().expand(" ".join(role.split()))))
    return written - _ROLE_STOPWORDS


def _annotated_people(annotation: str, people: Iterable[dict]) -> Iterator[tuple[dict, tuple]]:
    """(person, the annotation's words before the name) for each extracted person whose name
    ends the annotation "ROLE NAME" (ROLE not empty)."""
    wanted = words(annotation)
    for person in people:
        name = words(person["name"])
        if name and len(wanted) > len(name) and wanted[-len(name) :] == name:
            yield person, wanted[: -len(name)]


def role_attachment(annotation: str, people: Iterable[dict], expand: bool = True) -> bool | None:
    """None when the annotation is not "ROLE NAME" with NAME an extracted person; else whether
    that person's role shares a word with ROLE (abbreviated titles expanded unless ``expand``
    is false)."""
    best = None
    for person, role in _annotated_people(annotation, people):
        annotated = role_words(" ".join(role), expand)
        shares = bool(annotated & role_words(person.get("role") or "", expand))
        best = shares or bool(best)
    return best


def _org_words(name: str) -> tuple[str, ...]:
    """An organisation's words without a trailing "RI" ("BPJPH RI" is the BPJPH)."""
    written = words(name)
    return written[:-1] if len(written) > 1 and written[-1] == "ri" else written


def _org_names(org: dict) -> list[tuple[str, ...]]:
    return [w for w in map(_org_words, org_names(org)) if w]


def _part_of(body: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """``own`` names a branch or unit of ``body``: it opens or ends with the body's words."""
    n = len(body)
    return 0 < n < len(own) and (own[:n] == body or own[-n:] == body)


def affiliation_attachment(
    annotation: str, people: Iterable[dict], organizations: Iterable[dict]
) -> bool | None:
    """None unless the annotation is "ROLE NAME" with NAME an extracted person and ROLE holding
    the name, acronym or an alias of an extracted organisation as whole words; else whether
    that person's organisation is one of the organisations ROLE names."""
    orgs = [_org_names(org) for org in organizations]
    best = None
    for person, role in _annotated_people(annotation, people):
        named = [names for names in orgs if any(inside(n, role) for n in names)]
        if not named:
            continue
        own = _org_words(person.get("organization") or "")
        # the organisation as the article's record names it or as the annotation writes it, or
        # a branch or unit of it ("Bawaslu *Provinsi Nusa Tenggara Timur*" for "Bawaslu NTT",
        # "*Korlantas* Polri" for "Polri"): the person's body is named more closely
        attached = bool(own) and (
            any(own in names for names in named)
            or inside(own, role)
            or any(_part_of(n, own) for names in named for n in names)
        )
        best = attached or bool(best)
    return best


@dataclass
class StakeholderScore:
    found: dict[str, int] = field(default_factory=dict)
    # Found by a name or by an extracted stakeholder group ("Pemerintah", "Investor").
    found_with_groups: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    roles_attached: int = 0
    roles_attached_as_written: int = 0
    roles_total: int = 0
    affiliations_attached: int = 0
    affiliations_total: int = 0
    # Each scored annotation (government, industry, experts) of an article given with its
    # text, by outcome: "found" by a name, found only as a "group", missed but "written" in
    # the article as whole words, missed and "not written" (is_written).
    outcomes: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[int, str, str]] = field(default_factory=list)  # (id, group, annotation)
    role_misses: list[tuple[int, str, str | None]] = field(default_factory=list)
    # (id, annotation, the extracted person's organisation)
    affiliation_misses: list[tuple[int, str, str | None]] = field(default_factory=list)

    def recall(self, groups: Iterable[str] = SCORED_GROUPS, with_groups: bool = False) -> float:
        """Share of annotations found by an extracted name (the issue's rule) or, with
        ``with_groups``, also by an extracted stakeholder group."""
        groups = list(groups)
        found = self.found_with_groups if with_groups else self.found
        total = sum(self.total.get(g, 0) for g in groups)
        return sum(found.get(g, 0) for g in groups) / total if total else 1.0

    @property
    def role_rate(self) -> float:
        return self.roles_attached / self.roles_total if self.roles_total else 1.0

    @property
    def role_rate_as_written(self) -> float:
        """Role attachment without expanding abbreviated titles ("Menkeu" != "Menteri Keuangan")."""
        return self.roles_attached_as_written / self.roles_total if self.roles_total else 1.0

    @property
    def affiliation_rate(self) -> float:
        total = self.affiliations_total
        return self.affiliations_attached / total if total else 1.0

    def outcome_shares(self) -> dict[str, float]:
        """Share of the scored annotations by outcome (see ``outcomes``): what a reading of
        the text could still reach ("written") and what it cannot (a group is no name by the
        gold's convention; a title or body the article never writes)."""
        total = sum(self.outcomes.values())
        return {k: self.outcomes.get(k, 0) / total if total else 0.0 for k in OUTCOMES}

    def add(
        self,
        article_id: int,
        stakeholders: dict[str, list[str]],
        extraction: dict,
        text: str | None = None,
    ) -> None:
        """Score one article; with its ``text`` (title and body), also each scored
        annotation's outcome (``outcomes``)."""
        names = extracted_names(extraction)
        names_and_groups = names + group_names(extraction)
        spaced = spaced_words(text) if text is not None else None  # once per article
        people = extraction.get("people") or []
        organizations = extraction.get("organizations") or []
        for group, listed in stakeholders.items():
            for annotation in dict.fromkeys(listed):  # an annotation listed twice counts once
                if not words(annotation):
                    continue
                self.total[group] = self.total.get(group, 0) + 1
                with_groups = is_found(annotation, names_and_groups)
                if with_groups:
                    self.found_with_groups[group] = self.found_with_groups.get(group, 0) + 1
                found = is_found(annotation, names)
                if found:
                    self.found[group] = self.found.get(group, 0) + 1
                elif group in SCORED_GROUPS:
                    self.misses.append((article_id, group, annotation))
                if group not in SCORED_GROUPS:
                    continue
                if spaced is not None:
                    outcome = _outcome(found, with_groups, annotation, spaced)
                    self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
                self._add_affiliation(article_id, annotation, people, organizations)
                attached = role_attachment(annotation, people)
                if attached is not None:
                    self.roles_total += 1
                    self.roles_attached += attached
                    self.roles_attached_as_written += bool(
                        role_attachment(annotation, people, expand=False)
                    )
                    if not attached:
                        role = _annotated_person(annotation, people).get("role")
                        self.role_misses.append((article_id, annotation, role))

    def _add_affiliation(
        self, article_id: int, annotation: str, people: list[dict], organizations: list[dict]
    ) -> None:
        attached = affiliation_attachment(annotation, people, organizations)
        if attached is None:
            return
        self.affiliations_total += 1
        self.affiliations_attached += attached
        if not attached:
            organization = _annotated_person(annotation, people).get("organization")
            self.affiliation_misses.append((article_id, annotation, organization))


def _outcome(found: bool, found_with_groups: bool, annotation: str, spaced: str) -> str:
    if found:
        return "found"
    if found_with_groups:
        return "group"
    return "written" if _written_in(annotation, spaced) else "not written"


def _annotated_person(annotation: str, people: Iterable[dict]) -> dict:
    """The first extracted person whose name ends the annotation ({} when none)."""
    return next((p for p, _ in _annotated_people(annotation, people)), {})
