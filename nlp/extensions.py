"""Every custom attribute of the pipeline, registered in one place.

Components write JSON-ready lists of dicts to these Doc attributes (and spans to
``doc.spans[NAME]``); ``doc._.published`` (a ``datetime.date`` or None) is set by whoever builds
the Doc and anchors relative dates.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_LISTS = (
    "organizations",
    "people",
    "locations",
    "dates",
    "figures",
    "regulations",
    "quotes",
    "commitments",
)


def register() -> None:
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
    for name in DOC_LISTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
