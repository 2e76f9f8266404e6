"""The fourth held-out suite: questions over the sample corpus written one by one by hand, blind
to the parser and to the other suites' wordings, by four askers none of the earlier suites has:
a provincial finance bureau reviewer in formal Chinese who measures the agency against norms
(and so asks some things no form states), a retired official typing plain Chinese with
traditional characters and full-width digits mixed in, an English-speaking auditor who speaks
in accounting words (appropriation, outturn, variance, underspend, line item, KPI), and a
product manager who mixes English into every Chinese question. Each question stands next to
the Book call (eval/suites/free_book.py) that asks the independent oracle for its gold.

Invariants:
- no template and no random choice: ``python -m eval.suites build-hidden4`` rewrites
  ``sample_hidden4.jsonl`` byte for byte the same;
- a project is named to the oracle by its full name; the words a question uses for it are
  recorded with it, and a Chinese short name singles that project out (tests/test_hidden4_suite.py);
  a question in traditional characters names its project in the simplified characters the
  forms use, so that the check can read the name;
- every item carries its asker as a ``persona:`` tag (reviewer, retiree, auditor, pm);
- the parser (bot/) and the other suites' wordings were not read while writing it, and the
  suite is scored only redacted (``jixiao eval … --redact``): do not open it while working on
  the parser.
"""

from __future__ import annotations

from pathlib import Path

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.free_book import Book, Ref, write_items, written

HIDDEN4 = Path(__file__).parent / "sample_hidden4.jsonl"

# the seven projects, by the names their forms state
YWTB_OPS = "“一网通办”运营服务"
YWTB_SYS = "上海市“一网通办”平台信息系统（2021升级改造）"
INFRA = "基础设施-运维"
PLATFORM = "上海市大数据资源平台（二期）"
CLOUD = "上海市政务云基础设施服务费（预付费）"
MGMT = "大数据中心管理工作经费"
DATAOPS = "数据运营服务"
SAT = "满意度指标"

# the askers, and what marks the retired official's typing
REV = "persona:reviewer"  # provincial finance bureau reviewer, formal Chinese (zhf)
OLD = "persona:retiree"  # retired official, plain Chinese (zhc)
AUD = "persona:auditor"  # English-speaking auditor (en)
PM = "persona:pm"  # product manager, Chinese mixed with English (mix)
TRAD = "traditional"  # traditional characters mixed in
FW = "fullwidth"  # full-width digits


def _lookups(b: Book) -> None:
    b.lookup("请核实上海市大数据资源平台（二期）项目2021年度预算执行率。", PLATFORM, "rate", "zhf", REV)
    b.lookup("管理工作那個項目，全年預算數是多少錢？", MGMT, "budget", "zhc", OLD, TRAD, a="管理工作")
    b.lookup(
        "What was the outturn for the government cloud prepaid service fees line item?",
        CLOUD,
        "executed",
        "en",
        AUD,
        a="government cloud prepaid service fees",
        en=True,
    )
    b.lookup("数据运营服务这个project的total score是多少？", DATAOPS, "total", "mix", PM)
    b.lookup("运维那個項目總分幾分啊", INFRA, "total", "zhc", OLD, TRAD, a="运维")
    b.lookup(
        "Original appropriation for the big data centre's management expenses line?",
        MGMT,
        "initial",
        "en",
        AUD,
        a="big data centre's management expenses",
        en=True,
    )
    b.lookup(
        "一网通办运营那个project的funds execution score拿了几分",
        YWTB_OPS,
        "funds_score",
        "mix",
        PM,
        a="一网通办运营",
    )
    b.lookup(
        "请提供“一网通办”平台信息系统（2021升级改造）项目全年执行数。",
        YWTB_SYS,
        "executed",
        "zhf",
        REV,
        a="“一网通办”平台信息系统（2021升级改造）",
    )


def _derived(b: Book) -> None:
    b.derived("大数据中心管理工作经费项目年中预算调整金额为多少？", MGMT, "change", "zhf", REV)
    b.derived(
        "What was the underspend on the infrastructure O&M line item?",
        INFRA,
        "unspent",
        "en",
        AUD,
        a="infrastructure O&M",
        en=True,
    )
    b.derived("资源平台二期總共扣了幾分？", PLATFORM, "lost", "zhc", OLD, TRAD, a="资源平台二期")
    b.derived("政务云project最后拿的grade是什么？优良中差哪个", CLOUD, "grade", "mix", PM, a="政务云")
    b.level1("数据运营服务项目效益指标得分合计是多少？", DATAOPS, "效益指标", "score", "zhf", REV)
    b.level1(
        "For the government cloud fees line item, what percentage of the benefit-indicator points was earned?",
        CLOUD,
        "效益指标",
        "rate",
        "en",
        AUD,
        a="government cloud fees",
        en=True,
    )
    b.level1("平台信息系统滿意度那塊得分率多少？", YWTB_SYS, SAT, "rate", "zhc", OLD, TRAD, a="平台信息系统")
    b.derived("管理经费这个project的unspent balance还剩多少", MGMT, "unspent", "mix", PM, a="管理经费")


def _indicators(b: Book) -> None:
    b.indicator("基础设施-运维项目时效指标扣减分值是多少？", INFRA, "时效指标", "lost", "zhf", REV)
    b.indicator(
        "What actual value was reported against the quality KPI for data operations services?",
        DATAOPS,
        "质量指标",
        "actual",
        "en",
        AUD,
        a="data operations services",
        en=True,
    )
    b.indicator(
        "政务云服务费的數量指標得了幾分？", CLOUD, "数量指标", "score", "zhc", OLD, TRAD, a="政务云服务费"
    )
    b.indicator(
        "资源平台二期的social benefit KPI一共扣了几分",
        PLATFORM,
        "社会效益指标",
        "lost",
        "mix",
        PM,
        a="资源平台二期",
    )
    b.indicator("数据运营服务项目成本指标的权重分值为多少？", DATAOPS, "成本指标", "weight", "zhf", REV)
    b.indicator(
        "What target was set on the economic-benefit KPI of the data operations line?",
        DATAOPS,
        "经济效益指标",
        "target",
        "en",
        AUD,
        a="data operations line",
        en=True,
    )
    b.indicator(
        "一网通办运营服务的滿意度指標實際完成了多少？",
        YWTB_OPS,
        "服务对象满意度指标",
        "actual",
        "zhc",
        OLD,
        TRAD,
        a="一网通办运营服务",
    )
    b.indicator(
        "一网通办平台系统的quality指标得分是多少",
        YWTB_SYS,
        "质量指标",
        "score",
        "mix",
        PM,
        a="一网通办平台系统",
    )


def _listings(b: Book) -> None:
    b.listing("请逐项列示各项目2021年度预算执行率。", "rate", "zhf", REV)
    b.listing("List the outturn for every line item.", "executed", "en", AUD)
    b.listing("每個項目的總分都給我列一下", "total", "zhc", OLD, TRAD)
    b.listing("把每个project的grade都列出来", "grade", "mix", PM)
    b.listing("Give me the underspend by line item, please.", "unspent", "en", AUD)
    b.listing("各個項目滿意度各得了多少分？", "satisfaction", "zhc", OLD, TRAD)
    b.listing("每个project被扣了多少分，list一下", "lost", "mix", PM)


def _filters(b: Book) -> None:
    b.filter("全年预算数超过5000万元的项目有哪些？", "budget", "gt", 5e7, "zhf", REV)
    b.filter("總分不到９５分的項目有哪幾個？", "total", "lt", 95, "zhc", OLD, TRAD, FW)
    b.filter("Which line items had an execution rate under 99.5%?", "rate", "lt", 99.5, "en", AUD)
    b.filter("满意度score高于9分的project有哪些", "satisfaction", "gt", 9, "mix", PM)
    b.filter("结余资金在10万元以上的项目有哪些？", "unspent", "gt", 1e5, "zhf", REV)
    b.filter("Which line items had an outturn below RMB 20 million?", "executed", "lt", 2e7, "en", AUD)
    b.filter("扣分超過５分的項目有哪些？", "lost", "gt", 5, "zhc", OLD, TRAD, FW)
    b.filter("年初budget少于3000万的project有哪些", "initial", "lt", 3e7, "mix", PM)


def _aggregate_filters(b: Book) -> None:
    b.filter_aggregate("总分高于全部项目平均水平的有哪些？", "total", "above_avg", "zhf", REV)
    b.filter_aggregate(
        "Which line items spent more than the median outturn?", "executed", "above_median", "en", AUD
    )
    b.filter_aggregate("執行率比平均數低的項目是哪些？", "rate", "below_avg", "zhc", OLD, TRAD)
    b.filter_aggregate("满意度低于average的project有哪些", "satisfaction", "below_avg", "mix", PM)
    b.filter_aggregate("全年预算数高于各项目中位数的项目有哪些？", "budget", "above_median", "zhf", REV)
    b.filter_aggregate(
        "Which line items lost more points than the average line item?", "lost", "above_avg", "en", AUD
    )
    b.filter_aggregate("結餘比中位數多的項目", "unspent", "above_median", "zhc", OLD, TRAD)
    b.filter_aggregate("总分低于median的project是哪几个", "total", "below_median", "mix", PM)


def _indicator_filters(b: Book) -> None:
    b.filter_kind("设有成本指标的项目有哪些？", "成本指标", "has", "zhf", REV)
    b.filter_kind("Which line items dropped points on their quality KPIs?", "质量指标", "deducted", "en", AUD)
    b.filter_kind("哪些項目時效指標拿了滿分？", "时效指标", "full", "zhc", OLD, TRAD)
    b.filter_kind("哪些project的效益指标一分没扣", "效益指标", "full", "mix", PM)
    b.unmet("数据运营服务项目哪些绩效指标未达到年度指标值？", DATAOPS, "zhf", REV)
    b.filter_kind("Which line items carry a sustainability KPI?", "可持续影响指标", "has", "en", AUD)
    b.filter_kind("社會效益指標被扣分的項目有哪些？", "社会效益指标", "deducted", "zhc", OLD, TRAD)
    b.unmet("资源平台二期哪些KPI没达到target", PLATFORM, "mix", PM, a="资源平台二期")


def _ranks(b: Book) -> None:
    b.rank("全年预算数最高的项目是哪个？", "budget", True, "zhf", REV)
    b.rank("Which line item had the weakest execution rate?", "rate", False, "en", AUD)
    b.rank("總分排第２的是哪個項目？", "total", True, "zhc", OLD, TRAD, FW, n=2)
    b.rank("satisfaction倒数第二的是哪几个project", "satisfaction", False, "mix", PM, n=2)
    b.rank("扣分最多的三个项目是哪些？", "lost", True, "zhf", REV, n=3, top=True)
    b.rank("Which line items are tied for the highest execution rate?", "rate", True, "en", AUD)
    b.rank("結餘最少的２個項目是哪兩個？", "unspent", False, "zhc", OLD, TRAD, FW, n=2, top=True)
    b.rank("执行数倒数第二的project是哪个", "executed", False, "mix", PM, n=2)


def _aggregates(b: Book) -> None:
    b.aggregate("各项目全年预算数合计为多少？", "budget", "sum", "zhf", REV)
    b.aggregate("What was the average outturn across line items?", "executed", "avg", "en", AUD)
    b.aggregate("總分平均下來是多少分？", "total", "avg", "zhc", OLD, TRAD)
    b.aggregate("执行率的median是多少", "rate", "median", "mix", PM)
    b.count_all("本次纳入自评的项目共计多少个？", "zhf", REV)
    b.count_cmp("How many line items scored below 92?", "total", "lt", 92, "en", AUD)
    b.count_kind("有幾個項目設了生態效益指標？", "生态效益指标", "has", "zhc", OLD, TRAD)
    b.aggregate("最低的satisfaction score是多少", "satisfaction", "min", "mix", PM)


def _groups(b: Book) -> None:
    b.group("请按一级指标汇总全部项目的扣分情况。", "level1", "deduction", "zhf", REV)
    b.group(
        "Break down the points lost by level-two indicator category across all line items.",
        "level2",
        "deduction",
        "en",
        AUD,
    )
    b.group("各類二級指標的得分率分別是多少？", "level2", "rate", "zhc", OLD, TRAD)
    b.group("按一级指标看，各自的score rate是多少", "level1", "rate", "mix", PM)
    b.group("基础设施-运维项目按二级指标分列的扣分情况如何？", "level2", "deduction", "zhf", REV, name=INFRA)
    b.group(
        "Show the points scored under each level-one indicator category, all line items combined.",
        "level1",
        "score",
        "en",
        AUD,
    )
    b.group("政务云按一級指標各得了多少分？", "level1", "score", "zhc", OLD, TRAD, name=CLOUD, a="政务云")


def _compares(b: Book) -> None:
    b.compare(
        "基础设施-运维与上海市大数据资源平台（二期）相比，哪个项目总分更高？",
        [INFRA, PLATFORM],
        "total",
        True,
        "zhf",
        REV,
    )
    b.compare(
        "Which spent more: the government cloud fees line or the big data resource platform phase two?",
        [CLOUD, PLATFORM],
        "executed",
        True,
        "en",
        AUD,
        a=["government cloud fees", "big data resource platform phase two"],
        en=True,
    )
    b.compare(
        "运维和政务云比，哪個執行率高？", [INFRA, CLOUD], "rate", True, "zhc", OLD, TRAD, a=["运维", "政务云"]
    )
    b.compare(
        "数据运营服务 vs 一网通办运营服务，哪个satisfaction更高",
        [DATAOPS, YWTB_OPS],
        "satisfaction",
        True,
        "mix",
        PM,
        a=[None, "一网通办运营服务"],
    )
    b.compare(
        "“一网通办”运营服务、数据运营服务、大数据中心管理工作经费三个项目中，扣分最少的是哪个？",
        [YWTB_OPS, DATAOPS, MGMT],
        "lost",
        False,
        "zhf",
        REV,
    )
    b.compare(
        "Between the management expenses line and the resource platform phase two, which had the larger underspend?",
        [MGMT, PLATFORM],
        "unspent",
        True,
        "en",
        AUD,
        a=["management expenses line", "resource platform phase two"],
        en=True,
    )
    b.compare(
        "管理工作跟平台信息系统，哪個項目預算少？",
        [MGMT, YWTB_SYS],
        "budget",
        False,
        "zhc",
        OLD,
        TRAD,
        a=["管理工作", "平台信息系统"],
    )
    b.compare(
        "资源平台二期和政务云，哪个total score低一点",
        [PLATFORM, CLOUD],
        "total",
        False,
        "mix",
        PM,
        a=["资源平台二期", "政务云"],
    )


def _reasons(b: Book) -> None:
    b.reason("请说明上海市政务云基础设施服务费（预付费）项目扣分原因。", CLOUD, "zhf", REV)
    b.reason(
        "Why did the infrastructure O&M line item lose points?",
        INFRA,
        "en",
        AUD,
        a="infrastructure O&M",
        en=True,
    )
    b.reason("资源平台二期為什麼被扣分了？", PLATFORM, "zhc", OLD, TRAD, a="资源平台二期")
    b.reason("数据运营服务为啥扣分，reason是什么", DATAOPS, "mix", PM)
    b.reason("“一网通办”运营服务项目效益指标扣分的原因是什么？", YWTB_OPS, "zhf", REV, level1="效益指标")
    b.reason(
        "What explains the points dropped on the satisfaction KPI for the One Netcom platform system upgrade?",
        YWTB_SYS,
        "en",
        AUD,
        a="One Netcom platform system upgrade",
        en=True,
        level1=SAT,
    )
    b.reason("中心管理经费那項為何扣分？", MGMT, "zhc", OLD, TRAD, a="中心管理经费")
    b.reason("政务云的时效指标为什么被扣分？reason说一下", CLOUD, "mix", PM, a="政务云", level2="时效指标")


def _nested(b: Book) -> None:
    b.nested("总分最低的项目，其预算执行率是多少？", "total", False, "rate", "zhf", REV)
    b.nested(
        "What was the outturn of the line item with the largest revised budget?",
        "budget",
        True,
        "executed",
        "en",
        AUD,
    )
    b.nested("滿意度最低的那個項目總分多少？", "satisfaction", False, "total", "zhc", OLD, TRAD)
    b.nested("扣分最多的那个project拿了什么grade", "lost", True, "grade", "mix", PM)
    b.nested("执行数最小的项目为何扣分？", "executed", False, "why", "zhf", REV)
    b.nested("總分最高那個項目結餘多少錢？", "total", True, "unspent", "zhc", OLD, TRAD)
    b.nested("satisfaction最低的那个project为什么扣分", "satisfaction", False, "why", "mix", PM)


def _deducted(b: Book, kind: str) -> list[str]:
    sub = b.o.subtotals("level2", kind)
    return [n for n in b.o.names() if n in sub.index and sub.at[n, "deduction"] > 1e-9]


def _follow_ups(b: Book) -> None:
    o, names = b.o, b.o.names()
    below = o.where("rate", lambda v: v < 100, names)
    b.follow_list(
        ["请列示执行率低于100%的项目。", "上述项目中全年预算数最大的是哪个？"],
        o.nth("budget", 1, True, below),
        "budget",
        below,
        "zhf",
        REV,
    )
    b.follow_value(["總分最高的是哪個項目？", "它的滿意度呢？"], YWTB_SYS, "satisfaction", "zhc", OLD, TRAD)
    b.follow_value(
        ["What was the outturn on the government cloud fees line?", "And its underspend?"],
        CLOUD,
        "unspent",
        "en",
        AUD,
        refs=[Ref("government cloud fees", CLOUD, True)],
    )
    heavy = o.where("lost", lambda v: v > 8, names)
    b.follow_number(
        ["哪些project扣分超过8分", "这几个的budget加起来多少"],
        {"value": round(o.aggregate("budget", "sum", heavy), 4), "unit": "元", "tolerance": 50},
        b.rows("budget", heavy),
        "mix",
        PM,
    )
    b.follow_why(["数据运营服务项目总分为多少？", "该项目扣分原因是什么？"], DATAOPS, "zhf", REV)
    b.follow_value(
        ["政务云執行率多少？", "资源平台二期的又是多少？"],
        PLATFORM,
        "rate",
        "zhc",
        OLD,
        TRAD,
        refs=[Ref("政务云", CLOUD), Ref("资源平台二期", PLATFORM)],
    )
    late = _deducted(b, "时效指标")
    b.follow_number(
        ["Which line items had a timeliness KPI marked down?", "How many is that in all?"],
        {"value": float(len(late)), "tolerance": 0.0, "projects": late},
        o.ids(o.indicator_rows(None, level2="时效指标")),
        "en",
        AUD,
    )
    b.follow_why(
        ["一网通办运营服务的total score多少", "grade呢", "那它为什么扣分"],
        YWTB_OPS,
        "mix",
        PM,
        refs=[Ref("一网通办运营服务", YWTB_OPS)],
    )
    top3 = o.top("total", 3, True, names)
    b.follow_list(
        ["请按总分由高到低列出前三名项目。", "其中执行率最低的是哪个？"],
        o.nth("rate", 1, False, top3),
        "rate",
        top3,
        "zhf",
        REV,
    )
    short = o.where("satisfaction", lambda v: v < 10, names)
    b.follow_list(
        ["滿意度沒拿滿分的項目有哪些？", "這些裡面總分最低的是哪個？"],
        o.nth("total", 1, False, short),
        "total",
        short,
        "zhc",
        OLD,
        TRAD,
    )
    b.follow_list(
        ["Which line item had the largest original budget?", "And which one had the smallest?"],
        o.nth("initial", 1, False, names),
        "initial",
        names,
        "en",
        AUD,
    )
    b.follow_value(
        ["管理经费的年初budget多少", "全年budget呢", "那年中调减了多少"],
        MGMT,
        "change",
        "mix",
        PM,
        refs=[Ref("管理经费", MGMT)],
    )


def _prose(b: Book) -> None:
    b.prose("基础设施-运维项目全年完成网络新建工单多少个？", INFRA, r"网络新建(\d+)个", "zhf", REV)
    b.prose(
        "According to its goals, how many professional service staff does the infrastructure O&M line item provide?",
        INFRA,
        r"提供超(\d+)人",
        "en",
        AUD,
        a="infrastructure O&M",
        en=True,
    )
    b.prose("数据运营那邊對接了多少個部門？", DATAOPS, r"个区、(\d+)个部门", "zhc", OLD, TRAD, a="数据运营")
    b.prose("数据运营服务的自然人综合库cover了多少万个自然人", DATAOPS, r"覆盖(\d+)万余个自然人", "mix", PM)
    b.prose(
        "数据运营服务项目发布地方标准化指导性技术文件多少项？", DATAOPS, r"和(\d+)项地方标准化", "zhf", REV
    )
    b.prose(
        "How many major network support assignments did the infrastructure line item carry out in 2021?",
        INFRA,
        r"重大网络保障工作(\d+)余次",
        "en",
        AUD,
        a="infrastructure line item",
        en=True,
    )
    b.prose("运维那個項目節點搬遷了幾個？", INFRA, r"节点搬迁(\d+)个", "zhc", OLD, TRAD, a="运维")


def _refusals(b: Book) -> None:
    b.refuse("请提供本中心2020年度各项目绩效自评总分。", "year", "zhf", REV)
    b.refuse("浙江省大数据发展管理局同类项目的平均执行率是多少？", "region", "zhf", REV)
    b.refuse("请预测该中心2022年度预算执行率。", "forecast", "zhf", REV)
    b.refuse("今天上海天氣怎麼樣？", "offtopic", "zhc", OLD, TRAD)
    b.refuse("２０１９年運維項目總分多少？", "year", "zhc", OLD, TRAD, FW)
    b.refuse("明年政务云的預算會不會增加？", "forecast", "zhc", OLD, TRAD)
    b.refuse("幫我查一下退休金什麼時候發", "offtopic", "zhc", OLD, TRAD)
    b.refuse(
        "What was the execution rate of the government cloud line item in fiscal 2022?", "year", "en", AUD
    )
    b.refuse(
        "How did the Shenzhen Big Data Resources Administration's line items score?", "agency", "en", AUD
    )
    b.refuse("Forecast next year's outturn for the data operations services line.", "forecast", "en", AUD)
    b.refuse("Can you draft an audit engagement letter for me?", "offtopic", "en", AUD)
    b.refuse("帮我写个Python script爬一下股票价格", "offtopic", "mix", PM)
    b.refuse("北京市大数据中心的project平均score多少", "agency", "mix", PM)
    b.refuse("2023年各project的budget是多少", "year", "mix", PM)
    b.refuse("下个quarter政务云的execution rate能到多少，predict一下", "forecast", "mix", PM)


def _ask_backs(b: Book) -> None:
    b.refuse_or_clarify("请提供一网通办项目的全年执行数。", "ambiguous", "zhf", REV, fragment="一网通办")
    b.refuse_or_clarify("运营服务那個項目總分多少？", "ambiguous", "zhc", OLD, TRAD, fragment="运营服务")
    b.refuse_or_clarify("上海市那个project的satisfaction多少", "ambiguous", "mix", PM, fragment="上海市")
    b.refuse_or_clarify("大数据那個項目的執行率是多少？", "ambiguous", "zhc", OLD, TRAD, fragment="大数据")
    b.refuse_or_clarify("请提供数据运营服务项目的政府采购合同金额。", "unknown", "zhf", REV)
    b.refuse_or_clarify(
        "What was the capital versus operating split of the government cloud fees line?", "unknown", "en", AUD
    )
    b.refuse_or_clarify("政务云这个project的vendor是哪家", "unknown", "mix", PM)
    b.refuse_or_clarify("運維項目的負責人叫什麼名字？", "unknown", "zhc", OLD, TRAD)
    b.refuse_or_clarify("List the procurement method for every line item.", "unknown_all", "en", AUD)
    b.refuse_or_clarify("请提供智慧交通平台项目的全年预算数。", "missing", "zhf", REV, missing="智慧交通")
    b.refuse_or_clarify("老年食堂那個項目的滿意度多少？", "missing", "zhc", OLD, TRAD, missing="老年食堂")
    b.refuse_or_clarify(
        "What was the outturn on the e-tendering portal line item?",
        "missing",
        "en",
        AUD,
        missing="e-tendering portal",
    )
    b.refuse_or_clarify("与全省同级单位平均水平相比，该中心项目总分处于什么位置？", "norm", "zhf", REV)
    b.refuse_or_clarify("按照财政部绩效评价规范，执行率低于多少应当收回预算？", "norm", "zhf", REV)
    b.refuse_or_clarify("这个project怎么样", "vague", "mix", PM)


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
    return written(Book(Oracle(sample_records()), prefix="h4"), SECTIONS)


def write_hidden4() -> dict[Path, int]:
    """Rewrite sample_hidden4.jsonl; return how many items it holds."""
    return write_items(HIDDEN4, build_book().items)
