#!/usr/bin/env bash
# Benchmarks PenguinMails against its ceilings and writes docs/benchmarks.md and docs/benchmarks.json.
# Starts the local database (build/db.sh), seeds two benchmark databases on it the first time (100,000 and
# 1,000,000 leads over 1,001 tenants; kept and reused by later runs), then measures with the API and a load
# generator as separate processes on loopback. Takes about ten minutes; the first run adds the seeding.
# Benchmarks never fail a build: the exit status says only whether the run completed.
#   PENGUINMAILS_BENCH_SECONDS  length of each load run (default 8)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
require_dotnet
pg_bin=$(find_pg_bin)
export PATH="$pg_bin:$PATH"   # psql and pgbench

"$root/build/db.sh" start
dotnet_build "$root/tests/PenguinMails.Benchmarks" -c Release -nologo -v q
dotnet "$root/tests/PenguinMails.Benchmarks/bin/Release/net10.0/PenguinMails.Benchmarks.dll" run \
  --root "$root" --server "Host=127.0.0.1;Port=${PENGUINMAILS_PG_PORT:-55432}" --seconds "${PENGUINMAILS_BENCH_SECONDS:-8}"
