"""Checking that a model's query was read from the question, not made up.

A query can be valid (ids exist, fields fit their parts) and still answer another question.
So a model returns, with its query, the words of the question each slot was read from, and
``check_evidence`` accepts the query only when:

- every slot that decides which rows are read or how they are combined (a project, year,
  department, field, part, number, comparator, order, aggregate, grouping, condition, reasons,
  indicator row) has evidence — unless the previous query of the conversation already had it;
- every evidence's words occur in the question, and fit the slot: a number's words state the
  number (in the measure's unit), a project's words are part of its name and of no other
  project's name (or link to it), words the rules know (``bot.tagger``'s tokens) mean what the
  slot says. The model may read words the rules cannot; it may never contradict words they can;
- no word the rules read as a restriction (a number, year, field, part, comparator, negation,
  order, name…) is left outside the evidence of a slot that fits it: a plan that ignores part
  of the question is not the question's plan.

Invariant: the check only rejects; it never repairs a query.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from bot.corpus import Corpus
from bot.fields import FUNDS_PART, PARTS
from bot.prompt import Evidence
from bot.query import (
    AllProjects,
    Filtered,
    Named,
    ProjectSet,
    Query,
    Ranked,
    RowsQuery,
    TextQuery,
    leaf,
)
from bot.reading import Previous
from bot.slots import Slot, measures_of, required_slots
from bot.tagger import Tagged, Token, tag, to_int
from index.template import LEVEL1_OF

# which slot kinds may stand for a token of each kind the rules read as a restriction
COVERS: dict[str, frozenset[str]] = {
    "field": frozenset({"field", "part", "condition"}),
    "part": frozenset({"part", "field", "group"}),
    "comp": frozenset({"comparator"}),
    "range": frozenset({"comparator", "number"}),
    "number": frozenset({"number", "project", "row"}),  # 2021升级改造, DSG-00015: part of a name
    "order": frozenset({"order", "aggregate", "comparator"}),
    "ranking": frozenset({"order"}),
    "compare": frozenset({"order", "comparator"}),
    "topk": frozenset({"number", "order"}),
    "nth": frozenset({"number", "order"}),
    "group": frozenset({"group"}),
    "reason": frozenset({"reasons"}),
    "full": frozenset({"condition"}),
    "notfull": frozenset({"condition"}),
    "met": frozenset({"condition"}),
    "notmet": frozenset({"condition"}),
    "has": frozenset({"condition"}),
    "flag": frozenset({"field", "comparator", "number", "condition"}),
    "project": frozenset({"project"}),
    "ambiguous": frozenset({"project"}),
    "indicator": frozenset({"row", "part"}),
    "year": frozenset({"year", "project", "row"}),
    "department": frozenset({"department"}),
}
_VALUED = frozenset({"ranking", "compare"})  # only when they carry a direction
_POINTS = frozenset({"score", "weight", "deduction", "score_rate"})  # fields counted in points
_EQUIVALENT_PARTS: dict[str, set[str]] = {}
for _level2, _level1 in LEVEL1_OF.items():
    if _level2 in PARTS and list(LEVEL1_OF.values()).count(_level1) <= 2:  # 满意度 ≡ 服务对象满意度
        _EQUIVALENT_PARTS.setdefault(_level1, {_level1}).add(_level2)
        _EQUIVALENT_PARTS.setdefault(_level2, {_level2}).add(_level1)
_NEGATION = re.compile(r"没|未|不|无|非|\bno\b|\bnot\b|without|n't|never", re.IGNORECASE)
_NAME_NORM = re.compile(r"[\s“”\"'‘’（）()【】\[\]《》「」『』〈〉〔〕［］＂＇<>\-—_·、,，.。:：;；!?！？]")
_AMOUNT = re.compile(
    r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万元|亿元|千万|百万|万|亿|million|billion|%|％|percent|个百分点|分|points?|元|yuan)?",
    re.IGNORECASE,
)
_SCALE = {
    "万元": 1e4,
    "万": 1e4,
    "亿元": 1e8,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "million": 1e6,
    "billion": 1e9,
}


class EvidenceError(ValueError):
    """A model's query is not supported by the words of the question."""


def normalise(text: str) -> str:
    """The question as the tagger indexes it, lower-cased (token offsets stay valid)."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def check_evidence(
    question: str, query: Query, evidence: list[Evidence], corpus: Corpus, previous: Previous
) -> None:
    """Raise EvidenceError naming the first reason the query is not the question's."""
    problems = list(_problems(question, query, evidence, corpus, previous))
    if problems:
        raise EvidenceError("; ".join(problems[:3]))


def _problems(  # type: ignore[no-untyped-def]
    question: str, query: Query, evidence: list[Evidence], corpus: Corpus, previous: Previous
):
    text = normalise(question)
    tagged = tag(question, corpus)
    spans: dict[int, list[tuple[int, int]]] = {}
    for n, e in enumerate(evidence):
        words = normalise(e.words)
        spans[n] = _occurrences(text, words)
        if not words or not spans[n]:
            yield f"evidence words {e.words!r} are not in the question"
    if any(not s for s in spans.values()):
        return
    inherited = set(required_slots(previous.query)) if previous.query is not None else set()
    fitting: list[tuple[int, int, str]] = []  # spans of evidence that fit a slot of the query
    read: set[str] = set()  # words only the model's reading supports (unknown to the rules)
    confirmed: list[Slot] = []
    for slot in dict.fromkeys(required_slots(query)):
        matches = [n for n, e in enumerate(evidence) if _names_slot(e, slot)]
        if not matches:
            if slot not in inherited:
                yield f"no words of the question for {slot.kind} {slot.value!r}"
            continue
        fits, claimed, conflicts = [], [], []
        verdicts: set[str] = set()
        read_words: set[str] = set()
        for n in matches:
            verdict = _fit(slot, evidence[n].words, spans[n], tagged, corpus)
            claimed += [(a, b, slot.kind) for a, b in spans[n]]
            if verdict in ("fit", "read", "phrase"):
                fits += [(a, b, slot.kind) for a, b in spans[n]]
                verdicts.add(verdict)
                if verdict != "fit":
                    read_words.add(evidence[n].words)
            elif verdict == "conflict":
                conflicts.append(evidence[n].words)
        if not fits and conflicts:
            yield f"the words {conflicts[0]!r} do not mean {slot.kind} {slot.value!r}"
        elif not fits and slot not in inherited:
            yield f"the words for {slot.kind} {slot.value!r} do not state it"
        if fits:  # every stretch claimed for a slot that one of them states is read
            fitting += claimed
            if "fit" in verdicts:
                confirmed.append(slot)
            else:
                read.update(read_words)
                if "phrase" in verdicts:  # the rules know part of the phrase as this kind of slot
                    confirmed.append(slot)
    if len(read) > 1:
        yield f"{len(read)} stretches of words the rules do not know carry the plan"
    if read and not confirmed:
        yield "no slot of the plan rests on a word the rules know"
    yield from _uncovered(tagged, corpus, query, fitting)
    yield from _scope(tagged, corpus, query)
    yield from _previous(query, previous)
    if isinstance(query, TextQuery):
        yield from _text(text, query)


def _occurrences(text: str, words: str) -> list[tuple[int, int]]:
    if not words:
        return []
    return [(m.start(), m.start() + len(words)) for m in re.finditer(re.escape(words), text)]


def _names_slot(e: Evidence, slot: Slot) -> bool:
    kind = e.slot.strip().lower()
    if kind != slot.kind:
        return False
    if slot.kind == "number":
        return True  # a number is matched by what its words state, not by the value echoed
    return e.value.strip().lower() == slot.value.lower() or (slot.kind == "reasons")


# -- does the evidence fit its slot ---------------------------------------------------------------
def _overlapping(tagged: Tagged, spans: list[tuple[int, int]]) -> list[Token]:
    return [t for t in tagged.tokens if any(t.start < b and a < t.start + len(t.text) for a, b in spans)]


def _fit(slot: Slot, words: str, spans: list[tuple[int, int]], tagged: Tagged, corpus: Corpus) -> str:
    """'fit'; 'read' (only words the rules do not know say it) or 'phrase' (a phrase the rules
    half know says it); 'conflict'; or 'silent' (the words do not say it)."""
    tokens = _overlapping(tagged, spans)
    if slot.kind == "project":
        return _fit_project(slot.value, words, tokens, corpus)
    if slot.kind == "year":
        return "fit" if slot.value in words else "conflict"
    if slot.kind == "department":
        return _fit_department(slot.value, words, tokens, corpus)
    if slot.kind == "number":
        return _fit_number(float(slot.value), words, tokens)
    if slot.kind == "row":
        return _fit_row(slot.value, words, corpus)
    return _fit_word(slot, words, tokens)


def _token_values(kind: str, t: Token, words: str) -> set[str] | None:
    """What a token says about a slot kind (None: nothing)."""
    if kind == "field":
        return {t.value} if t.kind == "field" else {t.value.split(":")[0]} if t.kind == "flag" else None
    if kind == "part":
        if t.kind == "part":
            return _EQUIVALENT_PARTS.get(t.value, {t.value})
        if t.kind == "field" and t.value in ("execution_rate", "executed"):
            return {FUNDS_PART}  # 执行率得分: the score of the budget-execution row
        return None
    if kind == "comparator":
        if t.kind == "comp":
            return {t.value}
        if t.kind == "flag":
            return {t.value.split(":")[1]}
        if t.kind in ("compare", "order") and t.value:
            return {"gt", "ge"} if t.value == "desc" else {"lt", "le"}
        return {"ge", "le", "gt", "lt"} if t.kind == "range" else None
    if kind == "order":
        if t.kind == "order" or (t.kind in _VALUED and t.value):
            return {t.value}
        return {"desc"} if t.kind in ("nth", "topk") else None
    if kind == "aggregate":
        if t.kind == "order":
            return {"max" if t.value == "desc" else "min"}
        return {t.value} if t.kind == "agg" else None
    if kind == "group":
        return {t.value} if t.kind == "group" else None
    if kind == "reasons":
        return {""} if t.kind == "reason" else None
    if kind == "condition":
        # full marks ≡ nothing lost; not full ≡ points lost
        simple = {
            "full": {"full", "not_deducted"},
            "notfull": {"not_full", "deducted"},
            "met": {"met"},
            "notmet": {"unmet"},
        }
        if t.kind in simple:
            return simple[t.kind]
        if t.kind == "has":
            return {"has" if t.value == "yes" else "has_not"}
        if t.kind == "field" and t.value == "deduction":
            return {"not_deducted", "full"} if _NEGATION.search(words) else {"deducted", "not_full"}
        if t.kind == "part" and _NEGATION.search(words):
            return {"has_not"}
    return None


def _fit_word(slot: Slot, words: str, tokens: list[Token]) -> str:
    if slot.kind == "field" and slot.value in _POINTS:  # 分 / points is the unit, not the field
        tokens = [t for t in tokens if not (t.kind == "field" and t.value == "score")] or tokens
    said = [v for t in tokens if (v := _token_values(slot.kind, t, words)) is not None]
    if slot.kind == "order" and any(t.kind == "order" for t in tokens):
        said = [{t.value} for t in tokens if t.kind == "order"]  # 倒数第二: the order word decides
    if any(slot.value in values for values in said):
        return "fit"
    if said and slot.kind in ("field", "part") and _unread_phrase(tokens):
        return "phrase"  # "budget at the start of the year": a phrase the rules only half know
    if said:
        return "conflict"
    if slot == Slot("comparator", "eq") and any(t.kind == "number" for t in tokens):
        return "fit"  # 满意度得分是8分: a number stated plainly is an equality
    if not _unread_phrase(tokens):
        return "silent"
    return "read"  # a word the rules do not know, read by the model


def _unread_phrase(tokens: list[Token]) -> bool:
    """Whether the words hold a word the rules do not know (two characters or a real word)."""
    return any(t.kind == "unknown" and len(t.text) >= (2 if _cjk(t.text) else 3) for t in tokens)


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _norm_name(text: str) -> str:
    return _NAME_NORM.sub("", unicodedata.normalize("NFKC", text)).lower()


def _fit_project(pid: str, words: str, tokens: list[Token], corpus: Corpus) -> str:
    linked = [t for t in tokens if t.kind in ("project", "ambiguous")]
    if any(t.kind == "ambiguous" for t in linked):
        return "conflict"  # the name fits several projects: the model may not pick one
    if linked:
        return "fit" if any(pid in t.ids for t in linked) else "conflict"
    project = corpus.by_id.get(pid)
    w = _norm_name(words)
    if project is None or len(w) < 2 or w not in _norm_name(project.name):
        return "conflict"
    others = {_norm_name(p.name) for p in corpus.projects if p.name != project.name}
    if w != _norm_name(project.name) and any(w in o for o in others):
        return "conflict"
    return "fit"


def _fit_department(name: str, words: str, tokens: list[Token], corpus: Corpus) -> str:
    if any(t.kind == "department" and name in t.ids for t in tokens):
        return "fit"
    w = words.strip()
    if corpus.department_aliases.get(w) == name or (len(w) >= 2 and w in name):
        return "fit"
    return "conflict"


def _fit_number(value: float, words: str, tokens: list[Token]) -> str:
    stated: set[float] = set()
    for t in tokens:
        if t.number is not None and t.kind in ("number", "range", "topk", "nth"):
            stated.add(t.number)
            if t.kind == "range":
                stated.add(float(t.value))
        if t.kind == "flag":
            stated.add(float(t.value.split(":")[2]))
    stated |= set(stated_numbers(words))
    if any(abs(v - value) <= 1e-9 * max(1.0, abs(value)) for v in stated):
        return "fit"
    return "conflict" if stated else "silent"


def stated_numbers(words: str) -> Iterator[float]:
    """The numbers words state, in base units (元, percent, points), and small numerals."""
    for m in _AMOUNT.finditer(words):
        value = float(m.group(1).replace(",", ""))
        unit = (m.group(2) or "").lower()
        yield value * _SCALE.get(unit, 1.0)
    for ch in re.findall(r"[一二两三四五六七八九十]", words):
        n = to_int(ch)
        if n is not None:
            yield float(n)
    for word in re.findall(r"[a-z]+", words.lower()):
        n = to_int(word) if not word.isdigit() else None
        if n is not None:
            yield float(n)


def _fit_row(row_id: str, words: str, corpus: Corpus) -> str:
    form, _, line = row_id.rpartition(":")
    w = _norm_name(words)
    for p in corpus.projects:
        if p.form != form:
            continue
        for r in p.indicators:
            if str(r.line) == line and len(w) >= 2 and w in _norm_name(r.name):
                return "fit"
    return "conflict"


# -- what the query must not leave out or widen --------------------------------------------------
def _uncovered(tagged: Tagged, corpus: Corpus, query: Query, fitting: list[tuple[int, int, str]]):  # type: ignore[no-untyped-def]
    if isinstance(query, TextQuery):
        kinds = {"project", "ambiguous", "year", "department", "number"}
    else:
        kinds = set(COVERS)
    used = {s.value for s in required_slots(query) if s.kind == "field"}
    used |= {m.field for m in measures_of(query)}
    lost = isinstance(query, RowsQuery) and query.only == "deducted"
    if lost:
        used.add("deduction")  # 为什么扣分 / 为什么没拿满分: the rows that lost points
    for t in tagged.tokens:
        if t.kind not in kinds or (t.kind in _VALUED and not t.value):
            continue
        if (t.kind == "has" and t.value == "yes") or (lost and t.kind == "notfull"):
            continue  # "have" of a plain question; "not full marks" of the rows that lost points
        if t.kind == "field" and (t.value in used or (t.value == "score" and used & _POINTS)):
            continue  # the field is read, or 分 / points is the unit of one that is
        if t.kind == "department" and len(corpus.departments) <= 1:
            continue
        if t.kind == "year" and len(corpus.years) <= 1:
            continue
        end = t.start + len(t.text)
        if not any(a < end and t.start < b and kind in COVERS[t.kind] for a, b, kind in fitting):
            yield f"the plan leaves out {t.text!r}"


def _scope(tagged: Tagged, corpus: Corpus, query: Query):  # type: ignore[no-untyped-def]
    base = leaf(query.projects)
    if not isinstance(base, AllProjects):
        return
    if len(corpus.years) > 1 and not set(tagged.years) <= set(base.years):
        yield f"the question is about {list(tagged.years)}, the plan about {list(base.years) or 'every year'}"
    if len(corpus.departments) > 1 and not set(tagged.departments) <= set(base.departments):
        yield "the plan widens the question's department"


def _previous(query: Query, previous: Previous):  # type: ignore[no-untyped-def]
    projects: ProjectSet | None = query.projects
    allowed = set(previous.subjects) | set(previous.results)
    while projects is not None:
        if isinstance(projects, Named) and projects.previous and not set(projects.ids) <= allowed:
            yield "the plan refers to projects the previous answer did not name"
        projects = projects.source if isinstance(projects, Filtered | Ranked) else None


def _text(text: str, q: TextQuery):  # type: ignore[no-untyped-def]
    from bot.numbers import numbers_in

    if not numbers_in(q.text) <= numbers_in(text):
        yield "the text query carries a number the question does not state"
    for w in q.words:
        if normalise(w) not in text:
            yield f"the text query's word {w!r} is not in the question"
