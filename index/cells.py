"""Cleaning of extracted table cells: tags, LaTeX, spacing and numbers.

Invariant: cleaning never invents content; a cell that is not a number parses to None.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"</?(p|br|span|div|b|i|u|strong|em)\b[^>]*>", re.IGNORECASE)
_MATH = re.compile(r"\$([^$]*)\$")
_LATEX = (
    (r"\geq", "≥"),
    (r"\leq", "≤"),
    (r"\ge", "≥"),
    (r"\le", "≤"),
    (r"\neq", "≠"),
    (r"\times", "×"),
    (r"\%", "%"),
    (r"\sim", "~"),
    (r"\pm", "±"),
)
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_BLANKS = frozenset({"", "—", "-", "－", "/", "／", "——", "无"})


def _latex(match: re.Match[str]) -> str:
    body = match.group(1)
    for src, dst in _LATEX:
        body = body.replace(src, dst)
    return re.sub(r"\s+", "", body.replace("{", "").replace("}", ""))


def clean_cell(raw: str) -> str:
    """Return the cell text without tags, LaTeX markup or surrounding space."""
    text = html.unescape(_TAG.sub(" ", raw))
    text = _MATH.sub(_latex, text)
    text = text.replace("\u3000", " ").replace("\xa0", " ")
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def squash(text: str) -> str:
    """Return the text with all white space removed (for matching labels)."""
    return re.sub(r"\s+", "", text)


def parse_number(cell: str) -> float | None:
    """Return the number a cell states (commas, 元 and % dropped), or None."""
    text = squash(cell).replace(",", "").replace("，", "").removesuffix("元")
    text = text.removesuffix("%")
    if _NUMBER.match(text):
        return float(text)
    return None


def is_number(cell: str) -> bool:
    """Return whether the cell is a plain number (no unit, no percent)."""
    return bool(_NUMBER.match(squash(cell).replace(",", "")))


def is_blank(cell: str) -> bool:
    """Return whether a cell states nothing (empty or a dash)."""
    return squash(cell) in _BLANKS


def row_text(cells: list[str]) -> str:
    """Return a source row as one readable line: non-empty cells joined by ' | '."""
    return " | ".join(c for c in cells if c)


def join_lines(lines: list[str], guess_spaces: bool = True) -> str:
    """Join the lines of a wrapped cell: a space the text has at the wrap is kept; otherwise
    no space, except, when ``guess_spaces`` (OCR, which sees no spaces), one between two
    Latin letters (a number or a Chinese sentence wraps anywhere)."""
    out = ""
    spaced = False
    for raw in lines:
        line = raw.strip()
        if not line:
            spaced = spaced or bool(raw)
            continue
        latin = (
            guess_spaces
            and out[-1:].isascii()
            and out[-1:].isalpha()
            and line[0].isascii()
            and line[0].isalpha()
        )
        if out and (spaced or raw[0].isspace() or latin):
            out += " "
        out += line
        spaced = raw[-1].isspace()
    return out
