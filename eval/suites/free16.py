"""A sixteenth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Five people who have never used the bot ask: a
reviewer of a provincial finance department comparing this agency's forms with others' (请列示,
经核, 孰高, 位列, 请测算); a new staff member of the agency itself, who calls the projects by the
nicknames heard in the office (数运, 网办运营, 通办平台, 设施运维, 云预付, 管经费, 中心经费) and asks
in a few words; a news editor fact-checking the numbers of a draft (据报道…是否属实, 稿件写…, 核实一下,
Is it true that …?, Did … really …?), who always wants the right figure too; a member of a
budget committee asking for lists, totals, counts and averages; and a foreign consultant who
writes plain English that is not always grammatical (what is reason …, how many points it lose).
About three in five questions are Chinese. The weight is on yes-no checks whose gold is the value
or the list behind the check, on conversations of two to four turns (a follow-up that narrows the
list, switches the measure or the project, asks why, which ones, and the others, or compares
with the one before), on indicators (one named indicator's target, actual, weight, score or
points lost; the indicators of a kind; those that lost points or missed the target), on rankings
asked where no tie stands at the asked place, thresholds, derived values (unspent balance, budget
change, points lost, a spending share), nested questions and comparisons. More than forty
questions must be refused or asked back: other years and agencies, fields the forms lack,
off-topic requests, fragments that fit several projects, projects the corpus lacks, two unrelated
questions in one turn and questions with nothing to refer to. Each question stands next to the
oracle call (eval/suites/free_book.py, Book8 of eval/suites/free8.py, Book9 of
eval/suites/free9.py, Book11 of eval/suites/free11.py, Book14 of eval/suites/free14.py and Book16
below) that answers it; ``python -m eval.suites build-free16`` writes ``free16_sample.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book16 reads only the
  oracle's tables and the export records, never ``bot``);
- a yes-no check also needs the value (or the list) it checks, and its gold is that value or list,
  whether the claim checked is true or false;
- 预算 alone is used only where 年初预算数 and 全年预算数 agree;
- a level-1 subtotal of 产出指标 or 效益指标 is not asked of the two forms that print their 时效指标
  row under 效益指标 (“一网通办”运营服务 and the government-cloud fees);
- a list of indicator names never holds a name that is itself a kind label;
- a ranking is asked only where no tie stands at or before the asked place, and a threshold
  equal to some project's value only in words that say whether the bound is included;
- a shortened Chinese project name singles out its project (tests/test_free16_suite.py checks
  it), each of the seven English renderings stands for one project, and a fragment that fits
  several projects is asked only where asking back is right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.suites import sample_records
from eval.suites.context import FIELDS, item
from eval.suites.free9 import book_of
from eval.suites.free11 import Book11
from eval.suites.free14 import LABELS, Book14
from eval.suites.free_book import Ref, write_items, written

FREE16_SAMPLE = Path(__file__).parent / "free16_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"
SAT2 = "服务对象满意度指标"

# The English renderings of the names, one each (recorded apart: no substring test can check them)
E1 = "one-stop portal operation service"
E2 = "2021 portal system upgrade"
E3 = "infra ops & maintenance"
E4 = "big data resource platform phase II"
E5 = "gov cloud prepaid service fee"
E6 = "center management budget"
E7 = "data operation service project"

RV, NS, ED, BC, FC = (
    "persona:province-reviewer",
    "persona:new-staff",
    "persona:news-editor",
    "persona:budget-committee",
    "persona:consultant",
)
YN = "check:yes-no"


def r(words: str, name: str) -> Ref:
    """A Chinese reference (the words a turn uses for a project)."""
    return Ref(words, name)


def e(words: str, name: str) -> Ref:
    """An English rendering of a project's name."""
    return Ref(words, name, True)


@dataclass
class Book16(Book14, Book11):
    """Book14 and Book11 with the conversations this suite needs beyond them: a last turn asking
    the indicators of the project talked about (of a kind, that lost points or missed the
    target), the projects left over or passing a test on an indicator kind, one named
    indicator's weight or points lost, points lost on the funds row, and a sum of a field over
    the projects talked about."""

    def __repr__(self) -> str:
        return f"<Book16 {self.prefix}: {len(self.items)} items>"

    def follow_rows(
        self,
        turns: list[str],
        name: str,
        kind: str | None,
        what: str,
        lang: str,
        *more: str,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks the indicators of a project (of a kind, or all):
        all of them, those that lost points, kept every point, or missed the target."""
        rows, keep = self._select(name, kind, what)
        gold = self._names_gold(keep, [name])
        t = self._tags(lang, refs, ["follow-up", f"indicators:{what}", *more])
        self._add(item("follow_up", "follow-up", "list", turns, gold, self.o.ids(rows), t), refs)

    def follow_projects(
        self, turns: list[str], hit: list[str], rows: list[str], lang: str, *more: str
    ) -> None:
        """A conversation whose last turn asks which projects (hit, from the oracle's sets)."""
        if not hit:
            raise ValueError(f"{turns}: no project")
        gold = {"items": hit, "universe": "project"}
        t = self._tags(lang, [], ["follow-up", *more])
        self._add(item("follow_up", "follow-up", "list", turns, gold, rows, t))

    def follow_indicator(
        self,
        turns: list[str],
        name: str,
        indicator: str,
        what: str,
        lang: str,
        *more: str,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks the weight, score or points lost of an indicator
        named (as the form states it) in an earlier turn."""
        if indicator not in " ".join(turns):
            raise ValueError(f"{turns!r} do not copy {indicator!r}")
        ind = self.o.indicators
        rows = ind[(ind.name == indicator) & (ind.project == name)]
        if len(rows) != 1:
            raise ValueError(f"{name}: {indicator!r} has {len(rows)} rows")
        column = {"score": "score", "weight": "weight", "lost": "deduction"}[what]
        gold = {
            "value": round(float(rows.iloc[0][column]), 4),
            "unit": "分",
            "tolerance": 0.01,
            "projects": [name],
        }
        t = ["follow-up", "named", *more]
        self._number("follow_up", "follow-up", turns, gold, self.o.ids(rows), lang, t, refs)

    def follow_column(
        self, turns: list[str], name: str, column: str, lang: str, *more: str, refs: Sequence[Ref] = ()
    ) -> None:
        """A conversation whose last turn asks the points lost on the funds row (funds_lost) or on
        the indicators alone (indicator_lost)."""
        gold = {
            "value": round(float(self.o.value(name, column)), 4),
            "unit": "分",
            "tolerance": 0.01,
            "projects": [name],
        }
        if column == "indicator_lost":
            rows = self.o.ids(self.o.indicator_rows(name))
        else:
            rows = [self.o.row(name, "funds")]
        t = ["follow-up", f"derived:{column}", *more]
        self._number("follow_up", "follow-up", turns, gold, rows, lang, t, refs)

    def follow_sum(
        self, turns: list[str], f: str, names: Sequence[str], lang: str, *more: str, refs: Sequence[Ref] = ()
    ) -> None:
        """A conversation whose last turn asks the sum of a field over the projects talked about."""
        gold = {
            "value": round(sum(self._column(f, names).values()), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        t = ["follow-up", "sum", *more]
        self._number("follow_up", "follow-up", turns, gold, self.rows(f, names), lang, t, refs)

    def follow_rowcount(
        self,
        turns: list[str],
        name: str,
        what: str,
        lang: str,
        *more: str,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks how many indicators of a project lost points
        (deducted) or missed the target (unmet)."""
        rows, keep = self._select(name, None, what)
        if keep.empty or any(n in LABELS for n in keep.name):
            raise ValueError(f"{name}: no {what} indicators, or a kind label among them")
        gold = {"value": float(len(keep)), "tolerance": 0.0, "projects": [name]}
        t = ["follow-up", "count", f"indicators:{what}", *more]
        self._number("follow_up", "follow-up", turns, gold, self.o.ids(rows), lang, t, refs)


# -- stated fields of one project (many of them checks of a claimed value) --------------------------
def lookups(b: Book16) -> None:
    b.lookup(
        "经核，基础设施-运维项目全年执行数是否为71,503,177元？请给出表内数值。", P3, "executed", "zhf", RV, YN
    )
    b.lookup("据报道，数据运营服务项目全年执行数为8800万元，是否属实？", P7, "executed", "zh", ED, YN)
    b.lookup(
        "稿件写“‘一网通办’运营服务年初预算1.8亿元”，准确数字是多少？",
        P1,
        "initial",
        "zh",
        ED,
        a="一网通办’运营服务",
    )
    b.lookup(
        f"Is it true that the {E2} had a full-year budget of about 17.7 million yuan? Give the exact figure.",
        P2,
        "budget",
        "en",
        ED,
        YN,
        a=E2,
        en=True,
    )
    b.lookup("管经费今年年初批了多少预算？", P6, "initial", "zhc", NS, a="管经费")
    b.lookup("云预付那个项目执行率到底多少啊", P5, "rate", "zhc", NS, a="云预付")
    b.lookup(
        "请核实上海市大数据资源平台（二期）的执行率得分，表内填报为多少？", P4, "funds_score", "zhf", RV, YN
    )
    b.lookup(
        f"What is the money actually spent by the {E5} in 2021?", P5, "executed", "enn", FC, a=E5, en=True
    )
    b.lookup(f"Total score of {E4}, please?", P4, "total", "enn", FC, a=E4, en=True)
    b.lookup(
        f"Did the {E6} really end 2021 with a score of 88.58? What figure is on the form?",
        P6,
        "total",
        "en",
        ED,
        YN,
        a=E6,
        en=True,
    )
    b.lookup("数据运营服务满意度指标是不是满分？得了几分？", P7, "satisfaction", "zh", BC, YN)
    b.lookup("设施运维的总分是多少来着", P3, "total", "zhc", NS, a="设施运维")
    b.stated("大数据中心管理工作经费项目的主管部门是哪个单位？", P6, "department", "zhf", RV)
    b.lookup(f"How much was the execution rate for {E7}?", P7, "rate", "enn", FC, a=E7, en=True)
    b.lookup(
        "有媒体称政务云服务费项目执行率达到100%，这一说法属实吗？执行率是多少？",
        P5,
        "rate",
        "zh",
        ED,
        YN,
        a="政务云服务费",
    )
    b.lookup(f"what is initial budget of {E3}?", P3, "initial", "enn", FC, a=E3, en=True)
    b.lookup("通办平台升级那个项目，执行数是多少？", P2, "executed", "zhc", NS, a="通办平台")


# -- derived values of one project ------------------------------------------------------------------
def derived(b: Book16) -> None:
    b.derived(
        "据报道，管理工作经费年中被调减预算约460万元，是否属实？调减了多少？",
        P6,
        "change",
        "zh",
        ED,
        YN,
        a="管理工作经费",
    )
    b.derived("请测算基础设施-运维项目全年预算数与全年执行数之差。", P3, "unspent", "zhf", RV)
    b.derived("通办平台最后没花完的钱有多少？", P2, "unspent", "zhc", NS, a="通办平台")
    b.derived("数据运营服务项目的资金有没有结余？结余多少？", P7, "unspent", "zh", BC, YN)
    b.derived(
        f"Is it true that the {E5} left only 100 yuan unspent?", P5, "unspent", "en", ED, YN, a=E5, en=True
    )
    b.derived(f"how many points the {E1} lose from 100?", P1, "lost", "enn", FC, a=E1, en=True)
    b.derived("上海市政务云基础设施服务费（预付费）自评总分距满分相差几分？", P5, "lost", "zhf", RV)
    b.derived("稿件称二期项目丢了7分多，请核实具体扣了多少分。", P4, "lost", "zh", ED, YN, a="二期")
    b.derived("中心经费是优还是良？", P6, "grade", "zhc", NS, YN, a="中心经费")
    b.derived(
        f"Did the {E7} earn an 'excellent' rating? Which grade did it get?",
        P7,
        "grade",
        "en",
        ED,
        YN,
        a=E7,
        en=True,
    )
    b.derived(
        "据称2021升级改造项目评级为“良”，是否属实？实际等级是什么？",
        P2,
        "grade",
        "zh",
        ED,
        YN,
        a="2021升级改造",
    )
    b.derived("基础运维一共丢了几分", P3, "lost", "zhc", NS, a="基础运维")
    b.derived(
        f"Was the {E2}'s budget changed during the year, and by how much?",
        P2,
        "change",
        "en",
        ED,
        YN,
        a=E2,
        en=True,
    )
    b.derived_column("数据运营服务项目三级指标合计扣分多少？", P7, "indicator_lost", "zhf", RV)
    b.derived_column(
        "报道说管理工作经费因执行率丢了两分多，是否属实？执行率得分实际少了几分？",
        P6,
        "funds_lost",
        "zh",
        ED,
        YN,
        a="管理工作经费",
    )
    b.spent_share(
        f"If I divide spent money by the first budget for {E6}, what percent I get?",
        P6,
        "initial",
        "enn",
        FC,
        a=E6,
        en=True,
    )
    b.spent_share("设施运维执行数占全年预算数的比重是多少？", P3, "budget", "zh", BC, a="设施运维")
    b.spent_gap("管经费年初批的预算和实际花的差多少？", P6, "zhc", NS, a="管经费")
    b.level1("资源平台的满意度指标得分率是多少？", P4, SAT, "rate", "zh", BC, a="资源平台")
    b.level1("数据运营服务效益指标合计得分多少？", P7, BEN, "score", "zhf", RV)
    b.level1(
        f"For {E3}, how many points in output indicators total?", P3, OUT, "score", "enn", FC, a=E3, en=True
    )


# -- one indicator ----------------------------------------------------------------------------------
def indicators(b: Book16) -> None:
    b.named(
        "报道称质量问题整改率实际只完成了70%，是否属实？实际完成值是多少？",
        "质量问题整改率",
        "actual",
        "zh",
        ED,
        YN,
    )
    b.named("系统验收通过率的年度指标值为多少？", "系统验收通过率", "target", "zhf", RV)
    b.named("故障时间那条指标得了几分？", "故障时间", "score", "zhc", NS)
    b.named(
        "What is the weight of 市政府各部门基础设施共建共用 indicator?",
        "市政府各部门基础设施共建共用",
        "weight",
        "enn",
        FC,
    )
    b.named(
        "Is it true that the 数据治理程度 indicator only reached 80%?", "数据治理程度", "actual", "en", ED, YN
    )
    b.named("数据运营服务及时性这条指标实际完成值是多少？", "数据运营服务及时性", "actual", "zh", BC)
    b.named("系统功能模块使用率扣分多少？", "系统功能模块使用率", "lost", "zhf", RV)
    b.named("What target was set for 数据运营服务能力?", "数据运营服务能力", "target", "enn", FC)
    b.named("维护系统数量这条分值多少？", "维护系统数量", "weight", "zhc", NS)
    b.named(
        "核心系统连续提供服务能力时长(时/天)的实际完成值是怎么填的？",
        "核心系统连续提供服务能力时长(时/天)",
        "actual",
        "zhf",
        RV,
    )
    b.named(
        "二期里系统安全等级达标率是不是满分？得了几分？",
        "系统安全等级达标率",
        "score",
        "zh",
        BC,
        YN,
        name=P4,
        a="二期",
    )
    b.named(
        "设施运维的使用者满意度是满分吗？得了多少分？",
        "使用者满意度",
        "score",
        "zhc",
        NS,
        YN,
        name=P3,
        a="设施运维",
    )
    b.named(
        f"Did the {E5} lose points on 系统上线及时性? How many?",
        "系统上线及时性",
        "lost",
        "en",
        ED,
        YN,
        name=P5,
        a=E5,
        en=True,
    )
    b.named("What is the target value of 长效管理制度?", "长效管理制度", "target", "enn", FC)
    b.named(
        "Is it true that 服务内容接入、服务能力输出、其他服务保障 got full marks? What score was given?",
        "服务内容接入、服务能力输出、其他服务保障",
        "score",
        "en",
        ED,
        YN,
    )
    b.named(
        "稿件写基础设施运维维护了1529个系统，“维护系统数量”实际完成值是不是这个数？",
        "维护系统数量",
        "actual",
        "zh",
        ED,
        YN,
    )
    b.named("应用系统上云扣了几分，扣分多吗？", "应用系统上云", "lost", "zh", BC, YN)
    b.indicator("数据运营服务成本指标实际完成值填报为多少？", P7, "成本指标", "actual", "zhf", RV)
    b.indicator("升级改造项目时效指标的分值是多少？", P2, "时效指标", "weight", "zh", BC, a="升级改造")
    b.indicator("网办运营质量指标扣了几分？", P1, "质量指标", "lost", "zhc", NS, a="网办运营")
    b.indicator(
        f"For {E7}, how many points it got on the ecology benefit indicator?",
        P7,
        "生态效益指标",
        "score",
        "enn",
        FC,
        a=E7,
        en=True,
    )
    b.indicator(
        "管理工作经费质量指标的年度指标值是什么？", P6, "质量指标", "target", "zh", ED, a="管理工作经费"
    )
    b.indicator(
        f"How many points the {E4} got on timeliness indicator?",
        P4,
        "时效指标",
        "score",
        "enn",
        FC,
        a=E4,
        en=True,
    )


# -- indicators of a kind, that lost points or missed the target -----------------------------------
def indicator_filters(b: Book16) -> None:
    b.kind_list("请列示数据运营服务项目未达年度指标值的三级指标。", P7, None, "unmet", "zhf", RV)
    b.kind_list("网办运营哪些指标没完成目标？", P1, None, "unmet", "zhc", NS, a="网办运营")
    b.kind_list(f"Which indicators of the {E4} lose points?", P4, None, "deducted", "enn", FC, a=E4, en=True)
    b.kind_list("设施运维效益指标下面有哪些三级指标？", P3, BEN, "all", "zhc", NS, a="设施运维")
    b.kind_list(
        "各项目社会效益指标中，实际完成值低于年度指标值的有哪些？", None, "社会效益指标", "unmet", "zhf", RV
    )
    b.kind_list("经济效益指标丢了分的有哪几条？", None, "经济效益指标", "deducted", "zh", BC)
    b.kind_list(
        "Among all satisfaction indicators, which ones kept full marks?", None, SAT2, "full", "en", ED
    )
    b.kind_list("数运效益指标里哪条扣了分？", P7, BEN, "deducted", "zhc", NS, a="数运")
    b.kind_list("升级改造项目被扣分的三级指标请列示。", P2, None, "deducted", "zhf", RV, a="升级改造")
    b.kind_list(f"What indicators of {E1} did not reach target?", P1, None, "unmet", "enn", FC, a=E1, en=True)
    b.indicator_where("扣分达到2分或以上的指标一共哪些？", "deduction", "ge", 2, "zh", ED)
    b.indicator_where(
        "In 上海市政务云基础设施服务费（预付费）, which indicators scored more than 15 points?",
        "score",
        "gt",
        15,
        "enn",
        FC,
        name=P5,
    )
    b.filter_kind("哪些项目的服务对象满意度指标未获满分？", SAT2, "deducted", "zhf", RV)
    b.filter_kind("质量指标一分没丢的项目有哪些？", "质量指标", "full", "zh", BC)
    b.filter_kind("Which projects have a sustainable impact indicator?", "可持续影响指标", "has", "enn", FC)
    b.lacking("哪些项目没设成本指标？", "成本指标", "zhc", NS)
    b.filter_kind(
        "Which projects were marked down on the economic-benefit indicator, if any?",
        "经济效益指标",
        "deducted",
        "en",
        ED,
    )
    b.filter_kind("Which projects kept all points for timeliness indicator?", "时效指标", "full", "enn", FC)
    b.filter_kind("是否有项目在社会效益指标上被扣分？有哪些？", "社会效益指标", "deducted", "zh", BC, YN)


# -- thresholds -----------------------------------------------------------------------------------------
def filters(b: Book16) -> None:
    b.filter("全年执行数超过5000万元的项目有哪些？", "executed", "gt", 50_000_000, "zh", BC, "money:5000万元")
    b.filter("执行率低于99.7%的项目请列示。", "rate", "lt", 99.7, "zhf", RV)
    b.filter("是否有项目总分低于90分？是哪个？", "total", "lt", 90, "zh", ED, YN)
    b.filter("结余超过十万的是哪几个？", "unspent", "gt", 100_000, "zhc", NS, "money:十万")
    b.filter_range("Which projects has total score between 92 and 96?", "total", 92, 96, "enn", FC)
    b.filter("年初预算不到三千万元的项目有哪些？", "initial", "lt", 30_000_000, "zh", BC, "money:三千万元")
    b.filter("Which projects were docked more than 5 points?", "lost", "gt", 5, "en", ED)
    b.filter("满意度指标得分不低于9.31分的项目有哪些？", "satisfaction", "ge", 9.31, "zhf", RV)
    b.filter("Projects with budget execution under 99.5%, which?", "rate", "lt", 99.5, "enn", FC)
    b.filter("花了一个亿以上的有哪个？", "executed", "gt", 100_000_000, "zhc", NS, "money:一个亿")
    b.filter_range(
        "全年预算数在2000万元至5000万元之间的项目？",
        "budget",
        20_000_000,
        50_000_000,
        "zh",
        BC,
        "money:2000万元",
    )
    b.filter("丢分在4分以内的项目有哪些？", "lost", "lt", 4, "zh", ED)
    b.filter(
        "Which project has unspent money less than 1,000 yuan?",
        "unspent",
        "lt",
        1_000,
        "enn",
        FC,
        "money:yuan",
    )
    b.filter("总分95分以上的项目请列示。", "total", "gt", 95, "zhf", RV)
    b.filter(
        "List the projects whose full-year budget is over 70 million yuan.",
        "budget",
        "gt",
        70_000_000,
        "en",
        BC,
        "money:million",
    )
    b.filter("执行率没到百分百的有哪些？", "rate", "lt", 100, "zhc", NS)
    b.filter("Is there any project scoring below 92? Which ones?", "total", "lt", 92, "en", ED, YN)
    b.filter("据报道有项目满意度得分不足7分，是否属实？是哪个项目？", "satisfaction", "lt", 7, "zh", ED, YN)


def aggregate_filters(b: Book16) -> None:
    b.filter_aggregate("总分高于七个项目平均分的有哪些？", "total", "above_avg", "zh", BC)
    b.filter_aggregate(
        "Which projects spent more than the average spending?", "executed", "above_avg", "enn", FC
    )
    b.filter_aggregate("扣分高于中位数的项目请列示。", "lost", "above_median", "zhf", RV)
    b.filter_aggregate(
        "Which projects have a satisfaction score below the average of all seven?",
        "satisfaction",
        "below_avg",
        "en",
        ED,
    )
    b.filter_aggregate("结余比平均数少的有哪些？", "unspent", "below_avg", "zhc", NS)


# -- rankings and places ----------------------------------------------------------------------------
def ranks(b: Book16) -> None:
    b.rank("按全年执行数由高到低，位列第三的项目是哪个？", "executed", True, "zhf", RV, n=3)
    b.rank("Which project came second from the bottom on total score?", "total", False, "en", ED, n=2)
    b.rank("扣分最多的三个项目分别是？", "lost", True, "zh", BC, n=3, top=True)
    b.rank("哪个项目满意度最低？", "satisfaction", False, "zhc", NS)
    b.rank("Which project have the smallest initial budget?", "initial", False, "enn", FC)
    b.place(
        "上海市“一网通办”平台信息系统（2021升级改造）的全年执行数在七个项目中从高到低排第几？",
        P2,
        "executed",
        True,
        "zhf",
        RV,
    )
    b.place(
        f"Where does the {E7} rank by points lost, counting from the most?",
        P7,
        "lost",
        True,
        "en",
        ED,
        a=E7,
        en=True,
    )
    b.place("设施运维结余从多到少能排第几？", P3, "unspent", True, "zhc", NS, a="设施运维")
    b.rank("执行率倒数第二的是哪个项目？", "rate", False, "zh", BC, n=2)
    b.rank("Give me two projects with lowest total score.", "total", False, "enn", FC, n=2, top=True)
    b.rank("全年预算数排名第四的项目为？", "budget", True, "zhf", RV, n=4)
    b.rank("结余第二多的是哪个项目？", "unspent", True, "zh", ED, n=2)
    b.rank("Which project is second best in satisfaction score?", "satisfaction", True, "enn", FC, n=2)
    b.place(
        f"What place is the {E5} by full-year budget, from the biggest?",
        P5,
        "budget",
        True,
        "enn",
        FC,
        a=E5,
        en=True,
    )
    b.place(
        "据报道数运总分排倒数第二，是否属实？从低往高排第几？", P7, "total", False, "zh", ED, YN, a="数运"
    )


# -- numbers over every project -----------------------------------------------------------------------
def aggregates(b: Book16) -> None:
    names = b.o.names()
    b.aggregate("七个项目全年预算数合计多少？", "budget", "sum", "zh", BC)
    b.aggregate("七个项目年初预算总额是多少？", "initial", "sum", "zh", BC)
    b.aggregate("What was the mean self-evaluation total across the seven forms?", "total", "avg", "en", ED)
    b.count_cmp("总分达到95分及以上的项目有几个？", "total", "ge", 95, "zhf", RV)
    b.count_kind(
        "On quality indicators, how many projects were docked any points?", "质量指标", "deducted", "enn", FC
    )
    b.count_all("咱们中心这次一共报了几个项目的自评表？", "zhc", NS)
    b.aggregate("七个项目中扣分最多的扣了多少分？", "lost", "max", "zh", BC)
    b.aggregate("What is the lowest execution rate among the seven?", "rate", "min", "en", ED)
    b.aggregate("全年预算数的中位数是多少？", "budget", "median", "zhf", RV)
    b.count(
        "据报道，执行率达到100%的项目有三个，是否属实？实际有几个？",
        b.passing("rate", "ge", 100),
        b.rows("rate", names),
        "zh",
        ED,
        YN,
    )
    b.aggregate("所有项目合计被扣了多少分？", "lost", "sum", "zh", BC)
    b.count_kind(
        "How many projects have an ecology benefit indicator at all?", "生态效益指标", "has", "enn", FC
    )


def groups(b: Book16) -> None:
    b.group("各类二级指标合计得分分别是多少？", "level2", "score", "zh", BC)
    b.group("数据运营服务项目按一级指标分类，得分率各是多少？", "level1", "rate", "zhf", RV, name=P7)
    b.group(
        f"For {E4}, points lost by each second-level indicator type?",
        "level2",
        "deduction",
        "enn",
        FC,
        name=P4,
        a=E4,
        en=True,
    )
    b.group("管经费按二级指标分别扣了多少？", "level2", "deduction", "zhc", NS, name=P6, a="管经费")
    b.group(
        "Break down the points lost by second-level indicator type across all projects.",
        "level2",
        "deduction",
        "en",
        ED,
    )


def listings(b: Book16) -> None:
    b.listing("请把七个项目的年初预算数逐一列出。", "initial", "zh", BC)
    b.listing("Give execution rate for each project.", "rate", "enn", FC)
    b.listing("各项目满意度指标得分请逐项列示。", "satisfaction", "zhf", RV)
    b.listing("List every project with its grade, please.", "grade", "en", ED)


# -- comparisons ----------------------------------------------------------------------------------------
def compares(b: Book16) -> None:
    b.compare(
        "基础设施-运维与上海市政务云基础设施服务费（预付费）相比，全年执行数孰高？",
        [P3, P5],
        "executed",
        True,
        "zhf",
        RV,
    )
    b.compare(
        "有报道称二期项目得分高于政务云，是否属实？两者总分各多少？",
        [P4, P5],
        "total",
        True,
        "zh",
        ED,
        YN,
        a=["二期", "政务云"],
    )
    b.compare("数运和网办运营，谁扣分少？", [P7, P1], "lost", False, "zhc", NS, a=["数运", "网办运营"])
    b.compare(
        "管理工作经费和二期项目，哪个结余更多？",
        [P6, P4],
        "unspent",
        True,
        "zh",
        BC,
        a=["管理工作经费", "二期"],
    )
    b.compare(
        f"Which one has higher execution rate: {E6} or {E4}?",
        [P6, P4],
        "rate",
        True,
        "enn",
        FC,
        a=[E6, E4],
        en=True,
    )
    b.compare(
        f"Is it true that the {E7} outscored the {E6}? Give both totals.",
        [P7, P6],
        "total",
        True,
        "en",
        ED,
        YN,
        a=[E7, E6],
        en=True,
    )
    b.compare(
        "一网通办运营服务、数据运营服务、基础设施-运维三个项目满意度指标得分比较，最高者为？",
        [P1, P7, P3],
        "satisfaction",
        True,
        "zhf",
        RV,
        a=["一网通办运营服务", None, None],
    )
    b.compare(
        f"Which spent a larger share of its budget, the {E2} or the {E3}?",
        [P2, P3],
        "rate",
        True,
        "en",
        ED,
        a=[E2, E3],
        en=True,
    )
    b.compare(
        "年初预算数，管理工作经费和资源平台二期谁多？",
        [P6, P4],
        "initial",
        True,
        "zh",
        BC,
        a=["管理工作经费", "资源平台二期"],
    )
    b.gap(
        "一网通办运营服务和政务云两个项目全年预算数相差多少？",
        [P1, P5],
        "budget",
        "zh",
        BC,
        a=["一网通办运营服务", "政务云"],
    )
    b.gap("设施运维和资源平台扣分差几分？", [P3, P4], "lost", "zhc", NS, a=["设施运维", "资源平台"])
    b.gap(
        f"What is difference in total score between {E2} and {E6}?",
        [P2, P6],
        "total",
        "enn",
        FC,
        a=[E2, E6],
        en=True,
    )
    b.gap(
        "报道称数据运营服务比升级改造多花了七千多万，是否属实？实际相差多少？",
        [P7, P2],
        "executed",
        "zh",
        ED,
        YN,
        a=[None, "升级改造"],
    )
    b.compare_kind(
        "质量指标得分方面，数据运营服务与大数据中心管理工作经费孰低？",
        [P7, P6],
        "质量指标",
        False,
        "zhf",
        RV,
    )
    b.compare_kind(
        f"On timeliness indicator, who scored more, {E3} or {E5}?",
        [P3, P5],
        "时效指标",
        True,
        "enn",
        FC,
        a=[E3, E5],
        en=True,
    )
    b.compare(
        "云预付跟通办平台比，哪个总分高？", [P5, P2], "total", True, "zhc", NS, a=["云预付", "通办平台"]
    )


# -- why points were lost ---------------------------------------------------------------------------
def reasons(b: Book16) -> None:
    b.reason(
        "上海市大数据资源平台（二期）系统功能模块使用率扣分的原因是什么？",
        P4,
        "zhf",
        RV,
        level2="社会效益指标",
    )
    b.reason("云预付为啥丢分？", P5, "zhc", NS, a="云预付")
    b.reason(
        f"Why did the {E1} lose points on economic benefit?",
        P1,
        "en",
        ED,
        a=E1,
        en=True,
        level2="经济效益指标",
    )
    b.reason(f"what is reason {E7} lose points?", P7, "enn", FC, a=E7, en=True)
    b.reason("管理工作经费各项指标扣分，说明的是什么原因？", P6, "zh", BC, a="管理工作经费")
    b.reason("基础设施-运维满意度指标扣分的偏差原因是什么？", P3, "zhf", RV, level1=SAT)
    b.reason("2021升级改造项目满意度没拿满，表里怎么解释的？", P2, "zh", ED, a="2021升级改造", level1=SAT)


# -- nested questions -----------------------------------------------------------------------------------
def nesteds(b: Book16) -> None:
    b.nested("全年执行数最高的项目，其总分为多少？", "executed", True, "total", "zhf", RV)
    b.nested(
        "The project with the lowest satisfaction score: what grade did it get?",
        "satisfaction",
        False,
        "grade",
        "en",
        ED,
    )
    b.nested("扣分最少的项目结余多少钱？", "lost", False, "unspent", "zh", BC)
    b.nested("结余最多那个项目为什么扣分？", "unspent", True, "why", "zhc", NS)
    b.nested(
        "For project with smallest full-year budget, what is execution rate?",
        "budget",
        False,
        "rate",
        "enn",
        FC,
    )
    b.nested_list("满意度最差的项目，有哪些指标扣了分？", "satisfaction", False, None, "deducted", "zh", BC)
    b.nested_list(
        "The project with most spending, which indicators missed target?",
        "executed",
        True,
        None,
        "unmet",
        "enn",
        FC,
    )
    b.nested_gap("扣分最多和最少的两个项目，全年预算数相差多少？", "lost", "budget", "zh", BC)
    b.nested("年初预算最少的项目总分是多少？", "initial", False, "total", "zh", ED)
    b.nested(
        "The project that lost most points, how much money was left unspent?",
        "lost",
        True,
        "unspent",
        "enn",
        FC,
    )
    b.nested("执行率垫底的项目是什么等级？", "rate", False, "grade", "zhc", NS)
    b.nested_gap("总分最高与最低的两个项目，实际执行数相差多少？", "total", "executed", "zhf", RV)


def proses(b: Book16) -> None:
    b.prose("请核实基础设施-运维项目全年处理网络报修的数量。", P3, r"处理网络报修总计(\d+)个", "zhf", RV)
    b.prose(
        "According to its goals, how many departments is 数据运营服务 connected with?",
        P7,
        r"对接全市\d+个区、(\d+)个部门",
        "en",
        ED,
    )
    b.prose(
        f"How many local standards the {E7} released?", P7, r"发布了(\d+)项地方标准", "enn", FC, a=E7, en=True
    )
    b.prose(
        "管理工作经费项目工作人员满意度达到了多少？",
        P6,
        r"工作人员满意度达(\d+)%以上",
        "zh",
        BC,
        a="管理工作经费",
        unit="%",
    )
    b.prose(
        "据报道运维全年完成重大网络保障40余次，是否属实？表里写的是多少次？",
        P3,
        r"重大网络保障工作(\d+)余次",
        "zh",
        ED,
        YN,
        a="运维",
    )


# -- conversations --------------------------------------------------------------------------------------
def follow_ups(b: Book16) -> None:
    names = b.o.names()
    b.follow_value(
        ["数运执行率多少？", "那网办运营呢？"], P1, "rate", "zhc", NS, refs=[r("数运", P7), r("网办运营", P1)]
    )
    b.follow_value(
        ["设施运维花了多少钱？", "预算呢？", "那剩下多少？"],
        P3,
        "unspent",
        "zhc",
        NS,
        refs=[r("设施运维", P3)],
    )
    b.follow_why(["管经费得了几分？", "为啥扣分？"], P6, "zhc", NS, refs=[r("管经费", P6)])
    b.follow_value(
        ["哪个项目结余最多？", "它的年初预算是多少？", "全年预算呢？", "调了多少？"],
        b.winner("unspent", True),
        "change",
        "zhc",
        NS,
    )
    over50m = b.passing("budget", "gt", 50_000_000)
    b.follow_list(
        ["请列示全年预算数超过5000万元的项目。", "其中总分最高的是哪个？"],
        b.o.nth("total", 1, True, over50m),
        "total",
        over50m,
        "zhf",
        RV,
    )
    b.follow_list(
        ["请列示执行率低于100%的项目。", "其余项目呢？"],
        b.passing("rate", "ge", 100),
        "rate",
        names,
        "zhf",
        RV,
    )
    b.follow_why(["基础设施-运维被扣了几分？", "原因是什么？"], P3, "zhf", RV)
    b.follow_compare(
        ["上海市政务云基础设施服务费（预付费）的总分是多少？", "与二期相比孰高孰低？"],
        [P5, P4],
        "total",
        True,
        "zhf",
        RV,
    )
    b.follow_list(
        ["扣分最多的是哪个项目？", "第二呢？", "第三呢？"],
        b.o.nth("lost", 3, True, names),
        "lost",
        names,
        "zh",
        BC,
    )
    b.follow_count(
        ["满意度指标被扣分的项目有哪些？", "共几个？"], b.with_kind(SAT, "deducted"), "satisfaction", "zh", BC
    )
    over93 = b.passing("total", "gt", 93)
    b.follow_mean(["总分在93分以上的项目有哪些？", "它们的平均分是多少？"], "total", over93, "zh", BC)
    b.follow_gap(
        ["全年执行数最少的是哪个？", "最多的呢？", "两者差多少？"],
        [b.winner("executed", False), b.winner("executed", True)],
        "executed",
        "zh",
        BC,
    )
    b.follow_why(
        ["据报道二期项目总分92.96分，对吗？", "那它的执行率呢？", "为何满意度只拿了6分？"],
        P4,
        "zh",
        ED,
        YN,
        level1=SAT,
        refs=[r("二期", P4)],
    )
    b.follow_value(
        ["核实一下：政务云项目结余是不是只有100元？", "那运维结余多少？"],
        P3,
        "unspent",
        "zh",
        ED,
        YN,
        refs=[r("政务云", P5), r("运维", P3)],
    )
    b.follow_value(
        [f"Is it true the {E6} had the lowest execution rate?", "What was the rate exactly?"],
        P6,
        "rate",
        "en",
        ED,
        YN,
        refs=[e(E6, P6)],
    )
    b.follow_list(
        [
            "Which project scored highest overall?",
            "And is it also the one that spent the most?",
            "Then who spent the most?",
        ],
        [b.winner("executed", True)],
        "executed",
        names,
        "en",
        ED,
        YN,
    )
    b.follow_place(
        [f"What is total score of {E7}?", "and its rank among seven?"],
        P7,
        "total",
        True,
        "enn",
        FC,
        refs=[e(E7, P7)],
    )
    b.follow_count(
        ["Which projects lost points on timeliness indicator?", "how many are they?"],
        b.with_kind("时效指标", "deducted"),
        "total",
        "enn",
        FC,
    )
    b.follow_why_kind(
        ["Which indicators of 数据运营服务 lose points?", "why the 质量问题整改率 lose points?"],
        P7,
        "质量指标",
        "enn",
        FC,
    )
    b.follow_compare(
        [
            f"{E5}, what is its execution rate?",
            "what about total score?",
            f"compare with {E3}, which higher?",
        ],
        [P5, P3],
        "total",
        True,
        "enn",
        FC,
    )
    b.follow_level1(
        ["二期的满意度得了几分？", "产出指标总共得了多少？"],
        P4,
        OUT,
        "score",
        "zhc",
        NS,
        refs=[r("二期", P4)],
    )
    full = b.passing("rate", "ge", 100)
    b.follow_list(
        ["哪几个项目执行率是100%？", "里面总分最低的是？"],
        b.o.nth("total", 1, False, full),
        "total",
        full,
        "zhc",
        NS,
    )
    b.follow_kind(
        ["请问数据运营服务项目数量指标的年度指标值？", "实际完成值呢？", "该指标得分？"],
        P7,
        "数量指标",
        "score",
        "zhf",
        RV,
    )
    b.follow_why(
        ["经核，各项目中满意度得分最低者为哪个项目？", "其偏差原因为何？"],
        b.winner("satisfaction", False),
        "zhf",
        RV,
        level1=SAT,
    )
    over6 = b.passing("lost", "gt", 6)
    b.follow_sum(["把扣分超过6分的项目列一下。", "这些项目的结余加起来多少？"], "unspent", over6, "zh", BC)
    b.follow_value(
        ["年初预算和全年预算不一样的项目是哪个？", "差额多少？"],
        b.passing("change", "lt", 0)[0],
        "change",
        "zh",
        BC,
    )
    b.follow_list(
        ["Did every project spend at least 99% of its budget?", "Which one did not?"],
        b.passing("rate", "lt", 99),
        "rate",
        names,
        "en",
        ED,
        YN,
    )
    b.follow_value(
        [
            "Is it true that 运维 lost 4 points on its indicators?",
            "How many points did it lose in total, funds row included?",
        ],
        P3,
        "lost",
        "en",
        ED,
        YN,
        refs=[r("运维", P3)],
    )
    b.follow_value(["which project get grade 良?", "what is its total?"], P6, "total", "enn", FC)
    b.follow_compare(
        [f"{E4} spend how much?", f"the {E2}?", "which one more?"], [P4, P2], "executed", True, "enn", FC
    )
    b.follow_indicators(
        ["网办运营哪些指标扣了分？", "扣最多的是哪条？"], P1, "zhc", NS, most=True, refs=[r("网办运营", P1)]
    )
    b.follow_named(
        ["云预付的使用者满意度多少分？", "运维的呢？"],
        P3,
        "使用者满意度",
        "score",
        "zhc",
        NS,
        refs=[r("云预付", P5), r("运维", P3)],
    )
    under95 = b.passing("total", "lt", 95)
    b.follow_list(
        ["请列示总分低于95分的项目。", "上述项目中全年预算数最小的是？"],
        b.o.nth("budget", 1, False, under95),
        "budget",
        under95,
        "zhf",
        RV,
    )
    b.follow_column(
        ["上海市大数据资源平台（二期）执行率多少？", "执行率得分呢？", "这一项离满分还差几分？"],
        P4,
        "funds_lost",
        "zhf",
        RV,
    )
    above = b.passing("total", "gt", b.o.aggregate("total", "avg", names))
    b.follow_count(["每个项目的总分列一下。", "平均多少？", "高于平均的有几个？"], above, "total", "zh", BC)
    full_ben = b.with_kind(BEN, "full")
    b.follow_compare(
        ["效益指标一分没扣的项目有哪些？", "其中结余更多的是哪个？"], full_ben, "unspent", True, "zh", BC
    )
    b.follow_sum(
        ["稿件说七个项目全年预算合计约4.43亿元，核实一下准确数？", "实际执行合计呢？"],
        "executed",
        names,
        "zh",
        ED,
        YN,
    )
    b.follow_list(
        ["数据运营服务是不是扣分第二多？扣了几分？", "第一是谁？"],
        [b.winner("lost", True)],
        "lost",
        names,
        "zh",
        ED,
        YN,
    )
    b.follow_value(
        [
            "Which project had its budget cut during the year?",
            "What was its execution rate against the reduced budget?",
        ],
        b.passing("change", "lt", 0)[0],
        "rate",
        "en",
        ED,
    )
    sat8 = b.passing("satisfaction", "eq", 8)
    b.follow_list(
        ["I want know the projects with satisfaction score 8.", "Among them which one has highest total?"],
        b.o.nth("total", 1, True, sat8),
        "total",
        sat8,
        "enn",
        FC,
    )
    b.follow_rowcount(
        [f"{E1}, how many indicators it has?", "and how many lost points?"],
        P1,
        "deducted",
        "enn",
        FC,
        refs=[e(E1, P1)],
    )
    b.follow_rows(
        ["资源平台有几条指标没达标？", "分别是哪几条？"],
        P4,
        None,
        "unmet",
        "zhc",
        NS,
        refs=[r("资源平台", P4)],
    )
    b.follow_value(
        ["中心经费执行率怎么这么低？多少？", "那执行率得分呢？"],
        P6,
        "funds_score",
        "zhc",
        NS,
        refs=[r("中心经费", P6)],
    )
    b.follow_kind(
        ["请问哪些项目设有成本指标？", "该项目成本指标分值多少？"], P7, "成本指标", "weight", "zhf", RV
    )
    over50k = b.passing("unspent", "gt", 50_000)
    b.follow_list(
        ["请列示结余资金超过5万元的项目。", "按结余从多到少，第二位是？"],
        b.o.nth("unspent", 2, True, over50k),
        "unspent",
        over50k,
        "zhf",
        RV,
    )
    b.follow_compare(["二期和升级改造，哪个预算多？", "执行率呢，哪个高？"], [P4, P2], "rate", True, "zh", BC)
    b.follow_sum(
        [f"How much did the {E3} spend?", f"And the {E5}?", "Both together?"],
        "executed",
        [P3, P5],
        "en",
        ED,
        refs=[e(E3, P3), e(E5, P5)],
    )
    b.follow_value(
        [f"Is the {E6} the only project rated below 'excellent'?", "What is its score then?"],
        P6,
        "total",
        "en",
        ED,
        YN,
        refs=[e(E6, P6)],
    )
    eco = b.with_kind("生态效益指标", "has")
    b.follow_projects(
        ["Tell me the projects that have ecology benefit indicator.", "The others?"],
        [n for n in names if n not in eco],
        b._kind_rows(names),
        "enn",
        FC,
        "others",
    )
    b.follow_indicator(
        ["What's the weight of 质量问题整改率?", "And score got?", "So how many points lost?"],
        P7,
        "质量问题整改率",
        "lost",
        "enn",
        FC,
    )
    b.follow_why_kind(["升级改造满意度扣了多少？", "为什么？"], P2, SAT2, "zhc", NS, refs=[r("升级改造", P2)])
    b.follow_place(
        ["数运总分多少？", "排在第几位？", "倒着数呢？"], P7, "total", False, "zhc", NS, refs=[r("数运", P7)]
    )
    below_avg = b.passing("rate", "lt", b.o.aggregate("rate", "avg", names))
    b.follow_list(
        ["请提供七个项目的执行率。", "执行率低于全部项目平均值的有哪些？"],
        below_avg,
        "rate",
        names,
        "zhf",
        RV,
    )
    b.follow_level1(
        ["满意度满分的项目是哪个？", "它的效益指标得分率多少？"],
        b.winner("satisfaction", True),
        BEN,
        "rate",
        "zh",
        BC,
    )
    b.follow_why(
        [f"Did the {E2} lose points anywhere?", "On which indicator?", "Why?"],
        P2,
        "en",
        ED,
        YN,
        refs=[e(E2, P2)],
    )
    b.follow_gap(
        [
            "Which project has lowest execution rate?",
            "which second lowest?",
            "what is the gap of their rates?",
        ],
        [b.winner("rate", False), b.o.nth("rate", 2, False, names)[0]],
        "rate",
        "enn",
        FC,
    )
    over70m = b.passing("executed", "gt", 70_000_000)
    b.follow_sum(
        [
            "七个项目里执行数超过8000万的有哪些？",
            "放宽到7000万呢？",
            "这几个的全年预算合计？",
            "执行数合计呢？",
        ],
        "executed",
        over70m,
        "zh",
        BC,
    )
    b.follow_value(
        ["核实：升级改造总分97.93，是不是最高？", "第二名是谁？", "第二名的执行数是多少？", "它的结余呢？"],
        b.o.nth("total", 2, True, names)[0],
        "unspent",
        "zh",
        ED,
        YN,
        refs=[r("升级改造", P2)],
    )
    b.follow_rows(
        ["管经费哪些指标扣了分？", "那数运呢？"],
        P7,
        None,
        "deducted",
        "zhc",
        NS,
        refs=[r("管经费", P6), r("数运", P7)],
    )
    b.follow_value(
        ["请问满意度得分最高的项目？", "其全年执行数为多少？", "与全年预算数相比结余多少？"],
        b.winner("satisfaction", True),
        "unspent",
        "zhf",
        RV,
    )
    b.follow_compare(["政务云扣了几分？", "二期呢？", "哪个扣得多？"], [P5, P4], "lost", True, "zh", BC)
    b.follow_named(
        ["系统功能模块使用率的目标是多少？", "实际呢？"], P4, "系统功能模块使用率", "actual", "zh", ED
    )
    b.follow_value(
        [f"What was the full-year budget of the {E7}?", f"And for the {E1}?"],
        P1,
        "budget",
        "en",
        BC,
        refs=[e(E7, P7), e(E1, P1)],
    )


# -- to refuse or ask back --------------------------------------------------------------------------------
def refusals(b: Book16) -> None:
    # other years
    b.refuse("请提供基础设施-运维项目2020年度的自评总分。", "year", "zhf", RV)
    b.refuse("据报道数据运营服务2022年执行率下降，是否属实？", "year", "zh", ED, YN)
    b.refuse("2019年管经费花了多少？", "year", "zhc", NS)
    b.refuse(f"What was the total score of {E7} in 2023?", "year", "enn", FC)
    b.refuse(f"Compare the 2021 and 2020 scores of the {E5}.", "year", "en", ED)
    b.refuse("2022年预算安排了多少给资源平台二期？", "year", "zh", BC)
    # other agencies
    b.refuse("与上海市经信委同类项目相比，本中心项目得分处于什么水平？", "agency", "zhf", RV)
    b.refuse("浙江省大数据发展管理局的项目执行率是多少？", "agency", "zhf", RV)
    b.refuse("How did Guangzhou's data bureau score on similar projects?", "agency", "en", ED)
    b.refuse("Shenzhen government cloud project, what is its budget?", "agency", "enn", FC)
    b.refuse("市公安局有几个项目扣分超过5分？", "agency", "zh", BC)
    # off-topic
    b.refuse("食堂今天中午吃什么？", "offtopic", "zhc", NS)
    b.refuse("OA系统密码忘了怎么办？", "offtopic", "zhc", NS)
    b.refuse("帮我把这篇稿子的标题改得吸引人一点。", "offtopic", "zh", ED)
    b.refuse("Can you recommend a good hotel near People's Square?", "offtopic", "enn", FC)
    b.refuse("Write me a headline about the weather in Shanghai.", "offtopic", "en", ED)
    b.refuse("帮我算一下个税起征点是多少。", "offtopic", "zh", BC)
    # fields the forms lack
    b.refuse_or_clarify("数据运营服务项目的采购方式和供应商名称是什么？", "missing", "zhf", RV)
    b.refuse_or_clarify("运维项目的对接人是谁？电话多少？", "missing", "zhc", NS)
    b.refuse_or_clarify("政务云服务费具体付给了哪三家运营商，各付了多少钱？", "missing", "zh", ED)
    b.refuse_or_clarify("二期项目人员经费占比多少？", "missing", "zh", BC)
    b.refuse_or_clarify(f"What is the contract number of {E4}?", "missing", "enn", FC)
    b.refuse_or_clarify(f"Who signed off the {E6}'s self-evaluation form?", "missing", "en", ED)
    b.refuse_or_clarify(f"How many staff work on {E7}?", "missing", "enn", FC)
    # projects the corpus lacks
    b.refuse_or_clarify("一网统管那个项目得了几分？", "unknown_project", "zhc", NS, missing="一网统管")
    b.refuse_or_clarify("请提供“随申办”市民云项目的执行率。", "unknown_project", "zhf", RV, missing="市民云")
    b.refuse_or_clarify("数字孪生城市项目年初预算多少？", "unknown_project", "zh", BC, missing="数字孪生城市")
    b.refuse_or_clarify(
        "What is score of the Smart Court project?", "unknown_project", "enn", FC, missing="Smart Court"
    )
    b.refuse_or_clarify(
        "Did the 城市运行数字体征 project meet its targets?",
        "unknown_project",
        "en",
        ED,
        missing="城市运行数字体征",
    )
    # fragments fitting several projects
    b.refuse_or_clarify("运营那个项目执行率多少？", "ambiguous", "zhc", NS, fragment="运营")
    b.refuse_or_clarify("请核实名称以上海市开头的那个项目的总分。", "ambiguous", "zhf", RV, fragment="上海市")
    b.refuse_or_clarify("数据那个项目花了多少？", "ambiguous", "zh", BC, fragment="数据")
    b.refuse_or_clarify("稿件里提到的“服务”项目得分是多少？", "ambiguous", "zh", ED, fragment="服务")
    b.ambiguous_en("What is execution rate of the big data project?", [P4, P6], "enn", FC)
    b.ambiguous_en("How many points did the One-Stop project lose?", [P1, P2], "en", ED)
    # two unrelated questions in one turn
    b.refuse_or_clarify("运维花了多少钱？顺便帮我订个会议室。", "two-questions", "zhc", NS)
    b.refuse_or_clarify("二期总分多少？另外帮我查一下明天的天气。", "two-questions", "zh", ED)
    b.refuse_or_clarify(
        f"What is score of {E7}, and also can you book me a taxi?", "two-questions", "enn", FC
    )
    b.refuse_or_clarify("政务云执行率多少？还有今年公务员考试什么时候报名？", "two-questions", "zh", BC)
    b.refuse_or_clarify(
        f"How much did the {E5} spend, and what's the euro exchange rate today?", "two-questions", "en", ED
    )
    # nothing to refer to, or no one way to read it
    b.refuse_or_clarify("它的呢？", "vague", "zhc", NS)
    b.refuse_or_clarify("and what about the other one then?", "vague", "enn", FC)
    b.refuse_or_clarify("综合来看这些项目的绩效管理水平如何？", "unclear", "zhf", RV)
    b.refuse_or_clarify("哪个项目最该砍预算？", "unclear", "zh", BC)


SECTIONS = (
    lookups,
    derived,
    indicators,
    indicator_filters,
    filters,
    aggregate_filters,
    ranks,
    aggregates,
    groups,
    listings,
    compares,
    reasons,
    nesteds,
    proses,
    follow_ups,
    refusals,
)


def build_book(records: list[dict[str, Any]] | None = None) -> Book16:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    book = book_of(Book16, "f16", sample_records() if records is None else records)
    return written(book, SECTIONS)


def write_free16() -> dict[Path, int]:
    """Rewrite free16_sample.jsonl; return how many items it holds."""
    return write_items(FREE16_SAMPLE, build_book().items)
