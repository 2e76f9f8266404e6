"""The parser against every project and indicator row of the seed, and variants of it.

Expectations were read off the forms by hand (../shared/seeds), not from the parser."""

from __future__ import annotations

import pytest

from index.errors import FormatError
from index.parse import parse_text
from index.types import Project
from tests.seed_names import P1, P2, P3, P4, P5, P6, P7

OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"

# (line, project, level1, level2, name, target, actual, weight, score, deviation starts with)
# fmt: off
ROWS = [
    (17, P1, OUT, "数量指标", "持续拓展服务内容，打造热门服务专栏，汇聚热门服务。", "100%", "100%", 25, 25, ""),
    (19, P1, OUT, "质量指标", "服务内容接入、服务能力输出、其他服务保障", "100%", "95%", 20, 19, "各部门接入"),
    (20, P1, OUT, "时效指标", "于2021年12月31日前完成", "100%", "100%", 5, 5, ""),
    (21, P1, BEN, "经济效益指标", "营造良好营商环境", "100%", "92%", 10, 9.2, "各项服务功能"),
    (22, P1, BEN, "社会效益指标", "提高政务服务透明度、增强政务服务获得感", "100%", "94%", 15, 14.1, "需持续提升"),
    (23, P1, BEN, "生态指标", "生态效益", "100%", "100%", 2, 2, ""),
    (24, P1, BEN, "可持续影响指标", "建立长效运营制度", "100%", "100%", 3, 3, ""),
    (25, P1, SAT, "服务对象满意度指标", "部门业务人员和企业用户使用满意度", "100%", "96%", 10, 9.6, "“一网通办”统一总客服"),
    (42, P2, OUT, "数量指标", "1. 支持电子证照年调用量达1.5亿次。 2. 对外提供约100类证照调用接口。", "100%", "100%", 20, 20, ""),
    (43, P2, OUT, "质量指标", "全年非计划性停机时间不超过10小时", "100%", "100%", 20, 20, ""),
    (44, P2, OUT, "时效指标", "于2021年12月31日前完成", "及时", "及时", 10, 10, ""),
    (45, P2, BEN, "经济效益指标", "营造良好营商环境", "100%", "100%", 10, 10, ""),
    (47, P2, BEN, "社会效益指标", "提高政务服务透明度、增强政务服务获得感", "100%", "100%", 10, 10, ""),
    (48, P2, BEN, "生态效益指标", "生态效益", "100%", "100%", 5, 5, ""),
    (49, P2, BEN, "可持续影响指标", "建立长效运营制度", "健全", "健全", 5, 5, ""),
    (50, P2, SAT, "服务对象满意度指标", "部门业务人员和企业用户使用满意度", "100%", "系统用户满意度 ≥90%", 10, 8, "目前“一网通办”网办率"),
    (67, P3, OUT, "数量指标", "维护系统数量", "", "1529", 10, 10, "项目服务周期内"),
    (69, P3, OUT, "质量指标", "系统故障平均恢复时长", "", "83", 10, 10, "满足故障在200分钟内"),
    (70, P3, OUT, "质量指标", "核心系统连续提供服务能力时长(时/天)", "24小时/天", "8760小时/年", 10, 10, ""),
    (71, P3, OUT, "时效指标", "系统故障响应及时性", "及时", "及时", 20, 18, "故障响应时间为5分钟内"),
    (72, P3, BEN, "经济效益指标", "系统重要储存信息丢失率", "0%", "0%", 30, 30, ""),
    (73, P3, SAT, "服务对象满意度指标", "使用者满意度", "100%", "100%", 10, 8, "节点建设过程中"),
    (88, P4, OUT, "数量指标", "新建（购）应用系统与平台数量", "5%", "8%", 10, 10, ""),
    (89, P4, OUT, "质量指标", "系统验收通过率", "100%", "100%", 10, 10, ""),
    (90, P4, OUT, "质量指标", "新建（购）应用系统与平台数量", "100%", "100%", 15, 15, ""),
    (91, P4, OUT, "时效指标", "系统上线及时性", "及时", "及时", 15, 15, ""),
    (93, P4, BEN, "社会效益指标", "系统功能模块使用率", ">95%", "90%", 15, 12, "虽然已完成批复"),
    (94, P4, BEN, "社会效益指标", "系统安全等级达标率", "100%", "100%", 15, 15, ""),
    (95, P4, SAT, "服务对象满意度指标", "部门业务人员和企业用户使用满意度", "100%", "96%", 10, 6, "在项目建设过程中"),
    (112, P5, OUT, "数量指标", "应用系统上云", "完成", "完成", 20, 18, "应用系统上云需提交方案"),
    (113, P5, OUT, "质量指标", "故障时间", "<1天", "<1天", 20, 20, ""),
    (115, P5, OUT, "时效指标", "系统上线及时性", "及时", "及时", 10, 9, "资源申请均及时审批"),
    (116, P5, BEN, "社会效益指标", "市政府各部门基础设施共建共用", "完成", "完成", 30, 27, "由于现存技术壁垒"),
    (117, P5, SAT, "服务对象满意度指标", "使用者满意度", "=100%", "满意", 10, 9.31, ""),
    (134, P6, OUT, "数量指标", "数量指标", "满足实际情况", "满足实际情况", 20, 20, ""),
    (135, P6, OUT, "质量指标", "质量标准", "质量合格", "质量合格", 20, 18, "保障对象大幅增加"),
    (136, P6, OUT, "时效指标", "时效指标", "及时", "及时", 10, 9, "保障对象大幅增加"),
    (137, P6, BEN, "经济效益指标", "经济效应", "满意", "满意", 10, 8, "保障对象大幅增加"),
    (138, P6, BEN, "社会效益指标", "社会效益", "满意", "满意", 20, 18, "保障对象大幅增加"),
    (139, P6, SAT, "服务对象满意度指标", "实际效果", "满意", "满意", 10, 8, "保障对象大幅增加"),
    (154, P7, OUT, "数量指标", "数据运营服务能力", "6", "6", 15, 15, ""),
    (155, P7, OUT, "质量指标", "质量问题整改率", "≥90%", "70%", 15, 10, "项目执行过程中"),
    (157, P7, OUT, "时效指标", "数据运营服务及时性", "≥95%", "98%", 10, 10, ""),
    (158, P7, OUT, "成本指标", "预算金额结算率", "100%", "100", 10, 10, ""),
    (159, P7, BEN, "经济效益指标", "提升公共数据服务水平", "≥90%", "95%", 8, 8, ""),
    (160, P7, BEN, "社会效益指标", "数据治理程度", "≥90%", "80%", 8, 4, "项目执行过程中"),
    (161, P7, BEN, "生态效益指标", "生态效益", "100%", "100", 8, 8, ""),
    (162, P7, BEN, "可持续影响指标", "长效管理制度", "2套", "2套", 6, 6, ""),
    (163, P7, SAT, "服务对象满意度指标", "使用方满意", "≥95%", "98%", 10, 10, ""),
]
# fmt: on

# (project, line, initial, full-year, executed, weight, rate, funds score, total score, funds line, total line)
# fmt: off
PROJECTS = [
    (P1, 7, 180505000.00, 180505000.00, 180502000.00, 10, 100.00, 10, 96.9, 10, 26),
    (P2, 32, 17683901.00, 17683901.00, 17563400.00, 10, 99.32, 9.93, 97.93, 35, 51),
    (P3, 57, 71687531.00, 71687531.00, 71503177.00, 10, 99.75, 9.97, 95.97, 60, 74),
    (P4, 78, 19957683.00, 19957683.00, 19886000.00, 10, 99.65, 9.96, 92.96, 81, 96),
    (P5, 102, 40000000.00, 40000000.00, 39999900.00, 10, 100.00, 10, 93.31, 105, 118),
    (P6, 124, 29613497.00, 25004698.00, 18945679.19, 10, 75.77, 7.58, 88.58, 127, 140),
    (P7, 144, 88000000.00, 88000000.00, 88000000.00, 10, 100.00, 10, 91, 147, 164),
]
# fmt: on


def _row(projects: list[Project], line: int):  # type: ignore[no-untyped-def]
    for p in projects:
        for r in p.indicators:
            if r.line == line:
                return p, r
    raise AssertionError(f"no indicator row at line {line}")


def test_seed_counts(seed_projects: list[Project]) -> None:
    assert len(seed_projects) == 7
    assert sum(len(p.indicators) for p in seed_projects) == 49
    assert [r.line for p in seed_projects for r in p.indicators] == [row[0] for row in ROWS]


@pytest.mark.parametrize("line,project,l1,l2,name,target,actual,weight,score,deviation", ROWS)
def test_seed_indicator_row(
    seed_projects, line, project, l1, l2, name, target, actual, weight, score, deviation
):  # type: ignore[no-untyped-def]
    p, r = _row(seed_projects, line)
    assert (p.name, r.level1, r.level2, r.name) == (project, l1, l2, name)
    assert (r.target, r.actual, r.weight, r.score) == (target, actual, weight, score)
    assert r.deviation.startswith(deviation) and (bool(r.deviation) == bool(deviation))


@pytest.mark.parametrize("name,line,initial,full,executed,weight,rate,fscore,total,fline,tline", PROJECTS)
def test_seed_project(
    seed_projects, name, line, initial, full, executed, weight, rate, fscore, total, fline, tline
):  # type: ignore[no-untyped-def]
    p = next(p for p in seed_projects if p.name == name)
    assert (p.line, p.year, p.department, p.unit) == (line, 2021, "上海市大数据中心", "上海市大数据中心")
    f = p.funds_total
    assert f is not None and f.line == fline
    assert (f.initial_budget, f.full_year_budget, f.executed) == (initial, full, executed)
    assert (f.weight, f.execution_rate, f.score) == (weight, rate, fscore)
    assert p.total is not None and (p.total.weight, p.total.score, p.total.line) == (100, total, tline)
    appropriation = next(r for r in p.funds if r.kind == "appropriation")
    assert appropriation.full_year_budget == full and appropriation.weight is None
    assert p.goals is not None and p.goals.planned and p.goals.achieved
    assert "<p>" not in p.goals.planned + p.goals.achieved


def test_goal_echo_and_tags_removed(seed_projects: list[Project]) -> None:
    p2 = next(p for p in seed_projects if p.name == P2)
    assert p2.goals is not None and p2.goals.planned.startswith("本次建设通过对现有")
    assert p2.goals.achieved.startswith("2021年实际完成了")


def test_latex_becomes_symbols(seed_projects: list[Project]) -> None:
    _, r = _row(seed_projects, 50)
    assert "$" not in r.actual and "\\" not in r.actual and r.actual.endswith("≥90%")


def _shift_indicators(text: str) -> str:
    """Push every indicator row one cell to the right (a different extraction layout)."""
    out = []
    section = False
    for line in text.splitlines():
        if "一级指标" in line:
            section = True
        elif line.startswith("项目名称") or "总分" in line:
            section = "总分" not in line and section
        out.append("\t" + line if section and line.strip() and "一级指标" not in line else line)
    return "\n".join(out)


def test_shifted_cells_parse_the_same(seed_text: str, seed_projects: list[Project]) -> None:
    shifted = parse_text(_shift_indicators(seed_text), "shifted.txt")
    assert [
        (r.line, r.level1, r.level2, r.name, r.target, r.actual, r.weight, r.score)
        for p in shifted
        for r in p.indicators
    ] == [
        (r.line, r.level1, r.level2, r.name, r.target, r.actual, r.weight, r.score)
        for p in seed_projects
        for r in p.indicators
    ]


def test_crlf_and_bom(seed_text: str, seed_projects: list[Project], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from index.ingest import parse_file

    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeff".encode() + seed_text.replace("\n", "\r\n").encode("utf-8"))
    parsed = parse_file(path)
    assert [p.total for p in parsed.projects] == [p.total for p in seed_projects]
    assert [len(p.indicators) for p in parsed.projects] == [8, 8, 6, 7, 5, 6, 9]


def test_gb18030(seed_text: str, seed_projects: list[Project], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from index.ingest import parse_file

    path = tmp_path / "gb.txt"
    path.write_bytes(seed_text.encode("gb18030"))
    parsed = parse_file(path)
    assert [p.name for p in parsed.projects] == [p.name for p in seed_projects]
    assert parsed.projects[3].indicators[-1].score == 6


def _form(seed_text: str, start: int, end: int) -> str:
    """Lines start..end (1-based, inclusive) of the seed."""
    return "\n".join(seed_text.splitlines()[start - 1 : end])


def test_form_missing_total_is_kept_with_a_finding(seed_text: str) -> None:
    text = _form(seed_text, 98, 117)  # 政务云 form without its 总分 row
    [p] = parse_text(text, "no-total.txt")
    assert p.total is None and len(p.indicators) == 5
    assert any(f.code == "missing_total" and f.severity == "error" for f in p.findings)


def test_two_forms_in_one_file(seed_text: str) -> None:
    text = _form(seed_text, 120, 140) + "\n\n" + _form(seed_text, 142, 164)
    projects = parse_text(text, "two.txt")
    assert [p.name for p in projects] == [P6, P7]
    assert [p.total.score for p in projects if p.total] == [88.58, 91]
    assert projects[1].line == 25  # title at line 23 of this file, 项目名称 two lines below


@pytest.mark.parametrize(
    "text,message",
    [
        ("这只是一段说明文字，没有任何表格。\n第二行", "no 绩效自评表"),
        ("财政项目支出绩效自评表\n(2021 年度)\n项目名称\t某项目\n", "no funds block"),
        (
            "财政项目支出绩效自评表\n项目名称\t某项目\n项目资金（元）\t\t年初预算数\n\t年度资金总额\t1\t1\t1\t10\t100%\t10\n",
            "no indicator rows",
        ),
    ],
)
def test_text_without_a_complete_form_is_rejected(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message) as err:
        parse_text(text, "bad.txt")
    assert "bad.txt" in str(err.value)


def test_truncated_form_names_file_and_line(seed_text: str) -> None:
    text = _form(seed_text, 1, 26) + "\n" + _form(seed_text, 28, 39)  # second form cut before indicators
    with pytest.raises(FormatError) as err:
        parse_text(text, "cut.txt")
    assert str(err.value).startswith("cut.txt:31:")  # seed line 32, one blank line dropped above


def test_unreadable_indicator_row_becomes_a_finding(seed_text: str) -> None:
    lines = seed_text.splitlines()
    lines[154 - 1] = "\t产出指标\t数量指标\t数据运营服务能力\t6\t6\t十五\t十五\t"
    projects = parse_text("\n".join(lines), "odd.txt")
    p7 = projects[-1]
    assert [r.line for r in p7.indicators][0] == 155
    assert any(f.code == "unreadable_row" and f.line == 154 for f in p7.findings)
