"""The overview and every finding as a file an analyst attaches to a memo (``jixiao report``),
and the overview table as the page's Excel download.

Invariant: the tables here are the overview page's tables (``ui.overview``), so the file and
the page never disagree; numbers are numbers, text cells are inert (``ui.export``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pandas as pd

from index.errors import JixiaoError
from index.types import Project
from ui.document import docx_bytes, docx_table, new_document
from ui.export import Sheet, xlsx_bytes
from ui.overview import ProjectRow, Scope, project_rows
from ui.views import place

SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}
FINDING_LABELS = {
    "execution_rate": "执行率与金额不符",
    "met_target_lost_points": "达标却扣分",
    "missing_deviation": "扣分未写偏差原因",
    "level1_mismatch": "一级指标归类已修正",
    "scores_sum": "得分合计不符",
    "weights_sum": "分值合计不符",
    "missing_funds_total": "缺少年度资金总额",
    "funds_score": "预算执行得分不符",
    "missing_total": "缺少总分行",
    "score_above_weight": "得分高于分值",
    "unreadable_row": "无法读取的行",
}
OVERVIEW_COLUMNS = [
    "排名",
    "项目",
    "评级",
    "总分",
    "执行率（%）",
    "满意度得分",
    "满意度分值",
    "扣分",
    "检查发现",
    "全年预算数（元）",
    "全年执行数（元）",
    "年度",
    "主管部门",
    "实施单位",
    "来源",
]


def finding_label(code: str) -> str:
    """Return the Chinese name of a finding code (the code itself when it has none)."""
    return FINDING_LABELS.get(code, code)


def overview_frame(rows: Sequence[ProjectRow]) -> pd.DataFrame:
    """Return the overview table with every figure as a number."""
    records = [
        [
            n,
            r.name,
            r.grade,
            r.total,
            r.execution_rate,
            r.satisfaction,
            r.satisfaction_weight,
            r.lost,
            r.findings,
            r.budget,
            r.executed,
            r.year,
            r.department,
            r.unit,
            place(r.form, r.line),
        ]
        for n, r in enumerate(rows, start=1)
    ]
    return pd.DataFrame(records, columns=OVERVIEW_COLUMNS).astype(object)


def findings_frame(projects: Sequence[Project]) -> pd.DataFrame:
    """Return every finding of the projects, in overview order."""
    order = {r.id: n for n, r in enumerate(project_rows(projects))}
    records = [
        [
            p.name,
            SEVERITY.get(f.severity, f.severity),
            finding_label(f.code),
            f.message,
            place(p.form, f.line),
        ]
        for p in sorted(projects, key=lambda p: order[p.id])
        for f in p.findings
    ]
    return pd.DataFrame(records, columns=["项目", "级别", "检查", "说明", "来源"])


def deductions_frame(projects: Sequence[Project]) -> pd.DataFrame:
    """Return every indicator row that lost points, with its deviation reason."""
    order = {r.id: n for n, r in enumerate(project_rows(projects))}
    records = [
        [
            p.name,
            r.level1,
            r.level2,
            r.name,
            r.target,
            r.actual,
            r.weight,
            r.score,
            r.deduction,
            r.deviation,
            place(p.form, r.line),
        ]
        for p in sorted(projects, key=lambda p: order[p.id])
        for r in p.indicators
        if r.deduction > 0
    ]
    columns = [
        "项目",
        "一级指标",
        "二级指标",
        "三级指标",
        "目标值",
        "实际值",
        "分值",
        "得分",
        "扣分",
        "偏差原因",
        "来源",
    ]
    return pd.DataFrame(records, columns=columns).astype(object)


def _meta(scope: Scope, projects: int, when: datetime) -> tuple[tuple[str, object], ...]:
    return (("范围", scope.label(projects)), ("生成时间", when.replace(tzinfo=None, microsecond=0)))


def overview_xlsx(projects: Sequence[Project], scope: Scope, when: datetime) -> bytes:
    """Return the overview table as .xlsx."""
    table = overview_frame(project_rows(projects))
    return xlsx_bytes([Sheet("项目概览", table, _meta(scope, len(projects), when))])


def report_xlsx(projects: Sequence[Project], scope: Scope, when: datetime) -> bytes:
    """Return the report workbook: overview, findings and lost points, one sheet each."""
    meta = _meta(scope, len(projects), when)
    return xlsx_bytes(
        [
            Sheet("项目概览", overview_frame(project_rows(projects)), meta),
            Sheet("检查发现", findings_frame(projects), meta),
            Sheet("扣分明细", deductions_frame(projects), meta),
        ]
    )


def report_docx(projects: Sequence[Project], scope: Scope, when: datetime) -> bytes:
    """Return the report as a Word document: overview table, then each project's findings."""
    doc = new_document(
        "绩效自评汇总报告",
        [f"范围：{scope.label(len(projects))}", f"生成时间：{when:%Y-%m-%d %H:%M}"],
    )
    doc.add_heading("项目概览", level=1)
    docx_table(doc, overview_frame(project_rows(projects))[OVERVIEW_COLUMNS[:9]])
    doc.add_heading("检查发现", level=1)
    findings = findings_frame(projects)
    if findings.empty:
        doc.add_paragraph("没有检查发现。")
    for name, group in findings.groupby("项目", sort=False):
        doc.add_heading(str(name), level=2)
        docx_table(doc, group[["级别", "检查", "说明", "来源"]])
    doc.add_heading("扣分明细", level=1)
    docx_table(
        doc, deductions_frame(projects)[["项目", "三级指标", "分值", "得分", "扣分", "偏差原因", "来源"]]
    )
    return docx_bytes(doc)


def write_report(path: Path, projects: Sequence[Project], scope: Scope, when: datetime) -> None:
    """Write the report to path; its suffix (.xlsx or .docx) chooses the format."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".docx"):
        raise JixiaoError(f"{path}: the report is written as .xlsx or .docx, not {suffix or 'no suffix'}")
    if not projects:
        raise JixiaoError(f"no project in scope {scope.label(0)}; check --year and --department")
    data = (report_xlsx if suffix == ".xlsx" else report_docx)(projects, scope, when)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as err:
        raise JixiaoError(f"{path}: cannot write the report: {err.strerror}") from err
