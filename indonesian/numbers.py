"""Indonesian numbers: numerals, scale words, number words, money and percentages.

Indonesian writes the decimal mark as a comma and groups thousands with dots: "40,2 juta" is
40,200,000 and "91.703" is 91,703. Scale words (ribu, juta, miliar, triliun) multiply, number
words ("dua puluh lima", "sebelas") spell numbers out, and plural forms ("puluhan",
"ratusan ribu") are approximate amounts.

* ``parse_numeral("91.703")`` -> 91703 (digits only)
* ``parse_number("40,2 juta")`` -> ParsedNumber(40200000, approximate=False)
* ``parse_amount("Rp 22 Triliun")`` -> Amount(22000000000000, "rupiah")
* ``find_numbers(text)`` -> every number in a text with its span, value, currency or percent.
* ``find_numbers(text, ranges=True)`` reads "15-20 persen", "0,24 sampai 1,74 persen" and
  "Rp 5-10 miliar" as ONE mention: ``value`` the low end, ``value_max`` the high end, the unit and
  scale of the high end shared by the low one ("5-10 miliar": 5 miliar to 10 miliar).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indonesian.regex import alternation

__all__ = [
    "SCALES",
    "Amount",
    "NumberMention",
    "ParsedNumber",
    "find_numbers",
    "parse_amount",
    "parse_number",
    "parse_numeral",
]

SCALES: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "billion": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
    "trillion": 10**12,
    "million": 10**6,
    "thousand": 10**3,
}
# "seribu", "sejuta": one thousand, one million.
SE_SCALES: dict[str, int] = {
    "seribu": 10**3,
    "sejuta": 10**6,
    "semiliar": 10**9,
    "semilyar": 10**9,
    "setriliun": 10**12,
}
# Plural scale words are approximate: "ribuan pekerja" is "thousands of workers".
APPROX_SCALES: dict[str, int] = {
    "ribuan": 10**3,
    "jutaan": 10**6,
    "miliaran": 10**9,
    "milyaran": 10**9,
    "triliunan": 10**12,
}
DIGIT_WORDS: dict[str, int] = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
WHOLE_WORDS: dict[str, int] = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
MULTIPLIERS: dict[str, int] = {"puluh": 10, "ratus": 100}
# "belasan" (11-19), "puluhan" (tens), "ratusan" (hundreds): approximate counts.
APPROX_WORDS: dict[str, int] = {"belasan": 10, "puluhan": 10, "ratusan": 100}
HALF = "setengah"

CURRENCY_PREFIXES: dict[str, str] = {
    "rp": "rupiah",
    "idr": "rupiah",
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "sgd": "SGD",
    "s$": "SGD",
    "rm": "MYR",
    "¥": "JPY",
    "jpy": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "aud": "AUD",
    "a$": "AUD",
    "gbp": "GBP",
    "£": "GBP",
    "hkd": "HKD",
    "myr": "MYR",
}
CURRENCY_SUFFIXES: dict[str, str] = {
    "rupiah": "rupiah",
    # ISO codes after the amount: "135,51 juta USD", "2 miliar SGD"
    "idr": "rupiah",
    "usd": "USD",
    "us$": "USD",
    "eur": "EUR",
    "sgd": "SGD",
    "jpy": "JPY",
    "cny": "CNY",
    "aud": "AUD",
    "gbp": "GBP",
    "myr": "MYR",
    # other dollars are not US dollars: "10 juta dolar Singapura"
    "dolar singapura": "SGD",
    "dollar singapura": "SGD",
    "dolar australia": "AUD",
    "dollar australia": "AUD",
    "dolar hong kong": "HKD",
    "dolar hongkong": "HKD",
    "dolar kanada": "CAD",
    "dolar taiwan": "TWD",
    "dolar selandia baru": "NZD",
    "pound sterling": "GBP",
    "poundsterling": "GBP",
    "riyal": "SAR",
    "riyal saudi": "SAR",
    "rupee": "INR",
    "rupee india": "INR",
    "baht": "THB",
    "won korea": "KRW",
    "dolar as": "USD",
    "dollar as": "USD",
    "dolar amerika serikat": "USD",
    "dolar amerika": "USD",
    "dolar": "USD",
    "dollar": "USD",
    "euro": "EUR",
    "yen": "JPY",
    "ringgit": "MYR",
    "yuan": "CNY",
}
PERCENT = "persen"

_NUMBER_WORDS = {
    **DIGIT_WORDS,
    **WHOLE_WORDS,
    **MULTIPLIERS,
    **APPROX_WORDS,
    **SE_SCALES,
    **APPROX_SCALES,
    "belas": 10,
    HALF: 0,
}

# Full digits in thousands groups, Indonesian or English: "1.410.000.000", "1,410,000,000".
_GROUPED = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"
# Digits: "1.234.567,89" (Indonesian), "40,2", "1.5" (dot decimal when not a thousands group),
# "1,234,567" (English grouping). Never inside a longer token of digits, dots or commas.
NUMERAL = rf"(?:{_GROUPED}|\d+(?:[.,]\d+)?)"
NUMERAL_RE = re.compile(rf"^{NUMERAL}$")
GROUPED_DIGITS = re.compile(_GROUPED)
SCALE = rf"(?:{alternation([*SCALES, *APPROX_SCALES])})"
WORD_NUMBER = rf"(?:{alternation(_NUMBER_WORDS)}|{SCALE})"
CURRENCY_PREFIX = r"(?:Rp\.?|IDR|US\$|USD|S\$|SGD|EUR|€|A\$|AUD|GBP|£|HKD|MYR|\$|RM|¥|JPY|CNY|RMB)"
CURRENCY_SUFFIX = rf"(?:{alternation(CURRENCY_SUFFIXES)})"

# detik bodies lose the space before "Rp" ("denda paling banyakRp 400.000.000"): a capital R
# right after a lower-case letter starts the currency (case-sensitive, so "Corp 5" is no rupiah).
GLUED_RP = r"(?-i:(?<=[a-z])(?=Rp\.?\s?\d))"

# "mencapai (Rp) 335 triliun": the currency sign alone in brackets before the digits.
BRACKETED_RP_OPEN = r"(?:\((?=Rp\)\s?\d))?"
BRACKETED_RP_CLOSE = r"(?:(?<=\(Rp)\)(?=\s?\d))?"

# A minus sign after a space or bracket, right before the digits: "turun -0,25%", "(-14,99%)".
# After a digit or letter a dash joins ("15-20", "COVID-19"), it is no sign.
NEGATIVE_SIGN = r"(?<![\w.,/)\]%-])[-−](?=\d)"
NUMBER_RE = re.compile(
    rf"(?:(?:(?<![\w])|{GLUED_RP}){BRACKETED_RP_OPEN}(?P<currency>{CURRENCY_PREFIX}){BRACKETED_RP_CLOSE}\s?|(?P<sign>{NEGATIVE_SIGN})|(?<![\w.,/-]))"
    rf"(?P<number>{NUMERAL}(?![\w]|[.,]\d)(?:[\s-]+{WORD_NUMBER}(?![\w]))*"
    rf"|(?<![\w-]){WORD_NUMBER}(?:[\s-]+{WORD_NUMBER}(?![\w]))*(?![\w-]))"
    rf"(?:\s?(?P<scale_letter>(?<=\d\s)[MT]|(?<=\d)[MT])(?![\w]))?"
    rf"(?:\s?(?P<percent>%|persen\w*|percent)|\s+(?P<currency_suffix>{CURRENCY_SUFFIX})(?![\w]))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    value: int | float
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Amount:
    value: int | float
    unit: str | None  # "rupiah", "USD", "persen", or None for a plain count
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: int | float
    unit: str | None  # currency ("rupiah", "USD", ...), "persen", or None
    approximate: bool
    words_only: bool  # spelled out ("dua", "puluhan") rather than written with digits
    scaled: bool  # carries a scale word (ribu, juta, ...) or a currency
    value_max: int | float | None = None  # the high end of a range ("15-20 persen": 20)


def _tidy(value: float) -> int | float:
    """Whole values as int (40200000, not 40200000.0); rounding noise from 40.2 * 1e6 removed."""
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def parse_numeral(token: str) -> int | float | None:
    """Digits with Indonesian separators: "91.703" -> 91703, "40,2" -> 40.2, "1.234.567,5"."""
    token = token.strip()
    if not NUMERAL_RE.match(token):
        return None
    dots, commas = token.count("."), token.count(",")
    if dots and commas:
        # Whichever comes last is the decimal mark: "1.234,5" (id) or "1,234.5" (en).
        if token.rfind(",") > token.rfind("."):
            normalised = token.replace(".", "").replace(",", ".")
        else:
            normalised = token.replace(",", "")
    elif dots > 1:
        normalised = token.replace(".", "")
    elif commas > 1:
        normalised = token.replace(",", "")
    elif dots == 1:
        # "91.703" groups thousands; "1.5" is a decimal written the English way.
        head, tail = token.split(".")
        normalised = head + tail if len(tail) == 3 else token
    elif commas == 1:
        normalised = token.replace(",", ".")  # the Indonesian decimal comma
    else:
        normalised = token
    return _tidy(float(normalised))


def _parse_words(tokens: list[str]) -> ParsedNumber | None:
    """Number words and scales: ["dua", "puluh", "lima"] -> 25, ["40,2", "juta"] -> 40200000."""
    total = 0.0
    current = 0.0
    last = 0.0
    approximate = False
    seen = False
    grouped = False  # the numeral is written in full digits with thousands groups
    for i, raw in enumerate(tokens):
        tok = raw.lower()
        numeral = parse_numeral(tok)
        if numeral is not None:
            if seen and current:
                return None  # two numerals in a row are two numbers
            current += numeral
            last = numeral
            grouped = GROUPED_DIGITS.fullmatch(tok) is not None
        elif tok in DIGIT_WORDS or tok in WHOLE_WORDS:
            if i and parse_numeral(tokens[i - 1].lower()) is not None:
                # "12 dua belas orang": digits repeated in words (scraped text that lost the
                # brackets of "12 (dua belas)"), two writings of one number, not 12 + 12
                return None
            if tok in WHOLE_WORDS:
                current += WHOLE_WORDS[tok]
                last = 0
            elif last and last < 10 and current:
                return None  # "dua tiga" is not a number
            else:
                current += DIGIT_WORDS[tok]
                last = DIGIT_WORDS[tok]
        elif tok == "belas":
            if not last or last >= 10:
                return None
            current += 10
            last = 0
        elif tok in MULTIPLIERS:
            if not last or last >= 10:
                return None
            current += last * (MULTIPLIERS[tok] - 1)
            last = 0
        elif tok in APPROX_WORDS:
            current += APPROX_WORDS[tok]
            approximate = True
            last = 0
        elif tok in SE_SCALES:
            total += (current + 1) * SE_SCALES[tok] if current else SE_SCALES[tok]
            current = last = 0
        elif tok in SCALES or tok in APPROX_SCALES:
            scale = SCALES.get(tok) or APPROX_SCALES[tok]
            if tok in APPROX_SCALES:
                approximate = True
            elif not seen:
                return None  # a scale word alone ("juta") is not a number
            if grouped and scale >= 1e9 and current >= scale:
                # "1.410.000.000 miliar porsi": the digits already carry the magnitude, the
                # scale word restates it ("Rp 1.500 miliar" is still 1.5 trillion). Only for
                # miliar/triliun: "31.540 ribu ton" and "Rp 1.250.000 juta" (statistics and
                # budget tables) do multiply.
                total += current
            else:
                total += (current or 1) * scale
            current = last = 0
            grouped = False
        elif tok == HALF:
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            current += 0.5
            if nxt not in SCALES and total and not current - 0.5:
                # "sejuta setengah": half of the last scale
                total += 0.5 * _last_scale(tokens[:i])
                current -= 0.5
        else:
            return None
        seen = True
    if not seen:
        return None
    return ParsedNumber(_tidy(total + current), approximate)


def _last_scale(tokens: list[str]) -> int:
    for tok in reversed(tokens):
        tok = tok.lower()
        if tok in SCALES or tok in SE_SCALES:
            return SCALES.get(tok) or SE_SCALES[tok]
    return 1


def _split(text: str) -> list[str]:
    return [t for t in re.split(r"[\s-]+", text.strip()) if t]


def parse_number(text: str) -> ParsedNumber | None:
    """A whole string as a number: "40,2 juta", "91.703", "sebelas", "puluhan ribu",
    "1,5 miliar"."""
    if not text or not text.strip():
        return None
    parsed = _parse_words(_split(text))
    if parsed is None:  # "Rp 22 Triliun", "48 persen": the number without its sign
        amount = parse_amount(text)
        parsed = ParsedNumber(amount.value, amount.approximate) if amount else None
    return parsed


def parse_amount(text: str) -> Amount | None:
    """A number with its currency or percent sign: "Rp 22 Triliun" -> Amount(22e12, "rupiah")."""
    mentions = find_numbers(text)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    rest = (text[: mention.start] + text[mention.end :]).strip(" .,:;()")
    if rest:
        return None
    return Amount(mention.value, mention.unit, mention.approximate)


def _unit_of(match: re.Match) -> str | None:
    if match["percent"]:
        return PERCENT
    if match["currency"]:
        return CURRENCY_PREFIXES[match["currency"].lower().rstrip(".")]
    if match["currency_suffix"]:
        return CURRENCY_SUFFIXES[" ".join(match["currency_suffix"].lower().split())]
    return None


# What joins the two ends of a range: "15-20", "15–20", "0,24 sampai 1,74", "5 s.d. 10", "5 hingga
# 10".
RANGE_JOIN = re.compile(
    r"\s*(?:[-–—]|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*", re.IGNORECASE
)


# "antara 8.000 dan 10.000 orang": after "antara" (between), "dan" joins the two ends of a range;
# not after a noun of difference or comparison ("selisih antara 36 dan 50 siswa": two numbers).
BETWEEN_BEFORE = re.compile(
    r"(?<!\w)(?:(selisih|perbedaan|beda|perbandingan|dibandingkan)\s+)?antara\s+$", re.IGNORECASE
)
BETWEEN_JOIN = re.compile(r"\s+dan\s+", re.IGNORECASE)


def find_numbers(text: str, ranges: bool = False) -> list[NumberMention]:
    """Every number in ``text`` with its scale, currency or percent, in order.

    Spelled-out numbers are found too ("dua", "puluhan ribu"); the caller decides whether a small
    spelled-out count is worth keeping. Years, dates and codes are NOT filtered here. With
    ``ranges`` two numbers joined as a range are one mention carrying ``value_max``.
    """
    mentions = _find_numbers(text)
    return _join_ranges(text, mentions) if ranges else mentions


def _scale_of(mention: NumberMention) -> int:
    """The scale word's factor of a mention ("10 miliar" -> 10**9), 1 without one."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", mention.text)]
    return next((SCALES[w] for w in reversed(words) if w in SCALES), 1)


def _high_end(text: str, position: int) -> NumberMention | None:
    """The number starting right at ``position`` (read apart from what precedes it: the "-" of
    "15-20" would otherwise hide it)."""
    found = _find_numbers(text[position : position + 60])
    if not found or found[0].start != 0:
        return None
    m = found[0]
    return NumberMention(
        position, position + m.end, m.text, m.value, m.unit, m.approximate, m.words_only, m.scaled
    )


def looks_like_year(mention: NumberMention) -> bool:
    """A year ("2025") or a period between two years ("2019-2023": a range starts with a year
    only when it ends with one, see ``_join_ranges``): four digits 19xx or 20xx, no unit."""
    return mention.unit is None and (
        re.fullmatch(r"(?:19|20)\d{2}", mention.text) is not None
        or mention.value_max is not None
        and re.match(r"(?:19|20)\d{2}(?![\d.,])", mention.text) is not None
    )


def _join_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    out: list[NumberMention] = []
    skip_until = -1
    for mention in mentions:
        if mention.start < skip_until:
            continue
        between = None
        join = RANGE_JOIN.match(text, mention.end)
        before = BETWEEN_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if join is None and before and not before.group(1):
            join = between = BETWEEN_JOIN.match(text, mention.end)
        high = _high_end(text, join.end()) if join and not mention.words_only else None
        if (
            high is None
            or high.words_only
            or (mention.unit and high.unit and mention.unit != high.unit)
            # "Rp 3 miliar hingga 2025": a year ends no range of values; "antara 2019 dan 2023"
            # is a period, no range of values either
            or looks_like_year(high) != looks_like_year(mention)
            or (between is not None and looks_like_year(mention))
        ):
            out.append(mention)
            continue
        low = mention.value
        if (
            _scale_of(high) > 1
            and _scale_of(mention) == 1
            and not (mention.unit and mention.scaled and mention.unit != PERCENT and low >= 1000)
        ):
            low = _tidy(low * _scale_of(high))  # "5-10 miliar": the low end is 5 miliar
        if not low < high.value:
            out.append(mention)  # "menang 2-1": a score, not a range
            continue
        unit = high.unit or mention.unit
        out.append(
            NumberMention(
                mention.start,
                high.end,
                text[mention.start : high.end],
                low,
                unit,
                mention.approximate or high.approximate,
                False,
                mention.scaled or high.scaled,
                high.value,
            )
        )
        skip_until = high.end
    return out


def _find_numbers(text: str) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    for match in NUMBER_RE.finditer(text):
        tokens = _split(match["number"])
        parsed = None
        # The longest prefix of the tokens that reads as one number ("2 dua" -> 2).
        while tokens and parsed is None:
            parsed = _parse_words(tokens)
            if parsed is None:
                tokens.pop()
        if parsed is None:
            continue
        number_text = match["number"]
        # The number stops where its parsed tokens stop.
        consumed = _consumed_length(number_text, tokens)
        full_number = consumed == len(number_text.rstrip())
        value = parsed.value
        unit = _unit_of(match)
        end = match.end() if full_number else match.start("number") + consumed
        if not full_number:
            unit = (
                CURRENCY_PREFIXES[match["currency"].lower().rstrip(".")]
                if match["currency"]
                else None
            )
        elif match["scale_letter"]:
            if not match["currency"]:
                end = match.end("number")  # "5 M" is a scale only after "Rp"
            else:
                value = _tidy(value * (10**9 if match["scale_letter"].upper() == "M" else 10**12))
        if match["sign"]:
            value = -value
        start = match.start() if match["currency"] or match["sign"] else match.start("number")
        words_only = not any(ch.isdigit() for ch in number_text[:consumed])
        scaled = any(
            t.lower() in SCALES or t.lower() in SE_SCALES or t.lower() in APPROX_SCALES
            for t in tokens
        )
        surface = text[start:end].rstrip()
        mentions.append(
            NumberMention(
                start,
                start + len(surface),
                surface,
                value,
                unit,
                parsed.approximate,
                words_only,
                scaled or unit not in (None, PERCENT),
            )
        )
    return mentions


def _consumed_length(number_text: str, tokens: list[str]) -> int:
    position = 0
    for token in tokens:
        position = number_text.index(token, position) + len(token)
    return position
