"""Model-written answers to prose questions: the model chooses, from the retrieved passages'
sentences, those that answer the question and sums them up; the answer shows its summary and
quotes the chosen sentences verbatim, cited to their rows.

Invariants: only sentences of the goals' prose are offered to the model (table rows — budgets,
scores, rates — never leave the machine); every number in the summary stands in a chosen sentence (the grounding check runs
again on the whole answer); a chosen sentence shares words with the question; anything else —
an error, a late reply, "cannot", an unsupported number — keeps the extractive answer
(``bot.text.answer_text``), whose quoted sentence needs no model.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from langchain_core.documents import Document

from bot.corpus import Corpus
from bot.llm import ChatModel, ModelError
from bot.numbers import Numbers, numbers_in
from bot.query import TextQuery
from bot.result import Composed, say, unique
from bot.retrieve import tokenize
from bot.text import source_citation
from bot.types import Context, Language

LOG = logging.getLogger("jixiao.prose")
_SENTENCE = re.compile(r"(?<=[。；;！？!?])|\n")
_ASKS_NUMBER = re.compile(r"多少|几|how many|how much|number", re.IGNORECASE)
_MIN_OVERLAP = 2
SCHEMA: dict[str, Any] = {
    "title": "summary",
    "description": "The sentences that answer the question and a short summary of them.",
    "type": "object",
    "properties": {
        "action": {"type": "string", "enum": ["answer", "cannot"]},
        "sentences": {
            "type": "array",
            "items": {"type": "integer"},
            "description": "Numbers of the chosen sentences.",
        },
        "summary": {"type": "string", "description": "One or two sentences in the question's language."},
    },
    "required": ["action", "sentences", "summary"],
    "additionalProperties": False,
}
_SYSTEM = """You answer a question about Chinese project performance self-evaluation forms from \
the numbered sentences below, taken from the forms' text. Choose the sentences that answer the \
question (action "answer") and sum them up in one or two sentences in the question's language, \
using only numbers those sentences state. If no sentence answers the question, reply action \
"cannot". Never add facts or numbers that the sentences do not state.

Sentences:
"""


def sentences(docs: list[Document]) -> list[tuple[str, Document]]:
    """Every sentence of the retrieved goals passages, with its passage, in retrieval order."""
    out = []
    for doc in docs:
        if doc.metadata.get("section") != "goal":
            continue  # table rows stay on the machine: only the goals' prose is offered
        body = doc.page_content.split("\n", 1)[-1]
        body = re.sub(r"^年度总体目标·(预算目标|实际完成情况)：", "", body)
        out += [(s.strip(), doc) for s in _SENTENCE.split(body) if len(s.strip()) >= 4]
    return out


class ProseWriter:
    """Asks a model to choose and sum up supporting sentences."""

    def __init__(self, model: ChatModel) -> None:
        self.model = model

    def __call__(self, q: TextQuery, lang: Language, docs: list[Document], corpus: Corpus) -> Composed | None:
        """A model-written answer, or None when the extractive answer must stand."""
        found = sentences(docs)
        if not found:
            return None
        names = [c.project if (c := source_citation(doc, corpus)) else "" for _, doc in found]
        listing = "\n".join(f"[{n}] ({names[n]}) {s}" for n, (s, _) in enumerate(found))
        try:
            raw = self.model.structured(_SYSTEM + listing, q.text, "summary", SCHEMA)
            return self._compose(raw, q, lang, found, corpus)
        except (ModelError, ValueError, TypeError, KeyError) as err:
            LOG.warning("model summary not used for %r: %s", q.text, err)
            return None

    def _compose(
        self,
        raw: dict[str, Any],
        q: TextQuery,
        lang: Language,
        found: list[tuple[str, Document]],
        corpus: Corpus,
    ) -> Composed | None:
        if raw.get("action") != "answer":
            return None
        picked = [int(n) for n in raw.get("sentences") or []]
        if not picked or any(not 0 <= n < len(found) for n in picked):
            raise ValueError(f"chosen sentences {picked} are not among the {len(found)} offered")
        chosen = [found[n] for n in dict.fromkeys(picked)]
        summary = str(raw.get("summary") or "").strip()
        stated = set().union(*(numbers_in(s) for s, _ in chosen))
        if not summary or not numbers_in(summary) <= stated:
            raise ValueError(f"summary states numbers no chosen sentence holds: {summary!r}")
        terms = set(tokenize(q.text))
        if any(sum(len(t) for t in terms & set(tokenize(s))) < _MIN_OVERLAP for s, _ in chosen):
            raise ValueError("a chosen sentence shares no words with the question")
        if _ASKS_NUMBER.search(q.text) and not any(re.search(r"\d", s) for s, _ in chosen):
            raise ValueError("the question asks for a number and no chosen sentence states one")
        cites = [c for _, doc in chosen if (c := source_citation(doc, corpus)) is not None]
        if len(cites) != len(chosen):
            return None
        quotes = "\n".join(
            say(lang, f"- 「{c.project}」：“{s}”", f"- '{c.project}': “{s}”")
            for (s, _), c in zip(chosen, cites, strict=True)
        )
        text = summary + say(lang, "\n依据：\n", "\nFrom the forms:\n") + quotes
        ids = tuple(dict.fromkeys(c.project_id for c in cites))
        return Composed(text, unique(cites), Numbers(), Context(ids, ids))
