"""What a language model is asked, and the shape it must answer in.

A model never answers a question itself: it returns a ``Plan`` — the typed query of
``bot.query`` (or "cannot") plus, for every slot of the query, the words of the question the
slot was read from. The JSON schema it is given is the query type's own, narrowed to this
corpus: enums of its project ids, parts, years and departments, so that a server with
constrained decoding cannot even spell a project that does not exist.

Invariant: the prompt carries only the question, the field registry's words, the corpus's
project names (with ids, years and departments) and the conversation's previous query and
projects — never a stored number.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from bot.corpus import Corpus
from bot.fields import FIELDS, PARTS
from bot.query import Query
from bot.reading import Previous

SLOT_KINDS = (
    "project",
    "year",
    "department",
    "field",
    "part",
    "number",
    "comparator",
    "order",
    "aggregate",
    "group",
    "condition",
    "reasons",
    "row",
    "previous",
    "other",
)
ROW_ENUM_LIMIT = 600  # beyond this many indicator rows the schema lists no row ids


class Evidence(BaseModel):
    """Where in the question one slot of the query was read."""

    model_config = ConfigDict(extra="ignore")

    slot: str = Field(description="Slot kind: " + ", ".join(SLOT_KINDS) + ".")
    value: str = Field(
        default="",
        description="The value the slot took in the query: a project id, a field key, a part name, "
        "a number, lt/le/gt/ge/eq/ne, asc/desc, count/share/sum/avg/median/min/max/range, level1/level2/"
        "department/year, full/not_full/met/unmet/deducted/not_deducted/has/has_not, a row id.",
    )
    words: str = Field(description="The exact words of the question the slot was read from, copied verbatim.")


class Plan(BaseModel):
    """A model's reading of a question."""

    model_config = ConfigDict(extra="ignore")

    action: Literal["query", "cannot"] = Field(
        description="'query' when the question maps onto the query language; 'cannot' when it asks "
        "something the forms do not record, names a project, year or agency not listed, or is "
        "too unclear."
    )
    query: Query | None = Field(default=None, description="The query (null with 'cannot').")
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="One entry per slot of the query, plus entries for any other word that shaped it.",
    )
    reason: str = Field(default="", description="With 'cannot': why, in a few words.")


PLAN = TypeAdapter(Plan)


def plan_schema(corpus: Corpus) -> dict[str, Any]:
    """The JSON schema of a Plan with enums of this corpus's ids, parts, years and departments."""
    schema = copy.deepcopy(PLAN.json_schema())
    defs = schema["$defs"]
    parts = {"anyOf": [{"type": "string", "enum": list(PARTS)}, {"type": "null"}]}
    defs["Measure"]["properties"]["part"] |= parts
    for name in ("RowsQuery", "HasPart", "Deducted", "FullMarks", "TargetMet"):
        prop = defs[name]["properties"]["part"]
        if "anyOf" in prop:
            prop |= parts
        else:
            prop |= {"type": "string", "enum": list(PARTS)}
    ids = [p.id for p in corpus.projects] or [""]
    defs["Named"]["properties"]["ids"]["items"] = {"type": "string", "enum": ids}
    years = defs["AllProjects"]["properties"]["years"]
    years["items"] = {"type": "integer", "enum": corpus.years} if corpus.years else {"type": "integer"}
    depts = defs["AllProjects"]["properties"]["departments"]
    if corpus.departments:
        depts["items"] = {"type": "string", "enum": corpus.departments}
    rows = [f"{p.form}:{r.line}" for p in corpus.projects for r in p.indicators]
    if 0 < len(rows) <= ROW_ENUM_LIMIT:
        defs["RowsQuery"]["properties"]["row_ids"]["items"] = {"type": "string", "enum": rows}
    return _portable(schema)


def _portable(node: Any) -> Any:
    """oneOf → anyOf and no discriminator: what every constrained decoder understands."""
    if isinstance(node, dict):
        out = {k: _portable(v) for k, v in node.items() if k != "discriminator"}
        if "oneOf" in out:
            out["anyOf"] = out.pop("oneOf")
        return out
    if isinstance(node, list):
        return [_portable(v) for v in node]
    return node


_RULES = """You translate questions about Chinese project performance self-evaluation forms \
(财政项目支出绩效自评表) into a typed query. You never answer the question and never state a \
number of your own: the query is executed by code over the stored forms.

Reply with one JSON object of the given schema:
- action "query" with the query, or action "cannot" (with a short reason) when the question asks \
something the forms do not record, names a project, year or agency not listed below, is off topic, \
or is too unclear to map without guessing. Prefer "cannot" to a guess.
- evidence: for EVERY slot of the query, an entry {slot, value, words}, where words are copied \
verbatim from the question (an exact substring). Slots: project (value = project id), year, \
department, field (value = field key), part (value = part name), number (every threshold, k or nth; \
value = the number in the measure's unit: 元 for money, percent for rates, points for scores), \
comparator (lt/le/gt/ge/eq/ne), order (asc/desc), aggregate (count/share/sum/avg/median/min/max/range), group \
(level1/level2/department/year), condition (full/not_full/met/unmet/deducted/not_deducted/has/has_not), \
reasons, row (an indicator row id). Also add entries (slot "other" or "previous") for every other word \
that shaped the query, such as 它/these referring to the previous answer. A word of the question that \
restricts the answer (a number, a year, a negation, a field, a name) must appear in some entry.
- Numbers in the query come only from the question: a threshold is the number the question states, \
converted to the measure's unit (5000万元 → 50000000; 90% → 90). Never put an answer value into the query.
- Named projects use the ids listed below; when the question refers to the previous answer \
(它, 这些, 第二名呢, 为什么), use {"kind": "named", "ids": [...], "previous": true} with ids of the \
previous answer's projects. A year or department the question states goes into "all" sets as a scope.
- A prose fact no field holds (goals' text: how many work orders, which systems) is a "text" query whose \
text is the question itself."""


def _fields_text() -> str:
    lines = []
    for f in FIELDS.values():
        parts = ", ".join("whole form" if p is None else p for p in f.parts)
        words = "、".join(f.words_zh[:8]) + " / " + ", ".join(f.words_en[:6])
        lines.append(f"- {f.key} ({f.zh}; {f.en}; unit {f.unit}; parts: {parts}): {words}")
    return "\n".join(lines)


def _parts_text() -> str:
    return "\n".join(
        f"- {p.name} ({p.level}; {p.en}): {'、'.join(p.words_zh)} / {', '.join(p.words_en)}"
        for p in PARTS.values()
    )


def _projects_text(corpus: Corpus) -> str:
    return "\n".join(f"- {p.id}: {p.name} ({p.year or '—'}, {p.department or '—'})" for p in corpus.projects)


def _previous_text(prev: Previous, corpus: Corpus) -> str:
    if prev.query is None:
        return "none (this is the first question of the conversation)"

    def names(ids: tuple[str, ...]) -> str:
        return ", ".join(f"{i} ({corpus.by_id[i].name})" for i in ids if i in corpus.by_id) or "none"

    query = json.dumps(prev.query.model_dump(mode="json"), ensure_ascii=False)
    return f"query: {query}\nits subjects: {names(prev.subjects)}\nits listed results, in order: {names(prev.results)}"


def system_prompt(corpus: Corpus, prev: Previous) -> str:
    """The system message: rules, fields, parts, projects and the previous query."""
    return (
        f"{_RULES}\n\nFields (key (Chinese; English; unit; parts it can be restricted to): words):\n"
        f"{_fields_text()}\n\nParts of a form (name (level; English): words):\n{_parts_text()}\n\n"
        f"Years: {', '.join(map(str, corpus.years)) or '—'}. Departments: "
        f"{', '.join(corpus.departments) or '—'}.\n\nProjects (id: name (year, department)):\n"
        f"{_projects_text(corpus)}\n\nPrevious answer:\n{_previous_text(prev, corpus)}"
    )
