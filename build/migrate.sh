#!/usr/bin/env bash
# Applies all pending migrations to the database named by ConnectionStrings__Owner (the owner role's
# connection string); by default the local development database of build/db.sh. Re-running is a no-op.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
require_dotnet
export ConnectionStrings__Owner=${ConnectionStrings__Owner:-"Host=127.0.0.1;Port=${PENGUINMAILS_PG_PORT:-55432};Database=penguinmails;Username=penguinmails_owner"}
dotnet_build "$root/src/PenguinMails.Api/PenguinMails.Api.csproj" -c Release -nologo -v q >/dev/null
dotnet "$root/src/PenguinMails.Api/bin/Release/net10.0/PenguinMails.Api.dll" migrate
