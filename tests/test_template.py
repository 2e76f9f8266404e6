"""Other provinces' templates, read through the vocabulary file (index/vocabulary.yaml):
synonyms, units, extra columns, another weight for budget execution, no 满意度 block."""

from __future__ import annotations

import pytest

from index.check import check_project
from index.parse import parse_text
from index.template import VOCABULARY, load_vocabulary


def _form(funds_header: str, funds_row: str, indicator_header: str, indicators: list[str], total: str) -> str:
    return "\n".join(
        [
            "项目支出绩效自评表",
            "（2022年度）",
            "项目名称\t农村公路养护",
            "主管部门\t某县交通运输局\t\t实施单位\t某县公路站",
            funds_header,
            funds_row,
            "年度总体目标\t预期目标\t实际完成情况",
            "\t养护公路120公里\t完成养护126公里",
            indicator_header,
            *indicators,
            total,
        ]
    )


NATIONAL_INDICATORS = (
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"
)


@pytest.mark.parametrize(
    "funds_header,funds_row,unit,expected",
    [
        (
            "项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t1,000,000.00\t1,200,000.00\t1,140,000.00\t10\t95.00%\t9.5",
            "元",
            (1000000.0, 1200000.0, 1140000.0, 10, 95.0, 9.5),
        ),
        (  # 万元, 调整后预算数 / 预算执行数, 权重
            "项目资金（万元）\t\t年初预算数\t调整后预算数\t预算执行数\t权重\t执行率\t得分",
            "\t年度资金总额\t100\t120\t114\t10\t95.00%\t9.5",
            "万元",
            (1000000.0, 1200000.0, 1140000.0, 10, 95.0, 9.5),
        ),
        (  # another column order: the rate before the weight
            "资金情况（万元）\t\t年初预算\t调整后预算\t全年实际执行数\t执行率\t分值\t得分",
            "\t年度资金总额\t100\t120\t114\t95%\t10\t9.5",
            "万元",
            (1000000.0, 1200000.0, 1140000.0, 10, 95.0, 9.5),
        ),
        (  # the unit stated in a note row above the table
            "金额单位：万元\n项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t100.5\t120.25\t114.2375\t10\t95.00%\t9.5",
            "万元",
            (1005000.0, 1202500.0, 1142375.0, 10, 95.0, 9.5),
        ),
    ],
)
def test_funds_vocabulary_and_units(funds_header: str, funds_row: str, unit: str, expected: tuple) -> None:  # type: ignore[type-arg]
    text = _form(
        funds_header,
        funds_row,
        NATIONAL_INDICATORS,
        ["\t产出指标\t数量指标\t养护里程\t120公里\t126公里\t90\t90\t"],
        "\t合计\t\t\t\t\t100\t99.5",
    )
    [p] = parse_text(text, "province.txt")
    f = p.funds_total
    assert f is not None and p.money_unit == unit
    assert (f.initial_budget, f.full_year_budget, f.executed, f.weight, f.execution_rate, f.score) == expected
    assert p.total is not None and (p.total.weight, p.total.score) == (100, 99.5)
    assert not [
        x for x in check_project(p).findings if x.code in {"weights_sum", "scores_sum", "execution_rate"}
    ]


def test_budget_execution_worth_20_points_and_no_satisfaction_block() -> None:
    text = _form(
        "项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t100\t100\t90\t20\t90.00%\t18",
        NATIONAL_INDICATORS,
        [
            "\t产出指标\t数量指标\t养护里程\t120公里\t126公里\t40\t40\t",
            "\t\t时效指标\t按期完工\t及时\t及时\t20\t20\t",
            "\t效益指标\t社会效益指标\t通行条件改善\t改善\t部分改善\t20\t18\t部分路段仍在施工",
        ],
        "\t总分\t\t\t\t\t100\t96",
    )
    p = check_project(parse_text(text, "twenty.txt")[0])
    assert p.funds_total is not None and p.funds_total.weight == 20
    assert {i.level1 for i in p.indicators} == {"产出指标", "效益指标"}
    assert [f.code for f in p.findings] == []  # 20 + 80 = 100 and 18 + 78 = 96; nothing is missing


def test_extra_columns_fold_into_target_and_actual() -> None:
    header = "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t年度指标值\t度量单位\t实际完成值\t权重\t得分\t偏差原因分析及改进措施"
    text = _form(
        "项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t100\t100\t100\t10\t100.00%\t10",
        header,
        [
            "\t产出指标\t数量指标\t养护里程\t≥\t120\t公里\t126\t40\t40\t",
            "\t\t质量指标\t优良路率\t≥\t85\t%\t80\t30\t25\t部分路段老化",
            "\t效益指标\t社会效益指标\t群众出行\t定性\t明显改善\t\t改善\t20\t20\t",
        ],
        "\t合计\t\t\t\t\t\t\t100\t95",
    )
    [p] = parse_text(text, "columns.txt")
    rows = [(i.name, i.target, i.actual, i.weight, i.score, i.deviation) for i in p.indicators]
    assert rows == [
        ("养护里程", "≥120公里", "126公里", 40, 40, ""),
        ("优良路率", "≥85%", "80%", 30, 25, "部分路段老化"),
        ("群众出行", "明显改善", "改善", 20, 20, ""),
    ]


@pytest.mark.parametrize(
    "label,field",
    [
        ("全年预算数", "full_year_budget"),
        ("调整后预算数", "full_year_budget"),
        ("全年执行数", "executed"),
        ("预算执行数", "executed"),
        ("执行率得分", "execution_rate"),  # the seed's header
        ("分值", "weight"),
        ("权重", "weight"),
        ("得分", "score"),
    ],
)
def test_funds_column_synonyms(label: str, field: str) -> None:
    assert VOCABULARY.column(VOCABULARY.funds_columns, label) == field


def test_vocabulary_is_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from index.template import VOCABULARY_FILE

    text = VOCABULARY_FILE.read_text(encoding="utf-8").replace(
        "total_labels: [总分, 合计, 总计]", "total_labels: [总得分]"
    )
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_vocabulary(path).total_labels == frozenset({"总得分"})
    assert {"财政项目支出绩效自评表", "项目支出绩效自评表", "部门预算项目支出绩效自评表"} <= set(
        VOCABULARY.titles
    )
    assert VOCABULARY.titles["部门整体支出绩效自评表"] == "department"
    assert all(level1 in {"产出指标", "效益指标", "满意度指标"} for level1 in VOCABULARY.level1_of.values())
