"""``jixiao bench --overview``: the overview page's time to first paint on N synthetic forms, in
Debian's chromium against ``jixiao ui`` on a loopback port. Cold is the first load after the
server starts (the bot and model load then); warm loads follow in the same browser.

Two marks per load, from navigation start: the overview table drawn (first paint of the data)
and all three charts drawn. A full load (the URL typed in) starts the page's scripts afresh,
Vega's included; a switch from another page of the app (the sidebar link) does not, and is
timed too. Benchmarks measure; they assert nothing."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eval.synth import generate
from index import Settings, ingest, load_projects
from index.embed import load_embedder

CHROMIUM = "/usr/bin/chromium"
_TABLE = "table.jx[aria-label^='项目概览']"
_CHART = "[data-testid=stVegaLiteChart] canvas, [data-testid=stVegaLiteChart] svg"


@dataclass
class OverviewBench:
    """The figures of one overview benchmark."""

    forms: int
    projects: int = 0
    ingest_s: float = 0.0
    cold_table_s: float = 0.0
    cold_charts_s: float = 0.0
    warm_table_s: dict[str, float] = field(default_factory=dict)
    warm_charts_s: dict[str, float] = field(default_factory=dict)
    switch_table_s: dict[str, float] = field(default_factory=dict)
    switch_charts_s: dict[str, float] = field(default_factory=dict)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the app at {url} did not start within {seconds:.0f} s")


def _load(page, url: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    page.goto(url)
    return _marks(page, started)


def _switch(page, url: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    page.goto(url + "chat")
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=300_000)
    started = time.perf_counter()
    page.get_by_test_id("stSidebarNav").get_by_text("概览").click()
    return _marks(page, started)


def _marks(page, started: float) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    page.locator(_TABLE).wait_for(timeout=300_000)
    table = time.perf_counter() - started
    page.wait_for_function(
        f"() => document.querySelectorAll({json.dumps(_CHART)}).length >= 3", timeout=300_000
    )
    return round(table, 3), round(time.perf_counter() - started, 3)


def _stats(values: list[float]) -> dict[str, float]:
    return {"n": float(len(values)), "p50": round(statistics.median(values), 3), "max": round(max(values), 3)}


def run_overview_bench(n: int, workdir: Path, base: Settings, loads: int = 5) -> OverviewBench:
    """Generate n forms in workdir, ingest them, serve the app and time the overview's loads."""
    from playwright.sync_api import sync_playwright

    generate(n, workdir / "forms")
    settings = base.model_copy(update={"index_dir": workdir / "index"})
    report = OverviewBench(forms=n)
    ingested = ingest([workdir / "forms"], settings, embedder=load_embedder(settings))
    report.projects, report.ingest_s = len(load_projects(settings)), round(ingested.seconds, 2)
    port = _port()
    env = {**os.environ, "JIXIAO_INDEX_DIR": str(settings.index_dir)}
    server = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "ui", "--port", str(port)],
        env=env,
        cwd=Path(__file__).parents[1],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_healthy(url.rstrip("/"))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            report.cold_table_s, report.cold_charts_s = _load(page, url)
            warm = [_load(page, url) for _ in range(loads)]
            switched = [_switch(page, url) for _ in range(loads)]
            browser.close()
        report.warm_table_s = _stats([t for t, _ in warm])
        report.warm_charts_s = _stats([c for _, c in warm])
        report.switch_table_s = _stats([t for t, _ in switched])
        report.switch_charts_s = _stats([c for _, c in switched])
    finally:
        server.terminate()
        server.wait(timeout=30)
    return report


def render(report: OverviewBench) -> str:
    """Return the report as a plain table."""
    rows = [
        ("forms / projects", f"{report.forms} / {report.projects}"),
        ("ingest", f"{report.ingest_s} s"),
        ("overview cold (table / charts)", f"{report.cold_table_s} s / {report.cold_charts_s} s"),
        (
            "overview warm table",
            f"p50 {report.warm_table_s.get('p50')} s, max {report.warm_table_s.get('max')} s "
            f"(n={int(report.warm_table_s.get('n', 0))})",
        ),
        (
            "overview warm charts",
            f"p50 {report.warm_charts_s.get('p50')} s, max {report.warm_charts_s.get('max')} s",
        ),
        (
            "from another page (table / charts)",
            f"p50 {report.switch_table_s.get('p50')} s / {report.switch_charts_s.get('p50')} s, "
            f"max {report.switch_table_s.get('max')} s / {report.switch_charts_s.get('max')} s",
        ),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def to_json(report: OverviewBench) -> str:
    """Return the report as JSON."""
    return json.dumps(asdict(report), ensure_ascii=False, indent=2)
