"""Phrasings of the development suites (dev_sample.jsonl, dev_synth.jsonl): wordings that
neither the visible phrasebook (phrases.py) nor the bundled set (eval/questions.jsonl) uses, so
that a parser tuned on those can be checked for what it still misreads.

Template languages: zh (plain Chinese), zhf (公文腔, formal), zhc (口语, colloquial), en (native
English), enn (non-native English), mix (Chinese with English words; its field words come from
both lists, its counts and ordinals from ``mix``). "||" separates turns. Slots as in phrases.py;
in addition compare.diff uses {p} for the project with the larger value. An operator word with
"@" wraps the threshold: "比@低" gives 比95%低 (eval/suites/dev.py puts the value in its place).

Words only: every gold value comes from the oracle; thresholds are worded by ``amount`` below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

FIELDS = {
    "total": {
        "zh": ["综合得分", "最终得分", "自评分", "总得分"],
        "en": ["final score", "total points", "self-assessment score"],
    },
    "rate": {
        "zh": ["资金执行率", "预算支出进度", "执行比例"],
        "en": ["spending rate", "budget utilisation rate", "exec rate"],
    },
    "initial": {
        "zh": ["年初预算金额", "年初批复预算", "期初预算"],
        "en": ["original budget", "opening budget"],
    },
    "budget": {
        "zh": ["调整后预算", "调整后预算数", "全年预算额度"],
        "en": ["revised budget", "final budget", "budget after adjustment"],
    },
    "executed": {
        "zh": ["实际支出", "执行数", "已执行资金", "支出金额"],
        "en": ["actual spending", "expenditure", "money spent"],
    },
    "funds_score": {
        "zh": ["资金执行得分", "预算执行那项的得分"],
        "en": ["budget execution points", "score for budget execution"],
    },
    "satisfaction": {
        "zh": ["满意度分数", "服务对象满意度得分", "满意度打分"],
        "en": ["satisfaction points", "user satisfaction score"],
    },
    "unspent": {
        "zh": ["结余", "剩余资金", "未支出资金", "没花完的钱"],
        "en": ["leftover funds", "remaining budget", "unused money"],
    },
    "lost": {
        "zh": ["失分", "丢分", "扣掉的分"],
        "en": ["points deducted", "lost points", "deductions"],
    },
}
KIND_WORDS = {
    "数量指标": {"zh": ["数量类指标", "产出数量指标"], "en": ["quantity KPI", "output quantity"]},
    "质量指标": {"zh": ["质量类指标", "产出质量指标"], "en": ["quality KPI", "output quality"]},
    "时效指标": {"zh": ["时效类指标", "时效性指标"], "en": ["timeliness KPI", "on-time delivery"]},
    "成本指标": {"zh": ["成本类指标", "成本控制指标"], "en": ["cost KPI", "cost control"]},
    "经济效益指标": {
        "zh": ["经济效益类指标", "经济效益这项指标"],
        "en": ["economic impact", "economic-benefit KPI"],
    },
    "社会效益指标": {
        "zh": ["社会效益类指标", "社会效益这项指标"],
        "en": ["social impact", "social-benefit KPI"],
    },
    "生态效益指标": {
        "zh": ["生态效益类指标", "生态类指标"],
        "en": ["environmental benefit", "ecological KPI"],
    },
    "可持续影响指标": {
        "zh": ["可持续影响类指标", "可持续影响这项指标"],
        "en": ["long-term impact", "sustainability KPI"],
    },
    "服务对象满意度指标": {
        "zh": ["服务对象满意度类指标", "用户满意度指标"],
        "en": ["customer satisfaction", "service-user satisfaction"],
    },
}
LEVEL1_WORDS = {
    "产出指标": {"zh": ["产出类指标", "产出部分"], "en": ["outputs", "output KPIs"]},
    "效益指标": {"zh": ["效益类指标", "效益部分"], "en": ["benefits", "benefit KPIs"]},
    "满意度指标": {"zh": ["满意度类指标", "满意度部分"], "en": ["satisfaction KPIs", "satisfaction part"]},
}
OPS = {
    "lt": {"zh": ["不到", "不足", "少于", "比@低"], "en": ["under", "lower than", "smaller than"]},
    "gt": {"zh": ["大于", "多于", "比@高", ">"], "en": ["over", "greater than", "higher than"]},
    "ge": {"zh": ["@及以上", "不少于", "至少", "≥"], "en": ["@ or more", "@ or higher", "no less than"]},
    "le": {"zh": ["@及以下", "不多于", "最多", "≤", "@以内"], "en": ["@ or less", "@ or lower", "not over"]},
}
ORDINALS = {
    "2": {"zh": ["第二", "第2"], "en": ["second", "2nd", "No. 2"], "mix": ["第2", "No.2"]},
    "3": {"zh": ["第三", "第3"], "en": ["third", "3rd", "No. 3"], "mix": ["第3", "No.3"]},
}
COUNTS = {
    "2": {"zh": ["两", "2"], "en": ["two", "2"], "mix": ["2"]},
    "3": {"zh": ["三", "3"], "en": ["three", "3"], "mix": ["3"]},
}

TEMPLATES: dict[str, list[str]] = {
    "lookup": [
        "zhf|请提供{p}项目{f}的具体数值。",
        "zhf|烦请告知{p}的{f}。",
        "zh|查一下{p}的{f}",
        "zh|{f}，{p}是多少？",
        "zhc|{p}的{f}是多少来着？",
        "zhc|问下，{p}{f}有多少",
        "zhc|{p}，{f}？",
        "en|Could you tell me {p}'s {f}?",
        "enn|please tell {f} for {p}",
        "enn|{p} {f} how much?",
        "mix|{p}的{f}是多少呀 thx",
    ],
    "derived.change": [
        "zhf|{p}年中预算调整金额为多少？",
        "zhc|{p}中途追加或者调减了多少预算",
        "zh|{p}调整后预算和年初预算差多少？",
        "en|How much did {p}'s budget change between the start of the year and year end?",
        "enn|budget of {p} was changed how much in the year?",
        "mix|{p}的budget年中调整了多少",
    ],
    "derived.unspent": [
        "zhf|{p}预算结余金额是多少？",
        "zhc|{p}最后剩了多少钱",
        "zh|{p}有多少预算没用掉？",
        "en|What was left over from {p}'s budget?",
        "enn|how many money of {p} not spent?",
        "mix|{p}还有多少budget没花完",
    ],
    "derived.lost": [
        "zhf|{p}自评共计扣减多少分？",
        "zhc|{p}丢了几分",
        "zh|{p}离满分差几分？",
        "en|How far short of 100 did {p} fall?",
        "enn|{p} lose how many points?",
        "mix|{p}一共被扣了多少points",
    ],
    "derived.level1": [
        "zhf|{p}在{l}上的得分合计为多少？",
        "zhc|{p}{l}一共拿了几分",
        "en|What's {p}'s combined score across its {l}?",
        "enn|{p} get how many points in {l}?",
        "mix|{p}的{l}总共多少分",
    ],
    "derived.rate": [
        "zhf|请计算{p}{l}的得分比例。",
        "zhc|{p}{l}拿到了百分之多少的分",
        "en|What percentage of the available {l} points did {p} earn?",
        "enn|score percent of {p} for {l}?",
        "mix|{p}的{l}得分率是多少%",
    ],
    "derived.grade": [
        "zhf|{p}的绩效评价等级为何？",
        "zhc|{p}算优秀还是良好",
        "zh|{p}评价结果是优、良、中还是差？",
        "en|Was {p} rated excellent, good, fair or poor?",
        "enn|what level {p} got in evaluation?",
        "mix|{p}的grade是什么",
    ],
    "indicator.score": [
        "zhf|{p}的{k}实际得分为多少？",
        "zhc|{p}{k}那块拿了多少分",
        "en|What did {p} score for {k}?",
        "enn|{p} {k} get score how much",
        "mix|{p}的{k} score多少",
    ],
    "indicator.lost": [
        "zhf|{p}在{k}上扣减了多少分？",
        "zhc|{p}{k}被扣了几分啊",
        "en|How many points were deducted from {p} on {k}?",
        "enn|{p} {k} deduct how many?",
        "mix|{p} {k}扣分多少",
    ],
    "indicator.weight": [
        "zhf|{p}{k}的权重分值设定为多少？",
        "zhc|{p}{k}占几分",
        "en|How many points is {p}'s {k} worth?",
        "enn|weight of {k} in {p} is?",
        "mix|{p}的{k}权重多少",
    ],
    "indicator.target": [
        "zhf|{p}{k}设定的年度目标是什么？",
        "zhc|{p}{k}定的目标是啥",
        "en|What target was set for {p}'s {k}?",
        "enn|{p} {k} target is what?",
        "mix|{p}的{k} target是多少",
    ],
    "indicator.actual": [
        "zhf|{p}{k}的实际完成情况如何？",
        "zhc|{p}{k}最后做到了多少",
        "en|What did {p} actually achieve on {k}?",
        "enn|{p} {k} actual result?",
        "mix|{p}的{k}实际值是多少",
    ],
    "list": [
        "zhf|请逐一列示{s}各项目的{f}。",
        "zhc|把{s}每个项目的{f}都报一下",
        "zh|{s}项目{f}一览",
        "en|Give me a table of {f} for each project{s}.",
        "enn|all project{s} {f} please list",
        "mix|{s}每个项目的{f} list一下",
    ],
    "list.grade": [
        "zhf|请列出{s}各项目的绩效等级。",
        "zhc|{s}每个项目都评了啥级别",
        "en|Show me the rating each project{s} received.",
        "mix|{s}各项目的grade列一下",
    ],
    "filter.cmp": [
        "zhf|{s}{f}{op}{v}的项目请予列出。",
        "zhc|{s}{f}{op}{v}的项目有哪几个呀",
        "zh|找出{s}{f}{op}{v}的项目",
        "en|Show me projects{s} where the {f} is {op} {v}.",
        "enn|project{s} which {f} {op} {v}?",
        "mix|{s}{f}{op}{v}的project有哪些",
    ],
    "filter.eq": [
        "zhf|{s}{f}恰为{v}的项目有哪些？",
        "zhc|{s}{f}刚好是{v}的是哪些项目",
        "en|Which projects{s} have a {f} equal to {v}?",
        "enn|{f} = {v} which project{s}?",
        "mix|{s}{f}等于{v}的project",
    ],
    "filter.above_avg": [
        "zhf|{s}{f}超过平均水平的项目请列出。",
        "zhc|{s}{f}在平均线以上的有哪些",
        "en|Which projects{s} beat the average {f}?",
        "enn|project{s} {f} higher than avg?",
        "mix|{s}{f}高于average的项目",
    ],
    "filter.below_avg": [
        "zhf|{s}{f}未达平均水平的项目有哪些？",
        "zhc|{s}哪些项目{f}拖了平均的后腿",
        "en|Which projects{s} fall short of the average {f}?",
        "enn|{f} lower than average, which project{s}?",
        "mix|{s}{f}低于avg的有哪些",
    ],
    "filter.above_median": [
        "zhf|{s}{f}高出中位值的项目有哪些？",
        "zhc|{s}{f}比中位数高的是哪些",
        "en|List projects{s} whose {f} exceeds the median.",
        "mix|{s}{f}大于median的项目",
    ],
    "filter.has": [
        "zhf|{s}设有{k}的项目请列示。",
        "zhc|{s}哪些项目有设{k}",
        "en|Which projects{s} include {k} among their indicators?",
        "enn|which project{s} has {k}?",
        "mix|{s}有{k}的project列一下",
    ],
    "filter.deducted": [
        "zhf|{s}{k}存在扣分情况的项目有哪些？",
        "zhc|{s}{k}丢了分的是哪几个项目",
        "en|Show the projects{s} that were marked down on {k}.",
        "enn|which project{s} {k} got deduction?",
        "mix|{s}{k}有扣分的project",
    ],
    "filter.deducted_l1": [
        "zhf|{s}{l}存在失分的项目有哪些？",
        "zhc|{s}{l}没拿满的项目是哪几个",
        "en|Which projects{s} dropped points in their {l}?",
        "mix|{s}{l}有丢分的项目有哪些",
    ],
    "filter.full": [
        "zhf|{s}{l}获得满分的项目有哪些？",
        "zhc|{s}{l}全拿满的是哪些项目",
        "en|Which projects{s} scored perfectly on {l}?",
        "enn|{l} full score project{s}?",
        "mix|{s}{l}拿full marks的项目",
    ],
    "filter.full_kind": [
        "zhf|{s}{k}未被扣分的项目有哪些？",
        "zhc|{s}{k}一分没丢的项目",
        "en|Which projects{s} kept every point on {k}?",
        "mix|{s}{k}满分的project有哪些",
    ],
    "filter.clean": [
        "zhf|{s}全部绩效指标均未扣分的项目有哪些？",
        "zhc|{s}指标全都满分的项目有吗",
        "en|Are there projects{s} with a clean sheet, no indicator marked down?",
        "enn|which project{s} no any deduction in indicators?",
        "mix|{s}所有KPI都没扣分的项目",
    ],
    "filter.unmet": [
        "zhf|{p}未完成年度目标值的指标有哪些？",
        "zhc|{p}有哪些指标没达标",
        "en|Where did {p} fall short of its targets?",
        "enn|{p} which indicator not reach target?",
        "mix|{p}哪些KPI没达到target",
    ],
    "rank.max": [
        "zhf|{s}{f}居首位的项目是哪一个？",
        "zhc|{s}谁的{f}最高",
        "en|Which project{s} has the largest {f}?",
        "enn|the project{s} with biggest {f}?",
        "mix|{s}{f}最高的project是哪个",
    ],
    "rank.min": [
        "zhf|{s}{f}排名末位的项目是哪个？",
        "zhc|{s}{f}最小的是谁",
        "en|Which project{s} comes last on {f}?",
        "enn|project{s} with smallest {f}?",
        "mix|{s}{f}最低的是哪个project",
    ],
    "rank.nth": [
        "zhf|{s}{f}位列{n}的项目是哪个？",
        "zhc|{s}{f}排{n}的是哪个",
        "en|Which project{s} is {n} on {f}?",
        "mix|{s}{f}排名{n}的project",
    ],
    "rank.nth_low": [
        "zhf|{s}按{f}由低到高排序，{n}位是哪个项目？",
        "zhc|{s}{f}从下往上数{n}个是谁",
        "en|Counting from the bottom{s}, which project is {n} on {f}?",
        "mix|{s}{f}倒数{n}名是哪个project",
    ],
    "rank.top": [
        "zhf|{s}{f}位居前{n}名的项目有哪些？",
        "zhc|{s}{f}最高的{n}个是哪些",
        "en|Name the {n} projects{s} with the biggest {f}.",
        "enn|top {n} project{s} for {f}?",
        "mix|{s}{f} TOP{n}的项目",
    ],
    "rank.bottom": [
        "zhf|{s}{f}数值最小的{n}个项目为哪些？",
        "zhc|{s}{f}最少的{n}个项目",
        "en|Bottom {n} projects{s} by {f}?",
        "mix|{s}{f} bottom {n}是哪几个项目",
    ],
    "agg.count_all": [
        "zhf|{s}纳入自评的项目共计多少个？",
        "zhc|{s}总共几个项目啊",
        "en|How many projects{s} are in the data?",
        "enn|project{s} total number?",
        "mix|{s}一共有几个project",
    ],
    "agg.count_has": [
        "zhf|{s}设置{k}的项目共有多少个？",
        "zhc|{s}有几个项目设了{k}",
        "en|Count the projects{s} that have {k}.",
        "mix|{s}有{k}的project数量",
    ],
    "agg.count_deducted": [
        "zhf|{s}{k}存在扣分的项目数量为多少？",
        "zhc|{s}几个项目在{k}上丢了分",
        "en|In how many projects{s} were points deducted for {k}?",
        "mix|{s}{k}扣分的project有几个",
    ],
    "agg.count_cmp": [
        "zhf|{s}{f}{op}{v}的项目数量为多少？",
        "zhc|{s}{f}{op}{v}的有几个",
        "en|How many projects{s} come in with {f} {op} {v}?",
        "mix|{s}{f}{op}{v}的project有多少个",
    ],
    "agg.sum": [
        "zhf|{s}全部项目{f}总计为多少？",
        "zhc|{s}{f}总和是多少",
        "en|Add up the {f} across all projects{s}.",
        "enn|sum of {f}{s}?",
        "mix|{s}所有项目{f}的total是多少",
    ],
    "agg.avg": [
        "zhf|{s}项目{f}的平均值为多少？",
        "zhc|{s}{f}平均下来多少",
        "en|On average, what was the {f} of the projects{s}?",
        "enn|avg {f}{s}?",
        "mix|{s}{f}的average是多少",
    ],
    "agg.median": [
        "zhf|{s}各项目{f}的中位值是多少？",
        "zhc|{s}{f}中间那个数是多少",
        "en|What's the middle value of {f}{s}?",
        "mix|{s}{f} median多少",
    ],
    "agg.max": [
        "zhf|{s}{f}的最高值为多少？",
        "zhc|{s}{f}最多的是多少",
        "en|What is the maximum {f}{s}?",
        "mix|{s}{f}的max是多少",
    ],
    "agg.min": [
        "zhf|{s}{f}的最低值为多少？",
        "zhc|{s}{f}最少的是多少",
        "en|What is the minimum {f}{s}?",
        "mix|{s}{f}的min值",
    ],
    "group.l1_lost": [
        "zhf|{s}按一级指标分类，各类扣分合计分别为多少？",
        "zhc|{s}产出、效益、满意度各丢了几分",
        "en|How are the lost points{s} split across output, benefit and satisfaction?",
        "mix|{s}一级指标各扣了多少分，breakdown一下",
    ],
    "group.l2_lost": [
        "zhf|{s}请按二级指标汇总扣分情况。",
        "zhc|{s}数量质量时效这些二级指标分别扣了多少",
        "en|Give me the deductions{s} by second-level indicator.",
        "mix|{s}二级指标扣分的breakdown",
    ],
    "group.l1_rate": [
        "zhf|{s}各一级指标的得分率分别为多少？",
        "zhc|{s}产出效益满意度三块各拿了百分之几的分",
        "en|What share of the available points was earned in each first-level category{s}?",
        "mix|{s}各一级指标的score rate",
    ],
    "group.dept_count": [
        "zhf|{s}按主管部门统计项目数量。",
        "zhc|{s}每个部门几个项目",
        "en|Number of projects by department{s}?",
        "mix|{s}各department分别几个项目",
    ],
    "group.dept_avg": [
        "zhf|{s}按主管部门统计{f}平均值。",
        "zhc|{s}各个部门{f}平均多少",
        "en|Average {f} by department{s}, please.",
        "mix|{s}每个部门的average {f}",
    ],
    "group.year_count": [
        "zhf|{s}按年度统计项目个数。",
        "zhc|{s}每一年都有几个项目",
        "en|Project count by year{s}?",
        "mix|{s}每年的project数量",
    ],
    "group.year_avg": [
        "zhf|{s}分年度的{f}平均值分别为多少？",
        "zhc|{s}每年{f}平均多少",
        "en|Year by year, what was the average {f}{s}?",
        "mix|{s}各年的avg {f}",
    ],
    "compare.high": [
        "zhf|{p}与{q}的{f}孰高？",
        "zhc|{p}和{q}，{f}谁更高一点",
        "zh|{p}、{q}、{r}三个项目{f}哪个最高？",
        "en|Between {p} and {q}, whose {f} is higher?",
        "enn|{p} vs {q}, which {f} bigger?",
        "mix|{p} vs {q}，{f}哪个高",
        "en|Of {p}, {q} and {r}, which one has the largest {f}?",
    ],
    "compare.low": [
        "zhf|{p}与{q}相较，{f}较低者为哪一个？",
        "zhc|{p}跟{q}哪个{f}少一些",
        "en|Which is lower on {f}: {p} or {q}?",
        "mix|{p}和{q}比，谁的{f}更low",
        "zh|{p}、{q}和{r}，{f}最低的是哪一个？",
    ],
    "compare.diff": [
        "zhf|{p}的{f}较{q}高出多少？",
        "zhc|{p}比{q}{f}多多少",
        "zh|{p}和{q}的{f}相差多少？",
        "en|How much higher is {p}'s {f} than {q}'s?",
        "enn|difference of {f} between {p} and {q}?",
        "mix|{p}和{q}的{f}差了多少",
        "zh|{p}的{f}比{q}高几个百分点？",
        "en|By how many percentage points does {p}'s {f} exceed {q}'s?",
    ],
    "reason.project": [
        "zhf|请说明{p}扣分的具体原因。",
        "zhc|{p}怎么被扣分了",
        "en|What caused {p} to lose points?",
        "enn|why {p} lost score?",
        "mix|{p}为啥扣分，reason是什么",
    ],
    "reason.kind": [
        "zhf|{p}{k}失分的原因为何？",
        "zhc|{p}{k}为啥没满分",
        "en|Explain the deduction on {p}'s {k}.",
        "mix|{p}的{k}扣分reason",
    ],
    "reason.level1": [
        "zhf|{p}{l}扣分原因请予说明。",
        "zhc|{p}{l}咋丢分的",
        "en|Why was {p} marked down on its {l}?",
        "mix|{p}{l}为什么被扣分？give me the reason",
    ],
    "nested.max_value": [
        "zhf|{f}最高之项目，其{g}为多少？",
        "zhc|{f}第一的那个项目，{g}是多少",
        "en|Take the project with the top {f}: what's its {g}?",
        "enn|project with max {f}, its {g} how much?",
        "mix|{f}最高的project的{g}是多少",
    ],
    "nested.min_value": [
        "zhf|{f}最低项目的{g}为多少？",
        "zhc|{f}最少的那个，{g}多少",
        "en|What {g} does the project with the lowest {f} have?",
        "mix|{f}最低的project，{g}多少",
    ],
    "nested.max_reason": [
        "zhf|{f}最多的项目扣分原因为何？",
        "zhc|{f}最多的那个项目为啥扣这么多",
        "en|The project with the most {f}: why?",
        "mix|{f}最多的project为什么扣分",
    ],
    "nested.min_reason": [
        "zhf|{f}最低项目的失分原因是什么？",
        "zhc|{f}最差的那个项目咋回事，为啥扣分",
        "en|Why did the project with the weakest {f} lose points?",
        "mix|{f}最低的那个project为什么被扣分",
    ],
    "nested.min_grade": [
        "zhf|{f}最低的项目评价等级为何？",
        "zhc|{f}倒数第一的项目是什么等级",
        "en|What rating did the bottom project on {f} get?",
        "mix|{f}最低那个project的grade",
    ],
    "nested.max_grade": [
        "zhf|{f}最高的项目获评何等级？",
        "en|Which grade went to the project with the highest {f}?",
        "mix|{f}最高的project评了什么grade",
    ],
    "fu.why_min": [
        "zhf|{f}最低的项目是哪一个？||请说明原因。",
        "zhc|{f}最差的是哪个||咋回事",
        "en|Who has the weakest {f}?||What went wrong there?",
        "enn|lowest {f} project?||reason?",
        "mix|{f}最低的project是哪个||why",
    ],
    "fu.why_max": [
        "zhf|{f}最多的项目是哪个？||扣分原因请说明。",
        "zhc|谁{f}最多||为啥",
        "en|Which project had the most {f}?||What were the reasons?",
        "mix|{f}最多的project?||原因呢",
    ],
    "fu.second": [
        "zhf|{f}位居第一的项目是哪个？||位居第二的呢？",
        "zhc|{f}最高是谁||那第二呢",
        "en|Who's number one on {f}?||And number two?",
        "mix|{f}最高的project||第二名是哪个",
    ],
    "fu.lowest": [
        "zhf|{f}最高的是哪一个项目？||最低的是哪个？",
        "zhc|{f}最高的是谁||那最低的呢",
        "en|Which project has the biggest {f}?||And the smallest one?",
        "mix|{f}最高的是哪个project||lowest呢",
    ],
    "fu.subset_min": [
        "zhf|请筛选{f}{op}{v}的项目。||上述项目中{g}最低的是哪个？",
        "zhc|{f}{op}{v}的是哪几个||这里头{g}最少的是谁",
        "en|Show me projects where {f} is {op} {v}.||Of these, which has the smallest {g}?",
        "mix|{f}{op}{v}的project||其中{g}最低的",
    ],
    "fu.subset_max": [
        "zhf|请列出{f}{op}{v}的项目。||其中{g}最高者为哪个？",
        "zhc|{f}{op}{v}的都是哪几个||这几个里头{g}最多的",
        "en|Projects with {f} {op} {v}?||Which of them tops {g}?",
        "mix|{f}{op}{v}的projects||里面{g}最高的是哪个",
    ],
    "fu.pronoun": [
        "zhf|{p}的{f}为多少？||该项目的{g}为多少？",
        "zhc|{p}{f}有多少||它{g}呢",
        "en|What's {p}'s {f}?||What about its {g}?",
        "enn|{p} {f}?||and {g}?",
        "mix|{p}的{f}是多少||那它的{g}呢",
    ],
    "fu.other": [
        "zhf|{p}的{f}为多少？||{q}的情况如何？",
        "zhc|{p}{f}是多少啊||换成{q}呢",
        "en|Tell me {p}'s {f}.||Same for {q}?",
        "enn|{p} {f}?||{q}?",
        "mix|{p}的{f}||{q}的数据呢",
    ],
    "fu.count": [
        "zhf|{k}存在扣分的项目有哪些？||上述项目共计几个？",
        "zhc|{k}丢分的有哪些||一共几个",
        "en|Which projects were docked points on {k}?||How many of them?",
        "mix|{k}扣分的project||总共多少个",
    ],
    "fu.avg": [
        "zhf|请列出各项目的{f}。||其平均值为多少？",
        "zhc|每个项目{f}都多少||平均呢",
        "en|Show every project's {f}.||What's the mean?",
        "mix|列一下每个项目的{f}||average是多少",
    ],
    "fu.chain": [
        "zhf|{f}最低者为哪个项目？||扣分原因是什么？||该项目{g}为多少？",
        "zhc|{f}最低的是哪个项目||为啥||那它{g}多少",
        "en|Which project is weakest on {f}?||How come?||And what's its {g}?",
        "mix|{f}最低的project?||why||它的{g}呢",
    ],
    "fu.other3": [
        "zhf|{p}的{f}为多少？||{q}呢？||{r}又如何？",
        "zhc|{p}{f}是多少||{q}呢||{r}的呢",
        "en|What's the {f} of {p}?||And {q}?||And {r}?",
        "mix|{p}的{f}||{q}呢||那{r}",
    ],
    "prose.orders": [
        "zhf|{p}年度内共处理工单多少个？",
        "zhc|{p}处理了几个工单",
        "en|How many tickets did {p} close?",
    ],
    "prose.visits": [
        "zhf|{p}累计服务人次是多少？",
        "zhc|{p}服务了多少人次啊",
        "en|How many person-visits did {p} serve?",
    ],
    "refuse.offtopic": [
        "zhc|帮我订一张明天去北京的机票",
        "zhc|中午吃啥好",
        "zh|今天星期几？",
        "zhc|帮我查下快递到哪了",
        "en|Can you recommend a movie for the weekend?",
        "en|What's the USD to RMB exchange rate today?",
        "enn|please help me book meeting room tomorrow 3pm",
        "en|Write a Python script that sorts a list.",
        "zh|最近房价会跌吗？",
        "zhf|请解释一下量子纠缠的原理。",
        "zh|个人所得税专项附加扣除怎么填？",
        "zhf|帮我起草一份年终工作总结。",
        "mix|帮我写个email给领导请假",
    ],
    "refuse.year": [
        "zhf|请提供{y}年度{p}的{f}。",
        "zhc|{y}年那会{p}{f}多少",
        "en|Back in {y}, what was {p}'s {f}?",
        "enn|{y} year {f} of {p}?",
        "mix|FY{y}的{f}最高是哪个project",
        "zh|{y}年各项目平均{f}是多少？",
    ],
    "refuse.agency": [
        "zhf|请列示{a}所属项目的{f}。",
        "zhc|{a}那边项目{f}都咋样",
        "en|How did {a}'s projects do on {f}?",
        "mix|{a}的project里{f}最低的是哪个",
        "zh|{a}一共有几个项目？",
    ],
    "roc.unknown": [
        "zhf|请提供{p}的{u}。",
        "zhc|{p}的{u}知道吗",
        "en|Do you know the {u} for {p}?",
        "mix|{p}的{u}是什么，thanks",
    ],
    "roc.unknown_all": [
        "zhf|请列出全部项目的{u}。",
        "zhc|每个项目{u}都是啥",
        "en|Give me the {u} of each project.",
    ],
    "roc.missing": [
        "zhf|请提供{m}项目的{f}。",
        "zhc|{m}的{f}有吗",
        "en|What {f} did {m} get?",
        "mix|{m}的{f}是多少",
    ],
    "roc.ambiguous": [
        "zhf|{x}项目{f}为多少？",
        "zhc|{x}那个{f}多少",
        "en|{x} project: what's the {f}?",
        "mix|{x}的{f}是多少",
    ],
}

# facts stated only in the sample's 年度总体目标 prose: (regex whose group is the number, unit, template)
PROSE = [
    (r"网络新建(\d+)个", None, "zhc|{p}网络新建了几个"),
    (r"节点搬迁(\d+)个", None, "zhf|{p}全年完成节点搬迁多少个？"),
    (r"资源调整(\d+)个", None, "en|How many resource adjustments did {p} carry out?"),
    (r"平均处理时长为(\d+)分钟", None, "zh|网络报修平均要多少分钟处理完？"),
    (r"政务外网侧(\d+)个", None, "zhc|政务外网那一侧的报修有多少个"),
    (r"用户侧(\d+)个", None, "en|How many of the network repair calls came from the user side?"),
    (r"重大网络保障工作(\d+)余次", None, "zhf|{p}承担重大网络保障任务多少次？"),
    (r"提供超(\d+)人的专业的服务人员团队", None, "zhc|{p}服务团队有多少人"),
    (
        r"为全市(\d+)余个市级政务外网网络节点",
        None,
        "en|How many city-level e-government network nodes does {p} serve?",
    ),
    (r"对接全市16个区、(\d+)个部门", None, "zhf|{p}对接了多少个市级部门？"),
    (r"和(\d+)项地方标准化指导性技术文件", None, "zh|{p}发布了多少项地方标准化指导性技术文件？"),
    (r"累计发布(\d+(?:\.\d+)?)万余个公共数据资源目录", "万", "zhc|公共数据资源目录累计发布了多少个"),
    (r"法人综合库覆盖(\d+)万余家企业", "万", "en|How many companies does the legal-person database cover?"),
    (r"空间地理综合库覆盖(\d+)万余个标准门牌地址", "万", "zhf|空间地理综合库覆盖标准门牌地址多少个？"),
    (r"(\d+)分钟内修复", None, "zhc|故障要求多少分钟内修好"),
    (r"与长三角共享数据超(\d+)亿条", "亿", "mix|和长三角share了多少条数据"),
]
TEMPLATES["prose.fact"] = [f"{t.split('|', 1)[0]}|{i}" for i, (_, _, t) in enumerate(PROSE)]

OTHER_YEARS = [2016, 2017, 2019, 2022, 2025]
OTHER_AGENCIES = [
    "上海市人力资源和社会保障局",
    "江苏省财政厅",
    "上海市浦东新区大数据中心",
    "广州市政务服务数据管理局",
    "上海市规划和自然资源局",
    "杭州市数据资源管理局",
    "上海市住房和城乡建设管理委员会",
]
UNKNOWN = {
    "zh": [
        "建设地点",
        "验收日期",
        "供应商名称",
        "项目经理手机号",
        "立项批文号",
        "办公面积",
        "签约时间",
        "付款方式",
        "专家评审意见",
        "预算编制人",
    ],
    "en": [
        "vendor name",
        "go-live date",
        "approval document number",
        "office floor area",
        "payment terms",
        "contract signing date",
        "project location",
    ],
}
MISSING_PROJECTS = [
    "市民热线升级改造",
    "智慧消防物联网",
    "长江口生态监测站",
    "社区食堂补贴",
    "数字人民币试点推广",
]

# the sample corpus only: how people shorten the project names; the alias check in
# eval/suites/dev.py makes sure each one singles out its project (by substring, or by its
# characters in order for a shortening that drops some)
ALIASES = {
    "“一网通办”运营服务": ["「一网通办」运营服务", '"一网通办"运营服务'],
    "上海市“一网通办”平台信息系统（2021升级改造）": ["2021升级改造", "一网通办平台信息系统", "通办平台升级"],
    "基础设施-运维": ["设施运维", "基础设施（运维）"],
    "上海市大数据资源平台（二期）": ["资源平台", "数据资源平台(二期)", "大数据平台二期"],
    "上海市政务云基础设施服务费（预付费）": ["云基础设施服务费", "预付费", "政务云服务费"],
    "大数据中心管理工作经费": ["中心管理工作经费", "管理经费", "大数据中心管理经费"],
    "数据运营服务": [],
}
AMBIGUOUS = ["大数据", "运营", "一网通", "服务"]

# agencies as people shorten them (the synthetic corpus): expanded before the alias check
AGENCY_SHORT = {
    "教委": "教育委员会",
    "卫健委": "卫生健康委员会",
    "交通委": "交通委员会",
    "文旅局": "文化和旅游局",
}


def synth_fragments(o: Any) -> list[str]:
    """Fragments of synthetic project names that name two to four projects: a topic with its
    kind of work, without the agency and code (asking back must list the candidates)."""
    import re

    out = []
    for name in o.names():
        stem = re.sub(r"（[A-Z]+-\d+）$", "", name)
        for dept in sorted(set(o.projects.department), key=len, reverse=True):
            stem = stem.removeprefix(dept.removeprefix("上海市"))
        if stem not in out and 2 <= len(o.resolve(stem)) <= 4:
            out.append(stem)
    return sorted(out)


# -- numbers as people write them ---------------------------------------------------------------
_DIGITS = "零一二三四五六七八九"


def _four(n: int) -> str:
    """0 < n < 10000 in Chinese numerals (一千零五, 九十九)."""
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d, n = divmod(n, size)
        if d:
            out += ("零" if zero and out else "") + _DIGITS[d] + unit
            zero = False
        else:
            zero = True
    return out


def chinese_number(value: float) -> str:
    """A number below 10⁸ in Chinese numerals: 90 → 九十, 99.5 → 九十九点五, 2000 → 两千."""
    whole, frac = f"{value:.2f}".rstrip("0").rstrip(".").partition(".")[::2]
    n = int(whole)
    if n >= 10**8:
        raise ValueError(f"{value} is too large")
    high, low = divmod(n, 10000)
    text = (_four(high) + "万" + ("零" if 0 < low < 1000 else "") if high else "") + (
        _four(low) if low else ""
    )
    text = text or "零"
    if text.startswith("一十"):
        text = text[1:]
    if text[0] == "二" and len(text) > 1 and text[1] in "千百万":
        text = "两" + text[1:]
    return text + ("点" + "".join(_DIGITS[int(c)] for c in frac) if frac else "")


def amount(pick: Callable[[Sequence[str]], str], unit: str, value: float, lang: str) -> str:
    """A threshold the way people type it: money (元) as 5000万, 五千万, 0.5亿, 一个亿,
    RMB 50m; percent as 95%, 95％, 百分之九十五; points as 90分, 九十分 or a bare 90."""
    en = lang.startswith("en")
    if unit == "元":
        return pick(_money_en(value) if en else _money_zh(value))
    if unit == "%":
        return pick(
            [f"{value:g}%", f"{value:g} percent"]
            if en
            else [f"{value:g}%", f"{value:g}％", "百分之" + chinese_number(value)]
        )
    if en:
        return pick([f"{value:g} points", f"{value:g} pts", f"{value:g}"])
    return pick([f"{value:g}分", chinese_number(value) + "分", f"{value:g}"])


def _money_zh(value: float) -> list[str]:
    if value >= 1e8:
        out = [f"{value / 1e8:g}亿元", f"{value / 1e8:g}个亿", chinese_number(value / 1e8) + "亿"]
        return out + (["一个亿"] if value == 1e8 else [])
    out = [f"{value / 1e4:g}万元", f"{value / 1e4:g}万", chinese_number(value / 1e4) + "万"]
    if value >= 1e7:
        out += [f"{value / 1e8:g}亿", f"{value / 1e7:g}千万"]
    return out


def _money_en(value: float) -> list[str]:
    if value < 1e6:
        return [f"{value:,.0f} yuan", f"RMB {value / 1e3:g}k", f"CNY {value:,.0f}"]
    return [
        f"{value / 1e6:g} million yuan",
        f"RMB {value / 1e6:g}m",
        f"¥{value / 1e6:g} million",
        f"CNY {value:,.0f}",
    ]
