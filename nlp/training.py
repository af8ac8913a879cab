"""`spacy train` and installing its model, as the trained parts of the pipeline do (nlp/ner,
nlp/parser)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def spacy_train(config: Path, corpus: Path, output: Path, overrides: list[str]) -> Path:
    """Train ``config`` on ``corpus``/train.spacy with ``corpus``/dev.spacy for picking the
    best model, in a child process (spaCy's own CLI); the path of the best model."""
    command = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(config),
        "--output",
        str(output),
        "--paths.train",
        str(corpus / "train.spacy"),
        "--paths.dev",
        str(corpus / "dev.spacy"),
        *overrides,
    ]
    subprocess.run(command, check=True)
    return output / "model-best"


def install_model(model: Path, target: Path) -> None:
    """Put the trained ``model`` where the pipeline sources it, replacing what was there."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
