#!/usr/bin/env bash
# Browser tests: builds the console, the H5 mini-program and the server, starts the real server on a
# fresh MariaDB database with the demo district, and drives Chromium against it.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_npm
ensure_browser
ensure_mariadb
build_all

DB=linli_e2e
mariadb --protocol=TCP -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# a free port: a busy fixed one would leave the tests talking to some other server
PORT=${E2E_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
LOGDIR=$(mktemp -d)
(
  cd server
  NODE_ENV=local PORT=$PORT HOST=127.0.0.1 DB_TYPE=mysql DB_NAME=$DB LINLI_SEED_DEMO=1 \
  LINLI_APP_KEYS=e2e-keys LINLI_JWT_SECRET="$(openssl rand -hex 32)" LINLI_DATA_KEY="$(openssl rand -hex 32)" \
  LINLI_ADMIN_DIST="$ROOT/admin/dist" LINLI_H5_DIST="$ROOT/miniprogram/dist/h5" \
  exec node bootstrap.js
) > "$LOGDIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
wait_healthy "http://127.0.0.1:$PORT" || { cat "$LOGDIR/server.log"; exit 1; }

export BASE_URL="http://127.0.0.1:$PORT"
rc=0
node admin/e2e/run.mjs || rc=1
node admin/e2e/surveys.mjs || rc=1
node miniprogram/e2e/run.mjs || rc=1
log "screenshots in screenshots/"
[ $rc = 0 ] || { log "server log:"; tail -50 "$LOGDIR/server.log"; }
exit $rc
