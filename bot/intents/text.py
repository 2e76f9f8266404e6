"""Text: a fact that no field holds (完成了多少个工单), answered by quoting the sentence of the
forms' prose that states it. Only questions whose unread words all occur in the forms' own
text come here; the retrieval and the quoting live in ``bot.text``."""

from __future__ import annotations

from bot.corpus import Corpus
from bot.describe import project_set
from bot.intents.base import Intent, Template
from bot.query import TextQuery
from bot.reading import Reading
from bot.result import Composed, say
from bot.types import Language


def _text(r: Reading) -> TextQuery | None:
    prose = r.take_all("prose")
    if not prose or r.present("unknown"):
        return None
    r.take_all("agg")
    r.take_all("rows")
    projects = r.base()
    if projects is None:
        return None
    words = tuple(dict.fromkeys(t.text for t in prose if len(t.text) >= 2))
    return TextQuery(projects=projects, text=r.tagged.question, words=words)


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
