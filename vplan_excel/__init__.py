"""vplan_excel: goal follow-up from the units' Excel workbooks to the board's report.

The public API mirrors the command line: load a plan, write the unit workbooks, read a
folder of filled-in workbooks with every problem found, and roll the key results up into
goal fulfilment, and write the report: vplan_excel.load(folder, plan, period) and
vplan_excel.write_report(follow_up) do it all.

The names are imported on first use, so `vplan --help` starts without the whole package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import check_report, load, write_export, write_feedback, write_report
    from .plan import load_plan
    from .problems import Problem, VplanError
    from .reading.folder import FolderResult, default_period, read_folder
    from .rollup.follow_up import FollowUp, GoalStatus, KeyResultStatus, roll_up
    from .workbook.fill import fill_workbook
    from .workbook.write import write_templates

__all__ = [
    "FolderResult",
    "FollowUp",
    "GoalStatus",
    "KeyResultStatus",
    "Problem",
    "VplanError",
    "check_report",
    "default_period",
    "fill_workbook",
    "load",
    "load_plan",
    "read_folder",
    "roll_up",
    "write_export",
    "write_feedback",
    "write_report",
    "write_templates",
]
# Where each public name lives
_HOMES = {
    "load": "api", "write_report": "api", "write_feedback": "api", "write_export": "api",
    "check_report": "api",
    "load_plan": "plan", "Problem": "problems", "VplanError": "problems",
    "FolderResult": "reading.folder", "default_period": "reading.folder", "read_folder": "reading.folder",
    "FollowUp": "rollup.follow_up", "GoalStatus": "rollup.follow_up", "KeyResultStatus": "rollup.follow_up",
    "roll_up": "rollup.follow_up", "fill_workbook": "workbook.fill", "write_templates": "workbook.write",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value  # found directly next time
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
