"""Scans: images (.png, .jpg) and image-only PDF pages, read by OCR.

The table's ruling lines are found with OpenCV (morphological opening along rows and
columns); the rectangles they enclose are the cells, laid on a grid with their merges as for
a PDF's ruled table. The text is read once per page by ``rapidocr_onnxruntime`` (PP-OCRv4
Chinese detection and recognition models, shipped inside the wheel: nothing is downloaded),
with the ruling erased first, and each text line goes to the cell that holds its centre.

Invariants:
- numbers are never guessed or repaired: a cell holds what was recognised;
- a cell recognised with confidence below ``LOW_CONFIDENCE`` carries a ``low_confidence``
  note, so it becomes a finding on its row; so does (as ``uncertain_punctuation``) a cell
  with brackets beside Chinese text, whose width (（ or () recognition confuses;
- an image that cannot be decoded raises UnreadableFileError; one without a ruled table
  yields only loose text lines (the parser then says it holds no form).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from index.errors import UnreadableFileError
from index.readers.grid import Box, Word, grid_rows, join_lines, text_lines
from index.types import Cell, Note, Row

LOW_CONFIDENCE = 0.9
"""Recognition scores below this make a cell a finding (checked against the seed's scans)."""
_BRACKET_BY_CHINESE = re.compile(r"[\u4e00-\u9fff]\s*[(（)）]|[(（)）]\s*[\u4e00-\u9fff]")
_DETECT_SIDE = 2000  # pixels: text lines are found on the page scaled down to this
_ENGINE: Any = None
_LOCK = threading.Lock()


def _engine() -> Any:
    """The OCR engine, built once per process (models load in about a second)."""
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            from rapidocr_onnxruntime import RapidOCR

            _ENGINE = RapidOCR()
        return _ENGINE


def read_image(path: Path, data: bytes) -> list[Row]:
    """Read a scanned form from a .png or .jpg image."""
    import cv2
    import numpy as np

    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise UnreadableFileError(str(path), "not a readable image (corrupt, or not a PNG/JPEG)")
    return read_page_image(path, image, None)


def read_page_image(path: Path, image: Any, page: int | None) -> list[Row]:
    """Read one scanned page (a grayscale array or a PIL image) into rows."""
    import numpy as np

    gray = np.asarray(image.convert("L") if hasattr(image, "convert") else image)
    ruling = _ruling(gray)
    tables = _cells(ruling)
    clean = gray.copy()
    clean[ruling > 0] = 255
    scale = max(gray.shape) / 1000  # tolerances grow with the resolution
    cells = [b for boxes in tables for b in boxes]
    loose: list[Word] = []
    for word, cell in _recognise(clean, cells):
        (cell.words if cell is not None else loose).append(word)
    items: list[tuple[float, list[Cell]]] = []
    for boxes in tables:
        for box in boxes:
            box.text, box.note = _cell_text(box.words, scale)
        items += [(top, cells) for top, _, cells in grid_rows(boxes, 6 * scale)]
    for line in text_lines(loose, 8 * scale):
        text, note = _cell_text(line, scale)
        items.append((min(w.top for w in line), [Cell(text, "", note)]))
    items.sort(key=lambda item: item[0])
    return [Row(tuple(cells), n, page=page) for n, (_, cells) in enumerate(items, start=1)]


def _ruling(gray: Any) -> Any:
    """The mask of the table's ruling lines (long horizontal and vertical runs of ink)."""
    import cv2

    ink = cv2.adaptiveThreshold(255 - gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2)
    height, width = gray.shape
    across = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (width // 30, 1))
    )
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, height // 40)))
    lines = cv2.bitwise_or(across, down)
    return cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))


def _cells(ruling: Any) -> list[list[Box]]:
    """The cell rectangles enclosed by the ruling, grouped by table."""
    import cv2
    import numpy as np

    count, labels, stats, _ = cv2.connectedComponentsWithStats(ruling, connectivity=8)
    tables = []
    for t in range(1, count):
        x, y, w, h, _ = stats[t]
        if w < ruling.shape[1] // 5 or h < 20:
            continue  # a stray mark, not a table
        inside = np.where(labels[y : y + h, x : x + w] == t, 0, 255).astype(np.uint8)
        n, _, cell_stats, _ = cv2.connectedComponentsWithStats(inside, connectivity=4)
        boxes = [
            Box(float(x + cx), float(y + cy), float(x + cx + cw), float(y + cy + ch))
            for cx, cy, cw, ch, _ in cell_stats[1:n]
            if cw > 8 and ch > 8 and cx > 0 and cy > 0 and cx + cw < w and cy + ch < h
        ]
        if len(boxes) >= 2:
            tables.append(boxes)
    return tables


def _recognise(gray: Any, cells: list[Box]) -> list[tuple[Word, Box | None]]:
    """Every piece of text on the page with its position, score and cell.

    Text lines are detected once on the page (at most ``_DETECT_SIDE`` pixels a side); a line
    that crosses cell borders is cut at them, so text of neighbouring cells never runs
    together; each piece is recognised from the full-resolution page.
    """
    import cv2

    engine = _engine()
    factor = min(1.0, _DETECT_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    quads, _ = engine.text_det(cv2.cvtColor(small, cv2.COLOR_GRAY2BGR))
    rects = [_rect(quad, factor) for quad in (quads if quads is not None else [])]
    pieces: list[tuple[tuple[int, int, int, int], Box | None]] = []
    for rect in rects:
        cut = _cut(*rect, cells)
        # a line crossing a border leaves a margin in the next cell: a piece without ink of its own
        pieces += cut if len(cut) == 1 else [p for p in cut if _inked(gray, p[0])]
    # a second, smaller detection inside a line (a glyph at its end) is no text of its own
    boxes = [p[0] for p in pieces]
    pieces = [p for p in pieces if not _covered(p[0], [b for b in boxes if _area(b) > _area(p[0])])]
    crops = [cv2.cvtColor(gray[y0:y1, x0:x1], cv2.COLOR_GRAY2BGR) for (x0, y0, x1, y1), _ in pieces]
    results, _ = engine.text_rec(crops, return_word_box=True) if crops else ([], 0.0)
    out = []
    for ((x0, y0, x1, y1), cell), (text, _, info) in zip(pieces, results, strict=True):
        if not text.strip():
            continue
        confidences = info[4] if len(info[4]) == len(text) else [min(info[4])] * len(text)
        weakest = min((n for n in range(len(text)) if text[n].strip()), key=lambda n: confidences[n])
        out.append((Word(x0, y0, x1, y1, text.strip(), float(confidences[weakest]), text[weakest]), cell))
    return out


def _rect(quad: Any, factor: float) -> tuple[float, float, float, float]:
    xs, ys = [p[0] / factor for p in quad], [p[1] / factor for p in quad]
    return min(xs), min(ys), max(xs), max(ys)


def _area(box: tuple[int, int, int, int]) -> int:
    return max(1, (box[2] - box[0]) * (box[3] - box[1]))


def _covered(box: tuple[int, int, int, int], others: list[tuple[int, int, int, int]]) -> bool:
    """Whether another box holds more than a third of this one."""
    x0, y0, x1, y1 = box
    for a0, b0, a1, b1 in others:
        overlap = max(0, min(x1, a1) - max(x0, a0)) * max(0, min(y1, b1) - max(y0, b0))
        if overlap > _area(box) / 3:
            return True
    return False


def _cut(
    x0: float, y0: float, x1: float, y1: float, cells: list[Box]
) -> list[tuple[tuple[int, int, int, int], Box | None]]:
    """The parts of a text line inside each cell it crosses (the whole line when in none)."""
    cy = (y0 + y1) / 2
    crossed = [b for b in cells if b.top <= cy <= b.bottom and b.x0 < x1 and b.x1 > x0]
    parts: list[tuple[float, float, Box | None]] = [(max(x0, b.x0), min(x1, b.x1), b) for b in crossed]
    return [((int(a), int(y0), int(b) + 1, int(y1) + 1), cell) for a, b, cell in parts or [(x0, x1, None)]]


def _inked(gray: Any, box: tuple[int, int, int, int]) -> bool:
    """Whether a piece of a cut line holds text: ink at least a third of the line's height wide
    (the margin a detected line has past a cell border holds at most a sliver of a glyph)."""
    x0, y0, x1, y1 = box
    columns = (gray[y0:y1, x0:x1] < 128).any(axis=0)
    if not columns.any():
        return False
    first, last = columns.argmax(), len(columns) - columns[::-1].argmax()
    return bool(last - first >= (y1 - y0) / 3)


def _cell_text(words: list[Word], scale: float) -> tuple[str, Note | None]:
    """A cell's text (its lines joined) and a note when it may be misread: a character read
    with low confidence, or brackets beside Chinese text (their width is often misread)."""
    if not words:
        return "", None
    lines = ["".join(_spaced(line)) for line in text_lines(words, 8 * scale)]
    text = join_lines(lines)
    worst = min(words, key=lambda w: w.confidence)
    if worst.confidence < LOW_CONFIDENCE:
        message = (
            f"'{worst.doubt or worst.text}' in '{worst.text[:30]}' read from the scan with confidence "
            f"{worst.confidence:.2f}; check it against the page"
        )
        return text, Note("low_confidence", message)
    if _BRACKET_BY_CHINESE.search(text):
        message = (
            f"'{text[:30]}': a scan does not show reliably whether brackets are （full） or (half) "
            "width; check them against the page"
        )
        return text, Note("uncertain_punctuation", message)
    return text, None


def _spaced(line: list[Word]) -> list[str]:
    """The words of one line, a space put between two Latin words."""
    out: list[str] = []
    for w in line:
        if (
            out
            and out[-1][-1:].isascii()
            and out[-1][-1:].isalnum()
            and w.text[:1].isascii()
            and w.text[:1].isalnum()
        ):
            out.append(" ")
        out.append(w.text)
    return out
