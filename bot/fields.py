"""The field registry: every quantity a question can ask about a project, stated or derived,
with its words in Chinese and English, its unit, how it is computed and which rows it cites.

Parts of a form (``PARTS``) restrict the indicator fields to a level-1 or level-2 kind, the
funds row (预算执行) or a funds sub-row. A new field is one ``FieldSpec`` here plus its tests.

Invariant: ``measure`` returns None when the form does not state what the field needs — never
a guess — and a ``Value`` carries the citations of exactly the rows it was computed from.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.corpus import cite_funds, cite_goals, cite_indicator, cite_project, cite_total
from bot.query import FieldKey, Measure
from bot.types import Citation
from index.template import grade
from index.types import FundsRow, Indicator, Project

Unit = Literal["score", "yuan", "pct", "grade", "count", "text"]
PartLevel = Literal["indicators", "level1", "level2", "funds", "funds_row"]

FUNDS_PART = "预算执行"
ALL_INDICATORS = "绩效指标"


def _words(text: str) -> tuple[str, ...]:
    """Words of a field or part, written as one '|'-separated string per language."""
    return tuple(text.split("|"))


@dataclass(frozen=True)
class PartSpec:
    """A part of a form a field can be restricted to."""

    name: str
    level: PartLevel
    en: str
    words_zh: tuple[str, ...]
    words_en: tuple[str, ...]
    matches: tuple[str, ...] = ()  # level-2 names (or funds kinds) as forms state them

    def rows(self, p: Project) -> list[Indicator]:
        """The indicator rows of a project in this part."""
        if self.level == "indicators":
            return list(p.indicators)
        if self.level == "level1":
            return [r for r in p.indicators if r.level1 == self.name]
        if self.level == "level2":
            names = {self.name, *self.matches}
            return [r for r in p.indicators if r.level2 in names]
        return []


PARTS: dict[str, PartSpec] = {
    s.name: s
    for s in (
        PartSpec("绩效指标", "indicators", "all indicators", (), ()),
        PartSpec("产出指标", "level1", "output indicators", _words("产出指标|产出"), _words("output|outputs|output indicators|output indicator")),
        PartSpec("效益指标", "level1", "benefit indicators", _words("效益指标|效益|成效指标|效果指标"), _words("benefit|benefits|outcome|outcomes|outcome indicators|benefit indicators|benefit indicator|impact indicators|effectiveness indicators|effect indicators|effect indicator|effects indicators|results indicators")),
        PartSpec("满意度指标", "level1", "satisfaction", _words("满意度指标|满意度|满意|群众满意度|群众满意|满意程度|满意率|用户满意度|用户满意度指标|使用满意度|使用者满意度|使用者满意度指标"), _words("satisfaction rating|satisfaction ratings|recipient satisfaction|client satisfaction|stakeholder satisfaction|satisfaction|satisfaction indicators|satisfaction indicator|user satisfaction|customer satisfaction|service-user satisfaction|service user satisfaction")),
        PartSpec("数量指标", "level2", "quantity indicators", _words("数量指标|数量类"), _words("volume|volume indicator|quantity|quantity indicators|quantity indicator|output quantity|quantity of output")),
        PartSpec("质量指标", "level2", "quality indicators", _words("质量指标|质量类"), _words("quality|quality indicators|quality indicator|output quality|quality of output")),
        PartSpec("时效指标", "level2", "timeliness indicators", _words("进度时效|时效进度|时效指标|时效|时效性|时效性指标|及时性|进度指标"), _words("output timeliness|schedule indicator|schedule indicators|timeliness|timeliness indicators|timeliness indicator|on-time delivery|on time delivery|deadline|deadlines|punctuality|timing")),
        PartSpec("成本指标", "level2", "cost indicators", _words("成本指标|成本|成本控制|成本控制指标"), _words("cost|cost indicators|cost indicator|output cost|cost-control|cost control|cost-control indicator|cost control indicator")),
        PartSpec("经济效益指标", "level2", "economic benefit", _words("经济效益指标|经济效益|经济影响|经济回报|经济收益"), _words("economic|econ|econ benefit|econ benefits|economic return|economic returns|economic benefit|economic benefits|economic indicators|economic impact|economic outcomes|economic gains")),
        PartSpec("社会效益指标", "level2", "social benefit", _words("社会效益指标|社会效益|社会影响|社会效果"), _words("social|social return|social returns|social benefit|social benefits|social indicators|social impact|social outcomes|societal benefits|societal impact|social effect")),
        PartSpec("生态效益指标", "level2", "ecological benefit", _words("生态效益指标|生态效益|生态指标|生态|环境效益|生态环境效益|环保效益|生态影响|生态效果"), _words("ecology benefit indicator|ecology benefit indicators|ecology benefit|ecology benefits|ecological|environmental|green indicators|green indicator|green metric|green metrics|ecological benefit|ecological benefits|environmental benefit|environmental benefits|environmental impact|ecological impact|environmental outcomes|ecological outcomes|green benefits"), ("生态指标",)),
        PartSpec("可持续影响指标", "level2", "sustainability", _words("可持续影响指标|可持续影响|可持续发展|可持续性|可持续|长效影响|长期影响|持续影响|可持续效益|可持续发展影响"), _words("sustainability|sustainable|sustainability indicators|sustainable impact|long-run impact|long-term impact|lasting impact|long-term effects|sustainability impact|long-term sustainability|sustainable effects")),
        PartSpec("服务对象满意度指标", "level2", "service-recipient satisfaction", _words("服务对象满意度指标|服务对象满意度|服务对象满意|受益对象满意度|受益群众满意度|对象满意度|服务对象满意率"), _words("service recipient satisfaction|beneficiary satisfaction|target group satisfaction|citizen satisfaction"), ("满意度",)),
        PartSpec("预算执行", "funds", "budget execution", _words("预算执行|资金执行"), _words("budget execution")),
        PartSpec("当年财政拨款", "funds_row", "current-year appropriation", _words("当年财政拨款|财政拨款"), _words("appropriation"), ("appropriation",)),
        PartSpec("上年结转资金", "funds_row", "carryover from last year", _words("上年结转资金|上年结转|结转资金"), _words("carryover|carry-over"), ("carryover",)),
        PartSpec("其他资金", "funds_row", "other funds", _words("其他资金"), _words("other funds"), ("other",)),
    )
}  # fmt: skip

LEVEL2_PARTS = tuple(s.name for s in PARTS.values() if s.level == "level2")
LEVEL1_PARTS = tuple(s.name for s in PARTS.values() if s.level == "level1")


@dataclass(frozen=True)
class Value:
    """A field's value for one project, with the weight it is out of and the rows it used."""

    number: float | None
    rows: tuple[Citation, ...]
    weight: float | None = None
    text: str = ""
    derived: bool = False


Compute = Callable[[Project, PartSpec | None], Value | None]


@dataclass(frozen=True)
class FieldSpec:
    """A quantity of a project."""

    key: FieldKey
    zh: str
    en: str
    unit: Unit
    words_zh: tuple[str, ...]
    words_en: tuple[str, ...]
    compute: Compute
    parts: tuple[PartLevel | None, ...]
    low_zh: str = "最低"
    high_zh: str = "最高"
    pooled: tuple[FieldKey, FieldKey] | None = None
    """A rate's numerator and denominator: the rate of several projects taken together is the
    sum of one over the sum of the other (rates are never added up)."""


def _scored(p: Project, part: PartSpec | None) -> tuple[float, float, tuple[Citation, ...], bool] | None:
    """(score, weight, rows, derived) of the whole form, the funds row or an indicator part."""
    if part is None:
        cite = cite_total(p)
        if p.total is None or cite is None:
            return None
        return p.total.score, p.total.weight, (cite,), False
    if part.level == "funds":
        row = p.funds_total
        if row is None or row.score is None or row.weight is None:
            return None
        return row.score, row.weight, (cite_funds(p, row),), False
    rows = part.rows(p)
    if not rows:
        return None
    cites = tuple(cite_indicator(p, r) for r in rows)
    return (
        round(sum(r.score for r in rows), 4),
        round(sum(r.weight for r in rows), 4),
        cites,
        len(rows) > 1,
    )


def _score(p: Project, part: PartSpec | None) -> Value | None:
    got = _scored(p, part)
    return Value(got[0], got[2], got[1], derived=got[3]) if got else None


def _weight(p: Project, part: PartSpec | None) -> Value | None:
    got = _scored(p, part)
    return Value(got[1], got[2], derived=got[3]) if got else None


def _deduction(p: Project, part: PartSpec | None) -> Value | None:
    got = _scored(p, part)
    if got is None:
        return None
    score, weight, rows, _ = got
    if part is None:  # the rows that lost the points, after the 总分 row itself
        lost = [cite_indicator(p, r) for r in p.indicators if r.deduction > 0]
        funds = p.funds_total
        if funds and funds.weight is not None and funds.score is not None and funds.score < funds.weight:
            lost.insert(0, cite_funds(p, funds))
        rows = (*rows, *lost)
    return Value(round(weight - score, 4), rows, derived=True)


def _score_rate(p: Project, part: PartSpec | None) -> Value | None:
    got = _scored(p, part)
    if got is None or not got[1]:
        return None
    return Value(round(got[0] / got[1] * 100, 4), got[2], derived=True)


def _grade(p: Project, part: PartSpec | None) -> Value | None:
    if part is not None or p.total is None:
        return None
    cite = cite_total(p)
    assert cite is not None
    return Value(p.total.score, (cite,), p.total.weight, text=grade(p.total.score))


def _department(p: Project, part: PartSpec | None) -> Value | None:
    """The supervising department the form's header states (text, no number to rank)."""
    if part is not None or not p.department:
        return None
    return Value(None, (cite_project(p),), text=p.department)


def _unit(p: Project, part: PartSpec | None) -> Value | None:
    """The implementing unit the form's header states (text)."""
    if part is not None or not p.unit:
        return None
    return Value(None, (cite_project(p),), text=p.unit)


def _goals(achieved: bool) -> Compute:
    """The 年度总体目标 block's planned (预算目标) or achieved (实际完成情况) prose, quoted whole."""

    def compute(p: Project, part: PartSpec | None) -> Value | None:
        cite = cite_goals(p)
        text = (p.goals.achieved if achieved else p.goals.planned).strip() if p.goals else ""
        if part is not None or cite is None or not text:
            return None
        return Value(None, (cite,), text=text)

    return compute


def _count(deducted: bool) -> Compute:
    def compute(p: Project, part: PartSpec | None) -> Value | None:
        rows = part.rows(p) if part else list(p.indicators)
        if deducted:
            rows = [r for r in rows if r.deduction > 0]
        return Value(float(len(rows)), tuple(cite_indicator(p, r) for r in rows), derived=True)

    return compute


def funds_row(p: Project, part: PartSpec | None) -> FundsRow | None:
    """The funds row a funds field reads: the 年度资金总额 row or the sub-row of the part."""
    if part is None or part.level == "funds":
        return p.funds_total
    if part.level != "funds_row":
        return None
    return next((r for r in p.funds if r.kind in part.matches), None)


def _unspent_rate(p: Project, part: PartSpec | None) -> Value | None:
    """(全年预算数 − 全年执行数) / 全年预算数, in percent, from one funds row."""
    row = funds_row(p, part)
    if row is None or row.full_year_budget is None or row.executed is None or not row.full_year_budget:
        return None
    rate = (row.full_year_budget - row.executed) / row.full_year_budget * 100
    return Value(round(rate, 4), (cite_funds(p, row),), derived=True)


def _funds(attr: str) -> Compute:
    def compute(p: Project, part: PartSpec | None) -> Value | None:
        row = funds_row(p, part)
        value = getattr(row, attr) if row else None
        if row is None or value is None:
            return None
        return Value(value, (cite_funds(p, row),))

    return compute


def _difference(minuend: str, subtrahend: str) -> Compute:
    def compute(p: Project, part: PartSpec | None) -> Value | None:
        row = funds_row(p, part)
        if row is None:
            return None
        a, b = getattr(row, minuend), getattr(row, subtrahend)
        if a is None or b is None:
            return None
        return Value(round(a - b, 2), (cite_funds(p, row),), derived=True)

    return compute


_INDICATOR_PARTS: tuple[PartLevel | None, ...] = (None, "indicators", "level1", "level2", "funds")
_FUNDS_PARTS: tuple[PartLevel | None, ...] = (None, "funds", "funds_row")

FIELDS: dict[str, FieldSpec] = {
    f.key: f
    for f in (
        FieldSpec(
            "score",
            "得分",
            "score",
            "score",
            _words("得分|总分|总得分|综合得分|综合评分|自评得分|自评分|分数|评分|成绩|打分|分|实际得分|实得分|最终得分|自评总分|绩效得分|得了多少分|评价得分|考核得分|总成绩|得分值|打了几分|打了多少分|得了几分|拿了几分|拿了多少分"),
            _words("scorecard total|scorecard totals|scorecard score|total on the scorecard|score|scores|scored|overall score|total score|points|marks|overall|aggregate score|headline score|total mark|total marks|mark|composite score|final score|self-assessment score|self assessment score|total points|pts|score points|self-evaluation score|evaluation score|rating score|awarded score|points awarded|points gained|overall self-evaluation score|overall performance score|overall rating score|self-assessment total|score out of 100|actual score|actual points|scoring"),
            _score,
            _INDICATOR_PARTS,
        ),
        FieldSpec(
            "weight",
            "分值",
            "weight",
            "score",
            _words("分值|权重|满分值|权重分|占几分|占多少分|占|权重分值|满分是多少|满分多少|满分为多少|满分为|满分是|总分值|标准分|配分|赋分|应得分|最高可得分"),
            _words("weight|weights|weighting|maximum points|max points|worth|allotted|marks allotted|points allotted|could earn|can earn|could have earned|could score|points available|available points|points possible|possible points|allocated points|points allocation|point allocation|point value|indicator weight|possible score|score ceiling"),
            _weight,
            _INDICATOR_PARTS,
        ),
        FieldSpec(
            "deduction",
            "扣分",
            "points lost",
            "score",
            _words("距满分相差几分|距满分相差多少|距满分相差|离满分相差几分|离满分相差|扣分|失分|各扣|各扣了|分别扣|分别扣了|丢分|丢掉的分|丢过分|扣掉的分|扣的分|扣减分值|扣减分|扣的分值|少得的分|少得|扣了多少分|扣了几分|被扣|扣除|扣了分|扣了|扣分了|被扣分|扣|丢了分|失了分|丢掉|扣掉|丢了|丢|扣减|扣减了|离满分差|离满分|距满分差|距满分|比满分少|差几分|少了几分|差多少分|减分|损失分|没拿到的分|扣得"),
            _words("docked any points|lost any points|lose any points|losing any points|deducted any points|lose from 100|lost from 100|loses from 100|shed points|sheds points|shedding points|shed marks|points shed on|deduct|points lost|points shed|shed|forfeited points|forfeit points|forfeits points|forfeited marks|forfeit|forfeits|forfeited|points forfeited|lost points|deduction|dropped|drop|marks dropped|marked down|shortfall|shortfall in points|deductions|deducted|lost|lose|lose points|losing points|lost marks|dropped points|points dropped|docked|docked points|points docked|short of 100|fall short of 100|away from 100|points short of full marks|points short of full|points away from full marks|points off full marks|short of a perfect score|give away|gave away|given away|giving away|points off|points given away|leave on the table|points left on the table|penalty points|score deduction|point deduction|points deducted|missed points|points missed|points taken off|score penalty|score loss|deducted score|deducted points|dragged down|dragged it down|dragged them down|pulled it down|pulled down"),
            _deduction,
            _INDICATOR_PARTS,
            low_zh="最少",
            high_zh="最多",
        ),
        FieldSpec(
            "score_rate",
            "得分率",
            "score rate",
            "pct",
            _words("绩效目标实现程度|目标实现程度|实现程度|得分率|得分比例|得分比率|得分百分比|百分之几|百分比|几成|拿分比例|实得分率|得分完成率|拿分率|得分占满分比例|得分占分值比例"),
            _words("score rate|score ratio|percentage of points|share of points|score percent|percentage of the available points|share of the available points|percent of points|scoring rate|percentage of full marks|percentage of maximum|score-to-weight ratio|score as a percentage of weight"),
            _score_rate,
            _INDICATOR_PARTS,
            pooled=("score", "weight"),
        ),
        FieldSpec(
            "grade",
            "评级",
            "grade",
            "grade",
            _words("评价结果|评价|评级|等级|哪一等次|什么等次|评价等次|档次|评价等级|自评等级|等次|评分等级|评级结果|得分等级|绩效等级|级别|优秀还是良好|优良中差|评定等级|考评等级|评定结果|评价档次"),
            _words("performance rating|performance grade|rating received|overall rating|grade|rating|grade band|band|rating band|evaluation grade|grading|rating category|assessed grade|self-assessment grade|performance band|rating grade"),
            _grade,
            (None,),
        ),
        FieldSpec(
            "department",
            "主管部门",
            "department",
            "text",
            _words("主管部门|主管单位|归口部门|所属部门|归口管理部门|主管的部门|主管机关|业务主管部门|主管局|主管委办局|委办局|管理部门|负责部门|牵头部门"),
            _words("supervising department|department in charge|agency in charge|which agency is in charge|in charge of|responsible department|department oversees|department that oversees|oversees|overseen by|parent department|supervising authority|competent authority|line department|sponsoring department|oversight department|administering department|owning department|supervising agency|supervising unit"),
            _department,
            (None,),
        ),
        FieldSpec(
            "unit",
            "实施单位",
            "implementing unit",
            "text",
            _words("实施单位|执行单位|承担单位|实施主体|项目实施单位|具体实施单位|项目承担单位|建设单位|承办单位"),
            _words("implementing unit|implementing agency|implementing organisation|implementing organization|implementing body|implementing entity|executing agency|executing unit|implementer|implementor|delivery unit|unit is responsible for implementing|unit responsible for implementing|responsible for implementing|who implements|who implemented|implemented by|who carries out|who carry out|who delivers|which unit implemented|what unit implemented|unit implemented"),
            _unit,
            (None,),
        ),
        FieldSpec(
            "goals",
            "年度总体目标",
            "annual overall goal",
            "text",
            _words("年度总体目标|总体目标|年度总目标|年度目标|项目年度目标|绩效总目标|项目总体目标|年度绩效目标|预算目标|总体绩效目标"),
            _words("annual overall goal|overall goal|overall goals|annual overall goals|overall objective|overall objectives|annual overall objective|annual goals|annual goal|overall performance goal|overall aims|budgeted goal|planned goals|planned objectives"),
            _goals(False),
            (None,),
        ),
        FieldSpec(
            "goals_achieved",
            "实际完成情况",
            "goals achieved",
            "text",
            _words("总体目标完成情况|年度总体目标完成情况|总体目标实际完成情况|总体目标完成得怎么样"),
            _words("actual completion|goals achieved|achievement of goals|achievement of the overall goal|what was achieved|actual achievements|actual results against the goal|completion status of the goal|progress against the overall goal"),
            _goals(True),
            (None,),
        ),
        FieldSpec(
            "indicator_count",
            "指标个数",
            "number of indicators",
            "count",
            _words("指标个数|指标数量|指标数|指标条数|指标项数|三级指标数|考核指标数|评价指标数量|绩效指标个数|绩效指标数"),
            _words("number of indicators|indicator count|number of performance indicators|performance indicator count|indicator tally|number of KPIs|KPI count"),
            _count(False),
            (None, "indicators", "level1", "level2"),
            low_zh="最少",
            high_zh="最多",
        ),
        FieldSpec(
            "deducted_count",
            "扣分指标个数",
            "number of indicators that lost points",
            "count",
            _words("扣分指标个数|扣分指标数|扣分的指标个数|扣分指标数量|被扣分指标数|失分指标数|丢分指标数|失分指标个数|扣分项数|扣分条数|被扣分的指标数|扣分项个数|失分项数|未得满分指标数|未得满分的指标数"),
            _words("number of indicators that lost points|deducted indicator count|number of indicators losing points|number of indicators docked|number of deducted indicators"),
            _count(True),
            (None, "indicators", "level1", "level2"),
            low_zh="最少",
            high_zh="最多",
        ),
        FieldSpec(
            "initial_budget",
            "年初预算数",
            "initial budget",
            "yuan",
            _words("年初预算数|年初预算|起始预算|起始预算数|年初数|年初预算金额|期初预算|年初批复预算|年初|期初|年初批复数|年初批复|年初批复金额|初始预算|原预算|原始预算|初编预算|原定预算|年初计划数|年初预算安排"),
            _words("initial budget|budget it started the year with|started the year with a budget of|started the year with|set aside at the start of the year|original budget|original appropriation|original allocation|initially approved budget|initially approved|initial approved budget|budget at the start of the year|start of year budget|start-of-year allocation|beginning-of-year budget|originally approved budget|start-of-year budget|budget at the start of the year|opening budget|at the start of the year|start of the year|beginning of the year|start-of-year budget|budget at year start|year-start budget|budget at the year start|at year start|year start|initial appropriation|initial allocation|budget as first approved|enacted budget|approved original budget|planned budget at year start|first approved budget|first budget"),
            _funds("initial_budget"),
            _FUNDS_PARTS,
            low_zh="最少",
            high_zh="最多",
        ),
        FieldSpec(
            "full_year_budget",
            "全年预算数",
            "full-year budget",
            "yuan",
            _words("全年预算数|全年预算|调整后|预算总额|年度预算总额|总预算|调整后全年预算|调整后全年预算数|调整后预算数|调整后预算|调整后的预算|调整后的预算总额|调整后的预算数|调整后的全年预算|预算数|预算|预算金额|预算资金|资金总额|年度资金总额|年度资金|经费|资金|预算规模|打算花|计划花|准备花|预计花|打算花的钱|计划花的钱|变更后预算|修订后预算|调整后年度预算"),
            _words("full-year budget|full year budget|adjusted budget|budget|budgets|budgeted|funding|total budget for the year|budget for the year|full-year allocation|allocation|updated budget|total budget|final budget|revised budget|budget after adjustment|adjusted budgets|year budget after revisions|budget after revisions|year budget after revision|budget after revision|revised year budget|amended budget|final approved budget|budget for the full year|modified budget"),
            _funds("full_year_budget"),
            _FUNDS_PARTS,
            low_zh="最少",
            high_zh="最多",
        ),
        FieldSpec(
            "executed",
            "全年执行数",
            "amount spent",
            "yuan",
            _words("花出去|花出去的钱|花出去多少|花钱|花的钱|全年执行数|执行数|花得|用得|执行了|执行了多少|支出数|全年支出数|预算执行数|执行金额|实际花掉|实际花掉的钱|实际花了|实际用了|已支出金额|实际执行额|实际执行数|实际支出|实际执行|支出|花了|花费|花掉|用了|用掉|开支|实际花费|支出金额|已执行|已执行资金|已执行金额|已支出|已花金额|已花|已花掉|已经花了|已经花掉|实际使用资金|实付数|实际支付|实际使用金额|决算数|实际支付金额|已使用资金"),
            _words("spend|spender|spenders|actually spend|actually spent|outturn|outturns|out-turn|budget outturn|actual outturn|spending outturn|outlay|outlays|amount spent|spent|spending|expenditure|executed|total spend|disbursement|disbursed|funds disbursed|actual spend|actual spending|executed amount|money spent|actual expenditure|actual outlay|actual outlays|funds used|amount utilised|amount utilized|budget execution amount|execution amount|amount executed|actual disbursement|actual disbursements"),
            _funds("executed"),
            _FUNDS_PARTS,
            low_zh="最少",
            high_zh="最多",
        ),
        FieldSpec(
            "execution_rate",
            "执行率",
            "execution rate",
            "pct",
            _words("执行完成率|预算执行完成率|执行率|预算执行率|执行比率|预算执行比率|资金执行率|支出进度|执行进度|执行比例|执行情况|资金使用率|预算支出率|支出率|预算完成率|资金完成率|资金支付率|执行百分比|预算使用率"),
            _words("execution rate|outturn against budget|spending against budget|spend against budget|burn rate|execution %|budget execution rate|spending rate|execution|spend ratio|disbursement rate|utilisation|utilization|budget completion rate|completion rate|exec rate|utilisation rate|utilization rate|budget utilisation rate|budget utilization rate|spend rate|budget execution ratio|absorption rate|budget absorption|percentage spent|share of budget spent|share of the budget spent|expenditure rate|spend-to-budget ratio|percentage of budget spent|percentage of the budget spent"),
            _funds("execution_rate"),
            _FUNDS_PARTS,
            pooled=("executed", "full_year_budget"),
        ),
        FieldSpec(
            "unspent_rate",
            "结余率（未执行金额÷全年预算数）",
            "unspent share (unspent ÷ full-year budget)",
            "pct",
            _words("执行偏离度|预算执行偏离度|结余率|预算结余率|资金结余率|结余比例|结余比率|未执行率|未执行比例|剩余率|资金剩余率|未支出比例|未使用率|节余率|剩余资金占比|未用比例"),
            _words("unspent share|unspent rate|underspend rate|underspend ratio|share unspent|percentage unspent|unspent percentage|share of the budget unspent|share of budget unspent|percentage of the budget unspent|underspending rate|non-execution rate|unutilised rate|unutilized rate|unexecuted rate"),
            _unspent_rate,
            _FUNDS_PARTS,
            pooled=("unspent", "full_year_budget"),
        ),
        FieldSpec(
            "budget_change",
            "预算调整额（全年预算数−年初预算数）",
            "budget change (full-year − initial)",
            "yuan",
            _words("预算调整|预算调整额|调整额|变了多少|变了|变化多少|动了多少|动了|年中动了|调整金额|预算变动|预算变化|调减|调增|调整了多少|调了多少|预算差额|调整|调整了|预算调整了|调整幅度|调整后变化|预算追加|预算增减|预算调整数"),
            _words("budget change|budget adjustment|adjustment|changed|adjusted|adjust|change|adjustments|was revised|were revised|been revised|budget revision|revision amount|budget variation|net adjustment|change from original budget|budget amendment amount|budget increase or decrease"),
            _difference("full_year_budget", "initial_budget"),
            _FUNDS_PARTS,
            low_zh="最少",
            high_zh="最多",
        ),
        FieldSpec(
            "unspent",
            "未执行金额（全年预算数−全年执行数）",
            "unspent (full-year budget − spent)",
            "yuan",
            _words("没执行完的钱|没花完的钱|剩钱|剩的钱|剩下的钱|预算剩余|预算结余|剩余预算|结余预算|资金结余|趴在账上|账上|没有执行|没花出去|没有花出去|没执行|剩多少钱|剩|还剩|还剩下|没花|没花掉|结余|结余资金|结转结余|结转资金|结转|未执行|未执行金额|剩余|剩余资金|剩下|余额|未支出|未使用|沉淀资金|没花完的钱|没用完的钱|没花完的资金|没花的钱|未支出资金|没用掉|没用|未用|未用掉|未执行数|节余|节余资金|未用完预算|花剩下|花剩|钱花剩下|花剩的钱"),
            _words("unspent|funds unspent|money unspent|funds left unspent|money left unspent|money left on the table|left on the table|money left|left over|leftover|remaining|underspend|unused balance|unspent balance|budget left unused|left unused|underspent|not spent|left unspent|unspent funds|unused funds|unused|balance|leftover funds|remaining funds|remaining budget|funds left|leave unspent|leaves unspent|not used|not been used|money not used|wasn't used|was not used|underspending|unexpended balance|unexecuted amount|residual balance|budget surplus|unspent amount|funds remained unspent|funds remaining unspent|remained unspent|remain unspent|remains unspent|remaining unspent|leave unused|leaves unused|left unused|how much was left|how much is left|how much money was left|how much money is left|was left over"),
            _difference("full_year_budget", "executed"),
            _FUNDS_PARTS,
            low_zh="最少",
            high_zh="最多",
        ),
    )
}  # fmt: skip


_SCOPED: tuple[tuple[FieldKey, str, tuple[str, ...]], ...] = (

        (
            "score",
            FUNDS_PART,
            (
                "资金使用得分", "资金使用情况得分", "执行率得分", "预算执行得分", "资金执行得分", "执行得分", "预算执行分", "预算执行情况得分",
                "budget execution score", "execution score", "funds score", "execution rate score",
            ),
        ),
        ("weight", FUNDS_PART, ("执行率分值", "预算执行分值", "预算执行权重", "budget execution weight")),
)  # fmt: skip
SCOPED_WORDS: dict[str, tuple[FieldKey, str]] = {
    w: (field, part) for field, part, words in _SCOPED for w in words
}
"""Words that name a field of one part at once (执行率得分 = the score of the funds row)."""


def part_spec(name: str | None) -> PartSpec | None:
    """The spec of a part name (None for the whole form)."""
    return PARTS[name] if name else None


def valid(measure: Measure) -> bool:
    """Whether the field can be restricted to the part."""
    spec = FIELDS[measure.field]
    part = part_spec(measure.part)
    return (part.level if part else None) in spec.parts


def measure(p: Project, m: Measure) -> Value | None:
    """The value of a measure for a project, or None when the form does not state it."""
    return FIELDS[m.field].compute(p, part_spec(m.part))


def median(values: list[float]) -> float:
    """The median (mean of the middle two for an even count)."""
    return float(statistics.median(values))
