"""Phrasings of the visible suites (sample.jsonl, synth.jsonl): how a finance-bureau manager
asks, in formal Chinese (zh), colloquial Chinese (zhc) and English (en).

Each template is "lang|pattern"; "||" separates the turns of a conversation. Slots: {p} {q} {r}
projects, {f} {g} fields, {k} a level-2 kind, {l} a level-1 kind, {op} a comparison, {v} a
threshold with its unit, {n} an ordinal or count, {s} a year/department scope, {y} a year,
{a} an agency, {u} a word no field holds, {m} a project not in the corpus, {x} an ambiguous
fragment. Words only: every gold value comes from the oracle. The held-out suite has its own
phrasebook (hidden_templates.py) with different wordings.
"""

FIELDS = {
    "total": {"zh": ["总分", "自评总分", "自评得分"], "en": ["total score", "overall score"]},
    "rate": {"zh": ["执行率", "预算执行率"], "en": ["execution rate", "budget execution rate"]},
    "initial": {
        "zh": ["年初预算数", "年初预算"],
        "en": ["initial budget", "budget at the start of the year"],
    },
    "budget": {"zh": ["全年预算数", "全年预算"], "en": ["full-year budget", "adjusted budget"]},
    "executed": {"zh": ["全年执行数", "实际执行金额"], "en": ["amount spent", "executed amount"]},
    "funds_score": {"zh": ["预算执行得分", "执行率得分"], "en": ["budget execution score"]},
    "satisfaction": {"zh": ["满意度得分", "满意度指标得分"], "en": ["satisfaction score"]},
    "unspent": {"zh": ["资金结余", "结余资金", "未执行金额"], "en": ["unspent budget", "unspent funds"]},
    "lost": {"zh": ["扣分", "被扣的分数"], "en": ["points lost", "deduction"]},
}
KIND_WORDS = {
    "数量指标": {"zh": ["数量指标"], "en": ["quantity"]},
    "质量指标": {"zh": ["质量指标"], "en": ["quality"]},
    "时效指标": {"zh": ["时效指标"], "en": ["timeliness"]},
    "成本指标": {"zh": ["成本指标"], "en": ["cost"]},
    "经济效益指标": {"zh": ["经济效益指标", "经济效益"], "en": ["economic benefit"]},
    "社会效益指标": {"zh": ["社会效益指标"], "en": ["social benefit"]},
    "生态效益指标": {"zh": ["生态效益指标"], "en": ["ecological benefit"]},
    "可持续影响指标": {"zh": ["可持续影响指标"], "en": ["sustainability"]},
    "服务对象满意度指标": {"zh": ["服务对象满意度指标", "满意度指标"], "en": ["satisfaction"]},
}
LEVEL1_WORDS = {
    "产出指标": {"zh": ["产出指标"], "en": ["output"]},
    "效益指标": {"zh": ["效益指标"], "en": ["benefit"]},
    "满意度指标": {"zh": ["满意度指标"], "en": ["satisfaction"]},
}
OPS = {
    "lt": {"zh": ["低于", "小于"], "en": ["below", "less than"]},
    "gt": {"zh": ["高于", "超过"], "en": ["above", "more than"]},
    "ge": {"zh": ["不低于", "大于等于"], "en": ["at least"]},
    "le": {"zh": ["不超过", "不高于"], "en": ["at most", "no more than"]},
}
ORDINALS = {"2": {"zh": ["第二", "第2"], "en": ["second"]}, "3": {"zh": ["第三"], "en": ["third"]}}
COUNTS = {"2": {"zh": ["两", "2"], "en": ["two", "2"]}, "3": {"zh": ["三", "3"], "en": ["three", "3"]}}

TEMPLATES: dict[str, list[str]] = {
    "lookup": [
        "zh|{p}的{f}是多少？",
        "zh|请问{p}项目的{f}为多少？",
        "zhc|{p}{f}多少",
        "zhc|{p}那个项目{f}是多少啊",
        "en|What is the {f} of {p}?",
        "en|{p}: what was its {f}?",
    ],
    "derived.change": [
        "zh|{p}的预算在年中调整了多少？",
        "zh|{p}全年预算数比年初预算数变化了多少？",
        "zhc|{p}预算调了多少",
        "en|By how much was the budget of {p} adjusted during the year?",
    ],
    "derived.unspent": [
        "zh|{p}的资金结余是多少？",
        "zhc|{p}还剩多少钱没花",
        "zh|{p}全年预算中有多少没有执行？",
        "en|How much of the budget of {p} was left unspent?",
    ],
    "derived.lost": [
        "zh|{p}一共扣了多少分？",
        "zhc|{p}总共被扣了几分",
        "en|How many points did {p} lose in total?",
    ],
    "derived.level1": [
        "zh|{p}的{l}一共得了多少分？",
        "zhc|{p}{l}合计得分多少",
        "en|What did {p} score on {l} indicators in total?",
    ],
    "derived.rate": [
        "zh|{p}的{l}得分率是多少？",
        "en|What is the score rate of {p} on {l} indicators?",
    ],
    "derived.grade": [
        "zh|{p}的评级是什么？",
        "zhc|{p}评了个什么等级",
        "en|What grade did {p} get?",
    ],
    "indicator.score": [
        "zh|{p}的{k}得了几分？",
        "zhc|{p}{k}得分多少",
        "en|How many points did {p} get on its {k} indicator?",
    ],
    "indicator.lost": [
        "zh|{p}的{k}扣了几分？",
        "en|How many points did {p} lose on {k} indicators?",
    ],
    "indicator.weight": [
        "zh|{p}的{k}分值是多少？",
        "en|What is the weight of the {k} indicator of {p}?",
    ],
    "indicator.target": [
        "zh|{p}的{k}目标值是什么？",
        "zh|{p}{k}的年度指标值是多少？",
        "en|What is the target of the {k} indicator of {p}?",
    ],
    "indicator.actual": [
        "zh|{p}的{k}实际完成值是多少？",
        "zhc|{p}{k}实际完成了多少",
        "en|What was the actual value of the {k} indicator of {p}?",
    ],
    "list": [
        "zh|{s}各项目的{f}分别是多少？",
        "zh|请列出{s}每个项目的{f}。",
        "zhc|{s}所有项目{f}都是多少",
        "en|List the {f} of every project{s}.",
        "en|Show each project's {f}{s}.",
    ],
    "list.grade": [
        "zh|{s}各项目的评级分别是什么？",
        "en|What grade did each project{s} get?",
    ],
    "filter.cmp": [
        "zh|{s}{f}{op}{v}的项目有哪些？",
        "zh|哪些项目的{f}{op}{v}？",
        "zhc|{s}{f}{op}{v}的都有哪些",
        "en|Which projects{s} have {f} {op} {v}?",
        "en|List the projects{s} whose {f} is {op} {v}.",
    ],
    "filter.eq": [
        "zh|{s}{f}是{v}的项目有哪些？",
        "zhc|{f}正好{v}的有哪几个",
        "en|Which projects{s} have {f} of exactly {v}?",
    ],
    "filter.above_avg": [
        "zh|{s}{f}高于平均水平的项目有哪些？",
        "zhc|哪些项目{f}比平均值高",
        "en|Which projects{s} have above-average {f}?",
    ],
    "filter.below_avg": [
        "zh|{s}{f}低于平均值的项目是哪些？",
        "en|Which projects{s} are below the average {f}?",
    ],
    "filter.above_median": [
        "zh|{s}{f}高于中位数的项目有哪些？",
        "en|Which projects{s} have {f} above the median?",
    ],
    "filter.has": [
        "zh|{s}有{k}的项目有哪些？",
        "zh|哪些项目设置了{k}？",
        "en|Which projects{s} have a {k} indicator?",
    ],
    "filter.deducted": [
        "zh|{s}哪些项目的{k}扣了分？",
        "zhc|{k}被扣分的项目有哪些",
        "en|Which projects{s} lost points on {k} indicators?",
    ],
    "filter.deducted_l1": [
        "zh|{s}{l}有扣分的项目有哪些？",
        "en|Which projects{s} lost points on {l} indicators?",
    ],
    "filter.full": [
        "zh|{s}{l}满分的项目有哪些？",
        "zhc|哪些项目{l}拿了满分",
        "en|Which projects{s} got full marks on {l} indicators?",
    ],
    "filter.full_kind": [
        "zh|{s}{k}没有扣分的项目有哪些？",
        "en|Which projects{s} got full marks on {k} indicators?",
    ],
    "filter.clean": [
        "zh|{s}哪些项目的绩效指标一分都没扣？",
        "en|Which projects{s} lost no points on any indicator?",
    ],
    "filter.unmet": [
        "zh|{p}有哪些指标没有达到年度指标值？",
        "zhc|{p}哪些指标没完成目标",
        "en|Which indicators of {p} missed their targets?",
    ],
    "rank.max": [
        "zh|{s}{f}最高的项目是哪个？",
        "zhc|{s}哪个项目{f}最高",
        "en|Which project{s} has the highest {f}?",
    ],
    "rank.min": [
        "zh|{s}{f}最低的是哪个项目？",
        "zhc|{f}最少的是哪个",
        "en|Which project{s} has the lowest {f}?",
    ],
    "rank.nth": [
        "zh|{s}{f}{n}高的项目是哪个？",
        "en|Which project{s} has the {n} highest {f}?",
    ],
    "rank.nth_low": [
        "zh|{s}{f}倒数{n}的是哪个项目？",
        "en|Which project{s} has the {n} lowest {f}?",
    ],
    "rank.top": [
        "zh|{s}{f}排名前{n}的项目有哪些？",
        "zhc|{f}前{n}名是哪几个",
        "en|What are the top {n} projects{s} by {f}?",
    ],
    "rank.bottom": [
        "zh|{s}{f}最低的{n}个项目是哪些？",
        "en|Which {n} projects{s} have the lowest {f}?",
    ],
    "agg.count_all": [
        "zh|{s}一共有多少个项目？",
        "en|How many projects{s} are there?",
    ],
    "agg.count_has": [
        "zh|{s}有{k}的项目有几个？",
        "en|How many projects{s} have a {k} indicator?",
    ],
    "agg.count_deducted": [
        "zhc|{s}{k}扣了分的项目有几个",
        "en|How many projects{s} lost points on {k} indicators?",
    ],
    "agg.count_cmp": [
        "zh|{s}{f}{op}{v}的项目有几个？",
        "en|How many projects{s} have {f} {op} {v}?",
    ],
    "agg.sum": [
        "zh|{s}所有项目的{f}合计是多少？",
        "zhc|{s}{f}加起来一共多少",
        "en|What is the total {f} of all projects{s}?",
    ],
    "agg.avg": [
        "zh|{s}各项目的平均{f}是多少？",
        "en|What is the average {f}{s}?",
    ],
    "agg.median": [
        "zh|{s}{f}的中位数是多少？",
        "en|What is the median {f} of the projects{s}?",
    ],
    "agg.max": [
        "zh|{s}最高的{f}是多少？",
        "en|What is the highest {f}{s}?",
    ],
    "agg.min": [
        "zh|{s}{f}最低是多少？",
        "en|What is the lowest {f} among the projects{s}?",
    ],
    "group.l1_lost": [
        "zh|{s}各一级指标分别扣了多少分？",
        "en|How many points were lost under each first-level indicator{s}?",
    ],
    "group.l2_lost": [
        "zh|{s}按二级指标统计，各扣了多少分？",
        "zhc|{s}每类二级指标一共扣了几分",
        "en|Break down the points lost by second-level indicator{s}.",
    ],
    "group.l1_rate": [
        "zh|{s}产出、效益、满意度三类指标的得分率分别是多少？",
        "en|What is the score rate of each first-level indicator{s}?",
    ],
    "group.dept_count": [
        "zh|{s}各部门分别有几个项目？",
        "en|How many projects does each department have{s}?",
    ],
    "group.dept_avg": [
        "zh|{s}各部门项目的平均{f}是多少？",
        "en|What is the average {f} per department{s}?",
    ],
    "group.year_count": [
        "zh|{s}每年各有多少个项目？",
        "en|How many projects are there per year{s}?",
    ],
    "group.year_avg": [
        "zh|{s}各年度的平均{f}分别是多少？",
        "en|What is the average {f} for each year{s}?",
    ],
    "compare.high": [
        "zh|{p}和{q}谁的{f}高？",
        "zh|{p}与{q}相比，哪个项目的{f}更高？",
        "zhc|{p}跟{q}比，{f}哪个高",
        "en|Which has the higher {f}, {p} or {q}?",
        "zh|{p}、{q}和{r}中，{f}最高的是哪个？",
        "en|Among {p}, {q} and {r}, which has the highest {f}?",
    ],
    "compare.low": [
        "zh|{p}和{q}哪个{f}更低？",
        "en|Compare {p} and {q}: which has the lower {f}?",
    ],
    "reason.project": [
        "zh|{p}为什么扣分？",
        "zh|{p}扣分的原因是什么？",
        "en|Why did {p} lose points?",
    ],
    "reason.kind": [
        "zh|{p}的{k}为什么没拿满分？",
        "zhc|{p}{k}咋扣分了",
        "en|Why did {p} lose points on its {k} indicator?",
    ],
    "reason.level1": [
        "zh|{p}的{l}扣分原因是什么？",
        "en|What are the reasons for the points {p} lost on {l} indicators?",
    ],
    "nested.max_value": [
        "zh|{f}最高的项目，{g}是多少？",
        "zhc|{f}最高那个项目{g}多少",
        "en|What is the {g} of the project with the highest {f}?",
    ],
    "nested.min_value": [
        "zh|{f}最低的项目的{g}是多少？",
        "en|For the project with the lowest {f}, what is its {g}?",
    ],
    "nested.max_reason": [
        "zh|{f}最多的项目为什么扣分？",
        "en|Why did the project with the most {f} lose points?",
    ],
    "nested.min_reason": [
        "zh|{f}最低的那个项目扣分原因是什么？",
        "en|What explains the lost points of the project with the lowest {f}?",
    ],
    "nested.min_grade": [
        "zh|{f}最低的项目评级是什么？",
        "en|What grade did the project with the lowest {f} get?",
    ],
    "nested.max_grade": [
        "zhc|{f}最高的项目评了什么等级",
    ],
    "fu.why_min": [
        "zh|{f}最低的项目是哪个？||为什么？",
        "zhc|哪个项目{f}最低||为啥扣分",
        "en|Which project has the lowest {f}?||Why?",
    ],
    "fu.why_max": [
        "zh|哪个项目{f}最多？||原因是什么？",
        "en|Which project has the most {f}?||Why did it lose them?",
    ],
    "fu.second": [
        "zh|{f}最高的项目是哪个？||第二名呢？",
        "en|Which project has the highest {f}?||And second place?",
    ],
    "fu.lowest": [
        "en|Which project has the highest {f}?||And the lowest?",
        "zh|{f}最高的是哪个项目？||最低的呢？",
    ],
    "fu.subset_min": [
        "zh|{f}{op}{v}的项目有哪些？||这几个里面{g}最低的是哪个？",
        "en|Which projects have {f} {op} {v}?||Among them, which has the lowest {g}?",
    ],
    "fu.subset_max": [
        "zhc|{f}{op}{v}的有哪些||其中{g}最高的是哪个",
        "en|List projects with {f} {op} {v}.||Which of those has the highest {g}?",
    ],
    "fu.pronoun": [
        "zh|{p}的{f}是多少？||它的{g}呢？",
        "en|What is the {f} of {p}?||And its {g}?",
    ],
    "fu.other": [
        "zh|{p}的{f}是多少？||那{q}呢？",
        "zhc|{p}{f}多少||{q}的呢",
        "en|What is the {f} of {p}?||What about {q}?",
    ],
    "fu.count": [
        "zh|哪些项目的{k}扣了分？||一共几个？",
        "en|Which projects lost points on {k} indicators?||How many is that?",
    ],
    "fu.avg": [
        "zh|各项目的{f}分别是多少？||平均是多少？",
        "en|List the {f} of every project.||What is the average?",
    ],
    "prose.orders": [
        "zh|{p}处理了多少个工单？",
        "en|How many work orders did {p} handle?",
    ],
    "prose.visits": [
        "zh|{p}累计服务了多少人次？",
        "zhc|{p}一共服务了多少人次",
    ],
    "refuse.offtopic": [
        "zh|今天上海天气怎么样？",
        "zhc|给我讲个笑话吧",
        "en|What's the weather like in Beijing tomorrow?",
        "en|Tell me a joke.",
        "zh|明天股市会涨吗？",
        "zh|帮我写一首关于春天的诗。",
        "en|Who won the 2018 World Cup?",
        "zhc|附近有啥好吃的餐厅",
        "zh|红烧肉怎么做？",
        "en|Translate 'good morning' into French.",
    ],
    "refuse.year": [
        "zh|{y}年{p}的{f}是多少？",
        "zh|{y}年度{f}最高的项目是哪个？",
        "zhc|{y}年各项目{f}咋样",
        "en|What was the {f} of {p} in {y}?",
        "en|Which project had the highest {f} in {y}?",
    ],
    "refuse.agency": [
        "zh|{a}的项目{f}是多少？",
        "zh|{a}有哪些项目？",
        "zhc|{a}那边{f}最高的是哪个项目",
        "en|Which projects of {a} lost points?",
        "en|What is the average {f} of {a}?",
    ],
    "roc.unknown": [
        "zh|{p}的{u}是什么？",
        "zhc|{p}{u}是啥",
        "en|What is the {u} of {p}?",
    ],
    "roc.unknown_all": [
        "zh|各项目的{u}分别是什么？",
        "en|List the {u} of every project.",
    ],
    "roc.missing": [
        "zh|{m}的{f}是多少？",
        "zhc|{m}项目{f}多少",
        "en|What is the {f} of {m}?",
    ],
    "roc.ambiguous": [
        "zh|{x}项目的{f}是多少？",
        "zhc|{x}那个项目{f}多少",
        "en|What is the {f} of the {x} project?",
    ],
}

# facts stated only in the sample's 年度总体目标 prose: (regex whose group is the number, unit, template)
PROSE = [
    (r"总计完成(\d+)个工单", None, "zh|{p}全年一共完成了多少个工单任务？"),
    (r"总计完成(\d+)个工单", None, "en|How many work orders did {p} complete?"),
    (r"处理网络报修总计(\d+)个", None, "zhc|{p}处理了多少网络报修"),
    (r"共完成(\d+)次应急演练", None, "zh|本年度共开展了几次应急演练？"),
    (r"发布了(\d+)项地方标准", None, "zh|{p}发布了几项地方标准？"),
    (r"发布了(\d+)项地方标准", None, "en|How many local standards did {p} publish?"),
    (r"对接全市(\d+)个区", None, "zh|{p}对接了全市多少个区？"),
    (r"等(\d+)个专题库", None, "zh|2021年新建了多少个专题库？"),
    (r"工作人员满意度达(\d+)%以上", "%", "zh|{p}的工作人员满意度达到了多少？"),
    (r"全年用电覆盖率达(\d+)%", "%", "en|What electricity coverage rate did {p} report for the year?"),
]
TEMPLATES["prose.fact"] = [f"{t.split('|', 1)[0]}|{i}" for i, (_, _, t) in enumerate(PROSE)]

OTHER_YEARS = [2018, 2019, 2020, 2022, 2023, 2024]
OTHER_AGENCIES = [
    "上海市财政局",
    "上海市教育委员会",
    "北京市大数据中心",
    "上海市公安局",
    "浙江省大数据发展管理局",
    "上海市水务局",
]
UNKNOWN = {
    "zh": [
        "人员编制",
        "招标方式",
        "项目负责人",
        "合同金额",
        "中标单位",
        "绩效目标调整次数",
        "审计意见",
        "开工日期",
        "采购方式",
        "联系电话",
    ],
    "en": [
        "procurement method",
        "head count",
        "contract amount",
        "project manager",
        "winning bidder",
        "audit opinion",
        "start date",
        "phone number",
    ],
}
MISSING_PROJECTS = ["城市大脑三期", "公共文化云", "电子发票平台", "河道整治工程", "垃圾分类宣传"]

# the sample corpus only: distinctive fragments of project names (the oracle checks each
# names one project) and fragments that name several (for asking back)
ALIASES = {
    "“一网通办”运营服务": ["一网通办运营服务", "一网通办运营"],
    "上海市“一网通办”平台信息系统（2021升级改造）": ["一网通办平台", "平台信息系统"],
    "基础设施-运维": ["基础设施运维", "运维"],
    "上海市大数据资源平台（二期）": ["大数据资源平台", "资源平台二期"],
    "上海市政务云基础设施服务费（预付费）": ["政务云", "政务云基础设施"],
    "大数据中心管理工作经费": ["管理工作经费", "工作经费"],
    "数据运营服务": ["数据运营"],
}
AMBIGUOUS = ["一网通办", "基础设施", "运营服务", "平台"]
