"""vplan_excel: goal follow-up from the units' Excel workbooks to the board's report.

The public API mirrors the command line: load a plan, write the unit workbooks, read a
folder of filled-in workbooks with every problem found.
"""

from .folder import FolderResult, default_period, read_folder
from .plan import load_plan
from .problems import Problem, VplanError
from .template import fill_workbook, write_templates

__all__ = [
    "FolderResult",
    "Problem",
    "VplanError",
    "default_period",
    "fill_workbook",
    "load_plan",
    "read_folder",
    "write_templates",
]
