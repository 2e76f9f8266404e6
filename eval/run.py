"""Running an evaluation: answer every item through ``bot``'s public API, score it, and write
results.jsonl, results.csv (UTF-8 with BOM), summary.json and report.md.

Invariants: the summary carries a fingerprint (corpus hash, embedding model, git commit,
question-file hash) so two runs can be compared knowingly; ``confident_wrong`` counts answers
given (neither refused nor asked back) and wrong, overall and per intent; a redacted run keeps
question and answer texts out of every file it writes (for a held-out suite).
"""

from __future__ import annotations

import hashlib
import statistics
import subprocess
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from bot import Bot, get_bot
from bot.ground import ungrounded
from bot.types import Answer
from eval.baseline import TOP_K, NaiveBaseline
from eval.schema import Item
from eval.score import answered, citation_scores, judge, retrieval_scores
from index import Settings, form_files, load_projects
from index.embed import load_embedder
from index.errors import IndexMissingError


@dataclass(frozen=True)
class Result:
    """One item's outcome."""

    id: str
    type: str
    intent: str
    tags: list[str]
    question: str
    answer: str
    route: str
    abstained: bool
    answerable: bool
    correct: bool
    score: float
    confident_wrong: bool
    cited: list[str]
    citation_precision: float | None
    citation_recall: float | None
    grounded_literal: bool
    grounded_checked: bool
    retrieval: dict[str, float] | None
    baseline_covered: bool | None
    latency_ms: float
    planner: str = "rules"


def _ask(bot: Bot, turns: list[str]) -> Answer:
    history: list[Answer] = []
    for q in turns:
        history.append(bot.answer(q, history))
    return history[-1]


def _result(
    item: Item, a: Answer, bot: Bot, universe: list[list[str]], baseline: NaiveBaseline | None, k: int
) -> Result:
    verdict = judge(item, a.answer, a.abstained, a.route, universe)
    cited = [c.id for c in a.citations]
    precision, recall = citation_scores(item, cited) if not a.abstained else (None, None)
    retrieval = None
    if item.type == "text" and item.evidence.rows:
        ranked = [c.id for c in bot.retrieve(item.turns[-1])]
        score = retrieval_scores(item, ranked, k)
        retrieval = asdict(score) if score else None
    covered = None
    if baseline is not None and item.evidence.rows:
        covered = baseline.covers(baseline.search(item.turns[-1]), item.evidence.rows)
    given = answered(a.abstained, a.route)
    return Result(
        id=item.id,
        type=item.type,
        intent=item.intent or item.type,
        tags=item.tags,
        question=" → ".join(item.turns),
        answer=a.answer,
        route=a.route,
        abstained=a.abstained,
        answerable=item.answerable,
        correct=verdict.correct,
        score=verdict.score,
        confident_wrong=given and not verdict.correct,
        cited=cited,
        citation_precision=precision,
        citation_recall=recall,
        grounded_literal=not ungrounded(a.answer, a.citations, set()),
        grounded_checked=not ungrounded(a.answer, a.citations, set(a.derived)),
        retrieval=retrieval,
        baseline_covered=covered,
        latency_ms=a.latency_ms,
        planner=a.planner,
    )


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)


def _group(results: list[Result], key: Callable[[Result], str]) -> dict[str, dict[str, Any]]:
    out = {}
    for name in sorted({key(r) for r in results}):
        rs = [r for r in results if key(r) == name]
        out[name] = {
            "n": len(rs),
            "accuracy": _mean([float(r.correct) for r in rs]),
            "score": _mean([r.score for r in rs]),
            "confident_wrong": sum(r.confident_wrong for r in rs),
            "confident_wrong_rate": _mean([float(r.confident_wrong) for r in rs]),
        }
    return out


def summarise(results: list[Result], k: int) -> dict[str, Any]:
    """Aggregate item results into the metrics of summary.json."""
    replied = [r for r in results if not r.abstained]
    routes: dict[str, list[float]] = defaultdict(list)
    for r in results:
        routes[r.route].append(r.latency_ms)
    retrieval = [r.retrieval for r in results if r.retrieval]
    unanswerable = [r for r in results if not r.answerable]
    answerable = [r for r in results if r.answerable]
    baseline = [r.baseline_covered for r in results if r.baseline_covered is not None]
    return {
        "n": len(results),
        "answer_accuracy": _mean([float(r.correct) for r in results]),
        "answer_score": _mean([r.score for r in results]),
        "confident_wrong": sum(r.confident_wrong for r in results),
        "confident_wrong_rate": _mean([float(r.confident_wrong) for r in results]),
        "by_type": _group(results, lambda r: r.type),
        "by_intent": _group(results, lambda r: r.intent),
        "by_planner": _group(results, lambda r: r.planner),
        "citation_precision": _mean(
            [r.citation_precision for r in replied if r.citation_precision is not None]
        ),
        "citation_recall": _mean([r.citation_recall for r in replied if r.citation_recall is not None]),
        "retrieval": {
            "k": k,
            "n": len(retrieval),
            **{
                f"{m}@k" if m != "mrr" else m: _mean([x[m] for x in retrieval])
                for m in ("hit", "recall", "mrr", "full_coverage")
            },
        },
        "correct_abstentions": sum(r.abstained for r in unanswerable),
        "unanswerable": len(unanswerable),
        "correct_abstention_rate": _mean([float(r.abstained) for r in unanswerable]),
        # a clarifying question is not an abstention
        "false_abstentions": sum(r.route == "abstain" for r in answerable),
        "false_abstention_rate": _mean([float(r.route == "abstain") for r in answerable]),
        "grounding_literal": _mean([float(r.grounded_literal) for r in replied]),
        "grounding_checked": _mean([float(r.grounded_checked) for r in replied]),
        "latency_ms": {
            route: {"n": len(v), "p50": _pct(v, 0.5), "p95": _pct(v, 0.95)} for route, v in routes.items()
        },
        "baseline": {
            "pipeline": f"RecursiveCharacterTextSplitter {500}/{50}, same embeddings, top-{TOP_K}",
            "n": len(baseline),
            "full_coverage@k": _mean([float(b) for b in baseline]),
        },
        "items": {r.id: r.correct for r in results},
    }


def fingerprint(settings: Settings, questions: Path) -> dict[str, str]:
    """Identify what a run measured: corpus, model, code and questions."""
    corpus = hashlib.sha256("".join(sorted(sha for _, _, sha in form_files(settings))).encode()).hexdigest()
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent,
            timeout=10,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "corpus_hash": corpus[:16],
        "embedding_model": settings.embedding_model,
        "git_commit": commit or "unknown",
        "questions_hash": hashlib.sha256(questions.read_bytes()).hexdigest()[:16],
    }


def run_eval(
    items: list[Item],
    settings: Settings,
    questions: Path,
    with_baseline: bool = True,
    progress: Callable[[int, int], None] | None = None,
    redact: bool = False,
) -> tuple[list[Result], dict[str, Any]]:
    """Answer and score every item; return results and the summary (texts blanked when redact)."""
    projects = load_projects(settings)
    if not projects:
        raise IndexMissingError(f"no index at {settings.index_dir}; run `jixiao ingest PATH` first")
    bot = get_bot(settings)
    bot.warm()  # latency figures are warm; cold start is the benchmark's to report
    universe = [sorted({p.name for p in projects}), sorted({i.name for p in projects for i in p.indicators})]
    baseline = None
    if with_baseline:
        files = [(form, Path(path)) for form, path, _ in form_files(settings) if Path(path).exists()]
        baseline = NaiveBaseline(files, load_embedder(settings)) if files else None
    results = []
    for n, item in enumerate(items, start=1):
        results.append(_result(item, _ask(bot, item.turns), bot, universe, baseline, settings.retrieval_k))
        if progress:
            progress(n, len(items))
    if redact:
        results = [replace(r, question="", answer="") for r in results]
    summary = summarise(results, settings.retrieval_k)
    summary["fingerprint"] = fingerprint(settings, questions)
    summary["redacted"] = redact
    if settings.llm_enabled:
        model = bot.model
        summary["llm"] = {
            "base_url": settings.llm_base_url,
            "model": settings.llm_model,
            "mode": settings.llm_mode,
            "calls": model.calls if model else 0,
        }
    return results, summary
