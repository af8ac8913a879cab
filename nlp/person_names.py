"""Is a candidate personal name a person, and where does it really start and end?

The people component reads names off capitalised words; on real news that also catches titles
("Prof", "Bapak"), bodies and places ("Fraksi", "Republik Indonesia", "Serang Barat"), words
glued on at either end ("*Kabinet* Teddy Indra Wijaya", "Prabowo *Indonesia*") and text
damaged by the source (a lost space: "Dilansir*detik*News", a broken encoding: "BjÃ").

The evidence is data, not a list of cases:

* ``nlp/data/non_person_words.txt`` (built by ``python -m nlp.name_gazetteer`` from the cased
  NER sets): words written capitalised many times and (almost) never inside a person;
* the name titles of ``nlp/data/cues.yaml`` (Prof, KH, Pak, Bu...), written before a name but
  never part of it (the gold convention: "Asrorun Ni'am Sholeh", not "Prof KH ...");
* the Kemendagri place gazetteer and the country names of ``org_heads.yaml``;
* the common vocabulary (``nlp/data/common_words.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from nlp.lexicon import (
    load_yaml,
    match_place,
    occupations,
    org_heads,
    org_lexicon,
    region_named,
    roles,
    school_heads,
    word_list,
)
from nlp.names import (
    DocWords,
    country_names,
    english_body_words,
    famous_single_names,
    name_stopwords,
    name_titles,
    person_name_words,
)
from nlp.textutil import Word, is_roman_numeral
from nlp.vocabulary import is_common

# "DilansirdetikNews", "BiologiIPB": a lower-case letter followed by a capital inside a word.
_CAMEL = re.compile(r"[a-z][A-Z]")
# "Bapepam-LK", "Kemenko-PMK": capitals after a hyphen name a body ("Al-Fatih" does not).
_ACRONYM_PART = re.compile(r"-[A-Z]{2,}\b")
# A broken encoding ("AntÃ³nio", "BjÃ"): UTF-8 read as Latin-1.
_MOJIBAKE = re.compile(r"Ã|Â|â€")


@lru_cache(maxsize=1)
def non_person_words() -> frozenset[str]:
    """Lower-cased words that are (almost) never part of a personal name."""
    return frozenset(w for w in word_list("non_person_words.txt") if len(w) > 2)


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Royal and religious titles before a name, never part of it ("Prabu", "King";
    nlp/data/honorifics.txt)."""
    return word_list("honorifics.txt")


@lru_cache(maxsize=1)
def royal_titles() -> frozenset[str]:
    """Royal titles that are also given names ("Ratu", "Raja", "Kaisar", "Pangeran", "Prabu";
    nlp/data/royal_titles.txt): a title only in an article about royalty (royal_article)."""
    return word_list("royal_titles.txt")


@lru_cache(maxsize=1)
def royal_role_titles() -> frozenset[str]:
    """Royal titles that give the name after them its role ("Permaisuri", "Prabu", "Pangeran",
    "Ratu", "Raja", "Kaisar"; nlp/data/royal_role_titles.txt)."""
    return word_list("royal_role_titles.txt")


@lru_cache(maxsize=1)
def _royal_context_pattern() -> re.Pattern[str]:
    # (in lower case, or capitalised where it opens a sentence: "Sang ratu berkuasa ...",
    # "Mahkota itu ..."; not "Istana Negara", the president's palace)
    words = sorted(word_list("royal_context.txt"))
    lower = "|".join(re.escape(w) for w in words)
    upper = "|".join(re.escape(w.capitalize()) for w in words)
    return re.compile(
        rf"(?:(?<![\w-])(?:{lower})|(?:^|(?<=[.!?]\s))(?:{upper}))(?![\w-])", re.MULTILINE
    )


@lru_cache(maxsize=8)
def royal_article(text: str) -> bool:
    """The article writes about royalty (nlp/data/royal_context.txt: "kerajaan", "takhta",
    "mahkota", "kedua ratu" ...), not only a nickname ("ratu dangdut", "raja kecil")."""
    return _royal_context_pattern().search(text) is not None


def royal_title_here(ctx: DocWords, k: int) -> bool:
    """Word k is a royal title before a name ("tiara milik *Ratu* Hortense ... kedua ratu
    tersebut"): a capitalised royal_role_titles word after a lower-case word that opens no
    building's name, in an article about royalty. "Menurut Pangeran Siahaan", "Komandan
    Pangeran Sitompul", "Wali Kota Palembang Ratu Dewa" (a capitalised word before), "Pendopo
    Prabu Geusan Ulun" (a building), "Ratu Felisha ... ratu dangdut" (no royalty: a title that
    is also a given name, royal_titles.txt, needs it) keep the word the name's."""
    word = ctx.words[k]
    if word.lower not in royal_role_titles() or word.text != word.lower.capitalize() or k == 0:
        return False
    before = ctx.words[k - 1]
    # (a comma may stand between: "bersama istrinya, Permaisuri Marie Louise")
    gap = ctx.text[before.end : word.start]
    return (
        before.text.islower()
        and gap.strip() in ("", ",")
        and gap[-1:].isspace()
        and before.lower.rstrip(".") not in venue_heads()
        and before.lower not in _building_nouns()
        # (a title that is also a given name only where the article is about royalty)
        and (word.lower not in royal_titles() or royal_article(ctx.text))
    )


def royal_title_word(ctx: DocWords, k: int) -> bool:
    """Word k is a royal title that is also a given name ("Ratu", "Raja", "Pangeran";
    royal_titles.txt) and a title here (royal_title_here): not the first word of a name."""
    return ctx.words[k].lower in royal_titles() and royal_title_here(ctx, k)


def royal_role(ctx: DocWords, first: int, i: int) -> str | None:
    """The royal title written right before the name at i, trimmed off it (words first..i):
    "*Permaisuri* Eugénie", "*Ratu* Hortense" give the role "Permaisuri", "Ratu"."""
    if i <= first or not royal_title_here(ctx, i - 1):
        return None
    return ctx.words[i - 1].text


@lru_cache(maxsize=1)
def address_words() -> frozenset[str]:
    """Words of address written before a given name ("Mas Verrell", "Kang Dedi Mulyadi", "Abah
    Eko"; nlp/data/address_words.txt): not part of the name where the article also writes the
    name without them ("Gus Ipul", "Cak Imin" stay: the name is never written without them)."""
    return word_list("address_words.txt")


# Organisations written by an acronym head ("RS Dustira", "SMA Taruna"), never a name's start.
_ORG_ACRONYM_HEADS = frozenset(
    {"RS", "RSU", "RSUD", "RSUP", "RSIA", "RSJ", "PT", "CV", "UD", "UIN", "IAIN", "STAIN"}
)


def _org_acronym_head(word: str) -> bool:
    """A head written in capitals that a proper name always follows ("UIN", "RSUD", "PT",
    "SMAN"; not "DPRD", which is a whole organisation: "Ketua DPRD Kurniawan")."""
    return word in _ORG_ACRONYM_HEADS or word in school_heads()


def _title(word: str) -> bool:
    lower = word.lower().rstrip(".")
    return lower in name_titles() or lower in honorifics() or minister_title(word)


# "Wamendukbangga", "Menhut": (Wakil) Menteri + the ministry's short form after "Kemen".
_MINISTER_SHORT = re.compile(r"(?:Wam|M)en([a-z]{2,})")


@lru_cache(maxsize=4096)
def minister_title(word: str) -> bool:
    """A minister's or deputy minister's title written as one word: a title before the name,
    never part of it. The one source is roles.yaml's abbreviations ("Menkes", "Wamen",
    "Menkomdigi": any whose full form opens with a ministry head); a title it does not list
    is read from the short form of a ministry the organisation lexicon knows
    ("*Wamendukbangga* Isyana Bagoes Oka" from "Kemendukbangga", "Menhut" from "Kemenhut")."""
    full = roles().full_forms.get(word.lower())
    if full is not None:
        return any(f"{full.lower()} ".startswith(f"{head} ") for head in roles().ministry)
    m = _MINISTER_SHORT.fullmatch(word)
    if m is None:
        return False
    known = org_lexicon().resolve(f"Kemen{m.group(1)}")
    return known is not None and known.kind == "ministry"


def _non_person(word: str) -> bool:
    lower = word.lower()
    return (
        lower in non_person_words() or lower in _ministry_fields() or lower in platform_names()
    ) and lower not in person_name_words()


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """Social media and messaging platforms ("Instagram", "TikTok"; name_markers.yaml
    platform_names), lower-cased: no word of a personal name."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["platform_names"])


# "tulis Instagram *@sksg_ui*": an account's handle right after a word on the line.
_HANDLE_AFTER = re.compile(r"[ \t]+@\w")


def _before_a_handle(ctx: DocWords, j: int) -> bool:
    """An account's handle follows word j - 1 ("tulis Instagram @sksg_ui", "akun TikTok
    @x"): the word names the account's platform, not a person; the news writes a person's
    own handle in brackets after the name ("Raffi Ahmad (@raffinagita1717)")."""
    return _HANDLE_AFTER.match(ctx.text, ctx.words[j - 1].end) is not None


@lru_cache(maxsize=1)
def _ministry_fields() -> frozenset[str]:
    """Lower-cased words after "Kementerian" in the names of the known ministries (the org
    lexicon), none of them a personal name: mostly the ministry's field ("Kementerian *Agraria*
    dan Tata Ruang"; "Pakar Hukum *Agraria*"), also the words of its kind or state
    ("Koordinator", "Sekretaris", "Badan", "Republik", "Indonesia"); not the common words, which
    the vocabulary tells apart."""
    out: set[str] = set()
    for org in org_lexicon().orgs.values():
        if org.kind != "ministry":
            continue
        for name in org.surfaces:
            words = name.split()
            if words[0] == "Kementerian":
                out.update(w.lower() for w in words[1:] if w.isalpha() and w[1:].islower())
    # common words ("Keuangan", "Negara") are told apart by the vocabulary already
    return frozenset(w for w in out if not is_common(w))


def _place(word: str) -> bool:
    return word.lower() in country_names() or match_place([word]) == 1


def unlike_a_name_word(word: str) -> bool:
    """A title, a place or a word never in a personal name ("Prof", "Makassar", "Kabinet")."""
    return _title(word) or _non_person(word) or _place(word)


# English job titles end a title, never a name ("Corporate Secretary Division *Head*").
_ENGLISH_TITLE_TAILS = frozenset(
    """head manager director officer secretary chairman chairwoman president executive analyst
    economist coordinator supervisor consultant commissioner founder strategist advisor adviser
    """.split()
)
# The words before such a tail: a rank or a unit ("*Division* Head", "*Assistant* Secretary";
# "Travis Head" is a name).
_ENGLISH_UNITS = frozenset(
    """assistant deputy vice senior chief general executive managing associate division
    department unit group business corporate country regional marketing finance financial
    operations operating technology technical sales communications communication relations
    affairs research investment risk legal compliance product program programme project
    """.split()
)


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """Lower-cased role heads of ``roles.yaml`` and the full forms of its abbreviations."""
    data = roles()
    return frozenset(h.lower() for h in (*data.heads, *data.abbreviations.values()))


def title_without_name(texts: list[str]) -> bool:
    """The words are a title or job description with no name left after it: a role head of the
    lexicon, written in full or abbreviated ("Kasat", "Sekjen Partai"), followed only by common,
    body or place words; or an English job title ("Assistant Secretary", "Card Business
    Division Head"; "Travis Head" is a name)."""
    if not texts:
        return False
    tail = texts[-1].lower()
    if tail in _ENGLISH_TITLE_TAILS and (len(texts) == 1 or texts[-2].lower() in _ENGLISH_UNITS):
        return True
    expanded = roles().expand(" ".join(texts)).split()
    lowered = [w.lower() for w in expanded]
    # the longest head the words open with (one set lookup per prefix, on every mention)
    size = next(
        (n for n in range(len(lowered), 0, -1) if " ".join(lowered[:n]) in _role_heads()), 0
    )
    return bool(size) and all(
        _title(t) or _non_person(t) or is_common(t) or _place(t) or is_roman_numeral(t)
        for t in expanded[size:]
    )


# Ordinary words that are no personal names: two make a phrase, not a name.
MAX_ORDINARY_WORDS = 1


def ordinary_phrase(texts: list[str]) -> bool:
    """Two words or more of the name are common words no personal name uses ("Strategi
    Lulusan Magister Studi" of an unglued signature, "Kordinator Lapangan Posko": a phrase
    or a misspelt title, not a name; "Putra", "Sri", "Page" are personal names too)."""
    ordinary = [
        t for t in texts if len(t) > 2 and is_common(t) and t.lower() not in person_name_words()
    ]
    return len(ordinary) > MAX_ORDINARY_WORDS


def trim(ctx: DocWords, i: int, j: int) -> tuple[int, int]:
    """The name inside words i..j: titles, bodies, procedural labels and a country before it
    ("Prof", "Kabinet", "Teradu I", "Peru Dina Boluarte") and places after it ("Prabowo
    Indonesia") left out."""
    words = ctx.words
    for k in range(i + 1, j - 1):  # "Teradu I Muhammad Afifuddin": a numbered label first
        if is_roman_numeral(words[k].text) and is_common(words[i].text):
            i = k + 1
            break
    i = past_a_body_word(ctx, i, j)
    i = _past_a_country_inside(ctx, i, j)
    # the word after an English article "The" that opens the candidate's body ("The Prakarsa")
    the = i - 1 if i > 0 and words[i - 1].text == "The" and ctx.spaced(i - 1, i) else len(words)
    while j - i > 1 and (
        _title(words[i].text)
        or royal_title_word(ctx, i)
        or _address_before_a_name(ctx, i)
        or _title_before_another_name(ctx, i, j)
        # "Kolonel *Inf* Didin Nasruddin": the rank's corps
        or i > 0
        and ctx.rank_end(i - 1) > i
        or _non_person(words[i].text)
        and not _alone_as_person(ctx, i)
        and not place_word_opening_a_person(ctx, i, j)
        or _acronym_of_an_organisation(ctx, i)
        or _region_of_an_organisation(ctx, i, j)
        or _initial_of_another_name(ctx, i, j)
        or _name_of_a_body(ctx, i, j)
        or _name_of_a_thing(ctx, i, j)
        # "Manajer Riset *The* Prakarsa Roby Rushandie", "Peneliti The *Jakarta Post* Budi
        # Santoso": a body's name after the English article, up to a word of a personal name
        # (a body's name that ends in one, "The Wahid Institute", keeps its end: the limit)
        or j - i > 2
        and i > the
        and (i == the + 1 or words[i].lower not in person_name_words())
        # "(Presiden) *Peru* Dina Boluarte": a country before a full name is the title's
        or j - i > 2
        and words[i].lower in country_names()
        and not _alone_as_person(ctx, i)
        # "(PM) *Papua Nugini* James Marape": a country of several words, no word of a name
        or ctx.country_size(i, j) > 0
    ):
        i += ctx.country_size(i, j) or 1
    while j - i > 1 and (
        _non_person(words[j - 1].text)
        and _place(words[j - 1].text)
        and not words[j - 1].is_initial
        and not place_surname(ctx, j - 1)
        # "Raldi Hendro Koestoer *PhD*": an academic degree written after the name
        or words[j - 1].text.rstrip(".") in degrees()
        # "Rully Firmansyah *Warehouse* Manager", "Budi Santoso *Senior Warehouse* Manager":
        # the units of an English job title after it
        or j - i > 2
        and j < len(words)
        and ctx.spaced(j - 1, j)
        and (words[j - 1].lower in _ENGLISH_UNITS or words[j - 1].lower not in person_name_words())
        and _english_title_at(ctx, j)
    ):
        j -= 1
    return i, j


def _past_a_country_inside(ctx: DocWords, i: int, j: int) -> int:
    """Where the name starts in words i..j that hold a country with a full name after it and
    a word before it that is no personal name ("(Managing Director) Galderma *Indonesia* Mesza
    Reinaldo", "Presiden Republik *Indonesia* Prabowo Subianto"): the country closes a body's
    name (its national branch) or a title, as the news writes "Kepala X Indonesia, Budi
    Santoso"; a country is never a middle word of an Indonesian name. Counted on the even
    half's text (session 45): of 49 runs "Word Country Name Name" (with no personal name
    before the country) 21 are a title or body then a person ("DPR RI Adian Napitupulu",
    "Presiden Prancis Emmanuel Macron"), every person extracted there starting after the
    country; the rest hold no person. Only a single word that is a country counts (a
    two-word country is trim()'s), with at least two words after it; i when there is none."""
    words = ctx.words
    return _past_the_last(
        i,
        j,
        lambda k: (
            words[k].lower in country_names()
            and words[k].text[:1].isupper()
            and ctx.spaced(k - 1, k)
            and ctx.spaced(k, k + 1)
            and words[k - 1].lower not in person_name_words()
            and not words[k - 1].is_initial
        ),
        first=i + 1,
    )


def _past_the_last(i: int, j: int, closes: Callable[[int], bool], first: int) -> int:
    """The word after the last word k (first <= k <= j - 3: two words or more after it) that
    ``closes`` a body's name or a title run into a person's name, else i."""
    for k in range(j - 3, first - 1, -1):
        if closes(k):
            return k + 1
    return i


# A place word closing a name: the times the article's body writes the name's word before it
# and the place word together, with nothing of it written apart.
MIN_PLACE_SURNAME_USES = 2


def place_surname(ctx: DocWords, k: int) -> bool:
    """Word k, a place or country after a name's word, is the name's last word, a surname
    ("Willy Indra *Yunani*", "Ahmad *Jawa*"; Indonesian surnames include place and country
    words: Jawa, Madura, Bali, Ambon, Belanda, Jepang, Yunani): the article's body writes it at
    least twice right after that same word on the line, and never anywhere else (a headline
    included), so it never names the place itself ("Menurut Prabowo *Indonesia* tidak ..."
    beside "Indonesia" elsewhere is the country); and the word before it is a personal name of
    the gazetteer."""
    words = ctx.words
    if k == 0 or not ctx.spaced(k - 1, k):
        return False
    # after a word of a personal name ("Oriental Circus *Indonesia*", a body's name the NER
    # reads as a person, is none)
    if words[k - 1].lower not in person_name_words():
        return False
    last, before = words[k].text, words[k - 1].text
    together = 0
    for n in ctx.positions(words[k].lower):
        if n == 0 or words[n].text != last or words[n - 1].text != before:
            return False  # the place word written apart (or in another case: "YUNANI")
        if not ctx.spaced(n - 1, n):
            return False
        together += words[n].start not in ctx.headlines
    return together >= MIN_PLACE_SURNAME_USES


@lru_cache(maxsize=1)
def degrees() -> frozenset[str]:
    """Degrees written after a name without their dots ("PhD"; nlp/data/name_markers.yaml)."""
    return frozenset(load_yaml("name_markers.yaml")["degrees"])


# The English job-title tails written capitalised after a name ("Warehouse Manager").
_ENGLISH_TITLE_CAPS = frozenset(t.capitalize() for t in _ENGLISH_TITLE_TAILS)


def _english_title_at(ctx: DocWords, j: int) -> bool:
    """Words j... are a capitalised English job title: unit words or words of no personal name,
    then a title tail ("Warehouse Manager", "Senior Warehouse Manager")."""
    words = ctx.words
    for k in range(j, min(j + 4, len(words))):
        if k > j and not ctx.spaced(k - 1, k):
            return False
        if words[k].text in _ENGLISH_TITLE_CAPS:
            return True
        if not words[k].text[:1].isupper() or (
            words[k].lower not in _ENGLISH_UNITS and words[k].lower in person_name_words()
        ):
            return False
    return False


@lru_cache(maxsize=1)
def title_given_names() -> frozenset[str]:
    """Titles that are also given names ("Hakim": a judge, and "Lukman Hakim";
    nlp/data/name_markers.yaml title_given_names), as written."""
    return frozenset(load_yaml("name_markers.yaml")["title_given_names"])


def _title_before_another_name(ctx: DocWords, i: int, j: int) -> bool:
    """Word i is a title that is also a given name ("Hakim") before a name whose first word the
    article's body writes elsewhere opening a longer name introduced with that title ("kata
    *Hakim* Rudy" beside "Ketua Majelis Hakim, Rudy Ruswoyo"): the title of that person, not a
    first name. A name whose next word is never written so keeps it ("Hakim Ziyech ... kata
    Ziyech"), and so does one sharing a first name with another person ("Hakim Ahmad ... Ahmad
    Sahroni")."""
    words = ctx.words
    if j - i < 2 or words[i].text not in title_given_names() or not ctx.spaced(i, i + 1):
        return False
    first = words[i + 1]
    for k in ctx.positions(first.lower):
        if k == i + 1 or words[k].text != first.text or words[k].start in ctx.headlines:
            continue
        if k > 0 and words[k - 1].text == words[i].text and ctx.spaced(k - 1, k):
            continue  # the title-and-name pair again
        if (
            k + 1 < len(words)
            and ctx.spaced(k, k + 1)
            and words[k + 1].is_capitalized
            and not words[k + 1].is_initial
            and words[k + 1].lower not in name_stopwords()
            and not unlike_a_name_word(words[k + 1].text)
            and not is_common(words[k + 1].text)
            # the longer name introduced with the title ("Ketua Majelis *Hakim*, Rudy
            # Ruswoyo"): a first name shared with another person is no title (session 39
            # review: "Pengamat hukum Hakim Ahmad ... Ahmad Sahroni")
            and any(w.lower == words[i].lower for w in words[max(0, k - 4) : k])
        ):
            return True
    return False


def _address_before_a_name(ctx: DocWords, i: int) -> bool:
    """Word i is a word of address ("Mas", "Kang") and the article writes the name after it
    elsewhere without it ("Mas Verrell" beside "Verrell Bramasta")."""
    return (
        ctx.words[i].lower in address_words()
        and i + 1 < len(ctx.words)
        and ctx.occurs_without(i + 1, ctx.words[i].lower)
    )


def place_word_opening_a_person(ctx: DocWords, i: int, j: int) -> bool:
    """Words i..j open with a first name that is also a place word ("*Timur* Kapadze", which
    the NER reads as a place): one entity of the NER, opening with no place the gazetteer
    knows ("jalur Bandung Ciwidey"), not the end of a place or title ("Jawa Timur",
    "Sekretaris Kabinet"), not a country, and the rest of the name stands alone elsewhere as a
    person ("kata Kapadze")."""
    words = ctx.words
    word = words[i]
    if j - i < 2 or word.lower in country_names() or _title(word.text):
        return False
    if _place(word.text) or ctx.is_place(i, j):  # "(jalur) Bandung Ciwidey"
        return False
    if i > 0 and ctx.spaced(i - 1, i) and words[i - 1].is_capitalized:
        return False
    if not any(start == word.start and end >= words[j - 1].end for start, end in ctx.ner_spans()):
        return False
    return _alone_as_person(ctx, i + 1)


def _acronym_of_an_organisation(ctx: DocWords, i: int) -> bool:
    """Word i is capitals the article also writes inside an organisation ("*AJS* Hendrisman"
    beside "PT AJS"): the organisation's short form, not the person's initials."""
    text = ctx.words[i].text
    if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()):
        return False
    return any(
        k != i and k in ctx.org_of_word and ctx.words[k].text == text
        for k in ctx.positions(text.lower())
    )


def _initial_of_another_name(ctx: DocWords, i: int, j: int) -> bool:
    """Word i is one letter and a stop before a name the article writes elsewhere after a
    first name of another letter ("platform *X.* Trump" beside "Donald Trump"): the letter
    ends the sentence before, it is no initial of this name."""
    words = ctx.words
    word = words[i]
    if j - i < 2 or len(word.text) != 2 or not word.is_initial or word.text[1] != ".":
        return False
    if not _ends_a_sentence(ctx, i):
        return False
    for k in ctx.positions(words[i + 1].lower):
        if k == i + 1 or k == 0 or words[k].text != words[i + 1].text or not ctx.spaced(k - 1, k):
            continue
        first = words[k - 1]
        if (
            not first.is_initial
            and first.lower in person_name_words()
            and first.text[:1] != word.text[0]
        ):
            return True
    return False


def _ends_a_sentence(ctx: DocWords, i: int) -> bool:
    """The one letter i may end a sentence: the article writes it alone elsewhere ("platform
    X"), or the word before it is lower case and no title, rank or occupation ("di platform
    *X.*"; not "AKBP *M.* Nasution", "saksi ahli *A.* Sitompul")."""
    from nlp.names import rank_words

    words = ctx.words
    letter = words[i].text[0]
    if any(words[k].text == letter for k in ctx.positions(letter.lower())):
        return True
    if i == 0 or not ctx.spaced(i - 1, i):
        return False
    before = words[i - 1]
    return (
        before.text[:1].islower()
        and not _title(before.text)
        and before.lower not in rank_words()
        and before.lower not in _role_heads()
        and before.lower not in occupations()
        and before.lower not in address_words()
    )


def _after_capitals(ctx: DocWords, i: int) -> bool:
    """Word i follows an organisation's capitals on the line ("DPRD *Jateng*")."""
    if i == 0 or not ctx.spaced(i - 1, i):
        return False
    before = ctx.words[i - 1].text
    return before.isupper() and before.isalpha() and len(before) >= 2


# Prepositions before a place ("di Madina", "ke Madina", "dari Madina").
_LOCATIVES = frozenset({"di", "ke", "dari"})


def _region_of_an_organisation(ctx: DocWords, i: int, j: int) -> bool:
    """Word i is a province or its short form right after an organisation's capitals or
    number, with a name of two words after it ("DPRD *Jateng* Rohmat Marzuki"), or a word no
    personal name that the article writes elsewhere as a place ("di Madina") while it calls
    the person by the next word alone ("Kadis PUPR *Madina* Elpi Yanti Harahap" beside "Elpi
    mengatakan"): the organisation's region, not a first name (a regency may be one:
    "DPRD Bima Arya Sugiarto" stays)."""
    if j - i < 3 or i == 0 or not ctx.spaced(i - 1, i):
        return False
    if not (_after_capitals(ctx, i) or ctx.words[i - 1].text.isdigit()):
        return False
    word = ctx.words[i]
    if word.lower in person_name_words():
        return False
    region = region_named(word.text)
    if region is not None and region.kind == "province":
        return True
    # "Kadis PUPR *Madina* Elpi Yanti Harahap ... Elpi melaporkan ... di Madina": a word the
    # article writes elsewhere as a place (after "di", "ke", "dari", no name after it), while
    # it calls the person by the next word alone, is the organisation's place
    return _alone_as_person(ctx, i + 1) and _written_after(
        ctx, i, lambda before: before.text in _LOCATIVES
    )


def _name_of_a_body(ctx: DocWords, i: int, j: int) -> bool:
    """Word i, before a name of two words, follows a body's head word (not in capitals) on the
    line, is no personal name of the gazetteer, and something says it is the body's: the
    lexicon knows head and word as a body, or the article writes them elsewhere with no name
    after them ("(Ditjen Pendis)" beside "Sekretaris Ditjen *Pendis* Arskal Salim"). The
    gazetteer misses many given names, so its silence alone is no evidence: where the NER
    reads a person from word i, or nothing shows the body, the word stays the person's ("Ketua
    Komisi Habiburokhman Sinaga Putra")."""
    if j - i < 3 or i == 0 or not ctx.spaced(i - 1, i):
        return False
    head, word = ctx.words[i - 1], ctx.words[i]
    if not (
        head.lower in org_heads().kind_of
        and head.is_capitalized
        and not head.text.isupper()  # "DPRD Bima Arya": a whole body before a name
        and not word.is_initial
        and word.lower not in person_name_words()
        and not _ner_person_from(ctx, i)
        and not _alone_as_person(ctx, i)
    ):
        return False
    return org_lexicon().resolve(f"{head.text} {word.text}") is not None or _written_after(
        ctx, i, lambda before: before.lower == head.lower
    )


@lru_cache(maxsize=1)
def thing_nouns() -> frozenset[str]:
    """Nouns before a programme's, group's, product's or place's name (name_markers.yaml)."""
    return frozenset(load_yaml("name_markers.yaml")["thing_nouns"])


def _name_of_a_thing(ctx: DocWords, i: int, j: int) -> bool:
    """Word i, before a person the NER reads from word i + 1, is no personal name, never read
    as a person, and the article writes it elsewhere alone after a lower-case noun of a
    programme, group, product or place ("Ketua Kelompok *Mamaku* Rato" beside "program Mamaku
    ini"): the thing's name, not the person's."""
    word = ctx.words[i]
    if word.lower in person_name_words() or not _ner_person_from(ctx, i + 1):
        return False
    if any(ctx.ner_label(k) == "PER" for k in ctx.positions(word.lower)):
        return False
    return _written_after(ctx, i, lambda before: before.text in thing_nouns())


def _written_after(ctx: DocWords, i: int, fits: Callable[[Word], bool]) -> bool:
    """The article writes word i elsewhere, as written, right after a word that ``fits`` and
    with no name going on after it ("di *Madina*", "program *Mamaku* ini", "(Ditjen *Pendis*)"):
    evidence that the word names a place, a thing or a body there, not a person."""
    words, word = ctx.words, ctx.words[i]
    return any(
        k != i
        and k > 0
        and words[k].text == word.text
        and fits(words[k - 1])
        and ctx.spaced(k - 1, k)
        and not _name_after(ctx, k)
        for k in ctx.positions(word.lower)
    )


def _ner_person_from(ctx: DocWords, i: int) -> bool:
    """The NER reads a person that starts at word i."""
    return ctx.ner_label(i) == "PER" and (i == 0 or ctx.ner_entity(i - 1) != ctx.ner_entity(i))


def _name_after(ctx: DocWords, k: int) -> bool:
    """A capitalised word follows word k on the line, outside any organisation: a name may
    go on there."""
    words = ctx.words
    return (
        k + 1 < len(words)
        and ctx.spaced(k, k + 1)
        and words[k + 1].is_capitalized
        and k + 1 not in ctx.org_of_word
    )


def _alone_as_person(ctx: DocWords, i: int) -> bool:
    """Word i's text stands alone elsewhere and the NER reads it there as a person ("Sekretaris
    Komisi A Harvard Kurniawan ... ungkap *Harvard*")."""
    words = ctx.words
    for k in ctx.positions(words[i].lower):
        if k == i or words[k].text != words[i].text or ctx.ner_label(k) != "PER":
            continue
        if k + 1 >= len(words) or not ctx.spaced(k, k + 1) or not words[k + 1].is_capitalized:
            return True
    return False


def only_titles(ctx: DocWords, i: int, j: int) -> bool:
    """Words i..j are name titles ("Prof KH"), words of address ("Mas") or a numbered label
    ("Teradu I")."""
    return all(
        _title(w.text)
        or w.lower in address_words()
        or is_roman_numeral(w.text)
        or is_common(w.text)
        for w in ctx.words[i:j]
    )


def is_person_name(ctx: DocWords, i: int, j: int, trimmed: bool = False) -> bool:
    """False when words i..j cannot be a personal name: every word a title, a body word, a
    common word or a place; the last of two words or more a word never in a name; a word
    damaged by the source; or the start of an organisation whose bracketed initials follow
    ("Rumah Solusi *Himathera Indonesia* (RSHI)") or of one whose branch follows ("GP *Ansor*
    Cabang Kencong"). A name ``trimmed`` to one word ("Amnesty
    *International*") needs a word known as a name or read as a person."""
    words = ctx.words[i:j]
    if not words:
        return False
    if (
        trimmed
        and len(words) == 1
        and words[0].lower not in person_name_words()
        and ctx.ner_label(i) != "PER"
    ):
        return False
    if words[0].text in _ORG_ACRONYM_HEADS or words[0].text in school_heads():
        return False
    if len(words) == 1 and _place_abbreviation(ctx.text, words[0].text):
        return False
    if len(words) == 1 and words[0].lower not in person_name_words() and _before_a_handle(ctx, j):
        return False  # "tulis *Instagram* @sksg_ui": the account's platform
    if ctx.country_size(i, len(ctx.words) + 1) >= j - i:
        return False  # "(warga) Sri Lanka", "Selandia (Baru)": a country of several words
    if i > 0 and ctx.spaced(i - 1, i) and _org_acronym_head(ctx.words[i - 1].text):
        return False  # "UIN *Syarif Hidayatullah*", "PT *Orex Sai*": the organisation's name
    for w in words:
        if _MOJIBAKE.search(w.text) or _ACRONYM_PART.search(w.text):
            return False
        camel = _CAMEL.search(w.text)
        if camel and camel.start() >= 3:  # not "McDonald", "DeCicco", "MacArthur"
            return False
    full = [w.text for w in words if not w.is_initial]
    if all(
        _title(t) or _non_person(t) or is_common(t) or _place(t) or is_roman_numeral(t)
        for t in full
    ):
        return False
    if len(full) >= 2 and _non_person(full[-1]) and not _place(full[-1]):
        last = max(k for k in range(i, j) if not ctx.words[k].is_initial)
        if _last_word_no_name(ctx, i, last):
            return False  # "Srikandi *Energi*", "Mujadalah Kiai *Kampung*": a body's or a site's
    if j - i > 1 and _fans_word(ctx, j - 1):
        return False  # "Bonek *Mania*": a name's fans as a group
    if len(words) == 1 and _sentence_adverb(ctx, i):
        return False  # "*Ironisnya*, guru ...": a sentence adverb before its comma
    return (
        not _initials_of_longer_name(ctx, i, j)
        and not _organisation_in_brackets(ctx, j)
        and not _branch_after(ctx, i, j)
        and not _venue(ctx, i, j)
        and not _before_a_body_word(ctx, j)
        and not _body_after_a_board(ctx, i, j)
        and not _in_english_name(ctx, i, j)
    )


@lru_cache(maxsize=1)
def sentence_adverbs() -> frozenset[str]:
    """Sentence adverbs in -nya ("Ironisnya", "Sayangnya"; nlp/data/sentence_adverbs_nya.txt)."""
    return word_list("sentence_adverbs_nya.txt")


def _sentence_adverb(ctx: DocWords, i: int) -> bool:
    """Word i opens its sentence, is a sentence adverb in -nya of the closed list and a comma
    follows it ("*Ironisnya*, guru sejarahnya ...", "*Mirisnya*, ..."): Indonesian makes
    sentence adverbs of adjectives and nouns with -nya, which the apposition reading ("X,
    guru ...") took for a person. A list, not the shape: a one-word name ends in -nya too
    ("Zahranya, siswi kelas XII, ..."). Counted on the even half's text (session 45): 242
    sentence openings "Xnya," (Menurutnya 89, Sebelumnya 38, Ironisnya 4, ...), none a
    person."""
    word = ctx.words[i]
    return (
        word.lower in sentence_adverbs()
        and word.text[:1].isupper()
        and ctx.sentence_initial(i)
        and ctx.text[word.end : word.end + 1] == ","
    )


# English words joining the capitalised words of one name ("Food *and* Drug Administration",
# "Emissions Database *for* Global Atmospheric Research"; name_markers.yaml english_name_joins).
_ENGLISH_JOINS = frozenset(load_yaml("name_markers.yaml")["english_name_joins"])


def _in_english_name(ctx: DocWords, i: int, j: int) -> bool:
    """Words i..j are joined to a capitalised word by a lower-case English "and", "for" or
    "of" ("Food and *Drug Administration*", "*European Travel Information* and Authorisation
    System", "*Successful Stories* and Case Studies"): a piece of an English name of a body, a
    system or a title, no person's. The news joins two persons by "dan" or "&" ("Baker &
    Salop"); on the even half (session 44) none of 41 such English runs holds a person's name.
    """
    words = ctx.words

    def joined(a: int, b: int, joins: frozenset[str]) -> bool:  # a + 1 the join
        return (
            0 <= a
            and b < len(words)
            and words[a + 1].text in joins
            and words[a].text[:1].isupper()
            and words[b].text[:1].isupper()
            and ctx.spaced(a, a + 1)
            and ctx.spaced(a + 1, b)
        )

    # "of" after a name is a person's place of work ("Andi Wijaya *of* Harvard Kennedy
    # School", session 44 review): only "and"/"for" join a piece before the rest of a name
    return joined(i - 2, i, _ENGLISH_JOINS) or joined(j - 1, j + 1, _ENGLISH_JOINS - {"of"})


@lru_cache(maxsize=1)
def party_boards() -> frozenset[str]:
    """A party's regional boards, lower-cased ("dpc", "dpw"; name_markers.yaml)."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["party_boards"])


@lru_cache(maxsize=1)
def structure_words() -> frozenset[str]:
    """Board levels of parties and mass organisations as written ("DPP", "DPC";
    name_markers.yaml central_boards and party_boards)."""
    return frozenset(load_yaml("name_markers.yaml")["central_boards"]) | {
        w.upper() for w in party_boards()
    }


def _body_after_a_board(ctx: DocWords, i: int, j: int) -> bool:
    """Words i..j follow a board level ("Dewan Pengurus Pusat (*DPP*) *Gebu Minang*") and a
    comma and a full name follow them (", Oesman Sapta"): the body the board leads, its
    holder after the comma. Not a name opening with a first name of the gazetteer or read as
    a person by the NER, the first of a list of people ("Ketua DPD Sultan Bachtiar
    Najamudin, Puan Maharani, dan ..."), not after a board word read as a body of its own (the
    senate's "DPD"), nor a holder who is one of a list of people ("Ketua
    DPC Yandri Susanto, Tarmizi Hakim, dan Heru Wibowo": a name or "dan" and a name after
    it)."""
    words, text = ctx.words, ctx.text
    if i == 0 or j + 1 >= len(words) or words[i - 1].text not in structure_words():
        return False
    if words[i].lower in person_name_words() or ctx.ner_label(i) == "PER":
        return False
    # "DPD" read as a body of its own is the senate, not a party's board ("Ketua DPD Tamsil
    # Linrung, ...": a senator, no body's name after it)
    board = ctx.org_of_word.get(i - 1)
    if board is not None and board.text == words[i - 1].text:
        return False
    if text[words[i - 1].end : words[i].start] not in (" ", ") "):
        return False
    if text[words[j - 1].end : words[j].start] != ", ":
        return False
    holder = ctx.name_at(j, min_words=2)
    return holder is not None and holder[0] == j and not _name_listed_after(ctx, holder[1])


def _name_listed_after(ctx: DocWords, k: int) -> bool:
    """Another person of a list starts at word k, after the name before it: ", Name", ", dan
    Name" or " dan Name"."""
    words = ctx.words
    if k == 0 or k >= len(words):
        return False
    gap = ctx.text[words[k - 1].end : words[k].start]
    if gap not in (" ", ", "):
        return False
    if words[k].lower == "dan":
        k += 1
    elif gap == " ":
        return False
    return k < len(words) and ctx.name_at(k) is not None


def past_a_body_word(ctx: DocWords, i: int, j: int) -> int:
    """(session 41) The first word of words i..j after the last English body word with two
    words or more after it ("Pemimpin redaksi Tempo *Magazine* Budi Santoso", "Big Apple
    *Circus* John Doe": the NER runs a body's name into the person's), else i. No personal
    name holds such a word, so its words up to the body word are cut and the rest kept."""
    return _past_the_last(
        i, j, lambda k: _english_body_word(ctx.words[k]) or _fans_word(ctx, k), first=i
    )


@lru_cache(maxsize=1)
def fans_words() -> frozenset[str]:
    """Words naming a name's fans as a group ("Mania"; nlp/data/fans_words.txt)."""
    return word_list("fans_words.txt")


def _fans_word(ctx: DocWords, k: int) -> bool:
    """Word k names a name's fans as a group ("Relawan Jokowi *Mania*", "Bonek *Mania*",
    "Prabowo *Mania* 08"), where no middle name can stand: the last capitalised word of its
    run, or after a name that names one person alone ("Jokowi *Mania* Immanuel Ebenezer").
    Elsewhere it may be a personal name's word ("Siti *Mania* Rahayu")."""
    words = ctx.words
    if not words[k].is_capitalized or words[k].lower not in fans_words():
        return False
    n = k + 1
    last = n >= len(words) or not ctx.spaced(k, n) or not words[n].is_capitalized
    return last or k > 0 and words[k - 1].lower in famous_single_names()


def _english_body_word(word: Word) -> bool:
    """A capitalised English word of a body, a business or a team ("Magazine", "Circus",
    "Group"), not a unit of an English job title ("Manager")."""
    lower = word.lower.rstrip(".")
    return word.is_capitalized and lower in english_body_words() and lower not in _ENGLISH_UNITS


def _before_a_body_word(ctx: DocWords, j: int) -> bool:
    """An English word of a body, a business or a team follows the words on the line
    ("Bloomberg Billionaires *Index*", "Relationship Manager Priority *Banking*"): they open
    the body's name, they are no person's. Not the start of an English job title ("Budi
    Santoso *General* Manager", "Rully Firmansyah *Fund* Manager": ``_english_title_at``)."""
    words = ctx.words
    if j >= len(words) or not ctx.spaced(j - 1, j) or not words[j].is_capitalized:
        return False
    if _fans_word(ctx, j):
        return True  # "Ganjar Pranowo *Mania*": the fans' group
    return _english_body_word(words[j]) and not _english_title_at(ctx, j)


@lru_cache(maxsize=1)
def branch_words() -> frozenset[str]:
    """Lower-cased words naming an organisation's branch or region after its name ("GP Ansor
    *Cabang* Kencong", "Kantor *Wilayah* Jawa Timur"; name_markers.yaml)."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["branch_words"])


@lru_cache(maxsize=1)
def venue_heads() -> frozenset[str]:
    """Lower-cased words opening a road's, a site's or a building's name (name_markers.yaml)."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["venue_heads"])


@lru_cache(maxsize=1)
def _building_nouns() -> frozenset[str]:
    """Lower-cased nouns of a building, a site or a room ("pendopo", "museum", "masjid";
    cues.yaml site_nouns, org_heads.yaml rooms): a royal title after one opens the place's name
    ("Pendopo Prabu Geusan Ulun")."""
    cues, heads = load_yaml("cues.yaml"), load_yaml("org_heads.yaml")
    return frozenset(w.lower() for w in [*cues["site_nouns"], *heads["rooms"]])


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Lower-cased first words of roles.yaml's role heads ("juru" of "Juru bicara", "wali" of
    "Wali Kota", "manager"), its abbreviations' full forms and the name titles: a word of a
    title: a venue head after one is part of the title ("Kepala *Terminal* Ahmad Fauzi")."""
    data = roles()
    heads = (*data.heads, *data.abbreviations.values())
    return frozenset(h.split()[0].lower() for h in heads if h.strip()) | name_titles()


def _title_word(word: Word) -> bool:
    return word.lower.rstrip(".") in _title_words() or _title(word.text)


def _title_before(ctx: DocWords, p: int) -> bool:
    """A title's word, or a role head of two words ("Juru bicara"), ends right before word p."""
    words = ctx.words
    if p == 0 or not ctx.spaced(p - 1, p):
        return False
    if _title_word(words[p - 1]):
        return True
    return (
        p > 1
        and ctx.spaced(p - 2, p - 1)
        and f"{words[p - 2].lower} {words[p - 1].lower}" in _role_heads()
    )


def _venue(ctx: DocWords, i: int, j: int) -> bool:
    """Words i..j name a road, a site or a building named after a person: right after a venue
    head ("Jalan *Gatot Subroto*", "Jl. *Gatot Subroto*") with no title word before it
    ("Kepala Terminal Ahmad Fauzi" stays). A name beside a venue in a list is not read as one:
    "Ditemui di Stadion Manahan, Joko Widodo menyapa warga" is a person (session 28 review)."""
    return (
        i > 0
        and _venue_head_before(ctx, i)
        and ctx.words[i - 1].is_capitalized
        and not _title_before(ctx, i - 1)
    ) or _venue_called(ctx, i, j)


# Capitalised words a venue's name may run to before its other name ("Jalan Raya Padang
# Galak atau ...")
_VENUE_NAME_WORDS = 5


# Where a venue's other name after "atau" ends: a stop, the end of the line, or a comma and
# a capitalised word ("atau Ngurah Rai, Jalan Hangtuah"; not "atau Siti Aminah, petugas jaga")
_OTHER_NAME_END = re.compile(r"[ \t]*(?:\.|\r?\n|$|,[ \t]+[A-Z])")


def _venue_called(ctx: DocWords, i: int, j: int) -> bool:
    """Words i..j are a venue's other name: right after "atau", which follows a venue's name
    in the same clause, its head and capitalised words with nothing between them ("Jalan Raya
    Padang Galak atau *Ngurah Rai*, Jalan Hangtuah", "Stasiun Bandung atau *Kiaracondong*."),
    and the name ends at a stop, the end of the line, or a comma before a capitalised word
    (a name, a place). Not where "atau" joins a second clause whose subject the name is
    ("di Gedung Sate atau Budi Santoso akan mengantarkannya", "atau Siti Aminah, petugas
    jaga, akan ..."), nor across a comma or a stop ("di Stadion Manahan, atau Joko Widodo"),
    nor a venue head a title word precedes ("Kepala Terminal Bungurasih atau Ahmad Fauzi").
    "atau" may give the venue's other name (660) or another venue (774, "Stasiun Bandung atau
    Kiaracondong": Bandung station or Kiaracondong station); both are no person."""
    words = ctx.words
    if i < 3 or words[i - 1].lower != "atau" or not ctx.spaced(i - 2, i - 1):
        return False
    if not ctx.spaced(i - 1, i):
        return False
    if not _OTHER_NAME_END.match(ctx.text, words[j - 1].end):
        return False
    k = i - 2
    for _ in range(_VENUE_NAME_WORDS):
        if k < 1 or not words[k].is_capitalized or not ctx.spaced(k - 1, k):
            return False
        if _venue_head_before(ctx, k) and words[k - 1].is_capitalized:
            return not _title_before(ctx, k - 1)
        k -= 1
    return False


@lru_cache(maxsize=1)
def _road_kinds() -> frozenset[str]:
    """Lower-cased words naming a road's kind after its head ("Jalan *Raya*"; name_markers.yaml)."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["road_kinds"])


def _venue_head_before(ctx: DocWords, i: int) -> bool:
    """Word i - 1 is a venue head right before word i ("Jalan Sudirman"), or an abbreviated
    one with its stop ("Jl. Sudirman"), or a road's kind after such a head ("Jalan Raya
    Ahmad Yani", "Jl. Lingkar Gatot Subroto")."""
    head = ctx.words[i - 1]
    if ctx.text[head.end : ctx.words[i].start] not in (" ", ". "):
        return False
    if head.lower in venue_heads() or head.lower.rstrip(".") in venue_heads():
        return True
    return (
        i > 1
        and head.lower in _road_kinds()
        and head.is_capitalized
        and _venue_head_before(ctx, i - 1)
    )


def _branch_after(ctx: DocWords, i: int, j: int) -> bool:
    """A one-word name right after an organisation's capitals, followed by a capitalised
    branch word and a capitalised word on the line ("Ketua LBH GP *Ansor* Cabang Kencong"):
    the organisation's name, whose branch follows, not a person's ("ujar Ahmad Fauzi Cabang
    Bandung" stays)."""
    words = ctx.words
    return (
        j - i == 1
        and _after_capitals(ctx, i)
        and j + 1 < len(words)
        and words[j].lower in branch_words()
        and words[j].is_capitalized
        and ctx.spaced(j - 1, j)
        and ctx.spaced(j, j + 1)
        and words[j + 1].is_capitalized
    )


def _place_abbreviation(text: str, word: str) -> bool:
    """``word`` joins the openings of a two-word place the text names ("Bupati *Koltim*" of
    "Kolaka Timur", "Kalbar" of "Kalimantan Barat"): the region written short, no person."""
    if not (4 <= len(word) <= 9 and word[0].isupper() and word[1:].islower()):
        return False
    if word.lower() in person_name_words():
        return False
    lower = word.lower()
    for first, second in _capitalised_pairs(text).get(lower[:2], ()):
        if (
            any(
                first.startswith(lower[:k]) and second.startswith(lower[k:])
                for k in range(2, len(lower) - 1)
            )
            and match_place([first.capitalize(), second.capitalize()]) == 2
        ):
            return True
    return False


# Two capitalised words in a row ("Kolaka Timur").
_CAPITALISED_PAIR = re.compile(r"\b(?=([A-Z][a-z]+) ([A-Z][a-z]+)\b)")


@lru_cache(maxsize=4)
def _capitalised_pairs(text: str) -> dict[str, list[tuple[str, str]]]:
    """The lower-cased pairs of capitalised words ``text`` writes, by their first two letters."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    for m in _CAPITALISED_PAIR.finditer(text):
        first, second = m.group(1).lower(), m.group(2).lower()
        pairs.setdefault(first[:2], []).append((first, second))
    return pairs


def _last_word_no_name(ctx: DocWords, i: int, k: int) -> bool:
    """The last word k of a name, a word the name statistics find mostly outside names, is no
    name's: the word of a body or a site ("Srikandi *Energi*", "Kiai *Kampung*": a dictionary
    word, an organisation's head or tail, a village word), or a word the NER does not read as a
    person there, or reads as a place or body where the article writes the same name again
    ("Astana Gede *Kawali*").
    Never when the article writes it alone as a person ("Hotman Sipayung ... *Sipayung*
    mengatakan")."""
    words, lower = ctx.words, ctx.words[k].lower
    texts = [w.lower for w in words[i : k + 1]]
    for n in ctx.positions(lower):
        if (
            n != k
            and ctx.ner_label(n) == "PER"
            and not (n > 0 and ctx.spaced(n - 1, n) and words[n - 1].is_capitalized)
            and not (n + 1 < len(words) and ctx.spaced(n, n + 1) and words[n + 1].is_capitalized)
        ):
            return False
    heads = org_heads()
    return (
        is_common(lower)
        or lower in heads.kind_of
        or lower in heads.tails
        or lower in heads.village_words
        or ctx.ner_label(k) != "PER"
        or any(
            ctx.ner_label(n) not in (None, "PER")
            and [w.lower for w in words[n - (k - i) : n + 1]] == texts
            for n in ctx.positions(lower)
            if n >= k - i
        )
    )


def _organisation_in_brackets(ctx: DocWords, j: int) -> bool:
    """ "Daya Anagata Nusantara *(Danantara)*": an organisation's short form in brackets right
    after the words says they are its long form."""
    end = ctx.words[j - 1].end
    m = re.match(r"\s*\(([^()\n]{2,20})\)", ctx.text[end : end + 24])
    if not m:
        return False
    inside = ctx.index_at(end + m.start(1))
    return inside in ctx.org_of_word or org_lexicon().resolve(m.group(1)) is not None


def _initials_of_longer_name(ctx: DocWords, i: int, j: int) -> bool:
    """ "Yayasan Rumah Solusi Himathera Indonesia (RSHI)": the bracket after the name holds the
    initials of more words than the name's own, so the name ends an organisation. (A person's
    own initials, "Iswan Ibrahim (II)", cover the name alone.)"""
    text = ctx.text
    end = ctx.words[j - 1].end
    m = re.match(r"\s*\(([A-Z]{2,8})\)", text[end : end + 12])
    if not m:
        return False
    letters = m.group(1)
    if len(letters) <= j - i:
        return False
    start = i - (len(letters) - (j - i))
    if start < 0:
        return False
    initials = "".join(w.text[0] for w in ctx.words[start:j]).upper()
    return initials == letters


def _apart_from_a_name(ctx: DocWords, i: int, j: int) -> bool:
    """Words i..j follow another capitalised word on the same line ("Bank *Mega Syariah*") or
    hold a mark between two words ("Baker & Salop": two names)."""
    return (
        i > 0
        and ctx.spaced(i - 1, i)
        and ctx.words[i - 1].is_capitalized
        or not all(ctx.spaced(k, k + 1) for k in range(i, j - 1))
    )


def name_despite_common_words(ctx: DocWords, i: int, j: int) -> bool:
    """An NER person whose words include ordinary words is still a name when each common word
    is a personal name of the DBpedia gazetteer and one word is no common word ("*Hu* Jintao",
    "*Novel* Baswedan"; not "Bukopin Saving *Plan*"); a role word may stand inside it, not at
    either end ("Dudy *Agung* Trisna", not "Jaksa Agung"). Not
    when it goes on from a capitalised word ("Bank *Mega Syariah*"), opens a sentence with a
    common word ("*Kopi* Bajawa telah ditanam"), holds a mark ("Baker & Salop") or is a title
    or place."""
    from nlp.names import name_stopwords

    words = ctx.words[i:j]
    full = [w for w in words if not w.is_initial]
    if len(full) < 2 or not ctx.valid_name(i, j) or _apart_from_a_name(ctx, i, j):
        return False
    stop = name_stopwords()
    if words[0].lower in stop or words[-1].lower in stop or _title(words[0].text):
        return False
    if is_common(words[0].text) and ctx.sentence_initial(i):
        return False
    rare = [w for w in full if not is_common(w.text)]
    if not rare or any(is_common(w.text) and w.lower not in person_name_words() for w in full):
        return False
    if len(full) == 2 and is_common(full[1].text):  # "sistem Nine *Box*", "Kangaroo *Bond*"
        return False
    return not any(_place(w.text) or _non_person(w.text) for w in rare)


def person_read_as_place_or_body(ctx: DocWords, i: int, j: int) -> bool:
    """A name the NER labels a place or a body ("Hisar Siregar", "Gibran Rakabuming Raka",
    "Munir Said Thalib") is a person's when it opens with a first name of the DBpedia person
    gazetteer and no word is common, a place, a word never in a name or a name's stop word,
    and it neither goes on from a capitalised word nor holds a mark; a name of the organisation
    gazetteer ("Atletico Madrid") is a body's."""
    from nlp.names import name_stopwords
    from nlp.org_gazetteer import known_names

    words = ctx.words[i:j]
    full = [w for w in words if not w.is_initial]
    if len(full) < 2 or full[0].lower not in person_name_words():
        return False
    if not ctx.valid_name(i, j, strict=True) or _apart_from_a_name(ctx, i, j):
        return False
    if any(
        is_common(w.text) or _place(w.text) or _non_person(w.text) or _title(w.text) for w in full
    ):
        return False
    if any(w.lower in name_stopwords() for w in words):
        return False
    return ctx.text_of(i, j).lower() not in known_names()


# First names the statistical NER may leave out before a person it reads.
MAX_LOST_FIRST_NAMES = 2


def lost_first_names(ctx: DocWords, i: int) -> int:
    """Where a person the NER reads as two words or more from word i really starts (one word
    may be a building's or a nickname's: "Graha *Segara*", "Paman *Sam*"): the NER sometimes
    leaves out the first name(s) ("Aris *Maulana Akbar*", "Frendianus Joni *Rahmat Zebua*",
    "hingga Salsa *Erwina Hutagalung*", ", Nuno *Espirito Santo*"). The whole run of
    capitalised words before i on the line is taken in when it is at most two words, after a
    lower-case word or a mark (not at a line's start), and each word is one that no dictionary,
    title, rank, word of address, place, body or other entity claims, and a personal name or a
    word the article writes alone as a person elsewhere, or the next item of a list of people
    ("Hisar Siregar, *Frendianus* Joni ..., dan Romson ..."). i itself otherwise ("UIN Syarif
    Hidayatullah M Ihdan", "DPRD Jateng Rohmat Marzuki", "ekonom Celios Bhima Yudhistira",
    "diketahui Sukamaju Rahmat Hidayat")."""
    from nlp.names import name_stopwords, rank_words

    words = ctx.words
    k = i
    while k > 0 and ctx.spaced(k - 1, k) and words[k - 1].is_capitalized:
        k -= 1
        if i - k > MAX_LOST_FIRST_NAMES:
            return i
    if k == i or k == 0:
        return i
    between = ctx.text[words[k - 1].end : words[k].start]
    if "\n" in between or not between.strip() and not words[k - 1].text[:1].islower():
        return i  # a line's start, or a number before the run: not read
    j = i
    while j < len(words) and ctx.ner_label(j) == "PER":
        j += 1
    listed = _after_a_listed_person(ctx, k) or j > i and _before_a_listed_person(ctx, j)
    for n in range(k, i):
        w = words[n]
        if (
            len(w.text) < 3
            or not w.text[1:].islower()
            or w.start in ctx.headlines
            or n in ctx.org_of_word
            or ctx.ner_label(n) not in (None, "PER")
            or is_common(w.text)
            or unlike_a_name_word(w.text)
            or w.lower in _role_heads()
            or w.lower in rank_words()
            or w.lower in address_words()
            or w.lower in name_stopwords()
            # a word no personal name, nor read alone as a person, is a place's or a body's
            # ("ekonom *Celios*", "diketahui *Sukamaju*")
            or w.lower not in person_name_words()
            and not _alone_as_person(ctx, n)
            and not listed
        ):
            return i
    return k


# Words joining the items of a list of people ("A, B, dan C", "A hingga B").
_LIST_JOINTS = frozenset({"dan", "serta", "hingga", "atau"})


def _after_a_listed_person(ctx: DocWords, k: int) -> bool:
    """Word k follows a person the NER reads and a list's comma or joint ("yakni Hisar Siregar,
    *Frendianus* ...", "Jerome Polin hingga *Salsa* ..."): the next item of a list of people."""
    words = ctx.words
    n = k - 1
    if words[n].lower in _LIST_JOINTS and ctx.spaced(n, k):
        n -= 1
        if n < 0 or ctx.text[words[n].end : words[n + 1].start].strip() not in ("", ","):
            return False
    elif ctx.text[words[n].end : words[k].start].strip() != ",":
        return False
    return n >= 0 and words[n].is_capitalized and ctx.ner_label(n) == "PER"


def _before_a_listed_person(ctx: DocWords, j: int) -> bool:
    """A list's comma or joint follows the name ending before word j, then a person the NER
    reads ("..., *Frendianus* Joni Rahmat Zebua, dan Romson Poskoro Purba")."""
    words = ctx.words
    if j >= len(words):
        return False
    n = j
    if words[n].lower in _LIST_JOINTS:
        if ctx.text[words[n - 1].end : words[n].start].strip() not in ("", ","):
            return False
        n += 1
    elif ctx.text[words[n - 1].end : words[n].start].strip() != ",":
        return False
    if n < len(words) and words[n].lower in _LIST_JOINTS:
        n += 1
    return n < len(words) and words[n].is_capitalized and ctx.ner_label(n) == "PER"
