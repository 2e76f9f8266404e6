"""Data-quality checks on a parsed form.

Invariant: checks only add findings; they never change or reject a record. Tolerances are
those of figures stated to two decimals. A form keeps at most ``MAX_FINDINGS`` findings (errors
first) plus one that counts the rest, so a file of junk cannot balloon the store.
"""

from __future__ import annotations

from dataclasses import replace

from index.cells import parse_number, squash
from index.template import LEVEL1_OF
from index.types import Finding, FundsRow, Indicator, Project, Total

_TOL = 0.0051  # half a unit in the second decimal, plus float slack
MAX_FINDINGS = 50
_RANK = {"error": 0, "warning": 1, "info": 2}
_FUNDS_FIELDS = (
    ("initial_budget", "年初预算数"),
    ("full_year_budget", "全年预算数"),
    ("executed", "全年执行数"),
    ("weight", "分值"),
    ("execution_rate", "执行率"),
    ("score", "得分"),
)


def check_project(project: Project) -> Project:
    """Return the project with every check's findings added to its parse findings."""
    found = list(project.findings)
    found += _check_totals(project)
    found += _check_funds(project)
    found += _check_negative(project)
    for row in project.indicators:
        found += _check_indicator(row)
    return replace(project, findings=capped(found))


def capped(found: list[Finding], limit: int = MAX_FINDINGS) -> tuple[Finding, ...]:
    """Return at most limit findings (errors first), in line order, plus one counting the rest."""
    by_line = sorted(found, key=lambda f: (f.page or 0, f.line))
    if len(by_line) <= limit:
        return tuple(by_line)
    kept = sorted(
        sorted(by_line, key=lambda f: (_RANK[f.severity], f.line))[:limit],
        key=lambda f: (f.page or 0, f.line),
    )
    first_dropped = next(f for f in by_line if f not in kept)
    note = Finding(
        "warning",
        "findings_truncated",
        f"{len(by_line) - limit} more findings not kept (at most {limit} per form); "
        "correct the rows above and check again",
        first_dropped.line,
        first_dropped.sheet,
        first_dropped.page,
    )
    return (*kept, note)


def _check_negative(p: Project) -> list[Finding]:
    """Amounts, weights, rates and scores below zero cannot be."""
    out = []
    for row in p.funds:
        for name, label in _FUNDS_FIELDS:
            value = getattr(row, name)
            if value is not None and value < 0:
                out.append(_negative(row, f"{row.label} {label}", value))
    for ind in p.indicators:
        out += [
            _negative(ind, f"'{ind.name}' {label}", v)
            for label, v in (("分值", ind.weight), ("得分", ind.score))
            if v < 0
        ]
    if p.total:
        t = p.total
        out += [
            _negative(t, f"总分 {label}", v) for label, v in (("分值", t.weight), ("得分", t.score)) if v < 0
        ]
    return out


def _negative(record: FundsRow | Indicator | Total, what: str, value: float) -> Finding:
    return Finding("error", "negative_value", f"{what} is negative ({_fmt(value)})", *_at(record))


def _at(record: Project | FundsRow | Indicator | Total) -> tuple[int, str | None, int | None]:
    """The locator of a record, for its findings."""
    return record.line, record.sheet, record.page


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _check_totals(p: Project) -> list[Finding]:
    if p.total is None:
        return []
    funds = p.funds_total
    funds_weight = funds.weight or 0.0 if funds else 0.0
    funds_score = funds.score or 0.0 if funds else 0.0
    weights = funds_weight + sum(i.weight for i in p.indicators)
    scores = funds_score + sum(i.score for i in p.indicators)
    out = []
    if abs(weights - p.total.weight) > _TOL:
        out.append(
            Finding(
                "warning",
                "weights_sum",
                f"weights add up to {_fmt(weights)}, the 总分 row states {_fmt(p.total.weight)}",
                *_at(p.total),
            )
        )
    if abs(scores - p.total.score) > _TOL:
        out.append(
            Finding(
                "warning",
                "scores_sum",
                f"scores add up to {_fmt(scores)}, the 总分 row states {_fmt(p.total.score)}",
                *_at(p.total),
            )
        )
    return out


def _check_funds(p: Project) -> list[Finding]:
    row = p.funds_total
    if row is None:
        return [Finding("warning", "missing_funds_total", "no 年度资金总额 row", *_at(p))]
    out = []
    if row.full_year_budget and row.executed is not None and row.execution_rate is not None:
        computed = round(row.executed / row.full_year_budget * 100, 2)
        if abs(computed - row.execution_rate) > _TOL:
            out.append(
                Finding(
                    "warning",
                    "execution_rate",
                    f"stated execution rate {row.execution_rate:.2f}% but executed ÷ full-year "
                    f"budget = {computed:.2f}%",
                    *_at(row),
                )
            )
    if row.execution_rate is not None and row.execution_rate > 100 + _TOL:
        out.append(
            Finding(
                "warning",
                "rate_above_100",
                f"execution rate {_fmt(row.execution_rate)}% is over 100%: more was spent than the "
                "full-year budget; check the amounts",
                *_at(row),
            )
        )
    if row.weight is not None and row.execution_rate is not None and row.score is not None:
        expected = row.weight * min(row.execution_rate, 100.0) / 100
        if abs(expected - row.score) > _TOL:
            out.append(
                Finding(
                    "warning",
                    "funds_score",
                    f"funds score {_fmt(row.score)} but weight × rate = {expected:.3f}",
                    *_at(row),
                )
            )
        if row.score > row.weight + _TOL:
            out.append(_above(row, row.score, row.weight))
    return out


def _above(row: FundsRow | Indicator, score: float, weight: float) -> Finding:
    message = f"score {_fmt(score)} exceeds weight {_fmt(weight)}"
    return Finding("error", "score_above_weight", message, row.line, row.sheet, row.page)


def _check_indicator(row: Indicator) -> list[Finding]:
    out = []
    if row.score > row.weight + _TOL:
        out.append(_above(row, row.score, row.weight))
    lost = row.weight - row.score
    if lost > _TOL and not row.deviation:
        out.append(
            Finding(
                "warning",
                "missing_deviation",
                f"'{row.name}' lost {_fmt(lost)} points but gives no deviation reason",
                *_at(row),
            )
        )
    if lost > _TOL and _met_target(row):
        out.append(
            Finding(
                "warning",
                "met_target_lost_points",
                f"'{row.name}' met its target ({row.target} → {row.actual}) yet lost {_fmt(lost)} points",
                *_at(row),
            )
        )
    over = _rate_over_100(row.actual)
    if over is not None and not row.deviation:
        out.append(
            Finding(
                "warning",
                "rate_above_100",
                f"'{row.name}' states {row.actual} ({_fmt(over)}% is over 100%) with no explanation "
                "in 偏差原因分析",
                *_at(row),
            )
        )
    expected = LEVEL1_OF.get(row.level2)
    if expected is None:
        out.append(
            Finding(
                "warning",
                "unknown_level2",
                f"level-2 '{row.level2}' is not in the national template",
                *_at(row),
            )
        )
    elif row.stated_level1 and row.stated_level1 != expected:
        out.append(
            Finding(
                "info",
                "level1_mismatch",
                f"'{row.level2}' is stated under {row.stated_level1}; it belongs to {expected} "
                "and was normalised",
                *_at(row),
            )
        )
    return out


def _met_target(row: Indicator) -> bool:
    target, actual = squash(row.target).lstrip("=≥>"), squash(row.actual)
    if not target or not actual:
        return False
    if target == actual:
        return True
    t, a = parse_number(target), parse_number(actual)
    return (
        t is not None
        and a is not None
        and target.endswith("%") == actual.endswith("%")
        and (a >= t if not row.target.startswith(("<", "≤")) else a <= t)
    )


def _rate_over_100(cell: str) -> float | None:
    """Return the percentage a cell states when it is over 100, else None."""
    text = squash(cell).lstrip("=≥>≤<约")
    if not text.endswith("%"):
        return None
    value = parse_number(text)
    return value if value is not None and value > 100 + _TOL else None
