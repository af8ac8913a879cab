"""References to Indonesian regulations: type, number, year and title, long and short forms unified.

"Instruksi Presiden (Inpres) Nomor 2 Tahun 2021", "Inpres No. 2 Tahun 2021" and "Inpres 2/2021" are
one regulation: ``RegulationRef(type="Inpres", number="2", year=2021)``. Ministerial regulations
carry their ministry in the type, the way Indonesians abbreviate them: "Peraturan Menteri
Ketenagakerjaan Nomor 2 Tahun 2022" is a Permenaker, "Peraturan Menteri Keuangan" a PMK.

``find_regulations(text)`` returns every reference in order (not de-duplicated: a caller keeps
the spans); ``unique_regulations`` merges repeats of the same regulation, keeping the first title.

Regulations are also cited without a number: by name ("UU Tapera", "Undang-Undang Cipta Kerja",
"Perpres MBG"), as drafts ("RUU Perampasan Aset", "Raperda tentang Pajak Daerah"), as codes
("Pasal 378 KUHP"), the constitution ("Pasal 33 UUD 1945") and ILO conventions ("Konvensi ILO
Nomor 102"). ``find_named_regulations`` reads those (number None); ``merge_named`` drops the ones
that name a numbered regulation of the same text ("UU ITE" beside "UU Nomor 11 Tahun 2008
tentang ITE") and folds repeats into one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from indonesian.dates import INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS
from indonesian.function_words import TITLE_FUNCTION_WORDS
from indonesian.regex import alternation

__all__ = [
    "RegulationRef",
    "canonical_type",
    "find_named_regulations",
    "find_regulations",
    "merge_named",
    "single_document",
    "unique_regulations",
]

# Long forms of national and regional instruments -> canonical short type.
INSTRUMENTS: dict[str, str] = {
    "undang-undang dasar": "UUD",
    "peraturan pemerintah pengganti undang-undang": "Perppu",
    "peraturan pemerintah pengganti undang undang": "Perppu",
    # The emergency laws of the 1950s, still cited in charges ("UU Darurat Nomor 12 Tahun 1951"
    # on sharp weapons and firearms): an instrument of their own, not a plain UU.
    "undang-undang darurat": "UU Darurat",
    "undang undang darurat": "UU Darurat",
    "undang-undang": "UU",
    "undang undang": "UU",
    "peraturan pemerintah": "PP",
    "peraturan presiden": "Perpres",
    "instruksi presiden": "Inpres",
    "keputusan presiden": "Keppres",
    "peraturan daerah": "Perda",
    "peraturan gubernur": "Pergub",
    "peraturan wali kota": "Perwali",
    "peraturan walikota": "Perwali",
    "peraturan bupati": "Perbup",
    "keputusan gubernur": "Kepgub",
    "keputusan wali kota": "Kepwal",
    "keputusan walikota": "Kepwal",
    "keputusan bupati": "Kepbup",
    "peraturan otoritas jasa keuangan": "POJK",
    "surat edaran otoritas jasa keuangan": "SEOJK",
    "peraturan bank indonesia": "PBI",
    "peraturan mahkamah agung": "Perma",
    "surat edaran mahkamah agung": "SEMA",
    "peraturan mahkamah konstitusi": "PMK-MK",
    "peraturan badan penyelenggara jaminan sosial ketenagakerjaan": (
        "Peraturan BPJS Ketenagakerjaan"
    ),
    "peraturan bpjs ketenagakerjaan": "Peraturan BPJS Ketenagakerjaan",
    "peraturan badan penyelenggara jaminan sosial kesehatan": "Peraturan BPJS Kesehatan",
    "peraturan bpjs kesehatan": "Peraturan BPJS Kesehatan",
    "peraturan komisi pemilihan umum": "PKPU",
    "peraturan kpu": "PKPU",
    # Agencies' regulations and decisions by their short names: "Peraturan OJK Nomor 22 Tahun
    # 2023" is a POJK, "Keputusan KPU RI Nomor 731 Tahun 2025" a decision of the KPU.
    "peraturan ojk": "POJK",
    "peraturan bi": "PBI",
    "keputusan komisi pemilihan umum": "Keputusan KPU",
    "keputusan kpu": "Keputusan KPU",
    "peraturan badan pengawas pemilihan umum": "Perbawaslu",
    "peraturan bawaslu": "Perbawaslu",
    "peraturan kepala kepolisian negara republik indonesia": "Perkap",
    "peraturan kapolri": "Perkap",
    "peraturan kepolisian": "Perpol",
    "peraturan badan pengawas obat dan makanan": "Peraturan BPOM",
    "peraturan bpom": "Peraturan BPOM",
    "peraturan lembaga kebijakan pengadaan barang/jasa pemerintah": "Perlem LKPP",
    "surat edaran": "SE",
}
SHORT_TYPES: dict[str, str] = {
    "uud": "UUD",
    "uu darurat": "UU Darurat",
    "uu": "UU",
    "perppu": "Perppu",
    "perpu": "Perppu",
    "pp": "PP",
    "perpres": "Perpres",
    "inpres": "Inpres",
    "keppres": "Keppres",
    "kepres": "Keppres",
    "perda": "Perda",
    "pergub": "Pergub",
    "perwali": "Perwali",
    "perwal": "Perwali",
    "perwalkot": "Perwali",
    "perbup": "Perbup",
    "kepgub": "Kepgub",
    "pojk": "POJK",
    "seojk": "SEOJK",
    "pbi": "PBI",
    "perma": "Perma",
    "sema": "SEMA",
    "pkpu": "PKPU",
    "perkap": "Perkap",
    "perpol": "Perpol",
    "perbawaslu": "Perbawaslu",
    "se": "SE",
    "pmk": "PMK",
    "kmk": "KMK",
    "pma": "PMA",
    "kma": "KMA",
}
# Ministries: every way a ministry is named after "Peraturan Menteri" / "Permen" -> the suffix
# Indonesians use in the short form (Permen + aker = Permenaker). Keuangan and Agama are special:
# their regulations are PMK / PMA and decisions KMK / KMA.
MINISTRIES: dict[str, str] = {
    "ketenagakerjaan": "aker",
    "aker": "aker",
    "tenaga kerja": "aker",
    "naker": "aker",
    "menaker": "aker",
    "kemnaker": "aker",
    "tenaga kerja dan transmigrasi": "akertrans",
    "nakertrans": "akertrans",
    "akertrans": "akertrans",
    "dalam negeri": "dagri",
    "dagri": "dagri",
    "mendagri": "dagri",
    "kemendagri": "dagri",
    "kesehatan": "kes",
    "kes": "kes",
    "menkes": "kes",
    "kemenkes": "kes",
    "keuangan": "keu",
    "keu": "keu",
    "menkeu": "keu",
    "kemenkeu": "keu",
    "agama": "ag",
    "menag": "ag",
    "kemenag": "ag",
    "sosial": "sos",
    "sos": "sos",
    "mensos": "sos",
    "kemensos": "sos",
    "perhubungan": "hub",
    "hub": "hub",
    "menhub": "hub",
    "kemenhub": "hub",
    "perdagangan": "dag",
    "dag": "dag",
    "mendag": "dag",
    "kemendag": "dag",
    "perindustrian": "perin",
    "perin": "perin",
    "menperin": "perin",
    "kemenperin": "perin",
    "pertanian": "tan",
    "tan": "tan",
    "mentan": "tan",
    "kementan": "tan",
    "pendidikan dan kebudayaan": "dikbud",
    "dikbud": "dikbud",
    "mendikbud": "dikbud",
    "kemendikbud": "dikbud",
    "pendidikan, kebudayaan, riset, dan teknologi": "dikbudristek",
    "dikbudristek": "dikbudristek",
    "pendidikan kebudayaan riset dan teknologi": "dikbudristek",
    "mendikbudristek": "dikbudristek",
    "pendidikan dasar dan menengah": "dikdasmen",
    "dikdasmen": "dikdasmen",
    "hukum dan hak asasi manusia": "kumham",
    "hukum dan ham": "kumham",
    "kumham": "kumham",
    "menkumham": "kumham",
    "hukum": "kum",
    "komunikasi dan informatika": "kominfo",
    "kominfo": "kominfo",
    "menkominfo": "kominfo",
    "komunikasi dan digital": "komdigi",
    "komdigi": "komdigi",
    "pendayagunaan aparatur negara dan reformasi birokrasi": "PAN-RB",
    "panrb": "PAN-RB",
    "pan-rb": "PAN-RB",
    "pan rb": "PAN-RB",
    "menpan-rb": "PAN-RB",
    "menpanrb": "PAN-RB",
    "badan usaha milik negara": " BUMN",
    "bumn": " BUMN",
    "koperasi dan usaha kecil dan menengah": "kop UKM",
    "koperasi dan ukm": "kop UKM",
    "kop ukm": "kop UKM",
    "koperasi": "kop",
    "energi dan sumber daya mineral": " ESDM",
    "esdm": " ESDM",
    "lingkungan hidup dan kehutanan": " LHK",
    "lhk": " LHK",
    "lingkungan hidup": " LH",
    "pekerjaan umum dan perumahan rakyat": " PUPR",
    "pupr": " PUPR",
    "pekerjaan umum": " PU",
    "desa, pembangunan daerah tertinggal, dan transmigrasi": "des PDTT",
    "desa pdtt": "des PDTT",
    "desa": "des",
    "agraria dan tata ruang/badan pertanahan nasional": " ATR/BPN",
    "atr/bpn": " ATR/BPN",
    "agraria dan tata ruang": " ATR/BPN",
    "atr": " ATR/BPN",
    "kelautan dan perikanan": " KP",
    "kp": " KP",
    "pariwisata dan ekonomi kreatif": "parekraf",
    "parekraf": "parekraf",
    "pariwisata": "par",
    "luar negeri": "lu",
    "pertahanan": "han",
    "pemuda dan olahraga": "pora",
    "pora": "pora",
    "perencanaan pembangunan nasional": " PPN",
    "ppn/bappenas": " PPN",
    "ppn": " PPN",
    "sekretaris negara": "sesneg",
    "sekretariat negara": "sesneg",
    "pemberdayaan perempuan dan perlindungan anak": " PPPA",
    "pppa": " PPPA",
    "investasi": " Investasi",
    "investasi/kepala badan koordinasi penanaman modal": " Investasi",
    "riset dan teknologi": "ristek",
    "ristek": "ristek",
}
SPECIAL_MINISTRY_TYPES = {
    ("Permen", "keu"): "PMK",
    ("Kepmen", "keu"): "KMK",
    ("Permen", "ag"): "PMA",
    ("Kepmen", "ag"): "KMA",
}


YEAR = r"(?:19[4-9]\d|20\d{2})"
# "Nomor 2 Tahun 2021", "No. 2 Th. 2021", "Nomor 5/PMK.010/2020", "2/2021", "No 84 Tahun 2022".
NUMBER_PART = (
    r"(?:\s*(?:Nomor|Nomer|No\.?|Nr\.?)\s*)?(?P<number>(?:[A-Z]{2,6}\.?\s+(?=\d))?[A-Z0-9][\w.\-]*?(?:/[\w.\-]+?)*?)\s*"
    rf"(?:(?:,\s*)?(?:Tahun|Thn\.?|Th\.?)\s*(?P<year>{YEAR})|/(?P<year_slash>{YEAR}))(?![\d])"
)
LONG_INSTRUMENT = rf"(?P<long>{alternation(INSTRUMENTS)})"
LONG_MINISTERIAL = (
    r"(?P<ministerial>Peraturan|Keputusan|Instruksi|Surat\s+Edaran)"
    # its acronym may come first: "Surat Edaran (SE) Menteri Komunikasi dan Digital Nomor 5"
    r"(?:\s*\((?P<pre_bracket>(?-i:[A-Z][A-Za-z]{1,7}))\))?\s+Menteri\s+"
    r"(?P<ministry>[A-Z](?:(?!\s(?:Nomor|Nomer|No)\b)[\w,/&\- ])*?)"
)
# A short form in brackets, as texts define it: "Inpres", "Permendes PDTT", "SE", "PKPU".
ACRONYM_TYPE = r"(?-i:[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s[A-Z]{2,6})?|[A-Z][a-z]{3,12})"
SHORT_MINISTERIAL = (
    r"(?P<short_min>Permen|Kepmen|Inmen|SE\s*Men)\s*-?\s*"
    r"(?P<short_ministry>[A-Za-z][\w/\-]*(?:\s+(?:UKM|PDTT|BPN|RB))?)"
)
# Any other instrument whose text defines its short form in brackets: "Peraturan Wali (Perwali)
# Makassar Nomor 19", "Peraturan Menteri Koordinator (Permenko) Bidang Perekonomian Nomor 16".
_CAP_WORD = r"(?-i:[A-Z][\w]*)"
DEFINED_INSTRUMENT = (
    r"(?P<defined_kind>Peraturan|Keputusan|Instruksi|Surat\s+Edaran)"
    rf"(?:\s+{_CAP_WORD}){{1,4}}\s*\((?P<defined>{ACRONYM_TYPE})\)"
    rf"(?:\s+(?!(?:Nomor|Nomer|No|Nr)\b){_CAP_WORD}){{0,4}}"
    r"(?=\s*(?:Nomor|Nomer|No\.?)\s*\d)"
)
# Any agency's regulation or decision by its acronym ("Peraturan DKPP Nomor 2 Tahun 2017"): tried
# after the instruments listed by name, so "Peraturan OJK" stays a POJK.
AGENCY_INSTRUMENT = (
    r"(?P<agency_kind>Peraturan|Keputusan)\s+(?P<agency>(?-i:[A-Z]{2,8}))"
    r"(?=\s+(?:RI\s+)?(?:Nomor|Nomer|No\.?)\s*\d)"
)


def _agency_type(kind: str, agency: str) -> str:
    """ "Peraturan MA" is the Perma and "Peraturan KPU" the PKPU, as their short forms are
    written: one regulation gets one type whichever way it is cited."""
    prefixes = ("per", "p") if kind.lower() == "peraturan" else ("kep",)
    for prefix in prefixes:
        known = SHORT_TYPES.get(prefix + agency.lower())
        if known:
            return known
    return f"{kind.capitalize()} {agency}"


SHORT_INSTRUMENT = rf"(?P<short>{alternation(s for s in SHORT_TYPES)})"
# The region of a regional regulation: "Perda Provinsi Jawa Barat", "Peraturan Wali Kota Bogor".
_REGION_WORD = r"(?!(?:Nomor|Nomer|No|Nr|Tahun|Th|Thn)\b)[A-Z][\w]*"
REGION = (
    r"(?P<region>(?-i:\s+(?:(?:Provinsi|Kabupaten|Kota|Kab\.)\s+)?"
    rf"{_REGION_WORD}(?:\s+{_REGION_WORD}){{0,2}}))?"
)
# The region may follow the bracketed acronym: "Peraturan Daerah (Perda) Kota Bandung Nomor 9".
REGION_AFTER = (
    r"(?-i:(?:\s+(?:Provinsi|Kabupaten|Kota|Kab\.)\s+"
    rf"{_REGION_WORD}(?:\s+{_REGION_WORD}){{0,2}})?)"
)
# The acronym in brackets after a long form: "Instruksi Presiden (Inpres) Nomor ...".
BRACKET = r"(?:\s*\((?P<bracket>[^()\n]{2,30})\))?"

# The first letters any type can start with: a cheap look-ahead lets the engine skip most positions.
_FIRST_LETTERS = "".join(
    sorted(
        {
            w[0]
            for w in [
                *INSTRUMENTS,
                *SHORT_TYPES,
                "peraturan",
                "keputusan",
                "instruksi",
                "surat",
                "permen",
                "kepmen",
                "inmen",
                "se",
            ]
        }
    )
)
REFERENCE_RE = re.compile(
    rf"(?=[{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}])(?<![\w])(?:{LONG_MINISTERIAL}|{LONG_INSTRUMENT}|{SHORT_MINISTERIAL}|{SHORT_INSTRUMENT}|{AGENCY_INSTRUMENT}|{DEFINED_INSTRUMENT})"
    rf"{REGION}{BRACKET}{REGION_AFTER}(?:\s*-(?=\d))?\s*{NUMBER_PART}",
    re.IGNORECASE,
)
TITLE_START_RE = re.compile(r"\s*,?\s*(?:tentang|mengenai|soal)\s+", re.IGNORECASE)
# Lower-case words that may sit inside a title written in Title Case.
TITLE_CONNECTORS = TITLE_FUNCTION_WORDS | {
    "melalui",
    "antara",
    "tahun",
    "nomor",
    "tata",
    "cara",
    "of",
    "the",
}
MAX_TITLE_WORDS = 25
_TITLE_TOKEN = re.compile(r"[^\s,.;:()\"“”]+|,|\(|\)|[.;:\"“”]")


@dataclass(frozen=True, slots=True)
class RegulationRef:
    type: str
    number: str | None  # None: cited by name alone ("UU Tapera", "UUD 1945")
    year: int | None
    title: str | None
    text: str
    start: int
    end: int

    @property
    def key(self) -> tuple[str, str | None, int | None]:
        return (self.type, self.number, self.year)

    def as_dict(self) -> dict:
        return {
            "type": self.type,
            "number": self.number,
            "year": self.year,
            "title": self.title,
            "text": self.text,
        }


def _ministry_suffix(name: str) -> str | None:
    key = " ".join(name.lower().replace("–", "-").split()).strip(" ,")
    key = re.sub(r"\s*/\s*(?:kepala\s+)?", "/", key)  # "ATR/Kepala BPN" = "ATR/BPN"
    key = re.sub(r"^(?:negara\s+)", "", key)
    return MINISTRIES.get(key) or MINISTRIES.get(key.replace("republik indonesia", "").strip())


def _ministerial_type(kind: str, ministry: str) -> str:
    """("Peraturan", "Ketenagakerjaan") -> "Permenaker"; unknown ministries keep their name."""
    prefix = {"peraturan": "Permen", "keputusan": "Kepmen", "instruksi": "Inmen"}.get(
        kind.lower().split()[0], "SE Men"
    )
    if kind.lower().startswith("surat"):
        prefix = "SE Men"
    suffix = _ministry_suffix(ministry)
    if suffix is None:
        return (
            f"{prefix} {' '.join(w.capitalize() if w.islower() else w for w in ministry.split())}"
        )
    special = SPECIAL_MINISTRY_TYPES.get((prefix, suffix))
    if special:
        return special
    return prefix + suffix


def canonical_type(surface: str) -> str | None:
    """Canonical short type for a type written out: "Instruksi Presiden" -> "Inpres"."""
    key = " ".join(surface.lower().split())
    if key in INSTRUMENTS:
        return INSTRUMENTS[key]
    if key in SHORT_TYPES:
        return SHORT_TYPES[key]
    match = re.fullmatch(r"(peraturan|keputusan|instruksi|surat edaran) menteri (.+)", key)
    if match:
        return _ministerial_type(match[1], match[2])
    match = re.fullmatch(r"(permen|kepmen|inmen)\s*-?\s*(.+)", key)
    if match:
        return _short_ministerial_type(match[1], match[2])
    return None


def _short_ministerial_type(prefix: str, ministry: str) -> str | None:
    prefix = {"permen": "Permen", "kepmen": "Kepmen", "inmen": "Inmen"}.get(
        prefix.lower().replace(" ", ""), "SE Men"
    )
    suffix = _ministry_suffix(ministry)
    if suffix is None:
        return None
    return SPECIAL_MINISTRY_TYPES.get((prefix, suffix), prefix + suffix)


def _defined_type(kind: str, acronym: str | None) -> str | None:
    """The short form a text defines in brackets is the type ("Surat Edaran (SE) Menteri ..." is
    an SE), when it abbreviates the instrument: its first letter is the kind's ("Keputusan
    Direktur Jenderal Pajak (DJP)" names the issuer, not the decision)."""
    if acronym and acronym[0].lower() == kind.strip()[0].lower():
        return SHORT_TYPES.get(acronym.lower(), acronym)
    return None


def _type_of(match: re.Match) -> str | None:
    if match["defined"]:
        return _defined_type(match["defined_kind"], match["defined"])
    if match["ministerial"]:
        defined = _defined_type(match["ministerial"], match["pre_bracket"])
        if defined:
            return defined
        ministry = match["ministry"]
        if _ministry_suffix(ministry) is None and match["region"]:
            # The lazy ministry group may stop early: "Dalam" + "Negeri (Permendagri)".
            ministry = f"{ministry} {match['region'].strip()}"
        return _ministerial_type(match["ministerial"], ministry)
    if match["long"]:
        return INSTRUMENTS[" ".join(match["long"].lower().split())]
    if match["short_min"]:
        prefix = match["short_min"].lower().replace(" ", "")
        return _short_ministerial_type(
            "se" if prefix == "semen" else prefix, match["short_ministry"]
        )
    if match["agency"]:
        return _agency_type(match["agency_kind"], match["agency"])
    short = match["short"]
    # Short types are acronyms: "UU", "PP" must be written in capitals (or their usual mixed case).
    if (
        short.split()[0].lower() in {"uu", "pp", "se", "pmk", "kmk", "pma", "kma", "pbi", "uud"}
        and not short.split()[0].isupper()
    ):
        return None
    if short.islower():
        return None
    return SHORT_TYPES[short.lower()]


def _title_after(text: str, position: int) -> tuple[str | None, int]:
    """The title after "tentang" at ``position``, and where it ends.

    Titles are written in Title Case with lower-case connectors; a title written in lower case
    runs to the next punctuation mark.
    """
    start_match = TITLE_START_RE.match(text, position)
    if not start_match:
        return None, position
    cursor = start_match.end()
    words: list[tuple[str, int]] = []
    tokens = list(_TITLE_TOKEN.finditer(text, cursor, min(len(text), cursor + 400)))
    if not tokens:
        return None, position
    title_case = tokens[0].group(0)[:1].isupper()
    for i, token in enumerate(tokens):
        word = token.group(0)
        if "\n" in text[cursor : token.start()]:
            break
        if word in {".", ";", ":", "(", ")", '"', "“", "”"}:
            break
        if word == ",":
            nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            if not (title_case and (nxt[:1].isupper() or nxt == "dan")):
                break
        elif title_case and not (
            word[:1].isupper() or word[:1].isdigit() or word.lower() in TITLE_CONNECTORS
        ):
            break
        elif not title_case and word.lower() in {
            "yang",
            "untuk",
            "agar",
            "sehingga",
            "karena",
            "namun",
        }:
            break
        words.append((word, token.end()))
        cursor = token.end()
        if len(words) >= MAX_TITLE_WORDS:
            break
    # A title never ends on a connector or a comma.
    while words and (words[-1][0] == "," or words[-1][0].lower() in TITLE_CONNECTORS):
        words.pop()
    if not words:
        return None, position
    end = words[-1][1]
    title = re.sub(r"\s+,", ",", " ".join(w for w, _ in words))
    return title, end


def find_regulations(text: str) -> list[RegulationRef]:
    """Every numbered regulation reference in ``text``, in order of appearance."""
    found: list[RegulationRef] = []
    matches = list(REFERENCE_RE.finditer(text))
    for i, match in enumerate(matches):
        kind = _type_of(match)
        number = match["number"].strip(".-/")
        year = int(match["year"] or match["year_slash"])
        if kind is None or not number or not any(ch.isdigit() for ch in number):
            continue
        if kind == "SE" and not re.search(r"\d", number):
            continue
        # A title stops where the next reference starts ("..., Jaminan Sosial, PP Nomor 44 ...").
        limit = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        title, end = _title_after(text[:limit], match.end())
        end = max(end, match.end())
        found.append(
            RegulationRef(kind, number, year, title, text[match.start() : end], match.start(), end)
        )
    return found


def unique_regulations(refs: list[RegulationRef]) -> list[RegulationRef]:
    """One reference per regulation (type, number, year), the first title found kept."""
    merged: dict[tuple[str, str | None, int | None], RegulationRef] = {}
    for ref in refs:
        known = merged.get(ref.key)
        if known is None:
            merged[ref.key] = ref
        elif known.title is None and ref.title:
            merged[ref.key] = replace(known, title=ref.title)
    return list(merged.values())


# -- regulations cited without a number
# -------------------------------------------------------------
# The constitution: "UUD 1945", "Undang-Undang Dasar (UUD) 1945", "UUD NRI Tahun 1945",
# "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945".
CONSTITUTION_RE = re.compile(
    r"(?=[Uu])(?<![\w-])(?:UUD|[Uu]ndang-[Uu]ndang\s+Dasar)(?:\s*\(UUD\))?"
    r"(?:\s+(?:Negara\s+Republik\s+Indonesia|NRI|RI))?(?:\s+Tahun)?\s+(?:19)?45(?!\d)"
)
# Codes: "KUHP", "Kitab Undang-Undang Hukum Pidana", "KUHAP", "KUH Perdata". "KUHPidana" (as
# "KUHPerdata") is the penal code written with its last word in full, as indictments cite it
# ("Pasal 55 ayat (1) ke-1 KUHPidana").
CODES: dict[str, str] = {
    "kuhp": "KUHP",
    "kuhpidana": "KUHP",
    "kuh pidana": "KUHP",
    "hukum pidana": "KUHP",
    "kuhap": "KUHAP",
    "hukum acara pidana": "KUHAP",
    "kuhperdata": "KUHPerdata",
    "kuh perdata": "KUHPerdata",
    "kuhper": "KUHPerdata",
    "hukum perdata": "KUHPerdata",
    "kuhd": "KUHD",
    "hukum dagang": "KUHD",
}
CODE_RE = re.compile(
    r"(?=[KUu])(?<![\w-])(?:(?P<short>KUH\s?Pidana|KUHP|KUHAP|KUH\s?Perdata|KUHPer|KUHD)"
    r"|(?:Kitab\s+)?[Uu]ndang-[Uu]ndang\s+(?P<long>Hukum\s+(?:Acara\s+Pidana|Pidana|Perdata|Dagang)))"
    # "KUH Pidana Militer", "KUHP Militer": the military penal code (KUHPM), not the KUHP
    r"(?![\w-])(?!\s+Militer)"
    rf"(?:\s+(?:Tahun|[Bb]aru)?\s*(?P<year>{YEAR})(?!\d))?"
)
# International instruments by the body that adopted them, with a number or a subject: "Konvensi
# ILO Nomor 102", "Konvensi ILO C190", "Deklarasi PBB tentang Pembela HAM (1998)".
ADOPTED_INSTRUMENT_RE = re.compile(
    r"(?=[KkDdPp])(?<![\w-])(?P<instrument>[Kk]onvensi|[Dd]eklarasi|[Kk]ovenan|[Pp]rotokol|[Pp]iagam)\s+"
    r"(?P<body>ILO|Organisasi\s+Perburuhan\s+Internasional(?:\s*\(ILO\))?|(?-i:[A-Z]{2,8}(?![\w-])))"
    r"(?:\s*(?:Nomor|Nomer|No\.?)?\s*C?(?P<number>\d{1,3})(?![\d/]))?"
    rf"(?:\s*(?:,\s*)?Tahun\s+(?P<year>{YEAR}))?"
)
# A type followed by a name: "UU Tapera", "RUU Perampasan Aset", "Perpres Tata Kelola MBG",
# "Rancangan Peraturan Daerah (Raperda) tentang ...". Acronyms are written in capitals; the long
# forms may start in either case. "PP" and "Perda" stand for much else ("PP Muhammadiyah",
# "Perda DKI"): they count only with "tentang".
NAMED_TYPES: dict[str, str] = {
    "uu": "UU",
    "undang-undang": "UU",
    "undang undang": "UU",
    "ruu": "RUU",
    "rancangan undang-undang": "RUU",
    "rancangan undang undang": "RUU",
    "raperda": "Raperda",
    "ranperda": "Raperda",
    "rancangan peraturan daerah": "Raperda",
    "rpp": "RPP",
    "rancangan peraturan pemerintah": "RPP",
    "perpres": "Perpres",
    "peraturan presiden": "Perpres",
    "rancangan peraturan presiden": "Perpres",
    "rancangan perpres": "Perpres",
    "ranperpres": "Perpres",
    "perppu": "Perppu",
    "pp": "PP",
    "peraturan pemerintah": "PP",
    "perda": "Perda",
    "peraturan daerah": "Perda",
}
# Types that name a regulation only with "tentang" after them; alone they are bodies too
# ("PP Muhammadiyah", "Perda" as a short form).
ONLY_WITH_TENTANG = {"PP", "Perda"}
NAMED_RE = re.compile(
    r"(?=[URPurp])(?<![\w-])(?:(?P<short>UU|RUU|RPP|Raperda|Ranperda|Ranperpres|Perpres|Perppu|PP|Perda)"
    r"|(?P<long>(?i:(?:rancangan\s+)?(?:undang-undang|undang\s+undang|peraturan\s+presiden|"
    r"peraturan\s+pemerintah|peraturan\s+daerah)|rancangan\s+perpres)))"
    r"(?![\w-])(?:\s*\((?P<bracket>[A-Za-z]{2,12})\))?"
)
# Words that end a name: numbers and articles of it, titles of people, days and months.
_NAME_STOP = {
    "nomor",
    "nomer",
    "no",
    "nr",
    "pasal",
    "ayat",
    "huruf",
    "ri",
    "nri",
    "dasar",
    "tersebut",
    "itu",
    "ini",
    "presiden",
    "wakil",
    "menteri",
    "ketua",
    "kepala",
    "gubernur",
    "bupati",
    "wali",
    "sekjen",
    "dirut",
    "direktur",
    "juncto",
    "jo",
    "jounto",
    "yang",
    "dan/atau",
    # another regulation: "Undang-Undang Keistimewaan dan Peraturan Gubernur"
    "peraturan",
    "keputusan",
    "instruksi",
    "surat",
    "uu",
    "ruu",
    "pp",
    "perpres",
    "perda",
    "perppu",
}
_NAME_STOP |= {*INDONESIAN_WEEKDAYS, *INDONESIAN_MONTHS}
_NAME_CONNECTORS = {"dan", "atas", "serta", "&"}
_REGION_START = {"provinsi", "kabupaten", "kota", "kab", "dki", "diy"}
_NAME_WORD = re.compile(r"[ \t\xa0]+([^\s,.;:!?()\"“”'‘’]+)")  # a name never runs over a line
MAX_NAME_WORDS = 8


def _name_after(text: str, position: int) -> tuple[list[str], int, int | None]:
    """Title-Case words after a type ("UU Cipta Kerja"): (words, end, year written after)."""
    words: list[str] = []
    end, year, cursor, pending = position, None, position, []
    while len(words) < MAX_NAME_WORDS:
        m = _NAME_WORD.match(text, cursor)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if re.fullmatch(YEAR, word) or low == "tahun":
            y = re.match(rf"(?:\s+[Tt]ahun)?\s+({YEAR})(?!\d)", text[cursor : cursor + 20])
            if y and words:
                year, end = int(y.group(1)), cursor + y.end()
            break
        if low in _NAME_CONNECTORS:
            pending.append((word, m.end()))
            cursor = m.end()
            continue
        if low in _NAME_STOP or not (word[:1].isupper() or word[:1].isdigit()):
            break
        glued = re.search(r"(?:juncto|jounto)", word)  # "UU TipikorjunctoPasal 55"
        if glued:
            words += [w for w, _ in pending] + [word[: glued.start()]]
            end = m.start(1) + glued.start()
            break
        words += [w for w, _ in pending] + [word]
        pending = []
        cursor = end = m.end()
        if len(words) == 1 and len(word) > 1 and word.isupper():
            # An acronym is the whole name ("UU ITE Terkait Tuduhan ..." in a headline), its
            # year apart ("UU APBN 2025").
            y = re.match(rf"(?:[ \t]+[Tt]ahun)?[ \t]+({YEAR})(?!\d)", text[cursor : cursor + 20])
            if y:
                year, end = int(y.group(1)), cursor + y.end()
            break
    return words, end, year


_AMENDS_RE = re.compile(r"[ \t]+atas[ \t]+", re.IGNORECASE)
TYPE_BEFORE_TENTANG_RE = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]{1,20})(?=[ \t]*,?[ \t]*tentang[ \t])"
)


def _amended(
    text: str, title: str, end: int, numbered: list[RegulationRef]
) -> RegulationRef | None:
    """The numbered regulation an amendment names: "RUU Perubahan Ketiga atas UU Nomor 8 Tahun
    2019 tentang ..." (Indonesian amending acts are titled "Perubahan ... atas <the act>")."""
    if "perubahan" not in title.lower().split():
        return None
    after = _AMENDS_RE.match(text, end)
    if after is None:
        return None
    return next((r for r in numbered if r.start == after.end()), None)


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip(" ,")


def find_named_regulations(
    text: str, numbered: list[RegulationRef] | None = None
) -> list[RegulationRef]:
    """Regulations cited without a number, in order: number None, year when written, the name
    as title ("UU Tapera" -> UU, "Tapera"). Mentions inside a numbered reference are skipped."""
    numbered = find_regulations(text) if numbered is None else numbered
    taken = [(r.start, r.end) for r in numbered]
    found: list[RegulationRef] = []

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    def add(
        kind: str, number: str | None, year: int | None, title: str | None, start: int, end: int
    ) -> None:
        # An amendment's title holds the numbered regulation it amends: only its own words count.
        own_end = next((r.start for r in numbered if start < r.start < end), end)
        if free(start, own_end):
            found.append(RegulationRef(kind, number, year, title, text[start:end], start, end))
            taken.append((start, end))

    # Substring checks first: most articles cite none of these and the scans then cost nothing.
    for m in CONSTITUTION_RE.finditer(text) if "45" in text else ():
        add("UUD", None, 1945, "UUD 1945", m.start(), m.end())
    adopted_cited = any(w in text for w in ("onvensi", "eklarasi", "ovenan", "rotokol", "iagam"))
    conventions = list(ADOPTED_INSTRUMENT_RE.finditer(text)) if adopted_cited else []
    for i, m in enumerate(conventions):
        limit = conventions[i + 1].start() if i + 1 < len(conventions) else len(text)
        title, end = _title_after(text[:limit], m.end())
        year = int(m["year"]) if m["year"] else None
        adopted = re.match(rf"\s*\(({YEAR})\)", text[end:limit]) if title else None
        if adopted:  # "tentang Pembela HAM (1998)": the year it was adopted
            year, end = int(adopted.group(1)), end + adopted.end()
        if m["number"] or title:
            body = "ILO" if "ILO" in m["body"] or m["body"].startswith("Organisasi") else m["body"]
            kind = f"{m['instrument'].capitalize()} {body}"
            add(kind, m["number"], year, title, m.start(), max(end, m.end()))
    for m in CODE_RE.finditer(text) if "KUH" in text or "Hukum" in text else ():
        if re.search(r"(?:RUU|[Rr]ancangan)\s+$", text[max(0, m.start() - 12) : m.start()]):
            continue  # "RUU KUHAP" is a draft, read below
        key = " ".join((m["short"] or m["long"]).lower().split())
        code = CODES[key]
        add(code, None, int(m["year"]) if m["year"] else None, code, m.start(), m.end())
    matches = list(NAMED_RE.finditer(text))
    for i, m in enumerate(matches):
        kind = NAMED_TYPES[" ".join((m["short"] or m["long"]).lower().split())]
        limit = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        title, end = _title_after(text[:limit], m.end())
        year = None
        if not title:
            if kind in ONLY_WITH_TENTANG:
                continue
            words, end, year = _name_after(text[:limit], m.end())
            if not words or words[0].lower().strip(".") in _REGION_START:
                continue
            title = " ".join(words)
            acronym = re.match(r"\s*\(([A-Z][\w-]{1,11})\)", text[end:limit])
            if acronym:
                title, end = f"{title} ({acronym.group(1)})", end + acronym.end()
        amended = _amended(text, title, end, numbered)
        if amended:
            title, end = f"{title} atas {amended.text}", amended.end
        if not free(m.start(), m.end()):
            continue
        add(kind, None, year, _clean_title(title), m.start(), end)
    # Any other type with "tentang" and no number: "PKPU tentang Pilpres", "Pergub tentang ...".
    for m in TYPE_BEFORE_TENTANG_RE.finditer(text) if "tentang" in text else ():
        word = m.group(1)
        cited = canonical_type(word)
        if cited is None or word.lower() in NAMED_TYPES or (len(word) <= 3 and not word.isupper()):
            continue
        subject, end = _title_after(text, m.end())
        if subject:
            add(cited, None, None, _clean_title(subject), m.start(), end)
    return sorted(found, key=lambda r: r.start)


def single_document(kind: str | None, title: str | None) -> str | None:
    """The one document a reference names when its type cannot name another: the constitution
    ("UUD") and the codes, however the type is written ("KUHP", or "UU" titled "KUHP" /
    "Kitab Undang-Undang Hukum Pidana"). None for any other regulation."""
    kind = (kind or "").strip()
    if kind.upper() == "UUD" or kind in _FAMILY:
        return kind.upper() if kind.upper() == "UUD" else kind
    if kind.upper() in {"UU", "UNDANG-UNDANG"} and title:
        code = CODE_RE.fullmatch(title.strip())
        if code:
            return CODES[" ".join((code["short"] or code["long"]).lower().split())]
    return None


# Laws whose codes are laws too: "KUHP" beside "UU Nomor 1 Tahun 2023 tentang KUHP" is that UU.
_FAMILY = {"KUHP": "UU", "KUHAP": "UU", "KUHPerdata": "UU", "KUHD": "UU"}


def _title_keys(ref: RegulationRef) -> set[str]:
    """Ways a title is named: its words, its acronym in brackets, the initials of its words
    ("Informasi dan Transaksi Elektronik" -> "ite")."""
    if not ref.title:
        return set()
    keys = set()
    bracket = re.search(r"\(([^()]+)\)", ref.title)
    if bracket:
        keys.add(bracket.group(1).lower())
    bare = re.sub(r"\([^()]*\)", " ", ref.title)
    words = re.findall(r"[\w-]+", bare)
    if words:
        keys.add(" ".join(w.lower() for w in words))
    initials = "".join(w[0] for w in words if w.lower() not in TITLE_CONNECTORS and w[:1].isupper())
    if len(initials) >= 2 and len(words) >= 2:
        keys.add(initials.lower())
        # and of the name a title ends on: "Tata Kelola Program Makan Bergizi Gratis" is
        # cited as "Perpres MBG"
        for start in range(1, len(initials) - 2):
            keys.add(initials[start:].lower())
    if ref.type in _FAMILY:
        keys.add(ref.type.lower())
    return keys


def _contains_words(longer: set[str], shorter: set[str]) -> bool:
    return any(f" {s} " in f" {long} " for s in shorter for long in longer)


def merge_named(numbered: list[RegulationRef], named: list[RegulationRef]) -> list[RegulationRef]:
    """The named regulations that are not a numbered one of the same text, each once.

    "UU ITE" is dropped beside "UU Nomor 11 Tahun 2008 tentang ITE"; "UU Informasi dan Transaksi
    Elektronik (ITE)" and a later "UU ITE" are one regulation (the longer title kept)."""
    out: list[RegulationRef] = []
    for ref in named:
        family = _FAMILY.get(ref.type, ref.type)
        keys = _title_keys(ref)
        if any(_FAMILY.get(r.type, r.type) == family and keys & _title_keys(r) for r in numbered):
            continue
        for i, known in enumerate(out):
            known_keys = _title_keys(known)
            if (
                known.type == ref.type
                and known.number == ref.number
                and (
                    keys & known_keys
                    or _contains_words(known_keys, keys)
                    or _contains_words(keys, known_keys)
                )
            ):
                if len(ref.title or "") > len(known.title or ""):
                    out[i] = replace(known, title=ref.title, year=known.year or ref.year)
                break
        else:
            out.append(ref)
    return out
