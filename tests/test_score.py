"""The evaluation scorer, loaders, reports, gates and exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eval import QUESTIONS
from eval.report import check_gates, compare, flat_metrics, render_report
from eval.run import Result, summarise
from eval.schema import EvalInputError, Item, load_items
from eval.score import citation_scores, judge, normalise, number_matches, retrieval_scores, set_f1

ROOT = Path(__file__).parents[1]


def _item(**kw) -> Item:  # type: ignore[no-untyped-def]
    base = {"id": "x", "turns": ["q"], "type": "lookup", "answer_type": "number"}
    return Item.model_validate({**base, **kw})


@pytest.mark.parametrize(
    "a,b",
    [
        ("ＡＢＣ １２３", "abc123"),
        ("“一网通办”运营服务", "一网通办运营服务"),
        ("Hello,  World!", "helloworld"),
        ("上海市大数据资源平台（二期）", "上海市大数据资源平台二期"),
    ],
)
def test_normalise(a: str, b: str) -> None:
    assert normalise(a) == b


@pytest.mark.parametrize(
    "text,value,unit,tol,ok",
    [
        ("全年预算数：40,000,000.00元（约4,000万元）", 4000, "万元", 0, True),
        ("全年预算数：40,000,000.00元", 40000000, "元", 0, True),
        ("约4.43亿元", 442838813, "元", 0.01e8, True),
        ("约4.43亿元", 4.43, "亿元", 0, True),
        ("执行率 99.75%", 99.75, "%", 0, True),
        ("执行率 99.75", 99.75, "%", 0, False),  # percent kept apart
        ("得分 99.75%", 99.75, "分", 0, False),
        ("平均 93.81分", 93.807, "分", 0.005, True),
        ("平均 93.81分", 93.8, "分", 0.005, False),
        ("覆盖2730万余个自然人", 27300000, None, 0, True),
        ("法人综合库覆盖300万余家企业", 300, None, 0, True),  # 多少万家: the number as written
        ("满意度达95%以上", 95, None, 0, False),  # a percent is not a bare count
        ("执行率为100.00%", 100, None, 0, False),
        ("7万元", 7, None, 0, False),  # money is not a count
        ("覆盖2730万余个自然人", 2731, None, 0, False),
    ],
)
def test_number_matching_with_units(text: str, value: float, unit: str | None, tol: float, ok: bool) -> None:
    assert number_matches(text, value, unit, tol) is ok


@pytest.mark.parametrize(
    "pred,gold,f1",
    [({"a", "b"}, {"a", "b"}, 1.0), ({"a"}, {"a", "b"}, 2 / 3), (set(), {"a"}, 0.0), (set(), set(), 1.0)],
)
def test_set_f1(pred: set[str], gold: set[str], f1: float) -> None:
    assert set_f1(pred, gold) == pytest.approx(f1)


def test_judge_lists_within_the_right_universe() -> None:
    item = _item(answer_type="list", gold={"items": ["甲项目", "乙项目"]})
    universes = [["甲项目", "乙项目", "丙项目"], ["指标一"]]
    assert judge(item, "有2个：甲项目、乙项目；指标一", False, "table", universes).correct
    wrong = judge(item, "有2个：甲项目、丙项目", False, "table", universes)
    assert not wrong.correct and wrong.score == pytest.approx(0.5)


def test_judge_abstention_and_clarify() -> None:
    unans = _item(answer_type="abstain", answerable=False)
    assert judge(unans, "无法回答", True, "abstain", []).correct
    assert not judge(unans, "总分 90", False, "table", []).correct
    clar = _item(answer_type="clarify", gold={"items": ["甲", "乙"]})
    assert judge(clar, "指的是哪一个？甲、乙", True, "clarify", []).correct
    answerable = _item(gold={"value": 1.0})
    assert not judge(answerable, "无法回答 1", True, "abstain", []).correct


def test_citation_precision_recall_by_row_ids() -> None:
    all_of = _item(evidence={"all_of": ["f.txt:1", "f.txt:2"]})
    assert citation_scores(all_of, ["f.txt:1", "f.txt:2", "f.txt:9"]) == (pytest.approx(2 / 3), 1.0)
    assert citation_scores(all_of, ["f.txt:1"]) == (1.0, 0.5)
    any_of = _item(evidence={"any_of": ["f.txt:1", "f.txt:2"]})
    assert citation_scores(any_of, ["f.txt:2"]) == (1.0, 1.0)
    assert citation_scores(_item(), ["f.txt:2"]) == (None, None)


def test_retrieval_metrics() -> None:
    item = _item(evidence={"all_of": ["f:1", "f:2"]})
    score = retrieval_scores(item, ["f:9", "f:1", "f:2"], 2)
    assert score is not None
    assert (score.hit, score.recall, score.mrr, score.full_coverage) == (1.0, 0.5, 0.5, 0.0)


def test_bundled_question_set_validates() -> None:
    items = load_items(QUESTIONS)
    assert len(items) >= 100
    kinds = {i.type for i in items}
    assert kinds == {
        "rank",
        "lookup",
        "filter",
        "aggregate",
        "deduction",
        "reason",
        "indicator",
        "text",
        "follow-up",
        "unanswerable",
    }
    assert sum("en" in i.tags for i in items) >= 20 and sum(len(i.turns) > 1 for i in items) >= 8


@pytest.mark.parametrize(
    "line,message",
    [
        ('{"id": "a", "turns": ["q"], "type": "nonsense", "answer_type": "number"}', ":1: type"),
        ('{"id": "a", "turns": [], "type": "rank", "answer_type": "number"}', ":1: turns"),
        ("not json", ":1: not JSON"),
    ],
)
def test_invalid_question_file_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=message):
        load_items(path)


def test_csv_yaml_and_excel_loaders(tmp_path: Path) -> None:
    row = {
        "id": "c1",
        "question": "平均总分",
        "type": "aggregate",
        "answer_type": "number",
        "value": "93.81",
        "unit": "分",
        "tolerance": "0.005",
        "evidence_all": "f.txt:26|f.txt:51",
        "tags": "zh|csv",
    }
    path = tmp_path / "q.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    [item] = load_items(path)
    assert item.gold.value == 93.81 and item.evidence.all_of == ["f.txt:26", "f.txt:51"]
    yaml_path = tmp_path / "q.yaml"
    yaml_path.write_text(
        "- id: y1\n  turns: 一共几个项目？\n  type: aggregate\n  answer_type: number\n", encoding="utf-8"
    )
    assert load_items(yaml_path)[0].turns == ["一共几个项目？"]
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(row))
    sheet.append(list(row.values()))
    book.save(tmp_path / "q.xlsx")
    assert load_items(tmp_path / "q.xlsx")[0].id == "c1"


def _summary(accuracy: float, items: dict[str, bool]) -> dict:  # type: ignore[type-arg]
    return {
        "answer_accuracy": accuracy,
        "answer_score": accuracy,
        "citation_precision": 1.0,
        "citation_recall": 1.0,
        "correct_abstention_rate": 1.0,
        "false_abstention_rate": 0.0,
        "grounding_literal": 0.3,
        "grounding_checked": 1.0,
        "retrieval": {"k": 6, "n": 1, "hit@k": 1.0},
        "by_type": {},
        "baseline": {"full_coverage@k": 0.3},
        "latency_ms": {"table": {"p50": 3.0, "p95": 5.0}},
        "items": items,
    }


def test_gates(tmp_path: Path) -> None:
    gates = tmp_path / "gates.yaml"
    gates.write_text("answer_accuracy: {min: 0.9}\nlatency_table_p95: {max: 50}\n", encoding="utf-8")
    assert check_gates(_summary(0.95, {}), gates) == []
    assert check_gates(_summary(0.5, {}), gates) == ["answer_accuracy = 0.5 < min 0.9"]
    gates.write_text("no_such_metric: {min: 1}\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match="unknown metric"):
        check_gates(_summary(0.95, {}), gates)


def test_compare_reports_deltas_and_flips(tmp_path: Path) -> None:
    base = tmp_path / "summary.json"
    base.write_text(json.dumps(_summary(0.9, {"a": True, "b": False})), encoding="utf-8")
    text = compare(_summary(0.95, {"a": False, "b": True}), base)
    assert "answer_accuracy" in text and "+0.05" in text
    assert "flipped items: 2" in text and "a: broke" in text and "b: fixed" in text
    assert "answer_accuracy" in flat_metrics(_summary(1.0, {}))


def _eval(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", "eval", *args], capture_output=True, text=True, timeout=600, cwd=ROOT
    )


def test_eval_exit_codes(seed_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    small = tmp_path / "q.jsonl"
    small.write_text(
        "\n".join(QUESTIONS.read_text(encoding="utf-8").splitlines()[:6]) + "\n", encoding="utf-8"
    )
    ok_gates, bad_gates = tmp_path / "ok.yaml", tmp_path / "bad.yaml"
    ok_gates.write_text("answer_accuracy: {min: 0.5}\n", encoding="utf-8")
    bad_gates.write_text("answer_accuracy: {min: 1.01}\n", encoding="utf-8")
    index = ["--index", str(seed_settings.index_dir), "--no-naive"]
    passed = _eval(str(small), "--out", str(tmp_path / "a"), "--gates", str(ok_gates), *index)
    assert passed.returncode == 0, passed.stderr
    summary = json.loads((tmp_path / "a" / "summary.json").read_text(encoding="utf-8"))
    assert summary["n"] == 6 and set(summary["fingerprint"]) == {
        "corpus_hash",
        "embedding_model",
        "git_commit",
        "questions_hash",
    }
    assert (tmp_path / "a" / "results.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert len((tmp_path / "a" / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 6
    failed = _eval(str(small), "--out", str(tmp_path / "b"), "--gates", str(bad_gates), *index)
    assert failed.returncode == 1 and "gates failed" in failed.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{", encoding="utf-8")
    harness = _eval(str(broken), "--out", str(tmp_path / "c"), *index)
    assert (
        harness.returncode == 2 and "broken.jsonl:1" in harness.stderr and "Traceback" not in harness.stderr
    )
    deltas = _eval(
        str(small), "--out", str(tmp_path / "d"), "--baseline", str(tmp_path / "a" / "summary.json"), *index
    )
    assert deltas.returncode == 0 and "flipped items: 0" in deltas.stdout


# -- answer types of the blind suites (issue 9) ------------------------------------------------
PROJECTS = [["甲项目", "乙项目", "丙项目"], ["指标一", "指标二"]]


@pytest.mark.parametrize(
    "text,value,unit,tol,ok",
    [
        ("年度指标值 6，实际完成值 6，分值 15", 0, "元", 50, False),  # a money gold needs a money unit
        ("结余：0.00元", 0, "元", 50, True),
        ("180,505,000.00 yuan (180.51 million yuan)", 180_505_000, "元", 50, True),
        ("180.51 million yuan", 180_505_000, "元", 5_000, True),
        ("约2,961.35万元", 29_613_497, "元", 50, True),
        ("约2,961万元", 29_613_497, "元", 50, False),
        ("共3个项目", 3, None, 0, True),
    ],
)
def test_money_is_matched_only_with_a_money_unit(
    text: str, value: float, unit: str | None, tol: float, ok: bool
) -> None:
    assert number_matches(text, value, unit, tol) is ok


def _pairs(*rows: tuple[str, float]) -> list[dict[str, object]]:
    return [{"item": n, "value": v, "unit": "分", "tolerance": 0.01} for n, v in rows]


@pytest.mark.parametrize(
    "answer_type,gold,answer,route,ok",
    [
        ("abstain_or_clarify", {}, "无法回答：语料中没有该字段。", "abstain", True),
        (
            "abstain_or_clarify",
            {"items": ["甲项目", "乙项目"]},
            "您指的是甲项目还是乙项目？",
            "clarify",
            True,
        ),
        ("abstain_or_clarify", {"items": ["甲项目", "乙项目"]}, "您指的是哪个项目？", "clarify", False),
        ("abstain_or_clarify", {}, "甲项目总分 90 分。", "table", False),
        ("abstain", {}, "您是想问哪一年？", "clarify", False),
        ("number", {"value": 0, "unit": "元", "aliases": ["未调整"]}, "全年预算未调整。", "table", True),
        ("number", {"value": 90, "unit": "分"}, "甲项目：90分", "clarify", False),  # asking back is no answer
        ("number", {"value": 90, "unit": "分", "projects": ["甲项目"]}, "乙项目：90分", "table", False),
        ("number", {"value": 2, "projects": ["甲项目", "乙项目"]}, "共2个：甲项目、乙项目", "table", True),
        ("number", {"value": 2, "projects": ["甲项目", "乙项目"]}, "丙项目扣2分；甲项目…", "table", False),
        (
            "per_item",
            {"pairs": _pairs(("甲项目", 90), ("乙项目", 80))},
            "- 甲项目：90分\n- 乙项目：80分",
            "table",
            True,
        ),
        (
            "per_item",
            {"pairs": _pairs(("甲项目", 90), ("乙项目", 80))},
            "| 甲项目 | 90 |\n| 乙项目 | 80 |",
            "table",
            True,
        ),
        (
            "per_item",
            {"pairs": _pairs(("甲项目", 90), ("乙项目", 80))},
            "甲项目 80分，乙项目 90分",
            "table",
            False,
        ),
        (
            "per_item",
            {"pairs": _pairs(("甲项目", 90), ("乙项目", 80))},
            "甲项目：90分\n乙项目：80分\n丙项目：70分",
            "table",
            False,
        ),
        ("per_item", {"pairs": _pairs(("甲项目", 90), ("乙项目", 80))}, "甲项目：90分", "table", False),
        (
            "per_item",
            {"pairs": [{"item": "效益指标", "aliases": ["benefit"], "value": 3, "unit": "分"}]},
            "产出指标：5分\n效益指标：3分（经济效益指标1分，社会效益指标2分）",
            "table",
            True,
        ),
        (
            "per_item",
            {"pairs": [{"item": "效益指标", "aliases": ["benefit"], "value": 3, "unit": "分"}]},
            "社会效益指标：3分\n效益指标：1分",
            "table",
            False,
        ),
        ("per_item", {"pairs": [{"item": "甲项目", "text": "优"}]}, "甲项目：92分，评级优", "table", True),
        (
            "compare",
            {"answer": "甲项目", "pairs": _pairs(("甲项目", 8), ("乙项目", 6))},
            "「甲项目」更高：8分；乙项目6分",
            "table",
            True,
        ),
        (
            "compare",
            {"answer": "甲项目", "pairs": _pairs(("甲项目", 8), ("乙项目", 6))},
            "乙项目（6分）低于甲项目（8分）",
            "table",
            True,
        ),
        (
            "compare",
            {"answer": "甲项目", "pairs": _pairs(("甲项目", 8), ("乙项目", 6))},
            "更高的是甲项目（8分），乙项目6分",
            "table",
            True,
        ),
        (
            "compare",
            {"answer": "甲项目", "pairs": _pairs(("甲项目", 8), ("乙项目", 6))},
            "甲项目 has the higher score (8 vs 乙项目 6)",
            "table",
            True,
        ),
        (
            "compare",
            {"answer": "甲项目", "pairs": _pairs(("甲项目", 8), ("乙项目", 6))},
            "甲项目 8分；乙项目 6分",
            "table",
            False,
        ),
        (
            "compare",
            {"answer": "甲项目", "pairs": _pairs(("甲项目", 8), ("乙项目", 6))},
            "「乙项目」更高：6分；甲项目8分",
            "table",
            False,
        ),
        (
            "compare",
            {"answer": "甲项目", "pairs": _pairs(("甲项目", 8), ("乙项目", 6))},
            "「甲项目」更高：8分",
            "table",
            False,
        ),
        ("text_all", {"items": ["原因一", "原因二"]}, "扣分原因：原因一；原因二。", "table", True),
        ("text_all", {"items": ["原因一", "原因二"]}, "扣分原因：原因一。", "table", False),
        (
            "text_all",
            {"items": ["原因一"], "projects": ["甲项目"]},
            "甲项目：原因一；丙项目：原因三",
            "table",
            False,
        ),
        ("grade", {"answer": "优"}, "总分92.96/100，评级「优」。", "table", True),
        ("grade", {"answer": "优"}, "grade: excellent", "table", True),
        ("grade", {"answer": "优"}, "总分92.96，需持续优化。", "table", False),
        ("grade", {"answer": "优"}, "评级：良", "table", False),
        ("grade", {"answer": "良"}, "「甲项目」：总分88.58/100（良），执行率75.77%。", "table", True),
        ("grade", {"answer": "优"}, "「甲项目」：总分88.58/100（良）。", "table", False),
        ("list", {"items": ["指标一"], "universe": "indicator"}, "甲项目未达标的指标：指标一", "table", True),
        ("list", {"items": ["指标一"], "universe": "indicator"}, "甲项目：指标一、指标二", "table", False),
    ],
)
def test_judge_suite_answer_types(answer_type: str, gold: dict, answer: str, route: str, ok: bool) -> None:  # type: ignore[type-arg]
    item = _item(
        answer_type=answer_type, gold=gold, answerable=answer_type not in ("abstain", "abstain_or_clarify")
    )
    abstained = route == "abstain"
    assert judge(item, answer, abstained, route, PROJECTS).correct is ok


def _result(rid: str, intent: str, correct: bool, route: str = "table") -> Result:
    return Result(
        id=rid,
        type="lookup",
        intent=intent,
        tags=[],
        question=f"问题{rid}",
        answer=f"回答{rid}",
        route=route,
        abstained=route == "abstain",
        answerable=True,
        correct=correct,
        score=float(correct),
        confident_wrong=route not in ("abstain", "clarify") and not correct,
        cited=[],
        citation_precision=None,
        citation_recall=None,
        grounded_literal=True,
        grounded_checked=True,
        retrieval=None,
        baseline_covered=None,
        latency_ms=1.0,
    )


def test_summary_reports_confident_wrong_overall_and_per_intent() -> None:
    results = [
        _result("a", "rank", True),
        _result("b", "rank", False),  # answered and wrong
        _result("c", "rank", False, "clarify"),  # asked back: wrong, not confident
        _result("d", "refuse", False, "abstain"),
    ]
    summary = summarise(results, 6)
    assert (summary["confident_wrong"], summary["confident_wrong_rate"]) == (1, 0.25)
    assert summary["by_intent"]["rank"] == {
        "n": 3,
        "accuracy": pytest.approx(1 / 3, abs=1e-4),
        "score": pytest.approx(1 / 3, abs=1e-4),
        "confident_wrong": 1,
        "confident_wrong_rate": pytest.approx(1 / 3, abs=1e-4),
    }
    metrics = flat_metrics(summary)
    assert metrics["confident_wrong_rate"] == 0.25 and metrics["intent_rank_accuracy"] == pytest.approx(
        0.3333
    )
    summary["fingerprint"] = {
        "corpus_hash": "c",
        "embedding_model": "m",
        "git_commit": "g",
        "questions_hash": "q",
    }
    report = render_report(results, summary)
    assert "## By intent" in report and "confident_wrong (answered and wrong) | 1 of 4" in report
    assert "问题b" in report and "**confident**" in report
    summary["redacted"] = True
    assert "问题" not in render_report(results, summary) and "`b` (rank, confident)" in render_report(
        results, summary
    )


def test_eval_runs_a_suite_redacted(seed_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from eval.suites import SAMPLE

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    picked, kinds = [], set()
    for line in lines:  # one item of each answer type
        kind = json.loads(line)["answer_type"]
        if kind not in kinds:
            kinds.add(kind)
            picked.append(line)
    small = tmp_path / "suite.jsonl"
    small.write_text("\n".join(picked) + "\n", encoding="utf-8")
    gates = tmp_path / "gates.yaml"
    gates.write_text("confident_wrong_rate: {max: 1.0}\nintent_refuse_accuracy: {min: 0}\n", encoding="utf-8")
    index = ["--index", str(seed_settings.index_dir), "--no-naive"]
    run = _eval(str(small), "--out", str(tmp_path / "o"), "--gates", str(gates), "--redact", *index)
    assert run.returncode == 0, run.stderr
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert summary["n"] == len(picked) == len(kinds) >= 8 and summary["redacted"] is True
    assert {"confident_wrong", "confident_wrong_rate", "by_intent"} <= set(summary)
    written = "".join(
        (tmp_path / "o" / f).read_text(encoding="utf-8-sig")
        for f in ("results.jsonl", "results.csv", "report.md")
    )
    assert all(json.loads(line)["turns"][0] not in written for line in picked)
