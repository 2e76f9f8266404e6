"""Each data-quality check, on the seed's real findings and on forms derived from the seed."""

from __future__ import annotations

import pytest

from index.check import MAX_FINDINGS, check_project
from index.parse import parse_text
from index.types import Project


def _codes(p: Project) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in check_project(p).findings]


def _edit(seed_text: str, line: int, cells: dict[int, str]) -> list[Project]:
    lines = seed_text.splitlines()
    parts = lines[line - 1].split("\t")
    for i, value in cells.items():
        parts[i] = value
    lines[line - 1] = "\t".join(parts)
    return parse_text("\n".join(lines), "edited.txt")


def test_seed_findings(seed_projects: list[Project]) -> None:
    found = {(f.code, f.line) for p in seed_projects for f in check_project(p).findings}
    assert ("execution_rate", 60) in found  # 99.75% stated, 71,503,177 / 71,687,531 = 99.74%
    assert ("execution_rate", 81) in found  # 99.65% stated, 99.64% computed
    assert ("met_target_lost_points", 73) in found  # 使用者满意度 100% → 100%, 8 of 10
    assert ("missing_deviation", 117) in found  # 9.31 of 10 and no reason
    assert ("level1_mismatch", 20) in found and ("level1_mismatch", 115) in found
    codes = {c for c, _ in found}
    assert not codes & {"weights_sum", "scores_sum", "score_above_weight", "funds_score", "unknown_level2"}


@pytest.mark.parametrize(
    "line,cells,code,finding_line",
    [
        (17, {6: "30"}, "weights_sum", 26),  # weight 25 → 30: weights add to 105
        (17, {7: "24"}, "scores_sum", 26),  # score 25 → 24: scores no longer add to 96.9
        (17, {6: "25", 7: "26"}, "score_above_weight", 17),
        (10, {6: "99.00%"}, "execution_rate", 10),
        (10, {7: "9"}, "funds_score", 10),
        (19, {8: ""}, "missing_deviation", 19),
        (17, {2: "奇怪指标"}, "unknown_level2", 17),
        (10, {6: "abc"}, "not_a_number", 10),  # 执行率 'abc' was stored as empty without a word
        (10, {2: "约一亿"}, "not_a_number", 10),
        (10, {4: "-5"}, "negative_value", 10),
        (17, {6: "-25"}, "negative_value", 17),
        (17, {7: "-1"}, "negative_value", 17),
        (10, {4: "200,000,000.00", 6: "110.80%"}, "rate_above_100", 10),
        (17, {5: "120%"}, "rate_above_100", 17),  # no deviation reason explains it
    ],
)
def test_each_check(seed_text: str, line: int, cells: dict[int, str], code: str, finding_line: int) -> None:
    first = _edit(seed_text, line, cells)[0]
    assert (code, finding_line) in _codes(first)


def test_clean_form_has_no_warnings(seed_projects: list[Project]) -> None:
    p7 = seed_projects[-1]  # 数据运营服务: consistent arithmetic, reasons given
    assert [f for f in check_project(p7).findings if f.severity != "info"] == []


def test_checks_keep_the_record(seed_projects: list[Project]) -> None:
    p3 = seed_projects[2]
    checked = check_project(p3)
    assert checked.indicators == p3.indicators and checked.total == p3.total


@pytest.mark.parametrize(
    "line,cells,code",
    [
        (19, {5: "120%"}, "rate_above_100"),  # the row explains itself in 偏差原因分析
        (10, {2: "—"}, "not_a_number"),  # a dash states nothing
        (17, {5: "≥100%"}, "rate_above_100"),
    ],
)
def test_no_finding(seed_text: str, line: int, cells: dict[int, str], code: str) -> None:
    assert code not in {c for c, _ in _codes(_edit(seed_text, line, cells)[0])}


def test_findings_are_capped_per_form(seed_text: str) -> None:
    lines = seed_text.splitlines()
    junk = ["\t产出指标\t数量指标\tjunk\t1\t2"] * 500  # 500 unreadable rows inside the indicators
    edited = "\n".join([*lines[:17], *junk, *lines[17:26]])
    [first, *_] = parse_text(edited, "junk.txt")
    found = check_project(first).findings
    assert len(found) == MAX_FINDINGS + 1
    dropped = int(found[-1].message.split()[0])
    assert found[-1].code == "findings_truncated" and dropped >= 500 - MAX_FINDINGS
    assert sum(f.severity == "error" for f in found) == MAX_FINDINGS  # errors are kept first
