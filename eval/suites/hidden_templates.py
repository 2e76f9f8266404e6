"""Phrasings of the HELD-OUT suite (sample_hidden.jsonl) only.

Do not open this file, or sample_hidden.jsonl, while working on the question parser: the
held-out suite measures how the parser generalises to wordings it was not built against. The
structure is that of phrases.py (same keys and slots); every wording here differs from it.
"""

FIELDS = {
    "total": {"zh": ["综合得分", "最终得分", "绩效自评分数"], "en": ["final score", "self-evaluation score"]},
    "rate": {"zh": ["资金执行率", "支出执行率"], "en": ["spending rate", "execution ratio"]},
    "initial": {"zh": ["年初预算金额", "期初预算"], "en": ["original budget", "opening budget"]},
    "budget": {"zh": ["调整后预算数", "调整后的预算"], "en": ["budget after adjustment", "revised budget"]},
    "executed": {"zh": ["预算执行数", "实际支出金额"], "en": ["actual spending", "money actually spent"]},
    "funds_score": {"zh": ["资金执行得分", "预算执行这一项的得分"], "en": ["score for budget execution"]},
    "satisfaction": {"zh": ["满意度指标分数", "服务对象满意度得分"], "en": ["user satisfaction score"]},
    "unspent": {"zh": ["结余金额", "没花完的钱"], "en": ["leftover funds", "remaining unspent money"]},
    "lost": {"zh": ["失分", "被扣掉的分"], "en": ["points deducted", "lost points"]},
}
KIND_WORDS = {
    "数量指标": {"zh": ["数量类指标"], "en": ["output quantity"]},
    "质量指标": {"zh": ["质量类指标"], "en": ["output quality"]},
    "时效指标": {"zh": ["时效性指标"], "en": ["timeliness"]},
    "成本指标": {"zh": ["成本类指标"], "en": ["cost control"]},
    "经济效益指标": {"zh": ["经济效益类指标"], "en": ["economic"]},
    "社会效益指标": {"zh": ["社会效益类指标", "社会效益"], "en": ["social"]},
    "生态效益指标": {"zh": ["生态效益"], "en": ["environmental"]},
    "可持续影响指标": {"zh": ["可持续影响"], "en": ["sustainable impact"]},
    "服务对象满意度指标": {"zh": ["服务对象满意度", "满意度类指标"], "en": ["user satisfaction"]},
}
LEVEL1_WORDS = {
    "产出指标": {"zh": ["产出类指标", "产出"], "en": ["output"]},
    "效益指标": {"zh": ["效益类指标", "效益"], "en": ["benefit"]},
    "满意度指标": {"zh": ["满意度类指标"], "en": ["satisfaction"]},
}
OPS = {
    "lt": {"zh": ["不足", "不到"], "en": ["under", "lower than"]},
    "gt": {"zh": ["大于", "超出"], "en": ["over", "greater than"]},
    "ge": {"zh": ["不少于", "至少为"], "en": ["no less than", "at or above"]},
    "le": {"zh": ["最多", "小于等于"], "en": ["not exceeding", "at or below"]},
}
ORDINALS = {"2": {"zh": ["第二", "第2"], "en": ["2nd"]}, "3": {"zh": ["第三"], "en": ["3rd"]}}
COUNTS = {"2": {"zh": ["两", "二"], "en": ["two"]}, "3": {"zh": ["三"], "en": ["three"]}}

TEMPLATES: dict[str, list[str]] = {
    "lookup": [
        "zh|麻烦查一下{p}的{f}。",
        "zh|我想了解{p}这个项目的{f}。",
        "zhc|{p}{f}是几？",
        "en|Could you tell me the {f} for {p}?",
        "en|Give me {p}'s {f}.",
    ],
    "derived.change": [
        "zh|{p}年初预算和调整后预算相差多少？",
        "en|How much did the budget of {p} change between the start of the year and the end?",
    ],
    "derived.unspent": [
        "zh|{p}最后结余了多少资金？",
        "en|What amount of {p}'s budget remained unspent?",
    ],
    "derived.lost": [
        "zhc|{p}离满分差几分",
        "en|How far is {p} from a perfect score?",
    ],
    "derived.level1": [
        "zh|{p}在{l}上合计拿了多少分？",
        "en|What is the combined {l} score of {p}?",
    ],
    "derived.rate": [
        "zhc|{p}{l}的得分率有多少",
        "en|What share of the {l} points did {p} earn?",
    ],
    "derived.grade": [
        "zh|{p}的绩效等级属于哪一档？",
        "en|Which grade band does {p} fall into?",
    ],
    "indicator.score": [
        "zh|请问{p}在{k}上拿到多少分？",
        "en|What score did {p} receive for {k}?",
    ],
    "indicator.lost": [
        "zhc|{p}{k}丢了几分",
    ],
    "indicator.weight": [
        "zh|{p}中{k}的权重是多少？",
    ],
    "indicator.target": [
        "zhc|{p}{k}定的目标是啥",
        "en|What target was set for {p}'s {k} indicator?",
    ],
    "indicator.actual": [
        "zh|{p}的{k}最终完成情况如何？",
        "en|What did {p} actually achieve on {k}?",
    ],
    "list": [
        "zh|把{s}每个项目的{f}都列一下。",
        "zhc|{s}各个项目{f}各是多少",
        "en|Give me the {f} for each project{s}.",
        "en|I need every project's {f}{s}.",
    ],
    "list.grade": [
        "zhc|{s}每个项目都评了什么等级",
        "en|Show the grade band of every project{s}.",
    ],
    "filter.cmp": [
        "zh|请筛选出{s}{f}{op}{v}的项目。",
        "zhc|{s}{f}{op}{v}的是哪几个项目",
        "en|Show me projects{s} with {f} {op} {v}.",
        "en|Find every project{s} whose {f} is {op} {v}.",
    ],
    "filter.eq": [
        "zh|{s}{f}恰好为{v}的项目是哪些？",
        "en|Find projects{s} whose {f} equals {v}.",
    ],
    "filter.above_avg": [
        "zh|{s}{f}在平均线以上的项目有哪些？",
        "en|Which projects{s} beat the average {f}?",
    ],
    "filter.below_avg": [
        "zhc|{s}{f}没达到平均数的是哪些",
        "en|Which projects{s} fall short of the average {f}?",
    ],
    "filter.above_median": [
        "zh|{s}{f}超过中位值的项目是哪几个？",
    ],
    "filter.has": [
        "zhc|{s}哪几个项目包含{k}",
        "en|Which projects{s} include a {k} indicator?",
    ],
    "filter.deducted": [
        "zh|{s}在{k}上被扣过分的项目有哪些？",
        "en|Which projects{s} were marked down on {k}?",
    ],
    "filter.deducted_l1": [
        "zhc|{s}{l}丢过分的项目是哪些",
    ],
    "filter.full": [
        "zh|{s}{l}全部拿满分的是哪些项目？",
        "en|Which projects{s} scored perfectly on {l}?",
    ],
    "filter.full_kind": [
        "zhc|{s}{k}一分没丢的是哪几个",
    ],
    "filter.clean": [
        "zh|{s}哪些项目所有绩效指标都是满分？",
        "en|Which projects{s} have a perfect score on every indicator?",
    ],
    "filter.unmet": [
        "zh|{p}哪些指标的实际完成值低于目标？",
        "en|Where did {p} fall short of its indicator targets?",
    ],
    "rank.max": [
        "zh|{s}哪一个项目的{f}最大？",
        "en|Which project{s} tops the list on {f}?",
    ],
    "rank.min": [
        "zhc|{s}{f}垫底的是哪个",
        "en|Which project{s} comes last on {f}?",
    ],
    "rank.nth": [
        "zh|{s}按{f}从高到低排，{n}名是哪个项目？",
        "en|Ranking projects{s} by {f}, which one is {n}?",
    ],
    "rank.nth_low": [
        "zhc|{s}{f}从低往高数{n}个是哪个",
    ],
    "rank.top": [
        "zh|{s}{f}最高的{n}个项目分别是？",
        "en|Name the {n} projects{s} with the highest {f}.",
    ],
    "rank.bottom": [
        "zhc|{s}{f}排最后{n}名的项目",
        "en|Which are the bottom {n} projects{s} by {f}?",
    ],
    "agg.count_all": [
        "zhc|{s}总共多少个项目",
        "en|What is the number of projects{s}?",
    ],
    "agg.count_has": [
        "zh|{s}包含{k}的项目数量是多少？",
    ],
    "agg.count_deducted": [
        "en|Count the projects{s} marked down on {k}.",
    ],
    "agg.count_cmp": [
        "zhc|{s}{f}{op}{v}的项目数",
        "en|Count the projects{s} with {f} {op} {v}.",
    ],
    "agg.sum": [
        "zh|{s}全部项目的{f}总计多少？",
        "en|Add up the {f} across all projects{s}.",
    ],
    "agg.avg": [
        "zhc|{s}{f}平均下来是多少",
        "en|On average, what is the {f} of the projects{s}?",
    ],
    "agg.median": [
        "zh|{s}各项目{f}的中间值是多少？",
    ],
    "agg.max": [
        "zhc|{s}{f}最大是多少",
        "en|What is the maximum {f}{s}?",
    ],
    "agg.min": [
        "zh|{s}{f}的最小值是多少？",
        "en|What is the minimum {f}{s}?",
    ],
    "group.l1_lost": [
        "zhc|{s}产出、效益、满意度各丢了多少分",
        "en|For each first-level indicator category{s}, how many points were deducted in total?",
    ],
    "group.l2_lost": [
        "zh|{s}请按二级指标类别汇总扣分情况。",
        "en|Sum the deductions for each second-level indicator category{s}.",
    ],
    "group.l1_rate": [
        "zh|{s}三大类一级指标各自的得分率是多少？",
    ],
    "group.dept_count": ["zh|{s}每个部门有几个项目？"],
    "group.dept_avg": ["zh|{s}每个部门的平均{f}？"],
    "group.year_count": ["zh|{s}各年份项目数量？"],
    "group.year_avg": ["zh|{s}每年平均{f}？"],
    "compare.high": [
        "zhc|{p}和{q}比，谁{f}更高一些",
        "en|Between {p} and {q}, whose {f} is higher?",
        "zh|在{p}、{q}、{r}这三个项目里，谁的{f}最高？",
    ],
    "compare.low": [
        "zh|{p}的{f}是否低于{q}？哪个更低？",
        "en|Of {p} and {q}, which one has a lower {f}?",
    ],
    "reason.project": [
        "zh|请说明{p}失分的原因。",
        "en|What caused {p} to lose points?",
    ],
    "reason.kind": [
        "zh|{p}在{k}上扣分是什么原因？",
        "en|Explain the deduction on {p}'s {k} indicator.",
    ],
    "reason.level1": [
        "zhc|{p}{l}为啥丢分",
    ],
    "nested.max_value": [
        "zh|{f}排第一的项目，它的{g}是多少？",
        "en|Take the project with the top {f}: what is its {g}?",
    ],
    "nested.min_value": [
        "zhc|{f}最差的那个项目{g}是多少",
    ],
    "nested.max_reason": [
        "zh|丢分最多的那个项目，扣分原因是什么？",
    ],
    "nested.min_reason": [
        "en|The project with the lowest {f}: why did it lose points?",
    ],
    "nested.min_grade": [
        "zhc|{f}最差的项目是什么等级",
    ],
    "nested.max_grade": [
        "en|What grade band is the project with the highest {f} in?",
    ],
    "fu.why_min": [
        "zh|{f}最差的是哪个项目？||它为什么丢分？",
        "en|Which project is last on {f}?||What went wrong there?",
    ],
    "fu.why_max": [
        "zhc|谁{f}最多||怎么扣的",
    ],
    "fu.second": [
        "zhc|{f}第一是哪个||那排第二的呢",
        "en|Which project leads on {f}?||Who is runner-up?",
    ],
    "fu.lowest": [
        "zh|{f}最高的项目？||倒数第一呢？",
        "en|Top project by {f}?||What about the bottom one?",
    ],
    "fu.subset_min": [
        "zh|{f}{op}{v}的项目列一下||在这些项目中{g}最小的是？",
    ],
    "fu.subset_max": [
        "en|Show me projects with {f} {op} {v}.||Of these, which has the greatest {g}?",
    ],
    "fu.pronoun": [
        "zhc|{p}{f}多少||那它的{g}呢",
        "en|Tell me the {f} of {p}.||What is its {g}?",
    ],
    "fu.other": [
        "zh|{p}的{f}？||{q}的呢？",
        "en|{p}'s {f}?||Same for {q}?",
    ],
    "fu.count": [
        "zhc|{k}扣过分的项目有哪些||这些一共多少个",
    ],
    "fu.avg": [
        "en|Give me each project's {f}.||And the mean?",
    ],
    "refuse.offtopic": [
        "zh|周末去哪儿玩比较好？",
        "en|Can you recommend a good movie?",
        "zhc|帮我算一下100乘以23",
        "en|What is the capital of France?",
        "zh|请介绍一下量子计算。",
        "zhc|你会唱歌吗",
        "en|Write a haiku about autumn.",
        "zh|下周上海会下雨吗？",
    ],
    "refuse.year": [
        "zhc|{p}{y}年{f}多少",
        "en|Show the {f} of all projects for {y}.",
        "zh|请给出{y}年度各项目的{f}。",
    ],
    "refuse.agency": [
        "zhc|{a}哪个项目{f}最低",
        "en|How many projects does {a} have?",
        "zh|{a}的项目平均{f}是多少？",
    ],
    "roc.unknown": [
        "zh|请问{p}的{u}是哪个？",
        "en|Who or what is the {u} for {p}?",
    ],
    "roc.unknown_all": [
        "zhc|把所有项目的{u}列出来",
    ],
    "roc.missing": [
        "zh|请问{m}项目的{f}是多少？",
        "en|Give me the {f} of the {m} project.",
    ],
    "roc.ambiguous": [
        "zh|{x}的{f}是多少？",
        "en|{x}: what is the {f}?",
    ],
}

PROSE = [
    (r"平均处理时长为(\d+)分钟", None, "zh|{p}网络报修平均处理时长是多少分钟？"),
    (r"用户侧(\d+)个", None, "en|How many repair requests came from the user side for {p}?"),
    (r"节点搬迁(\d+)个", None, "zhc|{p}节点搬迁一共搞了几个"),
    (r"覆盖(\d+)万余个自然人", "万", "zh|自然人综合库覆盖了多少自然人？"),
    (r"法人综合库覆盖(\d+)万余家企业", "万", "en|How many enterprises does the legal-person database cover?"),
    (r"重大网络保障工作(\d+)余次", None, "zh|{p}完成了多少次重大网络保障工作？"),
    (r"累计发布(\d+(?:\.\d+)?)万余个公共数据资源目录", "万", "zh|累计发布了多少个公共数据资源目录？"),
    (r"与长三角共享数据超(\d+)亿条", "亿", "en|How much data was shared with the Yangtze River Delta?"),
]
TEMPLATES["prose.fact"] = [f"{t.split('|', 1)[0]}|{i}" for i, (_, _, t) in enumerate(PROSE)]

OTHER_YEARS = [2017, 2019, 2020, 2022, 2025]
OTHER_AGENCIES = ["上海市民政局", "上海市卫生健康委员会", "杭州市数据资源管理局", "上海市交通委员会"]
UNKNOWN = {
    "zh": ["项目经理", "验收日期", "供应商名称", "监理单位", "立项批文号", "项目地点", "建设周期"],
    "en": [
        "supplier name",
        "acceptance date",
        "supervising contractor",
        "approval document number",
        "project location",
        "number of staff",
    ],
}
MISSING_PROJECTS = ["智慧交通信号平台", "市民热线升级", "数字孪生城市底座", "一网统管平台"]

ALIASES = {
    "“一网通办”运营服务": ["“一网通办”运营"],
    "上海市“一网通办”平台信息系统（2021升级改造）": ["一网通办平台信息系统", "2021升级改造"],
    "基础设施-运维": ["运维"],
    "上海市大数据资源平台（二期）": ["资源平台", "大数据资源平台二期"],
    "上海市政务云基础设施服务费（预付费）": ["政务云基础设施服务费", "基础设施服务费"],
    "大数据中心管理工作经费": ["中心管理工作经费"],
    "数据运营服务": ["数据运营"],
}
AMBIGUOUS = ["一网通办", "基础设施", "运营服务", "大数据"]
