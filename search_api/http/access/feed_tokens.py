"""Feed tokens: a secret URL for each saved search's feeds, for readers that send no headers.

Feed readers cannot send an API key. Where reads need a key, `?token=T` on
`/saved-searches/{id}/feed.atom` or `feed.json` opens that one search's feeds and nothing
else: T is an HMAC of the search id under a secret kept in the keys file (so backups carry
it). The saved search's `feed_token` field gives T to callers who may read it;
`newsintel keys rotate-feeds` replaces the secret, and every feed URL given so far stops
working.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Optional

from search_api.http.access.keys import KeyStore

# Route templates a feed token opens; nothing else accepts one.
FEED_ROUTES = frozenset(
    {"/saved-searches/{search_id}/feed.atom", "/saved-searches/{search_id}/feed.json"}
)


def token_under(secret: bytes, search_id: int) -> str:
    digest = hmac.new(secret, f"feed:{search_id}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode("ascii")


def feed_token(keys: KeyStore, search_id: int) -> Optional[str]:
    """The token of a saved search's feeds; None when there is no keys file."""
    secret = keys.feed_secret()
    return None if secret is None else token_under(secret, search_id)


def opens_feed(keys: KeyStore, search_id: object, token: str) -> bool:
    try:
        wanted = feed_token(keys, int(str(search_id)))
    except ValueError:  # not a number: the route answers 422 once let through
        return False
    return wanted is not None and hmac.compare_digest(wanted, token)
