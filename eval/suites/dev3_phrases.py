"""Phrasings of the fourth development suites (dev3_sample.jsonl, dev3_synth.jsonl): wordings that
neither the visible phrasebook (phrases.py), the development phrasebooks (dev_phrases.py,
dev2_phrases.py) nor the bundled set (eval/questions.jsonl) uses, written for people those
phrasebooks did not write for:

- zha  a finance-bureau analyst in 公文 register (经核查, 请列示, 请予说明, 按…口径) (formal);
- zhd  a busy director speaking: terse, spoken (…咋样, …多少来着, 最拉胯, 给我排一下) (colloquial);
- zhq  a courteous caller with filler (麻烦帮我看下, 请问一下, 我想了解) (plain Chinese);
- zh   plain Chinese;
- enc  a foreign consultant (how did X do on…, which ones fell short of…, break it down by…);
- en   plain English; mix a bilingual staffer mixing Chinese and English in one sentence.

"||" separates turns. Slots as in phrases.py, plus: {w} a second threshold and {op2} a second
operator (filter.between, filter.two, fu.narrow), {h} a third field (fu.three_hop), {d} a grade
word, {y} and {z} years as people write them (the builder words the year, so templates carry
no 年). An operator word with "@" wraps its threshold ("控制在@以内" gives 控制在95%以内). A
threshold written with an operator whose boundary reads either way (以上, 以下, 以内) never
equals a stated value (eval/suites/dev3.py rejects the question).

Words only: every gold value comes from the oracle; thresholds are worded by ``amount`` below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from eval.suites.dev_phrases import chinese_number

FIELDS = {
    "total": {
        "zh": ["自评总得分", "绩效自评得分", "分数", "得分总计"],
        "en": ["overall mark", "final mark"],
    },
    "rate": {
        "zh": ["支出进度", "预算执行比率", "资金支出率"],
        "en": ["execution %", "burn rate", "budget execution ratio"],
    },
    "initial": {
        "zh": ["年初批复数", "年初预算安排", "起始预算"],
        "en": ["budget at year start", "opening allocation", "initially approved budget"],
    },
    "budget": {
        "zh": ["全年预算安排", "调整后全年预算", "年度预算总额"],
        "en": ["annual budget", "year budget after revisions", "full-year budget figure"],
    },
    "executed": {
        "zh": ["全年支出", "已花金额", "执行金额", "支出总额"],
        "en": ["spend", "amount disbursed", "actual outlay"],
    },
    "funds_score": {
        "zh": ["预算执行这项得分", "资金使用得分"],
        "en": ["execution-rate points", "mark for budget execution"],
    },
    "satisfaction": {
        "zh": ["满意度那项得分", "群众满意度得分"],
        "en": ["satisfaction rating", "stakeholder satisfaction score"],
    },
    "unspent": {
        "zh": ["没用完的预算", "预算剩余", "趴在账上的钱"],
        "en": ["leftover budget", "unused balance", "money left on the table"],
    },
    "lost": {
        "zh": ["丢掉的分", "扣分合计", "失分数"],
        "en": ["points forfeited", "marks lost", "points off"],
    },
}
KIND_WORDS = {
    "数量指标": {"zh": ["数量那项", "数量目标"], "en": ["output volume", "quantity target"]},
    "质量指标": {"zh": ["质量那项", "质量目标"], "en": ["quality target", "quality indicator"]},
    "时效指标": {"zh": ["时效那项", "进度时效"], "en": ["timeliness target", "schedule indicator"]},
    "成本指标": {"zh": ["成本那项", "成本控制目标"], "en": ["cost target", "cost-control indicator"]},
    "经济效益指标": {"zh": ["经济效益那项", "经济效益目标"], "en": ["economic return", "economic outcome"]},
    "社会效益指标": {"zh": ["社会效益那项", "社会效益目标"], "en": ["social outcome", "social return"]},
    "生态效益指标": {"zh": ["生态那项", "生态效益目标"], "en": ["environmental outcome", "green indicator"]},
    "可持续影响指标": {
        "zh": ["可持续那项", "可持续影响目标"],
        "en": ["sustainability outcome", "lasting-impact indicator"],
    },
    "服务对象满意度指标": {
        "zh": ["满意度那项指标", "服务对象满意这项"],
        "en": ["satisfaction indicator", "client satisfaction"],
    },
}
LEVEL1_WORDS = {
    "产出指标": {"zh": ["产出那几项", "产出板块"], "en": ["output side", "outputs section"]},
    "效益指标": {"zh": ["效益那几项", "效益板块"], "en": ["benefit side", "benefits section"]},
    "满意度指标": {"zh": ["满意度板块", "满意度那部分"], "en": ["satisfaction side", "satisfaction section"]},
}
OPS = {
    "lt": {"zh": ["还不到", "够不上", "<"], "en": ["falling short of", "shy of", "below the"]},
    "gt": {"zh": ["高出", "突破"], "en": ["topping", "over and above", "beating"]},
    "ge": {"zh": ["起码", "至少达到", "@（含）以上"], "en": ["@ plus", "of at least", "@ or better"]},
    "le": {"zh": ["顶多", "控制在@以内", "@（含）以下"], "en": ["capped at", "@ or below", "no higher than"]},
}
# operator words whose boundary a reader may take either way: their threshold is never a stated value
BOUNDARY_WORDS = ("以上", "以下", "以内")
ORDINALS = {
    "2": {"zh": ["排第二", "第2位"], "en": ["runner-up", "in second spot"], "mix": ["No.2的", "second名"]},
    "3": {"zh": ["排第三", "第3位"], "en": ["in third spot", "third in line"], "mix": ["No.3的", "third名"]},
}
COUNTS = {
    "2": {"zh": ["两", "2"], "en": ["two", "2"], "mix": ["2个"]},
    "3": {"zh": ["三", "3"], "en": ["three", "3"], "mix": ["3个"]},
}
# words that judge (最牛, 最拉胯, weakest): asked only of fields where higher is better, never of
# money or of points lost (最拉胯 of 扣分 would read both ways); eval/suites/dev3.py drops the rest
EVALUATIVE = ("最牛", "最拉胯", "更拉胯", "最差", "最强", "谁强", "weakest")
JUDGED_FIELDS = ("total", "rate", "satisfaction", "funds_score")
GRADE_WORDS = {
    "优": {"zh": ["优", "优秀档"], "en": ["excellent"]},
    "良": {"zh": ["良", "良好档"], "en": ["good"]},
    "中": {"zh": ["中档"], "en": ["fair"]},
}

TEMPLATES: dict[str, list[str]] = {
    # -- lookups ------------------------------------------------------------------------------
    "lookup": [
        "zha|经核查，请列示{p}的{f}。",
        "zhd|{p}{f}多少来着？",
        "zhq|麻烦帮我看下{p}这个项目的{f}，谢谢。",
        "enc|Where did {p} land on {f}?",
        "mix|{p}那个project的{f}，帮我check一下",
        "zh|{p}，它的{f}报多少？",
    ],
    "lookup.two": [
        "zha|请一并列示{p}的{f}与{g}。",
        "zhd|{p}，{f}和{g}，说俩数",
        "enc|For {p}, give me both the {f} and the {g}.",
        "mix|{p}：{f}、{g} both please",
    ],
    "lookup.pair": [
        "zhq|请问一下{p}和{q}的{f}分别是多少呀？",
        "zha|请分项列示{p}、{q}两个项目的{f}。",
        "zhd|{p}跟{q}，{f}各多少来着",
        "enc|Put {p} and {q} side by side on {f}.",
    ],
    "derived.change": [
        "zha|按年初批复与全年预算口径，{p}预算调整额为多少？请予说明。",
        "zhd|{p}预算中途动没动，动了多少",
        "zhq|请问一下，{p}年中追加或压减了多少预算？",
        "enc|How much did {p}'s budget move between the opening figure and the final one?",
    ],
    "derived.unspent": [
        "zha|经核查，{p}全年预算减去执行数后余额为多少？",
        "zhd|{p}年底剩下多少钱",
        "zhq|我想了解一下{p}最后还结余了多少资金",
        "enc|What did {p} leave unspent at year end?",
        "mix|{p}最后还剩多少budget没用",
    ],
    "derived.lost": [
        "zha|请说明{p}自评得分距满分的差距。",
        "zhd|{p}丢了多少分来着",
        "zhq|麻烦帮我看下{p}一共扣了几分好吗",
        "enc|How many points did {p} leave on the table overall?",
    ],
    "derived.level1": [
        "zha|请列示{p}{l}的得分小计。",
        "zhd|{p}{l}一共拿了多少",
        "enc|What's {p}'s subtotal on the {l}?",
        "mix|{p}的{l} subtotal多少",
    ],
    "derived.rate": [
        "zha|按得分除以分值口径，{p}{l}得分率为多少？",
        "zhd|{p}{l}拿了几成分",
        "enc|What share of the {l} points did {p} actually collect?",
    ],
    "derived.grade": [
        "zha|{p}绩效自评等级请予说明。",
        "zhd|{p}评上优没有，啥档次",
        "zhq|请问一下{p}最后评的是哪个等级？",
        "enc|Where did {p} end up on the rating scale?",
    ],
    "derived.level1_lost": [
        "zha|经核查，{p}{l}共计扣减多少分？",
        "zhd|{p}{l}丢了几分",
        "zhq|麻烦帮我看下{p}在{l}上一共被扣了多少分",
        "enc|How many points did {p} give away on the {l}?",
        "mix|{p}在{l}上一共lose了几分",
    ],
    "derived.funds_lost": [
        "zha|{p}预算执行率指标扣减分值为多少？请予说明。",
        "zhd|{p}预算执行那块扣了几分",
        "zhq|请问一下{p}在预算执行这一项上被扣了多少分？",
        "enc|How many points did {p} lose on budget execution?",
    ],
    "indicator.score": [
        "zha|请列示{p}{k}的实际得分。",
        "zhd|{p}{k}拿了几分来着",
        "zhq|麻烦帮我看下{p}的{k}得分是多少",
        "enc|How did {p} do on its {k}, in points?",
        "mix|{p} {k}的得分 is多少",
    ],
    "indicator.lost": [
        "zhq|麻烦帮我看下{p}的{k}被扣了几分",
        "zha|经核查，{p}{k}扣减分值为多少？",
        "enc|How many points did {p} shed on its {k}?",
    ],
    "indicator.weight": [
        "zha|按评分标准，{p}{k}的分值为多少？",
        "zhd|{p}{k}总共占几分",
        "enc|How much weight does {p}'s {k} carry?",
    ],
    "indicator.target": [
        "zha|请列示{p}{k}设定的年度指标值。",
        "zhd|{p}{k}当时定的啥目标",
        "zhq|我想了解一下{p}的{k}原来定的目标是多少",
        "enc|What was the goal set for {p} on its {k}?",
    ],
    "indicator.actual": [
        "zha|请列示{p}{k}的实际完成值。",
        "zhd|{p}{k}最后干到多少",
        "enc|What did {p} actually hit on its {k}?",
        "mix|{p}的{k} actual是多少",
    ],
    "list": [
        "zha|请按项目逐项列示{s}{f}。",
        "zhd|{s}各项目{f}给我过一遍",
        "zhq|麻烦帮我把{s}每个项目的{f}都看下",
        "enc|Break the {f} down by project{s}.",
        "mix|{s}{f} by project列个表",
    ],
    "list.grade": [
        "zhq|我想了解一下{s}每个项目评的是什么等级",
        "zha|请逐项列示{s}各项目自评等级。",
        "zhd|{s}每个项目评了啥档次",
        "enc|Break the ratings down by project{s}.",
    ],
    # -- filters ---------------------------------------------------------------------------
    "filter.cmp": [
        "zha|按{f}口径，{s}{op}{v}的项目请列示。",
        "zhd|{s}{f}{op}{v}的，都谁",
        "zhq|请问一下{s}{f}{op}{v}的项目有哪些呀？",
        "enc|Which ones{s} came in with {f} {op} {v}?",
        "mix|{s}{f}{op}{v}的有哪几个project",
    ],
    "filter.exists": [
        "zha|经核查，{s}是否有{f}{op}{v}的项目？",
        "zhd|{s}{f}{op}{v}的有吗",
        "enc|Anything{s} with {f} {op} {v}?",
    ],
    "filter.eq": [
        "zha|{s}{f}为{v}的项目请列示。",
        "zhd|{s}{f}正好{v}的都谁",
        "enc|Who{s} sits at exactly {v} on {f}?",
    ],
    "filter.between": [
        "zha|{s}{f}介于{v}至{w}之间的项目请列示。",
        "zhd|{s}{f}在{v}到{w}之间的都谁",
        "zhq|请问一下{s}{f}在{v}和{w}之间的项目有哪些？",
        "enc|Which projects{s} have {f} somewhere between {v} and {w}?",
        "mix|{s}{f}在{v}~{w}区间的project",
    ],
    "filter.two": [
        "zha|{f}{op}{v}且{g}{op2}{w}的项目请列示。",
        "zhd|{f}{op}{v}，{g}又{op2}{w}的，都谁",
        "zhq|麻烦帮我找一下{f}{op}{v}、同时{g}{op2}{w}的项目",
        "enc|Which ones have {f} {op} {v} and also {g} {op2} {w}?",
        "mix|{f}{op}{v} and {g}{op2}{w}的project有哪些",
    ],
    "filter.above_avg": [
        "zha|按平均值口径，{s}{f}高于均值的项目请列示。",
        "zhd|{s}{f}比平均强的都谁",
        "enc|Which ones{s} beat the mean on {f}?",
    ],
    "filter.below_avg": [
        "zha|{s}{f}低于平均数的项目请列示。",
        "zhd|{s}{f}拖后腿、低于平均的都谁",
        "zhq|请问一下{s}哪些项目的{f}在平均值下面？",
        "enc|Which ones{s} fell short of the average on {f}?",
    ],
    "filter.above_median": [
        "zha|{s}{f}超过中位数的项目请列示。",
        "zhd|{s}{f}在中位数上面的都谁",
        "enc|Which ones{s} sit above the middle value on {f}?",
    ],
    "filter.below_median": [
        "zha|{s}{f}低于中位数的项目请列示。",
        "zhd|{s}{f}在中位数下面的都谁",
        "zhq|我想了解一下{s}{f}低于中位数的是哪些项目",
        "enc|Which ones{s} come in under the median on {f}?",
        "mix|{s}{f}低于median的project",
    ],
    "filter.has": [
        "zha|{s}设置{k}的项目请列示。",
        "zhd|{s}谁设了{k}",
        "enc|Which projects{s} carry a {k}?",
    ],
    "filter.deducted": [
        "zha|经核查，{s}{k}存在扣减的项目请列示。",
        "zhd|{s}{k}丢分的都谁",
        "zhq|麻烦帮我看下{s}哪些项目在{k}上被扣了分",
        "enc|Which ones{s} gave away points on their {k}?",
        "mix|{s}在{k}上被扣分的project",
    ],
    "filter.deducted_l1": [
        "zha|{s}{l}存在扣减的项目请列示。",
        "zhd|{s}{l}丢过分的都谁",
        "enc|Which ones{s} shed points on the {l}?",
        "mix|{s}{l}有扣分的有哪几个",
    ],
    "filter.full": [
        "zha|{s}{l}未扣分的项目请列示。",
        "zhd|{s}{l}一分没丢的都谁",
        "enc|Which ones{s} kept a clean sheet on the {l}?",
    ],
    "filter.full_kind": [
        "zha|{s}{k}得满分的项目请列示。",
        "zhd|{s}{k}拿满的都谁",
        "zhq|请问一下{s}哪些项目的{k}是满分？",
        "enc|Which ones{s} maxed out their {k}?",
    ],
    "filter.clean": [
        "zha|{s}所有指标均未扣分的项目请列示。",
        "zhd|{s}一分没扣的项目有没有",
        "enc|Which ones{s} didn't drop a single point on any indicator?",
    ],
    "filter.unmet": [
        "zha|经核查，{p}未完成年度指标值的指标请列示。",
        "zhd|{p}哪几项没完成",
        "zhq|麻烦帮我看下{p}哪些指标没有达到目标值",
        "enc|Where did {p} miss its targets?",
        "mix|{p}有哪些指标没hit目标",
    ],
    "filter.kind_lost_gt": [
        "zha|{s}{k}扣减超过{v}的项目请列示。",
        "zhd|{s}{k}丢分超过{v}的都谁",
        "zhq|请问一下{s}哪些项目的{k}被扣了不止{v}？",
        "enc|Which ones{s} lost more than {v} on their {k}?",
        "mix|{s}{k}扣分超过{v}的project",
    ],
    # -- rankings ----------------------------------------------------------------------------
    "rank.max": [
        "zha|按{f}口径，{s}排名首位的项目请予说明。",
        "zhd|{s}{f}谁最牛",
        "zhq|麻烦帮我看下{s}{f}最高的是哪个项目",
        "enc|Who comes out on top{s} for {f}?",
        "mix|{s}{f}最高的是哪个，check一下",
    ],
    "rank.min": [
        "zha|按{f}口径，{s}排名末位的项目请予说明。",
        "zhd|{s}{f}哪个最拉胯",
        "zhq|请问一下{s}{f}最低的是哪个项目呢？",
        "enc|Who comes out at the bottom{s} for {f}?",
        "mix|{s}{f}最差的是哪个project",
    ],
    "rank.nth": [
        "zhq|麻烦帮我看下{s}{f}{n}的是哪个项目",
        "zha|按{f}由高到低排序，{s}{n}的项目请予说明。",
        "zhd|{s}{f}{n}是哪个",
        "enc|Who's {n}{s} on {f}?",
        "mix|{s}{f}排名{n}是谁",
    ],
    "rank.nth_low": [
        "zha|按{f}由低到高排序，{s}{n}的项目请予说明。",
        "zhd|{s}{f}从后往前数，{n}是哪个",
        "enc|Counting from the weakest on {f}{s}, who's {n}?",
    ],
    "rank.top": [
        "zha|按{f}由高到低，{s}前{n}名项目请列示。",
        "zhd|{s}{f}给我排一下，前{n}",
        "zhq|麻烦帮我列一下{s}{f}排在前面的{n}个项目",
        "enc|Give me the leading {n}{s} on {f}.",
        "mix|{s}{f} top {n}给我排一下",
    ],
    "rank.bottom": [
        "zha|按{f}由低到高，{s}末{n}位项目请列示。",
        "zhd|{s}{f}最拉胯的{n}个",
        "enc|Which {n}{s} trail the field on {f}?",
        "mix|{s}{f}倒数的{n} project",
    ],
    "rank.tie_max": [
        "zha|{s}{f}最高的项目请全部列示（含并列）。",
        "zhd|{s}{f}最高的，并列的都报上来",
        "enc|Who ties for the top{s} on {f}? List them all.",
    ],
    "rank.tie_min": [
        "zha|{s}{f}最低的项目请全部列示（含并列）。",
        "zhd|{s}{f}最低的，并列的一起报",
        "enc|Who ties for the bottom{s} on {f}? List every one.",
    ],
    "rank.except_max": [
        "zha|{p}除外，{f}最高的项目请予说明。",
        "zhd|刨去{p}，{f}谁最高",
        "enc|Apart from {p}, who leads on {f}?",
    ],
    "rank.except_min": [
        "zha|{p}除外，{f}最低的项目请予说明。",
        "zhd|刨去{p}，{f}谁最拉胯",
        "enc|Apart from {p}, who's weakest on {f}?",
    ],
    "rank.kind_lost": [
        "zha|{s}{k}扣减最多的项目请予说明。",
        "zhd|{s}{k}谁丢分最多",
        "zhq|请问一下{s}哪个项目在{k}上被扣得最多？",
        "enc|Who lost the most points{s} on the {k}?",
        "mix|{s}{k}丢分最多的是哪个project",
    ],
    # -- aggregates ----------------------------------------------------------------------
    "agg.count_all": [
        "zha|按项目口径，{s}纳入评价的项目数量请予说明。",
        "zhd|{s}一共多少个项目来着",
        "enc|How many projects{s} are we looking at?",
    ],
    "agg.count_has": [
        "zha|{s}设置{k}的项目数量请予说明。",
        "zhd|{s}几个项目设了{k}",
        "enc|How many projects{s} carry a {k}?",
    ],
    "agg.count_deducted": [
        "zha|{s}{k}存在扣减的项目数量请予说明。",
        "zhd|{s}{k}丢分的有几个",
        "enc|How many of the projects{s} shed points on their {k}?",
    ],
    "agg.count_cmp": [
        "zha|{s}{f}{op}{v}的项目数量请予说明。",
        "zhd|{s}{f}{op}{v}的几个来着",
        "zhq|请问一下{s}{f}{op}{v}的项目一共有几个？",
        "enc|How many{s} came in with {f} {op} {v}?",
    ],
    "agg.sum": [
        "zhq|麻烦帮我算一下{s}{f}一共是多少",
        "zha|按合计口径，{s}{f}总额为多少？",
        "zhd|{s}{f}加一块多少",
        "enc|What's the combined {f}{s}?",
        "mix|{s}{f}合计total多少",
    ],
    "agg.avg": [
        "zhq|请问一下{s}{f}平均下来大概是多少？",
        "zha|按算术平均口径，{s}{f}为多少？",
        "zhd|{s}{f}平均咋样",
        "enc|Where does the {f} average out{s}?",
    ],
    "agg.median": [
        "zha|{s}{f}中位数请予说明。",
        "zhd|{s}{f}中位数多少来着",
        "enc|What's the middle-of-the-pack {f}{s}?",
    ],
    "agg.max": [
        "zha|{s}{f}最高数值为多少？",
        "zhd|{s}{f}最高到多少",
        "enc|How high does {f} go{s}?",
    ],
    "agg.min": [
        "zha|{s}{f}最低数值为多少？",
        "zhd|{s}{f}最低多少来着",
        "enc|How low does {f} go{s}?",
    ],
    "agg.except_avg": [
        "zha|剔除{p}后，其余项目{f}平均数为多少？",
        "zhd|刨去{p}，{f}平均多少",
        "enc|Take {p} out: what's the average {f} of the others?",
    ],
    # -- groups -----------------------------------------------------------------------------
    "group.l1_lost": [
        "zha|按一级指标口径，{s}扣分情况请分类列示。",
        "zhd|{s}产出、效益、满意度三块各被扣多少",
        "enc|Break the lost points{s} down by output, benefit and satisfaction.",
        "mix|{s}扣分按一级指标break down一下",
    ],
    "group.l2_lost": [
        "zha|按二级指标口径，{s}扣分合计请分类列示。",
        "zhd|{s}二级指标哪类丢了多少",
        "zhq|麻烦帮我按二级指标看下{s}各扣了多少分",
        "enc|Break the deductions{s} down by second-tier indicator type.",
    ],
    "group.l1_rate": [
        "zhq|我想了解一下{s}产出、效益、满意度三类指标各自的得分率",
        "zha|按一级指标口径，{s}得分率请分类列示。",
        "zhd|{s}产出效益满意度三块得分率咋样",
        "enc|Break the score rate{s} down by top-tier category.",
    ],
    "group.dept_count": [
        "zha|按主管部门口径，{s}项目个数请分类列示。",
        "zhd|{s}各部门几个项目，给我排一下",
        "enc|Break the project count{s} down by department.",
    ],
    "group.dept_avg": [
        "zha|按主管部门口径，{s}{f}平均数请分类列示。",
        "zhd|{s}各部门{f}平均咋样",
        "enc|Break the average {f}{s} down by department.",
    ],
    "group.year_count": [
        "zha|按年度口径，{s}项目个数请分类列示。",
        "zhd|{s}每年几个项目来着",
        "enc|Break the project count{s} down by year.",
    ],
    "group.year_avg": [
        "zha|按年度口径，{s}{f}平均数请分类列示。",
        "zhd|{s}每年{f}平均咋样",
        "enc|Break the average {f}{s} down by year.",
    ],
    "group.project_l1": [
        "zha|按一级指标口径，{p}扣分情况请分类列示。",
        "zhd|{p}产出效益满意度各丢了几分",
        "zhq|麻烦帮我看下{p}在产出、效益、满意度上分别扣了多少分",
        "enc|Break {p}'s lost points down by output, benefit and satisfaction.",
        "mix|{p}的扣分按一级指标breakdown",
    ],
    # -- comparisons -----------------------------------------------------------------------
    "compare.high": [
        "zha|{p}与{q}的{f}比较，较高者请予说明。",
        "zhd|{p}和{q}，{f}谁强",
        "zhq|请问一下{p}和{q}相比哪个{f}更高？",
        "enc|How did {p} do against {q} on {f} — who came out ahead?",
        "mix|{p} vs. {q}，谁的{f}更高",
        "zha|{p}、{q}、{r}三者{f}比较，最高者请予说明。",
        "zhd|{p}、{q}、{r}，{f}谁最强",
    ],
    "compare.low": [
        "zhq|麻烦帮我比一下{p}和{q}，哪个{f}低一些",
        "zha|{p}与{q}的{f}比较，较低者请予说明。",
        "zhd|{p}跟{q}，{f}谁更拉胯",
        "enc|Between {p} and {q}, who lagged on {f}?",
        "mix|{p}和{q}谁的{f}更低 compare一下",
        "enc|Of {p}, {q} and {r}, who trails on {f}?",
    ],
    "compare.diff": [
        "zha|{p}与{q}的{f}差额请予说明。",
        "zhd|{p}比{q}{f}多出来多少",
        "zhq|麻烦帮我算一下{p}和{q}的{f}相差多少",
        "enc|How big is the {f} gap between {p} and {q}?",
        "zha|{p}{f}较{q}高出几个百分点？请予说明。",
    ],
    "compare.l1_lost": [
        "zha|{p}与{q}在{l}上的扣分比较，扣分较多者请予说明。",
        "zhd|{p}跟{q}，{l}谁丢分多",
        "zhq|请问一下{p}和{q}在{l}上谁被扣得更多？",
        "enc|Who lost more on the {l}, {p} or {q}?",
        "mix|{p}和{q}的{l}扣分，谁更多",
    ],
    # -- reasons ----------------------------------------------------------------------------
    "reason.project": [
        "zha|{p}失分原因请予说明。",
        "zhd|{p}分咋丢的",
        "zhq|我想了解一下{p}被扣分是因为什么",
        "enc|What held {p} back on points?",
    ],
    "reason.kind": [
        "zha|{p}{k}扣分原因请予说明。",
        "zhd|{p}{k}咋丢的分",
        "enc|What went wrong for {p} on its {k}?",
    ],
    "reason.level1": [
        "zha|经核查，{p}{l}失分原因请予说明。",
        "zhd|{p}{l}丢分咋回事",
        "enc|What went wrong for {p} on the {l}?",
    ],
    # -- nested --------------------------------------------------------------------------------
    "nested.max_value": [
        "zhq|请问一下{f}最高的那个项目，{g}是多少呢？",
        "zha|{f}排名首位的项目，其{g}请予说明。",
        "zhd|{f}最牛那个，{g}多少来着",
        "enc|Whoever leads on {f} — what's their {g}?",
        "mix|{f} No.1那个project，{g}多少",
    ],
    "nested.min_value": [
        "zha|{f}排名末位的项目，其{g}请予说明。",
        "zhd|{f}最拉胯那个，{g}多少",
        "enc|Whoever trails on {f} — what's their {g}?",
    ],
    "nested.max_reason": [
        "zha|{f}最多的项目，其扣分原因请予说明。",
        "zhd|{f}最多那个咋丢的分",
        "enc|Whoever has the most {f} — what went wrong there?",
    ],
    "nested.min_reason": [
        "zha|{f}排名末位的项目，其扣分原因请予说明。",
        "zhd|{f}最拉胯那个，分咋丢的",
        "enc|Whoever trails on {f} — what held them back?",
    ],
    "nested.min_grade": [
        "zha|{f}排名末位的项目，其自评等级请予说明。",
        "zhd|{f}最拉胯那个评了啥档次",
        "enc|Whoever trails on {f} — which rating did they get?",
    ],
    "nested.max_grade": [
        "zha|{f}排名首位的项目，其自评等级请予说明。",
        "zhd|{f}最牛那个评了啥档次",
        "enc|Whoever leads on {f} — which rating did they get?",
    ],
    "nested.max_kind": [
        "zha|{f}排名首位的项目，其{k}得分请予说明。",
        "zhd|{f}最牛那个，{k}拿了几分",
        "zhq|麻烦帮我看下{f}最高的那个项目，{k}得了几分",
        "enc|Whoever leads on {f} — how many points did they get on their {k}?",
    ],
    "nested.min_kind": [
        "zha|{f}排名末位的项目，其{k}得分请予说明。",
        "zhd|{f}最拉胯那个，{k}拿了几分",
        "enc|Whoever trails on {f} — how many points did they get on their {k}?",
    ],
    "nested.max_lost_count": [
        "zha|{f}排名首位的项目，存在扣分的指标共几项？",
        "zhd|{f}最牛那个，几个指标丢了分",
        "enc|Whoever leads on {f} — on how many indicators did they lose points?",
    ],
    "nested.min_lost_count": [
        "zha|{f}排名末位的项目，存在扣分的指标共几项？",
        "zhd|{f}最拉胯那个，有几个指标丢了分",
        "zhq|请问一下{f}最低的那个项目有几个指标被扣了分？",
        "enc|Whoever trails on {f} — on how many indicators did they lose points?",
    ],
    # -- follow-ups ------------------------------------------------------------------------
    "fu.why_min": [
        "zha|{f}排名末位的项目请予说明。||其失分原因请一并说明。",
        "zhd|{f}哪个最拉胯||这是咋搞的",
        "enc|Who trails on {f}?||What held them back?",
    ],
    "fu.second": [
        "zhq|请问一下{f}最高的是哪个项目？||那第二名是哪个呢？",
        "zha|{f}排名首位的项目请予说明。||排名第二的请一并说明。",
        "zhd|{f}谁最牛||老二呢",
        "enc|Who leads on {f}?||Who's right behind them?",
    ],
    "fu.lowest": [
        "zhd|{f}谁最牛||那最拉胯的呢",
        "enc|Who leads on {f}?||And who's at the other end?",
        "mix|{f}最高的是哪一个project||那the lowest呢",
    ],
    "fu.subset_min": [
        "zha|{f}{op}{v}的项目请列示。||上列项目中{g}最低的请予说明。",
        "zhd|{f}{op}{v}的都谁||这几个里{g}谁最拉胯",
        "enc|Which ones came in with {f} {op} {v}?||Of those, which is weakest on {g}?",
    ],
    "fu.subset_max": [
        "zha|{f}{op}{v}的项目请列示。||上列项目中{g}最高的请予说明。",
        "zhd|{f}{op}{v}的都谁||这几个里{g}谁最牛",
        "enc|Which ones came in with {f} {op} {v}?||Of those, which leads on {g}?",
    ],
    "fu.pronoun": [
        "zha|请列示{p}的{f}。||该项目{g}请一并列示。",
        "zhd|{p}{f}多少来着||它{g}咋样",
        "enc|Where did {p} land on {f}?||What's its {g} like?",
    ],
    "fu.other": [
        "zha|请列示{p}的{f}。||{q}请按同一口径列示。",
        "zhd|{p}{f}咋样||{q}咋样",
        "enc|Where did {p} land on {f}?||How about {q}, same measure?",
    ],
    "fu.count": [
        "zha|{k}存在扣减的项目请列示。||上列项目数量请予说明。",
        "zhd|{k}丢分的都谁||几个来着",
        "enc|Which ones shed points on their {k}?||How many is that in all?",
    ],
    "fu.avg": [
        "zha|请按项目逐项列示{f}。||上列数值的平均数请予说明。",
        "zhd|各项目{f}过一遍||平均咋样",
        "enc|Break the {f} down by project.||Where does that average out?",
    ],
    "fu.chain": [
        "zha|{f}排名末位的项目请予说明。||失分原因请予说明。||该项目{g}请一并列示。",
        "zhd|{f}哪个最拉胯||啥原因||它{g}多少来着",
        "enc|Who trails on {f}?||What went wrong?||What's their {g}, then?",
    ],
    "fu.other3": [
        "zha|请列示{p}的{f}。||{q}按同一口径呢？||{r}按同一口径呢？",
        "zhd|{p}{f}咋样||{q}咋样||{r}咋样",
        "enc|Where did {p} land on {f}?||And {q}, same measure?||Then {r}?",
    ],
    "fu.nth_low": [
        "zha|{f}排名末位的项目请予说明。||倒数第二位的请一并说明。",
        "zhd|{f}哪个最拉胯||倒数第二是谁",
        "enc|Who trails on {f}?||And the one just above them?",
    ],
    "fu.switch": [
        "zha|{f}排名首位的项目请予说明。||改按{g}口径，排名首位的是哪个？",
        "zhd|{f}谁最牛||{g}呢",
        "enc|Who leads on {f}?||Swap that for {g}?",
        "mix|{f}谁第一||switch成{g}呢",
    ],
    "fu.only_level": [
        "zha|{p}扣分合计请予说明。||仅按{l}口径呢？",
        "zhd|{p}一共丢了多少分||光看{l}呢",
        "enc|How many points did {p} lose overall?||Just on the {l}?",
    ],
    "fu.year": [
        "zha|{y}{f}排名首位的项目请予说明。||{z}按同一口径呢？",
        "zhd|{y}{f}谁最牛||{z}呢",
        "enc|Who led on {f} in {y}?||Swap the year to {z}?",
    ],
    "fu.narrow": [
        "zha|{f}{op}{v}的项目请列示。||其中{g}{op2}{w}的请进一步列示。",
        "zhd|{f}{op}{v}的都谁||再筛一下{g}{op2}{w}的",
        "zhq|麻烦帮我找一下{f}{op}{v}的项目||这里面{g}{op2}{w}的有哪些呢？",
        "enc|Which ones came in with {f} {op} {v}?||Narrow that to {g} {op2} {w}.",
        "mix|{f}{op}{v}的那些project||里面再filter一下{g}{op2}{w}的",
    ],
    "fu.field_swap": [
        "zha|请列示{p}的{f}。||{g}呢？",
        "zhd|{p}{f}多少来着||{g}呢",
        "zhq|请问一下{p}的{f}是多少？||那{g}呢？",
        "enc|Where did {p} land on {f}?||What about {g}?",
        "mix|{p}的{f}多少||{g} then?",
    ],
    "fu.just_level": [
        "zha|{p}存在扣分的指标请列示。||仅列示{l}中的。",
        "zhd|{p}哪些指标丢了分||光看{l}的",
        "zhq|麻烦帮我看下{p}哪些指标被扣了分||只看{l}的呢？",
        "enc|Which of {p}'s indicators lost points?||Just the {l} ones?",
        "mix|{p}哪些指标扣了分||only {l}的呢",
    ],
    "fu.top_then_low": [
        "zha|按{f}由高到低，前{n}名项目请列示。||排名末位的呢？",
        "zhd|{f}给我排一下，前{n}||最拉胯的呢",
        "enc|Give me the leading {n} on {f}.||And who's lowest?",
        "mix|{f} top {n}给我排一下||the lowest呢",
    ],
    "fu.of_those_count": [
        "zha|{f}{op}{v}的项目请列示。||上列项目中{k}存在扣减的有几个？",
        "zhd|{f}{op}{v}的都谁||这几个里{k}丢分的有几个",
        "enc|Which ones came in with {f} {op} {v}?||Of those, how many shed points on their {k}?",
    ],
    "fu.three_hop": [
        "zha|{f}{op}{v}的项目请列示。||其中{g}最高的请予说明。||该项目{h}请一并列示。",
        "zhd|{f}{op}{v}的都谁||这里头{g}谁最牛||它{h}多少来着",
        "enc|Which ones came in with {f} {op} {v}?||Of those, who leads on {g}?||And their {h}?",
    ],
    # -- prose -------------------------------------------------------------------------------
    "prose.orders": [
        "zha|经核查，{p}全年处理工单数量请予说明。",
        "zhd|{p}工单干了多少个",
        "enc|How many work tickets did {p} get through?",
    ],
    "prose.visits": [
        "zha|{p}累计服务人次请予说明。",
        "zhd|{p}服务了多少人次来着",
        "enc|How many visits did {p} serve overall?",
    ],
    # -- refusals ----------------------------------------------------------------------------
    "refuse.offtopic": [
        "zhd|周末去哪儿钓鱼好",
        "zhq|麻烦帮我看下明天早上的航班有没有延误",
        "zha|请说明个人住房公积金提取的办理流程。",
        "zhd|帮我订个明晚六点的包间",
        "enc|What's a good place for dinner near the Bund?",
        "enc|Can you draft a LinkedIn post about our team offsite?",
        "mix|帮我查一下 Shanghai 到 Tokyo 的 flight",
        "zhq|请问一下，现在去医院挂号需要带什么证件？",
        "zha|请拟写一份部门年终聚餐通知。",
        "enc|How did the Lakers do last night?",
        "zhd|今天油价涨了没",
        "mix|recommend几部 Netflix 上的剧",
    ],
    "refuse.year": [
        "zha|按{y}口径，{p}{f}请予说明。",
        "zhd|{y}{p}{f}咋样",
        "enc|How did {p} do on {f} back in {y}?",
        "zhq|我想了解一下{y}各项目的{f}情况",
    ],
    "refuse.agency": [
        "zha|{a}所属项目{f}请列示。",
        "zhd|{a}那边项目咋样",
        "enc|How did the projects under {a} fare on {f}?",
        "zhq|麻烦帮我看下{a}有哪些项目扣了分",
    ],
    "refuse.forecast": [
        "zha|请预测{p}下一年度的{f}。",
        "zhd|明年{p}{f}能有多少",
        "enc|What will {p}'s {f} look like next year?",
        "zhq|请问一下{p}明年的预算大概能批多少？",
        "mix|predict一下{p}明年的{f}",
    ],
    "roc.unknown": [
        "zha|请列示{p}的{u}。",
        "zhd|{p}{u}多少来着",
        "zhq|麻烦帮我看下{p}的{u}",
        "enc|What's {p}'s {u}?",
    ],
    "roc.unknown_all": [
        "zha|请按项目逐项列示{u}。",
        "zhd|各项目{u}给我过一遍",
        "enc|Break the {u} down by project.",
    ],
    "roc.missing": [
        "zha|请列示{m}项目的{f}。",
        "zhd|{m}{f}咋样",
        "enc|Where did the {m} project land on {f}?",
    ],
    "roc.ambiguous": [
        "zha|请列示{x}项目的{f}。",
        "zhd|{x}那个，{f}多少来着",
        "enc|Where did the {x} project land on {f}?",
        "mix|{x}那个project的{f}，check一下",
    ],
    "roc.relative": [
        "zha|按上一年度口径，{p}{f}请予说明。",
        "zhd|前年{p}{f}咋样",
        "enc|How did {p} do on {f} the year before last?",
    ],
    "roc.orphan": [
        "zhd|它{f}多少来着",
        "zha|该项目{f}请予说明。",
        "zhd|那老二呢",
        "enc|And what about their {f}?",
        "zhq|请问一下这几个里面哪个{f}最高？",
        "mix|那个project的{f}呢",
    ],
}

# facts stated only in the sample's 年度总体目标 prose: (regex whose group is the number, unit, template)
PROSE = [
    (r"故障\d+分钟内响应，(\d+)分钟内修复", None, "zhd|{p}出故障多久得修好"),
    (r"总计完成(\d+)个工单任务", None, "zha|经核查，{p}全年完成工单任务数量请予说明。"),
    (r"共完成(\d+)次应急演练", None, "enc|How many emergency drills did {p} run this year?"),
    (r"处理网络报修总计(\d+)个", None, "zhq|请问一下{p}一共处理了多少个网络报修？"),
    (r"为全市(\d+)余个市级政务外网网络节点", None, "zhd|{p}管着多少个市级外网节点"),
    (r"重大网络保障工作(\d+)余次", None, "enc|How many major network-support events did {p} cover?"),
    (r"对接全市(\d+)个区", None, "zha|{p}对接区级单位数量请予说明。"),
    (r"发布了(\d+)项地方标准", None, "zhd|{p}出了几项地方标准"),
    (r"等(\d+)个专题库", None, "zhq|我想了解一下{p}2021年新建了几个专题库"),
    (r"节点搬迁(\d+)个", None, "mix|{p}节点搬迁了多少个，check一下"),
    (r"资源调整(\d+)个", None, "zha|{p}资源调整工单数量请予说明。"),
    (r"提供超(\d+)人的专业的服务人员团队", None, "enc|How big is {p}'s support team, headcount-wise?"),
]
TEMPLATES["prose.fact"] = [f"{t.split('|', 1)[0]}|{i}" for i, (_, _, t) in enumerate(PROSE)]

OTHER_YEARS = [2014, 2016, 2018, 2025, 2027]
OTHER_AGENCIES = [
    "上海市市场监督管理局",
    "上海市公安局交通警察总队",
    "上海市闵行区财政局",
    "南京市数据局",
    "上海市农业农村委员会",
    "上海市应急管理局",
    "苏州市大数据管理局",
]
UNKNOWN = {
    "zh": [
        "项目负责人邮箱",
        "招标代理机构",
        "合同编号",
        "固定资产编号",
        "第三方评价机构",
        "验收专家名单",
        "服务器台数",
        "外包人员数",
        "审计整改期限",
        "立项时间",
    ],
    "en": [
        "vendor SLA",
        "headcount of contractors",
        "procurement lot number",
        "third-party evaluator",
        "server count",
        "contract end date",
        "auditor's name",
    ],
}
MISSING_PROJECTS = [
    "随申码二期",
    "市民云迁移",
    "政务大模型试点",
    "城市生命线监测",
]

# the sample corpus only: names as people abbreviate them; eval/suites/dev3.py checks each one
# singles out its project (as a substring, by parts, or by its characters in order once agency
# short names are expanded)
ALIASES = {
    "“一网通办”运营服务": ["网办运营", "一网通办的运营服务"],
    "上海市“一网通办”平台信息系统（2021升级改造）": ["网办平台升级", "一网通办平台的升级改造"],
    "基础设施-运维": ["基础运维", "基础设施那个运维"],
    "上海市大数据资源平台（二期）": ["数据平台二期", "资源平台（二期）"],
    "上海市政务云基础设施服务费（预付费）": ["政务云预付费", "云服务费"],
    "大数据中心管理工作经费": ["中心管理费", "中心的工作经费"],
    "数据运营服务": [],
}
AMBIGUOUS = ["网通办", "数据", "上海市"]

# agencies as officials say them: expanded before a name or scope is resolved
AGENCY_SHORT = {
    "环保局": "生态环境局",
    "卫健": "卫生健康委员会",
    "交委": "交通委员会",
    "文旅": "文化和旅游局",
}
# short words for every agency of the synthetic corpus (names and scopes as these people say them)
AGENCY_WORDS = {
    "上海市大数据中心": "大数据中心",
    "上海市财政局": "财政局",
    "上海市卫生健康委员会": "卫健",
    "上海市教育委员会": "教育委员会",
    "上海市交通委员会": "交委",
    "上海市生态环境局": "环保局",
    "上海市民政局": "民政局",
    "上海市文化和旅游局": "文旅",
}
AGENCY_EN = {
    "上海市大数据中心": "Big Data Center",
    "上海市财政局": "Finance Bureau",
    "上海市卫生健康委员会": "Health Commission",
    "上海市教育委员会": "Education Commission",
    "上海市交通委员会": "Transport Commission",
    "上海市生态环境局": "Environment Bureau",
    "上海市民政局": "Civil Affairs Bureau",
    "上海市文化和旅游局": "Culture and Tourism Bureau",
}
# how a project of the synthetic corpus is shortened: its kind of work in a word or two
KIND_SHORT = {
    "运维服务": "运维",
    "平台建设": "平台",
    "系统升级改造": "升级",
    "运营服务费": "运营费",
    "专项经费": "专项",
    "二期工程": "二期",
}


def synth_fragments(o: Any) -> list[str]:
    """Fragments of synthetic project names that name two to four projects: a topic with the
    short kind of work (政务云运维, 水质监测专项), as a director would say it."""
    from eval.synth import TOPICS

    out = []
    for topic in TOPICS:
        for kind in KIND_SHORT:
            hits = [n for n in o.names() if topic + kind in n]
            if 2 <= len(hits) <= 4 and len(o.resolve(topic + kind)) == len(hits):
                out.append(topic + kind)
    return out


# -- numbers as people write them ---------------------------------------------------------------
_DIGITS = "零一二三四五六七八九"


def year_words(year: int, lang: str) -> list[str]:
    """A year as these people say it: 2019预算年度, 一九年, ’19年; FY19, the 2019 cycle."""
    if lang.startswith("en"):
        return [f"FY{year % 100:02d}", f"the {year} cycle", f"calendar {year}"]
    short = "".join(_DIGITS[int(c)] for c in f"{year % 100:02d}")
    return [f"{year}预算年度", f"{short}年", f"’{year % 100:02d}年"]


def amount(pick: Callable[[Sequence[str]], str], unit: str, value: float, lang: str) -> str:
    """A threshold the way these people type it: percent as 0.95 (below 100), 95%, 百分之95; points as
    90分整, 90.00分, 九十分; money as 5,000.00万元, 5000w, 0.5个亿; in English 95pc, 0.95,
    90 pts, RMB 50M, CNY 50,000,000."""
    en = lang.startswith("en")
    if unit == "%":
        ratio = [f"{value / 100:.4f}".rstrip("0")] if value < 100 else []  # 0.95; 100% stays a percent
        if en:
            return pick([f"{value:g}pc", *ratio, f"{value:g} %"])
        return pick([*ratio, f"{value:g}%", f"百分之{value:g}"])
    if unit == "分":
        whole = value == int(value)
        if en:
            return pick([f"{value:g} pts", f"{value:.2f} points"])
        return pick(
            [f"{value:g}分整" if whole else f"{value:g}分", f"{value:.2f}分", chinese_number(value) + "分"]
        )
    if en:
        if value < 1e6:
            return pick([f"CNY {value:,.0f}", f"RMB {value / 1e3:g}K"])
        return pick([f"RMB {value / 1e6:g}M", f"CNY {value:,.0f}", f"{value / 1e6:g}M yuan"])
    wan = value / 1e4
    options = [f"{wan:,.2f}万元", f"{wan:g}w"]
    if value >= 1e7:
        options.append(f"{value / 1e8:g}个亿")
    return pick(options)
