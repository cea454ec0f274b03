#!/usr/bin/env bash
# Sets up a fresh Debian machine for this project and builds the extension.
# - Debian's Chromium and Firefox ESR for the real-browser tests (Playwright's
#   own browser downloads are not used);
# - npm packages, including Node 22 itself (the `node` dev dependency), which
#   every npm script then runs on;
# - the Chrome and Firefox builds in .output/.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "Installing ${need[*]} from Debian…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi

npm ci --no-audit --no-fund
npm run build
