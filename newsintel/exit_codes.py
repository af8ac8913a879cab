"""What the exit status of a ``newsintel`` command means, in one place (README: Exit codes).

Scheduled jobs read these: 0 is done; anything else says what to look at without parsing
messages. ``check`` adds its part bits (4, 8, 16) so one status names every part that failed.
"""

from __future__ import annotations

OK = 0
PROBLEMS = 1  # done, with items skipped or found wanting (bad archive lines, URL checks)
USAGE = 2  # bad option, no store in the data dir, a damaged index (the message says what to run)
UNREADABLE = 3  # a file cannot be read or written: corrupt store, disk full, read-only data dir

# `newsintel check`: the sum of the parts that failed (e.g. 12 = store and index).
CHECK_STORE = 4
CHECK_INDEX = 8
CHECK_OTHER_DATABASES = 16  # saved searches and the other *.sqlite files of the data dir

BUSY = 75  # another process holds the data dir's lock and --no-wait was given (EX_TEMPFAIL)
INTERRUPTED_SIGINT = 130  # a crawl cut short by Ctrl-C (128 + SIGINT)
INTERRUPTED_SIGTERM = 143  # a crawl cut short by SIGTERM (128 + SIGTERM)
