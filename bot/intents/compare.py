"""Compare: two or more named projects on one measure (A和B谁的满意度高)."""

from __future__ import annotations

from bot.corpus import Corpus
from bot.describe import project_set
from bot.execute import label, ranked_values, resolve, value_text
from bot.fields import FIELDS, Value
from bot.intents.base import Intent, Template
from bot.numbers import Numbers
from bot.query import CompareQuery, Named
from bot.reading import Reading
from bot.result import Composed, missing_values, say, unique
from bot.types import Chart, ChartBar, Context, Language


def _compare(r: Reading) -> CompareQuery | None:
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
    m = r.one_measure()
    return CompareQuery(projects=projects, measure=m, order=order) if m else None  # type: ignore[arg-type]


def run(q: CompareQuery, corpus: Corpus, lang: Language) -> Composed:
    """Say which project is higher (or lower) and state every value."""
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
    text = head + values
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


def describe(q: CompareQuery, corpus: Corpus, lang: Language) -> str:
    """比较「A」、「B」的满意度."""
    return say(
        lang,
        f"比较{project_set(q.projects, corpus, lang)}的{label(q.measure, lang)}",
        f"compare {label(q.measure, lang)} of {project_set(q.projects, corpus, lang)}",
    )


INTENT = Intent("compare", run, describe, (Template("compare", 60, _compare),))
