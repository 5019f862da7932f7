#!/usr/bin/env bash
# Runs PenguinMails in one command: starts the local database when no connection string is configured,
# migrates it (reference data included: plans, staff roles, permissions), starts the mail sandbox (an SMTP server
# keeping every message in .local/mail, and a DNS server publishing the records of domains under .test; README,
# "The mail sandbox"; PENGUINMAILS_SANDBOX=off leaves it out), and starts the API on http://127.0.0.1:5080 (override
# with PENGUINMAILS_URLS). `run.sh grant-staff EMAIL ROLE` makes an existing account staff instead (how the first
# super_admin is made) and exits. `run.sh mail` lists the messages the sandbox kept, newest first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
require_dotnet

sandbox_dll="$root/tools/PenguinMails.MailSandbox/bin/Release/net10.0/PenguinMails.MailSandbox.dll"
build_sandbox() { dotnet_build "$root/tools/PenguinMails.MailSandbox/PenguinMails.MailSandbox.csproj" -c Release -nologo -v q >/dev/null; }
if [ "${1:-}" = mail ]; then
  build_sandbox
  exec dotnet "$sandbox_dll" list --mail-dir "${PENGUINMAILS_MAIL_DIR:-$root/.local/mail}"
fi

if [ -z "${ConnectionStrings__Api:-}" ]; then
  "$root/build/db.sh" start
  local_db="Host=127.0.0.1;Port=${PENGUINMAILS_PG_PORT:-55432};Database=penguinmails"
  export ConnectionStrings__Owner=${ConnectionStrings__Owner:-"$local_db;Username=penguinmails_owner"}
  export ConnectionStrings__Api="$local_db;Username=penguinmails_app"
  export ConnectionStrings__Platform=${ConnectionStrings__Platform:-"$local_db;Username=penguinmails_platform"}
fi

# Development keys for tokens and encrypted secrets, kept outside the repository and reused between runs.
# Production sets Identity__SigningKey, Identity__EncryptionKey and Secrets__MasterKey from its secret store instead.
if [ -z "${Identity__SigningKey:-}" ] || [ -z "${Identity__EncryptionKey:-}" ] || [ -z "${Secrets__MasterKey:-}" ]; then
  keys_dir="${XDG_CONFIG_HOME:-$HOME/.config}/penguinmails"
  mkdir -p "$keys_dir" && chmod 700 "$keys_dir"
  for key in signing-key encryption-key secrets-master-key; do
    [ -s "$keys_dir/$key" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$keys_dir/$key")
  done
  export Identity__SigningKey=${Identity__SigningKey:-$(cat "$keys_dir/signing-key")}
  export Identity__EncryptionKey=${Identity__EncryptionKey:-$(cat "$keys_dir/encryption-key")}
  export Secrets__MasterKey=${Secrets__MasterKey:-$(cat "$keys_dir/secrets-master-key")}
fi

"$root/build/migrate.sh"

dll="$root/src/PenguinMails.Api/bin/Release/net10.0/PenguinMails.Api.dll"
if [ "${1:-}" = "grant-staff" ]; then
  [ $# -eq 3 ] || { echo "usage: $0 grant-staff EMAIL ROLE   (ROLE: super_admin, support, or a role staff created)" >&2; exit 2; }
  exec dotnet "$dll" grant-staff "$2" "$3"
fi

children=()
stop_children() { [ ${#children[@]} -eq 0 ] || kill -TERM "${children[@]}" 2>/dev/null || true; wait; }
trap stop_children EXIT
trap 'exit 143' INT TERM

if [ "${PENGUINMAILS_SANDBOX:-on}" != off ]; then
  [ -n "${ConnectionStrings__Platform:-}" ] || { echo "the mail sandbox needs ConnectionStrings__Platform (or PENGUINMAILS_SANDBOX=off)" >&2; exit 1; }
  smtp=${PENGUINMAILS_SANDBOX_SMTP:-127.0.0.1:2525}
  dns=${PENGUINMAILS_SANDBOX_DNS:-127.0.0.1:55353}
  build_sandbox
  dotnet "$sandbox_dll" serve \
    --smtp "$smtp" --dns "$dns" --mail-dir "${PENGUINMAILS_MAIL_DIR:-$root/.local/mail}" &
  children+=($!)
  # Ready when its SMTP port answers; a sandbox that could not listen has exited and said why.
  until (exec 3<>"/dev/tcp/${smtp%:*}/${smtp##*:}") 2>/dev/null; do
    kill -0 "${children[0]}" 2>/dev/null || { echo "the mail sandbox did not start" >&2; exit 1; }
    sleep 0.2
  done
  export Deliverability__NameServers__0=${Deliverability__NameServers__0:-$dns}
  # The sandbox's SMTP server is on loopback, where a production instance never connects for a tenant.
  export Deliverability__AllowPrivateMailHosts=${Deliverability__AllowPrivateMailHosts:-true}
fi

urls=${PENGUINMAILS_URLS:-http://127.0.0.1:5080}
echo "PenguinMails API on $urls — OpenAPI document: ${urls%%;*}/openapi/v1.json"
dotnet "$dll" --urls "$urls" --contentRoot "$root/src/PenguinMails.Api" &
children+=($!)
wait "${children[-1]}"
