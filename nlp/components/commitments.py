"""Commitments: agreements (MoU, PKS, other) and declared support, one per partner.

How a commitment is read, sentence by sentence:

* **agreement terms** give the kind: "nota kesepahaman" / "MoU" -> MoU, "perjanjian kerja sama"
  / "PKS" -> PKS, "kesepakatan bersama" -> agreement; generic words ("kerja sama", "kolaborasi")
  and partnering verbs ("menggandeng", "menjalin") make an agreement whose kind is taken from a
  specific term in the neighbouring sentences ("... menggandeng APHTN-HAN. Kerja sama keduanya
  dilakukan melalui penandatanganan nota kesepahaman ...");
* **partners** are the organisations of those sentences (of the sentence before, when an
  agreement sentence names none) other than the home organisation
  (BPJS Ketenagakerjaan, configurable), except an organisation that is only the setting
  ("dalam rangkaian Rakernas Kadin"), a witness ("disaksikan oleh ...") or the parent of a
  group ("11 Anggota Luar Biasa (ALB) Kadin"): a group's partners are the organisations of the
  sentence that lists them ("Adapun 11 asosiasi tersebut terdiri atas A, B, ..."), so eleven
  associations in one PKS are eleven commitments;
* **support**: an organisation that "mendukung"/"dukung" the home organisation or states its
  "dukungan" -> kind support (dropped when the same partner also has an agreement);
* **signatories**: people named in a signing sentence ("penandatanganan ... antara A dan B"),
  witnesses ("disaksikan X") left out;
* **scope**: the list after "ruang lingkup ... antara lain A, B, serta C";
* **date**: a date written in the signing sentence, else the publication date when the signing
  is said to happen today ("hari ini").

Writes ``doc._.commitments`` [{partner, partner_canonical, agreement, kind, signatories, scope,
date}].
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp import extensions  # noqa: F401
from nlp.lexicon import alternation, cues
from nlp.textutil import clean_spaces, doc_text, sentence_ranges

KIND_RANK = {"MoU": 3, "PKS": 3, "agreement": 2, "support": 1}
_WINDOW = 2            # sentences around a generic mention searched for a specific term
_GROUP_LOOKAHEAD = 3   # sentences after a group mention searched for its members
_BETWEEN = re.compile(r"(?<![\w-])antara(?![\w-])", re.IGNORECASE)
_NUMBER_WORDS = (r"\d+|sejumlah|beberapa|puluhan|belasan|ratusan|dua|tiga|empat|lima|enam|"
                 r"tujuh|delapan|sembilan|sepuluh|sebelas|seluruh|para|berbagai")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    orgs: list[Span] = field(default_factory=list)
    people: list[Span] = field(default_factory=list)
    term: tuple[str, str] | None = None      # (kind, surface) of the strongest specific term
    generic: bool = False                    # generic agreement word or partnering verb
    support: bool = False
    signing: bool = False
    group: bool = False                      # "11 asosiasi", "sejumlah pemda"
    excluded: set[int] = field(default_factory=set)   # org span starts that are not parties
    # Offsets of what was witnessed: after "disaksikan" up to an "antara" naming the parties.
    witnessed: tuple[int, int] = (0, 0)


@dataclass
class Commitment:
    partner: str
    canonical: str
    kind: str
    agreement: str
    sentence: int
    signatories: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    date: str | None = None


@Language.factory("newsintel_commitments",
                  default_config={"home_organizations": ["bpjs-ketenagakerjaan"]},
                  assigns=["doc._.commitments"])
def make_commitments(nlp: Language, name: str, home_organizations: list[str]):
    return CommitmentExtractor(home_organizations)


class CommitmentExtractor:
    def __init__(self, home_organizations: list[str]):
        self.home = frozenset(home_organizations)
        c = cues()
        specific = {k: v for k, v in c["agreements"].items()
                    if k not in c["generic_agreements"]}
        self.specific_re = re.compile(
            r"(?<![\w-])(" + alternation(k for k in specific if not k.isupper()) + r")(?![\w-])"
            r"|(?<![\w-])(" + alternation(k for k in specific if k.isupper()) + r")(?![\w-])",
            re.IGNORECASE)
        self.specific_kind = {k.lower(): v for k, v in specific.items()}
        self.generic_re = re.compile(
            r"(?<![\w-])" + alternation(c["generic_agreements"] + c["partnering_verbs"])
            + r"(?![\w-])", re.IGNORECASE)
        negation = alternation(c["negations"])
        self.support_re = re.compile(
            r"(?<![\w-])" + alternation(c["support_verbs"]) + r"(?![\w-])", re.IGNORECASE)
        self.negated_re = re.compile(rf"(?<![\w-]){negation}\s+$", re.IGNORECASE)
        self.signing_re = re.compile(r"(?<![\w-])" + alternation(c["signing_words"])
                                     + r"(?![\w-])", re.IGNORECASE)
        self.group_re = re.compile(rf"(?<![\w-])(?:{_NUMBER_WORDS})\s+"
                                   + alternation(c["group_nouns"]) + r"(?![\w-])", re.IGNORECASE)
        # Between a group noun and its parent organisation: names, brackets and member nouns
        # ("11 Anggota Luar Biasa (ALB) Kadin", "3 asosiasi anggota Apindo").
        members = alternation(w for w in c["group_nouns"] if w.islower())
        self.group_tail_re = re.compile(
            rf"(?:\s*(?:[A-Z][\w.&/-]*|dan|{members}|\([^()]*\)|\())*\s*")
        self.event_re = re.compile(r"(?<![\w-])" + alternation(c["event_words"])
                                   + r"\s+$", re.IGNORECASE)
        self.witness_re = re.compile(r"(?<![\w-])" + alternation(c["witness_words"])
                                     + r"(?![\w-])", re.IGNORECASE)
        scope_words = ("ruang lingkup", "lingkup", "cakupan", "meliputi", "mencakup")
        self.scope_re = re.compile(r"(?<![\w-])" + alternation(scope_words) + r"(?![\w-])",
                                   re.IGNORECASE)
        self.list_intro_re = re.compile(
            r"(?<![\w-])(?:antara\s+lain|di\s*antaranya|meliputi|mencakup|yakni|yaitu|adalah|"
            r"terdiri\s+(?:atas|dari)|berupa)(?![\w-])\s*:?|:", re.IGNORECASE)
        self.today_re = re.compile(r"(?<![\w-])(?:hari\s+ini|kemarin)(?![\w-])", re.IGNORECASE)

    # -- pipeline entry ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        sentences = self._sentences(doc)
        orgs = {o["canonical"]: o for o in (doc._.organizations or [])}
        commitments: list[Commitment] = []
        for s in sentences:
            commitments += self._from_sentence(doc, s, sentences, orgs)
        merged = _merge(commitments)
        self._add_scope(doc, sentences, merged)
        doc._.commitments = [
            {"partner": c.partner, "partner_canonical": c.canonical, "agreement": c.agreement,
             "kind": c.kind, "signatories": c.signatories, "scope": c.scope, "date": c.date}
            for c in merged]
        return doc

    def _sentences(self, doc: Doc) -> list[Sentence]:
        text = doc_text(doc)
        ranges = sentence_ranges(doc)
        starts = [s for s, _ in ranges]
        sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(ranges)]

        def sentence_of(offset: int) -> Sentence:
            return sentences[bisect.bisect_right(starts, offset) - 1]

        for span in doc.spans.get("organizations", []):
            sentence_of(span.start_char).orgs.append(span)
        for span in doc.spans.get("people", []):
            if span.label_ not in ("byline", "photo_credit"):
                sentence_of(span.start_char).people.append(span)
        defined_pks = bool(re.search(r"perjanjian\s+kerja\s*sama\s*\(PKS\)", text, re.I))
        for s in sentences:
            chunk = text[s.start:s.end]
            if not (s.orgs or re.search(r"(?i)kerja|sama|nota|mou|pks|dukung|sepakat|sinergi"
                                        r"|kolaborasi|gandeng|tanda|teken|lingkup", chunk)):
                continue
            best = None
            for m in self.specific_re.finditer(chunk):
                surface = m.group()
                if m.group(2) and surface != surface.upper():
                    continue          # acronyms only as written: "PKS", "MoU" not "pks"
                if surface.upper() == "PKS" and not (defined_pks or self.signing_re.search(chunk)):
                    continue          # PKS is also a party's name
                kind = self.specific_kind[surface.lower()]
                if best is None or KIND_RANK[kind] > KIND_RANK[best[0]]:
                    best = (kind, _agreement_name(surface, text))
            s.term = best
            s.generic = bool(self.generic_re.search(chunk))
            s.support = any(not self.negated_re.search(chunk[:m.start()])
                            for m in self.support_re.finditer(chunk))
            s.signing = bool(self.signing_re.search(chunk))
            s.group = bool(self.group_re.search(chunk))
            s.witnessed = self._witnessed(text, s)
            s.excluded = self._not_parties(text, s)
        return sentences

    def _not_parties(self, text: str, s: Sentence) -> set[int]:
        """Organisations in a sentence that are not parties: event settings, witnesses and the
        parents of groups ("11 Anggota Luar Biasa (ALB) Kadin")."""
        out = set()
        groups = list(self.group_re.finditer(text, s.start, s.end))
        for span in s.orgs:
            before = text[max(s.start, span.start_char - 40):span.start_char]
            if self.event_re.search(before) or _within(span.start_char, s.witnessed):
                out.add(span.start_char)
                continue
            for g in groups:
                between = text[g.end():span.start_char]
                if g.end() <= span.start_char and len(between) < 80 \
                        and self.group_tail_re.fullmatch(between):
                    out.add(span.start_char)
        return out

    def _witnessed(self, text: str, s: Sentence) -> tuple[int, int]:
        """Where the witnesses of a sentence are named: after "disaksikan"/"dihadiri", up to
        an "antara" that names the parties of what was witnessed ("menyaksikan
        penandatanganan PKS antara A, B dan C"). Witnesses are neither parties nor signatories."""
        witness = self.witness_re.search(text, s.start, s.end)
        if not witness:
            return (0, 0)
        parties_from = _BETWEEN.search(text, witness.end(), s.end)
        return (witness.start() + 1, parties_from.start() + 1 if parties_from else s.end)

    # -- commitments of one sentence ----------------------------------------------------------
    def _from_sentence(self, doc: Doc, s: Sentence, sentences: list[Sentence],
                       orgs: dict[str, dict]) -> list[Commitment]:
        if not (s.term or s.generic or s.support):
            return []
        home_near = self._home_near(s, sentences)
        parties = self._parties(s, home_required=not s.term, home_near=home_near)
        term_sentence = s if s.term else self._nearest_term(s, sentences)
        if s.group and not parties:
            members = self._group_members(s, sentences)
            if members:
                parties = members
        elif s.term and not parties and home_near and s.index > 0:
            # "Pemkot Semarang mendaftarkan ... ke BPJS Ketenagakerjaan. Langkah itu ditandai
            # penandatanganan PKS ...": an agreement naming no party continues the sentence
            # before it, whose organisations are the parties.
            parties = self._parties(sentences[s.index - 1], home_required=False, home_near=True)
        out = []
        # "Kemendagri mendukung penuh kerja sama tersebut": support, not a party to it.
        generic = s.generic and not (s.support and not s.term)
        if parties and (s.term or (generic and home_near)):
            kind, agreement = term_sentence.term if term_sentence else ("agreement", "kerja sama")
            signing = self._signing_sentences(term_sentence or s, sentences)
            signatories = _names([p for t in signing for p in t.people
                                  if not _within(p.start_char, t.witnessed)])
            date = next((d for d in (self._date(doc, t) for t in signing) if d), None)
            for span in parties:
                out.append(self._commitment(span, orgs, kind, agreement, s.index,
                                            signatories, date))
        if s.support and self._home_in_doc(sentences):
            for span in self._parties(s, home_required=False, home_near=True):
                out.append(self._commitment(span, orgs, "support", "dukungan", s.index, [], None))
        return out

    @staticmethod
    def _signing_sentences(s: Sentence, sentences: list[Sentence]) -> list[Sentence]:
        """The signing sentences of an agreement: its own and the next ones that speak of the
        signing ("Penandatanganan dilakukan oleh A dan B")."""
        out = [s] if s.signing else []
        for t in sentences[s.index + 1:s.index + 1 + _WINDOW]:
            if t.signing and not t.term or t.signing and t.term == s.term:
                out.append(t)
        return out

    def _home_in_doc(self, sentences: list[Sentence]) -> bool:
        return not self.home or any(o.kb_id_ in self.home for t in sentences for o in t.orgs)

    def _home_near(self, s: Sentence, sentences: list[Sentence]) -> bool:
        lo, hi = max(0, s.index - _WINDOW), min(len(sentences), s.index + _WINDOW + 1)
        return any(o.kb_id_ in self.home for t in sentences[lo:hi] for o in t.orgs) \
            or not self.home

    def _parties(self, s: Sentence, home_required: bool, home_near: bool) -> list[Span]:
        if home_required and not home_near:
            return []
        seen, out = set(), []
        for span in s.orgs:
            if span.kb_id_ in self.home or span.start_char in s.excluded or span.kb_id_ in seen:
                continue
            seen.add(span.kb_id_)
            out.append(span)
        return out

    @staticmethod
    def _nearest_term(s: Sentence, sentences: list[Sentence]) -> Sentence | None:
        for distance in range(1, _WINDOW + 1):
            for i in (s.index + distance, s.index - distance):
                if 0 <= i < len(sentences) and sentences[i].term:
                    return sentences[i]
        return None

    def _group_members(self, s: Sentence, sentences: list[Sentence]) -> list[Span]:
        """The organisations of the sentence that lists a group's members."""
        for t in sentences[s.index + 1:s.index + 1 + _GROUP_LOOKAHEAD]:
            members = self._parties(t, home_required=False, home_near=True)
            if len(members) >= 2:
                return members
        return []

    def _commitment(self, span: Span, orgs: dict[str, dict], kind: str, agreement: str,
                    sentence: int, signatories: list[str], date: str | None) -> Commitment:
        org = orgs.get(span.kb_id_, {})
        partner = org.get("acronym") or org.get("name") or span.text
        return Commitment(partner, span.kb_id_, kind, agreement, sentence, list(signatories),
                          [], date)

    def _date(self, doc: Doc, s: Sentence) -> str | None:
        """A date written in the signing sentence, else the publication date for "hari ini"."""
        chunk = doc_text(doc)[s.start:s.end]
        published = doc._.published
        for span in doc.spans.get("dates", []):
            if s.start <= span.start_char < s.end and re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                                                                   span.kb_id_ or ""):
                return span.kb_id_
        try:
            from indonesian.dates import find_dates
        except ImportError:  # pragma: no cover - the dates module ships with the project
            find_dates = None
        if find_dates is not None:
            for mention in find_dates(chunk, published):
                value = getattr(mention, "value", None)
                if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    return value
        today = self.today_re.search(chunk)
        if today and published:
            day = published - timedelta(days=1) if today.group().lower() == "kemarin" \
                else published
            return day.isoformat()
        return None

    # -- scope ----------------------------------------------------------------------------------
    def _add_scope(self, doc: Doc, sentences: list[Sentence], commitments: list[Commitment]):
        """"Hal-hal yang menjadi ruang lingkup dari Nota Kesepahaman, antara lain A, B, serta C"."""
        if not commitments:
            return
        text = doc_text(doc)
        first_sentence = min(c.sentence for c in commitments)
        for s in sentences:
            cue = self.scope_re.search(text, s.start, s.end)
            if not cue or (s.index < first_sentence and not s.term):
                continue
            intro = None
            for m in self.list_intro_re.finditer(text, cue.start(), s.end):
                intro = m
                if m.start() >= cue.end():
                    break
            if intro is None:
                continue
            items = _split_items(text[intro.end():s.end])
            if len(items) < 1:
                continue
            targets = [c for c in commitments if s.term and c.kind == s.term[0]] or \
                [c for c in commitments if c.sentence <= s.index and c.kind != "support"]
            for c in targets:
                c.scope = c.scope or items


# -- helpers ------------------------------------------------------------------------------------
def _within(offset: int, window: tuple[int, int]) -> bool:
    return window[0] <= offset < window[1]


def _agreement_name(surface: str, text: str) -> str:
    """How an agreement is named: "Nota Kesepahaman", "Perjanjian Kerja Sama", "MoU"."""
    if surface.upper() == "PKS":
        long_form = re.search(r"(perjanjian\s+kerja\s*sama)\s*\(PKS\)", text, re.IGNORECASE)
        return _title(long_form.group(1)) if long_form else "PKS"
    if surface.isupper() or surface in ("MoU",):
        return surface
    return _title(surface)


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def _names(people: list[Span]) -> list[str]:
    return list(dict.fromkeys(p.kb_id_ or p.text for p in people))


def _split_items(chunk: str) -> list[str]:
    """"A, B, serta C." -> [A, B, C]; "A dan B" -> [A, B] when there is no comma."""
    chunk = clean_spaces(chunk).rstrip(" .;")
    if not chunk:
        return []
    if "," in chunk:
        parts = chunk.split(",")
    elif re.search(r"\s(?:serta|dan)\s", chunk):
        parts = re.split(r"\s(?:serta|dan)\s", chunk, maxsplit=1)
    else:
        parts = [chunk]
    items = []
    for part in parts:
        part = re.sub(r"^(?:serta|dan|juga)\s+", "", part.strip()).strip()
        if part:
            items.append(part)
    return items


def _merge(commitments: list[Commitment]) -> list[Commitment]:
    """One commitment per partner and specific kind; generic agreements and support fold into
    the partner's specific agreement, support into any agreement."""
    by_partner: dict[str, list[Commitment]] = {}
    for c in commitments:
        by_partner.setdefault(c.canonical, []).append(c)
    out: list[Commitment] = []
    for items in by_partner.values():
        strongest = max(KIND_RANK[c.kind] for c in items)
        kept: dict[str, Commitment] = {}
        for c in items:
            if KIND_RANK[c.kind] < strongest:
                continue
            if c.kind in kept:
                k = kept[c.kind]
                k.signatories = k.signatories or c.signatories
                k.date = k.date or c.date
            else:
                kept[c.kind] = c
        weaker = [c for c in items if KIND_RANK[c.kind] < strongest]
        for k in kept.values():
            for c in weaker:
                k.signatories = k.signatories or c.signatories
                k.date = k.date or c.date
        out.extend(kept.values())
    return sorted(out, key=lambda c: c.sentence)
