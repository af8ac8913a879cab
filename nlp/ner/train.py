"""Train the statistical NER (PER / ORG / LOC) and score it on every public test split.

    python -m nlp.ner.train                 # prepare data, train (minutes on 2 cores), evaluate,
                                            # install
    python -m nlp.ner.train --evaluate-only # score the installed model in nlp/ner/model

Steps: nlp.ner.prepare_data writes build/ner/*.spacy from ../shared/data/ner; ``spacy train``
runs nlp/ner/config.cfg; the best model is copied to nlp/ner/model (versioned in the repo, a few
MB) and its scores per test split written to nlp/ner/SCORES.md.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from nlp.ner.prepare_data import DEFAULT_DATA, DEFAULT_OUT, prepare
from nlp.training import install_model, spacy_train

NER_DIR = Path(__file__).resolve().parent
CONFIG = NER_DIR / "config.cfg"
MODEL_DIR = NER_DIR / "model"
SCORES = NER_DIR / "SCORES.md"
LABELS = ("PER", "ORG", "LOC")


def train(corpus: Path, output: Path, overrides: list[str]) -> Path:
    return spacy_train(CONFIG, corpus, output, overrides)


def evaluate(model: Path, corpus: Path) -> dict[str, dict]:
    """Entity-level P/R/F1 (exact span and label) per test split, overall and per label."""
    nlp = spacy.load(model)
    results = {}
    for path in sorted(corpus.glob("test-*.spacy")):
        gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        started = time.perf_counter()
        predicted = list(nlp.pipe((_unannotated(nlp, d) for d in gold), batch_size=256))
        seconds = time.perf_counter() - started
        examples = [Example(p, g) for p, g in zip(predicted, gold)]
        ner: Any = nlp.get_pipe("ner")  # an EntityRecognizer; get_pipe is typed as a bare callable
        scores = ner.score(examples)
        words = sum(len(d) for d in gold)
        results[path.stem.removeprefix("test-")] = {
            "sentences": len(gold),
            "p": scores["ents_p"],
            "r": scores["ents_r"],
            "f": scores["ents_f"],
            "per_type": {label: scores["ents_per_type"].get(label, {}) for label in LABELS},
            "words_per_second": round(words / seconds),
        }
    return results


def _unannotated(nlp: Language, gold: Doc) -> Doc:
    # The gold tokens, without their entities: scores measure the NER, not the tokenizer.
    return spacy.tokens.Doc(
        nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold]
    )


def write_scores(results: dict[str, dict], path: Path = SCORES) -> None:
    names = {
        "nerui": "NER-UI (IndoLEM, fold 1)",
        "nerugm": "NER-UGM (IndoLEM, fold 1; PER/ORG/LOC only)",
        "nergrit": "NERGrit (IndoNLU)",
        "idner": "idner-news-2k",
        "nerp": "NERP (IndoNLU; lower-cased)",
    }
    lines = [
        "# NER scores on the public test splits",
        "",
        "Entity-level, exact span and label, PER/ORG/LOC (other labels of a set mapped to O).",
        "Written by `python -m nlp.ner.train`.",
        "",
        "| test split | sentences | P | R | F1 | F1 PER | F1 ORG | F1 LOC |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, r in results.items():
        per = [r["per_type"].get(label, {}).get("f", 0.0) for label in LABELS]
        lines.append(
            f"| {names.get(key, key)} | {r['sentences']} "
            f"| {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | "
            + " | ".join(f"{f:.3f}" for f in per)
            + " |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Train and evaluate the PER/ORG/LOC NER.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_OUT, help="where the .spacy files go"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUT / "training")
    parser.add_argument(
        "--evaluate-only", action="store_true", help="score nlp/ner/model, no training"
    )
    parser.add_argument("--model", type=Path, default=None, help="score this model instead")
    parser.add_argument(
        "--without-nerp", action="store_true", help="do not train on the lower-cased NERP set"
    )
    parser.add_argument(
        "--with-detik",
        action="store_true",
        help="also train on detik-1000 sentences labelled from its stakeholder annotations",
    )
    args, overrides = parser.parse_known_args()
    if not (args.corpus / "dev.spacy").exists() or not args.evaluate_only:
        counts = prepare(
            args.data, args.corpus, with_nerp=not args.without_nerp, with_detik=args.with_detik
        )
        print(json.dumps(counts))
    model = args.model or MODEL_DIR
    if not args.evaluate_only and args.model is None:
        model = train(args.corpus, args.output, overrides)
        install_model(model, MODEL_DIR)
        model = MODEL_DIR
    results = evaluate(model, args.corpus)
    print(
        json.dumps(
            {k: {m: v for m, v in r.items() if m != "per_type"} for k, r in results.items()},
            indent=1,
        )
    )
    if model == MODEL_DIR:
        write_scores(results)


if __name__ == "__main__":
    main()
