"""Rank: order a set by a measure — the first (ties listed in full), the top k, the nth, or the
whole ranking."""

from __future__ import annotations

import re

from bot.corpus import Corpus
from bot.describe import project_set
from bot.execute import competition, coverage, label, ranked_values, resolve, value_text
from bot.fields import FIELDS
from bot.intents.base import Intent, Template
from bot.lexicon import EACH_SAID
from bot.numbers import Numbers
from bot.query import AllProjects, LookupQuery, Measure, Named, ProjectSet, RankQuery, leaf
from bot.reading import Group, Reading
from bot.result import Composed, missing_values, say, unique
from bot.types import Chart, ChartBar, Context, Language


def _set(r: Reading) -> ProjectSet | None:
    base = r.base()
    if isinstance(base, Named) and len(base.ids) == 1:
        return None  # a ranking of one project: a name was misread (X不算的话…最高的是谁)
    return r.filtered(base) if base is not None else None


def _order(r: Reading, default: str = "desc") -> str:
    token = r.take("order")
    rankings = [t.value for t in r.take_all("ranking") if t.value]
    if token is not None:
        return token.value
    return rankings[0] if rankings else default


_STANDING = (
    "垫底",
    "排名垫底",
    "排在最后",
    "排名最后",
    "排最后",
    "末位",
    "居末位",
    "名列第一",
    "排名第一",
    "拔得头筹",
)
"""Words of a project's standing in the self-evaluation itself: with no measure said, the overall
score ranks (这批自评里，垫底的是哪个项目)."""


def _standing(r: Reading) -> tuple[Measure, str, Group] | None:
    if r.groups() or r.present("part") or r.present("rows"):
        return None
    for i in r.free("order"):
        if r.tokens[i].text in _STANDING:
            return Measure(field="score"), r.tokens[i].value, Group(Measure(field="score"), ())
    return None


def _per_scope(r: Reading) -> bool:
    """2020年和2021年，执行率最高的项目分别是哪个: one ranking per year (or bureau) is asked, not one
    over them all (asked back)."""
    several = len(r.tagged.years) >= 2 or len(r.tagged.departments) >= 2
    return several and bool(EACH_SAID.search(r.tagged.question))


def _single(r: Reading) -> RankQuery | None:
    if _per_scope(r):
        return None
    found = r.superlative() or _standing(r)
    directed = any(r.tokens[i].value for i in r.free("ranking"))
    if found is None or directed or r.present("topk") or r.present("nth"):
        return None
    r.take_all("ranking")  # 排在最后 / 排名最高: the verb of the superlative
    for i in r.free("each"):
        if r.tokens[i].text.startswith(("列", "list")):
            r.used.add(i)  # 最高的都列出来: show them, ties too
    m, order, group = found
    r.used.update(group.indices)
    r.take("order")
    projects = _set(r)
    return RankQuery(projects=projects, measure=m, order=order, single=True) if projects else None  # type: ignore[arg-type]


def _positional(kind: str) -> object:
    def build(r: Reading) -> RankQuery | None:
        free = r.free(kind)
        if free and (not _ranks(r, free[0]) or r.target_asked()):
            return None
        token = r.take(kind)
        if token is None or token.number is None:
            return None
        order = _order(r)
        m = r.one_measure()
        projects = _set(r)
        if m is None or projects is None:
            return None
        n = int(token.number)
        if kind == "topk":
            return RankQuery(projects=projects, measure=m, order=order, k=n)  # type: ignore[arg-type]
        return RankQuery(projects=projects, measure=m, order=order, nth=n)  # type: ignore[arg-type]

    return build


def _ranks(r: Reading, at: int) -> bool:
    """Whether a place or a count of projects is one of a ranking: an order word says so, or the
    measure stands before it (总分第二名, 预算前三); 第二个项目的预算 (the second project of what
    list?) and the total budget of three projects (which three?) do not."""
    if any(t.kind in ("order", "ranking") for t in r.tokens):
        return True
    said = r.tokens[at].text.lower()
    nxt = next((t for t in r.tokens[at + 1 :] if t.text.strip()), None)
    english = said.isascii() and nxt is not None and nxt.kind == "projword"
    by = any(w in ("by", "on", "按", "按照") for t in r.tokens for w in t.text.lower().split()) or any(
        t.text.lower() in ("in", "in total") and i + 1 < len(r.tokens) and r.tokens[i + 1].kind == "field"
        for i, t in enumerate(r.tokens)
    )  # by budget, on score, third in total score
    if r.tokens[at].kind == "topk":
        return any(w in said for w in ("前", "top", "first"))
    if english and not any(w in said for w in ("ranked", "place")):
        return by  # the budget of the second project: of what list?
    return by or any(t.kind in ("field", "part") for t in r.tokens[:at])


PLACE_ASKED = re.compile(
    r"第几|几名|名次|排名如何|排名怎么样|排在哪|\bwhat (?:rank|place|position)\b|\bwhich (?:rank|place|position)\b"
    r"|\bwhere does\b.*\b(?:rank|stand)|\bwhere does (?:that|this) put\b|\branks? where\b|\branked where\b"
    r"|\bnumber (?:what|which)\b|\b(?:what|which) number\b|老几|排名(?:是)?(?:多少|几|什么)|的排名[。.？?！!]*$"
    r"|\b(?:what|which)(?:'s| is) the (?:rank|ranking|place|position|排名)\b|\bwhere is\b.*\b(?:by|on)\b",
    re.IGNORECASE,
)


def _place(r: Reading) -> RankQuery | None:
    """X项目总分排第几 / Where does X rank on execution rate?: the place of one named
    project in the ranking of every project in scope (the overall score when no measure is
    said; 倒数 counts from the bottom)."""
    if not PLACE_ASKED.search(r.tagged.question):
        return None
    named = r.base()
    earlier = r.previous.subjects
    if isinstance(named, AllProjects) and not r.present("project") and len(earlier) == 1:
        named = Named(ids=earlier, previous=True)  # X总分多少？ → 排第几？
    if not isinstance(named, Named) or len(named.ids) != 1 or r.present("nth") or r.present("topk"):
        return None
    order = _order(r, "asc" if "倒数" in r.tagged.question else "desc")  # 按扣分从少到多排序
    r.take_all("ask")
    r.take_all("each")  # 在所有项目中
    r.take_all("projword")
    r.used.update(
        i for i, t in enumerate(r.tokens) if t.kind == "unknown" and t.text in ("倒数", "倒数第", "老几")
    )
    before = (
        r.previous.query.measures[0] if isinstance(r.previous.query, LookupQuery) and named.previous else None
    )
    m = r.one_measure() if r.groups() else (before or Measure(field="score"))
    if m is None:
        return None
    scope = AllProjects(years=r.tagged.years, departments=r.tagged.departments)
    return RankQuery(projects=scope, measure=m, order=order, place_of=named.ids)  # type: ignore[arg-type]


def _ranking(r: Reading) -> RankQuery | None:
    if not r.present("ranking"):
        return None
    superlative = r.present("order")  # 排名末位的项目: the one at the end, not the whole list
    order = _order(r)
    r.take_all("each")
    projects = _set(r)
    m = r.one_measure()
    if m is None or projects is None:
        return None
    return RankQuery(projects=projects, measure=m, order=order, single=superlative)  # type: ignore[arg-type]


def run(q: RankQuery, corpus: Corpus, lang: Language) -> Composed:
    """Rank the set and phrase the first, the top k, the nth or the whole ranking."""
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    rows = ranked_values(found.projects, q.measure, q.order)
    if not rows:
        return missing_values([label(q.measure, lang)], found.projects, lang)
    positions = competition([v.number or 0.0 for _, v in rows])
    cites = unique(found.cites + [c for _, v in rows for c in v.rows])
    spec = FIELDS[q.measure.field]
    word = say(
        lang,
        spec.low_zh if q.order == "asc" else spec.high_zh,
        "lowest" if q.order == "asc" else "highest",
    )
    what = label(q.measure, lang)
    if q.nth is not None:
        shown = [
            (p, v, pos) for (p, v), pos in zip(rows, positions, strict=True) if pos == _at(positions, q.nth)
        ]
    elif q.single:
        shown = [(p, v, pos) for (p, v), pos in zip(rows, positions, strict=True) if pos == 1]
    else:
        shown = [
            (p, v, pos) for (p, v), pos in zip(rows, positions, strict=True) if q.k is None or pos <= q.k
        ]
    if not shown:
        text = say(
            lang,
            f"只有{n.count(len(rows))}个项目，没有第{q.nth}名。",
            f"Only {n.count(len(rows))} projects are ranked.",
        )
        return Composed(text, cites, n, Context(), abstained=True)
    if q.place_of:  # the place alone; every project's row it rests on is cited
        text = _places(q, rows, positions, what, lang, n)
        every = [(p, v, pos) for (p, v), pos in zip(rows, positions, strict=True)]
        shown = [(p, v, pos) for p, v, pos in every if p.id in q.place_of]
    elif q.single or q.nth is not None:
        text = _one(q, shown, what, word, len(rows), lang, n)
        named = leaf(q.projects)
        if isinstance(named, Named) and not named.previous and len(rows) <= 5:
            every = [(p, v, pos) for (p, v), pos in zip(rows, positions, strict=True)]
            text += "\n" + _listing(q, every, what, len(rows), lang, n)
    else:
        text = _listing(q, shown, what, len(rows), lang, n)
    text += coverage([p for p, _ in rows], corpus, lang, n)
    ranking = tuple(p.id for p, _ in rows)
    best = {p.id for p, _, _ in shown}
    chart = Chart(
        label(q.measure, "zh"),
        spec.unit,
        tuple(ChartBar(p.name, v.number or 0.0, p.id in best) for p, v in rows),
    )
    subjects = tuple(p.id for p, _, _ in shown)
    listed = subjects if q.k is not None else ranking  # "their" after a top 3 is those 3
    return Composed(text, cites, n, Context(subjects, listed), chart)


def _places(q: RankQuery, rows: list, positions: list[int], what: str, lang: Language, n: Numbers) -> str:  # type: ignore[type-arg]
    """「X」按总分从高到低排第5（共7个项目）：91/100。"""
    order = say(
        lang,
        "从低到高" if q.order == "asc" else "从高到低",
        "lowest first" if q.order == "asc" else "highest first",
    )
    out = []
    for (p, v), pos in zip(rows, positions, strict=True):
        if p.id not in q.place_of:
            continue
        tied = sum(1 for x in positions if x == pos)
        tie = (
            say(
                lang,
                f"，与另{n.count(tied - 1)}个项目并列",
                f", tied with {n.count(tied - 1)} other{'s' if tied > 2 else ''}",
            )
            if tied > 1
            else ""
        )
        out.append(
            say(
                lang,
                f"「{p.name}」按{what}{order}排第{n.count(pos)}（共{n.count(len(rows))}个项目{tie}）：{value_text(q.measure, v, n, lang)}。",
                f"'{p.name}' is number {n.count(pos)} of {n.count(len(rows))} by {what}, {order}{tie}: {value_text(q.measure, v, n, lang)}.",
            )
        )
    return "\n".join(out)


def _at(positions: list[int], nth: int) -> int | None:
    return positions[nth - 1] if 0 < nth <= len(positions) else None


def _one(q: RankQuery, shown: list, what: str, word: str, total: int, lang: Language, n: Numbers) -> str:  # type: ignore[type-arg]
    names = say(lang, "、", ", ").join(say(lang, f"「{p.name}」", f"'{p.name}'") for p, _, _ in shown)
    value = value_text(q.measure, shown[0][1], n, lang)
    tie = ""
    if len(shown) > 1:
        tie = say(lang, f"（{n.count(len(shown))}个项目并列）", f" ({n.count(len(shown))} projects tied)")
    among = n.count(total)
    if q.nth is not None:
        order = say(
            lang,
            "从高到低" if q.order == "desc" else "从低到高",
            "highest first" if q.order == "desc" else "lowest first",
        )
        pos = n.count(q.nth)
        return say(
            lang,
            f"按{what}{order}排第{pos}的是{names}：{value}{tie}。比较范围：{among}个项目。",
            f"Number {pos} by {what} ({order}) is {names}: {value}{tie}, among {among} projects.",
        )
    return say(
        lang,
        f"{what}{word}的项目是{names}：{value}{tie}。比较范围：{among}个项目。",
        f"The {word} {what} is {names}: {value}{tie}, among {among} projects.",
    )


def _listing(q: RankQuery, shown: list, what: str, total: int, lang: Language, n: Numbers) -> str:  # type: ignore[type-arg]
    lines = [
        f"{n.count(pos)}. {p.name}{say(lang, '：', ': ')}{value_text(q.measure, v, n, lang)}"
        for p, v, pos in shown
    ]
    order = say(
        lang,
        "从低到高" if q.order == "asc" else "从高到低",
        "lowest first" if q.order == "asc" else "highest first",
    )
    head = say(
        lang,
        f"按{what}{order}（共{n.count(total)}个项目）：",
        f"Projects by {what}, {order} ({n.count(total)} projects):",
    )
    return head + "\n" + "\n".join(lines)


def describe(q: RankQuery, corpus: Corpus, lang: Language) -> str:
    """按满意度指标得分升序，取第1，比较范围：全部7个项目."""
    what = label(q.measure, lang)
    order = say(
        lang, "升序" if q.order == "asc" else "降序", "ascending" if q.order == "asc" else "descending"
    )
    if q.place_of:
        names = "、".join(f"「{corpus.by_id[i].name}」" for i in q.place_of if i in corpus.by_id)
        pick = say(
            lang, f"，{names}的名次", f", the place of {names.replace('「', chr(39)).replace('」', chr(39))}"
        )
    elif q.nth is not None:
        pick = say(lang, f"，取第{q.nth}", f", position {q.nth}")
    elif q.single:
        pick = say(lang, "，取第1（并列全列）", ", first (ties listed)")
    elif q.k:
        pick = say(lang, f"，取前{q.k}", f", top {q.k}")
    else:
        pick = ""
    scope = project_set(q.projects, corpus, lang)
    return say(
        lang, f"按{what}{order}{pick}，比较范围：{scope}", f"by {what}, {order}{pick}; compared: {scope}"
    )


def default_measure() -> Measure:
    """The overall score, used only when a follow-up names no measure and none came before."""
    return Measure(field="score")


INTENT = Intent(
    "rank",
    run,
    describe,
    (
        Template("rank_place", 60, _place),
        Template("rank_nth", 58, _positional("nth")),  # type: ignore[arg-type]
        Template("rank_topk", 57, _positional("topk")),  # type: ignore[arg-type]
        Template("rank_single", 55, _single),
        Template("rank_list", 54, _ranking),
    ),
)
