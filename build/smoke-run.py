#!/usr/bin/env python3
"""Smoke test of build/run.sh, called by build/test.sh: starts it, waits (bounded) for /health/ready, calls
GET /api/v1/plans, runs the container health check (`PenguinMails.Api probe`) against it and against a closed port,
checks that what the API printed is JSON log lines, and stops it. Exit 0 when all held."""
import json, os, signal, subprocess, sys, time, urllib.request

root, url, log_path = sys.argv[1], sys.argv[2], sys.argv[3]
env = dict(os.environ, PENGUINMAILS_URLS=url)
with open(log_path, "w") as log:
    proc = subprocess.Popen([os.path.join(root, "build/run.sh")], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
failures = []
try:
    deadline, ready = time.monotonic() + 90, False
    while time.monotonic() < deadline and proc.poll() is None and not ready:
        try:
            ready = urllib.request.urlopen(url + "/health/ready", timeout=2).status == 200
        except OSError:
            time.sleep(0.5)
    if not ready:
        failures.append("the API did not become ready within 90 s")
    else:
        plans = json.load(urllib.request.urlopen(url + "/api/v1/plans", timeout=5))
        if [p["slug"] for p in plans["items"]] != ["free", "starter", "pro"]:
            failures.append(f"unexpected plans: {plans}")
        # The container's health check: exit 0 on a ready API, 1 on a closed port.
        dll = os.path.join(root, "src/PenguinMails.Api/bin/Release/net10.0/PenguinMails.Api.dll")
        for target, expected in ((url + "/health/ready", 0), ("http://127.0.0.1:9/health/ready", 1)):
            code = subprocess.run(["dotnet", dll, "probe", target], capture_output=True, timeout=60).returncode
            if code != expected:
                failures.append(f"probe {target} exited {code}, not {expected}")
        lines = [l for l in open(log_path) if l.startswith("{")]
        if not lines or not all(isinstance(json.loads(l), dict) for l in lines):
            failures.append("the API's log lines are not JSON")
finally:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
for f in failures:
    print("run.sh smoke test:", f)
sys.exit(1 if failures else 0)
