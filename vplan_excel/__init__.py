"""vplan_excel: goal follow-up from the units' Excel workbooks to the board's report.

The public API mirrors the command line: load a plan, write the unit workbooks, read a
folder of filled-in workbooks with every problem found, and roll the key results up into
goal fulfilment, and write the report: vplan_excel.load(folder, plan, period) and
vplan_excel.write_report(follow_up) do it all.
"""

from .api import load, write_report
from .plan import load_plan
from .problems import Problem, VplanError
from .reading.folder import FolderResult, default_period, read_folder
from .rollup.follow_up import FollowUp, GoalStatus, KeyResultStatus, roll_up
from .workbook.fill import fill_workbook
from .workbook.write import write_templates

__all__ = [
    "FollowUp",
    "FolderResult",
    "GoalStatus",
    "KeyResultStatus",
    "Problem",
    "VplanError",
    "default_period",
    "fill_workbook",
    "load",
    "load_plan",
    "read_folder",
    "roll_up",
    "write_report",
    "write_templates",
]
