"""Runners over project metrics (rank, lookup, filter, aggregate), executed exactly against
the stored rows, and ``RUNNERS``, the table route's intent → runner map.

Invariants: values come from ``bot.metrics`` measures or stored indicator rows, never from
retrieval; every row a computation used is cited; ties are listed in full.
"""

from __future__ import annotations

from bot import rows as row_runners
from bot.corpus import Corpus, cite_funds, cite_project, cite_total
from bot.metrics import METRICS, Measure, Metric
from bot.numbers import Numbers
from bot.result import Composed, in_scope, missing, say, unique
from bot.types import Chart, ChartBar, Citation, Context, Language, Plan
from index.template import grade
from index.types import Project


def _coverage(projects: list[Project], corpus: Corpus, lang: Language, n: Numbers) -> str:
    """Say which years and departments a cross-project answer covers, when the corpus has several."""
    if len(corpus.years) <= 1 and len(corpus.departments) <= 1:
        return ""
    years_seen = sorted({p.year for p in projects if p.year})
    for year in years_seen:
        n.add(year)
    years = "、".join(str(y) for y in years_seen)
    depts = sorted({p.department for p in projects})
    count = n.count(len(depts))
    who = "、".join(depts) if len(depts) <= 3 else f"{count}个部门"
    who_en = ", ".join(depts) if len(depts) <= 3 else f"{count} departments"
    return say(lang, f"\n（范围：{years}年度；{who}）", f"\n(Covers {years}; {who_en}.)")


def _value(metric: Metric, m: Measure, n: Numbers, lang: Language, derived: bool = False) -> str:
    derived = derived or m.derived
    if metric.unit == "yuan":
        return n.money(m.value, lang, derived)
    if metric.unit == "pct":
        return n.pct(m.value, derived)
    text = n.score(m.value, derived)
    if m.weight is not None:
        text += f"/{n.score(m.weight, m.derived)}"
    return text + say(lang, "分", " points") if m.weight is None else text


def _label(metric: Metric, lang: Language) -> str:
    return metric.zh if lang == "zh" else metric.en


def _measured(projects: list[Project], metric: Metric) -> list[tuple[Project, Measure]]:
    out = []
    for p in projects:
        m = metric.measure(p)
        if m is not None:
            out.append((p, m))
    return out


def _cited(rows: list[tuple[Project, Measure]]) -> list[Citation]:
    """Every row the measures of a cross-project answer were computed from, once each."""
    return unique([c for _, m in rows for c in m.rows])


def _chart(metric: Metric, rows: list[tuple[Project, Measure]], best: set[str]) -> Chart:
    bars = tuple(ChartBar(p.name, m.value, p.id in best) for p, m in rows)
    return Chart(metric.zh, metric.unit, bars)


def run_rank(plan: Plan, corpus: Corpus) -> Composed:
    """Rank projects (or indicator rows, for deductions) by a metric."""
    if plan.level == "indicator":
        return row_runners.rank_indicators(plan, corpus)
    metric = METRICS[plan.metric or "total_score"]
    lang, n = plan.language, Numbers()
    projects = in_scope(plan, corpus)
    rows = _measured(projects, metric)
    if not rows:
        return missing(metric, lang, projects)
    rows.sort(key=lambda pm: pm[1].value, reverse=plan.order == "desc")
    cites = _cited(rows)
    edge = rows[0][1].value
    top = [(p, m) for p, m in rows if m.value == edge]
    low, high = ("最少", "最多") if metric.key == "deduction" else ("最低", "最高")
    word = say(lang, low if plan.order == "asc" else high, "lowest" if plan.order == "asc" else "highest")
    label = _label(metric, lang)
    ranking = tuple(p.id for p, _ in rows)
    positions = _positions([m.value for _, m in rows])
    context = Context("rank", metric.key, tuple(p.id for p, _ in top), ranking, plan.order, positions)
    chart = _chart(metric, rows, {p.id for p, _ in top})
    if plan.single:
        names = say(lang, "、", ", ").join(f"「{p.name}」" if lang == "zh" else f"'{p.name}'" for p, _ in top)
        value = _value(metric, top[0][1], n, lang)
        tie = (
            say(lang, f"（{n.count(len(top))}个项目并列）", f" ({n.count(len(top))} projects tied)")
            if len(top) > 1
            else ""
        )
        text = say(
            lang,
            f"{label}{word}的项目是{names}：{value}{tie}。比较范围：{n.count(len(rows))}个项目。",
            f"The {word} {label} is {names}: {value}{tie}, among {n.count(len(rows))} projects.",
        )
    else:
        shown = rows[: plan.limit] if plan.limit else rows
        lines = []
        for position, (p, m) in zip(positions, shown, strict=False):
            lines.append(f"{n.count(position)}. {p.name}{say(lang, '：', ': ')}{_value(metric, m, n, lang)}")
        order = say(
            lang,
            "从低到高" if plan.order == "asc" else "从高到低",
            "lowest first" if plan.order == "asc" else "highest first",
        )
        head = say(
            lang,
            f"按{label}{order}（共{n.count(len(rows))}个项目）：",
            f"Projects by {label}, {order} ({n.count(len(rows))} projects):",
        )
        text = head + "\n" + "\n".join(lines)
    text += _coverage([p for p, _ in rows], corpus, lang, n)
    return Composed(text, cites, n, context, chart)


def _positions(values: list[float]) -> tuple[int, ...]:
    """Competition ranks (1, 2, 2, 4): tied values share a position."""
    out: list[int] = []
    for index, value in enumerate(values):
        out.append(out[-1] if index and value == values[index - 1] else index + 1)
    return tuple(out)


def run_lookup(plan: Plan, corpus: Corpus) -> Composed:
    """State one metric (or a summary) of the named projects."""
    lang, n = plan.language, Numbers()
    projects = in_scope(plan, corpus)
    if plan.metric is None:
        return _summary(projects, lang)
    metric = METRICS[plan.metric]
    rows = _measured(projects, metric)
    if not rows:
        return missing(metric, lang, projects)
    parts: list[str] = []
    cites: list[Citation] = []
    for p, m in rows:
        extra = ""
        if metric.key == "total_score":
            extra = say(lang, f"，评级「{grade(m.value)}」", f", grade {grade(m.value)}")
        elif metric.key == "satisfaction":
            extra = say(lang, "（满意度指标得分/分值）", " (satisfaction score/weight)")
        parts.append(
            say(
                lang,
                f"「{p.name}」{metric.zh}：{_value(metric, m, n, lang)}{extra}。",
                f"'{p.name}' {metric.en}: {_value(metric, m, n, lang)}{extra}.",
            )
        )
        cites += m.rows
    context = Context("lookup", metric.key, tuple(p.id for p, _ in rows))
    chart = _chart(metric, rows, set()) if len(rows) > 1 else None
    return Composed("\n".join(parts), unique(cites), n, context, chart)


def _summary(projects: list[Project], lang: Language) -> Composed:
    n = Numbers()
    parts: list[str] = []
    cites: list[Citation] = []
    for p in projects:
        cites.append(cite_project(p))
        total, funds = cite_total(p), p.funds_total
        score = f"{n.score(p.total.score)}/{n.score(p.total.weight)}" if p.total else "—"
        budget = n.money(funds.full_year_budget, lang) if funds and funds.full_year_budget else "—"
        rate = n.pct(funds.execution_rate) if funds and funds.execution_rate is not None else "—"
        parts.append(
            say(
                lang,
                f"「{p.name}」（{p.year}年度，{p.unit}）：总分{score}，全年预算数{budget}，执行率{rate}。",
                f"'{p.name}' ({p.year}, {p.unit}): overall score {score}, full-year budget {budget}, execution rate {rate}.",
            )
        )
        if p.year:
            n.add(p.year)
        cites += [c for c in (total, cite_funds(p, funds) if funds else None) if c]
    context = Context("lookup", "total_score", tuple(p.id for p in projects))
    return Composed("\n".join(parts), cites, n, context)


_OPS = {
    "lt": (lambda v, t: v < t, "低于", "below"),
    "le": (lambda v, t: v <= t, "不高于", "at most"),
    "gt": (lambda v, t: v > t, "高于", "above"),
    "ge": (lambda v, t: v >= t, "不低于", "at least"),
}


def run_filter(plan: Plan, corpus: Corpus) -> Composed:
    """List the projects whose metric passes a comparison or is (not) at full marks."""
    metric = METRICS[plan.metric or "total_score"]
    lang, n = plan.language, Numbers()
    rows = _measured(in_scope(plan, corpus), metric)
    if plan.op in ("full", "not_full"):
        want = plan.op == "full"
        hits = [(p, m) for p, m in rows if m.weight is not None and (abs(m.value - m.weight) < 1e-9) == want]
        cond = say(
            lang,
            f"{metric.zh}{'满分' if want else '未得满分'}",
            f"{'full' if want else 'less than full'} marks on {metric.en}",
        )
    else:
        assert plan.op is not None and plan.threshold is not None
        test, zh, en = _OPS[plan.op]
        hits = [(p, m) for p, m in rows if test(m.value, plan.threshold)]
        n.add(plan.threshold)
        if metric.unit == "yuan":
            n.add(plan.threshold / 1e4)
        shown = n.score(plan.threshold) + ("%" if metric.unit == "pct" else "")
        cond = say(lang, f"{metric.zh}{zh}{shown}", f"{metric.en} {en} {shown}")
    listing = "\n".join(f"- {p.name}{say(lang, '：', ': ')}{_value(metric, m, n, lang)}" for p, m in hits)
    if hits:
        text = say(
            lang,
            f"{cond}的项目有{n.count(len(hits))}个（共比较{n.count(len(rows))}个项目）：\n{listing}",
            f"{n.count(len(hits))} of {n.count(len(rows))} projects have {cond}:\n{listing}",
        )
    else:
        text = say(
            lang,
            f"没有{cond}的项目（共比较{n.count(len(rows))}个项目）。",
            f"No project has {cond} (compared {n.count(len(rows))} projects).",
        )
    text += _coverage([p for p, _ in rows], corpus, lang, n)
    cites = _cited(rows)
    context = Context("filter", metric.key, tuple(p.id for p, _ in hits), tuple(p.id for p, _ in hits))
    return Composed(text, cites, n, context, _chart(metric, rows, {p.id for p, _ in hits}))


def run_aggregate(plan: Plan, corpus: Corpus) -> Composed:
    """Count projects, or sum or average a metric over them."""
    lang, n = plan.language, Numbers()
    projects = in_scope(plan, corpus)
    if plan.agg == "count" and plan.metric is None:
        names = "\n".join(f"- {p.name}" for p in projects)
        years = "、".join(str(y) for y in corpus.years)
        for y in corpus.years:
            n.add(y)
        text = say(
            lang,
            f"共有{n.count(len(projects))}个项目（{years}年度）：\n{names}",
            f"There are {n.count(len(projects))} projects ({years}):\n{names}",
        )
        context = Context("aggregate", None, tuple(p.id for p in projects), tuple(p.id for p in projects))
        return Composed(text, [cite_project(p) for p in projects], n, context)
    metric = METRICS[plan.metric or "total_score"]
    rows = _measured(projects, metric)
    if not rows:
        return missing(metric, lang, projects)
    values = [m.value for _, m in rows]
    label = _label(metric, lang)
    if plan.agg == "avg":
        result = sum(values) / len(values)
        word = say(lang, "平均", "average")
    else:
        result = sum(values)
        word = say(lang, "合计", "total")
    shown = _value(metric, Measure(round(result, 4), None, ()), n, lang, derived=True)
    if metric.unit == "score" and plan.agg == "avg":
        shown = n.score(round(result, 2), True) + say(lang, "分", " points")
    text = say(
        lang,
        f"{n.count(len(rows))}个项目的{label}{word}：{shown}。",
        f"The {word} {label} over {n.count(len(rows))} projects is {shown}.",
    )
    text += _coverage([p for p, _ in rows], corpus, lang, n)
    cites = _cited(rows)
    context = Context("aggregate", metric.key, tuple(p.id for p, _ in rows))
    return Composed(text, cites, n, context, _chart(metric, rows, set()))


RUNNERS = {
    "rank": run_rank,
    "lookup": run_lookup,
    "filter": run_filter,
    "aggregate": run_aggregate,
    "deductions": row_runners.run_deductions,
    "reasons": row_runners.run_reasons,
    "indicator": row_runners.run_indicator,
}
