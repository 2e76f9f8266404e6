"""Linking words in a question to projects and indicator rows.

A project matches by the longest stretch of its name that the question repeats, ignoring
stretches made only of generic words (数据, 平台, 服务, …). Equal best matches make the link
ambiguous, and the bot asks which project was meant. English names go through a small table
of hints (the cloud project → 政务云) before matching.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bot.corpus import Corpus
from bot.lexicon import ENGLISH_HINTS
from index.types import Indicator, Project

_STRIP = re.compile(r"[\s“”\"'‘’（）()【】\[\]《》<>\-—_·、,，.。:：;；!?！？]")
GENERIC = frozenset(
    [
        "上海市",
        "上海",
        "项目",
        "数据",
        "大数据",
        "服务",
        "平台",
        "系统",
        "信息",
        "管理",
        "工作",
        "建设",
        "运营",
        "中心",
        "资源",
        "经费",
        "升级",
        "改造",
        "服务费",
        "年度",
        "市",
        "的",
        "和",
        "与",
        "及",
        "费",
        "满意度",
        "指标",
        "得分",
        "总分",
        "预算",
        "执行",
        "政务",
        "网络",
        "2021",
        "2020",
        "2022",
        "2023",
    ]
)
_MIN_MATCH = 2


def normalise(text: str) -> str:
    """Return text without spaces, quotes, brackets and punctuation."""
    return _STRIP.sub("", text)


_YEAR_WORDS = re.compile(r"(19|20)\d{2}\s*年度?")


def hinted(question: str) -> str:
    """Return the question normalised, without year words, plus Chinese hints for English names."""
    hints = [hint for pattern, hint in ENGLISH_HINTS if pattern.search(question)]
    return normalise(_YEAR_WORDS.sub(" ", question)) + "".join(hints)


@lru_cache(maxsize=65536)
def _is_generic(fragment: str) -> bool:
    """Whether a fragment says nothing specific: only generic words, or one odd character
    beside them in a fragment shorter than three (政务云 is specific, 政务 is not)."""
    if fragment.isascii() and len(fragment) < 4:
        return True  # "20" of a year or "00" of a code names nothing
    rest = fragment
    for word in sorted(GENERIC, key=len, reverse=True):
        rest = rest.replace(word, "")
    return not rest or (len(rest) < 2 and len(fragment) < 3)


def _best_match(question: str, name: str) -> int:
    """Length of the longest non-generic substring of name found in question."""
    best = 0
    for i in range(len(name)):
        for j in range(len(name), i + max(best, _MIN_MATCH - 1), -1):
            fragment = name[i:j]
            if fragment in question and not _is_generic(fragment):
                best = max(best, j - i)
                break
    return best


@dataclass(frozen=True)
class ProjectLink:
    """Projects a question names: one or more links, or an ambiguity to resolve."""

    ids: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()


@lru_cache(maxsize=65536)
def _weak_pair(pair: str) -> bool:
    """A pair that is generic or part of a generic word (满意 of 满意度) nominates nothing."""
    return _is_generic(pair) or any(pair in word for word in GENERIC)


def _candidates(text: str, index: dict[str, set], allowed: set[str] | None = None) -> set:  # type: ignore[type-arg]
    """Keys of index entries sharing the most specific character pairs with text (at least
    half as many as the best entry), so that exact names are not drowned by near-namesakes."""
    counts: Counter = Counter()  # type: ignore[type-arg]
    for pair in {text[i : i + 2] for i in range(len(text) - 1)}:
        if pair in index and not _weak_pair(pair):
            counts.update(index[pair] if allowed is None else index[pair] & allowed)
    if not counts:
        return set()
    floor = max(counts.values()) / 2
    return {key for key, count in counts.items() if count >= floor}


def link_projects(question: str, corpus: Corpus, allowed: set[str] | None = None) -> ProjectLink:
    """Return the projects the question names (among the allowed ids, when given)."""
    text = hinted(question)
    ids = _candidates(text, corpus.name_index, allowed)
    projects = [p for p in corpus.projects if p.id in ids]
    scored = [(p, _best_match(text, normalise(p.name))) for p in projects]
    scored = [(p, s) for p, s in scored if s >= _MIN_MATCH]
    if not scored:
        return ProjectLink()
    exact = [p for p, _ in scored if normalise(p.name) in text]
    if exact:
        return ProjectLink(ids=tuple(p.id for p in exact))
    top = max(s for _, s in scored)
    best = [p for p, s in scored if s == top]
    if len(best) == 1:
        return ProjectLink(ids=(best[0].id,))
    if _names_several(question, best):
        return ProjectLink(ids=tuple(p.id for p in best))
    return ProjectLink(ambiguous=tuple(p.id for p in best))


def _names_several(question: str, projects: list[Project]) -> bool:
    """Whether the question asks about all the matching projects at once (两个/both/all)."""
    return bool(re.search(r"两个|都|所有|各|分别|both|all|each|compare|比较|对比", question, re.I))


def link_indicators(
    question: str, corpus: Corpus, project_ids: tuple[str, ...] = ()
) -> list[tuple[Project, Indicator]]:
    """Return the indicator rows whose name the question repeats (best matches only)."""
    text = normalise(question)
    rows = corpus.indicators()
    positions = _candidates(text, corpus.indicator_index)
    scope = [rows[n] for n in sorted(positions) if not project_ids or rows[n][0].id in project_ids]
    scored = []
    for p, row in scope:
        name = normalise(row.name)
        if len(name) < 2:
            continue
        if name in text:
            scored.append((len(name) + 100, p, row))
            continue
        match = _best_match(text, name)
        if match >= 4 and match >= len(name) * 0.6:
            scored.append((match, p, row))
    if not scored:
        return []
    top = max(s for s, _, _ in scored)
    return [(p, row) for s, p, row in scored if s == top]
