"""Stakeholder groups: the kinds of actor news names without naming one ("pemerintah",
"investor", "petani", "partai politik"), learned from detik-1000's human annotations.

detik-1000 lists each article's stakeholders as the text names them, and many are groups, not
bodies or people: "Pemerintah", "UMKM", "Investor", "Nelayan". A group enters the lexicon when
the annotators listed it in at least ``MIN_ARTICLES`` articles of the **even-id** half (the
odd half is kept for measurement; the blind gold sets are left out too), every word of it is
a common lower-case word (so it is no name), and those articles write it in lower case (so it
is the text's own phrase, not the annotators' paraphrase). Its category is the group the
annotators put it in most often.

Beside the learned phrases, ``nlp/data/group_heads.yaml`` lists the head nouns of classes of
actors ("pengusaha", "perusahaan", "pemerintah", "ahli"), which nlp/components/groups.py
extends by their modifiers as written ("perusahaan tambang"). A head takes the group the
annotators give most often to the unnamed stakeholders they write opening with it (even-id
half, at least ``MIN_ARTICLES`` of them), else the group its class is listed under.

The list ships as ``nlp/data/stakeholder_groups.yaml``; rebuild it with
``python -m nlp.group_lexicon [SHARED_DATA]``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

import yaml

from corpus.gold_sets import gold_ids
from corpus.public_sets import DEFAULT_SHARED_DATA, DetikArticle, detik_articles
from nlp.vocabulary import common_words

DATA_FILE = Path(__file__).resolve().parent / "data" / "stakeholder_groups.yaml"
HEADS_FILE = DATA_FILE.with_name("group_heads.yaml")
MIN_ARTICLES = 2
MAX_WORDS = 4
_WORD = re.compile(r"[^\W_]+")
_BRACKETS = re.compile(r"\(.*?\)")


def _phrase(annotation: str) -> str | None:
    """The annotation as a lower-case phrase of common words, or None (a name, or too long)."""
    words = _WORD.findall(_BRACKETS.sub(" ", annotation))
    if not words or len(words) > MAX_WORDS:
        return None
    common = common_words()
    if not all(w.lower() in common for w in words):
        return None
    return " ".join(w.lower() for w in words)


def _written_in_lower_case(phrase: str, text: str) -> bool:
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)"
    return re.search(pattern, text) is not None


def learn(articles: Iterable[DetikArticle]) -> list[dict[str, str]]:
    """Groups with their category, most often annotated first."""
    annotated: dict[str, set[int]] = defaultdict(set)
    in_lower_case: dict[str, set[int]] = defaultdict(set)
    categories: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        for category, listed in article.stakeholders.items():
            for annotation in set(listed):
                phrase = _phrase(annotation)
                if phrase is None:
                    continue
                annotated[phrase].add(article.id)
                categories[phrase][category] += 1
                if _written_in_lower_case(phrase, article.text):
                    in_lower_case[phrase].add(article.id)
    groups = [
        (len(ids), phrase)
        for phrase, ids in annotated.items()
        if len(ids) >= MIN_ARTICLES and len(in_lower_case[phrase]) * 2 >= len(ids)
    ]
    return [
        {"name": phrase, "category": categories[phrase].most_common(1)[0][0]}
        for _, phrase in sorted(groups, key=lambda g: (-g[0], g[1]))
    ]


def learn_heads(articles: Iterable[DetikArticle], heads: list[dict]) -> list[dict]:
    """Each head of ``heads`` with the group the annotators give most often to the unnamed
    stakeholders they write opening with it ("Pemerintah daerah", not "Pemerintah Jepang"),
    when there are at least ``MIN_ARTICLES`` of them and no tie; else its class's group."""
    opening: dict[tuple[str, ...], Counter] = {tuple(h["name"].split()): Counter() for h in heads}
    for article in articles:
        for category, listed in article.stakeholders.items():
            for annotation in set(listed):
                phrase = _phrase(annotation)  # a kind of actor, not a named body or person
                if phrase is None:
                    continue
                words = tuple(phrase.split())
                for opener, counts in opening.items():
                    if words[: len(opener)] == opener:
                        counts[category] += 1
    learned = []
    for head in heads:
        counts = opening[tuple(head["name"].split())]
        category = head["category"]
        ranked = counts.most_common(2)
        tie = len(ranked) == 2 and ranked[0][1] == ranked[1][1]
        if sum(counts.values()) >= MIN_ARTICLES and not tie:
            category = ranked[0][0]
        learned.append({**head, "category": category, "annotated": dict(counts)})
    return learned


def main(argv: list[str]) -> None:
    # The blind gold sets are even-id articles too: they stay out of what is learned.
    shared = Path(argv[0]) if argv else DEFAULT_SHARED_DATA
    blind = gold_ids("test*")
    even = [a for a in detik_articles(shared) if a.id % 2 == 0 and a.id not in blind]
    groups = learn(even)
    heads = learn_heads(even, yaml.safe_load(HEADS_FILE.read_text(encoding="utf-8"))["heads"])
    header = (
        "# Stakeholder groups learned from detik-1000's annotations (even-id half, blind gold\n"
        "# sets left out) by `python -m nlp.group_lexicon`; see nlp/group_lexicon.py.\n"
    )
    DATA_FILE.write_text(
        header
        + yaml.safe_dump(
            {"groups": groups, "heads": heads}, allow_unicode=True, sort_keys=False, width=100
        ),
        encoding="utf-8",
    )
    print(f"{len(groups)} groups, {len(heads)} heads from {len(even)} even-id articles")


if __name__ == "__main__":
    main(sys.argv[1:])
