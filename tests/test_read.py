"""Bad input: each gets one clear error naming the file (and line where it applies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.errors import InputError
from index.ingest import check_paths
from index.read import decode_bytes


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("只是一段文字，没有表格。".encode(), "no 绩效自评表"),
        (b"\xff\xfe\xfa\xfb\x80\x81 broken", "neither UTF-8 nor GB18030"),
    ],
)
def test_bad_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        check_paths([path])
    assert str(err.value).startswith(str(path)) or str(err.value).startswith("bad.txt")


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        check_paths([tmp_path / "nope.txt"])


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no form files \(.*\.txt .*\.xlsx\)"):
        check_paths([tmp_path])


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.mkdir()  # a directory named like a file cannot be read as one
    with pytest.raises(InputError):
        check_paths([path / "x.txt"])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_decodes_known_encodings(encoding: str) -> None:
    assert decode_bytes("项目名称\t政务云".encode(encoding), "f.txt") == "项目名称\t政务云"
