"""``jixiao bench``: generate N synthetic forms, ingest them, then time a fixed mix of table and
text questions; report ingest split, throughput, re-ingest, warm latency per route, cold start,
peak memory and store size, and the naive LangChain baseline's retrieval on the same corpus.

Benchmarks measure; they assert nothing."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bot import Bot
from eval.baseline import NaiveBaseline
from eval.synth import SynthForm, generate
from index import Settings, ingest
from index.embed import load_embedder


@dataclass
class BenchReport:
    """The figures of one benchmark run."""

    forms: int
    projects: int = 0
    chunks: int = 0
    ingest_s: float = 0.0
    parse_s: float = 0.0
    embed_s: float = 0.0
    store_s: float = 0.0
    forms_per_s: float = 0.0
    chunks_per_s: float = 0.0
    reingest_s: float = 0.0
    latency_ms: dict[str, dict[str, float]] = field(default_factory=dict)
    cold_start_s: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    store_mb: float = 0.0
    naive: dict[str, float] = field(default_factory=dict)


def _questions(forms: list[SynthForm]) -> dict[str, list[str]]:
    years = sorted({f.year for f in forms})
    named = forms[:: max(1, len(forms) // 5)][:5]
    table = [
        f"{years[-1]}年总分最高的项目",
        "执行率低于90%的项目有哪些？",
        "满意度得分最低的项目",
        "平均总分",
        "卫健委一共有几个项目？",
        *(f"{f.name}的全年预算数" for f in named),
        *(f"{f.name}的满意度" for f in named[:2]),
    ]
    text = ["处理工单多少个", "累计服务多少万人次", *(f"{f.name}完成了什么年度任务" for f in named[:3])]
    return {"table": table, "text": text}


def _pcts(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "n": float(len(values)),
        "p50": round(statistics.median(ordered), 2),
        "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
    }


def _cold(index: Path, question: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ui.cli", "ask", "--json", "--index", str(index), question],
        capture_output=True,
        check=True,
        timeout=600,
        cwd=Path(__file__).parents[1],
    )
    return round(time.perf_counter() - started, 2)


def _size_mb(folder: Path) -> float:
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20, 2)


def run_bench(n: int, workdir: Path, base: Settings, rounds: int = 10, naive_limit: int = 200) -> BenchReport:
    """Run the benchmark in workdir (created) with the base settings' model and Chroma target."""
    forms = generate(n, workdir / "forms")
    update: dict[str, object] = {"index_dir": workdir / "index"}
    if base.chroma_url:  # a shared server keeps each run's vectors apart
        update["collection"] = f"bench{n}-{workdir.name}"
    settings = base.model_copy(update=update)
    embedder = load_embedder(settings)
    report = BenchReport(forms=n)
    first = ingest([workdir / "forms"], settings, embedder=embedder)
    report.projects, report.chunks = first.projects, first.chunks
    report.ingest_s, report.parse_s = round(first.seconds, 2), round(first.parse_seconds, 2)
    report.embed_s, report.store_s = round(first.embed_seconds, 2), round(first.store_seconds, 2)
    report.forms_per_s = round(n / first.seconds, 2)
    report.chunks_per_s = round(first.chunks / max(first.embed_seconds, 1e-9), 2)
    report.reingest_s = round(ingest([workdir / "forms"], settings, embedder=embedder).seconds, 2)
    questions = _questions(forms)
    bot = Bot(settings, embedder=embedder)
    bot.warm()
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        for kind in ("table", "text"):
            for q in questions[kind]:
                answer = bot.answer(q)
                times.setdefault(answer.route, []).append(answer.latency_ms)
    report.latency_ms = {route: _pcts(v) for route, v in times.items()}
    if base.chroma_url is None:
        report.cold_start_s = {
            "table": _cold(settings.index_dir, questions["table"][0]),
            "text": _cold(settings.index_dir, questions["text"][0]),
        }
    report.store_mb = _size_mb(settings.index_dir) if settings.index_dir.exists() else 0.0
    sample = forms[:naive_limit]
    started = time.perf_counter()
    naive = NaiveBaseline([(f.file, workdir / "forms" / f.file) for f in sample], embedder)
    build = time.perf_counter() - started
    searches = []
    for q in questions["text"] * rounds:
        t = time.perf_counter()
        naive.search(q)
        searches.append((time.perf_counter() - t) * 1000)
    report.naive = {
        "forms": float(len(sample)),
        "build_s": round(build, 2),
        **{f"search_{k}_ms": v for k, v in _pcts(searches).items() if k != "n"},
    }
    report.peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return report


def render(report: BenchReport) -> str:
    """Return the report as a plain table."""
    rows = [
        ("forms / projects / chunks", f"{report.forms} / {report.projects} / {report.chunks}"),
        (
            "ingest (parse + embed + store)",
            f"{report.ingest_s} s ({report.parse_s} + {report.embed_s} + {report.store_s})",
        ),
        ("throughput", f"{report.forms_per_s} forms/s, {report.chunks_per_s} chunks/s (embedding)"),
        ("re-ingest unchanged", f"{report.reingest_s} s"),
        *(
            (f"warm latency {route}", f"p50 {v['p50']} ms, p95 {v['p95']} ms (n={int(v['n'])})")
            for route, v in sorted(report.latency_ms.items())
        ),
        *((f"cold start {k} (process start → answer)", f"{v} s") for k, v in report.cold_start_s.items()),
        ("peak RSS", f"{report.peak_rss_mb} MB"),
        ("store size", f"{report.store_mb} MB"),
        (
            "naive baseline",
            f"{int(report.naive.get('forms', 0))} forms: build {report.naive.get('build_s')} s, "
            f"search p50 {report.naive.get('search_p50_ms')} ms, p95 {report.naive.get('search_p95_ms')} ms",
        ),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def to_json(report: BenchReport) -> str:
    """Return the report as JSON."""
    return json.dumps(asdict(report), ensure_ascii=False, indent=2)
