# Shared shell helpers for start.sh, test.sh and .ci/run. Source it; do not run it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1;34m[linli]\033[0m %s\n' "$*"; }

# npm packages: only when missing or when package.json changed since the last install.
ensure_npm() {
  local stamp="$ROOT/node_modules/.linli-install-stamp"
  manifest_sum() { cat "$ROOT"/package.json "$ROOT"/*/package.json "$ROOT"/package-lock.json 2>/dev/null | sha1sum | cut -d' ' -f1; }
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(manifest_sum)" ]; then return; fi
  log "installing npm packages (first time takes a few minutes)"
  # npm install, not npm ci: the registry lacks some other-platform optional binaries that npm ci insists on
  (cd "$ROOT" && npm install --no-fund --no-audit --loglevel=error)
  manifest_sum > "$stamp"  # after the install: npm may rewrite the lockfile
}

# Debian packages for the browser tests: chromium and a CJK font.
ensure_browser() {
  if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qiE 'wqy|noto.*cjk'; then return; fi
  log "installing chromium and a CJK font from Debian"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
}

# MariaDB on 127.0.0.1:3306 (root, empty password), started if it is installed but not running.
ensure_mariadb() {
  if mysqladmin --protocol=TCP -h127.0.0.1 -uroot ping >/dev/null 2>&1; then return 0; fi
  if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ]; then
    log "installing mariadb-server from Debian"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq mariadb-server >/dev/null
  fi
  log "starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd -- --user=mysql --default-time-zone=+00:00
  for _ in $(seq 1 30); do mariadb -e 'select 1' >/dev/null 2>&1 && break; sleep 1; done
  # root over TCP with an empty password, as the tests expect (a fresh Debian install allows only the unix socket)
  mariadb -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket; FLUSH PRIVILEGES;" 2>/dev/null || true
  mysqladmin --protocol=TCP -h127.0.0.1 -uroot ping >/dev/null
}

# Secrets for a local run, generated once into .env.local (git-ignored); production sets its own.
ensure_local_secrets() {
  local f="$ROOT/.env.local"
  if [ ! -f "$f" ]; then
    log "generating local secrets in .env.local"
    {
      echo "LINLI_APP_KEYS=$(openssl rand -hex 16)"
      echo "LINLI_JWT_SECRET=$(openssl rand -hex 32)"
      echo "LINLI_DATA_KEY=$(openssl rand -hex 32)"
    } > "$f"
    chmod 600 "$f"
  fi
  set -a; . "$f"; set +a
}

build_all() {
  log "building config, server, console and H5 mini-program"
  (cd "$ROOT" && npm run build -w config >/dev/null && npm run build -w server >/dev/null)
  (cd "$ROOT" && npm run build -w admin >/dev/null 2>&1) || { log "console build failed"; (cd "$ROOT" && npm run build -w admin); }
  (cd "$ROOT" && npm run build:h5 -w miniprogram >/dev/null 2>&1) || { log "H5 build failed"; (cd "$ROOT" && npm run build:h5 -w miniprogram); }
}

wait_healthy() {
  local url=$1
  for _ in $(seq 1 120); do
    curl -fsS "$url/api/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "server did not become healthy at $url"; return 1
}
