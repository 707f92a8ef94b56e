#!/usr/bin/env bash
# npm test: everything a change must pass. Installs what is missing (npm packages, chromium, a CJK font,
# MariaDB), then: config unit tests, server type-check, the server suite on embedded SQLite AND on MariaDB,
# the weapp package check, and the browser tests of the console and the H5 mini-program.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_npm
ensure_browser
ensure_mariadb

passed=0; failed=0
step() {
  local name=$1; shift
  log "── $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); log "FAILED: $name"; fi
}

step "config: build and unit tests" bash -c 'npm run build -w config >/dev/null && cd config && npx jest'
step "server: type-check" bash -c 'cd server && npx tsc --noEmit -p tsconfig.test.json'
step "server: integration tests on embedded SQLite" bash -c 'cd server && DB_TYPE=sqlite npx jest --runInBand'
step "server: integration tests on MariaDB" bash -c 'cd server && DB_TYPE=mysql DB_NAME=linli_test npx jest --runInBand'
step "mini-program: weapp build and package check" bash -c 'npm run build:weapp -w miniprogram >/dev/null 2>&1 && npm run check:weapp -w miniprogram'
step "browser tests (console and H5) on MariaDB" bash scripts/e2e.sh

echo
echo "test steps: $passed passed, $failed failed"
[ "$failed" = 0 ]
