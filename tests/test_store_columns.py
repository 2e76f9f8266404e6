"""A store written before locators existed gains the new columns when opened, and keeps its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from index.sqlite import SqliteStore

_OLD = """
CREATE TABLE forms (form TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE projects (id TEXT PRIMARY KEY, form TEXT NOT NULL REFERENCES forms(form), line INTEGER NOT NULL,
    seq INTEGER NOT NULL, name TEXT NOT NULL, year INTEGER, department TEXT, unit TEXT,
    header_text TEXT, total_weight REAL, total_score REAL, total_line INTEGER, total_text TEXT);
CREATE TABLE funds (project_id TEXT NOT NULL REFERENCES projects(id), kind TEXT NOT NULL, label TEXT,
    initial_budget REAL, full_year_budget REAL, executed REAL, weight REAL,
    execution_rate REAL, score REAL, line INTEGER NOT NULL, text TEXT);
CREATE TABLE goals (project_id TEXT PRIMARY KEY REFERENCES projects(id), planned TEXT, achieved TEXT,
    line INTEGER NOT NULL, text TEXT);
CREATE TABLE indicators (project_id TEXT NOT NULL REFERENCES projects(id), seq INTEGER NOT NULL, level1 TEXT,
    level2 TEXT, name TEXT, target TEXT, actual TEXT, weight REAL, score REAL, deviation TEXT,
    line INTEGER NOT NULL, text TEXT, stated_level1 TEXT);
CREATE TABLE findings (project_id TEXT NOT NULL REFERENCES projects(id), severity TEXT, code TEXT, message TEXT,
    line INTEGER);
INSERT INTO forms VALUES ('a.txt', 'a.txt', 'x', 'then');
INSERT INTO projects VALUES ('a.txt#3', 'a.txt', 3, 0, '某项目', 2021, '部门', '单位', '项目名称 | 某项目',
    100, 90, 20, '总分 | 100 | 90');
INSERT INTO funds VALUES ('a.txt#3', 'total', '年度资金总额', 1, 1, 1, 10, 100, 10, 6, '年度资金总额 | 1');
INSERT INTO indicators VALUES ('a.txt#3', 0, '产出指标', '数量指标', '数量', '1', '1', 90, 80, '', 12, 't', '');
INSERT INTO findings VALUES ('a.txt#3', 'warning', 'scores_sum', 'm', 20);
"""


def test_old_store_gains_locator_columns(tmp_path: Path) -> None:
    path = tmp_path / "forms.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(_OLD)
    store = SqliteStore(path)
    try:
        [project] = store.projects()
    finally:
        store.close()
    assert (project.kind, project.money_unit, project.sheet, project.page) == ("project", "元", None, None)
    assert project.indicators[0].page is None and project.findings[0].sheet is None
    assert project.total is not None and project.total.score == 90
