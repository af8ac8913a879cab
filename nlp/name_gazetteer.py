"""Build nlp/data/person_name_words.txt from the DBpedia gazetteers (MDEE, Alfina et al. 2017).

    python -m nlp.name_gazetteer [--shared-data ../shared/data]

A word counts as a personal name when the person gazetteer holds it at least twice and at
least a quarter as often as the place and organisation gazetteers together ("Maria", "Budi",
"Wisnu"; not "Timur", "Bima", "Jakarta"). The people component reads the list as evidence that
a word after a title is part of the name, not of the organisation before it.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from nlp.lexicon import DATA_DIR

GAZETTEER = Path("ner/mdee-dbpedia")
OUTPUT = DATA_DIR / "person_name_words.txt"


def word_counts(path: Path) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            for word in line.split():
                word = word.strip(".,()\"'").lower()
                if word.isalpha() and len(word) > 1:
                    counts[word] += 1
    return counts


def person_words(folder: Path) -> list[str]:
    person = word_counts(folder / "gazetteer-person.txt")
    other = word_counts(folder / "gazetteer-place.txt") + word_counts(
        folder / "gazetteer-organization.txt"
    )
    return sorted(w for w, n in person.items() if n >= 2 and 4 * n >= other[w])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared-data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    args = parser.parse_args()
    words = person_words(args.shared_data / GAZETTEER)
    OUTPUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUTPUT}")


if __name__ == "__main__":
    main()
