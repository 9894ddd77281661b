#!/usr/bin/env bash
# Installs axe-core (the accessibility rules the published website's tests run in Chromium)
# from the npm registry into build/axe/, if it is not there yet. axe-selenium-python's own copy
# is axe-core 3.1.1 (2018), which knows nothing of WCAG 2.1/2.2; the tests use this one.
set -euo pipefail
cd "$(dirname "$0")/.."
version="4.14.1"
target="build/axe/node_modules/axe-core"
if [ -f "$target/axe.min.js" ] && grep -q "\"version\": \"$version\"" "$target/package.json"; then
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "ensure-axe-core: npm is missing (apt-get install npm)" >&2; exit 1; }
mkdir -p build/axe
npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix build/axe "axe-core@$version" >/dev/null
test -f "$target/axe.min.js"
