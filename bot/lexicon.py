"""Words the rule planner keys on, in Chinese and English.

Invariant: metric patterns are tried in order, most specific first, so that 满意度得分 means
satisfaction and 预算执行得分 the funds score, not the overall score.
"""

from __future__ import annotations

import re

METRIC_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        ("funds_score", r"预算执行得分|资金得分|执行率得分|budget execution score|funds? score"),
        ("satisfaction", r"满意|satisf"),
        ("execution_rate", r"执行率|execution rate|execution|执行情况"),
        ("initial_budget", r"年初预算|initial budget|original budget|start of the year"),
        (
            "executed",
            r"执行数|执行金额|实际支出|支出|花了|花费|用了多少钱|\bspent\b|\bspend|expenditure|executed",
        ),
        ("deduction", r"扣分|失分|扣了|丢分|lost points|points lost|deduct|lose points|lost the most"),
        ("full_year_budget", r"预算|资金总额|经费多少|budget|funding"),
        ("output_score", r"产出指标得分|产出得分|output score"),
        ("benefit_score", r"效益指标得分|效益得分|benefit score"),
        (
            "total_score",
            r"总分|自评得分|自评分|得分|分数|评分|成绩|评级|等级|多少分|overall|total score|\bscores?\b|\bscored\b|grade|rating",
        ),
    )
)

RANK = re.compile(
    r"最高|最低|最多|最少|最好|最差|排名|排序|排行|从高到低|从低到高|由高到低|由低到高|降序|升序|"
    r"前[一二三四五六七八九十\d]+|倒数|highest|lowest|\bbest\b|\bworst\b|\btop\b|\brank|\bmost\b|"
    r"\bleast\b|\bsort|\border\b|bottom|\bmax(imum)?\b|\bmin(imum)?\b",
    re.IGNORECASE,
)
ASCENDING = re.compile(
    r"最低|最少|最差|从低到高|由低到高|升序|倒数|lowest|\bworst\b|\bleast\b|bottom|ascending|\bmin(imum)?\b|fewest",
    re.IGNORECASE,
)
LISTING = re.compile(
    r"列出|排名|排序|排行|从高到低|从低到高|由高到低|由低到高|\blist\b|\brank|\bsort|\border\b", re.I
)
AGGREGATE = re.compile(
    r"几个|多少个|多少项|总数|一共|总共|合计|总计|总和|加起来|平均|均值|how many|number of|\bsum\b|\btotal\b(?!\s+score)|"
    r"\baverage\b|\bmean\b|in total|combined|altogether|\bcount\b",
    re.IGNORECASE,
)
AVERAGE = re.compile(r"平均|均值|average|\bmean\b", re.IGNORECASE)
COUNT = re.compile(r"几个|多少个|多少项|总数|how many|number of|\bcount\b", re.IGNORECASE)
REASON = re.compile(r"为什么|为何|原因|怎么回事|\bwhy\b|\breasons?\b|explain", re.IGNORECASE)
INDICATOR_LEVEL = re.compile(r"指标|三级|\bindicators?\b|\brows?\b|\bitems?\b", re.IGNORECASE)
FULL_MARKS = re.compile(r"满分|full marks|full score|perfect score|maximum points", re.IGNORECASE)
NOT_FULL = re.compile(r"没有满分|未满分|不是满分|没拿满分|not full|without full|not get full|lost any", re.I)
INDICATOR_FIELDS = re.compile(
    r"目标值|指标值|实际值|完成值|实际完成|年度指标|偏差|\btarget|\bactual|分值|\bweight\b", re.IGNORECASE
)
COMPARATORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (op, re.compile(pattern, re.IGNORECASE))
    for op, pattern in (
        ("le", r"不高于|不超过|不大于|至多|\d\s*[%％分元]?\s*(?:及|或)?以下|\bat most\b|\bno more than\b"),
        ("ge", r"不低于|不少于|不小于|至少|\d\s*[%％分元]?\s*(?:及|或)?以上|\bat least\b|\bno less than\b"),
        (
            "lt",
            r"低于|少于|小于|不足|不到|未达到|\bbelow\b|\bunder\b|\bless than\b|\blower than\b|\bfewer than\b",
        ),
        (
            "gt",
            r"高于|超过|大于|多于|\babove\b|\bover\b|\bmore than\b|\bgreater than\b|\bhigher than\b|\bexceed",
        ),
    )
)
NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(%|％|分|万元|亿元|万|亿|元|points?|percent)?", re.IGNORECASE)
ORDINAL = re.compile(
    r"第\s*([一二三四五六七八九十\d]+)\s*(?:名|位|个)|(\d+)(?:st|nd|rd|th)\b|"
    r"\b(first|second|third|fourth|fifth|sixth|seventh)\b",
    re.IGNORECASE,
)
TOP_N = re.compile(r"前\s*([一二三四五六七八九十\d]+)|\btop\s*(\d+|three|five|two|ten)\b", re.I)
PRONOUN = re.compile(
    r"它|其|该项目|这个项目|那个项目|这一项目|这些项目|上述|他们|\bit\b|\bits\b|that project|this project|\bthey\b|\bthem\b|\btheir\b",
    re.IGNORECASE,
)
FOLLOW_UP = re.compile(r"呢[？?]?$|^那|^还有|^and\b|^what about|^how about|^and what", re.IGNORECASE)
TEXT_HINT = re.compile(
    r"完成了|完成多少|多少|覆盖|几项|哪些工作|做了什么|目标是什么|目标|内容|成效|情况|"
    r"what did|how many|which work|\bgoal|achiev|cover|deliver|complete",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|fiscal|FY)?", re.IGNORECASE)
AGENCY = re.compile(
    r"([\u4e00-\u9fa5]{2,12}?(?:局|委员会|卫健委|发改委|委|厅|部门|研究院|医院|学校|大学|公司|政府))"
)
UNKNOWN_PROJECT = re.compile(r"([\u4e00-\u9fa5A-Za-z0-9“”\"（）()]{2,20}?)(?:项目|工程)")
GENERIC_PROJECT_WORDS = frozenset(
    [
        "哪个",
        "哪些",
        "所有",
        "全部",
        "各个",
        "每个",
        "这个",
        "那个",
        "该",
        "各",
        "几个",
        "多少个",
        "一共几个",
        "这些",
        "那些",
        "本",
        "其他",
        "其它",
        "列出",
        "满意度",
        "总分",
        "得分",
        "执行率",
        "预算",
        "排名",
        "最高",
        "最低",
        "满分",
        "的",
        "列出所有",
        "按总分从高到低列出",
        "有哪些",
    ]
)
CHINESE_NUMERALS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
ENGLISH_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "two": 2,
    "three": 3,
    "five": 5,
    "ten": 10,
}
ENGLISH_HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), hint)
    for pattern, hint in (
        (r"\bcloud\b", "政务云"),
        (r"operations? and maintenance|\bO&M\b|maintenance|\bops\b", "运维"),
        (r"infrastructure", "基础设施"),
        (r"phase (ii|2|two)\b|second phase", "二期"),
        (r"resource platform|data resource", "资源平台"),
        (r"data operations?", "数据运营"),
        (r"management (work )?(funds?|expenses?|budget)|management", "管理工作经费"),
        (r"upgrade|platform information system", "平台信息系统"),
        (r"one[- ]stop|one network|yiwangtongban|\bywtb\b|online government service", "一网通办"),
        (r"operation services?|operating service", "运营服务"),
        (r"prepa(id|yment)", "预付费"),
        (r"big data cent(er|re)", "大数据中心"),
    )
)
OUT_OF_DOMAIN = re.compile(
    r"天气|weather|股票|stock price|笑话|joke|菜谱|recipe|电影|movie|足球|football|你是谁|who are you",
    re.IGNORECASE,
)


def to_int(word: str) -> int | None:
    """Return the integer a numeral word states (Arabic, Chinese or English)."""
    if word.isdigit():
        return int(word)
    if word.lower() in ENGLISH_ORDINALS:
        return ENGLISH_ORDINALS[word.lower()]
    if word == "十":
        return 10
    if word.startswith("十"):
        return 10 + CHINESE_NUMERALS.get(word[1:], 0)
    if len(word) == 1:
        return CHINESE_NUMERALS.get(word)
    return None
