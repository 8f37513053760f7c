"""Fake generic CDN purge endpoint, the protocol of ``media_pipeline.cdn``'s "http" backend.

``POST /purge`` with ``Authorization: Bearer <token>``, ``Content-Type: application/json`` and
``{"urls": ["https://…", …]}`` (1 to 500 absolute http(s) URLs; "*" allowed at the end for a wildcard)
answers 201 ``{"id": "<purge id>", "count": n}`` and records the purge. Refusals are JSON ``{"error": …}``:
401 without the right token, 415 for another content type, 400 for a bad body, 404 for another path.

    python -m tests.fakes.cdn_purge --port 8027 --token T

Test controls: ``GET /_fake/purges`` lists the accepted purges; ``POST /_fake/fail-next`` with
``{"status": 503, "times": 2}`` answers the next valid purges with that status (nothing recorded).
"""

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from tests.fakes import FakeRequestHandler, FakeServer, cli_logging, cli_parser

DEFAULT_TOKEN = "fake-cdn-purge-token"
MAX_URLS = 500


@dataclass(frozen=True)
class PurgeRecord:
    id: str
    urls: tuple[str, ...]
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def as_json(self) -> dict:
        return {"id": self.id, "urls": list(self.urls), "received_at": self.received_at.isoformat()}


class CdnPurgeHandler(FakeRequestHandler):
    fake: "CdnPurgeFake"

    def do_GET(self) -> None:
        if self.path_only == "/_fake/purges":
            self.send_json(200, [record.as_json() for record in self.fake.purges()])
        else:
            self.send_json(404, {"error": "not found"})

    def do_POST(self) -> None:
        body = self.body_bytes()
        if self.path_only == "/_fake/fail-next":
            data = self.json_body(body)
            self.fake.fail_next(int(data.get("status") or 503), times=int(data.get("times") or 1))
            self.send_json(200, {"ok": True})
        elif self.path_only == "/purge":
            status, answer = self.fake.handle_purge(
                self.headers.get("Authorization") or "", self.headers.get("Content-Type") or "", body
            )
            self.send_json(status, answer)
        else:
            self.send_json(404, {"error": "not found"})


class CdnPurgeFake(FakeServer):
    handler_class = CdnPurgeHandler

    def __init__(self, *, token: str = DEFAULT_TOKEN, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host=host, port=port)
        self.token = token
        self.attempts = 0  # every POST /purge, accepted or not
        self._failures: list[int] = []
        self._records: list[PurgeRecord] = []

    @property
    def purge_url(self) -> str:
        return self.url + "/purge"

    # ---- Python API for tests --------------------------------------------------------------------

    def purges(self) -> list[PurgeRecord]:
        with self.lock:
            return list(self._records)

    def purged_urls(self) -> list[str]:
        return [url for record in self.purges() for url in record.urls]

    def fail_next(self, status: int, *, times: int = 1) -> None:
        """Answer the next ``times`` valid purges with ``status`` instead of accepting them."""
        with self.lock:
            self._failures.extend([status] * times)

    # ---- the protocol ----------------------------------------------------------------------------

    def handle_purge(self, authorization: str, content_type: str, body: bytes) -> tuple[int, dict]:
        with self.lock:
            self.attempts += 1
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(token.encode(), self.token.encode()):
            return 401, {"error": "invalid or missing bearer token"}
        if content_type.split(";")[0].strip().lower() != "application/json":
            return 415, {"error": "Content-Type must be application/json"}
        try:
            data = json.loads(body)
        except ValueError:
            return 400, {"error": "body is not JSON"}
        urls = data.get("urls") if isinstance(data, dict) else None
        if not isinstance(urls, list) or not 1 <= len(urls) <= MAX_URLS:
            return 400, {"error": f"urls must be a list of 1 to {MAX_URLS} URLs"}
        for url in urls:
            parts = urlsplit(url) if isinstance(url, str) else None
            if parts is None or parts.scheme not in {"http", "https"} or not parts.netloc or "*" in url[:-1]:
                return 400, {"error": f"not an absolute URL: {url!r}"}
        with self.lock:
            if self._failures:
                status = self._failures.pop(0)
                return status, {"error": f"forced failure ({status})"}
            record = PurgeRecord(id=secrets.token_hex(8), urls=tuple(urls))
            self._records.append(record)
        return 201, {"id": record.id, "count": len(urls)}


def main() -> None:
    parser = cli_parser("Fake generic CDN purge endpoint (POST /purge, JSON list of URLs, bearer token)", 8027)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    args = parser.parse_args()
    cli_logging(args.verbose)
    CdnPurgeFake(token=args.token, host=args.host, port=args.port).serve_until_interrupted()


if __name__ == "__main__":
    main()
