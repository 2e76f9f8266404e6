"""Group: a measure per indicator kind (一级/二级指标) over the indicator rows of a set, or per
department or year over its projects (sums for money and counts, averages otherwise)."""

from __future__ import annotations

import re

from bot.corpus import Corpus, cite_indicator, cite_project
from bot.describe import project_set
from bot.execute import coverage, label, resolve, value_text
from bot.fields import FIELDS, LEVEL1_PARTS, LEVEL2_PARTS, PARTS, Value, measure
from bot.intents.base import Intent, Template
from bot.numbers import Numbers
from bot.query import GroupQuery, Measure
from bot.reading import Reading
from bot.result import Composed, missing_values, say
from bot.tokens import points_word
from bot.types import Chart, ChartBar, Citation, Context, Language
from index.types import Project

_GETS = frozenset(("got", "get", "gets", "getting", "scored", "earned", "得了", "拿了", "得到", "获得"))
"""Verbs of getting that make 'how many points' the score (each first-level indicator got how many
points?); 各二级指标各有多少分 may ask the weight and is asked back."""
_ROW_FIELDS = ("score", "weight", "deduction", "score_rate", "indicator_count", "deducted_count")


def _group(r: Reading) -> GroupQuery | None:
    tokens = r.take_all("group")
    if not tokens:
        return None
    explicit = [
        t
        for t in tokens
        if any(w in t.text.lower() for w in ("一级", "二级", "level", "部门", "年", "year", "department"))
    ]
    token = (explicit or tokens)[0]  # 按一级指标分类，各类…: the named level wins over 各类
    aggs = {t.value for t in r.take_all("agg")}
    counting = "count" in aggs
    r.take_all("each")
    rows = bool(r.take_all("rows"))
    order = r.take("order")
    base = r.base()
    projects = r.filtered(base) if base is not None else None
    by = token.value
    m = r.one_measure()
    gets = any(t.text.lower() in _GETS for t in r.tokens)
    if (
        m is None
        and by in ("level1", "level2")
        and not counting
        and gets
        and any(t.kind == "ask" and points_word(t) for t in r.tokens)
    ):
        m = Measure(field="score")  # each first-level indicator got how many points: the score
    if m is None and counting:
        m = Measure(field="indicator_count") if by in ("level1", "level2") or rows else None
    elif m is None or projects is None:
        return None
    if projects is None or (m is None and by in ("level1", "level2")):
        return None
    if m is not None and by in ("level1", "level2") and (m.field not in _ROW_FIELDS or m.part is not None):
        return None
    return GroupQuery(
        projects=projects,
        by=by,  # type: ignore[arg-type]
        measure=m,
        order=order.value if order else None,  # type: ignore[arg-type]
        single=order is not None,
        average="avg" in aggs and by in ("department", "year"),  # 各部门项目的平均预算: not their total
    )


_WHICH_SCOPE = {
    "department": ("哪个部门", "哪一个部门", "哪家单位", "哪个单位", "which department", "which agency"),
    "year": ("哪年", "哪一年", "哪个年度", "哪一个年度", "哪个年份", "which year"),
}
_SUMMED = ("总额", "合计", "总计", "总和", "平均", "均值", "average", "total", "sum", "mean")
_EACH_ZH = ("分别", "各自", "各是")
_EACH_EN = ("respectively", "each")


def _scopes_compared(r: Reading) -> GroupQuery | None:
    """交通委和卫健委，哪个部门的项目平均执行率更高 / 2020年和2021年的项目平均执行率差多少 /
    Which year had the higher average satisfaction score, 2020 or 2021?: a measure per
    department (or per year) of two or more named, compared, their gap, or each — not one sum or
    average over all of them."""
    departments, years = r.tagged.departments, r.tagged.years
    if len(departments) >= 2 and len(years) <= 1:
        by = "department"
    elif len(years) >= 2 and len(departments) <= 1:
        by = "year"
    else:
        return None
    if any(t.kind == "project" for t in r.tokens):
        return None
    if any(t.kind == "group" and t.value != by for t in r.tokens):
        return None  # 2020年和2021年，哪个部门…最高: by the other dimension, over these (the group template)
    if any(
        t.kind == "which" and nxt.kind == "projword" for t, nxt in zip(r.tokens, r.tokens[1:], strict=False)
    ):
        return None  # 2021年和2022年，哪个项目执行率更高: a project, not a year, is asked
    text = r.tagged.text.lower()
    if not any(t.kind == "agg" and t.value in ("avg", "sum") for t in r.tokens) and not any(
        w in text for w in _SUMMED
    ):
        return None  # …的项目总分分别是多少: each project's, unless an average or a total is said
    asked = {dim for dim, words in _WHICH_SCOPE.items() if any(w in text for w in words)}
    if asked - {by}:
        return None  # 交通委和卫健委，哪个年度平均分最高: by year, over the two (the group template)
    side = bool(asked)  # 哪个部门 / which year: the scopes are what is asked
    said = [*r.free("compare"), *(r.free("order") if side else ())]
    gap = [*r.free("diff"), *(i for i in r.free("agg") if r.tokens[i].value == "range")]
    words = re.findall(r"[a-z]+", text)
    each = any(w in text for w in _EACH_ZH) or any(w in words for w in _EACH_EN)
    if not (said or gap or each):
        return None
    r.used.update((*gap, *said))
    order = next((r.tokens[i].value for i in said if r.tokens[i].value in ("asc", "desc")), None)
    r.take_all("which")
    r.take_all("each")
    r.take_all("group")
    r.take_all("projword")
    aggs = {t.value for t in r.take_all("agg")}
    if aggs - {"avg", "sum", "range"}:
        return None
    m = r.one_measure()
    base = r.base()
    if m is None or base is None:
        return None
    return GroupQuery(
        projects=base,
        by=by,  # type: ignore[arg-type]
        measure=m,
        order=order if not gap else None,  # type: ignore[arg-type]
        single=order is not None and not gap,
        gap=bool(gap),
        average="avg" in aggs,
    )


def _listed_kinds(r: Reading) -> GroupQuery | None:
    """产出、效益、满意度三类指标的得分率分别是多少: several kinds of one level, one field."""
    parts = [r.tokens[i] for i in r.free("part")]
    levels = {PARTS[t.value].level for t in parts}
    fields = r.free("field")
    if len(parts) < 2 or len(levels) != 1 or levels - {"level1", "level2"} or len(fields) != 1:
        return None
    field = r.tokens[fields[0]].value
    if field not in _ROW_FIELDS:
        return None
    r.used.update((*r.free("part"), fields[0]))
    r.used.update(i for i in r.free("group") if r.tokens[i].value in ("level1", "level2"))
    r.take_all("rows")
    r.take_all("each")
    base = r.base()
    if base is None:
        return None
    by = "level1" if levels == {"level1"} else "level2"
    return GroupQuery(projects=base, by=by, measure=Measure(field=field))  # type: ignore[arg-type]


def _row_groups(q: GroupQuery, corpus: Corpus, n: Numbers) -> list[tuple[str, Value]]:
    found = resolve(q.projects, corpus, n)
    names = LEVEL1_PARTS if q.by == "level1" else LEVEL2_PARTS
    out = []
    field = q.measure.field if q.measure else "indicator_count"
    for name in names:
        values = [measure(p, Measure(field=field, part=name)) for p in found.projects]
        got = [v for v in values if v is not None]
        if not got or not any(v.rows for v in got):
            continue
        rows = tuple(c for v in got for c in v.rows)
        if field == "score_rate":
            scored = [v for p in found.projects if (v := measure(p, Measure(field="score", part=name)))]
            weight = sum(v.weight or 0.0 for v in scored)
            value = round(sum(v.number or 0.0 for v in scored) / weight * 100, 4) if weight else 0.0
        else:
            value = round(sum(v.number or 0.0 for v in got), 4)
        out.append((name, Value(value, rows, derived=True)))
    return out


def _project_groups(q: GroupQuery, corpus: Corpus, n: Numbers) -> list[tuple[str, Value]]:
    found = resolve(q.projects, corpus, n)
    if q.measure is None:
        return _project_counts(q, found.projects)
    keys: dict[str, list[Value]] = {}
    for p in found.projects:
        v = measure(p, q.measure)
        if v is None or v.number is None:
            continue
        key = _key(q, p)
        keys.setdefault(key, []).append(v)
    total = FIELDS[q.measure.field].unit in ("yuan", "count") and not q.average
    out: list[tuple[str, Value]] = []
    for key, values in keys.items():
        numbers = [v.number or 0.0 for v in values]
        value = sum(numbers) if total else sum(numbers) / len(numbers)
        out.append((key, Value(round(value, 4), tuple(c for v in values for c in v.rows), derived=True)))
    return out


def _key(q: GroupQuery, p: Project) -> str:
    return p.department if q.by == "department" else str(p.year)


def _project_counts(q: GroupQuery, projects: list[Project]) -> list[tuple[str, Value]]:
    keys: dict[str, list[Project]] = {}
    for p in projects:
        keys.setdefault(_key(q, p), []).append(p)
    return [
        (k, Value(float(len(ps)), tuple(cite_project(p) for p in ps), derived=True))
        for k, ps in sorted(keys.items())
    ]


def run(q: GroupQuery, corpus: Corpus, lang: Language) -> Composed:
    """One line per group; with an order, the first group (ties listed)."""
    n = Numbers()
    groups = _row_groups(q, corpus, n) if q.by in ("level1", "level2") else _project_groups(q, corpus, n)
    if not groups:
        return missing_values([_what(q, lang)], resolve(q.projects, corpus, n).projects, lang)
    if q.order:
        groups.sort(key=lambda g: g[1].number or 0.0, reverse=q.order == "desc")
    if q.by == "year":
        for key, _ in groups:
            n.add(float(key))
    what = _what(q, lang)
    cites: list[Citation] = [c for _, v in groups for c in v.rows]
    lines = [f"- {_name(k, lang)}{say(lang, '：', ': ')}{_shown(q, v, n, lang)}" for k, v in groups]
    how = _how(q, lang)
    text = say(lang, f"按{_by(q.by, lang)}{how}{what}：\n", f"{what} by {_by(q.by, lang)} ({how}):\n")
    text += "\n".join(lines)
    if q.single:
        edge = groups[0][1].number
        top = say(lang, "、", ", ").join(_name(k, lang) for k, v in groups if v.number == edge)
        word = say(
            lang, "最高" if q.order == "desc" else "最低", "highest" if q.order == "desc" else "lowest"
        )
        value = _shown(q, groups[0][1], n, lang)
        text = (
            say(lang, f"{what}{word}的是{top}：{value}。\n", f"The {word} {what} is {top}: {value}.\n") + text
        )
    if q.gap and len(groups) == 2 and q.measure is not None:
        (a, va), (b, vb) = sorted(groups, key=lambda g: -(g[1].number or 0.0))
        diff = Value(round(abs((va.number or 0.0) - (vb.number or 0.0)), 4), (), derived=True)
        shown = value_text(q.measure, diff, n, lang)  # a gap of rates in %, as comparisons say it
        text = say(lang, f"{a}比{b}高{shown}。\n", f"{a} is higher than {b} by {shown}.\n") + text
    text += coverage(resolve(q.projects, corpus, Numbers()).projects, corpus, lang, n)
    unit = FIELDS[q.measure.field].unit if q.measure else "count"
    chart = Chart(what, unit, tuple(ChartBar(k, v.number or 0.0, False) for k, v in groups))
    return Composed(text, _unique(cites), n, Context(), chart)


def _shown(q: GroupQuery, v: Value, n: Numbers, lang: Language) -> str:
    if q.measure is None:
        return n.count(int(v.number or 0)) + say(lang, "个项目", " projects")
    return value_text(q.measure, v, n, lang)


def _unique(cites: list[Citation]) -> list[Citation]:
    return list({c.id: c for c in cites}.values())


def _how(q: GroupQuery, lang: Language) -> str:
    if q.by in ("level1", "level2"):
        return say(lang, "汇总的", "summed")
    total = q.measure is None or (FIELDS[q.measure.field].unit in ("yuan", "count") and not q.average)
    return say(lang, "合计的" if total else "平均的", "total" if total else "average")


def _by(by: str, lang: Language) -> str:
    return {
        "level1": say(lang, "一级指标", "level-1 indicator kind"),
        "level2": say(lang, "二级指标", "level-2 indicator kind"),
        "department": say(lang, "部门", "department"),
        "year": say(lang, "年度", "year"),
    }[by]


def _name(key: str, lang: Language) -> str:
    return PARTS[key].en if lang == "en" and key in PARTS else key


def describe(q: GroupQuery, corpus: Corpus, lang: Language) -> str:
    """按二级指标汇总的扣分，取最多的一类，范围：全部7个项目."""
    scope = project_set(q.projects, corpus, lang)
    pick = ""
    if q.order:
        pick = say(
            lang,
            f"，取{'最高' if q.order == 'desc' else '最低'}的一类",
            f", {'highest' if q.order == 'desc' else 'lowest'} first",
        )
    if q.gap:
        pick = say(lang, "，及两者之差", ", and the gap between the two")
    return say(
        lang,
        f"按{_by(q.by, lang)}{_how(q, lang)}{_what(q, lang)}{pick}，范围：{scope}",
        f"{_what(q, lang)} by {_by(q.by, lang)}{pick}; over {scope}",
    )


def _what(q: GroupQuery, lang: Language) -> str:
    """Rows are summed per kind, so the whole-form label (总分) would mislead: say 得分."""
    if q.measure is None:
        return say(lang, "项目数", "number of projects")
    spec = FIELDS[q.measure.field]
    return (spec.zh if lang == "zh" else spec.en) if q.by in ("level1", "level2") else label(q.measure, lang)


INTENT = Intent(
    "group",
    run,
    describe,
    (
        Template("group_scopes", 53, _scopes_compared),
        Template("group", 52, _group),
        Template("group_kinds", 51, _listed_kinds),
    ),
)

__all__ = ["INTENT", "cite_indicator"]
