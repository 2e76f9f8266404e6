"""Readers: one per file format, each turning a file's bytes into rows of cells with a locator.

A reader is a ``Reader``, ``(path, data) -> list[Row]``, registered for its suffixes in
``READERS``; the parser consumes the rows and never learns which format they came from.
Adding a format is one module with one reader, one line in ``READERS``, and its tests.

Invariants:
- a reader never invents a value: a cell it cannot read is empty and carries a ``Note``;
- a merged range gives its value to every cell it covers, each marked ``merged``;
- a file a reader cannot open raises ``UnreadableFileError`` naming the file (and the sheet
  or page), and a readable file without any table raises ``FormatError``;
- heavy libraries (openpyxl, python-docx, pdfplumber, OpenCV, the OCR engine) are imported
  only when a file of their format is read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from index.errors import UnreadableFileError
from index.readers.excel import read_xls, read_xlsx
from index.readers.ocr import read_image
from index.readers.pdf import read_pdf
from index.readers.text import read_text_file
from index.readers.word import read_docx
from index.types import Row


class Reader(Protocol):
    """Turn the bytes of the file at path into rows of cells with their locators."""

    def __call__(self, path: Path, data: bytes) -> list[Row]: ...


READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".tsv": read_text_file,
    ".md": read_text_file,
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
    ".xls": read_xls,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".png": read_image,
    ".jpg": read_image,
    ".jpeg": read_image,
}
FORM_SUFFIXES = frozenset(READERS)


def reader_for(path: Path) -> Reader:
    """Return the reader registered for the file's suffix."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = " ".join(sorted(FORM_SUFFIXES))
        raise UnreadableFileError(str(path), f"unknown file type '{path.suffix}'; jixiao reads {known}")
    return reader


def read_rows(path: Path) -> tuple[list[Row], str]:
    """Return the rows of a form file and the SHA-256 of its bytes."""
    reader = reader_for(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableFileError(str(path), f"cannot read: {err.strerror or err}") from err
    if not data.strip():
        raise UnreadableFileError(str(path), "the file is empty; export the form again and retry")
    return reader(path, data), hashlib.sha256(data).hexdigest()


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the form files named by paths (files as given, folders searched recursively)."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in FORM_SUFFIXES and p.is_file() and not p.name.startswith(("~$", "."))
            )
            if not found:
                known = " ".join(sorted(FORM_SUFFIXES))
                raise UnreadableFileError(str(path), f"folder holds no form files ({known})")
            yield from found
        elif path.exists():
            yield path
        else:
            raise UnreadableFileError(str(path), "no such file or folder")
