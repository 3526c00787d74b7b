"""The submission board: one row per workbook the plan expects, with its state and when it came.

submission_board() is pure; write_board_workbook() writes it as an .xlsx for the
administrator's own tracking.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from .. import messages, vocab
from ..model import Goal, Unit
from ..problems import ERROR, WARNING
from ..reading.folder import MISSING
from ..rollup.follow_up import FollowUp
from ..workbook.board import write_table


@dataclass(frozen=True)
class BoardRow:
    goal: Goal
    unit: Unit
    state: str  # vocab.SUBMISSION_STATES
    errors: int
    warnings: int
    file: str | None  # relative to the folder read; None when missing
    handed_in: dt.datetime | None  # the workbook's own saved time, else the file's
    late: bool | None  # None when missing or the period has no deadline


def submission_board(follow_up: FollowUp) -> list[BoardRow]:
    """Every expected goal×unit in plan order (goals, then their units), with its state."""
    plan, deadline = follow_up.plan, follow_up.period.deadline
    counts: dict[str, list[int]] = {}
    for item in follow_up.problems:
        if item.code != MISSING and item.severity in (ERROR, WARNING):
            counts.setdefault(item.file, [0, 0])[item.severity == WARNING] += 1
    submissions = {(s.goal_number, s.unit_id): s for s in follow_up.folder.submissions}
    rows = []
    for goal in plan.goals:
        for unit in plan.units_of(goal):
            submission = submissions.get((goal.number, unit.id))
            if submission is None:
                rows.append(BoardRow(goal, unit, vocab.MISSING, 0, 0, None, None, None))
                continue
            errors, warnings = counts.get(submission.path, [0, 0])
            state = vocab.HAS_ERRORS if errors else vocab.HAS_WARNINGS if warnings else vocab.DONE
            late = submission.handed_in.date() > deadline if deadline else None
            rows.append(BoardRow(goal, unit, state, errors, warnings, submission.path, submission.handed_in, late))
    return rows


def timing(late: bool | None) -> str:
    """'i tid', 'sen' or '' (missing, or no deadline)."""
    return "" if late is None else vocab.LATE if late else vocab.ON_TIME


def write_board_workbook(follow_up: FollowUp, out: str | Path) -> Path:
    """The board as an .xlsx: a row per expected workbook, filters, a frozen header, links to the files."""
    out = Path(out)
    rows, links = [], []
    for row in submission_board(follow_up):
        contact = row.unit.contact
        rows.append([row.unit.name, row.goal.number, row.state, row.errors, row.warnings, row.handed_in,
                     timing(row.late), row.file or "", contact.name if contact else "",
                     contact.email if contact else ""])
        links.append(_relative_link(follow_up.folder.root / row.file, out) if row.file else None)
    return write_table(out, messages.BOARD_SHEET, messages.BOARD_HEADINGS, rows,
                       messages.BOARD_HEADINGS.index("Fil"), links)


def _relative_link(file: Path, board: Path) -> str:
    """The file as seen from the board, so the link survives moving both; absolute across drives."""
    try:
        return Path(os.path.relpath(file.resolve(), board.resolve().parent)).as_posix()
    except ValueError:
        return file.resolve().as_uri()
