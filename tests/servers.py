"""Real servers for the deployment tests, each on a free loopback port in a folder of its own:
PostgreSQL (Debian's ``postgresql`` package: ``initdb`` into a temporary folder, then the
``postgres`` server; as root both run as the ``postgres`` user, since initdb refuses root) and
Chroma (``chroma run``). Both can be stopped and started again on the same port and data,
which is how the restart tests cut the service under running questions."""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path


def free_port() -> int:
    """A TCP port nobody listens on (loopback)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))[-1:]), None
    )
    if not found:
        raise AssertionError(f"{name} not found: apt-get install -y postgresql (make system-deps does)")
    return found


class PgServer:
    """A throwaway PostgreSQL cluster: trust authentication on 127.0.0.1 only."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="jixiao-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        # setpriv execs (no parent left between us and postgres), so signals reach the server
        self._as = (
            ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"] if os.geteuid() == 0 else []
        )
        if self._as:
            shutil.chown(self.root, "postgres", "postgres")
        self._run([_pg_bin("initdb"), "-D", str(self.data), "-U", "jixiao", "--auth=trust", "-E", "UTF8",
                   "--no-locale", "--no-sync"])  # fmt: skip

    def _run(self, cmd: list[str]) -> None:
        out = subprocess.run([*self._as, *cmd], capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise AssertionError(f"{cmd[0]} failed: {out.stderr[-2000:]}")

    @property
    def url(self) -> str:
        return f"postgresql://jixiao@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        """Start the server (again) on its port and data; wait until it accepts connections."""
        cmd = [_pg_bin("postgres"), "-D", str(self.data), "-p", str(self.port), "-k", str(self.root),
               "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"]  # fmt: skip
        self.proc = subprocess.Popen([*self._as, *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import psycopg

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self.proc.poll() is not None:
                    raise AssertionError("postgres exited at start") from None
                time.sleep(0.2)
        raise AssertionError("postgres did not start within 60 s")

    def stop(self) -> None:
        """Fast shutdown: sessions are cut, the data stays."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(timeout=60)
        self.proc = None

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    @staticmethod
    def schema() -> str:
        """A fresh schema name, so tests sharing the server never see each other's tables."""
        return f"t_{uuid.uuid4().hex[:12]}"


class ChromaServer:
    """A ``chroma run`` server process over a data folder."""

    def __init__(self, path: Path) -> None:
        self.path, self.port = path, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        exe = shutil.which("chroma")
        assert exe, "the chroma command comes with the chromadb package"
        self.proc = subprocess.Popen(
            [exe, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        raise AssertionError("chroma server did not start")

    def stop(self) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=30)
            self.proc = None
