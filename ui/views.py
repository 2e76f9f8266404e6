"""What the web chat shows, as plain functions of ``bot`` results: citation tables, CSV,
chart data, corpus overview and the feedback record. No Streamlit calls here, so the logic is
testable without a browser."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from bot.corpus import Corpus
from bot.types import Answer
from index import (
    FormOutcome,
    IngestReport,
    Settings,
    clean_name,
    form_files,
    free_name,
    inert_cell,
    ingest_files,
)
from index.errors import JixiaoError
from index.template import grade

COLUMNS = ["项目", "一级指标", "二级指标", "三级指标", "目标值", "实际值", "分值", "得分", "偏差原因", "来源"]
EXAMPLES = (
    "哪个项目满意度得分最低？",
    "按总分从高到低列出项目",
    "执行率低于90%的项目有哪些？",
    "哪些指标扣了分？",
    "政务云那个项目总分多少？",
    "完成了多少个工单？",
    "Which project scored lowest on satisfaction?",
)


def citations_frame(answer: Answer) -> pd.DataFrame:
    """Return the cited rows as the table shown under an answer."""
    rows = [
        {
            "项目": c.project,
            "一级指标": c.level1,
            "二级指标": c.level2,
            "三级指标": c.indicator if c.section == "indicator" else f"（{c.indicator or c.section}）",
            "目标值": c.target,
            "实际值": c.actual,
            "分值": c.weight,
            "得分": c.score,
            "偏差原因": c.deviation,
            "来源": f"{c.form}:{c.line}",
        }
        for c in answer.citations
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def inert_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the frame with every text cell made inert for spreadsheets (no formulas)."""
    return frame.map(inert_cell)


def citations_csv(answer: Answer) -> bytes:
    """Return the cited rows as CSV, UTF-8 with BOM so Excel reads the Chinese; cells that a
    spreadsheet would run as formulas are prefixed with an apostrophe."""
    return inert_frame(citations_frame(answer)).to_csv(index=False).encode("utf-8-sig")


def source_lines(answer: Answer) -> str:
    """Return the raw source lines, one per citation, with file and line."""
    return "\n".join(f"{c.form}:{c.line}  {c.text}" for c in answer.citations)


def chart_frame(answer: Answer) -> pd.DataFrame | None:
    """Return the per-project chart data (project, value, highlight), if the answer has one."""
    if answer.chart is None or len(answer.chart.bars) < 2:
        return None
    return pd.DataFrame([{"项目": b.label, "值": b.value, "答案": b.highlight} for b in answer.chart.bars])


@dataclass(frozen=True)
class Overview:
    """The corpus at a glance."""

    forms: int
    projects: int
    years: list[int]
    departments: list[str]
    grades: pd.DataFrame
    findings: pd.DataFrame


def overview(corpus: Corpus) -> Overview:
    """Summarise the corpus for the sidebar."""
    grades = pd.DataFrame(
        [
            {
                "评级": grade(p.total.score)
                if p.total
                else "—",  # short columns first: the sidebar is narrow
                "总分": p.total.score if p.total else None,
                "项目": p.name,
            }
            for p in corpus.projects
        ]
    )
    findings = pd.DataFrame(
        [
            {
                "项目": p.name,
                "级别": f.severity,
                "检查": f.code,
                "说明": f.message,
                "来源": f"{p.form}:{f.line}",
            }
            for p in corpus.projects
            for f in p.findings
        ],
        columns=["项目", "级别", "检查", "说明", "来源"],
    )
    return Overview(
        forms=len({p.form for p in corpus.projects}),
        projects=len(corpus.projects),
        years=corpus.years,
        departments=corpus.departments,
        grades=grades,
        findings=findings,
    )


@dataclass(frozen=True)
class UploadResult:
    """What happened to one uploaded file."""

    name: str
    ok: bool
    message: str
    findings: int = 0
    form: str = ""
    """The form name the file is stored under (empty when it was not stored)."""


def upload_matches(name: str, settings: Settings) -> list[str]:
    """Return the ingested forms an upload named name would replace: the form of that exact
    name, else every form whose file name is name (ask "替换已有的同名表？" when not empty)."""
    base = clean_name(name)
    forms = [form for form, _, _ in form_files(settings)]
    if base in forms:
        return [base]
    return [form for form in forms if form.rsplit("/", 1)[-1] == base]


def ingest_uploads(
    files: list[tuple[str, bytes]], settings: Settings, replace: bool = False
) -> list[UploadResult]:
    """Save uploaded files under the index and ingest each one on its own, reporting per file.

    Each file is saved under a name of its own (never over another upload) and stored as a
    form named by its file name. When ``upload_matches`` finds a form of that name, replace
    decides: True replaces that form (refused when several match), False (the default) keeps
    it and stores the upload as "name (2).txt". A file with the content of an ingested form is
    not stored twice.
    """
    folder = settings.index_dir / "uploads"
    results = []
    for name, data in files:
        base = clean_name(name)
        path = folder / hashlib.sha256(data).hexdigest()[:16] / base
        matches = upload_matches(base, settings)
        if replace and len(matches) > 1:
            results.append(UploadResult(name, False, f"有多个同名表（{'、'.join(matches)}），请改名后上传"))
            continue
        target = (
            matches[0] if replace and matches else free_name(base, {f for f, _, _ in form_files(settings)})
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        try:
            report = ingest_files([(path, target)], settings, replace=replace)
        except JixiaoError as err:
            _discard(path)
            results.append(UploadResult(name, False, str(err).replace(str(path.parent) + "/", "")))
            continue
        if report.outcomes[0].action == "duplicate":
            _discard(path)
        results.append(_upload_result(name, report.outcomes[0], report))
    return results


def _discard(path: Path) -> None:
    """Remove a saved upload that was not stored, and its folder when empty."""
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()


def _upload_result(name: str, outcome: FormOutcome, report: IngestReport) -> UploadResult:
    found = sum(len(v) for v in report.findings_by_form.values())
    stored = f"{report.projects}个项目，{report.indicators}行指标"
    message = {
        "added": stored if outcome.form == clean_name(name) else f"已另存为「{outcome.form}」：{stored}",
        "replaced": f"已替换「{outcome.form}」：{stored}",
        "unchanged": "未变化，已跳过",
        "duplicate": f"与已导入的「{outcome.form}」内容相同，已跳过",
    }[outcome.action]
    return UploadResult(name, True, message, found, outcome.form)


def feedback_record(answer: Answer, rating: str, comment: str) -> dict[str, object]:
    """Return the JSONL record of one piece of feedback."""
    return {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": rating,
        "comment": comment,
        **answer.to_json(),
    }


def log_feedback(path: Path, record: dict[str, object]) -> None:
    """Append one feedback record to the JSONL log."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
