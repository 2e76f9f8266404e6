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
        r["funds"] = {k: v for k, v in r["funds"].items() if k != "unit"}
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


def test_pdf_repeats_indicator_headers_across_pages(form_file) -> None:  # type: ignore[no-untyped-def]
    from index.readers import read_rows

    rows, _ = read_rows(form_file("pdf"))
    headers = [r for r in rows if any(c.text == "一级指标" for c in r.cells)]
    assert len({r.page for r in headers}) > 7  # seven forms, and headers repeated on continued pages


def test_export_json_of_every_format(tmp_path: Path, form_file, embedder, reference) -> None:  # type: ignore[no-untyped-def]
    kinds = ["xlsx", "xls", "docx", "pdf", "xlsx-province"]
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
