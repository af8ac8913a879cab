"""Build the newsintel spaCy pipeline from ``nlp/config.cfg``.

    from nlp.pipeline import load_pipeline
    nlp = load_pipeline()                 # cached; every registered component of the config
    docs = list(nlp.pipe(texts))          # doc._.organizations, doc._.people, ...

Saved and loaded the spaCy way: ``nlp.to_disk(path)``, then in another process
``import nlp.components`` (registers the factories; the ``spacy_factories`` entry points in
pyproject.toml do the same for plain ``spacy.load``) and ``spacy.load(path)``.
"""

from __future__ import annotations

import hashlib
import logging
import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import Config

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_PATH = PACKAGE_DIR / "config.cfg"
NER_MODEL_DIR = PACKAGE_DIR / "ner" / "model"

log = logging.getLogger(__name__)


def pipeline_config(config_path: Path = CONFIG_PATH, use_ner: bool = True) -> Config:
    """The config with components that cannot be built yet left out (factory not registered,
    NER model not trained)."""
    import nlp.components  # noqa: F401  (registers every factory)
    import nlp.tokenizer  # noqa: F401  (registers newsintel.Tokenizer.v1)

    config = spacy.util.load_config(config_path, interpolate=False)
    ner_ready = use_ner and (NER_MODEL_DIR / "config.cfg").exists()
    config["paths"]["ner_model"] = str(NER_MODEL_DIR) if ner_ready else None
    kept = []
    for name in config["nlp"]["pipeline"]:
        block = config["components"].get(name, {})
        if "source" in block:
            ok = ner_ready if name == "ner" else Path(str(block["source"])).exists()
        else:
            ok = Language.has_factory(block.get("factory", name))
        if ok:
            kept.append(name)
        else:
            config["components"].pop(name, None)
            if name != "ner" or use_ner:
                log.warning("pipeline: %s is not available yet and is left out", name)
    config["nlp"]["pipeline"] = kept
    return config.interpolate()


def build_pipeline(config_path: Path = CONFIG_PATH, use_ner: bool = True) -> Language:
    config = pipeline_config(config_path, use_ner)
    with warnings.catch_warnings():
        # A sourced NER trained with another spaCy patch version warns; it still loads.
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


@lru_cache(maxsize=2)
def load_pipeline(use_ner: bool = True) -> Language:
    """The pipeline, built once per process."""
    return build_pipeline(use_ner=use_ner)


# Files under nlp/ that do not shape what the pipeline extracts; every other file there (code,
# config, data, the NER model) is a version input, so a new module counts without a list edit.
NOT_VERSION_INPUTS = {
    "commands.py": "the CLI around enrichment",
    "enrich.py": "runs the pipeline over the store",
    "parallel.py": "runs the pipeline in worker processes",
    "evaluate.py": "scores the output against gold files",
    "dedup.py": "near-duplicate clusters: a step of its own, after extraction",
    "words.py": "the word normalisation of clusters and the keyword index",
    "ner/train.py": "trains the model; the trained model files are inputs",
    "ner/prepare_data.py": "prepares training data",
    "ner/config.cfg": "the training config; the model carries its own",
    "ner/SCORES.md": "notes",
    "parser/train.py": "trains the UD parser; the trained model files are inputs",
    "parser/config.cfg": "the parser's training config; the model carries its own",
    "parser/SCORES.md": "notes",
    "training.py": "runs `spacy train` for ner/ and parser/",
    "group_lexicon.py": "learns the stakeholder groups; the yaml it writes is the input",
}


def _version_inputs() -> list[Path]:
    """Every file under nlp/ that shapes the pipeline's output, and the code outside it that
    the components call (indonesian/, the organisation ids of corpus/keys.py), in a stable
    order."""
    files = [
        path
        for path in sorted(PACKAGE_DIR.rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.relative_to(PACKAGE_DIR).as_posix() not in NOT_VERSION_INPUTS
    ]
    files += sorted((PACKAGE_DIR.parent / "indonesian").glob("*.py"))
    files.append(PACKAGE_DIR.parent / "corpus" / "keys.py")
    return files


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Changes whenever the config, a component, the data or the NER model changes: documents
    enriched by another version are enriched again."""
    digest = hashlib.sha256(spacy.__version__.encode())
    for path in _version_inputs():
        digest.update(path.relative_to(PACKAGE_DIR.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return "nlp-" + digest.hexdigest()[:12]
