"""From cell rectangles on a page (a PDF's ruled table, or the ruling lines of a scan) to rows of
grid cells with merges, and from positioned text to cell text.

Invariants: the grid's columns and rows are the distinct edges of the cells (within a
tolerance); a rectangle spanning several grid positions gives its text to each, marked
``left`` or ``above``; a position no rectangle covers is an empty cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from index.cells import join_lines
from index.types import Cell, Merge, Note

__all__ = ["Box", "Word", "grid_rows", "join_lines", "text_lines"]


@dataclass
class Box:
    """A rectangle with the text found in it (and a note when the text is uncertain)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    note: Note | None = None
    words: list[Word] = field(default_factory=list)

    def holds(self, x: float, y: float) -> bool:
        """Whether the point lies inside the rectangle."""
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


@dataclass(frozen=True)
class Word:
    """A piece of text with its position (a PDF character run, or an OCR text line)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    confidence: float = 1.0  # of the least certain character
    doubt: str = ""  # that character

    @property
    def centre(self) -> tuple[float, float]:
        """The centre point."""
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2


def _edges(values: Iterable[float], tolerance: float) -> list[float]:
    edges: list[float] = []
    for v in sorted(values):
        if not edges or v - edges[-1] > tolerance:
            edges.append(v)
    return edges


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda n: abs(edges[n] - value))


def grid_rows(boxes: list[Box], tolerance: float) -> list[tuple[float, float, list[Cell]]]:
    """Return (top, bottom, cells) per grid row of a table made of the given cell rectangles."""
    xs = _edges([v for b in boxes for v in (b.x0, b.x1)], tolerance)
    ys = _edges([v for b in boxes for v in (b.top, b.bottom)], tolerance)
    width, height = len(xs) - 1, len(ys) - 1
    slots: list[list[Cell | None]] = [[None] * width for _ in range(height)]
    for b in sorted(boxes, key=lambda b: (b.top, b.x0)):
        c0, c1 = _index(xs, b.x0), _index(xs, b.x1)
        r0, r1 = _index(ys, b.top), _index(ys, b.bottom)
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                if r < height and c < width and slots[r][c] is None:
                    merged: Merge = "" if (r, c) == (r0, c0) else "left" if r == r0 else "above"
                    slots[r][c] = Cell(b.text, merged, b.note if not merged else None)
    return [(ys[r], ys[r + 1], [c or Cell("") for c in slots[r]]) for r in range(height)]


def text_lines(words: list[Word], tolerance: float) -> list[list[Word]]:
    """Group words into lines (by vertical centre), each sorted left to right, top line first."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.centre[1]):
        if lines and abs(lines[-1][-1].centre[1] - w.centre[1]) <= tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]
