"""Which words are never counted nouns: verbs, adverbs, prepositions, particles, adjectives.

"... yang merupakan 5 persen", "5 orang tak dikenal", "dari 36 menjadi 50 siswa": the word after a
number is what it counts only when it is a noun. The Indonesian Universal Dependencies treebanks
(GSD and CSUI, in ``../shared/data/ud``) tag every word they contain; a word they tag as a noun
less than a fifth of the time is listed in ``nlp/data/non_nouns.txt`` (rebuilt with
``python -m nlp.word_classes [UD_DIR]``). Words the treebanks do not hold are judged by their
verb morphology ("meN-...-kan", "di-...-i", "ber-...").
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "non_nouns.txt"
# Words the treebanks tag as adjectives most of the time ("swasta", "asing", "kecil").
ADJECTIVES_FILE = DATA_FILE.with_name("adjectives.txt")
DEFAULT_UD_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud"
NOUN_TAGS = {"NOUN", "PROPN", "NUM", "X", "SYM", "PUNCT"}
MAX_NOUN_SHARE = 0.2
MIN_SEEN = 2
# Affixed verbs: "menyalurkan", "diberikan", "dikenal", "bertambah", "terdaftar", "memperoleh".
VERB_SHAPE = re.compile(r"^(?:mem|men|meng|meny|memper|diper|di|ber|ter)[a-z]{3,}(?:kan|i|an)?$")


@lru_cache(maxsize=1)
def non_nouns() -> frozenset[str]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )


@lru_cache(maxsize=1)
def treebank_nouns() -> frozenset[str]:
    """Words of the treebanks that are nouns often enough (kept in the same file, marked '+')."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        return frozenset(line[1:].strip() for line in handle if line.startswith("+"))


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """Adjectives of the treebanks: a noun's modifiers though no nouns ("pengusaha kecil")."""
    with ADJECTIVES_FILE.open(encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )


def is_non_noun(word: str) -> bool:
    """True for words that cannot be what a number counts ("merupakan", "tak", "menjadi")."""
    word = word.lower()
    if word in non_nouns():
        return True
    if word in treebank_nouns():
        return False
    return VERB_SHAPE.match(word) is not None and (
        word.endswith(("kan", "i")) or word.startswith(("di", "mem", "men", "meng", "meny"))
    )


def build(ud_dir: Path) -> tuple[list[str], list[str], list[str]]:
    tags: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(ud_dir.glob("*.conllu")):
        for line in path.open(encoding="utf-8"):
            parts = line.split("\t")
            if len(parts) < 4 or not parts[0].isdigit():
                continue
            word = parts[1].lower()
            if word.isalpha():
                tags[word][parts[3]] += 1
    non, nouns, adjectives = [], [], []
    for word, counts in tags.items():
        total = sum(counts.values())
        if counts["ADJ"] * 2 > total and total >= MIN_SEEN:
            adjectives.append(word)
        noun_share = sum(n for tag, n in counts.items() if tag in NOUN_TAGS) / total
        if noun_share < MAX_NOUN_SHARE and total >= MIN_SEEN:
            non.append(word)
        elif noun_share >= 0.5:
            nouns.append(word)
    return sorted(non), sorted(nouns), sorted(adjectives)


def main() -> None:
    ud_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_UD_DIR
    non, nouns, adjectives = build(ud_dir)
    with DATA_FILE.open("w", encoding="utf-8") as handle:
        handle.write(
            "# Built by `python -m nlp.word_classes` from the Indonesian UD treebanks "
            "(GSD, CSUI):\n"
            "# words tagged as nouns < 20% of the time (plain lines) and words tagged as nouns\n"
            "# most of the time (lines marked '+'). Licences: ../shared/data/ud/*-LICENSE.txt.\n"
        )
        handle.writelines(f"{w}\n" for w in non)
        handle.writelines(f"+{w}\n" for w in nouns)
    with ADJECTIVES_FILE.open("w", encoding="utf-8") as handle:
        handle.write(
            "# Built by `python -m nlp.word_classes` from the Indonesian UD treebanks "
            "(GSD, CSUI):\n"
            "# words tagged as adjectives most of the time. Licences: "
            "../shared/data/ud/*-LICENSE.txt.\n"
        )
        handle.writelines(f"{w}\n" for w in adjectives)
    print(f"{len(non)} non-nouns, {len(nouns)} nouns -> {DATA_FILE}")
    print(f"{len(adjectives)} adjectives -> {ADJECTIVES_FILE}")


if __name__ == "__main__":
    main()
