#!/usr/bin/env bash
# A throwaway local PostgreSQL for development and tests, from the machine's PostgreSQL binaries.
#   build/db.sh start|stop|status
# Data lives under .local/ (git-ignored); PENGUINMAILS_PG_PORT picks the port (default 55432);
# PENGUINMAILS_PG_DATA the folder (default .local/pg-<port>). It listens on 127.0.0.1 only and
# trusts loopback connections: it is a development database, never a deployment.
# After start, the roles of src/PenguinMails.Database/Bootstrap/roles.sql exist and a database
# "penguinmails" and its Content Database "penguinmails_content", both owned by penguinmails_owner, are there to migrate.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
port=${PENGUINMAILS_PG_PORT:-55432}
data=${PENGUINMAILS_PG_DATA:-$root/.local/pg-$port}
log="$data.log"

psql_super() { "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }

is_running() { [ -f "$data/postmaster.pid" ] && as_postgres_user "$pg_bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

start() {
  if is_running; then echo "PostgreSQL already running on 127.0.0.1:$port ($data)"; return 0; fi
  mkdir -p "$(dirname "$data")"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres: "$data" && chmod 700 "$data"
    # postgres must reach the folder: make each parent traversable.
    [ "$(id -u)" = 0 ] && { d=$(dirname "$data"); while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done; }
    as_postgres_user "$pg_bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  touch "$log"; [ "$(id -u)" = 0 ] && chown postgres: "$log"
  # glibc hands freed memory back to the kernel (mmap for blocks over 128 KiB, heap trimming), so a backend planning
  # statement after statement faults the same pages in again and again; on this kind of VM page faults were half of
  # PostgreSQL's CPU (docs/benchmarks-method.md). Keep freed memory in the process instead.
  MALLOC_MMAP_THRESHOLD_=${MALLOC_MMAP_THRESHOLD_:-33554432} MALLOC_TRIM_THRESHOLD_=${MALLOC_TRIM_THRESHOLD_:-67108864} \
  MALLOC_TOP_PAD_=${MALLOC_TOP_PAD_:-16777216} \
  as_postgres_user "$pg_bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  psql_super -d postgres -f "$root/src/PenguinMails.Database/Bootstrap/roles.sql"
  for db in penguinmails penguinmails_content; do
    if [ -z "$(psql_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      psql_super -d postgres -c "CREATE DATABASE $db OWNER penguinmails_owner"
    fi
  done
  echo "PostgreSQL running on 127.0.0.1:$port ($data)"
}

stop() {
  if is_running; then as_postgres_user "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; echo "PostgreSQL stopped ($data)";
  else echo "PostgreSQL not running ($data)"; fi
}

status() {
  if is_running; then echo "running on 127.0.0.1:$port ($data)"; else echo "stopped ($data)"; return 3; fi
}

pg_bin=$(find_pg_bin)
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
