# Shared by scripts/test, scripts/demo and scripts/openapi: make sure PostgreSQL and Redis (and
# what else a script needs) are installed and running, and work out how to reach them. Sourced,
# not run.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/sluice-target}"
STATE_DIR="$ROOT/.sluice"
mkdir -p "$STATE_DIR"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $*"
  fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

apt_install() {
  command -v apt-get >/dev/null || die "install $* with your package manager, then rerun"
  say "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if ! command -v psql >/dev/null || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql postgresql-client
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    local version
    version="$(ls /etc/postgresql | sort -V | tail -n 1)"
    say "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
    for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
    pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL did not start; see /var/log/postgresql"
  fi
  # A role for this user that may create databases (the test suites make one per test).
  PG_USER="${PGUSER:-$(id -un)}"
  if ! psql -h 127.0.0.1 -U "$PG_USER" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    local password_file="$STATE_DIR/pg-password"
    [ -s "$password_file" ] || head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$password_file"
    say "creating PostgreSQL role $PG_USER"
    as_postgres psql -q -v ON_ERROR_STOP=1 -v role="$PG_USER" -v password="$(cat "$password_file")" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN SUPERUSER', :'role')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'role', :'password') \gexec
SQL
    PG_AUTH="$PG_USER:$(cat "$password_file")"
  else
    PG_AUTH="$PG_USER"
  fi
  export PG_SERVER_URL="postgres://$PG_AUTH@127.0.0.1:5432"
  export SLUICE_TEST_DATABASE_URL="$PG_SERVER_URL/postgres"
}

ensure_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    say "starting Redis"
    local dir=/var/lib/redis
    [ -w "$dir" ] || dir="$STATE_DIR"
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir "$dir" --logfile "$STATE_DIR/redis.log"
    for _ in $(seq 1 40); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.25; done
    redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || die "Redis did not start; see $STATE_DIR/redis.log"
  fi
  export SLUICE_TEST_REDIS_URL="redis://127.0.0.1:6379"
}

# moto's server, the local SES v2 emulator the notification tests send e-mail through; kept in a
# virtualenv of its own under the cache directory so the system Python stays untouched.
MOTO_VERSION=5.2.1
ensure_moto() {
  local venv="${XDG_CACHE_HOME:-$HOME/.cache}/sluice-moto-$MOTO_VERSION"
  if [ ! -x "$venv/bin/moto_server" ]; then
    command -v python3 >/dev/null || apt_install python3
    rm -rf "$venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
      # Debian splits venv support out of python3.
      apt_install python3-venv
      rm -rf "$venv"
      python3 -m venv "$venv"
    fi
    say "installing moto $MOTO_VERSION (SES v2 emulator) into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "moto[server]==$MOTO_VERSION" \
      || { rm -rf "$venv"; die "could not install moto from PyPI"; }
  fi
  export SLUICE_TEST_MOTO_SERVER="$venv/bin/moto_server"
}

# The webhook receivers of the API tests (testing/webhooks): the `standardwebhooks` library for
# Python, pinned in testing/webhooks/requirements.txt, in a virtualenv of its own under the
# cache directory as ensure_moto does it, and for Node.js, pinned by
# testing/webhooks/package-lock.json (`npm ci`, again only when the lock changed). The tests find
# them through SLUICE_TEST_WEBHOOK_PYTHON and SLUICE_TEST_WEBHOOK_NODE_MODULES.
ensure_webhook_receivers() {
  local dir="$ROOT/testing/webhooks"
  local version
  version="$(sed -n 's/^standardwebhooks==//p' "$dir/requirements.txt")"
  [ -n "$version" ] || die "$dir/requirements.txt does not pin standardwebhooks"
  local venv="${XDG_CACHE_HOME:-$HOME/.cache}/sluice-standardwebhooks-py-$version"
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import standardwebhooks' 2>/dev/null; then
    command -v python3 >/dev/null || apt_install python3
    rm -rf "$venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
      apt_install python3-venv
      rm -rf "$venv"
      python3 -m venv "$venv"
    fi
    say "installing standardwebhooks $version (Python) into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$dir/requirements.txt" \
      || { rm -rf "$venv"; die "could not install standardwebhooks from PyPI"; }
  fi
  export SLUICE_TEST_WEBHOOK_PYTHON="$venv/bin/python"
  ensure_node
  local stamp="$dir/node_modules/.sluice-package-lock.json"
  if ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "installing standardwebhooks (npm ci in testing/webhooks/)"
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
      || die "npm ci failed in $dir"
    cp "$dir/package-lock.json" "$stamp"
  fi
  export SLUICE_TEST_WEBHOOK_NODE_MODULES="$dir/node_modules"
}

# Node.js 20.19 or later with npm, for the OpenAPI tooling (scripts/openapi; Redocly CLI needs
# 20.19). Debian's own nodejs is too old on bookworm (18) and new enough from trixie (13) on;
# where apt cannot give one, this says so.
NODE_MIN_VERSION=20.19
ensure_node() {
  if ! command -v node >/dev/null; then
    apt_install nodejs npm
  elif ! command -v npm >/dev/null; then
    apt_install npm
  fi
  node -e '
    const [want, have] = [process.argv[1], process.versions.node].map((v) => v.split(".").map(Number));
    process.exit(have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]) ? 0 : 1);
  ' "$NODE_MIN_VERSION" \
    || die "Node.js $NODE_MIN_VERSION or later is needed (this is $(node --version)); install a newer nodejs, then rerun"
}

# Waits until the API at $1 answers /readyz, for at most $3 seconds; dies, with the last lines of
# the log $4, if it does not or if its process $2 stops.
wait_for_api() { # url pid seconds log
  local deadline=$((SECONDS + $3))
  until curl -fsS "$1/readyz" >/dev/null 2>&1; do
    kill -0 "$2" 2>/dev/null || die "the API stopped; see $4: $(tail -n 3 "$4")"
    [ "$SECONDS" -lt "$deadline" ] || die "the API was not ready within $3 s; see $4"
    sleep 0.2
  done
}

ensure_rust() {
  command -v cargo >/dev/null || die "install the Rust toolchain (https://rustup.rs), then rerun"
}
