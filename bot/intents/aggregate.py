"""Aggregate: count a (filtered) set, or its sum, average, median, minimum, maximum or range
(maximum − minimum) of a measure, computed in code over the rows it cites."""

from __future__ import annotations

from bot.corpus import Corpus, cite_project
from bot.describe import project_set
from bot.execute import coverage, label, resolve, value_text
from bot.fields import FIELDS, Value, measure, median
from bot.intents import listing
from bot.intents.base import Intent, Template
from bot.intents.lookup import money_total
from bot.numbers import Numbers
from bot.query import (
    AggregateQuery,
    Deducted,
    Filtered,
    ListQuery,
    LookupQuery,
    Measure,
    Named,
    Order,
    Ranked,
)
from bot.reading import Reading
from bot.result import Composed, missing_values, say, unique
from bot.tokens import points_word
from bot.types import Chart, ChartBar, Context, Language

_WORDS = {
    "sum": ("合计", "total"),
    "avg": ("平均", "average"),
    "median": ("中位数", "median"),
    "max": ("最大值", "maximum"),
    "min": ("最小值", "minimum"),
    "range": ("极差（最大值−最小值）", "range (maximum − minimum)"),
}


def _aggregate(r: Reading) -> AggregateQuery | LookupQuery | None:
    taken = r.take_all("agg")
    aggs = [t.value for t in taken]
    said_alone = not any(r.present(k) for k in ("project", "pronoun", "topk", "order", "nth"))
    if not aggs and said_alone and money_total(r):
        aggs = ["sum"]  # the total budget of the 2022 projects / 所有项目的预算总额
    if not aggs:
        return None
    if "share" in aggs:
        return _share_of(r)
    agg = "count" if "count" in aggs else next((a for a in aggs if a != "sum"), "sum")
    base = r.base()
    if base is None:
        return None
    r.take_all("each")
    scored = any(points_word(t) or "score" in t.text.lower() for t in taken)  # 平均分: the score
    source = _ranked(r, base, scored)
    projects = r.filtered(source) if source is not None else None
    if projects is None:
        return None
    if agg == "count":
        # 某项目扣了多少分: how many points, not how many projects (这几个里…扣了分的有几个 counts them)
        named = isinstance(base, Named) and (not base.previous or len(base.ids) == 1)
        if named and r.groups():
            return None
        projects = listing._deducted(r, projects)
        return AggregateQuery(projects=projects, agg="count") if not r.groups() else None
    rows = any(t.kind == "rows" for t in r.tokens)  # 指标分值合计: the indicators' weights, not the form's
    m = r.one_measure()
    if agg in ("range", "avg", "median") and isinstance(base, Named) and len(base.ids) == 1:
        return None  # the range (or average) of one project's value: of its indicators? asked back
    if (
        agg == "sum"
        and m
        and m.part is None
        and isinstance(projects, Named)
        and len(projects.ids) == 1
        and not rows
    ):
        return LookupQuery(projects=projects, measures=(m,))  # the total score of one project: its score
    return AggregateQuery(projects=projects, agg=agg, measure=m) if m else None  # type: ignore[arg-type]


def _share_of(r: Reading) -> AggregateQuery | None:
    """执行率达到100%的项目占比 / What share of the projects lost points on timeliness?: the
    projects a condition keeps, as a share of those it was applied to (a condition is needed)."""
    head = r.asks("projword") or any(t.kind == "agg" and "project" in t.text.lower() for t in r.tokens)
    if not head or "projects'" in r.tagged.text.lower():
        return None  # 满意度扣分占比, the projects' lost points: a share of points, not of projects
    base = r.base()
    if base is None:
        return None
    r.take_all("each")
    kept = r.filtered(base)
    if kept is None:
        return None
    for group in r.groups() if not isinstance(kept, Filtered) else []:
        if group.measure.field == "deduction":  # the share of projects that lost points (on a kind)
            r.used.update(group.indices)
            kept = Filtered(source=kept, condition=Deducted(part=group.measure.part or r.indicators_word()))
            break
    if not isinstance(kept, Filtered) or r.groups():
        return None
    return AggregateQuery(projects=kept, agg="share")


def _ranked(r: Reading, base, scored: bool = False):  # type: ignore[no-untyped-def]
    """总分前三的项目的平均执行率: aggregate over the top k of another measure (the sum of budgets
    of the top three by execution rate: the one after "by" ranks); Sum of the bottom two budgets:
    of the same measure (one named, left for the aggregate to take) — unless the aggregate word
    names its own (预算前三的项目平均分: asked back)."""
    k = r.take("topk")
    if k is None:
        return base
    groups = r.groups()
    if not groups:
        return None
    if len(groups) == 1 and (scored or sum(1 for i in groups[0].indices if r.tokens[i].kind == "field") > 1):
        return None  # two measures read as one group: which ranks and which is summed is unsure
    first = groups[0]
    if len(groups) >= 2:
        by = min(groups[1].indices) - 1
        if by >= 0 and r.tokens[by].text.lower() in ("by", "按", "based on"):
            first = groups[1]  # the sum of budgets of the top three by execution rate
        r.used.update(first.indices)
    order = r.take("order")
    direction: Order = "asc" if order is not None and order.value == "asc" else "desc"
    return Ranked(source=base, measure=first.measure, order=direction, k=int(k.number or 1))


def run(q: AggregateQuery, corpus: Corpus, lang: Language) -> Composed:
    """Compute the aggregate and say over how many projects."""
    if q.agg == "count":
        return _count(q, corpus, lang)
    if q.agg == "share":
        return _share(q, corpus, lang)
    assert q.measure is not None
    if q.agg == "sum" and FIELDS[q.measure.field].pooled is not None:
        return _pooled(q, q.measure, corpus, lang)
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    rows = [
        (p, v) for p in found.projects if (v := measure(p, q.measure)) is not None and v.number is not None
    ]
    if not rows:
        return missing_values([label(q.measure, lang)], found.projects, lang)
    values = [v.number for _, v in rows if v.number is not None]
    result = {
        "sum": sum(values),
        "avg": sum(values) / len(values),
        "median": median(values) if values else 0.0,
        "max": max(values),
        "min": min(values),
        "range": max(values) - min(values),
    }[q.agg]
    shown = _shown(q.measure, result, q.agg, n, lang)
    zh, en = _WORDS[q.agg]
    what = label(q.measure, lang)
    text = say(
        lang,
        f"{n.count(len(rows))}个项目的{what}{zh}：{shown}。",
        f"The {en} {what} over {n.count(len(rows))} projects is {shown}.",
    )
    if q.agg in ("max", "min"):
        at = [p.name for p, v in rows if v.number is not None and abs(v.number - result) < 1e-9]
        text += say(lang, f"（{'、'.join(f'「{a}」' for a in at)}）", f" ({', '.join(at)})")
    if q.agg == "range":
        ends = [(max(values), "最大值", "Maximum"), (min(values), "最小值", "minimum")]
        said = []
        for value, zh_end, en_end in ends:
            at = [p.name for p, v in rows if v.number is not None and abs(v.number - value) < 1e-9]
            shown_end = _shown(q.measure, value, "max", n, lang)
            said.append(
                say(
                    lang, f"{zh_end}{shown_end}（{'、'.join(at)}）", f"{en_end} {shown_end} ({', '.join(at)})"
                )
            )
        text += say(lang, f"{'，'.join(said)}。", f" {'; '.join(said)}.")
    text += coverage([p for p, _ in rows], corpus, lang, n)
    cites = unique(found.cites + [c for _, v in rows for c in v.rows])
    bars = tuple(ChartBar(p.name, v.number or 0.0, False) for p, v in rows)
    ids = tuple(p.id for p, _ in rows)
    chart = Chart(label(q.measure, "zh"), FIELDS[q.measure.field].unit, bars)
    return Composed(text, cites, n, Context((), ids), chart)


def _pooled(q: AggregateQuery, m: Measure, corpus: Corpus, lang: Language) -> Composed:
    """执行率合计 / total execution rate: a rate of several projects taken together, the sum of
    its numerator over the sum of its denominator (Σ全年执行数 ÷ Σ全年预算数) — never the rates
    added up."""
    top, bottom = FIELDS[m.field].pooled  # type: ignore[misc]
    over, under = Measure(field=top, part=m.part), Measure(field=bottom, part=m.part)
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    rows = [
        (p, a, b)
        for p in found.projects
        if (a := measure(p, over)) is not None
        and a.number is not None
        and (b := measure(p, under)) is not None
        and b.number
    ]
    total_b = sum(b.number or 0.0 for _, _, b in rows)
    if not rows or not total_b:
        return missing_values([label(over, lang), label(under, lang)], found.projects, lang)
    total_a = sum(a.number or 0.0 for _, a, _ in rows)
    shown = value_text(m, Value(round(100 * total_a / total_b, 4), (), derived=True), n, lang)
    shown_a = value_text(over, Value(round(total_a, 4), (), derived=True), n, lang)
    shown_b = value_text(under, Value(round(total_b, 4), (), derived=True), n, lang)
    what, a_word, b_word = label(m, lang), label(over, lang), label(under, lang)
    k = n.count(len(rows))
    text = say(
        lang,
        f"{k}个项目合计的{what}：{shown}（{a_word}合计{shown_a} ÷ {b_word}合计{shown_b}；比率不直接相加）。",
        f"The {what} of {k} projects taken together is {shown} (total {a_word} {shown_a} ÷ total "
        f"{b_word} {shown_b}; rates are not added up).",
    )
    text += coverage([p for p, _, _ in rows], corpus, lang, n)
    cites = unique(found.cites + [c for _, a, b in rows for c in (*a.rows, *b.rows)])
    return Composed(text, cites, n, Context((), tuple(p.id for p, _, _ in rows)))


def _shown(m: Measure, result: float, agg: str, n: Numbers, lang: Language) -> str:
    unit = FIELDS[m.field].unit
    derived = True  # computed by code over the cited rows, also a min or max of a derived field
    if unit == "score":
        value = n.score(round(result, 2), derived)
        return value + say(lang, "分", " points")
    return value_text(m, Value(round(result, 4), (), derived=derived), n, lang)


def _count(q: AggregateQuery, corpus: Corpus, lang: Language) -> Composed:
    return listing.run(ListQuery(projects=q.projects), corpus, lang)


def _share(q: AggregateQuery, corpus: Corpus, lang: Language) -> Composed:
    """k of n projects, k/n as a percentage, and the k listed."""
    if not isinstance(q.projects, Filtered):
        raise ValueError("a share needs a condition")
    n = Numbers()
    kept = resolve(q.projects, corpus, n)
    whole = resolve(q.projects.source, corpus, n)
    total, k = len(whole.projects), len(kept.projects)
    scope = project_set(q.projects, corpus, lang, n)
    share = n.pct(100.0 * k / total, derived=True) if total else "—"
    names = "\n".join(f"- {p.name}" for p in kept.projects)
    text = say(
        lang,
        f"{scope}：{n.count(k)}个，占{n.count(total)}个项目的{share}。" + (f"\n{names}" if names else ""),
        f"{scope}: {n.count(k)} of {n.count(total)} projects, {share}." + (f"\n{names}" if names else ""),
    )
    ids = tuple(p.id for p in kept.projects)
    cites = unique(kept.cites + [cite_project(p) for p in whole.projects])
    return Composed(text, cites, n, Context((), ids))


def describe(q: AggregateQuery, corpus: Corpus, lang: Language) -> str:
    """计数：全部7个项目 / 全年预算数合计，范围：…"""
    scope = project_set(q.projects, corpus, lang)
    if q.agg == "share":
        return say(lang, f"占比：{scope}", f"share of {scope}")
    if q.agg == "count" or q.measure is None:
        return say(lang, f"计数：{scope}", f"count of {scope}")
    zh, en = _WORDS[q.agg]
    return say(
        lang, f"{label(q.measure, lang)}{zh}，范围：{scope}", f"{en} {label(q.measure, lang)} over {scope}"
    )


INTENT = Intent("aggregate", run, describe, (Template("aggregate", 48, _aggregate),))
