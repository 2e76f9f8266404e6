"""Domain types of the index package: frozen values, each carrying the file and 1-based line
it was read from, and the sheet or page where the format has them. Money is in 元 (a form in
万元 is converted; ``Project.money_unit`` keeps what it stated) and rates in percent, exactly as
the form states them.

``Row`` and ``Cell`` are what a reader hands the parser: ``line`` is the line of a text file,
the row of a sheet, or the line within a PDF page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
FundsKind = Literal["total", "appropriation", "carryover", "other", "basic", "project_spending"]
Section = Literal["project", "funds", "goal", "indicator", "total"]
Kind = Literal["project", "department"]
Merge = Literal["", "left", "above"]


def where(sheet: str | None, page: int | None) -> str:
    """Return the sheet or page part of a locator: ``表1!``, ``p3:`` or nothing."""
    if sheet is not None:
        return f"{sheet}!"
    if page is not None:
        return f"p{page}:"
    return ""


@dataclass(frozen=True)
class Note:
    """A reader's observation about one cell (a formula without a value, an uncertain OCR read)."""

    code: str
    message: str
    severity: Severity = "warning"


@dataclass(frozen=True)
class Cell:
    """One cell as a reader found it.

    ``merged`` says the cell is covered by a merged range that starts to its ``left`` (same
    row) or ``above`` (an earlier row); such a cell carries the range's value.
    """

    text: str
    merged: Merge = ""
    note: Note | None = None


@dataclass(frozen=True)
class Row:
    """One row of cells with its locator."""

    cells: tuple[Cell, ...]
    line: int
    sheet: str | None = None
    page: int | None = None


FormAction = Literal["added", "replaced", "unchanged", "duplicate"]


@dataclass(frozen=True)
class Finding:
    """A data-quality observation about one form; never a reason to reject it."""

    severity: Severity
    code: str
    message: str
    line: int
    sheet: str | None = None
    page: int | None = None


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
    sheet: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class Goals:
    """The 年度总体目标 block: planned and achieved prose."""

    planned: str
    achieved: str
    line: int
    text: str
    sheet: str | None = None
    page: int | None = None


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
    sheet: str | None = None
    page: int | None = None

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
    sheet: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class Project:
    """One form: a project's header, funds, goals, indicators and total.

    ``kind`` is ``department`` for a 部门整体支出绩效自评表 (its ``name`` is the 部门名称).
    """

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
    kind: Kind = "project"
    money_unit: str = "元"
    sheet: str | None = None
    page: int | None = None

    @property
    def id(self) -> str:
        """Stable identifier: file name, sheet or page, and line of the 项目名称 row."""
        return f"{self.form}#{where(self.sheet, self.page)}{self.line}"

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
    sheet: str | None = None
    page: int | None = None


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
