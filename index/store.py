"""The structured store: forms, projects, funds, goals, indicators and findings in SQLite.

Invariants: a form's rows are replaced as a whole inside one transaction; reading back gives
the same Project records that were written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import StoreError
from index.types import Finding, FundsRow, Goals, Indicator, ParsedFile, Project, Total

SCHEMA = """
CREATE TABLE IF NOT EXISTS forms (
    form TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, ingested_at TEXT NOT NULL
);
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


class Store:
    """SQLite file holding the parsed forms."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.executescript(SCHEMA)
        self._add_columns()

    def _add_columns(self) -> None:
        for table, columns in _ADDED.items():
            have = {r["name"] for r in self._db.execute(f"PRAGMA table_info({table})")}
            for column in columns:
                if column.split()[0] not in have:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def form_hash(self, form: str) -> str | None:
        """Return the SHA-256 recorded for a form file, or None when not ingested."""
        row = self._db.execute("SELECT sha256 FROM forms WHERE form = ?", (form,)).fetchone()
        return row["sha256"] if row else None

    def forms(self) -> list[str]:
        """Return the names of the ingested form files."""
        return [r["form"] for r in self._db.execute("SELECT form FROM forms ORDER BY form")]

    def form_records(self) -> list[tuple[str, str, str]]:
        """Return (form, path, sha256) of every ingested file."""
        rows = self._db.execute("SELECT form, path, sha256 FROM forms ORDER BY form")
        return [(r["form"], r["path"], r["sha256"]) for r in rows]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one transaction; roll back on any exception."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def replace_form(self, parsed: ParsedFile, when: str) -> None:
        """Replace every row of one form file (call inside ``transaction``)."""
        try:
            self._delete_form(parsed.form)
            self._db.execute(
                "INSERT INTO forms VALUES (?, ?, ?, ?)",
                (parsed.form, parsed.path, parsed.sha256, when),
            )
            for seq, project in enumerate(parsed.projects):
                self._insert_project(project, seq)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot write form {parsed.form}: {err}") from err

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

    def projects(self) -> list[Project]:
        """Return every stored project, in file and line order."""
        children = {table: self._children(table) for table in _CHILD_TABLES}
        rows = self._db.execute("SELECT * FROM projects ORDER BY form, seq").fetchall()
        return [self._project(r, children) for r in rows]

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
