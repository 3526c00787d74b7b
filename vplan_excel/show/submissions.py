"""What vplan submissions prints: a goal × unit matrix for the terminal, and the documented JSON."""

from __future__ import annotations

import json
from typing import Any

import click

from .. import messages, vocab
from ..rollup.follow_up import FollowUp
from ..round.board import BoardRow, submission_board, timing
from .common import period_as_dict

JSON_FORMAT_VERSION = 1
COLOURS = {vocab.DONE: "green", vocab.HAS_WARNINGS: "yellow", vocab.HAS_ERRORS: "red", vocab.MISSING: "magenta"}
TIME = "%Y-%m-%d %H:%M"
SHORTEST = max(len(f"{vocab.STATE_SYMBOLS[s]} {s}") for s in vocab.SUBMISSION_STATES)


def _row(first: str, cells: list[tuple[str | None, int]]) -> str:
    """A matrix row: each state as '✗ fel' in its colour (symbol and word carry it without), padded
    to its column; an empty cell (None) is blank, and nothing trails the last state."""
    while cells and cells[-1][0] is None:
        cells = cells[:-1]
    parts = [first]
    for index, (state, width) in enumerate(cells):
        text = f"{vocab.STATE_SYMBOLS[state]} {state}" if state else ""
        padding = "" if index == len(cells) - 1 else " " * (width - len(text))
        parts.append((click.style(text, fg=COLOURS[state]) if state else "") + padding)
    return "".join(parts).rstrip()


def as_text(follow_up: FollowUp) -> str:
    rows = submission_board(follow_up)
    period, plan = follow_up.period, follow_up.plan
    header = (messages.BOARD_HEADER.format(period=period.name, deadline=period.deadline.isoformat())
              if period.deadline else messages.BOARD_HEADER_NO_DEADLINE.format(period=period.name))
    units = [u for u in plan.units if any(r.unit.id == u.id for r in rows)]
    widths = {u.id: max(len(u.short), SHORTEST) + 2 for u in units}
    goal_width = len(messages.BOARD_GOAL) + 2
    lines = [click.style(header, bold=True), "",
             messages.BOARD_GOAL.ljust(goal_width) + "".join(u.short.ljust(widths[u.id]) for u in units).rstrip()]
    by_cell = {(r.goal.number, r.unit.id): r for r in rows}
    for goal in plan.goals:
        lines.append(_row(str(goal.number).ljust(goal_width), [
            (by_cell[goal.number, u.id].state if (goal.number, u.id) in by_cell else None, widths[u.id])
            for u in units]))
    to_follow = [r for r in rows if r.state != vocab.DONE]
    if to_follow:
        lines += ["", messages.BOARD_FOLLOW_UP] + [f"  {_detail(r)}" for r in to_follow]
    count = {state: sum(r.state == state for r in rows) for state in vocab.SUBMISSION_STATES}
    late = sum(bool(r.late) for r in rows)
    lines += ["", messages.BOARD_SUMMARY.format(
        expected=len(rows), done=count[vocab.DONE], warnings=count[vocab.HAS_WARNINGS],
        errors=count[vocab.HAS_ERRORS], missing=count[vocab.MISSING],
        late=messages.BOARD_LATE.format(count=late) if late else "")]
    return "\n".join(lines)


def _detail(row: BoardRow) -> str:
    counts = (messages.BOARD_COUNTS.format(errors=row.errors, warnings=messages.counted(row.warnings,
                                                                                          messages.BOARD_WARNINGS))
              if row.errors or row.warnings else "")
    handed_in = (messages.BOARD_HANDED_IN.format(time=row.handed_in.strftime(TIME), timing=timing(row.late))
                 if row.handed_in else "")
    handed_in = handed_in.replace(" ()", "")  # no deadline: no timing
    contact = f"; {row.unit.contact.shown}" if row.unit.contact else ""
    return messages.BOARD_DETAIL.format(goal=row.goal.number, unit=row.unit.name, state=row.state, counts=counts,
                                        file=f", {row.file}" if row.file else "", handed_in=handed_in,
                                        contact=contact)


def as_json(follow_up: FollowUp) -> str:
    """The documented JSON form of the board (README: "JSON from vplan submissions")."""
    rows = submission_board(follow_up)
    period = follow_up.period
    document: dict[str, Any] = {
        "format": "vplan-submissions",
        "version": JSON_FORMAT_VERSION,
        "plan": follow_up.plan.id,
        "period": {**period_as_dict(period), "deadline": period.deadline.isoformat() if period.deadline else None},
        "summary": {"expected": len(rows), **{state: sum(r.state == state for r in rows)
                                              for state in vocab.SUBMISSION_STATES},
                    "late": sum(bool(r.late) for r in rows)},
        "submissions": [
            {
                "goal": r.goal.number,
                "unit": r.unit.id,
                "unit_name": r.unit.name,
                "state": r.state,
                "errors": r.errors,
                "warnings": r.warnings,
                "file": r.file,
                "handed_in": r.handed_in.isoformat(timespec="seconds") if r.handed_in else None,
                "late": r.late,
                "contact": {"name": r.unit.contact.name, "email": r.unit.contact.email} if r.unit.contact else None,
            }
            for r in rows
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
