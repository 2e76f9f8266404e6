"""Downloads and reports: CSV with BOM, .xlsx with numbers as numbers and inert text, the
conversation as .docx and Markdown, ``jixiao report`` files."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from docx import Document

from bot.types import Answer, Citation
from index.errors import JixiaoError
from index.ingest import parse_file
from index.types import Project
from tests.conftest import SEED
from ui.document import conversation_docx, conversation_markdown
from ui.export import Sheet, csv_bytes, safe_cell, xlsx_bytes
from ui.overview import Scope, project_rows
from ui.report import deductions_frame, findings_frame, overview_xlsx, report_docx, write_report
from ui.session import Turn
from ui.views import answer_xlsx, citations_csv, citations_frame, locator, place


@pytest.fixture(scope="module")
def checked() -> list[Project]:
    """The seed's projects with their data-quality findings (``parse_file`` runs the checks)."""
    projects = list(parse_file(SEED).projects)
    assert sum(len(p.findings) for p in projects) > 0
    return projects


WHEN = datetime(2024, 5, 6, 7, 8, 9)
FORMULAS = ['=HYPERLINK("http://127.0.0.9:9","点我")', "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [*((f, "'" + f) for f in FORMULAS), ("正常文本", "正常文本"), ("a=b", "a=b"), (-5.0, -5.0), (None, None)],
)
def test_safe_cell(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


def _citation(**kw: object) -> Citation:
    base: dict[str, object] = {
        "id": "f.txt:12",
        "form": "f.txt",
        "line": 12,
        "project": "项目甲",
        "section": "indicator",
        "indicator": "使用满意度",
        "text": "满意度指标 | 服务对象满意度指标 | 使用满意度 | 100% | 96% | 10 | 6 | 沟通不足",
        "level1": "满意度指标",
        "level2": "服务对象满意度指标",
        "target": "100%",
        "actual": "96%",
        "weight": 10.0,
        "score": 6.0,
        "deviation": FORMULAS[0],
    }
    return Citation(**{**base, **kw})  # type: ignore[arg-type]


def _answer() -> Answer:
    total = _citation(
        id="f.txt:20",
        line=20,
        section="total",
        indicator="总分",
        text="总分 | 100 | 93.31",
        level1="",
        level2="",
        target="",
        actual="",
        weight=100.0,
        score=93.31,
        deviation="",
    )
    return Answer(
        question="「项目甲」的满意度",
        answer="满意度：6/10",
        abstained=False,
        route="table",
        citations=(_citation(), total),
        interpretation="按满意度查项目甲",
    )


def test_citation_columns_carry_the_answer_first_and_total_rows_only_what_they_hold() -> None:
    frame = citations_frame(_answer())
    assert list(frame.columns)[:8] == ["项目", "指标", "目标值", "实际值", "分值", "得分", "偏差原因", "来源"]
    total = frame.iloc[1]
    assert (total["指标"], total["分值"], total["得分"]) == ("总分", 100.0, 93.31)
    assert total["目标值"] == total["实际值"] == total["偏差原因"] == total["一级指标"] == ""


@pytest.mark.parametrize(
    ("form", "line", "sheet", "page", "expected"),
    [
        ("a.txt", 12, None, None, "a.txt:12"),
        ("文件.xlsx", 12, "工作表", None, "文件.xlsx · 工作表!行12"),
        ("文件.pdf", 4, None, 3, "文件.pdf · 第3页 第4行"),
    ],
)
def test_locator(form: str, line: int, sheet: str | None, page: int | None, expected: str) -> None:
    assert place(form, line, sheet, page) == expected
    assert locator(_citation(form=form, line=line, sheet=sheet, page=page)) == expected


def test_csv_has_bom_and_no_live_formula() -> None:
    data = citations_csv(_answer())
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert frame.loc[0, "偏差原因"] == "'" + FORMULAS[0]
    assert frame.loc[0, "得分"] == 6.0


def test_answer_xlsx_has_a_header_numbers_as_numbers_and_inert_text() -> None:
    turn = Turn("满意度多少？", _answer(), "f.txt#7", "项目甲")
    book = openpyxl.load_workbook(io.BytesIO(answer_xlsx(turn, "1个项目（1个文件）", WHEN)))
    ws = book.active
    assert ws is not None
    meta = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, 8)}
    assert (
        meta["问题"] == "满意度多少？"
        and meta["答案"] == "满意度：6/10"
        and meta["理解为"] == "按满意度查项目甲"
    )
    assert meta["日期"] == WHEN and meta["语料"] == "1个项目（1个文件）" and meta["提问范围"] == "项目甲"
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "项目")
    names = [c.value for c in ws[header]]
    row = {n: ws.cell(header + 1, i + 1) for i, n in enumerate(names)}
    assert row["分值"].value == 10 and row["得分"].value == 6 and row["得分"].data_type == "n"
    cell = row["偏差原因"]
    assert cell.value == FORMULAS[0] and cell.data_type == "s" and cell.quotePrefix
    assert row["原文"].value.startswith("满意度指标")


@pytest.mark.parametrize("text", FORMULAS)
def test_no_text_cell_becomes_a_formula(text: str) -> None:
    frame = pd.DataFrame({"列": [text], "数": [1.5]})
    ws = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([Sheet("s", frame, (("说明", text),))]))).active
    assert ws is not None
    values = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in values)
    assert any(c.data_type == "n" and c.value == 1.5 for c in values)


def test_conversation_docx_and_markdown(seed_projects: list[Project]) -> None:
    hostile = Answer(
        question="q",
        answer="![t](http://127.0.0.9:9/i.png) <script>x</script>",
        abstained=False,
        route="table",
        citations=(_citation(),),
    )
    turns = [
        Turn("满意度多少？", _answer(), "", ""),
        Turn("再问", hostile),
        Turn("坏了", None, error="出错了：x，已记录"),
    ]
    doc = Document(io.BytesIO(conversation_docx(turns, "语料", WHEN)))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "1. 满意度多少？" in text and "满意度：6/10" in text and "理解为：按满意度查项目甲" in text
    assert "![t](http://127.0.0.9:9/i.png)" in text and "出错了：x，已记录" in text
    assert doc.tables[0].rows[1].cells[6].text == FORMULAS[0]
    md = conversation_markdown(turns, "语料", WHEN)
    assert "](http" not in md and "<script>" not in md and "\\!\\[t\\]" in md
    assert md.count("| 项目 | 指标 |") == 2


def test_overview_xlsx_keeps_the_page_order(seed_projects: list[Project]) -> None:
    book = openpyxl.load_workbook(io.BytesIO(overview_xlsx(seed_projects, Scope(), WHEN)))
    ws = book.active
    assert ws is not None
    header = next(r for r in range(1, 8) if ws.cell(r, 1).value == "排名")
    names = [ws.cell(r, 2).value for r in range(header + 1, ws.max_row + 1)]
    totals = [ws.cell(r, 4).value for r in range(header + 1, ws.max_row + 1)]
    assert names == [r.name for r in project_rows(seed_projects)]
    assert totals == sorted(totals, reverse=True) and all(isinstance(t, int | float) for t in totals)


def test_report_files(checked: list[Project], tmp_path: Path) -> None:
    seed_projects = checked
    write_report(tmp_path / "r.xlsx", seed_projects, Scope((2021,)), WHEN)
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["项目概览", "检查发现", "扣分明细"]
    findings = sum(len(p.findings) for p in seed_projects)
    assert book["检查发现"].max_row == 3 + 1 + findings  # scope, time, blank, header, rows
    assert len(findings_frame(seed_projects)) == findings
    assert len(deductions_frame(seed_projects)) == sum(
        r.deduction > 0 for p in seed_projects for r in p.indicators
    )
    doc = Document(io.BytesIO(report_docx(seed_projects, Scope(), WHEN)))
    with_findings = sum(1 for p in seed_projects if p.findings)
    assert doc.paragraphs[0].text == "绩效自评汇总报告" and len(doc.tables) == 2 + with_findings


@pytest.mark.parametrize(
    ("name", "projects", "message"), [("r.pdf", 1, "not .pdf"), ("r.xlsx", 0, "no project")]
)
def test_report_errors(
    seed_projects: list[Project], tmp_path: Path, name: str, projects: int, message: str
) -> None:
    with pytest.raises(JixiaoError, match=message):
        write_report(tmp_path / name, seed_projects[:projects], Scope(), WHEN)


def test_csv_bytes_defuses_headers_too() -> None:
    data = csv_bytes(pd.DataFrame({"=x": ["a"]})).decode("utf-8-sig")
    assert data.splitlines()[0] == "'=x"
