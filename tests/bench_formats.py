"""Seconds per form to read each format: the seed's 7 forms written by tests/formfiles.py, each
read once to warm up and once timed with index.check_paths (embedding not included); PDFs also
per page. ``python -m tests.bench_formats DIR [KIND ...]``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from index import SAMPLE_DIR, check_paths
from index.parse import parse_text
from tests.formfiles import KINDS, make_file


def main(folder: Path, kinds: list[str]) -> None:
    seed = next(SAMPLE_DIR.glob("*.txt"))
    projects = parse_text(seed.read_text(encoding="utf-8"), seed.name)
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for kind in kinds:
        path = make_file(kind, projects, folder, made)
        check_paths([path])  # warm-up: imports, the OCR model
        started = time.perf_counter()
        [parsed] = check_paths([path])
        seconds = time.perf_counter() - started
        n = max(len(parsed.projects), 1)
        pages = ""
        if path.suffix == ".pdf":
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                pages = f"  {len(pdf.pages)} pages, {seconds / len(pdf.pages):.2f} s/page"
        print(
            f"{kind:16s} {len(parsed.projects)} forms {seconds:7.2f} s {seconds / n:6.2f} s/form{pages}",
            flush=True,
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:] or list(KINDS))
