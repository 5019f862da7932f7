#!/usr/bin/env bash
# Builds and runs every test project against a throwaway PostgreSQL (or the server PENGUINMAILS_TEST_DB
# names: a superuser connection string), smoke-tests build/run.sh on that throwaway server, stops it
# afterwards whatever happened, and ends with one line: "N passed, N failed" (", N skipped" when any).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
require_dotnet || exit 1
results="$root/.local/test-results"
rm -rf "$results"; mkdir -p "$results"

started_db=""
cleanup() {
  if [ -n "$started_db" ]; then
    PENGUINMAILS_PG_PORT=$started_db PENGUINMAILS_PG_DATA="$root/.local/pg-test-$started_db" "$root/build/db.sh" stop >/dev/null 2>&1 || true
    rm -rf "$root/.local/pg-test-$started_db" "$root/.local/pg-test-$started_db.log"
  fi
}
trap cleanup EXIT

# The throwaway server starts, then PgBouncer (for the tests that run through it) is installed, while the solution
# builds; one after the other, since either may need apt-get.
if [ -z "${PENGUINMAILS_TEST_DB:-}" ]; then
  started_db=${PENGUINMAILS_TEST_PG_PORT:-55433}
  rm -rf "$root/.local/pg-test-$started_db"
  export PENGUINMAILS_TEST_DB="Host=127.0.0.1;Port=$started_db;Username=postgres;Database=postgres"
fi
(
  if [ -n "$started_db" ]; then
    PENGUINMAILS_PG_PORT=$started_db PENGUINMAILS_PG_DATA="$root/.local/pg-test-$started_db" "$root/build/db.sh" start || exit 1
  fi
  "$root/build/pgbouncer.sh" install || echo "PgBouncer could not be installed: the tests that run through it will fail"
) >"$results/servers.log" 2>&1 &
servers_job=$!

build_ok=1
dotnet_build "$root/PenguinMails.sln" -c Release -nologo -v q >"$results/build.log" 2>&1 || build_ok=0
servers_ok=1; wait "$servers_job" || servers_ok=0
cat "$results/servers.log"
[ "$servers_ok" = 1 ] || { echo "0 passed, 1 failed"; exit 1; }
if [ "$build_ok" = 0 ]; then
  grep -E 'error|warn' "$results/build.log" | sort -u | head -n 40
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

# build/run.sh end to end, on the throwaway server's "penguinmails" database (build/db.sh made it), beside the tests.
smoke_job=""
if [ -n "$started_db" ]; then
  db="Host=127.0.0.1;Port=$started_db;Database=penguinmails"
  PENGUINMAILS_PREBUILT=1 ConnectionStrings__Owner="$db;Username=penguinmails_owner" ConnectionStrings__Api="$db;Username=penguinmails_app" \
    ConnectionStrings__Platform="$db;Username=penguinmails_platform" \
    python3 "$root/build/smoke-run.py" "$root" "http://127.0.0.1:${PENGUINMAILS_SMOKE_PORT:-55480}" "$results/run-smoke.log" \
    >"$results/run-smoke.out" 2>&1 &
  smoke_job=$!
fi

# The full output goes to a file first: cutting a live pipe short (head) could kill the test run with SIGPIPE.
# Each test assembly runs straight from its build output (no second MSBuild pass over the solution), the integration
# tests in a process of their own beside the other two.
bin() { echo "$root/tests/$1/bin/Release/net10.0/$1.dll"; }
dotnet test "$(bin PenguinMails.IntegrationTests)" --logger "trx;LogFileName=integration.trx" --results-directory "$results" >"$results/console-integration.log" 2>&1 &
integration_job=$!
dotnet test "$(bin PenguinMails.ArchitectureTests)" "$(bin PenguinMails.UnitTests)" --logger "trx;LogFileName=unit-and-architecture.trx" --results-directory "$results" \
  >"$results/console.log" 2>&1
test_status=$?
wait "$integration_job" || test_status=1
cat "$results/console-integration.log" >>"$results/console.log"
grep -E 'Passed!|Failed!|error|\[FAIL\]|^\s+Failed ' "$results/console.log" | head -n 100

smoke_passed=0; smoke_failed=0
if [ -n "$smoke_job" ]; then
  if wait "$smoke_job"; then
    smoke_passed=1; echo "run.sh smoke test passed"
  else
    smoke_failed=1; cat "$results/run-smoke.out"; echo "run.sh smoke test failed (log: $results/run-smoke.log)"
  fi
else
  echo "run.sh smoke test not run: PENGUINMAILS_TEST_DB names an outside server"
fi

# Sum the counters of every project's TRX report.
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import glob, re, sys
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*>', text)
    if not m: continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)
if [ "$test_status" != 0 ] && [ "${failed:-0}" = 0 ]; then failed=1; fi
passed=$(( ${passed:-0} + smoke_passed )); failed=$(( ${failed:-0} + smoke_failed ))
line="${passed:-0} passed, ${failed:-0} failed"
[ "${skipped:-0}" != 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$test_status" = 0 ] && [ "${failed:-0}" = 0 ]
