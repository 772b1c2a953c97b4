#!/usr/bin/env bash
# Makes sure Debian's Chromium (and a Japanese font, so screenshots are legible) is installed for the e2e suite.
# Playwright never downloads a browser here: the suite drives /usr/bin/chromium through playwright-core.
# On a clean CI machine (root) this installs with apt; elsewhere it says what to install.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
need_fonts() { ! fc-list :lang=ja 2>/dev/null | grep -q .; }
if [ -x "$CHROMIUM" ] && ! need_fonts; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-chromium: $CHROMIUM or a Japanese font is missing; install them with: sudo apt-get install -y chromium fonts-ipafont-gothic" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: installing Debian chromium and fonts-ipafont-gothic with apt-get" >&2
apt-get update -qq
apt-get install -y -qq chromium fonts-ipafont-gothic fontconfig >/dev/null
"$CHROMIUM" --version >&2 || true
