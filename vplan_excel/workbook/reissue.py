"""Send a workbook out again: written fresh from what the unit handed in, never re-sent as saved.

A workbook saved by LibreOffice or Gnumeric has lost its protection, its very hidden identity
and its print set-up; one from an older template has the old layout. Writing it anew from the
model brings all of that back. Within the plan everything is carried (key results, each
period's outcomes, statuses and comments, activities, assessments); into next year's plan only
the key results and activities, optionally with last year's final outcome as the new baseline.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..model import Activity, Goal, KeyResult, Period, Plan, Submission, Unit
from .fill import fill_built
from .write import build_workbook, save_atomically


def write_reissued(plan: Plan, goal: Goal, unit: Unit, period: Period | None, source: Submission | None,
                   path: Path, *, new_year: bool = False, baseline_from_outcome: bool = False) -> Path:
    """Write the workbook for goal and unit to path, pre-filled from source (a blank one without it)."""
    workbook = build_workbook(plan, goal, unit, period)
    if source is not None:
        if new_year:
            fill_built(workbook, path.name, plan, carried_key_results(source, baseline_from_outcome),
                       carried_activities(source), [])
        else:
            fill_built(workbook, path.name, plan, source.key_results, source.activities,
                       [a for a in source.assessments.values() if plan.period(a.period_id)])
    save_atomically(workbook, path)
    return path


def carried_key_results(source: Submission, baseline_from_outcome: bool) -> list[KeyResult]:
    """Last year's key results without their outcomes; with baseline_from_outcome, the latest
    outcome becomes the baseline (where there is one)."""
    carried = []
    for key_result in source.key_results:
        outcomes = [result.outcome for result in key_result.periods.values() if result.outcome is not None]
        baseline = outcomes[-1] if baseline_from_outcome and outcomes else key_result.baseline
        carried.append(replace(key_result, baseline=baseline, periods={}))
    return carried


def carried_activities(source: Submission) -> list[Activity]:
    """Last year's activities without their statuses."""
    return [replace(activity, periods={}) for activity in source.activities]
