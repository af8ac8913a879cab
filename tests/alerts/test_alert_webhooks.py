"""Webhook POSTs to a real receiver on 127.0.0.1: taken, retried with backoff, given up."""

from __future__ import annotations

import socket

from receiver import receiving

from search_api.alerts.webhooks import RetryPolicy, post

PAYLOAD = {"type": "newsintel.alert", "items": [{"id": "a", "title": "Klaim JHT"}]}


def test_a_taken_payload_is_sent_once():
    waits: list[float] = []
    with receiving() as receiver:
        outcome = post(receiver.url, PAYLOAD, RetryPolicy(retries=3, backoff=0.01), waits.append)
    assert outcome.ok and outcome.attempts == 1 and waits == []
    assert receiver.taken == [PAYLOAD]


def test_server_errors_are_retried_with_exponential_backoff():
    waits: list[float] = []
    with receiving() as receiver:
        receiver.fail_with = 503
        outcome = post(receiver.url, PAYLOAD, RetryPolicy(retries=3, backoff=0.5), waits.append)
    assert not outcome.ok and outcome.attempts == 4 and outcome.error == "HTTP 503"
    assert len(receiver.attempts) == 4 and receiver.taken == []
    assert waits == [0.5, 1.0, 2.0]


def test_a_receiver_that_recovers_takes_the_retry():
    with receiving() as receiver:
        receiver.fail_with = 500

        def recover(seconds: float) -> None:
            receiver.fail_with = None

        outcome = post(receiver.url, PAYLOAD, RetryPolicy(retries=2, backoff=0.01), recover)
    assert outcome.ok and outcome.attempts == 2 and receiver.taken == [PAYLOAD]


def test_a_refused_payload_is_not_retried_but_429_is():
    with receiving() as receiver:
        receiver.fail_with = 400
        refused = post(receiver.url, PAYLOAD, RetryPolicy(retries=3, backoff=0), lambda s: None)
        receiver.fail_with = 429
        throttled = post(receiver.url, PAYLOAD, RetryPolicy(retries=2, backoff=0), lambda s: None)
    assert (refused.ok, refused.attempts, refused.error) == (False, 1, "HTTP 400")
    assert (throttled.ok, throttled.attempts) == (False, 3)


def test_an_unreachable_receiver_and_a_bad_url_fail_cleanly():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    outcome = post(f"http://127.0.0.1:{port}/hook", PAYLOAD, RetryPolicy(1, 0), lambda s: None)
    assert not outcome.ok and outcome.attempts == 2 and "ConnectError" in (outcome.error or "")
    bad = post("file:///etc/passwd", PAYLOAD, RetryPolicy(1, 0), lambda s: None)
    assert not bad.ok and bad.attempts == 0 and "not an http(s) URL" in (bad.error or "")
