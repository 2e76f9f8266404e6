"""The words of every slot kind, in Chinese and English.

A slot is a typed piece of a question: a field, a part of the form, a comparator, an order,
an aggregate, a pronoun… (``Kind``). Fields and parts take their words from ``bot.fields``;
every other kind's words live here, one table per kind. ``FUNCTION`` kinds carry no content
(question words, particles); every other kind is content that a template must consume.

Invariant: no entry names a project, a department or anything else of one corpus; names are
linked from the corpus itself (``bot.link``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.fields import FIELDS, PARTS, SCOPED_WORDS
from bot.numerals import DIGITS, EN_SMALL

Kind = Literal[
    "field",
    "part",
    "comp",
    "order",
    "ranking",
    "topk",
    "nth",
    "agg",
    "each",
    "group",
    "compare",
    "reason",
    "full",
    "notfull",
    "met",
    "notmet",
    "has",
    "rows",
    "rowfield",
    "pronoun",
    "number",
    "project",
    "ambiguous",
    "indicator",
    "year",
    "department",
    "prose",
    "unknown",
    "flag",
    "range",
    "diff",
    "exclude",
    "yesno",
    "grade",
    "ask",
    "which",
    "follow",
    "projword",
    "prep",
    "stop",
]
FUNCTION: frozenset[str] = frozenset({"ask", "which", "follow", "projword", "prep", "stop", "yesno"})


@dataclass(frozen=True)
class Entry:
    """What a word means: its slot kind and value."""

    kind: Kind
    value: str = ""


def _table(kind: Kind, rows: dict[str, tuple[str, ...]]) -> dict[str, Entry]:
    return {word: Entry(kind, value) for value, words in rows.items() for word in words}


_ORDER = {
    "desc": (
        "最高", "最多", "居首位", "居首", "位居首位", "排名居首", "居第一", "最大", "最好", "最优", "最强", "最靠前", "out in front", "ranks first", "in front", "最贵", "最快", "最充足", "最顶尖", "highest",
        "most high", "most big", "most large", "most", "largest", "biggest", "best", "greatest", "top", "strongest", "top-scoring",
        "best-performing", "最牛", "最棒", "最厉害", "最出色", "最突出", "首位", "排名首位", "榜首", "头名", "最高者", "counting from the top", "counted from the top", "from the top", "leads", "leads on", "lead on", "led on", "led the field on", "was ahead on", "lead the field", "leads the field", "lead the field on", "leads the field on", "leading", "comes out ahead", "out ahead", "ahead",
    ),
    "asc": (
        "最低", "最少", "居末位", "居末", "位居末位", "最小", "最差", "最弱", "垫底", "最靠后", "最末", "最不", "最后", "最后一名", "末位", "末尾", "最慢",
        "倒数第一", "sits last", "从下往上数", "从后往前数", "倒着数", "从低往高数", "lowest", "least", "smallest", "worst", "bottom",
        "fewest", "weakest", "poorest", "the less", "counting from the bottom", "from the bottom", "counted from the bottom",
        "worst-performing", "last", "comes last", "the last", "most low", "most small", "most little", "most poorly", "最差劲", "最拉胯", "最烂", "最糟", "最糟糕", "最菜", "最次", "trails on", "trailing on", "trail on", "trailed on", "trailed the field on", "was behind on", "trail the field", "trails the field", "trail the field on", "trails the field on", "trails in", "最低者",
    ),
}  # fmt: skip
_RANKING = {
    "desc": ("从高到低", "desc", "order by desc", "由高到低", "降序", "从大到小", "由大到小", "从多到少", "descending", "highest first"),
    "asc": ("从低到高", "asc", "由低到高", "升序", "从小到大", "由小到大", "从少到多", "ascending", "lowest first"),
    "": (
        "排名", "排序", "排行", "排一下", "排个序", "名次", "排", "排在", "排位", "位列", "位居", "名列", "居于", "居", "排第", "中排", "排进", "位于", "处于", "排列", "rank", "ranking", "ranked", "sort", "sorted",
        "order by", "ordered by", "in order of", "order",
    ),
}  # fmt: skip
_AGG = {
    "count": (
        "几个", "多少个", "多少项", "几项", "几条", "多少条", "个数", "总数", "数目", "多少家", "几家", "有多少个", "有几个", "数量",
        "有多少项", "有多少家", "how many",
        "number of", "count", "quantity of projects", "count of projects", "tally of projects",
    ),
    "sum": (
        "合计", "加一块", "加在一起", "加到一起", "加一起", "总计", "总和", "加起来", "一共", "总共", "累计", "共计", "总额", "汇总", "合起来", "小计", "加总",
        "sum", "total", "in total", "subtotal", "subtotals", "combined", "altogether", "summed", "add up", "adding up", "added up",
    ),
    "avg": ("平均", "均值", "算术平均", "算术平均值", "平均值", "平均数", "平均水平", "平均分", "平均得分", "平均下来", "平均线", "average", "mean", "on average", "avg", "average rate", "mean rate"),
    "median": ("中位数", "middle-of-the-pack", "middle of the pack", "中位数水平", "中位值", "中值", "中间值", "中间那个数", "中间数", "排中间", "排在中间", "排中间的", "中间的那个", "居中", "median", "middle value", "middle"),
    "max": ("最大值", "最高值", "峰值", "maximum", "max"),
    "share": (
        "占比", "所占比例", "占的比例", "占多少比例", "占百分之几", "占几成", "的比例是多少", "占全部项目的比例",
        "share of the projects", "share of projects", "proportion of the projects", "proportion of projects",
        "percentage of the projects", "percentage of projects", "fraction of the projects", "fraction of projects",
    ),
    "range": ("极差", "全距", "range of", "the range", "spread of", "max minus min", "maximum minus minimum", "highest minus lowest", "最大值减最小值", "最高减最低"),
    "min": ("最小值", "最低值", "minimum", "min"),
}  # fmt: skip
_COMP = {
    "lt": (
        "低于", "少于", "小于", "不足", "不到", "未满", "未达", "below", "under", "less than",
        "lower than", "fewer than", "smaller than", "beneath", "trail", "trails", "lag behind", "lags behind",
        "不够", "没到", "short of", "falls short of", "shy of", "够不上",
        "拖后腿", "拖了后腿", "拖了", "拖", "之下", "不满", "under the mark of", "below the mark of",
    ),
    "gt": (
        "高于", "超过", "大于", "多于", "超出", "高过", "above", "over", "more than", "greater than",
        "higher than", "exceeds", "exceeding", "exceeded", "topping", "surpassing", "surpassed", "north of", "beyond", "larger than", "beat", "beats", "outperform", "高出",
        "大过", "多过", "超出了", "之上", "不止", "beating", "beat out", "突破", "突破了", "in excess of", "excess of", "in excess",
        "outperforms", "exceed", "over and above", "above the mark of", "over the mark of",
    ),
    "ge": (
        "不低于", "不少于", "不小于", "至少达到", "至少达到了", "至少达", "起码达到", "no lower than", "not lower than", "no smaller than", "not smaller than", "no fewer than", "not fewer than", "至少", "以上", "及以上", "或以上", "起码", "达到", "达到了", "达", "at least",
        "reached", "reach", "hit",
        "no less than", "or more", "or above", "or higher", "not below", "not less than",
        "and above", "and over", "and more", "and higher", "or over", "满",
    ),
    "le": (
        "不高于", "不超过", "不大于", "no higher than", "not higher than", "no greater than", "not greater than", "no larger than", "no bigger than", "not exceeding", "not over", "至多", "顶多", "最多不超过", "封顶", "以下", "及以下", "或以下", "以内", "没超过", "未超过", "at most",
        "no more than", "or less", "or below", "or lower", "up to", "not above", "not more than",
        "and below", "and under", "and less", "and lower", "or under",
    ),
    "eq": ("等于", "恰好", "正好", "刚好", "恰为", "恰好为", "正好为", "刚好为", "正好是", "恰好是", "equal to", "equals", "exactly", "equal"),
    "ne": ("不等于", "不是", "不为", "not equal to", "other than"),
}  # fmt: skip
_EACH = {
    "": (
        "各", "各个", "每个", "每一个", "每", "分别", "各自", "逐个", "逐一", "列出", "列举", "罗列",
        "一一", "所有项目", "全部项目", "各项目", "每个项目", "点名", "点个名", "tabulate", "tabulated", "一览", "列一下", "列", "列出来", "逐项", "each", "every", "列个表", "列一个表", "列表", "清单", "名单", "做个表", "出个表",
        "respectively",
        "for each", "per project", "list", "all projects", "every project", "each project",
        "all the projects", "for all", "for every",
    ),
}  # fmt: skip
_GROUP = {
    "level1": (
        "一级指标", "各一级指标", "按一级指标", "按一级指标分", "一级", "level-1", "level 1", "top-level indicator",
        "first-level indicator", "first-level indicators", "first level indicator", "first level indicators",
        "first-level", "first level", "level one", "top level", "top-tier", "top tier", "top-tier category", "first-tier", "first tier", "first-tier category", "三大类指标", "三大类", "大类指标",
    ),
    "level2": (
        "二级指标", "各二级指标", "按二级指标", "按二级指标分", "二级", "指标类型", "指标类别", "哪类指标", "哪一类指标",
        "哪类", "哪一类", "哪种指标", "各类指标", "每类指标", "各类", "类别", "level-2", "level 2", "second-tier indicator type", "second-tier indicator",
        "indicator type", "indicator types", "kind of indicator", "type of indicator",
        "category", "categories", "kinds of indicators", "indicator category", "second-level indicator",
        "second-tier category", "second-tier", "second tier",
        "second-level indicators", "second level indicator", "second level indicators", "second-level",
        "second level", "level two",
    ),
    "department": (
        "按部门", "部门维度", "按部门维度", "分部门", "supervising department", "by supervising department", "supervising departments", "competent department", "by competent department", "按主管单位", "各主管单位", "各部门", "按主管部门", "各主管部门", "分主管部门", "每个部门", "分部门", "哪个部门", "各单位", "按单位", "by department", "per department",
        "each department", "for each department", "every department", "by agency", "per agency", "department",
        "departments",
    ),
    "year": (
        "按年度", "各年度", "每年", "历年", "逐年", "分年度", "哪一年", "各年", "每一年", "by year", "per year",
        "each year", "for each year", "every year", "in each year", "year by year", "per fiscal year",
        "按年份", "分年份", "各年份", "每个年份", "年份",
    ),
}  # fmt: skip
_COMPARE = {
    "desc": (
        "更高", "更多", "更大", "更好", "更强", "较高", "较多", "较大", "高一些", "多一些", "高些", "多些", "大些", "高", "强", "孰高", "谁高", "多", "多考", "多考了", "多拿", "多拿了",
        "higher", "more", "better", "larger", "bigger", "high", "more big", "more large", "more high",
        "outscore", "outscores", "outscored", "outperform", "outperforms", "outperformed", "更快", "快一些",
    ),
    "asc": (
        "更低", "更少", "更小", "更差", "较低", "较少", "较小", "低一些", "少一些", "低些", "少些", "小些", "低", "更拉胯", "拉胯", "更差劲", "弱", "孰低", "谁低", "较低者", "少", "少考", "少考了", "少拿", "少拿了",
        "lower", "less", "worse", "smaller", "fewer", "low", "trails", "more small", "more low", "less big",
        "更慢", "慢一些", "慢",
    ),
    "": (
        "比较", "对比", "相比", "相比较", "比一比", "比", "side by side", "head to head", "head-to-head", "哪个更", "哪一个更", "相较", "相较于", "较", "与之相比",
        "compare", "compared", "versus", "vs", "or", "between", "pk", "对比分析", "比较一下", "对比一下",
        "comparison", "in comparison with", "contrast", "relative to",
    ),
}  # fmt: skip
_REASON = {
    "": (
        "为什么", "为何", "原因", "怎么回事", "咋回事", "理由", "缘由", "为啥", "啥原因", "什么原因",
        "偏差原因", "偏差原因分析", "改进措施", "偏差分析", "原因分析", "差距原因", "整改措施", "问题原因", "deviation analysis", "variance explanation", "variance analysis", "root cause", "corrective actions", "improvement measures", "remedial measures", "deviation reason", "explanation of variance", "reason for the gap", "偏差", "因为什么", "咋", "怎么", "怎么会", "凭什么", "为什么会",
        "为啥会", "何故", "原因为何", "how come", "what went wrong", "held back", "held it back", "held them back", "what held", "what happened", "caused", "what caused", "why", "reason", "reasons",
        "explain", "cause", "causes", "explanation",
    ),
}  # fmt: skip
_FULL = {
    "": (
        "满分", "拿满分", "得满分", "拿了满分", "全拿", "没有扣分", "没扣分", "未扣分", "不扣分", "无扣分", "零扣分",
        "没被扣分", "没有被扣分", "没丢分", "没失分", "一分没丢", "一分未扣", "一分不扣", "一分没扣", "一分都没扣", "全拿满", "拿满", "全部拿满",
        "未被扣分", "没丢", "没扣", "一点没丢", "kept every point", "kept all points", "did not drop a point",
        "clean sheet", "scored perfectly", "kept a clean sheet", "kept a clean sheet on", "maxed out", "maxed", "perfectly", "full marks", "full score", "perfect score", "maximum score",
        "full points", "no points lost", "lost no points", "did not lose points", "didn't lose points",
        "did not lose any points", "lost nothing", "achieved full marks", "achieve full marks", "got full marks", "no deductions", "no deduction", "zero deductions", "had no deductions", "had no deduction",
        "get all points", "got all points", "gets all points", "get all the points", "got all the points", "gets all the points",
        "got all of the points", "received all points", "received all the points", "earned all points", "earned all the points",
        "scored all points", "scored all the points", "took all points", "took all the points", "get every point", "got every point",
        "a perfect score",
    ),
}  # fmt: skip
_NOTFULL = {
    "": (
        "没有满分", "没满分", "未满分", "没得满分", "没有得满分", "未获得满分", "不满分", "不是满分", "没拿满分", "未得满分", "非满分", "没拿到满分",
        "未获满分", "没拿满", "未拿满", "没有拿满", "didn't get full marks", "did not get full marks",
        "not full marks", "less than full marks", "without full marks", "not get full marks",
        "did not get full marks", "short of full marks", "below full marks", "under full marks", "scored below full marks", "not full", "not full score", "not get full score",
        "failed to get full marks", "failed to achieve full marks", "failed to score full marks", "fell short of full marks",
    ),
}  # fmt: skip
_MET = {
    "": ("达标", "达到目标", "完成目标", "实现目标", "达成目标", "达到预期", "met", "met target", "met the target", "met its target", "on target", "reached the target", "hit the target", "hit its target", "hit their targets", "hit targets", "hit their target"),
}  # fmt: skip
_NOTMET = {
    "": (
        "未达标", "没达标", "没有达标", "不达标", "未达到", "没达到", "没有达到", "未完成", "没完成",
        "没有完成", "未实现", "没实现", "未达成", "没达成", "未达预期", "missed", "miss", "misses", "not met",
        "fell short", "below target", "did not meet", "didn't meet", "failed to meet", "missed the target",
        "未完成年度目标值", "没做到", "没有做到", "未做到", "没完成目标", "没有达到目标", "未达目标", "没达到目标", "未达到目标", "未完成目标", "没有完成目标", "没实现目标", "未实现目标", "没达到目标值", "未达到目标值", "fall short of", "fell short of its",
        "not reach target", "not reach", "did not reach", "didn't reach", "not reach the target",
        "missed their targets", "missed its target", "missed targets", "missed their target",
        "did not meet their targets", "did not meet its target", "not meet the target", "fell short of",
        "short of target", "below their targets", "under target",
    ),
}  # fmt: skip
_HAS = {
    "yes": ("有", "included", "including a", "含", "含有", "中含", "包含", "包括", "设有", "设置了", "设置", "设了", "涉及", "带", "带有", "带了", "with", "has", "have", "having", "include", "includes", "including", "carry", "carries",
            "had", "set a", "set an", "set up", "sets", "contain", "contains", "contained",
            "were assessed on", "was assessed on", "assessed on"),
    "no": ("没有", "无", "不含", "缺少", "没设", "没有设", "未设置", "without", "lacking", "lacks", "lack", "no", "don't have",
           "do not have", "doesn't have", "does not have", "didn't have", "did not have", "don't has", "doesn't has"),
}  # fmt: skip
_ROWS = {
    "": (
        "指标", "三级指标", "指标项", "哪项指标", "哪个指标", "哪些指标", "绩效指标", "具体指标", "各项指标",
        "indicator", "indicators", "rows", "row", "items", "item", "indicator rows", "metrics", "metric", "kpi",
        "measure", "measures", "block", "方面的指标",
        "kpis", "类指标", "这项指标", "那项指标", "考核指标",
        "哪一条", "哪条", "哪几条", "哪些条", "这条指标", "那条指标", "这一条指标", "这条", "那条", "这一条",
    ),
}  # fmt: skip
_ROWFIELD = {
    "target": ("目标值", "年度指标值", "指标值", "目标", "计划指标值", "预定值", "planned value", "planned target", "performance target", "target level", "intended value", "committed value", "aiming for", "aim", "aimed at", "计划值", "预期值", "预期目标", "target", "targets", "target value", "goal value"),
    "actual": ("实际完成值", "实际值", "完成值", "实测值", "realised value", "realized value", "out-turn", "outturn", "actual out-turn", "actual outturn", "measured value", "actual attainment", "实际完成", "实际", "实际完成情况", "实际数值", "actual", "actuals", "actual value", "achieved value", "result", "实际达成", "达成", "实际做到", "做到",
        "actually achieve", "actually hit", "actually achieved", "achieve", "achieved", "actually", "deliver", "delivered", "actually deliver", "actually delivered", "干到", "干到了", "actual figure"),
}  # fmt: skip
_PRONOUN = {
    "subject": (
        "那它", "那它的", "那其", "那该项目", "那这个项目", "它呢", "它", "它的", "其", "该项目", "这个项目", "那个项目", "此项目", "这一项目", "该", "这个", "那个",
        "it", "its", "that project", "this project", "the same project", "that one", "this one",
    ),
    "result": (
        "那它们", "那他们", "那这些", "那这几个", "这些项目", "这几个", "这几个项目", "这些", "那些", "上述", "上述项目", "以上项目", "上列", "上列项目", "上列各项目", "上面这些", "上面这几个", "它们",
        "他们", "其中", "这里面", "这几个里面", "这里头", "这当中", "这其中", "这两个", "这三个", "这两个项目", "这三个项目", "前面这些",
        "they", "them", "their", "these", "those", "among them", "of these", "of them", "these projects",
        "those projects", "among these", "among those", "of those", "is that", "are those", "are they",
        "in that list", "on that list", "in the list", "on the list", "listed",
    ),
}  # fmt: skip
_ASK = {
    "": (
        "多少", "几", "是多少", "有多少", "百分之多少", "百分之几十", "什么", "是什么", "如何", "怎样", "怎么样", "多大", "多高", "咋样",
        "算出来多少", "算下来多少", "多少分钟", "是多少分钟", "多少小时", "是多少小时", "多少天", "多少次", "多少个", "多少人",
        "啥", "是啥", "分别是", "多少钱", "多钱", "多少元", "几分", "几次", "多少次", "高不高", "低不低",
        "多不多", "好不好", "够不够", "只有", "只", "才", "仅", "仅有", "how many points", "how many marks", "how much", "how", "what", "what's",
        "whats", "how high", "how low", "how big", "how large", "how wide", "value", "为何单位", "分别为何", "到什么程度", "什么程度", "程度如何", "到哪一步",
    ),
}  # fmt: skip
_WHICH = {
    "": ("anything", "anyone", "any project", "哪个", "哪些", "哪一个", "哪几个", "哪家", "哪项", "哪一项", "为何项", "为何者", "哪", "谁家", "谁", "whoever", "which", "who", "whose", "which one", "which ones"),
}  # fmt: skip
_FOLLOW = {
    "": (
        "呢", "那", "那么", "还有", "另外", "再", "and", "what about", "how about", "and what about", "then", "also",
        "just", "only", "just the", "only the", "只看", "单看", "光看", "只算", "只说", "switch", "switch to", "swap", "swap to", "same measure", "right behind", "just behind", "behind", "just above", "right above", "one above", "just below", "right below", "one below", "next in line", "the next one", "the one after it", "the one after that", "the one right after it", "下一名", "后一名", "上一名", "前一名", "往后一名", "再往后一名", "往前一名", "紧随其后", "紧跟其后", "换到", "now", "instead", "this time", "then what about",
    ),
}  # fmt: skip
_PROJWORD = {
    "": (
        "项目", "工程", "表", "自评表", "绩效自评表", "项目名称", "project", "projects", "budget line", "budget lines", "form", "forms",
        "programme", "programmes", "program", "programs",
    ),
}  # fmt: skip
_FLAG = {
    "budget_change:eq:0": (
        "没有调整", "没调整", "未调整", "未作调整", "没有调过", "无调整", "没有变化", "没变", "未变化", "没有变动",
        "not adjusted", "unchanged", "no budget change", "not changed", "was not adjusted", "were not adjusted",
    ),
    "budget_change:ne:0": (
        "调过", "调过没", "调过没有", "调没调", "调整没调整", "调整过没有", "调整过没", "动过", "动过没", "动没动", "有没有调整", "有调整", "调整过", "做过调整", "作了调整", "发生调整", "有变化", "有变动", "调整过的", "做了调整",
        "was adjusted", "were adjusted", "budget changed", "changed during the year", "adjusted during the year", "revised during the year",
    ),
    "budget_change:le:0": ("没有追加", "没追加", "未追加", "没有调增", "未调增", "not topped up"),
    "budget_change:ge:0": ("没有压减", "no budget cut", "no budget cuts", "without a budget cut", "not had a budget cut", "没压减", "未压减", "没有调减", "未调减", "not cut"),
    "budget_change:gt:0": ("追加", "追加了", "追加预算", "调增", "调增了", "increased during the year", "topped up"),
    "budget_change:lt:0": ("budget cut", "budget cuts", "a budget cut", "压减", "压减了", "调减", "调减了", "预算被砍", "预算砍了", "预算被砍了", "预算砍掉", "预算被砍掉", "预算被削减", "预算削减", "预算削减了", "cut during the year", "reduced during the year"),
    "unspent:gt:0": (
        "没花完", "没用完", "没有花完", "没有用完", "没执行完", "未执行完", "有结余", "有剩余", "没有全部执行",
        "未全部执行", "did not spend all", "didn't spend all", "have money left", "has money left",
    ),
    "unspent:lt:0": ("超支", "超预算", "超出预算", "overspent", "overspend", "over budget", "went over budget", "exceeded the budget", "exceeded their budget", "exceeded its budget"),
    "unspent:eq:0": (
        "花完了", "全部花完", "用完了", "全部用完", "全部执行", "执行完毕", "花光", "用光", "全部执行完",
        "spent everything", "spent all", "fully spent", "spent it all", "spent all of",
    ),
}  # fmt: skip
_DIFF = {
    "": (
        "变化", "变化了", "变化了多少", "相差", "相差多少", "差了多少", "差额", "差多少", "how far apart", "far apart", "差几分", "差了几分", "相差几分", "高出几分", "高出多少", "多出多少", "多出几分", "高了几分", "高了多少", "差值", "差距", "差了",
        "多多少", "高多少", "多出", "多出多少", "多出来", "多出来多少", "高出来", "高出来多少", "separate", "gap", "the gap", "之差", "的差", "多了多少", "少多少", "低多少", "高出多少", "少了多少", "by how many",
        "超出多少", "多少个百分点", "相差多少个百分点", "差多少个百分点", "少拿了几分", "少拿了多少分", "多拿了几分", "多拿了多少分", "少拿几分", "多拿几分", "高几个百分点", "低几个百分点", "几个百分点", "差几个百分点", "how many percentage points",
        "by how much", "how much higher", "how much lower", "how much more", "how much less", "how many more",
        "difference", "difference between", "differ", "gap between", "variance between", "variance against", "budget variance",
        "减去", "减掉", "minus", "how much bigger", "how much larger", "how much smaller", "how much greater",
    ),
}  # fmt: skip
_EXCLUDE = {
    "before": (
        "除", "除了", "除去", "除开", "刨去", "刨除", "刨掉", "剔除", "去掉", "排除", "不算", "不含", "不包括", "不计", "不计入", "excluding", "except",
        "except for", "apart from", "other than", "aside from", "leaving out", "not counting", "besides",
        "without counting", "setting",
    ),
    "after": ("以外", "之外", "外", "先不管", "不算在内", "除外", "aside", "excluded", "left out"),
}  # fmt: skip
_YESNO = {
    "": (
        "是否", "是不是", "有没有", "有无", "算不算", "能不能", "是否为", "是否达到", "是不是都", "吗", "whether",
        "is it true", "or not", "check whether", "check if",
    ),
}  # fmt: skip
LIST_VERBS = frozenset(
    (
        "list",
        "show",
        "列出",
        "列出来",
        "列一下",
        "列举",
        "列示",
        "列",
        "点名",
        "点个名",
        "tabulate",
        "tabulated",
    )
)
"""Verbs that ask for a list (列一下, list): not a measure, read where a list is what is asked."""

TOTAL_WORDS = frozenset(("总分", "总得分", "自评总分", "total score", "overall score", "total"))
ALL_PROJECTS = frozenset(
    (
        "all projects",
        "all the projects",
        "every project",
        "each project",
        "所有项目",
        "全部项目",
        "各项目",
        "各个项目",
    )
)
"""The words of the whole corpus said as projects (所有项目中…, 各项目的质量指标里, among all projects)."""
AMOUNT_ASKED = ("多少", "几", "how many", "how much")
"""Words asking an amount (扣了多少分, how many points), as against which or whether."""
"""The words of the form's total score (总分), as against a kind's points."""

EACH_SAID = re.compile(r"分别|各自|各是|各为|\beach\b", re.IGNORECASE)
"""Each one's, said outright (预算差额分别是多少, total budget of each): never their sum or difference."""

_GRADE = {
    "优": ("优", "优秀", "excellent", "outstanding"),
    "良": ("良", "良好", "good"),
    "中": ("中等", "合格", "及格", "fair", "pass", "passing"),
    "差": ("较差", "不合格", "不及格", "poor", "fail", "failing"),
}  # fmt: skip
_PREP = {"": ("on", "in", "for", "of", "regarding", "about", "across", "among")}
_STOP = {
    "": (
        "的", "了", "是", "在", "和", "与", "及", "跟", "同", "以及", "并且", "都", "也", "请", "请问", "一下",
        "告诉", "告诉我", "我", "我们", "想", "想知道", "知道", "查", "查询", "查一下", "看", "看看",
        "看一下", "给出", "给我", "显示", "帮我", "帮忙", "麻烦", "能", "能否", "可以", "呀", "啊", "吧",
        "啦", "哦", "里", "里面", "中", "当中", "之中", "所有", "全部", "得", "地", "着", "过", "对", "对于",
        "关于", "按照", "按", "根据", "数据", "数值", "数", "值", "情况", "金额", "钱", "元", "万元", "个", "项",
        "家", "被", "把", "让", "给", "为", "从", "到", "上", "之", "则", "而", "就", "还", "又", "整体",
        "具体", "一共有", "共有", "拿", "拿了", "获得", "得了", "取得", "情况下", "来看", "来说",
        "方面", "分别为", "为多少", "一些", "哪里", "下", "其它",
        "其他", "本年度", "今年", "大家", "各位", "咱们", "人", "次", "条", "台", "套", "篇", "件", "户", "座", "份", "张", "种", "批",
        "万人", "人次", "万人次", "亿次", "万次", "小时", "天", "月", "日", "且", "而且", "同时", "并",
        "之间", "区间", "范围内", "and also", "both", "自评", "绩效", "类", "统计", "分类", "评了", "评为",
        "被评为", "获评", "评定", "评定为", "评了个", "共", "三类", "两类", "几类", "四类", "rmb", "cny", "place",
        "places", "position", "yuan", "break down", "烦请", "告知", "请予", "说明", "请说明", "提供", "请提供",
        "具体数值", "问下", "问一下", "来着", "那项", "这项", "那块", "这块", "这一项", "那一项", "块",
        "下属", "最终", "额度", "找出", "找一下", "列示", "报一下", "报", "thx", "thanks", "pls", "please", "kindly",
        "算算", "算一下", "帮我算算", "kind", "kinds", "表里", "表中", "表内", "压根", "根本",
        "confirm", "verify", "summarise", "summarize", "attain", "attains", "on the basis of", "occupy", "occupies", "still",
        "name", "table", "where", "part", "parts", "section", "area", "下来", "一下子", "者", "为何物", "批复",
        "存在", "情形", "方面的", "上面", "里头", "当中的", "嘛", "呗", "哈", "哟", "吗？",
        "放宽到", "放宽至", "放宽", "收紧到", "提高到", "降到", "降低到", "调到", "改为", "光是", "单是", "仅仅", "alone", "挂了", "挂着", "到位", "type", "types", "老几", "在几个项目里", "在几个项目中",
        "set", "figure out", "tell me", "what's the", "final", "revised", "breakdown", "broken down", "show", "shows", "'s", "年度", "全年", "当年", "本", "年", "度", "等", "呢？", "?", "？",
        "the", "a", "an", "is", "are", "was", "were", "be", "been", "at", "to",
        "by", "from", "me", "tell", "give", "do", "does", "did", "self-evaluation", "self evaluation",
        "self-assessment", "self assessment", "in its self-evaluation", "in its self-assessment", "into", "carried a",
        "carried an", "according to its stated results", "according to its stated goals",
        "according to its goals", "according to its results", "according to its form", "as stated in its goals",
        "stated in its goals", "stated in the goals", "according to", "stated", "really", "truly", "经核", "经核实",
        "经查", "经审核", "itself", "themselves", "perfect", "translate to", "translates to", "correspond to",
        "corresponds to", "fell", "but", "single", "set aside", "been set aside", "kind of", "kinds of", "type of", "types of", "of the seven",
        "among the seven",
        "there", "that", "this", "i", "we", "you", "can", "could", "would", "than", "as",
        "get", "got", "gets", "received", "receive", "earn", "earned",         "any", "all", "out", "s", "know", "like", "to be", "one", "ones", "amount",
        "figure", "number", "year", "fiscal", "fy", "so", "far", "much", "many", "whole", "money", "算", "定", "定的",
        "这么", "这么多", "那么多", "更", "split", "split across", "percentage points",         "year end", "end of the year", "计算", "请计算", "设定", "设定为", "设置为", "全都", "都有", "部分", "一点",
        "went", "come", "come in", "comes in", "during", "during the year", "report", "reported", "reports", "reporting", "achieving", "expressed", "expressed as a percentage", "out of a possible", "统共", "总共有", "分组", "分组求和", "out of all of them", "of all of them", "out of all", "over the course of", "over the course", "in the course of", "if the form states one", "if the form states it", "if the forms state it", "if the form says", "if stated", "if available", "in yuan", "at year's end", "at year end", "shared", "were tied", "tied", "if any", "if there were several", "if there are several", "i'm curious", "i am curious", "curious", "i wonder", "according to the form", "according to the forms", "in the end", "瞅瞅", "瞅", "帮我瞅瞅", "瞧瞧", "瞅一眼", "看一眼", "折合", "both ends included", "ends included", "inclusive", "assigned", "was assigned", "mid-year", "mid year", "if so", "and if so", "kept", "keep", "keeps", "obtain", "obtained", "obtains", "full-year", "何", "何种", "什么样", "换成", "换", "还是",
        "均", "都是", "后腿", "的时候", "那时候", "三块", "两块", "各块", "take", "same for", "the same for", "结果", "名下",
        "系统内", "列明", "逐项列明", "请予列明", "了解", "想了解", "核实", "请核实", "核查", "经核查", "确认",
        "据报道", "报道称", "报道说", "据称", "据悉", "有媒体称", "媒体称", "稿件写", "稿件称", "稿件中写", "稿子里写",
        "有人说", "听说", "这一说法", "这个说法", "该说法", "属实", "准确数字", "准确数",
        "实际数字", "表内填报为", "填报为", "填报", "is it true that", "is it true", "is it correct that",
        "really", "give the exact figure", "the exact figure", "exact figure", "what figure is on the form",
        "想确认", "请教", "想请教", "请教一下", "i'd like", "i would like", "whichever", "您好", "你好", "筛一下", "筛出", "筛出来", "筛一筛", "告诉我不", "能告诉我不", "知道不", "如有", "如有请列明", "那换", "如按", "若按", "如果按", "并列", "含并列", "并列的", "主要", "主要是", "谢谢", "谢谢您", "念", "念一下", "说一下", "报个数", "figures", "secure", "secured",
        "land", "landed", "end up", "ended up", "track", "tracks", "look like", "sits", "stand",
        "came in", "sit", "is in", "are in", "up", "安排", "安排的", "可用", "额", "全", "评", "属于", "include any ties",
        "ties", "tie", "tie的", "改按", "改为", "改成", "改看", "换为", "成", "put", "came", "in line on", "in line for", "the field", "好吗", "介于", "back in", "back", "select", "return", "names", "name,", "group", "group by", "one row per project", "all rows", "row per project", "amt", "专门", "中途", "这一块", "干得", "做得", "表现得", "进一步", "请进一步", "评上", "评上了", "控制在", "得分除以分值", "实得分除以分值", "按得分除以分值", "database", "the database", "经审定", "审定", "经", "测算", "请测算", "one line per project", "one line per", "one line each", "recorded", "发了", "portfolio", "across the portfolio", "the portfolio", "in the portfolio", "scorecard", "on the scorecard", "纳入评价", "纳入", "参与评价", "参评", "纳入评价的", "on record", "of record", "人民币", "出去", "里头的",
        "in the data", "in the corpus", "in the database", "data", "are there", "is there",
        "funds in", "left", "with their", "along with", "together with", "预算年度", "财政年度", "filter", "filter一下", "再filter一下", "筛", "那几项", "这几项", "那几块", "那部分", "这部分", "那一块", "somewhere", "scale", "rating scale", "collect", "collected", "说俩数", "俩数", "check", "口径", "按口径", "条线", "板块", "side", "annual", "整", "报上来", "看下", "说下", "说说", "三者", "两者", "二者", "cycle", "budget cycle", "fiscal cycle", "calendar year", "calendar", "群众", "hi", "hello", "hey", "维度", "层面", "落在", "处于", "范围", "ranging", "graded", "rated", "evaluated", "assessed", "provide", "please provide", "allocated", "allocated to", "state", "identify", "我要", "核对", "逐个核对", "逐个", "were given", "given", "出现", "出现在", "i need", "we need", "i want", "look up", "lookup", "pull up", "fetch", "retrieve", "find", "find me", "quick question", "question", "just wondering", "wondering", "打了", "打", "写的", "写的是", "填的", "填的是", "写了", "填了", "break", "down", "available", "fall", "falls", "相关", "相关情况", "有关情况", "against", "的话",
    ),
}  # fmt: skip


def _build() -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for kind, rows in (
        ("stop", _STOP),
        ("prep", _PREP),
        ("flag", _FLAG),
        ("diff", _DIFF),
        ("exclude", _EXCLUDE),
        ("yesno", _YESNO),
        ("grade", _GRADE),
        ("projword", _PROJWORD),
        ("follow", _FOLLOW),
        ("which", _WHICH),
        ("ask", _ASK),
        ("pronoun", _PRONOUN),
        ("has", _HAS),
        ("rows", _ROWS),
        ("rowfield", _ROWFIELD),
        ("reason", _REASON),
        ("compare", _COMPARE),
        ("group", _GROUP),
        ("each", _EACH),
        ("comp", _COMP),
        ("agg", _AGG),
        ("ranking", _RANKING),
        ("order", _ORDER),
        ("full", _FULL),
        ("notfull", _NOTFULL),
        ("met", _MET),
        ("notmet", _NOTMET),
    ):
        table.update(_table(kind, rows))  # type: ignore[arg-type]
    for spec in PARTS.values():
        for word in (*spec.words_zh, *spec.words_en):
            table[word] = Entry("part", spec.name)
    for field in FIELDS.values():
        for word in (*field.words_zh, *field.words_en):
            table[word] = Entry("field", field.key)
    for word, (key, part) in SCOPED_WORDS.items():
        table[word] = Entry("field", f"{key}@{part}")
    return {word.lower(): entry for word, entry in table.items()}


WORDS: dict[str, Entry] = _build()
"""Every word of every slot kind (lower case), later tables overriding earlier ones."""

EN_PHRASE_WORDS = frozenset(part for w in WORDS if w.isascii() for part in w.split())
"""Every word of an English phrase (full-year of "full-year allocation" stays whole)."""
CJK_WORDS = frozenset(w for w in WORDS if any("\u4e00" <= ch <= "\u9fff" for ch in w))
EN_PHRASES: dict[int, frozenset[str]] = {
    n: frozenset(w for w in WORDS if w not in CJK_WORDS and len(w.split()) == n) for n in range(1, 7)
}

CHINESE_NUMERALS = {ch: n for ch, n in DIGITS.items() if n} | {"十": 10}
ENGLISH_NUMBERS = {w: n for w, n in EN_SMALL.items() if 1 <= n <= 10} | {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip

GLOSSARY: tuple[tuple[str, str], ...] = (
    ("operation and maintenance", "运维"),
    ("operations and maintenance", "运维"),
    ("o&m", "运维"),
    ("ops & maintenance", "运维"),
    ("ops and maintenance", "运维"),
    ("maintenance", "运维"),
    ("infrastructure", "基础设施"),
    ("infra", "基础设施"),
    ("e-gov cloud", "政务云"),
    ("gov cloud", "政务云"),
    ("gov", "政务"),
    ("portal", "平台"),
    ("e-government cloud", "政务云"),
    ("government cloud", "政务云"),
    ("one-stop services", "一网通办"),
    ("one-stop service", "一网通办"),
    ("one-stop", "一网通办"),
    ("one stop services", "一网通办"),
    ("government online-offline", "一网通办"),
    ("government online offline", "一网通办"),
    ("online-offline", "一网通办"),
    ("e-government", "政务"),
    ("cloud", "云"),
    ("phase ii", "二期"),
    ("phase 2", "二期"),
    ("phase two", "二期"),
    ("second phase", "二期"),
    ("phase i", "一期"),
    ("phase iii", "三期"),
    ("upgrade", "升级改造"),
    ("renovation", "改造"),
    ("information system", "信息系统"),
    ("resource platform", "资源平台"),
    ("big data", "大数据"),
    ("data", "数据"),
    ("platform", "平台"),
    ("resource", "资源"),
    ("resources", "资源"),
    ("management", "管理"),
    ("administration", "管理"),
    ("administrative", "管理"),
    ("operation", "运营"),
    ("operations", "运营"),
    ("operating", "运营"),
    ("service", "服务"),
    ("services", "服务"),
    ("funds", "经费"),
    ("expenses", "经费"),
    ("fund", "经费"),
    ("funding", "经费"),
    ("prepaid", "预付费"),
    ("e-gov", "政务"),
    ("e-government", "政务"),
    ("e-licence", "电子证照"),
    ("e-license", "电子证照"),
    ("phase two", "二期"),
    ("phase-two", "二期"),
    ("phase ii", "二期"),
    ("phase 2", "二期"),
    ("prepayment", "预付费"),
    ("fee", "费"),
    ("fees", "费"),
    ("center", "中心"),
    ("centre", "中心"),
    ("network", "网络"),
    ("security", "安全"),
    ("cybersecurity", "网络安全"),
    ("construction", "建设"),
    ("system", "系统"),
    ("systems", "系统"),
    ("public health", "公共卫生"),
    ("health", "卫生健康"),
    ("education", "教育"),
    ("transport", "交通"),
    ("traffic signal", "交通信号"),
    ("traffic", "交通"),
    ("environment", "环境"),
    ("ecology", "生态"),
    ("civil affairs", "民政"),
    ("culture", "文化"),
    ("tourism", "旅游"),
    ("monitoring", "监测"),
    ("certificate", "证照"),
    ("certificates", "证照"),
    ("licence", "证照"),
    ("license", "证照"),
    ("electronic", "电子"),
    ("archives", "档案"),
    ("archive", "档案"),
    ("digitisation", "数字化"),
    ("digitization", "数字化"),
    ("credit", "信用"),
    ("emergency", "应急"),
    ("command", "指挥"),
    ("medical insurance", "医保"),
    ("settlement", "结算"),
    ("parking", "停车"),
    ("guidance", "诱导"),
    ("water quality", "水质"),
    ("elderly care", "养老"),
    ("campus", "校园"),
    ("smart", "智慧"),
    ("city operation", "城市运行"),
    ("governance", "治理"),
    ("special", "专项"),
    ("relics", "文物"),
    ("cultural relics", "文物"),
)
"""English words of public-sector project names and their Chinese equivalents, so that
"the cloud project" can link to a project named in Chinese. General vocabulary only."""


# English names of Chinese government departments: the usual translation of each stem and of
# each kind of body (委员会 commission, 局 bureau, 厅 department …). A stem missing here leaves
# that department's English name unread (asked back), never misread.
DEPARTMENT_STEMS: dict[str, tuple[str, ...]] = {
    "卫生健康": ("health", "health and wellness"),
    "卫生和计划生育": ("health and family planning",),
    "教育": ("education",),
    "交通": ("transport", "transportation"),
    "财政": ("finance",),
    "民政": ("civil affairs",),
    "生态环境": ("ecology and environment", "ecological environment", "ecology and environmental"),
    "环境保护": ("environmental protection",),
    "文化和旅游": ("culture and tourism",),
    "大数据": ("big data",),
    "发展和改革": ("development and reform",),
    "公安": ("public security",),
    "人力资源和社会保障": ("human resources and social security",),
    "住房和城乡建设": ("housing and urban-rural development", "housing and urban rural development"),
    "住房和城乡建设管理": ("housing and urban-rural development", "housing and urban rural development"),
    "农业农村": ("agriculture and rural affairs",),
    "商务": ("commerce",),
    "审计": ("audit",),
    "科学技术": ("science and technology",),
    "水务": ("water", "water affairs"),
    "规划和自然资源": ("planning and natural resources",),
    "自然资源": ("natural resources",),
    "市场监督管理": ("market supervision", "market regulation", "market supervision and administration"),
    "体育": ("sport", "sports"),
    "司法": ("justice",),
    "应急管理": ("emergency management",),
    "经济和信息化": ("economy and informatization", "economy and information technology"),
    "统计": ("statistics",),
    "税务": ("taxation",),
    "医疗保障": ("healthcare security", "medical security", "medical insurance"),
    "退役军人事务": ("veterans affairs",),
    "机关事务管理": ("government offices administration",),
}
DEPARTMENT_KINDS: dict[str, tuple[str, ...]] = {
    "委员会": ("commission", "committee"),
    "局": ("bureau", "administration"),
    "厅": ("department",),
    "中心": ("center", "centre"),
    "办公室": ("office",),
}
GLOSSARY += tuple(
    (english, stem)
    for stem, names in DEPARTMENT_STEMS.items()
    for english in names
    if english not in {e for e, _ in GLOSSARY}
)
"""A department's stem is a glossary phrase too (the Finance Bureau's credit platform: 财政 of
财政局信用平台), and one joined by "and" (ecology and environment) stays one phrase, so the "and"
inside it does not part a project's English name in two."""
CITIES: dict[str, str] = {
    "上海市": "shanghai",
    "北京市": "beijing",
    "天津市": "tianjin",
    "重庆市": "chongqing",
}


PLACES: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
    "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "长沙", "郑州", "青岛", "宁波",
    "厦门", "合肥", "济南", "沈阳", "大连", "哈尔滨", "长春", "昆明", "南宁", "福州", "南昌", "贵阳",
    "太原", "石家庄", "兰州", "乌鲁木齐", "呼和浩特", "无锡", "佛山", "东莞", "雄安",
    "浦东新区", "浦东", "黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区",
    "宝山区", "嘉定区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区",
    "朝阳区", "海淀区", "东城区", "西城区", "丰台区", "滨海新区", "两江新区",
)  # fmt: skip
"""Provinces, large cities and districts: an unread word that begins with one the corpus's names
and prose never mention is another region's question (北京的政务云项目), refused as such."""
EN_PLACES: dict[str, str] = {
    "beijing": "北京", "tianjin": "天津", "shanghai": "上海", "chongqing": "重庆", "hebei": "河北",
    "shanxi": "山西", "liaoning": "辽宁", "jilin": "吉林", "heilongjiang": "黑龙江", "jiangsu": "江苏",
    "zhejiang": "浙江", "anhui": "安徽", "fujian": "福建", "jiangxi": "江西", "shandong": "山东",
    "henan": "河南", "hubei": "湖北", "hunan": "湖南", "guangdong": "广东", "hainan": "海南",
    "sichuan": "四川", "guizhou": "贵州", "yunnan": "云南", "shaanxi": "陕西", "gansu": "甘肃",
    "qinghai": "青海", "taiwan": "台湾", "inner mongolia": "内蒙古", "guangxi": "广西", "tibet": "西藏",
    "ningxia": "宁夏", "xinjiang": "新疆", "hong kong": "香港", "macau": "澳门", "macao": "澳门",
    "guangzhou": "广州", "shenzhen": "深圳", "hangzhou": "杭州", "nanjing": "南京", "suzhou": "苏州",
    "chengdu": "成都", "wuhan": "武汉", "xi'an": "西安", "xian": "西安", "changsha": "长沙",
    "zhengzhou": "郑州", "qingdao": "青岛", "ningbo": "宁波", "xiamen": "厦门", "hefei": "合肥",
    "jinan": "济南", "shenyang": "沈阳", "dalian": "大连", "harbin": "哈尔滨", "kunming": "昆明",
    "xiong'an": "雄安", "pudong": "浦东",
}  # fmt: skip
"""The same regions by their English names (Guangdong province, the Beijing bureau)."""
