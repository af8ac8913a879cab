"""Alert tests: plain helper modules (the webhook receiver, the API server) importable by name."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "api"))  # api_server: `newsintel serve` in a subprocess
os.environ.setdefault("HF_HUB_OFFLINE", "1")  # models ship in packages; never download
