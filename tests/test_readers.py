"""The readers one by one: number formats, merged cells, formulas, wrapped PDF lines, and bad
files of every format — one clear line naming the file, a non-zero exit, nothing stored."""

from __future__ import annotations

import io
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from index import Settings, index_exists
from index.errors import InputError
from index.ingest import check_paths
from index.readers import read_rows
from index.readers.excel import format_number
from index.readers.grid import Box, grid_rows, join_lines
from index.types import Project
from tests.formfiles import write_docx, write_xlsx


@pytest.mark.parametrize(
    "value,number_format,shown",
    [
        (0.9975, "0.00%", "99.75%"),
        (0.9975, "0%", "99.75%"),  # the format's decimals are a minimum: no digit is lost
        (1, "0%", "100%"),
        (0.05, "0%", "5%"),
        (1.0, "0.00%", "100.00%"),
        (18945679.19, "#,##0.00", "18,945,679.19"),
        (180505000, "#,##0.00", "180,505,000.00"),
        (1894.567919, "#,##0.00", "1,894.567919"),
        (9.2, "General", "9.2"),
        (1529, "General", "1529"),
        (10, "0.00_ ;[Red]\\-0.00\\ ", "10.00"),
        (0.00001, "General", "0.00001"),
    ],
)
def test_number_formats(value: float, number_format: str, shown: str) -> None:
    assert format_number(value, number_format) == shown


@pytest.mark.parametrize(
    "lines,guess,joined",
    [
        (["持续拓展服务内", "容，打造热门"], True, "持续拓展服务内容，打造热门"),
        (["系统用户满意度 ", "≥90%"], False, "系统用户满意度 ≥90%"),  # the text layer's own space
        (["180,505,000.", "00"], True, "180,505,000.00"),  # a number wraps anywhere
        (["Data", "platform"], True, "Data platform"),
        (["Data", "platform"], False, "Dataplatform"),
        (["", "  ", "一行"], True, "一行"),
    ],
)
def test_wrapped_lines(lines: list[str], guess: bool, joined: str) -> None:
    assert join_lines(lines, guess_spaces=guess) == joined


def test_grid_from_cell_rectangles() -> None:
    # A 3×3 table: a label merged down two rows, a value merged across two columns.
    boxes = [
        Box(0, 0, 10, 20, "label"),
        Box(10, 0, 30, 10, "wide"),
        Box(10, 10, 20, 20, "a"),
        Box(20, 10, 30, 20, "b"),
    ]
    rows = grid_rows(boxes, tolerance=1)
    assert [[(c.text, c.merged) for c in cells] for _, _, cells in rows] == [
        [("label", ""), ("wide", ""), ("wide", "left")],
        [("label", "above"), ("a", ""), ("b", "")],
    ]
    assert [(top, bottom) for top, bottom, _ in rows] == [(0, 10), (10, 20)]


def test_xlsx_merged_cells_carry_their_value(tmp_path: Path, seed_projects: list[Project]) -> None:
    rows, _ = read_rows(write_xlsx(seed_projects[:1], tmp_path / "one.xlsx"))
    funds = [r for r in rows if any(c.text == "年度资金总额" for c in r.cells)][0]
    assert (funds.cells[0].text, funds.cells[0].merged) == ("项目资金（元）", "above")
    assert funds.sheet == "表1" and funds.line == 6
    name = next(r for r in rows if r.cells[0].text == "项目名称")
    assert [c.merged for c in name.cells] == ["", ""] + ["left"] * 7
    assert {c.text for c in name.cells[1:]} == {seed_projects[0].name}


def test_formula_without_saved_value_is_a_finding(tmp_path: Path, seed_projects: list[Project]) -> None:
    import openpyxl

    path = write_xlsx(seed_projects[:1], tmp_path / "formula.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["表1"]
    total = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "总分")
    ws.cell(total, 8).value = f"=SUM(H13:H{total - 1})+H6"  # openpyxl saves no value for it
    wb.save(path)
    [project] = check_paths([path])[0].projects
    assert project.total is None  # not a zero
    found = {(f.code, f.line, f.sheet) for f in project.findings}
    assert ("formula_without_value", total, "表1") in found
    assert ("unreadable_row", total, "表1") in found


def test_docx_vertical_and_horizontal_merges(tmp_path: Path, seed_projects: list[Project]) -> None:
    rows, _ = read_rows(write_docx(seed_projects[:1], tmp_path / "one.docx"))
    assert rows[0].cells[0].text == "财政项目支出绩效自评表" and len(rows[0].cells) == 1
    funds = [r for r in rows if any(c.text == "其他资金" for c in r.cells)][0]
    assert (funds.cells[0].text, funds.cells[0].merged) == ("项目资金（元）", "above")
    indicators = [
        r
        for r in rows
        if len(r.cells) == 9 and r.cells[3].text in {i.name for i in seed_projects[0].indicators}
    ]
    assert len(indicators) == len(seed_projects[0].indicators)
    assert indicators[4].cells[1].merged == "above"  # a level-1 the form leaves blank continues


def test_department_form_is_kept_apart(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from index import export_projects, ingest, load_projects, load_records

    text = "\n".join(
        [
            "部门整体支出绩效自评表",
            "（2022年度）",
            "部门名称\t某市财政局",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t120.5\t130\t117\t10\t90.00%\t9",
            "\t基本支出\t100\t100\t95\t\t\t",
            "年度总体目标\t预期目标\t实际完成情况",
            "\t保障机关运转\t已保障",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "\t产出指标\t数量指标\t保障人数\t50人\t50人\t45\t45\t",
            "\t效益指标\t社会效益指标\t服务满意\t≥90%\t92%\t45\t45\t",
            "\t总分\t\t\t\t\t100\t99\t",
        ]
    )
    path = tmp_path / "dept.txt"
    path.write_text(text, encoding="utf-8")
    [record] = check_paths([path])[0].projects
    assert (record.kind, record.name, record.money_unit, record.year) == (
        "department",
        "某市财政局",
        "万元",
        2022,
    )
    assert [f.kind for f in record.funds] == ["total", "basic"]
    assert record.funds[0].initial_budget == 1205000.0 and record.funds[0].executed == 1170000.0
    settings = Settings(index_dir=tmp_path / "ix")
    ingest([path], settings, embedder=embedder)
    assert load_projects(settings) == []  # rankings of projects never see it
    [stored] = load_records(settings)
    assert stored == record
    assert export_projects([stored])[0]["kind"] == "department"


# A one-page PDF whose text layer holds a line of text and no table.
_PDF_OBJECTS = [
    b"<</Type/Catalog/Pages 2 0 R>>",
    b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
    b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
    None,  # the content stream
    b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
]


def _pdf(encrypted: bool = False) -> bytes:
    content = b"BT /F1 18 Tf 20 100 Td (Meeting notes, no form here) Tj ET"
    objects = list(_PDF_OBJECTS)
    objects[3] = b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream"
    if encrypted:  # the standard handler with a user password that is not empty
        objects.append(b"<</Filter/Standard/V 1/R 2/O<" + b"ab" * 32 + b">/U<" + b"cd" * 32 + b">/P -4>>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"/Root 1 0 R/Size %d" % (len(objects) + 1)
    if encrypted:
        trailer += b"/Encrypt 6 0 R/ID[<" + b"01" * 16 + b"><" + b"01" * 16 + b">]"
    out.write(b"trailer\n<<" + trailer + b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _docx_without_tables() -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph("会议纪要：本文件没有表格。")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _picture() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (480, 320), 255)
    draw = ImageDraw.Draw(image)
    draw.ellipse((60, 40, 260, 240), outline=0, width=6)
    draw.rectangle((300, 120, 420, 280), fill=80)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _corrupt_xlsx(tmp_path: Path, seed_projects: list[Project]) -> bytes:
    data = write_xlsx(seed_projects[:1], tmp_path / "whole.xlsx").read_bytes()
    return data[: len(data) // 2]


BAD = [
    ("locked.pdf", lambda tmp, seed: _pdf(encrypted=True), "password-protected"),
    ("notes.pdf", lambda tmp, seed: _pdf(), "no 绩效自评表"),
    ("broken.pdf", lambda tmp, seed: b"%PDF-1.4\n" + zlib.compress(b"junk" * 50), "not a readable PDF"),
    ("broken.xlsx", _corrupt_xlsx, "not a readable Excel workbook"),
    (
        "locked.xlsx",
        lambda tmp, seed: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "password-protected",
    ),
    ("memo.docx", lambda tmp, seed: _docx_without_tables(), "holds no table"),
    ("photo.png", lambda tmp, seed: _picture(), "no 绩效自评表"),
    ("broken.jpg", lambda tmp, seed: b"\xff\xd8\xff\xe0 not really a jpeg", "not a readable image"),
    ("form.odt", lambda tmp, seed: b"PK\x03\x04 an OpenDocument text", "unknown file type"),
]


@pytest.mark.parametrize("name,make,message", BAD, ids=[b[0] for b in BAD])
def test_bad_file_is_refused_by_the_library(
    tmp_path: Path, seed_projects, name: str, make, message: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(make(tmp_path, seed_projects))
    with pytest.raises(InputError, match=message) as err:
        check_paths([path])
    assert str(err.value).startswith(str(path)) or str(err.value).startswith(name)


@pytest.mark.parametrize("name,make,message", BAD[:7], ids=[b[0] for b in BAD[:7]])
def test_ingest_of_a_bad_file_is_one_line_and_stores_nothing(
    tmp_path: Path, seed_projects, name: str, make, message: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(make(tmp_path, seed_projects))
    index = tmp_path / "ix"
    cmd = [sys.executable, "-m", "ui.cli", "ingest", str(path), "--index", str(index)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=Path(__file__).parents[1])
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message in lines[0], out.stderr
    assert "Traceback" not in out.stderr
    assert not index_exists(Settings(index_dir=index))  # nothing stored
