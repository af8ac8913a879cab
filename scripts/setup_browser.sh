#!/usr/bin/env bash
# The browser tests (tests/api/test_web_browser.py) drive Debian's chromium through Playwright;
# Playwright's own browser download is never used. Install chromium with apt where it is
# missing and apt is usable (root or passwordless sudo); otherwise say so, and those tests skip.
set -uo pipefail

if [ -n "${NEWSINTEL_CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1 \
  || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
skip() { echo "setup_browser: $1: the browser tests will skip" >&2; exit 0; }
command -v apt-get >/dev/null 2>&1 || skip "no chromium and no apt-get"
if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  skip "no chromium, and apt needs root (or passwordless sudo)"
fi
echo "setup_browser: installing chromium with apt..."
install() { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; }
install || { "${SUDO[@]}" apt-get update -qq && install; } || skip "apt could not install chromium"
