"""Small pieces of the grammar of Indonesian titles, shared by the role readers.

* ``ordinal_words``: an ordinal inside a title ("Presiden *ke-7* Joko Widodo", "Presiden RI
  *ke-8* Prabowo Subianto") belongs to the role; the name starts after it.
* ``filler_words``: "lainnya" closes a title without being part of it ("anggota Komisi II DPR
  *lainnya*, Deddy Yevri Sitorus": another member), and so does the time of the office
  ("Presiden RI *kala itu*, Joko Widodo"); the name follows.
(A numbered or dashed line, "4. Ketum Golkar Bahlil Lahadalia", is body text, not a Title Case
headline: ``nlp.names.list_item_line``, applied to every reader through ``DocWords.headlines``.)
* ``coordinated_fields``: a title's field may be a list ("Direktur Penyuluhan*, Pelayanan, dan
  Hubungan Masyarakat* Ditjen Pajak X", "Wakil Ketua Umum Bidang Keuangan*, Investasi,
  Sponsorship & Pengembangan Bisnis* Asphirasi X"); the commas do not end the title.
* ``headline_speaker_title``: a detik headline "TITLE: quote" ("Gubernur Jateng: Kalau Kita
  Kuat ...", "Peringati Harhubnas, Bupati Gresik: ...") quotes the title's holder, who the body
  names without the title.
* ``holder_insert``: words between a title (with its body) and its holder's name that
  describe the holder, not the office: "baru" before the body ("Gubernur *baru* The Fed,
  Christopher Waller": Gubernur, The Fed) and a relative clause closed by a comma ("Wakil Ketua
  Umum ... (MUI) *yang juga tokoh NU*, KH Marsudi Syuhud"). Neither is part of the role.
* ``without_short_forms``: a title's short form written in brackets inside it
  ("Sekretaris Daerah *(Sekda)* Kabupaten Cirebon") is no part of the role's text.
* ``unit_of_title``: a unit head's title with its place ("Kapolres Tasikmalaya Kota", "Dandim
  0830/Surabaya") names the unit: role "Kapolres", organisation "Polres Tasikmalaya Kota".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

if TYPE_CHECKING:
    from spacy.tokens import Span

from nlp.lexicon import (
    alternation,
    former_words,
    kin_words,
    load_yaml,
    occupations,
    org_heads,
    roles,
    standing_words,
)
from nlp.names import name_titles
from nlp.textutil import Word, is_roman_numeral, roman_value

_ORDINAL = re.compile(r"(?i)ke-?\d{1,3}|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)")
_COUNTRY = frozenset({"RI"})
_FILLERS = frozenset({"lainnya", "lain"})
_THEN = frozenset({"kala", "saat", "ketika", "waktu"})  # "... itu": at the time
# "(Sekda)", "(Plt.)", "(Wagub)": one or two words, opening with a capital letter.
_SHORT_FORM = re.compile(r"\s*\((?:[A-Z][\w.&-]*)(?:\s[A-Z][\w.&-]*)?\)(?=\s|$)")


def _spaced(text: str, a: Word, b: Word) -> bool:
    """Only spaces between two words (no comma, bracket or sentence end)."""
    return not text[a.end : b.start].strip()


def ordinal_words(text: str, words: Sequence[Word], pos: int) -> int:
    """How many words at ``pos`` give an ordinal of the office: "ke-7", "ke-7 RI", "RI ke-7"
    (0 when none). The ordinal must be followed by a capitalised word, the name."""
    k = pos
    if k < len(words) and words[k].text in _COUNTRY:
        k += 1
    if not (k < len(words) and _ORDINAL.fullmatch(words[k].text)):
        return 0
    if k > pos and not _spaced(text, words[pos], words[k]):
        return 0
    k += 1
    if k < len(words) and words[k].text in _COUNTRY and _spaced(text, words[k - 1], words[k]):
        k += 1
    # "Presiden ke-7 RI*,* Joko Widodo": a comma may stand before the name
    if (
        k >= len(words)
        or not words[k].is_capitalized
        or text[words[k - 1].end : words[k].start].strip() not in ("", ",")
    ):
        return 0
    return k - pos


def filler_words(text: str, words: Sequence[Word], pos: int) -> int:
    """How many words at ``pos`` close a title before ", NAME" without being part of it:
    "lainnya", or the time of the office ("Presiden RI *kala itu*, Joko Widodo")."""
    n = 0
    if pos < len(words) and words[pos].lower in _FILLERS:
        n = 1
    elif (
        pos + 1 < len(words)
        and words[pos].lower in _THEN
        and words[pos + 1].lower == "itu"
        and _spaced(text, words[pos], words[pos + 1])
    ):
        n = 2
    end = pos + n
    if not n or end >= len(words):
        return 0
    gap = text[words[end - 1].end : words[end].start].strip()
    return n if gap == "," and words[end].is_capitalized else 0


@dataclass(frozen=True)
class _HolderWords:
    adjectives: frozenset[str]
    copulas: frozenset[str]
    new_verbs: frozenset[str]
    passive_prefixes: tuple[str, ...]
    refusals: frozenset[str]
    former: frozenset[str]
    people_nouns: frozenset[str]
    kin: frozenset[str]


@lru_cache(maxsize=1)
def _holder_words() -> _HolderWords:
    data = load_yaml("roles.yaml")

    def lower(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    kin = kin_words()
    return _HolderWords(
        adjectives=lower("holder_adjectives"),
        copulas=lower("holder_clause_copulas"),
        new_verbs=lower("holder_clause_new_verbs"),
        passive_prefixes=tuple(w.lower() for w in data["holder_clause_passive_prefixes"]),
        refusals=lower("holder_clause_refusals"),
        former=lower("holder_clause_former") | frozenset(former_words()),
        people_nouns=occupations() | kin | standing_words(),
        kin=kin,
    )


# A relative clause between a title and its holder's name: at most this many words after "yang".
# Counted on the 428 even-half articles (limit lifted to 12, clauses after a title or occupation
# that pass the word checks): 5 clauses, of 3 (386 "dampingi Khariq Anhar", 438 "juga tokoh NU":
# the two that fire), 4 (62, 840) and 10 words (926, a clause on students); the invented
# positives have at most 4 ("juga dokter spesialis anak"). Five leaves one word of room.
_CLAUSE_WORDS = 5


def holder_adjective(text: str, words: Sequence[Word], pos: int) -> bool:
    """Word ``pos`` is an adjective of the holder written between a title and its body ("Gubernur
    *baru* The Fed"), spaced on both sides and followed by a capitalised word (roles.yaml
    ``holder_adjectives``)."""
    return (
        0 < pos < len(words) - 1
        and words[pos].lower in _holder_words().adjectives
        and _spaced(text, words[pos - 1], words[pos])
        and _spaced(text, words[pos], words[pos + 1])
        and words[pos + 1].is_capitalized
    )


def holder_clause_copular(words: Sequence[Word], pos: int, end: int) -> bool:
    """The "yang" clause at word ``pos`` (its comma before word ``end``) says what its subject,
    the holder, is: it opens with a copula ("yang *juga* tokoh NU", "yang *merupakan* ...") or
    is "baru" alone or before a word of taking office ("yang *baru*", "yang *baru dilantik*
    kemarin"; roles.yaml ``holder_clause_copulas``, ``holder_clause_new_verbs``)."""
    held = _holder_words()
    clause = [w.lower for w in words[pos + 1 : end]]
    if not clause:
        return False
    if clause[0] in held.copulas:
        return True
    return clause[0] == "baru" and (len(clause) == 1 or clause[1] in held.new_verbs)


def holder_insert(text: str, words: Sequence[Word], pos: int) -> int:
    """How many words at ``pos`` form a relative clause describing a title's holder before the
    name, up to (not including) the comma that closes it: "(MUI) *yang juga tokoh NU*, KH
    Marsudi", "Pengacara LBH Pekanbaru *yang dampingi Khariq Anhar*, Wilton" (0 when none).
    The clause opens with "yang", runs over spaced words only (no sentence end, bracket or
    quote) and holds at most ``_CLAUSE_WORDS`` words after "yang". It is copular
    (``holder_clause_copular``) or ends in a capitalised word and holds no person noun (an
    occupation, a kin or standing word: the name after the comma may be that person's). Refused:
    a word of roles.yaml ``holder_clause_refusals`` (an office still to come, or held, represented
    or accompanied by another: "yang *akan* dilantik", "*dijabat*", "*bersama*", "*oleh*"), a
    former holder's word (``holder_clause_former``, ``former_words``), a passive verb ("yang
    *diwakili* Sekda", ``holder_clause_passive_prefixes``) unless it is the office taken after
    "baru" ("yang baru *dilantik*"), a kin word with "-nya" ("istri*nya*"). A capitalised word,
    or a name's title before one ("dr Budi"), must follow the comma; the caller checks the
    clause's titles and that a name opens there (people.py ``_holder_clause``)."""
    held = _holder_words()
    if not (
        0 < pos < len(words)
        and words[pos].lower == "yang"
        # "Majelis Ulama Indonesia *(MUI)* yang": the body's bracketed short form before it
        and text[words[pos - 1].end : words[pos].start].strip() in ("", ")")
    ):
        return 0
    k = pos + 1
    end = 0
    while k < len(words) and k - pos <= _CLAUSE_WORDS + 1:
        gap = text[words[k - 1].end : words[k].start]
        if gap.strip() == "," and "\n" not in gap:
            end = k
            break
        if gap.strip() or not words[k].text[:1].isalnum():
            return 0
        k += 1
    if end - pos < 2:
        return 0
    after = words[end]
    if not (
        after.is_capitalized
        # a name's title before it: "*dr* Budi Santoso" (cues.yaml name_titles)
        or after.lower.rstrip(".") in name_titles()
        and end + 1 < len(words)
        and words[end + 1].is_capitalized
    ):
        return 0
    clause = words[pos + 1 : end]
    copular = holder_clause_copular(words, pos, end)
    for n, word in enumerate(clause):
        lower = word.lower
        if lower in held.refusals or lower in held.former:
            return 0
        if lower.endswith("nya") and lower[:-3] in held.kin:
            return 0  # "yang didampingi *istrinya*, Atalia": the wife's name
        passive = (
            len(lower) >= 5
            and word.text.islower()
            and lower.startswith(held.passive_prefixes)
            and not (copular and n == 1 and lower in held.new_verbs)
        )
        if passive or not copular and lower in held.people_nouns:
            return 0
    if not copular and not clause[-1].is_capitalized:
        return 0
    return end - pos


def without_short_forms(role: str) -> str:
    """The role without a bracketed short form inside it: "Sekretaris Daerah (Sekda)
    Kabupaten Cirebon" -> "Sekretaris Daerah Kabupaten Cirebon"."""
    return " ".join(_SHORT_FORM.sub("", role).split()) or role


PAIR_JOINERS = frozenset({"dan", "serta"})
# Where the clause holding a pair of titles opens.
_CLAUSE_OPEN = re.compile(r"[;:\n]|\.\s|,\s(?=[a-z])")


def _title_word(word: str) -> bool:
    """A word of a title written with its place or body: capitalised ("Wakil", "Bangkalan"),
    a number ("1"), or a bracketed short form ("(Sekda)")."""
    word = word.lstrip("(")
    return word[:1].isupper() or word[:1].isdigit()


def paired_titles(
    doc_text: str, first: tuple[int, int], title_re: re.Pattern
) -> tuple[str, str] | None:
    """ "Bupati dan Wakil Bupati Bangkalan, *Lukman Hakim* dan Moch Fauzan Ja'far": two titles
    joined by "dan" right before two names joined by "dan" go to them in order. ``first``: the
    character span of the first name. Returns (first title, second title) as written, the
    second with its organisation or place, or None."""
    start = first[0]
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(doc_text, max(0, start - 200), start)]
    clause = doc_text[opens[-1] if opens else max(0, start - 200) : start]
    words = clause.rstrip().rstrip(",").split()
    joins = [k for k, w in enumerate(words) if w.lower() in PAIR_JOINERS]
    if not joins:
        return None
    d = joins[-1]
    # The second title stands right before the first name: its words are a title with its
    # place or body, all capitalised. A verb or common word between ("Menteri Pertahanan
    # *membahas pertemuan* Presiden Prabowo-Xi Jinping", "... *menyaksikan debat* Gubernur
    # Anies-Ahok") makes the titles another sentence part's, the names a meeting's or a
    # match's pair (session 45).
    if not all(_title_word(w) for w in words[d + 1 :]):
        return None
    second = " ".join(words[d + 1 :])
    if not second or not title_re.match(second):
        return None
    # The first title: the longest run of words before "dan" that opens with a title.
    for k in range(max(0, d - 4), d):
        candidate = words[k:d]
        if all(_title_word(w) for w in candidate) and title_re.match(" ".join(candidate)):
            return " ".join(candidate), second
    return None


def first_title_with_place(first_title: str, second_role: str) -> str:
    """The first title completed by the place the second one's role ends with: "Bupati" beside
    "Wakil Bupati Bangkalan" -> "Bupati Bangkalan"; "Wakil Ketua 1" beside "Ketua" stays."""
    head = first_title.split()[-1]
    role_words = second_role.split()
    if head in role_words:
        tail = role_words[role_words.index(head) + 1 :]
        return " ".join([first_title, *tail])
    return first_title


_CLOSERS = frozenset({"dan", "serta"})
# Words of one field of a list ("Hubungan Masyarakat"): at most this many.
_FIELD_WORDS = 4


def coordinated_fields(
    text: str,
    words: Sequence[Word],
    pos: int,
    common: Callable[[int], bool],
    stop: Callable[[int], bool],
) -> int:
    """How many words from ``pos`` continue a title's field as a list of fields: ", B, dan C",
    ", B dan C", ", B & C" (0 when none). The list must cross a comma and be closed by
    "dan"/"serta"/"&"; its words are capitalised common words (``common``) but one, which only
    must not be ``stop`` (a name, an organisation, a title): "Eksekusi, dan *Eksaminasi*"
    ("Direktur Keuangan, Hartono, dan Direktur Umum X" is a list of people).
    Only the first word of the last field is counted: the caller reads on from there."""

    def gap(k: int) -> str:
        return text[words[k - 1].end : words[k].start]

    k, commas, odd, fields = pos, 0, 0, 0
    while k < len(words):
        between = gap(k)
        if "\n" in between:
            return 0
        sep = between.strip()
        closing = sep == "&"
        if sep == ",":
            commas += 1
        elif not closing:
            return 0
        if not closing and words[k].lower in _CLOSERS:
            closing = True
            k += 1
            if k >= len(words) or gap(k).strip():
                return 0
        # one field: capitalised words, spaced
        first = k
        while k < len(words) and k - first < _FIELD_WORDS and (k == first or not gap(k).strip()):
            if not words[k].is_capitalized or stop(k):
                break
            if not common(k):
                odd += 1
            k += 1
            if closing:
                break
        if k == first or odd > 1:
            return 0
        if closing:
            # "A, B, dan C": a field between the comma and "dan" ("Keuangan, serta X" is a
            # list of people)
            return k - pos if commas and fields else 0
        fields += 1
        # "B dan C": the field list closes with a spaced "dan"
        if k < len(words) and words[k].lower in _CLOSERS and not gap(k).strip():
            k += 1
            if (
                k < len(words)
                and not gap(k).strip()
                and words[k].is_capitalized
                and not stop(k)
                and (common(k) or odd == 0)
            ):
                return k + 1 - pos
            return 0
    return 0


def headline_speaker_title(
    text: str,
    words: Sequence[Word],
    first: int,
    head_end: int,
    pos: int,
    body_or_place: Callable[[int], bool],
) -> bool:
    """Words ``first``..``pos`` of the headline are a title then a colon, opening the headline
    or its clause after a comma. After the title's head only an organisation, a place, an
    acronym, "RI" or a number may stand (``body_or_place`` says which words are a body or a
    place): "Waka MPR:", "Menteri LH:", "Ketua Komisi X:"; "Legislator Kritik KPU:" (a verb)
    and "Pakar Kebijakan Publik:" (a field) are not taken."""
    line_start = text.rfind("\n", 0, words[first].start) + 1
    before = text[line_start : words[first].start].rstrip()
    if before and not before.endswith(","):
        return False
    if not text[words[pos - 1].end : words[pos - 1].end + 2].lstrip(" ").startswith(":"):
        return False
    return all(
        body_or_place(k)
        or words[k].text == "RI"
        or is_roman_numeral(words[k].text)
        or words[k].text.isdigit()
        for k in range(head_end, pos)
    )


@lru_cache(maxsize=1)
def unit_titles() -> tuple[dict[str, str], dict[str, str]]:
    """Titles of a unit's head and the unit they name, lower-cased: (the regional units'
    ("kapolres": "Polres"), the national units' ("kapolri": "Polri"), which name no place)."""
    data = load_yaml("roles.yaml")

    def lowered(key: str) -> dict[str, str]:
        return {k.lower(): v for k, v in (data.get(key) or {}).items()}

    return lowered("unit_titles"), lowered("national_unit_titles")


def unit_of_title(role: str) -> tuple[str, str] | None:
    """(title, unit) for a unit head's title followed by the unit's place or number
    ("Kapolres Tasikmalaya Kota" -> ("Kapolres", "Polres Tasikmalaya Kota"), "Dandim
    0830/Surabaya" -> ("Dandim", "Kodim 0830/Surabaya")); None for any other role."""
    head, _, place = role.partition(" ")
    unit = unit_titles()[0].get(head.lower())
    if unit is None or not (place[:1].isupper() or place[:1].isdigit()):
        return None
    return head, f"{unit} {place}"


def national_unit_of_title(role: str) -> str | None:
    """The national body a title names by its subject alone, wherever the title stands
    ("ST Burhanuddin, Jaksa Agung," and "X selaku Sekretaris Kabinet" as "Jaksa Agung ST
    Burhanuddin"): `national_unit_titles` of roles.yaml, the role being the title and nothing
    else but `prefixes` and former words before it ("Plt", "mantan"). A title with words after
    it is none ("Jaksa Agung Spanyol", "Sekretaris Kabinet Jepang": a foreign state's)."""
    text = _title_prefixes().sub("", " ".join(role.split()).lower())
    return unit_titles()[1].get(text)


@lru_cache(maxsize=1)
def _title_body_kinds() -> tuple[
    tuple[str, tuple[str, ...], frozenset[str], bool, bool, bool], ...
]:
    """(title, id prefixes, kinds, bare only, portfolio passes, current holders only) of
    `title_body_kinds` in roles.yaml, longest title first."""
    out = []
    for entry in (load_yaml("roles.yaml").get("title_body_kinds") or {}).values():
        ids, kinds = tuple(entry.get("ids") or ()), frozenset(entry.get("kinds") or ())
        bare, portfolio = bool(entry.get("bare")), bool(entry.get("portfolio"))
        current = bool(entry.get("current"))
        out += [(t.lower(), ids, kinds, bare, portfolio, current) for t in entry["titles"]]
    return tuple(sorted(out, key=lambda e: -len(e[0])))


@lru_cache(maxsize=1)
def _title_prefixes() -> re.Pattern[str]:
    """roles.yaml `prefixes` written before a title ("Plt", "Pelaksana Tugas", "Penjabat",
    "Mantan"), one or more."""
    return re.compile(rf"^(?:{alternation(roles().prefixes)}\s+)+", re.IGNORECASE)


def body_of_title_kind(
    role: str, orgs: dict[str, dict], venues: frozenset[str] = frozenset()
) -> str | None:
    """The id of the one body of the kind a title serves that the article names ("Ketua
    Majelis Hakim X" and "Pengadilan Negeri Denpasar"; "Kepala Dinas Kesehatan X" and
    "Dinas Kesehatan Kota Semarang"), None when the article names none or several. Words after
    the title ("Kepala Dinas *Kesehatan*") must stand in the body's name, except, for a kind
    marked `portfolio`, a portfolio ("Wakil Rektor *Bidang Akademik*"). Where the article
    names several, the one the title's sentence names as its place (``venues``: "tanya Ketua
    Majelis Hakim X di Ruang Sidang Utama Pengadilan Tipikor Medan" in an article that also
    names the PN Medan), when it names exactly one. A kind marked `bare` only for the title
    alone ("Ketua Majelis X" of a DKPP hearing; "Ketua Majelis Ulama" is another body's); a
    kind marked `current` (or `bare`) for no former holder ("mantan Kasat Narkoba")."""
    text = _title_prefixes().sub("", role.lower())
    for title, ids, kinds, bare, portfolio, current in _title_body_kinds():
        if text != title and not text.startswith(title + " "):
            continue
        rest = text[len(title) :].split()
        # the former words are `prefixes` too, stripped from ``text``: read them on ``role``
        former = role.lower().split(maxsplit=1)[0] in former_words()
        if bare and rest or (bare or current) and former:
            return None  # a former holder's body is not the one the article names
        if portfolio and rest[:1] == ["bidang"]:
            rest = []
        found = [
            k
            for k, o in orgs.items()
            if (k.startswith(ids) or (kinds and o.get("kind") in kinds))
            and all(w in o["name"].lower().split() for w in rest)
        ]
        if len(found) > 1:
            found = [k for k in found if k in venues]
        return found[0] if len(found) == 1 else None
    return None


@dataclass(frozen=True)
class _TitleBodies:
    """`title_bodies` of org_heads.yaml: the bodies a title may write inside itself."""

    kinds: frozenset[str]  # kinds of organisation head ("Ketua *Serikat Pekerja* X")
    heads: frozenset[str]  # heads of no such kind that open one too ("Yayasan", "Partai")
    group_heads: frozenset[str]  # a named group ("Ketua *Kelompok* Tani Fa Masa")


@lru_cache(maxsize=1)
def _title_bodies() -> _TitleBodies:
    data = load_yaml("org_heads.yaml")["title_bodies"]
    return _TitleBodies(
        frozenset(data["kinds"]),
        frozenset(h.lower() for h in data["heads"]),
        frozenset(h.lower() for h in data["group_heads"]),
    )


# An English article opening a body's own name: no Indonesian title goes on through it
# ("Manajer Riset dan Pengetahuan *The Prakarsa*", "Direktur Eksekutif *The Habibie Center*")
_ENGLISH_ARTICLE = "The"


@lru_cache(maxsize=1)
def _whole_title_ends() -> frozenset[str]:
    """Role heads and organ words (lower case): a title's words before a body end in one."""
    data = load_yaml("roles.yaml")
    return frozenset(w.lower() for w in (*data["heads"], *data["organ_words"]))


def _whole_title(words: list[str]) -> bool:
    """The words end in a role head or an organ word ("Ketua Umum", "Ketua Dewan Pengurus"), so
    they are a whole title: "Kepala Staf" (of "Kepala Staf Gabungan") and "Konsul Jenderal
    Amerika" (of "... Amerika Serikat") are not."""
    ends = _whole_title_ends()
    return any(" ".join(words[j:]).lower() in ends for j in range(len(words)))


def _body_head_size(words: list[str], k: int) -> int | None:
    """How many words from word ``k`` of a title are the head of a body the title writes inside
    itself (`_TitleBodies`; the longest of 3, 2, 1), or None."""
    bodies, heads = _title_bodies(), org_heads()
    if words[k].lower() in bodies.group_heads and words[k][:1].isupper():
        return 1
    for n in (3, 2, 1):
        head = " ".join(words[k : k + n])
        if k + n < len(words) and head in heads.written:
            if heads.kind_of[head.lower()] in bodies.kinds or head.lower() in bodies.heads:
                return n
    return None


def body_in_title(role: str) -> tuple[str, str] | None:
    """(role, organisation) of a title whose words after the office open a body with a proper
    name after the body's head: "Ketua Serikat Pekerja Taru Martani" is the Ketua of the Serikat
    Pekerja Taru Martani, as the conventions keep the body out of the role. The words before
    the body's head must be a whole title (a compound such as "Kepala Staf Gabungan TNI" or
    "Tokoh Masyarakat" is not split). A head that needs an acronym ("Forum", "Fakultas") needs
    one in the name ("Forum HRD Serang Barat"); a lower-case word after the head ends it
    ("Ketua Partai yang ..." is no body). A named group opens a body too ("Ketua *Kelompok
    Tani Fa Masa*"), and so does an English article, after any title ("Manajer Riset dan
    Pengetahuan *The Prakarsa*": no Indonesian title goes on through "The")."""
    heads = org_heads()
    words = role.split()
    for k in range(1, len(words) - 1):
        if words[k] == _ENGLISH_ARTICLE and words[k + 1][:1].isupper():
            # "The X": the title ends before it, whole or not (session 54, second round)
            if not all(w[:1].isupper() or w[:1].isdigit() for w in words[k + 1 :]):
                return None
            return " ".join(words[:k]), " ".join(words[k:])
        size = _body_head_size(words, k)
        if size is None:
            continue
        if not _whole_title(words[:k]):
            return None
        head, rest = " ".join(words[k : k + size]).lower(), words[k + size :]
        if not all(w[:1].isupper() or w[:1].isdigit() for w in rest):
            return None
        if head in heads.acronym_only and not any(w.isupper() and len(w) > 1 for w in rest):
            return None
        # "Ketua Kelompok 3", "Kelompok A": a numbered or lettered group names no body
        if head in _title_bodies().group_heads and len(rest) == 1:
            if len(rest[0]) == 1 or rest[0].isdigit():
                return None
        return " ".join(words[:k]), " ".join(words[k:])
    return None


def org_names(org: dict) -> tuple[str, ...]:
    """Every name an extracted body is written by: its name, its short form and its other
    names, the empty ones left out."""
    return tuple(n for n in (org["name"], org.get("acronym"), *(org.get("aliases") or ())) if n)


def org_mention_starts(org_spans: Iterable[Span]) -> list[tuple[str, int]]:
    """(key, start) of every organisation mention (``doc.spans["organizations"]``)."""
    return [(s.kb_id_, s.start_char) for s in org_spans]


@dataclass(frozen=True)
class _AssemblyUnits:
    title: re.Pattern[str]  # a head over an organ, nothing else ("Wakil Ketua Komisi I")
    unit: re.Pattern[str]  # the organ's name alone ("Banggar", "Komisi II")
    houses: tuple[str, ...]  # how a house's name opens ("DPRD", "DPR")
    meetings: re.Pattern[str]  # another body's assembly with commissions ("Muktamar NU")
    destination: re.Pattern[str]  # "ke (gedung) " right before a name: a place gone to


@lru_cache(maxsize=1)
def _assembly_units() -> _AssemblyUnits:
    """`assembly_units` in roles.yaml, compiled."""
    data = load_yaml("roles.yaml")["assembly_units"]
    numbered = rf"(?:{alternation(data['numbered'])})\s+(?:[IVX]+|[A-E])"
    unit = rf"(?:{alternation(data['units'])}|{numbered})"
    head = rf"(?i:{alternation(data['heads'])})"
    places = rf"(?:(?:{alternation(data['destination_places'])})\s+)?"
    return _AssemblyUnits(
        title=re.compile(rf"{head}\s+(?P<unit>{unit})"),
        unit=re.compile(unit),
        houses=tuple(data["houses"]),
        meetings=re.compile(rf"\b(?:{alternation(data['other_meetings'])})\b", re.IGNORECASE),
        destination=re.compile(
            rf"\b(?:{alternation(data['destination_words'])})\s+{places}$", re.IGNORECASE
        ),
    )


def assembly_unit_of_title(role: str) -> str | None:
    """The organ of a legislature a title serves, the title being nothing but a head and the
    organ ("Wakil Ketua Komisi I", "Anggota Banggar"; prefixes and former words before it
    passed over): "Komisi I", "Banggar". None for any other title ("Ketua Komisi Yudisial",
    "Anggota Komisi I DPRD Solo", which writes its house)."""
    text = _title_prefixes().sub("", " ".join(role.split()))
    found = _assembly_units().title.fullmatch(text)
    return found.group("unit") if found else None


def assembly_unit_body(name: str) -> bool:
    """An organisation's name is a legislature's organ alone ("Banggar", "Badan Anggaran",
    "Komisi II"), no house written with it."""
    return _assembly_units().unit.fullmatch(" ".join(name.split())) is not None


def assembly_house(name: str) -> bool:
    """A name opens with a house of a legislature ("DPRD Solo", "DPR RI", "DPR")."""
    return any(name == h or name.startswith(h + " ") for h in _assembly_units().houses)


def _national_house(names: Sequence[str]) -> bool:
    """The names are the DPR's ("DPR", "DPR RI", "Dewan Perwakilan Rakyat"), not a DPRD's."""
    return any(
        n.split()[0] == "DPR"
        or (n.startswith("Dewan Perwakilan Rakyat") and "Daerah" not in n.split()[3:4])
        for n in names
    )


def _dpr_only_unit(unit: str) -> bool:
    """A commission numbered above V ("Komisi IX"): a DPRD has five at most, only the DPR
    has Komisi VI to XIII."""
    return roman_value(unit.split()[-1]) > 5


def _title_window(text: str, at: int) -> tuple[int, int]:
    """The title's sentence and what comes before it in its paragraph and the paragraph
    before: from the start of the paragraph before the title's to the end of its sentence."""
    para = text.rfind("\n", 0, at)
    start = text.rfind("\n", 0, para) + 1 if para > 0 else 0
    ends = [i for i in (text.find("\n", at), _sentence_end(text, at)) if i >= 0]
    return start, min(ends, default=len(text))


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def _sentence_end(text: str, at: int) -> int:
    found = _SENTENCE_STOP.search(text, at)
    return found.end() if found else -1


def _named_not_as_destination(
    names: Sequence[str], starts: Sequence[int], text: str, start: int, end: int
) -> bool:
    """The body is written between start and end (one of its names, or a mention found at one
    of ``starts``) other than as a place gone to ("berkunjung ke DPRD Jatim", "mengadu ke
    kantor DPRD Boyolali" do not count; "berdemo di depan DPRD Sulsel" does)."""
    found = [
        start + f.start()
        for name in names
        for f in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[start:end])
    ]
    destination = _assembly_units().destination
    return any(
        not destination.search(text[max(0, i - 40) : i])
        for i in (*found, *starts)
        if start <= i < end
    )


def house_of_assembly_unit(
    orgs: dict[str, dict],
    role: str,
    text: str = "",
    at: int | None = None,
    mentions: Sequence[tuple[str, int]] = (),
) -> str | None:
    """The key of the one house of a legislature the article names ("DPRD Solo", "DPR RI"),
    whose organ a title serves when the title writes none ("Wakil Ketua Komisi I", "Anggota
    Banggar"); None when it names none or several (a DPRD and the DPR: the organ may be
    either's). Given the article's ``text`` and where the title stands (``at``), the house
    must be named, other than as a place gone to ("kunjungan kerja ke DPRD Jatim"), in the
    title's sentence, its paragraph before it or the paragraph before (by one of its names or
    at one of its ``mentions``, (key, start) of the article's organisations). None for a former
    holder ("mantan Ketua Komisi A": the house named is where things stand now), for a DPRD
    when the commission is numbered above V ("Komisi IX" is the DPR's), and in an article
    naming another body's assembly with commissions (a congress, a muktamar, a synod:
    `other_meetings`)."""
    first = role.lower().split()[:1]
    if first and first[0] in former_words():
        return None  # as body_of_title_kind: the house named is where things stand now
    units = _assembly_units()
    if text and units.meetings.search(text):
        return None
    houses = []
    for key, org in orgs.items():
        names = org_names(org)
        if any(assembly_house(n) for n in names) and not any(assembly_unit_body(n) for n in names):
            houses.append(key)
    if len(houses) != 1:
        return None
    names = org_names(orgs[houses[0]])
    unit = assembly_unit_of_title(role)
    if unit and _dpr_only_unit(unit) and not _national_house(names):
        return None
    starts = [i for key, i in mentions if key == houses[0]]
    if (
        text
        and at is not None
        and not _named_not_as_destination(names, starts, text, *_title_window(text, at))
    ):
        return None
    return houses[0]
