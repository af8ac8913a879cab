"""Convert the public Indonesian NER sets to spaCy DocBins with one label set: PER, ORG, LOC.

The sets label the same things with different names; this maps them:

| set | people | organisations | places | dropped |
|---|---|---|---|---|
| NER-UI (IndoLEM)   | PERSON | ORGANIZATION | LOCATION | |
| NER-UGM (IndoLEM)  | PERSON | ORGANIZATION | LOCATION | QUANTITY, TIME |
| NERGrit (IndoNLU)  | PERSON | ORGANISATION | PLACE | |
| idner-news-2k      | PER | ORG | LOC | |
| NERP (IndoNLU)     | PPL | IND | PLC | EVT, FNB |

NERP is lower-cased news text; training on it (with the other sets, and with random lower-casing
of the others by the training augmenter) made the model better on every test split, cased ones
included (NER-UI F1 0.858 -> 0.873 with the larger CNN). ``--without-nerp`` leaves it out.
``--with-detik`` adds real 2025 news: detik-1000 sentences whose stakeholders are labelled from
the dataset's human annotations, every other token missing (nlp/ner/distant.py).
Training sentences that also
occur in any test split are dropped so the reported test scores are honest.

Output (``--out``, default build/ner): train.spacy, dev.spacy and test-<set>.spacy per set.

    python -m nlp.ner.prepare_data --data ../shared/data/ner --out build/ner
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

from nlp.ner.distant import detik_docs

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner"
DEFAULT_OUT = REPO / "build" / "ner"

LABEL_MAP: dict[str, str | None] = {
    "PERSON": "PER",
    "PER": "PER",
    "PPL": "PER",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "ORG": "ORG",
    "IND": "ORG",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "LOC": "LOC",
    "PLC": "LOC",
    "QUANTITY": None,
    "TIME": None,
    "EVT": None,
    "FNB": None,
}
# Tokens that attach to the previous one in running text (no space before them).
NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘"}


@dataclass(frozen=True)
class Split:
    dataset: str  # short name used in file names and reports
    split: str  # train / dev / test
    path: Path
    label_column: int  # column of the BIO tag (-1: last)
    separator: str | None  # None: any whitespace


def splits(data: Path, fold: str = "01", with_nerp: bool = True) -> list[Split]:
    indonlu, indolem = data / "indonlu", data / "indolem"
    found = [
        Split("nerui", "train", indolem / "nerui" / f"train.{fold}.tsv", -1, "\t"),
        Split("nerui", "dev", indolem / "nerui" / f"dev.{fold}.tsv", -1, "\t"),
        Split("nerui", "test", indolem / "nerui" / f"test.{fold}.tsv", -1, "\t"),
        Split("nerugm", "train", indolem / "nerugm" / f"train.{fold}.tsv", -1, "\t"),
        Split("nerugm", "dev", indolem / "nerugm" / f"dev.{fold}.tsv", -1, "\t"),
        Split("nerugm", "test", indolem / "nerugm" / f"test.{fold}.tsv", -1, "\t"),
        Split("nergrit", "train", indonlu / "nergrit_ner-grit" / "train_preprocess.txt", -1, "\t"),
        Split("nergrit", "dev", indonlu / "nergrit_ner-grit" / "valid_preprocess.txt", -1, "\t"),
        Split("nergrit", "test", indonlu / "nergrit_ner-grit" / "test_preprocess.txt", -1, "\t"),
        Split("idner", "train", data / "idner-news-2k" / "train.txt", -1, None),
        Split("idner", "dev", data / "idner-news-2k" / "dev.txt", -1, None),
        Split("idner", "test", data / "idner-news-2k" / "test.txt", -1, None),
        Split("nerp", "test", indonlu / "nerp_ner-prosa" / "test_preprocess.txt", -1, "\t"),
    ]
    if with_nerp:
        found += [
            Split("nerp", "train", indonlu / "nerp_ner-prosa" / "train_preprocess.txt", -1, "\t"),
            Split("nerp", "dev", indonlu / "nerp_ner-prosa" / "valid_preprocess.txt", -1, "\t"),
        ]
    return found


def read_sentences(split: Split) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, BIO tags) per sentence; blank lines separate sentences. Handles CRLF files."""
    words: list[str] = []
    tags: list[str] = []
    with split.path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            columns = line.split(split.separator) if split.separator else line.split()
            if len(columns) < 2:
                continue
            words.append(columns[0])
            tags.append(columns[split.label_column].strip())
    if words:
        yield words, tags


def map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = LABEL_MAP.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def to_doc(vocab: Vocab, words: list[str], tags: list[str], join_hyphens: bool = False) -> Doc:
    """The sentence as a Doc with the annotated spans as ``doc.ents``. ``join_hyphens``: a
    hyphen between two words the set splits ("Go - Jek", "PDI - P") is written as running text
    writes it ("Go-Jek")."""
    spaces = [
        i + 1 < len(words)
        and words[i + 1] not in NO_SPACE_BEFORE
        and words[i] not in NO_SPACE_AFTER
        for i in range(len(words))
    ]
    if join_hyphens:
        for i in range(1, len(words) - 1):
            if words[i] == "-" and words[i - 1][-1].isalnum() and words[i + 1][0].isalnum():
                spaces[i - 1] = spaces[i] = False
    doc = Doc(vocab, words=words, spaces=spaces)
    iob = [map_tag(t) for t in tags]
    # Repair I- tags that start an entity (some sets have them) so the BILUO conversion accepts
    # them.
    for i, tag in enumerate(iob):
        if tag.startswith("I-") and (i == 0 or iob[i - 1] == "O" or iob[i - 1][2:] != tag[2:]):
            iob[i] = "B-" + tag[2:]
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(iob))
    return doc


def prepare(
    data: Path, out: Path, fold: str = "01", with_nerp: bool = True, with_detik: bool = False
) -> dict[str, int]:
    nlp = spacy.blank("id")
    out.mkdir(parents=True, exist_ok=True)
    every = splits(data, fold, with_nerp)
    missing = [s.path for s in every if not s.path.is_file()]
    if missing:
        raise SystemExit(f"NER data missing: {', '.join(map(str, missing))}")
    tests = {tuple(w) for s in every if s.split == "test" for w, _ in read_sentences(s)}
    bins = {"train": DocBin(), "dev": DocBin()}
    counts: dict[str, int] = {}
    for split in every:
        if split.split == "test":
            target = bins.setdefault(f"test-{split.dataset}", DocBin())
        else:
            target = bins[split.split]
        n = 0
        for words, tags in read_sentences(split):
            if split.split != "test" and tuple(words) in tests:
                continue  # never train on a sentence that is scored
            target.add(to_doc(nlp.vocab, words, tags))
            n += 1
        counts[f"{split.dataset}/{split.split}"] = n
    if with_detik:
        docs, articles = detik_docs(nlp, data.parent)
        for doc in docs:
            bins["train"].add(doc)
        counts["detik/articles"] = articles
        counts["detik/train"] = len(docs)
        for label in ("PER", "ORG"):
            counts[f"detik/{label}"] = sum(e.label_ == label for d in docs for e in d.ents)
    for name, docbin in bins.items():
        docbin.to_disk(out / f"{name}.spacy")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder of the public NER sets"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the .spacy files go")
    parser.add_argument("--fold", default="01", help="IndoLEM fold used for NER-UI/NER-UGM splits")
    parser.add_argument(
        "--without-nerp", action="store_true", help="do not train on lower-cased NERP"
    )
    parser.add_argument(
        "--with-detik",
        action="store_true",
        help="also train on detik-1000 sentences labelled from its stakeholder annotations",
    )
    args = parser.parse_args()
    counts = prepare(args.data, args.out, args.fold, not args.without_nerp, args.with_detik)
    for name, n in counts.items():
        print(f"{name:16} {n:6d}")


if __name__ == "__main__":
    main()
