"""Locust load test of the library home page's GraphQL query (requirement Q).

`make bench` (scripts/bench.sh) runs it headless against a local gunicorn and, for the cached GET,
through the production nginx config; tests/performance/report.py turns the CSV into docs/benchmarks.md.
Tags: `post` (POST /graphql/, never cached) and `get` (GET /graphql/?query=..., cacheable at the edge).
Only loopback hosts are accepted: this file must never load anything but a server of our own.
"""

import os

# home_query.py and loopback.py lie beside this file; locust puts the locustfile's directory on sys.path.
from home_query import HOME_QUERY
from locust import HttpUser, constant, events, tag, task
from loopback import only_loopback

HEADERS = {
    "Accept": "application/json",
    "Accept-Language": "zh-hans",
    # As nginx forwards it in production (TLS terminated in front of the edge).
    "X-Forwarded-Proto": "https",
}
# Every POST from a browser must carry Django's CSRF token (api/views.py); the benchmark posts as an API
# client instead (the mini-program's way), which skips only that token check.
POST_HEADERS = {**HEADERS, "X-ZYK-Client": "bench"}
events.test_start.add_listener(only_loopback)


def _check(response):
    """A request counts as failed unless it returns the major with its courses and no errors."""
    if response.status_code != 200:
        response.failure(f"HTTP {response.status_code}")
        return
    try:
        body = response.json()
    except ValueError:
        response.failure("not JSON")
        return
    major = (body.get("data") or {}).get("major")
    if body.get("errors") or not major or not major.get("courses"):
        response.failure(f"unexpected answer: {str(body)[:200]}")
    else:
        response.success()


class HomePageVisitor(HttpUser):
    """A visitor opening the home page; no think time, so the run measures capacity."""

    wait_time = constant(float(os.environ.get("BENCH_WAIT_SECONDS", "0")))

    @tag("post")
    @task
    def home_post(self):
        with self.client.post(
            "/graphql/",
            json={"query": HOME_QUERY},
            headers=POST_HEADERS,
            name="POST /graphql/ home",
            catch_response=True,
        ) as response:
            _check(response)

    @tag("get")
    @task
    def home_get(self):
        with self.client.get(
            "/graphql/",
            params={"query": HOME_QUERY},
            headers=HEADERS,
            name="GET /graphql/ home",
            catch_response=True,
        ) as response:
            _check(response)
