"""Names of organisations from Indonesian DBpedia: companies, clubs, parties, brands.

    python -m nlp.org_gazetteer [--shared-data ../shared/data]

writes ``nlp/data/org_gazetteer.txt`` from the MDEE organisation gazetteer (Alfina et al. 2017,
``ner/mdee-dbpedia/gazetteer-organization.txt``): every name, and a club's name without its
"F.C." ("Arsenal F.C." -> "Arsenal"), leaving out names made only of common words or naming a
place ("Keadilan", "Bali"), and the short names the press gives clubs ("West Ham" of "West Ham
United F.C.", "Persib" of "Persib Bandung"). The organisations component accepts an ORG span of
the NER that this list holds even without a head word ("Persib", "West Ham", "SpaceX").
"""

from __future__ import annotations

import argparse
import re
from functools import lru_cache
from pathlib import Path

from nlp.lexicon import DATA_DIR

GAZETTEER = Path("ner/mdee-dbpedia/gazetteer-organization.txt")
OUTPUT = DATA_DIR / "org_gazetteer.txt"
# Club suffixes the press leaves out: "Arsenal F.C.", "AS Monaco FC", "Qadsia SC".
_CLUB_SUFFIX = re.compile(r"\s+(?:A\.F\.C\.|F\.C\.|FC|C\.F\.|CF|S\.C\.|SC|AFC)$")


def gazetteer_names(path: Path) -> list[str]:
    names: set[str] = set()
    clubs: set[str] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        name = " ".join(line.split())
        if "\ufffd" in name:  # a character lost in the file's encoding
            continue
        short = _CLUB_SUFFIX.sub("", name)
        for variant in {name, short}:
            if _usable(variant):
                names.add(variant)
        if short != name:
            clubs.add(short)
    return sorted(names | _short_forms(names, clubs))


def _usable(name: str) -> bool:
    """A name of its own: not too short, capitalised, not only common words or a place."""
    from nlp.lexicon import match_place
    from nlp.vocabulary import is_common

    words = name.split()
    return (
        len(name) >= 3
        and name[0].isupper()
        and not all(is_common(w) for w in words)
        and match_place(words) != len(words)
    )


def _short_forms(names: set[str], clubs: set[str]) -> set[str]:
    """The short names the press gives clubs: a club's name without its last word, two words
    at least ("West Ham" of "West Ham United F.C."; "Aston" of "Aston Villa" is no name), or
    one word without its town ("Persib" of "Persib Bandung"; not "SMA" of "SMA Bandung"), where
    that beginning starts no other organisation's name and names nothing else (no place,
    common word or personal name alone)."""
    from nlp.lexicon import match_place, org_heads, school_heads
    from nlp.names import person_name_words

    heads = {h.lower() for h in (*org_heads().kind_of, *school_heads())}
    families: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for n in range(1, len(words)):
            families.setdefault(" ".join(words[:n]), set()).add(name)
    found = set()
    for prefix, family in families.items():
        words = prefix.split()
        shortest = min(family, key=len)
        rest = shortest.split()[len(words) :]
        if not (
            (shortest in clubs and len(words) >= 2 and len(rest) == 1)  # "West Ham"
            or (len(words) == 1 and match_place(rest) == len(rest))  # "Persib *Bandung*"
        ) or any(w.lower() in heads or not w[0].isalnum() for w in words):
            continue
        if (
            # one organisation only: "Persib Bandung U-21" is still Persib Bandung
            all(member.startswith(shortest) for member in family)
            and prefix not in names
            and _usable(prefix)
            and not all(w.lower() in person_name_words() for w in words)  # "West" Ham
        ):
            found.add(prefix)
    return found


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """The gazetteer's names, lower-cased (empty when the list was not built)."""
    if not OUTPUT.exists():
        return frozenset()
    lines = OUTPUT.read_text(encoding="utf-8").splitlines()
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared-data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    args = parser.parse_args()
    names = gazetteer_names(args.shared_data / GAZETTEER)
    OUTPUT.write_text(
        "# Built by `python -m nlp.org_gazetteer` from ../shared/data/"
        f"{GAZETTEER} (MDEE, Alfina et al. 2017)\n" + "\n".join(names) + "\n",
        encoding="utf-8",
    )
    print(f"{len(names)} organisation names -> {OUTPUT}")


if __name__ == "__main__":
    main()
