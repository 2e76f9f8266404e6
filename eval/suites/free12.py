"""A twelfth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Where the earlier suites varied who asks, this one
varies the shape of the sentence, in shapes no earlier suite leaned on: the topic first and the
question after it (说到运维，它的执行率？ 二期这个项目嘛，总分多少？); yes-no questions whose answer
is a fact (是否达到, 有没有, 是不是), always asking for the value or the list as well, so that the
gold grades the fact and not a bare 是; 把 and 被 constructions (被扣分最多的是哪个, 把…排一下);
the question word in the middle, with a request after it (…是多少来着，你查一下); the form's
own column labels quoted as they stand (年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施,
年初预算数, 全年预算数, 全年执行数, 执行率, 总分); numbers in Chinese numerals (九十五分, 五千万,
百分之九十九点五); full-width and half-width punctuation mixed in one sentence; Latin letters
inside Chinese (KPI, budget, rating); and polite, official frames (烦请告知, 麻烦帮忙查一下,
请问贵中心). A few questions are in English. Every intent is asked, weighted toward rankings and
places, thresholds, stated and derived fields, indicators, reasons, indicator kinds,
conversations of two or three turns, nested questions and comparisons; more than thirty-five
questions must be refused or asked back. Each question stands next to the oracle call
(eval/suites/free_book.py, Book8 of eval/suites/free8.py, Book9 of eval/suites/free9.py) that
answers it; ``python -m eval.suites build-free12`` writes ``free12_sample.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book9 reads only the
  oracle's tables and the export records, never ``bot``);
- a yes-no question also asks for the value or the projects, and its gold is that value or list;
- the place of a named project is asked only where no project ties with it or above it;
- a value threshold equal to some project's value is asked only in words that say whether the
  bound is included (不超过, 及以上, 达到, 不少于); 以上, 以下 and 之间 are used only with bounds no
  project's value equals;
- a shortened Chinese project name singles out its project (tests/test_free12_suite.py checks
  it), and a fragment that fits several projects is asked only where asking back (or refusing)
  is right;
- a question that could be read two ways on the corpus is not asked as answerable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.suites import sample_records
from eval.suites.free9 import Book9, book_of
from eval.suites.free_book import Ref, write_items, written

FREE12_SAMPLE = Path(__file__).parent / "free12_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"
SAT2 = "服务对象满意度指标"

# the shape of each sentence (one tag or two per question)
TP, YN, BB, MID, LB, NUM, PU, LA, PO, EN = (
    "shape:topic",
    "shape:yes-no",
    "shape:ba-bei",
    "shape:mid-question",
    "shape:label",
    "shape:numerals",
    "shape:mixed-punct",
    "shape:latin",
    "shape:polite",
    "shape:english",
)


# -- stated fields of one project ----------------------------------------------------------------
def lookups(b: Book9) -> None:
    b.lookup("说到数据运营服务，它的年初预算数是多少？", P7, "initial", "zh", TP)
    b.lookup("运维这个项目嘛，总分多少？", P3, "total", "zhc", TP, a="运维")
    b.lookup("政务云预付费那个项目啊，全年执行数是多少？", P5, "executed", "zhc", TP, a="政务云预付费")
    b.lookup("说起一网通办运营，全年执行数花了多少钱？", P1, "executed", "zh", TP, a="一网通办运营")
    b.lookup("年初预算数，升级改造填的是多少？", P2, "initial", "zh", TP, LB, a="升级改造")
    b.lookup("管理工作经费的执行率是多少来着，你查一下。", P6, "rate", "zh", MID, a="管理工作经费")
    b.lookup("升级改造的全年预算数是多少来着？帮我看看", P2, "budget", "zh", MID, a="升级改造")
    b.lookup("烦请告知上海市大数据资源平台（二期）的全年执行数。", P4, "executed", "zhf", PO)
    b.lookup("麻烦帮忙查一下“一网通办”运营服务的总分，谢谢。", P1, "total", "zhf", PO)
    b.lookup("请问贵中心基础设施-运维项目的年初预算数是多少？", P3, "initial", "zhf", PO)
    b.stated("请问贵中心数据运营服务项目的实施单位是哪家？", P7, "unit", "zhf", PO)
    b.lookup("“年度资金总额”那一行，数据运营服务的“全年执行数”填的是多少？", P7, "executed", "zh", LB)
    b.lookup("大数据中心管理工作经费表上“全年预算数”那一栏写的多少？", P6, "budget", "zh", LB)
    b.lookup("政务云服务费的“执行率”一栏填的多少?", P5, "rate", "zh", LB, PU, a="政务云服务费")
    b.lookup("二期绩效指标最后一行“总分”写的是多少？", P4, "total", "zh", LB, a="二期")
    b.lookup("运维的执行率是不是百分之百？具体多少？", P3, "rate", "zh", YN, NUM, a="运维")
    b.lookup("数据运营服务的全年执行数有没有到八千八百万？实际是多少？", P7, "executed", "zh", YN, NUM)
    b.lookup("升级改造的总分是否超过九十五分？总分是多少？", P2, "total", "zh", YN, NUM, a="升级改造")
    b.lookup("一网通办运营服务的KPI总分是多少？", P1, "total", "zh", LA, a="一网通办运营服务")
    b.lookup("管理经费项目的budget，年初是多少？", P6, "initial", "zh", LA, a="管理经费")
    b.lookup("政务云,全年预算数是多少？", P5, "budget", "zh", PU, a="政务云")
    b.lookup("二期这个项目嘛,执行率多少？", P4, "rate", "zhc", TP, PU, a="二期")
    b.lookup("What's the 全年预算数 of the 运维 project, in yuan?", P3, "budget", "en", EN, a="运维")


# -- derived fields of one project ---------------------------------------------------------------
def derived(b: Book9) -> None:
    b.derived("说到管理工作经费，年初预算数和全年预算数差了多少？", P6, "change", "zh", TP, a="管理工作经费")
    b.derived("运维这个项目一共被扣掉了多少分？", P3, "lost", "zh", BB, a="运维")
    b.derived("把二期没花完的钱算一下，是多少？", P4, "unspent", "zh", BB, a="二期")
    b.derived("政务云服务费的评级是优还是良？", P5, "grade", "zh", YN, a="政务云服务费")
    b.derived("管理经费评上优了没有？评的什么等级？", P6, "grade", "zh", YN, a="管理经费")
    b.derived("数据运营服务距离一百分差多少分？", P7, "lost", "zh", NUM)
    b.derived("一网通办运营服务还剩多少钱没执行，你算一下。", P1, "unspent", "zh", MID, a="一网通办运营服务")
    b.derived("烦请告知升级改造项目被扣分值合计。", P2, "lost", "zhf", PO, a="升级改造")
    b.derived("大数据中心管理工作经费结余资金是多少，麻烦帮忙查一下。", P6, "unspent", "zhf", PO)
    b.derived("政务云的扣分有没有超过5分？扣了多少？", P5, "lost", "zh", YN, a="政务云")
    b.derived("二期项目的rating是什么等级？", P4, "grade", "zh", LA, a="二期")
    b.level1("说到运维，产出指标一共得了多少分？", P3, OUT, "score", "zh", TP, a="运维")
    b.level1("政务云服务费效益指标的得分率是多少来着，帮我算算", P5, BEN, "rate", "zh", MID, a="政务云服务费")
    b.level1("数据运营服务的满意度指标是否拿了满分？得了多少分？", P7, SAT, "score", "zh", YN)
    b.level1("升级改造产出指标的得分率，百分之多少？", P2, OUT, "rate", "zh", NUM, a="升级改造")
    b.level1("“一网通办”运营服务效益指标的“得分”加起来是多少？", P1, BEN, "score", "zh", LB)
    b.derived("How many points did 二期 lose in total?", P4, "lost", "en", EN, a="二期")


# -- one indicator of one project ----------------------------------------------------------------
def indicators(b: Book9) -> None:
    b.named(
        "基础设施-运维“系统故障平均恢复时长”的实际完成值是多少？",
        "系统故障平均恢复时长",
        "actual",
        "zh",
        LB,
        name=P3,
    )
    b.named(
        "说到二期的系统功能模块使用率，年度指标值定的多少？",
        "系统功能模块使用率",
        "target",
        "zh",
        TP,
        LB,
        name=P4,
        a="二期",
    )
    b.named("数据运营服务质量问题整改率的“实际完成值”是多少？", "质量问题整改率", "actual", "zh", LB, name=P7)
    b.named("数据治理程度这一项，数据运营服务被扣了几分？", "数据治理程度", "lost", "zh", BB, name=P7)
    b.named("“系统故障响应及时性”这个指标被扣了多少分？", "系统故障响应及时性", "lost", "zh", BB, LB)
    b.named("“预算金额结算率”的分值定的是多少？", "预算金额结算率", "weight", "zh", LB)
    b.named(
        "维护系统数量的实际完成值，运维那边报的是多少？",
        "维护系统数量",
        "actual",
        "zh",
        MID,
        name=P3,
        a="运维",
    )
    b.indicator("说到政务云，社会效益指标得分多少？", P5, "社会效益指标", "score", "zh", TP, a="政务云")
    b.indicator("管理工作经费的质量指标被扣了几分呀？", P6, "质量指标", "lost", "zh", BB, a="管理工作经费")
    b.indicator(
        "一网通办运营服务经济效益指标是不是满分？得了几分？",
        P1,
        "经济效益指标",
        "score",
        "zh",
        YN,
        a="一网通办运营服务",
    )
    b.indicator("升级改造的时效指标分值为多少？烦请告知。", P2, "时效指标", "weight", "zhf", PO, a="升级改造")
    b.indicator("数据运营服务可持续影响指标的KPI得分多少？", P7, "可持续影响指标", "score", "zh", LA)
    b.indicator("二期的满意度指标，年度指标值写的多少来着？", P4, SAT2, "target", "zh", MID, LB, a="二期")
    b.named("运维那张表上“使用者满意度”得分是多少？", "使用者满意度", "score", "zh", LB, name=P3, a="运维")
    b.named(
        "政务云“应用系统上云”这一指标被扣了几分?", "应用系统上云", "lost", "zh", BB, PU, name=P5, a="政务云"
    )
    b.indicator("烦请告知大数据中心管理工作经费社会效益指标的分值。", P6, "社会效益指标", "weight", "zhf", PO)
    b.indicator(
        "What's the score on 质量指标 for 一网通办运营服务?",
        P1,
        "质量指标",
        "score",
        "en",
        EN,
        a="一网通办运营服务",
    )


# -- why points were lost ------------------------------------------------------------------------
def reasons(b: Book9) -> None:
    b.reason("说到二期，为什么会被扣分？", P4, "zh", TP, a="二期")
    b.reason(
        "运维时效指标的“偏差原因分析及改进措施”里写的是什么？", P3, "zh", LB, a="运维", level2="时效指标"
    )
    b.reason("政务云被扣分的原因是什么，帮我看一下。", P5, "zh", BB, MID, a="政务云")
    b.reason("烦请告知数据运营服务质量指标未得满分的原因。", P7, "zhf", PO, level2="质量指标")
    b.reason(
        "一网通办运营服务的社会效益指标被扣分，是因为什么？",
        P1,
        "zh",
        BB,
        a="一网通办运营服务",
        level2="社会效益指标",
    )
    b.reason("升级改造的满意度指标为啥没拿满分？", P2, "zh", YN, a="升级改造", level1=SAT)
    b.reason("管理经费扣了十一分多，原因是什么？", P6, "zh", NUM, a="管理经费")
    b.reason("二期的满意度被扣了四分，原因是？", P4, "zh", NUM, a="二期", level1=SAT)
    b.reason(
        "政务云时效指标被扣的那一分，偏差原因分析及改进措施怎么写的？",
        P5,
        "zh",
        LB,
        NUM,
        a="政务云",
        level2="时效指标",
    )
    b.reason("运维项目的KPI为什么没拿满分？", P3, "zh", LA, a="运维")


# -- rankings and places ---------------------------------------------------------------------------
def ranks(b: Book9) -> None:
    b.rank("总分这一项，排第二的是哪个项目？", "total", True, "zh", TP, n=2)
    b.rank("被扣分扣得最多的是哪个项目啊？", "lost", True, "zh", BB)
    b.rank("被扣分扣得最少的又是哪个项目呢？", "lost", False, "zh", BB)
    b.rank("“全年执行数”排名前三的是哪三个项目？", "executed", True, "zh", LB, n=3, top=True)
    b.rank("说到执行率，倒数第二名是谁？", "rate", False, "zh", TP, n=2)
    b.rank("年初预算数倒数第一的是哪个项目来着？", "initial", False, "zh", MID, LB)
    b.rank("全年预算数排第四的是哪个项目呀？", "budget", True, "zh", LB, n=4)
    b.rank("请问贵中心今年自评哪个项目的总分最高？", "total", True, "zhf", PO)
    b.rank("烦请告知未执行金额最多的前两个项目。", "unspent", True, "zhf", PO, n=2, top=True)
    b.rank("满意度得分第三高的是哪一个项目？", "satisfaction", True, "zh", LB, n=3)
    b.rank("总分倒数前三名分别是哪些项目？", "total", False, "zh", LB, n=3, top=True)
    b.rank("被扣分数排第三的是哪个项目？", "lost", True, "zh", BB, n=3)
    b.rank("第五名是哪个项目，按全年执行数从高到低排？", "executed", True, "zh", MID, n=5)
    b.rank("预算执行率并列最高的是哪几个项目？", "rate", True, "zh", LB)
    b.rank("年初预算数第二多的是个什么项目？", "initial", True, "zh", LB, n=2)
    b.rank("按总分排序，第六名是哪个项目呀？", "total", True, "zh", MID, n=6)
    b.rank("KPI总分垫底的项目是哪个？", "total", False, "zh", LA)
    b.rank("全年预算数排进前五的项目都有哪些？", "budget", True, "zh", LB, n=5, top=True)
    b.rank("把项目按没花完的钱从少到多排，排第二的是哪个？", "unspent", False, "zh", BB, n=2)
    b.rank("全年执行数最少的两个项目是哪两个？", "executed", False, "zh", LB, n=2, top=True)
    b.rank("被扣分倒数第三的是哪个项目？", "lost", False, "zh", BB, n=3)
    b.rank("说到满意度得分，最低的是谁？", "satisfaction", False, "zh", TP)
    b.rank("被扣分排前四的项目麻烦帮忙列一下。", "lost", True, "zhf", BB, PO, n=4, top=True)
    b.rank("全年预算数第七名,也就是最少的,是哪个项目？", "budget", True, "zh", PU, n=7)
    b.rank("年初预算数排名第三的project是哪个？", "initial", True, "zh", LA, n=3)
    b.rank("Which project comes second by 全年执行数?", "executed", True, "en", EN, n=2)
    # the place of a named project
    b.place("二期的总分排第几名来着，你查一下。", P4, "total", True, "zh", MID, a="二期")
    b.place("说到运维，它的全年预算数排第几？", P3, "budget", True, "zh", TP, a="运维")
    b.place("管理工作经费按执行率从低到高排第几？", P6, "rate", False, "zh", LB, a="管理工作经费")
    b.place("按被扣的分从多到少，数据运营服务排第几位？", P7, "lost", True, "zh", BB)
    b.place("升级改造的年初预算数倒着数排第几？", P2, "initial", False, "zh", LB, a="升级改造")
    b.place(
        "烦请告知一网通办运营服务全年执行数的排名。", P1, "executed", True, "zhf", PO, a="一网通办运营服务"
    )
    b.place("政务云服务费的满意度得分能排第几？", P5, "satisfaction", True, "zh", LB, a="政务云服务费")
    b.place("二期没花完的钱，从多到少排第几？", P4, "unspent", True, "zh", TP, a="二期")
    b.place("数据运营服务的全年执行数,在七个项目中排第几？", P7, "executed", True, "zh", PU)


# -- thresholds ------------------------------------------------------------------------------------
def filters(b: Book9) -> None:
    b.filter("总分有没有低于九十分的项目？有的话是哪个？", "total", "lt", 90, "zh", YN, NUM)
    b.filter("执行率不到百分之九十九点五的项目有哪些？", "rate", "lt", 99.5, "zh", NUM)
    b.filter("全年预算数在五千万以上的是哪些项目？", "budget", "gt", 50_000_000, "zh", NUM, "money:五千万")
    b.filter("年初预算数不超过两千万元的有哪些？", "initial", "le", 20_000_000, "zh", NUM, "money:两千万元")
    b.filter("说到扣分，扣了超过五分的都有谁？", "lost", "gt", 5, "zh", TP)
    b.filter("满意度得分没到九分的项目都是哪些？", "satisfaction", "lt", 9, "zh", NUM)
    b.filter("总分95分及以上的项目,是哪几个？", "total", "ge", 95, "zh", PU)
    b.filter(
        "全年执行数低于3,000万元的项目有哪些？", "executed", "lt", 30_000_000, "zh", LB, "money:3,000万元"
    )
    b.filter(
        "未执行金额有没有超过一百万的项目？是哪些？", "unspent", "gt", 1_000_000, "zh", YN, "money:一百万"
    )
    b.filter("执行率是否有低于80%的项目？请列出。", "rate", "lt", 80, "zh", YN)
    b.filter("总分在九十三分以上的项目都是哪几个？", "total", "gt", 93, "zh", NUM)
    b.filter("扣分不超过三分的都有哪些项目？", "lost", "le", 3, "zh", NUM)
    b.filter(
        "年初预算数达到一亿元的项目都有哪几个？", "initial", "ge", 100_000_000, "zh", NUM, "money:一亿元"
    )
    b.filter(
        "烦请告知全年执行数超过八千万元的项目。", "executed", "gt", 80_000_000, "zhf", PO, "money:八千万元"
    )
    b.filter("“执行率”一栏为100.00%的项目有哪些？", "rate", "eq", 100, "zh", LB)
    b.filter("未执行金额小于1000元的,是哪些项目？", "unspent", "lt", 1000, "zh", PU)
    b.filter("满意度得分在九点五分以上的项目有哪些？", "satisfaction", "gt", 9.5, "zh", NUM)
    b.filter("KPI总分低于92分的项目有哪些？", "total", "lt", 92, "zh", LA)
    b.filter(
        "全年预算数不少于四千万的项目，麻烦帮忙列一下。",
        "budget",
        "ge",
        40_000_000,
        "zhf",
        PO,
        "money:四千万",
    )
    b.filter("扣分在八分以上的项目,是哪些？", "lost", "gt", 8, "zh", NUM, PU)
    b.filter("被扣的分少于3.5分的项目有哪些？", "lost", "lt", 3.5, "zh", BB)
    b.filter("未执行金额为零、一分钱没剩的项目是哪个？", "unspent", "eq", 0, "zh", NUM)
    b.filter_range("总分介于九十分和九十五分之间的项目有哪些？", "total", 90, 95, "zh", NUM)
    b.filter_range(
        "全年执行数在两千万到五千万之间的项目？",
        "executed",
        20_000_000,
        50_000_000,
        "zh",
        NUM,
        "money:两千万",
    )
    b.filter(
        "Which projects have a 全年预算数 above 70 million yuan?",
        "budget",
        "gt",
        70_000_000,
        "en",
        EN,
        "money:million",
    )


def aggregate_filters(b: Book9) -> None:
    b.filter_aggregate("总分高于全部项目平均水平的都有哪些？", "total", "above_avg", "zh", LB)
    b.filter_aggregate("说到执行率，低于中位数的项目有哪些？", "rate", "below_median", "zh", TP)
    b.filter_aggregate("被扣的分比平均扣分还多的项目有哪些？", "lost", "above_avg", "zh", BB)
    b.filter_aggregate("全年预算数低于平均值的项目麻烦帮忙列一下。", "budget", "below_avg", "zhf", PO)


def indicator_filters(b: Book9) -> None:
    b.filter_kind("说到时效指标，哪些项目被扣了分？", "时效指标", "deducted", "zh", TP)
    b.filter_kind("有没有在数量指标上被扣分的项目？是哪个？", "数量指标", "deducted", "zh", YN)
    b.filter_kind("产出指标被扣过分的，一共有哪些项目？", OUT, "deducted", "zh", BB)
    b.filter_kind("效益指标一分都没丢的项目有哪些？", BEN, "full", "zh", NUM)
    b.filter_kind("表里设有可持续影响指标的项目有哪些？", "可持续影响指标", "has", "zh", LB)
    b.lacking("哪些项目压根没有设经济效益指标？", "经济效益指标", "zh", LB)
    b.filter_kind("满意度指标一分没扣、拿了满分的是哪个项目？", SAT, "full", "zh", LB)
    b.filter_kind("质量指标被扣分的项目，烦请列出。", "质量指标", "deducted", "zhf", PO, BB)
    b.filter_kind("社会效益指标是否都拿了满分？没拿满分的是哪些？", "社会效益指标", "deducted", "zh", YN)
    b.filter_kind("设了成本指标的是哪个项目来着？", "成本指标", "has", "zh", LB)
    b.filter_kind("经济效益指标得分等于分值、一分没扣的项目有哪些？", "经济效益指标", "full", "zh", LB)
    b.filter_kind("KPI里生态效益指标满分的项目有哪些？", "生态效益指标", "full", "zh", LA)
    b.unmet("二期有哪些三级指标的实际完成值没达到年度指标值？", P4, "zh", LB, a="二期")


# -- numbers over every project --------------------------------------------------------------------
def aggregates(b: Book9) -> None:
    b.aggregate("七个项目的全年预算数加起来一共多少？", "budget", "sum", "zh", LB)
    b.aggregate("总分的平均分是多少来着？帮我算一下", "total", "avg", "zh", MID)
    b.count_cmp("总分达到九十五分的项目有几个？", "total", "ge", 95, "zh", NUM)
    b.count_kind("时效指标被扣分的项目一共有几个呀？", "时效指标", "deducted", "zh", BB)
    b.aggregate("烦请告知七个项目扣分的中位数。", "lost", "median", "zhf", PO)
    b.aggregate("执行率最低是多少?全部七个项目里。", "rate", "min", "zh", PU)
    b.count_all("请问贵中心一共有几个项目做了绩效自评？", "zhf", PO)


def groups(b: Book9) -> None:
    b.group("说到扣分，按一级指标分别扣了多少？", "level1", "deduction", "zh", TP)
    b.group("二级指标各类的得分率分别是多少，按类列一下？", "level2", "rate", "zh", LB)
    b.group("数据运营服务各二级指标分别得了多少分？", "level2", "score", "zh", LB, name=P7)
    b.group("烦请告知二期各一级指标的扣分情况。", "level1", "deduction", "zhf", PO, name=P4, a="二期")


# -- comparisons -----------------------------------------------------------------------------------
def compares(b: Book9) -> None:
    b.compare("说到总分，运维和政务云哪个高？", [P3, P5], "total", True, "zh", TP, a=["运维", "政务云"])
    b.compare("二期跟管理经费比，哪个被扣分更多？", [P4, P6], "lost", True, "zh", BB, a=["二期", "管理经费"])
    b.compare(
        "数据运营服务的全年预算数是不是比“一网通办”运营服务高？哪个高？",
        [P7, P1],
        "budget",
        True,
        "zh",
        YN,
    )
    b.compare(
        "升级改造和二期的执行率，哪个低一些？", [P2, P4], "rate", False, "zh", LB, a=["升级改造", "二期"]
    )
    b.compare(
        "说到满意度得分，管理工作经费和政务云服务费谁高？",
        [P6, P5],
        "satisfaction",
        True,
        "zh",
        TP,
        a=["管理工作经费", "政务云服务费"],
    )
    b.gap("运维和二期的总分差几分？", [P3, P4], "total", "zh", LB, a=["运维", "二期"])
    b.gap(
        "一网通办运营服务跟数据运营服务的全年执行数差多少钱，麻烦算一下。",
        [P1, P7],
        "executed",
        "zh",
        MID,
        a=["一网通办运营服务", None],
    )
    b.compare(
        "烦请比较运维与升级改造的年初预算数，哪一个较少？",
        [P3, P2],
        "initial",
        False,
        "zhf",
        PO,
        a=["运维", "升级改造"],
    )
    b.compare_kind(
        "说到社会效益指标，二期和管理经费谁得分高？",
        [P4, P6],
        "社会效益指标",
        True,
        "zh",
        TP,
        a=["二期", "管理经费"],
    )
    b.compare(
        "政务云和数据运营，哪个没执行完的钱多？",
        [P5, P7],
        "unspent",
        True,
        "zh",
        MID,
        a=["政务云", "数据运营"],
    )
    b.compare(
        "二期,升级改造:谁的KPI总分更低？", [P4, P2], "total", False, "zh", PU, LA, a=["二期", "升级改造"]
    )
    b.compare(
        "Which is higher in 总分, 二期 or 数据运营服务?", [P4, P7], "total", True, "en", EN, a=["二期", None]
    )


# -- composed questions ----------------------------------------------------------------------------
def nesteds(b: Book9) -> None:
    b.nested("被扣分最少的那个项目，执行率是多少？", "lost", False, "rate", "zh", BB)
    b.nested("说到全年预算数最少的项目，它为什么被扣分？", "budget", False, "why", "zh", TP)
    b.nested("被扣分最多的项目，全年执行数是多少？", "lost", True, "executed", "zh", BB)
    b.nested("年初预算数最高的那个项目评的什么等级？", "initial", True, "grade", "zh", LB)
    b.nested("满意度得分最低的项目总分是多少来着，你看看。", "satisfaction", False, "total", "zh", MID)
    b.nested("烦请告知总分最高项目的未执行金额。", "total", True, "unspent", "zhf", PO)
    b.nested("执行率最低那个项目的KPI扣了几分？", "rate", False, "lost", "zh", LA)
    b.nested("未执行金额最多的项目，“年初预算数”是多少？", "unspent", True, "initial", "zh", LB)
    b.nested("What's the 执行率 of the project that lost the most points?", "lost", True, "rate", "en", EN)


# -- facts the goal text states ----------------------------------------------------------------------
def proses(b: Book9) -> None:
    b.prose("说到运维，故障要求几分钟内响应？", P3, r"故障(\d+)分钟内响应", "zh", TP, a="运维")
    b.prose("发布了几项地方标准来着，数据运营服务那个？", P7, r"发布了(\d+)项地方标准和", "zh", MID)
    b.prose(
        "说到基础设施-运维，它为全市多少个市级政务外网网络节点提供服务？", P3, r"为全市(\d+)余个", "zh", TP
    )
    b.prose("数据运营服务对接了多少个部门来着，你查一下。", P7, r"(\d+)个部门", "zh", MID)
    b.prose(
        "大数据中心管理工作经费全年用电覆盖率达到百分之多少？",
        P6,
        r"全年用电覆盖率达(\d+)%",
        "zh",
        NUM,
        unit="%",
    )


# -- a field of every project ------------------------------------------------------------------------
def listings(b: Book9) -> None:
    b.listing("说到全年执行数，每个项目各是多少？", "executed", "zh", TP)
    b.listing("把所有项目的执行率一个个都列出来。", "rate", "zh", BB)
    b.listing("烦请告知各项目年初预算数，逐项列示。", "initial", "zhf", PO)
    b.listing("每个项目的满意度得分,分别多少？", "satisfaction", "zh", PU)


# -- conversations -----------------------------------------------------------------------------------
def follow_ups(b: Book9) -> None:
    names = b.o.names()
    b.follow_value(
        ["说到政务云，执行率多少？", "那总分呢？"], P5, "total", "zh", TP, refs=[Ref("政务云", P5)]
    )
    b.follow_value(
        ["运维这个项目嘛，全年预算数多少？", "执行数呢？"], P3, "executed", "zhc", TP, refs=[Ref("运维", P3)]
    )
    b.follow_value(
        ["被扣分最多的是哪个项目？", "它的执行率是不是也最低？执行率多少？"], P6, "rate", "zh", BB, YN
    )
    b.follow_value(["总分排第一的是哪个项目？", "它被扣了多少分？"], P2, "lost", "zh", BB)
    over50m = b.passing("budget", "gt", 50_000_000)
    b.follow_list(
        ["全年预算数超过五千万的有哪些？", "其中执行率不是100%的是哪个？"],
        b.passing("rate", "lt", 100, over50m),
        "rate",
        over50m,
        "zh",
        NUM,
    )
    b.follow_value(["二期的总分多少？", "年初预算数呢？"], P4, "initial", "zh", LB, refs=[Ref("二期", P4)])
    b.follow_why(["管理经费的评级是什么？", "为什么没评上优？"], P6, "zh", YN, refs=[Ref("管理经费", P6)])
    b.follow_value(
        ["数据运营服务的满意度得分多少？", "那一网通办运营服务呢？"],
        P1,
        "satisfaction",
        "zh",
        MID,
        refs=[Ref("一网通办运营服务", P1)],
    )
    full = b.passing("rate", "ge", 100)
    b.follow_list(
        ["执行率100%的项目有哪些？", "这几个里总分最高的是哪个？"],
        b.o.nth("total", 1, True, full),
        "total",
        full,
        "zh",
        LB,
    )
    b.follow_count(
        ["时效指标被扣分的有哪些项目？", "一共几个？"], b.with_kind("时效指标", "deducted"), "total", "zh", BB
    )
    b.follow_value(["执行数最少的是哪个项目？", "它的年初预算数是多少？"], P2, "initial", "zh", LB)
    b.follow_place(
        ["升级改造的全年执行数是多少？", "排第几？"],
        P2,
        "executed",
        True,
        "zh",
        LB,
        refs=[Ref("升级改造", P2)],
    )
    b.follow_gap(
        ["运维被扣了几分？", "跟政务云比差多少分？"],
        [P3, P5],
        "lost",
        "zh",
        BB,
        refs=[Ref("运维", P3), Ref("政务云", P5)],
    )
    b.follow_kind(
        ["说到二期，社会效益指标扣分了吗？", "扣了多少分？"],
        P4,
        "社会效益指标",
        "lost",
        "zh",
        TP,
        YN,
        refs=[Ref("二期", P4)],
    )
    b.follow_value(
        ["麻烦帮忙查一下管理工作经费的年初预算数。", "全年预算数又是多少？"],
        P6,
        "budget",
        "zhf",
        PO,
        refs=[Ref("管理工作经费", P6)],
    )
    b.follow_value(
        ["总分前四名是哪几个？", "第四名的执行率是多少？"],
        b.o.nth("total", 4, True, names)[0],
        "rate",
        "zh",
        LB,
    )
    over6 = b.passing("lost", "gt", 6)
    b.follow_list(
        ["扣分超过六分的项目是哪些？", "其中满意度得分最低的是哪个？"],
        b.o.nth("satisfaction", 1, False, over6),
        "satisfaction",
        over6,
        "zh",
        NUM,
    )
    b.follow_mean(
        ["总分高于95分的是哪些项目？", "它们的平均执行率是多少？"],
        "rate",
        b.passing("total", "gt", 95),
        "zh",
        LB,
    )
    b.follow_value(["数据运营服务被扣了多少分？", "那它的全年执行数呢？"], P7, "executed", "zh", BB)
    b.follow_value(
        ["哪个项目的全年预算数最高？", "第二高的呢？", "它的总分是多少？"],
        b.o.nth("budget", 2, True, names)[0],
        "total",
        "zh",
        LB,
    )
    b.follow_list(
        ["说到满意度得分，最高的是哪个？", "倒数第一呢？"],
        b.o.nth("satisfaction", 1, False, names),
        "satisfaction",
        names,
        "zh",
        TP,
    )
    b.follow_value(
        ["烦请告知升级改造的总分。", "该项目未执行金额为多少？"],
        P2,
        "unspent",
        "zhf",
        PO,
        refs=[Ref("升级改造", P2)],
    )
    under30m = b.passing("initial", "lt", 30_000_000)
    b.follow_number(
        ["年初预算数低于三千万的项目有哪些？", "它们的全年执行数加起来是多少？"],
        {
            "value": round(b.o.aggregate("executed", "sum", under30m), 4),
            "unit": "元",
            "tolerance": 50,
            "projects": under30m,
        },
        b.rows("executed", under30m),
        "zh",
        NUM,
        "sum",
    )
    b.follow_why(
        ["二期满意度指标被扣了几分？", "为什么被扣？"], P4, "zh", BB, level1=SAT, refs=[Ref("二期", P4)]
    )
    b.follow_value(
        ["总分最低的是哪个？", "它的全年预算数比年初少了多少？"], b.winner("total", False), "change", "zh", LB
    )
    b.follow_compare(
        ["运维和升级改造哪个执行率高？", "那两者中总分高的是哪个？"], [P3, P2], "total", True, "zh", LB
    )
    b.follow_value(
        ["说起二期，执行率多少？", "那数据运营服务呢？", "它被扣了多少分？"],
        P7,
        "lost",
        "zh",
        TP,
        refs=[Ref("二期", P4)],
    )
    b.follow_place(
        ["政务云的总分是多少？", "在七个项目里排第几？"],
        P5,
        "total",
        True,
        "zh",
        MID,
        refs=[Ref("政务云", P5)],
    )
    b.follow_value(
        ["执行率最低的是哪个项目？", "它的满意度得分呢？"], b.winner("rate", False), "satisfaction", "zh", LB
    )
    b.follow_kind(["数据运营服务的质量指标分值是多少？", "得了几分？"], P7, "质量指标", "score", "zh", LB)
    b.follow_value(
        ["Which project has the lowest 总分?", "And its 全年执行数?"],
        b.winner("total", False),
        "executed",
        "en",
        EN,
    )


# -- to refuse or ask back -----------------------------------------------------------------------------
def refusals(b: Book9) -> None:
    # other years
    b.refuse("说到2020年，运维的执行率是多少？", "year", "zh", TP)
    b.refuse("一网通办运营服务2022年度的总分是否超过九十五分？", "year", "zh", YN, NUM)
    b.refuse("烦请告知贵中心2019年度各项目全年执行数。", "year", "zhf", PO)
    b.refuse("二零二三年政务云的全年执行数是多少来着，你查一下。", "year", "zh", MID, NUM)
    b.refuse("管理经费二〇二〇年的年初预算数是多少？", "year", "zh", NUM, LB)
    # other agencies
    b.refuse("烦请告知上海市财政局各项目的执行率。", "agency", "zhf", PO)
    b.refuse("说到市经信委，它有哪些项目被扣分？", "agency", "zh", TP)
    b.refuse("浦东新区科经委的项目总分排第几？", "agency", "zh", LB)
    b.refuse("市交通委有没有执行率低于90%的项目？", "agency", "zh", YN)
    # off-topic
    b.refuse("说到上海的天气，明天会下雨吗？", "offtopic", "zh", TP)
    b.refuse("麻烦帮忙查一下明天去北京的高铁票。", "offtopic", "zhf", PO)
    b.refuse("把一首唐诗背给我听。", "offtopic", "zh", BB)
    b.refuse("用Python给列表排序的代码怎么写？", "offtopic", "zh", LA)
    b.refuse("被蚊子咬了一个大包，擦什么药好？", "offtopic", "zh", BB)
    # fields the forms lack
    b.refuse_or_clarify("运维项目的合同编号是多少来着，你查一下。", "missing", "zh", MID)
    b.refuse_or_clarify("说到二期，项目经理是谁？", "missing", "zh", TP)
    b.refuse_or_clarify("数据运营服务的供应商是不是本地企业？是哪家？", "missing", "zh", YN)
    b.refuse_or_clarify("烦请告知政务云服务费项目的采购方式。", "missing", "zhf", PO)
    b.refuse_or_clarify("升级改造项目是哪天开工的来着？", "missing", "zh", MID)
    b.refuse_or_clarify("管理经费的KPI考核负责人是谁？", "missing", "zh", LA)
    # projects the corpus lacks
    b.refuse_or_clarify(
        "说到随申办App运营，它的总分多少？", "unknown_project", "zh", TP, LA, missing="随申办App运营"
    )
    b.refuse_or_clarify(
        "一网统管平台建设项目是否评为优？", "unknown_project", "zh", YN, missing="一网统管平台建设"
    )
    b.refuse_or_clarify(
        "烦请告知电子证照库项目的全年执行数。", "unknown_project", "zhf", PO, missing="电子证照库"
    )
    b.refuse_or_clarify("健康码项目被扣了多少分，有数吗？", "unknown_project", "zh", BB, missing="健康码")
    b.refuse_or_clarify(
        "智慧城市项目的执行率多少，查得到吗？", "unknown_project", "zh", LB, missing="智慧城市"
    )
    # a fragment naming several projects
    b.refuse_or_clarify("说到一网通办，它的全年预算数是多少？", "ambiguous", "zh", TP, fragment="一网通办")
    b.refuse_or_clarify("平台项目的执行率是不是100%？", "ambiguous", "zh", YN, fragment="平台")
    b.refuse_or_clarify("运营服务的总分多少来着，你查一下。", "ambiguous", "zh", MID, fragment="运营服务")
    b.refuse_or_clarify("烦请告知基础设施项目的扣分。", "ambiguous", "zhf", PO, fragment="基础设施")
    b.refuse_or_clarify("大数据那个项目被扣了几分？", "ambiguous", "zh", BB, fragment="大数据")
    # nothing to refer to, or no one way to read it
    b.refuse_or_clarify("说到那个，怎么样了？", "vague", "zh", TP)
    b.refuse_or_clarify("它的情况是不是还算行？", "vague", "zh", YN)
    b.refuse_or_clarify("麻烦帮忙查一下那个数。", "vague", "zhf", PO)
    b.refuse_or_clarify("这个项目被扣了几分，说一下？", "vague", "zh", BB)
    b.refuse_or_clarify("哪个项目最有前途，你说说看？", "unclear", "zh", MID)
    b.refuse_or_clarify("哪些项目做得不太行，你给评评？", "unclear", "zh", MID)
    b.refuse_or_clarify("What's the 执行率 of that one?", "vague", "en", EN)


SECTIONS = (
    lookups,
    derived,
    indicators,
    reasons,
    ranks,
    filters,
    aggregate_filters,
    indicator_filters,
    aggregates,
    groups,
    compares,
    nesteds,
    proses,
    listings,
    follow_ups,
    refusals,
)


def build_book(records: list[dict[str, Any]] | None = None) -> Book9:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    book = book_of(Book9, "z", sample_records() if records is None else records)
    return written(book, SECTIONS)


def write_free12() -> dict[Path, int]:
    """Rewrite free12_sample.jsonl; return how many items it holds."""
    return write_items(FREE12_SAMPLE, build_book().items)
