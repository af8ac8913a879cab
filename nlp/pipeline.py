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

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_PATH = PACKAGE_DIR / "config.cfg"
NER_MODEL_DIR = PACKAGE_DIR / "ner" / "model"

log = logging.getLogger(__name__)


def pipeline_config(config_path: Path = CONFIG_PATH, use_ner: bool = True):
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


def _version_inputs() -> list[Path]:
    files = [CONFIG_PATH, *sorted((PACKAGE_DIR / "components").glob("*.py")),
             *sorted((PACKAGE_DIR / "data").glob("*")),
             *[PACKAGE_DIR / name for name in ("cleaning.py", "extract.py", "lexicon.py",
                                               "names.py", "textutil.py", "extensions.py",
                                               "tokenizer.py")]]
    indonesian = PACKAGE_DIR.parent / "indonesian"
    files += sorted(indonesian.glob("*.py"))
    for meta in (NER_MODEL_DIR / "meta.json", NER_MODEL_DIR / "ner" / "model"):
        if meta.exists():
            files.append(meta)
    return [f for f in files if f.is_file()]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Changes whenever the config, a component, the data or the NER model changes: documents
    enriched by another version are enriched again."""
    digest = hashlib.sha256(spacy.__version__.encode())
    for path in _version_inputs():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "nlp-" + digest.hexdigest()[:12]
