"""The rooms' dependency rules (README "Data flow"), read from the code's own imports.

Every import counts, at module level or inside a function, so a lazy import cannot slip past.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ROOMS = ("corpus", "crawler", "nlp", "search_api", "indonesian", "newsintel")
FORBIDDEN = {
    "corpus": {"crawler", "nlp", "search_api", "newsintel"},
    "nlp": {"crawler", "search_api", "newsintel"},
    "crawler": {"nlp", "search_api", "newsintel"},
    "search_api": {"crawler", "newsintel"},
    "indonesian": {"corpus", "crawler", "nlp", "search_api", "newsintel"},
}


def python_files(room: str) -> list[Path]:
    return sorted((REPO / room).rglob("*.py"))


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported_rooms(tree: ast.Module) -> set[str]:
    """Top-level project packages a module imports (absolute imports, at any depth)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names & set(ROOMS)


def imported_modules(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def corpus_tables() -> set[str]:
    schema = (REPO / "corpus" / "schema.py").read_text(encoding="utf-8")
    return set(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", schema))


def string_texts(tree: ast.Module) -> list[tuple[int, str]]:
    """Every string literal, f-strings with their literal parts joined, with its line."""
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = [
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            ]
            texts.append((node.lineno, " ".join(parts)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts.append((node.lineno, node.value))
    return texts


@pytest.mark.parametrize("room", sorted(FORBIDDEN))
def test_room_imports_only_what_the_data_flow_allows(room):
    broken = []
    for path in python_files(room):
        bad = imported_rooms(parse(path)) & FORBIDDEN[room]
        if bad:
            broken.append(f"{path.relative_to(REPO)} imports {', '.join(sorted(bad))}")
    assert not broken, "\n".join(broken)


def test_the_elasticsearch_backend_shares_nothing_with_the_embedded_one():
    """What both rank the same way lives in search_api/engine/ranking.py and cursors.py."""
    embedded = "search_api.engine.backends.embedded"
    broken = [
        f"{path.relative_to(REPO)} imports {name}"
        for path in sorted((REPO / "search_api/engine/backends/elasticsearch").rglob("*.py"))
        for name in sorted(imported_modules(parse(path)))
        if name.startswith(embedded)
    ]
    assert not broken, "\n".join(broken)


def test_search_api_runs_no_sql_on_corpus_tables():
    tables = corpus_tables()
    assert {"documents", "extractions", "organizations", "regulation_refs"} <= tables
    found = []
    for path in python_files("search_api"):
        for line, text in string_texts(parse(path)):
            if sql_tables(text) & tables:
                found.append(f"{path.relative_to(REPO)}:{line}: {text.strip()[:80]!r}")
    assert not found, "SQL on corpus tables belongs in corpus/:\n" + "\n".join(found)


def sql_tables(text: str) -> set[str]:
    """Tables a piece of SQL names after its clause keywords (FROM documents, JOIN
    extractions, UPDATE ... SET); the project writes SQL keywords in capitals, prose does not."""
    return set(re.findall(r"\b(?:FROM|JOIN|INTO|TABLE)\s+(\w+)", text)) | set(
        re.findall(r"\bUPDATE\s+(\w+)\s+SET\b", text)
    )


def test_the_checks_see_a_violation(tmp_path):
    """The readers above find what they look for (a rule that cannot fail checks nothing)."""
    tree = ast.parse(
        "def f(db):\n    from crawler import run\n"
        "    return db.execute(f'SELECT id FROM documents WHERE x={1}')\n"
    )
    assert imported_rooms(tree) == {"crawler"}
    texts = [text for _, text in string_texts(tree)]
    assert any("documents" in sql_tables(t) for t in texts)
    assert sql_tables("Add or update documents, incrementally") == set()
