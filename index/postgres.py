"""The shared backend: PostgreSQL (``JIXIAO_DATABASE_URL``), so app instances on several
machines serve one corpus, one set of accounts and one audit log.

Invariants:
- the schema is versioned: ``MIGRATIONS`` are applied in order, each recorded in
  ``schema_migrations``, all pending ones in one transaction under an advisory lock (two
  instances starting at once migrate once); an upgrade only adds, so it keeps every row; a
  database newer than this code is refused rather than written;
- a read snapshot is one REPEATABLE READ READ ONLY transaction; a write is one transaction;
- the writer lock is a session-level advisory lock: PostgreSQL releases it when the holder's
  connection ends, so a writer killed with SIGKILL never leaves the index locked;
- connections are pooled per process and checked before reuse, so after a database restart the
  next request gets a fresh connection; a request that meets a database which is down fails
  with ``StoreUnavailableError`` (a clear message, retried by nobody) and nothing else.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import psycopg
from psycopg.rows import dict_row

from index.errors import StoreError, StoreUnavailableError
from index.settings import Settings
from index.store import Row, SqlStore

_DP = "DOUBLE PRECISION"
_LOC = "sheet TEXT, page INTEGER"


@dataclass(frozen=True)
class Migration:
    """One step of the schema: its version, what it adds, and its statements."""

    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "forms, their rows and the store's version",
        (
            "CREATE TABLE forms (form TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, "
            "ingested_at TEXT NOT NULL, generation TEXT NOT NULL, chunks INTEGER NOT NULL DEFAULT -1)",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE projects (id TEXT PRIMARY KEY, form TEXT NOT NULL REFERENCES forms(form), "
            "line INTEGER NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL, year INTEGER, department TEXT, "
            f"unit TEXT, header_text TEXT, total_weight {_DP}, total_score {_DP}, total_line INTEGER, "
            f"total_text TEXT, kind TEXT, money_unit TEXT, {_LOC}, total_sheet TEXT, total_page INTEGER)",
            "CREATE TABLE funds (ord BIGSERIAL PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id), "
            f"kind TEXT NOT NULL, label TEXT, initial_budget {_DP}, full_year_budget {_DP}, executed {_DP}, "
            f"weight {_DP}, execution_rate {_DP}, score {_DP}, line INTEGER NOT NULL, text TEXT, {_LOC})",
            "CREATE TABLE goals (ord BIGSERIAL, project_id TEXT PRIMARY KEY REFERENCES projects(id), "
            f"planned TEXT, achieved TEXT, line INTEGER NOT NULL, text TEXT, {_LOC})",
            "CREATE TABLE indicators (ord BIGSERIAL PRIMARY KEY, project_id TEXT NOT NULL REFERENCES "
            "projects(id), seq INTEGER NOT NULL, level1 TEXT, level2 TEXT, name TEXT, target TEXT, "
            f"actual TEXT, weight {_DP}, score {_DP}, deviation TEXT, line INTEGER NOT NULL, text TEXT, "
            f"stated_level1 TEXT, {_LOC})",
            "CREATE TABLE findings (ord BIGSERIAL PRIMARY KEY, project_id TEXT NOT NULL REFERENCES "
            f"projects(id), severity TEXT, code TEXT, message TEXT, line INTEGER, {_LOC})",
            "INSERT INTO meta VALUES ('dirty', '0')",
        ),
    ),
    Migration(
        2,
        "accounts, login sessions and the audit log",
        (
            "CREATE TABLE users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, "
            "departments TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, name TEXT NOT NULL REFERENCES users(name) "
            f"ON DELETE CASCADE, created_at {_DP} NOT NULL, seen_at {_DP} NOT NULL, expires_at {_DP} NOT NULL)",
            "CREATE TABLE audit (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, name TEXT NOT NULL, "
            "action TEXT NOT NULL, question TEXT NOT NULL DEFAULT '', cited TEXT NOT NULL DEFAULT '[]', "
            "detail TEXT NOT NULL DEFAULT '')",
        ),
    ),
    Migration(
        3,
        "indexes for reading projects and the audit log",
        (
            "CREATE INDEX projects_form ON projects (form)",
            "CREATE INDEX funds_project ON funds (project_id, ord)",
            "CREATE INDEX indicators_project ON indicators (project_id, seq)",
            "CREATE INDEX findings_project ON findings (project_id, ord)",
            "CREATE INDEX audit_name ON audit (name, id)",
        ),
    ),
)
LATEST = MIGRATIONS[-1].version


@dataclass(frozen=True)
class MigrationReport:
    """What ``migrate`` found and did."""

    before: int
    after: int
    applied: tuple[str, ...]


def where(settings: Settings) -> str:
    """The database as messages name it (never the password): ``PostgreSQL at db:5432/jixiao``."""
    url = urlsplit(settings.database_url or "")
    return f"PostgreSQL at {url.hostname or 'localhost'}:{url.port or 5432}{url.path or '/'}"


def _key(settings: Settings, purpose: str) -> int:
    """A stable 63-bit advisory-lock key per schema and purpose."""
    digest = hashlib.sha256(f"jixiao:{purpose}:{settings.database_schema}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def _unavailable(settings: Settings, err: BaseException) -> StoreUnavailableError:
    detail = (str(err).strip().splitlines() or [type(err).__name__])[0][:200]
    return StoreUnavailableError(f"the form store ({where(settings)})", detail)


class _Pool:
    """Idle connections of one database and schema; each is checked before it is lent again."""

    def __init__(self, settings: Settings, keep: int = 8) -> None:
        self._settings, self._keep = settings, keep
        self._idle: list[psycopg.Connection[Any]] = []
        self._lock = threading.Lock()

    def _connect(self) -> psycopg.Connection[Any]:
        s = self._settings
        return psycopg.connect(
            s.database_url or "",
            autocommit=True,
            row_factory=dict_row,
            connect_timeout=5,
            application_name="jixiao",
            options=f"-c search_path={s.database_schema}",
        )

    def get(self) -> psycopg.Connection[Any]:
        while True:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                try:
                    return self._connect()
                except psycopg.Error as err:
                    raise _unavailable(self._settings, err) from err
            try:
                conn.execute("SELECT 1")  # a connection from before a restart is dead: drop it
                return conn
            except psycopg.Error:
                conn.close()

    def put(self, conn: psycopg.Connection[Any]) -> None:
        idle = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        if conn.closed or conn.broken or not idle:
            conn.close()
            return
        with self._lock:
            if len(self._idle) < self._keep:
                self._idle.append(conn)
                return
        conn.close()


_POOLS: dict[str, _Pool] = {}
_POOLS_LOCK = threading.Lock()
_MIGRATED: set[str] = set()


def _pool(settings: Settings) -> _Pool:
    with _POOLS_LOCK:
        pool = _POOLS.get(settings.store_key)
        if pool is None:
            pool = _POOLS[settings.store_key] = _Pool(settings)
        return pool


@contextmanager
def _borrow(settings: Settings) -> Iterator[psycopg.Connection[Any]]:
    pool = _pool(settings)
    conn = pool.get()
    try:
        yield conn
    finally:
        pool.put(conn)


def read_pg_version(settings: Settings) -> int | None:
    """Return the store's version, or None when its tables do not exist yet."""
    try:
        with _borrow(settings) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except psycopg.errors.UndefinedTable:
        return None
    except psycopg.OperationalError as err:
        raise _unavailable(settings, err) from err
    except psycopg.Error as err:
        raise StoreError(f"{where(settings)}: cannot read the store's version: {err}") from err
    return int(row["value"]) if row else None


def migrate(settings: Settings, target: int | None = None) -> MigrationReport:
    """Apply the pending migrations (up to target) in one transaction; refuse a database
    whose schema is newer than this code."""
    goal = LATEST if target is None else target
    try:
        with _borrow(settings) as conn:
            report = _migrate(conn, settings, goal)
    except psycopg.OperationalError as err:
        raise _unavailable(settings, err) from err
    except psycopg.Error as err:
        raise StoreError(f"{where(settings)}: cannot upgrade the schema: {err}") from err
    if goal == LATEST:
        _MIGRATED.add(settings.store_key)
    return report


def _migrate(conn: psycopg.Connection[Any], settings: Settings, goal: int) -> MigrationReport:
    schema = settings.database_schema
    exists = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone()
    if not exists:
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_key(settings, "migrate"),))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        row = conn.execute("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations").fetchone()
        before = int(row["v"]) if row else 0
        if before > LATEST:
            raise StoreError(
                f"{where(settings)}: the schema is at version {before}, newer than this jixiao knows "
                f"({LATEST}); upgrade jixiao"
            )
        applied = []
        for m in MIGRATIONS:
            if before < m.version <= goal:
                for statement in m.statements:
                    conn.execute(statement.encode())
                if m.version == 1:  # a fresh store starts above any version a reader cached before
                    conn.execute("INSERT INTO meta VALUES ('version', %s)", (str(time.time_ns()),))
                conn.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (m.version, m.name)
                )
                applied.append(f"{m.version}: {m.name}")
    return MigrationReport(before, max(before, min(goal, LATEST)), tuple(applied))


class PgStore(SqlStore):
    """The structured store in a PostgreSQL schema."""

    ROW_ORDER = "ord"

    def __init__(self, settings: Settings, upgrade: bool = True) -> None:
        """Args:
        upgrade: apply pending migrations first (once per process); False opens the schema as
            it is (tests of upgrades).
        """
        self._settings = settings
        self.label = where(settings)
        if upgrade and settings.store_key not in _MIGRATED:
            migrate(settings)
        self._pool = _pool(settings)
        self._conn: psycopg.Connection[Any] | None = self._pool.get()

    def schema_version(self) -> int:
        """The version of the newest migration applied."""
        rows = self.fetch("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")
        return int(rows[0]["v"])

    def _c(self) -> psycopg.Connection[Any]:
        if self._conn is None:
            raise StoreError(f"{self.label}: the store was closed")
        return self._conn

    def close(self) -> None:
        """Give the connection back to the pool."""
        if self._conn is not None:
            self._pool.put(self._conn)
            self._conn = None

    def _guard(self, call: Any) -> Any:
        try:
            return call()
        except psycopg.OperationalError as err:
            raise _unavailable(self._settings, err) from err
        except psycopg.Error as err:
            raise StoreError(f"{self.label}: the form store failed: {err}") from err

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self._guard(lambda: self._c().execute(sql.replace("?", "%s").encode(), params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        if rows:
            self._guard(lambda: self._c().cursor().executemany(sql.replace("?", "%s").encode(), rows))

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a query and return its rows as dicts."""
        return list(
            self._guard(lambda: self._c().execute(sql.replace("?", "%s").encode(), params).fetchall())
        )

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        """One transaction: a write, or a read-only snapshot of the whole store."""
        self.execute("BEGIN" if immediate else "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield
        except BaseException:
            conn = self._c()
            if not conn.broken:
                conn.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    @contextmanager
    def write_lock(self, blocking: bool = True) -> Iterator[bool]:
        """Hold the index's writer lock (an advisory lock of this connection's session)."""
        key = _key(self._settings, "writer")
        if blocking:
            self.execute("SELECT pg_advisory_lock(?)", (key,))
        else:
            rows = self.fetch("SELECT pg_try_advisory_lock(?) AS got", (key,))
            if not rows[0]["got"]:
                yield False
                return
        try:
            yield True
        finally:
            conn = self._c()
            if not conn.broken:
                try:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
                except psycopg.Error:
                    conn.close()  # the session ends, and its lock with it
