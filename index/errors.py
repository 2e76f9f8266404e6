"""Errors raised by jixiao, one hierarchy for the whole product.

    JixiaoError                 base; ``str(err)`` is a one-line message fit for a user
    ├── InputError              a file cannot be ingested: names the file and, where known, the line
    │   ├── UnreadableFileError missing path, directory without forms, binary or undecodable bytes
    │   └── FormatError         decodable text that holds no form, or a truncated form
    ├── IndexMissingError       a command needs an index that does not exist yet
    ├── ModelError              the embedding model cannot be built or loaded offline
    └── StoreError              the structured or vector store failed; nothing was changed

Every message says what went wrong and what to do about it.
"""

from __future__ import annotations


class JixiaoError(Exception):
    """Base class: a failure a user can act on."""


class InputError(JixiaoError):
    """A file cannot be ingested."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class UnreadableFileError(InputError):
    """The bytes of a file cannot be read as text."""


class FormatError(InputError):
    """The text of a file holds no complete form."""


class IndexMissingError(JixiaoError):
    """No index exists at the configured location."""


class ModelError(JixiaoError):
    """The embedding model cannot be prepared."""


class StoreError(JixiaoError):
    """A store operation failed and was rolled back."""
