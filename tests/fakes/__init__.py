"""Local stand-ins for third-party services, speaking their real HTTP protocols on loopback.

Each fake runs in a background thread for pytest (``start()``/``stop()``/``.url``, port 0 picks a free
port) and as a process for browser tests (``python -m tests.fakes.<name> --port …``). They import
neither Django nor the code under test, so a protocol mistake in our adapters cannot be mirrored here.
Control endpoints for tests live under ``/_fake/``; everything else follows the provider's documentation.
"""

import argparse
import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

logger = logging.getLogger("tests.fakes")


class FakeRequestHandler(BaseHTTPRequestHandler):
    """Small helpers shared by the fakes' handlers; ``self.fake`` is the owning ``FakeServer``."""

    server: "_Server"

    @property
    def fake(self) -> Any:
        return self.server.fake

    @property
    def path_only(self) -> str:
        return urlsplit(self.path).path

    def query_params(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))

    def body_bytes(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def form_params(self, body: bytes) -> dict[str, str]:
        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))

    def json_body(self, body: bytes) -> dict[str, Any]:
        """JSON object from the body; form-encoded bodies are accepted too (handy from a browser)."""
        if not body:
            return {}
        if "json" in (self.headers.get("Content-Type") or ""):
            try:
                data = json.loads(body)
            except ValueError:
                return {}
            return data if isinstance(data, dict) else {}
        return self.form_params(body)

    def send_json(self, status: int, payload: Any, content_type: str = "application/json;charset=utf-8") -> None:
        self._send(status, json.dumps(payload, ensure_ascii=False).encode(), content_type)

    def send_html(self, status: int, html: str) -> None:
        self._send(status, html.encode(), "text/html;charset=utf-8")

    def _send(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.fake.__class__.__name__, format % args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: "FakeServer"


class FakeServer:
    """A ThreadingHTTPServer on 127.0.0.1 with a free port unless told otherwise."""

    handler_class: type[FakeRequestHandler] = FakeRequestHandler

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.lock = threading.Lock()
        self._address = (host, port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL without a trailing slash, e.g. ``http://127.0.0.1:40123``."""
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def _bind(self) -> _Server:
        server = _Server(self._address, self.handler_class)
        server.fake = self
        self._server = server
        return server

    def start(self) -> Self:
        server = self._bind()
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket: later requests to ``url`` are refused at once."""
        if self._server is None or self._thread is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self._thread = None
        # keep _server so .url still names the (now closed) address, which tests use for "server down"

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def serve_until_interrupted(self) -> None:
        """Command-line mode: serve in the foreground until Ctrl-C or SIGTERM."""
        server = self._bind()
        print(f"{type(self).__name__} listening on {self.url}", flush=True)
        try:
            server.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


def cli_parser(description: str, default_port: int) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--host", default="127.0.0.1", help="loopback only (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=default_port)
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


def cli_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format="%(asctime)s %(message)s")
