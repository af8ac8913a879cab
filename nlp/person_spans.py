"""Where people are named in ways the title and NER rules miss on real news.

* **Famous single names.** News names its best-known people by one word ("Prabowo menggelar
  konferensi pers", "Jokowi"). ``nlp/data/single_person_names.txt`` (built by
  ``python -m nlp.name_gazetteer`` from the cased NER sets) holds the words annotated as a whole
  person by themselves, several times and (almost) only ever as a person; such a word standing
  alone is a person even without a full name in the article.
* **Pairs joined by a hyphen.** "Pemerintahan Prabowo-Gibran", "Presiden Prabowo
  Subianto-Gibran Rakabuming Raka": two people when each side starts with a personal name and
  one side is a famous single name ("Jean-Pierre" is one name).
"""

from __future__ import annotations

import re

from nlp.names import famous_single_names, person_name_words

# Two capitalised words joined by a hyphen inside a name ("Subianto-Gibran").
_HYPHEN_PAIR = re.compile(r"(?<=[^\W\d_])-(?=[A-Z])")
# Two single capitalised words joined by a hyphen in running text ("Prabowo-Gibran").
_HYPHENATED_WORDS = re.compile(r"(?<![\w-])[A-Z][a-z]+-[A-Z][a-z]+(?![\w-])")


def famous_single_name(name: str) -> bool:
    """A single word written as a name ("Prabowo"; not "SWIFT" or "AR": acronyms, initials)."""
    return (
        " " not in name
        and name[:1].isupper()
        and name[1:].islower()
        and name.lower() in famous_single_names()
    )


def hyphen_pair(name: str) -> tuple[str, str] | None:
    """The two names of a pair joined by a hyphen, or None when ``name`` is one person.

    Each side must start with a personal name and one side must be a famous single name or
    start with one: "Prabowo-Gibran" and "Prabowo Subianto-Gibran Rakabuming Raka" are pairs,
    "Jean-Pierre" and "Steffan-Dewenter" are not."""
    if "-" not in name:
        return None
    cuts = [m.start() for m in _HYPHEN_PAIR.finditer(name)]
    if len(cuts) != 1:
        return None
    left, right = name[: cuts[0]].strip(), name[cuts[0] + 1 :].strip()
    if not left or not right:
        return None
    firsts = [left.split()[0].lower(), right.split()[0].lower()]
    famous = famous_single_names()
    if not all(w in famous or w in person_name_words() for w in firsts):
        return None
    if not any(w in famous for w in firsts):
        return None
    return left, right


def hyphen_pairs_in(text: str) -> list[tuple[int, int, int, int]]:
    """Offsets (start, end of the first name, start, end of the second) of the two-word pairs
    of famous names in ``text`` ("kinerja Pemerintahan Prabowo-Gibran")."""
    out = []
    for m in _HYPHENATED_WORDS.finditer(text):
        if hyphen_pair(m.group()) is not None:
            cut = m.group().index("-")
            out.append((m.start(), m.start() + cut, m.start() + cut + 1, m.end()))
    return out
