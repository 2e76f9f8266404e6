"""Domain types of the index package: frozen values, each carrying the file and 1-based line
it was read from. Money is in 元 and rates in percent, exactly as the form states them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
FundsKind = Literal["total", "appropriation", "carryover", "other"]
Section = Literal["project", "funds", "goal", "indicator", "total"]
FormAction = Literal["added", "replaced", "unchanged", "duplicate"]


@dataclass(frozen=True)
class Finding:
    """A data-quality observation about one form; never a reason to reject it."""

    severity: Severity
    code: str
    message: str
    line: int


@dataclass(frozen=True)
class FundsRow:
    """One row of the funds block (年度资金总额 and its sub-rows)."""

    kind: FundsKind
    label: str
    initial_budget: float | None
    full_year_budget: float | None
    executed: float | None
    weight: float | None
    execution_rate: float | None
    score: float | None
    line: int
    text: str


@dataclass(frozen=True)
class Goals:
    """The 年度总体目标 block: planned and achieved prose."""

    planned: str
    achieved: str
    line: int
    text: str


@dataclass(frozen=True)
class Indicator:
    """One row of the indicator table, hierarchy filled down and normalised."""

    level1: str
    level2: str
    name: str
    target: str
    actual: str
    weight: float
    score: float
    deviation: str
    line: int
    text: str
    stated_level1: str = ""

    @property
    def deduction(self) -> float:
        """Points lost on this row."""
        return round(self.weight - self.score, 4)


@dataclass(frozen=True)
class Total:
    """The 总分 row."""

    weight: float
    score: float
    line: int
    text: str


@dataclass(frozen=True)
class Project:
    """One form: a project's header, funds, goals, indicators and total."""

    form: str
    line: int
    name: str
    year: int | None
    department: str
    unit: str
    header_text: str
    funds: tuple[FundsRow, ...]
    goals: Goals | None
    indicators: tuple[Indicator, ...]
    total: Total | None
    findings: tuple[Finding, ...] = ()

    @property
    def id(self) -> str:
        """Stable identifier: file name and line of the 项目名称 row."""
        return f"{self.form}#{self.line}"

    @property
    def funds_total(self) -> FundsRow | None:
        """The 年度资金总额 row, if the form has one."""
        return next((row for row in self.funds if row.kind == "total"), None)


@dataclass(frozen=True)
class ParsedFile:
    """What one file yielded: its projects (findings attached) and its content hash."""

    path: str
    form: str
    sha256: str
    projects: tuple[Project, ...]


@dataclass(frozen=True)
class Chunk:
    """A passage for retrieval, with the metadata its citation needs."""

    id: str
    text: str
    form: str
    line: int
    project: str
    project_id: str
    year: int | None
    section: Section
    indicator: str = ""


@dataclass(frozen=True)
class IngestReport:
    """Summary of one ingest run."""

    files: int
    forms_added: int
    forms_replaced: int
    forms_skipped: int
    projects: int
    indicators: int
    chunks: int
    findings: int
    seconds: float
    parse_seconds: float = 0.0
    embed_seconds: float = 0.0
    store_seconds: float = 0.0
    findings_by_form: dict[str, list[Finding]] = field(default_factory=dict)
    outcomes: tuple[FormOutcome, ...] = ()


@dataclass(frozen=True)
class FormOutcome:
    """What an ingest did with one file: the form name it is stored under and why."""

    path: str
    form: str
    action: FormAction
    note: str = ""
    """Set when the name differs from the file's own (another form has it), when the file
    replaced a form from another file, or when it repeats the content of another form."""


@dataclass(frozen=True)
class IndexCheck:
    """How the vector store compares with the structured store, and what was repaired."""

    forms: int
    records_expected: int
    records_present: int
    orphans: tuple[tuple[str, str, int], ...] = ()
    """(form, generation, records) of records no committed form owns."""
    missing: tuple[tuple[str, int, int], ...] = ()
    """(form, records expected, records present) of forms whose records are incomplete."""
    repaired: bool = False
    busy: bool = False
    """A writer held the index, so nothing was checked."""

    @property
    def consistent(self) -> bool:
        """Whether both stores agree."""
        return not self.busy and not self.orphans and not self.missing
