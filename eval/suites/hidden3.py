"""The third held-out suite: questions over the sample corpus written one by one by hand, blind
to the parser and to the other suites, as managers and analysts type them in a chat (formal
公文, spoken Chinese with fillers, a terse director, polite requests, English, Chinese mixed with
English, shortened project names). Each question stands next to the Book call
(eval/suites/free_book.py) that asks the independent oracle for its gold.

Invariants:
- no template and no random choice: ``python -m eval.suites build-hidden3`` rewrites
  ``sample_hidden3.jsonl`` byte for byte the same;
- a project is named to the oracle by its full name; the words a question uses for it are
  recorded with it, and a Chinese short name singles that project out (tests/test_hidden3_suite.py);
- the parser (bot/) and the other suites' wordings were not read while writing it, and the
  suite is scored only redacted (``jixiao eval … --redact``): do not open it while working on
  the parser.
"""

from __future__ import annotations

from pathlib import Path

from eval.oracle import Oracle
from eval.suites import dumps, sample_records
from eval.suites.free_book import Book, Ref

HIDDEN3 = Path(__file__).parent / "sample_hidden3.jsonl"

# the seven projects, by the names their forms state
YWTB_OPS = "“一网通办”运营服务"
YWTB_SYS = "上海市“一网通办”平台信息系统（2021升级改造）"
INFRA = "基础设施-运维"
PLATFORM = "上海市大数据资源平台（二期）"
CLOUD = "上海市政务云基础设施服务费（预付费）"
MGMT = "大数据中心管理工作经费"
DATAOPS = "数据运营服务"
SAT = "满意度指标"


def _lookups(b: Book) -> None:
    b.lookup("请提供上海市政务云基础设施服务费（预付费）项目2021年度全年执行数。", CLOUD, "executed", "zhf")
    b.lookup("运维那个项目年初预算是多少来着？", INFRA, "initial", "zhc", a="运维")
    b.lookup("数据运营服务 总分", DATAOPS, "total", "zh", "terse")
    b.lookup(
        "What was the execution rate of the big data resource platform phase II?",
        PLATFORM,
        "rate",
        "en",
        a="big data resource platform phase II",
        en=True,
    )
    b.lookup(
        "Big Data Center management expenses project, how much is full year budget?",
        MGMT,
        "budget",
        "enn",
        a="Big Data Center management expenses",
        en=True,
    )
    b.lookup(
        "一网通办运营服务的budget execution score是几分？",
        YWTB_OPS,
        "funds_score",
        "mix",
        a="一网通办运营服务",
    )
    b.lookup(
        "您好，想请您帮忙查询一下一网通办平台升级改造项目的满意度得分，谢谢。",
        YWTB_SYS,
        "satisfaction",
        "zh",
        "polite",
        a="一网通办平台升级改造",
    )
    b.lookup("管理工作经费全年实际花了多少钱？", MGMT, "executed", "zhc", a="管理工作经费")
    b.lookup(
        "Initial budget for the data operations service?",
        DATAOPS,
        "initial",
        "en",
        "terse",
        a="data operations service",
        en=True,
    )


def _derived(b: Book) -> None:
    b.derived("政务云那个项目最后还剩多少钱没花完？", CLOUD, "unspent", "zhc", a="政务云")
    b.derived("大数据中心管理工作经费全年预算数较年初预算数调减了多少元？", MGMT, "change", "zhf")
    b.derived(
        "How many points did the infrastructure O&M project lose in total?",
        INFRA,
        "lost",
        "en",
        a="infrastructure O&M",
        en=True,
    )
    b.derived("数据运营服务一共被扣了几分？", DATAOPS, "lost", "zh")
    b.derived("资源平台二期评了个啥等级？", PLATFORM, "grade", "zhc", a="资源平台二期")
    b.derived(
        "What grade did the management expenses project get?",
        MGMT,
        "grade",
        "en",
        a="management expenses project",
        en=True,
    )
    b.level1(
        "一网通办运营服务的效益指标一共得了多少分？",
        YWTB_OPS,
        "效益指标",
        "score",
        "zh",
        a="一网通办运营服务",
    )
    b.level1(
        "What's the score rate on output indicators for the government cloud project?",
        CLOUD,
        "产出指标",
        "rate",
        "en",
        a="government cloud",
        en=True,
    )
    b.derived("运维项目的unspent funds有多少？", INFRA, "unspent", "mix", a="运维")
    b.derived(
        "一网通办平台升级改造的预算年内有没有调整过？调了多少？",
        YWTB_SYS,
        "change",
        "zhc",
        a="一网通办平台升级改造",
    )
    b.level1("请列明上海市大数据资源平台（二期）满意度指标的得分率。", PLATFORM, SAT, "rate", "zhf")


def _indicators(b: Book) -> None:
    b.indicator("请问数据运营服务的质量指标年度目标值是多少？", DATAOPS, "质量指标", "target", "zh", "polite")
    b.indicator("运维的时效指标扣了几分啊", INFRA, "时效指标", "lost", "zhc", a="运维")
    b.indicator(
        "What was the actual value of the satisfaction indicator for the One-Stop platform upgrade?",
        YWTB_SYS,
        "服务对象满意度指标",
        "actual",
        "en",
        a="One-Stop platform upgrade",
        en=True,
    )
    b.indicator(
        "上海市大数据资源平台（二期）社会效益指标合计得分为多少？", PLATFORM, "社会效益指标", "score", "zhf"
    )
    b.indicator(
        "一网通办运营服务的经济效益指标 actual 是多少？",
        YWTB_OPS,
        "经济效益指标",
        "actual",
        "mix",
        a="一网通办运营服务",
    )
    b.indicator("管理经费 经济效益指标 得分", MGMT, "经济效益指标", "score", "zh", "terse", a="管理经费")
    b.indicator(
        "How many points is the timeliness indicator worth for the data operations service?",
        DATAOPS,
        "时效指标",
        "weight",
        "en",
        a="data operations service",
        en=True,
    )
    b.indicator(
        "数据运营那个可持续影响指标目标定的啥？", DATAOPS, "可持续影响指标", "target", "zhc", a="数据运营"
    )
    b.indicator(
        "一网通办平台升级改造的可持续影响指标实际完成情况如何？",
        YWTB_SYS,
        "可持续影响指标",
        "actual",
        "zh",
        a="一网通办平台升级改造",
    )
    b.indicator(
        "How many points did the One-Stop Service operations project drop on social benefits?",
        YWTB_OPS,
        "社会效益指标",
        "lost",
        "en",
        a="One-Stop Service operations",
        en=True,
    )


def _listings(b: Book) -> None:
    b.listing("把每个项目的年初预算数列出来", "initial", "zh")
    b.listing("Show me the execution rate of each project.", "rate", "en")
    b.listing("每个项目都扣了多少分，给我列一下", "lost", "zhc")
    b.listing("请逐项列示各项目的评级结果。", "grade", "zhf")
    b.listing("各项目的full-year budget各是多少", "budget", "mix")
    b.listing("List total scores for all seven projects.", "total", "en")
    b.listing("各项目满意度指标得分一览", "satisfaction", "zh", "terse")
    b.listing("全年执行数，逐个项目报一下。", "executed", "zh", "terse")


def _filters(b: Book) -> None:
    b.filter("全年预算超过五千万元的项目有哪些？", "budget", "gt", 5e7, "zh")
    b.filter("Which projects scored under 95 in total?", "total", "lt", 95, "en")
    b.filter("满意度不到9分的都有谁？", "satisfaction", "lt", 9, "zhc")
    b.filter("请筛选出执行率低于99%的项目。", "rate", "lt", 99, "zhf")
    b.filter("结余超过10万的project有哪些", "unspent", "gt", 1e5, "mix")
    b.filter("Projects losing over 5 pts in total?", "lost", "gt", 5, "en", "terse")
    b.filter("年初预算在2000万元以下的项目", "initial", "lt", 2e7, "zh")
    b.filter("执行率满100%的是哪几个？", "rate", "ge", 100, "zhc")
    b.filter("实际支出过亿的项目。", "executed", "gt", 1e8, "zh", "terse")


def _aggregate_filters(b: Book) -> None:
    b.filter_aggregate("哪些项目的总分在平均分以上？", "total", "above_avg", "zh")
    b.filter_aggregate(
        "Which projects were given less full-year budget than the average project?",
        "budget",
        "below_avg",
        "en",
    )
    b.filter_aggregate("执行率低于平均数的有哪几个？", "rate", "below_avg", "zhc")
    b.filter_aggregate(
        "满意度指标得分高于全部项目中位数的项目有哪些？", "satisfaction", "above_median", "zhf"
    )
    b.filter_aggregate(
        "Which projects' actual spending is above the median?", "executed", "above_median", "en"
    )
    b.filter_aggregate("扣分above average的项目有哪些", "lost", "above_avg", "mix")
    b.filter_aggregate("年初预算比中位数还低的项目", "initial", "below_median", "zhc")


def _indicator_filters(b: Book) -> None:
    b.filter_kind("哪些项目设置了成本指标？", "成本指标", "has", "zh")
    b.filter_kind(
        "Do any projects include a sustainable-impact indicator? Which ones?", "可持续影响指标", "has", "en"
    )
    b.filter_kind("时效指标被扣分的项目有哪几个", "时效指标", "deducted", "zhc")
    b.filter_kind("产出指标获得满分的项目有哪些？", "产出指标", "full", "zhf")
    b.filter_kind("Which projects got full marks on satisfaction?", SAT, "full", "en")
    b.filter_kind("经济效益指标丢了分的项目", "经济效益指标", "deducted", "zhc")
    b.unmet("数据运营服务哪些指标没完成目标？", DATAOPS, "zhc")
    b.unmet(
        "Which indicators of the big data resource platform phase II missed their targets?",
        PLATFORM,
        "en",
        a="big data resource platform phase II",
        en=True,
    )
    b.filter_kind("有生态效益指标的 projects 有哪些", "生态效益指标", "has", "mix")
    b.filter_kind("质量指标全拿满分的项目有哪些", "质量指标", "full", "zh")


def _ranks(b: Book) -> None:
    b.rank("执行率垫底的是哪个项目？", "rate", False, "zh")
    b.rank("Which project has the second largest full-year budget?", "budget", True, "en", n=2)
    b.rank("满意度谁最高啊", "satisfaction", True, "zhc")
    b.rank("按总分由高到低排序，位列前三的项目为哪些？", "total", True, "zhf", n=3, top=True)
    b.rank("Which two projects lost the fewest points?", "lost", False, "en", n=2, top=True)
    b.rank("执行率最高的是哪个项目？", "rate", True, "zh")
    b.rank("满意度排第四的是哪个？", "satisfaction", True, "zhc", n=4)
    b.rank("结余第三多的 project 是哪个", "unspent", True, "mix", n=3)
    b.rank("Which project spent the least money?", "executed", False, "en")
    b.rank("总分倒数第二。", "total", False, "zh", "terse", n=2)


def _aggregates(b: Book) -> None:
    b.count_all("咱们这儿一共收录了多少个项目？", "zhc")
    b.aggregate("全部项目全年预算数合计为多少元？", "budget", "sum", "zhf")
    b.aggregate(
        "Could you tell me the average total score across the projects, please?",
        "total",
        "avg",
        "en",
        "polite",
    )
    b.aggregate("执行率的中位数是多少", "rate", "median", "zh")
    b.aggregate("满意度最低的是几分？", "satisfaction", "min", "zhc")
    b.aggregate("What is the largest amount left unspent by a single project?", "unspent", "max", "en")
    b.count_kind("社会效益指标被扣分的项目有几个？", "社会效益指标", "deducted", "zh")
    b.count_cmp("How many projects scored 95 or more?", "total", "ge", 95, "en")
    b.aggregate("所有项目的 executed amount 加起来多少？", "executed", "sum", "mix")
    b.aggregate("平均每个项目扣了几分", "lost", "avg", "zhc")


def _groups(b: Book) -> None:
    b.group("按一级指标汇总，各扣了多少分？", "level1", "deduction", "zh")
    b.group(
        "Break down the points lost by level-2 indicator kind across all projects.",
        "level2",
        "deduction",
        "en",
    )
    b.group("请按一级指标分别计算全部项目的得分率。", "level1", "rate", "zhf")
    b.group("政务云那个项目各二级指标都扣了多少", "level2", "deduction", "zhc", name=CLOUD, a="政务云")
    b.group("What did 数据运营服务 score on each level-1 indicator?", "level1", "score", "mix", name=DATAOPS)
    b.group("运维项目按二级指标看，各类得分是多少？", "level2", "score", "zh", name=INFRA, a="运维")
    b.group("各二级指标的score rate是多少", "level2", "rate", "mix")


def _compares(b: Book) -> None:
    b.compare("运维和政务云比，哪个总分更高？", [INFRA, CLOUD], "total", True, "zhc", a=["运维", "政务云"])
    b.compare(
        "Which had the lower satisfaction score, the resource platform phase II or the One-Stop platform upgrade?",
        [PLATFORM, YWTB_SYS],
        "satisfaction",
        False,
        "en",
        a=["resource platform phase II", "One-Stop platform upgrade"],
        en=True,
    )
    b.compare(
        "管理经费跟数据运营，执行率谁高？", [MGMT, DATAOPS], "rate", True, "zhc", a=["管理经费", "数据运营"]
    )
    b.compare(
        "请比较基础设施-运维、数据运营服务、上海市政务云基础设施服务费（预付费）三个项目的全年预算数，何者最高？",
        [INFRA, DATAOPS, CLOUD],
        "budget",
        True,
        "zhf",
    )
    b.compare(
        "Compare the points lost by the O&M project and the management expenses project: which lost more?",
        [INFRA, MGMT],
        "lost",
        True,
        "en",
        a=["O&M project", "management expenses project"],
        en=True,
    )
    b.compare(
        "一网通办运营服务 vs 数据运营服务，谁的initial budget更大？",
        [YWTB_OPS, DATAOPS],
        "initial",
        True,
        "mix",
        a=["一网通办运营服务", None],
    )
    b.compare(
        "资源平台二期和政务云哪个钱花得多",
        [PLATFORM, CLOUD],
        "executed",
        True,
        "zhc",
        a=["资源平台二期", "政务云"],
    )
    b.compare(
        "一网通办平台升级改造和一网通办运营服务相比，谁被扣的分少？",
        [YWTB_SYS, YWTB_OPS],
        "lost",
        False,
        "zh",
        a=["一网通办平台升级改造", "一网通办运营服务"],
    )


def _reasons(b: Book) -> None:
    b.reason("资源平台二期为什么会扣分？", PLATFORM, "zh", a="资源平台二期")
    b.reason(
        "Why did the government cloud project lose points on timeliness?",
        CLOUD,
        "en",
        a="government cloud",
        en=True,
        level2="时效指标",
    )
    b.reason("管理经费咋扣了那么多分", MGMT, "zhc", a="管理经费")
    b.reason(
        "请说明一网通办运营服务社会效益指标的扣分原因。",
        YWTB_OPS,
        "zhf",
        a="一网通办运营服务",
        level2="社会效益指标",
    )
    b.reason(
        "What explains the satisfaction deduction at the O&M project?",
        INFRA,
        "en",
        a="O&M project",
        en=True,
        level1=SAT,
    )
    b.reason("数据运营服务的质量指标为啥 deduct 了分？", DATAOPS, "mix", level2="质量指标")
    b.reason("一网通办平台升级改造失分的原因是什么？", YWTB_SYS, "zh", a="一网通办平台升级改造")
    b.reason("运维的时效指标扣分是啥原因", INFRA, "zhc", a="运维", level2="时效指标")
    b.reason("政务云 扣分原因。", CLOUD, "zh", "terse", a="政务云")


def _nested(b: Book) -> None:
    b.nested("得分排第一的项目，它的全年执行数是多少？", "total", True, "executed", "zh")
    b.nested(
        "What grade did the project with the lowest execution rate receive?", "rate", False, "grade", "en"
    )
    b.nested("扣分最多那个项目到底为啥扣的分？", "lost", True, "why", "zhc")
    b.nested("满意度指标得分最低的项目，其满意度扣分原因为何？", "satisfaction", False, "why", "zhf")
    b.nested(
        "For the project with the largest budget, what was its satisfaction score?",
        "budget",
        True,
        "satisfaction",
        "en",
    )
    b.nested("结余最多的 project 总分多少？", "unspent", True, "total", "mix")
    b.nested("年初预算最少的项目最后剩下多少钱没花？", "initial", False, "unspent", "zh")
    b.nested("扣分最少的那个项目执行率多少？", "lost", False, "rate", "zhc")
    b.nested("The project that spent the most: how many points did it lose?", "executed", True, "lost", "en")


def _follow_ups(b: Book) -> None:
    o, names = b.o, b.o.names()
    b.follow_why(["哪个项目总分最低？", "它为什么扣分？"], MGMT, "zh")
    below = o.where("rate", lambda v: v < 100, names)
    b.follow_list(
        ["执行率没到100%的项目有哪些？", "这里面总分最高的是哪个？"],
        o.nth("total", 1, True, below),
        "total",
        below,
        "zhc",
    )
    b.follow_value(
        ["政务云项目的总分是多少？", "执行率呢？"], CLOUD, "rate", "zh", refs=[Ref("政务云", CLOUD)]
    )
    b.follow_list(
        ["Which project has the largest full-year budget?", "And the smallest?"],
        o.nth("budget", 1, False, names),
        "budget",
        names,
        "en",
    )
    b.follow_number(
        ["把各项目的总分列一下", "平均分是多少？"],
        {"value": round(o.aggregate("total", "avg", names), 4), "unit": "分", "tolerance": 0.01},
        b.rows("total", names),
        "zh",
    )
    b.follow_value(
        ["运维项目总分多少？", "那资源平台二期呢？", "它的执行率呢？"],
        PLATFORM,
        "rate",
        "zhc",
        refs=[Ref("运维", INFRA), Ref("资源平台二期", PLATFORM)],
    )
    short = o.where("satisfaction", lambda v: v < 10, names)
    b.follow_number(
        ["哪些项目的满意度没拿满分？", "一共几个？"],
        {"value": float(len(short)), "tolerance": 0.0, "projects": short},
        b.rows("satisfaction", names),
        "zhc",
    )
    under = o.where("total", lambda v: v < 95, names)
    b.follow_list(
        ["Which projects scored below 95?", "Of those, which one spent the least?"],
        o.nth("executed", 1, False, under),
        "executed",
        under,
        "en",
    )
    b.follow_why(
        [
            "Tell me the total score of the data operations service.",
            "What grade is that?",
            "Why did it lose points?",
        ],
        DATAOPS,
        "en",
        refs=[Ref("data operations service", DATAOPS, True)],
    )
    late = _deducted(b, "时效指标")
    b.follow_list(
        ["时效指标扣分的项目有哪些？", "其中 budget 最大的是哪个？"],
        o.nth("budget", 1, True, late),
        "budget",
        late,
        "mix",
    )
    b.follow_why(["满意度打分最低的是哪一个？", "那它满意度方面为什么扣分？"], PLATFORM, "zhc", level1=SAT)
    late_rows = o.ids(o.indicator_rows(None, level2="时效指标"))
    b.follow_number(
        ["Which projects lost points on their timeliness indicators?", "So how many projects in all?"],
        {"value": float(len(late)), "tolerance": 0.0, "projects": late},
        late_rows,
        "en",
    )


def _deducted(b: Book, kind: str) -> list[str]:
    sub = b.o.subtotals("level2", kind)
    return [n for n in b.o.names() if n in sub.index and sub.at[n, "deduction"] > 1e-9]


def _prose(b: Book) -> None:
    b.prose("运维项目全年一共完成了多少个工单任务？", INFRA, r"总计完成(\d+)个工单", "zh", a="运维")
    b.prose(
        "Could you check how many emergency drills the O&M project held in 2021?",
        INFRA,
        r"共完成(\d+)次应急演练",
        "en",
        "polite",
        a="O&M project",
        en=True,
    )
    b.prose("数据运营那边发布了几项地方标准？", DATAOPS, r"发布了(\d+)项地方标准", "zhc", a="数据运营")
    b.prose("数据运营服务项目对接了全市多少个区？", DATAOPS, r"对接全市(\d+)个区", "zhf")
    b.prose(
        "运维项目处理网络报修的 average handling time 是多少分钟？",
        INFRA,
        r"平均处理时长为(\d+)分钟",
        "mix",
        a="运维",
    )
    b.prose("数据运营服务2021年新建了多少个专题库？", DATAOPS, r"等(\d+)个专题库", "zh")
    b.prose(
        "How many network repair requests did the O&M project handle?",
        INFRA,
        r"处理网络报修总计(\d+)个",
        "en",
        a="O&M project",
        en=True,
    )
    b.prose(
        "运维那个给多少个市级政务外网节点提供服务啊", INFRA, r"为全市(\d+)余个市级政务外网", "zhc", a="运维"
    )


def _refusals(b: Book) -> None:
    b.refuse("周末上海会下雨吗？", "offtopic", "zh")
    b.refuse("Can you recommend a good restaurant near People's Square?", "offtopic", "en")
    b.refuse("帮我写一首关于春天的诗呗", "offtopic", "zhc")
    b.refuse("2020年数据运营服务的总分是多少？", "year", "zh")
    b.refuse("What was the execution rate of the government cloud project in 2019?", "year", "en")
    b.refuse("请提供2022年度各项目的全年预算数。", "year", "zhf")
    b.refuse("上海市教育委员会的项目里哪个总分最高？", "agency", "zh")
    b.refuse("How did the Beijing Municipal Big Data Center's projects score?", "agency", "en")
    b.refuse("浦东新区卫健委那几个项目执行率咋样？", "agency", "zhc")
    b.refuse("明年运维项目的预算大概会是多少？", "forecast", "zhc")
    b.refuse("Predict next year's average total score.", "forecast", "en")
    b.refuse("请预测2022年度数据运营服务的执行率。", "forecast", "zhf")
    b.refuse("帮我 translate 一下 good morning 成日语", "offtopic", "mix")
    b.refuse("人民币兑美元汇率今天多少？", "offtopic", "zh")
    b.refuse("上海市财政局 projects 的平均总分是多少？", "agency", "mix")


def _ask_backs(b: Book) -> None:
    b.refuse_or_clarify("一网通办那个项目总分多少？", "ambiguous", "zhc", fragment="一网通办")
    b.refuse_or_clarify("基础设施的执行率是多少啊", "ambiguous", "zhc", fragment="基础设施")
    b.refuse_or_clarify("What's the satisfaction score of 运营服务?", "ambiguous", "mix", fragment="运营服务")
    b.refuse_or_clarify("大数据那个项目扣了几分？", "ambiguous", "zhc", fragment="大数据")
    b.refuse_or_clarify("请问平台项目的全年执行数为多少？", "ambiguous", "zhf", fragment="平台")
    b.refuse_or_clarify("数据运营服务这个项目是谁负责的？", "unknown", "zh")
    b.refuse_or_clarify("Who was the contractor for the government cloud project?", "unknown", "en")
    b.refuse_or_clarify("运维项目合同是哪天签的？", "unknown", "zhc")
    b.refuse_or_clarify("各项目的采购方式分别是什么？", "unknown_all", "zh")
    b.refuse_or_clarify("List the headcount of every project team.", "unknown_all", "en")
    b.refuse_or_clarify("智慧医疗项目总分多少？", "missing", "zh", missing="智慧医疗")
    b.refuse_or_clarify(
        "What is the execution rate of the Smart Campus project?", "missing", "en", missing="Smart Campus"
    )
    b.refuse_or_clarify("垃圾分类那个项目执行率多少来着", "missing", "zhc", missing="垃圾分类")
    b.refuse_or_clarify("情况怎么样？", "vague", "zhc")
    b.refuse_or_clarify("How are things looking?", "vague", "en")
    b.refuse_or_clarify("那个项目呢？", "vague", "zhc")
    b.refuse_or_clarify("政务云项目的 ROI 是多少？", "unknown", "mix")


SECTIONS = (
    _lookups,
    _derived,
    _indicators,
    _listings,
    _filters,
    _aggregate_filters,
    _indicator_filters,
    _ranks,
    _aggregates,
    _groups,
    _compares,
    _reasons,
    _nested,
    _follow_ups,
    _prose,
    _refusals,
    _ask_backs,
)


def build_book() -> Book:
    """Every question of the suite, with its oracle gold, in writing order."""
    b = Book(Oracle(sample_records()), prefix="t")
    for section in SECTIONS:
        section(b)
    return b


def write_hidden3() -> dict[Path, int]:
    """Rewrite sample_hidden3.jsonl; return how many items it holds."""
    items = build_book().items
    HIDDEN3.write_text(dumps(items), encoding="utf-8")
    return {HIDDEN3: len(items)}
