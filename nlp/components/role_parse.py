"""Roles read from a dependency parse, for people the rules left without one.

``newsintel_people`` reads titles with patterns. Where it found a person but no role, this
component parses the person's sentence with the UD parser (nlp/parser, trained on the Indonesian
UD treebanks) and reads the title from the structure around the name:

* **role before the name**: the name is an ``appos`` / ``flat`` / ``nmod`` / ``compound`` of a
  title ("Kepala KPP Pratama Klaten, Veronica Heryanti");
* **role after the name**: the name heads an ``appos`` or a nominal marked by "selaku" /
  "sebagai" ("Adrian Prettejohn, ekonom Eropa di Capital Economics", "X selaku Ketua ...").

The phrase found must open with a title of ``nlp/data/roles.yaml`` (the parse finds the
structure, the lexicon keeps junk out). It is split into the role (the words before the first
organisation or "di"/"dari") and the organisation (an extracted organisation inside the phrase,
else the capitalised name after "di"/"dari"). Only an empty role / organisation is filled; the
parser runs on the sentences of such people only, so the pipeline keeps its speed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp import extensions  # noqa: F401
from nlp.components.people import add_title_bodies
from nlp.lexicon import alternation, former_words, load_yaml, roles
from nlp.names import rank_suffixes, rank_words
from nlp.role_attachment import (
    PAIR_JOINERS,
    assembly_unit_of_title,
    body_in_title,
    first_title_with_place,
    house_of_assembly_unit,
    org_mention_starts,
    paired_titles,
    unit_of_title,
    without_short_forms,
)
from nlp.textutil import doc_text

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parents[1] / "parser" / "model"
# Relations by which a name hangs on a title written before it.
_NAME_UNDER_TITLE = frozenset({"appos", "flat", "flat:name", "nmod", "compound"})
# Relations by which a title written after a name hangs on the name.
_TITLE_UNDER_NAME = frozenset({"appos", "nmod", "acl"})
# Words that introduce a title after a name: "selaku Ketua", "sebagai Direktur", "seorang dokter".
_LEADS = frozenset({"selaku", "sebagai", "yakni", "yaitu", "seorang", "sang", "juga", "yang"})
# Words saying a title of what comes before them ("X yang juga Ketua ..."); "yakni"/"yaitu"
# open a list whose titles go with the names after them.
_PREDICATES = frozenset(
    {"yang", "juga", "selaku", "sebagai", "adalah", "merupakan", "ialah", "menjabat", "menjadi"}
)
_OPENERS = frozenset({",", "(", "-", "–", "—"})
# A role stops where the organisation is introduced or a clause starts.
_ROLE_STOPS = frozenset(
    {"di", "dari", "pada", "untuk", "yang", "sekaligus", "serta", ",", ")", ";", ":"}
)
# A word before the name that makes it an oblique ("analis di *Phillip Nova*"), not a holder.
_PREPOSITIONS = frozenset({"di", "dari", "pada", "ke", "oleh", "kepada", "dengan", "untuk"})
_MAX_BRACKET = 6  # "(Menko)", "(Dirjen Pajak)": an acronym in brackets, skipped inside a role
_ORG_LEADS = frozenset({"di", "dari", "pada"})
_MAX_ROLE_WORDS = 10
_MAX_ORG_WORDS = 6
_FORMER = re.compile(rf"^(?:{alternation(former_words())})\s+", re.IGNORECASE)


@Language.factory(
    "newsintel_role_parse",
    default_config={"model_path": None},
    assigns=["doc._.people"],
)
def make_role_parse(nlp: Language, name: str, model_path: str | None) -> RoleParser:
    return RoleParser(Path(model_path) if model_path else MODEL_DIR)


@dataclass
class ReadRole:
    role: str
    organization: str | None


class RoleParser:
    def __init__(self, model_path: Path = MODEL_DIR):
        self.parser: Language | None = None
        if (model_path / "config.cfg").exists():
            # The parse alone is read: the morphologizer's tags would only cost time.
            self.parser = spacy.load(model_path, exclude=["morphologizer"])
        else:
            log.warning("role_parse: no parser model at %s; roles are not parsed", model_path)
        r = roles()
        titles = alternation([*r.heads, *r.abbreviations])
        prefix = alternation(r.prefixes)
        self.title_re = re.compile(
            rf"^(?:(?:{alternation(former_words())})\s+)?(?:{prefix}\s+)?{titles}(?![\w-])",
            re.IGNORECASE,
        )
        # "Pimpinan" is a title only before a body (people.py `_common_noun_head`); the parse
        # has no such check, so it never reads the bare word ("Timnas Pimpinan X": led by)
        self.bare_common_heads = frozenset(
            h.lower() for h in load_yaml("roles.yaml")["capitalised_only_heads"]
        )
        # Only a sentence holding a title somewhere is worth parsing.
        self.any_title_re = re.compile(rf"(?<![\w-]){titles}(?![\w-])", re.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        self.read_people(doc)
        add_title_bodies(doc)  # the bodies of the titles read by the rules and by the parse
        return doc

    def read_people(self, doc: Doc) -> None:
        """Roles the rules left empty, read off the parse."""
        people = doc._.people or []
        for p in people:
            if p.get("role"):  # "Sekretaris Daerah (Sekda) Kabupaten X": no short form
                p["role"] = without_short_forms(p["role"])
        self.share_paired_titles(doc, people)
        wanted = {
            p["name"]
            for p in people
            if not p.get("role") and p.get("kind") not in ("byline", "photo_credit")
        }
        if not wanted or self.parser is None:
            return
        spans = list(doc.spans.get("people", []))
        mentions = [s for s in spans if s.kb_id_ in wanted]
        found = self.read_roles(doc, mentions, spans)
        for p in people:
            read = found.get(p["name"])
            if read and read.role.split()[-1].lower() in self.bare_common_heads:
                continue
            if read and not p.get("role"):
                p["role"] = read.role
                p["kind"] = "official"
                unit = unit_of_title(read.role)
                if unit is not None and not (p.get("organization") or read.organization):
                    p["role"], p["organization"] = unit  # "Dandim 0830/Surabaya": its Kodim
                if not p.get("organization"):
                    p["organization"] = read.organization
                split = None if p.get("organization") else body_in_title(p["role"])
                if split is not None:  # "Ketua Serikat Pekerja Taru Martani": the body
                    p["role"], p["organization"] = split
                if not p.get("organization") and assembly_unit_of_title(p["role"]):
                    # "Anggota Banggar X": the one house the article names (people.py too)
                    orgs = {o["canonical"]: o for o in (doc._.organizations or [])}
                    at = min(s.start_char for s in mentions if s.kb_id_ == p["name"])
                    starts = org_mention_starts(doc.spans.get("organizations", []))
                    key = house_of_assembly_unit(orgs, p["role"], doc_text(doc), at, starts)
                    house = orgs.get(key or "")
                    if house is not None:
                        p["organization"] = house.get("acronym") or house["name"]

    def share_paired_titles(self, doc: Doc, people: list[dict]) -> None:
        """ "Bupati dan Wakil Bupati Bangkalan, Lukman Hakim dan Moch Fauzan Ja'far": the rules
        give the first name the title written next to it, the second; the titles go in order.
        A pair of names joined by a hyphen is such a pair too ("Presiden dan Wakil Presiden
        *Prabowo-Gibran*", session 45): the rules gave "Prabowo" "Wakil Presiden"."""
        by_name = {p["name"]: p for p in people}
        spans = sorted(doc.spans.get("people", []), key=lambda s: s.start)
        text = doc_text(doc)  # spaCy joins the tokens again on every .text
        for a, b in zip(spans, spans[1:]):
            between = text[a.end_char : b.start_char]
            if between.strip() not in PAIR_JOINERS and between != "-":
                continue
            first, second = by_name.get(a.kb_id_), by_name.get(b.kb_id_)
            if not first or not second or second.get("role") or not first.get("role"):
                continue
            pair = paired_titles(text, (a.start_char, a.end_char), self.title_re)
            # Only a role read from the second title moves ("Ketua" of "Ketua DPRD").
            if pair is None or not set(first["role"].split()) <= set(pair[1].split()):
                continue
            second["role"] = first["role"]
            second["organization"] = second.get("organization") or first.get("organization")
            second["kind"] = "official"
            first["role"] = first_title_with_place(pair[0], first["role"])

    def read_roles(self, doc: Doc, mentions: list[Span], people: list[Span]) -> dict[str, ReadRole]:
        """The first role the parse gives each person, in the order of the text. A phrase
        holding another person's name is that person's title ("Trump, Presiden Prabowo")."""
        taken = {i for s in people for i in range(s.start, s.end)}
        sentences: dict[int, Span] = {}
        for m in mentions:
            if m.sent.start not in sentences and self.any_title_re.search(m.sent.text):
                sentences[m.sent.start] = m.sent
        mentions = [m for m in mentions if m.sent.start in sentences]
        parsed = dict(zip(sentences, self._parse(list(sentences.values()))))
        out: dict[str, ReadRole] = {}
        for m in sorted(mentions, key=lambda s: s.start):
            if m.kb_id_ in out:
                continue
            parse, index = parsed[m.sent.start]
            start = index.get(m.start)
            end = index.get(m.end - 1)
            if start is None or end is None:
                continue
            others = taken - set(range(m.start, m.end))
            read = self.role_of(doc, parse, start, end + 1, list(index), others)
            if read:
                out[m.kb_id_] = read
        return out

    def _parse(self, sentences: list[Span]) -> list[tuple[Doc, dict[int, int]]]:
        """Each sentence parsed without its whitespace tokens, with a map from doc token index
        to parse token index."""
        assert self.parser is not None
        inputs, maps = [], []
        for sent in sentences:
            tokens = [t for t in sent if not t.is_space]
            inputs.append(
                Doc(
                    self.parser.vocab,
                    words=[t.text for t in tokens],
                    spaces=[bool(t.whitespace_) for t in tokens],
                )
            )
            maps.append({t.i: k for k, t in enumerate(tokens)})
        return list(zip(self.parser.pipe(inputs), maps))

    def role_of(
        self,
        doc: Doc,
        parse: Doc,
        start: int,
        end: int,
        doc_index: list[int],
        others: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> ReadRole | None:
        """The title the parse attaches to the name at parse tokens [start, end); ``others``:
        doc tokens of other people's names."""
        root = next((t for t in parse[start:end] if not start <= t.head.i < end), parse[start])
        phrases = []
        before = self._title_before(parse, root, start)
        if before is not None and not self._said_of_another(parse, before[0], doc_index, others):
            phrases.append(before)
        for child in root.rights:
            if child.i >= end and child.dep_ in _TITLE_UNDER_NAME:
                after = self._title_after(parse, child, end)
                if after is not None:
                    phrases.append(after)
        for first, last in phrases:
            if any(doc_index[k] in others for k in range(first, last)):
                continue
            read = self._split(doc, parse, (first, last), doc_index)
            if read:
                return read
        return None

    @staticmethod
    def _title_before(parse: Doc, root: Token, start: int) -> tuple[int, int] | None:
        """ "ROLE ORG NAME" / "ROLE ORG, NAME": the name hangs on a title to its left; the
        phrase runs from the title's left edge to the name."""
        head = root.head
        if head.i >= start or root.dep_ not in _NAME_UNDER_TITLE:
            return None
        if start and parse[start - 1].lower_ in _PREPOSITIONS:
            return None
        first = head.left_edge.i
        if start - first > _MAX_ROLE_WORDS + _MAX_ORG_WORDS:
            return None
        # A list ("Direktur PT X; Frederick ...") is not a title.
        if any(t.text == ";" for t in parse[first:start]):
            return None
        return first, start

    @staticmethod
    def _said_of_another(parse: Doc, first: int, doc_index: list[int], others: set[int]) -> bool:
        """A title right after another person's name or after "yang juga" / "selaku" /
        "adalah" is that person's: "Hendra Gunawan yang juga Sekretaris Jenderal Apindo,
        Lestari Wibowo dan ..." gives Lestari Wibowo no title."""
        k = first
        while k < len(parse) and (parse[k].is_punct or parse[k].lower_ in _PREDICATES):
            if not parse[k].is_punct:
                return True
            k += 1
        return first > 0 and doc_index[first - 1] in others

    @staticmethod
    def _title_after(parse: Doc, child: Token, end: int) -> tuple[int, int] | None:
        """ "NAME, ROLE di ORG" / "NAME selaku ROLE ORG": the phrase under the name's dependent,
        from the first word after the name to the dependent's right edge."""
        first = end
        while first < len(parse) and (
            parse[first].text in _OPENERS or parse[first].lower_ in _LEADS
        ):
            first += 1
        last = child.right_edge.i + 1
        if first >= last or not first <= child.i < last:
            return None
        return first, last

    def _split(
        self, doc: Doc, parse: Doc, phrase: tuple[int, int], doc_index: list[int]
    ) -> ReadRole | None:
        """The role (from a title of the lexicon to the organisation) and the organisation."""
        first, last = phrase
        words = [t for t in parse[first:last]]
        while words and (words[0].is_punct or words[0].lower_ in _LEADS):
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        text = " ".join(t.text for t in words)
        if not self.title_re.match(text):
            return None
        org_spans = {s.start: s for s in doc.spans.get("organizations", [])}
        role: list[Token] = []
        organization = None
        skip_to = -1
        for k, t in enumerate(words):
            if k < skip_to:
                continue
            if t.text == "(" and role:
                close = next((j for j in range(k + 1, len(words)) if words[j].text == ")"), None)
                if close is None or close - k > _MAX_BRACKET:
                    break
                skip_to = close + 1
                continue
            span = org_spans.get(doc_index[t.i])
            if span is not None and role:
                organization = _org_name(doc, span)
                break
            if t.lower_ in _ROLE_STOPS and role:
                if t.lower_ in _ORG_LEADS:
                    organization = _proper_name(words[k + 1 :])
                break
            role.append(t)
        ranks = rank_words()
        # "Dandim 0830/Surabaya *Kolonel* *Inf*": a rank, and its corps, written between the
        # office and the name (a bracketed corps, "Kolonel (Inf)", is skipped with the
        # brackets above: only the rank is left here).
        while role and (
            role[-1].lower_ in _ORG_LEADS | {"dan"}
            or role[-1].lower_ in ranks
            or len(role) > 1
            and role[-1].lower_ in rank_suffixes()
            and role[-2].lower_ in ranks | rank_suffixes()
        ):
            role.pop()
        if not role or len(role) > _MAX_ROLE_WORDS:
            return None
        if len(role) == 1 and role[0].lower_ in ranks:
            return None  # "Irjen Agus": a rank, not an office
        text = "".join(t.text_with_ws for t in role[:-1]) + role[-1].text
        return ReadRole(" ".join(text.split()), organization)


def _org_name(doc: Doc, span: Span) -> str:
    """How the pipeline writes an organisation: its acronym when it has one, else its name."""
    for org in doc._.organizations or []:
        if org.get("canonical") == span.kb_id_:
            return org.get("acronym") or org["name"]
    return span.text


def _proper_name(words: list[Token]) -> str | None:
    """Capitalised words opening what follows "di"/"dari": "Capital Economics"."""
    name: list[str] = []
    for t in words:
        if not (t.text[:1].isupper() or t.text in ("&", "-")) or len(name) >= _MAX_ORG_WORDS:
            break
        name.append(t.text)
    while name and not name[-1][:1].isupper():
        name.pop()
    return " ".join(name) or None
