"""Text exports (.txt, .tsv, .md): one row per line, cells split at tabs.

Invariant: ``line`` is the 1-based line of the file; every line yields a row (blank ones too),
so line numbers are those an editor shows.
"""

from __future__ import annotations

from pathlib import Path

from index.read import decode_bytes
from index.types import Cell, Row


def rows_from_text(text: str) -> list[Row]:
    """Return one row per line of text, cells split at tabs."""
    return [
        Row(tuple(Cell(c) for c in raw.split("\t")), number)
        for number, raw in enumerate(text.splitlines(), start=1)
    ]


def read_text_file(path: Path, data: bytes) -> list[Row]:
    """Read a tab-separated text export (UTF-8, UTF-8 with BOM, or GB18030)."""
    return rows_from_text(decode_bytes(data, str(path)))
