#!/usr/bin/env bash
# Lint (ruff), format check (ruff format --check) and type check (mypy) of the checked paths.
# .ci/run and .pre-commit-config.yaml both run this. `scripts/check.sh --fix` applies ruff's
# fixes and formatting to the same paths.
set -euo pipefail
cd "$(dirname "$0")/.."

# The paths under the tools: the whole project.
CHECKED=(
  benchmarks
  corpus
  crawler
  indonesian
  newsintel
  nlp
  samples
  search_api/__init__.py
  search_api/alerts
  search_api/commands.py
  search_api/engine
  search_api/http
  tests/alerts
  tests/api
  tests/backends
  tests/conftest.py
  tests/corpus
  tests/crawler
  tests/indonesian
  tests/nlp
  tests/regulations
  tests/samples
  tests/search
  tests/test_compose.py
  tests/test_import_rules.py
)
# Files inside CHECKED left out of the checks (none now; one path a line, with its reason).
EXCLUDE=()
# ruff takes a comma-separated list, mypy a regular expression.
RUFF_EXCLUDE=$(IFS=,; echo "${EXCLUDE[*]}")
MYPY_EXCLUDE="^($(IFS='|'; echo "${EXCLUDE[*]//./\\.}"))\$"

PY=${PY:-.venv/bin/python}
if [ "${1:-}" = "--fix" ]; then
  "$PY" -m ruff check --fix --extend-exclude "$RUFF_EXCLUDE" "${CHECKED[@]}"
  "$PY" -m ruff format --extend-exclude "$RUFF_EXCLUDE" "${CHECKED[@]}"
  exit 0
fi
"$PY" -m ruff check --extend-exclude "$RUFF_EXCLUDE" "${CHECKED[@]}"
"$PY" -m ruff format --check --extend-exclude "$RUFF_EXCLUDE" "${CHECKED[@]}"
"$PY" -m mypy --exclude "$MYPY_EXCLUDE" "${CHECKED[@]}"
