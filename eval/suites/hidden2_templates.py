"""Phrasings of the second held-out suite (sample_hidden2.jsonl): written without reading the
first held-out phrasebook or suite, and kept apart from the visible and development phrasebooks
(a test counts shared wordings without printing them). Parser work must not look at this file.

Registers (template language codes): zh plain Chinese, zhf 公文 style (formal), zhc spoken
Chinese with particles and the short names people use (colloquial), en English, enn
non-native English, mix Chinese with English words. "||" separates turns. Slots as in
phrases.py; every gold value comes from the oracle, this file only words questions.
"""

FIELDS = {
    "total": {
        "zh": ["总成绩", "总体得分", "最后得分", "绩效自评总分"],
        "en": ["score out of 100", "overall mark", "self-evaluation total"],
    },
    "rate": {
        "zh": ["预算执行百分比", "预算执行进度", "执行比率"],
        "en": ["budget execution ratio", "spend rate", "execution percentage"],
    },
    "initial": {
        "zh": ["年初预算资金", "年初下达预算", "年初那笔预算"],
        "en": ["budget at year start", "initial allocation", "original allocation"],
    },
    "budget": {
        "zh": ["全年预算资金", "全年预算总额", "年度预算数"],
        "en": ["annual budget", "full year budget figure", "year budget"],
    },
    "executed": {
        "zh": ["全年实际支出", "执行金额", "实际花费"],
        "en": ["amount disbursed", "actual outlay", "spend to date"],
    },
    "funds_score": {
        "zh": ["预算执行率得分", "资金执行这一项得分"],
        "en": ["budget execution rating", "execution points"],
    },
    "satisfaction": {
        "zh": ["满意度这项得分", "满意度分", "满意度评价得分"],
        "en": ["satisfaction rating", "satisfaction mark"],
    },
    "unspent": {
        "zh": ["结余下来的钱", "没用完的预算", "剩下的钱"],
        "en": ["money left over", "unspent amount", "underspent funds"],
    },
    "lost": {
        "zh": ["扣分数", "失掉的分数", "扣了的分"],
        "en": ["points dropped", "marks lost", "points knocked off"],
    },
}
KIND_WORDS = {
    "数量指标": {"zh": ["数量目标", "数量考核"], "en": ["quantity target", "quantity indicators"]},
    "质量指标": {"zh": ["质量目标", "质量考核"], "en": ["quality target", "quality indicators"]},
    "时效指标": {"zh": ["时效目标", "时效考核"], "en": ["timeliness target", "timeliness indicators"]},
    "成本指标": {"zh": ["成本目标", "成本考核"], "en": ["cost target", "cost indicators"]},
    "经济效益指标": {
        "zh": ["经济效益目标", "经济效益考核"],
        "en": ["economic benefit target", "economic benefit indicators"],
    },
    "社会效益指标": {
        "zh": ["社会效益目标", "社会效益考核"],
        "en": ["social benefit target", "social benefit indicators"],
    },
    "生态效益指标": {
        "zh": ["生态效益目标", "生态效益考核"],
        "en": ["ecological target", "ecological benefit indicators"],
    },
    "可持续影响指标": {
        "zh": ["可持续影响目标", "可持续影响考核"],
        "en": ["sustainable impact target", "sustainable impact indicators"],
    },
    "服务对象满意度指标": {
        "zh": ["服务对象满意度目标", "服务对象满意度考核"],
        "en": ["service recipient satisfaction", "beneficiary satisfaction indicators"],
    },
}
LEVEL1_WORDS = {
    "产出指标": {"zh": ["产出目标", "产出板块"], "en": ["output indicators", "output section"]},
    "效益指标": {"zh": ["效益目标", "效益板块"], "en": ["benefit indicators", "benefit section"]},
    "满意度指标": {
        "zh": ["满意度目标", "满意度板块"],
        "en": ["satisfaction indicators", "satisfaction section"],
    },
}
OPS = {
    "lt": {"zh": ["低过", "未满"], "en": ["falling below", "coming in under"]},
    "gt": {"zh": ["超过了", "高出"], "en": ["bigger than", "upwards of"]},
    "ge": {"zh": ["起码", "不小于"], "en": ["no lower than", "not less than"]},
    "le": {"zh": ["不大于", "顶多"], "en": ["capped at", "not more than"]},
}
ORDINALS = {
    "2": {"zh": ["第二", "排第二"], "en": ["second"], "mix": ["第二"]},
    "3": {"zh": ["第三", "排第三"], "en": ["third"], "mix": ["第三"]},
}
COUNTS = {
    "2": {"zh": ["两", "2"], "en": ["two", "2"], "mix": ["2"]},
    "3": {"zh": ["三", "3"], "en": ["three", "3"], "mix": ["3"]},
}

TEMPLATES: dict[str, list[str]] = {
    "lookup": [
        "zh|劳驾查查{p}的{f}。",
        "zhc|{p}的{f}有多少呀",
        "zhf|经查，{p}项目{f}为多少？请予告知。",
        "en|I need the {f} for {p}, please.",
        "enn|{p} the {f} is how much?",
        "mix|{p}的{f} is what？",
        "zhc|帮我看看{p}{f}是几",
    ],
    "derived.change": [
        "zh|{p}年中调整预算了吗？调了多少？",
        "zhc|{p}年初和全年的预算差了多少啊",
        "en|How much did the budget of {p} move between the start of the year and year end?",
        "zhf|{p}全年预算较年初预算调整幅度为多少元？",
    ],
    "derived.unspent": [
        "zhc|{p}钱花剩下多少",
        "zhf|{p}预算未支出部分金额为多少？",
        "en|What amount of {p}'s annual budget went unspent?",
        "mix|{p}还有多少budget没用掉？",
    ],
    "derived.lost": [
        "zhc|{p}比满分少了几分呐",
        "zh|{p}距离100分还差多少分？",
        "enn|{p} lose how many point total?",
        "en|How far short of full marks did {p} fall?",
    ],
    "derived.level1": [
        "zhc|{p}的{l}加起来拿了几分",
        "zhf|请统计{p}{l}项下各指标得分之和。",
        "en|What's the combined score of {p} across its {l}?",
    ],
    "derived.rate": [
        "zh|{p}在{l}上的得分占分值的百分之多少？",
        "zhc|{p}{l}得分率多少啊",
        "en|What percentage of the available {l} points did {p} get?",
    ],
    "derived.grade": [
        "zhc|{p}最后评上优了没，是啥档次",
        "zhf|{p}绩效评价结果属于哪一等级？",
        "en|Which rating band does {p} fall into?",
        "mix|{p}的grade是哪一档？",
    ],
    "indicator.score": [
        "zhc|{p}那个{k}拿了多少分",
        "zhf|{p}项目{k}实际得分为多少？",
        "en|How did {p} do on {k}, in points?",
    ],
    "indicator.lost": [
        "zhc|{p}的{k}被扣掉几分",
        "zhf|{p}{k}失分情况如何，共计多少分？",
        "en|How many points were taken off {p} for {k}?",
    ],
    "indicator.weight": [
        "zh|{p}的{k}满分是几分？",
        "zhc|{p}{k}占多少分的权重",
        "en|How many points is the {k} of {p} worth?",
    ],
    "indicator.target": [
        "zhc|{p}{k}当初定的目标是啥",
        "zhf|{p}{k}的预期目标值为何？",
        "en|What target was set for {p} on {k}?",
    ],
    "indicator.actual": [
        "zhc|{p}{k}最后实际做到多少",
        "zhf|{p}{k}实际完成情况为何？",
        "en|What was actually achieved on {k} by {p}?",
        "mix|{p}的{k}，actual是多少？",
    ],
    "list": [
        "zhc|{s}把每个项目的{f}都给我列一下",
        "zhf|请逐项列示{s}各项目{f}。",
        "en|Give me the {f} project by project{s}.",
        "enn|all project{s} {f} list please",
        "mix|{s}每个项目的{f}列个list",
        "zh|{s}各个项目{f}一览",
    ],
    "list.grade": [
        "zhc|{s}每个项目都评了啥等级",
        "zhf|请列明{s}各项目绩效评价等级。",
        "en|Show me the rating band of each project{s}.",
    ],
    "filter.cmp": [
        "zhc|{s}{f}{op}{v}的项目是哪几个呀",
        "zhf|{s}{f}{op}{v}的项目请逐一列出。",
        "en|Pull up every project{s} with {f} {op} {v}.",
        "enn|project{s} {f} {op} {v} which ones?",
        "mix|{s}{f} {op} {v} 的project都列出来",
    ],
    "filter.eq": [
        "zhc|{s}{f}刚好是{v}的是哪些",
        "zhf|{s}{f}与{v}相等的项目是哪些？",
        "en|Any projects{s} whose {f} is exactly {v}? Which?",
    ],
    "filter.above_avg": [
        "zhc|{s}{f}在平均线以上的是哪几个",
        "zhf|{s}{f}超过全部项目平均水平的有哪些？",
        "en|Which projects{s} have {f} over the all-project average?",
    ],
    "filter.below_avg": [
        "zhc|{s}{f}拖了平均后腿的是哪些项目",
        "zhf|{s}{f}未达到平均水平的项目有哪些？",
        "en|Which projects{s} come in under the mean {f}?",
    ],
    "filter.above_median": [
        "zhc|{s}{f}比中位数高的都是谁",
        "en|Which projects{s} sit above the median on {f}?",
    ],
    "filter.has": [
        "zhc|{s}哪几个项目设了{k}",
        "zhf|{s}设置{k}的项目有哪些？",
        "en|Which projects{s} include {k}?",
    ],
    "filter.deducted": [
        "zhc|{s}{k}上丢分的都有谁",
        "zhf|{s}{k}存在扣分的项目请列出。",
        "en|Which projects{s} got marked down on {k}?",
    ],
    "filter.deducted_l1": [
        "zhc|{s}{l}没拿满的是哪些项目",
        "en|Which projects{s} dropped points in the {l}?",
    ],
    "filter.full": [
        "zhc|{s}{l}一分没丢的有哪几个",
        "zhf|{s}{l}全额得分的项目请予列示。",
        "en|Which projects{s} scored every point in the {l}?",
    ],
    "filter.full_kind": [
        "zhc|{s}{k}拿满分的是哪些",
        "en|Which projects{s} got the full points for {k}?",
    ],
    "filter.unmet": [
        "zhc|{p}有哪些指标没达标啊",
        "zhf|{p}项下未达成年度指标值的指标请列明。",
        "en|Which of {p}'s indicators fell short of target?",
    ],
    "rank.max": [
        "zhc|{s}{f}谁最高啊",
        "zhf|{s}{f}居首位的项目为哪一个？",
        "en|Who tops the list on {f}{s}?",
        "mix|{s}{f}最high的是哪个项目",
    ],
    "rank.min": [
        "zhc|{s}{f}数值最小的是哪个",
        "zhf|{s}{f}数值最低的项目是哪一个？",
        "en|Which project{s} has the smallest {f} figure?",
    ],
    "rank.nth": [
        "zhc|{s}{f}{n}的是谁",
        "en|Which project ranks {n} on {f}{s}?",
    ],
    "rank.nth_low": [
        "zhc|{s}{f}从低往高数{n}的是哪个",
        "en|Counting up from the smallest value, which project is {n} on {f}{s}?",
    ],
    "rank.top": [
        "zhc|{s}{f}排头{n}个是哪几个项目",
        "zhf|请列出{s}{f}位列前{n}的项目。",
        "en|Give me the {n} projects{s} that rank highest on {f}.",
    ],
    "rank.bottom": [
        "zhc|{s}{f}数值最小的{n}个是哪几个",
        "en|List the {n} projects{s} with the least {f}.",
    ],
    "rank.tie_max": [
        "zhc|{s}{f}并列最高的是哪些项目",
        "en|Which projects{s} share the top spot on {f}?",
    ],
    "agg.count_all": [
        "zhc|{s}总共几个项目来着",
        "zhf|{s}纳入自评的项目数量为多少？",
        "en|How many projects are covered{s} in total?",
    ],
    "agg.count_has": [
        "zhc|{s}设了{k}的项目有几个",
        "en|Count the projects{s} that include {k}.",
    ],
    "agg.count_deducted": [
        "zhc|{s}{k}丢分的项目一共几个",
        "zhf|{s}{k}被扣分的项目共计几个？",
        "en|How many projects{s} got marked down on {k}?",
    ],
    "agg.count_cmp": [
        "zhc|{s}{f}{op}{v}的项目数有几个啊",
        "en|How many of the projects{s} show {f} {op} {v}?",
    ],
    "agg.sum": [
        "zhc|{s}{f}全部加一块是多少",
        "zhf|{s}各项目{f}合计金额为多少？",
        "en|Sum of {f} over every project{s}, please.",
    ],
    "agg.avg": [
        "zhc|{s}{f}平均一下大概多少呀",
        "en|On average, what is the {f}{s}?",
        "mix|{s}{f}算个average给我",
    ],
    "agg.median": [
        "zhc|{s}{f}取中位数是多少",
        "en|Sort the projects{s} by {f} - what's the value in the middle?",
    ],
    "agg.max": [
        "zhc|{s}{f}最多的那个是多少",
        "en|What's the single highest {f} value{s}?",
    ],
    "agg.min": [
        "zhc|{s}{f}最少的那个数是多少",
        "en|What's the smallest {f} figure{s}?",
    ],
    "group.l1_lost": [
        "zhc|{s}产出、效益、满意度这三块各丢了几分",
        "zhf|{s}请按一级指标汇总失分情况。",
        "en|Show points lost per top-level indicator category{s}.",
        "mix|{s}一级指标 by category 各扣了多少分",
    ],
    "group.l2_lost": [
        "zhc|{s}数量质量时效这些二级指标各扣了多少",
        "zhf|{s}请按二级指标分类汇总扣分。",
        "en|Sum the points lost for each second-level indicator type{s}.",
        "enn|{s} each second level indicator lose how many points",
    ],
    "group.l1_rate": [
        "zhc|{s}三大类一级指标得分率各是多少",
        "zhf|{s}各一级指标得分占分值比例分别为多少？",
        "en|For each top-level indicator category{s}, what share of the points was earned?",
        "mix|{s}每个一级指标的score rate",
    ],
    "compare.high": [
        "zhc|{p}跟{q}，哪个{f}更高点",
        "zhf|{p}与{q}两个项目{f}孰高？",
        "en|Is {p} or {q} ahead on {f}?",
        "zhc|{p}、{q}、{r}这仨，谁{f}最高",
        "en|Of {p}, {q} and {r}, which comes out ahead on {f}?",
    ],
    "compare.low": [
        "zhc|{p}和{q}比，谁{f}低一些",
        "en|{p} or {q} - which one has less {f}?",
        "mix|{p} vs {q}，{f}哪个低",
    ],
    "compare.diff": [
        "zhc|{p}比{q}的{f}多出多少",
        "en|How much more {f} does {p} have than {q}?",
    ],
    "reason.project": [
        "zhc|{p}丢分丢在哪了",
        "zhf|{p}失分事由请逐项说明。",
        "en|What cost {p} points?",
        "mix|{p}为啥被扣分？reason是什么",
    ],
    "reason.kind": [
        "zhc|{p}的{k}怎么没拿满",
        "zhf|{p}{k}扣分原因为何？",
        "en|Explain the deduction on {k} for {p}.",
    ],
    "reason.level1": [
        "zhc|{p}{l}扣分是因为啥",
        "en|What explains {p}'s lost points in the {l}?",
    ],
    "nested.max_value": [
        "zhc|{f}数值最大的那个项目，{g}是多少",
        "en|Take the project with the highest {f} - what is its {g}?",
    ],
    "nested.min_value": [
        "zhc|{f}数值最小那个项目{g}是多少",
        "zhf|{f}最低之项目，其{g}为多少？",
        "en|The project with the smallest {f}: what's its {g}?",
    ],
    "nested.max_reason": [
        "zhc|{f}最多的那个项目是因为什么丢分的",
        "en|The project with the most {f}: why were the points taken off?",
    ],
    "nested.min_reason": [
        "zhc|{f}最差的项目丢分原因是啥",
        "zhf|{f}最低项目的扣分原因请予说明。",
    ],
    "nested.min_grade": [
        "zhc|{f}最低那个评了啥档",
        "en|What rating band did the project with the weakest {f} receive?",
    ],
    "nested.max_grade": [
        "zhf|{f}最高项目的评价等级为何？",
        "en|What rating band went to the project with the best {f}?",
    ],
    "fu.why_min": [
        "zhc|{f}最差劲的是哪一个项目||咋回事，为啥扣分",
        "en|Which project did worst on {f}?||What dragged it down?",
    ],
    "fu.why_max": [
        "zhc|谁的{f}最多||扣分理由是啥",
        "en|Who racked up the most {f}?||And the reasons?",
    ],
    "fu.second": [
        "zhc|{f}谁第一||那第二名是谁",
        "en|Top project on {f}?||Who's runner-up?",
    ],
    "fu.lowest": [
        "zhc|{f}谁最高||那谁最低",
        "mix|{f}最高的项目叫啥||那lowest的是哪个？",
    ],
    "fu.subset_min": [
        "zhc|{f}{op}{v}的都有谁||这里头{g}最低是哪个",
        "en|Show projects with {f} {op} {v}.||Among that group, who has the least {g}?",
    ],
    "fu.subset_max": [
        "zhf|请列出{f}{op}{v}之项目。||上述项目中{g}最高者为哪个？",
        "en|Find the projects where {f} is {op} {v}.||And which of them leads on {g}?",
    ],
    "fu.pronoun": [
        "zhc|{p}{f}是多少呀||它的{g}又是多少嘞",
        "en|Pull up {p}'s {f}.||How about its {g}?",
    ],
    "fu.other": [
        "zhc|{p}那个{f}是多少来着||换{q}看看",
        "en|I'd like {p}'s {f}.||Same question for {q}.",
    ],
    "fu.count": [
        "zhc|{k}上被扣过分的项目都有哪些||总共几个",
        "en|Which projects got marked down on {k}?||How many in total?",
    ],
    "fu.avg": [
        "zhc|把各项目{f}列一下||平均多少",
        "en|Give me the {f} of each project.||What's the mean of those figures?",
    ],
    "fu.chain": [
        "zhc|{f}最低的项目是哪一个呀||它为什么会丢分||它{g}多少",
        "en|Which project has the weakest {f}?||Why did it lose points?||And what does it show for {g}?",
    ],
    "fu.other3": [
        "zhc|{p}{f}给报个数||换成{q}的话呢||再看下{r}",
        "en|{f} for {p}?||What about for {q} then?||Lastly {r}?",
    ],
    "fu.nth_low": [
        "zhc|{f}最低的是哪个项目啊||倒数第二是谁",
        "en|Which project has the smallest {f} number?||And the second lowest?",
    ],
    "fu.switch": [
        "zhc|{f}最高的项目是哪个呀||改看{g}呢",
        "en|Whose {f} is the highest?||What if we look at {g} instead?",
    ],
    "fu.only_level": [
        "zhc|{p}总共丢了几分||光{l}丢了几分",
        "en|How many points did {p} drop overall?||Just in the {l}?",
    ],
    "refuse.offtopic": [
        "zhc|周末去哪儿爬山比较好",
        "zh|帮我查一下明天的航班动态。",
        "en|What's a good recipe for banana bread?",
        "enn|how i can improve my english speaking",
        "zhf|请介绍一下我国个人养老金制度。",
        "mix|帮我写个PPT大纲，主题是团队建设",
        "zhc|你觉得今年世界杯谁能夺冠",
        "en|Explain how a blockchain works.",
        "zh|上海地铁几点停运？",
        "zhc|晚上吃火锅还是烧烤好呢",
    ],
    "refuse.year": [
        "zhc|{y}年那会{p}{f}是多少",
        "zhf|{y}年度各项目{f}情况如何？",
        "en|Back in {y}, what was the {f} of {p}?",
        "mix|{y}年的{f}最高的是哪个project",
    ],
    "refuse.agency": [
        "zhc|{a}那边的项目{f}怎么样",
        "zhf|请提供{a}所属项目的{f}。",
        "en|How did the projects of {a} do on {f}?",
    ],
    "roc.unknown": [
        "zhc|{p}的{u}是多少来着",
        "zhf|烦请提供{p}项目之{u}。",
        "en|Do you have the {u} for {p}?",
    ],
    "roc.unknown_all": [
        "zhc|各项目{u}都列一下",
        "en|Show the {u} for each project.",
    ],
    "roc.missing": [
        "zhc|{m}那个项目{f}多少",
        "zhf|请告知{m}项目的{f}。",
        "en|Look up the {f} of {m}.",
    ],
    "roc.ambiguous": [
        "zhc|{x}那个项目{f}多少啊",
        "zhf|名称含“{x}”的项目{f}为多少？",
        "en|What's the {f} of the {x} project?",
    ],
}

# facts stated only in the sample's 年度总体目标 prose: (regex whose group is the number, unit, template)
PROSE = [
    (r"本年度共完成(\d+)次应急演练", None, "zhc|{p}今年搞了几回应急演练"),
    (r"总计完成(\d+)个工单任务", None, "en|What was the total number of work tickets closed by {p}?"),
    (r"网络新建(\d+)个", None, "zh|{p}的工单里，网络新建类的有多少个？"),
    (r"处理网络报修总计(\d+)个", None, "mix|{p}一共处理了多少个网络报修tickets？"),
    (r"(\d+)分钟内修复", None, "en|Within how many minutes does {p} commit to repairing a fault?"),
    (r"发布了(\d+)项地方标准", None, "zhc|{p}弄出来几项地方标准"),
    (r"等(\d+)个专题库", None, "zhf|{p}年内新建专题库数量为多少个？"),
    (r"对接全市(\d+)个区", None, "en|How many districts is {p} connected to?"),
    (r"完成率(\d+)%", "%", "zh|{p}机房用电等工作完成率是多少？"),
    (r"工作人员满意度达(\d+)%以上", "%", "zhc|{p}里头工作人员满意度能到多少"),
    (r"提供超(\d+)人的专业的服务人员团队", None, "en|How big is the professional service team of {p}?"),
    (r"为全市(\d+)余个市级政务外网网络节点", None, "zhc|{p}管着大概多少个市级政务外网节点"),
]
TEMPLATES["prose.fact"] = [f"{t.split('|', 1)[0]}|{i}" for i, (_, _, t) in enumerate(PROSE)]

OTHER_YEARS = [2014, 2020, 2022, 2023]
OTHER_AGENCIES = [
    "上海市文化和旅游局",
    "上海市生态环境局",
    "南京市大数据管理局",
    "上海市商务委员会",
    "上海市市场监督管理局",
    "成都市网络理政办公室",
]
UNKNOWN = {
    "zh": ["工程监理方", "质保期", "投标保证金", "验收专家名单", "项目立项日期", "责任处室"],
    "en": ["warranty period", "site supervisor", "bid bond", "acceptance panel", "approval date"],
}
MISSING_PROJECTS = [
    "城市数字孪生底座",
    "市民云APP迭代",
    "智慧停车平台",
    "无障碍环境改造",
    "网格化管理系统升级",
]

# the sample corpus only: names people use that single out one project (the oracle checks)
ALIASES = {
    "“一网通办”运营服务": ["通办运营服务"],
    "上海市“一网通办”平台信息系统（2021升级改造）": ["通办平台", "“一网通办”平台信息系统"],
    "基础设施-运维": ["基础设施 运维"],
    "上海市大数据资源平台（二期）": ["市大数据资源平台", "数据资源平台"],
    "上海市政务云基础设施服务费（预付费）": ["政务云基础设施服务", "市政务云"],
    "大数据中心管理工作经费": ["大数据中心管理", "中心管理工作"],
    "数据运营服务": [],
}
AMBIGUOUS = ["数据"]
