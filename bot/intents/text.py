"""Text: a fact that no field holds (完成了多少个工单), answered by quoting the sentence of the
forms' prose that states it. Only questions whose unread words all occur in the forms' own
text come here; the retrieval and the quoting live in ``bot.text``."""

from __future__ import annotations

import re

from bot.bilingual import light, rendered
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
    """How many emergency drills did X hold? — an English count asked of what the Chinese prose
    states: each English word the tables do not know is looked up in the dictionary
    (``bot.bilingual``) and kept with the Chinese words of it that the forms' prose uses. Two such
    words at least, none without, and the question must ask how many; the quoted sentence must
    then render every one of them (``bot.text``)."""
    unknown = [t for t in r.tokens if t.kind == "unknown"]
    if not unknown or not all(t.text.isascii() and t.text.isalpha() for t in unknown):
        return None
    if not any(t.kind in ("agg", "ask", "stop") and _HOW_MANY.search(t.text) for t in r.tokens):
        return None
    choices = [c for t in unknown if (c := rendered(t.text, r.corpus.prose))]
    unread = [t.text for t in unknown if not light(t.text) and not rendered(t.text, r.corpus.prose)]
    if len(choices) < 2 or unread:
        return None  # How many emergency drills failed?: a word no sentence can be checked for
    if all(common(w, r.corpus.prose) for c in choices for w in c):
        return None  # How many data services …: words too common to find one sentence by
    r.take_all("unknown")
    r.take_all("agg")
    r.take_all("rows")
    projects = r.base()
    if projects is None:
        return None
    return TextQuery(projects=projects, text=r.tagged.question, choices=tuple("|".join(c) for c in choices))


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
