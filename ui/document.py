"""The conversation as a Word document (python-docx) or Markdown, to forward to a colleague.

Invariant: form text is written as plain runs (Word) or escaped (Markdown): a link, image or
field in a form cell stays text in the document.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from datetime import datetime

import pandas as pd
from docx import Document
from docx.document import Document as DocumentType
from docx.shared import Pt

from ui.markup import escape_markdown, number
from ui.session import Turn
from ui.views import COLUMNS, citations_frame

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHORT = COLUMNS[:8]


def plain(value: object) -> str:
    """Return a cell as text fit for a document (numbers as the forms write them)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number(float(value))
    return _XML_ILLEGAL.sub("", str(value))


def docx_table(doc: DocumentType, frame: pd.DataFrame, font_pt: float = 8) -> None:
    """Add a table with a header row; every cell is a plain run."""
    table = doc.add_table(rows=1, cols=len(frame.columns))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
        run = cell.paragraphs[0].add_run(plain(name))
        run.bold = True
        run.font.size = Pt(font_pt)
    for values in frame.itertuples(index=False):
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.paragraphs[0].add_run(plain(value)).font.size = Pt(font_pt)


def new_document(title: str, lines: Sequence[str]) -> DocumentType:
    """Return a document with a title and a few lines under it."""
    doc = Document()
    doc.styles["Normal"].font.name = "Noto Sans CJK SC"
    doc.add_heading(plain(title), level=0)
    for line in lines:
        doc.add_paragraph(plain(line))
    return doc


def docx_bytes(doc: DocumentType) -> bytes:
    """Return a document as .docx bytes."""
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def conversation_docx(turns: Sequence[Turn], corpus: str, when: datetime) -> bytes:
    """Return the whole conversation as .docx: each question, answer and cited rows."""
    doc = new_document("绩效自评问答记录", [f"语料：{corpus}", f"导出时间：{when:%Y-%m-%d %H:%M}"])
    for n, turn in enumerate(turns, start=1):
        doc.add_heading(plain(f"{n}. {turn.asked}"), level=2)
        if turn.scope_name:
            doc.add_paragraph(plain(f"提问范围：{turn.scope_name}"))
        if turn.answer is None:
            doc.add_paragraph(plain(turn.error))
            continue
        if turn.answer.interpretation:
            doc.add_paragraph().add_run(plain(f"理解为：{turn.answer.interpretation}")).italic = True
        doc.add_paragraph(plain(turn.answer.answer))
        if turn.answer.citations:
            docx_table(doc, citations_frame(turn.answer)[_SHORT])
    return docx_bytes(doc)


def _md_cell(value: object) -> str:
    return escape_markdown(plain(value).replace("\n", " ")).replace("  \n", " ")


def conversation_markdown(turns: Sequence[Turn], corpus: str, when: datetime) -> str:
    """Return the whole conversation as Markdown with form text escaped."""
    out = [
        "# 绩效自评问答记录",
        "",
        f"语料：{escape_markdown(corpus)}  ",
        f"导出时间：{when:%Y-%m-%d %H:%M}",
    ]
    for n, turn in enumerate(turns, start=1):
        out += ["", f"## {n}\\. {escape_markdown(turn.asked)}", ""]
        if turn.scope_name:
            out += [f"提问范围：{escape_markdown(turn.scope_name)}", ""]
        if turn.answer is None:
            out.append(escape_markdown(turn.error))
            continue
        if turn.answer.interpretation:
            out += [f"*理解为：{escape_markdown(turn.answer.interpretation)}*", ""]
        out.append(escape_markdown(turn.answer.answer))
        if turn.answer.citations:
            frame = citations_frame(turn.answer)[_SHORT]
            out += ["", "| " + " | ".join(_SHORT) + " |", "|" + " --- |" * len(_SHORT)]
            out += [
                "| " + " | ".join(_md_cell(v) for v in row) + " |" for row in frame.itertuples(index=False)
            ]
    return "\n".join(out) + "\n"
