"""Lookup: state measures of named projects, of the projects another query finds (总分最高的
项目执行率是多少), or of every project of a (filtered) set (各项目的年初预算分别是多少)."""

from __future__ import annotations

from bot.corpus import Corpus
from bot.describe import project_set
from bot.execute import label, resolve, value_text
from bot.fields import FIELDS, measure
from bot.intents.base import Intent, Template
from bot.intents.rank import PLACE_ASKED
from bot.lexicon import EACH_SAID
from bot.numbers import Numbers
from bot.query import AggregateQuery, AllProjects, LookupQuery, Measure, Named, Ranked
from bot.reading import Group, Reading
from bot.result import Composed, missing_values, say, unique
from bot.tokens import field_key
from bot.types import Chart, ChartBar, Citation, Context, Language
from index.template import grade


def _named(r: Reading) -> LookupQuery | AggregateQuery | None:
    projects = r.base()
    if not isinstance(projects, Named):
        return None
    totalled = projects.previous and len(projects.ids) > 1 and says_total(r)
    measures = r.measures()
    r.take_all("each")
    if totalled and len(measures) == 1 and FIELDS[measures[0].field].unit == "yuan":
        return AggregateQuery(projects=projects, agg="sum", measure=measures[0])  # total budget for those?
    return LookupQuery(projects=projects, measures=tuple(measures)) if measures else None


def says_total(r: Reading) -> bool:
    """total budget for those? / 这几个的预算总额 / the total budget of the 2022 projects: a money
    measure said with its total, of several projects, asks their sum (each one's is said
    without it)."""
    if EACH_SAID.search(r.tagged.text):
        return False  # 它们的预算总额各是多少 / total budget of each of those: each one's
    return any(
        t.kind == "field" and (t.text.lower().startswith(("total ", "combined ")) or t.text.endswith("总额"))
        for t in r.tokens
    )


def money_total(r: Reading) -> bool:
    """The total budget of the 2022 projects / 所有项目的预算总额: a money measure said with its
    total, over a scope said outright (projects, all, a year or a department)."""
    money = all(FIELDS[field_key(t)].unit == "yuan" for t in r.tokens if t.kind == "field")
    scope = r.asks("projword") or r.present("each") or bool(r.tagged.years or r.tagged.departments)
    each = any(
        t.kind == "each" and t.text.lower().startswith(("各", "每", "each", "every")) for t in r.tokens
    )
    return money and scope and not each and says_total(r)


def _nested(r: Reading) -> LookupQuery | None:
    """总分最高的项目执行率是多少: the set ranked by one measure, asked about another."""
    if any(t.kind == "rowfield" for t in r.tokens) or r.target_asked():
        return None  # 扣分最多的项目的质量指标目标: a row's target, not a project's measure
    if PLACE_ASKED.search(r.tagged.question):
        return None  # 执行率最低的项目的总分排第几: its place is asked, not its score
    said = [t for t in r.tokens if t.text.strip()]
    if len(said) > 2 and said[0].kind == "part" and said[1].text in ("中", "里", "当中"):
        return None  # 满意度指标中，哪一个得分最低: the kind's own lowest, not the lowest project's kind
    found, nth = _placed(r)  # 总分第二高的项目: the place first, its order word is part of it
    if found is None:
        found = r.superlative()
    if found is None:
        return None
    m, order, group = found
    if r.listed_with(group):
        return None  # 满意度和时效得分最高的项目: two measures ranked together, not one asked of the other
    r.used.update(group.indices)
    r.take("order")
    r.take_all("ranking")  # 总分排名第二的项目: the verb of the place
    k = r.take("topk")
    r.take_all("pronoun")  # "for the project with the lowest …, what is its …": it is that project
    base = r.base()
    if base is None:
        return None
    source = r.filtered(base)
    if source is None:
        return None
    if r.asks("which") and not r.free("field") and not r.present("ask"):
        return None  # 预算最少的项目，产出指标有哪些: which indicators of a kind it has, not their score
    asked = r.measures()
    if not asked:
        return None
    ranked = Ranked(source=source, measure=m, order=order, k=int(k.number) if k and k.number else 1, nth=nth)  # type: ignore[arg-type]
    return LookupQuery(projects=ranked, measures=tuple(asked))


def _placed(r: Reading) -> tuple[tuple[Measure, str, Group] | None, int | None]:
    """总分第二名的项目执行了多少钱: a measure with a place beside it, counted from the top, or
    from the bottom (倒数第二), in the direction its order word says (第二低, the second lowest
    score: the measure after the order word)."""
    for i in r.free("nth"):
        t = r.tokens[i]
        if t.number is None or t.number < 2 or not t.value.isdigit():
            continue
        orders = [
            j
            for j in r.free("order")
            if r.tokens[j].start == t.start or (i < j <= i + 2 and not r.tokens[j].value.isdigit())
        ]
        group: Group | None = r.attributive(orders[0]) if orders else None  # the second-lowest budget project
        if group is None and orders and r.tokens[orders[0]].start != t.start:
            group = next((g for g in r.groups() if min(g.indices) > orders[0]), None)  # second highest score
        elif group is None:
            group = r.near(i)
        if group is None:
            continue
        from_end = any(w in t.text.lower() for w in ("倒数", "last", "bottom", "from the end"))
        r.used.add(i)
        order = "asc" if from_end else "desc"  # 执行率倒数第二: second from the bottom
        for j in orders:
            r.used.add(j)
            order = r.tokens[j].value
        return (group.measure, order, group), int(t.number)
    return None, None


def _listing(r: Reading) -> LookupQuery | None:
    """各项目的执行率 / 执行率低于90%的项目的预算: a measure of every project of a set, when
    the question says it wants every project (各, each, 项目, a condition or a scope); a bare
    measure (还剩多少没花？, their final mark?) names no project and is asked back instead."""
    base = r.base()
    if not isinstance(base, AllProjects):
        return None
    if r.asks("which") and not any(t.kind == "field" for t in r.tokens):
        return None  # Which projects set a cost indicator?: which have it, not each one's score
    each = bool(r.take_all("each"))
    projects = r.filtered(base)
    measures = r.measures()
    if projects is None or not measures:
        return None
    scoped = bool(r.tagged.years or r.tagged.departments)
    if not (each or scoped or _projects_word(r) or projects != base):
        return None
    if money_total(r):
        return None  # the total budget of the 2022 projects: their sum
    return LookupQuery(projects=projects, measures=tuple(measures))


def _projects_word(r: Reading) -> bool:
    """项目的执行率: 项目 said of projects in general, not the end of a name the rules could
    not read (a word of several names before 项目: which one?)."""
    tokens = r.tokens
    for i, t in enumerate(tokens):
        if t.kind != "projword":
            continue
        j = i - 1
        while j >= 0 and tokens[j].text in ("的", " "):
            j -= 1
        before = tokens[j] if j >= 0 else None
        fragment = (
            before is not None and before.kind in ("stop", "unknown", "prose") and len(before.text) >= 2
        )
        if not fragment or not any(before.text in p.name for p in r.corpus.projects):  # type: ignore[union-attr]
            return True
    return False


def run(q: LookupQuery, corpus: Corpus, lang: Language) -> Composed:
    """State each measure of each project of the set."""
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    cites: list[Citation] = list(found.cites)
    lines: list[str] = []
    if isinstance(q.projects, Ranked) and found.projects:
        lines.append(_lead(q.projects, found, corpus, lang, n))
    bars: list[ChartBar] = []
    missing: list[str] = []
    single = len(q.measures) == 1 and len(found.projects) > 1
    for p in found.projects:
        parts = []
        for m in q.measures:
            v = measure(p, m)
            if v is None:
                missing.append(f"{p.name}·{label(m, lang)}")
                continue
            shown = value_text(m, v, n, lang)
            if m.field == "score" and m.part is None and v.number is not None:
                shown += say(lang, f"，评级「{grade(v.number)}」", f", grade {grade(v.number)}")
            parts.append(shown if single else f"{label(m, lang)}{say(lang, '：', ': ')}{shown}")
            cites += v.rows
            if len(q.measures) == 1 and v.number is not None:
                bars.append(ChartBar(p.name, v.number, False))
        if parts:
            name = say(lang, f"「{p.name}」", f"'{p.name}'")
            joined = say(lang, "，", "; ").join(parts)
            if single:
                lines.append(f"- {name}{say(lang, '：', ': ')}{joined}")
            else:
                lines.append(f"{name}{say(lang, '', ' ')}{joined}{say(lang, '。', '.')}")
    if not lines or (missing and len(missing) == len(found.projects) * len(q.measures)):
        return missing_values(missing, found.projects, lang)
    if missing:
        lines.append(
            say(
                lang,
                f"表中没有填写：{'、'.join(missing)}。",
                f"Not stated in the forms: {', '.join(missing)}.",
            )
        )
    if single:
        what = label(q.measures[0], lang)
        count = n.count(len(bars) or len(found.projects))
        at = 1 if isinstance(q.projects, Ranked) else 0
        lines.insert(at, say(lang, f"{count}个项目的{what}：", f"{what} of {count} projects:"))
    ids = tuple(p.id for p in found.projects)
    chart = Chart(label(q.measures[0], "zh"), "", tuple(bars)) if len(bars) > 1 else None
    return Composed("\n".join(lines), unique(cites), n, Context(ids, ids), chart)


def _lead(r: Ranked, found, corpus: Corpus, lang: Language, n: Numbers) -> str:  # type: ignore[no-untyped-def]
    """Who the inner ranking found, with the value that put them there."""
    shown = []
    for p in found.projects:
        v = found.values.get(p.id)
        value = value_text(r.measure, v, n, lang) if v else ""
        shown.append(say(lang, f"「{p.name}」（{value}）", f"'{p.name}' ({value})"))
    what = project_set(r, corpus, lang, n)
    return say(lang, f"{what}：{'、'.join(shown)}。", f"{what}: {', '.join(shown)}.")


def describe(q: LookupQuery, corpus: Corpus, lang: Language) -> str:
    """查询「A」的总分、评级."""
    what = say(lang, "、", ", ").join(label(m, lang) for m in q.measures)
    return say(
        lang,
        f"查询{project_set(q.projects, corpus, lang)}的{what}",
        f"{what} of {project_set(q.projects, corpus, lang)}",
    )


INTENT = Intent(
    "lookup",
    run,
    describe,
    (
        Template("lookup_nested", 62, _nested),
        Template("lookup_named", 50, _named),
        Template("listing", 20, _listing),
    ),
)
