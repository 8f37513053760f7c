"""Write docs/benchmarks.md from locust's CSV statistics (called by scripts/bench.sh).

Each --scenario is "key|description|path/to/<prefix>_stats.csv". The report names the scenario, the
machine (cores, memory, CPU), the date and commit, and per request type the throughput, the
p50/p95/p99 latencies and the failures, so a reader can compare runs over time.

The "Login" section (S, O2) comes from --login-scenario "key|users|description|stats.csv" (locust runs of
tests/performance/login.py), --hash-cost (tests/performance/hash_cost.py's JSON) and --login-accounts
(tests/performance/login_accounts.py's JSON); every number in it is measured, and the prose around the
numbers is worded from them (target met or not, which hasher is faster), so it cannot go stale.
"""

import argparse
import csv
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

# home_query.py and login_query.py lie beside this script, and a script's directory is on sys.path.
from home_query import HOME_QUERY
from login_query import LOGIN_MUTATION, account_name


def machine() -> dict[str, str]:
    info = {"cores (nproc)": str(os.cpu_count())}
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                info["CPU"] = line.split(":", 1)[1].strip()
                break
    info["OS"] = platform.platform()
    info["Python"] = platform.python_version()
    return info


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def read_stats(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def fmt_ms(value: str) -> str:
    return "n/a" if value in ("", "N/A") else f"{float(value):.0f}"


def result_rows(key: str, rows: list[dict[str, str]]) -> list[str]:
    lines = []
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "**all requests**"
        lines.append(
            f"| {key} | {name} | {row['Request Count']} | {row['Failure Count']} "
            f"| {float(row['Requests/s']):.1f} | {fmt_ms(row['50%'])} | {fmt_ms(row['95%'])} "
            f"| {fmt_ms(row['99%'])} | {fmt_ms(row['100%'])} |"
        )
    return lines


def aggregated(rows: list[dict[str, str]]) -> dict[str, str]:
    return next(row for row in rows if row["Name"] == "Aggregated")


def login_section(args, scenarios: list[tuple[str, int, str, list[dict[str, str]]]]) -> list[str]:
    """The "Login" section: logins/s and latency through gunicorn, raw hash cost, the trade-off, the target."""
    hash_cost = json.loads(args.hash_cost.read_text(encoding="utf-8")) if args.hash_cost else None
    accounts = json.loads(args.login_accounts.read_text(encoding="utf-8")) if args.login_accounts else None
    target = args.login_target
    lines = [
        "",
        "## Login (S, O2)",
        "",
        (
            "Password login is the one request whose cost we choose on purpose: the password hasher is slow by "
            "design. The benchmark sends the mutation the mini-program and API clients use (a bearer token, "
            "so no cookie or CSRF token; header `X-ZYK-Client: bench`):"
        ),
        "",
        "```graphql",
        LOGIN_MUTATION,
        "```",
        "",
        (
            f"- Straight to gunicorn, the same {args.workers} sync workers as above (a POST is never cached, so "
            "nginx would only add a hop); no think time; every login uses the right password."
        ),
    ]
    if accounts:
        lines.append(
            f"- {accounts['accounts']} accounts `{account_name(0)}` … `{account_name(accounts['accounts'] - 1)}`, "
            f"taken round-robin (five wrong passwords would lock an account), hashed by `{accounts['hasher']}` "
            f"and stored as `{accounts['stored_hash_parameters']}$<salt>$<hash>`."
        )
    lines.append(
        "- Each login is the real work: the password check, the lockout bookkeeping, a login-session row, an "
        "audit row and a fresh token."
    )
    for key, _users, description, _rows in scenarios:
        lines.append(f"- Scenario **{key}**: {description}.")
    lines += [
        "",
        "### Logins per second",
        "",
        "Latencies in milliseconds.",
        "",
        "| scenario | concurrent users | logins | failures | logins/s | p50 | p95 | p99 | max |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, users, _description, rows in scenarios:
        row = aggregated(rows)
        lines.append(
            f"| {key} | {users} | {row['Request Count']} | {row['Failure Count']} "
            f"| {float(row['Requests/s']):.1f} | {fmt_ms(row['50%'])} | {fmt_ms(row['95%'])} "
            f"| {fmt_ms(row['99%'])} | {fmt_ms(row['100%'])} |"
        )
    login_failures = sum(int(aggregated(rows)["Failure Count"]) for *_rest, rows in scenarios)
    login_requests = sum(int(aggregated(rows)["Request Count"]) for *_rest, rows in scenarios)
    lines += ["", f"Failures: {login_failures} of {login_requests} logins."]

    chosen = None
    if hash_cost:
        cores = hash_cost["cores"]
        rows = hash_cost["hashers"]
        by_key = {row["key"]: row for row in rows}
        chosen = by_key.get("chosen")
        lines += [
            "",
            "### Raw hash cost",
            "",
            (
                "`tests/performance/hash_cost.py`, before the servers start: median wall time of Django's "
                "`make_password` and of a correct `check_password` in one thread; the peak memory one hash adds "
                f"to a fresh process; and `check_password` calls per second with one process on each of the "
                f"{cores} cores, the most logins per second this machine could serve if it did nothing but hash. "
                f"Load average before it ran: {hash_cost['load_before']}."
            ),
            "",
            (
                f"| hasher | parameters | OWASP minimum | make_password (ms) | check_password (ms) "
                f"| memory per hash (MiB) | check_password/s on {cores} cores |"
            ),
            "| --- | --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for row in rows:
            lines.append(
                f"| {row['label']} | {row['parameters']} | {'yes' if row['meets_owasp_minimum'] else 'no'} "
                f"| {row['hash_ms_median']:.0f} | {row['verify_ms_median']:.0f} | {row['peak_memory_mib']:.0f} "
                f"| {row['verifies_per_second_all_cores']:.1f} |"
            )
        lines += ["", "### Trade-off", ""]
        if chosen:
            mib = (chosen["memory_cost_kib"] or 0) / 1024
            lines.append(
                f"- **Chosen: `{chosen['class']}`** ({chosen['parameters']}), first in `PASSWORD_HASHERS` "
                "(`cms/settings/components/auth.py`). Argon2id is the OWASP Password Storage Cheat Sheet's first "
                "choice, and OWASP's minimum for it is **m=19 MiB (19456 KiB), t=2, p=1**; these are exactly those "
                f"parameters, so it {'meets' if chosen['meets_owasp_minimum'] else '**does not meet**'} the "
                f"minimum. A check costs {chosen['verify_ms_median']:.0f} ms of one core; hashing alone caps this "
                f"machine at {chosen['verifies_per_second_all_cores']:.0f} logins/s."
            )
            lines.append(
                f"- Memory: every hash in progress holds {mib:.0f} MiB (measured: {chosen['peak_memory_mib']:.0f} MiB "
                f"a hash), so memory for logins = {mib:.0f} MiB × concurrent hashes. A sync gunicorn worker hashes "
                f"one password at a time: {args.workers} workers need at most {args.workers} × {mib:.0f} MiB = "
                f"{args.workers * mib:.0f} MiB per instance, however many people sign in at once."
            )
            pbkdf2_why = "no memory hardness, so a GPU or ASIC tries guesses far more cheaply than against Argon2id"
            for key, why in (
                ("django-argon2", "it spends more memory and time on every login than OWASP's minimum asks for"),
                ("django-pbkdf2", pbkdf2_why),
                ("owasp-pbkdf2", pbkdf2_why),
            ):
                other = by_key.get(key)
                if not other:
                    continue
                ratio = other["verify_ms_median"] / chosen["verify_ms_median"]
                ceiling = other["verifies_per_second_all_cores"]
                memory = (other["memory_cost_kib"] or 0) / 1024
                memory_note = (
                    f", {memory:.0f} MiB per concurrent login ({args.workers * memory:.0f} MiB for "
                    f"{args.workers} workers)"
                    if memory
                    else ""
                )
                lines.append(
                    f"- {other['label']} ({other['parameters']}): {other['verify_ms_median']:.0f} ms a check, "
                    f"{ratio:.1f}× ours{memory_note}; hashing alone caps the machine at {ceiling:.1f} logins/s, "
                    f"{'below' if ceiling < target else 'above'} the {target:g}/s target. Why not: {why}."
                )
            lines.append(
                "- PBKDF2 stays second in `PASSWORD_HASHERS` only to read older hashes; they are re-hashed with "
                "Argon2id at the next successful login. Hashes from Django's Argon2 hasher verify too (same "
                "algorithm name) and are re-hashed down to these parameters."
            )

    if scenarios:
        key, users, _description, rows = max(scenarios, key=lambda scenario: scenario[1])
        row = aggregated(rows)
        rate = float(row["Requests/s"])
        failures = int(row["Failure Count"])
        owasp_ok = chosen is None or chosen["meets_owasp_minimum"]
        met = rate >= target and failures == 0 and int(row["Request Count"]) > 0 and owasp_ok
        if chosen and rate > 0:
            ceiling = chosen["verifies_per_second_all_cores"]
            share = rate / ceiling if ceiling else 0
            if 0 < share <= 1:
                why = (
                    "the rest of the cores go to the rest of the request (GraphQL, lockout check, login-session and "
                    "audit rows, token) and to the load generator, PostgreSQL and Redis on the same machine."
                )
            else:
                why = (
                    "more than the ceiling, so the machine was busier while the hash timings ran than during the "
                    "login runs; compare the two only from a run on a quiet machine."
                )
            lines += [
                "",
                (
                    f"At {users} users the machine served {rate:.1f} logins/s, {share:.0%} of the hash-only ceiling "
                    f"({ceiling:.0f}/s): {why}"
                ),
            ]
        lines += [
            "",
            "### Target",
            "",
            (
                f"Target: at least {target:g} logins/s on this {os.cpu_count()}-core machine without going below "
                f"OWASP's parameters. **{'Met' if met else 'Not met'}**: {rate:.1f} logins/s at {users} concurrent "
                f"users (scenario {key}), p95 {fmt_ms(row['95%'])} ms, {failures} failures"
                + ("" if owasp_ok else ", and the chosen hasher is below OWASP's minimum")
                + "."
            ),
        ]
        if not met and rate < target:
            lines.append(
                "The load generator shares the cores with gunicorn, PostgreSQL and Redis here (see Machine); on a "
                "busy machine re-run `make bench` when it is quiet before drawing conclusions."
            )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scenario", action="append", required=True, help="key|description|stats.csv")
    parser.add_argument("--load-before", default="unknown", help="load average when the run started")
    parser.add_argument("--database", required=True)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--users", required=True)
    parser.add_argument("--spawn-rate", required=True)
    parser.add_argument("--duration", required=True)
    parser.add_argument("--workers", default="3", help="gunicorn sync workers")
    parser.add_argument(
        "--login-scenario", action="append", default=[], help="key|users|description|stats.csv (login.py runs)"
    )
    parser.add_argument("--hash-cost", type=Path, help="JSON written by tests/performance/hash_cost.py")
    parser.add_argument("--login-accounts", type=Path, help="JSON written by tests/performance/login_accounts.py")
    parser.add_argument("--login-target", type=float, default=20.0, help="logins per second to reach")
    args = parser.parse_args()
    args.workers = int(args.workers)

    scenarios = []
    total_requests = 0
    total_failures = 0
    for spec in args.scenario:
        key, description, path = spec.split("|", 2)
        rows = read_stats(Path(path))
        scenarios.append((key, description, rows))
        for row in rows:
            if row["Name"] == "Aggregated":
                total_requests += int(row["Request Count"])
                total_failures += int(row["Failure Count"])

    login_scenarios = []
    for spec in args.login_scenario:
        key, users, description, path = spec.split("|", 3)
        login_scenarios.append((key, int(users), description, read_stats(Path(path))))

    now = datetime.datetime.now(datetime.UTC).astimezone()
    lines = [
        "# Benchmarks",
        "",
        (
            f"Written by `make bench` on {now:%Y-%m-%d %H:%M %Z} at commit `{git_commit()}`; re-run it "
            "rather than editing this file. The run is bounded and sends traffic to loopback addresses only."
        ),
        "",
        "## Scenario",
        "",
        "The library's home page (C1 training program + C2 course graph) asks one GraphQL query:",
        "",
        "```graphql",
        HOME_QUERY,
        "```",
        "",
        (
            f"- Load: locust, {args.users} concurrent users unless a scenario says otherwise, no think "
            "time (each user sends its next request as soon as the last one is answered), spawn rate "
            f"{args.spawn_rate}/s, {args.duration} per loaded scenario."
        ),
        "- `POST /graphql/` is never cached; `GET /graphql/?query=...` is the cacheable public read.",
        (
            "- Server: `cms.settings.production` (DEBUG off) under gunicorn with `deploy/gunicorn.conf.py`; "
            f"database {args.database}; Django cache {args.cache}; demo data from `manage.py load_demo`."
        ),
        (
            "- The load generator runs on the same machine as the server, so both share its cores: the "
            "numbers are a floor for a dedicated server."
        ),
    ]
    for key, description, _rows in scenarios:
        lines.append(f"- Scenario **{key}**: {description}.")
    lines += ["", "## Machine", ""]
    lines += [f"- {name}: {value}" for name, value in machine().items()]
    lines.append(
        f"- load average before the run (1/5/15 min): {args.load_before}; anything else running on the "
        "machine competes with the server and lowers the numbers"
    )
    lines += [
        "",
        "## Results",
        "",
        "Latencies in milliseconds.",
        "",
        "| scenario | request | requests | failures | req/s | p50 | p95 | p99 | max |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, _description, rows in scenarios:
        lines += result_rows(key, rows)
    totals = {key: next(r for r in rows if r["Name"] == "Aggregated") for key, _d, rows in scenarios}
    lines += ["", f"Failures: {total_failures} of {total_requests} requests."]
    if "single" in totals:
        lines.append("")
        lines.append(
            f"One request alone takes {fmt_ms(totals['single']['50%'])} ms (p50) at the origin: the "
            "work Django does per uncached request, before any queueing."
        )
    if {"origin", "edge"} <= totals.keys() and float(totals["origin"]["Requests/s"]) > 0:
        ratio = float(totals["edge"]["Requests/s"]) / float(totals["origin"]["Requests/s"])
        lines.append("")
        lines.append(
            f"The edge cache serves {ratio:.0f}x the origin's throughput for the public GET; uncached "
            "(POST, signed-in) traffic is bounded by the origin row."
        )
    if login_scenarios or args.hash_cost:
        lines += login_section(args, login_scenarios)
    lines += [
        "",
        "## How to reproduce",
        "",
        (
            "`make bench` (SQLite) or `DATABASE_URL=postgres://... REDIS_URL=redis://... make bench`; use a "
            "database of its own: the benchmark loads demo data and creates the `bench-user-N` accounts in it. "
            "Knobs: `BENCH_USERS`, `BENCH_DURATION`, `BENCH_WORKERS`, `BENCH_SPAWN_RATE`, `BENCH_LOGIN_USERS` "
            "(concurrency levels of the login runs), `BENCH_LOGIN_ACCOUNTS`, `BENCH_LOGIN_TARGET`. Raw locust CSV "
            "files and the hash timings (`hash_cost.json`) are left in `var/bench/`."
        ),
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[lines.index("## Results") :]))
    if total_requests == 0:
        print("no request was made: the benchmark did not run", file=sys.stderr)
        return 1
    if login_scenarios and not any(int(aggregated(rows)["Request Count"]) for *_rest, rows in login_scenarios):
        print("no login was made: the login benchmark did not run", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
