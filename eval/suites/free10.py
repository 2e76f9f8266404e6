"""A tenth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words nor any earlier question list. Five people ask, none
of them met in the earlier suites: a people's-congress deputy (人大代表) asking pointed oversight
questions (为什么…扣分, 哪个项目…最差, 到底, 点名); a municipal audit-bureau auditor in written
Chinese (分别, 各, 均, 合计, 不足, 未达, 超过, 以上, 以下, 以内, 请予列出, 经审计); a retired cadre in
old-fashioned, roundabout words (请问一下…来着, 我想了解一下…); a WeChat user writing without
punctuation, with spaces for pauses and with abbreviations (执行率, 执行数, 满意度, 预算); and a
bilingual analyst pasting Chinese field and project names into English sentences (What is the
执行率 of 运维?). About four questions in five are in Chinese. The weight is on rankings (top and
bottom N, 第二 and 倒数第二, the place of a named project), value thresholds written many ways,
conversations of two or three turns leaning on pronouns and ellipsis, stated and derived fields
of one project, one indicator of one project, reasons, indicator kinds, nested questions and
comparisons; every other intent is asked too, and more than thirty-five questions must be
refused or asked back. Each question stands next to the oracle call (eval/suites/free_book.py,
Book8 of eval/suites/free8.py, Book9 of eval/suites/free9.py) that answers it;
``python -m eval.suites build-free10`` writes ``free10_sample.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book9 reads only the
  oracle's tables and the export records, never ``bot``);
- the place of a named project is asked only where no project ties with it or above it;
- a value threshold equal to some project's value is asked only in words that say whether the
  bound is included (不低于, 及以上, 至少, no higher than, 达到); 以上, 以下 and 之间 are used only with
  bounds no project's value equals;
- a shortened Chinese project name singles out its project (tests/test_free10_suite.py checks
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

FREE10_SAMPLE = Path(__file__).parent / "free10_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"
SAT2 = "服务对象满意度指标"

ND, AU, RC, WC, BL = (
    "persona:npc-deputy",
    "persona:auditor",
    "persona:retired-cadre",
    "persona:wechat",
    "persona:bilingual",
)


# -- stated fields of one project ----------------------------------------------------------------
def lookups(b: Book9) -> None:
    b.lookup("请问一下，数据运营服务那个项目的年初预算是多少来着？", P7, "initial", "zh", RC)
    b.lookup(
        "我想了解一下基础设施运维这个项目，全年的预算一共是多少？", P3, "budget", "zh", RC, a="基础设施运维"
    )
    b.lookup("麻烦问一下，政务云那个预付费的项目，钱实际花出去多少了？", P5, "executed", "zh", RC, a="政务云")
    b.lookup("我想了解一下，大数据中心管理工作经费的执行率是多少来着？", P6, "rate", "zh", RC)
    b.lookup(
        "我记得一网通办运营服务打过一个分，总分是多少来着？", P1, "total", "zh", RC, a="一网通办运营服务"
    )
    b.lookup(
        "请问一下二期那个大数据资源平台，年初的时候预算是多少？", P4, "initial", "zh", RC, a="大数据资源平台"
    )
    b.lookup("升级改造 全年预算多少", P2, "budget", "zhc", WC, a="升级改造")
    b.lookup("运维执行数多少", P3, "executed", "zhc", WC, a="运维")
    b.lookup("政务云那个 执行率咋样", P5, "rate", "zhc", WC, a="政务云")
    b.lookup("管理经费总分几分啊", P6, "total", "zhc", WC, a="管理经费")
    b.lookup("二期 年初预算 多少钱", P4, "initial", "zhc", WC, a="二期")
    b.lookup("一网通办运营 执行数是多少", P1, "executed", "zhc", WC, a="一网通办运营")
    b.lookup(
        "经审计，上海市“一网通办”平台信息系统（2021升级改造）全年执行数为多少元？", P2, "executed", "zhf", AU
    )
    b.lookup("请提供上海市大数据资源平台（二期）预算执行率数据。", P4, "rate", "zhf", AU)
    b.lookup("审计需核对：“一网通办”运营服务年初预算数为多少元？", P1, "initial", "zhf", AU)
    b.stated("数据运营服务项目的实施单位为哪一单位？", P7, "unit", "zhf", AU)
    b.lookup("作为人大代表我想问，数据运营服务的自评总分到底是多少？", P7, "total", "zh", ND)
    b.lookup(
        "政务云基础设施服务费这个项目，2021年实际执行了多少钱？",
        P5,
        "executed",
        "zh",
        ND,
        a="政务云基础设施服务费",
    )
    b.lookup("What is the 执行率 of 运维?", P3, "rate", "en", BL, a="运维")
    b.lookup("Can you tell me the 全年预算 for 数据运营服务?", P7, "budget", "en", BL)
    b.lookup("What's the 总分 of 升级改造 in its self-evaluation?", P2, "total", "en", BL, a="升级改造")
    b.lookup("How much is the 年初预算 of 管理经费?", P6, "initial", "en", BL, a="管理经费")
    b.lookup("What's the 执行数 for the 政务云 project?", P5, "executed", "en", BL, a="政务云")
    b.lookup("Give me the 总分 for 一网通办运营, please.", P1, "total", "en", BL, a="一网通办运营")


# -- derived fields of one project ---------------------------------------------------------------
def derived(b: Book9) -> None:
    b.derived(
        "请问一下，管理工作经费年中调整以后，预算比年初少了多少来着？",
        P6,
        "change",
        "zh",
        RC,
        a="管理工作经费",
    )
    b.derived("我想了解数据运营服务这个项目被扣了几分。", P7, "lost", "zh", RC)
    b.derived("请问一下运维那个项目，评下来是个什么等级？", P3, "grade", "zh", RC, a="运维")
    b.derived("大数据资源平台（二期）一共被扣了多少分？", P4, "lost", "zh", ND, a="大数据资源平台（二期）")
    b.derived(
        "作为代表我关心，管理工作经费到底还有多少预算没花出去？", P6, "unspent", "zh", ND, a="管理工作经费"
    )
    b.derived("“一网通办”运营服务全年预算数与全年执行数之间的差额为多少元？", P1, "unspent", "zhf", AU)
    b.derived("上海市政务云基础设施服务费（预付费）自评得分较满分不足多少分？", P5, "lost", "zhf", AU)
    b.derived(
        "大数据中心管理工作经费由年初预算数调整至全年预算数，减少金额合计多少元？", P6, "change", "zhf", AU
    )
    b.level1("上海市大数据资源平台（二期）效益指标得分率为多少？", P4, BEN, "rate", "zhf", AU)
    b.level1("“一网通办”运营服务产出指标合计得分为多少？", P1, OUT, "score", "zhf", AU)
    b.derived("二期 剩多少钱没用完", P4, "unspent", "zhc", WC, a="二期")
    b.derived("政务云评级是啥", P5, "grade", "zhc", WC, a="政务云")
    b.derived("一网通办运营总共被扣了几分", P1, "lost", "zhc", WC, a="一网通办运营")
    b.level1("运维满意度那块得分率多少", P3, SAT, "rate", "zhc", WC, a="运维")
    b.derived(
        "What's the 扣分 of 升级改造, i.e. how far below 100 did it land?", P2, "lost", "en", BL, a="升级改造"
    )
    b.derived("What 评级 did 管理经费 get?", P6, "grade", "en", BL, a="管理经费")
    b.derived("How much 未执行金额 is left in 运维?", P3, "unspent", "en", BL, a="运维")
    b.level1("What is the 得分率 that 数据运营服务 achieved on its 满意度指标?", P7, SAT, "rate", "en", BL)


# -- one indicator of one project ----------------------------------------------------------------
def indicators(b: Book9) -> None:
    b.named(
        "请问一下，数据运营服务里面质量问题整改率这个指标，目标值定的是多少来着？",
        "质量问题整改率",
        "target",
        "zh",
        RC,
        name=P7,
    )
    b.named(
        "上海市大数据资源平台（二期）系统功能模块使用率实际完成值为多少？",
        "系统功能模块使用率",
        "actual",
        "zhf",
        AU,
        name=P4,
    )
    b.named("数据治理程度这个指标，数据运营服务才得了几分？", "数据治理程度", "score", "zh", ND, name=P7)
    b.indicator("二期 满意度指标扣了几分", P4, SAT2, "lost", "zhc", WC, a="二期")
    b.indicator("政务云 时效指标 得分", P5, "时效指标", "score", "zhc", WC, a="政务云")
    b.indicator("基础设施-运维项目经济效益指标分值为多少？", P3, "经济效益指标", "weight", "zhf", AU)
    b.indicator(
        "What's the 权重 of the 社会效益指标 in 政务云?", P5, "社会效益指标", "weight", "en", BL, a="政务云"
    )
    b.named(
        "For 运维, what's the actual value (实际完成值) of 系统故障平均恢复时长?",
        "系统故障平均恢复时长",
        "actual",
        "en",
        BL,
        name=P3,
        a="运维",
    )
    b.indicator(
        "一网通办运营服务质量指标被扣了多少分？", P1, "质量指标", "lost", "zh", ND, a="一网通办运营服务"
    )
    b.indicator(
        "我想了解一下管理工作经费的社会效益指标，最后得了多少分来着？",
        P6,
        "社会效益指标",
        "score",
        "zh",
        RC,
        a="管理工作经费",
    )
    b.indicator("数据运营服务成本指标实际完成值为多少？", P7, "成本指标", "actual", "zhf", AU)
    b.named(
        "What target value (目标值) did the 运维 project set for its 核心系统连续提供服务能力时长(时/天) indicator?",
        "核心系统连续提供服务能力时长(时/天)",
        "target",
        "en",
        BL,
        name=P3,
        a="运维",
    )
    b.indicator("数据运营 社会效益指标 权重多少", P7, "社会效益指标", "weight", "zhc", WC, a="数据运营")
    b.indicator(
        "上海市政务云基础设施服务费（预付费）数量指标扣减分值为多少？", P5, "数量指标", "lost", "zhf", AU
    )


# -- why points were lost ------------------------------------------------------------------------
def reasons(b: Book9) -> None:
    b.reason("政务云基础设施服务费为什么扣了6分多？扣分原因是什么？", P5, "zh", ND, a="政务云基础设施服务费")
    b.reason("二期社会效益指标为什么扣分？", P4, "zh", ND, a="二期", level2="社会效益指标")
    b.reason("请说明基础设施-运维项目时效指标扣分原因。", P3, "zhf", AU, level2="时效指标")
    b.reason("我想了解一下，大数据中心管理工作经费为啥被扣了那么多分？", P6, "zh", RC)
    b.reason("数据运营为啥扣分", P7, "zhc", WC, a="数据运营")
    b.reason("What 扣分原因 did 升级改造 give?", P2, "en", BL, a="升级改造")
    b.reason("Why did 一网通办运营 lose points on 满意度指标?", P1, "en", BL, a="一网通办运营", level1=SAT)
    b.reason(
        "一网通办运营服务经济效益指标扣了分，原因是什么？",
        P1,
        "zh",
        ND,
        a="一网通办运营服务",
        level2="经济效益指标",
    )
    b.reason(
        "请说明上海市政务云基础设施服务费（预付费）数量指标未得满分的原因。", P5, "zhf", AU, level2="数量指标"
    )


# -- rankings and places ---------------------------------------------------------------------------
def ranks(b: Book9) -> None:
    b.rank("哪个项目的自评总分最差？", "total", False, "zh", ND)
    b.rank("全年预算最多的项目是哪一个？", "budget", True, "zh", ND)
    b.rank("扣分最多的前两个项目是哪两个？", "lost", True, "zh", ND, n=2, top=True)
    b.rank("哪个项目剩下没花的钱最多？", "unspent", True, "zh", ND)
    b.rank("全年执行数位居第二的项目为何项？", "executed", True, "zhf", AU, n=2)
    b.rank("各项目中年初预算数排名末位的是哪一项？", "initial", False, "zhf", AU)
    b.rank("自评总分排名前四的项目分别为哪些？", "total", True, "zhf", AU, n=4, top=True)
    b.rank("未执行金额居第二位的项目为哪一项？", "unspent", True, "zhf", AU, n=2)
    b.rank("请问一下，预算执行率最低的是哪个项目来着？", "rate", False, "zh", RC)
    b.rank("我想了解一下，总分排第三的是哪个项目？", "total", True, "zh", RC, n=3)
    b.rank("请问扣分第二少的是哪个项目来着？", "lost", False, "zh", RC, n=2)
    b.rank("执行数最多的是哪个", "executed", True, "zhc", WC)
    b.rank("总分倒数第三 哪个项目", "total", False, "zhc", WC, n=3)
    b.rank("预算前三 都是哪些", "budget", True, "zhc", WC, n=3, top=True)
    b.rank("满意度得分最高的是谁", "satisfaction", True, "zhc", WC)
    b.rank("年初预算倒数第二是哪个", "initial", False, "zhc", WC, n=2)
    b.rank("Which project ranks second-lowest by 全年预算?", "budget", False, "en", BL, n=2)
    b.rank("Top 3 projects by 总分, please.", "total", True, "en", BL, n=3, top=True)
    b.rank("Which project has the lowest 满意度得分?", "satisfaction", False, "en", BL)
    b.rank("Bottom 2 by 执行率?", "rate", False, "en", BL, n=2, top=True)
    b.rank("Which project has the smallest 扣分?", "lost", False, "en", BL)
    b.rank("Which one ranks third by 年初预算?", "initial", True, "en", BL, n=3)
    b.rank("扣分最多的三个项目是哪几个？点名说一下。", "lost", True, "zh", ND, n=3, top=True)
    # the place of a named project
    b.place("政务云服务费的总分在七个项目里排第几？", P5, "total", True, "zh", ND, a="政务云服务费")
    b.place("按总分从低到高排，管理工作经费排在第几位？", P6, "total", False, "zh", ND, a="管理工作经费")
    b.place("上海市大数据资源平台（二期）全年执行数位列第几？", P4, "executed", True, "zhf", AU)
    b.place("数据运营服务未执行金额由高到低排序位居第几？", P7, "unspent", True, "zhf", AU)
    b.place("请问一下，运维的年初预算在所有项目里排老几来着？", P3, "initial", True, "zh", RC, a="运维")
    b.place(
        "我想了解一下，一网通办运营服务的满意度得分排第几？",
        P1,
        "satisfaction",
        True,
        "zh",
        RC,
        a="一网通办运营服务",
    )
    b.place("升级改造 预算排第几", P2, "budget", True, "zhc", WC, a="升级改造")
    b.place("政务云 扣分排第几", P5, "lost", True, "zhc", WC, a="政务云")  # 4th from either end
    b.place("数据运营满意度排第几", P7, "satisfaction", True, "zhc", WC, a="数据运营")
    b.place("Where does 数据运营服务 rank by 总分?", P7, "total", True, "en", BL)
    b.place(
        "What's the 排名 of 管理经费 by 执行数, counting from the top?",
        P6,
        "executed",
        True,
        "en",
        BL,
        a="管理经费",
    )
    b.place("Counting from the bottom, where is 运维 by 执行率?", P3, "rate", False, "en", BL, a="运维")


# -- thresholds ------------------------------------------------------------------------------------
def filters(b: Book9) -> None:
    b.filter("全年预算数不足2000万元的项目有哪些？", "budget", "lt", 20_000_000, "zhf", AU, "money:2000万元")
    b.filter("预算执行率未达100%的项目请予列出。", "rate", "lt", 100, "zhf", AU)
    b.filter("自评总分超过95分的项目有哪些？", "total", "gt", 95, "zhf", AU)
    b.filter(
        "全年执行数在5000万元以上的项目有哪些？", "executed", "gt", 50_000_000, "zhf", AU, "money:5000万元"
    )
    b.filter("未执行金额在10万元以内的项目有哪些？", "unspent", "le", 100_000, "zhf", AU, "money:10万元")
    b.filter("满意度指标得分在9分以下的项目有哪些？", "satisfaction", "lt", 9, "zhf", AU)
    b.filter("扣减分值超过8分的项目请列出。", "lost", "gt", 8, "zhf", AU)
    b.filter_range(
        "年初预算数在3000万元以上、1亿元以下的项目有哪些？",
        "initial",
        30_000_000,
        100_000_000,
        "zhf",
        AU,
        "money:3000万元",
    )
    b.filter("总分没到90分的是哪些项目？", "total", "lt", 90, "zh", ND)
    b.filter("执行率低于99%的项目有哪些，请点名。", "rate", "lt", 99, "zh", ND)
    b.filter("扣分在5分以上的项目都有哪些？", "lost", "gt", 5, "zh", ND)
    b.filter("全年预算过亿的项目有哪几个？", "budget", "gt", 100_000_000, "zh", ND, "money:过亿")
    b.filter("没花掉的钱超过100万元的项目有哪些？", "unspent", "gt", 1_000_000, "zh", ND, "money:100万元")
    b.filter("请问一下，总分不低于93分的项目都有哪几个来着？", "total", "ge", 93, "zh", RC)
    b.filter(
        "我想了解，年初预算在两千万以下的都是哪些项目？",
        "initial",
        "lt",
        20_000_000,
        "zh",
        RC,
        "money:两千万",
    )
    b.filter("请问执行率达到百分之百的项目是哪几个？", "rate", "ge", 100, "zh", RC)
    b.filter_range("总分92到96之间的", "total", 92, 96, "zhc", WC)
    b.filter("执行数不到两千万的", "executed", "lt", 20_000_000, "zhc", WC, "money:两千万")
    b.filter("满意度得分满分的项目", "satisfaction", "eq", 10, "zhc", WC)
    b.filter("扣分少于4分的", "lost", "lt", 4, "zhc", WC)
    b.filter("预算在4000万及以上的有哪些", "budget", "ge", 40_000_000, "zhc", WC, "money:4000万")
    # 政务云 spent 39,999,900: just under the bound
    b.filter("执行数超过4000万的", "executed", "gt", 40_000_000, "zhc", WC, "money:4000万")
    b.filter("Which projects have a 执行率 of at least 99.5%?", "rate", "ge", 99.5, "en", BL)
    b.filter("Which projects have a 总分 no higher than 91?", "total", "le", 91, "en", BL)
    b.filter_range(
        "List projects whose 全年预算 is between 20 and 50 million yuan.",
        "budget",
        20_000_000,
        50_000_000,
        "en",
        BL,
        "money:million",
    )
    b.filter("Which projects lost more than 7 points (扣分)?", "lost", "gt", 7, "en", BL)
    b.filter("Projects with 满意度得分 of 9 or above?", "satisfaction", "ge", 9, "en", BL)
    b.filter(
        "Which projects' 未执行金额 is under 1,000 yuan?", "unspent", "lt", 1000, "en", BL, "money:digits"
    )
    b.filter(
        "Which projects had a 年初预算 greater than 80 million yuan?",
        "initial",
        "gt",
        80_000_000,
        "en",
        BL,
        "money:million",
    )


def aggregate_filters(b: Book9) -> None:
    b.filter_aggregate("全年执行数高于各项目平均水平的项目有哪些？", "executed", "above_avg", "zhf", AU)
    b.filter_aggregate("请问一下，满意度得分比平均分低的有哪些项目？", "satisfaction", "below_avg", "zh", RC)
    b.filter_aggregate("扣分比中位数多的有哪些", "lost", "above_median", "zhc", WC)
    b.filter_aggregate("Which projects have a 总分 above the average?", "total", "above_avg", "en", BL)


def indicator_filters(b: Book9) -> None:
    b.filter_kind("哪些项目在满意度指标上被扣了分？", SAT, "deducted", "zh", ND)
    b.filter_kind("社会效益指标扣了分的项目都有哪些？", "社会效益指标", "deducted", "zh", ND)
    b.filter_kind("经济效益指标存在扣分的项目请予列出。", "经济效益指标", "deducted", "zhf", AU)
    b.lacking("未设置社会效益指标的项目为哪一项？", "社会效益指标", "zhf", AU)
    b.filter_kind("我想了解一下，哪些项目的产出指标一分没扣？", OUT, "full", "zh", RC)
    b.filter_kind("质量指标被扣分的有哪些", "质量指标", "deducted", "zhc", WC)
    b.filter_kind("有生态效益指标的项目", "生态效益指标", "has", "zhc", WC)
    b.filter_kind("Which projects lost points on 数量指标?", "数量指标", "deducted", "en", BL)
    b.filter_kind("Which projects kept full marks on 效益指标?", BEN, "full", "en", BL)
    b.filter_kind("请问，哪几个项目时效指标被扣过分来着？", "时效指标", "deducted", "zh", RC)
    b.unmet("数据运营服务年度指标未达到指标值的有哪几项？", P7, "zhf", AU)


# -- numbers over every project --------------------------------------------------------------------
def aggregates(b: Book9) -> None:
    b.aggregate("七个项目全年执行数合计为多少元？", "executed", "sum", "zhf", AU)
    b.aggregate("各项目预算执行率均值为多少？", "rate", "avg", "zhf", AU)
    b.count_kind("一共有几个项目在满意度指标上被扣了分？", SAT, "deducted", "zh", ND)
    b.count_all("请问一下，总共有多少个项目来着？", "zh", RC)
    b.count_cmp("执行率满百分百的 一共几个", "rate", "ge", 100, "zhc", WC)
    b.aggregate("What's the median 总分 across the projects?", "total", "median", "en", BL)
    b.aggregate("What's the highest 未执行金额 of any project?", "unspent", "max", "en", BL)
    b.aggregate("总分最低多少分", "total", "min", "zhc", WC)
    b.count_cmp("自评总分低于90分的项目数量为几个？", "total", "lt", 90, "zhf", AU)


def groups(b: Book9) -> None:
    b.group("请按二级指标分别列示各类指标扣减分值合计。", "level2", "deduction", "zhf", AU)
    b.group("各个一级指标一共被扣了多少分？", "level1", "deduction", "zh", ND)
    b.group(
        "我想了解一下，政务云那个项目各个一级指标的得分分别是多少来着？",
        "level1",
        "score",
        "zh",
        RC,
        name=P5,
        a="政务云",
    )
    b.group("Break down 运维's 得分率 by 一级指标.", "level1", "rate", "en", BL, name=P3, a="运维")


# -- comparisons -----------------------------------------------------------------------------------
def compares(b: Book9) -> None:
    b.compare(
        "二期和升级改造，哪个项目的总分更低？", [P4, P2], "total", False, "zh", ND, a=["二期", "升级改造"]
    )
    b.compare(
        "政务云服务费和运维相比，哪个没花完的钱更多？",
        [P5, P3],
        "unspent",
        True,
        "zh",
        ND,
        a=["政务云服务费", "运维"],
    )
    b.compare(
        "数据运营服务与基础设施-运维全年执行数相比，哪一项较大？", [P7, P3], "executed", True, "zhf", AU
    )
    b.gap(
        "大数据中心管理工作经费与上海市大数据资源平台（二期）年初预算数相差多少元？",
        [P6, P4],
        "initial",
        "zhf",
        AU,
    )
    b.compare(
        "请问一下，一网通办运营服务跟升级改造比，哪个满意度得分高一点？",
        [P1, P2],
        "satisfaction",
        True,
        "zh",
        RC,
        a=["一网通办运营服务", "升级改造"],
    )
    b.compare("数据运营 管理经费 哪个扣分多", [P7, P6], "lost", True, "zhc", WC, a=["数据运营", "管理经费"])
    b.compare("政务云跟二期 执行率谁高", [P5, P4], "rate", True, "zhc", WC, a=["政务云", "二期"])
    b.compare(
        "Which has the higher 全年预算, 运维 or 政务云?",
        [P3, P5],
        "budget",
        True,
        "en",
        BL,
        a=["运维", "政务云"],
    )
    b.compare(
        "Between 升级改造 and 一网通办运营, which has the lower 执行数?",
        [P2, P1],
        "executed",
        False,
        "en",
        BL,
        a=["升级改造", "一网通办运营"],
    )
    b.gap(
        "How much higher is 二期's 总分 than 数据运营's?", [P4, P7], "total", "en", BL, a=["二期", "数据运营"]
    )
    b.compare_kind(
        "政务云服务费和数据运营服务的社会效益指标哪个得分更高？",
        [P5, P7],
        "社会效益指标",
        True,
        "zh",
        ND,
        a=["政务云服务费", None],
    )


# -- composed questions ----------------------------------------------------------------------------
def nesteds(b: Book9) -> None:
    b.nested("总分最低的那个项目，全年预算是多少？", "total", False, "budget", "zh", ND)
    b.nested("扣分最多的项目到底为什么被扣分？", "lost", True, "why", "zh", ND)
    b.nested("全年执行数最高的项目，其预算执行率为多少？", "executed", True, "rate", "zhf", AU)
    b.nested("请列示未执行金额最大的项目的自评等级。", "unspent", True, "grade", "zhf", AU)
    b.nested("请问一下，满意度得分最高的那个项目，总分是多少来着？", "satisfaction", True, "total", "zh", RC)
    b.nested("预算最少的那个 总分多少", "budget", False, "total", "zhc", WC)
    b.nested("满意度最低的项目为啥扣分", "satisfaction", False, "why", "zhc", WC)
    b.nested("What's the 全年预算 of the project with the highest 总分?", "total", True, "budget", "en", BL)
    b.nested("What's the 执行数 of the project with the lowest 执行率?", "rate", False, "executed", "en", BL)


# -- facts the goal text states ----------------------------------------------------------------------
def proses(b: Book9) -> None:
    b.prose("数据运营服务一共对接了全市几个区？", P7, r"对接全市(\d+)个区", "zh", ND)
    b.prose(
        "请问一下，运维那个项目要求故障在多少分钟内修复来着？", P3, r"(\d+)分钟内修复", "zh", RC, a="运维"
    )
    b.prose(
        "大数据中心管理工作经费年度目标中，工作人员满意度达到多少？",
        P6,
        r"工作人员满意度达(\d+)%",
        "zhf",
        AU,
        unit="%",
    )
    b.prose(
        "How many 地方标准化指导性技术文件 did 数据运营服务 release, per its goals?",
        P7,
        r"(\d+)项地方标准化指导性技术文件",
        "en",
        BL,
    )


# -- a field of every project ------------------------------------------------------------------------
def listings(b: Book9) -> None:
    b.listing("各项目全年预算数分别为多少？", "budget", "zhf", AU)
    b.listing("每个项目的总分都报一下。", "total", "zh", ND)
    b.listing("请问一下各个项目的评级分别是什么来着？", "grade", "zh", RC)
    b.listing("各项目扣分多少 都列一下", "lost", "zhc", WC)
    b.listing("List the 执行率 for every project.", "rate", "en", BL)


# -- conversations -----------------------------------------------------------------------------------
def follow_ups(b: Book9) -> None:
    names = b.o.names()
    b.follow_value(["哪个项目扣分最多？", "那它的执行率是多少？"], P6, "rate", "zh", ND)
    b.follow_value(
        ["政务云服务费的总分是多少？", "那二期呢？"],
        P4,
        "total",
        "zh",
        ND,
        refs=[Ref("政务云服务费", P5), Ref("二期", P4)],
    )
    under_full = b.passing("rate", "lt", 100)
    b.follow_list(
        ["执行率低于100%的项目有哪些？", "其中总分最低的是哪个？"],
        b.o.nth("total", 1, False, under_full),
        "total",
        under_full,
        "zh",
        ND,
    )
    b.follow_value(
        ["请问一下运维的年初预算是多少来着？", "那全年预算呢？"],
        P3,
        "budget",
        "zh",
        RC,
        refs=[Ref("运维", P3)],
    )
    b.follow_list(
        ["我想了解一下总分排第一的是哪个项目？", "第二名呢？"],
        b.o.nth("total", 2, True, names),
        "total",
        names,
        "zh",
        RC,
    )
    b.follow_why(["请问数据运营服务扣了几分来着？", "为什么扣的？"], P7, "zh", RC)
    b.follow_value(["二期 执行数多少", "那预算呢"], P4, "budget", "zhc", WC, refs=[Ref("二期", P4)])
    b.follow_value(["满意度最低的是哪个", "它总分多少"], P4, "total", "zhc", WC)
    b.follow_value(
        ["升级改造和运维 哪个总分高", "那低的那个执行率多少"],
        P3,
        "rate",
        "zhc",
        WC,
        refs=[Ref("升级改造", P2), Ref("运维", P3)],
    )
    top3 = b.o.top("budget", 3, True, names)
    b.follow_list(
        ["预算前三是哪些", "里面执行率最低的是哪个"],
        b.o.nth("rate", 1, False, top3),
        "rate",
        top3,
        "zhc",
        WC,
    )
    b.follow_value(
        ["What's the 总分 of 管理经费?", "And its 扣分?"], P6, "lost", "en", BL, refs=[Ref("管理经费", P6)]
    )
    b.follow_value(
        ["Which project has the top 执行数?", "What about its 满意度得分?"], P1, "satisfaction", "en", BL
    )
    b.follow_compare(
        ["Compare 二期 and 政务云 on 执行率.", "Which is higher?"], [P4, P5], "rate", True, "en", BL
    )
    over95 = b.passing("total", "gt", 95)
    b.follow_number(
        ["总分超过95分的项目有哪些？", "上述项目全年预算数合计为多少？"],
        {
            "value": round(b.o.aggregate("budget", "sum", over95), 4),
            "unit": "元",
            "tolerance": 50,
            "projects": over95,
        },
        b.rows("budget", over95),
        "zhf",
        AU,
        "sum",
    )
    eco = b.with_kind("经济效益指标", "deducted")
    b.follow_compare(
        ["经济效益指标存在扣分的项目有哪些？", "其中执行率较低的是哪一项？"], eco, "rate", False, "zhf", AU
    )
    b.follow_count(
        ["满意度指标哪些项目被扣了分？", "一共几个？"], b.with_kind(SAT, "deducted"), "satisfaction", "zh", ND
    )
    b.follow_place(
        ["请问一下一网通办运营服务的总分是多少来着？", "在所有项目里排第几？"],
        P1,
        "total",
        True,
        "zh",
        RC,
        refs=[Ref("一网通办运营服务", P1)],
    )
    b.follow_list(
        ["执行率最低是哪个", "倒数第二呢"], b.o.nth("rate", 2, False, names), "rate", names, "zhc", WC
    )
    b.follow_list(
        ["数据运营预算多少", "那一网通办运营呢", "哪个更高"],
        b.o.nth("budget", 1, True, [P7, P1]),
        "budget",
        [P7, P1],
        "zhc",
        WC,
    )
    b.follow_why(
        ["Which project has the highest 满意度得分?", "Why did the lowest one lose points?"],
        b.winner("satisfaction", False),
        "en",
        BL,
        level1=SAT,
    )
    b.follow_gap(
        ["二期的满意度指标扣了几分？", "跟政务云服务费比差多少？"],
        [P4, P5],
        "satisfaction",
        "zh",
        ND,
        refs=[Ref("二期", P4), Ref("政务云服务费", P5)],
    )
    b.follow_value(
        ["请问管理工作经费的执行率是多少来着？", "那年初预算跟全年预算差了多少？"],
        P6,
        "change",
        "zh",
        RC,
        refs=[Ref("管理工作经费", P6)],
    )
    b.follow_kind(
        ["运维 时效指标扣了吗", "扣了几分"], P3, "时效指标", "lost", "zhc", WC, refs=[Ref("运维", P3)]
    )
    below93 = b.passing("total", "lt", 93)
    b.follow_mean(
        ["Which projects have 总分 below 93?", "And what's their average 执行率?"], "rate", below93, "en", BL
    )
    b.follow_value(
        ["哪个项目没花完的钱最少？", "那最多的呢？", "它扣了几分？"],
        b.winner("unspent", True),
        "lost",
        "zh",
        ND,
    )
    b.follow_value(
        ["全年预算数排名第二的项目为哪一项？", "该项目自评总分为多少？"],
        b.o.nth("budget", 2, True, names)[0],
        "total",
        "zhf",
        AU,
    )
    (only,) = b.passing("total", "lt", 90)
    b.follow_value(["总分90以下的有谁", "它执行率多少"], only, "rate", "zhc", WC)


# -- to refuse or ask back -----------------------------------------------------------------------------
def refusals(b: Book9) -> None:
    # other years
    b.refuse("2022年数据运营服务的预算比2021年增加了多少？", "year", "zh", ND)
    b.refuse("请列示2020年度各项目自评总分。", "year", "zhf", AU)
    b.refuse("请问一下，前年运维项目的执行率是多少来着？", "year", "zh", RC)
    b.refuse("23年政务云预算多少", "year", "zhc", WC)
    b.refuse("What was the 执行率 of 二期 in 2019?", "year", "en", BL)
    b.refuse("跟上一年比，管理工作经费的总分是升了还是降了？", "year", "zh", ND)
    # other agencies
    b.refuse("市教委的项目绩效自评总分是多少？", "agency", "zh", ND)
    b.refuse("请列示上海市卫生健康委员会各项目全年执行数。", "agency", "zhf", AU)
    b.refuse("徐汇区大数据中心 有哪些项目", "agency", "zhc", WC)
    b.refuse("What's the average 总分 of projects at the Shanghai Finance Bureau?", "agency", "en", BL)
    b.refuse("请问一下，市公安局的信息化项目预算是多少来着？", "agency", "zh", RC)
    # off-topic
    b.refuse("今天股市行情咋样", "offtopic", "zhc", WC)
    b.refuse("请问一下，退休工资什么时候调整来着？", "offtopic", "zh", RC)
    b.refuse("请帮我写一份人大代表建议的开头。", "offtopic", "zh", ND)
    b.refuse("What's a good recipe for 红烧肉?", "offtopic", "en", BL)
    b.refuse("审计报告的标准格式是什么？", "offtopic", "zhf", AU)
    # fields the forms lack
    b.refuse_or_clarify("请列示各项目政府采购合同金额。", "missing", "zhf", AU)
    b.refuse_or_clarify("数据运营服务项目有多少名工作人员？", "missing", "zh", ND)
    b.refuse_or_clarify("运维 项目负责人是谁", "missing", "zhc", WC)
    b.refuse_or_clarify("What's the 立项时间 of the 政务云 project?", "missing", "en", BL)
    b.refuse_or_clarify("请问一下，二期项目是哪天验收的来着？", "missing", "zh", RC)
    # projects the corpus lacks
    b.refuse_or_clarify("一网统管项目扣了多少分？", "unknown_project", "zh", ND, missing="一网统管")
    b.refuse_or_clarify("随申码项目 执行率", "unknown_project", "zhc", WC, missing="随申码")
    b.refuse_or_clarify(
        "请问一下，电子政务外网建设项目的预算是多少来着？",
        "unknown_project",
        "zh",
        RC,
        missing="电子政务外网建设",
    )
    b.refuse_or_clarify(
        "What's the 总分 of the 城市大脑 project?", "unknown_project", "en", BL, missing="城市大脑"
    )
    b.refuse_or_clarify(
        "公共数据开放平台项目全年执行数为多少？", "unknown_project", "zhf", AU, missing="公共数据开放平台"
    )
    # a fragment naming several projects
    b.refuse_or_clarify("平台那个项目为什么扣分？", "ambiguous", "zh", ND, fragment="平台")
    b.refuse_or_clarify("大数据 那个项目总分", "ambiguous", "zhc", WC, fragment="大数据")
    b.refuse_or_clarify(
        "请问一下，一网通办那个项目的执行率是多少来着？", "ambiguous", "zh", RC, fragment="一网通办"
    )
    b.refuse_or_clarify("基础设施项目全年预算数为多少？", "ambiguous", "zhf", AU, fragment="基础设施")
    b.refuse_or_clarify(
        "What's the 执行数 of the 运营服务 project?", "ambiguous", "en", BL, fragment="运营服务"
    )
    # nothing to refer to, or no one way to read it
    b.refuse_or_clarify("那个呢", "vague", "zhc", WC)
    b.refuse_or_clarify("这个项目怎么样？", "vague", "zh", ND)
    b.refuse_or_clarify("请问一下，那个项目后来怎么样了？", "vague", "zh", RC)
    b.refuse_or_clarify("And the 执行率?", "vague", "en", BL)
    b.refuse_or_clarify("上述项目的整改情况如何？", "vague", "zhf", AU)
    b.refuse_or_clarify("哪个项目做得最有意义？", "unclear", "zh", ND)


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
    book = book_of(Book9, "t", sample_records() if records is None else records)
    return written(book, SECTIONS)


def write_free10() -> dict[Path, int]:
    """Rewrite free10_sample.jsonl; return how many items it holds."""
    return write_items(FREE10_SAMPLE, build_book().items)
