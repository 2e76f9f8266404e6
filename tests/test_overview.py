"""The overview's figures against the generator's manifest and the forms' own arithmetic, and
the project page's layout of a form (findings placed once, lost points marked, escaped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.synth import SynthForm, generate
from index.ingest import parse_file
from index.template import grade
from index.types import Project
from tests.conftest import SEED
from ui.overview import (
    BLOCK_SHORT,
    Scope,
    block_scores,
    funds_points,
    labels,
    level2_rates,
    project_rows,
    summary,
)
from ui.project import (
    funds_html,
    header_html,
    indicators_html,
    loose_findings,
    loose_findings_html,
    row_lines,
)


@pytest.fixture(scope="module")
def checked() -> list[Project]:
    """The seed's projects with their data-quality findings (``parse_file`` runs the checks)."""
    projects = list(parse_file(SEED).projects)
    assert sum(len(p.findings) for p in projects) > 0
    return projects


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[SynthForm], list[Project]]:
    folder = tmp_path_factory.mktemp("overview-synth")
    forms = generate(30, folder, seed=5)
    return forms, [p for f in forms for p in parse_file(folder / f.file).projects]


def test_rows_match_the_generated_truth_and_sort_by_total(synth) -> None:  # type: ignore[no-untyped-def]
    forms, projects = synth
    rows = project_rows(projects)
    truth = {f.name: f for f in forms}
    assert [r.total for r in rows] == sorted((f.total for f in forms), reverse=True)
    for r in rows:
        f = truth[r.name]
        assert (r.execution_rate, r.budget, r.executed, r.year) == (f.rate, f.budget, f.executed, f.year)
        assert r.satisfaction == f.satisfaction and r.grade == grade(f.total)
        assert r.lost == pytest.approx(100 - f.total)


def test_block_parts_add_up_to_each_projects_weight_and_score(synth) -> None:  # type: ignore[no-untyped-def]
    _, projects = synth
    frame = block_scores(projects)
    assert set(frame["板块"]) <= set(BLOCK_SHORT.values())
    for p in projects:
        mine = frame[frame["项目ID"] == p.id]
        scored = mine[mine["部分"].str.endswith("得分")]["分数"].sum()
        funds = p.funds_total
        assert funds is not None and funds.score is not None
        expected = funds.score + sum(r.score for r in p.indicators)
        assert scored == pytest.approx(expected, abs=1e-6)
        assert mine["分数"].sum() == pytest.approx((funds.weight or 0) + sum(r.weight for r in p.indicators))


def test_funds_points_and_level2_rates(synth) -> None:  # type: ignore[no-untyped-def]
    forms, projects = synth
    points = funds_points(projects)
    truth = {f.name: f for f in forms}
    assert len(points) == len(projects)
    for _, row in points.iterrows():
        f = truth[row["项目"]]
        assert row["执行率"] == f.rate and row["全年预算数（万元）"] == pytest.approx(
            f.budget / 10_000, abs=0.01
        )
    rates = level2_rates(projects)
    assert rates["得分率"].between(0, 100).all()
    for p in projects[:5]:
        mine = rates[rates["项目ID"] == p.id]
        assert mine["分值"].sum() == pytest.approx(sum(r.weight for r in p.indicators))


def test_labels_are_unique_even_for_same_named_projects(seed_projects: list[Project]) -> None:
    from dataclasses import replace

    twin = replace(seed_projects[0], line=seed_projects[0].line + 10_000)
    names = labels([*seed_projects, twin])
    assert len(set(names.values())) == len(seed_projects) + 1


def test_summary_and_scope_label(synth) -> None:  # type: ignore[no-untyped-def]
    forms, projects = synth
    figures = summary(project_rows(projects))
    assert figures["projects"] == len(forms)
    assert figures["mean_total"] == pytest.approx(sum(f.total for f in forms) / len(forms), abs=0.01)
    assert Scope((2021,), ("上海市财政局",)).label(3) == "2021年度 · 上海市财政局 · 3个项目"
    assert Scope().label(0) == "全部年度 · 全部部门 · 0个项目"


def test_every_finding_is_shown_exactly_once(checked: list[Project]) -> None:
    for p in checked:
        page = header_html(p) + loose_findings_html(p) + funds_html(p) + indicators_html(p)
        for f in p.findings:
            assert page.count(f.message.replace("'", "&#x27;")) == p.findings.count(f), f
        drawn = row_lines(p) - {p.line}
        assert all(f.line not in drawn for f in loose_findings(p))


def test_lost_points_are_marked_with_their_reason(checked: list[Project]) -> None:
    for p in checked:
        table = indicators_html(p)
        lost = [r for r in p.indicators if r.deduction > 0]
        assert table.count('<tr class="lost">') == len(lost)
        for r in lost:
            assert f"−{r.deduction:g}" in table
        assert table.count("<tr") - 1 == len(p.indicators) + len(
            [
                f
                for f in p.findings
                if f.line in {r.line for r in p.indicators} | ({p.total.line} if p.total else set())
            ]
        ) + (1 if p.total else 0)


def test_the_form_page_escapes_form_text(seed_projects: list[Project], tmp_path: Path) -> None:
    from dataclasses import replace

    p = seed_projects[0]
    row = replace(p.indicators[0], deviation="![t](http://127.0.0.9:9/i.png) <script>x</script>", score=0.0)
    hostile = replace(p, name="<img src=x>", indicators=(row, *p.indicators[1:]))
    page = header_html(hostile) + indicators_html(hostile)
    assert "<img" not in page and "<script" not in page and "&lt;img src=x&gt;" in page
    assert "![t](http://127.0.0.9:9/i.png)" in page  # shown as text


def test_charts_are_valid_vega_lite_with_a_project_selection(synth) -> None:  # type: ignore[no-untyped-def]
    from ui import charts

    _, projects = synth
    names = labels(projects)
    order = [names[r.id] for r in project_rows(projects)]
    built = [
        charts.block_chart(block_scores(projects), order),
        charts.funds_chart(funds_points(projects)),
        charts.heat_chart(level2_rates(projects), order),
    ]
    for chart in built:
        chart.to_dict(validate=True)  # the page skips validation for speed; it is checked here
        spec = charts.spec(chart)
        assert [p["name"] for p in spec["params"]] == [charts.SELECT]
        assert spec["config"]["font"] == charts.FONT


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"selection": {"project": [{"项目ID": "f.txt#7"}]}}, "f.txt#7"),
        ({"selection": {"project": []}}, None),
        ({"selection": {}}, None),
        ({}, None),
    ],
)
def test_a_chart_click_names_the_project(event: dict, expected: str | None) -> None:  # type: ignore[type-arg]
    from types import SimpleNamespace

    from ui.charts import picked

    assert picked(SimpleNamespace(**event)) == expected


def test_level2_columns_follow_the_template_order() -> None:
    from ui.charts import level2_order

    assert level2_order(["服务对象满意度指标", "未知指标", "数量指标", "社会效益指标"]) == [
        "数量指标",
        "社会效益指标",
        "服务对象满意度指标",
        "未知指标",
    ]
