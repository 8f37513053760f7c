"""Container HEALTHCHECK for the web role: is gunicorn answering /healthz/?

Sends the Host header Django accepts and X-Forwarded-Proto: https (as nginx would) so neither
ALLOWED_HOSTS nor the HTTPS redirect turns a healthy server into a failure. Standard library only.
"""

import http.client
import os
import sys


def main() -> int:
    hosts = [h.strip() for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h.strip()]
    host = hosts[0].lstrip(".") if hosts and hosts[0] != "*" else "localhost"
    port = int(os.environ.get("HEALTHCHECK_PORT", "8000"))
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/healthz/", headers={"Host": host, "X-Forwarded-Proto": "https"})
        status = conn.getresponse().status
    except OSError as exc:
        print(f"unhealthy: {exc}")
        return 1
    if status != 200:
        print(f"unhealthy: /healthz/ answered {status}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
