"""Time the password hashers we weigh (S): ms per make_password / check_password, memory, verifies/s.

Called by scripts/bench.sh before the servers start (a quiet machine), under the benchmark's settings; the
first of ``settings.PASSWORD_HASHERS`` is "the chosen hasher". Candidates:

- the chosen hasher (cms.accounts.hashers.OwaspArgon2PasswordHasher: argon2id m=19 MiB, t=2, p=1);
- Django's own Argon2PasswordHasher (m=100 MiB, t=2, p=8);
- PBKDF2-HMAC-SHA256 at Django's default iterations and at OWASP's 600,000.

For each: the median wall time of ``make_password`` and of a correct ``check_password`` (one thread), the peak
memory one hash adds to a fresh process (its peak resident set after minus before), and how many
``check_password`` calls per second all cores manage together (one process per core, median of three
windows) — the ceiling on
logins per second if the machine did nothing but hash. Writes JSON for tests/performance/report.py.
"""

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

PASSWORD = "correct horse battery staple 42"
# OWASP Password Storage Cheat Sheet: argon2id configurations of equal strength, (memory KiB, iterations),
# all with parallelism 1; m=19 MiB t=2 is the one it names first. PBKDF2-HMAC-SHA256: 600,000 iterations.
OWASP_ARGON2 = ((47104, 1), (19456, 2), (12288, 3), (9216, 4), (7168, 5))
OWASP_PBKDF2_SHA256 = 600_000


def candidates() -> dict[str, tuple[str, object]]:
    """key -> (label, hasher instance); the chosen hasher first."""
    from django.conf import settings
    from django.contrib.auth import hashers
    from django.utils.module_loading import import_string

    class OwaspPBKDF2(hashers.PBKDF2PasswordHasher):
        iterations = OWASP_PBKDF2_SHA256

    chosen_path = settings.PASSWORD_HASHERS[0]
    found = {"chosen": (f"{chosen_path.rsplit('.', 1)[1]} (chosen)", import_string(chosen_path)())}
    found["django-argon2"] = ("Django Argon2PasswordHasher (default parameters)", hashers.Argon2PasswordHasher())
    found["django-pbkdf2"] = ("Django PBKDF2PasswordHasher (default iterations)", hashers.PBKDF2PasswordHasher())
    found["owasp-pbkdf2"] = ("PBKDF2-HMAC-SHA256 at OWASP's minimum", OwaspPBKDF2())
    return found


def parameters(hasher) -> tuple[str, bool]:
    """A readable description and whether it reaches OWASP's minimum."""
    if hasattr(hasher, "memory_cost"):
        m, t, p = hasher.memory_cost, hasher.time_cost, hasher.parallelism
        meets = any(m >= om and t >= ot for om, ot in OWASP_ARGON2) and p >= 1
        return f"argon2id m={m} KiB ({m / 1024:.0f} MiB), t={t}, p={p}", meets
    if hasattr(hasher, "iterations"):
        meets = hasher.algorithm == "pbkdf2_sha256" and hasher.iterations >= OWASP_PBKDF2_SHA256
        return f"{hasher.algorithm}, {hasher.iterations:,} iterations", meets
    return hasher.algorithm, False


def timed(call, min_samples: int, min_seconds: float, max_samples: int) -> list[float]:
    samples: list[float] = []
    started = time.perf_counter()
    while len(samples) < max_samples and (len(samples) < min_samples or time.perf_counter() - started < min_seconds):
        t0 = time.perf_counter()
        call()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def _verify_rate(args: tuple[str, float]) -> float:
    """One core's share of a throughput window: correct check_password calls per second until the deadline,
    timed from this process's first call to the end of its last, so pool start-up does not count."""
    from django.contrib.auth.hashers import check_password

    encoded, seconds = args
    started = time.perf_counter()
    deadline = started + seconds
    count = 0
    while time.perf_counter() < deadline:
        if not check_password(PASSWORD, encoded):
            raise RuntimeError("check_password refused the right password")
        count += 1
    return count / (time.perf_counter() - started)


def verifies_per_second(encoded: str, seconds: float, processes: int, windows: int) -> float:
    """check_password/s of one process per core together; the median of a few windows, so one burst of
    other work on a shared machine does not decide the number."""
    rates = []
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for _ in range(windows):
            rates.append(sum(pool.map(_verify_rate, [(encoded, seconds)] * processes)))
    return statistics.median(rates)


def _peak_kib() -> int:
    """This process's peak resident set. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent
    across fork and exec, so a child of a big parent would see no rise at all."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_memory_child(key: str) -> None:
    """In a fresh process: how much one make_password raises the peak resident set (KiB)."""
    from django.contrib.auth.hashers import make_password

    hasher = candidates()[key][1]
    # Load the hashing library first (a tiny hash of the same kind) so only the hash itself is measured.
    tiny = type(hasher)()
    for attribute, value in (("memory_cost", 8), ("time_cost", 1), ("parallelism", 1), ("iterations", 1)):
        if hasattr(tiny, attribute):
            setattr(tiny, attribute, value)
    make_password(PASSWORD, hasher=tiny)
    before = _peak_kib()
    make_password(PASSWORD, hasher=hasher)
    after = _peak_kib()
    print(after - before)


def peak_memory_mib(key: str) -> float:
    out = subprocess.run(
        [sys.executable, __file__, "--peak-memory-of", key], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="JSON file for report.py")
    parser.add_argument("--min-samples", type=int, default=7)
    parser.add_argument("--min-seconds", type=float, default=2.0, help="per hasher and operation")
    parser.add_argument("--max-samples", type=int, default=40)
    parser.add_argument("--throughput-seconds", type=float, default=2.0, help="per window")
    parser.add_argument("--throughput-windows", type=int, default=3)
    parser.add_argument("--peak-memory-of", help=argparse.SUPPRESS)
    args = parser.parse_args()
    django.setup()
    if args.peak_memory_of:
        peak_memory_child(args.peak_memory_of)
        return 0
    if not args.out:
        parser.error("--out is required")

    from django.contrib.auth.hashers import check_password, make_password

    cores = os.cpu_count() or 1
    load_before = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    rows = []
    for key, (label, hasher) in candidates().items():
        description, meets = parameters(hasher)
        encoded = make_password(PASSWORD, hasher=hasher)  # warm-up; also the hash to verify
        if not check_password(PASSWORD, encoded):
            raise RuntimeError(f"{label}: check_password refused the right password")
        hash_ms = timed(
            lambda h=hasher: make_password(PASSWORD, hasher=h), args.min_samples, args.min_seconds, args.max_samples
        )
        verify_ms = timed(
            lambda e=encoded: check_password(PASSWORD, e), args.min_samples, args.min_seconds, args.max_samples
        )
        row = {
            "key": key,
            "label": label,
            "class": f"{type(hasher).__module__}.{type(hasher).__qualname__}",
            "parameters": description,
            "meets_owasp_minimum": meets,
            "memory_cost_kib": getattr(hasher, "memory_cost", None),
            "hash_ms_median": statistics.median(hash_ms),
            "verify_ms_median": statistics.median(verify_ms),
            "verify_ms_min": min(verify_ms),
            "samples": [len(hash_ms), len(verify_ms)],
            "peak_memory_mib": peak_memory_mib(key),
            "verifies_per_second_all_cores": verifies_per_second(
                encoded, args.throughput_seconds, cores, args.throughput_windows
            ),
        }
        rows.append(row)
        print(
            f"{label:50} {description:40} hash {row['hash_ms_median']:6.1f} ms, verify "
            f"{row['verify_ms_median']:6.1f} ms, +{row['peak_memory_mib']:5.1f} MiB, "
            f"{row['verifies_per_second_all_cores']:5.1f} verifies/s on {cores} cores"
        )
    result = {
        "cores": cores,
        "load_before": " ".join(load_before) or "unknown",
        "owasp": {
            "argon2id": [{"memory_kib": m, "time_cost": t, "parallelism": 1} for m, t in OWASP_ARGON2],
            "pbkdf2_sha256_iterations": OWASP_PBKDF2_SHA256,
        },
        "hashers": rows,
    }
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
