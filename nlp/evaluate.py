"""Score extractions against gold files (``*.gold.json``): precision, recall, F1 per field.

Each gold file names its article (``source_file``, next to it) and its publication date
(``published``). The pipeline is NOT given that date (a bare article file carries none): it
reads it from the page header or dateline, and ``published`` is scored like a field (pass
``given_published=True`` to hand the gold date over as a crawler would). Matching rules, per
field (the full text is in docs/extraction.md):

* published:     the same ISO date, counted only where the gold has one;
* people:        same name (case, punctuation and spacing ignored), any kind of person;
* roles:         same name and same role (abbreviated titles expanded: Sekjen = Sekretaris
                 Jenderal; a trailing "RI" ignored; a role written with its organisation, or
                 the same whole office cut at another word, is the same role), over people
                 that have a role;
* affiliations:  same name and same organisation (organisations compared as below), or the
                 same whole office cut at another word ("Wakil Ketua Komisi VI" of "DPR" is
                 "Wakil Ketua" of "Komisi VI DPR");
* organizations: a predicted organisation matches a gold one when its name, acronym or one of
                 its aliases equals the gold name or acronym (or both are the same known
                 organisation of nlp/data/organizations.yaml, a trailing "RI" ignored);
* regulations:   same type, number and year (the constitution and the codes: the same
                 document, however written);
* figures:       same value (relative tolerance 1e-6) and same unit (case ignored);
* dates:         same ISO value;
* commitments:   same partner (compared as organisations); when the gold commitment has a date,
                 the same date too.

Matching is one-to-one within a document; counts are summed over documents (micro average).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

from ftfy import fix_encoding
from spacy.language import Language

from corpus.public_sets import DetikArticle, detik_articles
from indonesian.regulations import single_document
from nlp.extract import HtmlReader, extract_documents, read_article
from nlp.lexicon import (
    KnownOrg,
    OrgLexicon,
    normalize_name,
    org_lexicon,
    regional_government,
    roles,
)
from nlp.role_attachment import org_names, unit_of_title

FIELDS = (
    "published",
    "people",
    "roles",
    "affiliations",
    "organizations",
    "regulations",
    "figures",
    "dates",
    "commitments",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)  # (document, gold item) not found
    extras: list = field(default_factory=list)  # (document, predicted item) not in gold

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class GoldDocument:
    gold_path: Path
    article_path: Path
    gold: dict
    public_item: dict | None = None  # the article of a public data set, read from ../shared

    def item(self, read_html: HtmlReader | None = None) -> dict:
        """The article as ``extract_documents`` takes it."""
        if self.public_item:
            return dict(self.public_item)
        return read_article(self.article_path, read_html)


def _repaired(value: Any) -> Any:
    """A gold file's strings with mojibake decoded back: annotators copied names from rows
    whose UTF-8 was read as Latin-1 ("BjÃ¶rn"), which the extraction now reads repaired."""
    if isinstance(value, str):
        return fix_encoding(value)
    if isinstance(value, list):
        return [_repaired(v) for v in value]
    if isinstance(value, dict):
        return {k: _repaired(v) for k, v in value.items()}
    return value


def load_gold(directory: Path) -> list[GoldDocument]:
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"not a directory: {directory}")
    out = []
    for gold_path in sorted(directory.glob("*.gold.json")):
        gold = _repaired(json.loads(gold_path.read_text(encoding="utf-8")))
        stem = gold_path.name[: -len(".gold.json")]
        candidates = [directory / gold["source_file"]] if gold.get("source_file") else []
        candidates += [directory / f"{stem}{ext}" for ext in (".txt", ".html", ".htm")]
        article = next((c for c in candidates if c.is_file()), None)
        if article is None and gold.get("dataset") in PUBLIC_SETS:
            # Real articles stay in ../shared (their licence): the gold names its row.
            item = PUBLIC_SETS[gold["dataset"]](gold)
            out.append(GoldDocument(gold_path, directory / gold["source_file"], gold, item))
            continue
        if article is None:
            raise FileNotFoundError(f"{gold_path.name}: its article is not in {directory}")
        out.append(GoldDocument(gold_path, article, gold))
    if not out:
        raise FileNotFoundError(f"no *.gold.json files in {directory}")
    return out


@lru_cache(maxsize=1)
def _detik_rows() -> dict[int, DetikArticle]:
    return {article.id: article for article in detik_articles()}


def _detik_item(gold: dict) -> dict:
    article = _detik_rows().get(int(gold["detik_id"]))
    if article is None:
        raise FileNotFoundError(f"detik-1000 has no article {gold['detik_id']}")
    return {"title": article.title, "text": article.text, "published": None}


PUBLIC_SETS: dict[str, Callable[[dict], dict]] = {"detik-1000": _detik_item}


# -- comparisons ----------------------------------------------------------------------------
class OrgResolver:
    """Says whether two organisation names are the same organisation, using what the
    prediction knows (names, acronyms, aliases, canonical ids) and the known-org lexicon."""

    def __init__(self, predicted_orgs: Iterable[dict]):
        self.lexicon = org_lexicon()
        self.ids: dict[str, str] = {}
        for org in predicted_orgs:
            key = org.get("canonical") or normalize_name(org["name"])
            for name in org_names(org):
                self.ids.setdefault(normalize_name(name), key)

    def key(self, name: str | None) -> str | None:
        if not name:
            return None
        norm = normalize_name(name)
        known = known_org(self.lexicon, name)
        government = regional_government(name)
        return (
            self.ids.get(norm)
            or (known.id if known else None)
            or (government[1] if government else norm)
        )

    def same(self, a: str | None, b: str | None) -> bool:
        return a is not None and b is not None and self.key(a) == self.key(b)


_HOME_STATE = re.compile(r"[ \t]+(?:RI|Republik Indonesia)\Z")


def known_org(lexicon: OrgLexicon, name: str | None) -> KnownOrg | None:
    """The known organisation ``name`` names; a state body written with the state after it
    ("Kejaksaan Agung RI", "Kemenkes RI") is the body ("Kejaksaan Agung"), as a title's trailing
    "RI" is (``_role_key``): the lexicon lists that form for a few bodies only (session 50)."""
    known = lexicon.resolve(name)
    if known is None and name:
        bare = _HOME_STATE.sub("", name.strip())
        known = lexicon.resolve(bare) if bare != name.strip() else None
    return known


def _role_key(role: str | None) -> str:
    if not role:
        return ""
    expanded = roles().expand(" ".join(role.split()))
    text = normalize_name(expanded)
    for suffix in (" republik indonesia", " ri"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def _same_role(g: dict, p: dict) -> bool:
    """The same title; the conventions keep the organisation out of the role, but annotators
    sometimes write it in ("Panglima TNI" with organisation TNI): a role that equals the other
    side's role followed by its organisation states the same office, and so does a unit head's
    title written with the unit's place ("Kapolres Tasikmalaya Kota") beside the bare title
    with that unit as organisation ("Kapolres", "Polres Tasikmalaya Kota")."""
    gold, predicted = _role_key(g["role"]), _role_key(p["role"])
    if gold == predicted:
        return True
    return (
        predicted == _office(g)
        or gold == _office(p)
        or _same_office_split_apart(g, p)
        or _unit_head_of(g, p)
        or _unit_head_of(p, g)
    )


def _office(person: dict) -> str:
    """The office a person holds, role and organisation read together ("Wakil Ketua Komisi VI"
    of "DPR" is "wakil ketua komisi vi dpr")."""
    return _role_key(f"{person.get('role') or ''} {person.get('organization') or ''}")


def _same_office_split_apart(g: dict, p: dict) -> bool:
    """Both sides state the same whole office but cut it between role and organisation at
    another word: a unit of a body in the role ("Wakil Ketua Komisi VI" of "DPR") or in the
    organisation ("Wakil Ketua" of "Komisi VI DPR"). The open golds write both (session 53).
    Both sides must have an organisation, so a bare title never matches a whole office."""
    return bool(g.get("organization") and p.get("organization") and _office(g) == _office(p))


def _unit_head_of(placed: dict, bare: dict) -> bool:
    """``placed``'s role is a unit head's title with its place whose title is ``bare``'s role
    and whose unit is ``bare``'s organisation (nlp.role_attachment.unit_of_title)."""
    split = unit_of_title(" ".join((placed.get("role") or "").split()))
    return (
        split is not None
        and _role_key(split[0]) == _role_key(bare["role"])
        and normalize_name(split[1]) == normalize_name(bare.get("organization") or "")
    )


def _org_names(org: dict) -> set[str]:
    return {normalize_name(n) for n in org_names(org)}


def _figure_unit(unit: str | None) -> str:
    return " ".join((unit or "").lower().split())


T = TypeVar("T")


def _match(
    gold: list[T], predicted: list[T], same: Callable[[T, T], bool]
) -> tuple[int, list[T], list[T]]:
    """One-to-one greedy matching: (tp, unmatched gold, unmatched predicted)."""
    left = list(predicted)
    missed: list[T] = []
    tp = 0
    for g in gold:
        for i, p in enumerate(left):
            if same(g, p):
                tp += 1
                del left[i]
                break
        else:
            missed.append(g)
    return tp, missed, left


def compare(gold: dict, predicted: dict) -> dict[str, tuple[int, list, list]]:
    """Per field: (true positives, gold items missed, predicted items not in gold)."""
    orgs = OrgResolver(predicted.get("organizations") or [])
    lexicon = org_lexicon()
    g_people = gold.get("people") or []
    p_people = predicted.get("people") or []
    name = normalize_name
    gold_day, predicted_day = gold.get("published"), predicted.get("published")
    results = {
        "published": _match(
            [gold_day] if gold_day else [],
            [predicted_day] if gold_day and predicted_day else [],
            lambda g, p: str(g)[:10] == str(p)[:10],
        ),
        "people": _match(g_people, p_people, lambda g, p: name(g["name"]) == name(p["name"])),
        "roles": _match(
            [g for g in g_people if g.get("role")],
            [p for p in p_people if p.get("role")],
            lambda g, p: name(g["name"]) == name(p["name"]) and _same_role(g, p),
        ),
        "affiliations": _match(
            [g for g in g_people if g.get("organization")],
            [p for p in p_people if p.get("organization")],
            lambda g, p: (
                name(g["name"]) == name(p["name"])
                and (
                    orgs.same(g["organization"], p["organization"])
                    or bool(g.get("role") and p.get("role") and _same_office_split_apart(g, p))
                )
            ),
        ),
    }

    def same_org(g: dict, p: dict) -> bool:
        gold_names = {normalize_name(n) for n in (g.get("name"), g.get("acronym")) if n}
        if gold_names & _org_names(p):
            return True
        known = known_org(lexicon, g.get("name")) or known_org(lexicon, g.get("acronym"))
        return known is not None and known.id == p.get("canonical")

    results["organizations"] = _match(
        gold.get("organizations") or [], predicted.get("organizations") or [], same_org
    )
    results["regulations"] = _match(
        gold.get("regulations") or [], predicted.get("regulations") or [], _same_regulation
    )
    results["figures"] = _match(
        gold.get("figures") or [],
        predicted.get("figures") or [],
        lambda g, p: (
            _close(g.get("value"), p.get("value"))
            and _figure_unit(g.get("unit")) == _figure_unit(p.get("unit"))
        ),
    )
    results["dates"] = _match(
        [d if isinstance(d, str) else d.get("value") for d in gold.get("dates") or []],
        [d.get("value") if isinstance(d, dict) else d for d in predicted.get("dates") or []],
        lambda g, p: g == p,
    )
    results["commitments"] = _match(
        gold.get("commitments") or [],
        predicted.get("commitments") or [],
        lambda g, p: (
            (
                orgs.same(g["partner"], p.get("partner"))
                or orgs.key(g["partner"]) == p.get("partner_canonical")
            )
            and (not g.get("date") or g["date"] == p.get("date"))
        ),
    )
    return results


def _same_regulation(g: dict, p: dict) -> bool:
    """Same type and number and year; a regulation cited by name alone ("UU Tapera", number
    null) matches the same type whose title holds the gold title's words. The constitution and
    the codes are single documents: the same one matches whatever its title or type is written
    ("UUD 1945" = "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"; "KUHP" = "UU"
    titled "KUHP"), unless both give different years."""
    single = single_document(g.get("type"), g.get("title"))
    if single is not None and g.get("number") in (None, ""):
        years = _document_year(g), _document_year(p)
        return (
            single == single_document(p.get("type"), p.get("title"))
            and p.get("number") in (None, "")
            and (None in years or years[0] == years[1])
        )
    if str(g.get("type", "")).lower() != str(p.get("type", "")).lower():
        return False
    if g.get("number") in (None, ""):
        gold_title, title = (
            normalize_name(g.get("title") or ""),
            normalize_name(p.get("title") or ""),
        )
        gold_words, words = set(gold_title.split()), set(title.split())
        return (
            p.get("number") in (None, "")
            and bool(gold_words and words)
            and (gold_words <= words or words <= gold_words)
        )
    return str(g.get("number")) == str(p.get("number")) and _int(g.get("year")) == _int(
        p.get("year")
    )


def _document_year(regulation: dict) -> int | None:
    """The year given, else one written in the title ("UUD 1950" is not "UUD 1945")."""
    year = _int(regulation.get("year"))
    if year is None:
        written = re.search(r"\b(1[89]\d\d|20\d\d)\b", str(regulation.get("title") or ""))
        year = int(written.group(1)) if written else None
    return year


# Gold and predicted values are loose JSON: whatever int()/float() cannot read counts as absent.
def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _close(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


# -- running --------------------------------------------------------------------------------
def evaluate(
    directory: Path,
    nlp: Language | None = None,
    given_published: bool = False,
    read_html: HtmlReader | None = None,
) -> tuple[dict[str, Score], list[dict]]:
    """Extract every gold document of ``directory`` and score it: (scores per field,
    per-document details). ``given_published``: give the pipeline the gold publication date
    instead of letting it read the date off the article. ``read_html`` reads ``.html``
    articles (see ``nlp.extract.read_article``)."""
    documents = load_gold(directory)
    items = []
    for doc in documents:
        item = doc.item(read_html)
        if given_published:
            item["published"] = doc.gold.get("published") or item.get("published")
        items.append(item)
    predictions = extract_documents(items, nlp=nlp)
    scores = {f: Score() for f in FIELDS}
    details = []
    for doc, predicted in zip(documents, predictions):
        per_doc = {}
        for f, (tp, missed, extra) in compare(doc.gold, predicted).items():
            s = scores[f]
            s.tp += tp
            s.fp += len(extra)
            s.fn += len(missed)
            s.misses += [(doc.article_path.name, m) for m in missed]
            s.extras += [(doc.article_path.name, e) for e in extra]
            per_doc[f] = {"tp": tp, "fp": len(extra), "fn": len(missed)}
        details.append({"document": doc.article_path.name, "fields": per_doc})
    return scores, details
