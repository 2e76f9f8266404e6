"""The overview page (the app's root URL): the scope's projects by total score, their charts
and findings. Run by ``st.navigation``; draws what ``ui.overview`` computes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from urllib.parse import quote

import streamlit as st

from bot.corpus import Corpus
from index.types import Project
from ui import charts, runtime
from ui.export import XLSX_MIME
from ui.markup import Cell, Row, escape_markdown, number, table_html
from ui.overview import (
    ProjectRow,
    Scope,
    block_scores,
    funds_points,
    labels,
    level2_rates,
    project_rows,
    summary,
)
from ui.project import finding_text
from ui.report import overview_xlsx
from ui.session import Workspace
from ui.views import place

HEADERS = ("排名", "项目", "评级", "总分", "执行率", "满意度", "扣分", "检查发现", "年度", "主管部门")


def _scope(corpus: Corpus, ws: Workspace) -> Scope:
    """Draw the scope pickers in the sidebar and return the chosen scope."""
    with st.sidebar:
        st.subheader("范围")
        years = st.multiselect(
            "年度", corpus.years, default=[y for y in ws.years if y in corpus.years], placeholder="全部年度"
        )
        departments = st.multiselect(
            "部门",
            corpus.departments,
            default=[d for d in ws.departments if d in corpus.departments],
            placeholder="全部部门",
        )
    ws.years, ws.departments = tuple(years), tuple(departments)
    return Scope(ws.years, ws.departments)


def _table(ordered: Sequence[ProjectRow]) -> str:
    rows = []
    for n, r in enumerate(ordered, start=1):
        satisfaction = (
            f"{number(r.satisfaction)}/{number(r.satisfaction_weight)}" if r.satisfaction is not None else "—"
        )
        rows.append(
            Row(
                (
                    Cell(n, "num"),
                    Cell(r.name, href=f"project?p={quote(r.id, safe='')}", title=f"打开「{r.name}」"),
                    Cell(r.grade),
                    Cell(number(r.total), "num"),
                    Cell(f"{number(r.execution_rate)}%" if r.execution_rate is not None else "—", "num"),
                    Cell(satisfaction, "num"),
                    Cell(number(r.lost) if r.lost else "0", "num lost" if r.lost else "num"),
                    Cell(r.findings, "num"),
                    Cell(r.year or "—"),
                    Cell(r.department or "—"),
                ),
                "lost" if r.lost and r.total is not None and r.total < 60 else "",
            )
        )
    return table_html(HEADERS, rows, label="项目概览（按总分从高到低）")


def _metrics(ordered: Sequence[ProjectRow]) -> None:
    figures = summary(ordered)
    columns = st.columns(4)
    columns[0].metric("项目", int(figures["projects"] or 0))
    columns[1].metric("平均总分", number(figures["mean_total"]) or "—")
    columns[2].metric(
        "平均执行率", f"{number(figures['mean_rate'])}%" if figures["mean_rate"] is not None else "—"
    )
    columns[3].metric("检查发现", int(figures["findings"] or 0))


def _open_on_click(event: object, key: str) -> None:
    picked = charts.picked(event)
    if picked:
        st.session_state.pop(key, None)
        st.switch_page(runtime.PROJECT, query_params={"p": picked})


def _charts(projects: Sequence[Project], ordered: Sequence[ProjectRow]) -> None:
    names = labels(projects)
    order = [names[r.id] for r in ordered]
    st.subheader("得分构成")
    st.caption("点击某个项目的条形可打开该项目的表。")
    event = st.vega_lite_chart(
        spec=charts.spec(charts.block_chart(block_scores(projects), order)),
        on_select="rerun",
        key="chart_blocks",
        width="stretch",
        alt="各项目按产出、效益、满意度、预算执行的得分与扣分（条形图），数据同上表。",
    )
    _open_on_click(event, "chart_blocks")
    st.subheader("执行率与预算")
    frame = funds_points(projects)
    if frame.empty:
        st.info("范围内的表没有可比的预算与执行率。")
    else:
        event = st.vega_lite_chart(
            spec=charts.spec(charts.funds_chart(frame)),
            on_select="rerun",
            key="chart_funds",
            width="stretch",
            alt="各项目执行率与全年预算数（气泡图）。",
        )
        _open_on_click(event, "chart_funds")
    st.subheader("二级指标得分率")
    frame = level2_rates(projects)
    if frame.empty:
        st.info("范围内的表没有指标行。")
    else:
        event = st.vega_lite_chart(
            spec=charts.spec(charts.heat_chart(frame, order)),
            on_select="rerun",
            key="chart_heat",
            width="stretch",
            alt="各项目各二级指标的得分率（热力图）。",
        )
        _open_on_click(event, "chart_heat")


def _findings(projects: Sequence[Project], ordered: Sequence[ProjectRow]) -> None:
    by_id = {p.id: p for p in projects}
    rows = [
        Row(
            (
                Cell(p.name, href=f"project?p={quote(p.id, safe='')}"),
                Cell(finding_text(f)),
                Cell(place(p.form, f.line), "loc"),
            )
        )
        for p in (by_id[r.id] for r in ordered)
        for f in p.findings
    ]
    with st.expander(f"数据质量检查（{len(rows)} 条）", expanded=False):
        if rows:
            st.html(table_html(("项目", "检查发现", "来源"), rows, label="数据质量检查"))
        else:
            st.write("没有检查发现。")


def render() -> None:
    """Draw the overview page."""
    corpus = runtime.corpus()
    ws = runtime.workspace()
    scope = _scope(corpus, ws)
    projects = corpus.select(scope.years, scope.departments)
    st.title("项目概览")
    st.caption(escape_markdown(f"范围：{scope.label(len(projects))}。点击项目名称打开它的表。"))
    if not projects:
        st.info("这个范围内没有项目。可在侧栏调整年度和部门，或上传新表。")
        return
    ordered = project_rows(projects)
    _metrics(ordered)
    st.html(_table(ordered))
    st.download_button(
        "下载概览 Excel",
        runtime.audited(
            lambda: overview_xlsx(projects, scope, datetime.now()), "download", "jixiao-overview.xlsx"
        ),
        file_name="jixiao-overview.xlsx",
        mime=XLSX_MIME,
        key="overview_xlsx",
        on_click="ignore",
    )
    _charts(projects, ordered)
    _findings(projects, ordered)


render()
