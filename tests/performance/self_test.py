"""Locust: learners taking the same self-test once each (issue 7, L5; run by scripts/bench-self-test.sh).

Each simulated learner takes the next bearer token of ``BENCH_SELFTEST_ACCOUNTS`` (written by
self_test_load.py setup), starts the paper, autosaves one answer per item (the item ids come from the
attempt) and submits, then idles until every learner is done (the run then ends): with ``-u N -r N/60``
the N learners arrive over one minute. Requests are
named attemptStart / answerSave / attemptSubmit in the CSV; the run ends when every learner has finished
(or at locust's time limit). Only loopback hosts are accepted.
"""

import itertools
import json
import os
import time

import gevent
from locust import FastHttpUser, constant, events, task
from loopback import only_loopback

with open(os.environ["BENCH_SELFTEST_ACCOUNTS"], encoding="utf-8") as _handle:
    ACCOUNTS = json.load(_handle)
_next = itertools.count()
SUMMARY = {"first_start": None, "last_submit": None, "submitted_ok": 0, "done": 0}

START = (
    "mutation($p: ID!) { attemptStart(paperId: $p) "
    "{ ok errors { code message } attempt { id items { id questionType } } } }"
)
SAVE = (
    "mutation($a: ID!, $q: ID!, $r: GenericScalar) { answerSave(attemptId: $a, questionId: $q, response: $r) "
    "{ ok errors { code message } } }"
)
SUBMIT = "mutation($a: ID!) { attemptSubmit(attemptId: $a) { ok errors { code message } attempt { id state score } } }"

events.test_start.add_listener(only_loopback)


@events.quitting.add_listener
def _write_summary(environment, **_kwargs):
    path = os.environ.get("BENCH_SELFTEST_CLIENT")
    if path and SUMMARY["first_start"] is not None and SUMMARY["last_submit"] is not None:
        span = SUMMARY["last_submit"] - SUMMARY["first_start"]
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({**SUMMARY, "span_seconds": span}, handle)


class Learner(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        index = next(_next)
        self.finished = index >= len(ACCOUNTS["tokens"])  # never happens with -u = the number of tokens
        if self.finished:
            return
        self.headers = {
            "Authorization": f"Bearer {ACCOUNTS['tokens'][index]}",
            "Accept": "application/json",
            "Accept-Language": "zh-hans",
            "X-Forwarded-Proto": "https",
            "X-ZYK-Client": "bench",
        }

    def _post(self, name, query, variables, field):
        with self.client.post(
            "/graphql/",
            json={"query": query, "variables": variables},
            headers=self.headers,
            name=name,
            catch_response=True,
        ) as response:
            try:
                body = response.json()
            except ValueError:
                response.failure(f"HTTP {response.status_code}, not JSON")
                return None
            payload = (body.get("data") or {}).get(field) or {}
            if response.status_code != 200 or body.get("errors") or not payload.get("ok"):
                response.failure(str(body.get("errors") or payload.get("errors") or body)[:200])
                return None
            response.success()
            return payload

    @task
    def take_the_self_test(self):
        if self.finished:  # once is all: idle (a stopped user would be replaced by a new one) until the run ends
            gevent.sleep(3600)
            return
        self.finished = True
        if SUMMARY["first_start"] is None:
            SUMMARY["first_start"] = time.time()
        started = self._post("attemptStart", START, {"p": str(ACCOUNTS["paper_id"])}, "attemptStart")
        if started:
            attempt = started["attempt"]
            for item in attempt["items"]:
                response = ACCOUNTS["answers"][item["questionType"].lower()]
                self._post("answerSave", SAVE, {"a": attempt["id"], "q": item["id"], "r": response}, "answerSave")
            if self._post("attemptSubmit", SUBMIT, {"a": attempt["id"]}, "attemptSubmit"):
                SUMMARY["submitted_ok"] += 1
                SUMMARY["last_submit"] = time.time()
        SUMMARY["done"] += 1
        if SUMMARY["done"] >= len(ACCOUNTS["tokens"]):  # every learner has finished: end the run now
            gevent.spawn_later(1, self.environment.runner.quit)
