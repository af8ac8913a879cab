"""Who publishes a page, and that name taken off its title, by one rule for every outlet.

The names come from what the page and the registry say (``og:site_name``,
``application-name``, ``twitter:site``, the JSON-LD publisher, the registry's ``title``) and
from the domain. A title part is the site's label when its words are the site's words, glued
sub-brands included ("detikFinance", "Bisnis Liputan6.com", "KOMPAS.com"). A label after the
headline ("Judul - Kompas.com") needs one site word; a label before it ("Kompas.com - Judul",
"Okezone: Judul") must be nothing but the site's name, so a headline that starts with an
organisation sharing a word with the site keeps it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# " - " and the like separate a headline from labels; ": " only before the headline.
SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : ")
PREFIX_SEPARATORS = (*SUFFIX_SEPARATORS, ": ")
# Host labels and name words that say nothing about which site it is.
GENERIC = frozenset(
    {
        "www",
        "m",
        "amp",
        "com",
        "co",
        "id",
        "net",
        "org",
        "go",
        "or",
        "ac",
        "tv",
        "news",
        "online",
        "official",
        "situs",
        "resmi",
        "portal",
        "berita",
        "the",
        "web",
        "media",
    }
)
DOMAIN_LIKE = re.compile(r"\w\.(com|co\.id|id|net|org|co|news|tv)\b", re.IGNORECASE)
MAX_LABEL_WORDS = 5
MAX_SECTION_WORDS = 2
INFLECTIONS = frozenset({"nya", "lah", "kah", "pun", "an", "kan", "i", "ku", "mu", "wan"})


def site_words(url: str, *names: str | None) -> set[str]:
    """Words naming the site: host labels, the words of each name, and each name squashed
    ("CNN Indonesia" -> "cnnindonesia", matching the domain's label)."""
    host = (urlsplit(url).hostname or "").lower()
    words = {label for label in host.split(".") if label not in GENERIC}
    for name in names:
        if not name:
            continue
        name = name.lstrip("@")
        name_words = _words(name)
        words |= set(name_words)
        if len(name_words) > 1:
            words.add("".join(name_words))
    return {w for w in words if len(w) >= 3 and not w.isdigit() and w not in GENERIC}


def strip_site_name(title: str, words: set[str]) -> str:
    """The title without the site's labels before or after the headline ("Judul - Kompas.com",
    "Judul | Ekonomi - Bisnis.com", "Okezone: Judul")."""
    title = " ".join(title.split())
    suffix_removed = False
    for _ in range(2):  # "Title - Section - Site"
        changed = False
        for sep in SUFFIX_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and head and is_site_label(tail, words):
                title, changed = head.strip(), True
                suffix_removed = True
                break
        if not changed:
            for sep in PREFIX_SEPARATORS:
                head, found, tail = title.partition(sep)
                if (
                    found
                    and tail
                    and len(_words(tail)) >= 2
                    and is_site_label(head, words, whole=True)
                ):
                    title, changed = tail.strip(), True
                    break
        if not changed:
            break
    if suffix_removed:
        title = _strip_sections(title)
    return title


def _strip_sections(title: str) -> str:
    """Section labels between the headline and the site's name ("Judul | Ekonomi - Bisnis.com",
    "Title | Royal | News | Express.co.uk"): up to two short trailing parts."""
    for _ in range(2):
        for sep in SUFFIX_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if (
                found
                and len(_words(head)) >= 4
                and 1 <= len(tail.split()) <= MAX_SECTION_WORDS
                and tail[:1].isupper()
            ):
                title = head.strip()
                break
        else:
            break
    return title


def is_site_label(label: str, words: set[str], whole: bool = False) -> bool:
    """Whether ``label`` names the site: one of its words is a site word (``whole``: every
    word is), glued sub-brands counted; a domain-like label always is when not ``whole``."""
    label_words = [w for w in _words(label) if w not in GENERIC]
    if not label_words or len(label.split()) > MAX_LABEL_WORDS:
        return False
    if not words:
        return not whole and bool(DOMAIN_LIKE.search(label))
    squashed = "".join(label_words)
    if squashed in words:
        return True
    known = [_is_site_word(w, words) for w in label_words]
    if whole:
        return all(known)
    return any(known) or bool(DOMAIN_LIKE.search(label))


def _is_site_word(word: str, words: set[str]) -> bool:
    # "detikfinance" and "kompastv" are sub-brands of "detik" and "kompas"; "bisnisnya" is
    # an inflected word, not a brand of bisnis.com.
    return word in words or any(
        len(w) >= 4 and word.startswith(w) and word[len(w) :] not in INFLECTIONS for w in words
    )


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
