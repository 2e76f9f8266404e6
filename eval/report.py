"""Writing an evaluation's files, comparing with a baseline summary and applying gates."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

from eval.run import Result
from eval.schema import EvalInputError
from index import inert_cell

HEADLINE = (
    "answer_accuracy",
    "answer_score",
    "confident_wrong_rate",
    "citation_precision",
    "citation_recall",
    "correct_abstention_rate",
    "false_abstention_rate",
    "grounding_literal",
    "grounding_checked",
)


def flat_metrics(summary: dict[str, Any]) -> dict[str, float]:
    """The gateable metrics of a summary as one flat mapping."""
    out = {k: summary[k] for k in HEADLINE if summary.get(k) is not None}
    out.update({f"retrieval_{k}": v for k, v in summary["retrieval"].items() if isinstance(v, float)})
    out.update({f"type_{t}_accuracy": v["accuracy"] for t, v in summary["by_type"].items()})
    if "confident_wrong" in summary:
        out["confident_wrong"] = summary["confident_wrong"]
    for intent, v in summary.get("by_intent", {}).items():
        out[f"intent_{intent}_accuracy"] = v["accuracy"]
        out[f"intent_{intent}_confident_wrong_rate"] = v["confident_wrong_rate"]
    if summary["baseline"]["full_coverage@k"] is not None:
        out["baseline_full_coverage@k"] = summary["baseline"]["full_coverage@k"]
    for route, lat in summary["latency_ms"].items():
        out[f"latency_{route}_p50"], out[f"latency_{route}_p95"] = lat["p50"], lat["p95"]
    return out


def write_outputs(out: Path, results: list[Result], summary: dict[str, Any]) -> None:
    """Write results.jsonl, results.csv, summary.json and report.md."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    buffer = io.StringIO()
    fields = [
        "id",
        "type",
        "question",
        "answer",
        "route",
        "abstained",
        "correct",
        "score",
        "confident_wrong",
        "citation_precision",
        "citation_recall",
        "grounded_literal",
        "baseline_covered",
        "latency_ms",
    ]
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for r in results:
        writer.writerow({k: inert_cell(v) for k, v in asdict(r).items()})
    (out / "results.csv").write_bytes(buffer.getvalue().encode("utf-8-sig"))
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.md").write_text(render_report(results, summary), encoding="utf-8")


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def render_report(results: list[Result], summary: dict[str, Any]) -> str:
    """Return the Markdown report."""
    fp = summary["fingerprint"]
    lines = [
        "# jixiao evaluation",
        "",
        f"corpus `{fp['corpus_hash']}` · model `{fp['embedding_model']}` · commit `{fp['git_commit'][:10]}` · "
        f"questions `{fp['questions_hash']}` · {summary['n']} items",
        "",
        "| metric | jixiao | naive baseline |",
        "|---|---|---|",
    ]
    for key in HEADLINE:
        lines.append(f"| {key} | {_fmt(summary.get(key))} | — |")
    ret = summary["retrieval"]
    lines.append(f"| retrieval full_coverage@{ret['k']} (text items) | {_fmt(ret['full_coverage@k'])} | — |")
    lines.append(
        f"| evidence fully in context (all items with gold rows) | {_fmt(summary['citation_recall'])} "
        f"| {_fmt(summary['baseline']['full_coverage@k'])} (top-4 chunks) |"
    )
    if "confident_wrong" in summary:
        lines.append(
            f"| confident_wrong (answered and wrong) | {summary['confident_wrong']} of {summary['n']} "
            f"({_fmt(summary['confident_wrong_rate'])}) | — |"
        )
    lines += _breakdown("By question type", "type", summary["by_type"])
    if "by_intent" in summary:
        lines += _breakdown("By intent", "intent", summary["by_intent"])
    lines += ["", "## Latency (ms)", "", "| route | n | p50 | p95 |", "|---|---|---|---|"]
    for route, v in summary["latency_ms"].items():
        lines.append(f"| {route} | {v['n']} | {v['p50']} | {v['p95']} |")
    wrong = [r for r in results if not r.correct]
    lines += ["", f"## Wrong answers ({len(wrong)})", ""]
    if summary.get("redacted"):
        lines += [f"- `{r.id}` ({r.intent}{', confident' if r.confident_wrong else ''})" for r in wrong]
    else:
        lines += [
            f"- `{r.id}` {'**confident** ' if r.confident_wrong else ''}{r.question} → {r.answer[:120]!r}"
            for r in wrong
        ]
    if not wrong:
        lines.append("none")
    return "\n".join(lines) + "\n"


def _breakdown(title: str, column: str, groups: dict[str, Any]) -> list[str]:
    lines = [
        "",
        f"## {title}",
        "",
        f"| {column} | n | accuracy | score | confident_wrong |",
        "|---|---|---|---|---|",
    ]
    for name, v in groups.items():
        cw = f"{v['confident_wrong']} ({_fmt(v['confident_wrong_rate'])})" if "confident_wrong" in v else "—"
        lines.append(f"| {name} | {v['n']} | {_fmt(v['accuracy'])} | {_fmt(v['score'])} | {cw} |")
    return lines


def compare(summary: dict[str, Any], baseline_path: Path) -> str:
    """Return the deltas against a baseline summary and the items that flipped."""
    try:
        base = json.loads(baseline_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EvalInputError(f"{baseline_path}: cannot read baseline summary: {err}") from err
    now, then = flat_metrics(summary), flat_metrics(base)
    lines = ["metric                          baseline    now       delta"]
    for key in sorted(set(now) & set(then)):
        if now[key] is None or then[key] is None:
            continue
        lines.append(f"{key:<32}{then[key]:<12.4g}{now[key]:<10.4g}{now[key] - then[key]:+.4g}")
    flips = [
        f"  {i}: {'fixed' if ok else 'broke'}"
        for i, ok in summary["items"].items()
        if i in base.get("items", {}) and base["items"][i] != ok
    ]
    lines.append(f"flipped items: {len(flips)}")
    return "\n".join(lines + flips)


def check_gates(summary: dict[str, Any], gates_path: Path) -> list[str]:
    """Return the failed gates (empty when all pass)."""
    try:
        gates = yaml.safe_load(gates_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise EvalInputError(f"{gates_path}: cannot read gates: {err}") from err
    metrics, failed = flat_metrics(summary), []
    for name, rule in gates.items():
        if name not in metrics or metrics[name] is None:
            raise EvalInputError(
                f"{gates_path}: unknown metric '{name}' (known: {', '.join(sorted(metrics))})"
            )
        value = metrics[name]
        if "min" in rule and value < rule["min"]:
            failed.append(f"{name} = {value:.4g} < min {rule['min']}")
        if "max" in rule and value > rule["max"]:
            failed.append(f"{name} = {value:.4g} > max {rule['max']}")
    return failed
