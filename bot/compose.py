"""Phrasing the answers that carry no computation: abstentions and clarifying questions.

Invariant: an abstention always says why and what the corpus does cover."""

from __future__ import annotations

from bot.corpus import Corpus, cite_project
from bot.numbers import Numbers, numbers_in
from bot.result import Composed
from bot.types import Context, Plan

_TOPICS_ZH = "总分与评级、满意度、执行率、预算与执行数、扣分及原因、指标的目标值与实际值、年度目标完成情况"
_TOPICS_EN = (
    "overall scores and grades, satisfaction, execution rates, budgets and spending, "
    "lost points and their reasons, indicator targets and actuals, and the goals' prose"
)


def coverage(corpus: Corpus, lang: str, n: Numbers) -> str:
    """Describe what the corpus covers."""
    years = "、".join(str(y) for y in corpus.years) or "—"
    for y in corpus.years:
        n.add(y)
    depts = "、".join(corpus.departments) or "—"
    names = "、".join(p.name for p in corpus.projects[:12])
    more = "等" if len(corpus.projects) > 12 else ""
    count = n.count(len(corpus.projects))
    n.derived |= numbers_in(names)  # numbers inside project names are quoted, not claimed
    if lang == "zh":
        return f"语料覆盖{years}年度、{depts}的{count}个项目（{names}{more}），可以问：{_TOPICS_ZH}。"
    return (
        f"The corpus covers {count} projects of {depts} for {years} ({names}{more}); "
        f"you can ask about {_TOPICS_EN}."
    )


def _why(reason: str, lang: str) -> str:
    kind, _, value = reason.partition(":")
    zh = {
        "empty": "索引里还没有任何表",
        "out_of_domain": "这个问题不在绩效自评表的范围内",
        "year": f"语料中没有{value}年度的表",
        "agency": f"语料中没有「{value}」的表",
        "project": f"语料中没有「{value}」这个项目",
        "position": f"上一个结果没有第{value}名",
        "no_passage": "表中没有找到包含该事实的句子",
        "no_ranking": "之前没有排名结果可以接着问",
        "grounding": "答案中的数字无法在引用行中核实",
    }
    en = {
        "empty": "no form has been ingested yet",
        "out_of_domain": "the question is outside the self-evaluation forms",
        "year": f"the corpus holds no forms for {value}",
        "agency": f"the corpus holds no forms of '{value}'",
        "project": f"the corpus holds no project called '{value}'",
        "position": f"the previous result has no position {value}",
        "no_passage": "no sentence in the forms states that fact",
        "no_ranking": "there is no earlier ranking to continue from",
        "grounding": "a number in the answer could not be verified against its cited rows",
    }
    return (zh if lang == "zh" else en).get(kind, value)


def abstain(plan: Plan, corpus: Corpus) -> Composed:
    """Say that the corpus cannot answer, why, and what it covers."""
    n = Numbers()
    _, _, value = plan.reason.partition(":")
    if value.isdigit():
        n.add(int(value))
    why = _why(plan.reason, plan.language)
    head = "无法回答：" if plan.language == "zh" else "Cannot answer: "
    end = "。" if plan.language == "zh" else ". "
    text = f"{head}{why}{end}{coverage(corpus, plan.language, n)}"
    return Composed(text, [], n, abstained=True)


def clarify(plan: Plan, corpus: Corpus) -> Composed:
    """Ask which of several matching projects was meant."""
    n = Numbers()
    names = [corpus.by_id[i].name for i in plan.candidates]
    listing = "\n".join(f"- {name}" for name in names)
    if plan.language == "zh":
        text = f"问题中的名称对应{n.count(len(names))}个项目，请问指的是哪一个？\n{listing}"
    else:
        text = f"That name matches {n.count(len(names))} projects; which one did you mean?\n{listing}"
    cites = [cite_project(corpus.by_id[i]) for i in plan.candidates]
    return Composed(text, cites, n, Context("lookup", plan.metric, plan.candidates), abstained=True)
