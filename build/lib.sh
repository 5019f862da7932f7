#!/usr/bin/env bash
# Shared helpers for the build scripts. Sourced, never run.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# Finds PostgreSQL's server binaries (pg_ctl, initdb, postgres). Installs them with apt-get where
# none are present and apt-get can run; otherwise says exactly what to install and fails.
find_pg_bin() {
  local dir
  for dir in "${PENGUINMAILS_PG_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"; return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL server binaries not found; installing Debian's postgresql package" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 \
      || { echo "apt-get install postgresql failed" >&2; return 1; }
    ls -d /usr/lib/postgresql/*/bin | sort -rV | head -n 1; return 0
  fi
  cat >&2 <<MSG
PostgreSQL server binaries (pg_ctl, initdb) were not found and cannot be installed from here.
Install PostgreSQL 15 or newer, for example:  sudo apt-get install postgresql
or set PENGUINMAILS_PG_BIN to the folder that holds pg_ctl and initdb.
MSG
  return 1
}

# dotnet on PATH, or a clear message.
require_dotnet() {
  command -v dotnet >/dev/null 2>&1 && return 0
  echo "The .NET 10 SDK (dotnet) is required: https://dot.net" >&2
  return 1
}

# dotnet build through Roslyn's compiler server, which is then stopped so that no process outlives the script. Some
# machines (this project's CI among them) set UseSharedCompilation=false in the environment, which starts a cold
# compiler for each of the solution's 40-odd projects: 3.5 minutes for a clean build instead of 1.2.
# PENGUINMAILS_PREBUILT=1 skips it: build/test.sh has just built the solution when its smoke test calls build/run.sh, and
# a no-op MSBuild pass on two cores busy with tests can take most of a minute.
dotnet_build() {
  [ "${PENGUINMAILS_PREBUILT:-}" = 1 ] && return 0
  local status=0
  dotnet build -p:UseSharedCompilation=true "$@" || status=$?
  dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
  return $status
}

# initdb, postgres and pgbouncer refuse to run as root: run them as the postgres user then.
as_postgres_user() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# PgBouncer's binary, installed from Debian's package where missing and apt-get can run.
find_pgbouncer() {
  for bin in "${PENGUINMAILS_PGBOUNCER_BIN:-}" /usr/sbin/pgbouncer "$(command -v pgbouncer 2>/dev/null)"; do
    if [ -n "$bin" ] && [ -x "$bin" ]; then echo "$bin"; return 0; fi
  done
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "pgbouncer not found; installing Debian's pgbouncer package" >&2
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >&2 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >&2; }; } \
      || { echo "apt-get install pgbouncer failed" >&2; return 1; }
    # The package enables a system service on port 6432; ours run on their own ports, so leave it stopped.
    command -v systemctl >/dev/null 2>&1 && { systemctl disable --now pgbouncer >/dev/null 2>&1 || true; }
    echo /usr/sbin/pgbouncer; return 0
  fi
  echo "PgBouncer was not found and cannot be installed from here: sudo apt-get install pgbouncer, or set PENGUINMAILS_PGBOUNCER_BIN." >&2
  return 1
}
