"""Common Indonesian words: the vocabulary that tells a role or a name part from a person's name.

"Menteri Perencanaan Pembangunan Nasional RI Suharso Monoarfa": the words after the role head are
ordinary words (perencanaan, pembangunan, nasional) until the name starts. A word counts as
*common* when real news text writes it in lower case often enough; personal names (Suharso,
Zainudin, Anggoro) are almost never written that way.

The list ships as ``nlp/data/common_words.txt`` and is rebuilt from the public news corpora in
``../shared/data/news`` with ``python -m nlp.vocabulary [DATA_DIR]``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from corpus.public_sets import DETIK_CSV, detik_articles

DATA_FILE = Path(__file__).resolve().parent / "data" / "common_words.txt"
DEFAULT_NEWS_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"

MIN_LOWERCASE = 3  # seen in lower case at least this often...
MIN_LOWERCASE_SHARE = 0.4  # ...and in at least this share of its non-sentence-initial uses

_WORD = re.compile(r"(?<![\w@/.])([A-Za-z]+)(?![\w@/])")
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”:\n*#]\s*)$")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The shipped vocabulary, lower-cased."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )


def is_common(word: str) -> bool:
    return word.lower() in common_words()


def count_cases(texts: Iterable[str]) -> tuple[Counter, Counter]:
    """Lower-case and capitalised (not sentence-initial) occurrences of every word."""
    lower: Counter = Counter()
    capital: Counter = Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(1)
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                if _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
                    continue
                capital[word.lower()] += 1
    return lower, capital


def select_common(lower: Counter, capital: Counter) -> list[str]:
    return sorted(
        word
        for word, n in lower.items()
        if len(word) > 1 and n >= MIN_LOWERCASE and n / (n + capital[word]) >= MIN_LOWERCASE_SHARE
    )


def news_texts(news_dir: Path) -> Iterator[str]:
    """Article bodies of the Kompas (JSONL) and detik (CSV) corpora."""
    for path in sorted((news_dir / "kompas-2004").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                body = json.loads(line).get("body_markdown") or ""
                yield body.split("\n---")[0]  # the appended digest is not Kompas text
    if (news_dir.parent / DETIK_CSV).is_file():
        yield from (article.text for article in detik_articles(news_dir.parent))


def build(news_dir: Path = DEFAULT_NEWS_DIR, out: Path = DATA_FILE) -> int:
    if not news_dir.is_dir():
        raise FileNotFoundError(f"news corpora not found in {news_dir}")
    words = select_common(*count_cases(news_texts(news_dir)))
    header = (
        f"# Common Indonesian words (lower case in >= {MIN_LOWERCASE_SHARE:.0%} of uses, "
        f">= {MIN_LOWERCASE} times) in {news_dir.name}/; built by python -m nlp.vocabulary\n"
    )
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_NEWS_DIR
    print(f"{build(target)} common words written to {DATA_FILE}")
