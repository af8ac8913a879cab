"""The pipeline version covers every file under nlp/ that shapes the output: a new module or
data file counts without editing a list, and only reasoned exceptions are left out."""

from __future__ import annotations

from nlp.pipeline import NOT_VERSION_INPUTS, PACKAGE_DIR, _version_inputs


def nlp_files() -> set[str]:
    return {
        p.relative_to(PACKAGE_DIR).as_posix()
        for p in PACKAGE_DIR.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_every_file_under_nlp_is_an_input_or_a_reasoned_exception():
    inputs = {
        p.relative_to(PACKAGE_DIR).as_posix()
        for p in _version_inputs()
        if p.is_relative_to(PACKAGE_DIR)
    }
    assert inputs | set(NOT_VERSION_INPUTS) == nlp_files()
    assert not inputs & set(NOT_VERSION_INPUTS)
    assert {
        "vocabulary.py",
        "lexicon.py",
        "config.cfg",
        "components/people.py",
        "data/organizations.yaml",
        "ner/model/meta.json",
    } <= inputs


def test_exceptions_name_files_that_exist():
    assert set(NOT_VERSION_INPUTS) <= nlp_files(), "a stale exception: remove it"


def test_code_outside_nlp_that_shapes_the_output_counts():
    names = {p.relative_to(PACKAGE_DIR.parent).as_posix() for p in _version_inputs()}
    assert {"indonesian/dates.py", "corpus/keys.py"} <= names
