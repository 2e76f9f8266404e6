"""The structured store: forms, projects, funds, goals, indicators and findings, plus the
bookkeeping that keeps the vector store in step with it.

Invariants:
- the store is the one source of truth for what is ingested: a vector record counts only when
  its (form, generation) pair is committed here (``FormRecord.generation``);
- a write replaces whole forms in one transaction; every change of the store's state (rows,
  the dirty flag) bumps ``version``, so a reader that saw version v and still sees v afterwards
  knows nothing changed while it worked;
- ``dirty`` is set before any vector write and cleared only when both stores agree again; a
  writer killed in between leaves it set, and reconciliation repairs the difference;
- readers read one snapshot (version, flag, generations, projects) in one read transaction
  (WAL: readers never block the writer, nor see half a write);
- one writer at a time across processes: ``write_lock``.

``FormStore`` is the interface a second backend (PostgreSQL) implements; ``open_store``
picks the backend.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from index.errors import StoreError
from index.settings import Settings
from index.types import Finding, FundsRow, Goals, Indicator, Project, Total

SCHEMA_VERSION = 3  # 2: generations and meta; 3: locators, record kind, money unit
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
_LOC = ["sheet", "page"]
_CHILD_TABLES = ("funds", "goals", "indicators", "findings")
_FUNDS_COLS = [
    "kind",
    "label",
    "initial_budget",
    "full_year_budget",
    "executed",
    "weight",
    "execution_rate",
    "score",
    "line",
    "text",
    *_LOC,
]
_IND_COLS = [
    "level1",
    "level2",
    "name",
    "target",
    "actual",
    "weight",
    "score",
    "deviation",
    "line",
    "text",
    "stated_level1",
    *_LOC,
]
_PROJECT_COLS = ["id", "form", "line", "seq", "name", "year", "department", "unit", "header_text"]
_PROJECT_COLS += ["total_weight", "total_score", "total_line", "total_text", "kind", "money_unit"]
_PROJECT_COLS += [*_LOC, "total_sheet", "total_page"]


def _insert(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})"


Hook = Callable[[str], None]
"""Called with the name of a step of a write (a seam for fault-injection tests)."""


@dataclass(frozen=True)
class FormRecord:
    """One stored form: its name, source, content hash and committed chunk generation."""

    form: str
    path: str
    sha256: str
    generation: str
    chunks: int
    """Number of vector records of the generation; -1 when unknown (an index from before
    generations), which reconciliation repairs."""


@dataclass(frozen=True)
class FormWrite:
    """A form to store: its projects (already named ``form``) under a new chunk generation."""

    form: str
    path: str
    sha256: str
    generation: str
    chunks: int
    projects: tuple[Project, ...]


@dataclass(frozen=True)
class StoreSnapshot:
    """What a reader needs, read in one transaction."""

    version: int
    dirty: bool
    generations: dict[str, str]
    """Committed generation of each form."""
    projects: list[Project]


class FormStore(Protocol):
    """The structured store as the rest of ``index`` uses it (SQLite now; PostgreSQL later)."""

    def close(self) -> None: ...
    def version(self) -> int: ...
    def dirty(self) -> bool: ...
    def snapshot(self) -> StoreSnapshot: ...
    def form_records(self) -> list[FormRecord]: ...
    def projects(self, forms: Collection[str] | None = None) -> list[Project]: ...
    def write_lock(self, blocking: bool = True) -> AbstractContextManager[bool]: ...
    def set_dirty(self, dirty: bool) -> None: ...
    def set_chunks(self, form: str, chunks: int) -> None: ...
    def commit_forms(self, writes: Sequence[FormWrite], when: str, hook: Hook | None = None) -> None: ...


def open_store(settings: Settings) -> FormStore:
    """Open the structured store the settings describe."""
    return SqliteStore(settings.sqlite_path)


def read_version(settings: Settings) -> int | None:
    """Return the store's version cheaply, or None when there is no index yet."""
    path = settings.sqlite_path
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


class SqliteStore:
    """SQLite file holding the parsed forms."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=60)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            if self._db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                self._migrate()
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot open the form store: {err}") from err

    def _migrate(self) -> None:
        """Create the schema, or bring an index from before generations up to date."""
        with suppress(sqlite3.OperationalError):  # busy: WAL is a per-file setting, set next time
            self._db.execute("PRAGMA journal_mode = WAL")
        self._db.executescript(SCHEMA)
        self._add_columns()
        with self.transaction():
            if self._db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
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

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        """Run the block in one transaction; roll back on any exception."""
        self._db.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

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

    def _meta(self, key: str) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row["value"]) if row else "0"

    def version(self) -> int:
        """Return the version, bumped by every change of the store's state."""
        return int(self._meta("version"))

    def dirty(self) -> bool:
        """Return whether a write began and its reconciliation has not finished."""
        return self._meta("dirty") == "1"

    def _bump(self) -> None:
        self._db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'")

    def set_dirty(self, dirty: bool) -> None:
        """Set or clear the dirty flag (and bump the version)."""
        with self.transaction():
            self._db.execute("UPDATE meta SET value = ? WHERE key = 'dirty'", ("1" if dirty else "0",))
            self._bump()

    def set_chunks(self, form: str, chunks: int) -> None:
        """Record a form's number of vector records (after a repair)."""
        with self.transaction():
            self._db.execute("UPDATE forms SET chunks = ? WHERE form = ?", (chunks, form))
            self._bump()

    def form_records(self) -> list[FormRecord]:
        """Return every stored form."""
        rows = self._db.execute("SELECT form, path, sha256, generation, chunks FROM forms ORDER BY form")
        return [FormRecord(r["form"], r["path"], r["sha256"], r["generation"], r["chunks"]) for r in rows]

    def snapshot(self) -> StoreSnapshot:
        """Return version, flag, generations and projects as of one moment."""
        with self.transaction(immediate=False):
            generations = {r.form: r.generation for r in self.form_records()}
            return StoreSnapshot(self.version(), self.dirty(), generations, self._projects())

    def commit_forms(self, writes: Sequence[FormWrite], when: str, hook: Hook | None = None) -> None:
        """Replace the rows of the given forms in one transaction (the flip to their new
        generations); ``hook('rows_written')`` runs just before the commit."""
        try:
            with self.transaction():
                for w in writes:
                    self._delete_form(w.form)
                    self._db.execute(
                        "INSERT INTO forms VALUES (?, ?, ?, ?, ?, ?)",
                        (w.form, w.path, w.sha256, when, w.generation, w.chunks),
                    )
                    for seq, project in enumerate(w.projects):
                        self._insert_project(project, seq)
                self._bump()
                if hook:
                    hook("rows_written")
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot write forms: {err}") from err

    def _delete_form(self, form: str) -> None:
        ids = [r["id"] for r in self._db.execute("SELECT id FROM projects WHERE form=?", (form,))]
        for table in _CHILD_TABLES:
            self._db.executemany(f"DELETE FROM {table} WHERE project_id=?", [(i,) for i in ids])
        self._db.execute("DELETE FROM projects WHERE form=?", (form,))
        self._db.execute("DELETE FROM forms WHERE form=?", (form,))

    def _insert_project(self, p: Project, seq: int) -> None:
        t = p.total
        values = [p.id, p.form, p.line, seq, p.name, p.year, p.department, p.unit, p.header_text]
        values += [t.weight, t.score, t.line, t.text] if t else [None] * 4
        values += [p.kind, p.money_unit, p.sheet, p.page, t.sheet if t else None, t.page if t else None]
        self._db.execute(_insert("projects", _PROJECT_COLS), values)
        self._db.executemany(
            _insert("funds", ["project_id", *_FUNDS_COLS]),
            [(p.id, *(getattr(r, c) for c in _FUNDS_COLS)) for r in p.funds],
        )
        if p.goals:
            g = p.goals
            self._db.execute(
                _insert("goals", ["project_id", "planned", "achieved", "line", "text", *_LOC]),
                (p.id, g.planned, g.achieved, g.line, g.text, g.sheet, g.page),
            )
        self._db.executemany(
            _insert("indicators", ["project_id", "seq", *_IND_COLS]),
            [(p.id, n, *(getattr(r, c) for c in _IND_COLS)) for n, r in enumerate(p.indicators)],
        )
        self._db.executemany(
            _insert("findings", ["project_id", "severity", "code", "message", "line", *_LOC]),
            [(p.id, f.severity, f.code, f.message, f.line, f.sheet, f.page) for f in p.findings],
        )

    def projects(self, forms: Collection[str] | None = None) -> list[Project]:
        """Return the stored projects (of the given forms), in form and line order."""
        with self.transaction(immediate=False):
            return self._projects(forms)

    def _projects(self, forms: Collection[str] | None = None) -> list[Project]:
        children = {table: self._children(table) for table in _CHILD_TABLES}
        rows = self._db.execute("SELECT * FROM projects ORDER BY form, seq").fetchall()
        return [self._project(r, children) for r in rows if forms is None or r["form"] in forms]

    def _children(self, table: str) -> dict[str, list[sqlite3.Row]]:
        order = "seq" if table == "indicators" else "rowid"  # as written: page, then line
        out: dict[str, list[sqlite3.Row]] = {}
        for row in self._db.execute(f"SELECT * FROM {table} ORDER BY project_id, {order}"):
            out.setdefault(row["project_id"], []).append(row)
        return out

    @staticmethod
    def _project(r: sqlite3.Row, children: dict[str, dict[str, list[sqlite3.Row]]]) -> Project:
        pid = r["id"]
        goals = children["goals"].get(pid, [])
        total = None
        if r["total_weight"] is not None:
            total = Total(
                r["total_weight"],
                r["total_score"],
                r["total_line"],
                r["total_text"],
                r["total_sheet"],
                r["total_page"],
            )
        return Project(
            form=r["form"],
            line=r["line"],
            name=r["name"],
            year=r["year"],
            department=r["department"],
            unit=r["unit"],
            header_text=r["header_text"],
            funds=tuple(FundsRow(**{c: f[c] for c in _FUNDS_COLS}) for f in children["funds"].get(pid, [])),
            goals=Goals(*(goals[0][c] for c in ("planned", "achieved", "line", "text", *_LOC)))
            if goals
            else None,
            indicators=tuple(
                Indicator(**{c: i[c] for c in _IND_COLS}) for i in children["indicators"].get(pid, [])
            ),
            total=total,
            findings=tuple(
                Finding(*(f[c] for c in ("severity", "code", "message", "line", *_LOC)))
                for f in children["findings"].get(pid, [])
            ),
            kind=r["kind"] or "project",
            money_unit=r["money_unit"] or "元",
            sheet=r["sheet"],
            page=r["page"],
        )
