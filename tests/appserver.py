"""An app instance for the deployment tests: ``jixiao ui`` in a working folder of its own, on a
free loopback port, with the settings given as environment (as an operator would), plus a
small JSON client for its ``/api`` and ``/healthz``."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from index import Settings
from tests.conftest import backend_env
from tests.servers import free_port

ROOT = Path(__file__).parents[1]


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment of a process using settings' store and vector target."""
    return backend_env(settings) | {"JIXIAO_LOAD_SAMPLE": "false", "PYTHONPATH": str(ROOT)}


class AppInstance:
    """One ``jixiao ui`` process."""

    def __init__(self, settings: Settings, workdir: Path) -> None:
        self.settings, self.workdir, self.port = settings, workdir, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ui.cli", "ui", "--port", str(self.port)],
            env=settings_env(self.settings),
            cwd=self.workdir,
            stdout=subprocess.DEVNULL,
            stderr=(self.workdir / "server.log").open("ab"),
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                if self.proc.poll() is not None:
                    log = (self.workdir / "server.log").read_text()[-2000:]
                    raise AssertionError(f"the app exited: {log}") from None
                time.sleep(0.3)
        raise AssertionError("the app did not start within 180 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)
        self.proc = None

    def call(
        self, path: str, body: dict[str, Any] | None = None, token: str = ""
    ) -> tuple[int, dict[str, Any]]:
        """GET (no body) or POST JSON; return (status, JSON reply)."""
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
        request = urllib.request.Request(self.url + path, data=data, method="GET" if body is None else "POST")
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=300) as reply:
                return reply.status, json.loads(reply.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read() or b"{}")

    def ask(self, question: str, conversation: str = "", token: str = "") -> dict[str, Any]:
        """Ask through the API; raise on anything but 200."""
        status, reply = self.call("/api/ask", {"question": question, "conversation": conversation}, token)
        if status != 200:
            raise AssertionError(f"{status}: {reply}")
        return reply

    def login(self, user: str, password: str) -> str:
        status, reply = self.call("/api/login", {"user": user, "password": password})
        assert status == 200, reply
        return str(reply["token"])
