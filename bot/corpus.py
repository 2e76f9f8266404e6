"""The ingested projects as the bot sees them, with citations for every row.

Invariant: a Corpus is an immutable snapshot of the structured store; ``load_corpus`` reloads
it when the store file changes (a new ingest), so answers never mix two snapshots.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from bot.types import Citation
from index import Settings, load_projects
from index.types import FundsRow, Indicator, Project

_CACHE: dict[str, tuple[float, Corpus]] = {}
_LOCK = threading.Lock()


def cite_indicator(p: Project, row: Indicator) -> Citation:
    """Return the citation of an indicator row."""
    return Citation(
        id=f"{p.form}:{row.line}",
        form=p.form,
        line=row.line,
        project=p.name,
        section="indicator",
        indicator=row.name,
        text=row.text,
        project_id=p.id,
        level1=row.level1,
        level2=row.level2,
        target=row.target,
        actual=row.actual,
        weight=row.weight,
        score=row.score,
        deviation=row.deviation,
    )


def cite_funds(p: Project, row: FundsRow) -> Citation:
    """Return the citation of a funds row."""
    return Citation(
        id=f"{p.form}:{row.line}",
        form=p.form,
        line=row.line,
        project=p.name,
        section="funds",
        indicator=row.label,
        text=row.text,
        project_id=p.id,
        weight=row.weight,
        score=row.score,
    )


def cite_total(p: Project) -> Citation | None:
    """Return the citation of the 总分 row, if any."""
    if p.total is None:
        return None
    return Citation(
        id=f"{p.form}:{p.total.line}",
        form=p.form,
        line=p.total.line,
        project=p.name,
        section="total",
        indicator="总分",
        text=p.total.text,
        project_id=p.id,
        weight=p.total.weight,
        score=p.total.score,
    )


def cite_project(p: Project) -> Citation:
    """Return the citation of the 项目名称 row."""
    year = f" | ({p.year} 年度)" if p.year else ""
    return Citation(
        id=f"{p.form}:{p.line}",
        form=p.form,
        line=p.line,
        project=p.name,
        section="project",
        indicator="",
        text=f"{p.header_text}{year} | 主管部门 {p.department} | 实施单位 {p.unit}",
        project_id=p.id,
    )


def cite_goals(p: Project) -> Citation | None:
    """Return the citation of the goals row, if any."""
    if p.goals is None:
        return None
    return Citation(
        id=f"{p.form}:{p.goals.line}",
        form=p.form,
        line=p.goals.line,
        project=p.name,
        section="goal",
        indicator="",
        text=p.goals.text,
        project_id=p.id,
    )


@dataclass(frozen=True)
class Corpus:
    """Projects with lookups by id and the corpus's years and departments."""

    projects: tuple[Project, ...]
    by_id: dict[str, Project] = field(default_factory=dict)

    @classmethod
    def of(cls, projects: list[Project]) -> Corpus:
        """Build a corpus from projects."""
        return cls(tuple(projects), {p.id: p for p in projects})

    @property
    def years(self) -> list[int]:
        """The fiscal years present."""
        return sorted({p.year for p in self.projects if p.year})

    @property
    def departments(self) -> list[str]:
        """The supervising departments and units present."""
        names = {p.department for p in self.projects} | {p.unit for p in self.projects}
        return sorted(n for n in names if n)

    def indicators(self) -> list[tuple[Project, Indicator]]:
        """Every indicator row with its project."""
        return [(p, row) for p in self.projects for row in p.indicators]


def load_corpus(settings: Settings) -> Corpus:
    """Return the corpus of the index, reloading it only when the store changed."""
    path = settings.sqlite_path
    stamp = path.stat().st_mtime if path.exists() else 0.0
    key = str(path.resolve())
    with _LOCK:
        cached = _CACHE.get(key)
        if cached and cached[0] == stamp:
            return cached[1]
        corpus = Corpus.of(load_projects(settings) if path.exists() else [])
        _CACHE[key] = (stamp, corpus)
        return corpus
