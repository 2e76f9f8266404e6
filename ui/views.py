"""What the chat shows, as plain functions of ``bot`` results: the cited-rows table (answer
columns first), source locators, the HTML of an answer, CSV and Excel of an answer, chart
data, the corpus in a line, uploads and the feedback record. No Streamlit calls here, so the
logic is testable without a browser.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from bot.corpus import Corpus
from bot.types import Answer, Citation
from index import (
    FORM_SUFFIXES,
    FormOutcome,
    IngestReport,
    Settings,
    clean_name,
    form_files,
    free_name,
    ingest_files,
    row_image,
)
from index.errors import JixiaoError
from ui.export import Sheet, csv_bytes, xlsx_bytes
from ui.markup import Cell, Row, escape_html, number, table_html, text_html
from ui.session import Turn

COLUMNS = ["项目", "指标", "目标值", "实际值", "分值", "得分", "偏差原因", "来源", "一级指标", "二级指标"]
UPLOAD_TYPES = sorted(s.lstrip(".") for s in FORM_SUFFIXES)
UPLOAD_LABEL = "绩效自评表：Excel、Word、PDF（含扫描件）、图片或文本"
EXAMPLES = (
    "哪个项目满意度得分最低？",
    "按总分从高到低列出项目",
    "执行率低于90%的项目有哪些？",
    "哪些指标扣了分？",
    "Which project scored lowest on satisfaction?",
)
"""Questions that name nothing, so they fit any corpus; ``examples`` adds some that name a
project of the corpus the user sees."""
PROJECT_EXAMPLES = ("总分多少？", "哪些指标扣了分？", "为什么扣分？", "执行率是多少？", "满意度多少？")
_SECTION_NAMES = {"project": "项目信息", "goal": "年度总体目标", "total": "总分"}


def examples(corpus: Corpus) -> tuple[str, ...]:
    """The suggested questions: the generic ones, then two about the first project of the
    corpus shown (never a project the user cannot see)."""
    if not corpus.projects:
        return EXAMPLES
    first = min(corpus.projects, key=lambda p: (-(p.year or 0), p.name))
    return (*EXAMPLES[:4], f"{first.name}总分多少？", f"{first.name}的执行率是多少？", *EXAMPLES[4:])


def place(form: str, line: int, sheet: str | None = None, page: int | None = None) -> str:
    """Return where a row stands: "文件.txt:12", "文件.xlsx · 工作表!行12", "文件.pdf · 第3页 第12行"."""
    if sheet:
        return f"{form} · {sheet}!行{line}"
    if page:
        return f"{form} · 第{page}页 第{line}行"
    return f"{form}:{line}"


def locator(citation: Citation) -> str:
    """Return the source locator of a citation."""
    return place(citation.form, citation.line, citation.sheet, citation.page)


def _indicator_name(c: Citation) -> str:
    if c.section in ("indicator", "funds"):
        return c.indicator
    return c.indicator or _SECTION_NAMES.get(c.section, c.section)


def citation_record(c: Citation) -> dict[str, object]:
    """Return one cited row: the columns that carry the answer first; empty what it does not hold."""
    return {
        "项目": c.project,
        "指标": _indicator_name(c),
        "目标值": c.target,
        "实际值": c.actual,
        "分值": c.weight,
        "得分": c.score,
        "偏差原因": c.deviation,
        "来源": locator(c),
        "一级指标": c.level1,
        "二级指标": c.level2,
    }


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
    return pd.DataFrame([citation_record(c) for c in answer.citations], columns=COLUMNS)


def citations_csv(answer: Answer) -> bytes:
    """Return the cited rows as CSV, UTF-8 with BOM so Excel reads the Chinese; no live formulas."""
    return csv_bytes(citations_frame(answer))


def citations_html(answer: Answer) -> str:
    """Return the cited rows as an HTML table (names wrap; the full row text shows on hover)."""
    rows = []
    for c in answer.citations:
        lost = c.weight is not None and c.score is not None and c.score < c.weight
        kind = " · ".join(x for x in (c.level1, c.level2) if x)
        rows.append(
            Row(
                (
                    Cell(c.project, "name", title=c.project),
                    Cell(_indicator_name(c), "name", title=kind or c.text),
                    Cell(c.target, "val"),
                    Cell(c.actual, "val"),
                    Cell(number(c.weight), "num"),
                    Cell(number(c.score), "num lost" if lost else "num"),
                    Cell(c.deviation, "wide" if c.deviation else ""),
                    Cell(locator(c), "loc", title=c.text),
                )
            )
        )
    return table_html(COLUMNS[:8], rows, label="引用的表格行")


def answer_html(answer: Answer) -> str:
    """Return the "understood as" line and the answer text, escaped, line breaks kept."""
    understood = (
        f'<div class="jx-understood">理解为：{escape_html(answer.interpretation)}</div>'
        if answer.interpretation
        else ""
    )
    return understood + text_html(answer.answer)


def source_lines(answer: Answer) -> str:
    """Return the raw source lines, one per citation, with their locators."""
    return "\n".join(f"{locator(c)}  {c.text}" for c in answer.citations)


_FOLLOW_UP = re.compile(
    r"^\s*(为什么|为何|原因|那|它|其|这|第[二三四五六七八九十\d]+|why\b|and\b|what about\b)", re.I
)


def corpus_label(corpus: Corpus) -> str:
    """Return the corpus in one line: projects, files, years, departments."""
    forms = len({p.form for p in corpus.projects})
    years = "、".join(f"{y}年度" for y in corpus.years) or "年度不详"
    departments = "、".join(sorted({p.department for p in corpus.projects if p.department})) or "部门不详"
    return f"{len(corpus.projects)}个项目（{forms}个文件），{years}，{departments}"


def answer_xlsx(turn: Turn, corpus: str, when: datetime) -> bytes:
    """Return one answer and its cited rows as .xlsx: question, answer, date and corpus on top."""
    answer = turn.answer
    assert answer is not None
    table = citations_frame(answer)
    table["原文"] = [c.text for c in answer.citations]
    meta: list[tuple[str, object]] = [("问题", turn.asked), ("答案", answer.answer)]
    if answer.interpretation:
        meta.append(("理解为", answer.interpretation))
    if turn.scope_name:
        meta.append(("提问范围", turn.scope_name))
    meta += [("日期", when.replace(tzinfo=None, microsecond=0)), ("语料", corpus)]
    return xlsx_bytes([Sheet("答案与引用行", table, tuple(meta))])


def chart_frame(answer: Answer) -> pd.DataFrame | None:
    """Return the per-project chart data (project, value, highlight), if the answer has one."""
    if answer.chart is None or len(answer.chart.bars) < 2:
        return None
    return pd.DataFrame([{"项目": b.label, "值": b.value, "答案": b.highlight} for b in answer.chart.bars])


@dataclass(frozen=True)
class CorpusInfo:
    """The corpus at a glance, for the sidebar."""

    forms: int
    projects: int
    years: list[int]
    departments: list[str]
    findings: int


def corpus_info(corpus: Corpus) -> CorpusInfo:
    """Summarise the corpus for the sidebar."""
    return CorpusInfo(
        forms=len({p.form for p in corpus.projects}),
        projects=len(corpus.projects),
        years=corpus.years,
        departments=sorted({p.department for p in corpus.projects if p.department}),
        findings=sum(len(p.findings) for p in corpus.projects),
    )


def corpus_html(info: CorpusInfo) -> str:
    """Return the sidebar's corpus summary as escaped HTML."""
    years = "、".join(map(str, info.years)) or "—"
    departments = "、".join(info.departments) or "—"
    return (
        f'<div class="jx-text"><b>{info.forms}</b> 个文件 · <b>{info.projects}</b> 个项目\n'
        f"年度：{escape_html(years)}\n部门：{escape_html(departments)}</div>"
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
