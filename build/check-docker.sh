#!/usr/bin/env bash
# Checks docker/ as far as a machine without a Docker engine can (README, "Run it in containers"):
#   1. the compose file validates (`docker compose config`, or Debian's docker-compose where the plugin is missing);
#   2. `dotnet publish` with the Dockerfile's own arguments yields the files its ENTRYPOINT and HEALTHCHECK name;
#   3. the compose stack's steps, run from that publish output on this machine: a fresh PostgreSQL given the roles
#      (roles.sql) and the passwords and database (docker/postgres/20-logins.sh) from secrets made by
#      docker/secrets.sh; the migration job (`migrate`, its connection string as a secret file); PgBouncer in
#      transaction pooling; the API reading every secret from files (PENGUINMAILS_SECRETS_DIR); the health check
#      (`probe`) answering 0 once it is ready.
# Not checked here: building the images, the containers' users and mounts, and SCRAM logins (the local servers trust
# loopback).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
require_dotnet
work=$(mktemp -d /tmp/pm-docker-check.XXXXXX)
chmod 755 "$work"
pg_port=${PENGUINMAILS_CHECK_PG_PORT:-55491}; bouncer_port=${PENGUINMAILS_CHECK_BOUNCER_PORT:-55492}; api_port=${PENGUINMAILS_CHECK_API_PORT:-55493}
api_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true
  PENGUINMAILS_PGBOUNCER_PORT=$bouncer_port PENGUINMAILS_PGBOUNCER_DIR="$work/bouncer" "$root/build/pgbouncer.sh" stop >/dev/null 2>&1 || true
  PENGUINMAILS_PG_PORT=$pg_port PENGUINMAILS_PG_DATA="$work/pg" "$root/build/db.sh" stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== $*"; }

step "compose file"
if docker compose version >/dev/null 2>&1; then compose=(docker compose)
else
  command -v docker-compose >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null; }
  compose=(docker-compose)
fi
PENGUINMAILS_DOCKER_SECRETS="$root/docker/secrets" "$root/docker/secrets.sh" >/dev/null
"${compose[@]}" -p penguinmails -f "$root/docker/compose.yaml" config -q
echo "valid ($("${compose[@]}" version --short 2>/dev/null || "${compose[@]}" version | head -n 1))"

step "publish output"
publish_args=$(grep -oE 'dotnet publish .*' "$root/docker/Dockerfile" | sed 's/ -o \/app / -o OUT /')
[ -n "$publish_args" ] || { echo "no dotnet publish line in docker/Dockerfile"; exit 1; }
(cd "$root" && ${publish_args/OUT/$work/app} -nologo -v q >/dev/null)
for file in PenguinMails.Api.dll PenguinMails.Api.runtimeconfig.json appsettings.json; do
  [ -f "$work/app/$file" ] || { echo "publish output lacks $file"; exit 1; }
done
grep -q '"/app/PenguinMails.Api.dll"' "$root/docker/Dockerfile" && echo "the Dockerfile's entry point is in the publish output"

step "database: roles, passwords and database from the secrets, as the postgres image's init scripts do"
PENGUINMAILS_PG_PORT=$pg_port PENGUINMAILS_PG_DATA="$work/pg" "$root/build/db.sh" start >/dev/null
secrets_in="$work/secrets-in"; PENGUINMAILS_DOCKER_SECRETS="$secrets_in" "$root/docker/secrets.sh" >/dev/null
pg_bin=$(find_pg_bin)
psql() { "$pg_bin/psql" -X -q -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }
psql -d postgres -c "DROP DATABASE penguinmails" # build/db.sh made one; the init script makes its own
PATH="$pg_bin:$PATH" PGHOST=127.0.0.1 PGPORT=$pg_port POSTGRES_USER=postgres PENGUINMAILS_INIT_SECRETS="$secrets_in" \
  sh "$root/docker/postgres/20-logins.sh"
[ "$(psql -d postgres -tAc "SELECT count(*) FROM pg_authid WHERE rolname LIKE 'penguinmails_%' AND rolpassword LIKE 'SCRAM-SHA-256%'")" = 3 ] \
  && echo "three roles with SCRAM passwords, database penguinmails owned by penguinmails_owner"

# The containers' secret files, pointed at this machine instead of the compose network.
to_local() { sed -e "s/Host=postgres;Port=5432/Host=127.0.0.1;Port=$pg_port/" -e "s/Host=pgbouncer;Port=6432/Host=127.0.0.1;Port=$bouncer_port/" "$secrets_in/$1"; }
mkdir -p "$work/migrate-secrets" "$work/api-secrets"
to_local owner_connection >"$work/migrate-secrets/ConnectionStrings__Owner"
to_local api_connection >"$work/api-secrets/ConnectionStrings__Api"
to_local platform_connection >"$work/api-secrets/ConnectionStrings__Platform"
cp "$secrets_in/identity_signing_key" "$work/api-secrets/Identity__SigningKey"
cp "$secrets_in/identity_encryption_key" "$work/api-secrets/Identity__EncryptionKey"
cp "$secrets_in/secrets_master_key" "$work/api-secrets/Secrets__MasterKey"

step "migration job"
PENGUINMAILS_SECRETS_DIR="$work/migrate-secrets" dotnet "$work/app/PenguinMails.Api.dll" migrate | tail -n 1

step "PgBouncer (transaction pooling) and the API from the publish output, secrets from files"
PENGUINMAILS_PGBOUNCER_PORT=$bouncer_port PENGUINMAILS_PGBOUNCER_DIR="$work/bouncer" PENGUINMAILS_PG_PORT=$pg_port "$root/build/pgbouncer.sh" start
env -u ConnectionStrings__Api -u ConnectionStrings__Platform -u ConnectionStrings__Owner \
  PENGUINMAILS_SECRETS_DIR="$work/api-secrets" ASPNETCORE_HTTP_PORTS=$api_port ASPNETCORE_URLS= \
  dotnet "$work/app/PenguinMails.Api.dll" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 60); do
  if dotnet "$work/app/PenguinMails.Api.dll" probe "http://127.0.0.1:$api_port/health/ready" >/dev/null 2>&1; then
    echo "health check: ready"; "$pg_bin/psql" -X -h 127.0.0.1 -p "$bouncer_port" -U postgres -d pgbouncer -tAc "SHOW POOLS" | grep -c penguinmails_app >/dev/null \
      && echo "the API's connections go through PgBouncer"
    echo "docker/ checks passed"; exit 0
  fi
  kill -0 "$api_pid" 2>/dev/null || break
  sleep 0.5
done
echo "the API did not become ready; its log:"; tail -n 30 "$work/api.log"; exit 1
