"""Reading, parsing, checking, chunking, embedding and storing 绩效自评表 forms.

Public entry points: ``ingest``, ``check_paths``, ``load_projects`` (project forms),
``load_records`` (department-level forms too), ``export_projects``, ``row_image`` (a cited PDF
row as a picture); ``FORM_SUFFIXES`` lists the file types the readers take.
This package never imports ``bot`` or ``ui``.
"""

from index.export import export_projects
from index.ingest import (
    check_paths,
    form_files,
    index_exists,
    ingest,
    load_projects,
    load_records,
    parse_file,
)
from index.readers import FORM_SUFFIXES
from index.readers.pdf import row_image
from index.settings import SAMPLE_DIR, Settings

__all__ = [
    "FORM_SUFFIXES",
    "SAMPLE_DIR",
    "Settings",
    "check_paths",
    "export_projects",
    "form_files",
    "index_exists",
    "ingest",
    "load_projects",
    "load_records",
    "parse_file",
    "row_image",
]
