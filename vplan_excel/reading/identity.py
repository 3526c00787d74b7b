"""Which goal and unit a workbook is for: its very hidden Identitet sheet, checked against the plan.

The identity decides, never the file name: units rename and move files freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import vocab
from ..model import Plan
from ..problems import Problem, problem
from ..text import key_text
from .cells import parse_number


@dataclass(frozen=True)
class Identity:
    goal_number: int
    unit_id: str
    template_version: int


def read_identity(rows: list[list[Any]] | None, plan: Plan, file: str) -> Identity | Problem:
    """The identity in the sheet's rows (None: no such sheet), or the problem that makes it
    unusable: missing, another plan or template version, or a goal or unit the plan does not
    expect from this workbook."""
    if rows is None:
        return problem("identitet-saknas", file)
    values = {key_text(row[0]): row[1] for row in rows if len(row) >= 2}
    plan_id = key_text(values.get(vocab.ID_PLAN))
    goal = parse_number(values.get(vocab.ID_GOAL)).number
    unit_id = key_text(values.get(vocab.ID_UNIT))
    version = parse_number(values.get(vocab.ID_VERSION)).number
    if not plan_id or not unit_id or goal is None or version is None or not (
            goal.is_integer() and version.is_integer()):
        return problem("identitet-saknas", file)
    goal_number, template_version = int(goal), int(version)
    planned_goal, unit = plan.goal(goal_number), plan.unit(unit_id)
    if plan_id != plan.id:
        return problem("identitet-plan", file, found=plan_id, expected=plan.id)
    if template_version not in vocab.READABLE_VERSIONS:
        return problem("identitet-version", file, found=template_version,
                       expected=" eller ".join(str(v) for v in vocab.READABLE_VERSIONS))
    if planned_goal is None:
        return problem("mal-okant", file, goal=goal_number)
    if unit is None:
        return problem("enhet-okand", file, unit=unit_id)
    if unit_id not in planned_goal.unit_ids:
        return problem("enhet-ej-i-mal", file, unit=unit.name, goal=goal_number)
    return Identity(goal_number, unit_id, template_version)
