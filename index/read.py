"""Decoding text exports of forms, with the encoding detected.

Invariant: bytes that are not text (NUL bytes, or neither UTF-8 nor GB18030) raise
UnreadableFileError naming the file; nothing is guessed. Files of other formats go through
``index.readers``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from index.errors import UnreadableFileError


def decode_bytes(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or GB18030; refuse binary data."""
    if not data.strip():
        raise UnreadableFileError(path, "the file is empty; export the form as text and try again")
    if b"\x00" in data[:4096]:
        raise UnreadableFileError(path, "binary file, not a text export of a form")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as err:
            last = err
    line = data[: last.start].count(b"\n") + 1
    raise UnreadableFileError(path, "bytes are neither UTF-8 nor GB18030", line)


def read_form_file(path: Path) -> tuple[str, str]:
    """Return the decoded text of a text file and the SHA-256 of its bytes."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableFileError(str(path), f"cannot read: {err.strerror or err}") from err
    return decode_bytes(data, str(path)), hashlib.sha256(data).hexdigest()
