"""Compare: two or more named projects on one measure (A和B谁的满意度高)."""

from __future__ import annotations

from bot.corpus import Corpus
from bot.describe import project_set
from bot.execute import label, ranked_values, resolve, value_text
from bot.fields import FIELDS, Value, median
from bot.intents.base import Intent, Template
from bot.numbers import Numbers
from bot.query import AllProjects, CompareQuery, Measure, Named
from bot.reading import Reading
from bot.result import Composed, missing_values, say, unique
from bot.tokens import points_word
from bot.types import Chart, ChartBar, Context, Language


def _against_average(r: Reading) -> CompareQuery | None:
    """X的总分比平均分低多少 / X的预算比中位数高多少: one named
    project's value against the average (or median) of every project in scope, and the gap."""
    named = [t for t in r.tokens if t.kind == "project"]
    agg = [t for t in r.tokens if t.kind == "agg" and t.value in ("avg", "median")]
    if len(named) != 1 or len(agg) != 1 or not (r.present("diff") or r.present("compare")):
        return None
    if len({t.value for t in r.tokens if t.kind == "field"}) > 1:
        return None  # 预算比平均执行数高多少: two measures, which is compared is unsure
    r.take_all("diff")
    r.take_all("compare")
    r.take_all("agg")
    projects = r.base()
    if not isinstance(projects, Named) or len(projects.ids) != 1:
        return None
    m = r.one_measure()
    return CompareQuery(projects=projects, measure=m, against=agg[0].value) if m else None  # type: ignore[arg-type]


def _compare(r: Reading) -> CompareQuery | None:
    derived = r.one_measure() if _between_fields(r) else None  # the budget exceeded spending: unspent
    words = r.take_all("compare")
    diff = r.take_all("diff")  # 高出多少 / how much higher
    if not words and not (diff and len([t for t in r.tokens if t.kind == "project"]) >= 2):
        return None
    order = next((w.value for w in words if w.value), "desc")
    ranking = r.take("order")
    if ranking is not None:
        order = ranking.value
    projects = r.base()
    if not isinstance(projects, Named) or len(projects.ids) < 2:
        return None
    m = derived or r.one_measure()
    if m is None and not r.groups() and any(t.kind == "ask" and points_word(t) for t in r.tokens):
        m = Measure(field="score")  # A比B多得了几分: points asked, no measure said, the overall score
    return CompareQuery(projects=projects, measure=m, order=order) if m else None  # type: ignore[arg-type]


def _between_fields(r: Reading) -> bool:
    """Whether a difference word stands between two fields (the budget exceeded spending)."""
    said = [t for t in r.tokens if t.kind != "stop"]
    return any(
        t.kind == "diff" and 0 < i < len(said) - 1 and said[i - 1].kind == said[i + 1].kind == "field"
        for i, t in enumerate(said)
    )


def run(q: CompareQuery, corpus: Corpus, lang: Language) -> Composed:
    """Say which project is higher (or lower) and state every value."""
    if q.against is not None:
        return _run_against(q, q.against, corpus, lang)
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    rows = ranked_values(found.projects, q.measure, q.order)
    if len(rows) < 2:
        return missing_values([label(q.measure, lang)], found.projects, lang)
    what = label(q.measure, lang)
    values = say(lang, "；", "; ").join(
        say(lang, f"「{p.name}」", f"'{p.name}' ") + value_text(q.measure, v, n, lang) for p, v in rows
    )
    edge = rows[0][1].number
    top = [p for p, v in rows if v.number == edge]
    spec = FIELDS[q.measure.field]
    word = say(
        lang, spec.high_zh if q.order == "desc" else spec.low_zh, "higher" if q.order == "desc" else "lower"
    )
    if len(top) == len(rows):
        head = say(lang, f"{what}相同。", f"They have the same {what}.")
    else:
        names = "、".join(f"「{p.name}」" for p in top)
        head = say(
            lang, f"{what}{word}的是{names}。", f"{', '.join(p.name for p in top)} has the {word} {what}."
        )
    text = head + say(lang, "", " ") + values
    if len(rows) == 2 and rows[0][1].number is not None and rows[1][1].number is not None:
        gap = abs(rows[0][1].number - rows[1][1].number)
        shown = value_text(q.measure, Value(round(gap, 4), (), derived=True), n, lang)
        if FIELDS[q.measure.field].unit == "score":
            shown = n.score(round(gap, 4), True) + say(lang, "分", " points")
        text += say(lang, f"；两者相差{shown}。", f"; the difference is {shown}.")
    ids = tuple(p.id for p in top)
    chart = Chart(
        label(q.measure, "zh"), spec.unit, tuple(ChartBar(p.name, v.number or 0.0, p in top) for p, v in rows)
    )
    return Composed(
        text,
        unique([c for _, v in rows for c in v.rows]),
        n,
        Context(ids, tuple(p.id for p, _ in rows)),
        chart,
    )


def _run_against(q: CompareQuery, against: str, corpus: Corpus, lang: Language) -> Composed:
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    every = resolve(AllProjects(), corpus, n)
    rows = ranked_values(every.projects, q.measure, "desc")
    own = [(p, v) for p, v in rows if p in found.projects]
    if not own or len(rows) < 2:
        return missing_values([label(q.measure, lang)], found.projects, lang)
    (p, v), values = own[0], [x.number or 0.0 for _, x in rows]
    middle = sum(values) / len(values) if against == "avg" else median(values)
    gap = (v.number or 0.0) - middle
    unit = FIELDS[q.measure.field].unit

    def shown(x: float) -> str:
        if unit == "score":
            return n.score(round(x, 2), True) + say(lang, "分", " points")
        return value_text(q.measure, Value(round(x, 4), (), derived=True), n, lang)

    what, k = label(q.measure, lang), n.count(len(rows))
    mid_zh, mid_en = ("平均值", "average") if against == "avg" else ("中位数", "median")
    side_zh, side_en = ("高", "above") if gap > 0 else ("低", "below")
    head = say(
        lang,
        f"「{p.name}」{what}{value_text(q.measure, v, n, lang)}，{k}个项目的{mid_zh}{shown(middle)}，",
        f"'{p.name}' has {what} {value_text(q.measure, v, n, lang)}; the {mid_en} of {k} projects is "
        f"{shown(middle)}; ",
    )
    if abs(gap) < 1e-9:
        head += say(lang, f"与{mid_zh}相同。", f"it is at the {mid_en}.")
    else:
        head += say(
            lang,
            f"比{mid_zh}{side_zh}{shown(abs(gap))}。",
            f"it is {shown(abs(gap))} {side_en} the {mid_en}.",
        )
    cites = unique(every.cites + [c for _, x in rows for c in x.rows])
    return Composed(head, cites, n, Context((p.id,), (p.id,)))


def describe(q: CompareQuery, corpus: Corpus, lang: Language) -> str:
    """比较「A」、「B」的满意度."""
    if q.against is not None:
        mid_zh, mid_en = ("平均值", "average") if q.against == "avg" else ("中位数", "median")
        return say(
            lang,
            f"比较{project_set(q.projects, corpus, lang)}的{label(q.measure, lang)}与全部项目的{mid_zh}",
            f"compare {label(q.measure, lang)} of {project_set(q.projects, corpus, lang)} with the {mid_en} "
            "of all projects",
        )
    return say(
        lang,
        f"比较{project_set(q.projects, corpus, lang)}的{label(q.measure, lang)}",
        f"compare {label(q.measure, lang)} of {project_set(q.projects, corpus, lang)}",
    )


INTENT = Intent(
    "compare",
    run,
    describe,
    (Template("compare_average", 61, _against_average), Template("compare", 60, _compare)),
)
