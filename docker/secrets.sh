#!/usr/bin/env bash
# Writes the compose file's secrets into docker/secrets/ (git-ignored): random passwords for the superuser and the
# three roles, the connection strings built from them, PgBouncer's userlist, and the API's three keys. Existing
# files are kept, so re-running never changes a password the database already has. Compose mounts each file into
# the containers that name it; outside a single machine, use the orchestrator's secret store instead.
set -euo pipefail
dir=${PENGUINMAILS_DOCKER_SECRETS:-"$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/secrets"}
mkdir -p "$dir" && chmod 700 "$dir"

# The folder is the host's guard (0700); the files must be readable by the containers' own users, since compose
# bind-mounts them as they are.
write() { [ -s "$dir/$1" ] || (umask 022 && printf '%s' "$2" >"$dir/$1"); }
random() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
# Passwords go into connection strings and PgBouncer's userlist: letters and digits only.
password() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

for role in postgres owner app platform; do write "${role}_password" "$(password)"; done
owner=$(cat "$dir/owner_password"); app=$(cat "$dir/app_password"); platform=$(cat "$dir/platform_password")

write owner_connection "Host=postgres;Port=5432;Database=penguinmails;Username=penguinmails_owner;Password=$owner"
# Through PgBouncer in transaction pooling (README, "Run it behind PgBouncer"): no automatic preparation, no reset.
via_bouncer="Host=pgbouncer;Port=6432;Database=penguinmails;Max Auto Prepare=0;No Reset On Close=true"
write api_connection "$via_bouncer;Username=penguinmails_app;Password=$app"
write platform_connection "$via_bouncer;Username=penguinmails_platform;Password=$platform"
write pgbouncer_userlist "$(printf '"penguinmails_app" "%s"\n"penguinmails_platform" "%s"\n' "$app" "$platform")"

write identity_signing_key "$(random 32)"
write identity_encryption_key "$(random 32)"
write secrets_master_key "$(random 32)"
echo "secrets in $dir"
