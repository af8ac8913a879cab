"""What RFC 4287 requires of an Atom feed, checked on the parsed XML (no validator ships
offline): one id, title and updated per feed and entry, an author, RFC 3339 timestamps,
link hrefs only http(s). Returns the problems found (empty: valid). A plain module."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def atom_problems(document: bytes) -> list[str]:
    root = ET.fromstring(document)  # raises on malformed XML
    problems = []
    if root.tag != f"{A}feed":
        return [f"root is {root.tag}, not an Atom feed"]
    feed_has_author = root.find(f"{A}author/{A}name") is not None
    for where, element in [("feed", root), *(("entry", e) for e in root.findall(f"{A}entry"))]:
        for tag in ("id", "title", "updated"):
            found = element.findall(f"{A}{tag}")
            if len(found) != 1 or not (found[0].text or "").strip():
                problems.append(f"{where} needs exactly one non-empty {tag}")
        for tag in ("updated", "published"):
            for stamp in element.findall(f"{A}{tag}"):
                if not RFC3339.match(stamp.text or ""):
                    problems.append(f"{where} {tag} {stamp.text!r} is not RFC 3339")
        for link in element.findall(f"{A}link"):
            if not re.match(r"^https?://", link.get("href", "")):
                problems.append(f"{where} link {link.get('href')!r} is not http(s)")
        if where == "entry":
            if not feed_has_author and element.find(f"{A}author") is None:
                problems.append("entry without an author (nor one on the feed)")
            if element.find(f"{A}link[@rel='alternate']") is None and (
                element.find(f"{A}content") is None
            ):
                # RFC 4287 4.1.2: an entry without content needs an alternate link, and
                # then a summary is still welcome; without either it must have a summary.
                if element.find(f"{A}summary") is None:
                    problems.append("entry with neither an alternate link nor a summary")
    return problems
