"""Write docs/benchmarks.md from locust's CSV statistics (called by scripts/bench.sh).

Each --scenario is "key|description|path/to/<prefix>_stats.csv". The report names the scenario, the
machine (cores, memory, CPU), the date and commit, and per request type the throughput, the
p50/p95/p99 latencies and the failures, so a reader can compare runs over time.
"""

import argparse
import csv
import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

# home_query.py lies beside this script, and a script's directory is on sys.path.
from home_query import HOME_QUERY


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
    args = parser.parse_args()

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
    lines += [
        "",
        "## How to reproduce",
        "",
        (
            "`make bench` (SQLite) or `DATABASE_URL=postgres://... REDIS_URL=redis://... make bench`. "
            "Knobs: `BENCH_USERS`, `BENCH_DURATION`, `BENCH_WORKERS`, `BENCH_SPAWN_RATE`. Raw locust CSV "
            "files are left in `var/bench/`."
        ),
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[lines.index("## Results") :]))
    if total_requests == 0:
        print("no request was made: the benchmark did not run", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
