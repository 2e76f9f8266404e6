"""The overview's charts as Altair (Vega-Lite) specifications over ``ui.overview`` frames,
with Chinese labels in the CJK font. Each chart's point selection carries the project id, so a
click on a project's mark opens its page.

Invariant: charts only draw figures that the overview frames hold; labels are data, drawn as
text by Vega (never interpreted as markup).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, TypeVar

import altair as alt
import pandas as pd

from index.template import LEVEL1_OF
from ui.overview import BLOCK_SHORT, BLOCKS

FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, sans-serif"
SELECT = "project"  # the selection parameter every chart names
_BLUE, _GREEN, _PURPLE, _ORANGE = "#4c6ef5", "#2f9e44", "#ae3ec9", "#f08c00"
_SOLID = dict(zip([BLOCK_SHORT[b] for b in BLOCKS], (_BLUE, _GREEN, _PURPLE, _ORANGE), strict=True))
ROW_PX = 22
_GLOBALS = threading.Lock()  # Altair's theme and data transformer are process-wide


def _parts() -> tuple[list[str], list[str]]:
    domain, colors = [], []
    for block, color in _SOLID.items():
        domain += [f"{block}得分", f"{block}扣分"]
        colors += [color, color + "40"]  # the lost part: the block's colour, faint
    return domain, colors


Drawn = TypeVar("Drawn", bound=alt.TopLevelMixin)
Drawing = alt.Chart | alt.LayerChart | alt.FacetChart


def _style(chart: Drawn) -> Drawn:
    return chart.configure(font=FONT).configure_axis(labelFont=FONT, titleFont=FONT, labelLimit=260)


def block_chart(frame: pd.DataFrame, order: Sequence[str]) -> Drawing:
    """Return stacked bars per project: each level-1 block's score, then its lost points, faint."""
    domain, colors = _parts()
    pick = alt.selection_point(name=SELECT, fields=["项目ID"], on="click")
    chart = (
        alt.Chart(frame, title="各板块得分（浅色为扣分，整条为分值）")
        .mark_bar()
        .encode(
            x=alt.X("sum(分数):Q", title="分数", scale=alt.Scale(domain=[0, 100], nice=False, clamp=False)),
            y=alt.Y("项目:N", sort=list(order), title=None),
            color=alt.Color(
                "部分:N",
                scale=alt.Scale(domain=domain, range=colors),
                legend=alt.Legend(title="板块"),
            ),
            order=alt.Order("顺序:Q"),
            detail="项目ID:N",  # kept through the aggregation, so a click names the project
            tooltip=[
                alt.Tooltip("项目:N"),
                alt.Tooltip("板块:N"),
                alt.Tooltip("得分:Q"),
                alt.Tooltip("分值:Q"),
            ],
        )
        .add_params(pick)
        .properties(height=alt.Step(ROW_PX))
    )
    return _style(chart)


def funds_chart(frame: pd.DataFrame) -> Drawing:
    """Return execution rate against full-year budget (log scale), one bubble per project."""
    pick = alt.selection_point(name=SELECT, fields=["项目ID"], on="click")
    points = (
        alt.Chart(frame, title="气泡大小为全年执行数；红色虚线为执行率90%")
        .mark_circle(opacity=0.75, stroke="#333", strokeWidth=0.5)
        .encode(
            x=alt.X(
                "全年预算数（万元）:Q", scale=alt.Scale(type="log"), title="全年预算数（万元，对数刻度）"
            ),
            y=alt.Y("执行率:Q", title="执行率（%）", scale=alt.Scale(zero=False)),
            size=alt.Size("全年执行数（万元）:Q", legend=None, scale=alt.Scale(range=[40, 900])),
            color=alt.Color(
                "评级:N",
                scale=alt.Scale(
                    domain=["优", "良", "中", "差", "—"], range=[_GREEN, _BLUE, _ORANGE, "#e03131", "#868e96"]
                ),
            ),
            tooltip=["项目:N", "全年预算数（万元）:Q", "全年执行数（万元）:Q", "执行率:Q", "评级:N"],
        )
        .add_params(pick)
    )
    line = (
        alt.Chart(pd.DataFrame({"y": [90.0]})).mark_rule(strokeDash=[4, 4], color="#e03131").encode(y="y:Q")
    )
    return _style(alt.layer(points, line, height=320))


def level2_order(kinds: Sequence[str]) -> list[str]:
    """Return level-2 kinds in template order (产出 kinds, then 效益, then 满意度), unknown last."""
    known = list(LEVEL1_OF)
    return sorted(set(kinds), key=lambda k: (known.index(k) if k in known else len(known), k))


def heat_chart(frame: pd.DataFrame, order: Sequence[str]) -> Drawing:
    """Return the score rate of each project (rows) per level-2 kind (columns)."""
    pick = alt.selection_point(name=SELECT, fields=["项目ID"], on="click")
    chart = (
        alt.Chart(frame)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X(
                "二级指标:N",
                sort=level2_order(frame["二级指标"].tolist()),
                title=None,
                axis=alt.Axis(
                    labelAngle=-35,
                    orient="top",
                    labelOverlap=False,
                    labelLimit=120,
                    labelExpr="replace(datum.label, '指标', '')",  # 数量指标 → 数量: columns are narrow
                ),
            ),
            y=alt.Y("项目:N", sort=list(order), title=None),
            color=alt.Color(
                "得分率:Q",
                scale=alt.Scale(scheme="redyellowgreen", domain=[60, 100], clamp=True),
                legend=alt.Legend(title="得分率", gradientLength=60),
            ),
            tooltip=["项目:N", "二级指标:N", "得分:Q", "分值:Q", "得分率:Q"],
        )
        .add_params(pick)
        .properties(height=alt.Step(ROW_PX), width="container")
    )
    return _style(chart)


def spec(chart: Drawing) -> dict[str, Any]:
    """Return the chart's Vega-Lite spec with its data inline.

    Altair's schema validation costs about 0.1 s per chart on every page run, so it is skipped
    here; the tests validate every chart once.
    """
    with _GLOBALS, alt.theme.enable("none"), alt.data_transformers.enable("default", max_rows=None):
        return chart.to_dict(validate=False)


def picked(event: object) -> str | None:
    """Return the project id a chart click selected, if any."""
    selection = getattr(event, "selection", None) or {}
    points = selection.get(SELECT) if isinstance(selection, dict) else getattr(selection, SELECT, None)
    if not points:
        return None
    first = points[0] if isinstance(points, list) else None
    value = first.get("项目ID") if isinstance(first, dict) else None
    return str(value) if value else None
