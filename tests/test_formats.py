"""Every format the readers take, against the text sample: the seed's seven forms written as
Excel (one sheet per form, all on one sheet, .xls), Word, a PDF with ruled tables, a 200 dpi
scan of that PDF, and another province's wording in 万元 — each must read back to the records
of the text export (tests/formfiles.py makes the files)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from index import Settings, check_paths, export_projects, ingest
from index.types import ParsedFile, Project
from tests.conftest import SEED

EXACT = ["xlsx", "xlsx-one-sheet", "xlsx-province", "xls", "docx", "docx-province", "pdf"]


def comparable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Export records without where they were read (file, sheet, page, line) and the unit."""
    out = []
    for record in records:
        r = {k: v for k, v in record.items() if k not in {"form", "line", "sheet", "page"}}
        r["indicators"] = [
            {k: v for k, v in i.items() if k not in {"line", "sheet", "page"}} for i in r["indicators"]
        ]
        r["findings"] = [(f["severity"], f["code"], f["message"]) for f in r["findings"]]
        r["funds"] = {k: v for k, v in r["funds"].items() if k not in {"unit", "line", "sheet", "page"}}
        for part in ("goals", "total"):
            if isinstance(r.get(part), dict):
                r[part] = {k: v for k, v in r[part].items() if k not in {"line", "sheet", "page"}}
        out.append(r)
    return out


def funds_rows(projects: list[Project] | tuple[Project, ...]) -> list[tuple[object, ...]]:
    return [
        (f.kind, f.initial_budget, f.full_year_budget, f.executed, f.weight, f.execution_rate, f.score)
        for p in projects
        for f in p.funds
    ]


@pytest.fixture(scope="module")
def reference() -> list[dict[str, Any]]:
    return comparable(export_projects(list(_read(SEED).projects)))


def _read(path: Path) -> ParsedFile:
    [parsed] = check_paths([path])
    return parsed


@pytest.mark.parametrize("kind", EXACT)
def test_file_reads_as_the_text_sample(form_file, kind: str, reference, seed_projects) -> None:  # type: ignore[no-untyped-def]
    parsed = _read(form_file(kind))
    assert len(parsed.projects) == 7 and sum(len(p.indicators) for p in parsed.projects) == 49
    assert comparable(export_projects(list(parsed.projects))) == reference
    assert funds_rows(parsed.projects) == funds_rows(seed_projects)
    assert [p.goals for p in parsed.projects if p.goals] and all(p.goals for p in parsed.projects)


@pytest.mark.parametrize(
    "kind,sheets,paged",
    [
        ("xlsx", [f"表{n}" for n in range(1, 8)], False),
        ("xlsx-one-sheet", ["自评表"] * 7, False),
        ("xls", [f"表{n}" for n in range(1, 8)], False),
        ("docx", [None] * 7, False),
        ("pdf", [None] * 7, True),
    ],
)
def test_records_carry_their_locator(form_file, kind: str, sheets: list[str | None], paged: bool) -> None:  # type: ignore[no-untyped-def]
    projects = _read(form_file(kind)).projects
    assert [p.sheet for p in projects] == sheets
    rows = [r for p in projects for r in p.indicators]
    if paged:
        pages = [r.page for r in rows]
        assert all(pages) and pages == sorted(pages) and len(set(pages)) > 3  # forms run over pages
        assert all(r.line < 60 for r in rows)  # lines count from the top of each page
    else:
        assert all(r.page is None for r in rows)
    if kind == "xlsx":  # the 项目名称 row is the third row of each sheet (title and year above)
        assert {p.line for p in projects} == {3}
        assert len({p.id for p in projects}) == 7


def test_province_wording_keeps_its_unit(form_file) -> None:  # type: ignore[no-untyped-def]
    records = export_projects(list(_read(form_file("xlsx-province")).projects))
    assert {r["funds"]["unit"] for r in records} == {"万元"}
    assert records[5]["funds"]["executed"] == 18945679.19  # 1,894.567919 万元, in 元


def test_pdf_rows_split_by_a_page_break_read_as_one(form_file, reference) -> None:  # type: ignore[no-untyped-def]
    parsed = _read(form_file("pdf-split"))
    split = [f for p in parsed.projects for f in p.findings if f.code == "row_split_by_page"]
    assert split  # the layout does split rows, and each join is reported
    records = comparable(export_projects(list(parsed.projects)))
    for r in records:
        r["findings"] = [f for f in r["findings"] if f[1] != "row_split_by_page"]
    assert records == reference


def test_pdf_repeats_indicator_headers_across_pages(form_file) -> None:  # type: ignore[no-untyped-def]
    from index.readers import read_rows

    rows, _ = read_rows(form_file("pdf"))
    headers = [r for r in rows if any(c.text == "一级指标" for c in r.cells)]
    assert len({r.page for r in headers}) > 7  # seven forms, and headers repeated on continued pages


def test_export_json_of_every_format(tmp_path: Path, form_file, embedder, reference) -> None:  # type: ignore[no-untyped-def]
    kinds = ["xlsx", "pdf", "xlsx-province"]  # the other formats export through the same records
    settings = Settings(index_dir=tmp_path / "ix")
    ingest([form_file(k) for k in kinds], settings, embedder=embedder)
    out = subprocess.run(
        [sys.executable, "-m", "ui.cli", "export", "--json", "--index", str(settings.index_dir)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[1],
    )
    assert out.returncode == 0, out.stderr
    records = json.loads(out.stdout)
    by_form: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_form.setdefault(r["form"], []).append(r)
    assert sorted(by_form) == sorted(form_file(k).name for k in kinds)
    for form, group in by_form.items():
        assert comparable(group) == reference, form
    assert {r["sheet"] for r in by_form["forms.xlsx"]} == {f"表{n}" for n in range(1, 8)}
    assert all(r["page"] for r in by_form["forms.pdf"])
    assert all(i["page"] for r in by_form["forms.pdf"] for i in r["indicators"])
    _citations_carry_locators(settings)


def _citations_carry_locators(settings: Settings) -> None:
    """Citations of stored rows say sheet and page (the JSON of ask --json), the chat shows
    them, and a PDF row can be shown cropped from its page."""
    from bot.corpus import cite_funds, cite_indicator, cite_total
    from bot.types import Answer
    from index import load_projects
    from ui.views import cited_row_image, locator

    projects = {(p.form, p.name): p for p in load_projects(settings)}
    sheet = projects[("forms.xlsx", "基础设施-运维")]
    paged = projects[("forms.pdf", "基础设施-运维")]
    cites = [cite_indicator(sheet, sheet.indicators[0]), cite_funds(paged, paged.funds[0]), cite_total(paged)]
    shown = Answer("q", "a", False, "table", tuple(c for c in cites if c)).to_json()["citations"]
    assert [(c["sheet"], c["page"] is not None) for c in shown] == [
        ("表3", False),
        (None, True),
        (None, True),
    ]
    assert locator(cites[0]) == f"forms.xlsx · 表3!行{sheet.indicators[0].line}"
    assert locator(cites[1]).startswith(f"forms.pdf · 第{paged.funds[0].page}页 第")
    assert len({c["id"] for c in shown}) == 3
    png = cited_row_image(cites[1], settings)
    assert png is not None and png.startswith(b"\x89PNG")
    assert cited_row_image(cites[0], settings) is None  # a sheet row has no page picture


def test_check_command_reads_every_format(form_file) -> None:  # type: ignore[no-untyped-def]
    files = [str(form_file(k)) for k in ("xlsx-one-sheet", "docx-province", "pdf")]
    out = subprocess.run(
        [sys.executable, "-m", "ui.cli", "check", *files],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[1],
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("indicators,") == 21
    assert "one-sheet.xlsx:自评表!" in out.stdout and "warning execution_rate" in out.stdout
    assert "forms.pdf:p" in out.stdout


# --- the scan: a 200 dpi rasterisation of the PDF above, read by OCR -------------------------

_FIELDS = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")


def _same(a: object, b: object) -> bool:
    """Equal, white space aside (a scan shows no spaces reliably)."""
    if isinstance(a, str) and isinstance(b, str):
        return "".join(a.split()) == "".join(b.split())
    return a == b


def scan_report(scan: list[Project] | tuple[Project, ...], seed: list[Project]) -> tuple[int, list[str]]:
    """Return how many indicator rows the scan read exactly, and every wrong cell that no
    finding flags (a finding on its row, or an unreadable row in its form)."""
    exact, unflagged = 0, []
    assert [p.name for p in scan] and len(scan) == len(seed)
    for got, want in zip(scan, seed, strict=True):
        flagged = {(f.page, f.line) for f in got.findings}
        lost_rows = any(f.code == "unreadable_row" for f in got.findings)

        def check(what: str, row: Any, a: object, b: object, *, flagged=flagged, form=want.name) -> None:  # type: ignore[no-untyped-def]
            if not _same(a, b) and (row is None or (row.page, row.line) not in flagged):
                unflagged.append(f"{form} {what}: {a!r} read as {b!r}")

        for field in ("name", "department", "unit", "year"):
            check(field, got, getattr(want, field), getattr(got, field))
        check("funds", got.funds_total, funds_rows([want])[0], funds_rows([got])[0] if got.funds else None)
        check(
            "total",
            got.total,
            want.total and (want.total.weight, want.total.score),
            got.total and (got.total.weight, got.total.score),
        )
        for part in ("planned", "achieved"):
            check(part, got.goals, getattr(want.goals, part), getattr(got.goals, part, None))
        if len(got.indicators) != len(want.indicators):
            if not lost_rows:
                unflagged.append(
                    f"{want.name}: {len(got.indicators)} of {len(want.indicators)} rows, none flagged"
                )
            continue
        for g, w in zip(got.indicators, want.indicators, strict=True):
            exact += all(getattr(g, f) == getattr(w, f) for f in _FIELDS)
            for f in _FIELDS:
                check(f"'{w.name}' {f}", g, getattr(w, f), getattr(g, f))
    return exact, unflagged


@pytest.fixture(scope="module")
def scan(form_file) -> ParsedFile:  # type: ignore[no-untyped-def]
    return _read(form_file("scan"))


def test_scan_reads_at_least_47_of_49_rows_exactly(scan: ParsedFile, seed_projects: list[Project]) -> None:
    exact, _ = scan_report(scan.projects, seed_projects)
    assert sum(len(p.indicators) for p in scan.projects) == 49
    assert exact >= 47


def test_every_wrong_cell_of_the_scan_is_a_finding(scan: ParsedFile, seed_projects: list[Project]) -> None:
    _, unflagged = scan_report(scan.projects, seed_projects)
    assert unflagged == []
    assert all(p.page for p in scan.projects)  # scanned pages keep their page numbers


def test_scan_report_catches_a_misread(seed_projects: list[Project]) -> None:
    from dataclasses import replace

    wrong = [replace(p) for p in seed_projects]
    row = wrong[2].indicators[1]
    wrong[2] = replace(
        wrong[2], indicators=(wrong[2].indicators[0], replace(row, score=8.0), *wrong[2].indicators[2:])
    )
    exact, unflagged = scan_report(wrong, seed_projects)
    assert exact == 48 and len(unflagged) == 1 and "score" in unflagged[0]


def test_scanned_image_of_a_page(form_file, tmp_path: Path, seed_projects: list[Project]) -> None:  # type: ignore[no-untyped-def]
    from index.readers import read_rows

    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-gray",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(form_file("pdf")),
            str(tmp_path / "p"),
        ],
        check=True,
        timeout=120,
    )
    [png] = list(tmp_path.glob("p*.png"))
    rows, _ = read_rows(png)
    assert all(r.page is None and r.sheet is None for r in rows)  # an image has lines only
    cells = [[c.text for c in r.cells if c.merged != "left"] for r in rows]
    first = seed_projects[0]
    assert ["项目名称", first.name] in [[t for t in c if t] for c in cells]
    funds = next(c for c in cells if "年度资金总额" in c)
    assert funds[funds.index("年度资金总额") + 1 :][:3] == [f"{first.funds[0].initial_budget:,.2f}"] * 2 + [
        f"{first.funds[0].executed:,.2f}"
    ]
