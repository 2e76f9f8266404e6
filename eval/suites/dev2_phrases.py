"""Phrasings of the third development suites (dev2_sample.jsonl, dev2_synth.jsonl): wordings that
neither the visible phrasebook (phrases.py), the first development phrasebook (dev_phrases.py)
nor the bundled set (eval/questions.jsonl) uses, written as different people would ask:

- zhp  a bureau chief dictating on a phone: terse, no punctuation (colloquial);
- zhf  an auditor in 公文 style (经核查, 请核实, 予以说明, 相关情况) (formal);
- zhj  a junior clerk: polite and long-winded (plain Chinese);
- zhc  colloquial Chinese; zh plain Chinese;
- en   an English-speaking consultant, American spelling; enb the same in British spelling;
- enn  non-native English; mix a bilingual staffer switching language mid-sentence.

"||" separates turns. Slots as in phrases.py, plus: {d} a grade word (derived.grade_yesno),
{y} and {z} years as people write them (fu.year, refuse.year: the builder words the year, so
templates carry no 年). An operator word with "@" wraps its threshold ("@以上" gives 95分以上).
Operators 以上/以下 read as inclusive (the legal reading); a threshold written with them never
equals a stated value, so no reading of the boundary changes the gold (eval/suites/dev2.py).

Words only: every gold value comes from the oracle; thresholds are worded by ``amount`` below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from eval.suites.dev_phrases import chinese_number

FIELDS = {
    "total": {
        "zh": ["综合评分", "绩效得分", "总评分", "打分结果"],
        "en": ["aggregate score", "headline score", "total mark"],
    },
    "rate": {
        "zh": ["预算支出率", "资金使用率", "预算完成率", "执行进度"],
        "en": ["utilization rate", "spend ratio", "disbursement rate"],
    },
    "initial": {
        "zh": ["年初安排的预算", "年初数", "年初预算额"],
        "en": ["beginning-of-year budget", "originally approved budget", "start-of-year allocation"],
    },
    "budget": {
        "zh": ["全年预算金额", "调整后的预算总额", "全年可用预算"],
        "en": ["full-year allocation", "updated budget", "total budget for the year"],
    },
    "executed": {
        "zh": ["全年支出数", "已支出金额", "实际执行额", "实际花掉的钱"],
        "en": ["total spend", "funds disbursed", "actual expenditure"],
    },
    "funds_score": {
        "zh": ["预算执行指标得分", "资金执行情况得分", "预算执行分"],
        "en": ["points for spending", "budget-execution mark"],
    },
    "satisfaction": {
        "zh": ["满意度评分", "满意度一项的得分", "用户满意度得分"],
        "en": ["customer satisfaction mark", "user satisfaction points"],
    },
    "unspent": {
        "zh": ["预算结余数", "沉淀资金", "未使用预算", "预算余额"],
        "en": ["underspend", "unspent balance", "budget left unused"],
    },
    "lost": {
        "zh": ["扣减分值", "被扣分数", "少得的分"],
        "en": ["marks dropped", "points docked", "shortfall in points"],
    },
}
KIND_WORDS = {
    "数量指标": {"zh": ["数量方面的指标", "数量类考核指标"], "en": ["volume indicator", "quantity metric"]},
    "质量指标": {"zh": ["质量方面的指标", "质量要求"], "en": ["quality measure", "quality metric"]},
    "时效指标": {"zh": ["时效方面的指标", "及时性指标"], "en": ["timeliness measure", "deadline metric"]},
    "成本指标": {"zh": ["成本方面的指标", "成本类考核指标"], "en": ["cost measure", "cost metric"]},
    "经济效益指标": {
        "zh": ["经济效益方面的指标", "经济方面效益"],
        "en": ["economic benefit measure", "economic metric"],
    },
    "社会效益指标": {
        "zh": ["社会效益方面的指标", "社会方面效益"],
        "en": ["social benefit measure", "social metric"],
    },
    "生态效益指标": {
        "zh": ["生态效益方面的指标", "环境效益指标"],
        "en": ["environmental measure", "green metric"],
    },
    "可持续影响指标": {
        "zh": ["可持续影响方面的指标", "可持续性指标"],
        "en": ["sustainability measure", "long-run impact metric"],
    },
    "服务对象满意度指标": {
        "zh": ["服务对象满意方面的指标", "使用者满意度指标"],
        "en": ["user satisfaction measure", "recipient satisfaction metric"],
    },
}
LEVEL1_WORDS = {
    "产出指标": {"zh": ["产出方面的指标", "产出这一块"], "en": ["output measures", "output block"]},
    "效益指标": {"zh": ["效益方面的指标", "效益这一块"], "en": ["benefit measures", "benefit block"]},
    "满意度指标": {
        "zh": ["满意度方面的指标", "满意度这一块"],
        "en": ["satisfaction measures", "satisfaction block"],
    },
}
OPS = {
    "lt": {"zh": ["没到", "不够", "未达", "不满"], "en": ["beneath", "short of", "under the mark of"]},
    "gt": {"zh": ["高过", "大过", "在@之上"], "en": ["exceeding", "in excess of", "north of"]},
    "ge": {"zh": ["@以上", "@或以上", "达到"], "en": ["@ and above", "@ or above", "not below"]},
    "le": {"zh": ["@以下", "@或以下", "没超过"], "en": ["@ and below", "@ or under", "up to"]},
}
# operator words whose boundary a reader may take either way: their threshold is never a stated value
BOUNDARY_WORDS = ("以上", "以下")
ORDINALS = {
    "2": {"zh": ["第二位", "第二名"], "en": ["second-placed", "number two"], "mix": ["No.2", "第二名"]},
    "3": {"zh": ["第三位", "第三名"], "en": ["third-placed", "number three"], "mix": ["No.3", "第三名"]},
}
COUNTS = {
    "2": {"zh": ["两", "2"], "en": ["two", "2"], "mix": ["2"]},
    "3": {"zh": ["三", "3"], "en": ["three", "3"], "mix": ["3"]},
}
GRADE_WORDS = {
    "优": {"zh": ["优秀", "优"], "en": ["excellent"]},
    "良": {"zh": ["良好", "良"], "en": ["good"]},
    "中": {"zh": ["中等"], "en": ["fair"]},
}

TEMPLATES: dict[str, list[str]] = {
    "lookup": [
        "zhf|经核查，{p}的{f}为多少？请予以说明。",
        "zhf|请核实{p}项目{f}的相关情况。",
        "zhp|{p}{f}报一下",
        "zhj|您好，麻烦问一下，{p}这个项目的{f}大概是多少呀？谢谢！",
        "zh|我想了解一下{p}的{f}。",
        "zhc|{p}{f}能告诉我不",
        "en|I'd like to know the {f} for {p}, please.",
        "enb|Could you let me have {p}'s {f}?",
        "enn|{f} of {p} is how much please",
        "mix|{p}的{f} 大概是 how much？",
    ],
    "lookup.yesno": [
        "zh|{p}的{f}是不是{op}{v}？",
        "zhf|{p}{f}是否{op}{v}？请核实。",
        "zhp|{p}{f}有没有{op}{v}",
        "zhj|想确认一下，{p}的{f}是{op}{v}的吧？",
        "en|Is {p}'s {f} {op} {v}?",
        "enb|Am I right that the {f} of {p} is {op} {v}?",
        "mix|{p}的{f}是不是{op} {v} 啊",
    ],
    "lookup.two": [
        "zh|{p}的{f}和{g}各是多少？",
        "zhf|请分别列明{p}的{f}及{g}。",
        "zhp|{p}{f}跟{g}都说一下",
        "en|What are {p}'s {f} and {g}?",
        "enb|For {p}, what were the {f} and the {g} respectively?",
        "mix|{p}的{f} and {g}分别多少",
    ],
    "lookup.pair": [
        "zh|{p}和{q}的{f}各是多少？",
        "zhf|请分别提供{p}与{q}的{f}。",
        "zhc|{p}跟{q}，{f}分别是多少",
        "en|What were the {f} figures for {p} and {q}?",
        "mix|{p}和{q}各自的{f} is?",
    ],
    "derived.change": [
        "zhf|{p}全年预算较年初是否进行了调整？调整金额为多少？",
        "zhp|{p}预算年中动了多少",
        "zhj|请问{p}的预算在年度中间有没有调整过呀，调了多少呢？",
        "en|Did {p}'s budget get revised during the year, and by how much?",
        "enb|By what amount was {p}'s budget revised in-year?",
        "mix|{p}年初到年底budget变了多少",
    ],
    "derived.unspent": [
        "zhf|{p}预算资金是否存在结余？结余金额为多少？",
        "zhp|{p}还有多少钱没花出去",
        "zhj|麻烦问下，{p}年底还剩下多少预算没有用完呢？",
        "en|How much of {p}'s budget went unspent?",
        "enb|What underspend did {p} record?",
        "mix|{p}的budget还剩多少没用",
    ],
    "derived.lost": [
        "zhf|{p}自评总分较满分相差多少分？",
        "zhp|{p}扣了多少",
        "zhj|想问一下{p}一共被扣掉了几分呀？",
        "en|How many points short of full marks was {p}?",
        "enb|How many marks did {p} drop overall?",
        "mix|{p}总共lose了几分",
    ],
    "derived.level1": [
        "zhf|{p}{l}合计得分情况请予以说明。",
        "zhp|{p}{l}总共几分",
        "zhj|请问一下{p}的{l}加起来得了多少分呢？",
        "en|Add up {p}'s scores on the {l} for me.",
        "mix|{p}在{l}上一共拿了多少分",
    ],
    "derived.rate": [
        "zhf|{p}{l}得分占该类分值的比例为多少？",
        "zhc|{p}{l}的得分率有多高",
        "en|As a percentage, how much of the {l} weight did {p} secure?",
        "mix|{p}的{l} score rate多少",
    ],
    "derived.grade": [
        "zhf|经核查，{p}绩效自评结果属于哪一等次？",
        "zhp|{p}评的啥等级",
        "en|Which band of the grading scale is {p} in?",
        "enb|What rating band was {p} placed in?",
        "mix|{p}最后是什么rating",
    ],
    "derived.grade_yesno": [
        "zh|{p}是不是评了{d}？",
        "zhf|{p}的评价等次是否为{d}？",
        "zhc|{p}算不算{d}",
        "en|Was {p} graded {d}?",
        "mix|{p}是{d}等级吗",
    ],
    "indicator.score": [
        "zhf|请核实{p}{k}的实际得分。",
        "zhp|{p}{k}拿几分",
        "zhj|请问{p}在{k}这一项上得了多少分呢？",
        "en|How did {p} score on its {k}?",
        "enb|What mark did {p} receive for {k}?",
        "mix|{p}在{k}上score是多少",
    ],
    "indicator.lost": [
        "zhf|{p}{k}被扣减分值为多少？",
        "zhp|{p}{k}扣几分",
        "en|What was {p} docked on {k}?",
        "mix|{p}的{k} lost了几分",
    ],
    "indicator.weight": [
        "zhf|{p}{k}的分值设置为多少？",
        "zhc|{p}{k}满分是几分",
        "en|What's the maximum {p} could earn on {k}?",
        "enb|How many marks were allotted to {p}'s {k}?",
        "mix|{p} {k}的满分是多少",
    ],
    "indicator.target": [
        "zhf|{p}{k}的年度指标值设定情况请予以说明。",
        "zhc|{p}{k}当初定的指标值是多少",
        "en|What was {p} aiming for on {k}?",
        "mix|{p}的{k}年度目标值是what",
    ],
    "indicator.actual": [
        "zhf|{p}{k}实际完成值为多少？",
        "zhp|{p}{k}实际做到多少",
        "en|What was the outturn for {p} on {k}?",
        "enb|What did {p} actually deliver against its {k}?",
        "mix|{p}的{k}实际达成了多少",
    ],
    "list": [
        "zhf|请将{s}各项目的{f}逐项列明。",
        "zhp|{s}每个项目{f}都念一下",
        "zhj|能不能麻烦您把{s}所有项目的{f}都列出来呀？",
        "en|Could you list every project's {f}{s}?",
        "enb|Please set out the {f} for each programme{s}.",
        "mix|{s}每个项目的{f}给我个list",
    ],
    "list.grade": [
        "zhf|{s}各项目自评等次请逐一列示。",
        "zhc|{s}各个项目都拿了啥评级",
        "en|What rating did each of the projects{s} end up with?",
        "mix|{s}每个project的等级",
    ],
    "filter.cmp": [
        "zhf|经核查，{s}{f}{op}{v}的项目有哪些？",
        "zhp|{s}{f}{op}{v}的项目报一下",
        "zhj|请问{s}{f}{op}{v}的项目都有哪些呢？麻烦列一下，谢谢。",
        "en|I'd like a list of the projects{s} whose {f} is {op} {v}.",
        "enb|Which programmes{s} have a {f} {op} {v}?",
        "mix|{s}{f} {op} {v} 的projects",
    ],
    "filter.exists": [
        "zh|{s}有没有{f}{op}{v}的项目？",
        "zhf|{s}是否存在{f}{op}{v}的项目？如有请列明。",
        "zhc|{s}{f}{op}{v}的有没有",
        "en|Are there any projects{s} with a {f} {op} {v}?",
        "mix|有没有{s}{f} {op} {v}的project",
    ],
    "filter.eq": [
        "zhf|{s}{f}等于{v}的项目请予列明。",
        "zhc|{s}{f}刚刚好{v}的是哪几个",
        "en|Which projects{s} landed exactly on {v} for {f}?",
        "mix|{s}{f}正好是{v}的project有哪些",
    ],
    "filter.above_avg": [
        "zhf|{s}{f}高于整体均值的项目有哪些？",
        "zhc|{s}{f}在平均数以上的是哪几个",
        "en|Which projects{s} are above the mean on {f}?",
        "mix|{s}{f}比mean高的项目",
    ],
    "filter.below_avg": [
        "zhf|{s}{f}低于全部项目均值的有哪些？",
        "zhp|{s}{f}低于平均的报一下",
        "en|Which projects{s} sit below the mean {f}?",
        "mix|{s}{f}在average以下的是哪些",
    ],
    "filter.above_median": [
        "zhf|{s}{f}高于中位数水平的项目有哪些？",
        "en|Which projects{s} come in above the median on {f}?",
        "mix|{s}{f} above median的有哪些",
    ],
    "filter.has": [
        "zhf|{s}设置了{k}的项目请予列明。",
        "zhc|{s}哪几个项目带{k}",
        "en|Which projects{s} track a {k}?",
        "mix|{s}哪些project有{k}",
    ],
    "filter.deducted": [
        "zhf|经核查，{s}{k}未得满分的项目有哪些？",
        "zhp|{s}{k}扣分的项目报一下",
        "en|Which projects{s} lost marks on their {k}?",
        "mix|{s}{k}被deduct分的项目",
    ],
    "filter.deducted_l1": [
        "zhf|{s}{l}得分低于分值的项目有哪些？",
        "zhc|{s}{l}扣过分的都有谁",
        "en|Which projects{s} were docked points in the {l}?",
        "mix|{s}{l}有deduction的project",
    ],
    "filter.full": [
        "zhf|{s}{l}得分与分值相符的项目有哪些？",
        "zhc|{s}{l}一分不扣的是哪些",
        "en|Which projects{s} got every available point in the {l}?",
        "mix|{s}{l}全满分的project",
    ],
    "filter.full_kind": [
        "zhf|{s}{k}取得满分的项目请予列明。",
        "zhc|{s}{k}拿满分的都有哪些",
        "en|Which projects{s} earned full marks for {k}?",
        "mix|{s}在{k}上满分的project",
    ],
    "filter.clean": [
        "zhf|{s}各项绩效指标均获满分的项目有哪些？",
        "zhc|{s}有没有哪个项目指标一分都没丢",
        "en|Did any project{s} keep full marks on every single indicator?",
        "mix|{s}indicator全部满分的project",
    ],
    "filter.unmet": [
        "zhf|经核查，{p}哪些指标实际完成值未达到年度指标值？",
        "zhc|{p}哪几个指标没做到目标",
        "en|Which of {p}'s indicators came in under target?",
        "enb|Which targets did {p} miss?",
        "mix|{p}有哪些指标miss了target",
    ],
    "rank.max": [
        "zhf|{s}{f}最高的项目为哪一个？",
        "zhp|{s}{f}第一是哪个",
        "zhj|请问{s}哪个项目的{f}是最高的呀？",
        "en|Which project{s} tops the table on {f}?",
        "enb|Which programme{s} leads on {f}?",
        "mix|{s}{f}最高是哪个project呀",
    ],
    "rank.min": [
        "zhf|{s}{f}最低的项目为哪一个？",
        "zhp|{s}{f}最差的是哪个",
        "enb|Which project{s} props up the table on {f}?",
        "enn|which project{s} {f} is most low?",
        "mix|{s}{f}最低的是which project",
    ],
    "rank.nth": [
        "zhf|{s}按{f}从高到低排序，排在{n}的项目是哪个？",
        "zhc|{s}论{f}排{n}的是谁",
        "en|Who is {n} on {f}{s}?",
        "mix|{s}{f} ranking {n}的项目",
    ],
    "rank.nth_low": [
        "zhf|{s}按{f}从低到高排序，排在{n}的项目是哪个？",
        "zhc|{s}{f}倒着数{n}是哪个",
        "en|Counting up from the lowest {f}{s}, which project is {n}?",
        "mix|{s}{f}从低往高{n}的project",
    ],
    "rank.top": [
        "zhf|{s}{f}排名靠前的{n}个项目分别是哪些？",
        "zhp|{s}{f}前{n}名报一下",
        "en|Give me the top {n} projects{s} for {f}.",
        "mix|{s}{f}最高的{n}个project",
    ],
    "rank.bottom": [
        "zhf|{s}{f}排名最后的{n}个项目有哪些？",
        "zhc|{s}{f}垫底的{n}个是哪些",
        "en|Which {n} projects{s} bring up the rear on {f}?",
        "mix|{s}{f}最低的{n}个project",
    ],
    "rank.tie_max": [
        "zh|{s}{f}最高的项目有哪些？并列的也请列出。",
        "zhc|{s}{f}最高的是谁，有并列的吗",
        "en|Which project{s} has the top {f}? Include any ties.",
        "mix|{s}{f}最高的project，tie的都列出来",
    ],
    "rank.tie_min": [
        "zh|{s}{f}最低的项目有哪些？如有并列请一并列出。",
        "zhc|{s}{f}垫底的是哪些，并列的也算",
        "en|Which project{s} has the lowest {f}, ties included?",
        "mix|{s}{f}最低的project（含并列）",
    ],
    "rank.except_max": [
        "zh|除了{p}以外，{f}最高的是哪个项目？",
        "zhf|除{p}外，{f}最高的项目为哪一个？",
        "zhc|{p}不算的话，{f}最高的是谁",
        "en|Excluding {p}, which project has the highest {f}?",
        "enb|Leaving aside {p}, which project comes top on {f}?",
        "mix|除了{p}，{f}最高的project是哪个",
    ],
    "rank.except_min": [
        "zh|除了{p}以外，{f}最低的是哪个项目？",
        "zhf|剔除{p}后，{f}最低的项目为哪一个？",
        "zhc|{p}先不管，{f}最低的是哪个",
        "en|Setting {p} aside, which project has the lowest {f}?",
        "mix|不算{p}，{f}最低的project",
    ],
    "agg.count_all": [
        "zhf|{s}参与绩效自评的项目共有几个？",
        "zhp|{s}项目总数报一下",
        "en|How many projects{s} does the corpus cover?",
        "enb|What's the total number of programmes{s}?",
        "mix|{s}project总数是多少",
    ],
    "agg.count_has": [
        "zhf|{s}设置了{k}的项目数量为几个？",
        "zhc|{s}带{k}的项目有几个",
        "en|How many projects{s} track a {k}?",
        "mix|{s}有{k}的project有几个",
    ],
    "agg.count_deducted": [
        "zhf|{s}{k}未获满分的项目有几个？",
        "zhp|{s}{k}扣分的几个",
        "en|How many projects{s} dropped marks on {k}?",
        "mix|{s}{k}被扣分的project数",
    ],
    "agg.count_cmp": [
        "zhf|{s}{f}{op}{v}的项目数量为几个？",
        "zhp|{s}{f}{op}{v}的几个",
        "en|What number of projects{s} show a {f} {op} {v}?",
        "mix|{s}{f} {op} {v}的project数量",
    ],
    "agg.majority": [
        "zh|{s}{f}{op}{v}的项目过半了吗？",
        "zhf|{s}{f}{op}{v}的项目是否超过半数？",
        "en|Do more than half of the projects{s} have a {f} {op} {v}?",
        "mix|{s}{f} {op} {v}的project有没有过半",
    ],
    "agg.sum": [
        "zhf|{s}各项目{f}汇总为多少？",
        "zhp|{s}{f}加总是多少",
        "en|What do the {f} figures{s} add up to?",
        "enb|Total up the {f} across the programmes{s}.",
        "mix|{s}{f}的sum是多少",
    ],
    "agg.avg": [
        "zhf|{s}各项目{f}的均值为多少？",
        "zhc|{s}{f}平均水平多少",
        "en|What's the mean {f}{s}?",
        "mix|{s}平均{f} is多少",
    ],
    "agg.median": [
        "zhf|{s}{f}的中位数水平为多少？",
        "zhc|{s}{f}排中间的那个值是多少",
        "en|What is the median figure for {f}{s}?",
        "mix|{s}{f}的中位数 please",
    ],
    "agg.max": [
        "zhf|{s}{f}最大值是多少？",
        "zhc|{s}{f}顶多到多少",
        "en|What's the top {f} figure{s}?",
        "mix|{s}{f}最大是多少 max value",
    ],
    "agg.min": [
        "zhf|{s}{f}最小值是多少？",
        "zhc|{s}{f}最低到多少",
        "en|What is the smallest {f} on record{s}?",
        "mix|{s}{f}的minimum",
    ],
    "agg.except_avg": [
        "zh|除了{p}，其他项目的平均{f}是多少？",
        "zhf|剔除{p}后，其余项目{f}的均值为多少？",
        "en|Leaving out {p}, what's the average {f} of the rest?",
        "mix|不算{p}的话，平均{f}多少",
    ],
    "group.l1_lost": [
        "zhf|{s}产出、效益、满意度三类一级指标扣分情况分别如何？",
        "zhc|{s}一级指标每块扣了多少分",
        "en|Break the points dropped{s} down by top-level indicator.",
        "mix|{s}按一级指标的扣分breakdown",
    ],
    "group.l2_lost": [
        "zhf|{s}各二级指标扣分合计请分类列示。",
        "zhc|{s}二级指标每一类扣了几分",
        "en|How many points were lost in each second-tier category{s}?",
        "mix|{s}各二级指标lost多少分",
    ],
    "group.l1_rate": [
        "zhf|{s}产出、效益、满意度各类指标得分率分别为多少？",
        "zhc|{s}三大类指标各自得分率多少",
        "en|Score rate by first-tier indicator{s}, please.",
        "mix|{s}一级指标的得分率 by category",
    ],
    "group.dept_count": [
        "zhf|{s}各主管部门所属项目数量分别为多少？",
        "zhc|{s}每个主管部门各有多少个项目",
        "en|How many projects sit under each department{s}?",
        "mix|{s}按department数一下项目",
    ],
    "group.dept_avg": [
        "zhf|{s}各主管部门项目{f}均值分别为多少？",
        "zhc|{s}按部门看{f}平均是多少",
        "en|What's the mean {f} for each department{s}?",
        "mix|{s}{f} average by department",
    ],
    "group.year_count": [
        "zhf|{s}各年度项目数量分别为多少？",
        "zhc|{s}每个年度分别几个项目",
        "en|Break the project count down by year{s}.",
        "mix|{s}按年份数一下project",
    ],
    "group.year_avg": [
        "zhf|{s}各年度项目{f}均值分别为多少？",
        "zhc|{s}按年份看{f}平均多少",
        "en|Mean {f} per year{s}?",
        "mix|{s}{f} average by year",
    ],
    "compare.high": [
        "zh|{p}和{q}相比，{f}哪个更高？",
        "zhf|{p}与{q}的{f}相比较，何者较高？",
        "zhp|{p}跟{q}比{f}谁高",
        "en|Does {p} or {q} have the higher {f}?",
        "enb|{p} versus {q}: which scores higher on {f}?",
        "mix|{p}、{q}、{r}里面{f}最high的是哪个",
        "zhj|请问{p}、{q}和{r}这三个项目里，{f}最高的是哪个呀？",
    ],
    "compare.low": [
        "zhf|{p}、{q}两项目{f}孰低？",
        "zhc|{p}和{q}谁的{f}更低一点",
        "en|Between {p} and {q}, which one trails on {f}?",
        "mix|{p}跟{q}，{f}哪个lower",
        "zh|{p}、{q}、{r}中{f}最低的是哪个项目？",
    ],
    "compare.diff": [
        "zh|{p}比{q}的{f}高多少？",
        "zhf|{p}{f}高于{q}的差额为多少？",
        "zhc|{p}跟{q}{f}差多少",
        "en|What's the gap in {f} between {p} and {q}?",
        "enb|By how much does {p} exceed {q} on {f}?",
        "mix|{p}和{q}的{f} gap是多少",
        "zh|{p}的{f}比{q}多出几个百分点？",
        "enb|How many percentage points separate {p} and {q} on {f}?",
    ],
    "reason.project": [
        "zhf|{p}扣分原因请予以说明。",
        "zhp|{p}为啥扣分说一下",
        "zhj|想请教一下，{p}被扣分主要是什么原因呢？",
        "en|What explains the points {p} dropped?",
        "enb|Why was {p} marked down?",
        "mix|{p}扣分的原因 what",
    ],
    "reason.kind": [
        "zhf|{p}{k}未得满分的原因是什么？",
        "zhc|{p}{k}咋没拿满",
        "en|Why didn't {p} get full marks on {k}?",
        "mix|{p}的{k}为什么被扣分 reason",
    ],
    "reason.level1": [
        "zhf|{p}{l}失分原因请予以说明。",
        "zhc|{p}{l}为啥扣了分",
        "en|What cost {p} points in the {l}?",
        "mix|{p} {l}扣分原因",
    ],
    "nested.max_value": [
        "zhf|{f}最高项目的{g}为多少？",
        "zhc|{f}最高的那个，{g}有多少",
        "en|For whichever project has the highest {f}, what is the {g}?",
        "mix|{f}第一的project，它的{g}多少",
    ],
    "nested.min_value": [
        "zhf|{f}居末位项目的{g}为多少？",
        "zhc|{f}垫底的那个项目{g}多少",
        "en|Take the project with the weakest {f}: what is its {g}?",
        "mix|{f}最低那个project的{g}",
    ],
    "nested.max_reason": [
        "zhf|{f}最多的项目，其扣分原因是什么？",
        "zhc|{f}最多那个项目扣分原因是啥",
        "en|Explain why the project with the most {f} lost them.",
        "mix|{f}最多的project扣分reason",
    ],
    "nested.min_reason": [
        "zhf|{f}最低的项目扣分原因请予说明。",
        "zhc|{f}垫底那个项目为什么扣分",
        "en|What went wrong for the project with the lowest {f}?",
        "mix|{f}最低的project，why扣分",
    ],
    "nested.min_grade": [
        "zhf|{f}最低项目的自评等次为何？",
        "zhc|{f}垫底那个项目是什么级别",
        "en|What grade band is the project with the lowest {f} in?",
        "mix|{f}最低的project评级",
    ],
    "nested.max_grade": [
        "zhf|{f}最高项目的自评等次为何？",
        "zhc|{f}第一那个项目评的啥级",
        "en|What grade band did the top project on {f} land in?",
        "mix|{f}最高的project rating",
    ],
    "fu.why_min": [
        "zhf|{f}最低的项目为哪个？||请说明其扣分原因。",
        "zhp|{f}最低的哪个||原因说下",
        "en|Which project is bottom on {f}?||Why is that?",
        "mix|{f}最低是哪个project||what's the reason",
    ],
    "fu.why_max": [
        "zhf|{f}最多的是哪个项目？||其原因为何？",
        "zhc|{f}最多的是谁||分是怎么丢的",
        "en|Which project has the largest {f}?||What caused it?",
        "mix|{f}最多是哪个project||reason是什么",
    ],
    "fu.second": [
        "zhf|{f}最高的项目为哪个？||次高的呢？",
        "zhp|{f}最高哪个||老二是谁",
        "en|Which project is out in front on {f}?||And the runner-up?",
        "mix|{f}最高的是哪个||second呢",
    ],
    "fu.lowest": [
        "zhf|{f}最高者为哪个项目？||最低者为哪个？",
        "zhc|{f}最高的是哪一个||反过来最低的呢",
        "en|Which project has the top {f}?||And the bottom one?",
        "mix|{f}最高是哪个project啊||那最低的 which one",
    ],
    "fu.subset_min": [
        "zhf|{f}{op}{v}的项目请逐一列出。||在上述项目中，{g}最低的是哪一个？",
        "zhp|{f}{op}{v}的项目||这些里面{g}最低的",
        "en|Which projects have a {f} {op} {v}?||Of that group, which has the lowest {g}?",
        "mix|{f} {op} {v}的都有哪些projects||among them {g}最低的",
    ],
    "fu.subset_max": [
        "zhf|{f}{op}{v}的项目请列明。||上述项目中{g}最高的为哪一个？",
        "zhc|{f}{op}{v}的有哪几个||这里边{g}最高的是谁",
        "en|List the projects whose {f} is {op} {v}.||Which of these leads on {g}?",
        "mix|筛一下{f} {op} {v}的project||里头{g}最高是哪个",
    ],
    "fu.pronoun": [
        "zhf|请告知{p}的{f}。||该项目{g}又是多少？",
        "zhc|{p}{f}是多少呢||那它的{g}是多少",
        "en|What was {p}'s {f}?||And what was its {g}?",
        "enb|Tell me the {f} for {p}.||What about its {g}, then?",
        "mix|{p}的{f} 多少来着||它的{g} how much",
    ],
    "fu.other": [
        "zhf|请告知{p}项目的{f}。||{q}的情况呢？",
        "zhp|{p}{f}报个数||{q}那边呢",
        "zhc|{p}{f}几多||再看{q}",
        "en|What is {p}'s {f}?||What does {q} look like?",
        "enb|What's the {f} for {p}?||Ditto for {q}?",
        "mix|{p}的{f}是几多 pls||那换{q}看看",
    ],
    "fu.count": [
        "zhf|{k}存在失分的项目有哪些？||共计几个？",
        "zhc|{k}被扣分的都有谁||一共有几个项目",
        "en|Which projects lost marks on {k}?||How many projects is that?",
        "mix|{k}有扣分的project||count一下",
    ],
    "fu.avg": [
        "zhf|请列明各项目{f}。||上述数值的平均数为多少？",
        "zhc|各项目{f}列一下||平均下来是多少",
        "en|List each project's {f}.||And the average across them?",
        "mix|每个project的{f}||mean是多少",
    ],
    "fu.chain": [
        "zhf|{f}最低者系哪个项目？||失分原因为何？||该项目的{g}具体是多少？",
        "zhc|{f}最低是哪个||怎么回事||那它{g}是多少",
        "en|Which project is lowest on {f}?||Why so?||What's its {g}?",
        "mix|{f}最低是哪个project呀||原因呢 why||它的{g}多少",
    ],
    "fu.other3": [
        "zhf|{p}的{f}具体为多少？||{q}的情况呢？||{r}的情况又如何？",
        "zhc|{p}{f}几多||再看{q}||{r}那边呢",
        "en|What's the {f} for {p}, please?||And where does {q} stand?||And {r}, then?",
        "mix|先看{p}的{f}||换{q}||换{r}",
    ],
    "fu.nth_low": [
        "zhf|{f}最低的项目为哪个？||倒数第二位是哪个？",
        "zhc|{f}最低的是哪个||倒数第二呢",
        "en|Which project sits last on {f}?||And second from bottom?",
        "mix|{f}垫底的project||倒数第二 which one",
    ],
    "fu.switch": [
        "zh|{f}排第一的是哪个项目？||换成{g}呢？",
        "zhc|{f}第一的是谁||按{g}排呢",
        "en|Which project ranks first on {f}?||Now by {g}?",
        "zhf|{f}位列第一的项目为哪个？||如按{g}排序，位列第一的是哪个？",
        "mix|{f}第一名是哪个project||换成{g}呢 which",
    ],
    "fu.only_level": [
        "zh|{p}总共扣了多少分？||只看{l}呢？",
        "zhc|{p}一共丢了几分||就看{l}呢",
        "en|How many points did {p} drop in all?||Just the {l}?",
        "mix|{p}总共扣了多少||only看{l}呢",
    ],
    "fu.year": [
        "zh|{y}{f}最高的项目是哪个？||那{z}呢？",
        "zhc|{y}{f}最高是谁||{z}的呢",
        "en|Which project had the top {f} in {y}?||And in {z}?",
        "mix|{y} {f}最高的project||{z} 的话呢",
    ],
    "prose.orders": [
        "zhf|{p}全年办结工单数量为多少？",
        "zhc|{p}处理的工单有多少个",
        "en|What number of work tickets did {p} process?",
    ],
    "prose.visits": [
        "zhf|{p}累计服务人次为多少？",
        "zhc|{p}服务人次有多少",
        "en|How many service visits did {p} log in total?",
    ],
    "refuse.offtopic": [
        "zhc|帮我算算房贷每个月还多少",
        "zhp|明天上海限行吗",
        "zh|推荐几本管理方面的书",
        "zhf|请说明2024年中央一号文件的主要内容。",
        "zhj|不好意思打扰一下，请问食堂今天几点开饭呀？",
        "en|How do I reset my Outlook password?",
        "enb|What's the forecast for the weekend in London?",
        "en|What's the capital of Australia?",
        "enn|how to make dumplings please",
        "mix|帮我把 meeting notes 翻成中文",
        "zh|今年春节放几天假？",
        "zhc|我个人的年度考核能评优吗",
        "zhf|请起草一份关于加强预算绩效管理的通知。",
        "enb|Summarise the latest IMF outlook for China.",
    ],
    "refuse.year": [
        "zhf|{y}{p}的{f}为多少？",
        "zhc|{y}那会儿{p}{f}多少",
        "zhp|{y}{f}最高的项目",
        "en|What was {p}'s {f} in {y}?",
        "enb|Which programme had the best {f} in {y}?",
        "mix|{y}的{f} average是多少",
    ],
    "refuse.agency": [
        "zhf|请提供{a}下属项目的{f}情况。",
        "zhc|{a}的项目里{f}谁最高",
        "en|What's the average {f} across {a}'s projects?",
        "mix|{a}有多少个project",
        "zh|{a}的项目扣分情况如何？",
    ],
    "roc.unknown": [
        "zhf|请核实{p}的{u}相关情况。",
        "zhc|{p}{u}是啥来着",
        "zhj|麻烦问一下{p}的{u}是什么呀？",
        "en|What's the {u} for {p}?",
        "mix|{p}的{u} is what",
    ],
    "roc.unknown_all": [
        "zhf|请逐一列明各项目{u}。",
        "zhc|所有项目的{u}都列一下",
        "en|I need the {u} for every project.",
    ],
    "roc.missing": [
        "zhf|请核实{m}项目的{f}。",
        "zhc|{m}{f}多少来着",
        "en|I'd like the {f} for the {m} project.",
        "mix|{m}项目的{f} please",
    ],
    "roc.ambiguous": [
        "zhf|请提供{x}项目的{f}。",
        "zhp|{x}的项目{f}报一下",
        "en|What's the {f} of the {x} one?",
        "mix|{x}那个project的{f}",
    ],
    "roc.relative": [
        "zh|去年{f}最高的是哪个项目？",
        "zhc|去年{p}{f}多少",
        "en|What was {p}'s {f} last year?",
        "mix|last year的平均{f}",
        "zhf|上年度各项目{f}情况请予说明。",
    ],
}

# facts stated only in the sample's 年度总体目标 prose: (regex whose group is the number, unit, template)
PROSE = [
    (r"故障(\d+)分钟内响应", None, "zhc|{p}出了故障几分钟内要响应"),
    (r"总计(\d+)亿余条数据", "亿", "zhf|{p}累计归集数据总量为多少条？"),
    (
        r"跨部门数据共享调用超(\d+)亿次",
        "亿",
        "en|How many cross-department data-sharing calls has {p} handled?",
    ),
    (r"跨层级数据交换超(\d+)亿条", "亿", "zh|跨层级数据交换量超过了多少条？"),
    (r"国家接口调用量超(\d+)亿条", "亿", "mix|国家接口的调用量有多少 calls"),
    (r"上报国家数据超(\d+(?:\.\d+)?)亿条", "亿", "zhf|{p}上报国家的数据量为多少条？"),
    (r"自然人综合库覆盖(\d+)万余个自然人", "万", "zhc|自然人综合库覆盖了多少人"),
    (r"(\d+)万余间建筑房屋", "万", "enb|How many buildings does the spatial geography database cover?"),
    (r"(\d+)余个行政区划", None, "zh|空间地理综合库里有多少个行政区划？"),
    (r"政务外网侧\d+个（平均处理时长(\d+)分钟）", None, "zhf|政务外网侧报修的平均处理时长为多少分钟？"),
    (
        r"用户侧\d+个（平均处理时长(\d+)分钟）",
        None,
        "en|On average, how long did user-side network repairs take, in minutes?",
    ),
]
TEMPLATES["prose.fact"] = [f"{t.split('|', 1)[0]}|{i}" for i, (_, _, t) in enumerate(PROSE)]

OTHER_YEARS = [2015, 2017, 2018, 2019, 2024, 2026]
OTHER_AGENCIES = [
    "上海市经济和信息化委员会",
    "上海市科学技术委员会",
    "上海市体育局",
    "深圳市政务服务和数据管理局",
    "上海市徐汇区大数据中心",
    "国家数据局",
    "上海市绿化和市容管理局",
]
UNKNOWN = {
    "zh": [
        "采购形式",
        "在编人数",
        "合同总价",
        "供货商名称",
        "中标价格",
        "项目联系人电话",
        "资产购置清单",
        "招投标流程",
        "办公地址",
        "编制人数",
    ],
    "en": [
        "procurement route",
        "staffing level",
        "contract value",
        "vendor contact",
        "tender date",
        "FTE headcount",
        "office address",
    ],
}
MISSING_PROJECTS = [
    "一网统管城运平台",
    "公共数据开放网站",
    "智慧气象服务平台",
    "区块链电子票据",
    "人工智能算力中心",
]

# the sample corpus only: names shortened, cut or rearranged; eval/suites/dev2.py checks each one
# singles out its project (as a substring, or as parts that each stand in the name)
ALIASES = {
    "“一网通办”运营服务": ["运营服务（一网通办）", "通办运营"],
    "上海市“一网通办”平台信息系统（2021升级改造）": ["信息系统（一网通办）", "升级改造", "通办平台信息系统"],
    "基础设施-运维": ["运维（基础设施）", "基础设施的运维"],
    "上海市大数据资源平台（二期）": ["二期的大数据资源平台", "平台二期", "资源平台的二期"],
    "上海市政务云基础设施服务费（预付费）": ["预付费的政务云", "政务云（预付费）", "服务费（政务云）"],
    "大数据中心管理工作经费": ["管理工作", "中心管理", "工作经费（大数据中心）"],
    "数据运营服务": [],
}
AMBIGUOUS = ["设施", "通办", "一网", "基础"]

# agencies as officials say them: expanded before a name or scope is resolved
AGENCY_SHORT = {
    "市卫健委": "卫生健康委员会",
    "市教委": "教育委员会",
    "市交通委": "交通委员会",
    "市文旅局": "文化和旅游局",
}
AGENCY_EN = {
    "上海市大数据中心": "Shanghai Big Data Center",
    "上海市财政局": "Shanghai Municipal Finance Bureau",
    "上海市卫生健康委员会": "Shanghai Municipal Health Commission",
    "上海市教育委员会": "Shanghai Municipal Education Commission",
    "上海市交通委员会": "Shanghai Municipal Transportation Commission",
    "上海市生态环境局": "Shanghai Municipal Bureau of Ecology and Environment",
    "上海市民政局": "Shanghai Municipal Civil Affairs Bureau",
    "上海市文化和旅游局": "Shanghai Municipal Administration of Culture and Tourism",
}


def synth_fragments(o: Any) -> list[str]:
    """Fragments of synthetic project names that name two to four projects: an agency with a
    topic of work (财政局水质监测), without the kind of work or the code."""
    from eval.synth import TOPICS

    out = []
    for dept in sorted(set(o.projects.department)):
        for topic in TOPICS:
            frag = dept.removeprefix("上海市") + topic
            if 2 <= len(o.resolve(frag)) <= 4:
                out.append(frag)
    return out


# -- numbers as people write them ---------------------------------------------------------------
_DIGITS = "零一二三四五六七八九"


def year_words(year: int, lang: str) -> list[str]:
    """A year as people write it: 2019年度, 二〇一九年, 19年; FY2019, fiscal 2019."""
    if lang.startswith("en"):
        return [f"FY{year}", f"fiscal {year}", str(year)]
    spelled = "".join("〇" if c == "0" else _DIGITS[int(c)] for c in str(year))
    return [f"{year}年度", f"{spelled}年", f"{year % 100}年"]


def _tenths(value: float) -> list[str]:
    """95 → 九五, 九成五; 90 → 九成 (a share of ten, as people say it)."""
    if value != int(value) or not 10 <= value < 100:
        return []
    tens, ones = divmod(int(value), 10)
    out = [_DIGITS[tens] + _DIGITS[ones]] if ones else []
    if ones in (0, 5):
        out.append(_DIGITS[tens] + "成" + (_DIGITS[ones] if ones else ""))
    return out


def _decimal(value: float) -> str:
    """95 → 95.0, 99.5 → 99.5, 76.89 → 76.89: a trailing .0 for show, never a digit lost."""
    return f"{value:.1f}" if round(value, 1) == value else f"{value:g}"


def amount(pick: Callable[[Sequence[str]], str], unit: str, value: float, lang: str) -> str:
    """A threshold the way these people type it: percent as 95.0%, 九五, 九成五, 九成, 95 per cent;
    points as 90.0分, 90分, 九十分, 90 marks; money as 5000万块, 五千万元, 人民币5000万元 (1.5亿块,
    一点五亿元, 人民币1.5亿元 from 10⁸), 50 mn yuan, 50 million RMB, RMB50,000,000."""
    en = lang.startswith("en")
    if unit == "%":
        if en:
            return pick([f"{value:g} per cent", f"{_decimal(value)}%"])
        return pick([f"{_decimal(value)}%", *_tenths(value)])
    if unit == "分":
        if en:
            return pick([f"{value:g} marks", f"{_decimal(value)} points"])
        return pick([f"{_decimal(value)}分", f"{value:g}分", chinese_number(value) + "分"])
    if en:
        if value < 1e6:
            return pick([f"{value:,.0f} RMB", f"{value / 1e3:g} thousand yuan"])
        return pick([f"{value / 1e6:g} mn yuan", f"{value / 1e6:g} million RMB", f"RMB{value:,.0f}"])
    if value >= 1e8:
        yi = value / 1e8
        return pick([f"{yi:g}亿块", chinese_number(yi) + "亿元", f"人民币{yi:g}亿元"])
    wan = value / 1e4
    return pick([f"{wan:g}万块", chinese_number(wan) + "万元", f"人民币{wan:g}万元"])
