"""The keyword query parser: boolean syntax, and no input can break FTS5 or reach SQL."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search_api.engine.analysis import analyzer
from search_api.engine.query import parse_query

DOCS = {
    1: "BPJS Ketenagakerjaan menandatangani nota kesepahaman dengan APHTN-HAN",
    2: "BPJS Kesehatan menaikkan iuran peserta",
    3: "Jamsostek dan asosiasi pengusaha menyepakati perjanjian kerja sama",
    4: "Target 70 juta pekerja terlindungi jaminan sosial pada 2026",
}


@pytest.fixture(scope="module")
def fts():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(body)")
    db.executemany(
        "INSERT INTO f(rowid, body) VALUES (?, ?)",
        [(i, analyzer().index_text(t)) for i, t in DOCS.items()],
    )
    yield db
    db.close()


def matches(fts, text: str, default_op: str = "AND") -> set[int]:
    expression = parse_query(text).fts(default_op)
    if expression is None:
        return set()
    return {r[0] for r in fts.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,))}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("bpjs", {1, 2}),
        ("bpjs iuran", {2}),  # juxtaposed words: all of them
        ("bpjs AND kesepahaman", {1}),
        ("bpjs OR jamsostek", {1, 2, 3}),
        ("bpjs NOT kesehatan", {1}),
        ("bpjs -kesehatan", {1}),
        ('"nota kesepahaman"', {1}),
        ('"kesepahaman nota"', set()),  # a phrase keeps its order
        ("(bpjs OR jamsostek) AND (perjanjian OR kesepahaman)", {1, 3}),
        ("BPJS Ketenagakerjaan", {1}),  # case-insensitive
        ("menandatangani", {1}),  # stemmed on both sides
        ("penandatanganan", {1}),
        ("terlindungi", {4}),
        ("70 juta", {4}),
        ("APHTN-HAN", {1}),
    ],
)
def test_boolean_syntax(fts, query, expected):
    assert matches(fts, query) == expected


def test_default_operator_or_ranks_any_word(fts):
    assert matches(fts, "iuran kesepahaman", "OR") == {1, 2}
    assert matches(fts, "iuran kesepahaman", "AND") == set()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "yang dan di",
        "NOT bpjs",
        "-bpjs",
        "AND OR NOT",
        "((((",
        ")))",
        '"',
        '""',
        "a OR -b",
    ],
)
def test_queries_with_nothing_positive_match_nothing(fts, query):
    assert parse_query(query).fts() is None
    assert matches(fts, query) == set()


@pytest.mark.parametrize(
    "query",
    [
        "title:bpjs",
        "bpjs*",
        "^bpjs",
        "NEAR(bpjs iuran)",
        "bpjs'); DROP TABLE f; --",
        'bpjs" OR "x',
        "{body}: bpjs",
        "body:iuran",
        '"unclosed phrase bpjs',
    ],
)
def test_fts_and_sql_syntax_in_input_are_plain_words(fts, query):
    expression = parse_query(query).fts()
    if expression:
        fts.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,)).fetchall()
    assert fts.execute("SELECT count(*) FROM f").fetchone()[0] == len(DOCS)


def test_highlight_stems_exclude_negated_words():
    assert parse_query('bpjs "nota kesepahaman" -kesehatan').stems == ["bpjs", "nota", "sepaham"]


query_text = st.lists(
    st.sampled_from(
        list("abc xyzBPJS\"()-*:^{}+'\\;,.ÄéÜ")
        + ["AND", "OR", "NOT", "NEAR", " ", "\t", "\n", "\x00", "😀", "ﬁ"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(query_text)
def test_fuzzed_queries_never_raise_in_fts(fts, text):
    """Random input (operators, quotes, brackets, FTS5 specials, odd Unicode) always parses
    to None or an expression FTS5 accepts."""
    for op in ("AND", "OR"):
        expression = parse_query(text).fts(op)
        if expression is not None:
            fts.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,)).fetchall()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fuzzed_arbitrary_unicode_never_raises(fts, text):
    expression = parse_query(text).fts()
    if expression is not None:
        fts.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,)).fetchall()


def test_at_least_two_of_the_rarest_words(fts):
    known = dict(zip(analyzer().terms("bpjs kesehatan iuran peserta target"), (2, 1, 1, 3, 1)))
    rarity = known.get
    query = parse_query("BPJS kesehatan iuran peserta")
    narrowed = query.at_least_two(lambda term: rarity(term.stems[0], 0))
    expression = narrowed.fts()
    assert expression.count(" AND ") == 6  # pairs of 4 words
    rows = {r[0] for r in fts.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,))}
    assert rows == {2}
    unknown = parse_query("bpjs xyzzy").at_least_two(lambda term: rarity(term.stems[0], 0))
    assert unknown.fts() == '"bpjs"'  # unknown words out
    assert parse_query("a OR b c").at_least_two(lambda t: 1).has_operators  # left as it is
