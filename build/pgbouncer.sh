#!/usr/bin/env bash
# A throwaway PgBouncer in transaction pooling mode in front of a local PostgreSQL, for tests and development.
#   build/pgbouncer.sh install|start|stop
# PENGUINMAILS_PGBOUNCER_PORT: where it listens on 127.0.0.1 (default 55434); PENGUINMAILS_PG_HOST and
# PENGUINMAILS_PG_PORT: the server behind it (default 127.0.0.1:55432); PENGUINMAILS_PGBOUNCER_POOL_SIZE: server
# connections per database and role (default 10: far fewer than clients, so clients share server connections).
# Every database of the server is reachable under its own name; the roles log in without a password (auth_type
# trust, development only). Configuration, pid file and log live in .local/pgbouncer-<port>/ (git-ignored).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
port=${PENGUINMAILS_PGBOUNCER_PORT:-55434}
dir=${PENGUINMAILS_PGBOUNCER_DIR:-$root/.local/pgbouncer-$port}

is_running() { [ -f "$dir/pgbouncer.pid" ] && kill -0 "$(cat "$dir/pgbouncer.pid")" 2>/dev/null; }

start() {
  local bin; bin=$(find_pgbouncer)
  if is_running; then echo "PgBouncer already running on 127.0.0.1:$port"; return 0; fi
  mkdir -p "$dir"
  # Roles of src/PenguinMails.Database/Bootstrap/roles.sql, and the superuser for test set-up.
  printf '"%s" ""\n' postgres penguinmails_owner penguinmails_app penguinmails_platform >"$dir/userlist.txt"
  cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=${PENGUINMAILS_PG_HOST:-127.0.0.1} port=${PENGUINMAILS_PG_PORT:-55432}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
default_pool_size = ${PENGUINMAILS_PGBOUNCER_POOL_SIZE:-10}
max_client_conn = 2000
max_db_connections = 0
server_reset_query =
ignore_startup_parameters = extra_float_digits
pidfile = $dir/pgbouncer.pid
logfile = $dir/pgbouncer.log
log_connections = 0
log_disconnections = 0
admin_users = postgres
INI
  [ "$(id -u)" = 0 ] && { chown -R postgres: "$dir"; d=$(dirname "$dir"); while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done; }
  as_postgres_user "$bin" -d -q "$dir/pgbouncer.ini"
  for _ in $(seq 1 50); do
    is_running && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "PgBouncer running on 127.0.0.1:$port (transaction pooling)"; return 0; }
    sleep 0.1
  done
  echo "PgBouncer did not start; its log:" >&2; cat "$dir/pgbouncer.log" >&2 2>/dev/null; return 1
}

stop() {
  if is_running; then
    local pid; pid=$(cat "$dir/pgbouncer.pid"); kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "PgBouncer stopped (127.0.0.1:$port)"
  else echo "PgBouncer not running (127.0.0.1:$port)"; fi
}

case "${1:-}" in
  install) find_pgbouncer >/dev/null ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
