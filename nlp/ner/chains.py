"""Officials with their body in the public NER sets: a real-text check of affiliations.

The NER sets (nlp/ner/prepare_data.py) mark people (PER) and organisations (ORG) in real
Indonesian news by hand. Where a role title, an ORG and a PER follow each other ("Sekjen PDIP
Hasto Kristiyanto", "Kepala Pusat Pelaporan dan Analisis Transaksi Keuangan Muhammad Yusuf")
or a PER is followed by a title and an ORG ("Hasto Kristiyanto, Sekjen PDIP", "Budi selaku
Direktur Utama PT X"), the sentence says whose body the person speaks for: the extraction's
affiliation can be checked against the annotators' spans, on text nobody here wrote or fitted
on (the sets are from other years and sites than detik-1000). benchmarks/affiliation_chains.py
scores it; the sets' test splits are for measurement, train and dev for development.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from nlp.lexicon import alternation, roles
from nlp.ner.prepare_data import Split, read_sentences, splits, to_doc


@dataclass(frozen=True)
class Chain:
    dataset: str
    split: str
    text: str  # the sentence as running text
    person: str  # the annotated PER span
    organization: str  # the annotated ORG span
    title: str  # the role title the sentence writes between or before them
    shape: str  # "title org person" or "person title org"


@lru_cache(maxsize=1)
def _title_at_end() -> re.Pattern[str]:
    """A role head ending the text before an ORG ("... kata *Sekjen* | PDIP")."""
    return re.compile(rf"(?<![\w-])({alternation(roles().heads)})\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_after_person() -> re.Pattern[str]:
    """After a PER: a comma or "selaku"/"sebagai", then a role head and at most four
    capitalised words up to the ORG ("Hasto, *Sekretaris Jenderal* | PDIP"; not "Andi,
    Direktur yang diperiksa | KPK")."""
    return re.compile(
        rf"^\s*(?:,?\s*(?:selaku|sebagai)|,)\s+"
        rf"((?:{alternation(roles().heads)})(?-i:\s+[A-Z][\w&-]*){{0,4}}?)\s+$",
        re.IGNORECASE,
    )


def chains_in(doc: Doc, dataset: str = "", split: str = "") -> Iterator[Chain]:
    """The chains of one annotated sentence (``doc.ents`` the annotators' spans)."""
    ents: list[Span] = list(doc.ents)
    text = doc.text
    for i, (left, right) in enumerate(zip(ents, ents[1:])):
        between = text[left.end_char : right.start_char]
        if left.label_ == "ORG" and right.label_ == "PER" and between.strip() == "":
            title = _title_at_end().search(text, 0, left.start_char)
            if title:
                yield Chain(
                    dataset, split, text, right.text, left.text, title.group(1), "title org person"
                )
        elif left.label_ == "PER" and right.label_ == "ORG" and not _person_after(doc, ents, i + 1):
            title = _title_after_person().match(between)
            if title:
                yield Chain(
                    dataset, split, text, left.text, right.text, title.group(1), "person title org"
                )


def _person_after(doc: Doc, ents: list[Span], i: int) -> bool:
    """The ORG ``ents[i]`` opens the next person's chain ("A, Ketua MPR Taufiq Kiemas": MPR is
    Taufiq's body, not A's)."""
    following = ents[i + 1] if i + 1 < len(ents) else None
    return (
        following is not None
        and following.label_ == "PER"
        and doc.text[ents[i].end_char : following.start_char].strip() == ""
    )


def sentences(data: Path, vocab: Vocab | None = None) -> Iterator[tuple[str, str, Doc]]:
    """(dataset, split, annotated sentence) of the cased NER sets (NERP, lower-cased, left out),
    each sentence once, in the split the shipped NER model saw it in.

    The sets copy sentences into each other, spaced or tokenised differently (NER-UGM and
    idner-news-2k share about 2,200). ``prepare_data.prepare`` drops a train or dev sentence
    whose tokens are a test sentence's, so that copy is skipped here too; a copy tokenised
    differently was trained on (275 of the test splits' 1,507 sentences have one), so every
    train split is read before any dev split and every dev split before any test split: a
    sentence counts as test only if the model never saw it."""
    vocab = vocab or Vocab()
    order = ("train", "dev", "test")
    chosen: list[Split] = sorted(
        (s for s in splits(data, with_nerp=False) if s.dataset != "nerp" and s.path.exists()),
        key=lambda s: order.index(s.split),
    )
    tests = {tuple(w) for s in chosen if s.split == "test" for w, _ in read_sentences(s)}
    seen: set[str] = set()
    for split in chosen:
        for words, tags in read_sentences(split):
            if split.split != "test" and tuple(words) in tests:
                continue
            doc = to_doc(vocab, words, tags, join_hyphens=True)
            key = re.sub(r"[\W_]+", "", doc.text.lower())
            if key in seen:
                continue
            seen.add(key)
            yield split.dataset, split.split, doc


def chains(data: Path, vocab: Vocab | None = None) -> Iterator[Chain]:
    """Every chain of the cased NER sets, each sentence once."""
    for dataset, split, doc in sentences(data, vocab):
        yield from chains_in(doc, dataset, split)
