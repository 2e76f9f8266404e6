"""Spreadsheet output is inert: a form cell that Excel, WPS or LibreOffice would run as a
formula reaches the CSV download prefixed with an apostrophe."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from bot import Bot
from index import Settings, inert_cell, inert_rows, ingest
from tests.conftest import SEED
from ui import views

FORMULA = '=HYPERLINK("http://example.invalid/login","请重新登录")'


@pytest.mark.parametrize(
    "value,expected",
    [
        ("=1+1", "'=1+1"),
        ("+86 21 1234", "'+86 21 1234"),
        ("-3", "'-3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("100%", "100%"),
        ("a=b", "a=b"),
        ("", ""),
        (-3.5, -3.5),
        (None, None),
    ],
)
def test_inert_cell(value: object, expected: object) -> None:
    assert inert_cell(value) == expected


def test_inert_rows() -> None:
    assert inert_rows([["=x", 1], ["y", "-z"]]) == [["'=x", 1], ["y", "'-z"]]


def test_csv_download_keeps_formulas_inert(settings: Settings, embedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = SEED.read_text(encoding="utf-8").splitlines()[:26]
    cells = lines[18].split("\t")  # line 19: 质量指标 100% → 95%, 20 → 19, with a deviation reason
    cells[8] = FORMULA
    lines[18] = "\t".join(cells)
    form = tmp_path / "formula.txt"
    form.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest([form], settings, embedder=embedder)
    answer = Bot(settings, embedder=embedder).answer("哪些指标扣了分？")
    assert any(c.deviation == FORMULA for c in answer.citations)
    rows = list(csv.reader(io.StringIO(views.citations_csv(answer).decode("utf-8-sig"))))
    assert [cell for row in rows for cell in row if FORMULA in cell] == ["'" + FORMULA]
    assert not [cell for row in rows[1:] for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
