"""Word documents (.docx) through python-docx: paragraphs and tables in document order.

A paragraph is a row of one cell (so the title and year before each table reach the parser
as they stand); a table row is a row of its grid cells. ``line`` counts paragraphs and table
rows from the top of the document; a .docx has no pages of its own.

Invariants: a horizontal span (``gridSpan``) and a vertical merge (``vMerge``) give their
value to every grid cell they cover, marked ``left`` or ``above``; a document without any
table raises FormatError.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from index.errors import FormatError, UnreadableFileError
from index.types import Cell, Merge, Row

_CFB = b"\xd0\xcf\x11\xe0"


def read_docx(path: Path, data: bytes) -> list[Row]:
    """Read a .docx: paragraphs as one-cell rows, tables as rows of grid cells."""
    import docx
    from docx.oxml.ns import qn

    if data.startswith(_CFB):
        raise UnreadableFileError(
            str(path),
            "the document is password-protected (or a .doc named .docx); save it as .docx without a password",
        )
    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise UnreadableFileError(str(path), f"not a readable Word document (corrupt?): {err}") from err
    rows: list[Row] = []
    tables = 0
    for block in body.iterchildren():
        if block.tag == qn("w:p"):
            rows.append(Row((Cell(_text(block)),), len(rows) + 1))
        elif block.tag == qn("w:tbl"):
            tables += 1
            for cells in _grid(block):
                rows.append(Row(tuple(cells), len(rows) + 1))
    if not tables:
        raise FormatError(str(path), "the document holds no table; a 绩效自评表 is a table")
    return rows


def _text(element: Any) -> str:
    """The text of a paragraph, or of a cell's paragraphs joined by a space."""
    from docx.oxml.ns import qn

    if element.tag == qn("w:p"):
        return "".join(t.text or "" for t in element.iter(qn("w:t")))
    paragraphs = (_text(p) for p in element.iter(qn("w:p")))
    return " ".join(p for p in paragraphs if p.strip())


def _grid(table: Any) -> list[list[Cell]]:
    """The table's rows as grid cells, spans and merges resolved."""
    from docx.oxml.ns import qn

    out: list[list[Cell]] = []
    for tr in table.iterchildren(qn("w:tr")):
        props = tr.find(qn("w:trPr"))
        cells = [Cell("")] * (_val(props, "w:gridBefore", 0) if props is not None else 0)
        for tc in tr.iterchildren(qn("w:tc")):
            tc_props = tc.find(qn("w:tcPr"))
            span = _val(tc_props, "w:gridSpan", 1) if tc_props is not None else 1
            vmerge = tc_props.find(qn("w:vMerge")) if tc_props is not None else None
            continued = vmerge is not None and vmerge.get(qn("w:val"), "continue") == "continue"
            col = len(cells)
            first: Merge = "above" if continued and out and col < len(out[-1]) else ""
            text = out[-1][col].text if first else _text(tc)  # the cell above carries the range's value
            for n in range(span):
                cells.append(Cell(text, first if n == 0 else "left"))
        out.append(cells)
    width = max((len(r) for r in out), default=0)
    return [r + [Cell("")] * (width - len(r)) for r in out]


def _val(props: Any, tag: str, default: int) -> int:
    from docx.oxml.ns import qn

    element = props.find(qn(tag))
    return int(element.get(qn("w:val"))) if element is not None else default
