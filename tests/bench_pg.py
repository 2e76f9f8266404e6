"""``jixiao bench --forms N --json`` with the structured store on a throwaway PostgreSQL
(tests/servers.PgServer: initdb in a temp folder, loopback, fsync off), for comparing with the
SQLite default. ``python -m tests.bench_pg [N]``."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.servers import PgServer


def main(forms: str) -> int:
    pg = PgServer()
    pg.start()
    try:
        env = {**os.environ, "JIXIAO_DATABASE_URL": pg.url}
        out = subprocess.run(["jixiao", "bench", "--forms", forms, "--json"], env=env, check=False)
        return out.returncode
    finally:
        pg.destroy()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "100"))
