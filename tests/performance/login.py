"""Locust load test of password login (requirements S, O2): the cost of Argon2id plus what a login writes.

`make bench` (scripts/bench.sh) creates the accounts with tests/performance/login_accounts.py, then runs this
file headless straight against gunicorn (a POST is never cached, so nginx adds nothing but a hop) at a few
concurrency levels; tests/performance/report.py writes the "Login" section of docs/benchmarks.md.

Every request is a successful login: the password check (the configured hasher), the lockout bookkeeping, a
login-session row, an audit row and a fresh bearer token. Users take the accounts round-robin, so no
account is hit twice in a row and a wrong password can never lock one (any failure is reported instead).
Only loopback hosts are accepted.
"""

import itertools
import os

# login_query.py and loopback.py lie beside this file; locust puts the locustfile's directory on sys.path.
from locust import HttpUser, constant, events, task
from login_query import DEFAULT_ACCOUNTS, LOGIN_MUTATION, account_name
from loopback import only_loopback

ACCOUNTS = int(os.environ.get("BENCH_LOGIN_ACCOUNTS", DEFAULT_ACCOUNTS))
HEADERS = {
    "Accept": "application/json",
    "Accept-Language": "zh-hans",
    "X-Forwarded-Proto": "https",
    # A non-browser client (mini-program, API client): no CSRF token needed, as for the real ones.
    "X-ZYK-Client": "bench",
}
_accounts = itertools.count()

events.test_start.add_listener(only_loopback)


@events.test_start.add_listener
def _password_given(environment, **_kwargs):
    if not os.environ.get("BENCH_LOGIN_PASSWORD"):
        raise SystemExit("BENCH_LOGIN_PASSWORD is not set: run tests/performance/login_accounts.py first")


def _check(response):
    """A login counts as failed unless it answers ok with a bearer token."""
    if response.status_code != 200:
        response.failure(f"HTTP {response.status_code}")
        return
    try:
        body = response.json()
    except ValueError:
        response.failure("not JSON")
        return
    payload = (body.get("data") or {}).get("loginWithPassword") or {}
    if body.get("errors") or not payload.get("ok") or not (payload.get("token") or "").startswith("zyk_"):
        response.failure(f"unexpected answer: {str(body.get('errors') or payload.get('errors') or body)[:200]}")
    else:
        response.success()


class PasswordLogin(HttpUser):
    """Someone signing in with account name and password; no think time, so the run measures capacity."""

    wait_time = constant(float(os.environ.get("BENCH_WAIT_SECONDS", "0")))

    @task
    def login(self):
        account = account_name(next(_accounts) % ACCOUNTS)
        variables = {"a": account, "p": os.environ["BENCH_LOGIN_PASSWORD"]}
        with self.client.post(
            "/graphql/",
            json={"query": LOGIN_MUTATION, "variables": variables},
            headers=HEADERS,
            name="POST /graphql/ loginWithPassword",
            catch_response=True,
        ) as response:
            _check(response)
