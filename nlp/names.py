"""Reading personal names off capitalised words, and a word index of a Doc for the rules.

A personal name is a short run of capitalised words ("Anggoro Eko Cahyo", "Jimmy Z. Usfunan")
that is not an organisation, a place, a month or a title, and that has at least one word the
common vocabulary does not know (names are rarely written in lower case; "Pembangunan" is).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from indonesian.dates import INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS
from indonesian.function_words import HEADLINE_FUNCTION_WORDS
from nlp.lexicon import (
    cues,
    foreign_countries_lower,
    load_yaml,
    match_place,
    org_heads,
    region_named,
    roles,
    word_list,
)
from nlp.textutil import Ranges, Word, doc_text, headline_ranges, words_in
from nlp.vocabulary import is_common

MAX_NAME_WORDS = 5


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries as the news writes them, lower-cased, the home one too ("indonesia",
    "uni emirat arab"; org_heads.yaml foreign_countries)."""
    return frozenset({"indonesia", "ri"}) | foreign_countries_lower()


_MONTH_NAMES = frozenset(INDONESIAN_MONTHS)
_CALENDAR = frozenset({*INDONESIAN_WEEKDAYS, *INDONESIAN_MONTHS, "wib", "wita", "wit"})
_PRONOUNS = {
    "nomor",
    "no",
    "tahun",
    "pasal",
    "ayat",
    "kami",
    "kita",
    "dia",
    "ia",
    "beliau",
    "saya",
    "mereka",
    "anda",
    "aku",
    "kamu",
    "pihaknya",
    "menurutnya",
    "katanya",
    "ujarnya",
    "tuturnya",
    "sementara",
    "adapun",
    "namun",
    "selain",
    "hal",
    "tak",
    "tidak",
    "ini",
    "itu",
    "para",
    "sang",
    "sejumlah",
}
# Capitalised in Title Case headlines and subheads, never inside a personal name: "Prabowo
# Subianto *Untuk* Program ...". ("bin", "van", "de" are written in lower case and stay.)
_FUNCTION_WORDS = HEADLINE_FUNCTION_WORDS | {
    "bakal",
    "baru",
    "bersama",
    "kini",
    "lagi",
    "minta",
    "pun",
    "resmi",
    "segera",
    "selaku",
    "siap",
}
# Marks that close a name after its last word, glued or after a space ("Helmi D, ...",
# "Reza Utama (43) mengatakan"): DocWords._name_closes_after.
_NAME_CLOSERS = frozenset({",", "(", ")", ";", ":", "."})
# Short forms of government offices, never part of a name: "Kemendukbangga", "Pemprov",
# "Polresta", "Kejari", "Diskominfo", "Bappeda".
_OFFICE_WORD = re.compile(
    r"(?:Kemen|Pemprov|Pemkab|Pemkot|Pemko|Polda|Polres|Polsek|Kejati|Kejari|"
    r"Kanwil|Dinkes|Disdik|Diskominfo|Disnaker|Bappeda|Bapenda)[a-z]*$"
)
# Words that make a month a time ("Juni lalu", "Juli mendatang").
_RELATIVE_TIME = frozenset(
    {
        "lalu",
        "mendatang",
        "depan",
        "ini",
        "kemarin",
        "tahun",
        "nanti",
        "silam",
        "hingga",
        "sampai",
        "sebelumnya",
        "kemudian",
        "pada",
        "dan",
        "atau",
        "ke",
        "s/d",
    }
)
# Words after which only a place is written.
_PLACE_CUES = {
    "di",
    "warga",
    "kota",
    "kabupaten",
    "provinsi",
    "wilayah",
    "daerah",
    "pemkot",
    "pemko",
    "pemkab",
    "pemprov",
    "asal",
    "kawasan",
    "kecamatan",
}


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """Currencies, capitalised and unknown to the vocabulary ("Rp", "USD"; nlp/data/
    not_name_words.txt): never a word of any name."""
    return word_list("not_name_words.txt")


@lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    """Capitalised words never in a personal name: currencies ("Rp") and English words of
    bodies, business and sports teams ("Group", "Banking", "Timnas")."""
    return currency_words() | english_body_words()


@lru_cache(maxsize=1)
def english_body_words() -> frozenset[str]:
    """English words of bodies, business, teams and products ("Group", "Index", "Banking",
    "FC"; nlp/data/english_body_words.txt)."""
    return word_list("english_body_words.txt")


@lru_cache(maxsize=1)
def famous_single_names() -> frozenset[str]:
    """Lower-cased words that name one person by themselves ("prabowo", "jokowi";
    nlp/data/single_person_names.txt)."""
    return word_list("single_person_names.txt")


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    """Capitalised words that never belong to a personal name."""
    words = set(_CALENDAR) | set(_PRONOUNS) | _FUNCTION_WORDS | not_name_words()
    words.update(rank_words())
    for prefix in roles().prefixes:  # "Plt", "Pelaksana Tugas", "Mantan"
        words.update(w.lower().rstrip(".") for w in prefix.split())
    for head in (*roles().heads, *roles().abbreviations):
        words.update(w.lower() for w in head.split())
    for head in org_heads().kind_of:
        words.update(head.split())
    # a state's bodies ("Senat", "Kongres", "Parlemen"): "menurut *Senat* Akademik" is no one
    words.update(b for b in org_heads().state_bodies if " " not in b)
    words.update(w.lower() for w in org_heads().region_words)
    c = cues()
    for key in ("speech_verbs", "reporting_verbs"):
        words.update(w.lower() for v in c[key] for w in v.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def name_titles() -> frozenset[str]:
    return frozenset(t.rstrip(".").lower() for t in cues()["name_titles"])


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """Police and military ranks ("Kombes", "Mayjen"): written before a name, never in it."""
    return frozenset(r.lower() for r in load_yaml("roles.yaml").get("ranks", []))


@lru_cache(maxsize=1)
def rank_suffixes() -> frozenset[str]:
    return frozenset(
        s.strip("().").lower() for s in load_yaml("roles.yaml").get("rank_suffixes", [])
    )


@lru_cache(maxsize=1)
def balinese_openings() -> frozenset[tuple[str, str]]:
    """The two-word openings of Balinese noble names ("Anak Agung", "Ida Bagus", "I Gusti";
    nlp/data/name_markers.yaml), matched as written."""
    return frozenset((a, b) for a, b in load_yaml("name_markers.yaml")["balinese_openings"])


@lru_cache(maxsize=1)
def balinese_opening_words() -> frozenset[str]:
    """The words of the Balinese openings longer than one letter ("Agung", "Bagus", "Gusti"),
    which a noble name may repeat after its opening ("Anak Agung Gde *Agung*")."""
    return frozenset(w for pair in balinese_openings() for w in pair if len(w) > 1)


@lru_cache(maxsize=1)
def balinese_name_words() -> frozenset[str]:
    """Balinese birth-order and caste name words (nlp/data/name_markers.yaml), as written."""
    return frozenset(load_yaml("name_markers.yaml")["balinese_name_words"])


@lru_cache(maxsize=1)
def title_name_words() -> frozenset[str]:
    """Personal names that are also a later word of a title ("Jaksa *Agung*";
    nlp/data/name_markers.yaml title_name_words), lower-cased."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["title_name_words"])


@lru_cache(maxsize=1)
def title_name_ends() -> frozenset[str]:
    """Surnames that are also a later word of a title ("Ryan *Utama*", "Direktur *Utama*";
    nlp/data/name_markers.yaml title_name_ends), lower-cased."""
    return frozenset(w.lower() for w in load_yaml("name_markers.yaml")["title_name_ends"])


@lru_cache(maxsize=1)
def title_words_before() -> dict[str, frozenset[str]]:
    """For each of ``title_name_words``, the words written right before it in a title of
    roles.yaml ("agung" -> {"jaksa"}), lower-cased: after one of them it is the title's word."""
    out: dict[str, set[str]] = {w: set() for w in title_name_words() | title_name_ends()}
    for head in (*roles().heads, *roles().abbreviations):
        words = head.lower().split()
        for a, b in zip(words, words[1:]):
            if b in out:
                out[b].add(a)
    return {w: frozenset(before) for w, before in out.items()}


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Particles written in lower case inside a personal name ("Charlotte *de* Montpellier",
    "Ruud *van der* Sar"; nlp/data/name_particles.txt)."""
    return word_list("name_particles.txt")


@lru_cache(maxsize=1)
def person_name_words() -> frozenset[str]:
    """Words that are personal names far more often than places or organisations, from the
    DBpedia person gazetteer (nlp/data/person_name_words.txt, built by nlp.name_gazetteer)."""
    return word_list("person_name_words.txt")


# "1. ", "2) ", "- ", "– ", "• " at the start of a line.
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–•*·])[ \t]+\S")


def list_item_line(line: str) -> bool:
    """A line that is one item of a numbered or bulleted list."""
    return _LIST_ITEM.match(line) is not None


@dataclass
class DocWords:
    """The words of a Doc with their offsets, plus which words belong to organisations."""

    doc: Doc
    words: list[Word] = field(init=False)
    starts: list[int] = field(init=False)
    org_of_word: dict[int, Span] = field(init=False)  # word index -> org Span
    headlines: Ranges = field(init=False)

    def __post_init__(self) -> None:
        self.text = doc_text(self.doc)
        self.words = words_in(self.text)
        self.starts = [w.start for w in self.words]
        self.org_of_word = {}
        for span in self.doc.spans.get("organizations", []):
            for i in range(self.index_at(span.start_char), len(self.words)):
                if self.words[i].start >= span.end_char:
                    break
                self.org_of_word[i] = span
        # A numbered or bulleted line ("3. Waketum Demokrat Edhie Baskoro Yudhoyono (Ibas)") is
        # Title Case like a subhead, but it is body text: each item names its person.
        self.headlines = Ranges(
            [(a, b) for a, b in headline_ranges(self.text) if not list_item_line(self.text[a:b])]
        )

    def index_at(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def index_before(self, offset: int) -> int:
        """Index of the last word ending at or before ``offset`` (-1 if none)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and self.words[i].end > offset:
            i -= 1
        return i

    def spaced(self, i: int, j: int) -> bool:
        """Only spaces (no line break) between word i and word j (= i + 1)."""
        between = self.text[self.words[i].end : self.words[j].start]
        return not between.strip() and "\n" not in between

    def _after_title(self, i: int) -> bool:
        """Only spaces, or the title's abbreviation stop, between title i and the next word
        ("Dr. Mardani", "Prof. Sumitro": the stop is no sentence end)."""
        between = self.text[self.words[i].end : self.words[i + 1].start]
        return between.strip() in ("", ".") and "\n" not in between

    def org_starting_at(self, i: int) -> Span | None:
        span = self.org_of_word.get(i)
        if span is not None and self.index_at(span.start_char) == i:
            return span
        return None

    # -- names ------------------------------------------------------------------------------
    def country_size(self, i: int, end: int) -> int:
        """Words i... spell a country of two or three words ("Uni Emirat Arab", "Papua
        Nugini") that ends before ``end``: its size, else 0."""
        words = self.words
        for size in (3, 2):
            if i + size < end and all(self.spaced(k, k + 1) for k in range(i, i + size - 1)):
                if " ".join(w.lower for w in words[i : i + size]) in country_names():
                    return size
        return 0

    def rank_end(self, i: int) -> int:
        """Index after a rank at word i and the words it carries ("Mayjen TNI", "Irjen Pol",
        "Kombes Pol. (Purn)"); i itself when word i is no rank."""
        words = self.words
        if i >= len(words) or words[i].lower not in rank_words() or not words[i].is_capitalized:
            return i
        j = i + 1
        while (
            j < len(words)
            and words[j].lower.strip("().") in rank_suffixes()
            and not self.text[words[j - 1].end : words[j].start].strip(" ().")
            and "\n" not in self.text[words[j - 1].end : words[j].start]
        ):
            j += 1
        return j

    def name_at(
        self, i: int, min_words: int = 1, allow_place: bool = False
    ) -> tuple[int, int] | None:
        """(first, end) word indexes of a personal name starting at word i (titles and ranks
        skipped)."""
        words = self.words
        titles = name_titles()
        while i < len(words) - 1:
            if (
                words[i].lower.rstrip(".") in titles
                and words[i + 1].is_capitalized
                and self._after_title(i)
                and (words[i].text[0].isupper() or words[i].text in ("dr.", "drg.", "dr", "drg"))
            ):
                i += 1
                continue
            after_rank = self.rank_end(i)
            if (
                after_rank > i
                and after_rank < len(words)
                and words[after_rank].is_capitalized
                # "Kombes Pol*.* Eko Prasetyo": the period of the abbreviated suffix
                and not self.text[words[after_rank - 1].end : words[after_rank].start].strip(" ().")
            ):
                i = after_rank
                continue
            break
        # a Balinese noble name's opening ("*Anak Agung* Ngurah ..."; "Anak" is a common word)
        opening = self.balinese_opening_before(i + 2) == i
        # "(Menteri Energi) *Uni Emirat Arab* Suhail Al Mazrouei", "(PM) *Selandia Baru*
        # Christopher Luxon": a title's country before the name is read past, whatever its
        # words, and takes no room from the name (trim() leaves it out)
        country = self.country_size(i, len(words))
        if country and not self.spaced(i + country - 1, i + country):
            country = 0  # "Presiden Amerika Serikat (AS) Donald Trump": the title's own reading
        j = i + 2 if opening else i + country
        stop = name_stopwords()
        longest = MAX_NAME_WORDS + country
        while j < len(words) and j - i < longest:
            w = words[j]
            if j > i and not self.spaced(j - 1, j):
                break
            if (
                w.lower in _MONTH_NAMES
                and j + 1 < len(words)
                and self.spaced(j, j + 1)
                and words[j + 1].is_capitalized
                and words[j + 1].lower not in stop
                and _name_word(words[j + 1].text)
            ):
                j += 1  # "Juli Budi Winantya", "Raja Juli Antoni": a month inside a name
                continue
            if w.lower in _MONTH_NAMES and j > i and self._month_ends_name(i, j):
                j += 1  # "Kepala Dinas PUPR Ahmad *Juni* sebesar Rp 1 miliar": no date here
                break
            # "Charlotte *de* Montpellier", "Andovi *da* Lopez", "Ruud *van der* Sar": a run
            # of up to two particles before a name's word
            k = j
            while (
                j > i
                and k < len(words)
                and k - j < 2
                and words[k].text in name_particles()
                and k + 1 < len(words)
                and self.spaced(k, k + 1)
            ):
                k += 1
            if (
                k > j
                and words[k].is_capitalized
                and words[k].lower not in stop
                and _name_word(words[k].text)
            ):
                j = k
                continue
            if j > i and self._function_word_ending_a_name(j):
                j += 1  # "Wakil Direktur Institut Botani Kunming, Niu *Yang*."
                continue
            if (
                j == i
                and w.lower in stop
                and j + 1 < len(words)
                and self.spaced(j, j + 1)
                and words[j + 1].is_capitalized
                and words[j + 1].lower not in stop
                and _name_word(words[j + 1].text)
                and self.name_not_title_word(j)
            ):
                j += 1  # "Kementerian Pertanian *Agung* Suganda": a name, no "Jaksa" before
                continue
            if w.lower in stop and j > i and self._inside_one_person(i, j):
                j += 1  # "Kombes Rizki *Agung* Prakoso": a title's word inside a name
                continue
            if w.lower in stop and j > i and self._title_word_ending_a_name(j):
                j += 1  # "Kepala Dinas ... Ryan *Utama* mengatakan": the name's last word
                break
            if opening and j > i + 2 and w.text in balinese_opening_words():
                j += 1  # "Bupati Badung Anak Agung Gde *Agung*": the opening's word again
                continue
            if (
                j in self.org_of_word
                or not w.is_capitalized
                or w.lower in stop
                or is_abstract_noun(w.text)
            ):
                break
            if not (w.is_initial or _name_word(w.text)):
                break
            j += 1
        while (
            j > i
            and words[j - 1].is_initial
            and j - i > 1
            and words[j - 1].text[-1:] != "."
            and not self._initial_ends_name(j)
        ):
            j -= 1
        if opening:
            if j == i + 2 or not self.valid_name(i + 2, j, allow_place):
                return None
            return i, j
        i = self.after_place(i, j)
        if j - i < min_words or not self.valid_name(i, j, allow_place):
            return None
        return i, j

    def _initial_ends_name(self, j: int) -> bool:
        """The lone capital letter before word j is the name's last word, written without its
        stop ("Asisten II, *Helmi D*, mengatakan", "*Helmi D* selaku ketua"): a comma, bracket,
        colon or stop closes it, or the sentence runs on in a lowercase word (a verb, "selaku").
        Before a capitalised word it stays cut (a label or the next name's start)."""
        words = self.words
        letter = words[j - 1]
        if len(letter.text) != 1:
            return False
        return self._name_closes_after(j - 1)

    def _name_closes_after(self, k: int) -> bool:
        """The name ends with word k: the text ends there, a comma, bracket, colon, semicolon or
        stop follows it, glued or after a space ("Reza Utama *(43)* mengatakan"), or the
        sentence runs on in a lowercase word (a verb, "selaku") after a space."""
        words = self.words
        if k + 1 == len(words):
            return True
        between = self.text[words[k].end : words[k + 1].start]
        if between.lstrip(" ")[:1] in _NAME_CLOSERS:
            return True
        return self.spaced(k, k + 1) and words[k + 1].text[:1].islower()

    def name_not_title_word(self, k: int) -> bool:
        """Word k is a personal name that is also a later word of a title (name_markers.yaml
        title_name_words: "Jaksa *Agung*"), capitalised, and the title is not written: the word
        before it is none of the title's earlier words ("Jaksa"), and no capitalised word running
        on into it ("Masjid Agung") unless that word ends a body or is a title's word
        ("Kementerian Pertanian *Agung* Suganda", "Direktur *Agung* Wicaksono"); at a sentence's
        or clause's start or after a lower-case word ("kata *Agung* Nuaba") it is a name."""
        word = self.words[k]
        if word.lower not in title_name_words() or not word.is_capitalized or word.text.isupper():
            return False
        if k == 0 or not self.spaced(k - 1, k):
            return True
        before = self.words[k - 1]
        if before.lower in title_words_before()[word.lower]:
            return False
        return (
            not before.is_capitalized
            or k - 1 in self.org_of_word
            or before.lower in name_stopwords()
        )

    def _title_word_ending_a_name(self, j: int) -> bool:
        """Word j, a surname that is also a title's later word (name_markers.yaml
        title_name_ends: "Direktur *Utama*", "Jaksa Agung *Muda*"), closes the name before it:
        right after a personal name of the gazetteer that the NER reads as a person and that is
        none of the title's earlier words ("Ryan *Utama* mengatakan", "Budi *Agung*,"), in body
        text, with a comma, a stop, a bracket or a lower-case word after it. A title written
        whole ("Direktur Utama") or a body ("Kejaksaan Agung", "Masjid Agung": no personal name
        before) is not read; before a capitalised word the name goes on or stops as before."""
        words = self.words
        word, before = words[j], words[j - 1]
        if (
            word.lower not in title_name_ends()
            or not word.is_capitalized
            or word.text.isupper()
            or word.start in self.headlines
            or not self.spaced(j - 1, j)
            or before.lower not in person_name_words()
            or before.lower in name_stopwords()
            or before.lower in title_words_before().get(word.lower, frozenset())
            or self.ner_label(j - 1) != "PER"
        ):
            return False
        return self.text.startswith("\n", word.end) or self._name_closes_after(j)

    def _function_word_ending_a_name(self, j: int) -> bool:
        """Word j is a function word written with a capital inside a sentence, after a name's
        word and before a comma or a stop ("Niu *Yang*.", "kepada Niu *Yang*, saat"): the last
        word of a (Chinese) name where the article's body writes the pair so at least twice;
        "yang" is written in lower case there, a Title Case line goes on in capitals, and a
        relative "Yang" goes on with its verb ("Prabowo Yang hadir")."""
        if not self._closes_name_here(j):
            return False
        pair = (self.words[j - 1].text, self.words[j].text)
        if not hasattr(self, "_closing_pairs"):
            self._closing_pairs: dict[tuple[str, str], int] = {}
        if pair not in self._closing_pairs:
            self._closing_pairs[pair] = sum(
                1
                for k in self.positions(self.words[j].lower)
                if self.words[k - 1].text == pair[0] and self._closes_name_here(k)
            )
        return self._closing_pairs[pair] >= 2

    def _closes_name_here(self, j: int) -> bool:
        """Word j is a capitalised (not all-caps) function word in the body, right after the
        word before it and right before a comma or a stop ("Niu *Yang*.")."""
        w = self.words[j]
        if j == 0 or w.lower not in _FUNCTION_WORDS or not w.text[:1].isupper() or w.text.isupper():
            return False
        if w.start in self.headlines or not self.spaced(j - 1, j):
            return False
        return self.text[w.end : w.end + 1] in (",", ".")

    def _month_ends_name(self, i: int, j: int) -> bool:
        """Month word j after a name word (the name starts at i) is the name's last word: no
        number before or after it, no relative word after it ("Juni lalu"), no comma before
        it; or, as the second word of a name, a comma right after it ("Menteri Kehutanan Raja
        *Juli*, Menteri ..."). After a name of two words or more a month before a comma is a
        date's ("dihadiri Presiden Joko Widodo *Juni*, lalu ..."), and after a one-word name
        that stands alone too: a famous single name or one the article writes without the
        month ("dilantik Presiden Prabowo *Oktober*, kemudian ...")."""
        words = self.words
        if not self.spaced(j - 1, j) or words[j - 1].text[:1].isdigit():
            return False
        if self.text.startswith(",", words[j].end):
            return j - i == 1 and not self._stands_alone(i, j)
        if j + 1 >= len(words) or not self.spaced(j, j + 1):
            return False
        after = words[j + 1]
        return after.text.islower() and after.lower not in _RELATIVE_TIME

    def _stands_alone(self, i: int, j: int) -> bool:
        """Word i names a person by itself: a famous single name ("Prabowo"), or the article
        writes it elsewhere without the month word j after it."""
        if self.words[i].lower in famous_single_names():
            return True
        word, month = re.escape(self.words[i].text), re.escape(self.words[j].text)
        return re.search(rf"(?<![\w-]){word}(?![\w-])(?!\s+{month}\b)", self.text) is not None

    def name_before(
        self, end_index: int, min_words: int = 1, allow_place: bool = False, strict: bool = False
    ) -> tuple[int, int] | None:
        """A personal name whose last word is ``end_index`` (walking back over name words)."""
        stop = name_stopwords()
        i = end_index
        while i >= 0 and end_index - i < MAX_NAME_WORDS:
            w = self.words[i]
            if i < end_index and not self.spaced(i, i + 1):
                break
            if (
                i in self.org_of_word
                or not w.is_capitalized
                or w.lower in stop
                or is_abstract_noun(w.text)
                or not (w.is_initial or _name_word(w.text))
            ):
                break
            i -= 1
        first = i + 1
        if first <= end_index:
            first = self.after_place(first, end_index + 1)
        if end_index + 1 - first < min_words or first > end_index:
            return None
        # A sentence-initial word such as "Sementara" is not part of a name.
        while (
            first <= end_index
            and is_common(self.words[first].text)
            and first < end_index
            and self.sentence_initial(first)
        ):
            first += 1
        if not self.valid_name(first, end_index + 1, allow_place, strict):
            return None
        if not any(k in self.org_of_word for k in range(first - 2, first)):
            first = self.balinese_opening_before(first)
        return (first, end_index + 1)

    def balinese_opening_before(self, i: int) -> int:
        """Where a person's name read from word i really starts when the opening of a Balinese
        noble name (name_markers.yaml balinese_openings) is written right before it or across
        it: "Anak" is a common word, so the NER and the walk back over name words leave the
        opening out ("Disdikpora Denpasar *Anak Agung* Gede Wiratama", "Minat dan Bakat *Anak*
        Agung Ngurah Nanda ..."). The open golds keep a Balinese name's opening words ("I Ketut
        Buana", "Putu Hendra Sastrawan"). The opening must be written as listed (capitals), on
        the same line, outside a headline; a body named after such a person ("RSUD Ida Bagus
        Oka") is the organisation reader's. i itself otherwise."""
        words = self.words
        for k in (i - 1, i - 2):
            if (
                k >= 0
                and k + 1 < len(words)
                and (words[k].text, words[k + 1].text) in balinese_openings()
                and all(self.spaced(n, n + 1) for n in range(k, i))
                and words[k].start not in self.headlines
                and not self._common_opening(k)
            ):
                return k
        return i

    def _common_opening(self, k: int) -> bool:
        """An opening that starts with a common word ("Anak Agung") is one only before a
        Balinese birth-order or caste name word ("Anak Agung *Ngurah* Oka", "Anak Agung *Gede*
        Wiratama"), wherever it stands: at a sentence start "Anak" is capitalised anyway ("Anak
        Agung Hercules, R (17), ditangkap" is Agung Hercules's child), and inside a sentence it
        closes an office's name before a first name ("Dinas ... Perlindungan *Anak* Agung
        Sulistyo", "Yayasan Pendidikan *Anak* Agung Prasetyo")."""
        words = self.words
        return is_common(words[k].text) and not (
            k + 2 < len(words) and words[k + 2].text in balinese_name_words()
        )

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        before = self.text[self.words[i - 1].end : self.words[i].start]
        return any(c in before for c in '.!?\n:“"')

    def after_place(self, i: int, j: int) -> int:
        """Where the name starts in a run of capitalised words i..j that opens with a place
        (or one word and a place): "(Gubernur) Jawa Timur Khofifah", "(Sekda Kota) Makassar
        Andi Yasir", "(Kepala) Kejati Jatim Mia Amiati". Only a place that cannot be a first
        name counts: a province or its abbreviation, a name of two words or more, or a place
        right after a region word ("Kota"); a one-word regency may be a name ("Bima Arya")."""
        if self.country_size(i, j):
            return i  # "(PM) *Papua* Nugini James Marape": a country, not the province (trim())
        texts = [w.text for w in self.words[i:j]]
        for k in range(min(2, len(texts) - 1)):
            n = match_place(texts, k)
            if (
                n
                and k + n < len(texts)
                and (
                    self._strong_place(i + k, texts[k : k + n])
                    # "Konawe Nyuheri Slamet": a place the article uses as one ("di Konawe"),
                    # or a place no first name where the name goes without it ("kata Nyuheri")
                    or n == 1
                    and k + n + 2 <= len(texts)
                    and (
                        self.used_as_place(i + k)
                        or texts[k].lower() not in person_name_words()
                        and self.occurs_without(i + k + n, texts[k].lower())
                    )
                )
            ):
                return i + k + n
        return i

    def _strong_place(self, first: int, texts: list[str]) -> bool:
        if len(texts) >= 2:
            return True
        before = self.words[first - 1] if first > 0 else None
        if (
            before is not None
            and before.lower in org_heads().region_words
            and self.spaced(first - 1, first)
        ):
            return True
        region = region_named(texts[0])
        return region is not None and region.kind == "province"

    def is_place(self, i: int, j: int) -> bool:
        texts = [w.text for w in self.words[i:j]]
        return match_place(texts) == len(texts)

    def valid_name(self, i: int, j: int, allow_place: bool = False, strict: bool = False) -> bool:
        """A plausible personal name. ``strict`` (no context says it is a person): its first
        word must not be a common word either ("Tol Gilimanuk", "Kabin Tiggo")."""
        words = self.words[i:j]
        if not words or all(w.is_initial for w in words) or words[0].is_initial and len(words) == 1:
            return False
        if any(
            len(w.text) > 1
            and w.text.isupper()
            and not w.is_initial
            and not (k == 0 and self.initials_of_name(i))
            for k, w in enumerate(words)
        ):
            return False
        if any(
            w.lower in not_name_words() or w.lower in rank_words() or _OFFICE_WORD.match(w.text)
            for w in words
        ):
            return False
        if len(words) == 2 and words[0].lower == "gen" and len(words[1].text.rstrip(".")) == 1:
            return False  # "Gen Z", a generation
        full = [w for w in words if not w.is_initial]
        if all(is_common(w.text) for w in full) or strict and is_common(full[0].text):
            return False
        return allow_place or not self.is_place(i, j)

    def _inside_one_person(self, i: int, j: int) -> bool:
        """Word j, a capitalised word no common word that titles also use ("Agung" of "Jaksa
        Agung"), stands inside a name: the NER reads words i to j + 1 as one person, and word
        j + 1 is a name word on the same line ("Rizki *Agung* Prakoso"); or, where the NER reads
        no person there, two name words come before it and a personal name of the gazetteer
        after it ("Chiko Radityatama *Agung* Putra")."""
        words = self.words
        return (
            j + 1 < len(words)
            and words[j].is_capitalized
            and words[j].lower not in rank_words()
            and words[j].lower not in _CALENDAR
            and not is_common(words[j].text)
            and self.spaced(j, j + 1)
            and words[j + 1].is_capitalized
            and words[j + 1].lower not in name_stopwords()
            and _name_word(words[j + 1].text)
            and (
                self.ner_label(i) == "PER"
                and self.ner_entity(i) == self.ner_entity(j + 1)
                or self.ner_label(i) is None
                and j - i >= 2
                and words[j + 1].lower in person_name_words()
            )
        )

    # -- evidence from the rest of the article -----------------------------------------------
    def ner_label(self, i: int) -> str | None:
        """The statistical NER's label of the entity covering word i (None outside one)."""
        if not hasattr(self, "_ner_labels"):
            self._ner_labels: dict[int, str] = {}
            self._ner_entities: dict[int, int] = {}
            for n, ent in enumerate(self.doc.ents):
                for k in range(self.index_at(ent.start_char), len(self.words)):
                    if self.words[k].start >= ent.end_char:
                        break
                    self._ner_labels[k] = ent.label_
                    self._ner_entities[k] = n
        return self._ner_labels.get(i)

    def ner_spans(self) -> list[tuple[int, int]]:
        """Character ranges of the statistical NER's entities, read once per Doc (spaCy builds
        ``doc.ents`` anew on each access; no rule component sets entities)."""
        if not hasattr(self, "_ner_spans"):
            self._ner_spans: list[tuple[int, int]] = [
                (ent.start_char, ent.end_char) for ent in self.doc.ents
            ]
        return self._ner_spans

    def ner_entity(self, i: int) -> int | None:
        """The number of the NER entity covering word i (None outside one)."""
        self.ner_label(i)
        return self._ner_entities.get(i)

    def initials_of_name(self, i: int) -> bool:
        """Word i is a group of initials opening a name ("*ST* Burhanuddin", "*IGN* Jaya
        Negara"): two or three capitals the NER reads as the start of a person, and no
        organisation the lexicon knows."""
        w = self.words[i]
        if (
            not (2 <= len(w.text) <= 3 and w.text.isalpha() and w.text.isupper())
            or i + 1 >= len(self.words)
            or not self.words[i + 1].is_capitalized
        ):
            return False
        from nlp.lexicon import org_lexicon

        if (
            org_lexicon().resolve(w.text) is not None
            or match_place([w.text])
            or w.lower in name_stopwords()
        ):  # "RS Dustira": a hospital
            return False
        if self.ner_label(i) == "PER" and self.ner_label(i + 1) == "PER":
            return True
        # else: a personal name follows (a first name the gazetteer knows, or a name the
        # article writes elsewhere without the capitals: "IGN Jaya Negara", then "Jaya
        # Negara"), and the capitals never stand without it (an organisation's acronym is
        # repeated on its own)
        following = self.words[i + 1].text
        return (
            following.lower() in person_name_words()
            or i not in self.org_of_word
            and self.occurs_without(i + 1, w.lower)
        ) and all(
            k + 1 < len(self.words) and self.words[k + 1].text == following
            for k in self._positions(w.lower)
            if self.words[k].text == w.text
        )

    def read_as_person(self, i: int) -> bool:
        """The statistical NER reads word i's text as (part of) a person somewhere in the doc."""
        if not hasattr(self, "_person_words"):
            self._person_words = {
                w
                for ent in self.doc.ents
                if ent.label_ in ("PER", "PERSON")
                for w in ent.text.split()
            }
        return self.words[i].text in self._person_words

    def positions(self, lower: str) -> list[int]:
        """Indexes of the words whose lower-cased text is ``lower``."""
        return self._positions(lower)

    def _positions(self, lower: str) -> list[int]:
        if not hasattr(self, "_by_word"):
            self._by_word: dict[str, list[int]] = {}
            for k, w in enumerate(self.words):
                self._by_word.setdefault(w.lower, []).append(k)
        return self._by_word.get(lower, [])

    def stands_alone(self, i: int) -> bool:
        """Word i's text appears elsewhere with no capitalised word after it ("anggota
        *Gerindra* yang ..."), so it is a name of its own there."""
        text = self.words[i].text
        for k in self._positions(self.words[i].lower):
            if k == i or self.words[k].text != text:
                continue
            if (
                k + 1 >= len(self.words)
                or not self.spaced(k, k + 1)
                or not self.words[k + 1].is_capitalized
            ):
                return True
        return False

    def used_as_place(self, i: int) -> bool:
        """Word i's text appears elsewhere where only a place stands: after "di", "ke",
        "dari", "warga", "Kota", "Pemkot" ... ("warga *Solo*", "DPRD *Solo*")."""
        text = self.words[i].text
        for k in self._positions(self.words[i].lower):
            if (
                k != i
                and k > 0
                and self.words[k].text == text
                and self.words[k - 1].lower in _PLACE_CUES
                and self.spaced(k - 1, k)
            ):
                return True
        return False

    def occurs_without(self, i: int, lead: str) -> bool:
        """Word i appears elsewhere without the word ``lead`` before it ("Respati
        mengatakan" after "Wali Kota Solo Respati Ardi")."""
        text = self.words[i].text
        for k in self._positions(self.words[i].lower):
            if k == i or self.words[k].text != text:
                continue
            if k == 0 or self.words[k - 1].lower != lead:
                return True
        return False

    def text_of(self, i: int, j: int) -> str:
        return " ".join(w.text for w in self.words[i:j])


_ABSTRACT_NOUN = re.compile(r"(?:Ke|Pe|Per|Pen|Pem|Peng|Peny)[a-z]{3,}an")


def is_abstract_noun(text: str) -> bool:
    """A noun of the ke-an or pe(N)-an confix ("Kehutanan", "Pembangunan", "Kewilayahan"):
    the name of a field, never a personal name."""
    return (
        len(text) >= 9
        and bool(_ABSTRACT_NOUN.fullmatch(text))
        and text.lower() not in person_name_words()
    )


def _name_word(text: str) -> bool:
    """Letters with an inner hyphen or apostrophe: "Al-Fatih", "Ma'ruf"; no digits."""
    core = text.replace("-", "").replace("'", "").replace("’", "")
    return core.isalpha()
