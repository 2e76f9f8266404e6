"""Tagging a question: every stretch becomes a typed token (a slot) or an unknown word.

Order: names from the corpus first (indicator rows, projects — Chinese or English — and
departments), then years, numbers with units, top-k and ordinals, then the rest is cut by
jieba (its dictionary holds every slot word of ``bot.lexicon``) or, for Latin text, by the
longest English phrase of the lexicon. A word no table knows is ``unknown``, or ``prose``
when the forms' own text uses it (a fact only the prose can hold).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from bot import lexicon as lx
from bot.corpus import LETTERED_CODE, Corpus, english_agency, english_stems
from bot.fields import PARTS
from bot.link import (
    Span,
    link_departments,
    link_english,
    link_indicators,
    link_projects,
    normalise,
    spells_in_order,
)
from bot.numerals import arabic
from bot.rewrites import rewrite
from bot.tokens import Token, points_word
from bot.types import Language
from index.types import Project


@dataclass
class Tagged:
    """A question's tokens in order, its scope and what made it unanswerable."""

    question: str
    language: Language
    tokens: list[Token] = field(default_factory=list)
    text: str = ""
    years: tuple[int, ...] = ()
    departments: tuple[str, ...] = ()
    problem: str = ""

    def content(self) -> list[Token]:
        """Tokens a template must consume (no question words or particles)."""
        return [t for t in self.tokens if t.kind not in lx.FUNCTION and t.kind not in ("year", "department")]

    def kinds(self) -> set[str]:
        """The kinds of the content tokens."""
        return {t.kind for t in self.content()}

    def of(self, kind: str) -> list[Token]:
        """Content tokens of one kind, in order."""
        return [t for t in self.tokens if t.kind == kind]

    def has(self, kind: str, value: str | None = None) -> bool:
        """Whether a token of the kind (and value) is present, function kinds included."""
        return any(t.kind == kind and (value is None or t.value == value) for t in self.tokens)

    def unknown(self) -> list[str]:
        """The words no slot reads."""
        return [t.text for t in self.tokens if t.kind == "unknown"]


def detect_language(question: str) -> Language:
    """'en' when the question's words are mostly Latin (names may be Chinese), else 'zh'."""
    latin = len(re.findall(r"[A-Za-z]+", question))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", question))
    first = re.search(r"[A-Za-z\u4e00-\u9fff]", question)
    return "en" if first and first.group().isascii() and latin >= 2 or latin > cjk else "zh"


_NUM = r"[一二两三四五六七八九十\d]+"
_UNIT = r"个百分点|%|％|percent|pc(?![a-z])|分|points?|pts|kw(?![a-z])|w(?![a-z])|m(?![a-z])|k(?![a-z])|万块|亿块|块钱|块|万元|个亿元|个亿|亿元|千万元|百万元|千万|百万|万|亿|元|mn|million|billion|yuan"
_EN_NUM = r"\d+|two|three|four|five|six|seven|eight|nine|ten"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("year", r"(?<![\d.,])\b((?:19|20)\d{2})\s+(?=(?:projects?|programmes?|programs?|forms?)\b)"),
        ("nth_asc", rf"倒数第\s*({_NUM})\s*(?:名|位|个|项(?!目))?"),
        (
            "all_n",
            rf"\b(?:of|among|out of|across)\s+(?:all\s+)?(?:the\s+)?(\d+|{_EN_NUM})\b(?![\d.,%]|\s*(?:percent|yuan|points?|million|billion|projects?))",
        ),
        (
            "other",
            r"另外?一个项目|另外?一个|另外那个|另一家|另一项|\bthe other (?:one|project)\b|\bthe other\b"
            r"|\bthe (?:others|rest)\b|\bthe remaining (?:ones|projects)\b",
        ),
        ("second_desc", r"(次高|次多|次大|第二高|runner-up|runner up|老二)()"),
        ("nth", r"\bnumber\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b()"),
        ("second_asc", r"(次低|次少|second from (?:the )?bottom|second[- ]lowest)()"),
        ("nth", r"(?<![A-Za-z])no\.?\s*(\d+)(?!\d)()"),
        ("nth", rf"第\s*({_NUM})(?![\d.])(?!\s*百分)\s*(名|位|个|项(?!目)|高|低|多|少|大|小|好|差)?"),
        ("avg_score", r"(平均得分|平均分|\baverage score\b|\bmean score\b)(?!率|值|比| rate)"),
        (
            "zh_scored_order",
            r"(?:干得|做得|表现得?|完成得|搞得|绩效)(最好|最差|最棒|最烂|最不好|最出色|最优|最弱)",
        ),
        (
            "scored_order",
            r"\b(top|highest|best|lowest|worst|bottom|poorest)[- ](?:scoring|scored|performing)\b",
        ),
        ("topk", rf"前\s*({_NUM})\s*(?:名|个|位|项(?!目))?"),
        ("bottomk", rf"倒数\s*({_NUM})\s*(?:名|个|位|项(?!目)|家)"),
        ("bottomk", rf"(?<!之)后\s*({_NUM})\s*(?:名|位)"),  # 后3名: the last three
        (
            "bottomk",
            rf"(?:排名|排在|排)\s*后\s*({_NUM})(?![\d.]|\s*(?:%|％|百分|成))(?:\s*(?:个|项(?!目)|家))?",
        ),  # 排名后五
        (
            "topk_order",
            rf"(最高|最低|最多|最少|最好|最差|最大|最小|垫底|靠后|靠前|末尾|排名最后|排最后|排名最前|排最前|排在前面|排前面|前面|排在后面|排后面|后面)的?\s*({_NUM})\s*(?:个|名|项(?!目)|家)",
        ),
        ("topk", rf"(?<![A-Za-z])(?:top|first)\s*({_EN_NUM})(?![\d.]|[a-z]|\s*(?:%|percent))"),  # 满意度top3
        ("topk", r"\blimit\s+(\d+)(?!\d)"),  # sort desc by budget limit 3
        ("bottomk", rf"\b(?:bottom|last|lowest)\s*({_EN_NUM})(?![\d.]|[a-z])"),
        ("these", r"(?<=[”）)\w])\s*[、，,和及与]?\s*(?:这|那)?\s*([两二三四五六七八九十\d]+)\s*个项目"),
        ("topk", rf"\b({_EN_NUM})\s+(?=(?:highest|lowest|best|worst|most|least|largest|smallest)\b)"),
        ("topk", rf"\b(?!one\b|1\b)({_EN_NUM})\s+(?=projects?\b)"),  # three project(s) with the lowest …
        ("topk", r"哪\s*([两二三四五六七八九十\d]+)\s*(?:个|家|项(?!目))"),
        (
            "topk",
            rf"(?:(?<=\bwhich )|(?<=\bleading )|(?<=\btrailing )|(?<=\bthe leading ))({_EN_NUM})\b(?!\s*(?:points?|pts|percent|%|million|m\b|k\b|yuan|times))",
        ),
        ("these", r"(?:这|那|全部|所有|这些|那些|上述)\s*(\d+|[两二三四五六七八九十]+)\s*个(?:项目)?"),
        (
            "these",
            r"(?<=[，,、\s])([两二三四五六七八九十]|\d+)\s*个(?=\s*(?:里|里面|当中|之中|中间|中))",
        ),  # A、B、C，三个里
        (
            "these",
            r"\b(?:these|those|all|the)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+projects\b",
        ),
        (
            "nth_en",
            r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\b"
            r"(?![-\s]+(?:level|phase|tier))",
        ),
        (
            "years",
            r"(?<!\d)((?:19|20)\d{2})\s*年?度?\s*(?:到|至|~|～|-|—|–|\bto\b|\bthrough\b)\s*((?:19|20)\d{2})(?!\d)(?!\s*(?:万|亿|元|千|百|%|分|points?|yuan|million))\s*(?:年度|年)?",
        ),
        ("year", r"(?<!\d)((?:19|20)\d{2})\s*(?:年度|财年|年|(?=预算年度|财政年度))"),
        ("stop", r"(优秀?[、,/]?良好?[、,/]?(?:中等?|合格)(?:[、,/]|还是|或)?(?:差|较差|不合格))()"),
        (
            "relyear",
            r"(上一?年度|上一年|(?<![减除删])去年|上年|前年|last year|previous year|prior year|the year before)",
        ),  # 减去年初预算: 减去 then 年初
        (
            "range",
            rf"(?<![\d.])(\d+(?:,\d{{3}})*(?:\.\d+)?)\s*({_UNIT})?\s*整?\s*(?:到|至|~|～|-|—)\s*(\d+(?:,\d{{3}})*(?:\.\d+)?)\s*({_UNIT})?\s*(?:之间|区间内?|范围内?)?",
        ),
        (
            "range",
            rf"\b(?:ranging\s+from|(?:falling|falls|lying|lies)\s+between|within\s+the\s+range\s+of|in\s+the\s+range\s+of)\s+(?!(?:19|20)\d\d\s+(?:to|and)\s+(?:19|20)\d\d\b)(\d+(?:\.\d+)?)\s*({_UNIT})?\s+(?:to|and)\s+(\d+(?:\.\d+)?)\s*({_UNIT})?",
        ),
        (
            "range",
            rf"\bbetween\s+(?:rmb|cny|¥|￥)?\s*(\d+(?:\.\d+)?)\s*({_UNIT})?\s+and\s+(?:rmb|cny|¥|￥)?\s*(\d+(?:\.\d+)?)\s*({_UNIT})?",
        ),
        (
            "range",
            rf"(?:介于|在|落在|处于)\s*(\d+(?:\.\d+)?)\s*({_UNIT})?\s*(?:和|与|及|跟)\s*(\d+(?:\.\d+)?)\s*({_UNIT})?\s*之间",
        ),
        (
            "year",
            r"(?:\b(?:in|for|of|during|from|fy|fiscal year|year)\s*)((?:19|20)\d{2})(?!\d)(?!\s*(?:%|分|元|万|亿|points?))",
        ),
        ("year", r"(?<!\d)((?:19|20)\d{2})\s*(?:fiscal\s+)?year\b"),
        (
            "year",
            r"(?<![\d.第近])(\d{2})\s*年(?!度?\d|来|以来|间|内|前|后|多)(?=.*(?:预算|执行|得分|总分|项目|满意|扣分|指标|[A-Za-z]{3}|的话|呢))",
        ),
        (
            "year",
            r"[’'‘`](\d{2})(?!\d|\s*(?:[’'‘`]|分|%|％|以上|以下|points?|pts))(?:\s*年度?)?",
        ),  # ’23年, '21
        ("year", r"\bfy\s*[’'‘`]?(\d{2})(?!\d)"),  # FY20 / FY'23
        ("symbol", r"(>=|<=|≥|≤|＞|＜|>|<|=)"),
        (
            "number",
            rf"(?<![\d.])(?<!level-)(?<!level )(?<!tier-)(?<!tier )(\d+(?:,\d{{3}})*(?:\.\d+)?)\s*({_UNIT})?",
        ),
    )
)
_UNITS = {
    "万元": 1e4, "万": 1e4, "万块": 1e4, "亿元": 1e8, "kw": 1e7, "KW": 1e7, "w": 1e4, "W": 1e4, "m": 1e6, "M": 1e6, "k": 1e3, "K": 1e3, "个亿": 1e8, "个亿元": 1e8, "亿": 1e8, "亿块": 1e8, "千万元": 1e7, "千万": 1e7, "百万元": 1e6,
    "百万": 1e6, "million": 1e6, "billion": 1e9, "元": 1.0, "yuan": 1.0, "块": 1.0, "块钱": 1.0, "mn": 1e6,
}  # fmt: skip
_FULL_AGENCY = re.compile(r"((?:[\u4e00-\u9fa5]{2,3}(?:省|市))[\u4e00-\u9fa5]{2,14}?(?:委员会|局|厅|办公室))")
"""A full agency name with its city or province (上海市住房和城乡建设管理委员会)."""
_AGENCY = re.compile(
    r"([\u4e00-\u9fa5]{2,12}?(?:局|委员会|卫健委|发改委|委|厅|研究院|医院|学校|大学|公司|政府|办公室))"
)

_PLAIN_WORDS = (
    "处理",
    "完成",
    "发布",
    "开展",
    "覆盖",
    "对接",
    "新建",
    "建设",
    "工单",
    "报修",
    "节点",
    "演练",
)
"""Common verbs and nouns of the forms' prose that jieba would otherwise glue to a neighbour
(共处/理工单); they carry no slot and are read against the prose."""

_SPLIT_WORDS = ("最高分", "最低分")
"""jieba's words that hold two slots (最高 an order, 分 the points), read apart."""

_JIEBA = None
_JIEBA_LOCK = threading.Lock()


def _jieba():  # type: ignore[no-untyped-def]
    """The jieba tokenizer with every Chinese slot word in its dictionary (built once)."""
    global _JIEBA
    with _JIEBA_LOCK:
        if _JIEBA is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word in lx.CJK_WORDS:
                if len(word) >= 2:  # single characters keep jieba's own frequencies (大数据 stays whole)
                    tokenizer.add_word(word, freq=2_000_000)
            for word in _PLAIN_WORDS:
                tokenizer.add_word(word, freq=200_000)
            for word in _SPLIT_WORDS:
                tokenizer.del_word(word)
            _JIEBA = tokenizer
        return _JIEBA


def to_int(word: str) -> int | None:
    """The integer a numeral states (Arabic, Chinese or English)."""
    word = word.lower().rstrip("stndrh") if word[:1].isdigit() else word.lower()
    if word.isdigit():
        return int(word)
    if word in lx.ENGLISH_NUMBERS:
        return lx.ENGLISH_NUMBERS[word]
    if word == "十":
        return 10
    if word.startswith("十"):
        return 10 + lx.CHINESE_NUMERALS.get(word[1:], 0)
    if word.endswith("十") and len(word) == 2:
        return lx.CHINESE_NUMERALS.get(word[0], 0) * 10
    if len(word) == 1:
        return lx.CHINESE_NUMERALS.get(word)
    return None


_EN_PLACE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(p) for p in sorted(lx.EN_PLACES, key=len, reverse=True))
    + r")(?![a-z])",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _to_simplified() -> Callable[[str], str]:
    from opencc import OpenCC  # type: ignore[import-untyped]

    return OpenCC("t2s").convert  # type: ignore[no-any-return]


def simplified(text: str) -> str:
    """The question in the simplified characters the forms use (數據運營 → 数据运营); a question
    with no CJK character is returned untouched, and simplified text comes back the same."""
    return _to_simplified()(text) if any(ord(ch) > 0x2E7F for ch in text) else text


_BOTTOM_FIRST = re.compile(r"倒数\s*前\s*([\d一二两三四五六七八九十]+)\s*(?:名|个|位|项|家)?")
_LEVEL = re.compile(r"(?<![a-z])(?:level|tier)[- ]?([12])(?!\d)", re.IGNORECASE)
_LEVEL_WORDS = {"1": "one", "2": "two"}


_LAST_ALONE = re.compile(r"倒数(?=的|那个|那一个|呢|[?？]|$)")
"""倒数 said alone (倒数的那个呢): the last place."""
_TOPIC = re.compile(
    r"^\s*(?:那|那么)?(?:说到|说起|谈到|谈起|提到|提起|讲到|讲起|聊到|至于|请问贵(?:中心|单位|局|委|办|厅))"
)
"""说到X，… / 请问贵中心…: a frame before the question's topic."""


def _topic_first(text: str) -> str:
    """说到时效指标，哪些项目被扣了分 → 时效指标哪些项目被扣了分: the frame and the comma that
    closes the topic go, so the topic reads with the question it opens."""
    m = _TOPIC.match(text)
    return text if m is None else re.sub(r"[,，]", "", text[m.end() :], count=1)


_WHICH_UNIT = re.compile(
    r"((?:主管部门|主管单位|实施单位|承担单位)\s*(?:是|为)\s*(?:哪个|哪一个|哪一|哪家|什么))单位"
)
_THAT_NUMBER = re.compile(r"(?<!中间)(?<!中位)([那这])个数(?![据量目字值])")
_RESTATED = re.compile(
    r"[,，]\s*(?:也就是|亦即|也即|即)说?\s*(?:最[低少小差高多大好]|倒数第一|第一)的?(?:那个|那一个|项目)?\s*(?=[,，])"
)
"""A place or an end said again in other words, between commas (全年预算数第七名，也就是最少的，是哪个)."""
_SIZE_ONE = re.compile(r"(?<![最较更])([大小])的(?=那)")
_SIZE_LAST = re.compile(r"(?<=[\u4e00-\u9fff])(?<![最较更太很多有那这])([大小])(?=[？?。，,]|呢|$)")
_WITHOUT = re.compile(r"\bw/o\b", re.IGNORECASE)
_WITH = re.compile(r"\bw/(?!o\b)\s*", re.IGNORECASE)


def tag(question: str, corpus: Corpus) -> Tagged:
    """Return the tokens of a question against the corpus's names."""
    text = _LEVEL.sub(
        lambda m: f"level {_LEVEL_WORDS[m.group(1)]}",
        arabic(simplified(unicodedata.normalize("NFKC", question).strip())),
    )
    text = _BOTTOM_FIRST.sub(r"倒数\1名", text)  # 倒数前二 is 倒数二名, the last two
    text = text.replace("扣过分", "扣了分")  # 被扣过分: jieba reads 过分 (excessive)
    text = _LAST_ALONE.sub("倒数第一", text)  # 倒数的那个: the last one
    text = _SIZE_ONE.sub(r"较\1的", text)  # 大的那个: the larger one (大 alone starts 大数据)
    text = _SIZE_LAST.sub(r"更\1", text)  # 哪个全年预算大？: which is larger
    text = _topic_first(text)  # 说到X，…: the topic said first
    text = text.replace("扣分值", "扣分")  # 被扣分值合计: the points lost
    text = _WHICH_UNIT.sub(r"\1", text)  # 主管部门是哪个单位: the field asked, 单位 said again
    text = _THAT_NUMBER.sub("那个数字", text)  # 那个数: that number (jieba reads 个数, a count)
    text = _RESTATED.sub("", text)  # 第七名，也就是最少的，: the place said again
    text = _WITHOUT.sub("without", _WITH.sub("with ", text))  # w/o, w/: chat shorthand
    out = Tagged(question=question, language=detect_language(text), text=text)
    taken: list[tuple[int, int]] = []
    tokens: list[Token] = []
    for span in _joined_names(text, _names(text, corpus)):
        tokens.append(Token(span.kind, "", span.text, span.start, ids=span.ids))
        taken.append((span.start, span.end))
    tokens += _patterns(text, taken, out, corpus)
    for start, end in _gaps(text, taken):
        tokens += _words(text[start:end], start)
    tokens.sort(key=lambda t: t.start)
    tokens = _abbreviated(_funds_said_as_budget(tokens, corpus), corpus)
    settled = _leading_within(_that_one(_name_before(_settle(tokens, corpus), corpus), corpus))
    out.tokens = _this_indicator(_reports_a_kind(_topic_then_which(_preamble(settled))))
    _scope(out, corpus)
    missing = next((t for t in out.tokens if t.kind == "no_project"), None)
    if missing is not None and not out.problem:
        out.problem = f"project:{missing.text}"  # 00099号 that no project's name carries
    return out


_STANDARDS = frozenset(
    {"按照", "按", "根据", "依据", "依照", "以", "如果", "假如", "假设", "若", "要是", "如"}
)
_PREAMBLE_KINDS = frozenset({"stop", "unknown", "prose", "ask"})
_FRAMING = frozenset(
    ("my", "our", "me", "us", "i", "we", "quick", "question", "note", "hi", "hello", "minutes", "ps")
)
"""Words that mark an English opening clause as who asks and why (For my story:, Quick one for
the minutes:), not a topic of the question (Initially:, Big data:)."""
_QUESTION_KINDS = frozenset({"project", "ambiguous", "field", "part"})


_THIS_ROW = frozenset(("这条", "那条", "这一条", "这条指标", "那条指标", "这一条指标"))


def _funds_said_as_budget(tokens: list[Token], corpus: Corpus) -> list[Token]:
    """the center management budget (total score): "budget" right after an English name of a
    经费 project is the name's last word when another measure is asked, not a budget asked
    (…budget and its total score asks both)."""
    out = list(tokens)
    for i, t in enumerate(out[:-1]):
        nxt = out[i + 1]
        said_after = nxt.kind == "field" and nxt.text.lower() in ("budget", "funds", "funding", "fund")
        funds = t.kind == "project" and len(t.ids) == 1 and "经费" in corpus.by_id[t.ids[0]].name
        listed = i + 2 < len(out) and out[i + 2].text.lower().strip() in ("and", ",", "和", "与", "及")
        other = not listed and any(
            x.kind == "field" for x in (*out[:i], *out[i + 2 :])
        )  # difference in total score …
        if funds and said_after and t.text.isascii() and other:
            out[i + 1] = Token("stop", "", nxt.text, nxt.start)
    return out


def _abbreviated(tokens: list[Token], corpus: Corpus) -> list[Token]:
    """交委养老, 水监经费: a name shortened to a character or two of each word (交通委员会养老服务…,
    水质监测专项经费) — an unread Chinese word, with the word right after it when that joins on,
    whose characters only one project's name holds in order and close together."""
    out = list(tokens)
    i = 0
    while i < len(out):
        t = out[i]
        if t.kind != "unknown" or not _cjk(t.text) or len(t.text) > 3:
            i += 1
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        joins = (
            after is not None
            and after.start == t.start + len(t.text)
            and after.kind in ("field", "project", "unknown")
            and _cjk(after.text)
            and len(t.text) + len(after.text) <= 5
        )
        for take in ((t, after), (t,)) if joins else ((t,),):
            said = "".join(x.text for x in take if x is not None)
            if said[0] in "那这跟和与" and len(said) >= 3:
                said = said[1:]  # 那水监呢: 水监
            if len(said) < 2 or said in corpus.prose or _a_word(said):
                continue  # 市级, 财务, 水平: a word of the prose or the language, not a name shortened
            holders = [
                p
                for p in corpus.projects
                if spells_in_order(said, corpus.normalised_names[p.id]) and _in_scope(p, out, corpus)
            ]
            linked = [x for x in take if x is not None and x.kind == "project"]
            if len(holders) == 1 and all(holders[0].id in x.ids for x in linked) and said not in lx.WORDS:
                text = "".join(x.text for x in take if x is not None)
                out[i : i + len(take)] = [Token("project", "", text, t.start, ids=(holders[0].id,))]
                break
        i += 1
    return out


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ  # type: ignore[no-any-return]


def _a_word(said: str) -> bool:
    """Whether the Chinese dictionary knows the word (财务, 水平): then it is no shortened name."""
    return bool(_dictionary().get(said))


def _in_scope(p: Project, tokens: list[Token], corpus: Corpus) -> bool:
    """Whether a project fits the departments and years the question names."""
    named = [corpus.department_aliases.get(t.text, t.text) for t in tokens if t.kind == "department"]
    if named and not any(d in p.department or p.department in d for d in named):
        return False
    years = [t.number for t in tokens if t.kind == "year" and t.number]
    return not years or p.year in years


def _this_indicator(tokens: list[Token]) -> list[Token]:
    """“X”这个指标 / X这项指标 / X这条: the indicator just named, said again; 这条指标
    naming none (a follow-up) is left unread — the rows it points at are not known here."""
    out = list(tokens)
    for i, t in enumerate(out):
        if t.kind == "rows" and t.text in _THIS_ROW:
            named = any(x.kind == "indicator" for x in out[:i])  # 「X」这条指标 / X —— 哪些项目填了这条
            out[i] = Token("stop" if named else "unknown", "", t.text, t.start)
    said = [i for i, t in enumerate(out) if t.text.strip() and t.text not in "“”\"'"]
    for a, b, c in zip(said, said[1:], said[2:], strict=False):
        if (
            out[a].kind == "indicator"
            and out[b].text in ("这个", "这项", "这一项", "那个", "该")
            and out[c].kind == "rows"
        ):
            out[b] = Token("stop", "", out[b].text, out[b].start)
            out[c] = Token("stop", "", out[c].text, out[c].start)
    return out


def _reports_a_kind(tokens: list[Token]) -> list[Token]:
    """Which projects report an ecological benefit indicator?: report before a kind of
    indicators, in a which-question, is having it (report elsewhere frames: what did X report
    for …)."""
    if not any(t.kind == "which" for t in tokens):
        return tokens
    out = list(tokens)
    for i, t in enumerate(out):
        if t.kind != "stop" or t.text.lower() not in ("report", "reports", "reported"):
            continue
        nxt = next((x for x in out[i + 1 :] if x.text.lower() not in ("a", "an", "the", "any")), None)
        if nxt is not None and nxt.kind == "part":
            out[i] = Token("has", "yes", t.text, t.start)
    return out


def _topic_then_which(tokens: list[Token]) -> list[Token]:
    """时效指标，哪些项目被扣了分: a kind or a measure said alone before a comma, then the
    question about it: the comma does not part them."""
    said = [i for i, t in enumerate(tokens) if t.text.strip()]
    if len(said) < 3:
        return tokens
    a, b, c = (tokens[i] for i in said[:3])
    if a.kind in ("part", "field") and b.text in ",，" and c.kind == "which":
        return [Token("stop", "", " ", b.start) if t is b else t for t in tokens]
    if a.kind == "prep" and a.text.lower() in ("on", "for", "in") and b.kind == "part" and c.text == ",":
        return [Token("stop", "", " ", t.start) if t is c else t for t in tokens]  # On quality indicators, …
    if len(said) >= 4 and a.kind == "part" and b.text in ("中", "里", "上") and c.text in ",，":
        d = tokens[said[3]]
        if d.kind == "which" and any(t.kind == "projword" for t in tokens[said[3] :]):
            return [Token("stop", "", " ", c.start) if t is c else t for t in tokens]  # 质量指标中，哪些项目…
        if d.kind == "field" and d.value in ("score", "deduction") and d.text.lower() not in lx.TOTAL_WORDS:
            # 产出指标中，得分低于45的有哪些: the kind's score, said after the frame
            return [Token("stop", "", " ", t.start) if t is b or t is c else t for t in tokens]
        if b.text == "上" and sum(1 for t in tokens if t.kind == "project") == 2:
            # 质量指标上，A和B谁拿的分多: the kind frames a comparison; its bare 分 is the kind's score
            return [
                Token("stop", "", t.text, t.start) if t is c or (t.kind == "field" and t.text == "分") else t
                for t in tokens
            ]
    return tokens


def _preamble(tokens: list[Token]) -> list[Token]:
    """作为人大代表我想问，… / 经审计，… / 审计需核对：…: an opening clause, closed by a comma or a
    colon, that names nothing the forms hold (no project, measure, condition or number; only
    unread words and short ones the prose happens to use), before a whole question: who asks
    and why, not what — read as framing. A clause with a negation is never dropped."""
    cut = next((i for i, t in enumerate(tokens) if t.kind == "stop" and t.text in ",，:：;；"), None)
    if not cut:
        return tokens
    clause, rest = tokens[:cut], tokens[cut + 1 :]
    said = [t for t in clause if t.text.strip()]
    words = {w for t in said for w in t.text.lower().split()}
    english = (  # For my story: / Quick one for the minutes: — who asks and why, before a colon
        tokens[cut].text in ":："
        and 0 < len(said) <= 6
        and all(t.kind in (*_PREAMBLE_KINDS, "prep") and t.text.isascii() and t.kind != "ask" for t in said)
        and bool(words & _FRAMING)  # Initially: / Big data: — a word of the question itself
    )
    if not english and not all(t.kind in _PREAMBLE_KINDS and _cjk(t.text) for t in said):
        return tokens
    unread = [t for t in clause if t.kind in ("unknown", "prose")]
    if not unread or any(t.kind == "prose" and len(t.text) > 2 for t in unread):
        return tokens
    if any(_NEGATION.search(t.text) for t in clause) or not any(t.kind in _QUESTION_KINDS for t in rest):
        return tokens
    if clause and clause[0].text in _STANDARDS:
        return tokens  # 按照新标准，…: a condition on the answer, not who asks
    return [Token("stop", "", t.text, t.start) for t in clause] + tokens[cut:]


def _name_before(tokens: list[Token], corpus: Corpus) -> list[Token]:
    """平台升级改造: a word too common to name a project (平台), written right before a piece
    of a name, is part of that name when the project's name holds it too."""
    out = list(tokens)
    for i in range(len(out) - 1, 0, -1):
        t, before = out[i], out[i - 1]
        if t.kind != "project" or before.kind not in ("prose", "unknown", "stop") or len(before.text) < 2:
            continue
        if not _cjk(before.text) or before.start + len(before.text) != t.start or not t.ids:
            continue
        if before.text in lx.WORDS and lx.WORDS[before.text].kind != "stop":
            continue
        names = [normalise(corpus.by_id[x].name) for x in t.ids if x in corpus.by_id]
        if names and all(before.text in n for n in names):
            out[i - 1 : i + 1] = [Token("project", t.value, before.text + t.text, before.start, ids=t.ids)]
    return out


_THAT_ONE = frozenset({"那个", "那个项目", "这个", "这个项目", "那一个", "那项目"})


def _that_one(tokens: list[Token], corpus: Corpus) -> list[Token]:
    """大数据那个扣几分 / 上海市那个项目: unread characters right before 那个 that several names
    hold are a fragment of a name — asked back with its candidates (one name: that project)."""
    out = list(tokens)
    for i, t in enumerate(out):
        if t.kind != "pronoun" or t.text not in _THAT_ONE:
            continue
        j = i
        while j > 0 and out[j - 1].kind in ("stop", "unknown", "prose") and _cjk(out[j - 1].text):
            if out[j - 1].start + len(out[j - 1].text) != out[j].start:
                break
            j -= 1
        for first in range(j, i):  # the longest run of whole words first
            piece = "".join(x.text for x in out[first:i])
            holders = tuple(p.id for p in corpus.projects if piece in normalise(p.name))
            entry = lx.WORDS.get(piece)
            if len(piece) < 2 or not holders or (entry is not None and entry.kind != "stop"):
                continue
            kind = "project" if len(holders) == 1 else "ambiguous"
            out[first:i] = [Token(kind, "", piece, out[first].start, ids=holders)] + [
                Token("stop", "", x.text, x.start) for x in out[first + 1 : i]
            ]
            break
    return out


_WITHIN = frozenset({"里头", "里面", "里边", "当中", "之中"})


def _leading_within(tokens: list[Token]) -> list[Token]:
    """里头综合评分最高的: "within" opening a question points at the last answer's projects."""
    first = next((i for i, t in enumerate(tokens) if t.text.strip() and t.text not in "，,。"), None)
    if first is not None and tokens[first].text in _WITHIN:
        t = tokens[first]
        return [*tokens[:first], Token("pronoun", "result", t.text, t.start), *tokens[first + 1 :]]
    return tokens


_NAME_JOINERS = frozenset({"的", "那个", "的那个"})


def _joined_names(text: str, spans: list[Span]) -> list[Span]:
    """水质监测的运营服务费 / 基础设施那个运维: two name pieces joined by 的 (or 那个) name the project
    both fit; 平台的升级改造, two pieces of one name, are that one name."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("project", "ambiguous")
            and span.kind in ("project", "ambiguous")
            and text[prev.end : span.start] in _NAME_JOINERS
            and (len(prev.ids) > 1 or len(span.ids) > 1 or prev.ids == span.ids)
        ):
            both = tuple(i for i in prev.ids if i in span.ids)
            if both:
                kind = "project" if len(both) == 1 else "ambiguous"
                out[-1] = Span(prev.start, span.end, kind, both, text[prev.start : span.end])
                continue
        out.append(span)
    return out


_YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*(?:年度|年)")


def _names(text: str, corpus: Corpus) -> list[Span]:
    """Indicator, project and department stretches; a longer stretch wins an overlap, and a
    department's name wins over the projects that merely start with it (财政局 → the bureau)."""
    departments = link_departments(text, corpus)
    projects = _codes(text, corpus) + link_english(text, corpus)

    def linked(ids: set[str] | None = None) -> list[Span]:
        """Projects named; a piece that starts inside a department's name and runs past it (环保局
        X平台 → 局X平台) is cut at the department's end instead (→ X平台)."""
        unyeared = _YEAR_SAID.sub(
            lambda m: " " * len(m.group(0)), text
        )  # X2025年: a year, not the 20 of a code in X's name
        spans = link_projects(unyeared, corpus, ids)
        cut = [d for d in departments if any(d.start < p.start < d.end < p.end for p in spans)]
        if not cut:
            return spans
        masked = "".join(
            " " if any(d.start <= i < d.end for d in cut) else ch for i, ch in enumerate(unyeared)
        )
        return link_projects(masked, corpus, ids)

    anywhere = linked()
    alone = [d for d in departments if not any(p.start <= d.start and d.end <= p.end for p in anywhere)]
    named = corpus.select(departments=[d.ids[0] for d in alone]) if alone else []
    scoped = [
        s  # a longer name found anywhere wins: 交通委员会X（JTW-1）和Y（市教委） names X in full
        for s in (linked({p.id for p in named}) if named else [])
        if not any(
            a.start < s.end and s.start < a.end and a.end - a.start > s.end - s.start for a in anywhere
        )
    ]
    projects += scoped + [  # 市财政局的电子证照: that bureau's project before the others'
        p for p in anywhere if not any(s.start < p.end and p.start < s.end for s in scoped)
    ]
    indicators = link_indicators(text, corpus)
    spans: list[Span] = []
    for span in sorted(projects + indicators, key=lambda s: (-(s.end - s.start), s.kind != "project")):
        inside = any(d.start <= span.start and span.end <= d.end for d in departments)
        if not inside and not any(s.start < span.end and span.start < s.end for s in spans):
            spans.append(span)
    for span in departments:
        if not any(s.start < span.end and span.start < s.end for s in spans):
            spans.append(span)
    return spans


_CODE = re.compile(r"(?<![\d.])(\d{3,})\s*号|(?:#|\bNo\.\s*|\bcode\s+)(\d{3,})(?!\d)", re.IGNORECASE)
"""A project's number as the forms' names carry it (00018号 of 财政局…（CZJ-00018）)."""


_TYPED_CODE = re.compile(LETTERED_CODE.pattern.replace(r"\s*[-‐－—_]\s*", r"\s*[-‐－—_]?\s*"))
"""A code as typed, the dash optional (JYW27); only letters some form's code carries count."""


def _codes(text: str, corpus: Corpus) -> list[Span]:
    """Projects named by the number in their name; several with that number are ambiguous."""
    spans = []
    for m in _CODE.finditer(text):
        code = m.group(1) or m.group(2)
        digits = re.compile(rf"(?<!\d){code}(?!\d)")
        ids = tuple(p.id for p in corpus.projects if digits.search(p.name))
        kind = "project" if len(ids) == 1 else "ambiguous" if ids else "no_project"
        spans.append(Span(m.start(), m.end(), kind, ids, m.group(0)))
    for m in _TYPED_CODE.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        known = corpus.lettered_codes.get(m.group(1).upper())
        if not known:
            continue  # letters no form's code carries (COVID-19): not a project code
        ids = tuple(dict.fromkeys(pid for pid, n in known if n == int(m.group(2))))
        kind = "project" if len(ids) == 1 else "ambiguous" if ids else "no_project"
        spans.append(Span(m.start(), m.end(), kind, ids, m.group(0)))
    return spans


def _patterns(text: str, taken: list[tuple[int, int]], out: Tagged, corpus: Corpus) -> list[Token]:
    tokens: list[Token] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            made = _pattern_tokens(kind, m, len(corpus.projects))
            if made:
                tokens += made
                taken.append((m.start(), m.end()))
    return tokens


_RANK_ENDS = ("最后", "最低", "最高", "最少", "最多", "最大", "最小", "倒数", "靠后", "靠前", "垫底", "末尾")
"""Words after which 3个项目 is how many to take (排名最后的3个项目), not a count of names given."""


_TOP_WORDS = frozenset(
    {"最高", "最多", "最好", "最大", "靠前", "排名最前", "排最前", "排在前面", "排前面", "前面"}
)
"""The words of 最高的3个 / 排在前面的2个 that take from the top (the others from the bottom)."""


def _pattern_tokens(kind: str, m: re.Match[str], corpus_size: int) -> list[Token]:
    word, start = m.group(0), m.start()
    if kind == "stop":
        return [Token("stop", "", word, start)]  # 优、良、中还是差: the grades offered as answers
    if kind == "all_n":  # the smallest budget of all 48: every project of the corpus
        return [Token("stop", "", word, start)] if to_int(m.group(1)) == corpus_size else []
    if kind == "other":
        return [Token("other", "", word, start)]  # 另一个呢: the other of two just ordered
    if kind == "symbol":
        op = {
            ">=": "ge",
            "≥": "ge",
            "<=": "le",
            "≤": "le",
            ">": "gt",
            "＞": "gt",
            "<": "lt",
            "＜": "lt",
            "=": "eq",
        }
        return [Token("comp", op[m.group(1)], word, start)]
    if kind == "these":
        n = to_int(m.group(1))
        listed = m.group(0).lstrip()[:1] not in "这那全所上" and not m.group(0).lower().lstrip().startswith(
            ("these", "those", "all", "the")
        )
        before = m.string[: m.start()].rstrip().removesuffix("的")
        if listed and n and before.endswith(_RANK_ENDS):
            return [Token("topk", str(n), word, start, number=float(n))]  # 排名最后的3个项目
        if listed:
            return [Token("stop", "", word, start)]  # A、B、C三个项目: the count of the names just given
        return [Token("pronoun" if n != corpus_size else "stop", "result", word, start)]
    if kind in ("bottomk", "topk") and _a_year(m.group(1)):
        return []  # lowest 2021 卫健委: the year of a terse query, not two thousand projects
    if kind == "bottomk":
        n = to_int(m.group(1))
        return (
            [Token("topk", str(n), word, start, number=float(n)), Token("order", "asc", word, start)]
            if n
            else []
        )
    if kind == "topk_order":
        n = to_int(m.group(2))
        order = "desc" if m.group(1) in _TOP_WORDS else "asc"
        return (
            [Token("topk", str(n), word, start, number=float(n)), Token("order", order, word, start)]
            if n
            else []
        )
    if kind in ("nth", "nth_asc", "nth_en", "topk"):
        n = to_int(m.group(1))
        if n is None:
            return []
        before = m.string[: m.start()].rstrip().lower()
        if kind == "topk" and n == corpus_size and before.endswith(("the", "all", "all of")):
            return [Token("stop", "", word, start)]  # which of the seven projects: all of them
        made = [Token("topk" if kind == "topk" else "nth", str(n), word, start, number=float(n))]
        suffix = m.group(2) if kind == "nth" else None
        if kind == "nth_asc" or suffix in ("低", "少", "小", "差"):
            made.append(Token("order", "asc", word, start))
        elif suffix in ("高", "多", "大", "好"):
            made.append(Token("order", "desc", word, start))
        return made
    if kind == "avg_score":  # 平均分是多少: the average of the overall score
        return [Token("agg", "avg", word, start), Token("field", "score", word, start)]
    if kind == "zh_scored_order":  # 哪个干得最差: the lowest overall score
        order = "asc" if m.group(1) in ("最差", "最烂", "最不好", "最弱") else "desc"
        return [Token("order", order, word, start), Token("field", "score", word, start)]
    if kind == "scored_order":  # the top-scoring project: the highest overall score
        order = "asc" if m.group(1).lower() in ("lowest", "worst", "bottom", "poorest") else "desc"
        return [Token("order", order, word, start), Token("field", "score", word, start)]
    if kind in ("second_desc", "second_asc"):
        order = "desc" if kind == "second_desc" else "asc"
        return [Token("nth", "2", word, start, number=2.0), Token("order", order, word, start)]
    if kind == "relyear":
        back = 2 if m.group(1) == "前年" else 1
        return [Token("year", f"-{back}", word, start)]
    if kind == "years":  # 2020到2023年: every year of the range
        first, last = sorted((int(m.group(1)), int(m.group(2))))
        return [Token("year", str(y), word, start, number=float(y)) for y in range(first, last + 1)]
    if kind == "year":
        year = m.group(1) if len(m.group(1)) == 4 else f"20{m.group(1)}"  # 21年 = 2021
        return [Token("year", year, word, start, number=float(year))]
    if kind == "range":
        low_unit = (m.group(2) or m.group(4) or "").lower()  # 3000万元至1个亿: each end its own unit,
        high_unit = (m.group(4) or m.group(2) or "").lower()  # 500到1000万: the one said, both
        low, unit = _scaled(float(m.group(1).replace(",", "")), low_unit)
        high, _ = _scaled(float(m.group(3).replace(",", "")), high_unit)
        return [Token("range", f"{high:g}", word, start, number=low, unit=unit)]
    value, unit = _scaled(float(m.group(1).replace(",", "")), (m.group(2) or "").lower())
    return [Token("number", "", word, start, number=value, unit=unit)]


def _scaled(value: float, unit: str) -> tuple[float, str]:
    """A number in base units (元, percent, points) and the kind of its unit."""
    if unit in _UNITS:
        return value * _UNITS[unit], "yuan"
    if unit in ("%", "％", "percent", "pc", "个百分点"):
        return value, "pct"
    if unit in ("分", "point", "points", "pts"):
        return value, "score"
    return value, ""


def _gaps(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    gaps, at = [], 0
    for a, b in sorted(taken):
        if a > at:
            gaps.append((at, a))
        at = max(at, b)
    if at < len(text):
        gaps.append((at, len(text)))
    return gaps


_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z][A-Za-z&'\-_]*|[^\sA-Za-z\u4e00-\u9fff]")


def _words(segment: str, offset: int) -> list[Token]:
    tokens: list[Token] = []
    latin: list[tuple[str, int]] = []
    for m in _RUN.finditer(segment):
        piece = m.group(0)
        if piece[0].isascii() and piece[0].isalpha():
            latin.append((piece.lower(), offset + m.start()))
            continue
        tokens += _english(latin)
        latin = []
        if "\u4e00" <= piece[0] <= "\u9fff":
            at = offset + m.start()
            for word in _jieba().lcut(piece, HMM=True):
                token = _lookup(word, at)
                parts = [token]
                if token.kind == "unknown" and len(word) > 1:
                    parts = _known_pieces(word, at) or parts
                tokens += parts
                at += len(word)
        else:
            tokens.append(Token("stop", "", piece, offset + m.start()))  # punctuation joins lists (、，)
    tokens += _english(latin)
    return tokens


def _known_pieces(word: str, at: int) -> list[Token]:
    """高有 → 高 有, 剩是 → 剩 是: a word jieba guessed by joining characters across a word
    boundary (高有哪些 with no 的) read as the dictionary's words, when each of them is known
    ([] otherwise)."""
    pieces = _jieba().lcut(word, HMM=False)
    if len(pieces) < 2:
        return []
    out = []
    for piece in pieces:
        token = _lookup(piece, at)
        if token.kind == "unknown":
            return []
        out.append(token)
        at += len(piece)
    return out


def _split_english(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """project's → project 's; above-average → above average (when the whole is unknown)."""
    out: list[tuple[str, int]] = []
    for word, at in words:
        if word.endswith(("'s", "’s")) and len(word) > 2:
            out += [(word[:-2], at), ("'s", at + len(word) - 2)]
        elif "_" in word.strip("_"):  # full_year_budget, total_score: a column name is its words
            offset = at
            for part in word.split("_"):
                if part:
                    out.append((_corrected(part), offset))
                offset += len(part) + 1
        elif "-" in word.strip("-") and word not in lx.WORDS and word not in lx.EN_PHRASE_WORDS:
            offset = at
            for part in word.split("-"):
                if part:
                    out.append((part, offset))
                offset += len(part) + 1
        else:
            out.append((_corrected(word), at))
    return out


def _corrected(word: str) -> str:
    """A long unknown English word one typing slip from exactly one long measure word (excution,
    avarage, indicater) read as that word; anything else is left as typed."""
    if len(word) < 7 or word in lx.WORDS or word in lx.EN_PHRASE_WORDS or not word.isalpha():
        return word
    near = [
        w
        for w in _SPELLED
        if w[0] == word[0]
        and abs(len(w) - len(word)) <= 1
        and not (word.startswith(w) or w.startswith(word))  # balanced is no slip for balance
        and _distance(w, word) <= 1
    ]
    return near[0] if len(near) == 1 else word


_SPELLED = frozenset(
    {
        "average", "execution", "indicator", "indicators", "satisfaction", "timeliness", "deduction",
        "deductions", "percentage", "expenditure", "sustainability", "adjustment", "allocation",
        "unspent", "underspend", "disbursement", "utilisation", "utilization", "ecological",
        "environmental", "economic", "benefits",
    }
)  # fmt: skip
"""Long measure words a slip may be taken for (execution, average, indicator): only these, only
from a word of seven letters or more with the same first letter and one edit away — so that
reduction, qualify, training or understand, real words, stay what they are."""


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _english(words: list[tuple[str, int]]) -> list[Token]:
    """Longest English phrases of the lexicon, else single words."""
    words = _split_english(words)
    tokens, i = [], 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 0, -1):
            phrase = " ".join(w for w, _ in words[i : i + n])
            known = next((f for f in _forms(phrase) if f in lx.EN_PHRASES[n]), None)
            if known is not None:
                tokens.append(_lookup(known, words[i][1]))
                i += n
                break
        else:
            tokens.append(Token("unknown", "", words[i][0], words[i][1]))
            i += 1
    return tokens


def _forms(phrase: str) -> tuple[str, ...]:
    """A phrase as said, then without a possessive (projects' → projects), then with its last
    word singular (execution rates → execution rate), then plural (lose point → lose points)."""
    bare = re.sub(r"(?:'s|')$", "", phrase)
    head, _, last = bare.rpartition(" ")
    single = f"{head} {_singular(last)}" if head else _singular(last)
    if not head:
        return (phrase, bare, single)
    return (phrase, bare, single, f"{head} {last}s")  # how many point, lose point (not 'point' alone)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _lookup(word: str, start: int) -> Token:
    entry = lx.WORDS.get(word.lower())
    if entry is None:
        return Token("unknown", "", word, start)
    return Token(entry.kind, entry.value, word, start)


def _merge_prose(tokens: list[Token], corpus: Corpus) -> list[Token]:
    """Join neighbouring unread Chinese words that the forms' text uses together (自然人综合库)."""
    out: list[Token] = []
    for t in tokens:
        prev = out[-1] if out else None
        joined = prev.text + t.text if prev is not None else ""
        if (
            prev is not None
            and _cjk(joined)
            and joined in corpus.prose
            and (
                (t.kind in ("unknown", "prose") and prev.kind in ("unknown", "prose"))
                or (t.kind == "stop" and prev.kind == "prose" and len(joined) >= 4 and _cjk(t.text))
                or (
                    prev.kind == "prose"
                    and len(prev.text) >= 2
                    and t.kind in ("part", "field")
                    and len(joined) >= 4
                )
            )
        ):
            out[-1] = Token("prose", "", joined, prev.start)  # 工作人员满意度: the forms' own phrase
            continue
        out.append(t)
    return out


def _cjk(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


_DETERMINERS = frozenset({"那个", "这个", "该", "那", "这一", "那个项目", "这个项目"})
_LOOSE_COMPARATORS = frozenset({"under", "over", "above", "below"})
_VERB_COMPARATORS = frozenset({"达到", "达到了", "达", "超", "到"})


def _settle(tokens: list[Token], corpus: Corpus) -> list[Token]:
    """Resolve words whose kind depends on their neighbours."""
    tokens = [
        Token("prose", "", t.text, t.start) if t.kind == "unknown" and _prose_word(t.text, corpus) else t
        for t in tokens
    ]
    tokens = _comparisons(_merge_prose(tokens, corpus))
    tokens = rewrite(_score_against_weight(_part_stems([_filler(t) for t in tokens])))
    out: list[Token] = []
    for i, t in enumerate(tokens):
        after = next((n for n in tokens[i + 1 :] if n.kind not in ("stop",)), None)
        before = next((n for n in reversed(out) if n.kind not in ("stop",)), None)
        if (
            t.kind == "comp"
            and (t.text.lower() in _LOOSE_COMPARATORS or t.text in _VERB_COMPARATORS)
            and not _compared(tokens, i)
        ):
            t = Token("prep", "", t.text, t.start)  # points lost under each level-1 kind
        elif (
            t.kind == "field"
            and t.text == "预算差额"
            and sum(1 for x in tokens if x.kind in ("project", "ambiguous")) >= 2
            and not lx.EACH_SAID.search(" ".join(x.text for x in tokens))
        ):
            out.append(Token("field", "full_year_budget", "预算", t.start))  # A和B的预算差额: the two
            t = Token("diff", "", "差额", t.start + 2)  # budgets' difference, not each one's change
        elif (
            t.kind == "field"
            and t.text in ("经费", "资金", "费用")
            and before is not None
            and before.kind == "project"
            and before.start + len(before.text) == t.start
            and all(t.text in corpus.names.get(i, "") for i in before.ids)
        ):
            t = Token("stop", "", t.text, t.start)  # X经费 of X专项经费: the name's own 经费
        elif (
            t.kind == "each"
            and t.text.lower() in lx.LIST_VERBS
            and any(x.kind in ("topk", "order", "nth") for x in tokens)
        ):
            t = Token("stop", "", t.text, t.start)  # List the three projects with the highest …
        elif (
            t.kind == "agg"
            and t.value == "count"
            and t.text.lower() == "number of"
            and after is not None
            and after.kind == "field"
            and after.value in ("deduction", "score", "weight")
            and re.search(r"point|mark", after.text.lower()) is not None
        ):
            t = Token("stop", "", t.text, t.start)  # the number of points lost: the points, not a count
        elif (
            t.kind == "diff"
            and re.search(r"拿.*分", t.text)
            and not any(x.kind in ("field", "part") for x in tokens)
        ):
            out.append(Token("field", "score", "分", t.start))  # A比B少拿了几分: the overall score
        elif (
            t.kind == "stop"
            and t.text == "项"
            and before is not None
            and before.kind == "field"
            and before.value == "deduction"
            and before.start + len(before.text) == t.start
        ):
            if any(x.kind in ("order", "topk", "nth") for x in tokens):
                out[-1] = Token("field", "deducted_count", before.text + t.text, before.start)  # 扣分项最多:
                continue  # ranked by how many items lost points
            t = Token("rows", "", t.text, t.start)  # 扣分项: the items that lost points
        elif (
            t.kind == "field"
            and t.value == "score"
            and t.text == "分"
            and len(out) >= 2
            and out[-1].kind == "ask"
            and out[-2].kind == "field"
            and out[-2].value == "deduction"
        ):
            t = Token("stop", "", t.text, t.start)  # 丢了多少分: the unit of the points lost
        elif t.kind == "comp" and t.text in ("以上项目", "以下项目"):
            out.append(Token("comp", t.value, t.text[:2], t.start))  # 99%以上项目 (above_a_number):
            t = Token("projword", "", "项目", t.start + 2)  # the bound, then the projects it keeps
        elif (
            t.kind == "pronoun"
            and t.text in _DETERMINERS
            and before is not None
            and before.kind
            in (
                "order",
                "comp",
                "number",
                "topk",
                "nth",
                "field",
                "part",
                "range",
                "flag",
                "full",
                "notfull",
                "agg",
            )
        ):
            t = Token("stop", "", t.text, t.start)  # 执行数最高那个项目: a determiner, not 'it'
        elif t.kind == "number" and _bare_year(t) and not _compared_number(tokens, i):
            t = Token("year", str(int(t.number or 0)), t.text, t.start, number=t.number)  # projects from 2022
        elif t.kind == "unknown" and len(t.text) == 1 and _cjk(t.text) and _has_prose(tokens):
            t = Token("prose", "", t.text, t.start)  # 多少个区: a classifier of the prose fact
        if (
            t.kind == "order"
            and t.text in ("最多", "最少", "最高", "最低")
            and after is not None
            and after.kind == "number"
        ):
            t = Token("comp", "le" if t.value == "desc" else "ge", t.text, t.start)  # 最多90% = at most
        elif (
            t.kind == "project"
            and len(t.ids) > 1
            and i + 1 < len(tokens)
            and tokens[i + 1].text.lower() == "one"
        ):
            t = Token("ambiguous", "", t.text, t.start, ids=t.ids)  # the 通办 one: one of several
        elif (
            t.kind == "field"
            and t.text.lower() in ("scores", "scored", "score")
            and after is not None
            and after.kind in ("compare", "order")
            and any(n.kind in ("field", "part") for n in tokens[i + 2 :])
        ):
            t = Token("stop", "", t.text, t.start)  # which scores higher on satisfaction: the verb
        elif (
            t.kind == "notmet"
            and after is not None
            and (after.kind == "number" or after.value in ("avg", "median"))
        ):
            t = Token("comp", "lt", t.text, t.start)  # fall short of the average / of 90%
        elif t.kind == "notfull" and before is not None and before.kind == "ask" and points_word(before):
            t = Token("field", "deduction", t.text, t.start)  # how many points short of full marks
        elif t.kind == "has" and (
            (last_word(tokens, i) and not _kind_said_first(tokens))
            or (not last_word(tokens, i) and after.kind not in ("part", "indicator"))  # type: ignore[union-attr]
            or (not last_word(tokens, i) and _measure_pair(tokens, after))  # type: ignore[arg-type]
        ):
            # "have satisfaction score of 8": not a kind present; "without" a measure is not read
            negated = t.value == "no" and after is not None and after.kind == "field"
            t = Token("unknown" if negated else "stop", "", t.text, t.start)
        elif t.kind == "unknown" and _prose_word(t.text, corpus):
            t = Token("prose", "", t.text, t.start)
        elif t.kind == "unknown" and re.fullmatch(r"[\W_]+", t.text):
            t = Token("stop", "", t.text, t.start)
        out.append(t)
    return out


def last_word(tokens: list[Token], i: int) -> bool:
    """Whether token i is the question's last word, but for stop words and a closing particle
    (哪些项目设了呢)."""
    rest = [n for n in tokens[i + 1 :] if n.kind != "stop"]
    return not rest or (len(rest) == 1 and rest[0].kind == "follow" and rest[0].text in _PARTICLES)


def _kind_said_first(tokens: list[Token]) -> bool:
    """生态效益指标这一类，哪些项目设了: the kind stated first and "set" last, with no measure, asks
    which projects have that kind."""
    said = [t for t in tokens if t.kind != "stop"]
    while said and said[-1].kind == "follow" and said[-1].text in _PARTICLES:
        said.pop()  # 哪些项目设了呢
    return (
        any(t.kind == "part" for t in said)
        and not any(t.kind == "field" for t in said)
        and len(said) >= 3
        and said[-2].kind in ("which", "projword")
        and not said[-1].text.isascii()
    )


_PARTICLES = frozenset(("呢", "吗", "啊", "呀", "吧", "嘛"))

_ASPECT = frozenset(
    ("方面", "方面的", "这一块", "这块", "一块", "类", "类的", "这一项", "一项", "那项", "这项", "那一项")
    + ("那几项", "这几项", "那几块", "那部分", "这部分", "那一块", "板块", "条线", "维度", "层面", "类别")
)


def _kind_stem(text: str) -> bool:
    """数量, 质量, 时效: the stem of a level-1 or level-2 kind (not 绩效, of all indicators)."""
    spec = PARTS.get(text + "指标")
    return spec is not None and spec.level in ("level1", "level2")


def _part_stems(tokens: list[Token]) -> list[Token]:
    """质量方面的指标 / 经济方面效益: a kind's stem (质量, 经济) named beside an aspect word is
    that kind of indicator, though the stem alone reads otherwise (数量 as a count)."""
    out = list(tokens)
    for i, t in enumerate(out):
        if t.kind not in ("unknown", "prose", "agg", "stop") or not _cjk(t.text):
            continue
        j = i + 1
        while j < len(out) and out[j].kind == "stop" and out[j].text in _ASPECT:
            j += 1
        nxt = out[j] if j < len(out) else None
        if nxt is None:
            if j > i + 1 and (t.text + "指标") in PARTS:
                out[i] = Token("part", t.text + "指标", t.text, t.start)  # 设了数量那项
            continue
        if nxt.kind == "part" and j > i + 1 and (t.text + nxt.value) in PARTS:
            out[i] = Token("part", t.text + nxt.value, t.text, t.start)  # 经济方面效益
            out[j] = Token("stop", "", nxt.text, nxt.start)
        elif (t.text + "指标") in PARTS and (j > i + 1 or (nxt.kind == "rows" and "方面" in nxt.text)):
            out[i] = Token("part", t.text + "指标", t.text, t.start)  # 数量方面的指标, 质量这一块
        elif (
            t.kind != "stop"  # a stem another rule has just folded into its kind (社会方面效益)
            and _kind_stem(t.text)
            and nxt.kind == "field"
            and nxt.value in ("score", "deduction", "weight", "score_rate")
            and nxt.start == t.start + len(t.text)
            and _cjk(nxt.text)
        ):
            out[i] = Token("part", t.text + "指标", t.text, t.start)  # 数量得分, 质量扣分: the kind's points
        elif (
            t.kind != "stop"  # a stem another rule has just folded into its kind (社会方面效益)
            and _kind_stem(t.text)
            and nxt.text in ("上", "方面")
            and i > 0
            and out[i - 1].text in ("在", "于")
            and any(
                x.kind == "field" and x.value in ("score", "deduction", "weight", "score_rate") for x in out
            )
            and not any(x.kind == "rows" for x in out)
        ):
            out[i] = Token("part", t.text + "指标", t.text, t.start)  # 在数量上扣了分
    for order in (range(len(out) - 1, -1, -1), range(len(out))):  # 数量质量时效: a chain of kinds
        for i in order:
            t = out[i]
            listed = any(x.kind == "part" for x in _beside(out, i))
            if (
                listed
                and t.kind in ("unknown", "prose", "agg")
                and _cjk(t.text)
                and (t.text + "指标") in PARTS
            ):
                out[i] = Token("part", t.text + "指标", t.text, t.start)  # 数量、质量、时效: kinds listed
    for i, t in enumerate(out[:-1]):
        j = i + 1
        while j < len(out) - 1 and out[j].kind == "stop" and out[j].text in _ASPECT:
            j += 1
        nxt = out[j]
        restated = (
            nxt.text.startswith("方面")
            or (nxt.text == "指标" and nxt.start == t.start + len(t.text))
            or (j > i + 1 and nxt.text.endswith("指标") and not nxt.text.startswith("哪"))
            or nxt.text in ("考核指标", "绩效指标")
        )
        if t.kind == "part" and nxt.kind == "rows" and restated:
            out[j] = Token("stop", "", nxt.text, nxt.start)  # 产出方面的指标, 成本类考核指标: the kind
    return out


def _beside(tokens: list[Token], i: int) -> list[Token]:
    """The nearest tokens left and right of i, past list separators (、, 和)."""
    out = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(tokens) and tokens[j].text in ("、", "，", ",", "和", "及", "与", "/"):
            j += step
        if 0 <= j < len(tokens):
            out.append(tokens[j])
    return out


_AGREES = frozenset({"相符", "相同", "一致", "持平", "相等", "equal", "match", "matches"})


def _score_against_weight(tokens: list[Token]) -> list[Token]:
    """得分低于分值 is not full marks, 得分与分值相符 full marks: the score set against the
    weight, not a threshold."""
    out = list(tokens)
    content = [i for i, t in enumerate(out) if t.kind != "stop" or t.text in _AGREES]
    for a, b, c in zip(content, content[1:], content[2:], strict=False):
        first, mid, last = out[a], out[b], out[c]
        if (
            first.kind == "field"
            and first.value == "score"
            and last.kind == "field"
            and last.value == "weight"
        ):
            if mid.kind == "comp" and mid.value in ("lt", "ne"):
                kind = "notfull"
            elif mid.kind == "comp" and mid.value == "eq" or mid.text in _AGREES:
                kind = "full"
            else:
                continue
            out[a] = Token(kind, "", first.text, first.start)
            out[b] = Token("stop", "", mid.text, mid.start)
            out[c] = Token("stop", "", last.text, last.start)
        elif (
            first.kind == "field" and first.value == "score" and mid.kind == "field" and mid.value == "weight"
        ) and last.text in _AGREES:  # 得分与分值相符
            out[a] = Token("full", "", first.text, first.start)
            out[b] = Token("stop", "", mid.text, mid.start)
            out[c] = Token("stop", "", last.text, last.start)
    return out


def _measure_pair(tokens: list[Token], part: Token) -> bool:
    """Whether a part is followed by a field (a measure: satisfaction score), not named alone."""
    at = tokens.index(part)
    nxt = next((t for t in tokens[at + 1 :] if t.kind != "stop"), None)
    return part.kind == "part" and nxt is not None and nxt.kind == "field"


_FILLER_TAGS = frozenset(
    [
        "d",
        "p",
        "c",
        "u",
        "y",
        "e",
        "m",
        "q",
        "r",
        "t",
        "f",
        "b",
        "z",
        "zg",
        "o",
        "uj",
        "ul",
        "uz",
        "ug",
        "uv",
        "ud",
        "ad",
        "an",
    ]
)
"""jieba parts of speech that frame a request rather than name what is asked: adverbs,
prepositions, conjunctions, particles, interjections, numerals, pronouns, idioms, time words."""


_NEGATION = re.compile("[不没未非无别勿莫]")
_A_NOT_A = re.compile(r"(.)[不没]\1")
"""能不能, 有没有: a question's form, not a negation."""
_NOT_NEGATIONS = frozenset({"非常", "无论", "别的", "没准"})
"""Words that hold a negation character and negate nothing (非常 = very)."""


def _filler(t: Token) -> Token:
    """An unread Chinese word whose part of speech frames the request (大概, 麻烦, 一块, 当初)
    reads as a function word; unread nouns and verbs stay unread, so they are asked back."""
    if t.kind != "unknown" or not _cjk(t.text):
        return t
    if "分位" in t.text:
        return t  # 第50百分位: a percentile, which no field computes, is asked back (not 50 or 50%)
    if _NEGATION.search(t.text) and not _A_NOT_A.match(t.text) and t.text not in _NOT_NEGATIONS:
        return t  # 不 before a word the rules did not read: a negation is never dropped (不满分)
    import jieba.posseg as posseg

    tags = {p.flag for p in posseg.lcut(t.text)}
    return Token("stop", "", t.text, t.start) if tags and tags <= _FILLER_TAGS else t


def _compared(tokens: list[Token], i: int) -> bool:
    """Whether a comparator has a number or an average to compare with nearby."""
    near = tokens[max(0, i - 2) : i + 4]
    return any(
        t.kind in ("number", "range") or (t.kind == "agg" and t.value in ("avg", "median")) for t in near
    )


def _a_year(said: str) -> bool:
    return said.isdigit() and len(said) == 4 and 1990 <= int(said) <= 2035


def _bare_year(t: Token) -> bool:
    value = t.number or 0.0
    return not t.unit and value.is_integer() and 1990 <= value <= 2035 and "," not in t.text


def _compared_number(tokens: list[Token], i: int) -> bool:
    """Whether a comparator or a measure stands right beside a number (高于2000, 预算2000)."""
    near = [t for t in tokens[max(0, i - 2) : i + 3] if t.kind not in ("stop", "prep")]
    return any(t.kind in ("comp", "field", "part", "range") for t in near if t is not tokens[i])


def _two_projects(tokens: list[Token]) -> bool:
    return sum(1 for t in tokens if t.kind == "project") >= 2


def _has_prose(tokens: list[Token]) -> bool:
    return any(t.kind == "prose" and len(t.text) >= 2 for t in tokens)


def _comparisons(tokens: list[Token]) -> list[Token]:
    """年初预算数比平均值高: 比 … 高 reads as a comparator unless it compares two projects."""
    out = list(tokens)
    projects = sum(1 for t in out if t.kind == "project")
    for i, t in enumerate(out):
        if t.kind == "comp" and t.value in ("gt", "lt") and projects >= 2 and _before_project(out, i):
            out[i] = Token("compare", "desc" if t.value == "gt" else "asc", t.text, t.start)
            continue  # Did X spend more than Y?: the comparator meets a project, not a number
        if t.kind == "comp" and t.value in ("gt", "lt") and _between_fields(out, i):
            out[i] = Token("diff", "", t.text, t.start)
            continue  # How much did the full-year budget exceed the initial budget?: their difference
        if t.kind != "compare" or t.text != "比":
            continue
        if any(n.kind == "diff" for n in out[i + 1 : i + 5]):
            out[i] = Token("stop", "", t.text, t.start)  # 全年预算数比年初预算数变化了多少
            continue
        if projects >= 2 or _scope_compared(out, i):
            continue  # 交通委的平均执行率比卫健委高吗: two bureaus (or years) compared, not a bound
        for j in range(i + 1, min(len(out), i + 5)):
            if out[j].kind == "project":
                break
            if out[j].kind == "compare" and out[j].value:
                op = "gt" if out[j].value == "desc" else "lt"
                out[i] = Token("comp", op, t.text, t.start)
                out[j] = Token("stop", "", out[j].text, out[j].start)
                break
    return out


def _scope_compared(tokens: list[Token], i: int) -> bool:
    """Whether 比 at i is followed by a department or a year, another of which is said before."""
    after = next((t for t in tokens[i + 1 :] if t.kind != "stop"), None)
    if after is None or after.kind not in ("department", "year"):
        return False
    return any(t.kind == after.kind for t in tokens[:i])


def _between_fields(tokens: list[Token], i: int) -> bool:
    """Whether token i stands between two different fields with only stop words around it, and
    a how-much asks the gap (How much did the budget exceed the initial budget?)."""
    near = [t for t in tokens[max(0, i - 3) : i] if t.kind != "stop"][-1:]
    far = [t for t in tokens[i + 1 : i + 4] if t.kind != "stop"][:1]
    asks = any(t.kind == "ask" and t.text.lower() in ("how much", "多少") for t in tokens)
    return (
        asks
        and bool(near and far)
        and near[0].kind == far[0].kind == "field"
        and near[0].value != far[0].value
    )


def _before_project(tokens: list[Token], i: int) -> bool:
    """Whether a project follows token i with only stop words between (more than the Y, higher
    than that of Y), and no measure is said after it (more than Y's budget: two measures, not one
    compared)."""
    for j, t in enumerate(tokens[i + 1 : i + 4], start=i + 1):
        if t.kind == "project":
            return not any(x.kind in ("field", "part") for x in tokens[j + 1 :])
        that_of = t.text.lower() == "of" and tokens[j - 1].text.lower() in ("that", "those")
        if t.kind != "stop" and not that_of:
            return False
    return False


def _prose_word(word: str, corpus: Corpus) -> bool:
    return len(word) >= 2 and "\u4e00" <= word[0] <= "\u9fff" and word in corpus.prose


def _scope(out: Tagged, corpus: Corpus) -> None:
    this_year = date.today().year  # 去年 is the calendar's last year, not the corpus's latest
    years = sorted(
        {
            this_year + int(t.value) if t.value.startswith("-") else int(float(t.value))
            for t in out.tokens
            if t.kind == "year"
        }
    )
    missing = [y for y in years if y not in corpus.years]
    if missing:
        out.problem = f"year:{missing[0]}"
        return
    names = [*corpus.department_aliases, *(p.name for p in corpus.projects)]
    full = [*corpus.departments, *(p.name for p in corpus.projects)]
    for m in _FULL_AGENCY.finditer(out.text):
        if m.group(1).startswith(("年度", "年", "度", "月")):
            continue  # 2021年度市财政局: the year, then the bureau (no city called 年度)
        if not any(m.group(1) in k or k in m.group(1) for k in full):
            out.problem = f"agency:{m.group(1)}"
            return
    for n, t in enumerate(out.tokens):
        region = next((p for p in lx.PLACES if t.text.startswith(p)), None)
        if t.kind not in ("unknown", "prose", "stop") or len(t.text) < 2 or region is None:
            continue
        if not any(region in k for k in names) and region not in corpus.prose:
            out.problem = f"agency:{t.text}"  # 北京的项目 / 浦东新区的项目, in a corpus of neither
            return
        if t.kind in ("unknown", "prose") and t.text in (region, region + "市", region + "省"):
            out.tokens[n] = Token("stop", "", t.text, t.start)  # 上海的项目, of a corpus of 上海市 forms
    for m in _EN_PLACE.finditer(out.text):
        region = lx.EN_PLACES[m.group(0).lower()]
        if not any(region in k for k in names) and region not in corpus.prose:
            out.problem = f"agency:{m.group(0)}"  # Guangdong province's cloud, in a corpus of neither
            return
        out.tokens = [
            Token("stop", "", t.text, t.start)
            if t.kind == "unknown" and t.text.lower() == m.group(0).lower()
            else t
            for t in out.tokens
        ]  # Which Shanghai projects…, of a corpus of 上海市 forms
    rest = "".join(t.text for t in out.tokens if t.kind in ("unknown", "prose", "projword", "stop"))
    for m in _AGENCY.finditer(rest):
        agency = m.group(1)
        if not any(agency in k or k in agency for k in names) and not _generic_agency(agency):
            out.problem = f"agency:{agency}"
            return
    for t in out.tokens:
        if t.kind == "department":
            place = re.search(r"([\u4e00-\u9fff]{2,3}(?:省|市|自治区|县))$", out.text[: t.start])
            if place and place.group(1) + t.text not in names and not any(place.group(1) in k for k in names):
                out.problem = f"agency:{place.group(1)}{t.text}"
                return
    known = {w for name in corpus.departments for w in english_stems(name)}
    for m in english_agency().finditer(out.text):
        said = m.group(0).lower()
        if not any(pattern.search(said) for pattern, _ in corpus.english_departments) and not any(
            w in said for w in known
        ):
            out.problem = f"agency:{m.group(0)}"  # the Health Commission, in a corpus without it
            return
    for n, t in enumerate(out.tokens[:-1]):
        nxt = out.tokens[n + 1]
        if (
            t.kind == "department"
            and nxt.kind == "project"
            and nxt.start == t.start + len(t.text)
            and nxt.ids
            and all(x in corpus.by_id and corpus.by_id[x].department == t.ids[0] for x in nxt.ids)
        ):
            out.tokens[n] = Token(
                "stop", "", t.text, t.start
            )  # 教委X专项经费: the department begins the name
    departments = sorted({t.ids[0] for t in out.tokens if t.kind == "department"})
    if len(corpus.departments) <= 1 and not years:
        departments = []  # naming the only department narrows nothing
    out.years, out.departments = tuple(years), tuple(departments)


def _generic_agency(agency: str) -> bool:
    return bool(re.fullmatch(r"(哪个|哪些|各|每个|所有|这个|该|主管)?(部门|单位)", agency))
