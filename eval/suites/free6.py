"""A sixth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Five people ask: a county finance-bureau performance
evaluator (县财政局绩效科) in the trade's terse 绩效评价 jargon (预算执行率, 指标完成度, 扣分项,
自评得分, 产出/效益指标, 预算调整, 结转结余 — and 资金到位率, 绩效目标申报表, 第三方评价,
评分细则, which the forms do not hold and must be refused or asked back); a voice-dictation user
(no punctuation, run-on sentences, numbers spoken as words — 两千万, 百分之百, 九十分以下, 前三名 —
fillers such as 嗯, 就是, 然后, and self-corrections such as “不对 是…”); a consultant writing
non-native English (dropped articles, wrong tenses, "Which project have most high budget?");
a manager in a long chat (conversations of two to four turns with ellipsis, pronouns and switches
between Chinese and English); and a newspaper data editor asking composed questions (the project
found by one condition feeds another), comparisons of two or three named projects and facts
stated only in the forms' 年度总体目标 / 实际完成情况 prose. Each question stands next to the
oracle call (eval/suites/free_book.py, Book2 of eval/suites/free2.py, Book4 of
eval/suites/free4.py, Book5 of eval/suites/free5.py and the three calls of Book6 below) that
answers it; ``python -m eval.suites build-free6`` writes ``free6_sample.jsonl``.

It exists to find words and sentence shapes the parser does not read yet; once the parser is
tuned on it, it stops measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book6 reads only the
  oracle's tables, never ``bot``);
- a shortened Chinese project name singles out its project (tests/test_free6_suite.py checks it),
  each English rendering stands for one project, and a fragment that fits several projects is
  asked only in an item where asking back is right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.oracle import LEVEL1, Oracle
from eval.suites import sample_records
from eval.suites.context import FIELDS, item, number_gold
from eval.suites.free5 import Book5
from eval.suites.free_book import TESTS, Ref, write_items, written
from eval.suites.intents import tags

FREE6_SAMPLE = Path(__file__).parent / "free6_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
SAT = "满意度指标"
SAT2 = "服务对象满意度指标"

# The consultant's and the editor's English renderings of the names, one each (recorded apart:
# no substring test can check them)
E1 = "online government service operation project"
E2 = "online service platform upgrade 2021"
E3 = "infrastructure maintenance project"
E4 = "big data resource platform phase 2"
E5 = "government cloud prepaid fee"
E6 = "big data center management fund"
E7 = "data operation service"

EVALUATOR, VOICE, ESL, MANAGER, EDITOR = (
    "persona:evaluator",
    "persona:voice",
    "persona:esl",
    "persona:manager",
    "persona:editor",
)


class Book6(Book5):
    """Book5 with the editor's compositions: the first project within an above- or below-average
    set, a field of the project in place n, and an indicator kind of the project first by a field."""

    def nested_in(self, q: str, f: str, how: str, g: str, high: bool, lang: str, *more: str) -> None:
        """Among the projects above/below the average or median of f (how: above_avg, …), the
        project(s) first by g, ties in full."""
        names = self.o.names()
        col = self._column(f, names)
        mid = self.o.aggregate(f, how.split("_")[1], names)
        above = how.startswith("above")
        inside = [n for n, v in col.items() if (v > mid + 1e-9 if above else v < mid - 1e-9)]
        if len(inside) < 2:
            raise ValueError(f"{q}: the set holds {inside}")
        hit = self.o.nth(g, 1, high, inside)
        gold = {"items": hit, "universe": "project"}
        rows = self.rows(f, names) + self.rows(g, inside)
        self._add(item("nested", "nested", "list", [q], gold, rows, tags(lang, False, *more)))

    def nested_place(self, q: str, f: str, high: bool, n: int, g: str, lang: str, *more: str) -> None:
        """The project in dense place n by f (no tie up to it) feeds a field g."""
        names = self.o.names()
        if any(len(self.o.nth(f, i, high, names)) > 1 for i in range(1, n + 1)):
            raise ValueError(f"{q}: a tie up to place {n}")
        (win,) = self.o.nth(f, n, high, names)
        gold = {**number_gold(abs(float(self.o.value(win, g))), g), "projects": [win]}
        rows = self.rows(f, names) + self.rows(g, [win])
        self._add(item("nested", "nested", "number", [q], gold, rows, tags(lang, False, "place", *more)))

    def nested_kind(self, q: str, f: str, high: bool, kind: str, what: str, lang: str, *more: str) -> None:
        """The project first by f feeds one of its level-2 kinds: score, lost or its target."""
        win = self.winner(f, high)
        rows = self.o.indicator_rows(win, level2=kind)
        if rows.empty:
            raise ValueError(f"{win} has no {kind}")
        ids = self.rows(f, self.o.names()) + self.o.ids(rows)
        if what == "target":
            if len(rows) != 1:
                raise ValueError(f"{win}: {kind} has {len(rows)} rows")
            text = str(rows.iloc[0].target).strip()
            m = re.fullmatch(r"[≥≤<>=]?\s*(\d+(?:\.\d+)?)\s*(%?)", text)
            if not m:
                raise ValueError(f"{win}: {kind} target {text!r} is not a number")
            gold: dict[str, Any] = {"value": float(m.group(1)), "unit": m.group(2) or None}
        else:
            column = {"score": "score", "lost": "deduction"}[what]
            gold = {"value": round(float(rows[column].sum()), 4), "unit": "分", "tolerance": 0.01}
        t = tags(lang, False, "kind", *more)
        self._add(item("nested", "nested", "number", [q], {**gold, "projects": [win]}, ids, t))

    # -- helpers for follow-ups: sets computed by the oracle -------------------------------------
    def passing(self, f: str, op: str, value: float, names: Sequence[str] | None = None) -> list[str]:
        """Projects (of names, default all) whose field compares with a constant."""
        col = self._column(f, list(names or self.o.names()))
        return [n for n, v in col.items() if TESTS[op](v, value)]

    def kind_set(self, kind: str, what: str) -> list[str]:
        """Projects that have (has) or lost points on (deducted) a level-1 or level-2 kind."""
        level = "level1" if kind in LEVEL1 else "level2"
        sub = self.o.subtotals(level, kind).reindex(self.o.names()).dropna()
        return [n for n in sub.index if what == "has" or sub.at[n, "deduction"] > 1e-9]

    def money(self, how: str, names: Sequence[str]) -> dict[str, Any]:
        """Gold of a sum or an average of full-year budgets over some projects."""
        return {
            "value": round(self.o.aggregate("budget", how, list(names)), 4),
            "unit": FIELDS["budget"].unit,
            "tolerance": FIELDS["budget"].tolerance,
            "projects": list(names),
        }


def lookups(b: Book6) -> None:
    """Stated fields of one project, and one department."""
    b.lookup("大数据资源平台（二期）预算执行率。", P4, "rate", "zhf", EVALUATOR, a="大数据资源平台（二期）")
    b.lookup("管理工作经费自评得分多少", P6, "total", "zhf", EVALUATOR, a="管理工作经费")
    b.lookup("嗯就是那个基础设施运维的年初预算是多少来着", P3, "initial", "zhc", VOICE, a="基础设施运维")
    b.lookup("数据运营服务那个项目最后自评打了多少分", P7, "total", "zhc", VOICE)
    b.lookup(
        "一网通办运营服务的预算执行率 不对 是全年执行数是多少",
        P1,
        "executed",
        "zhc",
        VOICE,
        a="一网通办运营服务",
    )
    b.lookup(f"How much money the {E7} did spend in total?", P7, "executed", "enn", ESL, a=E7, en=True)
    b.lookup(f"What is final score of {E5}?", P5, "total", "enn", ESL, a=E5, en=True)
    b.lookup(f"Budget of {E3} for whole year is how much?", P3, "budget", "enn", ESL, a=E3, en=True)
    b.department(f"Which department is responsible of {E4}?", P4, "enn", ESL, a=E4, en=True)
    b.lookup("平台升级改造那个执行率多少", P2, "rate", "zhc", MANAGER, a="平台升级改造")
    b.lookup("What's the satisfaction score of 通办运营?", P1, "satisfaction", "mix", MANAGER, a="通办运营")
    b.lookup("数据运营服务项目2021年的全年预算数为多少元？", P7, "budget", "zh", EDITOR)
    b.lookup(f"What was the full-year budget of the {E6}?", P6, "budget", "en", EDITOR, a=E6, en=True)


def derived(b: Book6) -> None:
    """Budget change, unspent funds, points lost, level-1 subtotals, unspent share and grade."""
    b.derived("管理工作经费预算调整金额", P6, "change", "zhf", EVALUATOR, a="管理工作经费")
    b.level1("平台升级改造项目产出指标得分", P2, "产出指标", "score", "zhf", EVALUATOR, a="平台升级改造")
    b.level1("政务云项目效益指标得分率", P5, "效益指标", "rate", "zhf", EVALUATOR, a="政务云")
    b.unspent_share("管理工作经费结余率是多少", P6, "zhf", EVALUATOR, a="管理工作经费")
    b.derived("嗯数据运营服务一共被扣了几分", P7, "lost", "zhc", VOICE)
    b.derived("那个一网通办运营服务评了个什么等级", P1, "grade", "zhc", VOICE, a="一网通办运营服务")
    b.derived("管理经费就是最后剩了多少钱没花完", P6, "unspent", "zhc", VOICE, a="管理经费")
    b.level1(
        f"How many point the {E4} lost in satisfaction part?",
        P4,
        SAT,
        "deduction",
        "enn",
        ESL,
        a=E4,
        en=True,
    )
    b.derived(f"What grade the {E6} got?", P6, "grade", "enn", ESL, a=E6, en=True)
    b.derived(f"Budget was changed during year for {E1}? how much?", P1, "change", "enn", ESL, a=E1, en=True)
    b.derived("“一网通办”运营服务项目的预算结余有多少元？", P1, "unspent", "zh", EDITOR)
    b.level1("运维的产出指标得分率多少", P3, "产出指标", "rate", "zhc", MANAGER, a="运维")


def indicators(b: Book6) -> None:
    """One level-2 kind of one project: score, points lost, weight, target or actual."""
    b.indicator("数据运营服务质量指标年度目标值", P7, "质量指标", "target", "zhf", EVALUATOR)
    b.indicator("数据运营服务社会效益指标实际完成值", P7, "社会效益指标", "actual", "zhf", EVALUATOR)
    b.indicator("运维项目时效指标扣分", P3, "时效指标", "lost", "zhf", EVALUATOR, a="运维")
    b.indicator(
        "嗯那个通办运营的经济效益指标得了多少分", P1, "经济效益指标", "score", "zhc", VOICE, a="通办运营"
    )
    b.indicator("资源平台满意度指标实际完成值是多少", P4, SAT2, "actual", "zhc", VOICE, a="资源平台")
    b.indicator("然后政务云的时效指标目标是啥", P5, "时效指标", "target", "zhc", VOICE, a="政务云")
    b.indicator(
        f"What is target of cost indicator in {E7}?", P7, "成本指标", "target", "enn", ESL, a=E7, en=True
    )
    b.indicator(
        f"How many score {E2} got on satisfaction indicator?", P2, SAT2, "score", "enn", ESL, a=E2, en=True
    )
    b.indicator(
        f"The {E6} lose how many points in quality indicator?",
        P6,
        "质量指标",
        "lost",
        "enn",
        ESL,
        a=E6,
        en=True,
    )
    b.indicator("通办运营的质量指标实际完成多少", P1, "质量指标", "actual", "zhc", MANAGER, a="通办运营")
    b.indicator(
        "大数据资源平台（二期）的时效指标权重是多少？",
        P4,
        "时效指标",
        "weight",
        "zh",
        EDITOR,
        a="大数据资源平台（二期）",
    )
    b.indicator(
        f"What was the target of the sustainability indicator for the {E7}?",
        P7,
        "可持续影响指标",
        "target",
        "en",
        EDITOR,
        a=E7,
        en=True,
    )


def listings(b: Book6) -> None:
    """A field for every project."""
    b.listing("列示各项目预算执行率", "rate", "zhf", EVALUATOR)
    b.listing("把每个项目的自评等级都报一下", "grade", "zhc", VOICE)
    b.listing("Show me every project their unspent money.", "unspent", "enn", ESL)
    b.listing("七个项目年初预算数各是多少？", "initial", "zh", EDITOR)
    b.listing("List the total score of each project", "total", "en", MANAGER)


def filters(b: Book6) -> None:
    """Projects whose field compares with a constant or lies between two bounds."""
    b.filter("预算执行率低于99%的项目", "rate", "lt", 99, "zhf", EVALUATOR)
    b.filter("自评得分95分以上项目清单", "total", "ge", 95, "zhf", EVALUATOR)
    b.filter("全年预算超过两千万的有哪些", "budget", "gt", 20_000_000, "zhc", VOICE)
    b.filter("执行率百分之百的项目有哪几个", "rate", "eq", 100, "zhc", VOICE)
    b.filter("就是总分九十分以下的是哪个", "total", "lt", 90, "zhc", VOICE)
    b.filter("执行数不到一千八百万的是哪几个", "executed", "lt", 18_000_000, "zhc", VOICE)
    b.filter("Give me projects where satisfaction not full.", "satisfaction", "lt", 10, "enn", ESL)
    b.filter("Which projects budget is more than 50 million yuan?", "budget", "gt", 50_000_000, "enn", ESL)
    b.between("Projects that score between 90 and 95, which ones?", "total", 90, 95, "enn", ESL)
    b.between("年初预算数在1,000万元到3,000万元之间的项目有哪些？", "initial", 1e7, 3e7, "zh", EDITOR)
    b.filter("Which projects spent less than 20 million yuan?", "executed", "lt", 20_000_000, "en", EDITOR)
    b.filter("扣分超过5分的项目", "lost", "gt", 5, "zhc", MANAGER)


def aggregate_filters(b: Book6) -> None:
    """Projects above or below the average or the median of a field."""
    b.filter_aggregate("自评得分高于平均水平的项目", "total", "above_avg", "zhf", EVALUATOR)
    b.filter_aggregate("预算比平均数高的有哪些", "budget", "above_avg", "zhc", VOICE)
    b.filter_aggregate(
        "Which project have execution rate lower than average?", "rate", "below_avg", "enn", ESL
    )
    b.filter_aggregate(
        "Projects which satisfaction is under the average one?", "satisfaction", "below_avg", "enn", ESL
    )
    b.filter_aggregate(
        "Which projects scored above the median total score?", "total", "above_median", "en", EDITOR
    )


def indicator_filters(b: Book6) -> None:
    """Projects that have an indicator kind, lost points on it or kept every point; the
    indicators of one project that missed their targets."""
    b.filter_kind("时效指标存在扣分的项目", "时效指标", "deducted", "zhf", EVALUATOR)
    b.filter_kind("产出指标全部得满分的项目", "产出指标", "full", "zhf", EVALUATOR)
    b.filter_kind("设置了成本指标的项目", "成本指标", "has", "zhf", EVALUATOR)
    b.filter_kind("嗯哪些项目有生态效益指标", "生态效益指标", "has", "zhc", VOICE)
    b.filter_kind("就是经济效益指标被扣了分的项目", "经济效益指标", "deducted", "zhc", VOICE)
    b.filter_kind(
        "Which projects lost point on social benefit indicator?", "社会效益指标", "deducted", "enn", ESL
    )
    b.filter_kind("Projects having sustainability indicator, which?", "可持续影响指标", "has", "enn", ESL)
    b.filter_kind("Which project got full marks in quantity indicator?", "数量指标", "full", "enn", ESL)
    b.unmet(f"For {E7}, which indicators not reach target?", P7, "enn", ESL, a=E7, en=True)
    b.unmet("在“一网通办”运营服务项目中，哪些指标未达到年度目标值？", P1, "zh", EDITOR)
    b.unmet(f"Which indicators of the {E4} fell short of their targets?", P4, "en", EDITOR, a=E4, en=True)
    b.filter_kind("满意度指标满分的项目", SAT, "full", "zhc", MANAGER)


def ranks(b: Book6) -> None:
    """The projects in one place, or the first few, by a field (ties in full)."""
    b.rank("预算执行率最低的项目", "rate", False, "zhf", EVALUATOR)
    b.rank("结转结余最多的前三个项目", "unspent", True, "zhf", EVALUATOR, n=3, top=True)
    b.rank("执行率并列第一的项目", "rate", True, "zhf", EVALUATOR)
    b.rank("嗯总分前三名是哪几个", "total", True, "zhc", VOICE, n=3, top=True)
    b.rank("满意度倒数第一的是哪个", "satisfaction", False, "zhc", VOICE)
    b.rank("满意度排倒数第二的都有谁", "satisfaction", False, "zhc", VOICE, n=2)
    b.rank("Which project have most high budget?", "budget", True, "enn", ESL)
    b.rank("Which project lost second most points?", "lost", True, "enn", ESL, n=2)
    b.rank("Give me three project with lowest execution rate.", "rate", False, "enn", ESL, n=3, top=True)
    b.rank("执行数第二高的是哪个项目？", "executed", True, "zh", EDITOR, n=2)
    b.rank("Which project ranks last by total score?", "total", False, "en", EDITOR)
    b.rank("满意度第二高的", "satisfaction", True, "zhc", MANAGER, n=2)


def aggregates(b: Book6) -> None:
    """Counts, sums, averages, medians, extremes, a range, a share and a sum over the first few."""
    b.aggregate("七个项目全年预算合计", "budget", "sum", "zhf", EVALUATOR)
    b.share_cmp("执行率达到100%的项目占比", "rate", "eq", 100, "zhf", EVALUATOR)
    b.count_all("嗯一共有几个项目", "zhc", VOICE)
    b.aggregate("嗯总分中位数多少来着", "total", "median", "zhc", VOICE)
    b.count_kind("How many project lost points on timeliness indicator?", "时效指标", "deducted", "enn", ESL)
    b.aggregate("What is lowest satisfaction score among all projects?", "satisfaction", "min", "enn", ESL)
    b.spread("Difference between highest and lowest score, how much?", "total", "enn", ESL)
    b.count_cmp(
        "How many projects had a full-year budget above 30 million yuan?",
        "budget",
        "gt",
        30_000_000,
        "en",
        EDITOR,
    )
    b.aggregate("全年执行数最高是多少元？", "executed", "max", "zh", EDITOR)
    b.ranked_aggregate("扣分最多的两个项目一共扣了多少分？", "lost", "sum", 2, True, "zh", EDITOR)
    b.count_kind("How many projects have ecological indicators?", "生态效益指标", "has", "en", MANAGER)


def groups(b: Book6) -> None:
    """Per level-1 or level-2 kind, over every project or one."""
    b.group("按二级指标统计扣分合计", "level2", "deduction", "zhf", EVALUATOR)
    b.group("按一级指标汇总得分率", "level1", "rate", "zhf", EVALUATOR)
    b.group("就是每一类一级指标一共扣了多少分", "level1", "deduction", "zhc", VOICE)
    b.group(
        "For 运维 project, each first level indicator got how many point?",
        "level1",
        "score",
        "enn",
        ESL,
        name=P3,
        a="运维",
    )
    b.group("数据运营服务各二级指标分别扣了多少分？", "level2", "deduction", "zh", EDITOR, name=P7)


def compares(b: Book6) -> None:
    """Named projects compared on a field, and the gap between two."""
    b.compare(
        "运维和资源平台二期预算执行率对比",
        [P3, P4],
        "rate",
        True,
        "zhf",
        EVALUATOR,
        a=["运维", "资源平台二期"],
    )
    b.compare(
        "政务云与管理工作经费自评得分孰高",
        [P5, P6],
        "total",
        True,
        "zhf",
        EVALUATOR,
        a=["政务云", "管理工作经费"],
    )
    b.compare(
        "通办运营、平台升级、数据运营三个项目满意度比较",
        [P1, P2, P7],
        "satisfaction",
        True,
        "zhf",
        EVALUATOR,
        a=["通办运营", "平台升级", "数据运营"],
    )
    b.compare(
        "管理工作经费与平台升级改造年初预算对比",
        [P6, P2],
        "initial",
        True,
        "zhf",
        EVALUATOR,
        a=["管理工作经费", "平台升级改造"],
    )
    b.compare("运维和政务云哪个预算多", [P3, P5], "budget", True, "zhc", VOICE, a=["运维", "政务云"])
    b.compare(
        "资源平台和平台升级改造谁扣分多", [P4, P2], "lost", True, "zhc", VOICE, a=["资源平台", "平台升级改造"]
    )
    b.compare(
        "数据运营和通办运营哪个结余少", [P7, P1], "unspent", False, "zhc", VOICE, a=["数据运营", "通办运营"]
    )
    b.compare(
        f"Compare score of {E7} and {E5}, which is more high?",
        [P7, P5],
        "total",
        True,
        "enn",
        ESL,
        a=[E7, E5],
        en=True,
    )
    b.compare(
        f"Who spend more money, {E3} or {E6}?", [P3, P6], "executed", True, "enn", ESL, a=[E3, E6], en=True
    )
    b.compare(
        f"Between {E2} and {E4}, which have better execution rate?",
        [P2, P4],
        "rate",
        True,
        "enn",
        ESL,
        a=[E2, E4],
        en=True,
    )
    b.gap(
        f"How much budget different between {E1} and {E3}?",
        [P1, P3],
        "budget",
        "enn",
        ESL,
        a=[E1, E3],
        en=True,
    )
    b.compare(
        "“一网通办”运营服务和数据运营服务，哪个项目的全年预算数更高？", [P1, P7], "budget", True, "zh", EDITOR
    )
    b.compare(
        f"Of the {E6}, the {E4} and the {E5}, which scored lowest?",
        [P6, P4, P5],
        "total",
        False,
        "en",
        EDITOR,
        a=[E6, E4, E5],
        en=True,
    )
    b.gap(
        "数据运营服务与大数据资源平台（二期）的满意度相差多少分？",
        [P7, P4],
        "satisfaction",
        "zh",
        EDITOR,
        a=[None, "大数据资源平台（二期）"],
    )
    b.compare(
        "Which is higher, 政务云 or 运维, in satisfaction?",
        [P5, P3],
        "satisfaction",
        True,
        "mix",
        MANAGER,
        a=["政务云", "运维"],
    )


def nesteds(b: Book6) -> None:
    """The project found by one condition feeds the next question."""
    b.nested("得分最低的那个项目预算执行率是多少？", "total", False, "rate", "zh", EDITOR)
    b.nested("全年预算最多的项目，满意度得了几分？", "budget", True, "satisfaction", "zh", EDITOR)
    b.nested(
        "The project with the biggest budget — what did it lose points on?",
        "budget",
        True,
        "why",
        "en",
        EDITOR,
    )
    b.nested_in(
        "比平均预算高的项目里谁满意度最低？", "budget", "above_avg", "satisfaction", False, "zh", EDITOR
    )
    b.nested_in(
        "Among the projects scoring above the average total, which one has the lowest execution rate?",
        "total",
        "above_avg",
        "rate",
        False,
        "en",
        EDITOR,
    )
    b.nested_place("总分第二名的项目执行了多少钱？", "total", True, 2, "executed", "zh", EDITOR)
    b.nested("执行率最低项目的自评等级", "rate", False, "grade", "zhf", EVALUATOR)
    b.nested_kind("自评得分最低项目的时效指标扣分", "total", False, "时效指标", "lost", "zhf", EVALUATOR)
    b.nested("就是扣分最多的那个项目它预算调整了多少", "lost", True, "change", "zhc", VOICE)
    b.nested("满意度最低的那个为啥扣分", "satisfaction", False, "why", "zhc", VOICE)
    b.nested(
        "The project which have lowest score, how much budget it have?", "total", False, "budget", "enn", ESL
    )
    b.nested(
        "For project with highest satisfaction, what is its total score?",
        "satisfaction",
        True,
        "total",
        "enn",
        ESL,
    )
    b.nested_kind(
        "Project with smallest budget, its satisfaction indicator target is what?",
        "budget",
        False,
        SAT2,
        "target",
        "enn",
        ESL,
    )
    b.nested("执行数最少的那个项目总分多少", "executed", False, "total", "zhc", MANAGER)


def follow_ups(b: Book6) -> None:
    """The manager's conversations: ellipsis, pronouns and switches of language."""
    names = b.o.names()
    b.follow_list(
        ["自评得分最高的是哪个项目", "那第二名呢"],
        b.o.nth("total", 2, True, names),
        "total",
        names,
        "zhc",
        MANAGER,
    )
    b.follow_list(
        ["执行率最低的是哪个", "换成满意度看看"],
        b.o.nth("satisfaction", 1, False, names),
        "satisfaction",
        names,
        "zhc",
        MANAGER,
    )
    worst3 = b.o.top("lost", 3, True, names)
    b.follow_number(
        ["扣分最多的三个项目", "它们的预算加起来是多少"],
        b.money("sum", worst3),
        b.rows("lost", names) + b.rows("budget", worst3),
        "zhc",
        MANAGER,
    )
    second = b.o.nth("budget", 2, True, names)
    (p_second,) = second
    b.follow_value(
        ["Which project has the highest budget?", "And the one after it?", "它的执行率呢"],
        p_second,
        "rate",
        "mix",
        MANAGER,
    )
    b.follow_value(
        ["运维的总分多少", "what about its execution rate?"],
        P3,
        "rate",
        "mix",
        MANAGER,
        refs=[Ref("运维", P3)],
    )
    late = b.kind_set("时效指标", "deducted")
    b.follow_list(
        ["哪些项目时效指标扣了分", "只看预算超过5000万的"],
        b.passing("budget", "gt", 50_000_000, late),
        "budget",
        late,
        "zhc",
        MANAGER,
    )
    full = b.passing("rate", "eq", 100)
    b.follow_list(
        ["预算执行率100%的项目有哪些", "这里面谁总分最高"],
        b.o.nth("total", 1, True, full),
        "total",
        full,
        "zhc",
        MANAGER,
    )
    b.follow_why(
        ["管理工作经费扣了多少分", "为什么扣分", "那数据运营呢"],
        P7,
        "zhc",
        MANAGER,
        refs=[Ref("管理工作经费", P6), Ref("数据运营", P7)],
    )
    (worst,) = b.o.nth("lost", 1, True, names)
    b.follow_why(["Which project lost most points?", "为什么"], worst, "mix", MANAGER)
    b.follow_value(
        ["平台升级改造的预算是多少", "执行了多少", "So how much is left unspent?"],
        P2,
        "unspent",
        "mix",
        MANAGER,
        refs=[Ref("平台升级改造", P2)],
    )
    below = b.passing("rate", "lt", 100)
    b.follow_list(
        ["List the execution rate of every project", "only the ones below 100%", "其中最低的是哪个"],
        b.o.nth("rate", 1, False, below),
        "rate",
        below,
        "mix",
        MANAGER,
    )
    pair = [P5, P4]
    b.follow_list(
        ["政务云总分多少", "和资源平台比呢", "哪个扣分更多"],
        b.o.nth("lost", 1, True, pair),
        "lost",
        pair,
        "zhc",
        MANAGER,
    )
    lasting = b.kind_set("可持续影响指标", "has")
    b.follow_number(
        ["哪些项目有可持续影响指标", "它们一共多少预算", "平均呢"],
        b.money("avg", lasting),
        b._kind_rows(lasting) + b.rows("budget", lasting),
        "zhc",
        MANAGER,
    )
    (third,) = b.o.nth("executed", 3, True, names)
    b.follow_value(
        ["Top 3 projects by budget?", "And by executed amount?", "第三名执行了多少"],
        third,
        "executed",
        "mix",
        MANAGER,
    )
    b.follow_value(
        [f"What did the {E7} score?", "and its satisfaction", f"how about the {E6}"],
        P6,
        "satisfaction",
        "en",
        MANAGER,
        refs=[Ref(E7, P7, True), Ref(E6, P6, True)],
    )
    weak = [n for n in names if n not in b.passing("total", "ge", b.o.aggregate("total", "avg", names))]
    (happiest,) = b.o.nth("satisfaction", 1, True, weak)
    b.follow_value(
        ["总分低于平均的项目", "它们里面满意度最高的", "它的预算多少", "扣了几分呢"],
        happiest,
        "lost",
        "zhc",
        MANAGER,
    )


def reasons(b: Book6) -> None:
    """Why a project (or one kind of its indicators) lost points."""
    b.reason("政务云项目时效指标偏差原因", P5, "zhf", EVALUATOR, a="政务云", level2="时效指标")
    b.reason("嗯那个运维为什么扣分了", P3, "zhc", VOICE, a="运维")
    b.reason(f"Why {E5} lose points on social benefit?", P5, "enn", ESL, a=E5, en=True, level2="社会效益指标")
    b.reason(f"What is reason that {E2} lost point?", P2, "enn", ESL, a=E2, en=True)
    b.reason("数据运营服务在哪些方面被扣了分，原因是什么？", P7, "zh", EDITOR)
    b.reason("通办运营满意度为什么扣分", P1, "zhc", MANAGER, a="通办运营", level1=SAT)


def proses(b: Book6) -> None:
    """Numbers stated only in a project's 年度总体目标 / 实际完成情况 text."""
    b.prose("基础设施-运维项目全年一共完成了多少个工单任务？", P3, r"总计完成(\d+)个工单", "zh", EDITOR)
    b.prose(
        f"How many emergency drills did the {E3} hold in 2021?",
        P3,
        r"共完成(\d+)次应急演练",
        "en",
        EDITOR,
        a=E3,
        en=True,
    )
    b.prose("数据运营服务项目打通三级交换通道时，对接了全市几个区？", P7, r"对接全市(\d+)个区", "zh", EDITOR)
    b.prose(
        "数据运营服务项目一共发布了多少项地方标准（不含指导性技术文件）？",
        P7,
        r"发布了(\d+)项地方标准",
        "zh",
        EDITOR,
    )
    b.prose("数据运营服务的法人综合库覆盖了多少万家企业？", P7, r"覆盖(\d+)万余家企业", "zh", EDITOR)
    b.prose(
        "基础设施-运维的用户侧报修平均处理时长是多少分钟？",
        P3,
        r"用户侧\d+个（平均处理时长(\d+)分钟",
        "zh",
        EDITOR,
    )
    b.prose("运维那个项目节点搬迁了多少个", P3, r"节点搬迁(\d+)个", "zhc", VOICE, a="运维")
    b.prose("嗯数据运营今年新建了几个专题库", P7, r"等(\d+)个专题库", "zhc", VOICE, a="数据运营")
    b.prose(
        "管理工作经费那个工作人员满意度达到百分之多少",
        P6,
        r"工作人员满意度达(\d+)%",
        "zhc",
        VOICE,
        a="管理工作经费",
        unit="%",
    )
    b.prose(
        f"How many network repair request the {E3} handled?",
        P3,
        r"处理网络报修总计(\d+)个",
        "enn",
        ESL,
        a=E3,
        en=True,
    )
    b.prose(f"In {E7}, how many departments it connect with?", P7, r"(\d+)个部门", "enn", ESL, a=E7, en=True)
    b.prose(
        f"How many major network guarantee work the {E3} did?",
        P3,
        r"重大网络保障工作(\d+)余次",
        "enn",
        ESL,
        a=E3,
        en=True,
    )
    b.prose("运维项目故障修复时限要求多少分钟", P3, r"(\d+)分钟内修复", "zhf", EVALUATOR, a="运维")
    b.prose("运维的服务团队有多少人", P3, r"超(\d+)人", "zhc", MANAGER, a="运维")


def refusals(b: Book6) -> None:
    """Other years, agencies and regions, forecasts, off-topic, fields the forms lack, fragments
    that fit several projects, vague fragments and operations seven forms cannot support."""
    # the evaluator's jargon for what the forms do not hold
    b.refuse_or_clarify("各项目资金到位率", "unknown_all", "zhf", EVALUATOR)
    b.refuse_or_clarify("调阅政务云项目绩效目标申报表", "unknown", "zhf", EVALUATOR)
    b.refuse_or_clarify("第三方评价结论为优的项目有哪些", "unknown", "zhf", EVALUATOR)
    b.refuse_or_clarify("出示扣分项对应的评分细则", "unknown", "zhf", EVALUATOR)
    b.refuse("2020年度管理工作经费执行率", "year", "zhf", EVALUATOR)
    b.refuse("徐汇区财政局项目自评得分", "agency", "zhf", EVALUATOR)
    b.refuse_or_clarify("大数据项目执行率", "ambiguous", "zhf", EVALUATOR, fragment="大数据")
    # the voice user
    b.refuse("嗯明天上海会不会下雨", "offtopic", "zhc", VOICE)
    b.refuse_or_clarify("就是一网通办那个项目得了多少分", "ambiguous", "zhc", VOICE, fragment="一网通办")
    b.refuse_or_clarify("那个平台的执行率是多少", "ambiguous", "zhc", VOICE, fragment="平台")
    b.refuse("帮我订一张去北京的机票", "offtopic", "zhc", VOICE)
    b.refuse("然后明年的预算会涨多少", "forecast", "zhc", VOICE)
    b.refuse_or_clarify("嗯那个城市大脑项目扣了几分", "missing", "zhc", VOICE, missing="城市大脑")
    b.refuse_or_clarify("就是那个嗯那个怎么说", "vague", "zhc", VOICE)
    # the consultant
    b.refuse(f"What will be the budget of {E7} next year?", "forecast", "enn", ESL)
    b.refuse_or_clarify("How many employee the big data center have?", "unknown", "enn", ESL)
    b.refuse_or_clarify(
        "Give me score of the health cloud project", "missing", "enn", ESL, missing="health cloud"
    )
    b.refuse("Which project of Beijing big data bureau have best score?", "region", "enn", ESL)
    b.refuse(f"Score of 2019 for {E3}?", "year", "enn", ESL)
    b.refuse("What is the stock price of Alibaba today?", "offtopic", "enn", ESL)
    b.refuse_or_clarify("What is score of 运营服务 project?", "ambiguous", "enn", ESL, fragment="运营服务")
    # the manager, mid-chat
    b.refuse_or_clarify("上个季度的执行进度呢", "operation", "zhc", MANAGER)
    b.refuse("和去年比变化大不大", "year", "zhc", MANAGER)
    b.refuse("And compared with Hangzhou's projects?", "region", "en", MANAGER)
    b.refuse("Predict next year's scores for them", "forecast", "en", MANAGER)
    b.refuse_or_clarify("算一下每个项目的月均支出", "operation", "zhc", MANAGER)
    # the editor
    b.refuse("上海市卫生健康委员会的项目有哪些？", "agency", "zh", EDITOR)
    b.refuse("What was the Shanghai Big Data Center's total budget in 2022?", "year", "en", EDITOR)
    b.refuse("全国各省大数据中心的平均得分是多少？", "region", "zh", EDITOR)
    b.refuse_or_clarify("该中心员工的平均工资是多少？", "unknown", "zh", EDITOR)
    b.refuse_or_clarify("数据项目的得分是多少？", "ambiguous", "zh", EDITOR, fragment="数据")
    b.refuse_or_clarify("哪个项目的同比增幅最大？", "operation", "zh", EDITOR)
    b.refuse("Which project will overrun its budget next year?", "forecast", "en", EDITOR)


SECTIONS = (
    lookups,
    derived,
    indicators,
    listings,
    filters,
    aggregate_filters,
    indicator_filters,
    ranks,
    aggregates,
    groups,
    compares,
    nesteds,
    follow_ups,
    reasons,
    proses,
    refusals,
)


def build_book(records: list[dict[str, Any]] | None = None) -> Book6:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    return written(Book6(Oracle(sample_records() if records is None else records), prefix="n"), SECTIONS)


def write_free6() -> dict[Path, int]:
    """Rewrite free6_sample.jsonl; return how many items it holds."""
    return write_items(FREE6_SAMPLE, build_book().items)
