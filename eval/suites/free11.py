"""An eleventh suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words nor any earlier question list. Five people ask, none
of them met in the earlier suites: a department head in a Chinese meeting who asks one thing and
then drills down (那它的执行率呢, 换成总分呢, 前三名呢, 倒数的那个呢, 它在满意度上拿了几分, 哪个指标);
an English-speaking manager doing the same in English (and why did it lose points?, which
indicators?, what about the lowest?); a finance officer asking in plain Chinese for comparisons of
two projects, composed (nested) questions and the target, actual or score of a named indicator;
a second-language English speaker asking rankings and thresholds in broken English (which project
have budget more than 5000 万); and a report writer in formal English. About half the questions
are in Chinese. The weight is on conversations of two to four turns (more than sixty): drilling
down, switching project, switching measure, narrowing a list and asking the reason after a
ranking; more than thirty questions must be refused or asked back. Each question stands next to
the oracle call (eval/suites/free_book.py, Book8 of eval/suites/free8.py, Book9 of
eval/suites/free9.py and Book11 below) that answers it; ``python -m eval.suites build-free11``
writes ``free11_sample.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book11 reads only the
  oracle's tables and the export records, never ``bot``);
- a conversation's last turn has one reading given the turns before it; a turn that could be
  read two ways (a direction left open, a measure left open, 为什么 after a ranking by execution
  rate) is not asked;
- a shortened Chinese project name singles out its project (tests/test_free11_suite.py checks
  it), each of the seven English renderings stands for one project, and a fragment that fits
  several projects is asked only where asking back (or refusing) is right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.suites import sample_records
from eval.suites.context import item
from eval.suites.free9 import Book9, book_of
from eval.suites.free_book import Ref, write_items, written

FREE11_SAMPLE = Path(__file__).parent / "free11_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"

# The English renderings of the names, one each (recorded apart: no substring test can check them)
E1 = "Government Online-Offline operations service"
E2 = "Government Online-Offline platform upgrade"
E3 = "infrastructure maintenance project"
E4 = "Big Data Resource Platform (Phase II)"
E5 = "government cloud prepaid service fee"
E6 = "Big Data Center's management funding"
E7 = "data operation services"

MT, MD, ZA, SL, RW = (
    "persona:zh-meeting",
    "persona:en-meeting",
    "persona:zh-finance",
    "persona:second-language",
    "persona:report-writer",
)
_NUMBER = re.compile(r"[≥≤<>=]?\s*(\d+(?:\.\d+)?)\s*(%?)")  # a target or actual that is one number


def r(words: str, name: str) -> Ref:
    """A Chinese reference (the words a turn uses for a project)."""
    return Ref(words, name)


def e(words: str, name: str) -> Ref:
    """An English rendering of a project's name."""
    return Ref(words, name, True)


@dataclass
class Book11(Book9):
    """Book9 with the conversations this suite needs beyond it: a last turn asking which
    indicators of the project talked about lost points (or lost the most), the target, actual or
    score of a named indicator of that project, its subtotal on one level-1 indicator, and why it
    lost points on one level-2 kind."""

    def __repr__(self) -> str:
        return f"<Book11 {self.prefix}: {len(self.items)} items>"

    def follow_indicators(
        self,
        turns: list[str],
        name: str,
        lang: str,
        *more: str,
        most: bool = False,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks on which indicators a project lost points (most:
        the one indicator it lost the most on; ValueError on a tie)."""
        rows = self.o.indicator_rows(name)
        lost = rows[rows.deduction > 1e-9]
        if lost.empty:
            raise ValueError(f"{name} lost no points on any indicator")
        if most:
            lost = lost[(lost.deduction - lost.deduction.max()).abs() < 1e-9]
            if len(lost) != 1:
                raise ValueError(f"{name}: a tie for the largest deduction")
        gold = {"items": list(dict.fromkeys(lost.name)), "universe": "indicator", "projects": [name]}
        t = self._tags(lang, refs, ["follow-up", "which-indicator", *more])
        self._add(item("follow_up", "follow-up", "list", turns, gold, self.o.ids(rows), t), refs)

    def follow_named(
        self,
        turns: list[str],
        name: str,
        indicator: str,
        what: str,
        lang: str,
        *more: str,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks the target, actual or score of an indicator of
        the project named before, the indicator named as the form states it in an earlier turn."""
        if indicator not in " ".join(turns):
            raise ValueError(f"{turns!r} do not copy {indicator!r}")
        ind = self.o.indicators
        rows = ind[(ind.name == indicator) & (ind.project == name)]
        if len(rows) != 1:
            raise ValueError(f"{name}: {indicator!r} has {len(rows)} rows")
        gold: dict[str, Any]
        if what in ("target", "actual"):
            text = str(rows.iloc[0][what]).strip()
            number = _NUMBER.fullmatch(text)
            if not number:
                raise ValueError(f"{name}: {indicator!r} {what} is not one number: {text!r}")
            gold = {"value": float(number.group(1)), "unit": number.group(2) or None}
        else:
            gold = {"value": round(float(rows.iloc[0]["score"]), 4), "unit": "分", "tolerance": 0.01}
        self._number(
            "follow_up",
            "follow-up",
            turns,
            {**gold, "projects": [name]},
            self.o.ids(rows),
            lang,
            ["follow-up", "named", *more],
            refs,
        )

    def follow_level1(
        self,
        turns: list[str],
        name: str,
        level: str,
        what: str,
        lang: str,
        *more: str,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks a project's subtotal (score) or score rate (rate)
        on one level-1 indicator."""
        sub = self.o.subtotals("level1", level)
        gold = {
            "value": round(float(sub.at[name, what]), 4),
            "unit": "%" if what == "rate" else "分",
            "tolerance": 0.01,
            "projects": [name],
        }
        rows = self.o.ids(self.o.indicator_rows(name, level1=level))
        self._number("follow_up", "follow-up", turns, gold, rows, lang, ["follow-up", *more], refs)

    def follow_why_kind(
        self, turns: list[str], name: str, kind: str, lang: str, *more: str, refs: Sequence[Ref] = ()
    ) -> None:
        """A conversation whose last turn asks why a project lost points on one level-2 kind."""
        texts, rows = self._why(name, level2=kind)
        gold = {"items": texts, "projects": [name]}
        t = self._tags(lang, refs, ["follow-up", "kind", *more])
        self._add(item("follow_up", "follow-up", "text_all", turns, gold, rows, t), refs)


# -- conversations in a Chinese meeting ------------------------------------------------------------
def meeting_zh(b: Book11) -> None:
    names = b.o.names()
    b.follow_value(["总分最高的是哪个项目？", "那它的执行率呢？"], b.winner("total", True), "rate", "zh", MT)
    b.follow_why(
        ["资源平台二期自评得了多少分？", "分是怎么丢的？"], P4, "zh", MT, refs=[r("资源平台二期", P4)]
    )
    b.follow_value(
        ["一网通办运营的全年预算是多少？", "执行了多少？", "它在满意度上拿了几分？"],
        P1,
        "satisfaction",
        "zh",
        MT,
        refs=[r("一网通办运营", P1)],
    )
    b.follow_list(
        ["全年执行数最少的是哪个项目？", "换成执行率呢？"],
        b.o.nth("rate", 1, False, names),
        "rate",
        names,
        "zh",
        MT,
        "switch",
    )
    b.follow_list(
        ["总分第一名是哪个项目？", "前三名呢？"], b.o.top("total", 3, True, names), "total", names, "zh", MT
    )
    b.follow_list(
        ["全年预算最多的是哪个项目？", "倒数的那个呢？"],
        b.o.nth("budget", 1, False, names),
        "budget",
        names,
        "zh",
        MT,
    )
    b.follow_gap(
        ["升级改造和一网通办运营比，谁的总分高？", "高出几分？"],
        [P2, P1],
        "total",
        "zh",
        MT,
        refs=[r("升级改造", P2), r("一网通办运营", P1)],
    )
    b.follow_value(
        ["扣分最多的项目是哪个？", "它在满意度上拿了几分？"], b.winner("lost", True), "satisfaction", "zh", MT
    )
    high = b.passing("total", "gt", 95)
    b.follow_list(
        ["哪些项目总分在95分以上？", "其中全年预算最少的是哪个？"],
        b.o.nth("budget", 1, False, high),
        "budget",
        high,
        "zh",
        MT,
    )
    b.follow_indicators(
        ["数据运营服务扣了几分？", "扣分最多的是哪个指标？"], P7, "zh", MT, most=True, refs=[r(P7, P7)]
    )
    b.follow_value(
        ["政务云执行率多少？", "那运维呢？"], P3, "rate", "zhc", MT, refs=[r("政务云", P5), r("运维", P3)]
    )
    b.follow_place(
        ["管理经费总分多少？", "在七个项目里排第几？"], P6, "total", True, "zh", MT, refs=[r("管理经费", P6)]
    )
    b.follow_why(["扣分第二多的是哪个项目？", "它为什么扣分？"], b.o.nth("lost", 2, True, names)[0], "zh", MT)
    sat_lost = b.with_kind(SAT, "deducted")
    b.follow_list(
        ["哪些项目满意度指标扣了分？", "这些项目里总分最低的是哪个？"],
        b.o.nth("total", 1, False, sat_lost),
        "total",
        sat_lost,
        "zh",
        MT,
    )
    b.follow_value(
        ["上海市大数据资源平台（二期）的执行率是多少？", "那它还剩多少钱没花？"],
        P4,
        "unspent",
        "zh",
        MT,
        refs=[r(P4, P4)],
    )
    b.follow_mean(
        ["执行率100%的项目有哪些？", "这几个项目的平均总分是多少？"],
        "total",
        b.passing("rate", "ge", 100),
        "zh",
        MT,
    )
    big = b.passing("budget", "gt", 50_000_000)
    b.follow_list(
        ["全年预算超过5000万的项目有哪些？", "其中总分最高的呢？"],
        b.o.nth("total", 1, True, big),
        "total",
        big,
        "zh",
        MT,
    )
    b.follow_named(
        ["数据运营服务的质量问题整改率目标是多少？", "实际完成了多少？"],
        P7,
        "质量问题整改率",
        "actual",
        "zh",
        MT,
        refs=[r(P7, P7)],
    )
    b.follow_named(
        ["二期的系统功能模块使用率年度指标值是多少？", "实际呢？"],
        P4,
        "系统功能模块使用率",
        "actual",
        "zhc",
        MT,
        refs=[r("二期", P4)],
    )
    b.follow_value(
        ["哪个项目剩的钱最多？", "它年初预算是多少？"], b.winner("unspent", True), "initial", "zhc", MT
    )
    b.follow_value(
        ["管理经费年初预算多少？", "年中调减了多少？"], P6, "change", "zhc", MT, refs=[r("管理经费", P6)]
    )
    low = b.passing("total", "lt", 92)
    b.follow_number(
        ["总分低于92分的有哪些项目？", "它们一共扣了多少分？"],
        {
            "value": round(b.o.aggregate("lost", "sum", low), 4),
            "unit": "分",
            "tolerance": 0.01,
            "projects": low,
        },
        b.rows("lost", low),
        "zh",
        MT,
        "sum",
    )
    b.follow_value(
        ["运维的全年预算是多少？", "花掉了多少？", "执行率呢？"], P3, "rate", "zhc", MT, refs=[r("运维", P3)]
    )
    b.follow_why(["总分最低的是哪个项目？", "它为什么被扣分？"], b.winner("total", False), "zh", MT)
    b.follow_why_kind(
        ["政务云的社会效益指标得了多少分？", "这一项的扣分原因呢？"],
        P5,
        "社会效益指标",
        "zh",
        MT,
        refs=[r("政务云", P5)],
    )
    b.follow_why(
        ["二期和升级改造，哪个满意度得分低？", "低的那个满意度为什么扣分？"],
        b.winner("satisfaction", False, [P4, P2]),
        "zh",
        MT,
        level1=SAT,
        refs=[r("二期", P4), r("升级改造", P2)],
    )
    (cost,) = b.with_kind("成本指标", "has")
    b.follow_kind(["哪个项目设了成本指标？", "它的成本指标得了几分？"], cost, "成本指标", "score", "zh", MT)
    b.follow_indicators(
        ["一网通办运营扣了多少分？", "哪些指标扣了分？"], P1, "zh", MT, refs=[r("一网通办运营", P1)]
    )
    b.follow_place(
        ["政务云全年预算是多少？", "在七个项目里排第几？"],
        P5,
        "budget",
        True,
        "zh",
        MT,
        refs=[r("政务云", P5)],
    )
    b.follow_list(
        ["满意度得分最高的是哪个项目？", "那第二名是谁？"],
        b.o.nth("satisfaction", 2, True, names),
        "satisfaction",
        names,
        "zh",
        MT,
    )
    top2 = b.o.top("total", 2, True, names)
    b.follow_compare(["总分前两名是哪两个项目？", "这两个谁的全年预算多？"], top2, "budget", True, "zh", MT)
    b.follow_kind(
        ["基础设施-运维一共扣了几分？", "时效指标扣了几分？"],
        P3,
        "时效指标",
        "lost",
        "zh",
        MT,
        refs=[r(P3, P3)],
    )
    b.follow_level1(
        ["管理经费的总分是多少？", "产出指标拿了多少分？"],
        P6,
        OUT,
        "score",
        "zhc",
        MT,
        refs=[r("管理经费", P6)],
    )
    b.follow_why(
        ["政务云全年预算多少？", "执行率呢？", "总分呢？", "扣分原因是什么？"],
        P5,
        "zhc",
        MT,
        refs=[r("政务云", P5)],
    )
    b.follow_list(
        ["全年预算最少的是哪个项目？", "换成总分呢？"],
        b.o.nth("total", 1, False, names),
        "total",
        names,
        "zh",
        MT,
        "switch",
    )
    b.follow_value(
        ["政务云和管理经费哪个全年预算大？", "大的那个总分多少？", "另一个呢？"],
        P6,
        "total",
        "zh",
        MT,
        refs=[r("政务云", P5), r("管理经费", P6)],
    )
    b.follow_value(
        ["数据运营的执行率是多少？", "换成一网通办运营呢？"],
        P1,
        "rate",
        "zh",
        MT,
        "switch",
        refs=[r("数据运营", P7), r("一网通办运营", P1)],
    )


# -- conversations in an English meeting ------------------------------------------------------------
def meeting_en(b: Book11) -> None:
    names = b.o.names()
    b.follow_value(
        ["Which project had the lowest total score?", "How much of its budget did it leave unspent?"],
        b.winner("total", False),
        "unspent",
        "en",
        MD,
    )
    b.follow_why(
        [
            "What was the execution rate of the Big Data Resource Platform (Phase II) in 2021?",
            "And why did it lose points?",
        ],
        P4,
        "en",
        MD,
        refs=[e(E4, P4)],
    )
    b.follow_indicators(
        ["Which project spent the most money?", "Which indicator cost it the most points?"],
        b.winner("executed", True),
        "en",
        MD,
        most=True,
    )
    b.follow_list(
        ["Which two projects had the highest satisfaction scores?", "And which one had the lowest?"],
        b.o.nth("satisfaction", 1, False, names),
        "satisfaction",
        names,
        "en",
        MD,
    )
    b.follow_indicators(
        ["Did the government cloud prepaid service fee project lose any points?", "Which indicators?"],
        P5,
        "en",
        MD,
        refs=[e(E5, P5)],
    )
    b.follow_gap(
        [
            "Which scored higher, the data operation services or the Big Data Center's management funding?",
            "By how many points?",
        ],
        [P7, P6],
        "total",
        "en",
        MD,
        refs=[e(E7, P7), e(E6, P6)],
    )
    b.follow_list(
        ["Which project had the largest budget?", "And the top three?"],
        b.o.top("budget", 3, True, names),
        "budget",
        names,
        "en",
        MD,
    )
    b.follow_why(
        ["Which project lost the fewest points?", "Why did it lose them?"], b.winner("lost", False), "en", MD
    )
    b.follow_place(
        ["What is the total score of the Government Online-Offline platform upgrade?", "Where does it rank?"],
        P2,
        "total",
        True,
        "en",
        MD,
        refs=[e(E2, P2)],
    )
    b.follow_value(
        ["How much did the data operation services spend?", "And the infrastructure maintenance project?"],
        P3,
        "executed",
        "en",
        MD,
        "switch",
        refs=[e(E7, P7), e(E3, P3)],
    )
    under = b.passing("total", "lt", 93)
    b.follow_list(
        ["Which projects scored under 93?", "Which of these had the highest execution rate?"],
        b.o.nth("rate", 1, True, under),
        "rate",
        under,
        "en",
        MD,
    )
    b.follow_value(
        [
            "What was the satisfaction score of the Government Online-Offline operations service?",
            "And its total score?",
        ],
        P1,
        "total",
        "en",
        MD,
        refs=[e(E1, P1)],
    )
    b.follow_value(
        ["Which project had the second-highest budget?", "How many points did it lose?"],
        b.o.nth("budget", 2, True, names)[0],
        "lost",
        "en",
        MD,
    )
    full = b.passing("rate", "ge", 100)
    b.follow_list(
        ["Which projects had a 100% execution rate?", "Which of them scored lowest?"],
        b.o.nth("total", 1, False, full),
        "total",
        full,
        "en",
        MD,
    )
    b.follow_count(
        ["Which projects lost points on timeliness indicators?", "How many are there?"],
        b.with_kind("时效指标", "deducted"),
        "total",
        "en",
        MD,
    )
    b.follow_value(
        [
            "Which project left the most money unspent?",
            "What was its execution rate?",
            "And its satisfaction score?",
        ],
        b.winner("unspent", True),
        "satisfaction",
        "en",
        MD,
    )
    b.follow_named(
        [
            "What target did the Big Data Resource Platform (Phase II) set for 系统安全等级达标率?",
            "And how many points did that indicator earn?",
        ],
        P4,
        "系统安全等级达标率",
        "score",
        "en",
        MD,
        refs=[e(E4, P4)],
    )
    b.follow_indicators(
        ["How many points did the infrastructure maintenance project lose?", "On which indicators?"],
        P3,
        "en",
        MD,
        refs=[e(E3, P3)],
    )
    b.follow_list(
        ["Which project had the second-lowest total score?", "And the second-lowest budget?"],
        b.o.nth("budget", 2, False, names),
        "budget",
        names,
        "en",
        MD,
        "switch",
    )
    b.follow_value(
        [
            "What was the budget of the government cloud prepaid service fee project?",
            "How much of it went unspent?",
        ],
        P5,
        "unspent",
        "en",
        MD,
        refs=[e(E5, P5)],
    )
    b.follow_value(
        ["Which project scored lowest on satisfaction?", "How many points did it lose overall?"],
        b.winner("satisfaction", False),
        "lost",
        "en",
        MD,
    )
    b.follow_value(
        [
            "What was the Big Data Center's management funding's initial budget?",
            "And after the mid-year adjustment?",
        ],
        P6,
        "budget",
        "en",
        MD,
        refs=[e(E6, P6)],
    )
    b.follow_mean(
        ["Which projects have a budget over 50 million yuan?", "What is their average execution rate?"],
        "rate",
        b.passing("budget", "gt", 50_000_000),
        "en",
        MD,
    )
    b.follow_kind(
        [
            "How many points did the data operation services get for its quality indicator?",
            "And for its social benefit indicator?",
        ],
        P7,
        "社会效益指标",
        "score",
        "en",
        MD,
        refs=[e(E7, P7)],
    )
    b.follow_gap(
        [
            "Which scored higher on satisfaction, the Government Online-Offline operations service or the "
            "government cloud prepaid service fee project?",
            "What's the difference?",
        ],
        [P1, P5],
        "satisfaction",
        "en",
        MD,
        refs=[e(E1, P1), e(E5, P5)],
    )
    b.follow_why(
        ["Which project ranks third by total score?", "Why did it lose points?"],
        b.o.nth("total", 3, True, names)[0],
        "en",
        MD,
    )
    b.follow_list(
        ["Which project had the biggest initial budget?", "And the second biggest?"],
        b.o.nth("initial", 2, True, names),
        "initial",
        names,
        "en",
        MD,
    )
    b.follow_level1(
        [
            "What was the execution rate of the Government Online-Offline platform upgrade?",
            "How many points did it get on its output indicators?",
        ],
        P2,
        OUT,
        "score",
        "en",
        MD,
        refs=[e(E2, P2)],
    )
    mean_total = b.o.aggregate("total", "avg", names)
    above = [n for n in names if b.o.value(n, "total") > mean_total]
    b.follow_list(
        ["Which projects scored above the average total?", "Which of them spent the least?"],
        b.o.nth("executed", 1, False, above),
        "executed",
        above,
        "en",
        MD,
    )
    b.follow_place(
        [
            "How many points did the Big Data Resource Platform (Phase II) lose?",
            "What place is that, counting from the project that lost the most?",
        ],
        P4,
        "lost",
        True,
        "en",
        MD,
        refs=[e(E4, P4)],
    )
    (sat_full,) = b.with_kind(SAT, "full")
    b.follow_value(
        ["Which project got full marks on satisfaction?", "And its execution rate?"],
        sat_full,
        "rate",
        "en",
        MD,
    )
    b.follow_why(
        [
            "Which project had the lowest score?",
            "Its budget?",
            "And the execution rate?",
            "Why did it lose points?",
        ],
        b.winner("total", False),
        "en",
        MD,
    )
    b.follow_value(
        [
            "How much was the infrastructure maintenance project's full-year budget?",
            "What about the data operation services?",
        ],
        P7,
        "budget",
        "en",
        MD,
        "switch",
        refs=[e(E3, P3), e(E7, P7)],
    )
    b.follow_value(
        [
            "Which spent more, the government cloud prepaid service fee project or the Big Data Resource "
            "Platform (Phase II)?",
            "The one that spent more: what was its total score?",
            "What about the other one?",
        ],
        P4,
        "total",
        "en",
        MD,
        refs=[e(E5, P5), e(E4, P4)],
    )


# -- two named projects side by side ------------------------------------------------------------------
def compares(b: Book11) -> None:
    b.compare(
        "基础设施-运维与资源平台二期，哪个全年预算数更大？",
        [P3, P4],
        "budget",
        True,
        "zh",
        ZA,
        a=[None, "资源平台二期"],
    )
    b.gap("政务云比升级改造多花了多少钱？", [P5, P2], "executed", "zh", ZA, a=["政务云", "升级改造"])
    b.gap(
        "数据运营和管理经费的执行率相差几个百分点？", [P7, P6], "rate", "zh", ZA, a=["数据运营", "管理经费"]
    )
    b.compare(
        "一网通办运营与政务云，哪一个扣分少？",
        [P1, P5],
        "lost",
        False,
        "zh",
        ZA,
        a=["一网通办运营", "政务云"],
    )
    b.compare(
        "管理经费和二期谁剩下没花的钱更多？", [P6, P4], "unspent", True, "zhc", ZA, a=["管理经费", "二期"]
    )
    b.compare(
        "满意度方面，一网通办运营和政务云哪个得分更高？",
        [P1, P5],
        "satisfaction",
        True,
        "zh",
        ZA,
        a=["一网通办运营", "政务云"],
    )
    b.gap("升级改造的总分比管理经费高出多少分？", [P2, P6], "total", "zh", ZA, a=["升级改造", "管理经费"])
    b.compare_kind("运维和二期的产出指标谁得分高？", [P3, P4], OUT, True, "zhc", ZA, a=["运维", "二期"])
    b.compare(
        "Of the infrastructure maintenance project and the government cloud prepaid service fee project, "
        "which recorded the larger executed amount?",
        [P3, P5],
        "executed",
        True,
        "en",
        RW,
        a=[E3, E5],
        en=True,
    )
    b.gap(
        "By how much did the full-year budget of the data operation services exceed that of the Big Data "
        "Resource Platform (Phase II)?",
        [P7, P4],
        "budget",
        "en",
        RW,
        a=[E7, E4],
        en=True,
    )
    b.compare(
        "which is more big budget, Government Online-Offline platform upgrade or Big Data Resource Platform (Phase II)?",
        [P2, P4],
        "budget",
        True,
        "enn",
        SL,
        a=[E2, E4],
        en=True,
    )
    b.compare(
        "data operation services or Government Online-Offline operations service, who get the lower score?",
        [P7, P1],
        "total",
        False,
        "enn",
        SL,
        a=[E7, E1],
        en=True,
    )
    b.gap(
        "How wide is the gap in execution rate between the Big Data Center's management funding and the "
        "Government Online-Offline platform upgrade?",
        [P6, P2],
        "rate",
        "en",
        RW,
        a=[E6, E2],
        en=True,
    )


# -- composed questions ---------------------------------------------------------------------------------
def nesteds(b: Book11) -> None:
    b.nested("得分最低的项目全年预算是多少？", "total", False, "budget", "zh", ZA)
    b.nested("满意度最差的项目，满意度为什么丢分？", "satisfaction", False, "why", "zhc", ZA)
    b.nested("预算最多的项目执行率是多少？", "budget", True, "rate", "zh", ZA)
    b.nested("剩余资金最多的项目评级是什么？", "unspent", True, "grade", "zh", ZA)
    b.nested("扣分最少的项目全年执行数是多少？", "lost", False, "executed", "zh", ZA)
    b.nested(
        "Please state the full-year budget of the lowest-scoring project.", "total", False, "budget", "en", RW
    )
    b.nested(
        "State the reasons given for the deductions of the project with the lowest satisfaction score.",
        "satisfaction",
        False,
        "why",
        "en",
        RW,
    )
    b.nested("the project who spend most money, what is it score?", "executed", True, "total", "enn", SL)
    b.nested("project with smallest budget, how many point it lose?", "budget", False, "lost", "enn", SL)
    b.nested(
        "For the project that lost the most points, what was the initial budget?",
        "lost",
        True,
        "initial",
        "en",
        RW,
    )


# -- one named indicator or one kind of one project --------------------------------------------------------
def indicators(b: Book11) -> None:
    b.named("数据运营服务的数据治理程度实际完成值是多少？", "数据治理程度", "actual", "zh", ZA, name=P7)
    b.named(
        "资源平台二期的系统安全等级达标率得了几分？",
        "系统安全等级达标率",
        "score",
        "zh",
        ZA,
        name=P4,
        a="资源平台二期",
    )
    b.named("政务云的应用系统上云这一项拿了多少分？", "应用系统上云", "score", "zhc", ZA, name=P5, a="政务云")
    b.named("数据运营的使用方满意目标值定的多少？", "使用方满意", "target", "zhc", ZA, name=P7, a="数据运营")
    b.named("预算金额结算率实际完成了多少？", "预算金额结算率", "actual", "zh", ZA)
    b.indicator("管理经费质量指标扣了几分？", P6, "质量指标", "lost", "zhc", ZA, a="管理经费")
    b.indicator(
        "一网通办运营的社会效益指标得分是多少？", P1, "社会效益指标", "score", "zh", ZA, a="一网通办运营"
    )
    b.indicator("政务云社会效益指标的分值是多少？", P5, "社会效益指标", "weight", "zh", ZA, a="政务云")
    b.named(
        "运维的核心系统连续提供服务能力时长(时/天)实际完成值是多少？",
        "核心系统连续提供服务能力时长(时/天)",
        "actual",
        "zh",
        ZA,
        name=P3,
        a="运维",
    )
    b.named(
        "Please report the target value set for the indicator 数据运营服务能力.",
        "数据运营服务能力",
        "target",
        "en",
        RW,
    )
    b.indicator(
        "How many points did the Government Online-Offline operations service score on its economic benefit "
        "indicator?",
        P1,
        "经济效益指标",
        "score",
        "en",
        RW,
        a=E1,
        en=True,
    )
    b.indicator(
        "infrastructure maintenance project, the satisfaction indicator it lose how many point?",
        P3,
        "服务对象满意度指标",
        "lost",
        "enn",
        SL,
        a=E3,
        en=True,
    )
    b.named(
        "What was the weight of the 故障时间 indicator of the government cloud prepaid service fee project?",
        "故障时间",
        "weight",
        "en",
        RW,
        name=P5,
        a=E5,
        en=True,
    )
    b.indicator(
        "What were the timeliness indicators of the Big Data Center's management funding worth, in points?",
        P6,
        "时效指标",
        "weight",
        "en",
        RW,
        a=E6,
        en=True,
    )


# -- why points were lost ------------------------------------------------------------------------------------
def reasons(b: Book11) -> None:
    b.reason(
        "Please summarise the explanation given for the deductions of the infrastructure maintenance project.",
        P3,
        "en",
        RW,
        a=E3,
        en=True,
    )
    b.reason(
        "What reasons does the form of the data operation services give for the points lost on its quality "
        "indicator?",
        P7,
        "en",
        RW,
        a=E7,
        en=True,
        level2="质量指标",
    )
    b.reason("管理经费为何扣分？请说明。", P6, "zh", ZA, a="管理经费")
    b.reason("一网通办运营的满意度指标为什么扣分？", P1, "zh", ZA, a="一网通办运营", level1=SAT)
    b.reason("why Government Online-Offline platform upgrade lose point?", P2, "enn", SL, a=E2, en=True)
    b.reason("政务云时效指标扣分的原因是什么？", P5, "zh", ZA, a="政务云", level2="时效指标")


# -- rankings and places -------------------------------------------------------------------------------------
def ranks(b: Book11) -> None:
    b.rank("which project have the most big budget?", "budget", True, "enn", SL)
    b.rank("which project get the lowest score in all project?", "total", False, "enn", SL)
    b.rank("who is number two from bottom in execution rate?", "rate", False, "enn", SL, n=2)
    b.rank("give me the three project with most money spend", "executed", True, "enn", SL, n=3, top=True)
    b.rank("which project lose the second most point?", "lost", True, "enn", SL, n=2)
    b.rank("top 2 project for satisfaction score?", "satisfaction", True, "enn", SL, n=2, top=True)
    b.rank("which project has the less money not used?", "unspent", False, "enn", SL)
    b.rank("the fourth project by total score, which one is?", "total", True, "enn", SL, n=4)
    b.rank("which two project have smallest initial budget?", "initial", False, "enn", SL, n=2, top=True)
    b.rank("全年执行数倒数第三的是哪个项目？", "executed", False, "zh", ZA, n=3)
    b.rank("未使用资金第二多的项目是哪个？", "unspent", True, "zh", ZA, n=2)
    b.place(
        "data operation services is number what by total score?", P7, "total", True, "enn", SL, a=E7, en=True
    )
    b.place(
        "Government Online-Offline operations service, what rank it have for money spend?",
        P1,
        "executed",
        True,
        "enn",
        SL,
        a=E1,
        en=True,
    )
    b.place("运维的剩余资金从多到少排第几？", P3, "unspent", True, "zh", ZA, a="运维")
    b.place(
        "In a ranking by full-year budget, what position does the Big Data Center's management funding occupy?",
        P6,
        "budget",
        True,
        "en",
        RW,
        a=E6,
        en=True,
    )


# -- thresholds ----------------------------------------------------------------------------------------------
def filters(b: Book11) -> None:
    b.filter(
        "which project have budget more than 5000 万?", "budget", "gt", 50_000_000, "enn", SL, "money:万"
    )
    b.filter("which projects score is lower than 93 point?", "total", "lt", 93, "enn", SL)
    b.filter("project that execution rate not reach 99.5%, which?", "rate", "lt", 99.5, "enn", SL)
    b.filter("which project lose more than 7 point?", "lost", "gt", 7, "enn", SL)
    b.filter(
        "what projects spend less than 20 million yuan?",
        "executed",
        "lt",
        20_000_000,
        "enn",
        SL,
        "money:million",
    )
    b.filter(
        "which project still have more than 10万 money not used?",
        "unspent",
        "gt",
        100_000,
        "enn",
        SL,
        "money:万",
    )
    b.filter("satisfaction score equal 8, which projects?", "satisfaction", "eq", 8, "enn", SL)
    b.filter("全年预算数不到3000万的项目有哪些？", "budget", "lt", 30_000_000, "zh", ZA, "money:万")
    b.filter_range("总分在92到97之间的有哪些？", "total", 92, 97, "zhc", ZA)
    b.filter(
        "Identify the projects whose initial budget exceeded RMB 25 million.",
        "initial",
        "gt",
        25_000_000,
        "en",
        RW,
        "money:million",
    )
    b.filter_aggregate("which project budget is bigger than average?", "budget", "above_avg", "enn", SL)
    b.filter_aggregate("总分低于中位数的项目有哪些？", "total", "below_median", "zh", ZA)
    b.filter_kind("Which projects report an ecological benefit indicator?", "生态效益指标", "has", "en", RW)
    b.filter_kind("哪些项目的社会效益指标一分没扣？", "社会效益指标", "full", "zh", ZA)
    b.unmet("二期有哪些指标没有达到目标？", P4, "zh", ZA, a="二期")
    b.lacking("which project don't have cost indicator?", "成本指标", "enn", SL)


# -- numbers over every project, groups, listings and stated facts ---------------------------------------------
def totals(b: Book11) -> None:
    b.aggregate(
        "What is the combined executed amount across all seven projects?", "executed", "sum", "en", RW
    )
    b.aggregate("average total score of all project is how much?", "total", "avg", "enn", SL)
    b.aggregate("七个项目的扣分合计是多少？", "lost", "sum", "zh", ZA)
    b.count_kind("有几个项目设置了可持续影响指标？", "可持续影响指标", "has", "zh", ZA)
    b.count_cmp("how many project get more than 95 score?", "total", "gt", 95, "enn", SL)
    b.aggregate("各项目中最低的总分是多少？", "total", "min", "zh", ZA)
    b.group(
        "Please tabulate the points deducted under each first-level indicator, summed over all projects.",
        "level1",
        "deduction",
        "en",
        RW,
    )
    b.group("政务云各二级指标分别扣了多少分？", "level2", "deduction", "zhc", ZA, name=P5, a="政务云")
    b.group(
        "for each first level indicator, what is the score rate of data operation services?",
        "level1",
        "rate",
        "enn",
        SL,
        name=P7,
        a=E7,
        en=True,
    )
    b.listing("把每个项目的扣分都列一下", "lost", "zhc", ZA)
    b.listing("Please list the unspent funds of every project.", "unspent", "en", RW)
    b.prose(
        "管理经费的年度目标完成情况里，工作人员满意度达到了多少？",
        P6,
        r"工作人员满意度达(\d+)%",
        "zh",
        ZA,
        a="管理经费",
        unit="%",
    )
    b.prose(
        "According to its form, how many local standardisation technical guidance documents did the data "
        "operation services issue?",
        P7,
        r"(\d+)项地方标准化指导性技术文件",
        "en",
        RW,
        a=E7,
        en=True,
    )


# -- one project, stated and derived -------------------------------------------------------------------------
def lookups(b: Book11) -> None:
    b.lookup(
        "Please state the full-year budget of the Government Online-Offline operations service.",
        P1,
        "budget",
        "en",
        RW,
        a=E1,
        en=True,
    )
    b.lookup(
        "What was the executed amount reported by the Big Data Center's management funding?",
        P6,
        "executed",
        "en",
        RW,
        a=E6,
        en=True,
    )
    b.lookup(
        "Kindly confirm the execution rate recorded for the infrastructure maintenance project.",
        P3,
        "rate",
        "en",
        RW,
        a=E3,
        en=True,
    )
    b.lookup(
        "What total self-evaluation score was recorded for the government cloud prepaid service fee project?",
        P5,
        "total",
        "en",
        RW,
        a=E5,
        en=True,
    )
    b.derived(
        "What amount of funds remained unspent in the Government Online-Offline platform upgrade?",
        P2,
        "unspent",
        "en",
        RW,
        a=E2,
        en=True,
    )
    b.derived(
        "Which grade does the Big Data Resource Platform (Phase II) attain on the basis of its total score?",
        P4,
        "grade",
        "en",
        RW,
        a=E4,
        en=True,
    )
    b.level1(
        "What was the score rate of the infrastructure maintenance project on its benefit indicators?",
        P3,
        BEN,
        "rate",
        "en",
        RW,
        a=E3,
        en=True,
    )
    b.stated("Which unit implemented the data operation services?", P7, "unit", "en", RW, a=E7, en=True)
    b.lookup("升级改造项目全年执行数多少元？", P2, "executed", "zh", ZA, a="升级改造")
    b.lookup("资源平台二期年初预算是多少？", P4, "initial", "zh", ZA, a="资源平台二期")
    b.derived("一网通办运营一共扣了多少分？", P1, "lost", "zh", ZA, a="一网通办运营")
    b.level1("运维满意度指标得分率是多少？", P3, SAT, "rate", "zh", ZA, a="运维")
    b.lookup(
        "what is the execution rate of government cloud prepaid service fee?",
        P5,
        "rate",
        "enn",
        SL,
        a=E5,
        en=True,
    )


# -- to refuse or ask back -------------------------------------------------------------------------------------
def refusals(b: Book11) -> None:
    # other years
    b.refuse("2022年数据运营服务的执行率是多少？", "year", "zh", ZA)
    b.refuse("what is budget of infrastructure maintenance project in 2020?", "year", "enn", SL)
    b.refuse("Please provide the 2023 self-evaluation scores for these projects.", "year", "en", RW)
    b.refuse("去年一网通办运营得了多少分？", "year", "zh", MT)
    b.refuse("How did the scores change from 2020 to 2021?", "year", "en", MD)
    # other agencies
    b.refuse("上海市卫健委的项目里总分最高的是哪个？", "agency", "zh", ZA)
    b.refuse(
        "Please list the projects of the Shanghai Municipal Education Commission together with their budgets.",
        "agency",
        "en",
        RW,
    )
    b.refuse("project of Guangzhou data bureau, which have highest budget?", "agency", "enn", SL)
    b.refuse("徐汇区数据局有几个项目？", "agency", "zh", MT)
    # off-topic
    b.refuse("帮我订一张明天去北京的高铁票", "offtopic", "zhc", MT)
    b.refuse("Could you draft a short birthday message for my colleague Li Wei?", "offtopic", "en", MD)
    b.refuse("how to write python for read excel file?", "offtopic", "enn", SL)
    b.refuse("今天上证指数收盘多少点？", "offtopic", "zhc", ZA)
    # fields the forms lack
    b.refuse_or_clarify("数据运营服务的合同是哪天签的？", "missing", "zh", ZA)
    b.refuse_or_clarify(
        "Please state the name of the project leader of the infrastructure maintenance project.",
        "missing",
        "en",
        RW,
    )
    b.refuse_or_clarify(
        "how many people work in Big Data Resource Platform (Phase II)?", "missing", "enn", SL
    )
    b.refuse_or_clarify("各项目采用的采购方式分别是什么？", "missing", "zh", ZA)
    b.refuse_or_clarify(
        "What's the contract value with the vendor of the government cloud prepaid service fee project?",
        "missing",
        "en",
        MD,
    )
    b.refuse_or_clarify("管理经费是请哪家第三方机构评价的？", "missing", "zh", MT)
    # projects the corpus lacks
    b.refuse_or_clarify(
        "城市运行一网统管项目得分多少？", "unknown_project", "zh", ZA, missing="城市运行一网统管"
    )
    b.refuse_or_clarify(
        "公共数据开放平台的执行率是多少？", "unknown_project", "zh", MT, missing="公共数据开放"
    )
    b.refuse_or_clarify("what score of the smart parking project?", "unknown_project", "enn", SL)
    b.refuse_or_clarify(
        "Please report the budget of the Citizen Cloud app project.", "unknown_project", "en", RW
    )
    # a fragment naming several projects
    b.refuse_or_clarify("运营服务项目扣了多少分？", "ambiguous", "zh", ZA, fragment="运营服务")
    b.refuse_or_clarify("大数据那个项目的执行率是多少？", "ambiguous", "zhc", MT, fragment="大数据")
    b.refuse_or_clarify("一网通办的满意度得了几分？", "ambiguous", "zh", ZA, fragment="一网通办")
    b.refuse_or_clarify("基础设施项目剩了多少钱？", "ambiguous", "zhc", MT, fragment="基础设施")
    b.ambiguous_en("What was the budget of the Government Online-Offline project?", [P1, P2], "en", MD)
    b.ambiguous_en("How many points did the big data project lose?", [P4, P6], "en", MD)
    # nothing to refer to, or no one way to read it
    b.refuse_or_clarify("那它一共扣了多少分？", "vague", "zh", MT)
    b.refuse_or_clarify("And why did it lose points?", "vague", "en", MD)
    b.refuse_or_clarify("倒数的那个呢？", "vague", "zh", MT)
    b.refuse_or_clarify("What about the other one?", "vague", "en", MD)
    b.refuse_or_clarify("换成总分呢？", "vague", "zh", MT)
    b.refuse_or_clarify("Which projects are considered strategic priorities?", "unclear", "en", MD)
    b.refuse_or_clarify("哪些项目算是重点项目？", "unclear", "zh", MT)


SECTIONS = (
    meeting_zh,
    meeting_en,
    compares,
    nesteds,
    indicators,
    reasons,
    ranks,
    filters,
    totals,
    lookups,
    refusals,
)


def build_book(records: list[dict[str, Any]] | None = None) -> Book11:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    book = book_of(Book11, "k", sample_records() if records is None else records)
    return written(book, SECTIONS)


def write_free11() -> dict[Path, int]:
    """Rewrite free11_sample.jsonl; return how many items it holds."""
    return write_items(FREE11_SAMPLE, build_book().items)
