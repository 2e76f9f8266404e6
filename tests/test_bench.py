"""The benchmark command runs end to end on a tiny corpus (figures are reported, not asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from eval.bench import BenchReport, render, run_bench
from index import Settings


def test_bench_reports_every_figure(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    report = run_bench(6, tmp_path, Settings(), rounds=1)
    assert isinstance(report, BenchReport)
    assert report.projects == 6 and report.chunks > 6 * 8
    assert {"table", "text"} <= set(report.latency_ms) | {"abstain"}
    assert set(report.cold_start_s) == {"table", "text"}
    assert report.store_mb > 0 and report.peak_rss_mb > 0 and report.naive["forms"] == 6
    text = render(report)
    assert "re-ingest unchanged" in text and "naive baseline" in text


def test_bench_cli_json(tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "bench",
            "--forms",
            "3",
            "--rounds",
            "1",
            "--json",
            "--workdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=Path(__file__).parents[1],
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["forms"] == 3 and data["projects"] == 3 and data["reingest_s"] >= 0
