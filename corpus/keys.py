"""The keys both sides join on: organisation ids, people and regulation keys.

The store files extraction records under these keys, the search indexes filter by them and the
NLP pipeline names organisations with them, so there is one definition of each.
"""

from __future__ import annotations

import re
import unicodedata

from indonesian.regulations import canonical_type


def slugify(name: str) -> str:
    """Stable id of a name: ASCII, lower case, words joined by '-'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_name.lower()).split())


def person_key(name: str) -> str:
    """People match case- and spacing-insensitively."""
    return " ".join(name.lower().split())


def regulation_key(
    text_or_type: str, number: str | int | None = None, year: int | str | None = None
) -> str:
    """One key per regulation, whichever way it is written.

    ``regulation_key("Inpres", "2", 2021)``, ``regulation_key("Inpres Nomor 2 Tahun 2021")`` and
    ``regulation_key("Instruksi Presiden (Inpres) Nomor 2 Tahun 2021")`` all give
    ``"inpres 2/2021"``; ``"UU No. 24/2011"`` gives ``"uu 24/2011"``.
    """
    text = " ".join(str(text_or_type).lower().replace(".", " ").split())
    gloss = re.search(r"\(([^)]{2,15})\)", text)
    if gloss:  # "Instruksi Presiden (Inpres) ..." -> the writer's own short form
        text = text[: gloss.start()] + text[gloss.end() :]
    if number is None:
        m = re.match(
            r"^(.*?)\s*(?:nomor|nomer|no)?\s*(\d+[a-z]?)"
            r"(?:\s*(?:tahun|th|/)\s*(\d{4}))?",
            text,
        )
        if not m or not m.group(1).strip():
            return " ".join(text.split())
        kind, number, year = m.group(1).strip(), m.group(2), m.group(3)
    else:
        kind = text
    kind = re.sub(r"\s*(nomor|nomer|no)$", "", kind).strip()
    if gloss:
        kind = " ".join(gloss.group(1).split())
    # long and short forms are one regulation: the regulation reader's own table
    kind = (canonical_type(kind) or kind).lower()
    key = f"{kind} {str(number).strip().lstrip('0') or '0'}"
    return f"{key}/{year}" if year else key
