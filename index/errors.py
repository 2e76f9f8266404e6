"""Errors raised by jixiao, one hierarchy for the whole product.

    JixiaoError                 base; ``str(err)`` is a one-line message fit for a user
    ├── InputError              a file cannot be ingested: names the file and, where known, the line
    │   ├── UnreadableFileError missing path, folder without forms, undecodable bytes, a corrupt
    │   │                       or password-protected workbook, document or PDF, an unreadable scan
    │   └── FormatError         a readable file that holds no form, or a truncated form
    ├── IndexMissingError       a command needs an index that does not exist yet
    ├── ModelError              the embedding model cannot be built or loaded offline
    ├── StoreError              the structured or vector store failed; nothing was changed
    │   └── StoreUnavailableError  PostgreSQL or the Chroma server cannot be reached (or went away
    │                           mid-request): retry once it is back; nothing was changed
    └── AccountError            a user cannot be added, changed or removed as asked

Every message says what went wrong and what to do about it.
"""

from __future__ import annotations


class JixiaoError(Exception):
    """Base class: a failure a user can act on."""


class InputError(JixiaoError):
    """A file cannot be ingested."""

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        sheet: str | None = None,
        page: int | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.sheet = sheet
        self.page = page
        self.reason = message
        super().__init__(f"{locator(path, sheet, page, line)}: {message}")


def locator(form: str, sheet: str | None = None, page: int | None = None, line: int | None = None) -> str:
    """Return where a row is, for messages: ``f.txt:12``, ``f.xlsx:表1!12``, ``f.pdf:p3:12``."""
    where = (
        f"{form}:{sheet}!" if sheet is not None else f"{form}:p{page}:" if page is not None else f"{form}:"
    )
    return f"{where}{line}" if line else where.rstrip(":!")


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


class StoreUnavailableError(StoreError):
    """The database or the vector server cannot be reached; service resumes when it is back."""

    def __init__(self, what: str, detail: str) -> None:
        self.what = what
        super().__init__(f"{what} is unavailable ({detail}); retry once it is back")


class AccountError(JixiaoError):
    """A user cannot be added, changed or removed as asked."""
