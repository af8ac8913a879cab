#!/usr/bin/env bash
# Set up the environment, then run the main job on the embedded default: serve the sample
# sites on 127.0.0.1, crawl them into the store, enrich, index, and serve the search API.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec .venv/bin/newsintel --data-dir "${NEWSINTEL_DATA_DIR:-data/demo}" demo "$@"
