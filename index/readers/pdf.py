"""PDF files: ruled tables from the text layer (pdfplumber); pages without one are OCRed.

Each page gives its rows top to bottom: a table row as the grid cells of the table's ruling
(merged cells resolved), any other text line as a row of one cell. ``page`` is the 1-based
page and ``line`` the row's place on that page, so a table continued on the next page, with
its header repeated, reaches the parser as the rows it shows.

Invariants: characters are placed in the cell that holds their centre, and a cell's wrapped
lines are joined without inventing spaces between Chinese characters; a page without a text
layer goes to the OCR reader, never read as empty; a password-protected or corrupt PDF raises
UnreadableFileError naming the file.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from index.errors import UnreadableFileError
from index.readers.grid import Box, grid_rows, join_lines
from index.types import Cell, Row

_TOLERANCE = 3.0  # points: edges and lines closer than this are the same
_SCANNED_BELOW = 10  # a page with an image and fewer characters than this is a scan


def read_pdf(path: Path, data: bytes) -> list[Row]:
    """Read every page of a PDF: text-layer tables directly, scanned pages through OCR."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = list(pdf.pages)
    except Exception as err:  # noqa: BLE001 - pdfminer raises many kinds, pdfplumber wraps them
        cause = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or "password" in repr(cause).lower():
            reason = "the PDF is password-protected; save a copy without a password"
        else:
            reason = f"not a readable PDF (corrupt?): {type(cause).__name__} {cause}".rstrip()
        raise UnreadableFileError(str(path), reason) from err
    rows: list[Row] = []
    with pdf:
        for number, page in enumerate(pages, start=1):
            try:
                rows += _page_rows(path, page, number)
            finally:
                page.close()
    return rows


def _page_rows(path: Path, page: Any, number: int) -> list[Row]:
    chars = [c for c in page.chars if c["text"].strip()]
    if len(chars) < _SCANNED_BELOW and page.images:
        from index.readers.ocr import read_page_image

        image = page.to_image(resolution=200).original
        return read_page_image(path, image, number)
    return [
        Row(tuple(cells), line, page=number) for line, (_, _, cells) in enumerate(_page_items(page), start=1)
    ]


def _page_items(page: Any) -> list[tuple[float, float, list[Cell]]]:
    """The rows of a text page, top to bottom, with where each starts and ends."""
    items: list[tuple[float, float, list[Cell]]] = []
    inside: set[int] = set()
    for table in page.find_tables():
        boxes = [Box(*bbox) for bbox in table.cells]
        members = _place(page.chars, boxes)
        inside |= {id(c) for b in members for c in members[b]}
        for n, box in enumerate(boxes):
            box.text = _cell_text(members.get(n, []))
        items += grid_rows(boxes, _TOLERANCE)
    items += _loose_lines([c for c in page.chars if id(c) not in inside])
    items.sort(key=lambda item: item[0])
    return items


def row_image(path: Path, page_number: int, line: int, resolution: int = 110) -> bytes | None:
    """Return a PNG of the band of a text PDF page that holds the row at line, the row
    highlighted; None for a scanned page or a line the page does not have."""
    import pdfplumber
    from PIL import ImageDraw

    with pdfplumber.open(path) as pdf:
        if not 1 <= page_number <= len(pdf.pages):
            return None
        page = pdf.pages[page_number - 1]
        items = _page_items(page)
        if not page.chars or not 1 <= line <= len(items):
            return None
        top, bottom, _ = items[line - 1]
        scale = resolution / 72
        image = page.to_image(resolution=resolution).original.convert("RGB")
    band = (0, max(0, int((top - 40) * scale)), image.width, min(image.height, int((bottom + 40) * scale)))
    draw = ImageDraw.Draw(image, "RGBA")
    draw.rectangle(
        (2, int(top * scale), image.width - 3, int(bottom * scale)),
        fill=(255, 214, 0, 70),
        outline=(230, 120, 0, 255),
        width=2,
    )
    out = io.BytesIO()
    image.crop(band).save(out, format="PNG")
    return out.getvalue()


def _place(chars: list[dict[str, Any]], boxes: list[Box]) -> dict[int, list[dict[str, Any]]]:
    """Put each character in the box that holds its centre."""
    out: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        for n, box in enumerate(boxes):
            if box.holds(x, y):
                out.setdefault(n, []).append(char)
                break
    return out


def _text(chars: list[dict[str, Any]]) -> str:
    """The text of characters, their own spaces kept, lines separated by newlines."""
    from pdfplumber.utils import extract_text

    return str(extract_text(chars, x_tolerance=6, y_tolerance=3, keep_blank_chars=True))


def _cell_text(chars: list[dict[str, Any]]) -> str:
    return join_lines(_text(chars).split("\n"), guess_spaces=False) if chars else ""


def _loose_lines(chars: list[dict[str, Any]]) -> list[tuple[float, float, list[Cell]]]:
    """Text outside the tables (title, year, notes) as one-cell rows, one per line."""
    from pdfplumber.utils import cluster_objects

    out = []
    for line in cluster_objects(chars, "top", _TOLERANCE):
        text = _text(line).strip()
        if text:
            out.append((min(c["top"] for c in line), max(c["bottom"] for c in line), [Cell(text)]))
    return out
