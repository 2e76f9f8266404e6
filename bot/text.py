"""Extractive answers to text questions: the sentence(s) of the retrieved chunks that hold
the fact, quoted verbatim and cited to their source row. Nothing is paraphrased."""

from __future__ import annotations

import re
from functools import lru_cache

from langchain_core.documents import Document

from bot.corpus import Corpus, cite_funds, cite_goals, cite_indicator, cite_project, cite_total
from bot.numbers import Numbers
from bot.query import TextQuery
from bot.result import Composed
from bot.retrieve import tokenize
from bot.types import Citation, Context, Language
from index.types import FundsRow, Indicator

_SENTENCE = re.compile(r"(?<=[。；;！？!?])|\n")
_ASKS_NUMBER = re.compile(r"多少|几|数量(?!指标)|数目|总数|how many|how much|number|count", re.IGNORECASE)
_MIN_OVERLAP = 2
_ASKS_DATE = re.compile(
    r"哪天|哪一天|哪日|什么时候|啥时候|何时|几月|几号|哪年|哪一年|哪个月|日期|时间点"
    r"|(?:立项|启动|验收|完成|开始|开工|竣工|上线|结束|批复|签订|招标)(?:时间|年份)"
    r"|\bwhen\b|\b(?:what|which) (?:date|day|month|year)\b|\bdate\b",
    re.IGNORECASE,
)
"""A question asking when something happened."""
_STATES_DATE = re.compile(
    r"\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}|年底|年初|年中|年末|月底|月初|上半年|下半年|季度"
)
"""A sentence stating a date or a part of the year."""


def source_citation(doc: Document, corpus: Corpus) -> Citation | None:
    """Return the citation of the source row a chunk was cut from."""
    p = corpus.by_id.get(doc.metadata["project_id"])
    if p is None:
        return None
    line, section = int(doc.metadata["line"]), doc.metadata["section"]
    sheet, page = doc.metadata.get("sheet") or None, doc.metadata.get("page") or None

    def here(r: Indicator | FundsRow) -> bool:  # PDF lines restart on every page
        return r.line == line and (r.sheet or None) == sheet and (r.page or None) == page

    if section == "goal":
        return cite_goals(p)
    if section == "indicator":
        row = next((r for r in p.indicators if here(r)), None)
        return cite_indicator(p, row) if row else None
    if section == "funds":
        funds = next((r for r in p.funds if here(r)), None)
        return cite_funds(p, funds) if funds else None
    if section == "total":
        return cite_total(p)
    return cite_project(p)


def _sentences(doc: Document) -> list[str]:
    body = doc.page_content.split("\n", 1)[-1]
    body = re.sub(r"^年度总体目标·(预算目标|实际完成情况)：", "", body)
    return [s.strip() for s in _SENTENCE.split(body) if len(s.strip()) >= 4]


_ENUMERATOR = re.compile(r"^\s*[（(]?\d{1,2}[、.．)）]\s*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:年|年度)?(?!\d)")


def _states_number(sentence: str) -> bool:
    """Whether a sentence states a number, its list number (1、提供了…) and years (2021年) aside."""
    return bool(re.search(r"\d", _YEAR.sub("", _ENUMERATOR.sub("", sentence))))


def _score(sentence: str, terms: set[str], asks_number: bool, rank: int) -> float:
    words = set(tokenize(sentence))
    overlap = sum(len(t) for t in terms & words)
    bonus = 2.0 if asks_number and _states_number(sentence) else 0.0
    return overlap + bonus - rank * 0.1


def _holds(sentence: str, head: str, words: tuple[str, ...], every: bool = False) -> bool:
    """Whether a sentence (or its project line) holds the question's prose words: every word of
    three characters or more, and all but one in two of the two-character ones (every word,
    when the question also had words the prose does not use)."""
    inside = [w in sentence or w in head for w in words]
    if every:
        return all(inside) and bool(inside)
    long_ok = all(ok for w, ok in zip(words, inside, strict=True) if len(w) >= 3)
    short = [ok for w, ok in zip(words, inside, strict=True) if len(w) < 3]
    return long_ok and sum(short) * 2 >= len(short) - 1 and any(inside)


@lru_cache(maxsize=4096)
def common(word: str, prose: str) -> bool:
    """Whether a word is among the prose's most frequent (数据, 服务: more than once in 400
    characters), too common to single out a sentence by itself."""
    return prose.count(word) * 400 > len(prose)


def _rendered(sentence: str, choices: tuple[str, ...], prose: str) -> tuple[int, int]:
    """How many of an English question's words a sentence renders, and in how many characters
    (each word's longest Chinese rendering in it); (0, 0) unless every one of them (two at
    least), and one by a word that is not common, is rendered."""
    found = [[w for w in c.split("|") if w in sentence] for c in choices]
    hits = sum(1 for f in found if f)
    rare = any(not common(w, prose) for f in found for w in f)
    distinct = len({w for f in found for w in f}) >= hits  # one Chinese word renders one English word
    if hits >= 1 and hits == len(choices) and rare and distinct:
        return hits, sum(max(map(len, f), default=0) for f in found)
    return 0, 0


_CLASSIFIERS = (
    "个",
    "次",
    "项",
    "家",
    "条",
    "件",
    "台",
    "套",
    "人次",
    "人",
    "户",
    "名",
    "场",
    "批",
    "座",
    "处",
    "份",
    "起",
    "笔",
    "篇",
    "张",
    "所",
    "间",
    "类",
    "级",
    "部",
    "区",
)
_NEAR = 10


def _counted(sentence: str, choices: tuple[str, ...]) -> bool:
    """Whether the sentence counts what an English question counts: a number with a counting
    word (个, 次, 项 … or a unit the question names, 分钟 for minutes) within a few characters of
    one of the question's renderings (“共完成5次应急演练”, not “200分钟内修复” for repairs)."""
    words = [w for c in choices for w in c.split("|") if w in sentence]
    units = "|".join(re.escape(u) for u in sorted({*_CLASSIFIERS, *words}, key=len, reverse=True))
    counts = [
        m.span()
        for m in re.finditer(rf"\d[\d.,]*\s*(?:余|多)?\s*[万亿]?\s*(?:余|多)?\s*(?:{units})", sentence)
    ]
    for w in words:
        for at in (m.start() for m in re.finditer(re.escape(w), sentence)):
            for start, end in counts:
                gap = sentence[at + len(w) : start] if at < start else sentence[end:at]
                if start - _NEAR <= at + len(w) and at <= end + _NEAR and not _CLAUSE.search(gap):
                    return True
    return False


_CLAUSE = re.compile(r"[，,；;。、：:]|等")
"""Punctuation that ends a clause, and 等 that closes a list: a count and the word it counts
share one (“40余次，确保…无故障” does not count faults; “视频会议等重大保障工作40余次” does not
count video conferences)."""


def answer_text(q: TextQuery, lang: Language, docs: list[Document], corpus: Corpus) -> Composed:
    """Quote the best-supported sentence from the retrieved documents; the sentence must hold
    every word the question shares with the prose (and a number when one is asked for); an
    English question's sentence must render most of its words (``TextQuery.choices``)."""
    terms = set(tokenize(q.text))
    asks_number = bool(_ASKS_NUMBER.search(q.text))
    date_asked = _ASKS_DATE.search(q.text)
    date_words = date_asked.group(0) if date_asked else ""
    best: tuple[float, str, Document] | None = None
    renders: dict[str, int] = {}  # an English question's sentences: how many of its words each renders
    for rank, doc in enumerate(docs):
        for sentence in _sentences(doc):
            hits, rendered = _rendered(sentence, q.choices, corpus.prose) if q.choices else (0, 0)
            if q.choices and not hits:
                continue
            if not q.choices and not _holds(
                sentence, doc.page_content.split("\n", 1)[0], q.words, q.every_word
            ):
                continue
            if any(not set(w) & set(sentence) for w in q.unread):
                continue  # 一年搬了多少个节点: a sentence without 搬 does not say it
            if date_words and not _STATES_DATE.search(sentence) and date_words not in sentence:
                continue  # 哪天验收的: a sentence naming no date does not say when
            if asks_number and not _states_number(sentence):
                continue  # a count asked: a sentence without a number does not answer it
            if q.choices and asks_number and not _counted(sentence, (q.counted,) if q.counted else q.choices):
                continue  # how many repairs: “200分钟内修复” counts minutes
            score = _score(sentence, terms, asks_number, rank) + rendered + 10 * hits
            if q.choices:
                renders[sentence] = hits
            if best is None or score > best[0]:
                best = (score, sentence, doc)
    if best is not None and renders and sum(h == max(renders.values()) for h in renders.values()) > 1:
        return Composed("", [], Numbers(), abstained=True)  # two sentences render the English words alike
    if best is None or best[0] < _MIN_OVERLAP + (2.0 if asks_number else 0.0):
        return Composed("", [], Numbers(), abstained=True)
    _, sentence, doc = best
    cite = source_citation(doc, corpus)
    if cite is None:
        return Composed("", [], Numbers(), abstained=True)
    where = {"goal": "年度总体目标", "indicator": "绩效指标", "funds": "项目资金"}.get(cite.section, "表头")
    if lang == "zh":
        text = f"据「{cite.project}」{where}：“{sentence}”"
    else:
        text = f"From the {cite.section} row of '{cite.project}': “{sentence}”"
    n = Numbers()
    return Composed(text, [cite], n, Context((cite.project_id,), (cite.project_id,)))
