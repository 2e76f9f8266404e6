"""Reading, parsing, checking, chunking, embedding and storing 绩效自评表 forms.

Public entry points: ``ingest``, ``check_paths``, ``load_projects``, ``export_projects``.
This package never imports ``bot`` or ``ui``.
"""

from index.export import export_projects
from index.ingest import check_paths, form_files, index_exists, ingest, load_projects, parse_file
from index.settings import SAMPLE_DIR, Settings

__all__ = [
    "SAMPLE_DIR",
    "Settings",
    "check_paths",
    "export_projects",
    "form_files",
    "index_exists",
    "ingest",
    "load_projects",
    "parse_file",
]
