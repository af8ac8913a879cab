"""Train the dependency parser + morphologizer on the Indonesian UD treebanks and score it.

    python -m nlp.parser.train                 # convert, train (~15 minutes on 2 cores),
                                               # evaluate, install
    python -m nlp.parser.train --evaluate-only # score the installed model in nlp/parser/model

Data (../shared/data/ud): GSD dev/test and CSUI train/test. The GSD *train* split is not among
the public files, so training uses CSUI train plus four fifths of GSD dev; every fifth GSD dev
sentence is kept apart for model selection, and both test splits stay unseen until scoring.
The .conllu files are converted by the converter behind `spacy convert` (multi-word tokens such
as "kerjanya" merged into one token, as the pipeline's tokenizer leaves them), one sentence per
Doc, because the role component parses single sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

from nlp.training import install_model, spacy_train

PARSER_DIR = Path(__file__).resolve().parent
CONFIG = PARSER_DIR / "config.cfg"
MODEL_DIR = PARSER_DIR / "model"
SCORES = PARSER_DIR / "SCORES.md"
DEFAULT_DATA = PARSER_DIR.parents[1].parent / "shared" / "data" / "ud"
DEFAULT_OUT = Path("build/parser")
# The relations that carry "ROLE ORG NAME" and "NAME selaku ROLE" (GSD writes noun-noun
# modifiers as compound where CSUI writes nmod).
KEY_RELATIONS = ("appos", "flat:name", "nmod", "compound", "case")


def read_conllu(path: Path) -> list[Doc]:
    text = path.read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=1, merge_subtokens=True, no_print=True))


def prepare(data: Path, out: Path) -> dict[str, int]:
    """Write train/dev/test-*.spacy; return the sentence count of each."""
    out.mkdir(parents=True, exist_ok=True)
    gsd_dev = read_conllu(data / "gsd-id_gsd-ud-dev.conllu")
    held_out = [d for i, d in enumerate(gsd_dev) if i % 5 == 4]
    splits = {
        "train": read_conllu(data / "csui-id_csui-ud-train.conllu")
        + [d for i, d in enumerate(gsd_dev) if i % 5 != 4],
        "dev": held_out,
        "test-gsd": read_conllu(data / "gsd-id_gsd-ud-test.conllu"),
        "test-csui": read_conllu(data / "csui-id_csui-ud-test.conllu"),
    }
    for name, docs in splits.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
    return {name: len(docs) for name, docs in splits.items()}


def train(corpus: Path, output: Path, overrides: list[str]) -> Path:
    return spacy_train(CONFIG, corpus, output, overrides)


def evaluate(model: Path, corpus: Path) -> dict[str, dict]:
    """UAS / LAS / UPOS / morphology per test split, LAS of the relations roles rely on."""
    nlp = spacy.load(model)
    results = {}
    for path in sorted(corpus.glob("test-*.spacy")):
        gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        examples = [Example(_unannotated(nlp.vocab, d), d) for d in gold]
        started = time.perf_counter()
        scores = nlp.evaluate(examples, batch_size=256)
        seconds = time.perf_counter() - started
        per_type = scores.get("dep_las_per_type") or {}
        results[path.stem.removeprefix("test-")] = {
            "sentences": len(gold),
            "uas": scores["dep_uas"],
            "las": scores["dep_las"],
            "pos": scores["pos_acc"],
            "morph": scores["morph_acc"],
            "relations": {r: per_type.get(r, {}).get("f", 0.0) for r in KEY_RELATIONS},
            "words_per_second": round(sum(len(d) for d in gold) / seconds),
            "load": os.getloadavg()[0],
        }
    return results


def _unannotated(vocab: Vocab, gold: Doc) -> Doc:
    # The gold tokens, without annotation: scores measure the parser, not the tokenizer.
    return Doc(vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])


def write_scores(results: dict[str, dict], sizes: dict[str, int], path: Path = SCORES) -> None:
    names = {"gsd": "UD Indonesian-GSD test", "csui": "UD Indonesian-CSUI test"}
    lines = [
        "# Dependency parser scores on the UD Indonesian test splits",
        "",
        "Gold tokens, punctuation included. Trained on CSUI train + 4/5 of GSD dev "
        f"({sizes.get('train', '?')} sentences; the GSD train split is not in ../shared), "
        f"model chosen on the other 1/5 of GSD dev ({sizes.get('dev', '?')} sentences). "
        "Written by `python -m nlp.parser.train`.",
        "",
        "| test split | sentences | UAS | LAS | UPOS | morph | LAS F appos | flat:name | nmod "
        "| compound | case | words/s (1 process) | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key, r in results.items():
        rel = " | ".join(f"{r['relations'][name]:.3f}" for name in KEY_RELATIONS)
        lines.append(
            f"| {names.get(key, key)} | {r['sentences']} | {r['uas']:.3f} | {r['las']:.3f} "
            f"| {r['pos']:.3f} | {r['morph']:.3f} | {rel} | {r['words_per_second']} "
            f"| {r['load']:.1f} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Train and evaluate the UD parser.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT, help="where .spacy files go")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUT / "training")
    parser.add_argument(
        "--evaluate-only", action="store_true", help="score nlp/parser/model, no training"
    )
    parser.add_argument("--model", type=Path, default=None, help="score this model instead")
    args, overrides = parser.parse_known_args()
    sizes = prepare(args.data, args.corpus)
    print(json.dumps(sizes))
    model = args.model or MODEL_DIR
    if not args.evaluate_only and args.model is None:
        model = train(args.corpus, args.output, overrides)
        install_model(model, MODEL_DIR)
        model = MODEL_DIR
    results = evaluate(model, args.corpus)
    print(json.dumps(results, indent=1))
    if model == MODEL_DIR:
        write_scores(results, sizes)


if __name__ == "__main__":
    main()
