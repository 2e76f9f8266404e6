"""Phrasing the answers that carry no computation: refusals, clarifying questions and the
ask-back for a question the parser could not fully read.

Invariant: a refusal always says why and what the corpus does cover; an ask-back always says
what was understood, which words were not, and what could be asked instead.
"""

from __future__ import annotations

from bot.corpus import Corpus, cite_project
from bot.numbers import Numbers, numbers_in
from bot.parser import Parsed
from bot.result import Composed, say
from bot.types import Context

_TOPICS_ZH = (
    "总分与评级、各类指标得分与扣分、满意度、执行率、预算与执行数、预算调整与结余、扣分原因、"
    "指标的目标值与实际值、年度目标完成情况"
)
_TOPICS_EN = (
    "overall scores and grades, scores and lost points by indicator kind, satisfaction, execution "
    "rates, budgets and spending, budget changes and unspent funds, reasons for lost points, "
    "indicator targets and actuals, and the goals' prose"
)


def coverage(corpus: Corpus, lang: str, n: Numbers) -> str:
    """Describe what the corpus covers."""
    years = "、".join(str(y) for y in corpus.years) or "—"
    for y in corpus.years:
        n.add(y)
    depts = "、".join(corpus.departments[:6]) or "—"
    if len(corpus.departments) > 6:
        depts += "等"
    names = "、".join(p.name for p in corpus.projects[:12])
    more = "等" if len(corpus.projects) > 12 else ""
    count = n.count(len(corpus.projects))
    n.derived |= numbers_in(names) | numbers_in(depts)  # numbers inside names are quoted, not claimed
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
        "not_in_forms": "绩效自评表中没有记录这方面的内容",
        "year": f"语料中没有{value}年度的表",
        "agency": f"语料中没有「{value}」的表",
        "project": f"语料中没有「{value}」这个项目",
        "no_passage": "表中没有找到包含该事实的句子",
        "no_ranking": "之前没有排名结果可以接着问",
        "grounding": "答案中的数字无法在引用行中核实",
    }
    en = {
        "empty": "no form has been ingested yet",
        "out_of_domain": "the question is outside the self-evaluation forms",
        "not_in_forms": "the self-evaluation forms do not record that",
        "year": f"the corpus holds no forms for {value}",
        "agency": f"the corpus holds no forms of '{value}'",
        "project": f"the corpus holds no project called '{value}'",
        "no_passage": "no sentence in the forms states that fact",
        "no_ranking": "there is no earlier ranking to continue from",
        "grounding": "a number in the answer could not be verified against its cited rows",
    }
    return (zh if lang == "zh" else en).get(kind, value)


def abstain(reason: str, lang: str, corpus: Corpus) -> Composed:
    """Say that the corpus cannot answer, why, and what it covers."""
    n = Numbers()
    _, _, value = reason.partition(":")
    n.derived |= numbers_in(value)
    why = _why(reason, lang)
    head = say(lang, "无法回答：", "Cannot answer: ")
    end = say(lang, "。", ". ")
    return Composed(f"{head}{why}{end}{coverage(corpus, lang, n)}", [], n, abstained=True)


def clarify(parsed: Parsed, corpus: Corpus) -> Composed:
    """Ask which of several matching projects was meant, or ask back an unread question."""
    lang = parsed.language
    n = Numbers()
    if not parsed.candidates:
        return _ask_back(parsed, n)
    names = [corpus.by_id[i].name for i in parsed.candidates]
    n.derived |= numbers_in(" ".join(names))
    listing = "\n".join(f"- {name}" for name in names)
    text = say(
        lang,
        f"问题中的名称对应{n.count(len(names))}个项目，请问指的是哪一个？\n{listing}",
        f"That name matches {n.count(len(names))} projects; which one did you mean?\n{listing}",
    )
    cites = [cite_project(corpus.by_id[i]) for i in parsed.candidates]
    context = Context(parsed.candidates, parsed.candidates, parsed.query)
    return Composed(text, cites, n, context, abstained=True)


def _ask_back(parsed: Parsed, n: Numbers) -> Composed:
    lang = parsed.language
    understood = say(lang, "、", ", ").join(f"「{w}」" for w in parsed.understood) or say(
        lang, "（无）", "(nothing)"
    )
    unread = say(lang, "、", ", ").join(f"「{w}」" for w in parsed.unknown)
    tries = "\n".join(f"- {s}" for s in parsed.suggestions)
    for text in (*parsed.understood, *parsed.unknown, *parsed.suggestions):
        n.derived |= numbers_in(text)
    if unread:
        head = say(
            lang,
            f"没能完全理解这个问题：不认识{unread}。已理解：{understood}。",
            f"I could not fully read the question: I do not know {unread}. Understood: {understood}.",
        )
    else:
        head = say(
            lang,
            f"没能把这个问题读成一个可以计算的查询。已理解：{understood}。",
            f"I could not turn the question into a query I can compute. Understood: {understood}.",
        )
    text = head + say(lang, "\n可以这样问：\n", "\nYou could ask:\n") + tries
    return Composed(text, [], n, abstained=True)
