"""What the real pipeline extracts from one invented text: the helpers the nlp tests share.

Test files used to write these again and again, each with its own title and date for the item.
A `Reading` keeps those two settings, and its methods run `nlp.extract.extract_documents` over
one item and return its records by name; a file binds the ones it uses, e.g.
``orgs = Reading(title="Kabar Dunia").orgs``. The module-level `extract`, `orgs`, `org_names`,
`people`, `person_names` and `roles` read with no title and the date 2025-10-20.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nlp.extract import extract_documents
from nlp.role_attachment import org_names as _record_names

PUBLISHED = "2025-10-20"


@dataclass(frozen=True)
class Reading:
    """How one test file's texts are read: the item's title and published date.

    ``title_line``: the text's first line is its title (as the ``analyse`` fixture reads it);
    ``title`` is then unused. A method's own ``title`` argument, when given, overrides the
    default title.
    """

    title: str = ""
    published: str | None = PUBLISHED
    title_line: bool = False

    def extract(self, nlp: Any, text: str, title: str | None = None) -> dict:
        """The extraction dict of one item."""
        if self.title_line:
            head, _, text = text.partition("\n")
        else:
            head = self.title if title is None else title
        item = {"title": head, "text": text, "published": self.published}
        return extract_documents([item], nlp=nlp)[0]

    def orgs(self, nlp: Any, text: str, title: str | None = None) -> dict[str, dict]:
        """The organisations found, by name."""
        return {o["name"]: o for o in self.extract(nlp, text, title)["organizations"]}

    def org_names(self, nlp: Any, text: str, title: str | None = None) -> set[str]:
        """The names of the organisations found."""
        return set(self.orgs(nlp, text, title))

    def people(self, nlp: Any, text: str, title: str | None = None) -> dict[str, dict]:
        """The people found, by name."""
        return {p["name"]: p for p in self.extract(nlp, text, title)["people"]}

    def person_list(self, nlp: Any, text: str, title: str | None = None) -> list[str]:
        """The names of the people found, in the extraction's order."""
        return [p["name"] for p in self.extract(nlp, text, title)["people"]]

    def person_names(self, nlp: Any, text: str, title: str | None = None) -> set[str]:
        """The names of the people found."""
        return set(self.person_list(nlp, text, title))

    def roles(
        self, nlp: Any, text: str, title: str | None = None
    ) -> dict[str, tuple[str | None, str | None]]:
        """Each person found, by name, with the role and the organisation attached to it."""
        return {
            name: (p.get("role"), p.get("organization"))
            for name, p in self.people(nlp, text, title).items()
        }


_PLAIN = Reading()
extract = _PLAIN.extract
orgs = _PLAIN.orgs
org_names = _PLAIN.org_names
people = _PLAIN.people
person_names = _PLAIN.person_names
roles = _PLAIN.roles


def pipeline(request: Any, fixture: str) -> Any:
    """The session pipeline a case names: "rules" is ``rules_nlp`` (no statistical NER), any
    other word ``full_nlp``."""
    return request.getfixturevalue("rules_nlp" if fixture == "rules" else "full_nlp")


def names_of(org: dict) -> set[str]:
    """Every name an organisation record goes by: its name, acronym and aliases."""
    return set(_record_names(org))


def every_name(found: dict[str, dict]) -> set[str]:
    """Every name of every organisation found (`names_of` of each)."""
    return {n for org in found.values() for n in names_of(org)}
