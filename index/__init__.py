"""Reading, parsing, checking, chunking, embedding and storing 绩效自评表 forms.

Public entry points: ``ingest``, ``check_paths``, ``load_projects`` (project forms),
``load_records`` (department-level forms too), ``load_snapshot``, ``export_projects``,
``check_index`` and ``reconcile``, ``row_image`` (a cited PDF row as a picture) and
``inert_cell`` for spreadsheet output; ``FORM_SUFFIXES`` lists the file types the readers take.
This package never imports ``bot`` or ``ui``.
"""

from index import accounts
from index.export import export_projects
from index.identity import clean_name, free_name
from index.inert import inert_cell, inert_rows
from index.ingest import (
    WRITE_STEPS,
    check_paths,
    form_files,
    index_exists,
    ingest,
    ingest_files,
    load_projects,
    load_records,
    load_snapshot,
    parse_file,
)
from index.readers import FORM_SUFFIXES
from index.readers.pdf import row_image
from index.reconcile import check_index, reconcile
from index.settings import SAMPLE_DIR, Settings
from index.store import read_version
from index.types import FormOutcome, IndexCheck, IngestReport

__all__ = [
    "FORM_SUFFIXES",
    "SAMPLE_DIR",
    "WRITE_STEPS",
    "FormOutcome",
    "IndexCheck",
    "IngestReport",
    "Settings",
    "accounts",
    "check_index",
    "check_paths",
    "clean_name",
    "export_projects",
    "form_files",
    "free_name",
    "index_exists",
    "ingest",
    "ingest_files",
    "inert_cell",
    "inert_rows",
    "load_projects",
    "load_records",
    "load_snapshot",
    "parse_file",
    "read_version",
    "reconcile",
    "row_image",
]
