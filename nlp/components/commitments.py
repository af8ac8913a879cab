"""Commitments: agreements (MoU, PKS, other) and declared support, one per partner.

How a commitment is read, sentence by sentence:

* **agreement terms** give the kind: "nota kesepahaman" / "MoU" -> MoU, "perjanjian kerja sama"
  / "PKS" -> PKS, "kesepakatan bersama" -> agreement; generic words ("kerja sama", "kolaborasi")
  and partnering verbs ("menggandeng", "menjalin") make an agreement whose kind is taken from a
  specific term in the neighbouring sentences ("... menggandeng APHTN-HAN. Kerja sama keduanya
  dilakukan melalui penandatanganan nota kesepahaman ...");
* **partners** are the organisations of those sentences (of the sentence before, when an
  agreement sentence names none), and the organisations of the people who sign ("Menteri Dalam
  Negeri Tito Karnavian meneken kesepakatan bersama dengan Menteri Agama Nasaruddin Umar"),
  other than the home organisation
  (BPJS Ketenagakerjaan, configurable), except an organisation that is only the setting
  ("dalam rangkaian Rakernas Kadin"), a witness ("disaksikan oleh ...") or the parent of a
  group ("11 Anggota Luar Biasa (ALB) Kadin"): a group's partners are the organisations of the
  sentence that lists them ("Adapun 11 asosiasi tersebut terdiri atas A, B, ..."), so eleven
  associations in one PKS are eleven commitments;
* **agreements the home organisation is no party to** ("kerja sama resmi antara TNI dan
  Kejaksaan RI yang tertuang dalam Nota Kesepahaman", "sesuai kesepakatan Kejaksaan Agung dengan
  TNI") need two named parties and a specific term, a signing or a word of agreeing; each party
  is then a partner, and ``parties`` lists them all;
* **two bodies joined before "sepakat"** ("Pemerintah dan Dewan Perwakilan Rakyat RI sepakat
  membentuk ...") agree with each other; a bare "Pemerintah" is a side, no partner, and what
  they agreed to do is the scope. "sepakat bahwa ..." and "tidak sepakat dengan penggabungan"
  voice an opinion and agree on nothing (session 43);
* **an MoU or PKS with a counterpart named by its kind** ("BUMD Riau Pangan Bertuah telah
  melakukan MoU dengan BUMDes di Kampar"): the organisation right before the verb is the
  partner, the counterpart as written a side (session 43);
* **heads of state or government who sign together** sign for their states, when the sentence
  names an agreement: the state in the title ("Presiden Amerika Serikat (AS) Donald Trump"),
  else the state a title gives the same person elsewhere in the text, else the state cues.yaml
  `heads_of_state` lists the person under ("Perdana Menteri (PM) Anthony Albanese" -> Australia);
* **modality**: a signing only hoped for or planned ("berharap dapat menandatangani MoU", "MoU
  akan diteken") is no commitment;
* **support**: an organisation that "mendukung"/"dukung" the home organisation or states its
  "dukungan" -> kind support (dropped when the same partner also has an agreement);
* **signatories**: people named in the signing sentences around the agreement, before or after
  it ("penandatanganan ... antara A dan B", "dari pihak Pemkot diwakili oleh Sekda X"), from
  both sides; witnesses ("disaksikan X") left out;
* **scope**: the list after "ruang lingkup ... antara lain A, B, serta C";
* **date**: the date the text gives the agreement or its signing ("Nota Kesepahaman Nomor ...
  tanggal 6 April 2023", "diteken pada November 2022" -> "2022-11"), in the agreement sentence,
  its signing sentences or the sentence that goes on about the ceremony ("Adapun prosesi itu
  disaksikan ... hari ini"); "hari ini"/"kemarin" are read from the publication date; the date of
  a quote's attribution ("kata X kepada wartawan, Minggu (11/5/2025)") is not the signing's.

Writes ``doc._.commitments`` [{partner, partner_canonical, parties, agreement, kind,
signatories, scope, date}].
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from indonesian.dates import INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS
from nlp import extensions  # noqa: F401
from nlp.lexicon import (
    COUNT_WORDS,
    alternation,
    cues,
    foreign_countries,
    foreign_countries_lower,
    former_words,
    normalize_name,
    org_heads,
    org_lexicon,
    place_names_lower,
    words_re,
)
from nlp.measures import NOT_HEADS
from nlp.names import famous_single_names, person_name_words
from nlp.textutil import clean_spaces, doc_text, sentence_ranges

KIND_RANK = {"MoU": 3, "PKS": 3, "agreement": 2, "support": 1}
_WINDOW = 2  # sentences around a generic mention searched for a specific term
_GROUP_LOOKAHEAD = 3  # sentences after a group mention searched for its members
_BETWEEN = re.compile(r"(?<![\w-])antara(?![\w-])", re.IGNORECASE)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    orgs: list[Span] = field(default_factory=list)
    people: list[Span] = field(default_factory=list)
    term: tuple[str, str] | None = None  # (kind, surface) of the strongest specific term
    generic: bool = False  # generic agreement word or partnering verb
    support: bool = False
    signing: bool = False
    signatory: bool = False  # "diwakili oleh", "pihak kedua"
    agreeing: bool = False  # "kesepakatan", "sepakat", "perjanjian"
    modal: bool = False  # the signing is only hoped for or planned
    group: bool = False  # "11 asosiasi", "sejumlah pemda"
    excluded: set[int] = field(default_factory=set)  # org span starts that are not parties
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
    parties: list[str] = field(default_factory=list)


@Language.factory(
    "newsintel_commitments",
    default_config={"home_organizations": ["bpjs-ketenagakerjaan"]},
    assigns=["doc._.commitments"],
)
def make_commitments(
    nlp: Language, name: str, home_organizations: list[str]
) -> CommitmentExtractor:
    return CommitmentExtractor(home_organizations)


class CommitmentExtractor:
    def __init__(self, home_organizations: list[str]):
        self.home = frozenset(home_organizations)
        c = cues()
        specific = {k: v for k, v in c["agreements"].items() if k not in c["generic_agreements"]}
        self.specific_re = re.compile(
            r"(?<![\w-])(" + alternation(k for k in specific if not k.isupper()) + r")(?![\w-])"
            r"|(?<![\w-])(" + alternation(k for k in specific if k.isupper()) + r")(?![\w-])",
            re.IGNORECASE,
        )
        self.specific_kind = {k.lower(): v for k, v in specific.items()}
        self.generic_re = words_re(c["generic_agreements"] + c["partnering_verbs"])
        negation = alternation(c["negations"])
        self.support_re = words_re(c["support_verbs"])
        self.negated_re = re.compile(rf"(?<![\w-]){negation}\s+$", re.IGNORECASE)
        self.signing_re = words_re(c["signing_words"])
        self.group_re = re.compile(
            rf"(?<![\w-])(?:{COUNT_WORDS})\s+" + alternation(c["group_nouns"]) + r"(?![\w-])",
            re.IGNORECASE,
        )
        # Between a group noun and its parent organisation: names, brackets and member nouns
        # ("11 Anggota Luar Biasa (ALB) Kadin", "3 asosiasi anggota Apindo").
        members = alternation(w for w in c["group_nouns"] if w.islower())
        self.group_tail_re = re.compile(
            rf"(?:\s*(?:[A-Z][\w.&/-]*|dan|{members}|\([^()]*\)|\())*\s*"
        )
        self.event_re = re.compile(
            r"(?<![\w-])" + alternation(c["event_words"]) + r"\s+$", re.IGNORECASE
        )
        self.witness_re = words_re(c["witness_words"])
        scope_words = ("ruang lingkup", "lingkup", "cakupan", "meliputi", "mencakup")
        self.scope_re = words_re(scope_words)
        self.list_intro_re = re.compile(
            rf"(?<![\w-])(?:{alternation(c['list_openers'])}|meliputi|mencakup|adalah|"
            r"terdiri\s+(?:atas|dari)|berupa)(?![\w-])\s*:?|:",
            re.IGNORECASE,
        )
        # What may stand between a scope's intro and a list written one item a line: another
        # list opener and a colon ("meliputi diantaranya:", "antara lain sebagai berikut:").
        self.list_lead_re = re.compile(
            r"(?:[\s:]|(?<![\w-])(?:"
            + alternation([*c["list_openers"], *c["scope_list_leads"]])
            + r")(?![\w-]))*",
            re.IGNORECASE,
        )
        # A scope that opens with a count of parties: how far the agreement reaches ("mencakup
        # lebih dari 400 Pemda", "sekitar 30 kabupaten"), not what it covers ("meliputi 5G").
        self.reach_re = re.compile(
            rf"(?:{alternation(c['approximate_words'])}\s+)?(?:\d[\d.,]*|{COUNT_WORDS})\s+"
            + alternation([*c["group_nouns"], *c["reach_nouns"]])
            + r"(?![\w-])",
            re.IGNORECASE,
        )
        self.item_joiners = alternation(c["list_item_joiners"])
        self.today_re = re.compile(r"(?<![\w-])(?:hari\s+ini|kemarin)(?![\w-])", re.IGNORECASE)
        self.signatory_re = words_re(c["signatory_words"])
        self.agreeing_re = words_re(c["agreeing_words"])
        # "sepakat bahwa ... harus ...", "tidak sepakat dengan penggabungan": an opinion right
        # after the word (session 43).
        self.opinion_words = frozenset(w.lower() for w in c["opinion_agreeing_words"])
        self.opinion_re = re.compile(
            r"\s+" + alternation(c["opinion_after_agreeing"]) + r"(?![\w-])", re.IGNORECASE
        )
        self.opinion_idea_re = re.compile(
            r"\s+dengan\s+" + alternation(c["opinion_ideas"]) + r"(?![\w-])", re.IGNORECASE
        )
        self.judging_re = words_re(c["opinion_judging_words"])
        self.holder_re = words_re(c["opinion_holders"])
        self.bill_step_re = words_re([*c["bill_step_words"], *c["legislative_words"]])
        self.crime_re = words_re([*c["crime_words"], *c["dispute_words"]])
        # What they agreed to do ends at the sentence's end, a quote or a speech verb after a
        # comma ("..., kata Ketua Komisi II").
        self.clause_end_re = re.compile(
            r"[.;:!?\"“”]|,\s+" + alternation(c["speech_verbs"]) + r"\w*(?![\w-])", re.IGNORECASE
        )
        self.places = place_names_lower() | {"indonesia"} | foreign_countries_lower()
        self.home_government = frozenset(n.lower() for n in c["home_government_names"])
        # "BUMD X telah melakukan MoU dengan BUMDes di Kampar agar ...": an MoU or PKS of one
        # found organisation with a counterpart named by its kind (session 43).
        signed_terms = alternation(k for k, v in specific.items() if v in ("MoU", "PKS"))
        self.one_sided_re = re.compile(
            rf"(?<![\w-])(?P<verb>{alternation(c['one_sided_verbs'])})\s+{signed_terms}"
            r"(?:\s*\([^()]{0,40}\))?\s+dengan\s+(?P<b>[^.,;:!?\"“”()]{2,60}?)"
            rf"(?=\s+{alternation(c['counterpart_ends'])}(?![\w-])|\s*[.,;:!?\"“”(]|\s*$)",
            re.IGNORECASE,
        )
        self.denial_re = re.compile(
            r"(?<![\w-])" + alternation(c["denial_words"]) + r"(?![\w-])(?:\s+[\w-]+){0,3}\s+$",
            re.IGNORECASE,
        )
        # A lower-case counterpart opens with a kind of body ("koperasi petani di Tuban").
        kinds = [*c["group_nouns"], *c["reach_nouns"], *org_heads().kind_of]
        self.kind_counterpart_re = re.compile(alternation(k.lower() for k in kinds) + r"(?![\w-])")
        self.not_counterpart_re = re.compile(
            alternation([*c["not_counterparts"], *c["vague_partners"]]) + r"(?![\w-])",
            re.IGNORECASE,
        )
        self.bare_not_counterparts = frozenset(w.lower() for w in c["bare_not_counterparts"])
        # A modality word or a negation up to three words before the signing or the agreement
        # term ("akan diteken", "menolak menandatangani").
        self.modal_re = re.compile(
            r"(?<![\w-])"
            + alternation(c["modality_words"] + c["negations"])
            + r"(?![\w-])(?:\s+[\w-]+){0,3}\s+$",
            re.IGNORECASE,
        )
        self.legislative_re = words_re(c["legislative_words"])
        self.vague_partner_re = re.compile(
            r"(?<![\w-])"
            + alternation(c["generic_agreements"] + c["partnering_verbs"])
            + r"\s+(?:dengan\s+)?"
            + alternation(c["vague_partners"])
            + r"(?![\w-])",
            re.IGNORECASE,
        )
        # A head of state's title right before a name, with the state: "Presiden Amerika Serikat
        # (AS) ", "Perdana Menteri (PM) ", "Presiden RI ".
        countries = alternation([*foreign_countries(), "Indonesia", "Republik Indonesia", "RI"])
        # not a deputy's or a former head's ("mantan Presiden"): roles.yaml `former_words`
        not_after = "".join(
            f"(?<!{re.escape(w)} )" for f in ("wakil", *former_words()) for w in (f, f.title())
        )
        self.head_title_re = re.compile(
            rf"(?<![\w-]){not_after}"
            rf"{alternation(c['head_of_state_titles'])}(?:\s*\([A-Z]{{2,5}}\))?"
            rf"(?:\s+(?P<country>{countries}))?(?:\s*\([A-Z]{{2,5}}\))?\s+$"
        )
        # The state of a head whose title leaves it out: cues.yaml `heads_of_state`.
        self.head_states = {
            normalize_name(name): state
            for state, names in c["heads_of_state"].items()
            for name in names
        }
        # Between two heads who sign together, or the last of them and the signing word.
        joins = alternation(["dan", "serta", "bersama", "beserta", *c["signing_adverbs"]])
        self.head_join_re = re.compile(
            rf"(?:[\s,]|\([^()]{{0,30}}\)|(?<![\w-]){joins}(?![\w-]))*", re.IGNORECASE
        )
        self.dispute_re = words_re(c["dispute_words"])
        trigger_words = [
            *self.specific_kind,
            *c["generic_agreements"],
            *c["partnering_verbs"],
            *c["agreeing_words"],
            *c["signing_words"],
        ]
        self.trigger_re = words_re(trigger_words)
        # A date in a quote's attribution: "kata X kepada wartawan, Minggu (11/5/2025)".
        speech = alternation(c["speech_verbs"] + c["reporting_verbs"])
        self.attribution_re = re.compile(
            rf"(?:(?:[\"”]\s*,?|,)\s*{speech}(?![\w-])|(?<![\w-])(?:kepada\s+wartawan|"
            rf"dalam\s+keterangan\w*|saat\s+dikonfirmasi|dilansir\w*|dikutip))[^.;\"“”]*$",
            re.IGNORECASE,
        )
        # A sentence that goes on about the ceremony of the sentence before.
        self.ceremony_re = re.compile(
            r"^\W*(?:adapun\s+|sementara\s+itu,?\s+)?(?:prosesi|acara|kegiatan|penandatanganan|"
            r"penekenan|momen|seremoni|kesepakatan|perjanjian|nota|mou|pks|kerja\s*sama)\w*\s+"
            r"(?:\w+\s+){0,2}?(?:itu|tersebut|ini)(?![\w-])",
            re.IGNORECASE,
        )

    # -- pipeline entry ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        sentences = self._sentences(doc)
        orgs = {o["canonical"]: o for o in (doc._.organizations or [])}
        self._doc_orgs = orgs
        self._text = doc_text(doc)
        self._person_orgs = {
            p["name"]: p["organization"] for p in (doc._.people or []) if p.get("organization")
        }
        self._signed_term = self._signed_term_of(sentences)
        commitments: list[Commitment] = []
        for s in sentences:
            commitments += self._from_sentence(doc, s, sentences, orgs)
        merged = _merge(commitments)
        self._add_scope(doc, sentences, merged)
        doc._.commitments = [
            {
                "partner": c.partner,
                "partner_canonical": c.canonical,
                "parties": c.parties or [c.partner],
                "agreement": c.agreement,
                "kind": c.kind,
                "signatories": c.signatories,
                "scope": c.scope,
                "date": c.date,
            }
            for c in merged
        ]
        return doc

    @staticmethod
    def _signed_term_of(sentences: list[Sentence]) -> tuple[str, str] | None:
        """The one specific kind (MoU or PKS) the article says is signed, the title included
        ("Teken MoU Bareng Menteri PU-Menag"): what a "kesepakatan" of the article is called."""
        terms = {
            t.term[0]: t.term
            for t in sentences
            if t.term and t.signing and t.term[0] in ("MoU", "PKS")
        }
        return next(iter(terms.values())) if len(terms) == 1 else None

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
            chunk = text[s.start : s.end]
            if not (
                s.orgs
                or re.search(
                    r"(?i)kerja|sama|nota|mou|pks|dukung|sepakat|sinergi"
                    r"|kolaborasi|gandeng|tanda|nandatangan|teken|lingkup",
                    chunk,
                )
            ):
                continue
            signing = [m.start() for m in self.signing_re.finditer(chunk)]
            s.modal = bool(signing) and all(self._modal(chunk, at) for at in signing)
            best = None
            for m in self.specific_re.finditer(chunk):
                surface = m.group()
                if m.group(2) and surface != surface.upper():
                    continue  # acronyms only as written: "PKS", "MoU" not "pks"
                if surface.upper() == "PKS" and not (defined_pks or signing):
                    continue  # PKS is also a party's name
                if self._modal(chunk, m.start()) and not (signing and not s.modal):
                    continue  # "rencana MoU", "draf perjanjian kerja sama"
                kind = self.specific_kind[surface.lower()]
                # Of two specific terms the one signed wins: "MoU itu dituangkan dalam
                # perjanjian kerja sama yang ditandatangani hari ini" is a PKS.
                distance = min((abs(m.start() - at) for at in signing), default=0)
                rank = (KIND_RANK[kind], -distance)
                if best is None or rank > best[2]:
                    best = (kind, _agreement_name(surface, text), rank)
            s.term = best[:2] if best else None
            if s.modal:
                s.term = None
            s.generic = not s.modal and any(
                not self._modal(chunk, m.start()) and not self._opinion(chunk, m.start(), m.end())
                for m in self.generic_re.finditer(chunk)
            )
            s.agreeing = not s.modal and any(
                not self._modal(chunk, m.start()) and not self._opinion(chunk, m.start(), m.end())
                for m in self.agreeing_re.finditer(chunk)
            )
            if self.legislative_re.search(chunk) and (s.term is None or s.term[0] == "agreement"):
                s.term, s.generic, s.agreeing = None, False, False  # a bill's joint approval
            if self.vague_partner_re.search(chunk) or self._kind_counterparts_only(s, chunk):
                s.generic = False  # "kolaborasi dengan berbagai pihak": no partner named
            s.signatory = bool(self.signatory_re.search(chunk))
            home_starts = [o.start_char - s.start for o in s.orgs if o.kb_id_ in self.home]
            s.support = any(
                not self.negated_re.search(chunk[: m.start()])
                and not _home_among_givers(chunk, m.end(), home_starts)
                for m in self.support_re.finditer(chunk)
            )
            s.signing = bool(self.signing_re.search(chunk))
            s.group = bool(self.group_re.search(chunk))
            s.witnessed = self._witnessed(text, s)
            s.excluded = self._not_parties(text, s)
        return sentences

    def _modal(self, chunk: str, at: int) -> bool:
        return bool(self.modal_re.search(chunk[max(0, at - 60) : at]))

    def _opinion(self, text: str, start: int, end: int) -> bool:
        """A "sepakat" that voices an opinion, not a deal (cues.yaml `opinion_agreeing_words`):
        "tidak sepakat dengan penggabungan tersebut" (an idea after "dengan", never a body, a
        manner or a value: "sepakat dengan pemerintah daerah", "dengan cepat"), and "sepakat
        bahwa ..." when the clause judges ("bahwa pelayanan haji harus diperbaiki") or people
        hold it ("Para ahli sepakat bahwa ..."). A clause of terms is a deal ("sepakat bahwa
        kontrak pasokan gas diperpanjang hingga 2030")."""
        if text[start:end].lower() not in self.opinion_words:
            return False
        if self.opinion_idea_re.match(text, end):
            return True
        if not self.opinion_re.match(text, end):
            return False
        clause = self.clause_end_re.split(text[end:], maxsplit=1)[0]
        before = re.split(r"[.;:!?\"“”,]", text[max(0, start - 40) : start])[-1]
        return bool(self.judging_re.search(clause) or self.holder_re.search(before))

    def _not_parties(self, text: str, s: Sentence) -> set[int]:
        """Organisations in a sentence that are not parties: event settings, witnesses and the
        parents of groups ("11 Anggota Luar Biasa (ALB) Kadin")."""
        out = set()
        groups = list(self.group_re.finditer(text, s.start, s.end))
        ordered = sorted(s.orgs, key=lambda x: x.start_char)
        parents: set[str] = set()
        for unit, parent in zip(ordered, ordered[1:]):
            # "Direktorat Jenderal Perimbangan Keuangan (DJPK) Kementerian Keuangan (Kemenkeu)":
            # an organisation written right after another (its acronym aside) is its parent.
            adjacent = unit.end_char <= parent.start_char and not text[
                unit.end_char : parent.start_char
            ].strip(" \t()")
            if adjacent and parent.kb_id_ != unit.kb_id_:
                parents.add(parent.kb_id_)
                out.add(parent.start_char)
            elif adjacent and unit.kb_id_ in parents:
                out.add(parent.start_char)  # the parent's acronym: "(Kemenkeu)"
        for span in s.orgs:
            before = text[max(s.start, span.start_char - 40) : span.start_char]
            if self.event_re.search(before) or _within(span.start_char, s.witnessed):
                out.add(span.start_char)
                continue
            for g in groups:
                between = text[g.end() : span.start_char]
                if (
                    g.end() <= span.start_char
                    and len(between) < 80
                    and self.group_tail_re.fullmatch(between)
                ):
                    out.add(span.start_char)
        return out

    def _kind_counterparts_only(self, s: Sentence, chunk: str) -> bool:
        """Every generic agreement word of the sentence names its counterpart by a kind after
        "dengan", with no organisation after it ("BPJS Kesehatan berkomitmen berkolaborasi
        dengan perguruan tinggi"): the sentence's own counterpart, not the home organisation
        named nearby ("dengan pihak BPJS ..." names one)."""
        found = False
        for m in self.generic_re.finditer(chunk):
            if not _KIND_COUNTERPART.match(chunk, m.end()) or any(
                o.start_char - s.start >= m.end() for o in s.orgs
            ):
                return False
            found = True
        return found

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
    def _from_sentence(
        self, doc: Doc, s: Sentence, sentences: list[Sentence], orgs: dict[str, dict]
    ) -> list[Commitment]:
        if not (s.term or s.generic or s.support or s.agreeing):
            return []
        home_near = self._home_near(s, sentences)
        if self.home and not home_near:
            # An agreement the home organisation is no party to ("antara TNI dan Kejaksaan RI").
            others = self._between_others(doc, s, sentences)
            if others or not self._home_in_doc(sentences):
                return others
        parties = [
            self._party(span, orgs)
            for span in self._parties(s, home_required=not s.term, home_near=home_near)
        ]
        term_sentence = s if s.term else self._nearest_term(s, sentences)
        if s.group and not parties:
            members = self._group_members(s, sentences)
            if members:
                parties = [self._party(span, orgs) for span in members]
        elif s.term and not parties and home_near and s.index > 0:
            # "Pemkot Semarang mendaftarkan ... ke BPJS Ketenagakerjaan. Langkah itu ditandai
            # penandatanganan PKS ...": an agreement naming no party continues the sentence
            # before it, whose organisations are the parties.
            parties = [
                self._party(span, orgs)
                for span in self._parties(
                    sentences[s.index - 1], home_required=False, home_near=True
                )
            ]
        out = []
        # "Kemendagri mendukung penuh kerja sama tersebut": support, not a party to it.
        generic = s.generic and not (s.support and not s.term)
        if s.signing and (s.term or generic):
            parties = _add_parties(parties, self._signer_parties(s))
        if parties and (s.term or (generic and home_near)):
            kind, agreement = self._kind(s, term_sentence)
            signing = self._signing_sentences(term_sentence or s, sentences)
            signatories = self._signatories(signing)
            date = self._agreement_date(doc, term_sentence or s, signing, sentences)
            names = [*self._home_names(), *(name for name, _ in parties)]
            out += _per_party(parties, kind, agreement, s, signatories, date, names)
        if s.support and self._home_in_doc(sentences):
            for span in self._parties(s, home_required=False, home_near=True):
                name, canonical = self._party(span, orgs)
                out.append(Commitment(name, canonical, "support", "dukungan", s.index))
        return out

    def _between_others(self, doc: Doc, s: Sentence, sentences: list[Sentence]) -> list[Commitment]:
        """An agreement between organisations none of which is the home organisation: two named
        parties (organisations, or the organisations of the people who sign) and a specific
        term, a signing or a word of agreeing; one commitment per party."""
        term_sentence = s if s.term else self._nearest_term(s, sentences)
        if not (s.term or s.signing or s.agreeing or (s.generic and term_sentence)):
            return []
        text = self._text
        if self.dispute_re.search(text, s.start, s.end):
            return []
        named = self._named_pairs(s) if s.term and s.term[0] in ("MoU", "PKS") else []
        if named and s.term:
            kind, agreement = s.term
            signing = self._signing_sentences(s, sentences)
            signatories = self._signatories(signing)
            date = self._agreement_date(doc, s, signing, sentences)
            return [
                commitment
                for pair in named
                for commitment in _per_party(
                    pair, kind, agreement, s, signatories, date, [a for a, _ in pair]
                )
            ]
        triggers = [(m.start(), m.end()) for m in self.trigger_re.finditer(text, s.start, s.end)]
        spans = _sides(text, self._parties(s, home_required=False, home_near=True), triggers)
        parties = [self._party(span, self._doc_orgs) for span in spans]
        if s.signing:
            parties = _add_parties(parties, self._signer_parties(s))
        if s.signing and len(parties) < 2:
            parties = _add_parties(parties, self._signing_subject_and_object(s))
        agreed = None
        if s.agreeing and not s.signing and len(parties) < 2:
            agreed = self._agreeing_subjects(s)
            if agreed:
                parties = agreed.partners
        # Heads sign guest books, plaques and joint statements too: their states are sides only
        # of what the sentence calls an agreement ("perjanjian", "kesepakatan", "MoU").
        signs_agreement = s.signing and not s.modal and bool(s.term or s.agreeing)
        states = self._signing_states(s) if signs_agreement else []
        if len(states) >= 2:
            # Heads of state who sign together sign for their states ("Presiden Amerika Serikat
            # (AS) Donald Trump dan Perdana Menteri Australia Anthony Albanese menandatangani").
            parties = _add_parties(states, parties)
        elif not (agreed and parties) and len(parties) < 2:
            return self._one_sided(doc, s, sentences)
        if not _PAIRING.search(text, s.start, s.end):
            return []
        kind, agreement = self._kind(s, term_sentence)
        signing = self._signing_sentences(term_sentence or s, sentences)
        if s.signing and all(t.index != s.index for t in signing):
            signing.insert(0, s)
        signatories = self._signatories(signing)
        date = self._agreement_date(doc, term_sentence or s, signing, sentences)
        names = [name for name, _ in (agreed.sides if agreed else parties)]
        out = _per_party(parties, kind, agreement, s, signatories, date, names)
        if agreed:
            for c in out:
                c.scope = [agreed.scope]
        return out

    def _signing_states(self, s: Sentence) -> list[tuple[str, str]]:
        """The states of the heads of state or government who are the subject of the signing
        word ("Presiden Amerika Serikat (AS) Donald Trump dan Perdana Menteri Australia Anthony
        Albanese menandatangani"): heads named right before it, joined to each other and to it by
        connectors only, each with the country written in the title; a head met or present
        elsewhere in the sentence ("setelah bertemu PM Australia ...", "... menyaksikan Menlu X
        menandatangani") signs nothing. A title without the state ("Perdana Menteri (PM)
        Anthony Albanese") takes it from `_state_of_head`."""
        text = self._text
        sign = self.signing_re.search(text, s.start, s.end)
        if sign is None:
            return []
        states: list[tuple[str, str]] = []
        end = sign.start()
        for person in sorted(s.people, key=lambda p: p.start_char, reverse=True):
            if person.start_char >= end:
                continue
            if _within(person.start_char, s.witnessed):
                break
            title = self.head_title_re.search(
                text, max(s.start, person.start_char - 60), person.start_char
            )
            gap = text[person.end_char : end]
            if title is None or not self.head_join_re.fullmatch(gap):
                break
            country = (
                clean_spaces(title.group("country"))
                if title.group("country")
                else self._state_of_head(person)
            )
            if not country:
                break
            if country in ("RI", "Republik Indonesia"):
                country = "Indonesia"
            states = _add_parties([(country, _org_canonical(country, self._doc_orgs))], states)
            end = title.start()
        return states

    def _state_of_head(self, person: Span) -> str | None:
        """The state of a head of state or government whose title in the signing sentence
        leaves it out ("Perdana Menteri (PM) Anthony Albanese"): the state a title gives the
        same person elsewhere in the text ("PM Australia Albanese", "Perdana Menteri Australia
        Anthony Albanese"; the full name or its last word), else the state the person heads in
        cues.yaml `heads_of_state` (names in full). A person named nowhere with a state and not
        listed signs for none."""
        text = self._text
        names = {clean_spaces(n) for n in (person.text, person.kb_id_) if n}
        forms = set(names) | {n.split()[-1] for n in names if len(n.split()) > 1}
        for form in sorted(forms, key=len, reverse=True):
            if len(form) < 4:
                continue
            for mention in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                title = self.head_title_re.search(
                    text, max(0, mention.start() - 60), mention.start()
                )
                if title and title.group("country"):
                    return clean_spaces(title.group("country"))
        for name in names:
            state = self.head_states.get(normalize_name(name))
            if state:
                return state
        return None

    def _named_pairs(self, s: Sentence) -> list[list[tuple[str, str]]]:
        """The sides of a signed MoU or PKS written "antara A dan B" after it, pair by pair; a
        side that is a place ("antara Indonesia dan Pakistan") or a person is none, and a pair
        needs both sides."""
        text = self._text
        term = self.specific_re.search(text, s.start, s.end)
        if term is None or not s.signing:
            return []
        pairs = []
        for match in _NAMED_PAIR.finditer(text, term.end(), s.end):
            pair = self._named_sides(s, match)
            if pair:
                pairs.append(pair)
        return pairs

    def _named_sides(self, s: Sentence, match: re.Match) -> list[tuple[str, str]]:
        """The two sides a pattern names (groups a and b, or a2 and b2), each cut to its name
        (time and function words before it, day and month names after it: "Pada Senin X", "X
        Senin lalu"): none when either is a person (found as one, or written only in personal
        name words: "Prabowo"), a place, or the home organisation. Two subjects joined by
        "dan"/"bersama" may be two people ("Prabowo dan Starmer menandatangani"), so each must
        also be an organisation (found as one, or holding an organisation head or tail word)."""
        people = [(p.start_char, p.end_char) for p in s.people]
        places = self.places
        sides = []
        joined = not match.groupdict().get("a")
        for side in ("a2", "b2") if joined else ("a", "b"):
            name, start = _side_name(match.group(side).rstrip(".,"), match.start(side))
            person = any(a < start + len(name) and start < b for a, b in people)
            if person or name.lower() in places or len(name) < 2 or _personal_name(name):
                return []
            if joined and not (self._org_at(s, start, start + len(name)) or _has_org_head(name)):
                return []
            sides.append((name, _org_canonical(name, self._doc_orgs)))
        return [] if any(c in self.home for _, c in sides) else sides

    @staticmethod
    def _org_at(s: Sentence, start: int, end: int) -> bool:
        return any(o.start_char < end and start < o.end_char for o in s.orgs)

    def _signing_subject_and_object(self, s: Sentence) -> list[tuple[str, str]]:
        """ "Petrokimia Gresik menandatangani Head of Agreement (HoA) dengan PC Ketapang II Ltd":
        the capitalised subject right before a signing verb and the capitalised name right after
        its "dengan" are the two sides, whether or not the NER found them; a side that is a
        person, a place or the home organisation is none, and both are needed."""
        match = _SIGNING_SUBJECT_OBJECT.search(self._text, s.start, s.end)
        return self._named_sides(s, match) if match else []

    def _one_sided(self, doc: Doc, s: Sentence, sentences: list[Sentence]) -> list[Commitment]:
        """An MoU or PKS one found organisation makes with a counterpart the text names only
        by its kind ("BUMD Riau Pangan Bertuah telah melakukan MoU dengan BUMDes di Kampar"):
        the organisation right before the verb (across aspect words only) is the partner, the
        counterpart as written a side (session 43). None when the MoU is planned or refused,
        the counterpart is an organisation, a person, a place, a pronoun or vague ("dengan
        berbagai pihak"), or the subject is the home organisation."""
        if not (s.term and s.term[0] in ("MoU", "PKS")) or s.modal:
            return []
        text = self._text
        chunk = text[s.start : s.end]
        places = self.places
        if self.crime_re.search(chunk):
            return []
        for match in self.one_sided_re.finditer(chunk):
            before_verb = chunk[max(0, match.start("verb") - 60) : match.start("verb")]
            if self._modal(chunk, match.start("verb")) or self.denial_re.search(before_verb):
                continue
            b_start, b_end = s.start + match.start("b"), s.start + match.end("b")
            counterpart = match.group("b").strip()
            if (
                self.not_counterpart_re.match(counterpart)
                or counterpart.lower() in self.bare_not_counterparts
                or counterpart.lower() in places
                or not (
                    (counterpart[:1].isupper() and not _personal_name(counterpart))
                    or self.kind_counterpart_re.match(counterpart)
                )
                or re.match(r"(?:Rp|US\$|\d)", counterpart)
                or any(o.start_char < b_end and b_start < o.end_char for o in s.orgs)
                or any(p.start_char < b_end and b_start < p.end_char for p in s.people)
            ):
                continue
            before = text[s.start : s.start + match.start("verb")]
            subject = next(
                (
                    o
                    for o in s.orgs
                    if o.end_char <= s.start + match.start("verb")
                    and _ASPECT_GAP.fullmatch(before[o.end_char - s.start :])
                ),
                None,
            )
            if subject is None or subject.kb_id_ in self.home or subject.start_char in s.excluded:
                continue
            name, canonical = self._party(subject, self._doc_orgs)
            signing = self._signing_sentences(s, sentences)
            return _per_party(
                [(name, canonical)],
                s.term[0],
                s.term[1],
                s,
                self._signatories(signing),
                self._agreement_date(doc, s, signing, sentences),
                [name, counterpart],
            )
        return []

    def _agreeing_subjects(self, s: Sentence) -> _Agreed | None:
        """ "Pemerintah dan Dewan Perwakilan Rakyat RI sepakat membentuk Kementerian Haji dan
        Umrah": two organisations joined before "sepakat"/"menyepakati" agree with each other
        (session 43). Both must be organisations (found as one or holding an organisation head:
        "Para akademisi sepakat" and "Prabowo dan Starmer sepakat" name none); the agreeing word
        must be neither negated or planned ("belum sepakat", "akan menyepakati") nor an opinion
        ("sepakat bahwa ... harus"), nor followed by a comma ("\"Pemerintah dan DPR sepakat,
        haji harus murah\"", a view) or by nothing; a bill's step ("sepakat menyetujui RAPBN
        2026") or a criminal case's settlement ("sepakat mengembalikan kerugian negara") is
        none. Gives the sides in order (a bare home government, "Pemerintah", is
        a side, no partner), the partners (the sides found as organisations: a side the text
        names only by its kind, "Pemerintah Daerah", or as the state is none) and what they
        agreed to do, the scope."""
        text = self._text
        if self.crime_re.search(text, s.start, s.end):
            return None
        for match in _AGREEING_SUBJECTS.finditer(text, s.start, s.end):
            if self._modal(text[s.start : s.end], match.start("verb") - s.start) or self._opinion(
                text, match.start("verb"), match.end()
            ):
                continue
            rest = self.clause_end_re.split(text[match.end() : s.end], maxsplit=1)[0]
            scope = re.sub(r"^\s*(?:(?:untuk|bahwa)\s+)?", "", rest).strip(" ,")
            if not scope or rest.lstrip(" ").startswith(",") or self.bill_step_re.search(rest):
                continue
            sides = self._named_sides(s, match)
            if len(sides) != 2:
                continue
            partners = [
                self._party(span, self._doc_orgs)
                for side in ("a2", "b2")
                for span in s.orgs
                if span.start_char < match.end(side)
                and match.start(side) < span.end_char
                and span.start_char not in s.excluded
                and span.kb_id_ not in self.home
                and match.group(side).lower() not in self.home_government
            ]
            return _Agreed(sides, _add_parties([], partners), scope)
        return None

    def _kind(self, s: Sentence, term_sentence: Sentence | None) -> tuple[str, str]:
        """The kind of an agreement: its own specific term, else the nearest one, else the
        one the article says is signed, else "agreement" named as written ("kesepakatan")."""
        term = term_sentence.term if term_sentence else None
        if term and (term[0] != "agreement" or not self._signed_term):
            return term
        if self._signed_term:
            # "meneken kesepakatan bersama" in an article that calls it "MoU": the MoU.
            return self._signed_term[0], term[1] if term else self._signed_term[1]
        words = self.agreeing_re.search(self._text, s.start, s.end) or self.generic_re.search(
            self._text, s.start, s.end
        )
        return "agreement", " ".join(words.group().lower().split()) if words else "kerja sama"

    def _home_names(self) -> list[str]:
        return [o.get("acronym") or o["name"] for c, o in self._doc_orgs.items() if c in self.home]

    def _party(self, span: Span, orgs: dict[str, dict]) -> tuple[str, str]:
        org = orgs.get(span.kb_id_, {})
        return org.get("acronym") or org.get("name") or span.text, span.kb_id_

    def _signer_parties(self, s: Sentence) -> list[tuple[str, str]]:
        """The organisations of the people who sign in a sentence (witnesses left out):
        "Mendagri Tito Karnavian meneken kesepakatan dengan Menag Nasaruddin Umar"."""
        out = []
        for person in s.people:
            if _within(person.start_char, s.witnessed):
                continue
            organization = self._person_orgs.get(person.kb_id_ or person.text)
            if not organization:
                continue
            canonical = _org_canonical(organization, self._doc_orgs)
            if canonical not in self.home:
                out.append((organization, canonical))
        return out

    def _signatories(self, signing: list[Sentence]) -> list[str]:
        return _names(
            [p for t in signing for p in t.people if not _within(p.start_char, t.witnessed)]
        )

    @staticmethod
    def _signing_sentences(s: Sentence, sentences: list[Sentence]) -> list[Sentence]:
        """The signing sentences of an agreement: its own and the ones around it that speak of
        the signing of no other agreement ("Penandatanganan dilakukan oleh A dan B"; "Dari
        pihak Pemkot, MoU diteken Sekda X"; "BPJS Ketenagakerjaan diwakili oleh Y")."""
        out = [s] if s.signing or s.signatory else []
        for t in (
            sentences[max(0, s.index - 1) : s.index]
            + sentences[s.index + 1 : s.index + 1 + _WINDOW]
        ):
            if (t.signing or t.signatory) and (not t.term or t.term == s.term):
                out.append(t)
        return sorted(out, key=lambda t: t.index)

    def _home_in_doc(self, sentences: list[Sentence]) -> bool:
        return not self.home or any(o.kb_id_ in self.home for t in sentences for o in t.orgs)

    def _home_near(self, s: Sentence, sentences: list[Sentence]) -> bool:
        lo, hi = max(0, s.index - _WINDOW), min(len(sentences), s.index + _WINDOW + 1)
        return any(o.kb_id_ in self.home for t in sentences[lo:hi] for o in t.orgs) or not self.home

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
        for t in sentences[s.index + 1 : s.index + 1 + _GROUP_LOOKAHEAD]:
            members = self._parties(t, home_required=False, home_near=True)
            if len(members) >= 2:
                return members
        return []

    def _agreement_date(
        self, doc: Doc, term: Sentence, signing: list[Sentence], sentences: list[Sentence]
    ) -> str | None:
        """The date the text gives the agreement: in its own sentence, its signing sentences,
        then the sentence that goes on about the ceremony ("Adapun prosesi itu ... hari ini")."""
        text = doc_text(doc)
        candidates = list({t.index: t for t in [term, *signing]}.values())
        for nxt in sentences[term.index + 1 : term.index + 1 + _WINDOW]:
            if not (self.ceremony_re.search(text[nxt.start : nxt.end]) or nxt.witnessed != (0, 0)):
                break
            if all(t.index != nxt.index for t in candidates):
                candidates.append(nxt)
        for t in candidates:
            day = self._written_date(doc, text, t)
            if day:
                return day
        for t in candidates:
            day = self._today(doc, text, t)
            if day:
                return day
        return None

    def _written_date(self, doc: Doc, text: str, s: Sentence) -> str | None:
        """A day or month written in a sentence ("tanggal 6 April 2023", "pada November 2022"),
        not the date of a quote's attribution."""
        for span in doc.spans.get("dates", []):
            if not s.start <= span.start_char < s.end:
                continue
            value = span.kb_id_ or span.label_
            if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value or ""):
                continue
            if self.attribution_re.search(
                text[max(s.start, span.start_char - 120) : span.start_char]
            ):
                continue
            return value
        return None

    def _today(self, doc: Doc, text: str, s: Sentence) -> str | None:
        """ "hari ini" / "kemarin", read from the publication date."""
        today = self.today_re.search(text, s.start, s.end)
        published = doc._.published
        if not (today and published):
            return None
        day = published - timedelta(days=1) if today.group().lower() == "kemarin" else published
        return day.isoformat()

    # -- scope ----------------------------------------------------------------------------------
    def _add_scope(
        self, doc: Doc, sentences: list[Sentence], commitments: list[Commitment]
    ) -> None:
        """Scope lists: "Hal-hal yang menjadi ruang lingkup dari Nota Kesepahaman, antara lain
        A, B, serta C"."""
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
            rest = text[intro.end() : s.end]
            lead = self.list_lead_re.match(rest)
            lead_end = lead.end() if lead else 0
            if lead_end == len(rest) or (
                "\n" in rest[:lead_end] and _LIST_LINE.match(rest, lead_end)
            ):
                # "Ruang lingkup kerja sama tersebut meliputi diantaranya:" and then one item a
                # line, numbered or lettered ("1. Pendidikan dan pelatihan;").
                items = _numbered_items(text, intro.end() + lead_end, self.item_joiners)
            else:
                items = _split_items(rest)
            if len(items) < 1 or self.reach_re.match(items[0]):
                # "Program PKS Tripartit ... kini telah mencakup lebih dari 400 Pemda": how far
                # the agreement reaches, not what it covers.
                continue
            targets = [c for c in commitments if s.term and c.kind == s.term[0]] or [
                c for c in commitments if c.sentence <= s.index and c.kind != "support"
            ]
            for c in targets:
                c.scope = c.scope or items


# -- helpers ------------------------------------------------------------------------------------
_PAIRING = re.compile(r"(?<![\w-])(?:antara|dengan|bersama|dan|serta)(?![\w-])", re.IGNORECASE)


# "penandatanganan 2 MoU antara ICE (Indonesia) dan Gwadar Chamber of Commerce and Industry
# (Pakistan), serta antara Harmann Pharmaceutical (Pakistan) dan PT Ultra Sakti": the sides of a
# signed MoU or PKS named in pairs, in capitals, whether or not the NER found them.
_SIDE_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|the|&)){0,7}"
_NAMED_PAIR = re.compile(
    rf"(?<![\w-])antara\s+(?:antara\s+)?(?P<a>{_SIDE_NAME})(?:\s*\([^()\n]{{1,30}}\))?"
    rf"\s+(?:dan|dengan)\s+(?P<b>{_SIDE_NAME})(?![\w-])"
)


# "Petrokimia Gresik menandatangani Head of Agreement (HoA) dengan PC Ketapang II Ltd", "PIJ Halal
# Ventures sebelumnya telah menandatangani perjanjian kerja sama strategis dengan TransTRACK": a
# capitalised subject right before the signing verb, and a capitalised name right after the
# "dengan" that follows it in the clause.
# Also two subjects joined before the verb: "Pemerintah Indonesia bersama Pemerintah Inggris
# menandatangani kesepakatan pengaturan praktis".
_SIGNING_ADVERBS = r"(?:(?:telah|resmi|juga|sebelumnya|secara|sudah)\s+)*"
_SIGNING_SUBJECT_OBJECT = re.compile(
    rf"(?<![\w-])(?P<a>{_SIDE_NAME})\s+{_SIGNING_ADVERBS}"
    rf"(?:menandatangani|meneken|teken)\s+[^.;:!?\"“”,]{{1,80}}?(?<![\w-])dengan\s+"
    rf"(?P<b>{_SIDE_NAME})(?![\w-])"
    rf"|(?<![\w-])(?P<a2>{_SIDE_NAME})\s+(?:bersama|dan)\s+(?P<b2>{_SIDE_NAME})\s+"
    rf"{_SIGNING_ADVERBS}(?:menandatangani|meneken)(?![\w-])"
)
# "Pemerintah dan Dewan Perwakilan Rakyat (DPR) sepakat membentuk ...": two subjects joined
# before a verb of agreeing, each with its bracketed short form or not (session 43); what follows
# up to the clause's end is what they agreed to do.
_SHORT_FORM = r"(?:\s*\([A-Z][\w&.'’-]{0,20}\))?"
_AGREEING_SUBJECTS = re.compile(
    rf"(?<![\w-])(?P<a2>{_SIDE_NAME}){_SHORT_FORM}\s+(?:bersama|dan)\s+(?P<b2>{_SIDE_NAME})"
    rf"{_SHORT_FORM}\s+{_SIGNING_ADVERBS}(?P<verb>sepakat|bersepakat|menyepakati)(?![\w-])"
)
# Between an organisation and the verb it is the subject of: its bracketed short form and aspect
# words only ("BUMD Riau Pangan Bertuah telah melakukan MoU").
_ASPECT_GAP = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s+{_SIGNING_ADVERBS}")
# Words that open a clause or name a time, never the start of a party's name ("Pada Senin",
# "Dalam acara tersebut"), and day or month names that end one ("Borneo Gas Ltd Senin lalu").
_CALENDAR = frozenset(w.lower() for w in (*INDONESIAN_WEEKDAYS, *INDONESIAN_MONTHS))
_NOT_NAME_START = NOT_HEADS | _CALENDAR | {"dalam", "di", "dari", "untuk", "oleh", "sebelumnya"}


def _side_name(name: str, start: int) -> tuple[str, int]:
    """A side's name and where it starts, without the capitalised time and function words before
    it and the day or month names after it (the lower-case "of", "and" inside an English name
    stay: "Gwadar Chamber of Commerce and Industry")."""
    words = list(re.finditer(r"\S+", name))
    last = len(words)
    while last > 0 and words[last - 1].group(0).lower() in _CALENDAR:
        last -= 1
    first = max(
        (
            k + 1
            for k, w in enumerate(words[:last])
            if w.group(0)[:1].isupper() and w.group(0).lower() in _NOT_NAME_START
        ),
        default=0,
    )
    if first >= last:
        return "", start
    return name[words[first].start() : words[last - 1].end()], start + words[first].start()


def _personal_name(name: str) -> bool:
    """A name written only in personal name words and naming no organisation ("Prabowo")."""
    words = [w.lower() for w in name.split()]
    known = person_name_words() | famous_single_names()
    return all(w in known for w in words) and not _has_org_head(name)


def _has_org_head(name: str) -> bool:
    """A name holding an organisation head ("Pemerintah Kota", "PT", "Kementerian"), the body of
    a state ("Pemerintah Inggris", "Parlemen") or an English tail ("Ltd", "Corporation")."""
    heads = org_heads()
    words = [w.lower().strip(".,") for w in name.split()]
    return any(
        " ".join(words[i:j]) in heads.kind_of or " ".join(words[i:j]) in heads.state_bodies
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
    ) or any(w in heads.tails for w in words)


_GIVERS = re.compile(r"\s+(?:dari|oleh)\s+", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]")


# Between an agreement word and a party after it: names, brackets, connectors and a few words
# that are not verbs ("kerja sama resmi antara TNI dan ..."); "sepakat membentuk Kementerian X"
# makes X the object, not a party.
def _no_verb_gap(words: str, not_words: str, extra: str = "") -> re.Pattern[str]:
    """A run of words that holds no verb: single separators, connectors (`words`, read before
    the me-/ber-/di-/ter- test, so "bersama", "beserta", "termasuk" stay connectors), capitalised
    names and lowercase words opening with no verb prefix nor `not_words`; every piece is atomic
    and matches one way only, so the run is read in linear time."""
    return re.compile(
        rf"(?:[\s,()]|(?>{extra}(?<![\w-])(?:{words}|[A-Z][\w.&/-]*"
        rf"|(?!(?:me|ber|di|ter{not_words})\w)[a-z][\w-]*)(?![\w-])))*"
    )


_CONNECTORS = "antara|dengan|bersama|beserta|dan|serta|termasuk"
_PARTY_GAP = _no_verb_gap(_CONNECTORS + "|pihak|yakni|yaitu|oleh", "|untuk|guna|agar|supaya")


def _sides(text: str, spans: list[Span], triggers: list[tuple[int, int]]) -> list[Span]:
    """The organisations that are sides of an agreement: named before its first agreement word
    (the subject), or after an agreement word or another side across no verb ("kesepakatan
    Kejaksaan Agung dengan TNI", "ditandatangani oleh Pemprov Bali, Pemkab Badung, dan Pelindo")."""
    if not triggers:
        return list(spans)
    out, anchor = _subjects(text, spans, triggers[0][0]), None
    for span in sorted(spans, key=lambda x: x.start_char):
        if span.start_char < triggers[0][0]:
            continue
        ends = [e for _, e in triggers if e <= span.start_char]
        if anchor is not None and anchor <= span.start_char:
            ends.append(anchor)
        start = max(ends) if ends else span.start_char
        gap = text[start : span.start_char]
        if len(gap) <= 80 and len(gap.split()) <= 8 and _PARTY_GAP.fullmatch(gap):
            out.append(span)
            anchor = span.end_char
    return out


# Between two organisations of one subject: names, brackets, numbers, connectors and words that
# are no verb, or a "yang" clause's verb right before a name ("Pemkot X yang diwakili Sekda Y
# dan PT Z"; "Kementan yang memberi bibit kepada masyarakat dan PT Z" is two clauses).
_SUBJECT_GAP = _no_verb_gap(
    _CONNECTORS,
    "",
    r"(?<![\w-])\d[\d.,]*(?![\d.,])|(?<![\w-])yang\s+[\w-]+(?=\s+(?:oleh\s+)?[A-Z])|",
)


class _Agreed(NamedTuple):
    """Two bodies joined before "sepakat" (session 43): the sides as written, the partners
    among them, and what they agreed to do."""

    sides: list[tuple[str, str]]
    partners: list[tuple[str, str]]
    scope: str


# "... berkolaborasi dengan perguruan tinggi": a counterpart written as a lower-case kind.
_KIND_COUNTERPART = re.compile(r"\s+dengan\s+(?!pihak\b|para\b)[a-z]")


def _subjects(text: str, spans: list[Span], trigger: int) -> list[Span]:
    """The organisations named before the first agreement word that are its subject: the one
    nearest it, and those joined to it across no verb ("DJP dan DJPK ... bersama 109 Pemda
    menandatangani"); an organisation of another clause is none ("Dinas Tanaman Pangan sudah
    memberi bibit kepada masyarakat dan BUMD X telah melakukan MoU dengan ...")."""
    before = sorted((x for x in spans if x.start_char < trigger), key=lambda x: x.start_char)
    out: list[Span] = []
    for span in reversed(before):
        if out and not _SUBJECT_GAP.fullmatch(text[span.end_char : out[-1].start_char]):
            break
        out.append(span)
    return out[::-1]


def _per_party(
    parties: list[tuple[str, str]],
    kind: str,
    agreement: str,
    s: Sentence,
    signatories: list[str],
    date: str | None,
    names: list[str],
) -> list[Commitment]:
    """One commitment per party of one agreement: the same kind, signatories and date."""
    return [
        Commitment(name, canonical, kind, agreement, s.index, list(signatories), [], date, names)
        for name, canonical in parties
    ]


def _add_parties(
    parties: list[tuple[str, str]], more: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    seen = {canonical for _, canonical in parties}
    out = list(parties)
    for name, canonical in more:
        if canonical not in seen:
            seen.add(canonical)
            out.append((name, canonical))
    return out


def _home_among_givers(chunk: str, end: int, home_starts: list[int]) -> bool:
    """ "terima kasih atas dukungan dari Kementerian Agama serta BPJS Ketenagakerjaan": the home
    organisation gives the support with the others (in the list after "dari", before any
    clause break), so none of them supports it."""
    givers = _GIVERS.match(chunk, end)
    if givers is None:
        return False
    clause_end = _CLAUSE_BREAK.search(chunk, givers.end())
    limit = min(clause_end.start() if clause_end else len(chunk), givers.end() + 120)
    return any(givers.end() <= at < limit for at in home_starts)


def _org_canonical(name: str, orgs: dict[str, dict]) -> str:
    """The canonical id of an organisation named by a person's affiliation: an organisation of
    the article with that name or acronym, else the known organisation, else its slug."""
    norm = normalize_name(name)
    for canonical, org in orgs.items():
        if norm in {
            normalize_name(n)
            for n in (org.get("name"), org.get("acronym"), *(org.get("aliases") or []))
            if n
        }:
            return canonical
    known = org_lexicon().resolve(name)
    return known.id if known else "-".join(norm.split())


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


# One item of a list written a line each: "1. Pendidikan dan pelatihan;", "b) sosialisasi ...",
# after blank lines, if any.
_LIST_LINE = re.compile(r"\s*(?P<mark>\d{1,2}|[a-z])[.)][ \t]+(?P<item>[^\n]+)(?:\n|$)")


def _numbered_items(text: str, at: int, joiners: str) -> list[str]:
    """The items of a list written one a line after `at`, numbered or lettered, each without its
    marker and its closing "; dan", ";" or ".". The list ends at the first line that is none
    (prose between), at a mark that does not go on by one from the last ("1.", "2.", then "1."
    again or "5."), after an item closed by "; dan" (the one before the last), and after an item
    closed by "." once the items before were closed by ";" (the legal way of writing a list)."""
    items: list[str] = []
    closer = re.compile(rf"\s*(?P<p>[;,.])?\s*(?:{joiners})?\s*$", re.IGNORECASE)
    previous = None
    semicolons = False
    while len(items) < 20:
        line = _LIST_LINE.match(text, at)
        if line is None:
            break
        mark = line.group("mark")
        if previous is not None and not _next_mark(previous, mark):
            break
        close = closer.search(line.group("item"))
        item = line.group("item")[: close.start()] if close else line.group("item")
        if item.strip():
            items.append(clean_spaces(item))
        tail = close.group(0) if close else ""
        if ";" in tail and tail.strip(" \t;"):
            # "2. Pertukaran informasi; dan": the next item is the last
            last = _LIST_LINE.match(text, line.end())
            if last and _next_mark(mark, last.group("mark")):
                close = closer.search(last.group("item"))
                item = last.group("item")[: close.start()] if close else last.group("item")
                if item.strip():
                    items.append(clean_spaces(item))
            break
        if close and close.group("p") == "." and semicolons:
            break
        semicolons = semicolons or ";" in tail
        previous, at = mark, line.end()
    return items


def _next_mark(previous: str, mark: str) -> bool:
    """ "2" after "1", "c" after "b": a list's marks go on by one."""
    if previous.isdigit():
        return mark.isdigit() and int(mark) == int(previous) + 1
    return not mark.isdigit() and ord(mark) == ord(previous) + 1


def _split_items(chunk: str) -> list[str]:
    """ "A, B, serta C." -> [A, B, C]; "A dan B" -> [A, B] when there is no comma."""
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
                k.parties = k.parties or c.parties
            else:
                kept[c.kind] = c
        weaker = [c for c in items if KIND_RANK[c.kind] < strongest]
        for k in kept.values():
            for c in weaker:
                k.signatories = k.signatories or c.signatories
                k.date = k.date or c.date
        out.extend(kept.values())
    return sorted(out, key=lambda c: c.sentence)
