"""Follow-ups that rewrite the previous query: the nth of its ranking (第二名呢), the other end
(最低的呢 / And the lowest?), another measure (执行数呢), another project (水质监测那个呢),
or the reasons behind it (为什么？). Pronouns (它的预算, 这几个里面) are read by every template
through ``Reading.base``; these templates handle what is left unsaid."""

from __future__ import annotations

import re

from pydantic import BaseModel

from bot.fields import FIELDS, valid
from bot.intents.base import Template
from bot.intents.rank import PLACE_ASKED
from bot.lexicon import LIST_VERBS, TOTAL_WORDS
from bot.query import (
    AggregateQuery,
    AllProjects,
    Compare,
    CompareQuery,
    Condition,
    Deducted,
    Excluded,
    Filtered,
    FullMarks,
    GroupQuery,
    HasPart,
    ListQuery,
    LookupQuery,
    Measure,
    Named,
    ProjectSet,
    Query,
    Ranked,
    RankQuery,
    RowField,
    RowsQuery,
    SummaryQuery,
    TargetMet,
)
from bot.reading import THE_ONE, Reading, unit_fits
from bot.tagger import Token


def _measure_of(q: Query | None) -> Measure | None:
    if isinstance(q, RankQuery | CompareQuery | GroupQuery):
        return q.measure
    if isinstance(q, AggregateQuery):
        return q.measure
    if isinstance(q, LookupQuery):
        return q.measures[0]
    return None


def _nth(r: Reading) -> Query | None:
    token = r.take("nth")
    prev = r.previous.query if isinstance(r.previous.query, RankQuery) else r.previous.ranking
    if token is None or token.number is None or r.present("project"):
        return None
    n = int(token.number)
    ranking = r.take_all("ranking")  # 位居第二的呢
    direction = next((t.value for t in ranking if t.value in ("asc", "desc")), None)
    order = r.take("order")
    asked_of = _measure_after(r, token)
    m = r.one_measure()
    r.take_all("pronoun")
    results = r.previous.results
    if asked_of and m is not None and order is None and isinstance(prev, RankQuery):
        # 总分前四名是哪几个？ → 第四名的执行率是多少？: that place's project, asked another measure
        placed = Ranked(source=prev.projects, measure=prev.measure, order=prev.order, k=1, nth=n)
        return LookupQuery(projects=placed, measures=(m,))
    if isinstance(prev, RankQuery):
        update: dict[str, object] = {"nth": n, "single": False, "k": None, "measure": m or prev.measure}
        if order is not None:
            update["order"] = order.value
        return prev.model_copy(update=update)
    if m is not None and (direction or order) and len(results) > 1:
        # 2023年的项目有哪些？ → 按预算从高到低排，第二是哪个？: those projects, ranked
        way = direction or (order.value if order else "desc")
        return RankQuery(projects=Named(ids=results, previous=True), measure=m, order=way, nth=n)  # type: ignore[arg-type]
    if order is not None or direction or isinstance(r.previous.query, ListQuery):
        return None  # 倒数的那个 after a choice of two, 第四名 after a plain list: no ranking to count in
    measure = m or _measure_of(r.previous.query)
    if measure is None or n > len(results):
        return None
    return LookupQuery(projects=Named(ids=(results[n - 1],), previous=True), measures=(measure,))


def _measure_after(r: Reading, place: Token) -> bool:
    """第四名的执行率: a measure said after the place and 的 is asked of that place's project
    (执行率第四名, the measure first, ranks by it)."""
    at = r.tokens.index(place)
    rest = [t for t in r.tokens[at + 1 :] if t.kind != "stop" or t.text == "的"]
    return len(rest) >= 2 and rest[0].text == "的" and rest[1].kind in ("field", "part")


def _other(r: Reading) -> Query | None:
    """A和B哪个预算大？ → 大的那个总分多少？ → 另一个呢？ / What about the other one?: the same
    question of the other of the two projects the previous answer chose between."""
    prev = r.previous.query
    if not r.take_all("other") or not isinstance(prev, LookupQuery) or r.present("project"):
        return None
    chosen = prev.projects
    if not isinstance(chosen, Ranked) or chosen.k != 1 or not isinstance(chosen.source, Named):
        return None
    pair = chosen.source.ids
    others = tuple(x for x in pair if x not in r.previous.subjects)
    if len(pair) != 2 or len(others) != 1:
        return None
    r.take_all("follow")
    r.take_all("ask")
    measures = tuple(r.measures()) if r.groups() else prev.measures
    return LookupQuery(projects=Named(ids=others), measures=measures) if measures else None


def _topk(r: Reading) -> Query | None:
    """总分第一名是哪个？ → 前三名呢？ / And the top three?: the same ranking, its first k."""
    prev = r.previous.query if isinstance(r.previous.query, RankQuery) else r.previous.ranking
    token = r.take("topk")
    if not isinstance(prev, RankQuery) or token is None or not token.number or r.present("project"):
        return None
    if prev.place_of:
        return None
    r.take_all("ranking")
    order = r.take("order")
    m = r.one_measure() if r.groups() else prev.measure
    if m is None:
        return None
    update: dict[str, object] = {"k": int(token.number), "single": False, "nth": None, "measure": m}
    if order is not None:
        update["order"] = order.value
    return prev.model_copy(update=update)


_NEXT_PLACE = re.compile(
    r"right behind|just behind|behind (?:them|him|her|it|that one)|the next one|next in line|"
    r"the one (?:right |just )?after (?:it|that|them)|"
    r"紧随其后|紧跟其后|排在它后面的|排在其后的",
    re.IGNORECASE,
)
_ONE_UP = re.compile(r"just above|right above|one above|上一名|前一名|往前一名", re.IGNORECASE)
_ONE_DOWN = re.compile(r"just below|right below|one below|下一名|后一名|往后一名|再往后一名", re.IGNORECASE)


def _next_place(r: Reading) -> Query | None:
    """Who's right behind them? / 上一名呢 / the one just above them — the neighbouring place of
    the ranking the last answer gave one place of: behind is the next place in the same order;
    above (上一名) and below (下一名) follow the values — above the lowest is the second lowest,
    below the third highest the fourth. The words are also follow words in bot.lexicon."""
    prev = r.previous.query
    if not isinstance(prev, RankQuery) or not (prev.single or prev.nth or prev.k == 1):
        return None
    if r.present("project") or r.groups():
        return None
    text, place = r.tagged.text, prev.nth or 1
    step = {
        _NEXT_PLACE: 1,
        _ONE_UP: 1 if prev.order == "asc" else -1,
        _ONE_DOWN: 1 if prev.order == "desc" else -1,
    }
    found = next(((m, n) for pattern, n in step.items() if (m := pattern.search(text))), None)
    if found is None or place + found[1] < 1:
        return None
    match, move = found
    for i, t in enumerate(r.tokens):
        if match.start() <= t.start < match.end() or t.kind in ("pronoun", "follow", "which"):
            r.used.add(i)
    return prev.model_copy(update={"nth": place + move, "single": False, "k": None})


def _flip(r: Reading) -> Query | None:
    prev = r.previous.query
    token = r.take("order") or r.take("ranking")
    if token is None or not token.value or not isinstance(prev, RankQuery | CompareQuery | GroupQuery):
        return None
    if r.groups():
        return None
    after = r.word_after(r.tokens.index(token))
    one = after is not None and after.text.lower() in THE_ONE
    shown = r.previous.results
    if one and isinstance(prev, RankQuery) and prev.k and prev.k > 1 and len(shown) > 1:
        r.take_all("pronoun")  # 执行率最低的三个项目 → 最高的那个: of the three shown
        return prev.model_copy(
            update={
                "projects": Named(ids=shown, previous=True),
                "order": token.value,
                "k": None,
                "single": True,
            }
        )
    if token.kind == "order" and isinstance(prev, RankQuery) and (prev.k or prev.nth):
        return prev.model_copy(
            update={"order": token.value, "k": None, "nth": None, "single": True}
        )  # the lowest
    return prev.model_copy(update={"order": token.value})


def _reasons(r: Reading) -> Query | None:
    if not r.take_all("reason") or r.present("project") or r.present("indicator"):
        return None
    r.take_all("pronoun")
    r.take_all("notmet")
    r.take_all("notfull")  # 为什么没拿满分: why it lost points
    r.take_all("number")  # 为何满意度只拿了6分: the value restated
    subjects = r.previous.subjects
    if not subjects:
        return None
    part = None
    m = _measure_of(r.previous.query)
    if m is not None and m.part is not None and m.field in ("score", "deduction", "score_rate"):
        part = m.part
    for g in r.groups():
        r.used.update(g.indices)
        part = g.measure.part or part
    return RowsQuery(projects=Named(ids=subjects, previous=True), part=part, only="deducted", reasons=True)


def _measure(r: Reading) -> Query | None:
    prev = r.previous.query
    if prev is None or r.present("project"):
        return None
    pronouns = r.take_all("pronoun")
    measures = r.measures()
    if not measures:
        return None
    if pronouns or isinstance(prev, SummaryQuery | RowsQuery):
        ids = r.previous.subjects or r.previous.results
        return LookupQuery(projects=Named(ids=ids, previous=True), measures=tuple(measures)) if ids else None
    kind_only = len(measures) == 1 and measures[0].part is not None and not r.present("field")
    if isinstance(prev, ListQuery) or (isinstance(prev, AggregateQuery) and prev.measure is None):
        swapped = _reparted(prev.projects, measures[0].part) if kind_only else None
        return prev.model_copy(update={"projects": swapped}) if swapped is not None else None
    measures = [_narrowed(m, r, prev) for m in measures]
    if isinstance(prev, LookupQuery):
        measures = [_same_part(m, r, prev) for m in measures]
        return prev.model_copy(update={"measures": tuple(measures)})
    if isinstance(prev, RankQuery | CompareQuery | AggregateQuery) and len(measures) == 1:
        return prev.model_copy(update={"measure": measures[0]})
    return None


_SWAP_MARKERS = frozenset({"呢", "what about", "how about", "and what about"})


def _swap(r: Reading) -> Query | None:
    """换成扣减分值呢 / What about budget? — the previous question asked of another measure,
    preferred over reading the measure as a condition (扣了分的项目) when the follow-up
    marker says the question is the previous one with a word swapped."""
    marked = any(t.kind == "follow" and t.text.lower() in _SWAP_MARKERS for t in r.tokens)
    if not marked or r.previous.query is None or r.present("comp") or r.present("number"):
        return None
    if not isinstance(r.previous.query, RankQuery | CompareQuery | AggregateQuery | LookupQuery | ListQuery):
        return None
    r.take_all("follow")
    r.take_all("which")
    return _measure(r)


_OTHERS = re.compile(r"其余|其他|其它|剩下的|剩余的|\bothers\b", re.I)
"""The rest of a list in words the tagger leaves unread (the others / the rest are 'other' tokens)."""


def _others(r: Reading) -> Query | None:
    """执行率低于100%的项目 → 其余项目呢？ / The others?: the projects of the same scope that the
    previous list left out."""
    prev = r.previous.query
    if not isinstance(prev, ListQuery) or not isinstance(prev.projects, Filtered) or not r.previous.results:
        return None
    said = r.present("other") or _OTHERS.search(r.tagged.text)
    if not said or r.groups() or r.present("project") or r.present("number"):
        return None
    for kind in ("projword", "follow", "which", "pronoun", "unknown", "ask", "other"):
        for i in r.free(kind):
            if kind != "unknown" or _OTHERS.search(r.tokens[i].text):
                r.used.add(i)
    source = prev.projects.source
    return ListQuery(projects=Filtered(source=source, condition=Excluded(ids=r.previous.results)))


def _place_asked(r: Reading) -> Query | None:
    """X的总分是多少？ → and its rank among seven? / 排第几？: the place of the project just asked
    about, by the measure just asked."""
    prev = r.previous.query
    if not isinstance(prev, LookupQuery) or len(prev.measures) != 1 or r.groups() or r.present("project"):
        return None
    if not isinstance(prev.projects, Named) or len(prev.projects.ids) != 1:
        return None
    if not r.present("ranking") and not PLACE_ASKED.search(r.tagged.question):
        return None
    for kind in ("ranking", "pronoun", "follow", "ask", "nth"):
        r.take_all(kind)
    return RankQuery(
        projects=AllProjects(), measure=prev.measures[0], order="desc", place_of=prev.projects.ids
    )


def _threshold(r: Reading) -> Query | None:
    """执行数超过8000万的有哪些？ → 放宽到7000万呢？ / And 90? — the previous list (or count) with its
    bound moved to the number said, in the same measure."""
    prev = r.previous.query
    numbers = r.free("number")
    if len(numbers) != 1 or r.present("project") or r.present("field") or r.present("part"):
        return None
    if not isinstance(prev, ListQuery | AggregateQuery) or not isinstance(prev.projects, Filtered):
        return None
    if isinstance(prev, AggregateQuery) and prev.agg != "count":
        return None
    condition = prev.projects.condition
    if not isinstance(condition, Compare) or condition.value is None or condition.op == "eq":
        return None
    number = r.tokens[numbers[0]]
    if (
        not unit_fits(condition.measure, number.unit)
        or number.number is None
        or number.text.rstrip().endswith("个")
    ):
        return None  # 3个呢: a count, not a bound
    bare = not number.unit
    if bare and (
        FIELDS[condition.measure.field].unit == "yuan" or not 0.5 <= number.number / condition.value <= 2
    ):
        return None  # 7000呢 after 8000万 / 23呢 after 97分: no bound in the same unit
    r.used.add(numbers[0])
    r.take_all("follow")
    r.take_all("ask")
    moved = condition.model_copy(update={"value": number.number, "precision": None})
    projects = prev.projects.model_copy(update={"condition": moved})
    return prev.model_copy(update={"projects": projects})


_SWAP_VERBS = re.compile(r"\b(?:swap|switch)\b|换成|换到|改成|改看", re.IGNORECASE)


def _swap_verb(r: Reading) -> Query | None:
    """Swap that for overall mark? / 换成扣分呢 — a verb that says the measure is replaced,
    read before 'that' could be taken for the project the last answer found."""
    if not _SWAP_VERBS.search(r.tagged.text) or r.previous.query is None or r.present("project"):
        return None
    if not isinstance(r.previous.query, RankQuery | CompareQuery | AggregateQuery | LookupQuery):
        return None
    r.take_all("follow")
    r.take_all("which")
    for i in r.free("pronoun"):
        if r.tokens[i].text.lower() in ("that", "this", "it", "这个", "那个"):
            r.used.add(i)
    if r.present("pronoun"):
        return None
    return _measure(r)


def _reparted(projects: ProjectSet, part: str | None) -> ProjectSet | None:
    """How many lost points on timeliness? — And on social benefits? / 哪些项目扣了分 — 时效呢:
    the previous set's condition asked of another kind (None when its condition has no kind to
    swap, or compares with a constant fitted to the first kind's points — 低于9分 — so the
    follow-up is asked back rather than answered as the previous question)."""
    if not isinstance(projects, Filtered):
        return None
    c = projects.condition
    swapped: Condition
    if isinstance(c, HasPart | Deducted | FullMarks | TargetMet) and c.part != part:
        swapped = c.model_copy(update={"part": part})
    elif isinstance(c, Compare) and c.against is not None and c.measure.part not in (None, part):
        m = Measure(field=c.measure.field, part=part)
        if not valid(m):
            return None
        swapped = c.model_copy(update={"measure": m})
    else:
        return None
    return projects.model_copy(update={"condition": swapped})


def _narrowed(m: Measure, r: Reading, prev: Query) -> Measure:
    """只看产出这一块呢: a kind named alone narrows the previous measure (its points lost on
    outputs), rather than asking for that kind's score."""
    before = _measure_of(prev)
    named_field = any(t.kind == "field" for t in r.tokens)
    if before is None or named_field or m.part is None or before.field == m.field:
        return m
    narrowed = Measure(field=before.field, part=m.part)
    return narrowed if valid(narrowed) else m


def _same_part(m: Measure, r: Reading, prev: LookupQuery) -> Measure:
    """X时效指标扣了吗？ → 扣了几分？: the measure just asked, asked again without its kind, is
    still of that kind (一共/in all asks the whole)."""
    before = prev.measures[0] if len(prev.measures) == 1 else None
    if before is None or before.part is None or m.part is not None or r.present("agg"):
        return m
    if m.field == before.field:
        return before
    points = ("score", "deduction", "weight", "score_rate")
    total = any(t.kind == "field" and t.text.lower() in TOTAL_WORDS for t in r.tokens)
    if m.field in points and before.field in points and not total:
        kind = Measure(field=m.field, part=before.part)  # 质量指标分值是多少？ → 得了几分？: of that kind
        return kind if valid(kind) else m
    return m


def _project(r: Reading) -> Query | None:
    prev = r.previous.query
    tokens = r.take_all("project")
    if not tokens or prev is None:
        return None
    ids = tuple(i for t in tokens for i in t.ids)
    named = Named(ids=ids)
    if isinstance(prev, LookupQuery | SummaryQuery | RowsQuery | CompareQuery):
        update: dict[str, object] = {"projects": named}
        if isinstance(prev, RowsQuery):
            update["row_ids"] = ()
        return prev.model_copy(update=update)
    measure = _measure_of(prev)
    return LookupQuery(projects=named, measures=(measure,)) if measure else None


def _aggregate(r: Reading) -> Query | None:
    """一共几个？ / What is the average? — over the projects the previous answer listed."""
    aggs = [t.value for t in r.take_all("agg")]
    results = r.previous.results
    if not aggs or not results or r.present("project"):
        return None
    if any(
        t.kind == "each" and t.text.lower().startswith(("所有", "全部", "all ", "every ")) for t in r.tokens
    ):
        return None  # 所有项目的平均分: all of them, not the last list
    pronouns = r.take_all("pronoun")
    if r.asks("projword") and not pronouns:
        return None  # 一共几个项目 counts all; 这些项目一共几个 / How many projects is that: the last list
    r.take_all("projword")
    agg = "count" if "count" in aggs else next((a for a in aggs if a != "sum"), "sum")
    if agg == "share":
        return None  # 其中…的占比: a share needs its condition, read by the aggregate template
    projects = Named(ids=results, previous=True)
    if agg == "count":
        return AggregateQuery(projects=projects, agg="count") if not r.groups() else None
    measure = r.one_measure() or _measure_of(r.previous.query)
    if measure is None:
        return None
    return AggregateQuery(projects=projects, agg=agg, measure=measure)  # type: ignore[arg-type]


_NEGATED = re.compile(
    r"没|不|非|未|其他|其余|别的|\bnot\b|n't|\bother|\brest\b|\bwithout\b|\bnone\b", re.IGNORECASE
)


def _which_counted(r: Reading) -> Query | None:
    """How many projects scored above 95? → Which ones? / 是哪些 / List them: the projects the
    previous count counted, listed with the value its condition compared."""
    prev = r.previous.query
    if not isinstance(prev, AggregateQuery) or prev.agg != "count" or not isinstance(prev.projects, Filtered):
        return None
    if _NEGATED.search(r.tagged.question):
        return None  # 哪些没有 / which ones did not: the others, not those counted
    asked = r.take_all("which") + [t for t in r.take_all("each") if t.text.lower() in LIST_VERBS]
    if not asked:
        return None
    r.take_all("pronoun")
    r.take_all("projword")
    r.take_all("ask")
    return ListQuery(projects=prev.projects)


_ROW_ASKED: dict[str, RowField] = {"score": "score", "weight": "weight"}
_ROW_WORDS = (
    "得分",
    "得了",
    "拿了",
    "score got",
    "score",
    "scored",
    "got",
    "分值",
    "权重",
    "weight",
    "扣",
    "lost",
    "lose",
)


def _row_word(text: str) -> bool:
    """A word asking a row's own points (得分, weight, lost), not the form's total (总分, overall)."""
    lower = text.lower()
    return (
        lower not in TOTAL_WORDS
        and any(w in lower for w in _ROW_WORDS)
        and not any(w in lower for w in ("总", "整体", "overall", "total", "最终", "final"))
    )


def _rows_again(r: Reading) -> Query | None:
    """After rows of one project (a count, a list, one named row): 分别是哪几条 / which ones (the
    rows counted, listed); and how many lost points? / 没达标的有几条 (the same rows, counted with
    that condition); And the score? / 权重呢 (another column of the same named rows)."""
    prev = r.previous.query
    if not isinstance(prev, RowsQuery) or prev.reasons or prev.order or r.present("project"):
        return None
    if r.present("department") or r.present("projword") or r.tagged.years:
        return None
    r.take_all("pronoun")
    r.take_all("follow")
    if prev.count_only and (
        r.take_all("which") or any(t.kind == "rows" and t.text.startswith("哪") for t in r.tokens)
    ):
        r.take_all("rows")
        r.take_all("each")
        r.take_all("ask")
        return prev.model_copy(update={"count_only": False})  # 有几条没达标？ → 分别是哪几条？
    if prev.row_ids:
        if any(t.kind == "field" and not _row_word(t.text) for t in r.tokens):
            return None  # 总分呢 / the overall score?: the project's total, not the row's score
        fields = [t.value for t in r.take_all("rowfield")]
        for g in r.groups():
            if g.measure.field in _ROW_ASKED and g.measure.part is None:
                r.used.update(g.indices)
                fields.append(_ROW_ASKED[g.measure.field])
            elif g.measure.field == "deduction" and g.measure.part is None:
                r.used.update(g.indices)  # So how many points lost? (of that row): its weight and score
                fields += ["weight", "score"]
        r.take_all("ask")
        r.take_all("rows")
        if not fields:
            return None
        return prev.model_copy(update={"fields": tuple(dict.fromkeys(fields)), "count_only": False})  # type: ignore[arg-type]
    counted = any(t.kind == "agg" and t.value == "count" for t in r.tokens)
    if not (prev.count_only and counted):
        return None
    r.take_all("agg")
    r.take_all("rows")
    only = None
    for kind, value in (("notmet", "unmet"), ("met", "met"), ("notfull", "deducted"), ("full", "full")):
        if r.take_all(kind):
            only = value
    for g in r.groups():
        if g.measure.field == "deduction" and g.measure.part is None and only is None:
            r.used.update(g.indices)
            only = "deducted"  # and how many lost points?
    if only is None:
        return None
    return prev.model_copy(update={"only": only})


def _gap(r: Reading) -> Query | None:
    """Compare A and B → What's the gap? / 差多少 (预算差多少): the comparison again (on the
    measure said), which states the gap."""
    prev = r.previous.query
    diffs = r.take_all("diff")
    if isinstance(prev, LookupQuery) and r.present("project"):
        said = [i for i in r.free("field") if r.tokens[i].text.startswith(("差", "相差"))]
        if diffs or said:
            r.used.update(said)  # X被扣了几分？ → 跟Y比差多少分？
            return _gap_to(r, prev)
        return None
    if not diffs:
        return None
    if not isinstance(prev, CompareQuery) or r.present("project"):
        return None
    if _WHERE.search(r.tagged.question) or any(_MEASURE_IN.search(t.text) for t in diffs):
        return None  # 差距在哪: where the gap lies; budget variance: a measure inside the word
    r.take_all("ask")
    r.take_all("pronoun")
    if not r.groups():
        return prev
    m = r.one_measure()  # 预算差多少: the same projects' gap on another measure
    return prev.model_copy(update={"measure": m}) if m is not None and valid(m) else None


def _gap_to(r: Reading, prev: LookupQuery) -> Query | None:
    """X的满意度扣了几分？ → 跟Y比差多少？: the one project just asked about and the project
    named now, compared on the measure just asked."""
    named = prev.projects
    if not isinstance(named, Named) or len(named.ids) != 1 or len(prev.measures) != 1 or r.groups():
        return None
    others = tuple(x for t in r.take_all("project") for x in t.ids)
    if len(others) != 1 or others[0] in named.ids:
        return None
    r.take_all("ask")
    r.used.update(i for i in r.free("compare") if not r.tokens[i].value)  # 跟Y比
    return CompareQuery(projects=Named(ids=(*named.ids, *others)), measure=prev.measures[0])


def _compared_with(r: Reading) -> Query | None:
    """X的总分是多少？ → 与Y相比孰高孰低？ / compare with Y, which higher? / Was Y higher or lower?:
    the project just asked about and the one named now, compared on the measure just asked."""
    prev = r.previous.query
    if not isinstance(prev, LookupQuery) or not r.present("project") or r.groups():
        return None
    if r.present("number") or r.present("projword") or r.present("agg") or r.present("rows"):
        return None  # 跟Y比高于90吗 / 比Y低的项目有哪些: a bound or a list, not the two compared
    said = [*r.free("compare"), *(i for i in r.free("comp") if r.tokens[i].value in ("gt", "lt", "ge", "le"))]
    said += [i for i in r.free("each") if r.tokens[i].text.lower() == "compare"]
    if not said:
        return None
    r.used.update(said)
    r.take_all("which")
    r.take_all("follow")
    r.take_all("yesno")
    lower = any(r.tokens[i].value in ("asc", "lt", "le") for i in said)  # 与Y相比，哪个更低
    higher = any(r.tokens[i].value in ("desc", "gt", "ge") for i in said)
    compared = _gap_to(r, prev)
    if isinstance(compared, CompareQuery) and lower and not higher:
        return compared.model_copy(update={"order": "asc"})
    return compared


def _which_side(r: Reading) -> Query | None:
    """Compare A and B on X → Which is higher? / 哪个更低: the comparison just made, asked for
    one side of it (the answer says which, with both values); after the values of two projects
    (A和B各花了多少钱？ → 哪个预算更高？), those two compared."""
    prev = r.previous.query
    if isinstance(prev, LookupQuery) and isinstance(prev.projects, Named) and len(prev.projects.ids) == 2:
        if len(prev.measures) != 1:
            return None
        prev = CompareQuery(projects=Named(ids=prev.projects.ids), measure=prev.measures[0])
    if not isinstance(prev, CompareQuery) or prev.against is not None or r.present("project"):
        return None
    at = list(r.free("compare"))
    if len(at) != 1 or r.tokens[at[0]].value not in ("asc", "desc"):
        return None
    after = r.word_after(at[0])
    if after is not None and after.kind == "pronoun":
        return None  # 低的那个执行率多少: what is asked of one side (lookup_nested), not which side
    sides = r.take_all("compare")
    r.take_all("which")
    r.take_all("ask")
    r.take_all("pronoun")
    r.take_all("follow")
    m = r.one_measure() if r.groups() else prev.measure  # 那预算哪个高: the two again, on budget
    return (
        prev.model_copy(update={"order": sides[0].value, "measure": m})
        if m is not None and valid(m)
        else None
    )


_WHERE = re.compile(r"哪|为什么|原因|\bwhere\b|\bwhy\b", re.IGNORECASE)
_MEASURE_IN = re.compile(r"budget|spend|score|rate|预算|执行|得分|分数", re.IGNORECASE)


def _rescoped(value: object, years: tuple[int, ...], departments: tuple[str, ...]) -> object:
    """The value with every scope of all projects set to the years and departments named."""
    if isinstance(value, AllProjects):
        update: dict[str, object] = {}
        if years:
            update["years"] = years
        if departments:
            update["departments"] = departments
        return value.model_copy(update=update)
    if isinstance(value, BaseModel):
        changed = {
            name: new
            for name in type(value).model_fields
            if (new := _rescoped(old := getattr(value, name), years, departments)) is not old
        }
        return value.model_copy(update=changed) if changed else value
    return value


def _scope(r: Reading) -> Query | None:
    """21年的话呢 / And in 2021? / 财政局的呢 — the previous question over another year or
    department; only when nothing else is asked and the previous question was over all projects."""
    prev = r.previous.query
    years, departments = r.tagged.years, r.tagged.departments
    if prev is None or not (years or departments) or r.content():
        return None
    r.take_all("follow")
    rescoped = _rescoped(prev, years, departments)
    return rescoped if rescoped is not prev else None  # type: ignore[return-value]


def _narrow(r: Reading) -> Query | None:
    """Just the output measures? / 只看产出指标呢 — the previous measure over one kind of
    indicator (its points lost on outputs), when the kind is all the question names."""
    prev = r.previous.query
    before = _measure_of(prev)
    parts = r.free("part")
    if len(parts) != 1 or r.present("project") or r.present("field"):
        return None
    marked = any(t.kind == "follow" for t in r.tokens)
    if (
        isinstance(prev, RowsQuery)
        and prev.part is None
        and not prev.reasons
        and (marked or not r.asks("which"))
    ):
        r.used.add(parts[0])
        r.take_all("rows")
        r.take_all("follow")
        return prev.model_copy(update={"part": r.tokens[parts[0]].value})  # 光看产出板块的
    if before is None:
        return None
    narrowed = Measure(field=before.field, part=r.tokens[parts[0]].value)
    if not valid(narrowed) or narrowed == before:
        return None
    r.used.add(parts[0])
    r.take_all("rows")
    r.take_all("follow")
    if isinstance(prev, LookupQuery):
        return prev.model_copy(update={"measures": (narrowed,)})
    if isinstance(prev, RankQuery | CompareQuery | AggregateQuery):
        return prev.model_copy(update={"measure": narrowed})
    return None


TEMPLATES = (
    Template("follow_narrow", 82, _narrow),
    Template("follow_scope", 81, _scope),
    Template("follow_aggregate", 49, _aggregate),
    Template("follow_which_counted", 86, _which_counted),
    Template("follow_rows", 86, _rows_again),
    Template("follow_threshold", 85, _threshold),
    Template("follow_others", 85, _others),
    Template("follow_place", 59, _place_asked),
    Template("follow_gap", 85, _gap),
    Template("follow_which_side", 77, _which_side),
    Template("follow_compared_with", 76, _compared_with),
    Template("follow_nth", 80, _nth),
    Template("follow_other", 87, _other),
    Template("follow_topk", 80, _topk),
    Template("follow_next_place", 84, _next_place),
    Template("follow_flip", 79, _flip),
    Template("follow_reasons", 78, _reasons),
    Template("follow_swap", 47, _swap),
    Template("follow_swap_verb", 83, _swap_verb),
    Template("follow_measure", 21, _measure),
    Template("follow_project", 12, _project),
)
