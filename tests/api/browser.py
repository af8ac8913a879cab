"""Real-browser plumbing for the web app's tests: Debian's chromium driven by Playwright (never
a browser download), console errors collected, screenshots kept as test artefacts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any, Optional

SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"


def find_chromium() -> Optional[str]:
    """NEWSINTEL_CHROMIUM, else the system chromium (scripts/setup_browser.sh installs it)."""
    for candidate in (
        os.environ.get("NEWSINTEL_CHROMIUM"),
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        "/usr/bin/chromium",
    ):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


class Tab:
    """A page of the app, with its console errors and a screenshot helper. A response the test
    provokes on purpose (a 422, a 404) is allowed by URL part; any other error fails the test."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page = page
        self.base_url = base_url.rstrip("/")
        self.errors: list[str] = []
        self.allowed: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def _console(self, message: Any) -> None:
        if message.type != "error":
            return
        url = (message.location or {}).get("url", "")
        if "Failed to load resource" in message.text and any(a in url for a in self.allowed):
            return
        self.errors.append(f"{message.text} ({url})")

    def allow_failed(self, url_part: str) -> None:
        self.allowed.append(url_part)

    def open(self, path: str) -> None:
        self.page.goto(self.base_url + path)

    def path(self) -> str:
        return self.page.url[len(self.base_url) :]

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        target = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(target), full_page=True)
        return target

    def sideways_overflow(self) -> int:
        """How many px the page is wider than the viewport (0: no horizontal scroll)."""
        return int(
            self.page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
        )
