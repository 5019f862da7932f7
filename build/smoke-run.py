#!/usr/bin/env python3
"""Smoke test of build/run.sh, called by build/test.sh: starts it, waits (bounded) for /health/ready, calls
GET /api/v1/plans, runs the container health check (`PenguinMails.Api probe`) against it and against a closed port,
walks the README's quick start (sign-up, a .test domain verified by the mail sandbox's DNS, a campaign whose e-mails
arrive in the sandbox's folder, `run.sh mail` listing them), checks that what the API printed is JSON log lines, and
stops it. Exit 0 when all held."""
import json, os, re, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.error, urllib.request

root, url, log_path = sys.argv[1], sys.argv[2], sys.argv[3]


def free_port(kind):
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


mail_dir = tempfile.mkdtemp(prefix="pm-smoke-mail-")
smtp_port = free_port(socket.SOCK_STREAM)
env = dict(os.environ, PENGUINMAILS_URLS=url, PENGUINMAILS_MAIL_DIR=mail_dir,
           PENGUINMAILS_SANDBOX_SMTP=f"127.0.0.1:{smtp_port}", PENGUINMAILS_SANDBOX_DNS=f"127.0.0.1:{free_port(socket.SOCK_DGRAM)}")


def call(method, path, body=None, session=None):
    """session: (access token, tenant id) of a signed-in user."""
    headers = {"Content-Type": "application/json"}
    if session:
        headers.update({"Authorization": "Bearer " + session[0], "X-Tenant-Id": session[1]})
    request = urllib.request.Request(url + path, method=method, data=None if body is None else json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        raise AssertionError(f"{method} {path}: {error.code} {error.read()[:500]!r}") from None


def quick_start():
    """The README's quick start, step for step."""
    email, password = "you@example.com", "Correct horse battery 7!"
    call("POST", "/api/v1/auth/signup", {"email": email, "password": password, "name": "You", "tenantName": "Acme"})
    deadline, link = time.monotonic() + 30, None
    while link is None and time.monotonic() < deadline:
        link = next(iter(re.findall(r"sign-up/confirm#token=([A-Za-z0-9_\-.]+)", open(log_path).read())), None)
        time.sleep(0.2)
    if link is None:
        raise AssertionError("no sign-up link in the API's log")
    signed_up = call("POST", "/api/v1/auth/signup/confirm", {"token": link})
    token = (signed_up["accessToken"], signed_up["tenantId"])
    company = call("GET", "/api/v1/companies", session=token)["items"][0]["id"]
    domain = call("POST", "/api/v1/domains", {"domain": "acme.test", "companyId": company}, token)["id"]
    verified = call("POST", f"/api/v1/domains/{domain}/verify", session=token)
    if verified["verificationStatus"] != "verified":
        raise AssertionError(f"acme.test did not verify through the sandbox's DNS: {verified['records']}")
    account = call("POST", "/api/v1/email-accounts", {"domainId": domain, "email": "hello@acme.test", "password": "anything",
                   "smtpSettings": {"host": "127.0.0.1", "port": smtp_port, "security": "none", "username": "hello"},
                   "minGapSeconds": 0, "randomGapSeconds": 0}, token)["id"]
    template = call("POST", "/api/v1/templates", {"name": "Intro", "subject": "Hi {{firstName|there}}",
                    "content": "Hello {{firstName|there}},\nUnsubscribe: {{unsubscribeUrl}}"}, token)["id"]
    campaign = call("POST", "/api/v1/campaigns", {"companyId": company, "name": "First"}, token)["id"]
    call("PATCH", f"/api/v1/campaigns/{campaign}", {"schedule": {"timezone": "UTC", "days": [1, 2, 3, 4, 5, 6, 7], "start": "00:00", "end": "23:59"},
         "emailAccountIds": [account]}, token)
    call("POST", f"/api/v1/campaigns/{campaign}/steps", {"stepType": "email", "templateId": template}, token)
    leads = [call("POST", "/api/v1/leads", {"email": address, "firstName": name}, token)["id"]
             for address, name in (("ana@prospect.test", "Ana"), ("ben@prospect.test", "Ben"))]
    call("POST", f"/api/v1/campaigns/{campaign}/leads", {"leadIds": leads}, token)
    call("POST", f"/api/v1/campaigns/{campaign}/schedule", {"scheduled": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 600))}, token)
    call("POST", f"/api/v1/campaigns/{campaign}/start", session=token)
    deadline = time.monotonic() + 60
    while len([f for f in os.listdir(mail_dir) if f.endswith(".eml")]) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    kept = [open(os.path.join(mail_dir, f), encoding="ascii", errors="replace").read() for f in os.listdir(mail_dir) if f.endswith(".eml")]
    if sorted(re.search(r"^Subject: (.*)$", m, re.M).group(1).strip() for m in kept) != ["Hi Ana", "Hi Ben"]:
        raise AssertionError(f"the sandbox kept {len(kept)} messages, not the campaign's two")
    if not all("DKIM-Signature:" in m and "List-Unsubscribe:" in m for m in kept):
        raise AssertionError("a kept message is not signed or has no unsubscribe link")
    listing = subprocess.run([os.path.join(root, "build/run.sh"), "mail"], env=env, capture_output=True, text=True, timeout=120).stdout
    if "Hi Ana" not in listing or "ben@prospect.test" not in listing:
        raise AssertionError(f"run.sh mail did not list the messages: {listing}")

with open(log_path, "w") as log:
    proc = subprocess.Popen([os.path.join(root, "build/run.sh")], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
failures = []
try:
    # Generous: the API starts on two cores that the test suite keeps busy.
    deadline, ready = time.monotonic() + 180, False
    while time.monotonic() < deadline and proc.poll() is None and not ready:
        try:
            ready = urllib.request.urlopen(url + "/health/ready", timeout=2).status == 200
        except OSError:
            time.sleep(0.5)
    if not ready:
        failures.append("the API did not become ready within 180 s")
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
        try:
            quick_start()
        except AssertionError as failure:
            failures.append(f"quick start: {failure}")
        lines = [l for l in open(log_path) if l.startswith("{")]
        if not lines or not all(isinstance(json.loads(l), dict) for l in lines):
            failures.append("the API's log lines are not JSON")
finally:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    shutil.rmtree(mail_dir, ignore_errors=True)
for f in failures:
    print("run.sh smoke test:", f)
sys.exit(1 if failures else 0)
