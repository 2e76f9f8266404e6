"""The embedded backend: one SQLite file (``forms.sqlite`` in the index folder) in WAL mode.

Invariants: readers take a deferred transaction (a WAL snapshot) and never block the writer;
writes take ``BEGIN IMMEDIATE``; the writer lock is a lock file beside the database, released by
the kernel when its holder dies; the schema is upgraded in place when an older file is opened
(``PRAGMA user_version``), keeping every row.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from index.errors import StoreError
from index.store import Row, SqlStore

SCHEMA_VERSION = 4  # 2: generations and meta; 3: locators, record kind, money unit; 4: accounts, audit
SCHEMA = """
CREATE TABLE IF NOT EXISTS forms (
    form TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, ingested_at TEXT NOT NULL,
    generation TEXT NOT NULL DEFAULT 'legacy', chunks INTEGER NOT NULL DEFAULT -1
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS projects (
    id TEXT PRIMARY KEY, form TEXT NOT NULL REFERENCES forms(form), line INTEGER NOT NULL,
    seq INTEGER NOT NULL, name TEXT NOT NULL, year INTEGER, department TEXT, unit TEXT,
    header_text TEXT, total_weight REAL, total_score REAL, total_line INTEGER, total_text TEXT
);
CREATE TABLE IF NOT EXISTS funds (
    project_id TEXT NOT NULL REFERENCES projects(id), kind TEXT NOT NULL, label TEXT,
    initial_budget REAL, full_year_budget REAL, executed REAL, weight REAL,
    execution_rate REAL, score REAL, line INTEGER NOT NULL, text TEXT
);
CREATE TABLE IF NOT EXISTS goals (
    project_id TEXT PRIMARY KEY REFERENCES projects(id), planned TEXT, achieved TEXT,
    line INTEGER NOT NULL, text TEXT
);
CREATE TABLE IF NOT EXISTS indicators (
    project_id TEXT NOT NULL REFERENCES projects(id), seq INTEGER NOT NULL, level1 TEXT,
    level2 TEXT, name TEXT, target TEXT, actual TEXT, weight REAL, score REAL, deviation TEXT,
    line INTEGER NOT NULL, text TEXT, stated_level1 TEXT
);
CREATE TABLE IF NOT EXISTS findings (
    project_id TEXT NOT NULL REFERENCES projects(id), severity TEXT, code TEXT, message TEXT,
    line INTEGER
);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, departments TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY, name TEXT NOT NULL, created_at REAL NOT NULL, seen_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, name TEXT NOT NULL, action TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '', cited TEXT NOT NULL DEFAULT '[]', detail TEXT NOT NULL DEFAULT ''
);
"""
# Columns added after the first release (the locator, the record kind, the stated money
# unit): created on new stores and added to old ones when they are opened.
_ADDED = {
    "projects": (
        "kind TEXT",
        "money_unit TEXT",
        "sheet TEXT",
        "page INTEGER",
        "total_sheet TEXT",
        "total_page INTEGER",
    ),
    "funds": ("sheet TEXT", "page INTEGER"),
    "goals": ("sheet TEXT", "page INTEGER"),
    "indicators": ("sheet TEXT", "page INTEGER"),
    "findings": ("sheet TEXT", "page INTEGER"),
}


def sqlite_schema_version(path: Path) -> int:
    """The schema version of a store file (0 when there is none yet)."""
    if not path.exists():
        return 0
    db = sqlite3.connect(path, timeout=30)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def read_sqlite_version(path: Path) -> int | None:
    """Return the store's version cheaply, or None when there is no store file yet."""
    if not path.exists():
        return None
    db = sqlite3.connect(path, timeout=30)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.OperationalError:
        return 0  # an index from before versions: the first open migrates it
    finally:
        db.close()
    return int(row[0]) if row else 0


class SqliteStore(SqlStore):
    """SQLite file holding the parsed forms (and, in a shared deployment's absence, the accounts)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.label = str(path)
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=60)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            if self._db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                self._migrate()
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot open the form store: {err}") from err

    def schema_version(self) -> int:
        """The schema version of the file."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Create the schema, or bring an index from an earlier release up to date."""
        with suppress(sqlite3.OperationalError):  # busy: WAL is a per-file setting, set next time
            self._db.execute("PRAGMA journal_mode = WAL")
        self._db.executescript(SCHEMA)
        self._add_columns()
        with self.transaction():
            if self.schema_version() >= SCHEMA_VERSION:
                return
            columns = {r["name"] for r in self._db.execute("PRAGMA table_info(forms)")}
            if "generation" not in columns:
                self._db.execute("ALTER TABLE forms ADD COLUMN generation TEXT NOT NULL DEFAULT 'legacy'")
                self._db.execute("ALTER TABLE forms ADD COLUMN chunks INTEGER NOT NULL DEFAULT -1")
            legacy = self._db.execute("SELECT COUNT(*) FROM forms").fetchone()[0] > 0
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('version', ?)", (str(time.time_ns()),)
            )  # a fresh store starts above any store this folder held before
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('dirty', ?)", ("1" if legacy else "0",))
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _add_columns(self) -> None:
        """Add the columns later releases need to a store written by an earlier one."""
        for table, columns in _ADDED.items():
            have = {r["name"] for r in self._db.execute(f"PRAGMA table_info({table})")}
            for column in columns:
                if column.split()[0] not in have:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self._guard(lambda: self._db.execute(sql, params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        self._guard(lambda: self._db.executemany(sql, rows))

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a query and return its rows."""
        return list(self._guard(lambda: self._db.execute(sql, params).fetchall()))

    def _guard(self, call: Any) -> Any:
        try:
            return call()
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: the form store failed: {err}") from err

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        """Run the block in one transaction; roll back on any exception."""
        self.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    @contextmanager
    def write_lock(self, blocking: bool = True) -> Iterator[bool]:
        """Hold the index's writer lock; yield False at once when busy and not blocking."""
        fd = os.open(self.path.with_suffix(".lock"), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
            yield True
        finally:
            os.close(fd)  # closing the file releases the lock, as does the death of the process
