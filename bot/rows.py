"""Runners over indicator rows: rows that lost points, their stated reasons, one row's
details, and rows ranked by points lost. Every row used is cited."""

from __future__ import annotations

from bot.corpus import Corpus, cite_indicator
from bot.metrics import METRICS
from bot.numbers import Numbers
from bot.result import Composed, in_scope, missing, say, unique
from bot.types import Citation, Context, Plan


def rank_indicators(plan: Plan, corpus: Corpus) -> Composed:
    """Rank indicator rows by points lost; ties at the top are listed in full."""
    lang, n = plan.language, Numbers()
    rows = [(p, r) for p in in_scope(plan, corpus) for r in p.indicators]
    rows.sort(key=lambda pr: pr[1].deduction, reverse=plan.order == "desc")
    if not rows:
        return missing(METRICS["deduction"], lang, in_scope(plan, corpus))
    edge = rows[0][1].deduction
    top = [(p, r) for p, r in rows if r.deduction == edge] if plan.single else rows[: plan.limit or 3]
    lines = [
        say(
            lang,
            f"「{p.name}」{r.level2}「{r.name}」扣{n.score(r.deduction, True)}分（{n.score(r.score)}/{n.score(r.weight)}）",
            f"'{r.name}' ({r.level2}) of '{p.name}' lost {n.score(r.deduction, True)} points ({n.score(r.score)}/{n.score(r.weight)})",
        )
        for p, r in top
    ]
    word = say(lang, "最少" if plan.order == "asc" else "最多", "fewest" if plan.order == "asc" else "most")
    head = say(
        lang,
        f"在{n.count(len(rows))}个三级指标中，扣分{word}的是：",
        f"Of {n.count(len(rows))} indicator rows, the {word} points were lost by:",
    )
    shown = {(p.id, r.line) for p, r in top}
    cites = [cite_indicator(p, r) for p, r in rows if r.deduction > 0 or (p.id, r.line) in shown]
    context = Context("rank", "deduction", tuple(dict.fromkeys(p.id for p, _ in top)), (), plan.order)
    return Composed(head + "\n" + "\n".join(lines), cites, n, context)


def run_deductions(plan: Plan, corpus: Corpus) -> Composed:
    """List the indicator rows that lost points."""
    lang, n = plan.language, Numbers()
    rows = [(p, r) for p in in_scope(plan, corpus) for r in p.indicators if r.deduction > 0]
    if not rows:
        return Composed(say(lang, "所选范围内没有扣分的指标。", "No indicator lost points in scope."), [], n)
    lines = [
        say(
            lang,
            f"- 「{p.name}」{r.level2}「{r.name}」：{n.score(r.score)}/{n.score(r.weight)}，扣{n.score(r.deduction, True)}分",
            f"- '{p.name}' {r.level2} '{r.name}': {n.score(r.score)}/{n.score(r.weight)}, lost {n.score(r.deduction, True)}",
        )
        for p, r in rows
    ]
    total = sum(r.deduction for _, r in rows)
    head = say(
        lang,
        f"共有{n.count(len(rows))}个三级指标扣分，合计扣{n.score(total, True)}分：",
        f"{n.count(len(rows))} indicator rows lost points, {n.score(total, True)} in all:",
    )
    context = Context("deductions", "deduction", tuple(dict.fromkeys(p.id for p, _ in rows)))
    return Composed(head + "\n" + "\n".join(lines), [cite_indicator(p, r) for p, r in rows], n, context)


def run_reasons(plan: Plan, corpus: Corpus) -> Composed:
    """Give the stated deviation reasons of rows that lost points (within the metric)."""
    lang, n = plan.language, Numbers()
    metric = METRICS.get(plan.metric or "", None)
    out: list[str] = []
    cites: list[Citation] = []
    for p in in_scope(plan, corpus):
        rows = [r for r in p.indicators if r.deduction > 0]
        if plan.indicator_ids:
            rows = [r for r in p.indicators if f"{p.form}:{r.line}" in plan.indicator_ids]
        elif metric and metric.key not in ("total_score", "deduction"):
            measured = metric.measure(p)
            lines = {c.line for c in measured.rows} if measured else set()
            rows = [r for r in rows if r.line in lines]
            if metric.unit != "score" and measured:
                cites += measured.rows
        for r in rows:
            if r.deduction <= 0:
                out.append(
                    say(
                        lang,
                        f"- 「{p.name}」「{r.name}」没有扣分（{n.score(r.score)}/{n.score(r.weight)}）。",
                        f"- '{p.name}' '{r.name}' lost no points ({n.score(r.score)}/{n.score(r.weight)}).",
                    )
                )
                cites.append(cite_indicator(p, r))
                continue
            reason = r.deviation or say(lang, "（表中未填写偏差原因）", "(the form gives no reason)")
            out.append(
                say(
                    lang,
                    f"- 「{p.name}」「{r.name}」扣{n.score(r.deduction, True)}分：{reason}",
                    f"- '{p.name}' '{r.name}' lost {n.score(r.deduction, True)}: {reason}",
                )
            )
            cites.append(cite_indicator(p, r))
    if not out:
        text = say(
            lang,
            "所选项目在该方面没有扣分，表中无偏差原因可引用。",
            "The selected projects lost no points there; there is no deviation reason to quote.",
        )
        return Composed(text, cites, n, Context("reasons", plan.metric, plan.project_ids))
    head = say(lang, "扣分原因（摘自偏差原因分析及改进措施）：", "Reasons given (偏差原因分析及改进措施):")
    return Composed(
        head + "\n" + "\n".join(out), unique(cites), n, Context("reasons", plan.metric, plan.project_ids)
    )


def run_indicator(plan: Plan, corpus: Corpus) -> Composed:
    """State target, actual, weight, score and reason of the named indicator rows."""
    lang, n = plan.language, Numbers()
    wanted = set(plan.indicator_ids)
    out: list[str] = []
    cites: list[Citation] = []
    for p in in_scope(plan, corpus):
        for r in p.indicators:
            if f"{p.form}:{r.line}" not in wanted:
                continue
            reason = (
                say(lang, f"；偏差原因：{r.deviation}", f"; reason: {r.deviation}") if r.deviation else ""
            )
            out.append(
                say(
                    lang,
                    f"「{p.name}」{r.level1}/{r.level2}「{r.name}」：年度指标值 {r.target or '—'}，实际完成值 "
                    f"{r.actual or '—'}，分值 {n.score(r.weight)}，得分 {n.score(r.score)}{reason}",
                    f"'{r.name}' ({r.level1}/{r.level2}) of '{p.name}': target {r.target or '—'}, actual "
                    f"{r.actual or '—'}, weight {n.score(r.weight)}, score {n.score(r.score)}{reason}",
                )
            )
            cites.append(cite_indicator(p, r))
    context = Context("indicator", None, tuple(dict.fromkeys(c.project_id for c in cites)))
    return Composed("\n".join(out), cites, n, context)
