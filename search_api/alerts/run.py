"""One alert run: check every saved search, then deliver what each channel is owed.

Order matters for "nothing lost": checks first (each records its new items in one
transaction), deliveries second, each delivery's outcome recorded with its channel's cursor in
one transaction. A delivery that fails after its retries goes to the dead-letter log with the
whole payload, and the cursor moves on (the payload is kept there, not dropped). A run killed
between a POST and its record sends those items again next run (at least once; the payload's
``delivery_id`` is the same, so a receiver can drop the copy).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from corpus import sqlite
from corpus.store import utc_now
from search_api.alerts import cursors, dead_letters, digests, items, payloads, webhooks
from search_api.alerts.items import AlertItem
from search_api.alerts.matching import Check, MatchFinder, check
from search_api.alerts.saved_searches import SavedSearchStore

log = logging.getLogger(__name__)
Sleep = Callable[[float], None]


@dataclass
class Delivery:
    channel: str
    url: str | None
    search_ids: list[int]
    items: int
    ok: bool
    attempts: int = 0
    error: str | None = None


@dataclass
class RunReport:
    checks: list[Check] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    digest_id: int | None = None
    errors: list[tuple[int, str]] = field(default_factory=list)  # (search id, why its check failed)

    @property
    def failed(self) -> list[Delivery]:
        return [d for d in self.deliveries if not d.ok]


@dataclass
class Delivering:
    """Where and how one run delivers."""

    webhook: str | None = None  # the run's webhook (every saved search), besides their own
    digest: bool = False  # roll every search's new items into one message
    policy: webhooks.RetryPolicy = field(default_factory=webhooks.RetryPolicy)
    sleep: Sleep = time.sleep


def run_alerts(saved: SavedSearchStore, finder: MatchFinder, how: Delivering) -> RunReport:
    searches = saved.list()
    starts = {s["id"]: items.last_id(saved.db, s["id"]) for s in searches}
    _start_new_channels(saved, how, starts)
    report = RunReport()
    for search in searches:
        try:
            found = check(saved, search["id"], finder)
        except Exception as exc:  # one broken search (a filter no longer valid...) stops no other
            log.exception("alert check of saved search %s failed", search["id"])
            report.errors.append((search["id"], f"{type(exc).__name__}: {exc}"))
            continue
        if found is not None:
            report.checks.append(found)
    current = [s for s in saved.list() if s["id"] in starts]
    for search in current:
        if search.get("webhook_url"):
            # Its own webhook was set with the search: every item it ever logged is owed.
            _deliver_one(saved, how, cursors.OWN, search["webhook_url"], search, 0, report)
    if how.digest:
        _deliver_digest(saved, how, current, starts, report)
    elif how.webhook:
        channel = cursors.webhook_channel(how.webhook)
        for search in current:
            _deliver_one(saved, how, channel, how.webhook, search, starts[search["id"]], report)
    return report


def _start_new_channels(saved: SavedSearchStore, how: Delivering, starts: dict[int, int]) -> None:
    """A channel used for the first time starts at the items this run finds, not the whole
    history; its cursor is stored before any check, so a run killed before delivering leaves
    this run's items owed to it."""
    channel = cursors.digest_channel(how.webhook) if how.digest else None
    if channel is None and how.webhook:
        channel = cursors.webhook_channel(how.webhook)
    if channel is None:
        return
    with sqlite.transaction(saved.db):
        for search_id, start in starts.items():
            if cursors.get(saved.db, channel, search_id) is None:
                cursors.advance(saved.db, channel, search_id, start)


def owed(saved: SavedSearchStore, channel: str, search_id: int, start: int) -> list[AlertItem]:
    last = cursors.get(saved.db, channel, search_id)
    return items.after(saved.db, search_id, start if last is None else last)


def _deliver_one(
    saved: SavedSearchStore,
    how: Delivering,
    channel: str,
    url: str,
    search: dict[str, Any],
    start: int,
    report: RunReport,
) -> None:
    due = owed(saved, channel, search["id"], start)
    if not due:
        return
    now = utc_now()
    payload = payloads.alert(channel, search, due, now)
    outcome = webhooks.post(url, payload, how.policy, how.sleep)
    with sqlite.transaction(saved.db):
        if not outcome.ok:
            dead_letters.add(saved.db, url, payload, outcome.error or "", outcome.attempts, now)
        cursors.advance(saved.db, channel, search["id"], due[-1].id)
    report.deliveries.append(
        Delivery(
            channel, url, [search["id"]], len(due), outcome.ok, outcome.attempts, outcome.error
        )
    )


def _deliver_digest(
    saved: SavedSearchStore,
    how: Delivering,
    searches: Sequence[dict[str, Any]],
    starts: dict[int, int],
    report: RunReport,
) -> None:
    channel = cursors.digest_channel(how.webhook)
    due = [(s, owed(saved, channel, s["id"], starts[s["id"]])) for s in searches]
    due = [(s, d) for s, d in due if d]
    if not due:
        return
    now = utc_now()
    payload = payloads.digest(channel, due, now)
    outcome = webhooks.Outcome(True, 0)
    if how.webhook:
        outcome = webhooks.post(how.webhook, payload, how.policy, how.sleep)
    with sqlite.transaction(saved.db):
        report.digest_id = digests.add(saved.db, payload, now)
        if not outcome.ok:
            assert how.webhook is not None
            dead_letters.add(
                saved.db, how.webhook, payload, outcome.error or "", outcome.attempts, now
            )
        for search, search_items in due:
            cursors.advance(saved.db, channel, search["id"], search_items[-1].id)
    report.deliveries.append(
        Delivery(
            channel,
            how.webhook,
            [s["id"] for s, _ in due],
            payload["total"],
            outcome.ok,
            outcome.attempts,
            outcome.error,
        )
    )


def retry_dead_letters(
    saved: SavedSearchStore, policy: webhooks.RetryPolicy, sleep: Sleep = time.sleep
) -> list[tuple[dead_letters.DeadLetter, webhooks.Outcome]]:
    """Send every undelivered dead letter again, as it was; each outcome recorded."""
    results = []
    for letter in dead_letters.listed(saved.db):
        outcome = webhooks.post(letter.url, letter.payload, policy, sleep)
        now = utc_now()
        with sqlite.transaction(saved.db):
            if outcome.ok:
                dead_letters.mark_delivered(saved.db, letter.id, now)
            else:
                dead_letters.mark_failed_again(
                    saved.db, letter.id, outcome.error or "", outcome.attempts, now
                )
        results.append((letter, outcome))
    return results
