"""Create or reset the login benchmark's accounts (called by scripts/bench.sh before the login scenario).

Accounts ``bench-user-0`` … ``bench-user-{N-1}`` get the password in ``BENCH_LOGIN_PASSWORD``, hashed one by
one with the first of ``PASSWORD_HASHERS`` (each its own salt, as real accounts), not staff, no lockout.
Runs under the benchmark's settings (``DJANGO_SETTINGS_MODULE``), against the benchmark's database only.
Writes a JSON summary (count, hasher, the stored hash's parameters) for the report.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import django  # noqa: E402
from login_query import DEFAULT_ACCOUNTS, account_name  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=int(os.environ.get("BENCH_LOGIN_ACCOUNTS", DEFAULT_ACCOUNTS)))
    parser.add_argument("--out", type=Path, required=True, help="JSON summary for report.py")
    args = parser.parse_args()
    password = os.environ.get("BENCH_LOGIN_PASSWORD", "")
    if not password:
        print("BENCH_LOGIN_PASSWORD must be set", file=sys.stderr)
        return 2

    django.setup()
    from django.conf import settings
    from django.contrib.auth.hashers import get_hasher, identify_hasher
    from django.db import transaction

    from cms.accounts.models import User

    started = time.perf_counter()
    names = [account_name(n) for n in range(args.count)]
    with transaction.atomic():
        existing = {user.username: user for user in User.objects.filter(username__in=names)}
        new, changed = [], []
        for name in names:
            user = existing.get(name) or User(username=name)
            user.set_password(password)
            user.is_active, user.is_staff, user.is_superuser = True, False, False
            user.platform_role = ""
            user.failed_login_count, user.locked_until = 0, None
            (changed if user.pk else new).append(user)
        User.objects.bulk_create(new)
        fields = ["password", "is_active", "is_staff", "is_superuser", "platform_role"]
        User.objects.bulk_update(changed, [*fields, "failed_login_count", "locked_until"])
    elapsed = time.perf_counter() - started

    stored = User.objects.get(username=names[0]).password
    hasher = identify_hasher(stored)
    summary = {
        "accounts": args.count,
        "created": len(new),
        "reset": len(changed),
        "hasher": settings.PASSWORD_HASHERS[0],
        "stored_hasher_is_default": type(hasher) is type(get_hasher("default")),
        "stored_hash_parameters": stored.rsplit("$", 2)[0],
        "seconds": round(elapsed, 1),
    }
    args.out.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(
        f"{args.count} accounts ready ({len(new)} created, {len(changed)} reset) in {elapsed:.1f} s; "
        f"hashes stored as {summary['stored_hash_parameters']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
