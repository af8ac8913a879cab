"""User query syntax -> a safe SQLite FTS5 expression.

Syntax (forgiving, never an error)::

    bpjs target              words; juxtaposed words are joined by the default operator
    bpjs AND target          both            (AND, OR, NOT are operators only in capitals)
    bpjs OR jamsostek        either
    bpjs NOT kesehatan       the first without the second; also: bpjs -kesehatan
    "nota kesepahaman"       exact phrase (after stemming; stop words inside are skipped)
    (bpjs OR jamsostek) AND (mou OR "nota kesepahaman")

Every word goes through the index's analysis (stop words, stemming) and is emitted as a quoted
FTS5 string, so FTS5 operators, column filters, ``*``, ``^`` and NEAR typed by a user are just
words, and nothing a user types is ever SQL (the expression is bound as a parameter). Broken
input degrades: unbalanced quotes close at the end, stray parentheses and operators are
dropped, a query with nothing left matches nothing (``Query.fts`` is None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from typing import Callable, Optional, Sequence, Union

from search_api.engine.analysis import analyzer

MAX_QUERY_CHARS = 1000
MAX_NODES = 64  # bounds FTS work for pasted essays

_LEXER = re.compile(r'"(?P<phrase>[^"]*)"?|(?P<open>\()|(?P<close>\))|(?P<word>[^\s()"]+)')
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True)
class Term:
    stems: tuple[str, ...]  # one word may give several ("BPJS-TK" -> bpjs, tk): a phrase


@dataclass(frozen=True)
class Not:
    child: "Node"


@dataclass(frozen=True)
class Group:
    op: str  # "AND" | "OR" | "" (juxtaposed: the default operator decides)
    children: tuple["Node", ...]


Node = Union[Term, Not, Group]


class _Parser:
    """Recursive descent over lexer tokens: or := and (OR and)*; and := unary ((AND)? unary)*;
    unary := (NOT | -) unary | atom; atom := ( or ) | phrase | word."""

    def __init__(self, text: str):
        self.tokens: list[tuple[str, str]] = []
        for m in _LEXER.finditer(text[:MAX_QUERY_CHARS]):
            kind = m.lastgroup
            assert kind is not None  # every alternative of _LEXER is a named group
            value: str = m.group(kind) if kind in ("phrase", "word") else kind
            if kind == "word" and value in _OPERATORS:
                kind = value
            elif kind == "word" and value.startswith("-") and len(value) > 1:
                self.tokens.append(("NOT", "-"))
                value = value.lstrip("-")
            self.tokens.append((kind, value))
        self.pos = 0
        self.nodes = 0

    def peek(self) -> Optional[str]:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Optional[Node]:
        result = None
        while self.pos < len(self.tokens):  # stray ")" or operators: skip and go on
            node = self.parse_or()
            result = node if result is None else _join("", [result, node])
            if self.pos < len(self.tokens):
                self.take()
        return result

    def parse_or(self) -> Optional[Node]:
        children = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            children.append(self.parse_and())
        return _join("OR", children)

    def parse_and(self) -> Optional[Node]:
        children: list[Optional[Node]] = []
        explicit = False
        while self.peek() not in (None, "OR", "close"):
            if self.peek() == "AND":
                self.take()
                explicit = True
                continue
            children.append(self.parse_unary())
        return _join("AND" if explicit else "", children)

    def parse_unary(self) -> Optional[Node]:
        if self.peek() == "NOT":
            self.take()
            if self.peek() in (None, "OR", "close", "AND"):
                return None
            child = self.parse_unary()
            return Not(child) if child is not None else None
        return self.parse_atom()

    def parse_atom(self) -> Optional[Node]:
        kind, value = self.take()
        if kind == "open":
            node = self.parse_or()
            if self.peek() == "close":
                self.take()
            return node
        if kind in ("phrase", "word"):
            if self.nodes >= MAX_NODES:
                return None
            stems = tuple(analyzer().terms(value))
            if not stems:
                return None
            self.nodes += 1
            return Term(stems)
        return None  # a stray ")" or operator where a word belongs


def _join(op: str, children: Sequence[Optional[Node]]) -> Optional[Node]:
    kept = [c for c in children if c is not None]
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    return Group(op, tuple(kept))


def _quote(stems: tuple[str, ...]) -> str:
    return '"' + " ".join(s.replace('"', '""') for s in stems) + '"'


def _render(node: Node, default_op: str) -> Optional[str]:
    """FTS5 text for a node; None when the node can match nothing on its own (a bare NOT)."""
    if isinstance(node, Term):
        return _quote(node.stems)
    if isinstance(node, Not):
        return None
    op = node.op or default_op
    if op == "OR":
        parts = [p for p in (_render(c, default_op) for c in node.children) if p]
        return "(" + " OR ".join(parts) + ")" if parts else None
    positives = [
        p for p in (_render(c, default_op) for c in node.children if not isinstance(c, Not)) if p
    ]
    negatives = [
        p for p in (_render(c.child, default_op) for c in node.children if isinstance(c, Not)) if p
    ]
    if not positives:
        return None  # FTS5 cannot express "everything except": such a query matches nothing
    joined = "(" + f" {op} ".join(positives) + ")"
    if negatives:
        joined = f"({joined} NOT ({' OR '.join(negatives)}))"
    return joined


def _prune(node: Optional[Node], drop: set[str]) -> Optional[Node]:
    if isinstance(node, Term):
        return None if set(node.stems) <= drop else node
    if isinstance(node, Not):
        child = _prune(node.child, drop)
        return Not(child) if child is not None else None
    if isinstance(node, Group):
        return _join(node.op, [_prune(c, drop) for c in node.children])
    return None


def _positive_stems(node: Optional[Node], out: list[str]) -> list[str]:
    if isinstance(node, Term):
        out.extend(s for s in node.stems if s not in out)
    elif isinstance(node, Group):
        for child in node.children:
            _positive_stems(child, out)
    return out


@dataclass(frozen=True)
class Query:
    """A parsed query: its tree, the stems to highlight, and whether the user wrote
    operators (then the boolean meaning is strict whatever the default operator)."""

    text: str
    tree: Optional[Node]
    has_operators: bool

    def fts(self, default_op: str = "AND") -> Optional[str]:
        """The FTS5 MATCH expression, or None when the query can match nothing."""
        return _render(self.tree, default_op) if self.tree is not None else None

    def without(self, stems: set[str]) -> "Query":
        """The query less the words whose every stem is in ``stems`` (for dropping words
        too common to rank by); the tree is kept when nothing would be left."""
        pruned = _prune(self.tree, stems)
        return Query(self.text, pruned if pruned is not None else self.tree, self.has_operators)

    def at_least_two(self, rarity: Callable[[Term], int], most: int = 4) -> "Query":
        """A plain query of three or more words as "at least two of its ``most`` rarest
        words" (OR of AND pairs): FTS5 then scores only documents sharing two words with the
        query instead of every document holding any one of them (ranking all matches is what
        costs, not finding them; Elasticsearch's minimum_should_match). Words the index does
        not know (rarity 0) are left out; a query with operators is left as it is."""
        if self.has_operators or self.tree is None:
            return self
        children = self.tree.children if isinstance(self.tree, Group) else (self.tree,)
        terms = sorted(
            (c for c in dict.fromkeys(children) if isinstance(c, Term) and rarity(c)), key=rarity
        )[:most]
        if len(terms) < 3:
            return Query(self.text, _join("OR", terms), self.has_operators) if terms else self
        pairs = tuple(Group("AND", pair) for pair in combinations(terms, 2))
        return Query(self.text, Group("OR", pairs), self.has_operators)

    @property
    def stems(self) -> list[str]:
        """Stems of the words a hit should show highlighted (negated words excluded)."""
        return _positive_stems(self.tree, [])

    @property
    def is_empty(self) -> bool:
        return self.tree is None


def parse_query(text: str) -> Query:
    """Parse user input; never raises."""
    text = text or ""
    parser = _Parser(text)
    tree = parser.parse()
    has_operators = any(kind in _OPERATORS or kind == "phrase" for kind, _ in parser.tokens)
    return Query(text=text, tree=tree, has_operators=has_operators)
