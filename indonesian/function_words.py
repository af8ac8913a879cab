"""The Indonesian function words a title written in Title Case keeps in lower case.

One list serves the regulation titles (indonesian/regulations.py and the crawler's title-casing),
the figures' headline test (nlp/components/figures.py) and the words never inside a personal
name (nlp/names.py).
"""

from __future__ import annotations

# Prepositions and conjunctions: what a regulation's title keeps in lower case ("Peraturan
# Menteri ... tentang Tata Cara Penyaluran Dana bagi Desa").
TITLE_FUNCTION_WORDS = frozenset(
    {
        "dan",
        "atau",
        "di",
        "ke",
        "dari",
        "bagi",
        "untuk",
        "yang",
        "pada",
        "serta",
        "tentang",
        "atas",
        "dalam",
        "terhadap",
        "sebagai",
        "oleh",
        "dengan",
    }
)

# A news headline in Title Case may keep in lower case, besides those, its other prepositions
# and conjunctions, the auxiliaries, the negation and the adverbs of aspect.
HEADLINE_FUNCTION_WORDS = TITLE_FUNCTION_WORDS | {
    # prepositions and conjunctions
    "kepada",
    "hingga",
    "sampai",
    "sejak",
    "agar",
    "karena",
    "antara",
    "melalui",
    "lewat",
    "demi",
    "buat",
    "soal",
    "terkait",
    "jelang",
    "usai",
    "saat",
    "gegara",
    "para",
    # auxiliaries, negation and aspect
    "akan",
    "telah",
    "sudah",
    "masih",
    "belum",
    "juga",
    "tak",
    "tidak",
}
