"""Build the word lists that tell a personal name from other capitalised words.

    python -m nlp.name_gazetteer [--shared-data ../shared/data]

* ``nlp/data/person_name_words.txt`` (DBpedia gazetteers, MDEE, Alfina et al. 2017): a word
  counts as a personal name when the person gazetteer holds it at least twice and at least a
  quarter as often as the place and organisation gazetteers together ("Maria", "Budi", "Wisnu";
  not "Timur", "Bima", "Jakarta"). The people component reads the list as evidence that a word
  after a title is part of the name, not of the organisation before it.
* ``nlp/data/non_person_words.txt`` (the cased NER sets: NER-UI, NER-UGM, NERGrit,
  idner-news-2k): words written capitalised inside a sentence at least ``MIN_CAPITALISED``
  times, almost never (<= 2%) inside a PERSON entity, and at most once in the DBpedia person
  gazetteer ("Kabinet", "Fraksi", "Republik", "Indonesia", "Makassar", "Prof", "International").
  A candidate name made only of such words, of common words and of places is no person, and
  such words are trimmed off the ends of a name ("Prabowo *Indonesia*", "*Kabinet* Teddy").
* ``nlp/data/single_person_names.txt`` (the same cased NER sets): words annotated as a whole
  person by themselves at least ``MIN_ALONE`` times and capitalised inside a sentence (almost)
  only as a person (>= 90%): the people news names by one word ("Jokowi", "Prabowo", "Habibie";
  not "Agung", which is also "Kejaksaan Agung").
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from indonesian.dates import INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS
from nlp.lexicon import DATA_DIR

GAZETTEER = Path("ner/mdee-dbpedia")
OUTPUT = DATA_DIR / "person_name_words.txt"
NON_PERSON_OUTPUT = DATA_DIR / "non_person_words.txt"
SINGLE_OUTPUT = DATA_DIR / "single_person_names.txt"
MIN_ALONE = 3
MIN_SINGLE_PERSON_SHARE = 0.9
MIN_CAPITALISED = 5
MAX_PERSON_SHARE = 0.02
# Tokens after which a capitalised word may be capitalised only for starting a sentence.
_SENTENCE_OPENERS = {".", "!", "?", ":", '"', "“", "”"}


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


def capitalised_counts(
    ner_dir: Path,
) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    """(capitalised inside a sentence, of which inside a person, of which a whole person by
    itself) per lower-cased word, over the cased NER sets (NERP is lower-cased news and says
    nothing about capitals)."""
    from nlp.ner.prepare_data import map_tag, read_sentences, splits

    capital: collections.Counter = collections.Counter()
    person: collections.Counter = collections.Counter()
    alone: collections.Counter = collections.Counter()
    for split in splits(ner_dir, with_nerp=False):
        if split.dataset == "nerp" or not split.path.exists():
            continue
        for words, tags in read_sentences(split):
            mapped = [map_tag(t) for t in tags]
            for k, (word, tag) in enumerate(zip(words, mapped)):
                if k == 0 or words[k - 1] in _SENTENCE_OPENERS or not word[:1].isupper():
                    continue
                lower = word.lower()
                capital[lower] += 1
                if tag.endswith("-PER"):
                    person[lower] += 1
                    if tag == "B-PER" and (k + 1 == len(words) or mapped[k + 1] != "I-PER"):
                        alone[lower] += 1
    return capital, person, alone


def single_person_names(shared_data: Path) -> list[str]:
    capital, person, alone = capitalised_counts(shared_data / "ner")
    return sorted(
        w
        for w, n in alone.items()
        if n >= MIN_ALONE
        and person[w] >= MIN_SINGLE_PERSON_SHARE * capital[w]
        and w.isalpha()
        and len(w) >= 3  # two letters are initials ("AR"), not a name
    )


def non_person_words(shared_data: Path) -> list[str]:
    capital, person, _ = capitalised_counts(shared_data / "ner")
    gazetteer = word_counts(shared_data / GAZETTEER / "gazetteer-person.txt")
    calendar = {*INDONESIAN_MONTHS, *INDONESIAN_WEEKDAYS}  # "Juli Budi": read in context
    return sorted(
        w
        for w, n in capital.items()
        if n >= MIN_CAPITALISED
        and person[w] <= MAX_PERSON_SHARE * n
        and w.isalpha()
        and gazetteer[w] <= 1
        and w not in calendar
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared-data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    args = parser.parse_args()
    words = person_words(args.shared_data / GAZETTEER)
    OUTPUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUTPUT}")
    names = set(words)
    others = [w for w in non_person_words(args.shared_data) if w not in names]
    NON_PERSON_OUTPUT.write_text(
        "# Built by `python -m nlp.name_gazetteer` from the cased NER sets in ../shared/data/ner\n"
        "# (capitalised >= 5 times, <= 2% inside a person, at most once in DBpedia's persons).\n"
        + "\n".join(others)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(others)} non-person words -> {NON_PERSON_OUTPUT}")
    singles = single_person_names(args.shared_data)
    SINGLE_OUTPUT.write_text(
        "# Built by `python -m nlp.name_gazetteer` from the cased NER sets in ../shared/data/ner\n"
        f"# (a whole person alone >= {MIN_ALONE} times, >= 90% of capitalised uses a person).\n"
        + "\n".join(singles)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(singles)} single person names -> {SINGLE_OUTPUT}")


if __name__ == "__main__":
    main()
