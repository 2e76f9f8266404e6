"""Text: a fact that no field holds (完成了多少个工单), answered by quoting the sentence of the
forms' prose that states it. Only questions whose unread words all occur in the forms' own
text come here; the retrieval and the quoting live in ``bot.text``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.bilingual import renderings
from bot.corpus import Corpus
from bot.describe import project_set
from bot.intents.base import Intent, Template
from bot.query import TextQuery
from bot.reading import Reading
from bot.result import Composed, say
from bot.text import common
from bot.tokens import Token
from bot.types import Language


def _text(r: Reading) -> TextQuery | None:
    if r.language == "en" and not r.present("prose"):
        return _english(r)
    prose = r.take_all("prose")
    loose = r.present("unknown")
    if not prose or (loose and not _stated_count(r, prose)):
        return None
    said = sum(len(t.text) for t in prose if len(t.text) >= 2)
    named = any(t.kind == "project" for t in r.tokens)
    asks = any(_HOW_MANY.search(t.text) or (t.kind == "agg" and t.value == "count") for t in r.tokens)
    if said < 4 and not named and not asks:
        return None  # 有没有问题？: one common word of no project, asking no number, finds no fact
    unread = tuple(t.text for t in r.take_all("unknown") if t.text not in _LIGHT_VERBS)
    r.take_all("agg")
    r.take_all("rows")
    projects = r.base()
    if projects is None:
        return None
    words = tuple(dict.fromkeys(t.text for t in prose if len(t.text) >= 2))
    single = tuple(t.text for t in prose if len(t.text) == 1 and t.text not in _LIGHT_VERBS)  # 搬
    return TextQuery(
        projects=projects, text=r.tagged.question, words=words, every_word=loose, unread=unread + single
    )


_LIGHT_VERBS = frozenset("做干搞弄出完要办有得共总管花用给了过")
"""One-character words that say little of the fact (做了多少, 出了几项); any other one-character
word of the question (搬了多少个节点) must be in the quoted sentence."""
_HOW_MANY = re.compile(r"多少|几|how many|how much", re.IGNORECASE)


def _stated_count(r: Reading, prose: list[Token]) -> bool:
    """故障要求多少分钟内修好 / 重大网络保障做了多少次: a number asked of what the forms' prose says,
    with at least four characters of the prose's own words (two, of a named project) and one or
    two short Chinese words besides (修好) — close enough to find the sentence, which must then
    hold every prose word and share a character with each other word; never English words, which
    the Chinese prose cannot hold."""
    unknown = [t for t in r.tokens if t.kind == "unknown"]
    asks = any(
        (t.kind == "agg" and t.value == "count")
        or (t.kind in ("ask", "stop", "agg") and _HOW_MANY.search(t.text))
        for t in r.tokens
    )
    said = sum(len(t.text) for t in prose if len(t.text) >= 2)
    short = all("\u4e00" <= t.text[0] <= "\u9fff" and len(t.text) <= 3 for t in unknown)
    enough = said >= 4 or (said >= 2 and any(t.kind == "project" for t in r.tokens))
    return asks and enough and len(unknown) <= 2 and short


def _english(r: Reading) -> TextQuery | None:
    """How many work orders did X complete? — an English count asked of what the Chinese prose
    states: the English words the tables do not read are looked up, longest phrase first, in the
    dictionary and glossary (``bot.bilingual``) and kept with the Chinese words of them that the
    forms' prose uses. Two such readings at least, none of a word the tables left unread without
    one, and the question must ask how many; the quoted sentence must then render every one of
    them (``bot.text``)."""
    if not any(t.kind in ("agg", "ask", "stop") and _HOW_MANY.search(t.text) for t in r.tokens):
        return None
    read_back = english_reading(r.tokens, r.corpus.prose)
    if read_back is None or any(t.text.lower() in _RATE_WORDS for t in r.tokens):
        return None  # covered per district: a rate the prose's totals do not state
    at, readings = read_back
    read = [at[j] for j in (j for pos, _ in readings for j in pos)]
    for pos, found in readings:
        if not found and any(r.tokens[at[j]].kind != "stop" for j in pos):
            return None  # How many emergency drills failed?: a word no sentence can be checked for
    choices = list(dict.fromkeys(found for _, found in readings if found))
    if words_rendered(readings) < 2:
        return None  # one English word read: too little to find one sentence by
    if all(common(w, r.corpus.prose) for c in choices for w in c):
        return None  # How many data services …: words too common to find one sentence by
    r.used.update(read)
    r.used.update(
        i
        for i, t in enumerate(r.tokens)
        if t.kind == "unknown" and (i in at or t.text.lower() in _FUNCTION_EN)
    )
    r.take_all("agg")
    r.take_all("rows")
    projects = r.base()
    if projects is None:
        return None
    asked = min((i for i, t in enumerate(r.tokens) if _HOW_MANY.search(t.text)), default=-1)
    head = next((found for pos, found in readings if found and at[pos[0]] > asked), choices[0])
    return TextQuery(
        projects=projects,
        text=r.tagged.question,
        choices=tuple("|".join(c) for c in choices),
        counted="|".join(head),
    )


_RATE_WORDS = frozenset({"per", "each", "every"})
_ENGLISH_READ = ("unknown", "stop", "ranking", "group")
"""Kinds of English tokens the prose may render: words the tables do not know, and words they
read otherwise (order, departments) or pass over (database, side)."""
_FUNCTION_EN = frozenset(
    (
        "time", "times", "a", "an", "the", "this", "that", "these", "those", "it", "its", "their",
        "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
        "did", "has", "have", "had", "to", "by", "of", "in", "on", "at", "for", "with",
        "via", "from", "into", "under", "during", "within", "over", "as", "than", "and", "or", "so",
        "what", "which", "who", "whose", "how", "many", "much", "according", "form", "forms", "goal", "goals",
        "project", "projects", "programme", "program", "year", "years", "total", "altogether", "all", "any", "some", "far",
    )
)  # fmt: skip


def _said(t: Token) -> str:
    """The English word a token stands for in the prose (on average → average)."""
    return "average" if t.kind == "agg" else t.text


Readings = list[tuple[tuple[int, ...], tuple[str, ...]]]


def english_reading(tokens: Sequence[Token], prose: str) -> tuple[list[int], Readings] | None:
    """The English words a question asks of the prose (``english_words``) and their readings
    against it (``bot.bilingual.renderings``); None when a content token is no such word."""
    at = english_words(tokens)
    if at is None:
        return None
    return at, renderings([_said(tokens[i]) for i in at], prose)


def words_rendered(readings: Readings) -> int:
    """How many English words the readings render (a phrase counts its words)."""
    return sum(len(pos) for pos, found in readings if found)


def english_words(tokens: Sequence[Token]) -> list[int] | None:
    """Indices of the English words an English question asks of the prose (work, orders,
    complete), or None when any content token is not an English word the prose could render."""
    at = []
    for i, t in enumerate(tokens):
        if t.kind == "agg" and t.value == "avg":
            at.append(i)  # how many minutes on average: the prose says 平均
            continue
        if t.kind not in _ENGLISH_READ or t.text.lower() in _FUNCTION_EN:
            continue
        if not all(w.isascii() and w.isalpha() for w in t.text.split()):
            if t.kind == "stop":
                continue
            return None
        if t.text.lower() in _RATE_WORDS:
            continue
        at.append(i)
    return at if any(tokens[i].kind not in ("stop", "agg") for i in at) else None


def run(q: TextQuery, corpus: Corpus, lang: Language) -> Composed:
    """Text questions are answered by the chain's retrieval step, never by a table runner."""
    raise NotImplementedError("text queries run through retrieval (bot.chain)")


def describe(q: TextQuery, corpus: Corpus, lang: Language) -> str:
    """在年度总体目标等表内文字中查找…"""
    return say(
        lang,
        f"在表内文字（年度总体目标、指标名称）中查找，范围：{project_set(q.projects, corpus, lang)}",
        f"search the forms' prose (goals, indicator names); over {project_set(q.projects, corpus, lang)}",
    )


INTENT = Intent("text", run, describe, (Template("text", 5, _text),))
