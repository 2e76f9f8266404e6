"""Rows: indicator rows themselves — named ones (质量问题整改率的目标值), those of a kind
(时效指标的目标), those that lost points, missed targets or got full marks, rows ranked by
points lost, and the stated reasons (偏差原因) for lost points with target and actual."""

from __future__ import annotations

from bot.corpus import Corpus, cite_indicator, row_id
from bot.describe import OP_WORDS, part_name, project_set
from bot.execute import holds, resolve, target_met
from bot.fields import PARTS
from bot.intents.base import Intent, Template
from bot.lexicon import ALL_PROJECTS, AMOUNT_ASKED, EACH_SAID, LIST_VERBS, TOTAL_WORDS
from bot.numbers import Numbers
from bot.query import (
    AllProjects,
    Compare,
    LookupQuery,
    Named,
    ProjectSet,
    Ranked,
    RowBound,
    RowField,
    RowsQuery,
)
from bot.reading import Reading
from bot.result import Composed, say, unique
from bot.tagger import Token
from bot.tokens import points_word
from bot.types import Citation, Context, Language
from index.types import Indicator, Project

_SCORE_FIELDS: dict[str, RowField] = {"score": "score", "weight": "weight"}


def _set(r: Reading, conditions: bool = True) -> ProjectSet | None:
    """The projects asked about: named, the first by a ranking (扣分最多的项目), and — with
    ``conditions`` — narrowed by the question's conditions."""
    found = r.superlative()
    if found is not None and not r.present("rows"):
        m, order, group = found
        r.used.update(group.indices)
        r.take("order")
        r.take_all("ranking")  # 排名末位的项目: the verb of the superlative
        r.take_all("pronoun")  # 扣分最多的项目，其扣分原因: 其 is that project
        base = r.base()
        inner = r.filtered(base) if base is not None and conditions else base
        return Ranked(source=inner, measure=m, order=order) if inner is not None else None  # type: ignore[arg-type]
    base = r.base()
    return r.filtered(base) if base is not None and conditions else base


def _fields(r: Reading) -> tuple[RowField, ...]:
    fields: list[RowField] = [t.value for t in r.take_all("rowfield")]  # type: ignore[misc]
    for g in r.groups():
        if g.measure.field in _SCORE_FIELDS and g.measure.part is None:
            r.used.update(g.indices)
            fields.append(_SCORE_FIELDS[g.measure.field])
    return tuple(dict.fromkeys(fields))


def _named(r: Reading) -> RowsQuery | None:
    tokens = r.take_all("indicator")
    if not tokens:
        return None
    reasons = bool(r.take_all("reason"))
    if reasons:
        r.take_all("number")  # 为什么只得了4分
    r.take_all("notmet")
    r.take_all("met")
    r.take_all("rows")
    if reasons:
        r.take_all("notfull")  # 「X」为什么没拿满分: why it lost points
    if r.asks("which") and r.asks("projword"):
        r.take_all("has")  # 哪些项目有「X」这个指标 / 这个三级指标出现在哪些项目: the rows say which
        r.take_all("pronoun")
    fields = _fields(r)
    for g in r.groups():
        if g.measure.field == "deduction" and g.measure.part is None:
            r.used.update(g.indices)
            reasons = reasons or not fields
    projects = r.base()
    if projects is None:
        return None
    ids = tuple(i for t in tokens for i in t.ids)
    if isinstance(projects, Named):
        forms = {f"{p.form}:" for p in r.corpus.projects if p.id in projects.ids}
        ids = tuple(i for i in ids if any(i.startswith(f) for f in forms)) or ids
    return RowsQuery(
        projects=projects,
        row_ids=ids,
        fields=fields or ("target", "actual", "weight", "score"),
        reasons=reasons,
    )


def _part(r: Reading) -> str | None:
    for g in r.groups():
        if (
            g.measure.field in ("score", "deduction", "weight")
            and g.measure.part
            and PARTS[g.measure.part].level in ("level1", "level2")
        ):
            r.used.update(g.indices)
            return g.measure.part
    return None


def _reasons(r: Reading) -> RowsQuery | None:
    if not r.take_all("reason"):
        return None
    if not (r.groups() or r.present("project") or r.present("pronoun") or r.present("notmet")):
        return None  # a bare "why?" with nothing before it is asked back
    r.take_all("notmet")
    r.take_all("notfull")
    r.take_all("rows")
    r.take_all("each")
    r.take_all("number")  # 为什么满意度只有8分: the value restated, not a condition
    projects = _set(r)
    part = _part(r)
    for g in r.groups():
        if g.measure.field in ("deduction", "score") and g.measure.part is None:
            r.used.update(g.indices)
    if projects is None:
        return None
    if _unscoped(r, projects, part):
        return None  # And why were points deducted? with no answer before it: whose is not said
    return RowsQuery(projects=projects, part=part, only="deducted", reasons=True)


def _unscoped(r: Reading, projects: ProjectSet, part: str | None) -> bool:
    """A reason asked of no project, kind, year or department, opening as a follow-up (and …, 那…)
    with no answer before it: the project it follows up on was lost (the question before it was
    asked back)."""
    first = next((t for t in r.tokens if t.kind != "stop"), None)
    return (
        isinstance(projects, AllProjects)
        and part is None
        and r.previous.query is None
        and first is not None
        and first.kind == "follow"
        and not projects.years
        and not projects.departments
    )


def _by_field(r: Reading) -> RowsQuery | None:
    fields = [t.value for t in r.take_all("rowfield")]
    if not fields:
        return None
    r.take_all("rows")
    part = _part(r)
    for t in r.free("part"):
        if part is None and PARTS[r.tokens[t].value].level in ("level1", "level2"):
            r.used.add(t)
            part = r.tokens[t].value
    fields += list(_fields(r))
    projects = _set(r, conditions=False)  # 预算最少的项目满意度指标的目标值: the project a ranking finds
    if projects is None:
        return None
    return RowsQuery(projects=projects, part=part, fields=tuple(dict.fromkeys(fields)))  # type: ignore[arg-type]


def _selected(r: Reading) -> RowsQuery | None:
    """哪些指标扣了分 / 没达标 / 满分 (optionally counted, or their lost points summed)."""
    if _about_projects(r):
        return None
    if not r.take_all("rows") and not _targets_of_one(r) and not _kind_counted(r):
        return None
    picked = r.ranked_project()  # 扣分最多的项目有哪些指标扣了分: that project's rows
    if picked is not None and r.present("topk"):
        return None  # 总分最高的3个项目，哪些指标扣了分: several projects ranked (asked back)
    if picked is not None:
        r.used.update(picked[2].indices)
    for i in r.free("each"):
        if r.tokens[i].text.lower() in (*LIST_VERBS, *ALL_PROJECTS):
            r.used.add(i)  # 列一下没得满分的指标 / 各项目的质量指标里: the verb, or the whole corpus
    only = "all"
    if r.present("full") and r.present("notfull"):
        return None  # 是否都拿了满分？哪些没拿满分？: two questions, not one list
    for kind, value in (("notmet", "unmet"), ("met", "met"), ("notfull", "deducted"), ("full", "full")):
        if r.take_all(kind):
            only = value
    if only == "all" and _total_asked(r):
        return None  # X的KPI总分是多少 / 绩效指标最后一行“总分”: the form's total, not its rows
    chosen = r.base() if picked is None and _condition_clause(r) else None
    if chosen is not None and _compared_after_rows(r):
        return None  # 总分低于95分的项目，哪些指标扣分超过1分: which bound is whose — asked back
    if chosen is not None:
        chosen = r.filtered(chosen)  # 结余为零的那个项目，哪几条指标扣了分: the projects it says
        if chosen is None:
            return None
    bounds: tuple[RowBound, ...] = ()
    bounded_kind = None
    if chosen is None and r.present("comp"):
        bounds, bounded_kind = _bounds(r)  # 扣了三分及以上的指标 / 分值不少于30分的指标: the rows' own points
        if not bounds:
            return None
    aggs = {t.value for t in r.take_all("agg")}
    if "count" in aggs or any(
        t.kind == "which" or (t.kind == "rows" and t.text.startswith("哪")) for t in r.tokens
    ):
        aggs.discard("sum")  # 一共几条 / 一共哪些: in all, how many or which
    if aggs - {"count"}:
        return None  # 产出类指标一共拿了几分: a sum of one measure, not a list of rows
    part = bounded_kind
    ranked_by = by_score = False
    said = {g.measure.field for g in r.groups() if any(r.tokens[j].kind == "field" for j in g.indices)}
    if len(said) > 1:
        return None  # the leader by one measure, then its rows by another: not one list of rows
    for g in r.groups():
        if g.measure.part and PARTS[g.measure.part].level in ("level1", "level2"):
            part = g.measure.part
        if g.measure.field == "deduction" and only == "all":
            if _asks_value(r, g):
                return None  # 在某类指标上扣了多少分: the amount, not the rows
            only = "deducted"
        if g.measure.field == "score" and g.measure.part and only == "all" and _one_sum(r, g):
            return None  # the score of X's social benefit indicators is what?: their subtotal
        if g.measure.field in ("deduction", "score"):
            r.used.update(g.indices)
            ranked_by = True
            by_score = by_score or g.measure.field == "score"
    for t in r.free("part"):
        if part is None and PARTS[r.tokens[t].value].level in ("level1", "level2"):
            r.used.add(t)
            part = r.tokens[t].value
    order = r.take("order")
    k = r.take("topk")
    projects = chosen or r.base()
    if picked is not None and projects is not None:
        projects = Ranked(source=projects, measure=picked[0], order=picked[1])  # type: ignore[arg-type]
    if projects is None or ((order or k) and not ranked_by):
        return None  # 指标最多的项目: ranking rows needs what to rank them by
    if (order or k) and by_score:
        return None  # 哪些指标得分最低: rows rank by points lost only; lowest score is not the most lost
    listing = isinstance(projects, Named) or r.asks("which")  # 二期的所有指标 / 哪些指标
    lost = _lost_before(r, projects)
    if only == "all" and part is None and order is None and k is None and lost is not None:
        only, part = "deducted", lost or None  # X扣了几分？ → 哪些指标？: the indicators that lost them
    listing = listing or bool(bounds) or any(t.kind == "rows" and t.text.startswith("哪") for t in r.tokens)
    if only == "all" and order is None and k is None and part is None and "count" not in aggs and not listing:
        return None
    return RowsQuery(
        projects=projects,
        part=part,
        only=only,  # type: ignore[arg-type]
        order=order.value if order else ("desc" if k else None),  # type: ignore[arg-type]
        k=int(k.number) if k and k.number else None,
        count_only="count" in aggs,
        bounds=bounds,
    )


def _bounds(r: Reading) -> tuple[tuple[RowBound, ...], str | None]:
    """Every comparison of the question as a bound on the rows' score, weight or points lost,
    and the kind it names (质量指标里扣分超过1分的); () when one compares something else (a
    budget, a rate, an average) or two kinds."""
    if any(t.kind == "field" and t.text.lower() in TOTAL_WORDS for t in r.tokens):
        return (), None  # 总分是否超过95分: the form's total, no row's score
    if any(t.kind == "projword" for t in r.tokens):
        return (), None  # For projects scoring below 95, which indicators …: a bound on projects too
    out, kinds = [], set()
    for c in r.conditions():
        if not isinstance(c, Compare) or c.value is None or c.against is not None:
            return (), None
        part = c.measure.part
        if c.measure.field not in ("score", "weight", "deduction") or (
            part is not None and PARTS[part].level not in ("level1", "level2")
        ):
            return (), None
        kinds.add(part)
        out.append(RowBound(field=c.measure.field, op=c.op, value=c.value))  # type: ignore[arg-type]
    named = kinds - {None}
    if len(named) > 1:
        return (), None
    return tuple(out), next(iter(named), None)


def _compared_after_rows(r: Reading) -> bool:
    first_rows = next((i for i, t in enumerate(r.tokens) if t.kind == "rows"), len(r.tokens))
    return any(t.kind == "comp" for t in r.tokens[first_rows:])


def _condition_clause(r: Reading) -> bool:
    """A condition, then 的(那个)项目, then the rows word: the condition says which projects."""
    tokens = r.tokens
    first_rows = next((i for i, t in enumerate(tokens) if t.kind == "rows"), None)
    if first_rows is None:
        return False
    said = [
        i
        for i, t in enumerate(tokens[:first_rows])
        if t.kind == "projword" or t.text in ("那个项目", "这个项目", "那些项目", "这些项目")
    ]
    return bool(said) and any(t.kind in ("comp", "number") for t in tokens[: said[0]])


def _kind_counted(r: Reading) -> bool:
    """X的成本指标有几个 / how many cost indicators does X have: a kind's indicators counted, with
    no measure and no project word (有几个项目有成本指标 counts projects)."""
    kinds = [t for t in r.tokens if t.kind == "part" and t.text.lower().endswith(("指标", "indicators"))]
    aggs = {t.value for t in r.tokens if t.kind == "agg"}
    return (
        bool(kinds)
        and "count" in aggs
        and aggs <= {"count", "sum"}  # 效益指标一共几条: 一共 with a count counts
        and not r.present("field")
        and not r.present("projword")
    )


def _total_asked(r: Reading) -> bool:
    """Whether the question asks the value of the form's total score (总分 with 多少)."""
    total = any(t.kind == "field" and t.value == "score" and t.text.lower() in TOTAL_WORDS for t in r.tokens)
    return total and r.present("ask") and not r.present("part")


def _lost_before(r: Reading, projects: ProjectSet) -> str | None:
    """When the previous answer gave the points a project lost (X扣了几分 / Did X lose any
    points?) and this one asks only which indicators of it: the part those points were lost on
    ('' for all of them); None otherwise."""
    before = r.previous.query
    if not (isinstance(projects, Named) and projects.previous and isinstance(before, LookupQuery)):
        return None
    if [m.field for m in before.measures] != ["deduction"]:
        return None
    return before.measures[0].part or ""


def _targets_of_one(r: Reading) -> bool:
    """Where did X fall short of its targets?: targets missed by one named project are its rows."""
    named = [t for t in r.tokens if t.kind == "project"]
    return (
        len(named) == 1
        and len(named[0].ids) == 1
        and (r.present("notmet") or r.present("met"))
        and not any(  # the X project: the name's own word, not which projects
            t.kind == "projword" and (i == 0 or r.tokens[i - 1].kind != "project")
            for i, t in enumerate(r.tokens)
        )
        and not r.free("field")
        and not r.free("agg")
    )


_WHAT_ARE = ("what", "是什么", "有什么", "包括什么", "都有什么")


def _kind_listing(r: Reading) -> RowsQuery | None:
    """X的质量指标有哪些 / What are the output indicators of X? / X的产出指标是什么: a kind of
    indicator named alone with a which-word (or 'what' with the kind in the plural) lists its rows."""
    picked = r.ranked_project()  # 预算最少的项目，产出指标有哪些: of the project a ranking picks
    if picked is not None and r.present("topk"):
        return None
    if picked is not None:
        r.used.update(picked[2].indices)
    parts = [i for i in r.free("part") if PARTS[r.tokens[i].value].level in ("level1", "level2")]
    if len(parts) != 1 or r.free("field") or _about_projects(r):
        return None
    what = r.free("ask") and all(r.tokens[i].text.lower() in _WHAT_ARE for i in r.free("ask"))
    plural = r.tokens[parts[0]].text.lower().endswith(("indicators", "指标"))
    if not (r.asks("which") or (what and plural)):
        return None
    r.take_all("ask")
    r.used.add(parts[0])
    r.take_all("rows")
    projects = r.base()
    if projects is None:
        return None
    if picked is not None:
        projects = Ranked(source=projects, measure=picked[0], order=picked[1])  # type: ignore[arg-type]
    return RowsQuery(projects=projects, part=r.tokens[parts[0]].value)


def _asks_value(r: Reading, g) -> bool:  # type: ignore[no-untyped-def]
    """Whether the question asks how much of a measure (扣了多少分, how many points)."""
    words = AMOUNT_ASKED
    return r.asks("ask") or any(w in r.tokens[i].text.lower() for i in g.indices for w in words)


def _one_sum(r: Reading, g) -> bool:  # type: ignore[no-untyped-def]
    """The score (not the scores, nor each one's) of a kind asked how much of, with no rank."""
    plural = any(r.tokens[i].text.lower().endswith(("scores", "marks")) for i in g.indices)
    if not any(r.tokens[i].kind == "field" and not points_word(r.tokens[i]) for i in g.indices):
        return False  # What cost X points in …: a points word alone names no score asked for
    ranked = r.present("order") or r.present("topk") or r.present("which")
    return _asks_value(r, g) and not plural and not ranked and not EACH_SAID.search(r.tagged.question)


def _with_ranking(tokens: list[Token], i: int) -> bool:
    """The project with the lowest score: the project word a ranking picks one project by."""
    after = tokens[i + 1 : i + 4]
    return bool(after) and after[0].text.lower() == "with" and any(t.kind == "order" for t in after)


def _about_projects(r: Reading) -> bool:
    """哪些项目有指标没达标 / 指标全都满分的项目 ask for projects, not rows: a which-word right
    before 项目, or 项目 after the rows word with no project named."""
    tokens = r.tokens
    which = any(
        t.kind == "which" and i + 1 < len(tokens) and tokens[i + 1].kind == "projword"
        for i, t in enumerate(tokens)
    )
    rows = [i for i, t in enumerate(tokens) if t.kind == "rows"]
    late = bool(rows) and any(
        t.kind == "projword" and i > rows[0] and not _with_ranking(tokens, i) for i, t in enumerate(tokens)
    )
    named = any(t.kind in ("project", "pronoun") for t in tokens)
    return which or (late and not named)


def _rows(q: RowsQuery, corpus: Corpus, n: Numbers) -> tuple[list[tuple[Project, Indicator]], list[Citation]]:
    found = resolve(q.projects, corpus, n)
    wanted = set(q.row_ids)
    spec = PARTS[q.part] if q.part else None
    out = []
    for p in found.projects:
        rows = spec.rows(p) if spec else list(p.indicators)
        for row in rows:
            if wanted and row_id(p, row) not in wanted:
                continue
            if q.only == "deducted" and row.deduction <= 0:
                continue
            if q.only == "full" and row.deduction > 0:
                continue
            if q.only in ("met", "unmet") and target_met(row) is not (q.only == "met"):
                continue
            if not all(holds(b.op, getattr(row, b.field), b.value) for b in q.bounds):
                continue
            out.append((p, row))
    return out, found.cites


def run(q: RowsQuery, corpus: Corpus, lang: Language) -> Composed:
    """List, count, rank or explain the selected rows."""
    n = Numbers()
    rows, set_cites = _rows(q, corpus, n)
    for b in q.bounds:
        n.add(b.value)  # the bound asked, said back in the answer
    if q.order:
        rows.sort(key=lambda pr: pr[1].deduction, reverse=q.order == "desc")
    if q.reasons:
        return _explain(q, rows, set_cites, lang, n)
    if not rows:
        return _none(q, lang, n, set_cites)
    cites = [cite_indicator(p, r) for p, r in rows]
    subjects = tuple(dict.fromkeys(p.id for p, _ in rows))
    if q.order:
        shown = _top(rows, q)
        return Composed(
            _ranked_text(q, shown, len(rows), lang, n),
            unique(set_cites + cites),
            n,
            Context(tuple(dict.fromkeys(p.id for p, _ in shown)), subjects),
        )
    if q.only != "all" or q.count_only or q.bounds:
        return Composed(
            _selection_text(q, rows, lang, n), unique(set_cites + cites), n, Context(subjects, subjects)
        )
    lines = [_detail(p, r, q, lang, n) for p, r in rows]
    return Composed("\n".join(lines), unique(cites), n, Context(subjects, subjects))


def _top(rows: list[tuple[Project, Indicator]], q: RowsQuery) -> list[tuple[Project, Indicator]]:
    if q.k:
        return rows[: q.k]
    edge = rows[0][1].deduction
    return [(p, r) for p, r in rows if r.deduction == edge]


def _none(q: RowsQuery, lang: Language, n: Numbers, cites: list[Citation]) -> Composed:
    what = {
        "deducted": say(lang, "扣分的指标", "indicator that lost points"),
        "unmet": say(lang, "未达标的指标", "indicator that missed its target"),
        "met": say(lang, "达标的指标", "indicator that met its target"),
        "full": say(lang, "满分的指标", "indicator with full marks"),
        "all": say(lang, "相应的指标", "such indicator"),
    }[q.only]
    text = say(lang, f"所选范围内没有{what}。", f"No {what} in scope.")
    return Composed(text, cites, n, Context())


def _detail(p: Project, r: Indicator, q: RowsQuery, lang: Language, n: Numbers) -> str:
    parts = {
        "target": say(lang, f"年度指标值 {r.target or '—'}", f"target {r.target or '—'}"),
        "actual": say(lang, f"实际完成值 {r.actual or '—'}", f"actual {r.actual or '—'}"),
        "weight": say(lang, f"分值 {n.score(r.weight)}", f"weight {n.score(r.weight)}"),
        "score": say(lang, f"得分 {n.score(r.score)}", f"score {n.score(r.score)}"),
        "deviation": say(
            lang, f"偏差原因：{r.deviation or '（未填写）'}", f"reason: {r.deviation or '(none given)'}"
        ),
    }
    fields = [f for f in ("target", "actual", "weight", "score") if f in q.fields or q.row_ids]
    if "score" in fields and r.deduction > 0:
        parts["score"] += say(
            lang, f"（扣{n.score(r.deduction, True)}分）", f" (lost {n.score(r.deduction, True)})"
        )
    shown = say(lang, "，", ", ").join(parts[f] for f in fields)
    reason = r.deviation and r.deduction > 0 and "deviation" not in q.fields
    tail = say(lang, f"；偏差原因：{r.deviation}", f"; reason: {r.deviation}") if reason else ""
    if "deviation" in q.fields:
        tail = say(lang, "；", "; ") + parts["deviation"]
    return say(
        lang,
        f"「{p.name}」{r.level1}/{r.level2}「{r.name}」：{shown}{tail}",
        f"'{r.name}' ({r.level1}/{r.level2}) of '{p.name}': {shown}{tail}",
    )


def _selection_text(q: RowsQuery, rows: list[tuple[Project, Indicator]], lang: Language, n: Numbers) -> str:
    lines = [
        say(
            lang,
            f"- 「{p.name}」{r.level2}「{r.name}」：{n.score(r.score)}/{n.score(r.weight)}"
            + (f"，扣{n.score(r.deduction, True)}分" if r.deduction > 0 else "")
            + (f"（目标 {r.target or '—'}，实际 {r.actual or '—'}）" if q.only in ("met", "unmet") else ""),
            f"- '{p.name}' {r.level2} '{r.name}': {n.score(r.score)}/{n.score(r.weight)}"
            + (f", lost {n.score(r.deduction, True)}" if r.deduction > 0 else "")
            + (
                f" (target {r.target or '—'}, actual {r.actual or '—'})" if q.only in ("met", "unmet") else ""
            ),
        )
        for p, r in rows
    ]
    count = n.count(len(rows))
    where = say(lang, f"{part_name(q.part, lang)}中", f" among {part_name(q.part, lang)}") if q.part else ""
    where += "".join(_bound_text(b, lang) for b in q.bounds).removesuffix("的").rstrip()
    where = say(
        lang, where.replace("分的", "分、") + ("，" if q.bounds else ""), f" {where}" if q.bounds else where
    )
    if q.only == "deducted":
        total = n.score(sum(r.deduction for _, r in rows), True)
        head = say(
            lang,
            f"{where}共有{count}个三级指标扣分，合计扣{total}分：",
            f"{count} indicator rows{where} lost points, {total} in all:",
        )
    elif q.only == "unmet":
        head = say(
            lang,
            f"{where}共有{count}个三级指标未达到年度指标值：",
            f"{count} indicator rows{where} missed their targets:",
        )
    elif q.only == "met":
        head = say(
            lang,
            f"{where}共有{count}个三级指标达到年度指标值：",
            f"{count} indicator rows{where} met their targets:",
        )
    elif q.only == "full":
        head = say(
            lang, f"{where}共有{count}个三级指标得满分：", f"{count} indicator rows{where} got full marks:"
        )
    else:
        head = say(lang, f"{where}共有{count}个三级指标：", f"{count} indicator rows{where}:")
    return head + "\n" + "\n".join(lines)


def _ranked_text(
    q: RowsQuery, shown: list[tuple[Project, Indicator]], total: int, lang: Language, n: Numbers
) -> str:
    lines = [
        say(
            lang,
            f"「{p.name}」{r.level2}「{r.name}」扣{n.score(r.deduction, True)}分（{n.score(r.score)}/{n.score(r.weight)}）",
            f"'{r.name}' ({r.level2}) of '{p.name}' lost {n.score(r.deduction, True)} points ({n.score(r.score)}/{n.score(r.weight)})",
        )
        for p, r in shown
    ]
    word = say(lang, "最少" if q.order == "asc" else "最多", "fewest" if q.order == "asc" else "most")
    head = say(
        lang,
        f"在{n.count(total)}个三级指标中，扣分{word}的是：",
        f"Of {n.count(total)} indicator rows, the {word} points were lost by:",
    )
    return head + "\n" + "\n".join(lines)


def _explain(
    q: RowsQuery, rows: list[tuple[Project, Indicator]], set_cites: list[Citation], lang: Language, n: Numbers
) -> Composed:
    out: list[str] = []
    cites: list[Citation] = []
    for p, r in rows:
        cites.append(cite_indicator(p, r))
        facts = say(
            lang,
            f"（目标 {r.target or '—'}，实际 {r.actual or '—'}，{n.score(r.score)}/{n.score(r.weight)}）",
            f" (target {r.target or '—'}, actual {r.actual or '—'}, {n.score(r.score)}/{n.score(r.weight)})",
        )
        if r.deduction <= 0:
            out.append(
                say(
                    lang,
                    f"- 「{p.name}」「{r.name}」没有扣分{facts}。",
                    f"- '{r.name}' of '{p.name}' lost no points{facts}.",
                )
            )
            continue
        reason = r.deviation or say(lang, "（表中未填写偏差原因）", "(the form gives no reason)")
        kind = r.level2 or r.level1
        spec = PARTS.get(kind) if kind else None
        kind_zh, kind_en = (kind or "", spec.en if spec else kind or "")
        out.append(
            say(
                lang,  # the row's kind too: 扣在哪些方面 is answered by it (数量指标 …扣2分)
                f"- 「{p.name}」{kind_zh}「{r.name}」{facts}扣{n.score(r.deduction, True)}分：{reason}",
                f"- '{p.name}' {kind_en} '{r.name}'{facts} lost {n.score(r.deduction, True)}: {reason}",
            )
        )
    subjects = tuple(dict.fromkeys(p.id for p, _ in rows))
    if not out:
        text = say(
            lang,
            "所选项目在该方面没有扣分，表中无偏差原因可引用。",
            "The selected projects lost no points there; there is no deviation reason to quote.",
        )
        return Composed(text, set_cites, n, Context(subjects, subjects))
    head = say(lang, "扣分原因（摘自偏差原因分析及改进措施）：", "Reasons given (偏差原因分析及改进措施):")
    return Composed(head + "\n" + "\n".join(out), unique(set_cites + cites), n, Context(subjects, subjects))


_FIELD_WORDS = {
    "target": ("年度指标值", "target"),
    "actual": ("实际完成值", "actual"),
    "weight": ("分值", "weight"),
    "score": ("得分", "score"),
    "deviation": ("偏差原因", "reason"),
}


_BOUND_WORDS = {
    "score": ("得分", "score"),
    "weight": ("分值", "weight"),
    "deduction": ("扣分", "points lost"),
}


def _bound_text(b: RowBound, lang: Language) -> str:
    value = f"{b.value:g}"
    return say(
        lang,
        f"{_BOUND_WORDS[b.field][0]}{OP_WORDS[b.op][0]}{value}分的",
        f"with {_BOUND_WORDS[b.field][1]} {OP_WORDS[b.op][1]} {value} points ",
    )


def describe(q: RowsQuery, corpus: Corpus, lang: Language) -> str:
    """查询「A」时效指标的年度指标值 / 扣了分的指标，范围：…"""
    scope = project_set(q.projects, corpus, lang)
    where = f"{part_name(q.part, lang)}" if q.part else say(lang, "指标", "indicators")
    if q.row_ids:
        names = "、".join(
            dict.fromkeys(r.name for p in corpus.projects for r in p.indicators if row_id(p, r) in q.row_ids)
        )
        where = say(lang, f"指标「{names}」", f"indicator '{names}'")
    if q.reasons:
        return say(
            lang, f"{where}的扣分原因，范围：{scope}", f"reasons for points lost on {where}; over {scope}"
        )
    if q.only == "all" and not q.order and not q.count_only and not q.bounds:
        fields = say(lang, "、", ", ").join(say(lang, *_FIELD_WORDS[f]) for f in q.fields)
        return say(lang, f"查询{where}的{fields}，范围：{scope}", f"{fields} of {where}; over {scope}")
    what = {
        "all": say(lang, "", ""),
        "deducted": say(lang, "扣了分的", "that lost points "),
        "unmet": say(lang, "未达标的", "that missed targets "),
        "met": say(lang, "达标的", "that met targets "),
        "full": say(lang, "满分的", "with full marks "),
    }[q.only]
    if q.order:
        what = say(lang, f"按扣分{'降序' if q.order == 'desc' else '升序'}排列的", "ranked by points lost, ")
    what = "".join(_bound_text(b, lang) for b in q.bounds) + what
    count = say(lang, "计数：", "count of ") if q.count_only else ""
    return say(lang, f"{count}{what}{where}，范围：{scope}", f"{count}{where} {what}over {scope}")


INTENT = Intent(
    "rows",
    run,
    describe,
    (
        Template("rows_named", 70, _named),
        Template("reasons", 65, _reasons),
        Template("rows_fields", 64, _by_field),
        Template("rows_kind", 53, _kind_listing),
        Template("rows_selected", 59, _selected),
    ),
)
