"""A seventh suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Five people ask: an auditor from a district audit
bureau (区审计局) who checks rather than asks — 是否, 有没有, 有无, 是不是, "Did any project …" —
and whose gold is still the list, number or text that settles the check (the projects that
pass, the figure to hold against the threshold, or a refusal when the forms cannot say); a new
clerk in everyday words (花了, 用了, 剩下, 打了几分, 拿了几分, 钱, 经费, 啥, 咋, 多钱) and web-chat
shorthand (5000w, 2kw, top3, "执行率100%的有几个？"); a senior executive in formal business
English ("Provide the …", "List all projects whose …", "Give me a breakdown of …", "What
proportion of …", "How does X compare with Y on …"); an analyst who copies indicator names
verbatim from the forms (third-level names in 「」, in quotes or bare, often without the
project) and numbers stated only in the 年度总体目标 / 实际完成情况 prose; and a questioner fond
of comparatives and differences (相差多少, 高出几个百分点, 差距, 比…多, 少了多少, 谁更高,
哪个更省, against the average). About thirty questions must be refused or asked back: other
years (the forms are all of 2021, so 2020 and 2022 are refused), other agencies, facts the forms
do not hold (资金到位率, procurement, contracts, heads of project, headcount, start dates,
scoring rubrics), vague questions, a question mixing an answerable and an unanswerable part,
fragments naming several projects, and projects the corpus lacks. Each question stands next to
the oracle call (eval/suites/free_book.py, Book2 of eval/suites/free2.py, Book4 of
eval/suites/free4.py, Book5 of eval/suites/free5.py, Book6 of eval/suites/free6.py and the calls
of Book7 below) that answers it; ``python -m eval.suites build-free7`` writes
``free7_sample.jsonl``.

It exists to find words and sentence shapes the parser does not read yet; once the parser is
tuned on it, it stops measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book7 reads only the
  oracle's tables, never ``bot``);
- a shortened Chinese project name singles out its project (tests/test_free7_suite.py checks it),
  each English rendering stands for one project, and a fragment that fits several projects is
  asked only in an item where asking back is right;
- an indicator name copied from the forms is looked up by the oracle as stated; a question that
  names no project relies on the indicator name belonging to one project alone (checked here).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.context import FIELDS, item
from eval.suites.free6 import Book6
from eval.suites.free_book import PREFIX, Ref, write_items, written
from eval.suites.intents import tags
from eval.suites.ranking import LEVEL_ALIASES

FREE7_SAMPLE = Path(__file__).parent / "free7_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
SAT = "满意度指标"
SAT2 = "服务对象满意度指标"
OUT = "产出指标"
BEN = "效益指标"

# The executive's English renderings of the names, one each (recorded apart: no substring test
# can check them)
E1 = "the Yiwangtongban operations service"
E2 = "the Yiwangtongban platform upgrade"
E3 = "the infrastructure operations and maintenance project"
E4 = "the Big Data Resource Platform Phase II"
E5 = "the prepaid e-government cloud fee"
E6 = "the Big Data Center administrative budget"
E7 = "the data operations services project"

AUDITOR, CLERK, EXECUTIVE, ANALYST, COMPARER = (
    "persona:audit-bureau",
    "persona:new-clerk",
    "persona:executive",
    "persona:verbatim",
    "persona:comparer",
)
NUMBER = re.compile(r"[≥≤<>=]?\s*(\d+(?:\.\d+)?)\s*(%?)")


class Book7(Book6):
    """Book6 with the analyst's and the comparer's calls: one named (third-level) indicator of a
    project — its target, actual, weight, score, points lost or reason — the projects that state
    an indicator of a given name, a project's distance from the average of a field, a gap asked
    at the end of a conversation, and a per-kind breakdown of a project named in English."""

    def _named_rows(self, indicator: str, name: str | None) -> Any:
        ind = self.o.indicators
        rows = ind[ind.name == indicator]
        owners = sorted(set(rows.project))
        if name is None:
            if len(owners) != 1:
                raise ValueError(f"{indicator!r} belongs to {owners}, not one project")
            name = owners[0]
        rows = rows[rows.project == name]
        if len(rows) != 1:
            raise ValueError(f"{name}: {indicator!r} has {len(rows)} rows")
        return name, rows

    def _named_gold(self, rows: Any, what: str) -> tuple[str, dict[str, Any]]:
        if what in ("target", "actual"):
            text = str(rows.iloc[0][what]).strip()
            if not text:
                raise ValueError(f"no {what} stated")
            m = NUMBER.fullmatch(text)
            if m:
                return "number", {"value": float(m.group(1)), "unit": m.group(2) or None}
            return "text", {"answer": text}
        column = {"score": "score", "lost": "deduction", "weight": "weight"}[what]
        return "number", {"value": round(float(rows[column].sum()), 4), "unit": "分", "tolerance": 0.01}

    def named(
        self,
        q: str,
        indicator: str,
        what: str,
        lang: str,
        *more: str,
        name: str | None = None,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """One indicator, named as the form states it, of the project named (or, when the
        question names none, of the only project that has it): target, actual, weight, score
        or points lost."""
        if indicator not in q:
            raise ValueError(f"{q!r} does not copy {indicator!r}")
        said = name is not None
        name, rows = self._named_rows(indicator, name)
        refs = self._refs(name, a, en) if said else []
        answer_type, gold = self._named_gold(rows, what)
        t = self._tags(lang, refs, ["named", *more] if said else ["named", "no-project", *more])
        self._add(
            item(
                "indicator", "indicator", answer_type, [q], {**gold, "projects": [name]}, self.o.ids(rows), t
            ),
            refs,
        )

    def named_reason(
        self,
        q: str,
        indicator: str,
        lang: str,
        *more: str,
        name: str | None = None,
        a: str | None = None,
    ) -> None:
        """Why one named indicator lost points (its stated deviation)."""
        if indicator not in q:
            raise ValueError(f"{q!r} does not copy {indicator!r}")
        said = name is not None
        name, rows = self._named_rows(indicator, name)
        rows = rows[(rows.deduction > 0) & (rows.deviation.str.strip() != "")]
        if rows.empty:
            raise ValueError(f"{indicator!r}: no reason stated")
        texts = [d.strip()[:PREFIX] for d in rows.deviation]
        refs = self._refs(name, a) if said else []
        t = self._tags(lang, refs, ["named", *more] if said else ["named", "no-project", *more])
        gold = {"items": texts, "projects": [name]}
        self._add(item("reason", "reason", "text_all", [q], gold, self.o.ids(rows), t), refs)

    def having(self, q: str, indicator: str, lang: str, *more: str) -> None:
        """The projects whose forms state an indicator of this name."""
        if indicator not in q:
            raise ValueError(f"{q!r} does not copy {indicator!r}")
        ind = self.o.indicators
        owners = set(ind[ind.name == indicator].project)
        hit = [n for n in self.o.names() if n in owners]
        rows = self.o.ids(ind[ind.name == indicator])
        self._project_list("filter_indicator", q, hit, rows, lang, ["named", *more])

    def from_average(
        self, q: str, name: str, f: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """How far one project's field lies from the average over every project (a magnitude)."""
        names = self.o.names()
        col = self._column(f, names)
        mean = statistics.fmean(col.values())
        if abs(col[name] - mean) < 1e-9:
            raise ValueError(f"{q}: at the average")
        refs = self._refs(name, a, en)
        gold = {
            "value": round(abs(col[name] - mean), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": [name],
        }
        self._number("compare", "compare", [q], gold, self.rows(f, names), lang, ["gap", "avg", *more], refs)

    def follow_gap(
        self, turns: list[str], names: Sequence[str], f: str, lang: str, *more: str, refs: Sequence[Ref] = ()
    ) -> None:
        """A conversation whose last turn asks how far apart two projects are on a field."""
        first, second = names
        col = self._column(f, names)
        if abs(col[first] - col[second]) < 1e-9:
            raise ValueError(f"{turns}: equal values")
        gold = {
            "value": round(abs(col[first] - col[second]), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        self._number(
            "follow_up",
            "follow-up",
            turns,
            gold,
            self.rows(f, names),
            lang,
            ["follow-up", "gap", *more],
            refs,
        )

    def follow_named(self, turns: list[str], indicator: str, what: str, lang: str, *more: str) -> None:
        """A conversation about one named indicator whose last turn asks another of its columns."""
        if indicator not in " ".join(turns):
            raise ValueError(f"{turns} do not copy {indicator!r}")
        name, rows = self._named_rows(indicator, None)
        answer_type, gold = self._named_gold(rows, what)
        t = tags(lang, False, "follow-up", "named", *more)
        self._add(
            item(
                "follow_up",
                "follow-up",
                answer_type,
                turns,
                {**gold, "projects": [name]},
                self.o.ids(rows),
                t,
            )
        )

    def follow_mean(
        self, turns: list[str], f: str, names: Sequence[str], rows: list[str], lang: str, *more: str
    ) -> None:
        """A conversation whose last turn asks the average of a field over the set found before."""
        gold = {
            "value": round(self.o.aggregate(f, "avg", list(names)), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        self.follow_number(turns, gold, rows, lang, *more)

    def group(
        self,
        q: str,
        level: str,
        measure: str,
        lang: str,
        *more: str,
        name: str | None = None,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """Book.group with a project that may be named in English."""
        names = [name] if name else self.o.names()
        refs = self._refs(name, a, en) if name else []
        values = self.o.group(level, measure, names)
        unit = "%" if measure == "rate" else "分"
        pairs = [
            {
                "item": k,
                "aliases": LEVEL_ALIASES.get(k, []),
                "value": round(v, 4),
                "unit": unit,
                "tolerance": 0.01,
            }
            for k, v in values.items()
            if measure != "deduction" or v > 1e-9
        ]
        rows = self._kind_rows(names)
        self._add(
            item("group", "group", "per_item", [q], {"pairs": pairs}, rows, self._tags(lang, refs, more)),
            refs,
        )


# -- one project --------------------------------------------------------------------------------
def lookups(b: Book7) -> None:
    b.lookup("政务云那个项目一共花了多少钱", P5, "executed", "zhc", CLERK, a="政务云")
    b.lookup("运维项目用了多少经费啊", P3, "executed", "zhc", CLERK, a="运维")
    b.lookup("数据运营预算多钱", P7, "budget", "zhc", CLERK, a="数据运营")
    b.lookup("一网通办运营打了几分？", P1, "total", "zhc", CLERK, a="一网通办运营")
    b.lookup(
        f"Provide the budget execution rate of {E4}.", P4, "rate", "en", EXECUTIVE, "formal", a=E4, en=True
    )
    b.lookup(
        f"What was the full-year budget allocated to {E5}?",
        P5,
        "budget",
        "en",
        EXECUTIVE,
        "formal",
        a=E5,
        en=True,
    )
    b.lookup(
        f"State the total self-assessment score of {E3}.",
        P3,
        "total",
        "en",
        EXECUTIVE,
        "formal",
        a=E3,
        en=True,
    )
    b.lookup("管理工作经费执行率是否达到了80%？", P6, "rate", "zhf", AUDITOR, a="管理工作经费")
    b.lookup("资源平台二期的预算执行率是不是100%", P4, "rate", "zhf", AUDITOR, a="资源平台二期")
    b.department("数据运营服务的主管部门是不是上海市大数据中心？", P7, "zhf", AUDITOR)
    b.lookup("“一网通办”运营服务 年初预算数", P1, "initial", "zh", ANALYST)
    b.lookup("上海市“一网通办”平台信息系统（2021升级改造） 全年执行数", P2, "executed", "zh", ANALYST)


def derived(b: Book7) -> None:
    b.derived("管理经费还剩下多少钱没花", P6, "unspent", "zhc", CLERK, a="管理经费")
    b.derived("资源平台二期被扣了几分", P4, "lost", "zhc", CLERK, a="资源平台二期")
    b.derived("政务云预算中途变没变，变了多少", P5, "change", "zhc", CLERK, a="政务云")
    b.derived("一网通办平台评了个啥等级", P2, "grade", "zhc", CLERK, a="一网通办平台")
    b.derived(
        f"Provide the unspent balance of {E2}.", P2, "unspent", "en", EXECUTIVE, "formal", a=E2, en=True
    )
    b.derived(f"What rating grade did {E6} receive?", P6, "grade", "en", EXECUTIVE, "formal", a=E6, en=True)
    b.derived(
        f"Provide the number of points lost by {E7}.", P7, "lost", "en", EXECUTIVE, "formal", a=E7, en=True
    )
    b.level1(
        f"What is the score rate of {E1} on benefit indicators?",
        P1,
        BEN,
        "rate",
        "en",
        EXECUTIVE,
        "formal",
        a=E1,
        en=True,
    )
    b.derived("管理工作经费年中是否调整过预算？调整了多少", P6, "change", "zhf", AUDITOR, a="管理工作经费")
    b.derived("数据运营服务有没有结余资金？", P7, "unspent", "zhf", AUDITOR)
    b.unspent_share("中心管理经费结余率有没有超过20%", P6, "zhf", AUDITOR, a="中心管理经费")
    b.level1("基础设施-运维 产出指标 合计得分", P3, OUT, "score", "zh", ANALYST)
    b.level1("上海市大数据资源平台（二期） 满意度指标 得分率", P4, SAT, "rate", "zh", ANALYST)


def indicators(b: Book7) -> None:
    b.indicator("运维的时效指标拿了几分", P3, "时效指标", "score", "zhc", CLERK, a="运维")
    b.indicator("数据运营成本指标咋样，得了多少分", P7, "成本指标", "score", "zhc", CLERK, a="数据运营")
    b.indicator(
        f"Provide the weight assigned to quality indicators for {E4}.",
        P4,
        "质量指标",
        "weight",
        "en",
        EXECUTIVE,
        "formal",
        a=E4,
        en=True,
    )
    b.indicator(
        f"What was the target set for the satisfaction indicator of {E7}?",
        P7,
        SAT2,
        "target",
        "en",
        EXECUTIVE,
        "formal",
        a=E7,
        en=True,
    )
    b.indicator(
        "政务云的满意度指标是否达到目标值？实际完成值是多少", P5, SAT2, "actual", "zhf", AUDITOR, a="政务云"
    )
    b.indicator(
        "一网通办运营的质量指标有没有扣分，扣了几分", P1, "质量指标", "lost", "zhf", AUDITOR, a="一网通办运营"
    )
    # the analyst copies third-level names from the forms
    b.named("「质量问题整改率」的目标值是多少", "质量问题整改率", "target", "zh", ANALYST)
    b.named("「系统功能模块使用率」实际完成值", "系统功能模块使用率", "actual", "zh", ANALYST)
    b.named("“系统故障平均恢复时长” 实际完成值是多少", "系统故障平均恢复时长", "actual", "zh", ANALYST)
    b.named(
        "核心系统连续提供服务能力时长(时/天) 年度指标值",
        "核心系统连续提供服务能力时长(时/天)",
        "target",
        "zh",
        ANALYST,
    )
    b.named("「市政府各部门基础设施共建共用」得分", "市政府各部门基础设施共建共用", "score", "zh", ANALYST)
    b.named("数据运营服务「预算金额结算率」的分值", "预算金额结算率", "weight", "zh", ANALYST, name=P7)
    b.named(
        "上海市政务云基础设施服务费（预付费） 应用系统上云 扣了几分",
        "应用系统上云",
        "lost",
        "zh",
        ANALYST,
        name=P5,
    )
    b.named(
        "「持续拓展服务内容，打造热门服务专栏，汇聚热门服务。」这条指标权重多少",
        "持续拓展服务内容，打造热门服务专栏，汇聚热门服务。",
        "weight",
        "zh",
        ANALYST,
    )
    b.named("「数据治理程度」得了几分", "数据治理程度", "score", "zh", ANALYST)
    b.named("长效管理制度 的目标值", "长效管理制度", "target", "zh", ANALYST)


def listings(b: Book7) -> None:
    b.listing("每个项目都花了多少钱，列一下", "executed", "zhc", CLERK)
    b.listing("各项目分别打了几分", "total", "zhc", CLERK)
    b.listing(
        "Provide, project by project, the budget execution rate for the year.",
        "rate",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.listing("Provide the rating grade of each project.", "grade", "en", EXECUTIVE, "formal")
    b.listing("逐个核对：各项目年初预算数分别是多少", "initial", "zhf", AUDITOR)
    b.listing("各项目满意度分别多少，我要比一比", "satisfaction", "zh", COMPARER)
    b.listing("各项目 全年预算数 一览", "budget", "zh", ANALYST)


def filters(b: Book7) -> None:
    b.filter("有没有哪个项目执行率低于90%", "rate", "lt", 90, "zhf", AUDITOR)
    b.filter("是否存在总分低于90分的项目？", "total", "lt", 90, "zhf", AUDITOR)
    b.filter("有无执行率未达到100%的项目", "rate", "lt", 100, "zhf", AUDITOR)
    b.filter("Were there any projects scoring below 92 points?", "total", "lt", 92, "en", AUDITOR)
    b.filter("预算5000w以上的项目有哪些", "budget", "gt", 5e7, "zhc", CLERK)
    b.filter("预算不到2kw的是哪几个", "budget", "lt", 2e7, "zhc", CLERK)
    b.filter("执行率100%的都是谁", "rate", "eq", 100, "zhc", CLERK)
    b.filter("剩下的钱超过10w的项目", "unspent", "gt", 1e5, "zhc", CLERK)
    b.filter(
        "List all projects whose full-year budget exceeds RMB 40 million.",
        "budget",
        "gt",
        4e7,
        "en",
        EXECUTIVE,
        "formal",
    )
    b.between(
        "Identify the projects with a full-year budget between RMB 20 million and RMB 80 million.",
        "budget",
        2e7,
        8e7,
        "en",
        EXECUTIVE,
        "formal",
    )
    b.filter("扣分比5分多的项目", "lost", "gt", 5, "zh", COMPARER)
    b.filter("满意度指标得分低于9分的项目", "satisfaction", "lt", 9, "zh", ANALYST)


def aggregate_filters(b: Book7) -> None:
    b.filter_aggregate("总分比平均分高的有哪些", "total", "above_avg", "zh", COMPARER)
    b.filter_aggregate("执行率低于平均水平的项目", "rate", "below_avg", "zh", COMPARER)
    b.filter_aggregate("扣分高于中位数的项目有哪些", "lost", "above_median", "zh", COMPARER)
    b.filter_aggregate(
        "List the projects whose full-year budget exceeds the portfolio average.",
        "budget",
        "above_avg",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.filter_aggregate(
        "Which projects fall below the median total score?",
        "total",
        "below_median",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.filter_aggregate("有没有项目满意度得分低于平均值？", "satisfaction", "below_avg", "zhf", AUDITOR)
    b.filter_aggregate("花的钱比平均多的项目", "executed", "above_avg", "zhc", CLERK)


def indicator_filters(b: Book7) -> None:
    b.filter_kind("Did any project lose points on timeliness?", "时效指标", "deducted", "en", AUDITOR)
    b.filter_kind("有没有项目设置了成本指标？", "成本指标", "has", "zhf", AUDITOR)
    b.filter_kind("是否有项目产出指标拿了满分", OUT, "full", "zhf", AUDITOR)
    b.filter_kind("社会效益指标有没有被扣分的项目", "社会效益指标", "deducted", "zhf", AUDITOR)
    b.unmet("一网通办运营有没有没达到目标值的指标？", P1, "zhf", AUDITOR, a="一网通办运营")
    b.unmet(f"Did {E7} miss any of its targets?", P7, "en", AUDITOR, a=E7, en=True)
    b.having("哪些项目有「系统上线及时性」这个指标", "系统上线及时性", "zh", ANALYST)
    b.having("「使用者满意度」是哪几个项目的指标", "使用者满意度", "zh", ANALYST)
    b.having("“生态效益” 这个三级指标出现在哪些项目", "生态效益", "zh", ANALYST)
    b.having("建立长效运营制度 —— 哪些项目填了这条", "建立长效运营制度", "zh", ANALYST)
    b.unmet("上海市大数据资源平台（二期） 未完成目标值的指标", P4, "zh", ANALYST)
    b.filter_kind(
        "List the projects that achieved full marks on satisfaction.", SAT, "full", "en", EXECUTIVE, "formal"
    )
    b.filter_kind(
        "Which projects recorded deductions under output indicators?",
        OUT,
        "deducted",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.filter_kind("质量指标被扣分的有哪几个", "质量指标", "deducted", "zhc", CLERK)


def ranks(b: Book7) -> None:
    b.rank("满意度top3", "satisfaction", True, "zhc", CLERK, n=3, top=True)
    b.rank("谁花钱最多", "executed", True, "zhc", CLERK)
    b.rank("哪个项目剩的钱最多", "unspent", True, "zhc", CLERK)
    b.rank("预算倒数第二的项目", "budget", False, "zhc", CLERK, n=2)
    b.rank(
        "Identify the project with the lowest budget execution rate.",
        "rate",
        False,
        "en",
        EXECUTIVE,
        "formal",
    )
    b.rank(
        "List the three projects with the highest full-year budgets.",
        "budget",
        True,
        "en",
        EXECUTIVE,
        "formal",
        n=3,
        top=True,
    )
    b.rank("Which project ranks second by total score?", "total", True, "en", EXECUTIVE, "formal", n=2)
    b.rank("扣分最少的是哪个", "lost", False, "zh", COMPARER)
    b.rank("是否有执行率并列最高的项目？都有哪些", "rate", True, "zhf", AUDITOR)
    b.rank("扣分最多的两个", "lost", True, "zh", COMPARER, n=2, top=True)


def aggregates(b: Book7) -> None:
    b.count_cmp("执行率100%的有几个？", "rate", "eq", 100, "zhc", CLERK)
    b.count_all("一共几个项目啊", "zhc", CLERK)
    b.aggregate("所有项目加起来花了多少钱", "executed", "sum", "zhc", CLERK)
    b.aggregate("平均每个项目剩下多少钱", "unspent", "avg", "zhc", CLERK)
    b.share_cmp(
        "What proportion of projects achieved full budget execution?",
        "rate",
        "eq",
        100,
        "en",
        EXECUTIVE,
        "formal",
    )
    b.aggregate(
        "Provide the average total score across all projects.", "total", "avg", "en", EXECUTIVE, "formal"
    )
    b.aggregate("What is the median full-year budget?", "budget", "median", "en", EXECUTIVE, "formal")
    b.ranked_aggregate(
        "What is the combined full-year budget of the three largest projects?",
        "budget",
        "sum",
        3,
        True,
        "en",
        EXECUTIVE,
        "formal",
    )
    b.count_cmp("扣分超过5分的项目有几个？", "lost", "gt", 5, "zhf", AUDITOR)
    b.count_kind("有多少个项目设置了时效指标", "时效指标", "has", "zhf", AUDITOR)
    b.spread("总分最高和最低差了多少", "total", "zh", COMPARER)
    b.aggregate("七个项目 年初预算数 合计金额", "initial", "sum", "zh", ANALYST)


def groups(b: Book7) -> None:
    b.group(
        f"Give me a breakdown of points lost by first-level indicator for {E6}.",
        "level1",
        "deduction",
        "en",
        EXECUTIVE,
        "formal",
        name=P6,
        a=E6,
        en=True,
    )
    b.group(
        "Provide the score rate of each first-level indicator across all projects.",
        "level1",
        "rate",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.group("各类指标一共扣了多少分，按二级指标分一下", "level2", "deduction", "zhc", CLERK)
    b.group("政务云的分都扣在哪些方面了", "level2", "deduction", "zhc", CLERK, name=P5, a="政务云")
    b.group("按一级指标汇总扣分，是否集中在效益指标？", "level1", "deduction", "zhf", AUDITOR)
    b.group("数据运营服务 二级指标 得分汇总", "level2", "score", "zh", ANALYST, name=P7)
    b.group("产出、效益、满意度三类指标各丢了多少分", "level1", "deduction", "zh", COMPARER)


def compares(b: Book7) -> None:
    b.compare(
        "运维和资源平台二期哪个满意度更高",
        [P3, P4],
        "satisfaction",
        True,
        "zh",
        COMPARER,
        a=["运维", "资源平台二期"],
    )
    b.compare(
        "政务云和数据运营谁的总分更高", [P5, P7], "total", True, "zh", COMPARER, a=["政务云", "数据运营"]
    )
    b.compare(
        "一网通办运营跟一网通办平台，哪个更省钱",
        [P1, P2],
        "executed",
        False,
        "zhc",
        COMPARER,
        a=["一网通办运营", "一网通办平台"],
    )
    b.compare(
        "数据运营 vs 管理经费 谁执行率高", [P7, P6], "rate", True, "zhc", COMPARER, a=["数据运营", "管理经费"]
    )
    b.compare(
        "政务云跟资源平台二期，谁被扣的分多",
        [P5, P4],
        "lost",
        True,
        "zhc",
        COMPARER,
        a=["政务云", "资源平台二期"],
    )
    b.compare(
        "运维、政务云、数据运营，三个里谁扣分最多",
        [P3, P5, P7],
        "lost",
        True,
        "zhc",
        COMPARER,
        a=["运维", "政务云", "数据运营"],
    )
    b.compare(
        "一网通办运营、运维、资源平台二期这三个项目，哪个结余最少",
        [P1, P3, P4],
        "unspent",
        False,
        "zh",
        COMPARER,
        a=["一网通办运营", "运维", "资源平台二期"],
    )
    b.gap(
        "管理经费和一网通办平台的执行率相差多少个百分点",
        [P6, P2],
        "rate",
        "zh",
        COMPARER,
        a=["管理经费", "一网通办平台"],
    )
    b.gap("数据运营比政务云的预算多多少", [P7, P5], "budget", "zh", COMPARER, a=["数据运营", "政务云"])
    b.gap("资源平台二期比运维少拿了几分", [P4, P3], "total", "zhc", COMPARER, a=["资源平台二期", "运维"])
    b.gap(
        "一网通办运营的执行率比管理工作经费高出几个百分点",
        [P1, P6],
        "rate",
        "zh",
        COMPARER,
        a=["一网通办运营", "管理工作经费"],
    )
    b.gap(
        "一网通办平台和资源平台二期的预算差距有多大",
        [P2, P4],
        "budget",
        "zh",
        COMPARER,
        a=["一网通办平台", "资源平台二期"],
    )
    b.from_average("管理经费的总分比平均分低多少", P6, "total", "zh", COMPARER, a="管理经费")
    b.from_average("数据运营的满意度比平均高多少", P7, "satisfaction", "zh", COMPARER, a="数据运营")
    b.compare(
        f"How does {E3} compare with {E5} on budget execution rate?",
        [P3, P5],
        "rate",
        True,
        "en",
        EXECUTIVE,
        "formal",
        a=[E3, E5],
        en=True,
    )


def nesteds(b: Book7) -> None:
    b.nested("剩钱最多的那个项目执行率多少", "unspent", True, "rate", "zhc", CLERK)
    b.nested("扣分最多那个项目是啥等级", "lost", True, "grade", "zhc", CLERK)
    b.nested(
        "What is the satisfaction score of the project with the largest budget?",
        "budget",
        True,
        "satisfaction",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.nested(
        "For the project with the lowest total score, explain why points were lost.",
        "total",
        False,
        "why",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.nested("执行率最低的项目是否也是总分最低？它的总分是多少", "rate", False, "total", "zhf", AUDITOR)
    b.nested("预算最少的那个项目扣了几分", "budget", False, "lost", "zh", COMPARER)
    b.nested_kind(
        "满意度得分最低的项目，其「服务对象满意度指标」目标值",
        "satisfaction",
        False,
        SAT2,
        "target",
        "zh",
        ANALYST,
    )
    b.nested_in("高于平均预算的项目里哪个总分最高", "budget", "above_avg", "total", True, "zh", COMPARER)
    b.nested_place("总分第三名的项目用了多少钱", "total", True, 3, "executed", "zhc", CLERK)


def follow_ups(b: Book7) -> None:
    b.follow_value(
        ["政务云花了多少钱", "那数据运营呢"],
        P7,
        "executed",
        "zhc",
        CLERK,
        refs=[Ref("政务云", P5), Ref("数据运营", P7)],
    )
    full = b.passing("rate", "eq", 100)
    b.follow_list(
        ["执行率100%的有哪些", "这几个里面谁预算最少"],
        b.o.nth("budget", 1, False, full),
        "budget",
        full,
        "zhc",
        CLERK,
    )
    b.follow_value(
        ["管理经费预算多钱", "用了多少", "剩下呢"], P6, "unspent", "zhc", CLERK, refs=[Ref("管理经费", P6)]
    )
    b.follow_why(["资源平台二期打了几分", "为啥扣分"], P4, "zhc", CLERK, refs=[Ref("资源平台二期", P4)])
    b.follow_gap(
        ["运维总分多少", "资源平台二期呢", "两个差几分"],
        [P3, P4],
        "total",
        "zh",
        COMPARER,
        refs=[Ref("运维", P3), Ref("资源平台二期", P4)],
    )
    first, second = b.winner("total", True), b.o.nth("total", 2, True, b.o.names())
    b.follow_gap(["总分最高的是谁", "比第二名高多少"], [first, *second], "total", "zh", COMPARER)
    b.follow_list(
        ["政务云执行率多少", "一网通办平台呢", "运维呢", "这三个里面谁最低"],
        b.o.nth("rate", 1, False, [P5, P2, P3]),
        "rate",
        [P5, P2, P3],
        "zh",
        COMPARER,
    )
    below = b.passing("rate", "lt", 100)
    b.follow_list(
        [
            "List the projects whose execution rate is below 100%.",
            "Of those, which has the largest full-year budget?",
        ],
        b.o.nth("budget", 1, True, below),
        "budget",
        below,
        "en",
        EXECUTIVE,
        "formal",
    )
    b.follow_why(
        [f"Provide the total score of {E6}.", "And why were points deducted?"],
        P6,
        "en",
        EXECUTIVE,
        "formal",
        refs=[Ref(E6, P6, True)],
    )
    top = b.winner("budget", True)
    b.follow_value(
        [
            "Which project has the highest full-year budget?",
            "What is its execution rate?",
            "And the unspent balance?",
        ],
        top,
        "unspent",
        "en",
        EXECUTIVE,
        "formal",
    )
    big = b.passing("budget", "gt", 5e7)
    b.follow_mean(
        ["List the projects with a full-year budget above RMB 50 million.", "这些项目的平均总分是多少"],
        "total",
        big,
        b.rows("budget", b.o.names()) + b.rows("total", big),
        "en",
        EXECUTIVE,
        "formal",
        "mixed-language",
    )
    late = b.kind_set("时效指标", "deducted")
    b.follow_list(
        ["有没有项目时效指标扣了分", "这些项目里执行率有没有低于90%的"],
        b.passing("rate", "lt", 90, late),
        "rate",
        late,
        "zhf",
        AUDITOR,
    )
    low = b.passing("satisfaction", "lt", 9)
    b.follow_number(
        ["满意度低于9分的项目有哪些", "一共几个"],
        {"value": float(len(low)), "tolerance": 0.0, "projects": low},
        b.rows("satisfaction", b.o.names()),
        "zhf",
        AUDITOR,
    )
    b.follow_why(
        ["数据运营服务是否有扣分的指标", "扣分原因分别是什么"],
        P7,
        "zhf",
        AUDITOR,
        refs=[Ref("数据运营服务", P7)],
    )
    ind = b.o.indicators
    users = [n for n in b.o.names() if n in set(ind[ind.name == "使用者满意度"].project)]
    b.follow_number(
        ["「使用者满意度」是哪些项目的指标", "它们的全年预算数合计"],
        b.money("sum", users),
        b.rows("budget", users),
        "zh",
        ANALYST,
    )
    b.follow_named(["质量问题整改率 目标值", "实际完成值呢"], "质量问题整改率", "actual", "zh", ANALYST)


def reasons(b: Book7) -> None:
    b.named_reason("「系统功能模块使用率」为什么没拿满分", "系统功能模块使用率", "zh", ANALYST)
    b.named_reason("「质量问题整改率」扣分原因", "质量问题整改率", "zh", ANALYST)
    b.named_reason(
        "政务云「应用系统上云」扣分的原因是什么", "应用系统上云", "zhf", AUDITOR, name=P5, a="政务云"
    )
    b.reason("资源平台二期为啥被扣分", P4, "zhc", CLERK, a="资源平台二期")
    b.reason("运维满意度咋扣分了", P3, "zhc", CLERK, a="运维", level1=SAT)
    b.reason(f"Explain the deductions recorded for {E1}.", P1, "en", EXECUTIVE, "formal", a=E1, en=True)
    b.reason(
        f"What reasons were given for points lost on social benefit indicators by {E5}?",
        P5,
        "en",
        EXECUTIVE,
        "formal",
        a=E5,
        en=True,
        level2="社会效益指标",
    )
    b.reason(
        "管理工作经费时效指标扣分是否有说明？说明内容是什么",
        P6,
        "zhf",
        AUDITOR,
        a="管理工作经费",
        level2="时效指标",
    )


def proses(b: Book7) -> None:
    b.prose("基础设施-运维 网络新建多少个", P3, r"网络新建(\d+)个", "zh", ANALYST)
    b.prose("基础设施-运维 本年度共完成几次应急演练", P3, r"共完成(\d+)次应急演练", "zh", ANALYST)
    b.prose("运维项目处理网络报修，用户侧多少个", P3, r"用户侧(\d+)个", "zh", ANALYST, a="运维")
    b.prose("数据运营服务 发布了多少项地方标准", P7, r"发布了(\d+)项地方标准", "zh", ANALYST)
    b.prose("数据运营服务 对接了多少个部门", P7, r"区、(\d+)个部门", "zh", ANALYST)
    b.prose(
        "大数据中心管理工作经费 工作人员满意度达到多少",
        P6,
        r"工作人员满意度达(\d+)%",
        "zh",
        ANALYST,
        unit="%",
    )
    b.prose(
        f"How many thematic databases were newly built in 2021 under {E7}?",
        P7,
        r"等(\d+)个专题库",
        "en",
        EXECUTIVE,
        "formal",
        a=E7,
        en=True,
    )
    b.prose("运维项目搞了多少次重大网络保障", P3, r"重大网络保障工作(\d+)余次", "zhc", CLERK, a="运维")


def refusals(b: Book7) -> None:
    b.refuse("食堂今天中午吃啥", "offtopic", "zhc", CLERK)
    b.refuse(
        "Draft a press release announcing our third-quarter earnings.", "offtopic", "en", EXECUTIVE, "formal"
    )
    b.refuse("2022年各项目的预算执行率是否达标？", "year", "zhf", AUDITOR)
    b.refuse("2020年数据运营花了多少钱", "year", "zhc", CLERK)
    b.refuse("Provide the FY2022 full-year budget of each project.", "year", "en", EXECUTIVE, "formal")
    b.refuse("2021年和2020年比，总分提高了多少", "year", "zh", COMPARER)
    b.refuse("上海市财政局的项目有没有执行率低于90%的？", "agency", "zhf", AUDITOR)
    b.refuse("市卫健委的项目花了多少钱", "agency", "zhc", CLERK)
    b.refuse(
        "List the projects of the Shanghai Municipal Education Commission scoring above 90.",
        "agency",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.refuse("我们中心和上海市经信委比，谁的平均执行率高", "agency", "zh", COMPARER)
    b.refuse_or_clarify("各项目资金到位率是否达到100%？", "missing", "zhf", AUDITOR)
    b.refuse_or_clarify("政务云项目有没有履行政府采购程序？", "missing", "zhf", AUDITOR)
    b.refuse_or_clarify("数据运营服务的合同金额是多少", "missing", "zhf", AUDITOR)
    b.refuse_or_clarify("运维项目负责人是谁啊", "missing", "zhc", CLERK)
    b.refuse_or_clarify("资源平台二期啥时候开工的", "missing", "zhc", CLERK)
    b.refuse_or_clarify(
        "Provide the headcount assigned to each project.", "missing", "en", EXECUTIVE, "formal"
    )
    b.refuse_or_clarify("「系统验收通过率」的评分标准是什么", "missing", "zh", ANALYST)
    b.refuse_or_clarify("管理经费的人员经费占比比运维高多少", "missing", "zh", COMPARER)
    b.refuse_or_clarify("这个项目咋样", "vague", "zhc", CLERK)
    b.refuse_or_clarify("How are we doing?", "vague", "en", EXECUTIVE, "formal")
    b.refuse_or_clarify("有没有问题？", "vague", "zhf", AUDITOR)
    b.refuse_or_clarify("政务云执行率多少，资金到位率又是多少？", "partial", "zhf", AUDITOR)
    b.refuse_or_clarify(
        "Provide the total score and the procurement method of each project.",
        "partial",
        "en",
        EXECUTIVE,
        "formal",
    )
    b.refuse_or_clarify("运维和资源平台二期谁的总分高，谁的审计问题多", "partial", "zh", COMPARER)
    b.refuse_or_clarify("一网通办打了几分", "ambiguous", "zhc", CLERK, fragment="一网通办")
    b.refuse_or_clarify("基础设施那个项目执行率多少", "ambiguous", "zh", COMPARER, fragment="基础设施")
    b.refuse_or_clarify("平台项目是否有扣分", "ambiguous", "zhf", AUDITOR, fragment="平台")
    b.refuse_or_clarify("大数据 项目 全年预算数", "ambiguous", "zh", ANALYST, fragment="大数据")
    b.refuse_or_clarify(
        "Provide the execution rate of the City Brain project.", "unknown_project", "en", EXECUTIVE, "formal"
    )
    b.refuse_or_clarify("随申码项目花了多少钱", "unknown_project", "zhc", CLERK, missing="随申码")
    b.refuse_or_clarify("一网统管和数据运营谁分高", "unknown_project", "zh", COMPARER, missing="一网统管")


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


def build_book(records: list[dict[str, Any]] | None = None) -> Book7:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    return written(Book7(Oracle(sample_records() if records is None else records), prefix="v"), SECTIONS)


def write_free7() -> dict[Path, int]:
    """Rewrite free7_sample.jsonl; return how many items it holds."""
    return write_items(FREE7_SAMPLE, build_book().items)
