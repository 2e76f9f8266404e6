"""The structured store: forms, projects, funds, goals, indicators and findings, plus the
bookkeeping that keeps the vector store in step with it — one interface, two backends.

Invariants:
- the store is the one source of truth for what is ingested: a vector record counts only when
  its (form, generation) pair is committed here (``FormRecord.generation``);
- a write replaces whole forms in one transaction; every change of the store's state (rows,
  the dirty flag) bumps ``version``, so a reader that saw version v and still sees v afterwards
  knows nothing changed while it worked;
- ``dirty`` is set before any vector write and cleared only when both stores agree again; a
  writer killed in between leaves it set, and reconciliation repairs the difference;
- readers read one snapshot (version, flag, generations, projects) in one read transaction
  (SQLite WAL, PostgreSQL REPEATABLE READ: readers never block the writer, nor see half a write);
- one writer at a time across processes and machines: ``write_lock`` (a lock file for SQLite,
  an advisory lock for PostgreSQL; both are released when the holder dies).

``SqlStore`` holds the SQL both backends share; ``index.sqlite.SqliteStore`` (the embedded
default, ``forms.sqlite`` in the index folder) and ``index.postgres.PgStore`` (when
``JIXIAO_DATABASE_URL`` is set) supply the connection, transactions, lock and schema
migrations. Every database error leaves a backend as ``StoreError`` (``StoreUnavailableError``
when the database cannot be reached).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from index.settings import Settings
from index.types import Finding, FundsRow, Goals, Indicator, Project, Total

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
_FORM_COLS = ["form", "path", "sha256", "ingested_at", "generation", "chunks"]

Row = Mapping[str, Any]


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
    """The structured store as the rest of ``index`` uses it (SQLite or PostgreSQL)."""

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


def open_store(settings: Settings) -> SqlStore:
    """Open (and, when needed, create or upgrade) the structured store the settings describe."""
    if settings.database_url:
        from index.postgres import PgStore

        return PgStore(settings)
    from index.sqlite import SqliteStore

    return SqliteStore(settings.sqlite_path)


def upgrade_store(settings: Settings) -> tuple[int, int, tuple[str, ...]]:
    """Create or upgrade the store's schema; return (version before, after, steps applied)."""
    if settings.database_url:
        from index.postgres import migrate

        report = migrate(settings)
        return report.before, report.after, report.applied
    from index.sqlite import SCHEMA_VERSION, SqliteStore, sqlite_schema_version

    before = sqlite_schema_version(settings.sqlite_path)
    SqliteStore(settings.sqlite_path).close()
    steps = (
        (f"{before} → {SCHEMA_VERSION}: tables and columns of this release",)
        if before < SCHEMA_VERSION
        else ()
    )
    return before, SCHEMA_VERSION, steps


def read_version(settings: Settings) -> int | None:
    """Return the store's version cheaply, or None when there is no index yet."""
    if settings.database_url:
        from index.postgres import read_pg_version

        return read_pg_version(settings)
    from index.sqlite import read_sqlite_version

    return read_sqlite_version(settings.sqlite_path)


def store_exists(settings: Settings) -> bool:
    """Return whether the configured store has been created (it may hold no form yet)."""
    return read_version(settings) is not None


class SqlStore:
    """The SQL both backends share, written with ``?`` placeholders (a backend translates).

    A backend supplies ``execute``, ``executemany``, ``fetch``, ``transaction``,
    ``write_lock``, ``close`` and ``label``; ``ROW_ORDER`` is the column that keeps child rows in
    the order they were written.
    """

    ROW_ORDER = "rowid"
    label = "the form store"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        raise NotImplementedError

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a query and return its rows as mappings."""
        raise NotImplementedError

    def transaction(self, immediate: bool = True) -> AbstractContextManager[None]:
        """One transaction (a write when immediate, else one read snapshot); rolled back on
        any exception."""
        raise NotImplementedError

    def write_lock(self, blocking: bool = True) -> AbstractContextManager[bool]:
        """Hold the index's writer lock; yield False at once when busy and not blocking."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    def _meta(self, key: str) -> str:
        rows = self.fetch("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else "0"

    def version(self) -> int:
        """Return the version, bumped by every change of the store's state."""
        return int(self._meta("version"))

    def dirty(self) -> bool:
        """Return whether a write began and its reconciliation has not finished."""
        return self._meta("dirty") == "1"

    def _bump(self) -> None:
        self.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'version'")

    def set_dirty(self, dirty: bool) -> None:
        """Set or clear the dirty flag (and bump the version)."""
        with self.transaction():
            self.execute("UPDATE meta SET value = ? WHERE key = 'dirty'", ("1" if dirty else "0",))
            self._bump()

    def set_chunks(self, form: str, chunks: int) -> None:
        """Record a form's number of vector records (after a repair)."""
        with self.transaction():
            self.execute("UPDATE forms SET chunks = ? WHERE form = ?", (chunks, form))
            self._bump()

    def form_records(self) -> list[FormRecord]:
        """Return every stored form."""
        rows = self.fetch("SELECT form, path, sha256, generation, chunks FROM forms ORDER BY form")
        return [FormRecord(r["form"], r["path"], r["sha256"], r["generation"], r["chunks"]) for r in rows]

    def snapshot(self) -> StoreSnapshot:
        """Return version, flag, generations and projects as of one moment."""
        with self.transaction(immediate=False):
            generations = {r.form: r.generation for r in self.form_records()}
            return StoreSnapshot(self.version(), self.dirty(), generations, self._projects())

    def commit_forms(self, writes: Sequence[FormWrite], when: str, hook: Hook | None = None) -> None:
        """Replace the rows of the given forms in one transaction (the flip to their new
        generations); ``hook('rows_written')`` runs just before the commit."""
        with self.transaction():
            for w in writes:
                self._delete_form(w.form)
                self.execute(
                    _insert("forms", _FORM_COLS), (w.form, w.path, w.sha256, when, w.generation, w.chunks)
                )
                for seq, project in enumerate(w.projects):
                    self._insert_project(project, seq)
            self._bump()
            if hook:
                hook("rows_written")

    def _delete_form(self, form: str) -> None:
        for table in _CHILD_TABLES:
            self.execute(
                f"DELETE FROM {table} WHERE project_id IN (SELECT id FROM projects WHERE form = ?)", (form,)
            )
        self.execute("DELETE FROM projects WHERE form = ?", (form,))
        self.execute("DELETE FROM forms WHERE form = ?", (form,))

    def _insert_project(self, p: Project, seq: int) -> None:
        t = p.total
        values = [p.id, p.form, p.line, seq, p.name, p.year, p.department, p.unit, p.header_text]
        values += [t.weight, t.score, t.line, t.text] if t else [None] * 4
        values += [p.kind, p.money_unit, p.sheet, p.page, t.sheet if t else None, t.page if t else None]
        self.execute(_insert("projects", _PROJECT_COLS), values)
        self.executemany(
            _insert("funds", ["project_id", *_FUNDS_COLS]),
            [(p.id, *(getattr(r, c) for c in _FUNDS_COLS)) for r in p.funds],
        )
        if p.goals:
            g = p.goals
            self.execute(
                _insert("goals", ["project_id", "planned", "achieved", "line", "text", *_LOC]),
                (p.id, g.planned, g.achieved, g.line, g.text, g.sheet, g.page),
            )
        self.executemany(
            _insert("indicators", ["project_id", "seq", *_IND_COLS]),
            [(p.id, n, *(getattr(r, c) for c in _IND_COLS)) for n, r in enumerate(p.indicators)],
        )
        self.executemany(
            _insert("findings", ["project_id", "severity", "code", "message", "line", *_LOC]),
            [(p.id, f.severity, f.code, f.message, f.line, f.sheet, f.page) for f in p.findings],
        )

    def projects(self, forms: Collection[str] | None = None) -> list[Project]:
        """Return the stored projects (of the given forms), in form and line order."""
        with self.transaction(immediate=False):
            return self._projects(forms)

    def _projects(self, forms: Collection[str] | None = None) -> list[Project]:
        children = {table: self._children(table) for table in _CHILD_TABLES}
        rows = self.fetch("SELECT * FROM projects ORDER BY form, seq")
        return [_project(r, children) for r in rows if forms is None or r["form"] in forms]

    def _children(self, table: str) -> dict[str, list[Row]]:
        order = "seq" if table == "indicators" else self.ROW_ORDER  # as written: page, then line
        out: dict[str, list[Row]] = {}
        for row in self.fetch(f"SELECT * FROM {table} ORDER BY project_id, {order}"):
            out.setdefault(row["project_id"], []).append(row)
        return out


def _project(r: Row, children: dict[str, dict[str, list[Row]]]) -> Project:
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
