"""Names of organisations from Indonesian DBpedia: companies, clubs, parties, brands.

    python -m nlp.org_gazetteer [--shared-data ../shared/data]

writes ``nlp/data/org_gazetteer.txt`` from the MDEE organisation gazetteer (Alfina et al. 2017,
``ner/mdee-dbpedia/gazetteer-organization.txt``): every name, and a club's name without its
"F.C." ("Arsenal F.C." -> "Arsenal"), leaving out names made only of common words or naming a
place ("Keadilan", "Bali"). The organisations component accepts an ORG span of the NER that
this list holds even without a head word ("Persib Bandung", "West Ham United", "SpaceX").
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
    from nlp.lexicon import match_place
    from nlp.vocabulary import is_common

    names: set[str] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        name = " ".join(line.split())
        if "\ufffd" in name:  # a character lost in the file's encoding
            continue
        for variant in {name, _CLUB_SUFFIX.sub("", name)}:
            words = variant.split()
            if (
                len(variant) < 3
                or not variant[0].isupper()
                or all(is_common(w) for w in words)
                or match_place(words) == len(words)
            ):
                continue
            names.add(variant)
    return sorted(names)


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
