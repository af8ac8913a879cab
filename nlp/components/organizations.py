"""Organisations: known ones from data, acronym definitions, and head-word patterns.

Three sources, in order of trust:

1. **Known organisations** (``nlp/data/organizations.yaml``): every alias resolves to one canonical
   entry (BPJAMSOSTEK, BPJamsostek, BP Jamsostek, BPJS-TK -> ``bpjs-ketenagakerjaan``).
2. **Acronym definitions** in the text, "Asosiasi Pemerintah Kota Seluruh Indonesia (Apeksi)":
   the long form starts at an organisation head word whose initial is the acronym's; afterwards
   the bare acronym is a mention of the same organisation.
3. **Head-word patterns** for organisations the data does not know: "Kementerian ...",
   "Dinas Tenaga Kerja Kota Bogor", "PT Maju Bersama Tbk", "Universitas Gadjah Mada",
   "DPRD Kota Bogor".

Writes ``doc.spans["organizations"]`` (label = kind, kb_id = canonical slug),
``doc._.organizations`` (one dict per canonical organisation, in order of first mention) and
``doc.spans["buildings"]`` (the mentions of buildings and venues read as no organisation).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Collection, Iterator, Mapping, NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from indonesian.dates import INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS
from nlp import extensions  # noqa: F401  (registers the Doc attributes)
from nlp.lexicon import (
    AREA_LEVEL_WORDS,
    COUNT_WORDS,
    KnownOrg,
    OrgLexicon,
    alternation,
    branching_org_ids,
    cues,
    foreign_countries,
    foreign_countries_lower,
    load_yaml,
    match_place,
    normalize_name,
    occupations,
    org_heads,
    org_lexicon,
    place_names,
    region_named,
    regional_government,
    regional_government_exact,
    regional_namesakes,
    regional_offices,
    roles,
    school_heads,
    slugify,
    standing_words,
    unit_parents,
)
from nlp.name_variants import Form, company_initials, folded_keys, spelled_company
from nlp.name_variants import letters_in_order as _letters_in_order
from nlp.names import (
    balinese_openings,
    currency_words,
    name_particles,
    name_titles,
    person_name_words,
)
from nlp.org_context import (
    after_initials_word,
    in_initials_list,
    place_word_before,
    spelled_after_definitions,
    spelled_definitions,
)
from nlp.org_gazetteer import known_names
from nlp.person_names import platform_names, thing_nouns, venue_heads
from nlp.role_attachment import unit_titles
from nlp.textutil import (
    CONNECTORS,
    Ranges,
    Word,
    char_span,
    clean_spaces,
    doc_text,
    headline_ranges,
    is_roman_numeral,
    only_spaces,
    phrase_pattern,
    roman_value,
    sentence_ranges,
    words_in,
)
from nlp.vocabulary import is_common
from nlp.word_classes import is_non_noun

if TYPE_CHECKING:  # the regions load lazily, with the first region looked up
    from indonesian.regions import Region

SPAN_KEY = "organizations"
# The mentions of buildings and venues written with an organisation's head ("Renovasi Hotel
# Bumi Minang", "di Ruang Andrawina, Hotel Owabong"), read as no organisation.
BUILDINGS_KEY = "buildings"

# "(Apeksi)", "(APHTN-HAN)", "(PPN/Bappenas)", "(Pemprov Jabar)"
_PAREN = re.compile(r"\(([^()\n]{2,40})\)")
_SPACES = re.compile(r" +")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&./'-]*(?: [A-Z][A-Za-z0-9&./'-]*)?")
# How far back a venue word is read before a secretariat ("di ruang rapat utama Setda").
_VENUE_WINDOW = 3
# Words between a subject and its verb ("Facebook *telah* menghapus"; `_acting_after`).
_AUXILIARIES = frozenset(w.lower() for w in load_yaml("org_heads.yaml")["subject_auxiliaries"])
# How far after a name its verb is read, past auxiliaries ("Facebook telah *menghapus*").
_VERB_WINDOW = 3
# How far back in the clause a word of a platform's people, side or regulator is read before
# it ("*bekerja* sebagai insinyur di Facebook", "*bekerja* selama lima tahun di Facebook").
_PLATFORM_COMPANY_WINDOW = 6
# A meN- verb: the clause's own action ("sekolah *mengunggah* pengumuman di Facebook"), so a
# company word before it is not the platform's (`_platform_company_at`).
_MEN_VERB = re.compile(r"(?:me[mn]?|meng|meny)[a-z]{3,}$")
# An active verb: the meN- and ber- forms ("menghapus", "memblokir", "berjanji").
_ACTIVE_VERB = re.compile(r"(?:me[mn]?|meng|meny|ber)[a-z]{3,}$")
# Lower-case words allowed inside a long form besides connectors ("Terintegrasi indonesia").
_LOWER_NAME_WORDS = frozenset(
    {"indonesia", "nasional", "internasional", "seluruh", "republik", "daerah", "pusat"}
)
_MAX_LONG_FORM_WORDS = 14
# Proper heads of bodies often named after another body, whose name holds that body's
# ("Universitas *Muhammadiyah* Malang", "Rumah Sakit PKU *Muhammadiyah*", "Yayasan Perguruan
# Pendidikan *Nahdlatul Ulama*", "Museum *Bank Indonesia*"): every `university` head of
# org_heads.yaml (universities and hospitals) and these of its `other` proper heads.
_NAMED_AFTER_OTHER_HEADS = frozenset({"yayasan", "hotel", "museum", "kawasan industri"})
# Hospital heads: a "Dr."/"dr." after them is part of the name ("RSUD Dr. Soetomo", "Rumah
# Sakit Islam Dr. Soetomo Surabaya"), not a person's title.
_HOSPITAL_HEADS = frozenset({"rumah sakit", "rs", "rsu", "rsud", "rsup"})
_LIST_CONNECTORS = frozenset({"dan", "serta", "atau", "&"})
# Lower-case words inside a name the NER found: "Bank Ekspor dan Impor", "Institute of ...".
_NAME_CONNECTORS = frozenset({"dan", "of", "and", "&", "for", "the", "de"})
# English last words too loose to vouch for a name alone ("Family Office").
_WEAK_TAILS = frozenset({"office", "bank", "board", "forum", "company"})
# Kinds of known organisations that have regional branches of their own (Apindo Jawa Tengah).
_BRANCHING_KINDS = frozenset({"association", "chamber", "union"})
# Between an organisation and its region: its bracketed acronym, or nothing.
# "UU Nomor 24 Tahun 2011 tentang *Badan Penyelenggara Jaminan Sosial*": a body named in a
# regulation's title is what the regulation is about, not an organisation of the article.
_REGULATION_TITLE_BEFORE = re.compile(
    r"(?:Tahun\s+\d{4}|\d{1,4}/\d{4}|Nomor\s+\d+[A-Z]?)"
    r"\s+tentang\s+(?:Perubahan\s+atas\s+)?$",
    re.IGNORECASE,
)
# "Kodam IV/Diponegoro", "Kodim 0830/Surabaya", "Korem 074/Warastratama", "Lanud Halim"
_MILITARY_NUMBER = re.compile(r"(?:[IVX]{1,5}|\d{2,4})(?:/[A-Z][\w-]*(?:\.[\w-]+)*)?(?![\w/])")
# "Polsek Ilir Barat *1*", "Polsek Seberang Ulu *II*": a sector's number after its place
_SECTOR_NUMBER = re.compile(r"[ \t]+([IVX]{1,4}|\d{1,2})(?![\w/.,-]\w)(?![\w/-])")
# the word (empty at a punctuation mark or the line's end) after a position
_NEXT_WORD = re.compile(r"[ \t]*(?:([\w-]+)|[,.;:!?)\n\"”]|\Z)")
# "Kementerian Pendidikan Dasar*, dan Pendidikan* Menengah": the first word after "dan"
_DAN_WORD_AFTER = re.compile(r",?[ \t]+dan[ \t]+([A-Z][\w-]*)")
# "Institute *for* ASEAN *and* East Asia": an English connector before a name's next words ("the"
# and "on" open no continuation: "Bank Mandiri and *the* Jakarta Post")
_ENGLISH_CONNECTOR = re.compile(r"[ \t]+(?:of|for|and)[ \t]+(?=[A-Z])")
# English compass words: the place after one goes on a region's name ("East *Asia*")
_ENGLISH_COMPASS = frozenset({"east", "west", "north", "south", "southeast", "central", "middle"})
# one capitalised word after a space: "Kodam V *Brawijaya*"
_SPACED_WORD = re.compile(r"[ \t]+([A-Z][\w-]+)(?![\w/-])")
# Last words that make the capitalised words before them a company: "Musim Mas Group".
_TAIL_WORD = (
    r"(?:Group|Grup|Holdings?|Corporation|Corp\.|Inc\.?|Ltd\.?|Limited|Company|"
    r"Sekuritas|Securities|Capital|Invest|Partners|Ventures|Technologies|Motors|Airlines|"
    r"Airways|Industries|LLC|Plc|GmbH|Energy|Power|Minerals|Mining|Resources|Earths|"
    r"Economics|Logistics|Pharmaceuticals?|Insurance|Investments|Exchange|"
    r"Foundation|Institute|Center|Centre|Watch|Studies|Bank|Initiative|Task[ \t]+Force|"
    # legal forms of companies abroad, which close a company's name, one after another too
    # ("Roatex Ltd *Zrt*", "Petronas Dagangan *Sdn Bhd*"; org_heads.yaml company_legal_forms)
    + "|".join(re.escape(f) for f in load_yaml("org_heads.yaml")["company_legal_forms"])
    + r")"
)
# English last words of bodies that are no company: "Human Rights Watch", "CT ARSA Foundation".
# A civic initiative and a task force are bodies by their last words too ("Pakistan Air Quality
# Initiative", "Gas Advocacy Task Force"; session 54b).
_CIVIC_TAILS = frozenset({"initiative", "force"})
_BODY_TAILS = (
    frozenset({"foundation", "institute", "center", "centre", "watch", "studies"}) | _CIVIC_TAILS
)
# After the last word the name goes on ("Luxembourg Institute *of* Socio-Economic Research"),
# or before its first word it began ("Center of Economic *and* Law Studies"): a cut name.
_NAME_GOES_ON = re.compile(r"[ \t]+(?:of|for|on|and|&)[ \t]+[A-Z]")
# "... Hendrawan Pratikno selaku peneliti": the words before are a holder's name.
_HOLDER_MARKER = re.compile(r"(?:[ \t]+[A-Z][\w'.-]*){0,3},?[ \t]+(?:selaku|sebagai)(?![\w-])")
# A lower-case word going on after a name ("Exim Bank *kemudian* menerbitkan"), and the words
# that would make it a list's item instead.
_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)")
_LIST_WORDS = (_LIST_CONNECTORS - {"&"}) | {"and", "hingga", "maupun"}
_BRACKETED_SHORT_FORM = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,7})\)")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z0-9]")
_NAME_BEGAN = re.compile(r"(?<![\w-])(?:of|for|on|and|the|&)[ \t]+$", re.IGNORECASE)
# English last words that are also ordinary nouns: the words before them must hold a proper
# name, not only English adjectives or nouns ("Rystad Energy", not "Renewable Energy").
_WEAK_COMPANY_TAILS = frozenset(
    {
        "energy",
        "power",
        "minerals",
        "mining",
        "resources",
        "earths",
        "economics",
        "logistics",
        "pharmaceuticals",
        "insurance",
        "investments",
        "exchange",
        "center",
        "centre",
        "watch",
        "studies",
        "initiative",
        "force",
    }
)
# English words that make a long form a body's name: "World Health Organization (WHO)".
_ENGLISH_BODY_WORDS = frozenset(
    {
        "organization",
        "organisation",
        "agency",
        "association",
        "institute",
        "council",
        "commission",
        "committee",
        "fund",
        "bank",
        "union",
        "party",
        "court",
        "authority",
        "board",
        "department",
        "ministry",
        "office",
        "bureau",
        "corporation",
        "company",
        "group",
        "university",
        "forum",
        "foundation",
        "federation",
        "society",
        "centre",
        "center",
        "service",
        "network",
        "alliance",
    }
)
_ENGLISH_COMMON = re.compile(
    r"(?:able|ible|al|ive|ment|tion|sion|ity|ic|ous|ent|ant|ing|ed|ness|ary|ory)$"
)
_ENGLISH_GENERIC = frozenset(
    {
        "new",
        "clean",
        "green",
        "global",
        "world",
        "solar",
        "wind",
        "smart",
        "digital",
        "future",
        "rare",
        "critical",
        "natural",
        "human",
        "energy",
        "power",
        "stock",
        "data",
    }
)
_ENDS_IN_TAIL = re.compile(_TAIL_WORD + r"$")
# An event's or a prize's word right after a body's last word makes the whole an event's name
# ("Asia Digital Initiative *Summit*", "Women Leadership Foundation *Award*"; cues.yaml
# citation_event_heads), and a programme's noun before a civic tail a programme's
# ("program Open Data Initiative"; name_markers.yaml thing_nouns; `_WORD_BEFORE` below).
# Session 54 review.
_EVENT_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")
# An English university's name (session 49): "The University of Edinburgh", "University of
# Chicago" read forward, "Coventry University", "Monash University" read back from the word.
# An English body named by its head first: "The University of Edinburgh" and, since session 54b,
# a research centre, "Centre for Peace and Security" (only with "for": "Center of Excellence" is
# a kind; never "Center" last, a venue's word).
_ENGLISH_UNIVERSITY = re.compile(
    r"(?<![\w-])(?:(?:The[ \t]+)?(?P<head>University[ \t]+of|Cent(?:re|er)[ \t]+for)"
    r"[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}|University)(?![\w-])"
)
_OF_AFTER = re.compile(r"[ \t]+(?:of|for|and|&)(?![\w-])")
# A title of a work before an English name ("film Monsters University", "novel ..."): the
# words are the work's title, not a body's name (session 49)
_FOR_A_NAME = re.compile(r"[ \t]+(?:untuk|bagi)[ \t]+[A-Z]")
_WORK_BEFORE = re.compile(
    r"(?<![\w-])(?:film|buku|novel|judul|lagu|serial|album|drama)[ \t]+$", re.IGNORECASE
)
_COMPANY_TAIL = re.compile(r"(?<![\w-])" + _TAIL_WORD + r"(?:[ \t]+" + _TAIL_WORD + r")*(?![\w-])")
_BOARD_OF = re.compile(r"[ \t]+(?!RI\b)[A-Z][A-Za-z]*[A-Z]|[ \t]+Partai\b")
_SCHOOL_NUMBER = re.compile(r"[ \t]+\d{1,3}(?![\w/.,])")
# After a known body inside a school's name, the school's own number or proper word
_SCHOOL_NAME_GOES_ON = re.compile(r"[ \t]+(?:\d{1,3}|[A-Z][a-z][\w-]*)(?![\w/.,-]\w)")
# The kinds of known bodies that schools are named after: mass and religious organisations and
# professional associations ("MTs NU", "SMA Muhammadiyah", "SMK PGRI") and companies ("SMK
# Telkom"). The state (ministries, agencies, courts, police, BPJS) names no school: "SMA BNN",
# "Sekolah Rakyat Kemensos" are the body's own work or a school it visits.
_SCHOOL_NAMESAKE_KINDS = frozenset({"association", "company"})
# the kind the rules give a club ("klub Persib Bandung", "tim sepakbola ... Levante")
_CLUB_KIND = "other"
# a match's score right after a side: "Atletico Madrid *4-0*"
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}-\d{1,2}(?![\d-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”\n])\s*$")
# The field of a ministry or agency after its acronym: "(Kemenko) *Bidang* Perekonomian".
_FIELD = re.compile(r"[ \t]+Bidang(?![\w-])")
# A person's title opening a name ("RSUP *Prof* Ngoerah", "RSUD *dr.* Soetomo").
_LEADING_TITLE = re.compile(r"^(?:(?:Prof|Dr|dr|Drs|Ir|H|Hj|KH)\.?[ \t]+)+(?=\S)")
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d{2}(?![\w/])")
_COMPASS_WORDS = frozenset({"utara", "selatan", "barat", "timur", "tengah"})
# An acronym naming a task force: "Satgas *PKH*", "Satgas *PPKPT*" (not "Satgas *RW*").
_TASK_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,7}")
# What a team does, a pe-...-an noun: "Penertiban", "Pengendalian", "Percepatan".
_NOMINALISATION = re.compile(r"Pe[a-z]{3,}an")
_AGENT_NOUN = re.compile(r"Pe[a-z]{4,}")  # "Pelaksana", "Pengelola": who does it
# A "pe-" noun (pe-, pen-, pem-, peng-, peny-) as a capitalised word: "Pengemudi", "Perikanan"
_PE_AGENT = re.compile(r"Pe[a-z]{3,}")
# An unclosed bracket at a name's end: "Bank Peserta Penjaminan (BPP"
_OPEN_BRACKET_TAIL = re.compile(r"\s*\([^)]*$")
# a short form after a name, bracketed or not ("Partai Kakbah (PPP)", "Partai Kakbah PPP")
_SHORT_FORM_TAIL = re.compile(r"\s*\([^()]*\)$|\s+[A-Z]{2,}$")
_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w-])")
_PLACE_ABBREVIATION = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")
# A special court seated in a district court: "Pengadilan Tipikor *pada PN* Palembang"
# (org_heads.yaml seated_courts).
_COURT_SEAT = re.compile(r"[ \t]+pada[ \t]+(PN|Pengadilan Negeri)(?=[ \t])")
# The short form of an office's field between its long form and its place:
# "Pengadilan Tindak Pidana Korupsi *(Tipikor)* Medan".
# The end of a case number right before a court's code: "135/Pid.Sus-LH/2025/*PN* Cbd" (a
# slash after a body's name pairs two offices: "Polda Metro Jaya/Polres Jakarta Selatan")
_CASE_NUMBER_END = re.compile(r"\d[ \t]*/[ \t]*$")
_FIELD_SHORT = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,11})\)(?=[ \t])")
_CAPITAL_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w-])")
# Words that open a street's name ("Jalan Sudirman", "Jl. Thamrin", "Gang Mawar").
_STREET_WORDS = frozenset({"jalan", "jl", "jln", "gang", "gg"})
_WORD_AT = re.compile(r"[A-Za-z]+")
_AT_EMPLOYER = re.compile(r"[ \t]+di[ \t]+")
_NAMED = re.compile(r"[ \t]+(?:yang[ \t]+)?(?:bernama|berjuluk)[ \t]")
_NAME_GAP = re.compile(r"[ \t]*,[ \t]*|[ \t]+")
# A lower-case particle and a capitalised word after a proper-name run ("Tren *de Aragua*",
# "Primeiro Comando *da Capital*"): the name goes on in a foreign language (name_particles.txt
# and the Romance articles "do", "la", "el").
_PARTICLE_AND_NAME = re.compile(
    r"[ \t]+(?:" + "|".join(sorted({*name_particles(), "do", "la", "el"})) + r")[ \t]+[A-Z]"
)
_LIST_JOINER = re.compile(r"[ \t]*,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+")
# Between the items of a list: a comma, and before the last item "dan"/"serta"/"and".
_COORDINATOR = re.compile(
    r"[ \t]*,[ \t]*(?:(?P<last>dan|serta|and)[ \t]+)?|[ \t]+(?P<last2>dan|serta|and)[ \t]+"
)
# Two conjuncts after a shared head: one to three capitalised words each, joined by
# "dan"/"serta"/"maupun" ("BPJS baik *Kesehatan maupun Ketenagakerjaan*"); the second ends
# the capitalised run, so a longer name is never cut to its known opening words.
_SHARED_CONJUNCTS = re.compile(
    r"(?P<first>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}?)[ \t]*,?[ \t]+(?:dan|serta|maupun)[ \t]+"
    r"(?P<second>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})(?![ \t]+[A-Z])"
)
# Between a party board's short form and the party: its rank ("DPD *II* Golkar"), or a space.
_BOARD_RANK = re.compile(r"[ \t]+(?:(?:I{1,3}|IV|1|2)[ \t]+)?")
# The head of bodies that are always a region's own ("Dinas Kesehatan" of a province or city).
_REGIONAL_ONLY_HEAD = "Dinas "
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# the bracket right after a name: "... Kementerian Agama (*Ditjen Pendis Kemenag*)"
_BRACKETED_AFTER = re.compile(r"[ \t]*\(([^()\n]{2,60})\)")
# a named holder's apposition right before a body: "Budi, anggota *DPRD*", "Ahmad Yani selaku
# Ketua *DPRD*"
_HOLDER_BEFORE = re.compile(
    r"[A-Z][\w'.-]*(?:,|[ \t]*\(|[ \t]+(?:selaku|sebagai))[ \t]*"
    r"(?P<title>[A-Za-z]+)(?:[ \t]+[A-Za-z]+){0,2}[ \t]+\Z"
)
# a capitalised word right after a unit head's title, its place ("Kapolres *Bogor*"); any
# capitalised word, read only after a unit head's title
_PLACE_AFTER = re.compile(r"[ \t]+[A-Z]")
# a name in apposition right after a body, or its member's faction: "anggota DPRD*, Budi*
# Santoso", "di DPRD*, Ahmad*", "anggota DPRD* dari Fraksi* PKB"
_NAME_AFTER = re.compile(r",[ \t]+[A-Z][a-z]|[ \t]+(?:dari[ \t]+)?Fraksi(?![\w-])")
# a dateline opening the body: "BANDUNG - ", "SURABAYA, KOMPAS.com - "
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z .]{2,30}?)[ \t]*(?:,[^\n]{1,40}?)?[ \t]+[-\u2013\u2014][ \t]"
)
_CAPITAL_DATELINE = "JAKARTA"
# a place after a locative: "di *Medan*", "ke Kota Malang"
_PLACE_AFTER_LOCATIVE = re.compile(
    r"(?<![\w-])(?:di|ke|dari)[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})"
)
# the word right after a unit head's title and place: "Kapolsek Mallusetasi* AKP*". No comma:
# in a list ("Kapolsek Suharto, AKP Budi, ...") the word before it is the holder's own name.
_RANK_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*)")
# Jakarta's regional police, whose "place" is no region: "Polda Metro Jaya".
_METRO_JAYA = "Metro Jaya"
# A head a body's short form leaves out: "Direktorat ... (KITSDA)". (A company's legal form
# too, "PT Inti Alasindo Energi (IAE)", was tried: the text's later "PT IAE" then lost its
# span to the bare acronym, and a title its body with it.)
_UNNAMED_HEADS = frozenset({"direktorat"})
# The short forms of regional and village enterprises, named by a proper name after them.
_ENTERPRISE = re.compile(r"(?<![\w-])(?:BUMDes|BUMD)(?=[ \t]+[A-Z])")
# A Roman number after a region, as a word of its own: "Jawa Tengah II" (not "II/Sriwijaya");
# a one-letter one before a capitalised word opens a name: a Balinese "I" ("Polresta Denpasar
# I Ketut Sukadi"), an initial ("Jawa Tengah V. Sutanto").
_ROMAN_NUMBER = re.compile(
    r"[ \t]+(?:[IVX](?![ \t]+[A-Z]|\.[ \t]*[A-Z])|II|III|IV|VI{1,3}|IX)(?![\w/-])"
)
# A count right before a name on its line: a number that is no year, or a count word; and the
# words after which a number is a label ("pukul 10", "nomor urut 3"), not a count.
_COUNTED = re.compile(rf"(?<![\w.,-])({COUNT_WORDS})[ \t]+$", re.IGNORECASE)
_NUMBER_LABEL = re.compile(
    rf"(?<![\w-])(?:{alternation(cues()['number_labels'])})[ \t]+$", re.IGNORECASE
)
# The capital after a namesake's letters is the national body's seat, not a regional office
# ("di Gedung DKPP Jakarta"); the province is written "DKI Jakarta" ("Kominfo DKI Jakarta").
_CAPITAL_SEAT = "Jakarta"
# "dan " and a capitalised word right after a name (`_name_going_on`)
_BRACKET_AFTER = re.compile(r"[ \t]*\(")
_GOES_ON_AFTER_DAN = re.compile(r"[ \t]+dan[ \t]+(?=[A-Z][a-z])")
_BRANCH_GAP = re.compile(r"\)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+")  # never across lines


def _title_end(doc: Doc, text: str) -> int:
    """Where the title line ends: the analysed text opens with the headline when the document
    has one (extract.analysed_text), else 0 (no title line)."""
    if not doc.user_data.get("title"):
        return 0
    end = text.find("\n")
    return len(text) if end < 0 else end


@lru_cache(maxsize=2)
def _headlines(text: str) -> Ranges:
    """The Title Case lines of one document, read once for the ten readers that skip them."""
    return Ranges(headline_ranges(text))


def _free_ner_orgs(doc: Doc, headlines: Ranges, taken: Ranges) -> Iterator[Span]:
    """The NER's ORG spans outside the headlines that no found organisation starts on."""
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start_char not in headlines and ent.start_char not in taken:
            yield ent


def _room_venue_re(heads_yaml: Mapping, *, named: bool) -> re.Pattern[str]:
    """A locative, a room and its own name (0-4 words), a comma or not, at the end: "di
    Ruang Andrawina, " before the building the room is in. The room word capitalised; or,
    when ``named``, of any case with a capitalised name in a few words after it and a comma
    or a plain "di"/"ke" closing it ("di ruang Paseban, ", "di ruang rapat Asisten I, ", "di
    ruang kerja Bupati di "), so "di ruang publik, " and "di ruang kerjanya Kepala Bagian
    Umum " (a title going on to its body) are no room named."""
    rooms = alternation(heads_yaml["rooms"])
    word = r"[ \t]+[\w()/-]+"
    room = (
        rf"{rooms}(?:[ \t]+(?-i:[a-z])[\w-]*){{0,2}}[ \t]+(?-i:[A-Z])[\w()/-]*(?:{word}){{0,3}}"
        r"(?:[ \t]*,|[ \t]+(?:di|ke))"
        if named
        else rf"(?-i:{rooms})(?:{word}){{0,4}}[ \t]*,?"
    )
    return re.compile(
        r"(?<![\w-])" + alternation(heads_yaml["locatives"]) + r"[ \t]+" + room + r"[ \t]+$",
        re.IGNORECASE,
    )


def _taken(mentions: list[Mention]) -> Ranges:
    """Where the mentions found already stand."""
    return Ranges(_merge([(m.start, m.end) for m in mentions]))


def _untaken(regex: re.Pattern[str], text: str, taken: Ranges) -> Iterator[re.Match[str]]:
    """Matches of ``regex`` that open neither inside a headline nor inside a mention found
    already (``taken``): the opening the pattern readers share."""
    headlines = _headlines(text)
    for found in regex.finditer(text):
        if found.start() not in headlines and found.start() not in taken:
            yield found


@dataclass
class Mention:
    start: int
    end: int
    key: str  # canonical slug
    surface: str
    priority: int  # 3 known, 2 defined, 1 pattern
    part: bool = False  # the region part of a branch ("(Kejati) *Jawa Timur*"): not counted


@dataclass
class OrgRecord:
    canonical: str
    name: str
    kind: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    known: bool = False
    named_in_headline: bool = False  # renamed as the body first writes it
    parent: str | None = None  # a regional branch's organisation ("Kejati")
    placed: bool = False  # an office named with its place ("Polda Sumut")

    def add_alias(self, alias: str) -> None:
        """Keep ``alias`` as another name of the body unless it already is its name, short
        form or an alias."""
        if alias not in (self.name, self.acronym) and alias not in self.aliases:
            self.aliases.append(alias)

    def output(self, mentions: int) -> dict:
        """The record as ``doc._.organizations`` holds it (the extraction contract)."""
        return {
            "name": self.name,
            "acronym": self.acronym,
            "aliases": self.aliases,
            "canonical": self.canonical,
            "kind": self.kind,
            "mentions": mentions,
        }


@Language.factory(
    "newsintel_organizations",
    default_config={"lexicon_path": None, "use_ner": True},
    assigns=["doc._.organizations", "doc.spans"],
)
def make_organizations(
    nlp: Language, name: str, lexicon_path: str | None, use_ner: bool
) -> OrganizationRecognizer:
    return OrganizationRecognizer(nlp, lexicon_path, use_ner)


class OrganizationRecognizer:
    def __init__(self, nlp: Language, lexicon_path: str | None = None, use_ner: bool = True):
        self.use_ner = use_ner
        self.lexicon: OrgLexicon = org_lexicon(lexicon_path)
        self.branching = branching_org_ids(lexicon_path)
        self.namesakes = regional_namesakes(lexicon_path)
        self.unit_parents = unit_parents(lexicon_path)
        self.heads = org_heads()
        self.named_after_heads = _NAMED_AFTER_OTHER_HEADS | {
            head for head, kind in self.heads.kind_of.items() if kind == "university"
        }
        self.matcher_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        # "Mahkamah Internasional", "Program Pangan Dunia": descriptive names that are also
        # common phrases ("dibawa ke mahkamah internasional") name the body only as written,
        # capitalised (`aliases_as_written` in organizations.yaml, session 49)
        self.as_written = frozenset(
            alias
            for e in load_yaml("organizations.yaml")
            if e.get("aliases_as_written")
            for alias in e.get("aliases") or ()
        )
        for org in self.lexicon.orgs.values():
            loose: list[Doc] = []
            exact: list[Doc] = []
            for surface in org.surfaces:
                if (
                    (" " in surface or len(surface) > 4)
                    and not is_common(surface)
                    and surface not in self.as_written
                ):
                    loose.append(nlp.make_doc(surface))
                else:
                    exact.extend(nlp.make_doc(v) for v in {surface, surface.upper()})
            if loose:
                self.matcher_lower.add(org.id, loose)
            if exact:
                self.matcher_exact.add(org.id, exact)
        self.head_re = re.compile(
            r"(?<![\w-])"
            + alternation(h for h in self.heads.written if h.lower() not in self.heads.acronym_only)
            + r"(?![\w-])"
        )
        # the first words of known names, for a head two known names share ("BPJS baik
        # Kesehatan maupun Ketenagakerjaan")
        shared_heads = {
            surface.split()[0]
            for org in self.lexicon.orgs.values()
            for surface in org.surfaces
            if " " in surface and surface[0].isupper()
        }
        self.shared_head_re = re.compile(
            r"(?<![\w-])" + alternation(shared_heads) + r"[ \t]+(?:baik[ \t]+)?(?=[A-Z])"
        )
        self.offices = regional_offices()
        # "Pertamina Foundation": a known company's name before one of these tails names another
        # body (org_heads.yaml own_body_tails)
        heads_yaml = load_yaml("org_heads.yaml")
        own_body_tails = heads_yaml.get("own_body_tails") or ()
        self.own_body_tail_re = re.compile(
            r"[ \t]+(?:" + alternation(own_body_tails) + r")(?![\w-])"
        )
        # courts named by a seat town, refused after a title (org_heads.yaml seat_courts)
        self.seat_courts = frozenset(c.lower() for c in heads_yaml.get("seat_courts") or ())
        self.regional_secretariats = frozenset(heads_yaml["regional_secretariats"])
        self.sub_unit_heads = frozenset(h.lower() for h in heads_yaml["sub_unit_heads"])
        # "Steering Committee": an English tail after generic words only names no body
        self.generic_tail_names = frozenset(
            n.lower() for n in heads_yaml.get("generic_tail_names") or ()
        )
        # words that are no unlisted seat's: a day or month ("PN Cibadak *Senin* (29/9)"), a
        # number's word ("PN Cibadak *Nomor* 135/...": org_heads.yaml seat_stops)
        self.seat_stops = frozenset(
            (
                *INDONESIAN_WEEKDAYS,
                *INDONESIAN_MONTHS,
                *(w.lower() for w in heads_yaml.get("seat_stops") or ()),
            )
        )
        # districts split by number, with the highest: "Ilir Barat I/II" (numbered_districts)
        self.numbered_districts = {
            str(k).lower(): int(v) for k, v in (heads_yaml.get("numbered_districts") or {}).items()
        }
        # special courts seated in a district court ("Pengadilan Tipikor pada PN Palembang")
        self.seated_courts = frozenset(
            self.offices.long_of[c.lower()]
            for c in heads_yaml["seated_courts"]
            if c.lower() in self.offices.long_of
        )
        # "Pengadilan Tindak Pidana Korupsi *dan Hubungan Industrial* Jogja": one court of two
        # special jurisdictions; the closed class is the seated courts' own words
        fields = sorted(
            {c[len("Pengadilan ") :] for c in heads_yaml["seated_courts"] if " " in c},
            key=len,
            reverse=True,
        )
        self.second_court_field = re.compile(
            r"[ \t]+dan[ \t]+(" + "|".join(re.escape(f) for f in fields) + r")(?![\w-])"
        )
        # office and head words: no body's name alone ("Kejati", "PT" of "Pengadilan Tinggi")
        self.office_words = frozenset(self.offices.long_of) | frozenset(self.heads.kind_of)
        # "kami dari Lembaga Bantuan Hukum (LBH) Gerakan Pemuda ...": an office written in full
        # with no place is the kind of office, no organisation (placeless offices excepted)
        self.placed_office_names = (
            frozenset(long.lower() for long in self.offices.long_of.values())
            - self.offices.placeless
        )
        self.member_body_before = re.compile(
            r"(?<![\w-])"
            + alternation(
                h
                for h in self.heads.written
                if self.heads.kind_of.get(h.lower()) in ("union", "association", "chamber")
            )
            + r"[ \t]+$"
        )
        # "PhD in Resources *Engineering* Monash University": English fields of study that end
        # a degree before an English university's name (org_heads.yaml, session 49)
        self.english_fields = frozenset(
            w.lower() for w in heads_yaml.get("english_fields_of_study") or ()
        )
        # "Lapas Kelas I Medan Tanjung Gusta": a correctional office graded by class before its
        # place (org_heads.yaml classed_offices, session 47)
        classed = heads_yaml.get("classed_offices") or {}
        self.classed_long = {str(k).lower(): str(v) for k, v in classed.items()}
        self.classed_office = r"(?<![\w-])(?:" + alternation(classed) + r")"
        # English words of such an office, no own name of it ("Lapas Kelas IIA Cibinong Prison")
        self.classed_english = frozenset(
            w.lower() for w in heads_yaml.get("classed_office_english") or ()
        )
        self.classed_re = re.compile(
            r"(?P<office>"
            + self.classed_office
            + r")(?:[ \t]+\((?P<short>[A-Z][A-Za-z]+)\))?[ \t]+"
            + r"(?P<grade>Kelas[ \t]+(?:I{1,3}|IV|[1-4])[AB]?)(?![\w-])"
        )
        military = "polrestabes|polresta|polres|polsek|polda|kodim|korem|kodam"
        self.office_re = re.compile(
            r"(?<![\w-])(?:Ma(?P<ma>"
            + military
            + r")|(?P<office>"
            + alternation(self.offices.written)
            + r"))(?![\w-])"
        )
        self.country_re = re.compile(r"[ \t]+(" + alternation(foreign_countries()) + r")(?![\w-])")
        self.school_re = re.compile(
            r"(?<![\w-])" + alternation(school_heads()) + r"(?:[ \t]+(?:Negeri|Swasta))?(?![\w-])"
        )
        # a school's level word right before a known body ("MTs *NU* Trate")
        self.school_before = re.compile(self.school_re.pattern + r"[ \t]+$")
        said = cues()
        self.event_heads = frozenset(w.lower() for w in said["citation_event_heads"])
        # "Arsenal *vs* West Ham", "Arsenal *melumat* Atletico Madrid 4-0", "Arsenal *2-1* Spurs"
        self.fixture_re = re.compile(
            r"[ \t]+(?:(?P<joined>(?i:"
            + alternation(said["fixture_words"])
            + ")"
            + r"|\d{1,2}-\d{1,2})|(?P<verb>"
            + alternation(said["match_verbs"])
            + r"))[ \t]+"
        )
        # a sports word in the sentence of a "vs" without a score ("laga", "Liga", "stadion")
        self.match_context_re = re.compile(
            r"(?<![\w-])" + alternation(said["match_context_words"]) + r"(?![\w-])", re.IGNORECASE
        )
        capitalised = frozenset(heads_yaml["state_bodies_capitalised"])
        self.country_of = {
            form: country
            for country, forms in heads_yaml["country_forms"].items()
            for form in (country, *forms)
        }
        self.every_state_organs = frozenset(heads_yaml["every_state_organs"])
        # "Kongres"/"Senat" of the states whose legislature is so named, read only in an article
        # about a legislature (`legislative_cues`), and not inside another name
        self.chamber_countries = {
            word: frozenset(countries) for word, countries in heads_yaml["foreign_chambers"].items()
        }
        self.foreign_chamber_re = re.compile(
            r"(?<![\w-])(?:" + alternation(self.chamber_countries) + r")(?![\w-])"
        )
        self.legislative_cue_re = re.compile(
            r"(?<![\w-])" + alternation(heads_yaml["legislative_cues"]) + r"(?![\w-])"
        )
        # the chamber written with a country whose legislature is so named ("Senat AS",
        # "Kongres Peru") is a cue too
        self.chamber_named_re = re.compile(
            "|".join(
                r"(?<![\w-])"
                + word
                + r"[ \t]+"
                + alternation({f for f, c in self.country_of.items() if c in countries} | countries)
                + r"(?![\w-])"
                for word, countries in self.chamber_countries.items()
            )
        )
        self.chamber_next_words = frozenset(heads_yaml["chamber_next_words"])
        self.chamber_titles_before = frozenset(heads_yaml["chamber_titles_before"])
        self.chamber_meeting_words = frozenset(heads_yaml["chamber_meeting_words"])
        # "Kantor Wilayah|Kanwil|Kantor Perwakilan" before a body and its region: the body's
        # office there (`body_offices`: written form -> long form)
        self.body_office_long = {
            " ".join(w.split()): long for w, long in heads_yaml["body_offices"].items()
        }
        self.body_office_short = {long: w for w, long in self.body_office_long.items() if w != long}
        self.body_office_re = re.compile(
            r"(?<![\w-])("
            + alternation(self.body_office_long).replace(r"\s+", r"[ \t]+")
            + r")[ \t]+\Z"
        )
        bodies = {
            v
            for h in heads_yaml["state_bodies"]
            for v in ((h,) if h in capitalised else (h, h[0].lower() + h[1:]))
        }
        self.state_body_re = re.compile(
            r"(?<![\w-])(?P<body>"
            + alternation(bodies)
            + r")[ \t]+(?P<country>"
            + alternation(foreign_countries())
            + r")(?![\w-])"
        )
        # "Timnas Indonesia", "tim nasional Uzbekistan", "Timnas Indonesia U-23": a national
        # team is named by its country (org_heads.yaml `national_teams`; session 50)
        teams = {
            v
            for h in heads_yaml["national_teams"]
            for v in (h, h.lower(), h.capitalize(), h[0].lower() + h[1:])
        }
        # a regional office's kind written bare in a list of bodies ("Dishub, Damkar, Satpol
        # PP"): one word that names the local office (`regional_offices`, `listed_office_kinds`)
        self.listed_office_kinds = frozenset(
            k.lower() for k in (*self.offices.written, *heads_yaml["listed_office_kinds"])
        )
        self.persons_team_words = frozenset(w.lower() for w in heads_yaml["persons_team_words"])
        self.national_team_re = re.compile(
            r"(?<![\w-])(?:"
            + alternation(teams)
            + r")[ \t]+(?P<country>"
            + alternation((*foreign_countries(), *heads_yaml["home_country"]))
            + r")(?P<age>[ \t]+U-?\d\d)?(?![\w-])"
            # "Timnas Indonesia *Bersatu*": another proper word makes a longer name, no team
            + r"(?![ \t]+[A-Z])"
        )
        self.classifier_kind = {
            c: kind for kind, written in heads_yaml["classifiers"].items() for c in written
        }
        classifiers = {v for c in self.classifier_kind for v in (c, c[0].upper() + c[1:])}
        self.classifier_re = re.compile(r"(?<![\w-])" + alternation(classifiers) + r"(?![\w-])")
        self.classifier_stop = frozenset(heads_yaml["classifier_stop_words"])
        self.person_classifiers = frozenset(heads_yaml["person_classifiers"])
        # "geng *Kampung Melayu*", "geng *TikTok*": where a gang acts or shows, no name of its own
        self.place_named_classifiers = frozenset(heads_yaml["place_named_classifiers"])
        self.local_place_openers = (
            frozenset(w.lower() for w in heads_yaml["local_place_openers"])
            | org_heads().village_words
            | venue_heads()
            | _STREET_WORDS
        )
        # "kolaborasi *seru* bersama", "bekerja sama *erat* dengan": up to two lower-case words
        # before the cue's preposition; any case ("Bekerja sama dengan X," opens a sentence)
        gap = r"(?:[ \t]+(?-i:[a-z]+)){0,2}?[ \t]+"
        self.partner_re = re.compile(
            r"(?<![\w-])(?:"
            + "|".join(
                alternation([" ".join(c.split()[:-1])]) + gap + re.escape(c.split()[-1])
                if " " in c
                else re.escape(c)
                for c in sorted(heads_yaml["partner_cues"], key=len, reverse=True)
            )
            + r")[ \t]+",
            re.IGNORECASE,
        )
        self.employer_re = re.compile(
            r"(?<![\w-])" + alternation(heads_yaml["employer_nouns"]) + r"(?![\w-])"
        )
        self.classifier_list_re = re.compile(
            r"[ \t]*,?[ \t]*" + alternation(heads_yaml["classifier_lists"]) + r"[ \t]+"
        )
        self.categories = frozenset(c.lower() for c in heads_yaml["categories"])
        self.category_heads = tuple(h.lower() + " " for h in heads_yaml["category_heads"])
        self.residue_words = frozenset(w.lower() for w in heads_yaml["residue_words"])
        self.people_nouns = frozenset(
            (*(w.lower() for w in heads_yaml["people_nouns"]), *occupations(), *standing_words())
        )
        self.legal_forms = self.heads.legal_forms
        self.private_heads = frozenset(heads_yaml["private_heads"])
        self.faith_words = frozenset(w.lower() for w in heads_yaml.get("faith_words") or ())
        self.school_heads = frozenset(s.lower() for s in school_heads())
        self.not_names = frozenset(
            n.lower()
            for n in (
                *foreign_countries(),
                *heads_yaml["regions_abroad"],
                *heads_yaml["categories"],
            )
        )
        self.non_name_first = frozenset(heads_yaml["non_name_first_words"])
        self.country_names = foreign_countries_lower()
        # and the starts of the names of more words ("Korea" of "Korea Selatan"), when no home
        # place ("Papua" of "Papua Nugini" is a province)
        self.country_starts = frozenset(
            " ".join(c.split()[:n]).lower()
            for c in foreign_countries()
            for n in range(1, len(c.split()))
            if match_place(c.split()[:n]) != n
        )
        # "perusahaan asal *Korea Selatan*": the origin, one word or a country's name
        self.origin_re = re.compile(
            r"[ \t]+(?:asal[ \t]+(?:"
            + alternation(foreign_countries())
            + r"|[A-Z][\w-]*)|"
            + alternation(foreign_countries())
            + r"(?=[ \t]*,))(?![\w-])"
        )
        self.outlets = frozenset(o.lower() for o in heads_yaml["outlets"])
        self.police_unit_core = {
            form: core for core, forms in heads_yaml["police_units"].items() for form in forms
        }
        self.police_unit_re = re.compile(
            r"(?<![\w-])(?P<unit>"
            + alternation(self.police_unit_core)
            + r")[ \t]+(?:Mabes[ \t]+)?\Z"
        )
        self.police_bodies = frozenset(heads_yaml["police_bodies"])
        self.secretariats = {
            form: entry
            for entry in heads_yaml["secretariats"]
            for form in (entry["long"], entry["short"])
        }
        shorts = alternation(entry["short"] for entry in heads_yaml["secretariats"])
        self.secretariat_re = re.compile(
            r"(?<![\w-])(?P<form>"
            + alternation(self.secretariats)
            + r")[ \t]+(?:\("
            + shorts
            + r"\)[ \t]+)?\Z"
        )
        self.national_police_units = frozenset(heads_yaml["national_police_units"])
        # "*Inspektorat Jenderal* Kementerian PU": a unit written right before its body
        # (`body_units` in org_heads.yaml; `_unit_before_body`)
        body_units = heads_yaml["body_units"]
        self.body_unit_complete = frozenset(body_units["complete"])
        self.body_unit_bodies = frozenset(body_units["bodies"])
        self.body_unit_trades = frozenset(w.lower() for w in body_units["trades"])
        self.body_unit_openers = frozenset(h.split()[0].lower() for h in body_units["heads"])
        self.body_unit_words = frozenset(w.lower() for h in body_units["heads"] for w in h.split())
        self.body_unit_re = re.compile(
            r"(?<![\w-])(?P<unit>(?P<head>"
            + alternation(body_units["heads"])
            + r")(?P<field>(?:[ \t]+(?:(?:dan|&)[ \t]+)?[A-Z][\w-]*){0,6}))[ \t]+\Z"
        )
        # "Dosen *FISIP* Universitas Brawijaya": an academic unit written right before its
        # university (`academic_units` in org_heads.yaml; `_academic_unit_alias`)
        units = heads_yaml["academic_units"]
        self.academic_unit_words = frozenset(
            w.lower() for h in units["heads"] for w in h.split()
        ) | frozenset(w.lower() for w in units["fields"])
        self.academic_unit_openers = frozenset(h.split()[0].lower() for h in units["heads"])
        self.academic_unit_re = re.compile(
            r"(?<![\w-])(?P<unit>"
            + alternation(units["heads"])
            # at most a few capitalised field words, "dan"/"&" only once and only between two
            # of them ("Fakultas Ilmu Sosial dan Ilmu Politik")
            + r"(?:[ \t]+[A-Z][\w-]*){0,4}(?:[ \t]+(?:dan|&)(?:[ \t]+[A-Z][\w-]*){1,3})?|"
            + alternation(units["acronyms"])
            + r")[ \t]+\Z"
        )
        # "lewat DPRD", "masa jabatan DPRD": a tier of regional bodies named as one institution
        # (`tier_institutions` in org_heads.yaml; `_tier_institution_mentions`)
        self.tier_institutions = []
        for tier in heads_yaml["tier_institutions"]:
            short = re.escape(tier["short"])
            # a cue as written, its first letter either case ("Lewat DPRD ..." opening a line)
            before = [
                f"[{c[0].upper()}{c[0]}]{re.escape(c[1:])}".replace(r"\ ", r"[ \t]+")
                for c in sorted(tier["cues_before"], key=len, reverse=True)
            ]
            after = [
                re.escape(c).replace(r"\ ", r"[ \t]+")
                for c in sorted(tier["cues_after"], key=len, reverse=True)
            ]
            self.tier_institutions.append(
                (
                    tier["short"],
                    tier["long"],
                    # the tier's forms, their place or level after them or not
                    re.compile(
                        r"(?<![\w-])" + alternation([tier["short"], tier["long"]]) + r"(?![\w-])"
                    ),
                    # the short form after or before a cue of the generic sense
                    re.compile(
                        r"(?<![\w-])(?:"
                        + "|".join(before)
                        + r")[ \t]+"
                        + short
                        + r"(?![\w-])"
                        + r"|(?<![\w-])"
                        + short
                        + r"[ \t]+(?:"
                        + "|".join(after)
                        + r")(?![\w-])"
                    ),
                    # one body of the tier, named with its place or level, its short form
                    # bracketed or not: "DPRD Solo", "Dewan Perwakilan Rakyat Daerah (DPRD) Bone"
                    re.compile(
                        r"(?<![\w-])"
                        + alternation([tier["short"], tier["long"]])
                        + r"(?:[ \t]*\([A-Z]+\))?[ \t]+[A-Z]"
                    ),
                )
            )
        # "gedung DPRD", "Pansus DPRD": one body's building, office or committee
        self.one_body_words = frozenset(w.lower() for w in heads_yaml["one_body_words"])
        # "Kota Malang", "Kecamatan Cibinong": a place with its kind sets an article in one region
        self.place_kinds = re.compile(
            r"(?<![\w/-])"
            + alternation(heads_yaml["place_kinds"])
            + r"[ \t]+(?!"
            + alternation(heads_yaml["head_not_placed_by"])
            + r"(?![\w-]))[A-Z]"
        )
        self.building_heads = frozenset(h.lower() for h in heads_yaml["building_heads"])
        # before a secretariat, a venue: a building, a room, a locative but the plain "di" and
        # "ke", which take a body as readily as a place ("dikirim ke Setjen MK")
        self.venue_words = (
            self.building_heads
            | {w.lower() for w in heads_yaml["rooms"]}
            | {w.lower() for w in heads_yaml["locatives"]} - {"di", "ke"}
        )
        self.locative_before = re.compile(
            r"(?<![\w-])" + alternation(heads_yaml["locatives"]) + r"[ \t]+$", re.IGNORECASE
        )
        # "di Ruang Andrawina, *Hotel* Owabong": a locative, a room and its own name (a few
        # words, no sentence end), a comma or not, then the building the room is in; the room
        # capitalised, as a named room is written: "di ruang publik, Hotel X menyatakan" ends
        # a clause (session 39 review)
        self.room_venue_before = _room_venue_re(heads_yaml, named=False)
        # "di ruang Paseban, *Setda* Kabupaten Cirebon": a room of any case with its own
        # capitalised name before a region's secretariat names its building
        # (`regional_secretariats`; session 49)
        self.any_room_before = _room_venue_re(heads_yaml, named=True)
        # "di Gedung DPR/*MPR* RI": a body's name right after a building's word or a list of
        # short forms joined by "/" or "-" in it ("gedung FISIP *Unud*" names the faculty's
        # body, dev8 940); "tiba di Base Ops *Lanud* Halim": a base after a locative and up to
        # two capitalised words (`_venue_only_keys`, session 51)
        self.venue_of_body_before = re.compile(
            r"(?<![\w-])(?i:"
            + alternation(heads_yaml["venue_of_body_words"])
            + r")[ \t]+(?:[A-Z][A-Z0-9]{1,7}[ \t]*[/-][ \t]*){0,2}$"
        )
        self.venue_of_body_words = frozenset(w.lower() for w in heads_yaml["venue_of_body_words"])
        self.base_heads = frozenset(heads_yaml["base_heads"])
        # the base's own place words, none a title between ("menjabat Komandan Lanud X" is a
        # post, not a landing place; session 51 review)
        head_titles = alternation(heads_yaml["body_head_titles"])
        self.base_before = re.compile(
            r"(?<![\w-])(?i:"
            + alternation(heads_yaml["base_place_words"])
            + r")(?:[ \t]+(?!"
            + head_titles
            + r"(?![\w-]))[A-Z][\w.]*){0,2}[ \t]+$"
        )
        # "Komandan *Lanud* X", "Kepala *Lantamal* II": the body's head names the body at work
        self.head_title_before = re.compile(r"(?<![\w-])" + head_titles + r"[ \t]+$")
        # "kata Puan di gedung *DPR* RI", "ujar Purbaya di Kantor ...": a person quoted at a
        # body's building speaks there as or with the body (a hearing, its press conference);
        # the dev golds list such a body (dev 310); so is a proceeding held there ("Sidang
        # pemeriksaan digelar di Gedung *DKPP*": the body's own hearing; `body_proceedings`)
        self.speaker_before = re.compile(
            r"(?<![\w-])"
            + alternation(
                [
                    *(v for v in said["speech_verbs"] if " " not in v),
                    *said["reporting_verbs"],
                    *heads_yaml["body_proceedings"],
                ]
            )
            + r"(?:nya)?(?![\w-])[^.!?\n]*$",
            re.IGNORECASE,
        )
        # "tiba di Gedung *Kejagung* untuk diperiksa": the body's own act just after its
        # building, in the same clause (session 51 review)
        self.proceeding_after = re.compile(
            r"[^.!?\n,;]{0,40}?(?<![\w-])"
            + alternation(heads_yaml["body_proceedings"])
            + r"(?:nya)?(?![\w-])",
            re.IGNORECASE,
        )
        # "Rapat digelar di *Setda* Kabupaten Bogor", "dibawa ke *Setda* ...": after an event
        # or motion verb, "di"/"ke" takes the building (`regional_secretariats`; session 49)
        self.venue_verb_before = re.compile(
            r"(?<![\w-])" + alternation(heads_yaml["venue_verbs"]) + r"[ \t]+(?:di|ke)[ \t]+$",
            re.IGNORECASE,
        )
        self.built_heads = frozenset(h.lower() for h in heads_yaml["built_heads"])
        # social media platforms: the channel a thing is posted on, not the company, after a
        # channel word ("di platform *Twitter*", "akun *Facebook*"; `_channel_mentions`)
        self.platforms = platform_names()
        # the channel word right before, through a list of other platforms only ("media
        # sosial seperti TikTok, *Facebook*, dan Instagram"; not "di Amerika Serikat, *Facebook*")
        self.channel_before = re.compile(
            r"(?<![\w-])"
            + alternation(heads_yaml["channel_words"])
            + r"[ \t]+(?:"
            + alternation(sorted(self.platforms))
            + r"[ \t]*(?:,[ \t]*(?:dan[ \t]+|atau[ \t]+)?|dan[ \t]+|atau[ \t]+))*$",
            re.IGNORECASE,
        )
        self.platform_company_before = frozenset(
            w.lower() for w in heads_yaml["platform_company_before"]
        )
        self.estate_heads = tuple(heads_yaml["estate_heads"])
        forms = alternation(sorted(self.legal_forms))
        # "PT Kawasan Industri ...", "PT. Kawasan Industri ...": the company before the estate
        self.estate_form_before = re.compile(r"(?<![\w-])" + forms + r"\.?[ \t]+$")
        # "... Jababeka Tbk", "... Medan (Persero)": the company after it
        self.estate_form_after = re.compile(r"[ \t]*\(?" + forms + r"(?![\w-])")
        # "di *Kawasan Industri Terboyo*", and an estate among places or projects listed after
        # a noun of places ("kawasan industri seperti KITB Batang, *Kawasan Industri Kendal*")
        name = r"(?-i:[A-Z][\w.-]*)(?:[ \t]+(?-i:[A-Z][\w.-]*)){0,3}"
        self.estate_place_before = re.compile(
            r"(?:(?<![\w-])"
            + alternation(heads_yaml["estate_place_words"])
            + r"|(?<![\w-])"
            + alternation(heads_yaml["estate_list_nouns"])
            + r"(?![\w-])[^.,;:\n]{0,40}?[ \t]seperti(?:[ \t]+"
            + name
            + r"(?:[ \t]+di[ \t]+"
            + name
            + r")?[ \t]*,(?:[ \t]*(?:dan|serta))?)*)[ \t]+$",
            re.IGNORECASE,
        )
        self.works_before = re.compile(
            r"(?<![\w-])" + alternation(heads_yaml["works_words"]) + r"[ \t]+$", re.IGNORECASE
        )
        # "Rumah tersebut bernama ...", "Hotel ini kemudian dikenal dengan nama ..."
        self.thing_named_before = re.compile(
            r"(?<![\w-])"
            + alternation(heads_yaml["named_things"])
            + r"(?:[ \t]+(?:tersebut|itu|ini))?(?:[ \t]+(?:kemudian|lalu|pun|juga))?"
            + r"(?:[ \t]+yang)?[ \t]+"
            + alternation(heads_yaml["naming_words"])
            + r"[ \t]+$",
            re.IGNORECASE,
        )
        self.naming_word = re.compile(
            r"(?<![\w-])" + alternation(heads_yaml["naming_words"]) + r"(?![\w-])", re.IGNORECASE
        )
        self.budget_years = tuple(
            tuple(w.lower() for w in phrase.split()) for phrase in heads_yaml["budget_years"]
        )
        self.task_force_re = re.compile(
            r"(?<![\w-])" + alternation(heads_yaml["task_force_heads"]) + r"(?![\w-])"
        )
        self.task_force_acronym = frozenset(
            h.lower() for h in heads_yaml["task_force_acronym_heads"]
        )
        self._org_starts: frozenset[int] = frozenset()  # the NER's ORG starts, per document
        self._place_starts: frozenset[int] = frozenset()  # the NER's LOC/GPE starts, per document
        self.ranks = frozenset(r.lower() for r in load_yaml("roles.yaml").get("ranks") or ())
        # "Bupati Bogor Rudy Susmanto meminta DPRD ...": a regional head's title with its place
        # sets the article in one region (`_tier_institution_mentions`); no place is a word of
        # `head_not_placed_by` ("Gubernur Bank Indonesia", "Gubernur dan Bupati")
        self.regional_head_placed = re.compile(
            r"(?<![\w-])(?i:"
            + alternation(roles().regional)
            + r")[ \t]+(?!"
            + alternation(heads_yaml["head_not_placed_by"])
            + r"(?![\w-]))[A-Z]"
        )
        # "Kapolres Tasikmalaya Kota", "Kajari Gresik", "Dandim 0830/Surabaya": a unit head's
        # title with its place names the unit (`unit_titles` in roles.yaml), an office of
        # `regional_offices` ("Polres Tasikmalaya Kota")
        self.unit_head_office = {
            title: unit
            for title, unit in unit_titles()[0].items()
            if unit.lower() in self.offices.long_of
        }
        self.unit_head_re = re.compile(
            r"(?<![\w-])(" + alternation(self.unit_head_office) + r")(?![\w-])", re.IGNORECASE
        )
        known_entries = load_yaml("organizations.yaml")
        self.actor_only = frozenset(e["id"] for e in known_entries if e.get("actor_only"))
        # "PBB", "PKS": a short form with another common sense in the same press (the land
        # tax, an agreement) names the body in an article that writes none of that sense's
        # words (`bare_acronym`, `unless` in organizations.yaml): one sense per article
        # (`needs_any`: the article must also write one of these words of the body's own
        # field, "pengadilan", "Den Haag" for the court "ICC", session 49)
        self.bare_acronyms = [
            (
                e["id"],
                e["bare_acronym"],
                re.compile(r"(?<![\w-])" + re.escape(e["bare_acronym"]) + r"(?![\w-])"),
                re.compile(r"(?<![\w-])(?:" + alternation(e["unless"]) + r")(?![\w-])", re.I),
                re.compile(r"(?<![\w-])(?:" + alternation(e["needs_any"]) + r")(?![\w-])", re.I)
                if e.get("needs_any")
                else None,
            )
            for e in known_entries
            if e.get("bare_acronym")
        ]
        # the home state's organs and parties: in an article set wholly abroad, their bare
        # Indonesian names translate another state's bodies ("Ketua DPR Mike Johnson")
        self.home_state_bodies = frozenset(
            e["id"]
            for e in known_entries
            if e.get("kind") in ("ministry", "agency", "party")
            and not e.get("abroad")
            and not e.get("actor_only")
        )
        self.foreign_country_re = re.compile(
            r"(?<![\w-])(?:" + alternation(foreign_countries()) + r")(?![\w-])"
        )
        # The first words of every title, common or not ("Kepala", "Kabid", "Wakil")
        self.title_first_words = frozenset(
            h.split()[0].lower()
            for h in (*roles().heads, *roles().abbreviations, *roles().prefixes)
        )
        # Titles and occupations, whole and by first word ("juru bicara", "kuasa hukum",
        # "perwakilan"): before "ACR Name" they make the name a holder's (`_title_before`)
        self.holder_phrases = frozenset(
            h.lower()
            for h in (*roles().heads, *roles().abbreviations, *roles().prefixes, *occupations())
        )
        self.holder_first_words = frozenset(h.split()[0] for h in self.holder_phrases)
        # "(Aspri) Alfamart dan Indomaret": a list of members goes on after the words
        self.list_goes_on = re.compile(
            r"[ \t]+(?:" + alternation([*cues()["list_item_joiners"], "&"]) + r")[ \t]+[A-Z]"
        )
        # First words of titles end a name: "PT Maju Jaya *Direktur* Utama ..." (not "Tenaga").
        self.role_words = frozenset(
            h.split()[0].lower()
            for h in (*roles().heads, *roles().abbreviations)
            if not is_common(h.split()[0])
        )

    # -- pipeline entry ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        records: dict[str, OrgRecord] = {}
        # "Sistem WFP (work from pantai)": letters spelled in the bracket after them are the
        # article's definition too (session 49); one spelled before them comes first
        spelled = {**spelled_after_definitions(text), **spelled_definitions(text)}
        known = self._known_mentions(doc, records)
        # "tersangka itu adalah MAM, NN, ... dan MA" then "Saudara MA": letters the article
        # uses for a person's initials are those initials wherever it writes them, unless it
        # also brackets them as a body's short form ("Mahkamah Agung (MA)")
        written_as_initials = {
            (m.start, m.end) for m in known if self._written_as_initials(text, m)
        }
        initials = {
            m.surface
            for m in known
            if (m.start, m.end) in written_as_initials
            and m.surface.isupper()
            and f"({m.surface})" not in text
        }
        board_mentions = [m for m in known if self._party_board(text, m, known, records)]
        boards = _party_board_forms(known, board_mentions)
        mentions = [
            m
            for m in known
            if (m.start, m.end) not in written_as_initials
            and m.surface not in initials
            and (m.surface not in boards or _listed_with_body(text, m, known, records))
            and not self._reused(text, m, spelled)
            and m not in board_mentions
            and not self._institution_named_after(text, m, records)
        ]
        mentions = [self._own_body_after_known(text, m, records) for m in mentions]
        mentions += self._shared_head_mentions(text, records, mentions)
        mentions += self._state_body_mentions(text, records)
        defined = self._acronym_definitions(text, records, mentions)
        mentions += defined
        mentions += self._defined_repeats(text, records, mentions)
        mentions += self._national_team_mentions(text, records)
        person_starts = frozenset(e.start_char for e in doc.ents if e.label_ in ("PER", "PERSON"))
        self._place_starts = frozenset(e.start_char for e in doc.ents if e.label_ in ("LOC", "GPE"))
        mentions += self._task_force_mentions(text, records, mentions, person_starts)
        title_end = _title_end(doc, text)
        mentions += self._classed_office_mentions(text, records, mentions, person_starts)
        mentions += self._office_mentions(text, records, mentions, person_starts, title_end)
        mentions += self._pattern_mentions(text, records, mentions, person_starts)
        mentions += self._company_tail_mentions(text, records, mentions)
        mentions += self._english_university_mentions(text, records, mentions, person_starts)
        mentions += self._school_mentions(text, records, mentions, person_starts)
        mentions += self._category_named_mentions(text, records, mentions)
        if self.use_ner:
            mentions += self._ner_mentions(doc, text, records, mentions, person_starts)
        self._org_starts = frozenset(e.start_char for e in doc.ents if e.label_ == "ORG")
        if self.use_ner:
            mentions += self._fixture_mentions(doc, text, records, mentions, person_starts)
        mentions += self._classified_mentions(text, records, mentions, person_starts)
        mentions += self._employer_and_partner_mentions(text, records, mentions, person_starts)
        mentions += self._coordinated_mentions(text, records, mentions, person_starts)
        mentions = self._tier_institution_mentions(text, records, mentions)
        mentions += self._bare_acronym_mentions(text, records, mentions, spelled)
        # "PT MÃ\x80M Energindo": a name cut by text whose encoding broke is no name
        if _C1_CONTROL.search(text):
            mentions = [m for m in mentions if not _broken_encoding_at(text, m)]
        built = self._named_things(text, mentions, records)
        buildings = [m for m in mentions if m.key in built or self._under_works(text, m, records)]
        dropped = {id(b) for b in buildings}
        mentions = [m for m in mentions if id(m) not in dropped]
        venues = [m for m in mentions if self._building_meant(text, m, records)]
        buildings += venues
        channels = self._channel_mentions(text, mentions)
        mentions = [
            m for m in mentions if id(m) not in channels and not self._estate_meant(text, m)
        ]
        # "di Kantor Kepresidenan (Kanpres)": the bracketed short form names the same place
        mentions = [
            m
            for m in mentions
            if not any(
                b is m
                or (
                    b.key == m.key
                    and b.end <= m.start
                    and only_spaces(text, b.end, m.start - 1)
                    and text[m.start - 1] == "("
                )
                for b in venues
            )
        ]
        # "melarang Badan Usaha Milik Negara (BUMN) ...": a kind of body named alone, by any
        # rule, is no organisation (`categories` in org_heads.yaml)
        mentions = [
            m for m in mentions if records[m.key].known or not self._category(records[m.key].name)
        ]
        # "Partai Banteng akan bersikap tegas": a party's epithet, no name (session 52)
        mentions = [
            m
            for m in mentions
            if records[m.key].known or not party_epithet(records[m.key].name, text, m.start)
        ]
        mentions = [self._name_going_on(text, m, records) for m in mentions]
        chosen = self._branches(text, _resolve_overlaps(mentions), records, person_starts)
        chosen = self._foreign(text, chosen, records, sentence_ranges(doc))
        chosen = [self._as_written_elsewhere(text, m, records, person_starts) for m in chosen]
        # "di Gedung DPR/MPR RI" and nothing more: the body is only the place (session 51)
        venue_only = self._venue_only_keys(text, chosen, title_end, records)
        buildings += [m for m in chosen if m.key in venue_only]
        chosen = [m for m in chosen if m.key not in venue_only]
        for m in chosen:
            self._foreign_short_form(text, m, records)
            translated = self._translated_name_of(text, m, chosen, records)
            if translated is not None and translated != m.key:
                m.key = translated
                if m.surface not in records[translated].aliases:
                    records[translated].aliases.append(m.surface)
        _fold_variants(chosen, records, sentence_ranges(doc))
        _fold_company_initials(text, chosen, records, self.legal_forms, self.lexicon)
        _unit_parent_aliases(text, chosen, records, self.unit_parents, person_starts)
        spans = []
        counts: dict[str, int] = {}  # in the order first met: the organisations' order
        for m in chosen:
            rec = records[m.key]
            span = char_span(doc, m.start, m.end, label=rec.kind, kb_id=rec.canonical)
            if span is None:
                continue
            spans.append(span)
            if m.part:
                continue
            counts[m.key] = counts.get(m.key, 0) + 1
            if rec.known:
                rec.add_alias(m.surface)
            if rec.kind == "university":
                self._academic_unit_alias(text, m, rec, chosen, person_starts)
            unit = (
                self._police_unit(text, m, records)
                or self._secretariat_of(text, m, records)
                or self._unit_before_body(text, m, records, chosen, person_starts)
            )
            if unit is not None:
                counts[unit] = counts.get(unit, 0) + 1
        for key in self._units_of_head_titles(text, records, person_starts):
            counts[key] = counts.get(key, 0) + 1
        for key in counts:
            _add_placeless_alias(records[key])
            self._add_province_aliases(records[key])
        doc.spans[SPAN_KEY] = spans
        # the buildings and venues read as no organisation: a name inside theirs is no
        # person's either ("Hotel *Sultan*"; people.py `_outside_organisations`)
        doc.spans[BUILDINGS_KEY] = [
            span for b in buildings if (span := char_span(doc, b.start, b.end)) is not None
        ]
        doc._.organizations = [records[k].output(counts[k]) for k in counts]
        return doc

    def _police_unit(self, text: str, m: Mention, records: dict[str, OrgRecord]) -> str | None:
        """ "*Ditlantas* Polda Jatim", "*Kortas Tipikor* Polri": a police unit written right
        before the police body it belongs to is an organisation of its own (the body stays one
        too, and keeps the span); returns the unit's record key, or None."""
        body = records[m.key]
        if body.canonical not in self.police_bodies and not body.canonical.startswith(
            "kepolisian-"
        ):
            return None
        found = self.police_unit_re.search(text, max(0, m.start - 50), m.start)
        if found is None:
            return None
        # a unit right after a title is the title's field: "*Kabid* Propam Polda Sumut"
        before = _WORD_BEFORE.search(text, max(0, found.start() - 30), found.start())
        word = before.group(1) if before is not None else ""
        if word[:1].isupper() and word.lower() in self.title_first_words:
            return None
        # the core leaves the level word, which the body tells: "Propam Polda Sumut" is the
        # "Bidpropam Polda Sumut" of the same article, "Divkum Polri" the "Divisi Hukum Polri"
        core = self.police_unit_core[clean_spaces(found.group("unit"))]
        if core in self.national_police_units and body.canonical in self.police_bodies:
            key = slugify(f"{core} polri")  # "Kortas Tipikor Bareskrim Polri" is Polri's
        else:
            key = slugify(f"{core} {body.canonical}")
        name = f"{clean_spaces(found.group())} {m.surface}"
        rec = records.setdefault(key, OrgRecord(key, name, "agency", placed=True))
        if name != rec.name and name not in rec.aliases:
            rec.aliases.append(name)
        return key

    def _academic_unit_alias(
        self,
        text: str,
        m: Mention,
        rec: OrgRecord,
        chosen: list[Mention],
        person_starts: frozenset[int],
    ) -> None:
        """ "Dosen *FISIP* Universitas Brawijaya", "Guru Besar *Fakultas Hukum* UGM": a faculty,
        study programme or department written right before its university names the university
        through one of its units, so unit + university as written becomes an alias of the
        university, which stays the organisation (the title keeps the unit: "Dosen FISIP").
        The dev golds write such a unit with its body as one organisation ("FKIP Universitas
        Sriwijaya", alias "Universitas Sriwijaya"). Only a unit word of `academic_units`, joined
        to the name by spaces alone: "Fakultas Hukum, Universitas X" lists two things, and
        "fakultas" in lower case is the common noun."""
        found = self.academic_unit_re.search(text, max(0, m.start - 90), m.start)
        if found is None or not self._academic_unit_bounded(found, m, chosen, person_starts):
            return
        rec.add_alias(f"{clean_spaces(found.group('unit'))} {m.surface}")

    def _academic_unit_bounded(
        self,
        found: re.Match[str],
        m: Mention,
        chosen: list[Mention],
        person_starts: frozenset[int],
    ) -> bool:
        """The unit of `academic_unit_re` is the unit's own name only when nothing else lies
        between its unit word and the university: another organisation ("Fakultas Hukum *UGM*
        dan Universitas Indonesia"; the unit itself found as one, "(FISIP)" defined earlier, is
        no other), a person the NER finds or a word that is a personal name
        far more often ("Fakultas Teknik *Budi Santoso* Universitas X"; a field noun of
        `academic_units` is no name even when the gazetteer lists it: "Kesehatan Masyarakat"),
        or a title ("Fakultas Hukum *Rektor* Universitas X"): the regex alone would chain a unit
        over them into a wrong alias."""
        words = found.group("unit").split()
        # "Jurusan *Kampung Rambutan*" is a bus route to a place
        return self._unit_bounded(
            found, m, chosen, person_starts, self.academic_unit_openers, self.academic_unit_words
        ) and not any(match_place(words, i) for i in range(1, len(words)))

    def _unit_bounded(
        self,
        found: re.Match[str],
        m: Mention,
        chosen: list[Mention],
        person_starts: Collection[int],
        openers: Collection[str],
        field_words: Collection[str],
    ) -> bool:
        """The words of a unit written right before its body (the `unit` group of `found`,
        which ends where mention `m` starts) are the unit's own name only when nothing else lies
        in them: another chosen mention ("Fakultas Hukum *UGM* dan ...", "Itjen *Kemenag* dan
        Itjen"; the unit itself found as one is no other), a person the NER finds, "dan"/"serta"
        joining a second unit (a word of `openers`: "Fakultas Hukum dan *Fakultas* Ekonomi"), a
        title or a word that is a personal name far more often ("Biro Hukum *Budi Santoso*";
        the words of `field_words` are no names even when the gazetteer lists them). Shared by
        `_academic_unit_bounded` and `_unit_before_body`: the regexes alone chain a unit over
        them."""
        start, end = found.span("unit")
        if any(
            c is not m and c.start < m.start and c.end > start and (c.start, c.end) != (start, end)
            for c in chosen
        ):
            return False
        if any(start <= p < m.start for p in person_starts):
            return False
        words = found.group("unit").split()
        if any(
            w.lower() in ("dan", "serta", "&") and nxt.lower() in openers
            for w, nxt in zip(words, words[1:])
        ):
            return False
        for word in words:
            lower = word.lower()
            if lower in field_words or lower in ("dan", "serta", "&"):
                continue
            if lower in self.title_first_words or lower in person_name_words():
                return False
        return True

    def _secretariat_of(self, text: str, m: Mention, records: dict[str, OrgRecord]) -> str | None:
        """ "*Sekretariat Jenderal* MPR", "*Setjen* MPR", "*Sekretariat Daerah (Setda)* Pemkab
        Bantaeng": the secretariat written right before the body it serves is an organisation of
        its own, named with the body as written (the body stays one too, and keeps the span);
        returns the secretariat's record key, or None. Long and short forms are one ("Setjen
        MPR" is "Sekretariat Jenderal MPR")."""
        found = self.secretariat_re.search(text, max(0, m.start - 40), m.start)
        if found is None:
            return None
        if self._venue_before(text, found.start()):
            return None
        entry = self.secretariats[found.group("form")]
        body = records[m.key]
        if body.kind not in entry["bodies"]:
            return None
        if "chambers" in entry:
            if m.surface.split()[0] not in entry["chambers"]:
                return None  # a legislature's own body: before its chamber only
            defined = self._defined_unit(entry, records)
            if defined is not None:  # "Badan Anggaran (Banggar) DPR RI": one body
                records[defined].add_alias(f"{entry['long']} {m.surface}")
                return defined
        key = slugify(f"{entry['short']} {body.canonical}")
        name = f"{entry['long']} {m.surface}"
        rec = records.setdefault(
            key, OrgRecord(key, name, body.kind, f"{entry['short']} {m.surface}", placed=True)
        )
        if name != rec.name and name not in rec.aliases:
            rec.aliases.append(name)
        return key

    def _unit_before_body(
        self,
        text: str,
        m: Mention,
        records: dict[str, OrgRecord],
        chosen: list[Mention],
        person_starts: Collection[int],
    ) -> str | None:
        """ "*Inspektorat Jenderal* Kementerian PU", "*Biro Keuangan* Pemprov Sulsel",
        "*Direktorat Jenderal Pendidikan Islam* Kementerian Agama": a unit of a ministry or a
        state body (a unit head, then capitalised field words) written right before the body
        is an organisation of its own, named with the body as written, its own words an alias
        (the body stays one too, and keeps the span); returns the unit's record key, or None.
        The head nearest the body wins when a farther one is refused ("Itjen A dan *Itjen* B").
        A unit the article already names (a known body, a defined short form) only gains the
        written-with-body alias. Refused: a venue or a title (any case) before the unit, a
        facility or trade after "Pusat"/"Biro" ("Pusat Kuliner", "Biro Jasa"), words
        `_unit_bounded` refuses, a head word alone."""
        body = records[m.key]
        if body.kind not in self.body_unit_bodies:
            return None
        pos = max(0, m.start - 80)
        while (found := self.body_unit_re.search(text, pos, m.start)) is not None:
            pos = found.start("head") + 1
            field_words = found.group("field").split()
            if not field_words and found.group("head") not in self.body_unit_complete:
                continue
            if field_words and field_words[0].lower() in self.body_unit_trades:
                return None  # "Pusat *Kuliner* Pemkot X", "Biro *Jasa* Polda X": a trade
            if any(w.lower() in self.heads.kind_of for w in field_words) or not self._unit_bounded(
                found, m, chosen, person_starts, self.body_unit_openers, self.body_unit_words
            ):
                continue  # "Itjen Kemenag dan Itjen *Kemendikdasmen*": the nearer head
            return self._read_body_unit(text, m, found, records)
        return None

    def _read_body_unit(
        self, text: str, m: Mention, found: re.Match[str], records: dict[str, OrgRecord]
    ) -> str | None:
        """The unit `found` right before body `m` (see `_unit_before_body`), once bounded."""
        if self._venue_before(text, found.start()):
            return None
        # a unit a title names is the title's field: "*Kepala* Biro Humas Kementerian X", "kata
        # *kepala* Biro Humas ..." (the dev golds list the ministry only: dev7 54, dev8 50 and
        # 376, dev11 58)
        before = _WORD_BEFORE.search(text, max(0, found.start() - 30), found.start())
        if before is not None and before.group(1).lower() in self.title_first_words:
            return None
        body = records[m.key]
        unit = clean_spaces(found.group("unit"))
        name = f"{unit} {m.surface}"
        # a unit the article reads already, with this body or in the bracket right after it
        # ("Direktorat Jenderal Pendidikan Tinggi Kementerian ... (*Ditjen Dikti* Kemdikti)"),
        # or its bare words a record of their own owns ("Direktorat Jenderal Pajak"); never a
        # unit of another body ("Itjen Kemenkeu" is not "Itjen Kemenkumham")
        written = {unit}
        after = _BRACKETED_AFTER.match(text, m.end)
        if after and len(after.group(1).split()) > 1:  # the short form, then the body's
            written.add(" ".join(after.group(1).split()[:-1]))
        for key, rec in records.items():
            names = {rec.name, rec.acronym, *rec.aliases}
            other_body = rec.name != name and any(rec.name.startswith(f"{w} ") for w in written)
            if key != m.key and (name in names or (written & names and not other_body)):
                rec.add_alias(name)
                rec.add_alias(unit)
                return None  # already read; its own mention counts it
        # "Direktorat Jenderal Pendidikan Islam Kementerian Agama (Ditjen Pendis Kemenag)": the
        # bracket right after a unit written with its body gives the unit's short form
        opening = text[: found.start()].rstrip(" \t")
        if opening.endswith("("):
            opening = opening[:-1].rstrip(" \t")
            for rec in records.values():
                if rec.kind == "agency" and opening.endswith(rec.name) and rec.acronym is None:
                    rec.acronym = name
                    rec.add_alias(unit)
                    return rec.canonical
        key = slugify(f"{unit} {body.canonical}")
        rec = records.setdefault(key, OrgRecord(key, name, "agency"))
        rec.add_alias(unit)
        if name != rec.name:
            rec.add_alias(name)
        return key

    @staticmethod
    def _defined_unit(entry: Mapping, records: dict[str, OrgRecord]) -> str | None:
        """The key of the record an acronym definition already made of a unit's long and
        short forms ("Badan Anggaran (Banggar)"), or None."""
        for key, rec in records.items():
            if rec.name == entry["long"] and rec.acronym == entry["short"]:
                return key
        return None

    def _venue_before(self, text: str, end: int) -> bool:
        """A venue word among the few words right before ``end`` in the same clause: "di
        Kantor Setjen Kemnaker", "di ruang rapat Setda Pemkot Bogor", "di Aula Setda", "di
        depan Setjen DPR" name the place, not the secretariat; a plain "di" or "ke" does not
        ("pegawai di Sekretariat Jenderal MPR", "dikirim ke Sekretariat Jenderal MK")."""
        words = words_in(text, max(0, end - 40), end)[-_VENUE_WINDOW:]
        for w in reversed(words):
            if text[w.end : end].strip(" \t"):
                return False  # punctuation or a line between: another clause
            if w.lower in self.venue_words:
                return True
            end = w.start
        return False

    def _name_going_on(self, text: str, m: Mention, records: dict[str, OrgRecord]) -> Mention:
        """ "*Kementerian Perindustrian* dan Teknologi Informasi (MIIT)" (China's ministry, even
        420): a body named by a descriptive head and ordinary words goes on after "dan" with
        more capitalised ordinary words (what else it is in charge of), so the name read is
        cut; the whole is one body of the same kind, with the place that ends it. A list goes
        on with a head, a short form, a title or a proper name, people or a school ("Polsek
        Kawali dan *Polsek* Panawangan", "Universitas Indonesia dan *Direktur* Eksekutif ...",
        "Polres Kampar dan Intel *Kodim*", "Kementerian Pertanian dan *Petani* Milenial"), and
        something must close the whole name: the place that ends it or a bracket (its short
        form) right after; an ellipsis ("Kementerian Kesehatan dan Sosial") is the shared
        head's reading (session 41)."""
        words = words_in(m.surface)
        head = self._head_at(words, 0) if words else None
        if head is None or head in self.heads.proper or len(words) < 2:
            return m
        found = _GOES_ON_AFTER_DAN.match(text, m.end)
        if found is None:
            return m
        run = words_in(text, found.end(), min(len(text), found.end() + 80))
        run = _contiguous(text, found.end(), run)
        texts = [w.text for w in run]
        n = 0
        while n < min(len(run), 4) and run[n].is_capitalized and not match_place(texts, n):
            w = run[n]
            if (
                not is_common(w.text)
                or w.lower in self.heads.kind_of
                or w.lower in self.title_first_words
                or self._head_at(run, n)
                or (n == 0 and self._people_or_school_at(run, n))
            ):
                return m
            n += 1
        if not n:
            return m
        # "Kementerian Kesehatan dan Sosial": a head two bodies share, each known with it
        # (`_shared_head_mentions`)
        if self.lexicon.resolve(
            " ".join([*(w.text for w in words[: len(head.split())]), *texts[:n]])
        ):
            return m
        end = run[n - 1].end
        place = match_place(texts, n)
        if place:
            end = run[n + place - 1].end
        elif not _BRACKET_AFTER.match(text, end):
            return m  # nothing closes the name: a list's next item may go on ("Partai
            # Republik dan Demokrat", "Kementerian Kesehatan dan Sosial Budaya menandatangani")
        name = clean_spaces(text[m.start : end])
        if self.lexicon.resolve(name) is not None:
            return m  # a known body's longer name ("Kementerian Investasi dan Hilirisasi")
        key = slugify(name)
        records.setdefault(key, OrgRecord(key, name, records[m.key].kind))
        return Mention(m.start, end, key, name, m.priority)

    def _people_or_school_at(self, words: list[Word], i: int) -> bool:
        """People, a group or a school at words[i], after "dan" the list's next item and never
        more of a body's name: "dan *Petani* Milenial", "dan *Penyuluh* Pertanian Lapangan",
        "dan *Sekolah Rakyat* (SR)", "dan *Kepala* Dinas ...". A "pe-" agent noun names who
        does a thing ("Pengemudi", "Penyandang", "Pelaku"); a ministry's remit is a "pe-...-an"
        noun ("Perikanan", "Perdagangan"), so only the former is refused. A run naming a
        known body is another body too. Read on the run's first word only: later words are
        the remit's own ("dan Pemberdayaan Masyarakat")."""
        w = words[i]
        if w.lower in self.people_nouns:
            return True
        if _PE_AGENT.fullmatch(w.text) and not w.lower.endswith("an"):
            return True
        for size in (3, 2, 1):
            if i + size <= len(words):
                run = " ".join(x.text for x in words[i : i + size])
                if run.lower() in self.school_heads or (
                    size > 1 and self.lexicon.resolve(run) is not None
                ):
                    return True
        return False

    def _category(self, name: str) -> bool:
        """A kind of body: a listed category ("BUMN"), a name ending in a residue word ("Lembaga
        Jasa Keuangan Lainnya"), or a category head followed by ordinary words and pe- nouns
        only ("Badan Usaha Pelaksana", "Badan Usaha Jalan Tol")."""
        # the statistical NER may take the bracket's start along ("Bank Peserta Penjaminan
        # (BPP"): the name is what stands before it
        lower = _before_open_bracket(name.lower())
        if lower in self.categories:
            return True
        # "Lembaga Jasa Keuangan Lainnya": "the other ..." names the rest of a kind
        words = lower.split()
        if len(words) > 1 and words[-1] in self.residue_words:
            return True
        head = next((h for h in self.category_heads if lower.startswith(h)), None)
        rest = name[len(head) :].split() if head else []
        return bool(rest) and all(is_common(w) or _AGENT_NOUN.fullmatch(w) for w in rest)

    # -- 1. known organisations -------------------------------------------------------------
    def _known_mentions(self, doc: Doc, records: dict[str, OrgRecord]) -> list[Mention]:
        out = []
        for matcher in (self.matcher_lower, self.matcher_exact):
            for match_id, start, end in matcher(doc):
                org = self.lexicon.orgs[doc.vocab.strings[match_id]]
                span = doc[start:end]
                # "Mahkamah Internasional *untuk Hukum Laut*": a descriptive name going on
                # with "untuk"/"bagi" and a name is another, longer body's
                if span.text in self.as_written and _FOR_A_NAME.match(doc.text, span.end_char):
                    continue
                self._known_record(org, records)
                out.append(Mention(span.start_char, span.end_char, org.id, span.text, 3))
        return out

    def _generic_committee(self, words: list[Word]) -> bool:
        """ "Steering Committee", "Local Organizing Committee": an English tail after generic
        words only (org_heads.yaml generic_tail_names) names an event's committee, no body."""
        return " ".join(w.lower for w in words) in self.generic_tail_names

    def _own_body_after_known(
        self, text: str, m: Mention, records: dict[str, OrgRecord]
    ) -> Mention:
        """ "Presiden Direktur Pertamina Foundation": a known company's name written right before
        an English tail of `own_body_tails` is the name of another body, the company's
        foundation, not the company; the mention becomes that body's."""
        tail = self.own_body_tail_re.match(text, m.end)
        if tail is None or records[m.key].kind != "company":
            return m
        name = clean_spaces(text[m.start : tail.end()])
        key = slugify(name)
        if key not in records:
            kind = self.heads.tails.get(name.split()[-1].lower(), "other")
            records[key] = OrgRecord(key, name, kind)
        return Mention(m.start, tail.end(), key, name, m.priority)

    def _shared_head_mentions(
        self, text: str, records: dict[str, OrgRecord], mentions: list[Mention]
    ) -> list[Mention]:
        """ "BPJS baik Kesehatan maupun Ketenagakerjaan", "Kementerian Kesehatan dan Sosial":
        two known bodies of one kind whose names open with the same word, written with that
        word once before the two conjuncts, are both named: the head with the first conjunct
        and the head with the whole second conjunct (which ends the capitalised run) must each
        be a known name, and the second must not open inside a mention found already."""
        out = []
        taken = _taken(mentions)
        # a head may open a mention found already (the first conjunct's), not sit inside one
        inside = Ranges(_merge([(m.start + 1, m.end) for m in mentions]))
        for found in _untaken(self.shared_head_re, text, inside):
            head = found.group().split()[0]
            pair = _SHARED_CONJUNCTS.match(text, found.end())
            if pair is None or pair.start("second") in taken:
                continue
            names = [f"{head} {clean_spaces(pair.group(part))}" for part in ("first", "second")]
            one, other = (self.lexicon.resolve(name) for name in names)
            if one is None or other is None or one.id == other.id or one.kind != other.kind:
                continue
            for org, name, start, stop in (
                (one, names[0], found.start(), pair.end("first")),
                (other, names[1], pair.start("second"), pair.end("second")),
            ):
                if start in taken:
                    continue
                self._known_record(org, records)
                out.append(Mention(start, stop, org.id, name, 3))
        return out

    def _bare_acronym_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        spelled: dict[str, str],
    ) -> list[Mention]:
        """ "sidang umum PBB", "Sekjen PKS M Kholid": the bare short form of a body whose
        letters also stand for something else, in an article that never writes that other
        sense ("pajak bumi dan bangunan", "perjanjian kerja sama"); read last, so a longer
        name around it ("Organisasi Pariwisata Dunia PBB") stands."""
        out = []
        taken = _taken(mentions)
        for org_id, letters, short, other_sense, own_field in self.bare_acronyms:
            if other_sense.search(text) or (own_field is not None and not own_field.search(text)):
                continue
            # "Islamic Cultural Center (ICC)": the article's own definition of the letters
            # outranks the lexicon's sense (as in `_reused`, session 49)
            if letters in spelled and self._spelled_otherwise(spelled[letters], org_id):
                continue
            for found in short.finditer(text):
                if found.start() in taken:
                    continue
                self._known_record(self.lexicon.orgs[org_id], records)
                out.append(Mention(found.start(), found.end(), org_id, found.group(), 3))
        return out

    def _tier_institution_mentions(
        self, text: str, records: dict[str, OrgRecord], mentions: list[Mention]
    ) -> list[Mention]:
        """ "pemilihan kepala daerah lewat *DPRD*", "masa jabatan *DPRD*": a tier of regional
        bodies written alone after a cue of its generic sense (`cues_before`, `cues_after` in
        org_heads.yaml) names the tier as one institution (the regional legislatures, as "DPR"
        names the national one), in an article set in no one region (`_set_in_a_region`) that
        writes no bare mention after a title or a person ("Ketua DPRD", "Budi, anggota DPRD",
        "Gedung DPRD": one body's officer or building). Without a cue the bare word is most
        likely one region's own body, whose place the text leaves out. Returns the mentions
        with the tier's added; a body read inside the tier's long form ("*Dewan Perwakilan
        Rakyat* Daerah", "... Daerah Kota Bandung" read as the DPR) is dropped whether or not
        the tier is added."""
        headlines = _headlines(text)
        for short, long, forms, cued, placed in self.tier_institutions:
            bare = []
            for found in forms.finditer(text):
                if found.start() in headlines:
                    continue
                inner = [m for m in mentions if found.start() <= m.start and m.end <= found.end()]
                if any(
                    m.end > found.start() and m.start < found.end()
                    for m in mentions
                    if m not in inner
                ):
                    continue  # inside a longer name ("Asosiasi DPRD Kota Seluruh Indonesia")
                if any(m.start == found.start() and m.end == found.end() for m in inner):
                    continue  # read whole already
                mentions = [m for m in mentions if m not in inner]
                # the long form alone is left: on the detik halves only a rule's list of the
                # seats a candidate may hold ("anggota Dewan Perwakilan Rakyat, Dewan Perwakilan
                # Daerah, dan Dewan Perwakilan Rakyat Daerah"), which the dev5 golds call generic
                if found.group() == short and not _PLACE_AFTER.match(text, found.end()):
                    bare.append(found)
            if not any(found.start() not in headlines for found in cued.finditer(text)) or any(
                found.start() not in headlines for found in placed.finditer(text)
            ):
                continue
            if self._set_in_a_region(text, mentions, records):
                continue
            if any(self._held_body(text, found.start(), found.end()) for found in bare):
                continue
            key = slugify(long)
            for found in bare:
                records.setdefault(key, OrgRecord(key, long, "agency", acronym=short))
                mentions.append(Mention(found.start(), found.end(), key, found.group(), 2))
        return mentions

    def _set_in_a_region(
        self, text: str, mentions: list[Mention], records: dict[str, OrgRecord]
    ) -> bool:
        """An article set in one region, where a bare regional body is that region's own: a
        regional head with a place ("Bupati Bogor"), a unit head with a place ("Kapolres
        Bogor"), a regional government or a placed office found, a place with its kind ("Kota
        Malang"), a known place after a locative ("di Medan"; the capital excepted) or a
        dateline other than the capital's ("BANDUNG - "). Headlines are not read."""
        headlines = _headlines(text)

        def body(found: re.Match[str]) -> bool:
            return found.start() not in headlines

        dateline = _DATELINE.search(text, 0, 400)
        if dateline is not None and dateline.group(1).strip() != _CAPITAL_DATELINE:
            return True
        places = place_names()
        return (
            any(body(f) for f in self.regional_head_placed.finditer(text))
            or any(
                body(t) and _PLACE_AFTER.match(text, t.end())
                for t in self.unit_head_re.finditer(text)
            )
            or any(
                records[m.key].kind == "regional_government" or records[m.key].placed
                for m in mentions
            )
            or any(body(f) for f in self.place_kinds.finditer(text))
            or any(
                body(f) and _known_place(f.group(1), places) not in (None, _CAPITAL_SEAT)
                for f in _PLACE_AFTER_LOCATIVE.finditer(text)
            )
        )

    def _held_body(self, text: str, start: int, end: int) -> bool:
        """ "Ketua *DPRD*", "gedung *DPRD*", "Budi, anggota *DPRD*": a bare body written after
        a word of one body's part (`one_body_words`: a building, a committee), a title's first
        word, a capitalised word inside a sentence ("Kewenangan DPRD ..." opening a sentence
        excepted), in a named person's apposition ("Budi (anggota DPRD)") or before a name in
        apposition ("anggota DPRD, Budi Santoso, ...") names one body."""
        if _NAME_AFTER.match(text, end):
            return True
        holder = _HOLDER_BEFORE.search(text, max(0, start - 80), start)
        if holder is not None and holder.group("title").lower() in self.holder_first_words:
            return True
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1).lower() in self.one_body_words:
            return True
        if before is None or not before.group(1)[:1].isupper():
            return False
        return before.group(1).lower() in self.title_first_words or not _SENTENCE_START.search(
            text, 0, before.start()
        )

    def _institution_named_after(
        self, text: str, m: Mention, records: dict[str, OrgRecord]
    ) -> bool:
        """ "Universitas *Muhammadiyah* Malang", "Rumah Sakit PKU *Muhammadiyah* Wonosobo",
        "Yayasan Perguruan Pendidikan *Nahdlatul Ulama*": a university, hospital or foundation
        named after a known body is its own organisation; the body inside its name is none.
        So is a school whose own number or name goes on after the body ("MTs *NU* Trate",
        "SMA *Muhammadiyah* 1"), when the body is of a kind schools are named after."""
        if self._school_named_after(text, m, records):
            return True
        words = _words_back(text, m.start, 5)
        if not words or not only_spaces(text, words[-1].end, m.start):
            return False
        # "Fakultas Ekonomi dan Bisnis *Universitas Indonesia*": a unit of the body named after
        # it by a head of its own, which stands
        if self._head_at(words_in(text, m.start, m.end), 0):
            return False
        # a Title Case headline capitalises its verbs too ("Universitas Indonesia *Gandeng*
        # KPK"): no name runs there
        if m.start in _headlines(text):
            return False
        for i in reversed(range(len(words))):
            if words[i].lower in CONNECTORS:
                return False  # "Universitas Airlangga *dan* Polri": a list, the body its own
            head = self._head_at(words, i)
            if head in self.named_after_heads:
                # the head's proper name runs up to the body
                name = words[i + len(head.split()) :]
                return head != "fakultas" and self._proper_words(name, head) == len(name)
        return False

    def _school_named_after(self, text: str, m: Mention, records: dict[str, OrgRecord]) -> bool:
        """ "MTs *NU* Trate", "SMK *PGRI* 2 Ponorogo": an organisation or a company inside a
        school's name, the school's own number or proper word after it. Not a state body ("SMA
        *BNN* Kota Bekasi", "Sekolah Rakyat *Kemensos* Bandung"), and in a Title Case headline
        only a number goes on: there every word is capitalised ("Razia di SMA BNN *Temukan*")."""
        if records[m.key].kind not in _SCHOOL_NAMESAKE_KINDS:
            return False
        if not self.school_before.search(text, max(0, m.start - 30), m.start):
            return False
        goes_on = _SCHOOL_NUMBER if m.start in _headlines(text) else _SCHOOL_NAME_GOES_ON
        return goes_on.match(text, m.end) is not None

    def _written_as_initials(self, text: str, m: Mention) -> bool:
        """A known short form written as someone's initials: in a list of initials ("ZF dan
        MA") or after "berinisial"."""
        if in_initials_list(text, m.start, m.end, lambda t: self.lexicon.resolve(t) is not None):
            return True
        return m.surface.isupper() and after_initials_word(text, m.start)

    @staticmethod
    def _party_board(
        text: str, m: Mention, known: list[Mention], records: dict[str, OrgRecord]
    ) -> bool:
        """ "Ketua DPD II Golkar Makassar", "DPW PKB Jatim": a body's short form right before a
        party (a regional board's rank between) is that party's board, not the DPD."""
        if records[m.key].kind == "party" or not m.surface.isupper():
            return False
        gap = _BOARD_RANK.match(text, m.end)
        after = gap.end() if gap else m.end
        return any(n.start == after and records[n.key].kind == "party" for n in known)

    def _reused(self, text: str, m: Mention, spelled: dict[str, str]) -> bool:
        """A known name used for something else: an acronym the article spells out as
        something else ("Pajak Kendaraan Bermotor (PKB)"), a street or housing estate ("Perum
        Asabri")."""
        if m.surface in spelled and self._spelled_otherwise(spelled[m.surface], m.key):
            return True
        place = place_word_before(text, m.start)
        return place is not None and (
            self.lexicon.resolve(clean_spaces(text[place : m.end])) is None
        )

    def _spelled_otherwise(self, long_form: str, org_id: str) -> bool:
        """True when ``long_form``, the text's spelling of a known acronym, names neither that
        organisation nor any body: no word of it is an organisation head ("Pajak Kendaraan
        Bermotor" for PKB; a "Badan ..." or "... Organization" may be the body's other name)."""
        known = self.lexicon.resolve(long_form)
        if known is not None:
            return known.id != org_id
        # "PT Perusahaan Gas Negara (PGN)": the spelling is inside one of the body's names
        lower = f" {long_form.lower()} "
        if any(lower in f" {n.lower()} " for n in self.lexicon.orgs[org_id].surfaces):
            return False
        words = long_form.lower().split()
        if not any(w in self.heads.kind_of or w in _ENGLISH_BODY_WORDS for w in words):
            return True
        # "Ikatan Pedagang Bakso (IPB)": a body the article spells letter by letter that shares
        # no word of the known body's names is the article's own body (session 49)
        return not self._shares_a_name_word(long_form, org_id)

    def _shares_a_name_word(self, long_form: str, org_id: str) -> bool:
        """Whether ``long_form`` holds a word of one of the known body's names other than a
        connector ("dan", "of") or a name suffix ("Nasional", "Indonesia"). Heads count as
        shared words ("Partai", "Badan", "Ikatan"): "Partai X (PAN)" stays the known PAN."""
        plain = _NAME_CONNECTORS | {s.lower() for s in self.heads.name_suffixes}
        own = {
            w
            for name in self.lexicon.orgs[org_id].surfaces
            for w in name.lower().split()
            if w not in plain
        }
        return any(w in own for w in long_form.lower().split() if w not in plain)

    @staticmethod
    def _known_record(org: KnownOrg, records: dict[str, OrgRecord]) -> OrgRecord:
        if org.id not in records:
            records[org.id] = OrgRecord(org.id, org.name, org.kind, org.acronym, known=True)
        return records[org.id]

    def _named_mention(
        self, name: str, start: int, end: int, kind: str, records: dict[str, OrgRecord]
    ) -> Mention:
        """A mention of ``name``: the known organisation it names, else a new record of
        ``kind`` keyed by its slug."""
        known = self.lexicon.resolve(name)
        if known:
            self._known_record(known, records)
            return Mention(start, end, known.id, name, 3)
        key = slugify(name)
        records.setdefault(key, OrgRecord(key, name, kind))
        return Mention(start, end, key, name, 1)

    # -- 2. acronym definitions ---------------------------------------------------------------
    def _acronym_definitions(
        self, text: str, records: dict[str, OrgRecord], known: list[Mention]
    ) -> list[Mention]:
        out = []
        known_at = {(m.start, m.end): m for m in known}
        for paren in _PAREN.finditer(text):
            inner = paren.group(1).strip()
            if _ACRONYM.fullmatch(inner) and not _is_plain_word(inner):
                mention = self._office_spelled_before(text, paren, inner, records)
                if mention is None:
                    mention = self._long_form_before(text, paren, inner, records, known_at)
                if mention is None:
                    mention = self._office_defined(text, paren, inner, records)
                if mention is None:
                    mention = self._translated_foreign(text, paren, inner, records, known)
            else:
                mention = self._long_form_inside(text, paren, inner, records)
            if mention:
                out.extend(mention)
        return out

    def _long_form_before(
        self,
        text: str,
        paren: re.Match[str],
        acronym: str,
        records: dict[str, OrgRecord],
        known_at: dict[tuple[int, int], Mention],
    ) -> list[Mention] | None:
        """ "Asosiasi ... Indonesia (ASPEKTI)": pick where the long form starts."""
        # "Badan Teknologi, Informasi, dan Intelejen Keuangan (BaTII)": the fields of the name
        # listed with commas or "&", which the plain reading stops at
        long_words = self._plain_long_form(
            text, paren.start(), acronym
        ) or self._coordinated_long_form(text, paren.start(), acronym, known_at)
        if not long_words:
            return None
        long_form = text[long_words[0].start : long_words[-1].end]
        kind = self._kind_of(long_words)
        field_end = self._field_after(text, paren.end())
        if field_end is not None:
            # "Kementerian Koordinator (Kemenko) Bidang Pemberdayaan Masyarakat": the acronym
            # stands in the middle of the name; name and acronym both take the field.
            field = clean_spaces(text[paren.end() : field_end])
            return self._defined(
                f"{clean_spaces(long_form)} {field}",
                f"{acronym} {field}",
                long_words[0].start,
                field_end,
                kind,
                records,
            )
        known = self.lexicon.resolve(long_form) or self._acronym_known(long_words, acronym)
        # "Indonesia Climate Change Forum (ICCF) 2025": a yearly event, not an organisation
        if not known and _YEAR_AFTER.match(text, paren.end()):
            return None
        # "12 Kantor Pelayanan Pajak (KPP)", "seluruh Kantor Wilayah (Kanwil)": offices of a
        # kind counted, no one body
        if not known and _counted_before(text, long_words[0].start):
            return None
        # "Badan Permusyawaratan Desa (BPD)", "Sekretariat Daerah (Setda)": a kind of local
        # body, one in every village or region; an organisation only with its place after it
        if (
            not known
            and kind in ("agency", "other")
            and _local_kind([w.text for w in long_words])
            and not self._place_after(text, paren.end())
        ):
            return None
        if not known:
            rest = self._rest_of_name(
                text, paren.end(), clean_spaces(long_form), acronym, long_words[0].start
            )
            if rest is not None:
                # "Badan Pengelola Investasi (BPI) Daya Anagata Nusantara", "Tim Nasional
                # (Timnas) Indonesia": the name goes on after the acronym
                name, short, end = rest
                return self._defined(name, short, long_words[0].start, end, kind, records)
        bare_head = clean_spaces(long_form).lower()
        if (
            not known
            and bare_head in self.heads.kind_of
            and bare_head not in self.heads.proper
            and kind != "regional_government"
        ):
            # "Satuan Tugas (Satgas) Penanganan Radiasi Cesium-137": a head alone is no name;
            # the name goes on after the acronym, or the text means a team in general
            return self._head_named_after(text, paren, long_words, acronym, kind, records)
        category = not known and _category_named([w.text for w in long_words], self.categories)
        proper_end = self._proper_name_after_category(text, paren.end()) if category else None
        if category and proper_end is None:
            return None  # "Badan Usaha Milik Daerah (BUMD) Kabupaten Majalengka": a category
        # "Badan Usaha Milik Daerah (BUMD) Riau Pangan Bertuah": one company of the category
        if category:
            kind = "company"
        elif not known:
            proper_end = self._proper_name_after(text, paren.end(), long_words)
        if proper_end is not None:
            # "Rumah Sakit Umum Pusat (RSUP) Prof Ngoerah", "Universitas Islam Negeri (UIN)
            # Maulana Malik Ibrahim": the long form is a kind of body, its name follows.
            proper = clean_spaces(text[paren.end() : proper_end])
            found = self._defined(
                f"{clean_spaces(long_form)} {proper}",
                f"{acronym} {proper}",
                long_words[0].start,
                proper_end,
                kind,
                records,
            )
            # Other names the article will use: "RSUP IKN" for "RSUP Ibu Kota Nusantara (IKN)",
            # "RSUP Ngoerah" for "RSUP Prof Ngoerah" (a person's title dropped)
            rec = records[found[0].key]
            inner = (
                _PAREN.match(text, proper_end + 1)
                if text[proper_end : proper_end + 1] == " "
                else None
            )
            untitled = _LEADING_TITLE.sub("", proper)
            for alias in (
                f"{acronym} {inner.group(1).strip()}"
                if inner and _ACRONYM.fullmatch(inner.group(1).strip())
                else None,
                f"{acronym} {untitled}" if untitled != proper else None,
            ):
                if alias and not rec.known and alias not in rec.aliases and alias != rec.acronym:
                    rec.aliases.append(alias)
            return found
        if (
            not known
            and kind == "regional_government"
            and not any(
                match_place([w.text for w in long_words], i) for i in range(1, len(long_words))
            )
        ):
            # "Pemerintah Kota (Pemkot) Semarang" names its place after the acronym;
            # "Pemerintah Daerah (Pemda)" alone is local government in general.
            return self._government_named_after(text, paren, long_words, acronym, records)
        if known:
            rec = self._known_record(known, records)
            # "Kedeputian II Kantor Staf Presiden (KSP)": a unit of the body, written before
            # the body's short form, is no other name of it (neither mention nor alias)
            sub_unit = long_words[0].text.lower() in self.sub_unit_heads
            # The long form may already be a known mention: keep it, add the acronym.
            mentions = [Mention(paren.start(1), paren.end(1), known.id, acronym, 3)]
            if not sub_unit and (long_words[0].start, long_words[-1].end) not in known_at:
                mentions.append(
                    Mention(long_words[0].start, long_words[-1].end, known.id, long_form, 3)
                )
            for surface in (acronym,) if sub_unit else (long_form, acronym):
                rec.add_alias(surface)
            return mentions
        key = slugify(long_form)
        if key not in records:
            records[key] = OrgRecord(key, clean_spaces(long_form), kind, acronym)
        return [
            Mention(long_words[0].start, long_words[-1].end, key, long_form, 2),
            Mention(paren.start(1), paren.end(1), key, acronym, 2),
        ]

    def _acronym_known(self, long_words: list[Word], acronym: str) -> KnownOrg | None:
        """The known body of a defined short form, unless the article spells it letter by
        letter as another body: "Ikatan Pedagang Bakso (IPB)" is no IPB University, the
        article's own definition outranks the lexicon's short form (session 49)."""
        known = self.lexicon.resolve(acronym)
        if known is None:
            return None
        spelled = spelled_definitions(" ".join(w.text for w in long_words) + f" ({acronym})")
        if spelled.get(acronym) and self._spelled_otherwise(spelled[acronym], known.id):
            return None
        return known

    def _head_named_after(
        self,
        text: str,
        paren: re.Match[str],
        long_words: list[Word],
        acronym: str,
        kind: str,
        records: dict[str, OrgRecord],
    ) -> list[Mention] | None:
        """ "Satuan Tugas (Satgas) Penanganan Radiasi": the name after the acronym completes a
        long form that is only a head word; without it there is no organisation."""
        words = _contiguous(
            text, paren.end(), words_in(text, paren.end(), min(len(text), paren.end() + 120))
        )
        if not words or not only_spaces(text, paren.end(), words[0].start):
            return None
        end = self._task_force_end(text, paren.end(), "", Ranges([]), frozenset())
        if end is None:
            return None
        rest = clean_spaces(text[paren.end() : end])
        return self._defined(
            f"{clean_spaces(text[long_words[0].start : long_words[-1].end])} {rest}",
            f"{acronym} {rest}",
            long_words[0].start,
            end,
            kind,
            records,
        )

    def _proper_name_after_category(self, text: str, start: int) -> int | None:
        """End of a proper name (no place alone) right after a category's acronym: "(BUMD)
        Riau Pangan Bertuah", "BUMDes Sekapuk"; None without one."""
        words = _contiguous(text, start, words_in(text, start, min(len(text), start + 80)))
        if not words or not only_spaces(text, start, words[0].start) or words[0].start == start:
            return None
        if words[0].text in self.legal_forms:
            return None  # "(LJK) PT Bank Mandiri Tbk": the company, named on its own
        n = self._proper_words(words)
        place = self._region_words(words[:n])
        if n > place and not all(is_common(w.text) for w in words[place:n]):
            if self.lexicon.resolve(clean_spaces(text[words[place].start : words[n - 1].end])):
                return None  # a known body named after the kind, on its own
            return words[n - 1].end
        return None

    def _category_named_mentions(
        self, text: str, records: dict[str, OrgRecord], mentions: list[Mention]
    ) -> list[Mention]:
        """ "BUMD Riau Pangan Bertuah", "BUMDes Sekapuk": a regional or village enterprise by
        its category's short form and its own proper name is one company."""
        taken = _taken(mentions)
        out = []
        for found in _untaken(_ENTERPRISE, text, taken):
            end = self._proper_name_after_category(text, found.end())
            if end is not None:
                name = clean_spaces(text[found.start() : end])
                out.append(self._named_mention(name, found.start(), end, "company", records))
        return out

    def _office_spelled_before(
        self, text: str, paren: re.Match[str], acronym: str, records: dict[str, OrgRecord]
    ) -> list[Mention] | None:
        """ "Pengadilan Negeri (PN) Cibadak", "Kepolisian Resor Kota (Polresta) Bogor Kota": an
        office's long form and short form name the office in general; a place the gazetteer
        does not name whole after them makes the organisation, as after the short form alone.
        No place: no organisation ([]). None when the bracket holds no office's short form
        spelled out before it, or when a gazetteer region follows (the branch rules take it)."""
        office = next((o for o in self.offices.written if o.lower() == acronym.lower()), None)
        if office is None:
            return None
        long_form = self.offices.long_of[office.lower()]
        before = re.search(
            r"(?<![\w-])" + re.escape(long_form).replace(r"\ ", r"[ \t]+") + r"[ \t]*$",
            text[max(0, paren.start() - 60) : paren.start()],
        )
        if before is None:
            return None
        start = max(0, paren.start() - 60) + before.start()
        found = self._office_place(text, paren.end(), office.lower(), frozenset(), start)
        if found is None or not found.place:
            return []
        end, place, region = found.end, found.place, found.region
        if (
            not found.seated
            and region is not None
            and match_place(place.split()) == len(place.split())
            and long_form not in self.regional_secretariats
        ):
            return None  # a region of the gazetteer: the branch rules name it ("Kejati Jatim")
        written = f"{clean_spaces(text[start : paren.start()])} {place}"
        existed = len(records)
        key = self._office_record(office, place, region, records)
        rec = records[key]
        if len(records) > existed:
            rec.name = written  # the article's first naming: "Kejaksaan Tinggi Jawa Timur"
        for alias in (written, f"{office} {place}"):
            if alias != rec.name and alias not in rec.aliases:
                rec.aliases.append(alias)
        long_end = start + len(before.group().rstrip())
        place_start = end - len(text[paren.end() : end].lstrip())
        return [  # the long form and the short form are two mentions; the place is part of both
            Mention(start, long_end, key, clean_spaces(text[start:long_end]), 2),
            Mention(paren.start(1), paren.end(1), key, acronym, 2),
            # a seated court's place is the district court's ("... (PHI) pada PN Bandung")
            *([] if found.seated else [Mention(place_start, end, key, place, 2, part=True)]),
        ]

    def _office_defined(
        self, text: str, paren: re.Match[str], acronym: str, records: dict[str, OrgRecord]
    ) -> list[Mention] | None:
        """ "Badan Kesatuan Bangsa dan Politik (Kesbangpol)": an office's short form whose
        letters skip the head ("KESatuan BANGsa POLitik"), known from the office table."""
        long_form = self.offices.long_of.get(acronym.lower())
        if not long_form:
            return None
        before = re.search(
            r"(?<![\w-])" + re.escape(long_form).replace(r"\ ", r"\s+") + r"[ \t]*$",
            text[max(0, paren.start() - 80) : paren.start()],
            re.IGNORECASE,
        )
        if before is None:
            return None
        start = max(0, paren.start() - 80) + before.start()
        end = start + len(before.group().rstrip())
        key = slugify(long_form)
        rec = records.setdefault(key, OrgRecord(key, long_form, "agency", acronym))
        rec.acronym = rec.acronym or acronym
        return [
            Mention(start, end, key, clean_spaces(text[start:end]), 2),
            Mention(paren.start(1), paren.end(1), key, acronym, 2),
        ]

    def _field_after(self, text: str, start: int) -> int | None:
        """End of "Bidang Pemberdayaan Masyarakat" right after ``start``, or None."""
        field = _FIELD.match(text, start)
        if field is None:
            return None
        words = _line_run(text, field.end())
        if not words or not only_spaces(text, field.end(), words[0].start):
            return None
        n = self._descriptive_words(words)
        return words[n - 1].end if n else None

    def _translated_foreign(
        self,
        text: str,
        paren: re.Match[str],
        acronym: str,
        records: dict[str, OrgRecord],
        known: list[Mention],
    ) -> list[Mention] | None:
        """ "Badan Pengawas Obat dan Makanan (FDA)": an Indonesian body's name translating a
        foreign one, whose own acronym follows. The acronym is no name of the known body and
        does not start with its initial, so the mention is the foreign body's."""
        if self.lexicon.resolve(acronym) is not None:
            return None
        for m in known:
            rec = records[m.key]
            if (
                m.priority == 3
                and " " in m.surface
                and rec.kind in ("ministry", "agency")
                and only_spaces(text, m.end, paren.start())
                and m.surface[0].lower() != acronym[0].lower()
                # "Kementerian Pekerjaan Umum (PU)": the field's letters, not a foreign name
                and not _letters_in_order(acronym, m.surface)
            ):
                key = slugify(f"{m.surface} {acronym}")
                records.setdefault(key, OrgRecord(key, clean_spaces(m.surface), rec.kind, acronym))
                m.key, m.priority = key, 2
                return [Mention(paren.start(1), paren.end(1), key, acronym, 2)]
        return None

    def _place_after(self, text: str, start: int) -> bool:
        """A province, regency or city right after ``start`` ("(BPBD) Jawa Tengah")."""
        gap = _BRANCH_GAP.match(text, start)
        if gap is None:
            return False
        words = _contiguous(
            text, gap.end(), words_in(text, gap.end(), min(len(text), gap.end() + 60))
        )
        return bool(words) and words[0].start == gap.end() and self._region_words(words) > 0

    def _rest_of_name(
        self, text: str, start: int, long_form: str, acronym: str, long_start: int
    ) -> tuple[str, str, int] | None:
        """(name, acronym, end) when the words right after an acronym finish its long form:
        into a known organisation's name, or with a name suffix (Indonesia, RI, Nasional)."""
        words = _line_run(text, start, 60)[:5]
        if not words or start == words[0].start or not only_spaces(text, start, words[0].start):
            return None
        for n in range(len(words), 0, -1):
            if not all(w.is_capitalized for w in words[:n]):
                continue
            tail = " ".join(w.text for w in words[:n])
            known = self.lexicon.resolve(f"{long_form} {tail}")
            if known is not None:
                return f"{long_form} {tail}", f"{acronym} {tail}", words[n - 1].end
        if words[0].text in self.heads.name_suffixes:
            tail = words[0].text
            return f"{long_form} {tail}", f"{acronym} {tail}", words[0].end
        n = self._written_again_after(text, long_start, long_form, words, acronym)
        if n:
            # "Pusat Kesejahteraan Sosial (Puskesos) Margakaya Istimewa ... data dari Puskesos
            # Margakaya Istimewa": the article writes the short form with the same words again
            tail = " ".join(w.text for w in words[:n])
            return f"{long_form} {tail}", f"{acronym} {tail}", words[n - 1].end
        return None

    def _written_again_after(
        self, text: str, long_start: int, long_form: str, words: list[Word], acronym: str
    ) -> int:
        """How many of the capitalised ``words`` right after a defined acronym the article
        writes again after the bare acronym ("Puskesos Margakaya Istimewa"): that many words are
        the body's own name (the longest such run, up to four words), or 0. Refused: a title
        holder's shape ("Direktur Eksekutif Lembaga Riset Kebijakan (LRK) Hendrawan Pratikno
        ... Direktur Eksekutif LRK Hendrawan Pratikno": the name after the bracket is the
        person's), words that are no name (`_no_name_run`) and a run any word of which the
        article writes apart from the short form ("Sulistyo menyebut")."""
        n = self._name_run(words)
        if (
            not n
            or self._title_before(text, long_start)
            or self._holder_of_short_form(text, acronym, words[0].text)
            or self._no_name_run(text, words, n)
            or self._written_apart(text, words[:n], acronym, long_form)
        ):
            return 0
        return self._longest_written_again(text, words[:n], acronym)

    def _name_run(self, words: list[Word]) -> int:
        """How many of ``words`` (up to four) could go on a body's name: capitalised, no
        capitals-only short form (a parent body: "Badan Anggaran (Banggar) DPR RI", "(DPM) FISIP
        Unud"), no personal name or name title ("(RSUP) Prof Ngoerah": the proper-name reading
        takes it, with its untitled alias), no title word, head or known body; 0 with a place or
        region word (a branch, read by `_branches`)."""
        n = 0
        for w in words[:4]:
            if (
                not w.is_capitalized
                or w.text.isupper()
                or _personal_word(w.text)
                or w.lower in name_titles()
                or w.lower in self.title_first_words
                or w.lower in self.heads.kind_of
                or self.lexicon.resolve(w.text) is not None
            ):
                break
            n += 1
        if not n or self._region_words(words) or match_place([w.text for w in words[:n]]):
            return 0
        return n

    def _title_before(self, text: str, long_start: int) -> bool:
        """A title or occupation word among the (up to three) words right before the long form
        or short form: "Ketua Lembaga Kajian Strategis (LKS) Wiratno Sulistyo", "perwakilan
        IPPT Hendrawan", "juru bicara ..." is how a holder is written, the name after the body
        the person's. The words are read back to a lower-case word that is neither
        ("meninjau Pusat Kesejahteraan Sosial (Puskesos)") or a punctuation mark."""
        window = text[max(0, long_start - 80) : long_start]
        window = re.split(r"[.,;:!?()\[\]\"“”'\n]", window)[-1]
        words = window.split()[-3:]
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() in self.holder_first_words:
                return True
            if any(" ".join(words[j : i + 1]).lower() in self.holder_phrases for j in range(i)):
                return True  # "juru bicara": a title whose last word is read first
            if not words[i][:1].isupper():
                return False
        return False

    def _holder_of_short_form(self, text: str, acronym: str, first: str) -> bool:
        """Some writing of "ACR First ..." goes on with "selaku"/"sebagai" ("(LRK) Hendrawan
        Pratikno selaku peneliti senior"): the words after the short form are a holder's name.
        (A title before a later "ACR First" says nothing: "Ketua IPNU Ranting Sukorejo" is the
        chair of the branch.)"""
        pattern = re.compile(
            r"(?<![\w-])" + re.escape(acronym) + r"\)?[ \t]+" + re.escape(first) + r"(?![\w-])"
        )
        return any(_HOLDER_MARKER.match(text, m.end()) for m in pattern.finditer(text))

    def _no_name_run(self, text: str, words: list[Word], n: int) -> bool:
        """The capitalised words after the bracket are no name: a day or month ("(DPK) Selasa",
        the org heads' non-name first words), a common word that is no noun, a verb ("(LPKN)
        Menilai"), a numeral of the cues' count words ("(GLS) Tahap Dua": a programme's phase), a
        personal name right after them (an English or unlisted title before a person: "(ICEA)
        Chairman Budi"), or a list going on with "dan" ("(Aspri) Alfamart dan Indomaret":
        members, not the body's name)."""
        if any(
            w.text in self.non_name_first
            or (is_common(w.text) and is_non_noun(w.text))
            or w.lower in cues()["count_words"]
            for w in words[:n]
        ):
            return True
        if n < len(words) and _personal_word(words[n].text):
            return True
        return self.list_goes_on.match(text, words[n - 1].end) is not None

    def _written_apart(self, text: str, run: list[Word], acronym: str, long_form: str) -> bool:
        """Any word of ``run`` written somewhere without the short form (or the long form) and
        the run's words before it: a person's name is ("Kepala Badan Gizi Nasional (BGN) Dadan
        Hindayana ... kata Dadan", "Sulistyo menyebut")."""
        body = (
            r"(?:(?<![\w-])"
            + re.escape(acronym)
            + r"\)?|"
            + r"\s+".join(re.escape(w) for w in long_form.split())
            + ")"
        )
        for i, w in enumerate(run):
            before = re.compile(
                body + "".join(r"[ \t]+" + re.escape(v.text) for v in run[:i]) + r"[ \t]+\Z"
            )
            for m in re.finditer(r"(?<![\w-])" + re.escape(w.text) + r"(?![\w-])", text):
                if not before.search(text, max(0, m.start() - len(long_form) - 80), m.start()):
                    return True
        return False

    def _longest_written_again(self, text: str, run: list[Word], acronym: str) -> int:
        """The longest start of ``run`` the article writes again after the bare acronym, outside
        a headline (a headline alone is no second writing), and no known body; 0 without."""
        headlines = _headlines(text)
        for k in range(len(run), 0, -1):
            if any(self.lexicon.resolve(" ".join(w.text for w in run[i:k])) for i in range(k)):
                continue
            again = re.compile(
                r"(?<![\w-])"
                + re.escape(acronym)
                + "".join(r"[ \t]+" + re.escape(w.text) for w in run[:k])
                + r"(?![\w-])"
            )
            if any(m.start() not in headlines for m in again.finditer(text)):
                return k
        return 0

    def _proper_name_after(self, text: str, start: int, long_words: list[Word]) -> int | None:
        """End of the proper name right after ``start`` when the long form before the acronym
        is only a kind of body: a head that needs a proper name (Universitas, Rumah Sakit)
        followed by ordinary words. A place there is a branch, not a name."""
        head = self._head_at(long_words, 0)
        if head is None or head not in self.heads.proper:
            return None
        rest = long_words[len(head.split()) :]
        if not all(is_common(w.text) or w.lower in self.faith_words for w in rest):
            return None
        # "Rumah Sakit Islam (RSI) Sultan Agung": a faith word leaves the long form a kind; after
        # a title ("Direktur Rumah Sakit Islam (RSI) Budi Santoso") the words are the holder's
        if any(w.lower in self.faith_words for w in rest) and self._title_before(
            text, long_words[0].start
        ):
            return None
        words = _line_run(text, start)
        if not words or not only_spaces(text, start, words[0].start) or start == words[0].start:
            return None
        n = self._proper_words(words)
        # "Rumah Sakit Islam (RSI) *Kamis* pagi": a day or month is no hospital's name
        n = next((i for i, w in enumerate(words[:n]) if w.lower in self.seat_stops), n)
        if n == 0 or match_place([w.text for w in words[:n]]) == n:
            return None
        return words[n - 1].end

    def _defined(
        self,
        name: str,
        acronym: str,
        start: int,
        end: int,
        kind: str,
        records: dict[str, OrgRecord],
    ) -> list[Mention]:
        """One mention from ``start`` to ``end`` of an organisation defined with its acronym."""
        known = self.lexicon.resolve(name) or self.lexicon.resolve(acronym)
        if known:
            self._known_record(known, records)
            return [Mention(start, end, known.id, name, 3)]
        key = slugify(name)
        records.setdefault(key, OrgRecord(key, name, kind, acronym))
        return [Mention(start, end, key, name, 2)]

    def _government_named_after(
        self,
        text: str,
        paren: re.Match[str],
        long_words: list[Word],
        acronym: str,
        records: dict[str, OrgRecord],
    ) -> list[Mention] | None:
        """ "Pemerintah Kota (Pemkot) Semarang": the government of the place after the
        acronym, under the id "Pemkot Semarang" has; the acronym and place are its parts."""
        words = _contiguous(
            text, paren.end(), words_in(text, paren.end(), min(len(text), paren.end() + 60))
        )
        n = (
            self._region_words(words)
            if words and only_spaces(text, paren.end(), words[0].start)
            else 0
        )
        if not n:
            return None
        long_form = text[long_words[0].start : long_words[-1].end]
        place = text[words[0].start : words[n - 1].end]
        government = regional_government(f"{clean_spaces(long_form)} {place}")
        if government is None:
            return None
        name, key = government
        rec = records.setdefault(key, OrgRecord(key, name, "regional_government"))
        rec.acronym = rec.acronym or f"{acronym} {place}"
        return [
            Mention(long_words[0].start, long_words[-1].end, key, long_form, 2),
            Mention(paren.start(1), paren.end(1), key, acronym, 2, part=True),
            Mention(words[0].start, words[n - 1].end, key, place, 2, part=True),
        ]

    def _long_form_inside(
        self, text: str, paren: re.Match[str], inner: str, records: dict[str, OrgRecord]
    ) -> list[Mention] | None:
        """ "APHTN-HAN (Asosiasi Pengajar ...)": the acronym before, the long form inside."""
        before = _words_back(text, paren.start(), limit=1)
        if not before or not _ACRONYM.fullmatch(before[-1].text):
            return None
        acronym = before[-1]
        inner_words = words_in(text, paren.start(1), paren.end(1))
        if not inner_words or self._long_form_start(inner_words, acronym.text) != 0:
            return None
        long_form = clean_spaces(paren.group(1))
        known = self.lexicon.resolve(long_form) or self.lexicon.resolve(acronym.text)
        key = known.id if known else slugify(long_form)
        if known:
            self._known_record(known, records)
        elif key not in records:
            records[key] = OrgRecord(key, long_form, self._kind_of(inner_words), acronym.text)
        prio = 3 if known else 2
        return [
            Mention(acronym.start, acronym.end, key, acronym.text, prio),
            Mention(paren.start(1), paren.end(1), key, long_form, prio),
        ]

    def _long_form_start(self, words: list[Word], acronym: str) -> int | None:
        """Index of the word where the long form of ``acronym`` starts, or None."""
        first = acronym[0].lower()
        starts = [
            i
            for i, word in enumerate(words)
            if self._head_at(words, i)
            and word.lower[0] == first
            and self._letters_fit(words[i:], acronym)
        ]
        if starts:
            # "Kejaksaan Tinggi DKI Jakarta dan Komisi Pemberantasan Korupsi (KPK)": a list of
            # organisations; the acronym names the one after the last "dan".
            listed = [i for i in starts[1:] if words[i - 1].lower in _LIST_CONNECTORS]
            if listed:
                return listed[-1]
            # "Kantor Kejaksaan Tinggi Jawa Tengah (Kejati Jateng)": the building of the body
            if words[starts[0]].lower in self.building_heads and starts[0] + 1 in starts:
                return starts[0] + 1
            return starts[0]
        # "Direktorat Kepatuhan Internal dan Transformasi Sumber Daya Aparatur (KITSDA)": a
        # directorate's head the short form leaves out
        for i, word in enumerate(words[:-1]):
            if (
                word.lower in _UNNAMED_HEADS
                and words[i + 1].lower[0] == first
                and self._letters_fit(words[i + 1 :], acronym)
            ):
                return i
        # English names end with their kind: "... Companies Association (IFICA)".
        if words[-1].lower in self.heads.tails:
            for i, word in enumerate(words):
                if word.is_capitalized and word.lower[0] == first:
                    # "Steering Committee (SC) Munas ...": an event's generic committee
                    if self._generic_committee(words[i:]):
                        return None
                    return i
        return None

    def _plain_long_form(self, text: str, end: int, acronym: str) -> list[Word]:
        """The long form of ``acronym`` in the name-like words right before ``end`` (no
        punctuation between): "Asosiasi ... Indonesia (ASPEKTI)"; [] when none starts there."""
        words = _words_back(text, end)
        start = self._long_form_start(words, acronym) if words else None
        return [] if start is None else words[start:]

    def _coordinated_long_form(
        self,
        text: str,
        end: int,
        acronym: str,
        known_at: dict[tuple[int, int], Mention],
    ) -> list[Word]:
        """The long form of ``acronym`` whose fields are a list, the head's name before the
        first comma or "&" and the last field after "dan"/"serta"/"&": "Departemen Pengelolaan
        Moneter & Aset Sekuritas (DPMA)", "Badan Teknologi, Informasi, dan Intelejen Keuangan
        (BaTII)". The listed fields must be spelled-out fields: a head word, a known body, a
        place, a personal name or a capitals short form among them makes a list of bodies or
        people ("Komisi Yudisial, Ombudsman dan Komnas HAM"), which the plain reading handles.
        Returns [] when it is not so."""
        items = _coordinated_items(text, end)
        if len(items) < 2 or not any(_closes_list(text, item) for item in items[1:]):
            return []
        first = items[0]
        start = self._long_form_start(first, acronym[:1])
        if start is None:
            return []
        if self._known_first_item(text, first[start:], known_at):
            # "Kementerian Pertanian, Perdagangan, dan Perindustrian (Kemenperin)": a list of
            # bodies sharing one head word, the first written out in full
            return []
        listed = [w for item in items[1:] for w in item]
        if any(s < listed[-1].end and e > listed[0].start for s, e in known_at):
            return []
        words = first[start:] + listed
        if not self._letters_fit(words, acronym):
            return []
        if not all(
            self._spelled_field(item, field) for item in items[1:] for field in _fields(item)
        ):
            return []
        return words

    def _known_first_item(
        self, text: str, item: list[Word], known_at: dict[tuple[int, int], Mention]
    ) -> bool:
        """The list's first item, head and first field up to its comma, is a known body by
        itself ("Kementerian Pertanian" in "Kementerian Pertanian, Perdagangan, dan
        Perindustrian"): a known mention covers it, or the lexicon resolves it."""
        if not item:
            return False
        start, end = item[0].start, item[-1].end
        return any(s <= start and e >= end for s, e in known_at) or (
            self.lexicon.resolve(clean_spaces(text[start:end])) is not None
        )

    def _listed_head(self, item: list[Word], i: int) -> bool:
        """A head that starts a body's name by itself at item[i]; the heads too general for
        that ("Masyarakat", "Pusat", "Forum": `acronym_only`) are field words in a list
        ("Pusat Studi Agama, Politik dan Masyarakat")."""
        head = self._head_at(item, i)
        return head is not None and head not in self.heads.acronym_only

    def _spelled_field(self, item: list[Word], field: list[Word]) -> bool:
        """One field of a listed long form: one to three spelled-out words ("Aset Sekuritas"),
        no head, known body, place, personal name or short form among them."""
        names = [w.text for w in field]
        return (
            0 < len(field) <= _MAX_FIELD_WORDS
            and not any(self._listed_head(item, item.index(w)) for w in field)
            and self.lexicon.resolve(" ".join(names)) is None
            and not any(match_place(names, i) for i in range(len(names)))
            and not any(_personal_word(n) or _short_caps(n) for n in names)
        )

    @staticmethod
    def _letters_fit(words: list[Word], acronym: str) -> bool:
        """The acronym's letters appear, in order, in the long form (a loose Schwartz-Hearst
        check): "Apeksi" in "Asosiasi Pemerintah Kota Seluruh Indonesia"."""
        letters = [c for c in acronym.lower() if c.isalnum()]
        long_form = " ".join(w.lower for w in words)
        pos = 0
        matched = 0
        for c in letters:
            found = long_form.find(c, pos)
            if found < 0:
                break
            matched += 1
            pos = found + 1
        # Tolerate one letter of the acronym that is not in the long form (ABADI).
        if matched >= len(letters) - 1 and len(words) >= min(2, len(letters)):
            return True
        # A short name made to be read as a word holds every word's initial, in order, and
        # letters of its own: "Aliansi Pengusaha Haramain Seluruh Indonesia (Asphirasi)".
        initials = [w.lower[0] for w in words if w.is_capitalized]
        return (
            len(initials) >= 3
            and len(initials) == len([w for w in words if w.lower not in CONNECTORS])
            and _letters_in_order("".join(initials), "".join(letters))
        )

    def _head_at(self, words: list[Word], i: int) -> str | None:
        """The organisation head word(s) starting at words[i], if any (longest first)."""
        if not words[i].is_capitalized:
            return None
        for size in (3, 2, 1):
            if i + size <= len(words):
                head = " ".join(w.lower for w in words[i : i + size])
                if head in self.heads.kind_of:
                    return head
        return None

    def _kind_of(self, words: list[Word]) -> str:
        head = self._head_at(words, 0)
        if head:
            return self.heads.kind_of[head]
        tail = self._english_tail(words)
        return self.heads.tails.get(words[-1 if tail is None else tail].lower, "other")

    # -- repeats of defined acronyms and long forms --------------------------------------------
    def _defined_repeats(
        self, text: str, records: dict[str, OrgRecord], mentions: list[Mention]
    ) -> list[Mention]:
        surfaces: dict[str, str] = {}
        for m in mentions:
            if m.priority == 2 and not m.part:
                surfaces[m.surface] = m.key
                if m.surface.isupper() is False and _ACRONYM.fullmatch(m.surface):
                    surfaces.setdefault(m.surface.upper(), m.key)
                acronym = records[m.key].acronym  # "Pemkot Semarang", defined in parts
                if acronym:
                    surfaces.setdefault(acronym, m.key)
                if not records[m.key].known:  # "RSUP IKN" of "RSUP Ibu Kota Nusantara (IKN)"
                    for alias in records[m.key].aliases:
                        surfaces.setdefault(alias, m.key)
        if not surfaces:
            return []
        pattern = re.compile(r"(?<![\w-])" + alternation(surfaces) + r"(?![\w-])")
        return [
            Mention(m.start(), m.end(), surfaces[_lookup(surfaces, m.group())], m.group(), 2)
            for m in pattern.finditer(text)
        ]

    # -- regional branches ----------------------------------------------------------------------
    def _branches(
        self,
        text: str,
        chosen: list[Mention],
        records: dict[str, OrgRecord],
        person_starts: frozenset[int] = frozenset(),
    ) -> list[Mention]:
        """ "Kejaksaan Tinggi (Kejati) Jawa Timur", "Apindo Jawa Tengah": an organisation
        followed by a province, regency or city is its regional branch, an organisation of
        its own (national agencies such as BPJS Ketenagakerjaan excepted)."""
        out: list[Mention] = []
        headlines = _headlines(text)
        office_named: set[str] = set()  # branches named as their office ("Kanwil ...")
        for m in chosen:
            rec = records[m.key]
            # A university in a city is not a branch ("USU Medan" is USU).
            # "Kominfo Jatim", "DKPP Kabupaten Indramayu": letters a region's own offices share
            namesake = rec.known and not m.part and m.surface.upper() in self.namesakes
            if (
                rec.known
                and rec.kind not in _BRANCHING_KINDS
                and rec.canonical not in self.branching
                and not namesake
                or rec.placed
                # "PT Sindangkasih Multi Usaha (PT SMU) Majalengka": a company's town
                or rec.kind in ("regional_government", "university", "company")
            ):
                out.append(m)
                continue
            after = _BRANCH_GAP.match(text, m.end)
            if after is None:
                out.append(m)
                continue
            words = words_in(text, after.end(), min(len(text), after.end() + 60))
            words = _contiguous(text, after.end(), words) if words else []
            if words and words[0].start != after.end():
                words = []
            # "SMP 12 Krui *Kabupaten* Pesisir Barat": an area written with its level after a
            # school's own proper word says where it stands; after its number it names the
            # school ("SMAN 1 Kota Bekasi"), as a bare place names a campus ("MAN Insan
            # Cendekia (IC) Gorontalo")
            if (
                rec.kind == "school"
                and words
                and _area_level_at(text, words[0])
                and not m.surface.rsplit(maxsplit=1)[-1].isdigit()
            ):
                out.append(m)
                continue
            n = self._region_words(words)
            region = region_named(" ".join(w.text for w in words[:n])) if n else None
            key = f"{rec.canonical}-{slugify(region.name)}" if region else None
            # "Apeksi Bima Arya Sugiarto": a one-word place before more capitalised words may
            # be a person's name; a region word or a longer place name is not, nor a branch
            # the article already named ("HIPMI Kaltim Rizky").
            # A region's short form ("Bappenda *NTB* Fathurrahman", "Jatim") is no
            # personal name: only a place written as its own name ("Bima") may be one. Nor is
            # a place before a name that opens by itself: a Balinese noble name ("Disdikpora
            # *Denpasar* Anak Agung Gede Wiratama") or a person the NER starts after the place
            # ("Kemenag *Purwakarta* Munir Huda").
            if (
                n == 1
                and key not in records
                and (region is None or words[0].text == region.bare)
                and not _balinese_name_at(words, 1)
                and (
                    words[0].start in person_starts
                    or len(words) > 1
                    and words[1].is_capitalized
                    and (
                        words[1].start not in person_starts
                        # "Kepala Kantor Staf Kominfo *Bima Arya* Sugiarto": a namesake is read
                        # as an office only where its place is surely one (else, as on main,
                        # the national body)
                        or namesake
                        # "Apeksi *Bima Arya* Sugiarto ... kata Bima Arya Sugiarto": the NER
                        # starts the person late, but the article writes the pair as a name
                        or _pair_named_elsewhere(text, words[0], words[1], m.surface)
                    )
                    and _contiguous(text, words[0].end, words[1:2])
                )
            ):
                region = None
            # "di Gedung DKPP Jakarta": the capital after a namesake is the national body's seat
            if namesake and n == 1 and words[0].text == _CAPITAL_SEAT:
                region = None
            # "Kanwil DJP Jawa Tengah *II*": an office numbered within its region
            if (
                region is not None
                and n < len(words)
                and _ROMAN_NUMBER.match(text, words[n - 1].end)
            ):
                n += 1
                key = f"{key}-{words[n - 1].lower}"
            # "Pusat Kesejahteraan Sosial (Puskesos) Desa Margakaya": a body the article
            # defines, placed in a village or district the gazetteer does not list
            village = 0 if region or rec.acronym is None or namesake else self._village_place(words)
            if village:
                n = village
                key = f"{rec.canonical}-{slugify(text[words[0].start : words[n - 1].end])}"
            elif region is None:
                out.append(m)
                continue
            assert key is not None  # named whenever a place is
            place = text[words[0].start : words[n - 1].end]
            in_headline = m.start in headlines
            # Every mention of the parent in this stretch ("Kejaksaan Tinggi (Kejati)"), or of
            # this branch, moves; never another place's ("Kanwil Kemenag Jawa Tengah (Kemenag
            # Kota Semarang)")
            stretch = [m]
            for prev in out[::-1]:
                if prev.key not in (m.key, key) or text[prev.end : m.start].strip(" ()") != "":
                    break
                stretch.append(prev)
            # "Kantor Wilayah Badan Pertanahan Nasional (BPN) Jawa Tengah", "Kanwil BPN Jateng":
            # the body's office in the region, the same branch (one id however the article
            # writes it) named with its office word
            start = stretch[-1].start
            office = (
                None if namesake else self.body_office_re.search(text, max(0, start - 30), start)
            )
            name, acronym = f"{rec.name} {place}", f"{rec.acronym} {place}" if rec.acronym else None
            if namesake:
                # no branch of the national body but the region's own office (its Dinas),
                # named as written (the dev golds keep "Bappeda Sumsel", "Kominfo Sleman")
                name, acronym = clean_spaces(f"{m.surface} {place}"), None
            old = records.get(key)
            if office is not None:
                word = self.body_office_long[" ".join(office.group(1).split())]
                name = f"{word} {name}"
                acronym = f"{self.body_office_short.get(word, word)} {acronym}" if acronym else None
                stretch[-1].start = office.start(1)
                # named as an office once, by the first office mention (outside the headline)
                rename = (
                    key not in office_named
                    or old is not None
                    and (old.named_in_headline and not in_headline)
                )
                office_named.add(key)
            else:
                rename = old is None or (
                    key not in office_named and old.named_in_headline and not in_headline
                )
            if rename:
                # Named as the body first writes it ("Kejati Jawa Timur" in the body, not
                # the headline's "Kejati Jatim", which stays an alias).
                records[key] = OrgRecord(
                    key,
                    name,
                    "agency" if namesake else rec.kind,
                    acronym,
                    named_in_headline=in_headline,
                    parent=None if namesake else m.key,
                    placed=namesake,
                    # its letters alone are the office's alias too, as the dev golds write a
                    # regional office's short form ("Kominfo" of Diskominfo Sleman, "DLH")
                    aliases=[m.surface] if namesake else [],
                )
                if old is not None:
                    # the plain branch's names ("BI Sumsel") stay the office's aliases
                    kept = (
                        (old.name, old.acronym)
                        if office is not None
                        else (old.acronym or old.name,)
                    )
                    records[key].aliases = [
                        a
                        for a in dict.fromkeys((*kept, *old.aliases))
                        if a and a not in (records[key].name, records[key].acronym)
                    ]
            branch = records[key]
            for moved in stretch:
                moved.key = key
            out.append(m)
            if not text[m.end : after.end()].strip():  # "Apindo Jawa Tengah": one span
                m.end = words[n - 1].end
            else:  # "(Kejati) Jawa Timur": the region as a part
                out.append(
                    Mention(words[0].start, words[n - 1].end, key, place, m.priority, part=True)
                )
            surface = text[m.start : words[n - 1].end]
            if (
                surface not in (branch.name, branch.acronym)
                and surface not in branch.aliases
                and ")" not in surface
            ):
                branch.aliases.append(surface)
        return _to_only_branch(out, records, self.office_words)

    def _as_written_elsewhere(
        self, text: str, m: Mention, records: dict[str, OrgRecord], person_starts: frozenset[int]
    ) -> Mention:
        """ "Direktur Utama PT Dhirga Surya Ari Wibowo SH" beside "PT Dhirga Surya,", "Direktur
        Operasional DNR Logistics" beside "Dirut DNR Logistics": a name the article also
        writes shorter, standing alone, ran into a person after it (a personal name or an
        initial) or took a common word before it; the shorter name is the body's."""
        rec = records[m.key]
        words = words_in(text, m.start, m.end)
        # an office named with its place ends at the place ("Kedutaan Besar *RI* di Arab Saudi":
        # "RI" is no initial)
        if rec.known or rec.placed or m.part or len(words) < 3 or "(" in text[m.start : m.end]:
            return m
        for k in range(len(words) - 2, 1, -1):  # a person after it, two words at least
            nxt = words[k]
            short = clean_spaces(text[m.start : words[k - 1].end])
            # or the words after it a person the NER reads where the text writes them alone:
            # "Dirut PT AJS Hendrisman Rahim" beside "bersama-sama dengan Hendrisman Rahim"
            if (
                words[k - 1].lower not in self.heads.region_words
                and not match_place([w.text for w in words[k:]])
                and self._person_elsewhere(text, text[nxt.start : m.end], m, person_starts)
            ):
                return self._cut_to(m, short, m.start, words[k - 1].end, records)
            if not (
                nxt.lower in person_name_words()
                or nxt.start in person_starts
                or nxt.is_initial  # "M Ihdan Nazar Husaini"
            ):
                continue
            if self._written_alone(text, short, m.start):
                return self._cut_to(m, short, m.start, words[k - 1].end, records)
        # a common word between a title and the name ("Direktur *Operasional* DNR Logistics")
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        for k in range(1, len(words) - 1):
            if (
                before is None
                or before.group(1).lower() not in self.role_words
                or self._head_at(words, 0)
                or not all(is_common(w.text) and w.is_capitalized for w in words[:k])
            ):
                break
            short = clean_spaces(text[words[k].start : m.end])
            if self._written_alone(text, short, m.start):
                return self._cut_to(m, short, words[k].start, m.end, records)
        return m

    @staticmethod
    def _person_elsewhere(text: str, name: str, m: Mention, person_starts: frozenset[int]) -> bool:
        """The NER reads ``name`` as a person where the text writes it outside ``m``."""
        pattern = phrase_pattern(name)
        return any(
            not m.start <= found.start() < m.end and found.start() in person_starts
            for found in pattern.finditer(text)
        )

    @staticmethod
    def _written_alone(text: str, name: str, not_at: int) -> bool:
        """The text writes ``name`` somewhere other than ``not_at`` with no capitalised word
        going on after it (a comma, a lower-case word, the line's end)."""
        pattern = phrase_pattern(name)
        return any(
            found.start() != not_at and not _CAPITAL_WORD.match(text, found.end())
            for found in pattern.finditer(text)
        )

    def _cut_to(
        self, m: Mention, name: str, start: int, end: int, records: dict[str, OrgRecord]
    ) -> Mention:
        key = slugify(name)
        if key not in records:
            records[key] = OrgRecord(key, name, records[m.key].kind)
        return Mention(start, end, key, name, m.priority)

    def _village_place(self, words: list[Word]) -> int:
        """Words of a village or district after a body: a village word and one or two proper
        words ("Desa Margakaya", "Kecamatan Telukjambe Barat"), or 0."""
        if not words or words[0].lower not in self.heads.village_words:
            return 0
        n = 0
        for w in words[1:3]:
            if not w.is_capitalized or w.lower in self.role_words or w.lower in self.ranks:
                break
            n += 1
        return 1 + n if n else 0

    # -- foreign bodies -----------------------------------------------------------------------
    def _foreign(
        self,
        text: str,
        chosen: list[Mention],
        records: dict[str, OrgRecord],
        sentences: list[tuple[int, int]],
    ) -> list[Mention]:
        """ "Kementerian Kebudayaan Prancis", "Kepolisian Prancis": a known Indonesian ministry
        or agency followed by a country is that country's body, an organisation of its own;
        then the home bodies of an article set abroad (``abroad`` maps the known body's key to
        the foreign body's)."""
        boards = []
        abroad: dict[str, str] = {}
        for m in chosen:
            rec = records[m.key]
            # known bodies, bodies named by a head word ("Departemen Luar Negeri AS") and
            # parties ("Partai Buruh Inggris" is the British Labour Party)
            if (
                m.part
                or not (rec.known or m.priority == 1)
                or rec.kind not in ("ministry", "agency", "party")
            ):
                continue
            # "DPD KSPSI", "DPD Golkar": a party's or union's regional board (Dewan Pimpinan
            # Daerah), not the Dewan Perwakilan Daerah.
            if m.surface == "DPD" and _BOARD_OF.match(text, m.end):
                boards.append(m)
                continue
            country = self.country_re.match(text, m.end)
            if not country:
                continue
            m.end = country.end()
            m.surface = clean_spaces(text[m.start : m.end])
            key = slugify(m.surface)
            records.setdefault(key, OrgRecord(key, m.surface, rec.kind))
            abroad.setdefault(m.key, key)
            m.key = key
            m.priority = 1
        chosen = [m for m in chosen if m not in boards]
        # the article's setting abroad, counted once and only if a reading below needs it
        memo: list[tuple[str, bool] | None] = []

        def setting() -> tuple[str, bool] | None:
            if not memo:
                memo.append(self._abroad_setting(text, sentences))
            return memo[0]

        chosen = self._home_bodies_abroad(text, chosen, records, abroad, setting)
        return self._bare_chambers_abroad(text, chosen, records, setting)

    def _home_bodies_abroad(
        self,
        text: str,
        chosen: list[Mention],
        records: dict[str, OrgRecord],
        abroad: dict[str, str],
        setting: Callable[[], tuple[str, bool] | None],
    ) -> list[Mention]:
        """An article set wholly abroad (foreign countries named twice or more, and no
        Indonesian anchor: Indonesia, RI, rupiah, a province, regency or city) writes another
        state's bodies with the Indonesian names: "Ketua DPR Mike Johnson". A bare home state
        body there is the foreign body the article itself names with its country ("DPR" after
        "DPR AS"); one the article never writes with a country is left as it is: "dolar AS"
        in a rupiah report, the partner of a trade or diplomacy story, or the country a fugitive
        fled to name countries in articles set at home. A bare home state organ the article
        never writes with a country, where the article is set in one country (written four
        times at least, and in two of three country mentions), is that country's organ: "Ketua
        DPR Mike Johnson" in a report on the United States is the "Dewan Perwakilan Rakyat
        AS"; a partner country named once or twice is no setting."""
        bare = [
            m
            for m in chosen
            if records[m.key].known and records[m.key].canonical in self.home_state_bodies
        ]
        if not bare:
            return chosen
        abroad_setting = setting()
        if abroad_setting is None:
            return chosen
        country, set_there = abroad_setting
        for m in bare:
            rec = records[m.key]
            if m.key in abroad:
                m.key = abroad[m.key]
            elif rec.canonical in self.every_state_organs and set_there:
                key = f"{rec.canonical}-{slugify(country)}"
                records.setdefault(
                    key,
                    OrgRecord(
                        key,
                        f"{rec.name} {country}",
                        rec.kind,
                        f"{rec.acronym} {country}" if rec.acronym else None,
                    ),
                )
                m.key = key
        return chosen

    def _bare_chambers_abroad(
        self,
        text: str,
        chosen: list[Mention],
        records: dict[str, OrgRecord],
        setting: Callable[[], tuple[str, bool] | None],
    ) -> list[Mention]:
        """ "Kongres", "Senat" written bare in an article set abroad (as ``_home_bodies_abroad``
        reads it): no Indonesian body has those names, so the chamber is the foreign state's,
        the one the article writes with its country ("sidang Kongres" after "Kongres Peru"),
        or else the country the article is set in ("Pemimpin Minoritas Senat Chuck Schumer" in
        a US report: "Senat AS"); the bare word is kept as the record's alias (session 48)."""
        if self.foreign_chamber_re.search(text) is None or not (
            self.legislative_cue_re.search(text) or self.chamber_named_re.search(text)
        ):
            return chosen
        abroad_setting = setting()
        if abroad_setting is None:
            return chosen
        country, set_there = abroad_setting
        taken = _taken(chosen)
        added = []
        meetings = self._chamber_meetings(text)
        for found in _untaken(self.foreign_chamber_re, text, taken):
            word = found.group()
            if word in meetings or found.end() in taken or self._chamber_glued(text, found):
                continue
            written_with = {
                m.key
                for m in chosen
                if records[m.key].name.startswith(word + " ")
                and records[m.key].name[len(word) + 1 :].lower() in self.country_names
            }
            if len(written_with) == 1:
                key = written_with.pop()
                there = records[key].name[len(word) + 1 :]
            elif not written_with and set_there:
                key = slugify(f"{word} {country}")
                there = country
            else:
                continue
            # "Kongres" in a Swiss or Chinese report is a meeting: no chamber of that name
            if self.country_of.get(there, there) not in self.chamber_countries[word]:
                continue
            records.setdefault(key, OrgRecord(key, f"{word} {country}", "agency"))
            records[key].add_alias(word)
            added.append(Mention(found.start(), found.end(), key, word, 1))
        return sorted(chosen + added, key=lambda m: m.start) if added else chosen

    def _chamber_meetings(self, text: str) -> set[str]:
        """The chamber words the article writes before a name that is no country ("Kongres
        FIFA", "Kongres Partai", "Senat Mahasiswa": an acronym or a word of
        `chamber_meeting_words`): its bare word is then that congress or senate."""
        meetings = set()
        for found in self.foreign_chamber_re.finditer(text):
            nxt = _NEXT_CAPITALISED.match(text, found.end())
            if nxt is None or nxt.group(1).lower() in self.country_names:
                continue
            name = nxt.group(1)
            if name in self.chamber_meeting_words or (len(name) > 1 and name.isupper()):
                meetings.add(found.group())
        return meetings

    def _chamber_glued(self, text: str, found: re.Match[str]) -> bool:
        """A chamber word inside another name or phrase: a capital, a digit, "ke-" or a bracket
        after it ("Senat Akademik", "Kongres ke-5", "Kongres (AS)"); a lower-case noun or
        adjective after it ("Kongres partai", "Senat kuno"; function words and verbs, by their
        prefix, pass: "Kongres harus", "Senat menolak"); a capitalised word before it that is
        no title and opens no sentence ("Perpustakaan Kongres")."""
        if re.match(r"[ \t]+(?:[A-Z0-9]|ke-)|[ \t]*\(", text[found.end() : found.end() + 5]):
            return True
        nxt = _NEXT_LOWER.match(text, found.end())
        if (
            nxt is not None
            and nxt.group(1) not in self.chamber_next_words
            and _VERB_PREFIX.match(nxt.group(1)) is None
        ):
            return True
        before = _CAPITALISED_BEFORE.search(text, max(0, found.start() - 40), found.start())
        if before is None or before.group(1) in self.chamber_titles_before:
            return False
        return _SENTENCE_OPEN.search(text, max(0, before.start(1) - 5), before.start(1)) is None

    def _abroad_setting(
        self, text: str, sentences: list[tuple[int, int]]
    ) -> tuple[str, bool] | None:
        """Whether an article is set abroad, shared by the readings of its bare bodies: none if
        it names foreign countries fewer than twice ("Presiden Brasil" once in a speech of
        Prabowo's) or has an Indonesian anchor (Indonesia, RI, rupiah, a province, regency or
        city); else the country as it writes it most often, and whether it is set there
        (written four times at least, and in two of three country mentions)."""
        if _home_anchor().search(text):
            return None
        country, times, mentions, written = self._setting(text, sentences)
        if written < 2:
            return None
        return country, times >= 4 and times * 3 >= mentions * 2

    def _setting(self, text: str, sentences: list[tuple[int, int]]) -> tuple[str, int, int, int]:
        """The country an article abroad is set in, counted once per sentence over its forms
        ("Amerika Serikat (AS)" is one mention; "Amerika Latin" is no country; a currency,
        "dolar AS", names no place): the form the article writes it most often in ("AS"), the
        sentences naming it, the country mentions counted so, and all country words written."""
        per_sentence: Counter[str] = Counter()
        written: Counter[str] = Counter()
        for start, end in sentences:
            seen = set()
            for c in self.foreign_country_re.finditer(text, start, end):
                if _CURRENCY_BEFORE.search(
                    text[max(start, c.start() - 20) : c.start()]
                ) or _AMERICA_REGION.match(text, c.end()):
                    continue
                seen.add(self.country_of.get(c.group(), c.group()))
                written[c.group()] += 1
            per_sentence.update(seen)
        if not per_sentence:
            return "", 0, 0, 0
        setting, times = per_sentence.most_common(1)[0]
        country = max(
            (c for c in written if self.country_of.get(c, c) == setting), key=written.__getitem__
        )
        return country, times, sum(per_sentence.values()), sum(written.values())

    # -- regional offices: office word + place ---------------------------------------------------
    def _office_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int] = frozenset(),
        title_end: int = 0,
    ) -> list[Mention]:
        """ "Polda Sumut", "Polres Metro Bekasi", "Kejari Gresik", "Pengadilan Negeri Denpasar",
        "Kodim 0830/Surabaya", "KBRI Mesir": an office is named by the place it serves, so the
        office word alone is not an organisation but office + place is one."""
        taken = _taken(mentions)
        out: list[tuple[Mention, str, bool, str]] = []
        for head in _untaken(self.office_re, text, taken):
            if _CASE_NUMBER_END.search(text, max(0, head.start() - 8), head.start()):
                continue  # a case number's court code: "135/Pid.Sus-LH/2025/PN Cbd"
            office = (
                head.group("ma").capitalize()
                if head.group("ma")
                else clean_spaces(head.group("office"))
            )
            if self._secretariat_building(text, office, head.start()):
                continue
            joint = (
                self.second_court_field.match(text, head.end())
                if self.offices.long_of[office.lower()] in self.seated_courts
                else None
            )
            found = self._office_place(
                text,
                joint.end() if joint else head.end(),
                office.lower(),
                person_starts,
                head.start(),
            )
            if found is None:
                continue
            end, place, region = found.end, found.place, found.region
            if joint:  # one court of both fields, named as written (no key of either alone)
                end = max(end, joint.end())
                key = self._joint_court_record(office, joint.group(1), place, region, records)
            else:
                key = self._office_record(office, place, region, records)
            rec = records[key]
            surface = clean_spaces(text[head.start() : end])
            # "Kejati Daerah Istimewa Yogyakarta (DIY)": the place's abbreviation makes the
            # short name the article goes on to use ("Kejati DIY")
            short = _PLACE_ABBREVIATION.match(text, end)
            written = None if found.seated else surface  # the seated court's: see below
            if found.field:  # "Pengadilan Tindak Pidana Korupsi (Tipikor) Medan": "Pengadilan
                written = f"{office.split()[0]} {found.field} {place}"  # Tipikor Medan"
            for alias in (written, f"{office} {short.group(1)}" if short and place else None):
                if alias and alias != rec.name and alias not in rec.aliases:
                    rec.aliases.append(alias)
            long_form = self.offices.long_of[office.lower()]
            if joint:  # a bare "Pengadilan Tipikor" elsewhere is not this court's
                long_form = f"{long_form} dan {joint.group(1)}"
            seated = office if found.seated else ""  # the seated court as written, no place
            if seated and joint:
                seated = f"{office} dan {joint.group(1)}"
            out.append((Mention(head.start(), end, key, surface, 2), long_form, not place, seated))
        out += self._headline_offices(text, records, taken, person_starts, title_end)
        return self._placeless_to_placed(out, records)

    def _secretariat_building(self, text: str, office: str, start: int) -> bool:
        """A region's secretariat after a venue ("di Kantor Setda Kabupaten Bogor", "di ruang
        Paseban, Setda Kabupaten Cirebon") or after "di"/"ke" right after an event or motion
        verb ("Rapat digelar di Setda ..."): the building where something happens, no body."""
        if self.offices.long_of[office.lower()] not in self.regional_secretariats:
            return False
        return (
            self._venue_before(text, start)
            or bool(self.any_room_before.search(text, max(0, start - 80), start))
            or bool(self.venue_verb_before.search(text, max(0, start - 40), start))
        )

    def _headline_offices(
        self,
        text: str,
        records: dict[str, OrgRecord],
        taken: Ranges,
        person_starts: frozenset[int],
        title_end: int,
    ) -> list[tuple[Mention, str, bool, str]]:
        """ "Polres Jakpus Buat Gerai Rakyat Mart" over a body that writes only "Kapolres": an
        office named with its place in a Title Case headline is the article's office, though the
        readers skip headlines (their capitalised verbs glue to names). Read only in the title
        line (``title_end``: a Title Case line of the body is a subhead or a link to another
        story), when a region of the gazetteer is the place (no free proper words: "Polsek
        Tambun *Tangkap*") and the article names no office of that kind anywhere else ("Polda
        *Metro* Dijerat" over a body naming "Polda Metro Jaya": the headline cuts it). The kinds
        are those of the body, taken before the loop: "Polres Cianjur dan Polres Sukabumi Gelar
        ..." names both (session 46)."""
        if not title_end:
            return []
        headlines = _headlines(text[:title_end])
        recorded = tuple(records)  # before the loop: the headline's own offices do not count
        out: list[tuple[Mention, str, bool, str]] = []
        for head in self.office_re.finditer(text, 0, title_end):
            if head.start() not in headlines or head.start() in taken or head.group("ma"):
                continue
            office = clean_spaces(head.group("office"))
            long_form = self.offices.long_of[office.lower()]
            kind = slugify(long_form) + "-"
            if any(key.startswith(kind) for key in recorded):
                continue
            found = self._office_place(
                text, head.end(), office.lower(), person_starts, head.start()
            )
            if found is None or found.region is None or found.seated or found.field:
                continue
            key = self._office_record(office, found.place, found.region, records)
            surface = clean_spaces(text[head.start() : found.end])
            out.append((Mention(head.start(), found.end, key, surface, 2), long_form, False, ""))
        return out

    def _classed_office_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int],
    ) -> list[Mention]:
        """ "Lapas Kelas I Medan Tanjung Gusta", "Rutan Kelas 1A Pakjo", "Rumah Penyimpanan Benda
        Sitaan Negara (Rupbasan) Kelas I Jakarta Barat": a correctional office's class stands
        between its word and its place, so the office reader (office word + place) found no place
        or only the own name written later. The name is the office, the class and the place the
        office reader reads (``_classed_place``); a city before further words is the prison's
        seat, the rest its own name, so the record is the one "Lapas Tanjung Gusta" makes (same
        long form and own name, session 47)."""
        out: list[Mention] = []
        for found in _untaken(self.classed_re, text, _taken(mentions)):
            words = self._classed_place(text, found.end(), person_starts)
            if not words:
                continue  # "Lapas Kelas I" alone names no prison
            place = [w.text for w in words]
            end = words[-1].end
            seat = match_place(place)
            seat += seat < len(place) and place[seat] == "Kota"  # "Tangerang Kota" is the seat
            own = place[seat:] if 0 < seat < len(place) else place
            region = region_named(" ".join(own)) if match_place(own) == len(own) else None
            long_form = self.classed_long[found.group("office").lower()]
            key = slugify(f"{long_form} {region.name if region else ' '.join(own)}")
            office, grade = clean_spaces(found.group("office")), clean_spaces(found.group("grade"))
            name = f"{office} {grade} {' '.join(place)}"
            rec = records.setdefault(key, OrgRecord(key, name, "agency", placed=True))
            rec.add_alias(name)
            if found.group("short"):  # "(Rupbasan)": the short office word makes the short name
                rec.add_alias(f"{found.group('short')} {grade} {' '.join(place)}")
            out.append(Mention(found.start(), end, key, clean_spaces(text[found.start() : end]), 2))
        return out

    def _classed_place(self, text: str, start: int, person_starts: frozenset[int]) -> list[Word]:
        """The place words after a classed office's class, read as the office reader reads a
        seat: a region of the gazetteer ("Medan", "Jakarta Barat") or one or two proper words it
        lacks ("Cibinong", "Pakjo"; ``_proper_place_words``: a day, a month, a common word, a
        title, an office word, a person or a region after the first word ends them). The second
        of two unlisted words, and the prison's own name after a listed city ("Medan *Tanjung
        Gusta*"), must be an own-name word (``_own_name_word``); the own name is taken only when
        the article also writes the office with it alone ("Lapas Tanjung Gusta"), since a word
        run on after a city is more often the next clause's (review of session 47)."""
        words = _line_run(text, start)
        if not words or not only_spaces(text, start, words[0].start):
            return []
        seat = match_place([w.text for w in words]) or self._region_words(words)
        if seat == 0:
            seat = self._proper_place_words(words, person_starts)
            if seat and not self._own_name_word(words, 0, person_starts):
                return []  # "Lapas Kelas IIA BNN", "... Kelas IIA Prison"
            if seat == 2 and not self._own_name_word(words, 1, person_starts):
                seat = 1  # "Lapas Kelas IIA Cibinong *Prison*"
            return words[:seat]
        if (
            seat < len(words)
            and words[seat].lower == "kota"
            and not match_place([w.text for w in words], seat)
        ):
            seat += 1  # "Lapas Kelas IIA Tangerang Kota", as the office reader reads "Bogor Kota"
        tail = 0
        while (
            tail < 2
            and seat + tail < len(words)
            and self._own_name_word(words, seat + tail, person_starts)
        ):
            tail += 1
        while tail and not self._office_with_own_name(text, words[seat : seat + tail]):
            tail -= 1
        return words[: seat + tail]

    def _own_name_word(self, words: list[Word], i: int, person_starts: frozenset[int]) -> bool:
        """A word that may be part of a prison's own name or unlisted seat: capitalised, no
        acronym, no common or number word ("Dua", "Bersama"), no day, month or "Nomor", no
        person, title, rank, office, unit or body word ("Polres", "Kapolda", "Kepala", "KPK",
        "Kemenimipas"), no region or region word ("Jawa Barat", "Kabupaten"), no street word
        ("Jalan") and no English word of an office ("Prison"; org_heads.yaml
        classed_office_english)."""
        w = words[i]
        return (
            w.is_capitalized
            and not (len(w.text) > 1 and w.text.isupper())
            and not is_common(w.text)
            and w.lower not in self.seat_stops
            and w.start not in person_starts
            and w.lower not in self.role_words
            and w.lower not in self.ranks
            and w.lower not in self.heads.kind_of
            and w.lower not in self.heads.region_words
            and w.lower not in self.offices.long_of
            and w.lower not in _STREET_WORDS
            and w.lower not in self.classed_english
            and (i == 0 or not match_place([x.text for x in words], i))
            and self.lexicon.resolve(w.text) is None
        )

    def _office_with_own_name(self, text: str, own: list[Word]) -> bool:
        """The article writes a classed office with these words alone ("Lapas Tanjung Gusta")."""
        written = r"[ \t]+".join(re.escape(w.text) for w in own)
        found = re.search(self.classed_office + r"[ \t]+" + written + r"(?![\w-])", text)
        return found is not None

    def _units_of_head_titles(
        self, text: str, records: dict[str, OrgRecord], person_starts: frozenset[int]
    ) -> list[str]:
        """Record keys of the units a unit head's title names with its place: "Kapolres
        Tasikmalaya Kota, AKBP X" names the Polres Tasikmalaya Kota, "Kapolsek Mallusetasi AKP
        X" the Polsek Mallusetasi, "Dandim 0830/Surabaya" the Kodim 0830/Surabaya, though the
        article never writes the unit's own name. No span: the title stays the person's role.
        The place must be one the gazetteer knows ("Metro Jaya" and a military number too), or
        a rank must follow it: "Kapolsek Budi mengatakan" names no Polsek Budi."""
        keys = []
        for head in self.unit_head_re.finditer(text):
            office = self.unit_head_office[head.group(1).lower()]
            found = self._office_place(text, head.end(), office.lower(), person_starts)
            if found is None or not found.place:
                continue
            if (
                found.region is None
                and found.place != _METRO_JAYA
                and not _MILITARY_NUMBER.fullmatch(found.place)
            ):
                after = _RANK_AFTER.match(text, found.end)
                if after is None or after.group(1).lower() not in self.ranks:
                    continue
            keys.append(self._office_record(office, found.place, found.region, records))
        return keys

    @staticmethod
    def _placeless_to_placed(
        found: list[tuple[Mention, str, bool, str]], records: dict[str, OrgRecord]
    ) -> list[Mention]:
        """ "Pengadilan Tipikor Jakarta ... di Pengadilan Tipikor": an office that needs no place,
        written bare, is the one office of its kind (long form) the article names with a place;
        so is a seated court's name as written ("Pengadilan Tipikor pada PN Palembang"), its
        alias only when no other court of its kind is placed in the article. Written bare with
        none placed ("disidangkan di Pengadilan Tipikor" and no seat anywhere) it is the kind
        of court, as "dinas terkait": no organisation (session 51)."""
        placed: dict[str, set[str]] = {}
        for m, long_form, bare, _ in found:
            if not bare:
                placed.setdefault(long_form, set()).add(m.key)
        for m, long_form, bare, seated in found:
            only = placed.get(long_form, set())
            if bare and len(only) == 1:
                m.key = next(iter(only))
            rec = records[m.key]
            if seated and len(only) == 1 and seated not in (rec.name, *rec.aliases):
                rec.aliases.append(seated)
        return [m for m, long_form, bare, _ in found if not bare or long_form in placed]

    def _office_record(
        self, office: str, place: str, region: Region | None, records: dict[str, OrgRecord]
    ) -> str:
        """The record of an office at a place ("Kejari" + "Gresik"), one id for its short and
        long forms; returns its key."""
        long_form = self.offices.long_of[office.lower()]
        where = region.name if region is not None else place
        if place.startswith("Metro ") and region is not None:
            where = f"Metro {where}"
        key = slugify(f"{long_form} {where}".strip())
        name = f"{office} {place}".strip()
        rec = records.setdefault(key, OrgRecord(key, name, "agency", placed=True))
        short = self.offices.abroad.get(long_form.lower())
        if short and place and f"{short} {place}" not in (rec.name, *rec.aliases):
            rec.aliases.append(f"{short} {place}")  # "KJRI Karachi"
        return key

    def _joint_court_record(
        self,
        office: str,
        second: str,
        place: str,
        region: Region | None,
        records: dict[str, OrgRecord],
    ) -> str:
        """The record of a court of two special fields at a place ("Pengadilan Tindak Pidana
        Korupsi dan Hubungan Industrial" + "Jogja"), apart from either court alone."""
        long_form = self.offices.long_of[office.lower()]
        where = region.name if region is not None else place
        key = slugify(f"{long_form} dan {second} {where}".strip())
        name = f"{office} dan {second} {place}".strip()
        records.setdefault(key, OrgRecord(key, name, "agency", placed=bool(place)))
        return key

    def _office_place(
        self,
        text: str,
        start: int,
        office: str,
        person_starts: frozenset[int],
        office_start: int | None = None,
    ) -> _OfficePlace | None:
        """The place after an office word, or None when no place follows (and the office needs
        one). The short form of the office's own field is skipped before it ("Pengadilan Tindak
        Pidana Korupsi *(Tipikor)* Medan"); a special court seated in a district court takes
        that court's place ("Pengadilan Tipikor pada PN Palembang")."""
        long_form, begin, field = self.offices.long_of[office], start, ""
        bracket = _FIELD_SHORT.match(text, start)
        if bracket and self.offices.long_of.get(
            f"{office.split()[0]} {bracket.group(1).lower()}"
        ) == (long_form):
            start, field = bracket.end(), bracket.group(1)
        seat = _COURT_SEAT.match(text, start)
        if seat and long_form in self.seated_courts:
            # "Pengadilan Tipikor pada PN Palembang": a court seated in a district court takes
            # its place; the mention ends at the court, the district court stays a name of its own
            found = self._office_place(text, seat.end(), seat.group(1).lower(), person_starts)
            if found is not None and found.place:
                return _OfficePlace(start, found.place, found.region, field, seated=True)
        line_end = text.find("\n", start)
        stop = min(line_end if line_end >= 0 else len(text), start + 80)
        words = words_in(text, start, stop)
        if (
            len(words) > 1
            and words[0].lower == "di"
            and only_spaces(text, start, words[0].start)
            and self.offices.long_of[office].lower() in self.offices.abroad
        ):
            start = words[1].start - 1  # "Konsulat Jenderal RI di Karachi"
            words = words[1:]
        words = _contiguous(text, start, words)
        if words and not only_spaces(text, start, words[0].start):
            words = []
        military = _MILITARY_NUMBER.match(text, words[0].start) if words else None
        if military and office in self.offices.named:  # "Kodam IV/Diponegoro"
            return self._military_place(text, military)
        metro = bool(words) and words[0].text == "Metro" and office.startswith(("pol", "kepol"))
        rest = words[1:] if metro else words
        if metro and rest and rest[0].text == "Jaya":  # "Polda Metro Jaya"
            return _OfficePlace(rest[0].end, _METRO_JAYA, None)
        n = match_place([w.text for w in rest]) or self._region_words(rest)
        region = region_named(" ".join(w.text for w in rest[:n])) if n else None
        if (
            n == 0
            and office in self.offices.named
            and rest
            and rest[0].start not in person_starts
            # "Wakil Ketua Pengadilan Negeri Khadwanto": after a title, the proper words
            # the gazetteer does not place are the holder's name, no court's seat
            and (
                office not in self.seat_courts
                or office_start is None
                or not self._title_before(text, office_start)
            )
        ):
            abroad = self.offices.long_of[office].lower() in self.offices.abroad
            n = self._proper_place_words(rest, person_starts, abroad)
        if (
            n
            and n < len(rest)
            and (
                rest[n].lower == "kota"
                or office in self.offices.named
                and rest[n].lower in _COMPASS_WORDS
            )
            and not match_place([w.text for w in rest], n)
        ):  # "Bogor Kota Bogor"
            if rest[n].lower == "kota" and region is not None:
                region = region_named(region.bare, "city") or region
            n += 1  # "Polresta Bogor Kota", "Polsek Cikarang Utara"
        if n == 0:
            return _OfficePlace(begin, "", None) if office in self.offices.placeless else None
        place = text[words[0].start : rest[n - 1].end]
        sector = _SECTOR_NUMBER.match(text, rest[n - 1].end)
        if (
            sector
            and self.offices.long_of[office].lower() == "kepolisian sektor"
            and self._numbered_sector(clean_spaces(place), sector.group(1))
            and self._sector_number_ends(text, sector.end())
        ):
            # "Polsek Ilir Barat 1", "Polsek Seberang Ulu II": the number is the sector's
            return _OfficePlace(sector.end(), f"{clean_spaces(place)} {sector.group(1)}", None)
        return _OfficePlace(rest[n - 1].end, clean_spaces(place), region, field)

    @staticmethod
    def _military_place(text: str, military: re.Match[str]) -> _OfficePlace:
        """The place of a unit written by its number: "IV/Diponegoro"; "V Brawijaya" when the
        article writes the same unit with the slash too ("Kodam V/Brawijaya"), the space then only
        the other writing of it (session 45). Without the slash written, the word after the
        number may be a holder's name or a day ("Kodam V Mayjen ...", "Kodam V Senin")."""
        written = military.group()
        spaced = _SPACED_WORD.match(text, military.end())
        slashed = (
            re.compile(r"(?<![\w/])" + re.escape(f"{written}/{spaced.group(1)}") + r"(?![\w-])")
            if spaced
            else None
        )
        # "V/Diponegoro" is no writing of its own inside "IV/Diponegoro"
        if "/" not in written and spaced and slashed and slashed.search(text):
            return _OfficePlace(spaced.end(), f"{written}/{spaced.group(1)}", None)
        return _OfficePlace(military.end(), written, None)

    def _numbered_sector(self, place: str, number: str) -> bool:
        """Only districts split by number ("Ilir Barat I/II", "Seberang Ulu I/II": org_heads.yaml
        numbered_districts) have numbered police sectors; after any other place the number is a
        count ("ditangkap Polres Bogor *3* di antaranya")."""
        top = self.numbered_districts.get(place.lower())
        value = int(number) if number.isdigit() else roman_value(number)
        return top is not None and 1 <= value <= top

    @staticmethod
    def _sector_number_ends(text: str, end: int) -> bool:
        """After a police unit's place and a number, the clause goes on with a word that is no
        noun ("Polsek Ilir Barat 1 *masih* di lapangan") or a punctuation mark: the number is part
        of the unit's name. A noun counts ("Polres Bogor 3 *tersangka*", "2 *hari*"), a capitalised
        word starts a name or a date ("Polresta Denpasar I Ketut Sukadi", "1 Oktober")."""
        after = _NEXT_WORD.match(text, end)
        if after is None:
            return False  # "(", "/", "%": nothing the check knows, so no sector's number
        word = after.group(1)
        if not word:
            return True  # punctuation or the end of the line
        return word.islower() and is_common(word) and is_non_noun(word)

    def _proper_place_words(
        self, words: list[Word], person_starts: frozenset[int] = frozenset(), abroad: bool = False
    ) -> int:
        """One or two proper words naming a place the gazetteer lacks: "Tambun", "Mesir". A
        day, a month or a number's word is none ("berinisial PN *Kamis* malam", "PN Cibadak
        *Senin* (29/9)", "PN Cibadak *Nomor* 135/..."). A second word that opens a region
        ("PN Cibinong *Bogor*", "Pengadilan Agama Cibinong *Kabupaten* Bogor") or a person
        ends the place: "Humas PN Cibinong *Ahmad* Syafii" (a personal name with a capitalised
        word after it; a base named after a person keeps it: "Lanud Halim Perdanakusuma"). After
        a mission abroad (``abroad``) a second word the NER takes for a one-word person, with no
        capitalised word after it, is the city's: "KBRI Phnom *Penh* menyatakan" (session 45)."""
        n = 0
        for i, w in enumerate(words[:2]):
            if w.lower in self.seat_stops:
                break
            if i and (
                match_place([x.text for x in words], i)  # with a region word: "Kabupaten Bogor"
                or (
                    w.start in person_starts
                    and not (abroad and (i + 1 == len(words) or not words[i + 1].is_capitalized))
                )
                or (_personal_word(w.text) and i + 1 < len(words) and words[i + 1].is_capitalized)
            ):
                break
            if (
                not w.is_capitalized
                or is_common(w.text)
                or w.lower in self.role_words
                or w.lower in self.ranks  # "Polsek Sako *Iptu* Andi": a rank starts a person
                or w.lower in self.heads.kind_of
                or w.lower in self.offices.long_of
            ):
                break
            n += 1
        return n

    # -- companies named by their last word ----------------------------------------------------
    def _proper_words_before(
        self,
        text: str,
        end: int,
        taken: Ranges,
        also_cut: Callable[[Word], bool] | None = None,
    ) -> list[Word]:
        """The proper words of a name read back from its English last word at ``end``
        ("Wilmar *Group*", "Coventry *University*"): capitalised, on the same line with only
        spaces between, after any lower-case word, title, mention or word ``also_cut`` marks;
        a common word opening the sentence dropped ("Kemudian Musim Mas Group"); [] when none
        or only common words are left."""
        words = _words_back(text, end, limit=4)
        cut = max(
            (
                i + 1
                for i, w in enumerate(words)
                if not w.is_capitalized
                or w.lower in self.role_words
                or w.start in taken
                or (also_cut is not None and also_cut(w))
            ),
            default=0,
        )
        words = words[cut:]
        while (
            words
            and is_common(words[0].text)
            and _SENTENCE_START.search(text, max(0, words[0].start - 3), words[0].start)
        ):
            words = words[1:]
        if (
            not words
            or all(is_common(w.text) for w in words)
            or not only_spaces(text, words[-1].end, end)
        ):
            return []
        return words

    @staticmethod
    def _name_cut(text: str, start: int, end: int) -> bool:
        """Whether the name read from ``start`` to ``end`` goes on after its last word
        ("Luxembourg Institute *of* Socio-Economic Research") or began before its first
        ("Center of Economic *and* Law Studies"): a cut name, not read."""
        return bool(
            _NAME_GOES_ON.match(text, end) or _NAME_BEGAN.search(text, max(0, start - 5), start)
        )

    def _company_tail_mentions(
        self, text: str, records: dict[str, OrgRecord], mentions: list[Mention]
    ) -> list[Mention]:
        """ "Wilmar Group", "Musim Mas Group", "Provident Capital Ltd", "Phintraco Sekuritas":
        capitalised words (on the same line, spaces only between) before a company's last word."""
        taken = _taken(mentions)
        out = []
        for tail in _untaken(_COMPANY_TAIL, text, taken):
            # The NER often reads "Wilmar Group" or "Mega (Capital Sekuritas)" as a person: a
            # name running into a company's last word is the company's, so persons are not
            # checked here (titles before the name are cut off).
            words = self._proper_words_before(text, tail.start(), taken)
            if not words:
                continue
            last = tail.group().split()[-1].lower()
            # "Direktur *Riset* Indonesia Presidential Studies": an Indonesian word before an
            # English name is the rest of a title, not part of the name
            # (before a civic tail only a title word goes: "Gas Advocacy Task Force" keeps "Gas")
            while (
                last in _BODY_TAILS
                and len(words) > 1
                and is_common(words[0].text)
                and (last not in _CIVIC_TAILS or words[0].lower in self.role_words)
            ):
                words = words[1:]
            # "Satgas Task Force ...": an Indonesian head glossed in English, no name of its own
            if last in _CIVIC_TAILS and self._head_at(words, 0):
                continue
            if last in _WEAK_COMPANY_TAILS and all(
                _ENGLISH_COMMON.search(w.lower) or w.lower in _ENGLISH_GENERIC for w in words
            ):
                continue  # "Renewable Energy", "Critical Minerals": a field, not a company
            if self._name_cut(text, words[0].start, tail.end()):
                continue
            # "Exim Bank", "Grameen Bank"; "Menara *Bank* Mega": the Indonesian "Bank X" begins
            if last == "bank" and (
                _CAPITALISED_AFTER.match(text, tail.end())
                or "." in text[words[0].start : tail.start()]
            ):
                continue
            after = _EVENT_WORD_AFTER.match(text, tail.end())
            if after and after.group(1).lower() in self.event_heads:
                continue
            before = _WORD_BEFORE.search(text, max(0, words[0].start - 30), words[0].start)
            if last in _CIVIC_TAILS and before and before.group(1).lower() in thing_nouns():
                continue
            start, end = words[0].start, tail.end()
            name = clean_spaces(text[start:end]).rstrip(".")
            end = start + len(text[start:end].rstrip("."))
            kind = "other" if last in _BODY_TAILS else "company"
            mention = self._named_mention(name, start, end, kind, records)
            out.append(mention)
            # "Indonesia Presidential Studies (IPS)": the bracketed short form is the name's
            rec = records[mention.key]
            short = _PLACE_ABBREVIATION.match(text, end)
            if (
                short
                and not rec.known
                and rec.acronym is None
                and short.group(1)[0] == name[0]
                and _letters_in_order(short.group(1), name)
            ):
                rec.acronym = short.group(1)
        return out

    def _english_university_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int],
    ) -> list[Mention]:
        """ "The University of Edinburgh", "Coventry University": an English university named
        with its English head, which the NER often leaves out (a list of degrees, a byline); a
        research centre named the first way, "Centre for Peace and Security"."""
        taken = _taken(mentions)
        out = []
        for found in _untaken(_ENGLISH_UNIVERSITY, text, taken):
            if found.group("head") is None:
                words = self._university_name_before(text, found, taken, person_starts)
                # "The University" alone, or "University of <lower-case>": no name read
                if not words or _OF_AFTER.match(text, found.end()):
                    continue
                start, end = words[0].start, found.end()
            else:
                # "The Education University of Hong Kong": a longer name began before
                before = _words_back(text, found.start(), limit=1)
                if (
                    before
                    and before[0].is_capitalized
                    and only_spaces(text, before[0].end, found.start())
                    and before[0].lower not in self.english_fields
                    and before[0].lower not in self.role_words
                ):
                    continue
                # the name's end as the English connector reading has it: a day, a country or
                # a place after the first word is no part of it ("University of Tokyo *Senin*")
                head_end = found.start("head") + len(found.group("head").split()[0])
                start, end = found.start(), self._english_name_end(text, head_end, person_starts)
                if end == head_end:
                    continue
            name = clean_spaces(text[start:end])
            centre = (found.group("head") or "").startswith("Cent")
            kind = "other" if centre else "university"
            out.append(self._named_mention(name, start, end, kind, records))
        return out

    def _university_name_before(
        self, text: str, head: re.Match[str], taken: Ranges, person_starts: frozenset[int]
    ) -> list[Word]:
        """The proper words of "X University" before the ``head`` word
        (`_proper_words_before`, shared with the companies read by their last word), also
        after a person or an English field of study; [] when the name is a work's ("film
        Monsters University"), goes on after "University" ("Cambridge University *Press*",
        "QS World University *Rankings*"; a place after it is no part of the name: "Monash
        University *Malaysia*") or is cut (`_name_cut`)."""
        words = self._proper_words_before(
            text,
            head.start(),
            taken,
            lambda w: w.start in person_starts or w.lower in self.english_fields,
        )
        if not words or self._name_cut(text, words[0].start, head.end()):
            return []
        if words[0].text == "The":  # "The Monash University": the article
            words = words[1:]
        if not words:
            return []
        if _WORK_BEFORE.search(text, max(0, words[0].start - 10), words[0].start):
            return []
        if _CAPITALISED_AFTER.match(text, head.end()) and not self._place_or_person_at(
            text, head.end(), person_starts
        ):
            return []
        return words

    def _place_or_person_at(self, text: str, end: int, person_starts: frozenset[int]) -> bool:
        """Whether the capitalised run after ``end`` opens with a place, country, day, rank or
        person, which ends a name before it (as in `_english_name_end`)."""
        words = _line_run(text, end)
        if not words:
            return False
        n = self._proper_words(words[:4]) or 1
        w = words[0]
        return bool(
            w.lower in self.seat_stops
            or w.lower in self.ranks
            or w.start in person_starts
            or w.start in self._place_starts
            or w.lower in self.country_names
            or match_place([x.text for x in words[:n]], 0)
        )

    @staticmethod
    def _foreign_short_form(text: str, m: Mention, records: dict[str, OrgRecord]) -> None:
        """ "Departemen Luar Negeri dan Perdagangan (DFAT)", "Bank Sentral Inggris (BoE)": a
        body's name followed by a short form whose letters it does not hold is a foreign body
        translated, the short form its own (not a place: "Kejari Ogan Komering Ilir (OKI)")."""
        rec = records[m.key]
        short = _BRACKETED_SHORT_FORM.match(text, m.end)
        if rec.known or rec.acronym or m.part or short is None:
            return
        acronym = short.group(1)
        if (
            sum(c.isupper() for c in acronym) < 2
            # a short form the name spells is the other rules' ("Yayasan Perguruan Pendidikan
            # Nahdlatul Ulama (PPNU)", "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)")
            or _letters_in_order(acronym, m.surface)
            or match_place([acronym])
            or acronym in foreign_countries()
        ):
            return
        rec.acronym = acronym

    @staticmethod
    def _translated_name_of(
        text: str, m: Mention, mentions: list[Mention], records: dict[str, OrgRecord]
    ) -> str | None:
        """ "Bank Sentral Swiss (Swiss National Bank/SNB)", "Bank Ekspor-Impor AS, Exim Bank
        kemudian ...": an English name right after a body's Indonesian name, in brackets or
        after a comma and before the sentence goes on (no list: no comma, "dan" or "and"
        after it), is the same body's; returns that body's key. After a comma it takes a sign
        of translation besides: a body the gazetteer does not know (its names are its own:
        "Selain Bank Mandiri, Grameen Bank ..."), whose name shares a word with the English
        one ("Bank") or ends in a foreign country ("... AS")."""
        if records[m.key].known or not _ENDS_IN_TAIL.search(m.surface):
            return None
        between = text[max(0, m.start - 2) : m.start]
        comma = between == ", "
        if comma:
            after = _WORD_AFTER.match(text, m.end)
            if after is None or after.group(1).lower() in _LIST_WORDS:
                return None
        elif not between.endswith("("):
            return None
        end = m.start - (2 if comma else 1)
        before = {
            o.key: o.surface
            for o in mentions
            if not o.part and (o.end == end or o.end == end - 1 and text[o.end] == " ")
        }
        if len(before) != 1:
            return None
        key, surface = before.popitem()
        if comma and (
            records[key].known
            or not (
                {w.lower() for w in surface.split()} & {w.lower() for w in m.surface.split()}
                or surface.endswith(foreign_countries())
            )
        ):
            return None
        return key

    # -- schools --------------------------------------------------------------------------------
    def _school_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int] = frozenset(),
    ) -> list[Mention]:
        """ "SMAN 10 Fajar Harapan", "SMA Taruna Nusantara", "SD Negeri 3 Bogor": a level word,
        then a number and/or up to four proper words (a person's name or a title ends it)."""
        taken = _taken(mentions)
        out = []
        for head in _untaken(self.school_re, text, taken):
            end = head.end()
            number = _SCHOOL_NUMBER.match(text, end)
            if number:
                end = number.end()
            line_end = text.find("\n", end)
            words = _contiguous(
                text,
                end,
                words_in(text, end, min(line_end if line_end >= 0 else len(text), end + 80)),
            )
            n = 0
            texts = [w.text for w in words]
            while n < min(len(words), 4):
                w = words[n]
                if (
                    not (w.is_capitalized or w.text.isupper())
                    or w.start in person_starts
                    or w.start in taken
                    or w.lower in self.role_words
                    or w.lower in self.heads.kind_of
                    or w.text in self.non_name_first  # a date: "Ponpes Al-Khoziny *Jumat*"
                ):
                    break
                place = match_place(texts, n)
                # "SMP 12 Krui *Kabupaten Pesisir Barat*", "SMK Bina Bangsa *Kab.* Tangerang":
                # the school's own word named it; the area written with its level is where it
                # stands
                if n and _area_level_at(text, w) and (place or w.lower + "." in AREA_LEVEL_WORDS):
                    break
                if place:  # "SD Negeri 3 Bogor": the place ends it
                    n += place
                    break
                n += 1
            if n and not only_spaces(text, end, words[0].start):
                n = 0
            # "SMA Selatan" is no school: a number, a place or a proper word must name it
            if (
                n
                and not number
                and all(is_common(w.text) for w in words[:n])
                and not match_place(texts[:n])
            ):
                n = 0
            if n:
                end = words[n - 1].end
                if not number:
                    end = self._school_number_end(text, end)
            elif not number:
                continue
            name = clean_spaces(text[head.start() : end])
            key = slugify(name)
            records.setdefault(key, OrgRecord(key, name, "school"))
            out.append(Mention(head.start(), end, key, name, 1))
        return out

    @staticmethod
    def _school_number_end(text: str, end: int) -> int:
        """ "SMA Muhammadiyah *3 Yogyakarta*", "SMK PGRI *2 Kota Malang*": a number after a
        school's proper words is its own, and so is the place right after that number (as in
        "SD Negeri 3 Bogor"); ``end`` is where the proper words stop."""
        number = _SCHOOL_NUMBER.match(text, end)
        if number is None:
            return end
        end = number.end()
        words = _line_run(text, end, 60)
        if not words or not words[0].is_capitalized or not only_spaces(text, end, words[0].start):
            return end
        place = match_place([w.text for w in words])
        return words[place - 1].end if place else end

    # -- the statistical NER's ORG spans, where a head or a tail vouches for them ---------------
    def _ner_mentions(
        self,
        doc: Doc,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int] = frozenset(),
    ) -> list[Mention]:
        """ORG entities of the NER that begin with an organisation head word or end with an
        English organisation word and hold a proper word: "Partai Republik", "Bank Sentral
        Swiss", "Harvard Medical School". Alone the NER's ORG spans are too often programmes
        (BLTS, DTSEN), people or places to keep; a bare head with ordinary words ("Dinas
        Kesehatan", "Bank Umum") is a kind of body, not a name."""
        headlines = _headlines(text)
        taken = _taken(mentions)
        out = []
        for ent in _free_ner_orgs(doc, headlines, taken):
            if ent.end_char - 1 in taken:
                continue
            words = words_in(text, ent.start_char, ent.end_char)
            # "Gwadar Chamber of Commerce *and*": the NER stopped inside the name, whose last
            # word follows on the line ("... and Industry")
            if words and words[-1].lower in ("and", "&"):
                after = _CAPITAL_WORD.match(text, words[-1].end)
                words += words_in(text, after.start(1), after.end(1)) if after else []
            vouched = self._gazetteer_prefix(text, words, person_starts)
            if vouched:  # "Persib Bandung", "West Ham United", "Arsenal": DBpedia knows them
                name = clean_spaces(text[words[0].start : words[vouched - 1].end])
                kind = self._kind_of(words[:vouched])
                mention = self._named_mention(
                    _fuller_known_name(text, name),
                    words[0].start,
                    words[vouched - 1].end,
                    kind,
                    records,
                )
                out.append(Mention(mention.start, mention.end, mention.key, name, mention.priority))
                continue
            # "Ditjen Dikti *Khairul*": a personal name after the body starts a person
            while (
                len(words) > 2
                and _personal_word(words[-1].text)
                and words[-1].lower not in self.not_names  # "... Republik Rakyat *China*"
                and not match_place([words[-1].text])
            ):
                words = words[:-1]
            if len(words) < 2 or not only_spaces(text, words[0].end, words[1].start):
                continue
            if (
                not all(
                    w.is_capitalized or w.lower in _NAME_CONNECTORS or w.text[0].isdigit()
                    for w in words
                )
                or words[-1].lower in _NAME_CONNECTORS
            ):
                continue
            if any(w.lower in self.role_words for w in words):
                continue
            head = self._head_at(words, 0)
            tail = self._english_tail(words)
            if head:
                rest = words[len(head.split()) :]
            elif tail is not None:
                # "Luxembourg Institute of *Socio*-Economic Research": cut inside a word
                if tail < len(words) - 1 and (
                    text[words[-1].end : words[-1].end + 1] == "-"
                    or _NAME_GOES_ON.match(text, words[-1].end)
                ):
                    continue
                rest = words[:tail] + words[tail + 1 :]
            else:
                continue
            # a proper word besides the head or tail: "Partai *Republik*", not "Dinas Kesehatan"
            if not any(
                not is_common(w.text)
                and w.lower not in _NAME_CONNECTORS
                and w.lower not in self.heads.kind_of
                for w in rest
            ):
                continue
            if match_place([w.text for w in words]) == len(words):
                continue
            if rest and all(is_roman_numeral(w.text) for w in rest):  # "Komisi X" alone
                continue
            if head and _local_kind([w.text for w in words]):  # "Badan Permusyawaratan Desa"
                continue
            name = clean_spaces(text[words[0].start : words[-1].end])
            kind = self._kind_of(words)
            out.append(self._named_mention(name, words[0].start, words[-1].end, kind, records))
        return out

    def _english_tail(self, words: list[Word]) -> int | None:
        """Index of the English word that makes the words a body's name: the last ("Harvard
        Medical School"), or one the name goes on from with "of"/"for" ("Gwadar Chamber of
        Commerce and Industry", "Federation of ... Unions"); None without one."""
        if not words:
            return None
        if words[-1].lower in self.heads.tails and words[-1].lower not in _WEAK_TAILS:
            if self._generic_committee(words):
                return None  # "Organizing Committee": an event's generic committee
            return len(words) - 1
        for i in range(1, len(words) - 2):
            if words[i].lower in self.heads.tails and words[i + 1].lower in ("of", "for"):
                return i
        return None

    # -- bodies of foreign states ------------------------------------------------------------
    def _state_body_mentions(self, text: str, records: dict[str, OrgRecord]) -> list[Mention]:
        """ "Pemerintah Tiongkok", "Kongres AS", "Kepolisian Peru": a body of a state named by the
        foreign country after it (the home state's "pemerintah" is no named body)."""
        headlines = _headlines(text)
        out = []
        for found in self.state_body_re.finditer(text):
            if found.start() in headlines:
                continue
            body = clean_spaces(found.group("body"))
            name = f"{body[0].upper()}{body[1:]} {clean_spaces(found.group('country'))}"
            key = slugify(name)
            kind = "government" if body.lower() == "pemerintah" else "agency"
            rec = records.setdefault(key, OrgRecord(key, name, kind))
            surface = clean_spaces(found.group())
            if surface != rec.name and surface not in rec.aliases:
                rec.aliases.append(surface)
            out.append(Mention(found.start(), found.end(), key, surface, 2))
        return out

    def _national_team_mentions(self, text: str, records: dict[str, OrgRecord]) -> list[Mention]:
        """ "Timnas Indonesia", "tim nasional Uzbekistan": a national team named by its country
        is a body (a club's kind), named as first written; both spellings are one team. The
        bare word ("juru racik Timnas") names no country and stays out, as does a national task
        force ("Tim Nasional Percepatan ...": no country follows)."""
        headlines = _headlines(text)
        out = []
        for found in self.national_team_re.finditer(text):
            if found.start() in headlines:
                continue
            country = clean_spaces(found.group("country") + (found.group("age") or ""))
            key = slugify(f"Tim Nasional {country}")
            short = found.group().lower().startswith("timnas")
            name = f"Timnas {country}" if short else f"Tim Nasional {country}"
            rec = records.setdefault(key, OrgRecord(key, name, _CLUB_KIND))
            surface = clean_spaces(found.group())
            rec.add_alias(surface)
            out.append(Mention(found.start(), found.end(), key, surface, 2))
        return out

    # -- task forces ----------------------------------------------------------------------------
    def _task_force_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int],
    ) -> list[Mention]:
        """ "Satgas PKH", "Satgas Penertiban Kawasan Hutan", "Tim Percepatan Pembangunan Papua":
        a task force named by its acronym or by what it does (a pe-...-an word first)."""
        headlines = _headlines(text)
        taken = _taken(mentions)
        out: list[Mention] = []
        short_forms: dict[str, str] = {}  # "Satgas PPKPT" -> the key of its long form
        for head in self.task_force_re.finditer(text):
            if head.start() in headlines or head.start() in taken:
                continue
            end = self._task_force_end(text, head.end(), head.group(), taken, person_starts)
            if end is None:
                defined = self._team_defined(text, head, taken, person_starts, records)
                if defined is not None:
                    out.append(defined)
                continue
            name = clean_spaces(text[head.start() : end])
            if name in short_forms:
                out.append(Mention(head.start(), end, short_forms[name], name, 2))
                continue
            mention = self._named_mention(name, head.start(), end, "agency", records)
            out.append(mention)
            # "Satgas Pencegahan ... di Perguruan Tinggi (PPKPT)": later "Satgas PPKPT"
            acronym = _PAREN.match(text, end + 1) if text[end : end + 1] == " " else None
            if acronym and _TASK_ACRONYM.fullmatch(acronym.group(1).strip()):
                short = f"{clean_spaces(head.group())} {acronym.group(1).strip()}"
                short_forms[short] = mention.key
                rec = records[mention.key]
                if not rec.known and rec.acronym is None:
                    rec.acronym = short
        return out

    def _team_defined(
        self,
        text: str,
        head: re.Match[str],
        taken: Ranges,
        person_starts: frozenset[int],
        records: dict[str, OrgRecord],
    ) -> Mention | None:
        """ "Tim Reaksi Cepat (TRC)", "Tim Pemeriksa Daerah (TPD) Sumut": a team whose
        capitalised name the bracket right after it spells, one letter a word, is a body,
        whatever its first word; the province or city after the bracket is its own ("TPD
        Sumut"). A team named otherwise ("tim Dinkes", "Tim Cook") stays as it was read."""
        words = _line_run(text, head.end(), 80)
        n = 0
        while n < min(len(words), 5) and words[n].is_capitalized and words[n].text.isalpha():
            if words[n].start in taken or words[n].start in person_starts:
                return None
            n += 1
        if n < 2 or not only_spaces(text, head.end(), words[0].start):
            return None
        # "Tim Kuasa Hukum (TKH)": a team of lawyers or doctors is persons, no body
        if any(
            " ".join(w.text for w in words[:k]).lower() in self.persons_team_words for k in (1, 2)
        ):
            return None
        paren = _PAREN.match(text, words[n - 1].end + 1)
        if text[words[n - 1].end : words[n - 1].end + 1] != " " or paren is None:
            return None
        acronym = paren.group(1).strip()
        initials = "".join(w[0] for w in (*head.group().split(), *(w.text for w in words[:n])))
        if not _TASK_ACRONYM.fullmatch(acronym) or acronym != initials.upper():
            return None
        name = clean_spaces(f"{head.group()} {text[words[0].start : words[n - 1].end]}")
        end = paren.end()
        after = _line_run(text, end + 1, 40) if text[end : end + 1] == " " else []
        # "Tim ... (TKH) Budi Santoso": a person named after the bracket is the team's client
        # (a personal name word: the NER's person reading alone takes "Kerusuhan Agustus")
        if after and after[0].is_capitalized and after[0].text.lower() in person_name_words():
            return None
        place = match_place([w.text for w in after])
        if place and not (after[0].start in taken or after[0].start in person_starts):
            written = clean_spaces(text[after[0].start : after[place - 1].end])
            name, acronym, end = f"{name} {written}", f"{acronym} {written}", after[place - 1].end
        key = slugify(name)
        records.setdefault(key, OrgRecord(key, name, "agency", acronym))
        return Mention(head.start(), end, key, clean_spaces(text[head.start() : end]), 2)

    def _task_force_end(
        self, text: str, start: int, head: str, taken: Ranges, person_starts: frozenset[int]
    ) -> int | None:
        """End of a task force's name whose head ends at ``start``, or None (a team in general)."""
        words = _line_run(text, start, 120)
        if not words or words[0].start == start or not only_spaces(text, start, words[0].start):
            return None
        first = words[0]
        if first.start in taken or first.start in person_starts:
            return None
        if _TASK_ACRONYM.fullmatch(first.text) and clean_spaces(head).lower() in (
            self.task_force_acronym
        ):
            return first.end
        if not _NOMINALISATION.fullmatch(first.text):
            return None
        n = 1
        while n < min(len(words), 8):
            w = words[n]
            if w.start in taken or w.start in person_starts or w.lower in self.role_words:
                break
            if w.is_capitalized or (
                w.lower in ("dan", "di") and n + 1 < len(words) and words[n + 1].is_capitalized
            ):
                n += 1
            else:
                break
        # "Satuan Tugas Koordinasi dan Supervisi *KPK*": a unit of the organisation after it
        if n < len(words) and words[n].start in taken:
            return None
        return words[n - 1].end if n >= 2 else None

    # -- proper names after a noun that says what they are --------------------------------------
    def _classified_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int],
    ) -> list[Mention]:
        """ "perusahaan SpaceX", "lembaga survei IndoStrategi", "klub Persib Bandung",
        "perusahaan multinasional seperti Apple, Tesla, dan Volkswagen": a lower-case noun of
        organisations (at most two modifiers after it) names the proper name that follows, or
        every name of a list of examples."""
        headlines = _headlines(text)
        taken = _taken(mentions)
        found_at = {m.start: m.end for m in mentions}
        out = []
        for cls in self.classifier_re.finditer(text):
            written = cls.group()
            if cls.start() in headlines or cls.start() in taken:
                continue
            if written[0].isupper() and not _SENTENCE_START.search(
                text, max(0, cls.start() - 3), cls.start()
            ):
                continue  # "Perusahaan Listrik Negara": a name, read by the head-word patterns
            noun = clean_spaces(written[0].lower() + written[1:])
            kind = self.classifier_kind[noun]
            pos, modifiers = self._after_modifiers(text, cls.end())
            opener = self.classifier_list_re.match(text, pos)
            listing = opener is not None
            named = bool(_NAMED.search(text, max(0, pos - 10), pos + 1))
            if opener:
                pos = opener.end()
            else:
                comma = _NAME_GAP.match(text, pos)
                if comma is None:
                    continue
                # "perusahaan Ashanty" may be Ashanty's company: right after a one-word noun the
                # name itself must look like an organisation's
                plain = "," not in comma.group() and not named and " " not in written
                if modifiers > 1 and not (named or "," in comma.group()):
                    continue  # "partai politik saat Pemilu": two loose words, no apposition
                pos = comma.end()
            while True:
                end = found_at.get(pos) if listing else None  # "Apple, Tesla": known already
                if end is None:
                    # after "bernama", or as an example in a list ("perusahaan seperti Huawei,
                    # *Tencent*, dan *BYD*"), the text says it names an organisation: the NER's
                    # person reading and the doubt about short capitals are overruled
                    end = self._proper_name_run(
                        text,
                        pos,
                        taken,
                        frozenset() if named or listing else person_starts,
                        short_caps=listing,
                    )
                    if end is None:
                        break
                    if (
                        not listing
                        and plain
                        and modifiers == 0
                        and not self._looks_like_org(text, pos, end)
                    ):
                        break
                    if (
                        noun in self.person_classifiers
                        and match_place([w.text for w in words_in(text, pos, end)]) > 0
                    ):
                        break  # "pengusaha dari *Surabaya* Jawa Timur": where they come from
                    if noun in self.place_named_classifiers and self._place_or_platform(
                        text[pos:end]
                    ):
                        break  # "geng *Pasar Minggu*", "geng *TikTok*": a place, a platform
                    if _PARTICLE_AND_NAME.match(text, end):
                        break  # "Primeiro Comando *da Capital*": half a foreign name, no name
                    if kind == "company":  # its origin: "Golden Coffee Beans *Mesir*"
                        end = self._before_country(text, pos, end)
                    name = clean_spaces(text[pos:end])
                    out.append(self._named_mention(name, pos, end, kind, records))
                joiner = _LIST_JOINER.match(text, end) if listing else None
                if joiner is None:
                    break
                pos = joiner.end()
        return out

    def _fixture_mentions(
        self,
        doc: Doc,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int],
    ) -> list[Mention]:
        """ "Arsenal melumat *Atletico Madrid* 4-0", "*Chelsea* vs Arsenal": a match sets a club
        against a club, so the NER's ORG joined to a club already found by a score, by a match
        verb with the score right after the second side, or by "vs"/"versus"/"kontra" in a
        sentence with a sports word (cues.yaml `fixture_words`, `match_verbs`,
        `match_context_words`), is a club. The found side must be of the kind the rules give a
        club (`other`, as "klub"/"tim sepakbola" do), never a government body, a company, a party
        or a university ("Kementerian Kesehatan vs Kolegium ...": a dispute, no match). The NER's
        ORG alone is not enough (programmes, places), nor is a person, a place or a title."""
        headlines = _headlines(text)
        taken = _taken(mentions)
        sentences = sentence_ranges(doc)

        def sporting(at: int) -> bool:
            for start, end in sentences:
                if start <= at < end:
                    return bool(self.match_context_re.search(text, start, end))
            return False

        def club(m: Mention) -> bool:
            return not m.part and records[m.key].kind == _CLUB_KIND

        found = {m.start: m for m in mentions if club(m)}
        # where a side joined to a found club begins: "Arsenal melumat |Atletico"; a score or
        # "vs" in a sports sentence joins by itself, a match verb only with the score after
        joined_after: dict[int, tuple[Mention, bool]] = {}
        for m in mentions:
            joiner = self.fixture_re.match(text, m.end)
            if joiner and club(m) and m.start not in headlines:
                joined = joiner.group("joined")
                by_itself = bool(joined) and (joined[0].isdigit() or sporting(m.start))
                joined_after[joiner.end()] = (m, by_itself)
        out = []
        for ent in _free_ner_orgs(doc, headlines, taken):
            if ent.start_char in person_starts:
                continue
            side = None
            # the found side first: "Arsenal melumat [Atletico Madrid] 4-0"
            before = joined_after.get(ent.start_char)
            if before and (before[1] or _SCORE_AFTER.match(text, ent.end_char)):
                side = before[0]
            # the found side second: "[Chelsea] vs Arsenal"
            joiner = self.fixture_re.match(text, ent.end_char)
            joined = joiner.group("joined") if joiner else None
            if (
                side is None
                and joiner
                and joined
                and joiner.end() in found
                and (joined[0].isdigit() or sporting(ent.start_char))
            ):
                side = found[joiner.end()]
            if side is None:
                continue
            words = words_in(text, ent.start_char, ent.end_char)
            if (
                not words
                or not all(w.is_capitalized for w in words)
                or any(w.lower in self.role_words for w in words)
                or match_place([w.text for w in words]) == len(words)
                or self._category(ent.text)
            ):
                continue
            name = clean_spaces(ent.text)
            out.append(self._named_mention(name, ent.start_char, ent.end_char, _CLUB_KIND, records))
        return out

    def _before_country(self, text: str, start: int, end: int) -> int:
        """The end of a company's name before the country that closes it, if one does, or the
        start of one the name runs into ("Golden Coffee Beans *Korea* Selatan")."""
        words = words_in(text, start, end)
        for j in range(1, len(words)):
            tail = clean_spaces(text[words[j].start : end]).lower()
            if tail in self.country_names or tail in self.country_starts:
                return words[j - 1].end
        return end

    def _employer_and_partner_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int],
    ) -> list[Mention]:
        """ "analis pasar senior di Phillip Nova", "ekonom Eropa di Capital Economics": an
        occupation (`employer_nouns`), up to two modifiers or a region, then "di" and a proper
        name that is no place, person or category: the employer, an organisation. "bekerja
        sama dengan DP3AP2KB Jawa Tengah", "kolaborasi seru bersama Vindes": the partner named right
        after a word of working together (`partner_cues`), when something names it as one
        (`_named_as_org`)."""
        headlines = _headlines(text)
        taken = _taken(mentions)
        starts = []  # (where the name starts, kind, whether it must read as a body's by itself)
        for job in self.employer_re.finditer(text):
            if job.start() in headlines:
                continue
            pos, _ = self._after_modifiers(text, job.end())
            region = _CAPITAL_WORD.match(text, pos)
            if region and region.group(1).lower() in self.not_names:
                pos = region.end()  # "ekonom *Eropa* di"
            at = _AT_EMPLOYER.match(text, pos)
            if at is None or at.end() in taken or self._place_named_at(text, at.end()):
                continue
            starts.append((at.end(), "company", False))
        starts += [(cue.end(), "other", True) for cue in _untaken(self.partner_re, text, taken)]
        out = []
        for pos, kind, by_itself in starts:
            end = self._proper_name_run(text, pos, taken, person_starts)
            if end is None or (by_itself and not self._named_as_org(text, pos, end)):
                continue
            run_end, end = end, self._english_name_end(text, end, person_starts)
            name = clean_spaces(text[pos:end])
            mention = self._named_mention(name, pos, end, kind, records)
            if end > run_end:
                # the whole English name outranks a known body inside it ("... for *ASEAN*")
                mention.priority = max(mention.priority, 2)
            out.append(mention)
        return out

    def _coordinated_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int],
    ) -> list[Mention]:
        """ "Arafura Rare Earths, Northern Minerals, *Graphinex*, *VHM*, and RZ Resources": a
        closed list (its last item after "dan"/"serta"/"and") of at least three items, two or
        more of them organisations already found, coordinates like with like, so its other
        proper names (no person, place, title or category) are organisations of the same kind."""
        headlines = _headlines(text)
        taken = _taken(mentions)
        found: dict[int, tuple[int, str]] = {}
        for m in mentions:
            if not m.part and m.end > found.get(m.start, (0, ""))[0]:
                found[m.start] = (m.end, records[m.key].kind)
        seen: set[int] = set()
        out = []
        for start in sorted(found):
            if start in seen or start in headlines:
                continue
            items: list[tuple[int, int, str | None]] = [(start, *found[start])]
            closed = lower_closed = False
            while not closed:
                joiner = _COORDINATOR.match(text, items[-1][1])
                if joiner is None:
                    break
                pos = joiner.end()
                closed = bool(joiner.group("last") or joiner.group("last2"))
                # "..., Polsek Patikraja, dan *pemerintah desa setempat*": a last item in
                # lower case closes the list without joining it (session 50)
                if closed and text[pos : pos + 1].islower() and len(_found_kinds(items)) >= 3:
                    lower_closed = True
                    break
                if pos in found:
                    items.append((pos, *found[pos]))
                    seen.add(pos)
                    continue
                # a person the list adds: personal names only ("Ratna"), or the NER's person
                # reading with a personal name in it ("Budi Santoso"); the NER's person reading
                # alone yields to the list ("Latrobe Magnesium")
                end = self._proper_name_run(text, pos, taken, frozenset(), short_caps=True)
                words = text[pos:end].split() if end else []
                personal = [w.lower() in person_name_words() for w in words]
                if end is None or (
                    pos not in self._org_starts
                    and (all(personal) or (pos in person_starts and any(personal)))
                ):
                    closed = False
                    break
                # one word must read as a name by itself ("VHM", "Graphinex"), not as a noun
                # ("FISIP, FKP, dan *Kedokteran*")
                if len(words) == 1 and not (
                    words[0].isupper()
                    or words[0].lower() in self.listed_office_kinds
                    or self._looks_like_org(text, pos, end)
                ):
                    closed = False
                    break
                items.append((pos, end, None))
            kinds = _found_kinds(items)
            if not closed or len(items) < 3 or len(kinds) < 2:
                continue
            kind = kinds[0] if len(set(kinds)) == 1 else "other"
            for item_start, item_end, item_kind in items:
                if item_kind is None:
                    name = clean_spaces(text[item_start:item_end])
                    # a list closed in lower case ("..., dan warga") is no list of bodies
                    # only: it adds an office or forum kind, never another proper name
                    # ("Hasto Kristiyanto", "Puncak Bogor"; review mend, session 50)
                    if lower_closed and not self._listed_office_item(name):
                        continue
                    out.append(self._named_mention(name, item_start, item_end, kind, records))
        return out

    def _listed_office_item(self, name: str) -> bool:
        """An office or forum kind written in a list, alone ("Damkar", "Dishub"), with a
        qualifier or place ("Linmas Inti", "Satpol PP", "Forkopimcam Sokaraja"), or a short form
        in capitals ("BRI", "BPBD DIY")."""
        words = name.split()
        if all(w.isupper() for w in words):
            return True
        return any(
            " ".join(words[:n]).lower() in self.listed_office_kinds
            for n in range(1, len(words) + 1)
        )

    def _place_or_platform(self, name: str) -> bool:
        """ "Kampung Melayu", "Pasar Minggu", "Ibu Kota", "TikTok": a name opened by a place word
        or a platform's name, after a kind word a gang is named by where it acts or shows."""
        words = name.lower().replace(".", " ").split()
        return bool(words) and (
            words[0] in self.local_place_openers
            or " ".join(words[:2]) in self.local_place_openers
            or words[0] in self.platforms
            or " ".join(words) in self.platforms
        )

    @staticmethod
    def _place_named_at(text: str, start: int) -> bool:
        """ "di *Kampung* Melayu", "di *Jalan* Sudirman": a village or street word opens a place
        the gazetteer may not know, not an employer."""
        first = _WORD_AT.match(text, start)
        word = first.group().lower() if first else ""
        return word in org_heads().village_words or word in _STREET_WORDS

    def _after_modifiers(self, text: str, start: int) -> tuple[int, int]:
        """(offset, modifiers) after up to two lower-case modifiers and an origin ("*teknologi
        asal AS*")."""
        pos = start
        modifiers = 0
        for _ in range(2):
            m = _LOWER_WORD.match(text, pos)
            if m is None or m.group(1) in self.classifier_stop or m.group(1) == "asal":
                break
            if self.classifier_list_re.match(text, pos) or _NAMED.match(text, pos):
                break
            pos = m.end()
            modifiers += 1
        origin = self.origin_re.match(text, pos)
        pos = origin.end() if origin else pos
        named = _NAMED.match(text, pos)  # "partai politik baru *bernama* America Party"
        return (named.end() - 1 if named else pos), modifiers

    def _looks_like_org(self, text: str, start: int, end: int) -> bool:
        """A name that reads as an organisation's by itself: one named as one
        (`_named_as_org`), or several words none of which is a personal name ("Truth Social";
        "Budi Santoso" is someone's company)."""
        words = text[start:end].split()
        return self._named_as_org(text, start, end) or (
            len(words) >= 2 and not any(w.lower() in person_name_words() for w in words)
        )

    def _named_as_org(self, text: str, start: int, end: int) -> bool:
        """Positive evidence that a name is an organisation's: the NER's ORG, DBpedia's list or
        ours, a brand's capitals ("SpaceX", "BYD", "DP3AP2KB"), or an organisation's last word
        ("Musim Mas Group", "Lowy Institute"). After a verb that takes people as readily as
        bodies ("menggandeng Bahlil Lahadalia") nothing less will do: the name list misses
        most people."""
        name = clean_spaces(text[start:end])
        words = name.split()
        return (
            start in self._org_starts
            or name.lower() in known_names()
            or self.lexicon.resolve(name) is not None
            or any(_mixed_case(w) for w in words)
            or (
                len(words) >= 2
                and (
                    words[-1].lower() in self.heads.tails
                    or _ENDS_IN_TAIL.match(words[-1]) is not None
                )
            )
        )

    def _proper_name_run(
        self,
        text: str,
        start: int,
        taken: Ranges,
        person_starts: frozenset[int],
        short_caps: bool = False,
    ) -> int | None:
        """End of up to four capitalised words at ``start`` that may name an organisation: no
        person, place, country, category or title; None otherwise. ``short_caps``: a lone short
        capital word ("BYD") may be a name, not only a field ("EV", "AI")."""
        words = _line_run(text, start)
        if not words or words[0].start != start or start in person_starts or start in taken:
            return None
        n = 0
        while n < min(len(words), 4):
            w = words[n]
            if (
                not (w.is_capitalized or n and w.text[:1].isdigit())
                or w.start in taken
                or w.lower in self.role_words
                or w.lower in self.ranks
                or w.lower in self.heads.kind_of
            ):
                break
            n += 1
        if n == 0:
            return None
        texts = [w.text for w in words[:n]]
        # "perusahaan EV", "perusahaan AI": a short capital word there is mostly a field
        if (
            n == 1
            and len(texts[0]) <= 3
            and texts[0].isupper()
            and not (short_caps and len(texts[0]) == 3)
            and start not in self._org_starts
        ):
            return None
        name = " ".join(texts)
        if (
            name.lower() in self.not_names
            or name.lower() in self.outlets
            or texts[0] in self.non_name_first
            or texts[0].lower() in self.not_names
            or match_place(texts) == n
            or all(is_common(t) and not _mixed_case(t) for t in texts)
        ):
            return None
        return words[n - 1].end

    def _building_meant(self, text: str, m: Mention, records: dict[str, OrgRecord]) -> bool:
        """ "rapat di Kantor Kepresidenan", "berbicara di Gedung Putih": after a locative the
        building is meant, not the body in it."""
        first = m.surface.split()[0].lower() if m.surface.strip() else ""
        if m.key not in self.actor_only and first not in self.building_heads:
            return False
        return bool(
            self.locative_before.search(text, max(0, m.start - 12), m.start)
            or self.room_venue_before.search(text, max(0, m.start - 80), m.start)
        )

    def _venue_only_keys(
        self, text: str, chosen: list[Mention], title_end: int, records: dict[str, OrgRecord]
    ) -> set[str]:
        """The bodies the article writes only as a place: every mention of theirs outside the
        headline sits in a building ("aksi di depan Gedung DPR/*MPR* RI", "kepada wartawan di
        Gedung *DPR* RI") or is a base after a locative ("tiba di Base Ops *Lanud* Halim
        Perdanakusuma"). A body written once saying, deciding or holding anything ("Ketua
        *MPR*", "*DPR* mengesahkan") is an organisation throughout. The headline gets no vote
        ("Demo di Monas-*DPR*"): it sums the body up the same way."""
        only_venue: dict[str, bool] = {}
        for m in chosen:
            if m.part or m.start < title_end:
                continue
            only_venue[m.key] = only_venue.get(m.key, True) and self._venue_of_body_at(text, m)
        acting = [records[key] for key, venue in only_venue.items() if not venue]
        return {
            key
            for key, venue in only_venue.items()
            if venue
            and not self._base_commanded(text, records[key], title_end)
            and not any(_same_body(records[key], rec, self.venue_of_body_words) for rec in acting)
        }

    def _base_commanded(self, text: str, rec: OrgRecord, title_end: int) -> bool:
        """ "Danlanud *Halim Perdanakusuma*": the base's commander, written as one word, names
        the base at work (the base's name after "Dan" + its head, outside the headline)."""
        head, _, rest = rec.name.partition(" ")
        if head not in self.base_heads or not rest:
            return False
        commander = re.compile(r"(?<![\w-])Dan" + head.lower() + r"[ \t]+" + re.escape(rest))
        return bool(commander.search(text, title_end))

    def _venue_of_body_at(self, text: str, m: Mention) -> bool:
        """The mention names a place: after a building's word (`venue_of_body_words`) or, a
        base's name (`base_heads`), after a locative, in the same line; not where a person is
        quoted in the clause before it (cues.yaml `speech_verbs`, `reporting_verbs`)."""
        start = max(text.rfind("\n", 0, m.start) + 1, m.start - 60)
        if self.speaker_before.search(text, start, m.start):
            return False
        if self.head_title_before.search(text, start, m.start):
            return False
        if self.proceeding_after.match(text, m.end):
            return False
        if self.venue_of_body_before.search(text, start, m.start):
            return True
        first = m.surface.split()[0] if m.surface.strip() else ""
        return first in self.base_heads and bool(self.base_before.search(text, start, m.start))

    def _channel_mentions(self, text: str, mentions: list[Mention]) -> set[int]:
        """The ids of the mentions naming a social media platform as the channel a thing is
        posted, sent or found on ("diunggah di platform *Twitter*", "akun *Facebook* bernama
        ...", "media sosial seperti TikTok, *Facebook*"): a product, no organisation. A
        platform an article never writes acting ("*Facebook* menghapus akun", "pihak
        *Facebook*") is read so throughout ("yang dari *Twitter* dan sebagainya"), once it
        writes it as a channel: one sense per article, as a bare acronym's."""
        by_key: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.surface.strip().lower() in self.platforms:
                by_key.setdefault(m.key, []).append(m)
        dropped: set[int] = set()
        for found in by_key.values():
            acting = [m for m in found if self._platform_company_at(text, m)]
            channel = [
                m
                for m in found
                if m not in acting
                and self.channel_before.search(text, max(0, m.start - 80), m.start)
            ]
            if not channel:
                continue
            dropped.update(id(m) for m in (channel if acting else found))
        return dropped

    def _platform_company_at(self, text: str, m: Mention) -> bool:
        """The platform is the company here: a word of its people, its side or a regulator's
        or court's act on it before it in the clause, up to a meN- verb of the clause's own
        ("pihak *Facebook*", "juru bicara *Twitter*", "bekerja sebagai insinyur di *Facebook*",
        "Kominfo memanggil *Facebook*", "gugatan terhadap *Facebook*"), or an active verb right
        after it ("*Facebook* menghapus ...", "Meta/*Facebook* telah memblokir ...") with no
        channel word before it ("akun *Facebook* bernama ..." names an account)."""
        before = words_in(text, max(0, m.start - 80), m.start)[-_PLATFORM_COMPANY_WINDOW:]
        end = m.start
        for w in reversed(before):
            if text[w.end : end].strip(" \t/"):
                break  # punctuation or a line between: another clause
            if w.lower in self.platform_company_before:
                return True
            if _MEN_VERB.match(w.lower):
                break  # "sekolah mengunggah pengumuman di Facebook": the clause's own act
            end = w.start
        if self.channel_before.search(text, max(0, m.start - 80), m.start):
            return False
        return _acting_after(text, m.end)

    def _estate_meant(self, text: str, m: Mention) -> bool:
        """An estate's name written as a place is the place: after "di" ("di *Kawasan
        Industri Terboyo*") or listed after a noun of places or projects ("kawasan industri
        seperti KITB Batang, *Kawasan Industri Kendal*"; `estate_heads`, `estate_place_words`,
        `estate_list_nouns`). Anywhere else it is the company that runs it ("antara Pemprov
        Jateng dan *Kawasan Industri Wijayakusuma*", "Direktur *Kawasan Industri Kendal*"), and
        always with a legal form before or after it ("PT. Kawasan Industri Terpadu Batang",
        "Kawasan Industri Jababeka Tbk", "Kawasan Industri Medan (Persero)")."""
        if not m.surface.strip().startswith(self.estate_heads):
            return False
        if self.estate_form_before.search(text, max(0, m.start - 12), m.start):
            return False
        if self.estate_form_after.match(text, m.end) or m.surface.rstrip().endswith(
            tuple(self.legal_forms)
        ):
            return False
        return self.estate_place_before.search(text, max(0, m.start - 200), m.start) is not None

    def _under_works(self, text: str, m: Mention, records: dict[str, OrgRecord]) -> bool:
        """The mention is the object of building works ("untuk pembangunan *Hotel Kuantan
        Singingi*", "Renovasi *Hotel Bumi Minang*"; `built_heads`, `works_words`): the building,
        this mention only; the same hotel may act elsewhere in the article ("Proyek Hotel Mulia
        ... Hotel Mulia memecat 50 karyawan", session 39 review). A known body is left alone."""
        surface = m.surface.strip()
        if not surface or records[m.key].known:
            return False
        if surface.split()[0].lower() not in self.built_heads:
            return False
        return bool(self.works_before.search(text, max(0, m.start - 20), m.start))

    def _named_things(
        self, text: str, mentions: list[Mention], records: dict[str, OrgRecord]
    ) -> set[str]:
        """The names of buildings and things by what the text calls them ("Rumah tersebut
        bernama *Rowneybury House*"; `named_things`, `naming_words`): one name is one thing in
        an article, so all its mentions go. Only a name whose words hold no body's head, or
        whose head is a building's ("Hotel"): "sebuah rumah bernama Pondok Pesantren Al Zaytun"
        names a body (session 39 review); a known body is left alone ("Gedung Putih")."""
        built: set[str] = set()
        if not self.naming_word.search(text):
            return built
        for surface, key in {(m.surface, m.key) for m in mentions}:
            words = words_in(surface)
            if key in built or records[key].known or not words:
                continue
            if words[0].lower not in self.built_heads and (
                any(self._head_at(words, i) for i in range(len(words)))
                or self.school_re.search(surface)
            ):
                continue  # a body's head among its words ("Pondok Pesantren")
            # every place the text writes the name, a mention of it found there or not
            for found in phrase_pattern(surface).finditer(text):
                if self.thing_named_before.search(text, max(0, found.start() - 60), found.start()):
                    built.add(key)
                    break
        return built

    def _budget_year_at(self, words: list[Word], i: int) -> bool:
        """A budget or book year starts at word i ("Hotel Kuantan Singingi *Tahun Anggaran*
        2014"): the name ends before it (`budget_years`)."""
        for phrase in self.budget_years:
            k = len(phrase)
            if (
                i + k < len(words)
                and tuple(w.lower for w in words[i : i + k]) == phrase
                and words[i + k].text[:1].isdigit()
            ):
                return True
        return False

    def _gazetteer_prefix(self, text: str, words: list[Word], person_starts: frozenset[int]) -> int:
        """The ORG span's length in words when the organisation gazetteer (DBpedia) holds it as
        one name, spaces only between its words; 0 otherwise or when a person starts it."""
        names = known_names()
        if not words or not names or words[0].start in person_starts:
            return 0
        # the whole span: "Google" of "Google Maps" is a product's name, not the company
        for n in (len(words),) if len(words) <= 6 else ():
            texts = [w.text for w in words[:n]]
            if not all(
                w.is_capitalized or w.lower in _NAME_CONNECTORS or w.text[:1].isdigit()
                for w in words[:n]
            ) or any(not only_spaces(text, a.end, b.start) for a, b in zip(words, words[1:n])):
                continue
            joined = " ".join(texts).lower()
            if (
                joined in names
                and joined not in self.outlets
                and not any(w.lower in self.role_words for w in words[:n])
                # "PKS", "PBB": a lone acronym is as often a document or a tax (perjanjian
                # kerja sama, Pajak Bumi dan Bangunan) as the party or body DBpedia lists
                and not (n == 1 and texts[0].isupper())
                # "DPP, DPW, DPD": a party's boards in a list, not the DPD
                and not in_initials_list(text, words[0].start, words[n - 1].end, lambda t: False)
            ):
                return n
        return 0

    # -- 3. head-word patterns -----------------------------------------------------------------
    def _pattern_mentions(
        self,
        text: str,
        records: dict[str, OrgRecord],
        mentions: list[Mention],
        person_starts: frozenset[int] = frozenset(),
    ) -> list[Mention]:
        headlines = _headlines(text)
        taken = _taken(mentions)
        out = []
        for head in self.head_re.finditer(text):
            if (
                head.start() in headlines
                or head.start() in taken
                or _REGULATION_TITLE_BEFORE.search(text, max(0, head.start() - 60), head.start())
                # "Jalan Perum Griya Asri Raya": a street named after an estate, no company
                or place_word_before(text, head.start()) is not None
            ):
                continue
            end = self._extend(text, head, taken, person_starts)
            if end is None:
                continue
            name = clean_spaces(text[head.start() : end])
            if name.lower() in self.placed_office_names:
                continue
            # "Perum Asabri" after a street: a housing estate (perumahan) named after a body
            # whose own name is not "Perum ..." (PT Asabri), unlike "Perum Bulog".
            if head.group() == "Perum" and self._names_other_body(text[head.end() : end]):
                continue
            # "Serikat Pekerja *Departemen Keuangan Nasional*": the body a union or an
            # association is named after is part of that name, not an organisation of the text.
            if self.member_body_before.search(text, max(0, head.start() - 40), head.start()):
                continue
            # An organisation that contains a known or defined one is a unit of it
            # ("Kantor Cabang BPJS Ketenagakerjaan Bogor"): the inner one stands.
            if any(head.start() <= m.start and m.end <= end for m in mentions):
                continue
            # "Dewan Pengurus Asosiasi ..." is an organ of what follows, not an organisation.
            following = text[end : end + 3]
            if any(
                only_spaces(text, end, m.start) for m in mentions if m.start >= end
            ) and not following.startswith((",", ".")):
                continue
            known = self.lexicon.resolve(name) or self._known_cut_at_dan(text, name, end)
            if known:
                self._known_record(known, records)
                out.append(Mention(head.start(), end, known.id, name, 3))
                continue
            government = regional_government_exact(name)
            key = government[1] if government else slugify(name)
            if key not in records:
                kind = self.heads.kind_of.get(head.group().lower(), "other")
                if head.group() == "DPRD":
                    kind = "regional_government"
                records[key] = OrgRecord(key, government[0] if government else name, kind)
                short = _government_short_form(government[0]) if government else None
                if short and short != name:
                    records[key].aliases.append(short)
            rec = records[key]
            if name != rec.name and name not in rec.aliases:
                rec.aliases.append(name)  # "Pemprov Jateng" of "Pemerintah Provinsi Jawa Tengah"
            out.append(Mention(head.start(), end, key, name, 1))
        return self._shared_place(text, out, records)

    def _shared_place(
        self, text: str, found: list[Mention], records: dict[str, OrgRecord]
    ) -> list[Mention]:
        """ "Dinas Ketahanan Pangan, Dinas Perindustrian dan Perdagangan Provinsi Riau": offices
        of one region listed one after the other (each a Dinas, the head that is always a
        region's) are that region's when only the last names it."""
        listed: list[Mention] = []
        for m in sorted(found, key=lambda m: m.start):
            if not m.surface.startswith(_REGIONAL_ONLY_HEAD):
                listed = []
                continue
            if listed and not _LIST_JOINER.fullmatch(text, listed[-1].end, m.start):
                listed = []
            place = self._region_suffix(m.surface)
            if place is None:
                listed.append(m)
                continue
            for before in listed:
                name = f"{records[before.key].name} {place}"
                key = slugify(name)
                records.setdefault(key, OrgRecord(key, name, records[before.key].kind))
                before.key = key
            listed = []
        return found

    def _add_province_aliases(self, rec: OrgRecord) -> None:
        """ "DPRD Sulsel" beside "DPRD Sulawesi Selatan", "Polda Sumatera Utara" beside "Polda
        Sumut": a body named with its province is also named with the province's other
        names, as the press writes them in turn."""
        # a regional government by its official short form ("Pemprov Jabar", not "Pemerintah
        # Jabar": "Pemerintah Jakarta" would be the state's bare government)
        name = rec.name
        if rec.kind == "regional_government":
            name = _government_short_form(name) or name
        if rec.known:
            return
        # "PT Batik Keris Solo", "Yayasan Peduli Jabar": a private body's place is a word of its
        # proper name, no region served (org_heads.yaml private_heads; session 46)
        if name.split(maxsplit=1)[0] in self.private_heads:
            return
        suffix = self._region_suffix(name)
        region = region_named(suffix) if suffix else None
        if suffix is None or region is None:
            return
        if region.kind != "province":
            _add_area_aliases(rec, name, suffix, region)
            return
        from indonesian.regions import PROVINCE_ALIASES  # lazy, as the regions themselves

        prefix = name[: -len(suffix)]
        # the official name and its one-word short forms ("Sulsel", "DIY", "Jogja"), not
        # other spellings nor a word of the name ("Jakarta" of "DKI Jakarta")
        short = [
            a
            for a in PROVINCE_ALIASES.get(region.code, ())
            if " " not in a and a not in region.name.split()
        ]
        for other in (region.name, *short):
            alias = prefix + other
            rec.add_alias(alias)
        # the short form goes by the province's other names too: "Bawaslu NTT" of "Bawaslu
        # Provinsi Nusa Tenggara Timur", "Kesbangpol Sumatera Utara" of "Kesbangpol Sumut"
        # (session 48)
        acronym = rec.acronym if rec.kind != "regional_government" else None
        acronym_suffix = self._region_suffix(acronym) if acronym else None
        if acronym and acronym_suffix and region_named(acronym_suffix) == region:
            acronym_prefix = acronym[: -len(acronym_suffix)]
            for other in (region.name, *short):
                rec.add_alias(acronym_prefix + other)

    def _region_suffix(self, name: str) -> str | None:
        """The region that ends an organisation's name ("Provinsi Riau" of "Dinas ... Provinsi
        Riau"), or None."""
        words = name.split()
        for i in range(1, len(words)):
            n = 1 if words[i].lower() in self.heads.region_words else 0
            if n < len(words) - i and match_place(words, i + n) == len(words) - i - n:
                return " ".join(words[i:])
        return None

    def _known_cut_at_dan(self, text: str, name: str, end: int) -> KnownOrg | None:
        """The one known body whose name goes on from ``name`` with "dan", when the text goes
        on with ("," and) "dan" and a word of that rest or a word of ``name`` again: "Kementerian
        Pendidikan Dasar*, dan Pendidikan Menengah*" is the Kementerian Pendidikan Dasar dan
        Menengah, written apart; the words before "dan" name no body of their own (a ministry's
        name is one of a closed list). Another body after "dan" ("Kementerian Keuangan dan
        Kementerian Agama") or a word of neither is a list, no name (session 45)."""
        after = _DAN_WORD_AFTER.match(text, end)
        if after is None:
            return None
        word = after.group(1).lower()
        found = self.lexicon.before_dan.get(normalize_name(name), set())
        if len(found) != 1:
            return None
        known = self.lexicon.orgs[next(iter(found))]
        prefix = normalize_name(name) + " dan "
        rest = {
            w
            for surface in known.surfaces
            if normalize_name(surface).startswith(prefix)
            for w in normalize_name(surface)[len(prefix) :].split()
        }
        if word not in rest and word not in normalize_name(name).split()[1:]:
            return None
        return known

    def _names_other_body(self, words: str) -> bool:
        """True when ``words`` ("Asabri Jonggol") start with a known organisation whose own name
        is no "Perum ..." (PT Asabri)."""
        parts = words.split()
        for n in range(len(parts), 0, -1):
            named = self.lexicon.resolve(" ".join(parts[:n]))
            if named is not None:
                return not named.name.startswith("Perum ")
        return False

    def _extend(
        self, text: str, head: re.Match, taken: Ranges, person_starts: frozenset[int] = frozenset()
    ) -> int | None:
        """End offset of the organisation name that starts with ``head``, or None."""
        line_end = text.find("\n", head.end())
        words = words_in(text, head.end(), line_end if line_end >= 0 else len(text))
        contiguous = _contiguous(text, head.end(), words)
        # The name stops where another organisation or a person (statistical NER) starts:
        # "ekonom Universitas Andalas Syafruddin Karimi".
        head_lower = head.group().lower()
        words = self._name_words(contiguous, head_lower, taken, person_starts)
        if head_lower in self.heads.place_only:  # "Bank Jatim": the place, nothing more
            n = self._region_words(words)
            if n and n < len(words) and words[n].text == "Syariah":
                n += 1  # a regional bank's Islamic bank: "Bank NTB Syariah", "Bank Aceh Syariah"
        elif head_lower in self.heads.proper:
            n = self._proper_words(words, head_lower)
            # "PT IG/PT IAE", "PT Amanat Perkasa Speed/Total Logistik": a slash joins two
            # companies (or a company and its other name); the first is this one
            slashed = next((w for w in words[:n] if "/" in w.text[1:]), None)
            if head_lower in _COMPANY_HEADS:
                if slashed is not None:
                    return slashed.start + slashed.text.index("/", 1)
                if n < len(contiguous) and contiguous[n].lower == "dan":
                    # a bracket spelling the words is stronger evidence than the NER's guess
                    # that a person starts after "dan" ("PT Sinar Terang dan Abadi (STA)")
                    spelled = self._name_words(contiguous, head_lower, taken, frozenset())
                    through = self._spelled_through_dan(text, spelled, n)
                    if through > n:
                        return spelled[through - 1].end
        elif self.heads.kind_of.get(head_lower) == "regional_government" or head_lower == "dprd":
            n = self._region_words(words)
            if n == 0:
                return None
        else:
            kind = self.heads.kind_of.get(head_lower)
            n = self._descriptive_words(words, last_field=kind == "ministry")
            # "Badan Usaha", "Lembaga Keuangan" are kinds of bodies, not names: one ordinary
            # word is enough only for a ministry ("Kementerian Pertanian").
            if n == 1 and kind != "ministry" and is_common(words[0].text):
                return None
            # "Komisi II" alone: a numbered commission of a body the text names elsewhere (or
            # not at all), a cut-short name
            if n and all(is_roman_numeral(w.text) for w in words[:n]):
                return None
            if (
                n
                and kind != "ministry"
                and _local_kind([head.group(), *(w.text for w in words[:n])])
            ):
                return None
        if n == 0:
            return None
        return words[n - 1].end

    def _name_words(
        self, words: list[Word], head_lower: str, taken: Ranges, person_starts: frozenset[int]
    ) -> list[Word]:
        """``words`` after a head up to where another organisation, a person (statistical
        NER), a Balinese name or a budget year starts."""
        for i, w in enumerate(words):
            if (
                w.start in taken
                or w.start in person_starts
                or self._head_at(words, i)
                or _balinese_name_at(words, i)
                or self._budget_year_at(words, i)
            ):
                # "Rumah Sakit Umum *Pusat*" (RSUP): the hospital's class, no body of its own
                if not (head_lower in _HOSPITAL_HEADS and w.lower == "pusat" and i):
                    return words[:i]
        return words

    def _spelled_through_dan(self, text: str, words: list[Word], n: int) -> int:
        """How many of ``words`` (after "PT"/"CV") a company's name takes when its proper
        words stop at "dan" (``n``): "PT Aneka Industri dan Jasa (AIJ)" is one company,
        because the short form in brackets right after it spells every word's initial, those
        after "dan" too. Without such a short form "PT X dan Y" is two companies or a company
        and something else, so ``n`` stands; so it does when the words after "dan" are a
        known body or a place ("PT Sawit Jaya dan Desa Sukamaju (SJDS)")."""
        if not 0 < n < len(words) - 1 or words[n].lower != "dan":
            return n
        for k in range(n + 1, min(len(words), n + 1 + _MAX_WORDS_AFTER_DAN)):
            if not words[k].is_capitalized or not only_spaces(
                text, words[k - 1].end, words[k].start
            ):
                return n
            after = text[words[k].end : words[k].end + 3]
            bracket = _PAREN.match(text, words[k].end + len(after) - len(after.lstrip()))
            if after[:1].isspace() and bracket:
                after_dan = [w.text for w in words[n + 1 : k + 1]]
                if (
                    any(self.lexicon.resolve(f"{f}{' '.join(after_dan)}") for f in ("", "PT "))
                    or self._place_after(text, words[n].end)
                    or self._village_place(words[n + 1 : k + 1])
                ):
                    return n
                initials = "".join(w.lower[0] for w in words[:n] + words[n + 1 : k + 1])
                short = bracket.group(1).strip().replace(".", "").lower()
                return k + 1 if short in (initials, initials[:n] + "d" + initials[n:]) else n
        return n

    def _descriptive_words(self, words: list[Word], last_field: bool = False) -> int:
        """Ordinary capitalised words, then a region, then a suffix: "Tenaga Kerja Kota Bogor"."""
        n = 0
        while n < len(words):
            w = words[n]
            if (
                w.is_capitalized
                # "Dinas *Perindustrian*": a pe-...-an noun of a field, known to the
                # vocabulary or not
                and (is_common(w.text) or _short_caps(w.text) or _NOMINALISATION.fullmatch(w.text))
                and w.lower not in self.role_words
            ):
                n += 1
            elif (
                w.lower in ("dan", "&")
                and n > 0
                and n + 1 < len(words)
                and words[n + 1].is_capitalized
                and is_common(words[n + 1].text)
            ):
                n += 1
            # "Badan Penyelenggaraan Haji dan *Umrah*" (two words before "dan", or a ministry's
            # field: "Kementerian Haji dan Umrah"); not "Dinas Sosial dan Peksos", two bodies
            elif (
                w.lower == "dan"
                and (n > 1 or last_field and n > 0)
                and self._last_proper_field(words, n + 1)
            ):
                n += 2  # "Haji dan *Umrah*": the name's last field
                break
            else:
                break
        n += self._region_words(words[n:]) if n else 0
        return n

    def _last_proper_field(self, words: list[Word], i: int) -> bool:
        """ "Badan Penyelenggaraan Haji dan *Umrah*": a proper word after "dan" that ends the
        name (nothing capitalised after it) and starts no other body, place or person."""
        if i >= len(words):
            return False
        w = words[i]
        return (
            w.is_capitalized
            and (i + 1 == len(words) or not words[i + 1].is_capitalized)
            and w.lower not in self.heads.kind_of
            and w.lower not in self.role_words
            and w.lower not in person_name_words()
            and not match_place([w.text])
        )

    def _region_words(self, words: list[Word]) -> int:
        """ "Kota Bogor", "Provinsi Jawa Barat", "Jawa Barat", "DKI Jakarta"."""
        if not words:
            return 0
        n = 1 if words[0].lower in self.heads.region_words else 0
        place = match_place([w.text for w in words], n)
        if place:
            return n + place
        return 0

    def _english_name_end(self, text: str, end: int, person_starts: frozenset[int]) -> int:
        """Where an English name read up to ``end`` ends when it goes on with an English
        connector and proper words: "Economic Research Institute *for ASEAN and East Asia*" (the
        proper-name run stops at the lower-case "for"). An Indonesian list joins with "dan", never
        "and", so the words after an English connector are the same name's (session 45); a day,
        month, country or place after the first of them is no part of it ("University of Tokyo
        *Senin*", "University of Melbourne *Australia*")."""
        while connector := _ENGLISH_CONNECTOR.match(text, end):
            words = _line_run(text, connector.end())
            if not words or words[0].start != connector.end():
                break
            n = self._proper_words(words[:4])
            for i, w in enumerate(words[:n]):
                if (
                    w.lower in self.seat_stops
                    or w.lower in self.ranks
                    or (
                        i
                        and words[i - 1].lower not in _ENGLISH_COMPASS
                        and (
                            w.start in person_starts
                            or w.start in self._place_starts
                            or w.lower in self.country_names
                            or match_place([x.text for x in words[:n]], i)
                        )
                    )
                ):
                    n = i
                    break
            if n == 0:
                break
            end = words[n - 1].end
        return end

    def _proper_words(self, words: list[Word], head: str | None = None) -> int:
        """Proper names after PT / Universitas (``head``, lower case): capitalised words,
        "(Persero)", "Tbk"."""
        n = 0
        for w in words[:6]:
            # "Universitas Muhammadiyah Malang *Dr.* Muhammad ...": a name title after the
            # first word opens the person the name is followed by; after a hospital's head a
            # doctor's title goes on ("Rumah Sakit Islam *Dr.* Soetomo")
            if n and w.lower in name_titles():
                if not (head in _HOSPITAL_HEADS and w.lower == "dr"):
                    break
            # "(PKN) STAN *Rp* 15 miliar": a sum follows the name
            if w.lower in currency_words():
                break
            if (w.is_capitalized or w.text in ("&",)) and w.lower not in self.role_words:
                n += 1
            else:
                break
        return n


def _acting_after(text: str, end: int) -> bool:
    """An active verb right after ``end`` in the clause, past an auxiliary ("Facebook *telah
    menghapus*", "Kawasan Industri Wijayakusuma *menandatangani*"): the name before is the
    verb's subject, a body that acts."""
    start = end
    for w in words_in(text, end, min(len(text), end + 40))[:_VERB_WINDOW]:
        if text[start : w.start].strip(" \t"):
            return False  # punctuation between: no verb of it
        if w.lower not in _AUXILIARIES:
            return _ACTIVE_VERB.match(w.text) is not None
        start = w.end
    return False


def _balinese_name_at(words: list[Word], i: int) -> bool:
    """A Balinese noble name starts at word i of a body's name and is a person's, not the one
    the body is named after: the name already has a word of its own before it ("Departemen
    Minat dan Bakat *Anak Agung* Ngurah ...", though "Anak" ends many a body's name:
    "Perlindungan Anak"), and that word is no "Negeri" ("Universitas Hindu Negeri *I Gusti*
    Bagus Sugriwa", "RSUD *Ida Bagus* Oka": named after a person)."""
    return (
        0 < i < len(words) - 1
        and (words[i].text, words[i + 1].text) in balinese_openings()
        and words[i - 1].lower != "negeri"
    )


# Heads of a company's name, which a slash never goes on ("PT A/PT B"; a state body's name may:
# "Kementerian PPN/Bappenas", "Pengadaan Barang/Jasa").
_COMPANY_HEADS = frozenset({"pt", "cv"})


# -- helpers ----------------------------------------------------------------------------------
def _same_body(a: OrgRecord, b: OrgRecord, building_words: frozenset[str]) -> bool:
    """Two records of one body: a name, short form or alias in common once a leading building
    word is set aside ("Gedung KPK", "KPK"), or the one's name of two words or more starting
    the other's ("Lanud Halim", "Lanud Halim Perdanakusuma": a cut name)."""

    def names(rec: OrgRecord) -> set[tuple[str, ...]]:
        found = set()
        for name in (rec.name, rec.acronym, *rec.aliases):
            words = tuple((name or "").lower().split())
            if words and words[0] in building_words:
                words = words[1:]
            if words:
                found.add(words)
        return found

    ours, theirs = names(a), names(b)
    if ours & theirs:
        return True
    return any(
        len(short) >= 2 and long[: len(short)] == short
        for x in ours
        for y in theirs
        for short, long in ((x, y), (y, x))
    )


def _fold_variants(
    chosen: list[Mention], records: dict[str, OrgRecord], sentences: list[tuple[int, int]]
) -> None:
    """ "PT Praba" beside "PT Praba Indopersada", "PT Indobuild Co" beside "PT Indobuildco":
    an unknown body written shorter or misspelt in another sentence of the article is one
    record, named as written in full (a numbered school: as written most often;
    nlp/name_variants.py); the other writing becomes its alias. A body with its own short
    form, a branch or a placed office keeps its record."""
    starts = [start for start, _ in sentences]
    forms: dict[str, Form] = {}
    for m in chosen:
        rec = records[m.key]
        if m.part or rec.known or rec.placed or rec.parent or rec.acronym:
            continue
        sentence = bisect.bisect_right(starts, m.start) - 1
        seen = forms.get(m.key)
        forms[m.key] = (
            Form(m.key, rec.name, 1, m.start, frozenset({sentence}))
            if seen is None
            else seen._replace(mentions=seen.mentions + 1, sentences=seen.sentences | {sentence})
        )
    if len(forms) < 2:
        return
    folds = folded_keys(list(forms.values()))
    for m in chosen:
        target = folds.get(m.key)
        if target is None:
            continue
        m.key = target
        records[target].add_alias(m.surface)


def _fold_company_initials(
    text: str,
    chosen: list[Mention],
    records: dict[str, OrgRecord],
    legal_forms: frozenset[str],
    lexicon: OrgLexicon,
) -> None:
    """ "PT AJS" beside "PT Asuransi Jiwasraya", "PT IAE" beside "PT Inti Alasindo Energi": a
    company written by its legal form and capitals that spell, in order, the words of one
    company of the same legal form that the article names in full is that company (its short
    form, written without brackets; session 50), so it is an alias, not a second body. Letters
    that spell two such names, or none, leave the short form as it is ("PT IG" beside "PT
    IAE"); a known body or one placed or with a short form of its own is never folded, and a
    known body gets no initials its lexicon entry does not list ("PT Bank Mandiri dan PT BMI").
    Initials that take a letter from inside a word ("AJS": Jiwa*s*raya) fit other companies
    too ("PT AKR" and Adhi Ka*r*ya), so they fold only when the article writes the letters
    more than once and no other company by its legal form and capitals; and no short form
    folds that the text sets beside the full name as another body (`_written_as_another`)."""
    written: dict[str, set[str]] = {}
    for m in chosen:
        if not m.part:
            written.setdefault(m.key, set()).add(clean_spaces(m.surface))
    by_initials = {
        key: short
        for key in written
        if (short := company_initials(records[key].name, legal_forms)) is not None
    }
    names = {
        key: surfaces | {records[key].name, *records[key].aliases}
        for key, surfaces in written.items()
    }
    folds: dict[str, str] = {}
    for key, (form, letters) in by_initials.items():
        rec = records[key]
        if rec.known or rec.acronym or rec.placed or rec.parent:
            continue
        # (an exact spelling, one initial a word, is a loose one too)
        targets = [
            other
            for other in written
            if other != key and _spelled_by_one(names[other], form, letters, legal_forms)
        ]
        if len(targets) != 1:
            continue
        target = targets[0]
        if records[target].known and not _lexicon_lists(lexicon, target, form, letters):
            continue
        if not _spelled_by_one(names[target], form, letters, legal_forms, exact=True) and (
            len(re.findall(rf"\b{letters}\b", text)) < 2 or len(by_initials) > 1
        ):
            continue  # only an inner letter spells it: too loose to trust alone
        if _written_as_another(text, chosen, key, target):
            continue
        folds[key] = target
    for m in chosen:
        into = folds.get(m.key)
        if into is not None:
            m.key = into
            records[into].add_alias(clean_spaces(m.surface))


def _spelled_by_one(
    names: set[str], form: str, letters: str, legal_forms: frozenset[str], exact: bool = False
) -> bool:
    """One of a record's written names is the company ``form`` + ``letters`` spell."""
    return any(spelled_company(n, form, letters, legal_forms, exact=exact) for n in names)


def _lexicon_lists(lexicon: OrgLexicon, org_id: str, form: str, letters: str) -> bool:
    """The lexicon gives the known body ``org_id`` these initials as a short form."""
    org = lexicon.orgs.get(org_id)
    return org is not None and bool({letters, f"{form} {letters}"} & {org.acronym, *org.aliases})


# "Kontraktornya, PT BAS", "Pesaingnya PT SLM": a company named as another's relation.
_RELATION_NYA = re.compile(
    r"\b(?:"
    + alternation(load_yaml("org_heads.yaml")["company_relation_nouns"])
    + r")nya\s*,?\s*$",
    re.IGNORECASE,
)
# "Dua perusahaan lain, PT IA": "lain(nya)" among the few words before, in the same clause.
_OTHER_BEFORE = re.compile(r"\blain(?:nya)?\b[^.;:!?()]{0,40}$", re.IGNORECASE)
# "PT Bumi Asri dan PT BAS", "PT Bumi Asri, PT BAS": two bodies side by side in one list.
_LISTED_BETWEEN = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan|serta)\s*", re.IGNORECASE)


def _written_as_another(text: str, chosen: list[Mention], key: str, target: str) -> bool:
    """The text marks the short form ``key`` as a company other than ``target``: introduced
    as another ("perusahaan lain", "kontraktornya, PT BAS") or listed beside it ("PT Bank
    Mandiri dan PT BMI", "PT Inti Alam, PT IA")."""
    shorts = [m for m in chosen if m.key == key and not m.part]
    fulls = [m for m in chosen if m.key == target and not m.part]
    for m in shorts:
        before = text[max(0, m.start - 60) : m.start]
        if _RELATION_NYA.search(before) or _OTHER_BEFORE.search(before):
            return True
        for f in fulls:
            first, second = (f, m) if f.start < m.start else (m, f)
            if _LISTED_BETWEEN.fullmatch(text[first.end : second.start]):
                return True
    return False


def _unit_parent_aliases(
    text: str,
    chosen: list[Mention],
    records: dict[str, OrgRecord],
    parents: Mapping[str, str],
    person_starts: frozenset[int],
) -> None:
    """ "Badan Anggaran (Banggar) DPR RI", "Dewan Perwakilan Mahasiswa (DPM) FISIP Unud": a
    unit defined by its bracketed short form and written right after it with the body it
    belongs to goes by both together; its record takes "Badan Anggaran DPR RI" and "Banggar
    DPR RI" as aliases. The unit keeps its name and the parent its own record (both are
    bodies the article names); only a mention of another organisation right after the
    bracket, with nothing but spaces between, is a parent. A person, a title or a verb after
    the bracket is none because no organisation's mention starts there; a person the NER
    finds inside the parent's mention (a name glued to it: "(DEMA) UIN Syarif Hidayatullah M
    Ihdan ...") refuses the alias. A known body is a unit only of the parent its lexicon entry
    names (``parents``: "DJP Kemenkeu"): two known bodies side by side are two bodies, a list
    short of a comma or an auditor and the audited ("Badan Pemeriksa Keuangan (BPK) Kejaksaan
    Agung menetapkan ..."). The long alias is the unit as the article writes it, not the
    record's name (a known "Badan Reserse Kriminal Polri" written "Badan Reserse Kriminal")."""
    by_start = {m.start: m for m in chosen if not m.part}
    by_end = {(m.key, m.end): m for m in chosen if not m.part}
    for m in chosen:
        rec = records[m.key]
        if m.part or not rec.acronym or m.surface != rec.acronym:
            continue
        if text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
            continue
        if rec.known and m.key not in parents:
            continue
        found = _parent_written_at(text, m.end + 1, m.key, by_start, records, person_starts)
        if found is None:
            continue
        parent_key, long_parent, short_parent = found
        if rec.known and parents[m.key] != parent_key:
            continue
        # the long form as written right before the bracket
        opened = m.start - 1
        while opened > 0 and text[opened - 1] == " ":
            opened -= 1
        written = by_end.get((m.key, opened))
        if written is not None and not written.surface.endswith(long_parent):
            rec.add_alias(f"{clean_spaces(written.surface)} {long_parent}")
        rec.add_alias(f"{rec.acronym} {short_parent}")


def _parent_written_at(
    text: str,
    at: int,
    unit: str,
    by_start: dict[int, Mention],
    records: dict[str, OrgRecord],
    person_starts: frozenset[int],
) -> tuple[str, str, str] | None:
    """The organisation written right after a unit's bracketed short form (``at`` is just
    after the bracket): its key, and its name in full and short: "DPR RI" -> (dpr, "DPR RI",
    "DPR RI"); "Fakultas Ilmu Sosial dan Ilmu Politik (FISIP) Unud" -> (.., ".. Politik Unud",
    "FISIP Unud"), the parent's own bracketed short form standing for it and its own parent
    after it. None when no other organisation's mention starts there, or when a person the
    NER finds starts inside that mention."""
    gap = _SPACES.match(text, at)
    if gap is None:
        return None
    m = by_start.get(gap.end())
    if m is None or m.key == unit:
        return None
    if any(m.start < p < m.end for p in person_starts):
        return None
    rec = records[m.key]
    after = m.end
    written = _PAREN.match(text, after + 1) if text[after : after + 1] == " " else None
    if written and rec.acronym and written.group(1).strip() == rec.acronym:
        # "Fakultas ... Politik (FISIP) Unud": the parent defined here, its own parent after
        grand = _parent_written_at(text, written.end(), m.key, by_start, records, person_starts)
        if grand is not None:
            return m.key, f"{clean_spaces(m.surface)} {grand[1]}", f"{rec.acronym} {grand[2]}"
        return m.key, clean_spaces(m.surface), rec.acronym
    if m.surface == rec.acronym and not rec.known:
        # "(DPM) FISIP Unud": the short form of a unit the article defines, then its body
        grand = _parent_written_at(text, after, m.key, by_start, records, person_starts)
        if grand is not None:
            return m.key, f"{m.surface} {grand[1]}", f"{m.surface} {grand[2]}"
    written_as = clean_spaces(m.surface)
    # a parent written in full stands in the short form by its own ("DJP Kemenkeu")
    short = rec.acronym if rec.acronym and written_as == rec.name else written_as
    return m.key, written_as, short


def _party_board_forms(known: list[Mention], board_mentions: list[Mention]) -> set[str]:
    """ "Ketua DPD PDI Perjuangan Bali" then "di tingkat DPD", "Karena DPD ...": a short form
    the article writes as a party's board (``board_mentions``) is that board where it stands
    bare too, unless the article also names the body itself ("Dewan Perwakilan Daerah", "DPD
    RI"). The caller keeps one listed with another state body ("anggota DPR dan DPD")."""
    boards = {m.surface for m in board_mentions}
    named = {m.key for m in known if m.surface not in boards}
    return {m.surface for m in known if m.surface in boards and m.key not in named}


# What joins two names of a list: "DPR dan DPD", "DPR/DPD", "DPR-DPD", "MPR, DPR".
_LIST_JOIN = re.compile(r"[ \t]*(?:[/,-]|dan|serta|atau)[ \t]*")


def _listed_with_body(
    text: str, m: Mention, known: list[Mention], records: dict[str, OrgRecord]
) -> bool:
    """Mention m stands in a list right beside another known body that is no party ("anggota
    DPR dan *DPD*", "DPR/*DPD*"): the state body, whatever else the article calls by its
    letters."""
    for n in known:
        if n.key == m.key or records[n.key].kind == "party":
            continue
        if n.end <= m.start and _LIST_JOIN.fullmatch(text, n.end, m.start):
            return True
        if m.end <= n.start and _LIST_JOIN.fullmatch(text, m.end, n.start):
            return True
    return False


def _known_place(words: str, places: Collection[str]) -> str | None:
    """The longest opening of ``words`` that is a known place ("Medan" of "Medan Utara"), else
    None."""
    split = words.split()
    for size in range(len(split), 0, -1):
        name = " ".join(split[:size])
        if name in places:
            return name
    return None


def _fuller_known_name(text: str, name: str) -> str:
    """The longest gazetteer name the text writes that starts with ``name`` ("Persib Bandung"
    for a "Persib" of an article that also names the club in full), else ``name``: one
    organisation, not two."""
    best = name
    pattern = re.compile(re.escape(name) + r"((?:[ \t]+[A-Z][\w.-]*){1,3})")
    for found in pattern.finditer(text):
        words = found.group(1).split()
        for n in range(len(words), 0, -1):
            candidate = " ".join([name, *words[:n]])
            if candidate.lower() in known_names() and len(candidate) > len(best):
                best = candidate
                break
    return best


def _to_only_branch(
    mentions: list[Mention], records: dict[str, OrgRecord], offices: Collection[str]
) -> list[Mention]:
    """ "Kejaksaan Tinggi (Kejati) Jawa Timur ... Kejati mendukung": a bare mention of an
    organisation the article defined itself (no known national body) stands for its branch
    when the article names only one; a body's own defined short name is the branch's alias
    too ("DLH" of "Dinas Lingkungan Hidup (DLH) DKI Jakarta"), an office or head word
    (``offices``: Kejati, PN, PT) is not."""
    branches: dict[str, set[str]] = {}
    for m in mentions:
        parent = records[m.key].parent
        if parent is not None and not records[parent].known:
            branches.setdefault(parent, set()).add(m.key)
    for parent, only in branches.items():
        # "Dinas Lingkungan Hidup (DLH) DKI Jakarta": the one branch is also the bare "DLH"
        branch = records[next(iter(only))]
        name = records[parent].acronym if len(only) == 1 else None
        if name and name.lower() not in offices and name not in (branch.acronym, *branch.aliases):
            branch.aliases.append(name)
    for m in mentions:
        listed = branches.get(m.key)
        if listed and len(listed) == 1:
            m.key = next(iter(listed))
    return mentions


_GOVERNMENT_SHORT = {
    "Pemerintah Provinsi": "Pemprov",
    "Pemerintah Kabupaten": "Pemkab",
    "Pemerintah Kota": "Pemkot",
}


# "Dinas Kesehatan *Kabupaten* Gresik": the region word the press mostly leaves out.
_REGION_WORD = re.compile(r"[ \t]+(?:Provinsi|Kabupaten|Kota)(?=[ \t]+[A-Z])")


_HOME_WORDS = ("Indonesia", "RI", "NKRI", "Tanah Air", "WNI", "Nusantara", "Rp", "rupiah", "Rupiah")


def _pair_named_elsewhere(text: str, first: Word, second: Word, body: str) -> bool:
    """The text writes ``first second`` together elsewhere, not after ``body`` (the office's
    name): as (part of) a person's name ("kata *Bima Arya* Sugiarto")."""
    pattern = re.compile(
        r"(?<![\w-])" + re.escape(first.text) + r"[ \t]+" + re.escape(second.text) + r"(?![\w-])"
    )
    return any(
        found.start() != first.start
        and not text[max(0, found.start() - len(body) - 3) : found.start()].rstrip().endswith(body)
        for found in pattern.finditer(text)
    )


# "Amerika Latin/Selatan/Utara/Tengah" is a region, not the United States
_AMERICA_REGION = re.compile(r"(?<=Amerika)[ \t]+(?:Latin|Selatan|Utara|Tengah)(?![\w-])")
# around a bare chamber word ("Kongres", "Senat"): the capitalised or lower-case word after it,
# the capitalised word right before it, a sentence's opening, and a verb's prefix
# ("menolak", "bersidang", "disahkan", "terbelah", "perlu")
_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][\w-]*)")
_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)(?![\w-])")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]*)[ \t]+\Z")
_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?\"'\n(:])[ \t\"']*\Z")
_VERB_PREFIX = re.compile(r"(?:me|be|di|ter|per)[a-z]{2}")
# a currency's word right before a country: "dolar AS", "yen Jepang", "ringgit Malaysia"
_CURRENCY_BEFORE = re.compile(
    r"(?<![\w-])(?:dolar|dollar|yen|yuan|renminbi|won|euro|ringgit|baht|peso|rupee|riyal|"
    r"dirham|franc|pound|poundsterling|rubel|lira|dong)[ \t]+\Z",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _home_anchor() -> re.Pattern[str]:
    """Words that set an article at home: Indonesia, RI, and every province, regency and city
    by name or press short form, capitalised ("Bogor, Jawa Barat", "Jatim", "Solo")."""
    from indonesian.regions import AREA_ALIASES, PROVINCE_ALIASES, regions

    names = {r.bare for r in regions(include_districts=False)} | set(_HOME_WORDS)
    for aliases in (*PROVINCE_ALIASES.values(), *AREA_ALIASES.values()):
        names.update(aliases)
    return re.compile(r"(?<![\w-])(?:" + alternation(names) + r")(?![\w-])")


def _add_area_aliases(rec: OrgRecord, name: str, suffix: str, region: Region) -> None:
    """ "Polres Jakpus" beside "Polres Jakarta Pusat", "Kejari OKI" beside "Kejari Ogan
    Komering Ilir": a body named with a regency or city the press also calls by a short name
    (indonesian.regions.AREA_ALIASES, a closed list) goes by the other name too. Only the
    bare name and those short names ("Kota Jakarta Pusat" is left as written) (session 46)."""
    from indonesian.regions import AREA_ALIASES  # lazy, as the regions themselves

    shorts = AREA_ALIASES.get(region.code, ())
    if not shorts or (suffix != region.bare and suffix not in shorts):
        return
    prefix = name[: -len(suffix)]
    for other in (region.bare, *shorts):
        if other != suffix:
            rec.add_alias(prefix + other)


def _add_placeless_alias(rec: OrgRecord) -> None:
    """ "Dinas Kesehatan Gresik" beside "Dinas Kesehatan Kabupaten Gresik", "DLH DKI Jakarta"
    beside "DLH Provinsi DKI Jakarta": an office's name without the region word. A regional
    government keeps its own ("Pemerintah Kota Bogor" is not "Pemerintah Bogor")."""
    if rec.kind == "regional_government" or rec.known:
        return
    for name in (rec.name, rec.acronym):
        found = _REGION_WORD.search(name) if name else None
        if name and found:
            place = name[found.end() :].split()
            if match_place(place) != len(place):  # "Ibu Kota Nusantara" is no region word
                continue
            short = name[: found.start()] + name[found.end() :]
            rec.add_alias(short)


def _government_short_form(name: str) -> str | None:
    """The official short form of a regional government: "Pemerintah Kabupaten Karanganyar"
    -> "Pemkab Karanganyar" (what officials and the press call it, written or not)."""
    for long, short in _GOVERNMENT_SHORT.items():
        if name.startswith(long + " "):
            return f"{short} {name[len(long) + 1 :]}"
    return None


def _is_plain_word(text: str) -> bool:
    """Words in parentheses that are not acronyms: "(Persero)", "(Selasa)", "(Dok. X)"."""
    if " " in text:
        return text.split()[0].rstrip(".").lower() in {"dok", "foto", "ist", "istimewa"}
    return text.isalpha() and text[1:].islower() and is_common(text)


class _OfficePlace(NamedTuple):
    """The place after an office word ("Pengadilan Tipikor pada PN *Palembang*")."""

    end: int  # where the office's mention ends
    place: str  # the place as written ("" for a placeless office)
    region: Region | None  # its gazetteer region
    field: str = ""  # the short form of the office's field skipped before the place ("Tipikor")
    seated: bool = False  # the place is the district court's the office sits in


def _words_back(
    text: str, end: int, limit: int = _MAX_LONG_FORM_WORDS, listed: bool = False
) -> list[Word]:
    """Name-like words right before ``end`` (same line, no comma), nearest last. ``listed``:
    one run of a name listing its fields (`_coordinated_items`), which keeps its opening
    "dan"/"serta" ("dan Intelejen Keuangan")."""
    line_start = text.rfind("\n", 0, end) + 1
    window_start = max(line_start, end - 200)
    words = words_in(text, window_start, end)
    kept: list[Word] = []
    for w in reversed(words):
        between = text[w.end : kept[0].start] if kept else text[w.end : end]
        if between.strip() and not (
            between.strip() == "." and len(w.text) <= 4 and w.is_capitalized
        ):
            break  # punctuation between ("Tbk." excepted): the name stops
        if not (
            w.is_capitalized
            or w.lower in CONNECTORS
            or w.lower in _LOWER_NAME_WORDS
            or w.text == "&"
        ):
            break
        kept.insert(0, w)
        if len(kept) >= limit:
            break
    while kept and not kept[0].is_capitalized and not listed:
        kept.pop(0)
    return kept


# A field of a name listed with commas is one to three words ("Aset Sekuritas", "Perikanan
# dan Kehutanan" counts its two capitalised words).
_MAX_FIELD_WORDS = 3
# A company's name goes on after "dan" for at most three words ("PT Aneka Industri dan
# Jasa (AIJ)").
_MAX_WORDS_AFTER_DAN = 3
# The separators between the fields of a name listed before its short form: a comma (", dan")
# or "&"; the last field opens with "dan"/"serta" or follows "&".
_FIELD_SEPARATOR = re.compile(r"[ \t]*,[ \t]*|[ \t]+&[ \t]+")
_MAX_FIELDS = 6


def _coordinated_items(text: str, end: int) -> list[list[Word]]:
    """The name-like runs before ``end`` separated by commas or "&", nearest last: for
    "Badan Teknologi, Informasi, dan Intelejen Keuangan" [[Badan, Teknologi], [Informasi],
    [dan, Intelejen, Keuangan]] (`_words_back` with ``listed``)."""
    items: list[list[Word]] = []
    pos = end
    for _ in range(_MAX_FIELDS):
        run = _words_back(text, pos, listed=True)
        if not run:
            break
        items.insert(0, run)
        line_start = text.rfind("\n", 0, run[0].start) + 1
        sep = None
        for m in _FIELD_SEPARATOR.finditer(text, max(line_start, run[0].start - 5), run[0].start):
            if m.end() == run[0].start:
                sep = m
        if sep is None:
            break
        pos = sep.start()
    return items


def _fields(item: list[Word]) -> list[list[Word]]:
    """The fields of one listed item, split at its connectors: "Perikanan dan Kehutanan" is
    [[Perikanan], [Kehutanan]], "dan Intelejen Keuangan" [[Intelejen, Keuangan]]."""
    fields: list[list[Word]] = [[]]
    for w in item:
        if w.lower in CONNECTORS:
            fields.append([])
        else:
            fields[-1].append(w)
    return [f for f in fields if f] or [[]]


# The words closing a list of a name's fields: not "atau", which offers a choice of bodies
# ("Dinas Pendidikan, Kesehatan atau Sosial"), never one name's fields.
_FIELD_LIST_CLOSERS = _LIST_CONNECTORS - {"atau"}


def _closes_list(text: str, item: list[Word]) -> bool:
    """The item ends a list: "dan"/"serta" in it ("dan Intelejen Keuangan", "Perikanan dan
    Kehutanan") or "&" before it."""
    return any(w.lower in _FIELD_LIST_CLOSERS for w in item) or text[
        : item[0].start
    ].rstrip().endswith("&")


# Last words of the name of a kind of local body, found in every village, region or country
# abroad ("Badan Permusyawaratan Desa", "Sekretariat Daerah", "Lembaga Halal Luar Negeri").
_LOCAL_KIND_ENDINGS = (("daerah",), ("desa",), ("kelurahan",), ("luar", "negeri"))


# The board of a party or a mass organisation, one in each of them and at each level: "Dewan
# Pengurus Pusat (DPP) Gebu Minang", "Dewan Pimpinan Nasional (DPN) Partai Gelora"; the body is
# its owner (org_heads.yaml board_words, board_levels).
_BOARDS = load_yaml("org_heads.yaml")
_BOARD_KIND = re.compile(
    "(?:"
    + "|".join(re.escape(w.lower()) for w in _BOARDS["board_words"])
    + ") (?:"
    + "|".join(re.escape(w.lower()) for w in _BOARDS["board_levels"])
    + ")"
)


def _local_kind(words: list[str]) -> bool:
    lower = tuple(w.lower() for w in words)
    return any(lower[-len(e) :] == e for e in _LOCAL_KIND_ENDINGS) or bool(
        _BOARD_KIND.fullmatch(" ".join(lower))
    )


def _before_open_bracket(name: str) -> str:
    """The name without the start of a bracket the statistical NER took along ("Bank Peserta
    Penjaminan (BPP")."""
    return _OPEN_BRACKET_TAIL.sub("", name).strip()


@lru_cache(maxsize=1)
def _party_epithets() -> tuple[frozenset[str], re.Pattern[str]]:
    """`party_epithets` of org_heads.yaml (lower-cased, straight quotes), and their pattern, the
    longest first."""
    listed = [_straight_quotes(e).lower() for e in load_yaml("org_heads.yaml")["party_epithets"]]
    return frozenset(listed), re.compile(alternation(listed) + r"(?![\w'-])", re.IGNORECASE)


def party_epithet(name: str, text: str = "", start: int = -1) -> bool:
    """A party's nickname by its symbol or colour ("Partai Banteng", "Partai Ka'bah";
    `party_epithets` in org_heads.yaml), not the name of a party: the name, without a bracket
    or a short form after it ("Partai Kakbah (PPP)"), is an epithet, or is cut short from the
    longest epithet written at ``start`` in ``text`` (the NER's "Partai Wong" of "Partai Wong
    Cilik"). A name going on after an epithet ("Partai Matahari Bangsa") is a real party's.
    Read by the organisation filter and by the bodies people's titles add (people.py)."""
    listed, written = _party_epithets()
    bare = _SHORT_FORM_TAIL.sub("", _before_open_bracket(_straight_quotes(name))).lower()
    if bare in listed:
        return True
    if start < 0 or " " not in bare:
        return False
    # the longest epithet is 26 letters: a window of 60 holds it with any spacing
    found = written.match(_straight_quotes(text[start : start + 60]))
    return found is not None and " ".join(found.group().lower().split()).startswith(bare + " ")


def _straight_quotes(text: str) -> str:
    """Curly apostrophes written straight ("Ka’bah" -> "Ka'bah")."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _category_named(words: list[str], categories: frozenset[str]) -> bool:
    """The words are a category of bodies ("Badan Usaha Milik Daerah"), nothing more."""
    return " ".join(words).lower() in categories


def _counted_before(text: str, start: int) -> bool:
    """A count stands right before ``start`` ("*12* Kantor Pelayanan Pajak (KPP)", "*seluruh*
    Kantor Wilayah"), not a label's number ("pukul 10 Lembaga ...", "nomor urut 3 Partai ...")."""
    count = _COUNTED.search(text, max(0, start - 20), start)
    if count is None or len(count.group(1)) > 3 and count.group(1).isdigit():
        return False  # "Sejak 2024 Asosiasi ...": a year counts nothing
    return not _NUMBER_LABEL.search(text, max(0, count.start() - 20), count.start())


# A UTF-8 character read as Latin-1 leaves its lead byte as "Ã", "Â" or "â" and a C1 control
# character (U+0080-U+009F) after it ("MÃ\x80M", "â\x80\x94" for a dash); clean text never
# holds the pair. (A lone C1 character is left alone: Windows quotes misread as Latin-1,
# "\x93Kementerian Keuangan\x94", surround whole names.)
_C1_CONTROL = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u009f]")


def _broken_encoding_at(text: str, m: Mention) -> bool:
    """The mention holds, or stops right before, a character of broken encoding ("PT MÃ" of
    "PT MÃ\x80M Energindo"): the reader cut the name where its letters were garbled."""
    return bool(_C1_CONTROL.search(text, m.start, min(len(text), m.end + 2)))


def _area_level_at(text: str, w: Word) -> bool:
    """``w`` writes an area's level ("Kabupaten", "Kota", "Kab." with its period)."""
    return w.lower in AREA_LEVEL_WORDS or (
        w.lower + "." in AREA_LEVEL_WORDS and text.startswith(".", w.end)
    )


def _line_run(text: str, start: int, reach: int = 80) -> list[Word]:
    """The words from ``start`` to the end of its line (at most ``reach`` characters on),
    separated by spaces only (``_contiguous``): the name or place a head opens."""
    line_end = text.find("\n", start)
    stop = min(line_end if line_end >= 0 else len(text), start + reach)
    return _contiguous(text, start, words_in(text, start, stop))


def _contiguous(text: str, start: int, words: list[Word]) -> list[Word]:
    """Words after ``start`` separated by spaces only (a comma or a bracket ends a name);
    "(Persero)" is part of a company name."""
    out: list[Word] = []
    pos = start
    for w in words:
        between = text[pos : w.start].strip()
        # "(Persero)"; "RSUD Dr. Soetomo": a doctor's title goes on
        if between and not (
            between == "("
            and w.text == "Persero"
            or between == "."
            and bool(out)
            and out[-1].lower == "dr"
        ):
            break
        out.append(w)
        pos = w.end + (1 if text[w.end : w.end + 1] == ")" and w.text == "Persero" else 0)
    return out


def _personal_word(word: str) -> bool:
    """A capitalised personal name (DBpedia's persons), no common word: "Khairul"."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.lower() in person_name_words()
        and not is_common(word)
    )


def _mixed_case(word: str) -> bool:
    """A brand's capitals inside the word: "SpaceX", "IndoStrategi", "BYD"."""
    return any(c.isupper() for c in word[1:])


def _short_caps(word: str) -> bool:
    """All-capital short words inside a name: "Kementerian BUMN", "Dinas PUPR", "Dinas
    SDABMBK", "Dinas DP3AP2KB" (a field's initials, digits for repeated letters)."""
    return 2 <= len(word) <= 8 and word.isupper() and word.isalnum() and word[0].isalpha()


def _lookup(surfaces: dict[str, str], found: str) -> str:
    return found if found in surfaces else next(s for s in surfaces if s.upper() == found.upper())


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: higher priority first, then longer, then earlier."""
    chosen: list[Mention] = []
    # Known and defined organisations compete by length: "Kementerian Desa dan Pembangunan
    # Daerah Tertinggal (Kemendes PDT)" defined in the text beats the known "Kementerian Desa".
    for m in sorted(
        mentions, key=lambda m: (m.priority < 2, -(m.end - m.start), -m.priority, m.start)
    ):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _found_kinds(items: list[tuple[int, int, str | None]]) -> list[str]:
    """The kinds of a list's items already found as organisations (None: not found)."""
    return [kind for _, _, kind in items if kind]
