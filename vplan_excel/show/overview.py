"""Show a follow-up: a terminal overview of goal statuses, and the documented JSON twin."""

from __future__ import annotations

import json

import click

from .. import messages, vocab
from ..rollup.follow_up import FollowUp, GoalStatus, Summary, goal_groups
from ..rollup.rows import key_result_rows
from .common import period_as_dict, summary_line

JSON_FORMAT_VERSION = 1
COLOURS = {vocab.GREEN: "green", vocab.YELLOW: "yellow", vocab.RED: "red"}


def _styled(status: str) -> str:
    """'● Uppfyllt' in the status colour; the word and symbol carry it without colour too."""
    colour = COLOURS.get(vocab.GOAL_COLOURS.get(status, status))
    text = f"{vocab.SYMBOLS[status]} {status}"
    return click.style(text, fg=colour, bold=True) if colour else text


def _trend(trend: str | None) -> str:
    return f" {vocab.TREND_SYMBOLS[trend]} {trend}" if trend else ""


def _summary_line(summary: Summary) -> str:
    parts = [messages.goals_counted(summary.counts[s], s) for s in vocab.GOAL_STATUSES]
    return f"  {summary.name}: " + ", ".join(parts)


def as_text(follow_up: FollowUp, show_key_results: bool = False) -> str:
    period = follow_up.period
    lines = [messages.STATUS_HEADER.format(plan=follow_up.plan.name, period=period.name,
                                           date=period.end_date.isoformat()), ""]
    for department, goals in goal_groups(follow_up.plan, follow_up.goals):
        if goals:
            lines.append(click.style(department.name if department else messages.AREA_WIDE_GROUP, bold=True))
        for goal in goals:
            lines += _goal_lines(follow_up, goal, show_key_results)
    lines.append(click.style(messages.STATUS_SUMMARY, bold=True))
    lines += [_summary_line(s) for s in follow_up.summaries]
    lines.append("")
    lines.append(summary_line(follow_up))
    if follow_up.errors:
        lines.append(messages.STATUS_HAS_ERRORS)
    return "\n".join(lines)


def _goal_lines(follow_up: FollowUp, goal: GoalStatus, show_key_results: bool) -> list[str]:
    completeness = messages.GOAL_COMPLETENESS.format(reported=goal.reported, total=goal.total)
    lines = [
        "  " + messages.GOAL_HEADING.format(number=goal.goal.number, title=goal.goal.title),
        f"    {_styled(goal.status)}{_trend(goal.trend)} · regel: {goal.goal.rule} · {completeness}",
        f"    {goal.reason}",
    ]
    if show_key_results:
        for item in goal.key_results:
            unit = follow_up.plan.unit(item.unit_id)
            lines.append(f"      {item.key_result.id} {unit.name if unit else item.unit_id}: {item.key_result.title}")
            lines.append(f"        {_styled(item.status)}{_trend(item.trend)} · {item.decided.reason}")
    lines.append("")
    return lines


def as_json(follow_up: FollowUp) -> str:
    """The documented JSON form of a follow-up (README: "JSON från vplan status")."""

    rows = key_result_rows(follow_up)
    previous_counts = {s.name: s.counts for s in follow_up.previous_summaries}
    document = {
        "format": "vplan-status",
        "version": JSON_FORMAT_VERSION,
        "plan": follow_up.plan.id,
        "period": period_as_dict(follow_up.period),
        "previous_period": period_as_dict(follow_up.previous_period) if follow_up.previous_period else None,
        "summary": {
            "files_read": follow_up.folder.files_read,
            "errors": follow_up.errors,
            "warnings": follow_up.warnings,
            "missing": len(follow_up.folder.missing),
        },
        "summaries": [
            {
                "name": s.name,
                "counts": s.counts,
                "shares": {status: round(s.share(status), 4) for status in vocab.GOAL_STATUSES},
                "previous_counts": previous_counts.get(s.name),
            }
            for s in follow_up.summaries
        ],
        "goals": [
            {
                "number": g.goal.number,
                "title": g.goal.title,
                "department": g.goal.department_id,
                "rule": g.goal.rule,
                "status": g.status,
                "symbol": vocab.SYMBOLS[g.status],
                "reason": g.reason,
                "suggestion": g.suggestion,
                "reported": g.reported,
                "total": g.total,
                "complete": g.complete,
                "missing_units": list(g.missing_units),
                "previous_status": g.previous_status,
                "trend": g.trend,
                "key_results": [row for row in rows if row["goal"] == g.goal.number],
            }
            for g in follow_up.goals
        ],
        "legend": follow_up.legend,
        "problems": [p.as_dict() for p in follow_up.problems],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
