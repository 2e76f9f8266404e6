"""The query language: a typed, JSON-serialisable query over projects and indicator rows.

The rule parser builds these values; an optional language-model planner returns the same
types (validated by pydantic, then by ``validate_query`` against the corpus). A query never
carries an answer: every number comes from executing it over stored rows.

Shape: a query has one ``op`` (one intent module each, see ``bot.intents``) and works on a
``ProjectSet``. A set is all projects of a scope, named projects, or a set derived from
another set by a condition (``Filtered``) or by a ranking (``Ranked``), so queries nest:
"总分最高的项目执行率是多少" is a lookup of 执行率 over the set ranked first by 总分.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

FieldKey = Literal[
    "score",
    "weight",
    "deduction",
    "score_rate",
    "grade",
    "indicator_count",
    "deducted_count",
    "initial_budget",
    "full_year_budget",
    "executed",
    "execution_rate",
    "unspent_rate",
    "budget_change",
    "unspent",
    "department",
    "unit",
    "goals",
    "goals_achieved",
]
Op = Literal["lt", "le", "gt", "ge", "eq", "ne"]
Order = Literal["asc", "desc"]
Agg = Literal["count", "share", "sum", "avg", "median", "min", "max", "range"]
RowField = Literal["target", "actual", "weight", "score", "deviation"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Measure(_Frozen):
    """A quantity of a project: a field, optionally restricted to a part of the form."""

    field: FieldKey = Field(description="Which quantity (see bot.fields.FIELDS).")
    part: str | None = Field(
        default=None,
        description="A level-1 or level-2 indicator kind (产出指标, 数量指标, …), 预算执行 for the "
        "funds row, or a funds sub-row (当年财政拨款, 上年结转资金, 其他资金); None for the whole form.",
    )


class AllProjects(_Frozen):
    """Every project of a scope (all years and departments when empty)."""

    kind: Literal["all"] = "all"
    years: tuple[int, ...] = Field(default=(), description="Fiscal years; empty means all.")
    departments: tuple[str, ...] = Field(default=(), description="Departments or units; empty means all.")


class Named(_Frozen):
    """Projects named by id (from the question, or the previous answer's result)."""

    kind: Literal["named"] = "named"
    ids: tuple[str, ...] = Field(min_length=1, description="Project ids as stored.")
    previous: bool = Field(default=False, description="True when taken from the previous answer.")


class Compare(_Frozen):
    """A measure compared with a constant or with an aggregate of the same set."""

    kind: Literal["compare"] = "compare"
    measure: Measure
    op: Op
    value: float | None = Field(default=None, description="Constant in the measure's unit (元, %, 分).")
    against: Literal["avg", "median"] | None = Field(
        default=None, description="Compare with this aggregate of the measure over the set instead."
    )
    precision: float | None = Field(
        default=None,
        description="For eq: the step the constant was said to (1.8亿 → 1000万, about 17.7 million → 10万).",
    )


class HasPart(_Frozen):
    """Projects whose form has at least one indicator of a kind."""

    kind: Literal["has_part"] = "has_part"
    part: str
    negate: bool = False


class Deducted(_Frozen):
    """Projects that lost points (within a part when given)."""

    kind: Literal["deducted"] = "deducted"
    part: str | None = None
    negate: bool = False


class FullMarks(_Frozen):
    """Projects with full marks (score equals weight) on a part or the whole form."""

    kind: Literal["full_marks"] = "full_marks"
    part: str | None = None
    negate: bool = False


class TargetMet(_Frozen):
    """Projects whose indicators (of a part) all met their targets, or with one that did not."""

    kind: Literal["target_met"] = "target_met"
    part: str | None = None
    met: bool = True


class Excluded(_Frozen):
    """Every project but the named ones (除X以外, excluding X)."""

    kind: Literal["excluded"] = "excluded"
    ids: tuple[str, ...] = Field(min_length=1, description="Project ids left out.")


Condition = Annotated[
    Compare | HasPart | Deducted | FullMarks | TargetMet | Excluded, Field(discriminator="kind")
]


class Filtered(_Frozen):
    """The projects of a set that pass a condition."""

    kind: Literal["filtered"] = "filtered"
    source: ProjectSet
    condition: Condition


class Ranked(_Frozen):
    """The projects of a set at given positions of a ranking (ties kept together)."""

    kind: Literal["ranked"] = "ranked"
    source: ProjectSet
    measure: Measure
    order: Order = "desc"
    k: int = Field(default=1, ge=1, description="How many positions from the top of the order.")
    nth: int | None = Field(default=None, ge=1, description="Only this position (1 = first).")


ProjectSet = Annotated[AllProjects | Named | Filtered | Ranked, Field(discriminator="kind")]


class LookupQuery(_Frozen):
    """State measures of every project of a set (one project, several, or all of them)."""

    op: Literal["lookup"] = "lookup"
    projects: ProjectSet
    measures: tuple[Measure, ...] = Field(min_length=1)


class SummaryQuery(_Frozen):
    """Summarise projects: total, grade, budget and execution rate."""

    op: Literal["summary"] = "summary"
    projects: ProjectSet


class RankQuery(_Frozen):
    """Order a set by a measure: the first (ties listed), the top k, the nth, or all."""

    op: Literal["rank"] = "rank"
    projects: ProjectSet
    measure: Measure
    order: Order = "desc"
    k: int | None = Field(default=None, ge=1, description="Show the top k; None shows all.")
    nth: int | None = Field(default=None, ge=1, description="Only this position.")
    single: bool = Field(default=False, description="Answer with the first position only.")
    place_of: tuple[str, ...] = Field(
        default=(), description="Project ids whose place in the ranking is asked (X项目总分排第几)."
    )


class ListQuery(_Frozen):
    """List the projects of a (filtered) set, showing the measures its conditions used."""

    op: Literal["list"] = "list"
    projects: ProjectSet
    count_only: bool = False


class AggregateQuery(_Frozen):
    """Count a set, or the share of its source a filtered set is, or sum / average / median /
    min / max / range (max − min) a measure over it."""

    op: Literal["aggregate"] = "aggregate"
    projects: ProjectSet
    agg: Agg
    measure: Measure | None = Field(default=None, description="None with agg=count counts projects.")


class GroupQuery(_Frozen):
    """A measure summed per indicator kind (or averaged per department or year)."""

    op: Literal["group"] = "group"
    projects: ProjectSet
    by: Literal["level1", "level2", "department", "year"]
    measure: Measure | None = Field(default=None, description="None counts projects per group.")
    order: Order | None = Field(default=None, description="Sort groups; with single, the first only.")
    single: bool = False
    gap: bool = Field(default=False, description="With two groups, state the difference between them.")
    average: bool = Field(default=False, description="Average money per project, not the group's total.")


class CompareQuery(_Frozen):
    """Compare named projects on a measure."""

    op: Literal["compare"] = "compare"
    projects: ProjectSet
    measure: Measure
    order: Order = "desc"
    against: Literal["avg", "median"] | None = Field(
        default=None, description="Compare one named project with the average (or median) of all projects."
    )


class RowBound(_Frozen):
    """A row's points compared with a constant (扣了3分及以上, weight of at least 30)."""

    field: Literal["score", "weight", "deduction"]
    op: Op
    value: float


class RowsQuery(_Frozen):
    """Indicator rows of a set: by name or kind, optionally only those that lost points,
    ranked by points lost, or with their stated reasons."""

    op: Literal["rows"] = "rows"
    projects: ProjectSet
    part: str | None = None
    row_ids: tuple[str, ...] = Field(default=(), description="'form:line' of named indicator rows.")
    fields: tuple[RowField, ...] = ("target", "actual", "weight", "score")
    only: Literal["all", "deducted", "full", "met", "unmet"] = "all"
    order: Order | None = Field(default=None, description="Rank rows by points lost (or score).")
    by: Literal["deduction", "score", "weight", "score_rate"] = "deduction"
    k: int | None = None
    count_only: bool = False
    reasons: bool = Field(default=False, description="Answer with the deviation reasons.")
    bounds: tuple[RowBound, ...] = Field(default=(), description="Only rows whose points meet these.")


class CheckQuery(_Frozen):
    """A yes/no question about named projects (是否高于97分, 算不算优): each one's value and
    whether it passes the condition."""

    op: Literal["check"] = "check"
    projects: ProjectSet
    conditions: tuple[Condition, ...] = Field(min_length=1)


class TextQuery(_Frozen):
    """A fact that no field holds, looked up in the forms' prose."""

    op: Literal["text"] = "text"
    projects: ProjectSet
    text: str
    words: tuple[str, ...] = Field(default=(), description="Words the quoted sentence must contain.")
    every_word: bool = Field(
        default=False,
        description="The sentence must hold every one of the words (the question had words the prose lacks).",
    )
    unread: tuple[str, ...] = Field(
        default=(), description="Words the prose does not use; the sentence must share a character with each."
    )
    choices: tuple[str, ...] = Field(
        default=(),
        description="For an English question, each English word's Chinese renderings the prose uses, joined "
        "by '|'; the sentence must hold one rendering of most of them.",
    )
    counted: str = Field(
        default="",
        description="For an English count, the renderings of what is counted (the words after how many), "
        "joined by '|'; the sentence's count must stand beside one of them.",
    )


Query = Annotated[
    LookupQuery
    | SummaryQuery
    | RankQuery
    | ListQuery
    | AggregateQuery
    | GroupQuery
    | CompareQuery
    | RowsQuery
    | CheckQuery
    | TextQuery,
    Field(discriminator="op"),
]

Filtered.model_rebuild()
Ranked.model_rebuild()


def leaf(projects: ProjectSet) -> AllProjects | Named:
    """The set a derived set starts from."""
    while isinstance(projects, Filtered | Ranked):
        projects = projects.source
    return projects
