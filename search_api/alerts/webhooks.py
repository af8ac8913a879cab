"""POSTing an alert payload to a webhook, with retries and exponential backoff.

A delivery succeeds on a 2xx answer. Connection errors, timeouts, 408, 429 and 5xx are retried
after ``backoff * 2**attempt`` seconds; any other 4xx is the receiver refusing this payload, so
retrying would not help and the delivery fails at once (it goes to the dead-letter log).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any, Callable

import httpx

from search_api.alerts.urls import is_http_url

ENV_RETRIES = "NEWSINTEL_ALERTS_RETRIES"
ENV_BACKOFF = "NEWSINTEL_ALERTS_BACKOFF"
RETRYABLE = frozenset({408, 429})
USER_AGENT = "newsintel-alerts/1"


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 4  # attempts after the first one
    backoff: float = 2.0  # seconds before the first retry; doubles after each
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "RetryPolicy":
        return cls(
            retries=int(os.environ.get(ENV_RETRIES, cls.retries)),
            backoff=float(os.environ.get(ENV_BACKOFF, cls.backoff)),
        )

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        return self.backoff * 2 ** (attempt - 1)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    attempts: int
    error: str | None = None


def post(
    url: str,
    payload: dict[str, Any],
    policy: RetryPolicy,
    sleep: Callable[[float], None] = time.sleep,
) -> Outcome:
    """POST ``payload`` as JSON until it is taken or the retries are spent."""
    if not is_http_url(url):
        return Outcome(False, 0, f"not an http(s) URL: {url!r}")
    error = ""
    attempts = 0
    with httpx.Client(timeout=policy.timeout, headers={"User-Agent": USER_AGENT}) as client:
        for attempts in range(1, policy.retries + 2):
            try:
                response = client.post(url, json=payload)
                if response.is_success:
                    return Outcome(True, attempts)
                error = f"HTTP {response.status_code}"
                if response.status_code < 500 and response.status_code not in RETRYABLE:
                    break
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            if attempts <= policy.retries:
                sleep(policy.delay(attempts))
    return Outcome(False, attempts, error)
