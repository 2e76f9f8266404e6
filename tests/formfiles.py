"""Form files made from parsed forms: Excel, Word, PDF (LibreOffice) and a 200 dpi scan.

Each form is laid out as the national template lays it out — a title and year above one
table of nine columns with merged cells: the 项目资金 and 年度总体目标 labels and the 绩效指标
column merged down, level-1 and level-2 cells merged down over their rows, names and prose
merged across. The values are those of the parsed forms given (the seed's, in the tests), so
every file must read back to the same records.

Run ``python -m tests.formfiles OUT_DIR [KIND ...]`` to write files of every kind (or of the
kinds named) into OUT_DIR.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from index.types import FundsRow, Project

WIDTH = 9
COLUMN_CM = (1.8, 2.0, 2.4, 4.6, 2.4, 2.6, 1.3, 1.3, 8.3)  # the Word table's columns, 26.7 cm
PERCENT = "0.00%"
MONEY = "#,##0.00"


@dataclass(frozen=True)
class Variant:
    """The wording and unit of a template."""

    unit: str = "元"
    scale: float = 1.0
    funds_columns: tuple[str, ...] = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    funds_order: tuple[str, ...] = (
        "initial_budget",
        "full_year_budget",
        "executed",
        "weight",
        "execution_rate",
        "score",
    )
    weight_label: str = "分值"
    total_label: str = "总分"
    title: str = "财政项目支出绩效自评表"


NATIONAL = Variant()
# Another province's wording: 万元, 调整后预算数 / 预算执行数, 权重, 合计, rate before weight.
PROVINCE = Variant(
    unit="万元",
    scale=10000.0,
    funds_columns=("年初预算数", "调整后预算数", "预算执行数", "执行率", "权重", "得分"),
    funds_order=("initial_budget", "full_year_budget", "executed", "execution_rate", "weight", "score"),
    weight_label="权重",
    total_label="合计",
    title="项目支出绩效自评表",
)


@dataclass
class Value:
    """A cell's value: text, or a number with its Excel number format."""

    text: str
    number: float | None = None
    number_format: str = "General"


@dataclass
class Grid:
    """One form as rows of WIDTH cells with merged ranges (row0, col0, row1, col1)."""

    title: list[str]
    rows: list[list[Value]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    header_rows: int = 0  # rows of the funds part; the indicator table starts after them

    def add(self, cells: dict[int, Value | str], spans: dict[int, int] | None = None) -> int:
        row = [Value("") for _ in range(WIDTH)]
        for col, value in cells.items():
            row[col] = value if isinstance(value, Value) else Value(value)
        self.rows.append(row)
        r = len(self.rows) - 1
        for col, last in (spans or {}).items():
            self.merges.append((r, col, r, last))
        return r


def _general(value: float) -> Value:
    text = f"{value:g}" if value != int(value) else str(int(value))
    return Value(text, value)


def _money(value: float | None, variant: Variant) -> Value:
    if value is None:
        return Value("")
    shown = round(value / variant.scale, 6)
    text = f"{shown:,.6f}".rstrip("0").rstrip(".") if variant.scale != 1 else f"{shown:,.2f}"
    return Value(text, shown, MONEY)


def _rate(value: float | None) -> Value:
    return Value("") if value is None else Value(f"{value:.2f}%", round(value / 100, 6), PERCENT)


def _stated(text: str) -> Value:
    """A target or actual: '95%' becomes a percent-formatted number, '1529' a number."""
    if text.endswith("%") and text[:-1].isdigit():
        return Value(text, int(text[:-1]) / 100, "0%")
    if text.isdigit():
        return Value(text, int(text))
    return Value(text)


def _funds_cells(row: FundsRow, variant: Variant) -> dict[int, Value | str]:
    values = {
        "initial_budget": _money(row.initial_budget, variant),
        "full_year_budget": _money(row.full_year_budget, variant),
        "executed": _money(row.executed, variant),
        "weight": _general(row.weight)
        if row.weight is not None
        else Value("—" if row.kind != "other" else ""),
        "execution_rate": _rate(row.execution_rate),
        "score": _general(row.score) if row.score is not None else Value(""),
    }
    cells: dict[int, Value | str] = {1: row.label}
    for n, name in enumerate(variant.funds_order):
        cells[2 + n] = values[name]
    return cells


def form_grid(p: Project, variant: Variant = NATIONAL) -> Grid:
    """Lay one parsed form out as the template does."""
    grid = Grid(title=[variant.title, f"({p.year} 年度)"])
    grid.add({0: "项目名称", 1: p.name}, {1: 8})
    grid.add({0: "主管部门", 1: p.department, 4: "实施单位", 5: p.unit}, {1: 3, 5: 8})
    top = grid.add(
        {0: f"项目资金（{variant.unit}）", **{2 + n: c for n, c in enumerate(variant.funds_columns)}}, {7: 8}
    )
    for row in p.funds:
        grid.add(_funds_cells(row, variant), {7: 8})
    grid.merges.append((top, 0, len(grid.rows) - 1, 0))
    goals = p.goals
    top = grid.add({0: "年度总体目标", 1: "预算目标", 5: "实际完成情况"}, {1: 4, 5: 8})
    grid.add({1: goals.planned if goals else "", 5: goals.achieved if goals else ""}, {1: 4, 5: 8})
    grid.merges.append((top, 0, top + 1, 0))
    grid.header_rows = len(grid.rows)
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
    top = grid.add(dict(enumerate([*header, variant.weight_label, "得分", "偏差原因分析及改进措施"])))
    _indicator_rows(grid, p)
    grid.merges.append((top, 0, len(grid.rows) - 1, 0))
    total = p.total
    grid.add(
        {0: variant.total_label, 6: _general(total.weight), 7: _general(total.score)}
        if total
        else {0: "总分"},
        {0: 5},
    )
    return grid


def _indicator_rows(grid: Grid, p: Project) -> None:
    """Indicator rows; a level-1 the form leaves blank, and a repeated level-2, merge upward."""
    runs: dict[int, int] = {}  # column → first row of the open run
    previous = None
    for ind in p.indicators:
        r = grid.add(
            {
                1: ind.stated_level1,
                2: ind.level2,
                3: ind.name,
                4: _stated(ind.target),
                5: _stated(ind.actual),
                6: _general(ind.weight),
                7: _general(ind.score),
                8: ind.deviation,
            }
        )
        continues_l1 = previous is not None and not ind.stated_level1
        same_l2 = continues_l1 and previous is not None and previous.level2 == ind.level2
        for col, continued in ((1, continues_l1), (2, same_l2)):
            if continued:
                grid.rows[r][col] = Value("")
            else:
                _close(grid, runs, col, r - 1)
                runs[col] = r
        previous = ind
    for col in (1, 2):
        _close(grid, runs, col, len(grid.rows) - 1)


def _close(grid: Grid, runs: dict[int, int], col: int, last: int) -> None:
    first = runs.pop(col, None)
    if first is not None and last > first:
        grid.merges.append((first, col, last, col))


def write_xlsx(
    projects: list[Project], path: Path, one_sheet: bool = False, variant: Variant = NATIONAL
) -> Path:
    """Write the forms into a workbook: one sheet per form, or all stacked on one sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("自评表") if one_sheet else None
    offset = 0
    for n, p in enumerate(projects, start=1):
        if not one_sheet:
            ws, offset = wb.create_sheet(f"表{n}"), 0
        assert ws is not None
        grid = form_grid(p, variant)
        for t, title in enumerate(grid.title):
            ws.cell(offset + t + 1, 1, title)
            ws.merge_cells(start_row=offset + t + 1, start_column=1, end_row=offset + t + 1, end_column=WIDTH)
        base = offset + len(grid.title)
        for r, row in enumerate(grid.rows):
            for c, value in enumerate(row):
                if value.number is not None:
                    cell = ws.cell(base + r + 1, c + 1, value.number)
                    cell.number_format = value.number_format
                elif value.text:
                    cell = ws.cell(base + r + 1, c + 1, value.text)
                    cell.data_type = "s"  # '=100%' is a target as typed, not a formula
                ws.cell(base + r + 1, c + 1).alignment = Alignment(wrap_text=True, vertical="center")
        for r0, c0, r1, c1 in grid.merges:
            ws.merge_cells(
                start_row=base + r0 + 1, start_column=c0 + 1, end_row=base + r1 + 1, end_column=c1 + 1
            )
        offset = base + len(grid.rows) + 2
    wb.save(path)
    return path


def write_docx(
    projects: list[Project],
    path: Path,
    variant: Variant = NATIONAL,
    split_rows: bool = False,
    font_pt: float = 10,
) -> Path:
    """Write the forms into one Word document: title and year paragraphs, then two tables per
    form (the header and funds part, and the indicator table whose header row repeats on
    every page it runs onto); rows split across pages only when ``split_rows``."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.size = Pt(font_pt)
    style.font.name = "Noto Sans CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    for p in projects:
        grid = form_grid(p, variant)
        for n, text in enumerate(grid.title):
            para = doc.add_paragraph(text)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if n == 0:
                para.runs[0].font.size = Pt(16)
        parts = ((0, grid.header_rows), (grid.header_rows, len(grid.rows)))
        for part, (first, last) in enumerate(parts):
            if part == 1:  # tables that touch are one table, whose header would not repeat
                doc.add_paragraph("").paragraph_format.space_after = Pt(0)
            table = doc.add_table(rows=last - first, cols=WIDTH)
            table.style = "Table Grid"
            table.autofit = False
            for column, width in zip(table.columns, COLUMN_CM, strict=True):
                column.width = Cm(width)
                for cell in column.cells:
                    cell.width = Cm(width)
            for r0, c0, r1, c1 in grid.merges:
                if r0 == first and part == 1:
                    r0 += 1  # a repeated header row cannot hold a cell merged down past it
                if first <= r0 < last and (r1 > r0 or c1 > c0):
                    table.cell(r0 - first, c0).merge(table.cell(r1 - first, c1))
            for r in range(first, last):
                tr = table.rows[r - first]._tr
                props = tr.get_or_add_trPr()
                if not split_rows:
                    props.append(_flag("w:cantSplit"))
                if part == 1 and r == first:
                    props.append(_flag("w:tblHeader"))
                for c, value in enumerate(grid.rows[r]):
                    if value.text:
                        table.cell(r - first, c).text = value.text
        doc.add_paragraph("")
    doc.save(str(path))
    return path


def _flag(tag: str):  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement

    return OxmlElement(tag)


def convert(source: Path, suffix: str, out_dir: Path) -> Path:
    """Convert a document with LibreOffice headless (docx → pdf, xlsx → xls)."""
    with tempfile.TemporaryDirectory(prefix="jixiao-lo-") as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / f"{source.stem}.{suffix}"


def rasterise(
    pdf: Path, out: Path, dpi: int = 200, first: int | None = None, last: int | None = None
) -> Path:
    """Scan a PDF: render its pages at dpi (pdftoppm) and bind the images into an image-only PDF."""
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="jixiao-scan-") as tmp:
        pages = ["-f", str(first)] if first else []
        pages += ["-l", str(last)] if last else []
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", *pages, str(pdf), f"{tmp}/page"],
            check=True,
            timeout=300,
        )
        images = [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("page*.png"))]
        images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return out


KINDS = (
    "xlsx",
    "xlsx-one-sheet",
    "xlsx-province",
    "xls",
    "docx",
    "docx-province",
    "pdf",
    "pdf-split",
    "scan",
)


def make_file(kind: str, projects: list[Project], out: Path, made: dict[str, Path]) -> Path:
    """Write the file of one kind into out (and the files it is converted from, into made)."""
    if kind in made:
        return made[kind]
    out.mkdir(parents=True, exist_ok=True)
    if kind == "xlsx":
        path = write_xlsx(projects, out / "forms.xlsx")
    elif kind == "xlsx-one-sheet":
        path = write_xlsx(projects, out / "one-sheet.xlsx", one_sheet=True)
    elif kind == "xlsx-province":
        path = write_xlsx(projects, out / "province.xlsx", variant=PROVINCE)
    elif kind == "xls":
        path = convert(make_file("xlsx", projects, out, made), "xls", out)
    elif kind == "docx":
        path = write_docx(projects, out / "forms.docx")
    elif kind == "docx-province":
        path = write_docx(projects, out / "province.docx", variant=PROVINCE)
    elif kind == "pdf":
        path = convert(make_file("docx", projects, out, made), "pdf", out)
    elif kind == "pdf-split":  # rows may break across pages, as Word allows by default
        path = convert(write_docx(projects, out / "split-rows.docx", split_rows=True), "pdf", out)
    elif kind == "scan":
        path = rasterise(make_file("pdf", projects, out, made), out / "scan.pdf")
    else:
        raise ValueError(f"unknown kind {kind}")
    made[kind] = path
    return path


if __name__ == "__main__":
    from index import SAMPLE_DIR
    from index.parse import parse_text

    seed = next(SAMPLE_DIR.glob("*.txt"))
    seed_projects = parse_text(seed.read_text(encoding="utf-8"), seed.name)
    written: dict[str, Path] = {}
    for kind in sys.argv[2:] or KINDS:
        print(f"{kind}\t{make_file(kind, seed_projects, Path(sys.argv[1]), written)}")
