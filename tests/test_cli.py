"""The ``jixiao`` command as users run it: real processes, real index, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from index import Settings
from tests.conftest import SEED


def _run(*args: str, index: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ui.cli", *args]
    if index is not None:
        cmd += ["--index", str(index)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=Path(__file__).parents[1])


def test_ask_json_is_one_conversation(seed_settings: Settings) -> None:
    out = _run("ask", "--json", "哪个项目满意度得分最低？", "为什么？", index=seed_settings.index_dir)
    assert out.returncode == 0, out.stderr
    answers = json.loads(out.stdout)
    assert [a["route"] for a in answers] == ["table", "table"]
    assert "上海市大数据资源平台（二期）" in answers[0]["answer"] and len(answers[0]["citations"]) == 7
    assert answers[1]["citations"][0]["line"] == 95 and answers[1]["abstained"] is False
    assert all(isinstance(a["latency_ms"], float) for a in answers)


def test_ask_batch(seed_settings: Settings, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('["一共几个项目？"]\n["政务云那个项目总分多少？", "它的预算呢？"]\n', encoding="utf-8")
    out = _run("ask", "--json", "--batch", str(batch), index=seed_settings.index_dir)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [len(line) for line in lines] == [1, 2]
    assert "40,000,000.00" in lines[1][1]["answer"]


def test_ask_without_index_is_a_clean_error(tmp_path: Path) -> None:
    out = _run("ask", "总分最高的项目", index=tmp_path / "none")
    assert out.returncode == 2
    assert "no index at" in out.stderr and "jixiao ingest" in out.stderr and "Traceback" not in out.stderr


def test_bad_batch_line_names_file_and_line(seed_settings: Settings, tmp_path: Path) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text('["ok"]\nnot json\n', encoding="utf-8")
    out = _run("ask", "--batch", str(batch), index=seed_settings.index_dir)
    assert out.returncode == 2 and f"{batch}:2:" in out.stderr and "Traceback" not in out.stderr


def test_ingest_bad_file_exits_nonzero_and_keeps_index(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    bad = tmp_path / "truncated.txt"
    bad.write_text("\n".join(SEED.read_text(encoding="utf-8").splitlines()[:39]), encoding="utf-8")
    out = _run("ingest", str(bad), index=index)
    assert out.returncode == 1
    assert "truncated.txt:32:" in out.stderr and "Traceback" not in out.stderr
    assert not (index / "forms.sqlite").exists() or _run("export", index=index).returncode == 2


def test_ingest_then_export(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    form = tmp_path / "cloud.txt"
    form.write_text("\n".join(SEED.read_text(encoding="utf-8").splitlines()[97:118]), encoding="utf-8")
    first = _run("ingest", str(form), index=index)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout and "5 indicator rows" in first.stdout
    again = _run("ingest", str(form), index=index)
    assert "1 unchanged" in again.stdout
    exported = json.loads(_run("export", "--json", index=index).stdout)
    assert exported[0]["name"] == "上海市政务云基础设施服务费（预付费）"
    assert exported[0]["total"] == {"weight": 100.0, "score": 93.31, "line": 21}
    assert {"severity", "code", "message", "line"} <= set(exported[0]["findings"][0])


def test_check_prints_findings_without_storing(tmp_path: Path) -> None:
    out = _run("check", str(SEED))
    assert out.returncode == 0
    assert f"{SEED.name}:60 warning execution_rate" in out.stdout
    assert f"{SEED.name}:117 warning missing_deviation" in out.stdout


def test_report_writes_excel_and_word(seed_settings: Settings, tmp_path: Path) -> None:
    import openpyxl
    from docx import Document

    out = _run("report", "--out", str(tmp_path / "r.xlsx"), "--year", "2021", index=seed_settings.index_dir)
    assert out.returncode == 0, out.stderr
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["项目概览", "检查发现", "扣分明细"]
    assert book["项目概览"]["B1"].value == "2021年度 · 全部部门 · 7个项目"
    out = _run("report", "--out", str(tmp_path / "r.docx"), index=seed_settings.index_dir)
    assert out.returncode == 0, out.stderr
    assert Document(str(tmp_path / "r.docx")).paragraphs[0].text == "绩效自评汇总报告"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--out", "r.pdf"), 1, "the report is written as .xlsx or .docx"),
        (("--out", "r.xlsx", "--year", "1999"), 1, "no project in scope 1999年度"),
        (("--out", "r.xlsx", "--department", "不存在的部门"), 1, "no project in scope"),
    ],
)
def test_report_errors_are_clean(
    seed_settings: Settings, tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    out = _run(
        "report",
        *(str(tmp_path / a) if a.startswith("r.") else a for a in args),
        index=seed_settings.index_dir,
    )
    assert out.returncode == code and message in out.stderr and "Traceback" not in out.stderr


def test_report_without_index_is_a_clean_error(tmp_path: Path) -> None:
    out = _run("report", "--out", str(tmp_path / "r.xlsx"), index=tmp_path / "none")
    assert out.returncode == 2 and "no index at" in out.stderr and "Traceback" not in out.stderr
