"""Indonesian text analysis for the keyword index: the same steps on documents and queries.

normalise (NFKC, lower case, diacritics kept out) -> tokens of letters/digits -> drop function
words -> Snowball Indonesian stem (PyStemmer). Stop words are removed *before* stemming: the
stemmer maps "peserta" to "serta", which is also a conjunction.

The index stores stemmed tokens only; raw text is kept elsewhere for display, and highlighting
maps stems back onto the raw text with ``token_spans``.
"""

from __future__ import annotations

import html
import re
import threading
from functools import lru_cache
from typing import Iterable, Iterator, Optional

import Stemmer

from nlp.words import WORD as _TOKEN
from nlp.words import normalise

# Function words only: content words that the larger published lists include ("dua",
# "bulan", "akhir", "jumlah", "kasus") carry meaning in news queries ("akhir Oktober").
STOP_WORDS = frozenset(
    """
ada adalah agar akan akankah aku anda antara apa apakah apabila atas atau ataupun bagaimana
bagi bahkan bahwa beberapa begitu belum berapa bila boleh bukan dalam dan dapat dari daripada
demi demikian dengan di dia ia ialah ini itu jika juga kalau kami kamu kan karena ke kenapa
kepada ketika kita lah lalu maka mana masih maupun melalui mengapa merupakan mereka meski
namun nya oleh pada padahal para pun saat saja sambil sampai sang sebagai sebelum sedang
sehingga sejak selain seperti serta si siapa sudah supaya tanpa telah tentang tersebut tetapi
untuk walau yaitu yakni yang
the a an of to in on for and or is are was were be by with at from that this it its what
which who whom how when where why do does did
""".split()
)

_ASCII_TOKEN = re.compile(r"[a-z0-9]+")  # the same tokens on lower-cased ASCII text, faster


class Analyzer:
    """Tokenise, drop stop words, stem. One instance per thread (PyStemmer is not thread-safe)."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("indonesian")
        self._stemmer.maxCacheSize = 50000

    def stem(self, token: str) -> str:
        return self._stemmer.stemWord(token)

    def terms(self, text: str) -> list[str]:
        """Stemmed index terms of a text, in order (stop words removed)."""
        pattern = _ASCII_TOKEN if text.isascii() else _TOKEN
        tokens = [t for t in pattern.findall(normalise(text)) if t not in STOP_WORDS]
        return self._stemmer.stemWords(tokens)

    def index_text(self, text: str) -> str:
        """What goes into an FTS5 column: stemmed terms joined by spaces."""
        return " ".join(self.terms(text))

    def token_spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, stem) of every non-stop token of the raw text, for highlighting.

        Offsets are into ``text`` itself: tokens are found on the raw text and normalised one
        by one (NFKC can change lengths, so normalising the whole text first would shift them).
        """
        if text.isascii():  # lower-casing ASCII keeps offsets: one pass, stems in a batch
            matches = [
                m for m in _ASCII_TOKEN.finditer(text.lower()) if m.group() not in STOP_WORDS
            ]
            stems = self._stemmer.stemWords([m.group() for m in matches])
            for match, stem in zip(matches, stems):
                yield match.start(), match.end(), stem
            return
        for match in _TOKEN.finditer(text):
            token = normalise(match.group())
            if token and token not in STOP_WORDS and _TOKEN.fullmatch(token):
                yield match.start(), match.end(), self._stemmer.stemWord(token)


_local = threading.local()


def analyzer() -> Analyzer:
    """This thread's analyzer."""
    instance = getattr(_local, "analyzer", None)
    if instance is None:
        instance = _local.analyzer = Analyzer()
    return instance


def highlight(
    text: str,
    stems: Iterable[str],
    tag: str = "mark",
    spans: Optional[Iterable[tuple[int, int, str]]] = None,
) -> str:
    """HTML-escaped ``text`` with every token whose stem is in ``stems`` wrapped in <tag>.
    ``spans``: the text's ``token_spans`` when the caller already has them."""
    wanted = set(stems)
    out, last = [], 0
    for start, end, stem in analyzer().token_spans(text) if spans is None else spans:
        if stem in wanted:
            out.append(html.escape(text[last:start]))
            out.append(f"<{tag}>{html.escape(text[start:end])}</{tag}>")
            last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


# Words typical of English and rare in Indonesian text, for choosing fusion weights.
_ENGLISH_HINTS = frozenset(
    """
the of and to in is are was were for with on at by from about what which who how when where
why does do did has have had will would should can could workers worker social security
employment insurance agreement target million billion new between signed sign year years
""".split()
)
_INDONESIAN_HINTS = frozenset(
    """
yang dan di ke dari untuk dengan pada dalam adalah ini itu tersebut akan telah sudah oleh
apa siapa berapa kapan bagaimana mengapa dimana juta miliar triliun tahun pekerja peserta
jaminan sosial ketenagakerjaan kerja sama nota kesepahaman tenaga
""".split()
)


@lru_cache(maxsize=4096)
def looks_english(query: str) -> bool:
    """A cheap guess whether a query is English (then keyword matching on Indonesian text is
    weak and semantic search should weigh more)."""
    words = re.findall(r"[a-z]+", query.lower())
    english = sum(w in _ENGLISH_HINTS for w in words)
    indonesian = sum(w in _INDONESIAN_HINTS for w in words)
    # Indonesian affixes are a strong hint too (meng-/ber-/di-...-kan, -nya).
    indonesian += sum(
        bool(re.match(r"^(meng|meny|mem|ber|ter|per|di)\w+(kan|an|i)$", w) or w.endswith("nya"))
        for w in words
        if len(w) > 5
    )
    return english > indonesian
