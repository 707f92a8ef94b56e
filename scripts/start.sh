#!/usr/bin/env bash
# npm start: installs what is missing, builds, and runs server + console + H5 mini-program
# on the embedded SQLite database (data/linli.sqlite) with the demo district.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_npm
ensure_local_secrets
build_all
export NODE_ENV=${NODE_ENV:-local} PORT=${PORT:-7001} HOST=${HOST:-127.0.0.1}
export DB_TYPE=${DB_TYPE:-sqlite} DB_FILE=${DB_FILE:-$ROOT/data/linli.sqlite}
export LINLI_SEED_DEMO=${LINLI_SEED_DEMO:-1}
export LINLI_ADMIN_DIST="$ROOT/admin/dist" LINLI_H5_DIST="$ROOT/miniprogram/dist/h5"
cd server
node bootstrap.js &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' INT TERM EXIT
wait_healthy "http://$HOST:$PORT"
cat <<MSG

  邻里 Linli is running (database: $DB_TYPE ${DB_FILE:-})
    console (管理后台)        http://$HOST:$PORT/admin/     staff: admin / district / community1 …, password Linli@2026
    mini-program H5 preview  http://$HOST:$PORT/h5/        demo residents and grid workers, see docs/demo-data.md
    API docs (OpenAPI)       http://$HOST:$PORT/swagger-ui/index.html
  Ctrl-C stops it.

MSG
wait $SERVER
