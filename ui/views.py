"""What the web chat shows, as plain functions of ``bot`` results: citation tables, CSV,
chart data, corpus overview and the feedback record. No Streamlit calls here, so the logic is
testable without a browser."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from bot.corpus import Corpus
from bot.types import Answer, Citation
from index import FORM_SUFFIXES, Settings, form_files, ingest, row_image
from index.errors import JixiaoError
from index.template import grade

COLUMNS = ["项目", "一级指标", "二级指标", "三级指标", "目标值", "实际值", "分值", "得分", "偏差原因", "来源"]
UPLOAD_TYPES = sorted(s.lstrip(".") for s in FORM_SUFFIXES)
UPLOAD_LABEL = "绩效自评表：Excel、Word、PDF（含扫描件）、图片或文本"
EXAMPLES = (
    "哪个项目满意度得分最低？",
    "按总分从高到低列出项目",
    "执行率低于90%的项目有哪些？",
    "哪些指标扣了分？",
    "政务云那个项目总分多少？",
    "完成了多少个工单？",
    "Which project scored lowest on satisfaction?",
)


def locator(c: Citation) -> str:
    """Where a cited row is, for people: "文件.xlsx · 工作表!行12", "文件.pdf · 第3页 行5", "文件.txt · 行12"."""
    if c.sheet is not None:
        return f"{c.form} · {c.sheet}!行{c.line}"
    if c.page is not None:
        return f"{c.form} · 第{c.page}页 行{c.line}"
    return f"{c.form} · 行{c.line}"


def cited_row_image(c: Citation, settings: Settings) -> bytes | None:
    """The cited row cropped from its PDF page and highlighted (PNG), for PDF sources only."""
    if c.page is None or not c.form.lower().endswith(".pdf"):
        return None
    path = next((Path(p) for form, p, _ in form_files(settings) if form == c.form), None)
    if path is None or not path.exists():
        return None
    try:
        return row_image(path, c.page, c.line)
    except Exception:  # noqa: BLE001 - a picture is a courtesy; the cited text stays
        return None


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


def citations_csv(answer: Answer) -> bytes:
    """Return the cited rows as CSV, UTF-8 with BOM so Excel reads the Chinese."""
    return citations_frame(answer).to_csv(index=False).encode("utf-8-sig")


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


def ingest_uploads(files: list[tuple[str, bytes]], settings: Settings) -> list[UploadResult]:
    """Save uploaded files under the index and ingest each one on its own, reporting per file."""
    folder = settings.index_dir / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for name, data in files:
        path = folder / Path(name).name
        path.write_bytes(data)
        try:
            report = ingest([path], settings)
        except JixiaoError as err:
            path.unlink(missing_ok=True)
            results.append(UploadResult(name, False, str(err).replace(str(folder) + "/", "")))
            continue
        found = sum(len(v) for v in report.findings_by_form.values())
        note = (
            "未变化，已跳过"
            if report.forms_skipped
            else f"{report.projects}个项目，{report.indicators}行指标"
        )
        results.append(UploadResult(name, True, note, found))
    return results


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
