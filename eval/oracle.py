"""An independent oracle: gold answers computed with pandas from what ``jixiao export --json``
prints (or ``jixiao check --json``, the same records without a store).

Invariants:
- it reads only those JSON records; it never imports or calls ``bot`` and shares no code with
  it, so a bug in the bot's arithmetic cannot hide in the gold;
- every value comes with the rows it rests on, as ``form:line`` ids (the citation ids);
- rankings are dense (ties share a place) and ties are always returned in full.

Run ``python -m eval.oracle EXPORT.json`` to print the derived project table.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

# The national template: level-2 kind → level-1, with the layout variants some forms use.
KINDS = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}
KIND_VARIANTS = {"生态指标": "生态效益指标", "满意度": "服务对象满意度指标"}
LEVEL1 = ("产出指标", "效益指标", "满意度指标")
_CMP = re.compile(r"^(≥|>=|>|≤|<=|<|=)?\s*(\d+(?:\.\d+)?)\s*(%|项|个|套|天|次)?$")


def fold(text: str) -> str:
    """NFKC, lower case, punctuation and white space removed (for matching names)."""
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def grade(score: float) -> str:
    """The grade of a total score: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60."""
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def met(target: str, actual: str) -> bool | None:
    """Whether an indicator met its target; None when the texts cannot be compared."""
    t, a = target.strip(), actual.strip()
    if not t or not a:
        return None
    if fold(t) == fold(a) and t.lstrip("=") == a.lstrip("="):
        return True
    tm, am = _CMP.match(t), _CMP.match(a)
    if not tm or not am or am.group(1):
        return None
    if tm.group(3) and am.group(3) and tm.group(3) != am.group(3):
        return None
    goal, got = float(tm.group(2)), float(am.group(2))
    op = tm.group(1) or "≥"  # a bare target is a floor: reach it or exceed it
    return {
        "≥": got >= goal,
        ">=": got >= goal,
        ">": got > goal,
        "≤": got <= goal,
        "<=": got <= goal,
        "<": got < goal,
        "=": got == goal,
    }[op]


def _project_row(r: dict[str, Any]) -> dict[str, Any]:
    f, t, g = r.get("funds") or {}, r.get("total") or {}, r.get("goals") or {}
    return {
        "name": r["name"],
        "year": r["year"],
        "department": r["department"],
        "form": r["form"],
        "line": r["line"],
        "initial": f.get("initial_budget"),
        "budget": f.get("full_year_budget"),
        "executed": f.get("executed"),
        "funds_weight": f.get("weight"),
        "rate": f.get("execution_rate"),
        "funds_score": f.get("score"),
        "funds_line": f.get("line"),
        "total_weight": t.get("weight"),
        "total": t.get("score"),
        "total_line": t.get("line"),
        "goals": f"{g.get('planned', '')} {g.get('achieved', '')}".strip(),
        "goals_line": g.get("line"),
    }


def _indicator_rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for i in r["indicators"]:
        level2 = KIND_VARIANTS.get(i["level2"], i["level2"])
        out.append(
            {
                "project": r["name"],
                "form": r["form"],
                "line": i["line"],
                "level1": KINDS.get(level2, i["level1"]),
                "level2": level2,
                "name": i["name"],
                "target": i["target"],
                "actual": i["actual"],
                "weight": i["weight"],
                "score": i["score"],
                "deviation": i["deviation"],
                "met": met(i["target"], i["actual"]),
            }
        )
    return out


class Oracle:
    """Projects and indicators of an export as two DataFrames, with the derived fields."""

    def __init__(self, records: Sequence[dict[str, Any]]):
        self.projects = pd.DataFrame([_project_row(r) for r in records]).set_index("name", drop=False)
        rows = [x for r in records for x in _indicator_rows(r)]
        self.indicators = pd.DataFrame(rows)
        ind = self.indicators.assign(deduction=self.indicators.weight - self.indicators.score)
        self.indicators = ind
        p = self.projects
        p["change"] = p.budget - p.initial
        p["unspent"] = p.budget - p.executed
        p["lost"] = p.total_weight - p.total
        p["funds_lost"] = p.funds_weight - p.funds_score
        p["indicator_lost"] = ind.groupby("project").deduction.sum().reindex(p.index).fillna(0.0)
        p["grade"] = p.total.map(grade)
        p["satisfaction"] = self.subtotals("level1", "满意度指标").score.reindex(p.index)
        sums = ind.groupby("project").score.sum().reindex(p.index).fillna(0.0)
        p["consistent"] = (p.funds_score + sums - p.total).abs() < 0.015

    @classmethod
    def from_json(cls, path: Path) -> Oracle:
        """Load the JSON that ``jixiao export --json`` printed."""
        return cls(json.loads(path.read_text(encoding="utf-8")))

    # -- names and scopes ------------------------------------------------------------------
    def names(self, year: int | None = None, department: str | None = None) -> list[str]:
        """Project names in form order, optionally scoped to a year and/or department."""
        p = self.projects
        keep = pd.Series(True, index=p.index)
        if year is not None:
            keep &= p.year == year
        if department is not None:
            keep &= p.department == department
        return list(p.index[keep])

    def resolve(self, fragment: str) -> list[str]:
        """Projects whose name contains the fragment (folded); one hit means unambiguous."""
        key = fold(fragment)
        return [n for n in self.projects.index if key and key in fold(n)]

    # -- rows for evidence -------------------------------------------------------------------
    def row(self, name: str, section: str) -> str:
        """The `form:line` id of a project's funds, total, goals or header row."""
        p = self.projects.loc[name]
        line = {"funds": p.funds_line, "total": p.total_line, "goals": p.goals_line, "project": p.line}[
            section
        ]
        return f"{p.form}:{int(line)}"

    def indicator_rows(self, name: str | None = None, **where: str) -> pd.DataFrame:
        """Indicator rows of one project (or all) matching column == value filters."""
        ind = self.indicators
        keep = pd.Series(True, index=ind.index)
        if name is not None:
            keep &= ind.project == name
        for col, val in where.items():
            keep &= ind[col] == val
        return ind[keep]

    @staticmethod
    def ids(rows: pd.DataFrame) -> list[str]:
        """The `form:line` ids of indicator rows."""
        return [f"{f}:{int(n)}" for f, n in zip(rows.form, rows.line, strict=True)]

    # -- values --------------------------------------------------------------------------------
    def value(self, name: str, field: str) -> Any:
        """A project-level field (stated or derived) of one project."""
        return self.projects.at[name, field]

    def subtotals(self, level: str, kind: str) -> pd.DataFrame:
        """Per project: score, weight, deduction, rate (%) and row count of one level-1/level-2 kind."""
        rows = self.indicators[self.indicators[level] == kind]
        g = rows.groupby("project").agg(
            score=("score", "sum"),
            weight=("weight", "sum"),
            deduction=("deduction", "sum"),
            n=("line", "count"),
        )
        g["rate"] = g.score / g.weight * 100
        return g

    def column(self, field: str, names: Sequence[str]) -> pd.Series:
        """A field over some projects; fields like `level2:时效指标:score` read a subtotal."""
        if field.count(":") == 2:
            level, kind, what = field.split(":")
            return self.subtotals(level, kind)[what].reindex(list(names)).dropna()
        return self.projects.loc[list(names), field].dropna()

    # -- operations ----------------------------------------------------------------------------
    def nth(self, field: str, n: int, highest: bool, names: Sequence[str]) -> list[str]:
        """The projects in dense place n (1-based) by a field, ties in full."""
        col = self.column(field, names).round(6)
        values = sorted(col.unique(), reverse=highest)
        return [] if n > len(values) else list(col.index[col == values[n - 1]])

    def top(self, field: str, k: int, highest: bool, names: Sequence[str]) -> list[str]:
        """The projects in the first k places (ties at place k included)."""
        col = self.column(field, names).round(6)
        ordered = col.sort_values(ascending=not highest)
        if len(ordered) <= k:
            return list(ordered.index)
        cut = ordered.iloc[k - 1]
        return [n for n, v in ordered.items() if (v >= cut if highest else v <= cut)]

    def where(self, field: str, test: Callable[[float], bool], names: Sequence[str]) -> list[str]:
        """Projects whose field passes a test."""
        col = self.column(field, names)
        return [n for n, v in col.items() if test(float(v))]

    def aggregate(self, field: str, how: str, names: Sequence[str]) -> float:
        """count, sum, avg, median, min or max of a field."""
        col = [float(v) for v in self.column(field, names)]
        funcs: dict[str, Callable[[list[float]], float]] = {
            "count": len,
            "sum": sum,
            "avg": statistics.fmean,
            "median": statistics.median,
            "min": min,
            "max": max,
        }
        return float(funcs[how](col))

    def group(self, level: str, what: str, names: Sequence[str]) -> dict[str, float]:
        """Per level-1 or level-2 kind over some projects: summed score/weight/deduction, or rate."""
        rows = self.indicators[self.indicators.project.isin(list(names))]
        g = rows.groupby(level).agg(score=("score", "sum"), weight=("weight", "sum"))
        g["deduction"] = g.weight - g.score
        g["rate"] = g.score / g.weight * 100
        return {str(k): float(v) for k, v in g[what].items()}

    def by_project(self, column: str, how: str, names: Sequence[str], field: str) -> dict[Any, float]:
        """Per department or year: an aggregate of a project field."""
        p = self.projects.loc[list(names)]
        return {k: self.aggregate(field, how, list(g.index)) for k, g in p.groupby(column)}

    def reasons(self, name: str, level2: str | None = None) -> pd.DataFrame:
        """A project's deducted indicator rows (optionally of one kind) that give a reason."""
        rows = self.indicator_rows(name) if level2 is None else self.indicator_rows(name, level2=level2)
        return rows[(rows.deduction > 0) & (rows.deviation.str.strip() != "")]

    def goal_number(self, name: str, pattern: str) -> float:
        """A number stated in a project's 年度总体目标 prose (the regex's first group)."""
        m = re.search(pattern, self.projects.at[name, "goals"])
        if not m:
            raise LookupError(f"{name}: goals do not state /{pattern}/")
        return float(m.group(1).replace(",", ""))


def main(argv: list[str]) -> int:
    """Print the derived project table of an export file (or stdin)."""
    text = Path(argv[0]).read_text(encoding="utf-8") if argv else sys.stdin.read()
    o = Oracle(json.loads(text))
    cols = [
        "year",
        "department",
        "total",
        "rate",
        "initial",
        "budget",
        "executed",
        "unspent",
        "lost",
        "grade",
    ]
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(o.projects[cols].to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
