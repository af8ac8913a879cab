"""Whether a crawl's Scrapy job folder (JOBDIR) can be resumed.

Scrapy saves its pending-request queue only when a crawl closes (finished, page budget,
SIGTERM/SIGINT). A crawl killed outright (SIGKILL, power loss) leaves a folder whose queue
looks empty while its seen-requests file lists every URL met: resuming from it fetched
nothing and reported success. So each run marks its folder ``running`` when it starts and
writes how it closed at the end; a folder still marked ``running`` was killed, and the crawl
starts again from the entry points instead (the store keeps it incremental: pages already
stored are fetched conditionally and stored once).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Optional

STATE_FILE = "newsintel-state.json"
RUNNING = "running"


def read_state(jobdir: Path) -> Optional[str]:
    """How the last crawl in ``jobdir`` ended (a Scrapy finish reason), ``running`` when it
    never closed, None when there is no such folder or mark."""
    try:
        return str(json.loads((jobdir / STATE_FILE).read_text(encoding="utf-8"))["state"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_state(jobdir: Path, state: str) -> None:
    jobdir.mkdir(parents=True, exist_ok=True)
    tmp = jobdir / f"{STATE_FILE}.tmp"
    tmp.write_text(json.dumps({"state": state, "pid": os.getpid()}), encoding="utf-8")
    tmp.replace(jobdir / STATE_FILE)


def prepare(jobdir: Path, resume: bool) -> Optional[str]:
    """Make ``jobdir`` ready for a crawl; returns why a ``--resume`` starts over (None when
    it resumes, or when no resume was asked)."""
    state = read_state(jobdir) if resume else None
    if resume and state not in (None, RUNNING, "finished"):
        return None  # closed part-way with its queue saved: Scrapy continues it
    if resume and state == RUNNING:
        note = (
            "cannot resume: the last crawl of these sources was killed before it could save "
            "its queue; crawling again from the start (stored pages are not stored twice)"
        )
    elif resume and state == "finished":
        note = "nothing to resume: the last crawl of these sources finished; crawling again"
    elif resume:
        note = "nothing to resume (no interrupted crawl of these sources); crawling from the start"
    else:
        note = None
    if jobdir.exists():
        shutil.rmtree(jobdir)
    return note
