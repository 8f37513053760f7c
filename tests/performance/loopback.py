"""Refuse to load anything but a loopback host; every locustfile of the benchmark registers this."""

from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def only_loopback(environment, **_kwargs):
    """A ``test_start`` listener: stop before the first request unless the host is this machine."""
    host = urlsplit(environment.host or "").hostname or ""
    if host not in LOOPBACK and not host.startswith("127."):
        raise SystemExit(f"refusing to load {environment.host!r}: benchmarks target loopback only")
