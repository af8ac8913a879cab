"""Indonesian dates: page-header timestamps and date mentions in running text.

Two jobs:

* ``parse_date`` / ``parse_datetime`` read ONE date from a short string such as a page header
  ("Selasa (9/8/2022)", "27/07/2023, 12:02 WIB", "Kamis, 8 April 2021 | 14:29 WIB",
  "2 jam yang lalu"). Regexes handle the common shapes (fast, day first); dateparser is the
  fallback for anything else.
* ``find_dates`` finds every date mention in a text and normalises it to ISO: absolute dates
  ("8 Agustus 2022"), ranges ("3 sampai 5 Agustus 2022" -> "2022-08-03/2022-08-05"),
  partial and relative dates anchored to a reference (publication) date ("akhir Oktober",
  "tahun depan", "kemarin"), and bare years used as dates ("sampai dengan 2026").

Numeric dates are always read day first, as Indonesian outlets write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from types import ModuleType
from typing import Iterator

from indonesian.numbers import DIGIT_WORDS
from indonesian.regex import alternation

__all__ = [
    "MONTHS",
    "DateMention",
    "find_dates",
    "parse_date",
    "parse_datetime",
]

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agust": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nop": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Indonesian time zones; outlets print them after the clock time.
TIMEZONES: dict[str, timezone] = {
    "wib": timezone(timedelta(hours=7)),
    "wita": timezone(timedelta(hours=8)),
    "wit": timezone(timedelta(hours=9)),
    "utc": timezone.utc,
    "gmt": timezone.utc,
}
# Counts of days, weeks, months ("dua pekan lalu"): the digit words of indonesian.numbers,
# "se" (sebulan) and the teens a date may take.
SMALL_NUMBER_WORDS: dict[str, int] = {
    **{word: n for word, n in DIGIT_WORDS.items() if n},
    "se": 1,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
}
ROMAN_OR_ORDINAL: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "pertama": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    # "triwulan empat", "kuartal satu": cardinals name the period too
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
}


def _first_names(table: dict[str, int]) -> tuple[str, ...]:
    """One name per value: the tables list the Indonesian name first, then spellings,
    abbreviations and English."""
    first: dict[int, str] = {}
    for word, value in table.items():
        first.setdefault(value, word)
    return tuple(first[value] for value in sorted(first))


# The Indonesian month and weekday names alone: words that never start a person's name or
# end a regulation's name ("Juli" is a month unless a name follows it).
INDONESIAN_MONTHS = _first_names(MONTHS)
INDONESIAN_WEEKDAYS = _first_names(WEEKDAYS)

MONTH = rf"(?:{alternation(MONTHS)})\.?"
MONTH_START = (
    r"(?=[adfjmnopsADFJMNOPS])"  # first letters of month names: a cheap test before the alternation
)
DAY = rf"(?:{alternation(WEEKDAYS)})"
YEAR = r"(?:19|20)\d{2}"
# "sampai", "sampai dengan", "hingga", "s.d.", "s/d", "-", "–" between the two ends of a range.
RANGE_SEP = r"(?:\s*(?:-|–|—|s\.\s?d\.?|s/d|sd)\s*|\s+(?:sampai(?:\s+dengan)?|hingga)\s+)"
NO_DIGIT_BEFORE = r"(?<![\d.,/:-])"
NO_DIGIT_AFTER = r"(?![\d]|[.,/:-]\d)"
CLOCK = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<tz>WIB|WITA|WIT|UTC|GMT))?"
)
CLOCK_AFTER_DATE = rf"(?:\s*(?:,|\||-|–|pukul|jam|pkl\.?)?\s*{CLOCK}(?![\d]))?"

FLAGS = re.IGNORECASE

# --- absolute, full dates ------------------------------------------------------------------
ISO_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<year>{YEAR})-(?P<month>\d{{2}})-(?P<day>\d{{2}})"
    rf"(?:[T ](?P<hour>\d{{2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?)?(?!\d)"
)
# Every pattern starts with a look-ahead for its possible first characters: the regex engine then
# skips most positions fast (about 3x faster on news text).
# words in front of a match ("Selasa (", "akhir", "tahun") are picked up by *_BEFORE afterwards.
NUMERIC_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<day>\d{{1,2}})(?P<sep>[./-])(?P<month>\d{{1,2}})"
    rf"(?P=sep)(?P<year>{YEAR}|\d{{2}}){NO_DIGIT_AFTER}\)?{CLOCK_AFTER_DATE}",
    FLAGS,
)
# A weekday date whose year is mistyped out of range ("Senin (13/10/3025)"): a date only when
# the weekday names the same day of a year next to the reference.
MISTYPED_YEAR_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/"
    rf"(?P<year>(?!19|20)[1-3]\d{{3}}){NO_DIGIT_AFTER}\)?",
)
# A weekday date with its second slash lost ("Sabtu (18/102025)"): a date only in brackets after a
# weekday that names the same day.
MISSING_SLASH_RE = re.compile(
    rf"\((?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})(?P<year>{YEAR})\)",
)
TEXTUAL_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<day>\d{{1,2}})\s*(?P<month>{MONTH})\s*,?\s*"
    rf"(?P<year>{YEAR}){NO_DIGIT_AFTER}\)?{CLOCK_AFTER_DATE}",
    FLAGS,
)
ENGLISH_RE = re.compile(
    rf"{MONTH_START}\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<year>{YEAR}){NO_DIGIT_AFTER}{CLOCK_AFTER_DATE}",
    FLAGS,
)
# --- ranges ----------------------------------------------------------------------------------
DAY_RANGE_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<d1>\d{{1,2}}){RANGE_SEP}(?P<d2>\d{{1,2}})\s+(?P<month>{MONTH})"
    rf"(?:\s+(?P<year>{YEAR}))?{NO_DIGIT_AFTER}",
    FLAGS,
)
DAY_MONTH_RANGE_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?{RANGE_SEP}"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?{NO_DIGIT_AFTER}",
    FLAGS,
)
MONTH_RANGE_RE = re.compile(
    rf"{MONTH_START}\b(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?{RANGE_SEP}(?P<m2>{MONTH})\s+(?P<y2>{YEAR}){NO_DIGIT_AFTER}",
    FLAGS,
)
YEAR_RANGE_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<y1>{YEAR}){RANGE_SEP}(?:tahun\s+)?(?P<y2>{YEAR}){NO_DIGIT_AFTER}",
    FLAGS,
)
# "pada tahun 2007 sampai dengan sekarang", "2017 hingga kini": from that year to the
# publication year.
YEAR_TO_NOW_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<y1>{YEAR})\s+(?:sampai|hingga)(?:\s+dengan)?\s+"
    r"(?:sekarang|kini|saat\s+ini)(?![\w])"
    # "Anggaran tahun 2024 hingga kini belum dicairkan": "hingga kini" goes with the verb
    # ("still not ... until now"), the year is the budget's, not a period's start
    r"(?!\s*,?\s*(?:belum|masih|tidak|tak|juga)(?![\w]))",
    FLAGS,
)
# "1 Januari 2004 sampai dengan sekarang", "pada Oktober 2019 hingga saat ini": the day or month
# is read (the year range would lose it, and leave the month to be read as the next one).
MONTH_BEFORE_YEAR = re.compile(rf"\b{MONTH}\s+(?:di\s+|tahun\s+)?$", FLAGS)
# "UU Nomor 12 Tahun 2011 sampai sekarang": a regulation's year, with its "Tahun", is no date.
YEAR_WORD_BEFORE = re.compile(r"(?:\s+tahun)?\s*$", FLAGS)
# After "sejak" the year dates the event the period starts from ("sejak kita berdiri 2017
# sampai sekarang" -> 2017, as dev6 writes it; "sejak 1 Januari di 2004 ..." keeps its day).
SINCE_BEFORE_YEAR = re.compile(r"(?<![\w])sejak(?:\s+[\w-]+){0,3}\s+(?:di\s+|tahun\s+)?$", FLAGS)
# A season, school year or term written with a slash: "Liga Champions 2025/2026", "Super League
# 2025/26", "periode 2025/2026" (not a number "24/2011", nor "Nomor 5/2024/2025").
YEAR_PAIR_RE = re.compile(
    rf"(?=\d)(?<![\w./-])(?P<y1>{YEAR})/(?P<y2>{YEAR}|\d{{2}}){NO_DIGIT_AFTER}(?!/)",
    FLAGS,
)
PERIOD_RE = re.compile(
    r"(?=[kKtTsSqQ])(?<![\w])(?P<kind>kuartal|triwulan|semester|kw\.?|q)\s*"
    r"(?P<n>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat)"
    # "triwulan II-IV", "kuartal 1 sampai 3": the periods from the first to the last
    r"(?![\w])(?:(?:\s*[-–]\s*|\s+(?:sampai|hingga|s\.d\.?|s/d)\s+)(?P<n2>iv|iii|ii|[1-4])(?![\w]))?"
    rf"(?:\s*[-/]?\s*(?:tahun\s+)?(?P<year>{YEAR})|\s+tahun\s+(?P<which>ini|lalu|kemarin|depan|mendatang)(?![\w]))?"
    rf"{NO_DIGIT_AFTER}",
    FLAGS,
)
# --- partial dates: month (and day) without a year, month + year ---------------------------
MONTH_YEAR_RE = re.compile(
    rf"{MONTH_START}\b(?P<month>{MONTH})\s+(?P<year>{YEAR}){NO_DIGIT_AFTER}",
    FLAGS,
)
DAY_MONTH_RE = re.compile(
    rf"(?=\d){NO_DIGIT_BEFORE}(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})(?![\w])",
    FLAGS,
)
YEAR_A_WORD_LATER = re.compile(
    rf"\s+(?:di|pada|tahun|di\s+tahun)\s+(?P<year>{YEAR}){NO_DIGIT_AFTER}", FLAGS
)
# "Selasa (9/8)": day and month in brackets after a weekday, the year left to the reader.
WEEKDAY_DAY_MONTH_RE = re.compile(r"\(\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})\s*\)")
# A bare month is a date only after a time word ("akhir Oktober", "pada Juni"): month names are
# also people's names (April, Juni, Mei), so the name must be capitalised and preceded by a cue.
BARE_MONTH_RE = re.compile(
    r"(?=[apmbshjuAPMBSHJU])(?<![\w])(?P<cue>awal|pertengahan|medio|akhir|penghujung|bulan|pada|sejak|hingga|sampai|per|"
    r"selama|mulai|jelang|menjelang|sebelum|setelah|usai)\s+(?:bulan\s+)?"
    rf"(?P<month>(?-i:(?=[A-Z]))(?:{alternation(m for m in MONTHS if len(m) > 3)}))(?![\w])",
    FLAGS,
)
# Month names written out (not "Jan", "Mar": those are names and words too), "Mei" included.
FULL_MONTHS = [m for m in MONTHS if len(m) > 3 or m == "mei"]
# A month with a relative word: "Mei lalu", "Juli tahun lalu", "Desember mendatang", "Maret tahun
# ini".
MONTH_RELATIVE_RE = re.compile(
    rf"(?=[adfjmnopsADFJMNOPS])(?<![\w])(?<!\d\s)(?:bulan\s+)?(?P<month>(?-i:(?=[A-Z]))(?:{alternation(FULL_MONTHS)}))\s+"
    r"(?:(?P<year_word>tahun)\s+)?(?P<which>lalu|kemarin|silam|ini|depan|mendatang)(?![\w])",
    FLAGS,
)
# Months listed together are dates: "untuk Oktober, November, dan Desember".
MONTH_LIST_RE = re.compile(
    rf"(?=[adfjmnopsADFJMNOPS])(?<![\w])(?P<month>(?-i:(?=[A-Z]))(?:{alternation(FULL_MONTHS)}))"
    rf"(?P<sep>\s*,\s*(?:dan\s+|serta\s+|hingga\s+)?|\s+(?:dan|serta|hingga|sampai|atau)\s+)"
    rf"(?=(?-i:(?=[A-Z]))(?:{alternation(FULL_MONTHS)})(?![\w]))",
    FLAGS,
)
LAST_LISTED_MONTH_RE = re.compile(
    rf"(?P<month>(?-i:(?=[A-Z]))(?:{alternation(FULL_MONTHS)}))(?![\w])", FLAGS
)
# A month after a common (lower-case) word and before no name: "inflasi Juli sebesar 2,37%". A month
# between capitalised words is a name ("Juli Budi Winantya"); after a word that introduces a person
# ("kata Juni", "Ibu April") it is one too.
MONTH_AFTER_WORD_RE = re.compile(
    r"(?<![\w-])(?P<word>(?-i:[a-z]+))\s+"
    rf"(?P<month>(?-i:(?=[A-Z]))(?:{alternation(m for m in MONTHS if len(m) > 3)}))"
    r"(?![\w])(?!\s*(?:(?-i:[A-Z])|[\d(-]))",
    FLAGS,
)
PERSON_CONTEXT = {
    "kata",
    "ujar",
    "ucap",
    "jelas",
    "tutur",
    "ungkap",
    "sebut",
    "oleh",
    "kepada",
    "bersama",
    "dengan",
    "sama",
    "saudara",
    "saudari",
    "bu",
    "pak",
    "ibu",
    "bapak",
    "mbak",
    "mas",
    "sdr",
    "terdakwa",
    "tersangka",
    "korban",
    "nama",
    "bernama",
    "namanya",
    "si",
    "sang",
    "adik",
    "kakak",
    "anak",
    "istri",
    "suami",
    "dan",
    "atau",
    "serta",
}
# --- bare years used as dates ----------------------------------------------------------------
YEAR_CUE_RE = re.compile(
    r"(?=[tpdshmajkcrnliTPDSHMAJKCRNLI])(?<![\w])(?P<cue>tahun(?:\s+anggaran)?|TA|pada(?:\s+tahun)?|di(?:\s+tahun)?|sampai(?:\s+dengan)?(?:\s+tahun)?|"
    r"hingga(?:\s+tahun)?|s\.\s?d\.?|s/d|sejak(?:\s+tahun)?|per|mulai(?:\s+tahun)?|selama(?:\s+tahun)?|"
    r"sepanjang(?:\s+tahun)?|R?APB[DN](?:\s+Perubahan)?|"
    # a student's or graduate's intake year: "mahasiswa angkatan 2023"
    r"angkatan|"
    r"(?:awal|akhir|pertengahan|medio)(?:\s+tahun)?|menjelang|jelang|sebelum|setelah|dari\s+tahun|"
    # "dibandingkan 2024", "Pemilu 2024", "pemilihan presiden 2024", "capres-cawapres 2014"
    r"dibandingkan|dibanding|ketimbang|daripada|"
    # an election, of a country or region when named: "Pilpres AS 2024", "Pilkada Jakarta 2024"
    r"(?:pemilu|pilpres|pileg|pilkada(?:\s+serentak)?|pemilihan\s+(?:umum|presiden|legislatif|"
    r"kepala\s+daerah)|capres(?:-cawapres)?)(?:\s+(?-i:[A-Z])[\w-]*){0,2}|"
    # a holiday or season of that year, a national goal year: "libur Natal 2025", "Tahun Baru
    # 2026", "mudik Lebaran 2025", "Indonesia Emas 2045"
    r"(?:hari\s+raya\s+)?(?:natal|lebaran|idul\s+fitri|idul\s+adha|idulfitri|iduladha|ramadan|ramadhan|"
    r"imlek|nataru|tahun\s+baru|indonesia\s+emas|"
    # a climate goal's year: "target net zero emission 2060", "NZE 2060"
    r"net[\s-]zero(?:\s+emissions?)?|NZE)(?:\s+tahun)?)\s+"
    rf"(?P<year>{YEAR}){NO_DIGIT_AFTER}(?!-an)",  # "sejak 1950-an" is a decade
    FLAGS,
)
# A year in brackets after a name is when that work or body dates from: a citation ("Arthur
# (2015)", "(Pateman, 1970)", "UNESCO (2019)") or a founding ("partai PARI (1927)").
CITED_YEAR_RE = re.compile(
    # Starts at a word's start only: a match tried inside a long word would rescan it.
    # The space before the bracket may be lost in the crawl: "Energy Transition(2021)"; glued,
    # only after a written word ("Ruang B(2021)", "PROMO(2025)" are labels and codes).
    rf"(?:(?<![\w.&'’-])(?-i:[A-Z])[\w.&'’-]*\s+\(|(?<![\w.&'’-])(?-i:[A-Z][a-z])[\w.&'’-]+\("
    rf"|\((?-i:[A-Z])[\w.&'’ -]{{0,40}},\s*)"
    rf"(?P<year>{YEAR})(?=\))",
)
# A year right after a name is the year of that event, edition, season or report ("Peristiwa
# Tiananmen 1989", "Wisuda UKRI 2025", "Business Forum 2025", "Piala Dunia 2026", "data BPS
# 2023"); not after a word that makes the number an amount, an address or an identifier.
NAMED_YEAR_RE = re.compile(
    rf"(?<![\w.&'’-])(?P<name>(?-i:[A-Z])[\w&'’-]+)[ \t]+(?P<year>{YEAR})(?![\w]|[.,/:-]\d|-an|/)"
)
NOT_A_NAME_BEFORE_YEAR = frozenset(
    {
        "rp",
        "idr",
        "usd",
        "us$",
        "no",
        "nomor",
        "nomer",
        "pasal",
        "ayat",
        "tahun",
        "th",
        "thn",
        "kode",
        "nopol",
        "jalan",
        "jl",
        "lantai",
        "blok",
        "km",
        "rt",
        "rw",
        "gate",
        "pintu",
        "kav",
        "kavling",
        "sebanyak",
        "sekitar",
        "total",
        "hingga",
        "sampai",
        "mencapai",
        "capai",
        "naik",
        "turun",
        "dari",
        "ke",
        "seri",
        "tipe",
        "type",
        "versi",
        "kelas",
        "zona",
        "ruang",
        "kamar",
        "nomornya",
        "sejumlah",
        "jumlah",
        "angka",
        "hanya",
        "ada",
        "sebesar",
        "senilai",
        "setara",
        "pukul",
        "jam",
        "ribu",
        "juta",
        "miliar",
        "triliun",
    }
)
# A bare year listed after a year already read as a date: "pada 2025 dan 2026", "Tahun 2020 Rp
# 84,4 miliar, 2021 Rp 124,5 miliar" (the amount of the earlier item may stand between).
LISTED_YEAR_RE = re.compile(
    rf"(?=\d)(?<![\w.,/-])(?P<year>{YEAR})(?![\w]|[.,/]\d|-an)",
)
LIST_JOIN_BEFORE = re.compile(
    r"(?:,|\s(?:dan|serta|atau|maupun|hingga|sampai))\s*$",
    FLAGS,
)
# "hingga akhir tahun", "awal tahun": the edge of the reference year (not "akhir tahun lalu",
# read by RELATIVE_UNIT_RE, nor "akhir tahun 2025", read by YEAR_CUE_RE).
YEAR_EDGE_RE = re.compile(
    r"(?=[aptmAPTM])(?<![\w])(?P<edge>awal|akhir|pertengahan|medio|penghujung)\s+tahun(?![\w])"
    r"(?!\s*(?:ini|depan|lalu|kemarin|mendatang|anggaran|ajaran|baru|\d|ke-?\d))",
    FLAGS,
)
WEEKDAY_BEFORE = re.compile(rf"(?<![\w]){DAY}\s*,?\s*\(?\s*$", FLAGS)
EDGE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:awal|pertengahan|medio|akhir|penghujung)\s+)?bulan\s+$|"
    r"(?<![\w])(?:awal|pertengahan|medio|akhir|penghujung)\s+$",
    FLAGS,
)
YEAR_RANGE_BEFORE = re.compile(r"(?<![\w])(?:tahun|periode|masa)\s+$", FLAGS)
# "Nomor 2 Tahun 2021", "No. 24/2011": the year belongs to a regulation, not a date.
REGULATION_BEFORE_RE = re.compile(
    r"(?:(?:nomor|no\.?|nomer)\s*[\w.\-/]+|(?<![\w])(?:UU|PP|Perpres|Inpres|Keppres|Perppu|Perpu|Perda|Pergub|"
    r"Perwali|Perbup|Permen\w*|PMK|SE|Kepmen\w*|Kepres)\s+[\d.\-/]+|"
    # "UUD Tahun 1945", "UUD NRI Tahun 1945": the constitution's name
    r"(?<![\w])UUD(?:\s+NRI)?)\s*$",
    FLAGS,
)
# --- relative dates --------------------------------------------------------------------------
RELATIVE_DAY_RE = re.compile(
    r"(?=[ksheblptmKSHEBLPTM])(?<![\w])(?P<word>kemarin\s+lusa|kemarin|kemarin\s+malam|semalam|hari\s+ini|besok|esok\s+hari|lusa"
    # a part of the day: "pagi ini", "tadi siang" (today), "tadi malam" (last night)
    r"|(?:pagi|siang|sore|malam)\s+ini|tadi\s+(?:pagi|siang|sore|malam))(?![\w])",
    FLAGS,
)
RELATIVE_UNIT_RE = re.compile(
    r"(?=[aptbmAPTBM])(?<![\w])(?:(?P<edge>awal|akhir|pertengahan)\s+)?(?P<unit>tahun|bulan|pekan|minggu)\s+"
    r"(?P<which>ini|depan|lalu|kemarin|mendatang)(?![\w])",
    FLAGS,
)
AGO_RE = re.compile(
    rf"(?=[\dsdtelpSDTELP])(?<![\w])(?P<n>\d{{1,3}}|{alternation(SMALL_NUMBER_WORDS)})\s*(?P<unit>hari|pekan|minggu|bulan|tahun)\s+"
    r"(?:(?P<ago>(?:yang\s+)?(?:lalu|silam))|(?P<ahead>(?:yang\s+)?(?:akan\s+datang|mendatang)|ke\s+depan|lagi))(?![\w])",
    FLAGS,
)
# A span ahead is framed: "dalam enam bulan ke depan", "hingga dua pekan ke depan", "dalam 2-3
# tahun ke depan". Without the frame, "diumumkan dua pekan ke depan" points to a day.
SPAN_FRAME_BEFORE = re.compile(
    r"\b(?:dalam|hingga|selama|sepanjang|untuk|sampai)\s+(?:waktu\s+)?(?:\d{1,3}\s*[-–]\s*)?$",
    re.IGNORECASE,
)
# Day names must be capitalised: "minggu lalu" is "last week", "Minggu lalu" is "last Sunday".
WEEKDAY_RE = re.compile(
    rf"(?=[phsrkjmaftwPHSRKJMAFTW])(?<![\w])(?<!setiap\s)(?<!tiap\s)(?:(?P<cue>pada|hari|pada\s+hari)\s+(?P<day1>(?-i:(?=[A-Z])){DAY})"
    r"(?:\s+(?P<which1>depan|mendatang))?|"
    rf"(?P<day2>(?-i:(?=[A-Z])){DAY})\s+(?P<which>lalu|kemarin|ini|depan|mendatang))(?![\w])",
    FLAGS,
)
# "Senin pekan depan", "Jumat minggu lalu": that day of the week named, a day, not the week.
WEEKDAY_OF_WEEK_RE = re.compile(
    rf"(?<![\w])(?P<day>(?-i:(?=[A-Z])){DAY})\s+(?P<unit>pekan|minggu)\s+(?P<which>ini|depan|lalu|kemarin)(?![\w])",
    FLAGS,
)
COUNT_BEFORE = re.compile(
    r"(?:\d|(?<![\w])(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|belasan|"
    r"puluh|puluhan|ratus|ratusan|beberapa|sekian|berapa))\s*$",
    FLAGS,
)
# dateparser is only a fallback for header strings; "ago" expressions it knows well.
HEADER_AGO_RE = re.compile(
    r"(?P<n>\d+)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s*(?:yang\s+)?lalu",
    FLAGS,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date mention in a text. ``value`` is ISO: YYYY-MM-DD, YYYY-MM, YYYY or "start/end"."""

    start: int
    end: int
    text: str
    value: str
    kind: str  # "absolute" | "relative" | "range"


# ============================================================================ helpers


def _as_date(reference: date | datetime | str | None) -> date | None:
    if isinstance(reference, datetime):
        return reference.date()
    if isinstance(reference, str):  # ISO text: what survives Doc serialisation between processes
        return date.fromisoformat(reference[:10]) if reference else None
    return reference


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _year(token: str) -> int:
    y = int(token)
    return y + 2000 if y < 100 else y  # two-digit years in headers are this century


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_first(day: int, month: int, year: int) -> date | None:
    # Day first always; month-first only when day-first is impossible (e.g. "12/31/2023").
    return _safe_date(year, month, day) or (_safe_date(year, day, month) if month > 12 else None)


def _weekday_named(text: str, start: int) -> int | None:
    """The weekday written just before a date ("Senin (20/10/2025)"), else None."""
    window = text[max(0, start - 25) : start]
    found = WEEKDAY_BEFORE.search(window)
    if not found:
        return None
    name = re.match(r"[\w'’]+", found.group(0))
    return WEEKDAYS.get(name.group(0).lower()) if name else None


# A date this close to the publication date keeps its year whatever weekday is written beside it:
# reporters misname the weekday more often than they report a date a year old.
WEEKDAY_SLIP_DAYS = 7


def _weekday_year(day: date, weekday: int | None, reference: date | None, reach: int = 200) -> date:
    """A date whose weekday is written beside it: when the written year does not fit the weekday
    ("Senin (20/10/2026)" in a 2025 article) and the same day of a year next to the reference
    does, the year is a typo and that one is meant."""
    if weekday is None or day.weekday() == weekday or reference is None:
        return day
    if abs((day - reference).days) <= WEEKDAY_SLIP_DAYS:
        return day  # "Rabu (4/9)" published on Thursday 4/9: a wrong weekday, not last year
    for year in (reference.year, reference.year - 1, reference.year + 1):
        fixed = _safe_date(year, day.month, day.day)
        if fixed and fixed.weekday() == weekday and abs((fixed - reference).days) <= reach:
            return fixed
    return day


def _nearest_year(month: int, reference: date) -> int:
    """Year for a month named without one: the occurrence nearest to the reference date."""
    best = min(
        (reference.year - 1, reference.year, reference.year + 1),
        key=lambda y: (
            abs((y - reference.year) * 12 + month - reference.month),
            y != reference.year,
        ),
    )
    return best


def _month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _quarter_range(kind: str, n: int, year: int) -> str | None:
    kind = kind.lower().rstrip(".")
    size = 6 if kind == "semester" else 3
    if n > (2 if size == 6 else 4):
        return None
    first = (n - 1) * size + 1
    return f"{_month_iso(year, first)}/{_month_iso(year, first + size - 1)}"


def _week_range(day: date) -> str:
    monday = day - timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _number(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else SMALL_NUMBER_WORDS[token]


def _clock(match: re.Match, base: date) -> datetime | None:
    groups = match.groupdict()
    if not groups.get("hour"):
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    tz = TIMEZONES.get((groups.get("tz") or "").lower())
    return datetime(base.year, base.month, base.day, hour, minute, second, tzinfo=tz)


# ============================================================================ header parsing


def parse_datetime(text: str, reference: date | datetime | None = None) -> datetime | None:
    """The first date (with its clock time when given) in a short string such as a page header.

    Returns an aware datetime when a zone (WIB, WITA, WIT, UTC) is printed, naive otherwise;
    midnight when there is no time. ``reference`` anchors relative forms ("2 jam yang lalu",
    "kemarin"); without it they return None.
    """
    if not text or not text.strip():
        return None
    for pattern in (ISO_RE, NUMERIC_RE, TEXTUAL_RE, ENGLISH_RE):
        match = pattern.search(text)
        if not match:
            continue
        if pattern is NUMERIC_RE:
            day = _day_first(int(match["day"]), int(match["month"]), _year(match["year"]))
        else:
            day = _safe_date(
                int(match["year"]),
                _month(match["month"]) if not match["month"].isdigit() else int(match["month"]),
                int(match["day"]),
            )
        if day:
            return _clock(match, day) or datetime(day.year, day.month, day.day)
    ref = (
        reference
        if isinstance(reference, datetime)
        else (datetime(reference.year, reference.month, reference.day) if reference else None)
    )
    if ref is None:
        return None
    ago = HEADER_AGO_RE.search(text)
    if ago:
        n, unit = int(ago["n"]), ago["unit"].lower()
        seconds = {
            "detik": 1,
            "menit": 60,
            "jam": 3600,
            "hari": 86400,
            "minggu": 604800,
            "pekan": 604800,
        }
        if unit in seconds:
            return ref - timedelta(seconds=n * seconds[unit])
        year, month = _shift_months(ref.year, ref.month, -n * (12 if unit == "tahun" else 1))
        return ref.replace(year=year, month=month, day=min(ref.day, 28))
    relative = RELATIVE_DAY_RE.search(text)
    if relative:
        return datetime.combine(_relative_day(relative["word"], ref.date()), datetime.min.time())
    return _dateparser_fallback(text, ref)


def parse_date(text: str, reference: date | datetime | None = None) -> date | None:
    """The first full date in a short string: "Selasa (9/8/2022)" -> date(2022, 8, 9)."""
    moment = parse_datetime(text, reference)
    return moment.date() if moment else None


@lru_cache(maxsize=1)
def _dateparser() -> ModuleType:
    import dateparser  # imported lazily: it costs ~0.3 s and is only a fallback

    return dateparser


def _dateparser_fallback(text: str, reference: datetime) -> datetime | None:
    if len(text) > 80:  # dateparser guesses wildly on long text; headers are short
        return None
    settings = {
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": reference.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
    }
    try:
        return _dateparser().parse(text, languages=["id", "en"], settings=settings)
    except (ValueError, OverflowError):
        return None


def _relative_day(word: str, ref: date) -> date:
    word = " ".join(word.lower().split())
    offsets = {
        "kemarin lusa": -2,
        "kemarin": -1,
        "kemarin malam": -1,
        "semalam": -1,
        "hari ini": 0,
        "besok": 1,
        "esok hari": 1,
        "lusa": 2,
        "tadi malam": -1,
    }
    if word not in offsets:
        return ref  # "pagi ini", "tadi siang": a part of the publication day
    return ref + timedelta(days=offsets[word])


# ============================================================================ mentions in text


def find_dates(text: str, reference: date | datetime | str | None = None) -> list[DateMention]:
    """Every date mention in ``text``, in order, normalised to ISO.

    ``reference`` (usually the publication date; a date, datetime or ISO string) anchors partial
    and relative mentions; when it is None those mentions are left out because their value cannot
    be known.
    """
    ref = _written_today(text, _as_date(reference))
    candidates: list[DateMention] = []
    for finder in _FINDERS:
        candidates.extend(finder(text, ref))
    # Longest mention wins where two overlap ("3 sampai 5 Agustus 2022" over "5 Agustus 2022").
    chosen: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= s or mention.start >= e for s, e in taken):
            chosen.append(mention)
            taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda m: m.start)


# "hari ini, Senin (20/10/2025)": the text names the day it calls today.
TODAY_WRITTEN_RE = re.compile(
    rf"\bhari\s+ini\s*,?\s*(?P<weekday>{DAY})\s*,?\s*\(\s*(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/"
    rf"(?P<year>{YEAR})\s*\)",
    FLAGS,
)
# How far before the publication date the text's own "today" may lie (written in the evening,
# published after midnight or the next day).
TODAY_WRITTEN_REACH = 3


def _written_today(text: str, reference: date | None) -> date | None:
    """The day relative words count from: the publication date, unless the text writes its own
    today with its date ("... sebagai tersangka hari ini, Senin (20/10/2025)" on a page dated
    21/10): then "kemarin", "besok", "pekan depan" count from the day written. Only a date with
    its weekday fitting, up to TODAY_WRITTEN_REACH days before the publication date."""
    if reference is None:
        return None
    found = next((m for m in TODAY_WRITTEN_RE.finditer(text) if not _quoted(text, m.start())), None)
    if found is None:
        return reference
    today = _safe_date(int(found["year"]), int(found["month"]), int(found["day"]))
    if (
        today is None
        or today.weekday() != WEEKDAYS.get(found["weekday"].lower())
        or not 0 < (reference - today).days <= TODAY_WRITTEN_REACH
    ):
        return reference
    return today


# A quotation on one line, in straight or curly marks.
QUOTED_RE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation: a speaker's "hari ini" in a quote is the day
    the speaker spoke, not the day the article calls today."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return any(m.start() < at < m.end() for m in QUOTED_RE.finditer(text, line_start, line_end))


def _extend_left(text: str, start: int, before: re.Pattern) -> int:
    """Start of the words matched by ``before`` just in front of ``start`` (or ``start``)."""
    window = max(0, start - 25)
    found = before.search(text, window, start)
    return found.start() if found else start


def _mention(
    match: re.Match, value: str, kind: str, group: str | int = 0, before: re.Pattern | None = None
) -> DateMention:
    """The mention from ``group``'s start to the match end (cue words like "pada" left out),
    widened to the words ``before`` matches in front of it ("Selasa (", "akhir bulan")."""
    start, end = match.start(group), match.end()
    if before is not None:
        start = _extend_left(match.string, start, before)
    stripped = match.string[start:end].rstrip(" ,|-–")
    return DateMention(start, start + len(stripped), stripped, value, kind)


# A neighbourhood's numbers: "RT 03/02/01" (rukun tetangga / rukun warga) is an address, no date.
# Only numbers whose last group has two digits ("RT 03/02/01"): "Ketua RT 4/10/2025" is a date.
ADDRESS_UNIT_BEFORE = re.compile(r"(?<![\w])(?:RT|RW)\.?[ \t]*$", FLAGS)


def _written_date(match: re.Match[str]) -> date | None:
    """The date a full match writes, its month in digits or by name, as written (no weekday fit)."""
    month = match["month"]
    return _safe_date(
        int(match["year"]), int(month) if month.isdigit() else _month(month), int(match["day"])
    )


def _full_dates(text: str, ref: date | None) -> Iterator[DateMention]:
    for pattern in (ISO_RE, NUMERIC_RE, TEXTUAL_RE, ENGLISH_RE):
        for match in pattern.finditer(text):
            if pattern is NUMERIC_RE:
                if len(match["year"]) == 2 and ADDRESS_UNIT_BEFORE.search(
                    text, max(0, match.start() - 6), match.start()
                ):
                    continue
                day = _day_first(int(match["day"]), int(match["month"]), _year(match["year"]))
                if day:
                    day = _weekday_year(day, _weekday_named(text, match.start()), ref)
            else:
                day = _written_date(match)
            if day:
                yield _mention(match, day.isoformat(), "absolute", before=WEEKDAY_BEFORE)
    for match in MISTYPED_YEAR_RE.finditer(text):
        weekday = _weekday_named(text, match.start())
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        fixed = _weekday_year(day, weekday, ref) if day and weekday is not None else None
        if fixed and fixed != day:
            yield _mention(match, fixed.isoformat(), "absolute", before=WEEKDAY_BEFORE)
    for match in MISSING_SLASH_RE.finditer(text):
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day and _weekday_named(text, match.start()) == day.weekday():
            yield _mention(match, day.isoformat(), "absolute", before=WEEKDAY_BEFORE)


def _ranges(text: str, ref: date | None) -> Iterator[DateMention]:
    for match in DAY_RANGE_RE.finditer(text):
        month = _month(match["month"])
        year = int(match["year"]) if match["year"] else (_nearest_year(month, ref) if ref else None)
        if year is None:
            continue
        first, last = (
            _safe_date(year, month, int(match["d1"])),
            _safe_date(year, month, int(match["d2"])),
        )
        if first and last and first < last:
            yield _mention(match, f"{first}/{last}", "range")
    for match in DAY_MONTH_RANGE_RE.finditer(text):
        m1, m2 = _month(match["m1"]), _month(match["m2"])
        y2 = int(match["y2"]) if match["y2"] else (_nearest_year(m2, ref) if ref else None)
        if y2 is None:
            continue
        y1 = int(match["y1"]) if match["y1"] else (y2 if m1 <= m2 else y2 - 1)
        first, last = _safe_date(y1, m1, int(match["d1"])), _safe_date(y2, m2, int(match["d2"]))
        if first and last and first < last:
            yield _mention(match, f"{first}/{last}", "range")
    for match in MONTH_RANGE_RE.finditer(text):
        m1, m2, y2 = _month(match["m1"]), _month(match["m2"]), int(match["y2"])
        y1 = int(match["y1"]) if match["y1"] else (y2 if m1 <= m2 else y2 - 1)
        if (y1, m1) < (y2, m2):
            yield _mention(match, f"{_month_iso(y1, m1)}/{_month_iso(y2, m2)}", "range")
    for match in YEAR_RANGE_RE.finditer(text):
        y1, y2 = int(match["y1"]), int(match["y2"])
        if y1 < y2 <= y1 + 50 and not REGULATION_BEFORE_RE.search(
            text[max(0, match.start() - 30) : match.start()]
        ):
            yield _mention(match, f"{y1}/{y2}", "range", before=YEAR_RANGE_BEFORE)
    if ref is not None:
        for match in YEAR_TO_NOW_RE.finditer(text):
            if SINCE_BEFORE_YEAR.search(text, max(0, match.start() - 40), match.start()):
                continue  # "sejak kita berdiri 2017 sampai sekarang": dates the founding
            if MONTH_BEFORE_YEAR.search(text, max(0, match.start() - 25), match.start()):
                continue  # "dari 1 Januari 2004 sampai dengan sekarang": the day is read
            before = text[max(0, match.start() - 36) : match.start()]
            if REGULATION_BEFORE_RE.search(YEAR_WORD_BEFORE.sub("", before)):
                continue  # "UU Nomor 12 Tahun 2011 sampai sekarang belum direvisi"
            if int(match["y1"]) < ref.year:
                to_now = f"{match['y1']}/{ref.year}"
                yield _mention(match, to_now, "range", before=YEAR_RANGE_BEFORE)
    for match in YEAR_PAIR_RE.finditer(text):
        y1, y2 = int(match["y1"]), int(match["y2"])
        if y2 < 100:  # "2025/26"; "1999/00"
            y2 += y1 // 100 * 100 + (100 if y2 < y1 % 100 else 0)
        if y2 == y1 + 1 and not REGULATION_BEFORE_RE.search(
            text[max(0, match.start() - 30) : match.start()]
        ):
            yield _mention(match, f"{y1}/{y2}", "range", before=YEAR_RANGE_BEFORE)
    for match in PERIOD_RE.finditer(text):
        if match["kind"].lower() == "q" and not match["year"]:
            continue  # a lone "Q1" is too ambiguous
        if match["n"].lower() in ("satu", "dua", "tiga", "empat") and re.match(
            r"\s+(?:kali|bulan|tahun|hari|minggu|pekan)\b",
            text[match.end() : match.end() + 10],
            FLAGS,
        ):
            continue  # "per triwulan dua kali": a count, not "the second quarter"
        if match["year"]:
            year = int(match["year"])
        elif ref is None:
            year = None
        else:  # "kuartal IV tahun lalu": that period of the year named; alone, of this year
            year = ref.year + {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}.get(
                (match["which"] or "").lower(), 0
            )
        value = (
            _quarter_range(match["kind"], ROMAN_OR_ORDINAL[match["n"].lower()], year)
            if year
            else None
        )
        if value and year and match["n2"]:
            period = _quarter_range(match["kind"], ROMAN_OR_ORDINAL[match["n2"].lower()], year)
            first_start, last_end = value.split("/")[0], (period or "").split("/")[-1]
            value = f"{first_start}/{last_end}" if period and first_start < last_end else None
        if value:
            yield _mention(match, value, "range" if match["year"] else "relative")


def _written_years(text: str) -> list[tuple[int, date]]:
    """The days the text writes with their year ("Rabu (15/5/2024)"), with where each is."""
    days = []
    for pattern in (NUMERIC_RE, TEXTUAL_RE):
        for match in pattern.finditer(text):
            if len(match["year"]) != 4:
                continue
            day = _written_date(match)
            if day:
                days.append((match.start(), day))
    return days


def _written_again(
    written: list[tuple[int, date]], day: date | None, weekday: int | None, at: int
) -> date | None:
    """A day and month written again without the year ("Rabu (15/5/2024)" ... "Rabu (15/5)" in an
    article of October 2025 recalling last year's hearing) is the day the text already dated: the
    year written nearest to it, when a weekday is named with it and fits that year. Without a
    weekday nothing ties it to the dated day: "Proklamasi dibacakan 17 Agustus 1945 ... upacara
    17 Agustus nanti" is this year's anniversary. Nor when the weekday fits the reader's own
    year: "Rabu (1/10/2014) ... Rabu (1/10) kemarin" on a page of 2 October 2025 is this week's."""
    if day is None or weekday is None or day.weekday() == weekday:
        return None
    same = [
        (abs(start - at), full)
        for start, full in written
        if (full.month, full.day) == (day.month, day.day) and full.weekday() == weekday
    ]
    return min(same)[1] if same else None


def _partial_dates(text: str, ref: date | None) -> Iterator[DateMention]:
    for match in MONTH_YEAR_RE.finditer(text):
        yield _mention(
            match,
            _month_iso(int(match["year"]), _month(match["month"])),
            "absolute",
            before=EDGE_BEFORE,
        )
    if ref is None:
        return
    written = _written_years(text)
    for match in DAY_MONTH_RE.finditer(text):
        month = _month(match["month"])
        # "Sejak 1 Januari di 2004": the year written a word later is the date's
        later = YEAR_A_WORD_LATER.match(text, match.end())
        year = int(later["year"]) if later else _nearest_year(month, ref)
        day = _safe_date(year, month, int(match["day"]))
        if not later:
            weekday = _weekday_named(text, match.start())
            day = _written_again(written, day, weekday, match.start()) or day
        if day and later:  # one mention with its year, so the year is no date of its own
            start = _extend_left(text, match.start(), WEEKDAY_BEFORE)
            yield DateMention(
                start, later.end(), text[start : later.end()], day.isoformat(), "absolute"
            )
        elif day:
            yield _mention(match, day.isoformat(), "relative", before=WEEKDAY_BEFORE)
    for match in WEEKDAY_DAY_MONTH_RE.finditer(text):
        if _extend_left(text, match.start(), WEEKDAY_BEFORE) == match.start():
            continue  # "(9/8)" is a date only after a weekday: "Selasa (9/8)"
        month = int(match["month"])
        day = (
            _safe_date(_nearest_year(month, ref), month, int(match["day"]))
            if 1 <= month <= 12
            else None
        )
        weekday = _weekday_named(text, match.start())
        again = _written_again(written, day, weekday, match.start())
        if again:
            day = again
        elif day:  # "Jumat (3/1)" in October: the January whose 3rd is a Friday
            day = _weekday_year(day, weekday, ref, reach=366)
        if day:
            yield _mention(match, day.isoformat(), "relative", before=WEEKDAY_BEFORE)
    for match in BARE_MONTH_RE.finditer(text):
        month = _month(match["month"])
        edge = match["cue"].lower() in {
            "awal",
            "pertengahan",
            "medio",
            "akhir",
            "penghujung",
            "bulan",
        }
        yield _mention(
            match,
            _month_iso(_nearest_year(month, ref), month),
            "relative",
            "cue" if edge else "month",
        )
    for match in MONTH_RELATIVE_RE.finditer(text):
        month, which = _month(match["month"]), match["which"].lower()
        if match["year_word"]:  # "Juli tahun lalu": that month of the year named
            year = ref.year + {"ini": 0, "depan": 1, "mendatang": 1}.get(which, -1)
        elif which in ("ini",):
            year = _nearest_year(month, ref)
        elif which in ("depan", "mendatang"):  # the next such month
            year = ref.year if month > ref.month else ref.year + 1
        else:  # "Mei lalu": the last such month
            year = ref.year if month <= ref.month else ref.year - 1
        yield _mention(match, _month_iso(year, month), "relative", "month")
    for match in MONTH_LIST_RE.finditer(text):
        listed = [match]
        following = MONTH_LIST_RE.match(text, match.end())
        if following is None:  # the last item: a month with nothing listed after it
            last = LAST_LISTED_MONTH_RE.match(text, match.end())
            if last is None:
                continue
            month = _month(last["month"])
            yield DateMention(
                last.start(),
                last.end(),
                last.group(0),
                _month_iso(_nearest_year(month, ref), month),
                "relative",
            )
        for item in listed:
            month = _month(item["month"])
            yield DateMention(
                item.start(),
                item.start("sep"),
                item["month"],
                _month_iso(_nearest_year(month, ref), month),
                "relative",
            )
    for match in MONTH_AFTER_WORD_RE.finditer(text):
        if match["word"].lower() in PERSON_CONTEXT:
            continue
        month = _month(match["month"])
        yield _mention(match, _month_iso(_nearest_year(month, ref), month), "relative", "month")


def _years(text: str, ref: date | None) -> Iterator[DateMention]:
    ends: list[int] = []  # where the years read so far end: a list may continue them
    for match in YEAR_CUE_RE.finditer(text):
        if REGULATION_BEFORE_RE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        edge = match["cue"].lower().split()[0] in {"tahun", "awal", "akhir", "pertengahan", "medio"}
        ends.append(match.end())
        yield _mention(match, match["year"], "absolute", "cue" if edge else "year")
    for match in CITED_YEAR_RE.finditer(text) if "(" in text else ():
        yield _mention(match, match["year"], "absolute", "year")
    for match in NAMED_YEAR_RE.finditer(text):
        name = match["name"].lower()
        if name in NOT_A_NAME_BEFORE_YEAR or name in MONTHS or name in WEEKDAYS:
            continue
        if _sentence_start(text, match.start()) or COUNTED_AFTER_YEAR.match(text, match.end()):
            continue  # "Sebanyak 2000 orang": a capital that only opens a sentence
        if REGULATION_BEFORE_RE.search(
            text[max(0, match.start("year") - 30) : match.start("year")]
        ):
            continue  # "UUD 1945": the constitution's name
        ends.append(match.end())
        yield _mention(match, match["year"], "absolute", "year")
    if ref is not None:
        for match in YEAR_EDGE_RE.finditer(text):
            yield _mention(match, str(ref.year), "relative")
    for match in LISTED_YEAR_RE.finditer(text, min(ends, default=len(text))):
        if match.end() in ends:
            continue  # the year of a cue already read ("hingga 2022")
        previous = max((e for e in ends if e <= match.start()), default=None)
        if previous is None:
            continue
        between = text[previous : match.start()]
        if (
            len(between) <= 40
            and not re.search(r"[.;:!?\n](?!\d)", between)
            and LIST_JOIN_BEFORE.search(between)
        ):
            ends.append(match.end())
            yield _mention(match, match["year"], "absolute")


# A count noun after the number: "Kampus 2000 mahasiswa" counts, it dates nothing.
COUNTED_AFTER_YEAR = re.compile(
    r"[ \t]+(?:orang|unit|buah|ekor|jiwa|peserta|warga|siswa|mahasiswa|pekerja|rumah|kendaraan|"
    r"kasus|titik|lembar|paket|ton|kg|meter|hektare|ha|km|persen)(?![\w])",
    FLAGS,
)


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n"


def _relative(text: str, ref: date | None) -> Iterator[DateMention]:
    if ref is None:
        return
    for match in RELATIVE_DAY_RE.finditer(text):
        if match["word"].lower().endswith("ini") and COUNT_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue  # "dua hari ini": these two days, not today
        yield _mention(match, _relative_day(match["word"], ref).isoformat(), "relative")
    for match in RELATIVE_UNIT_RE.finditer(text):
        if not match["edge"] and COUNT_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue  # "tiga puluh tahun lalu" is a span of years, not "last year"
        unit, which = match["unit"].lower(), match["which"].lower()
        delta = {"ini": 0, "depan": 1, "mendatang": 1, "lalu": -1, "kemarin": -1}[which]
        if unit == "tahun":
            value = str(ref.year + delta)
        elif unit == "bulan":
            value = _month_iso(*_shift_months(ref.year, ref.month, delta))
        else:
            value = _week_range(ref + timedelta(weeks=delta))
        yield _mention(match, value, "relative")
    for match in AGO_RE.finditer(text):
        if (match["ahead"] or "").lower().startswith("ke") and SPAN_FRAME_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            # "dalam enam bulan ke depan", "hingga dua pekan ke depan": the span from now on, a
            # duration, not a date ("3 tahun lagi", "4 tahun mendatang", "diumumkan dua pekan ke
            # depan" point to one)
            continue
        n, unit = _number(match["n"]), match["unit"].lower()
        sign = -1 if match["ago"] else 1
        if unit == "tahun":
            value = str(ref.year + sign * n)
        elif unit == "bulan":
            value = _month_iso(*_shift_months(ref.year, ref.month, sign * n))
        else:
            value = (ref + timedelta(days=sign * n * (1 if unit == "hari" else 7))).isoformat()
        yield _mention(match, value, "relative")
    for match in WEEKDAY_OF_WEEK_RE.finditer(text):
        delta = {"ini": 0, "depan": 1, "lalu": -1, "kemarin": -1}[match["which"].lower()]
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=delta)
        day = monday + timedelta(days=WEEKDAYS[match["day"].lower()])
        yield _mention(match, day.isoformat(), "relative")
    for match in WEEKDAY_RE.finditer(text):
        name = (match["day1"] or match["day2"]).lower()
        weekday = WEEKDAYS[name]
        which = (match["which"] or match["which1"] or "").lower()
        if which in ("depan", "mendatang"):  # "pada Rabu mendatang": the next such day
            delta = (weekday - ref.weekday()) % 7 or 7
        elif which == "ini":
            delta = weekday - ref.weekday()
        else:  # "pada Senin" in a news report: the most recent such day, publication day included
            delta = -((ref.weekday() - weekday) % 7)
        yield _mention(match, (ref + timedelta(days=delta)).isoformat(), "relative")


_FINDERS = (_full_dates, _ranges, _partial_dates, _years, _relative)
