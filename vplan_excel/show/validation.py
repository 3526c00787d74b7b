"""Show the problems of a follow-up (vplan validate): grouped Swedish text, stable JSON."""

from __future__ import annotations

import json
from itertools import groupby
from typing import Any

from .. import messages, swedish
from ..problems import ERROR, NOTE, WARNING, Problem
from ..reading.folder import MISSING
from ..rollup.follow_up import FollowUp
from .common import period_as_dict, reported_line, summary_line

JSON_FORMAT_VERSION = 1


def _sorted(problems: list[Problem]) -> list[Problem]:
    """Per file in Swedish order; within a file, as found (sheet by sheet, row by row)."""
    return sorted(problems, key=lambda p: swedish.sort_key(p.file))


def as_text(follow_up: FollowUp) -> str:
    lines = []
    for file, problems in groupby(_sorted(follow_up.problems), key=lambda p: p.file):
        lines.append(file)
        lines += [f"  {item.described}" for item in problems]
        lines.append("")
    period = follow_up.period
    lines.append(messages.SUMMARY_PERIOD.format(period=period.name, date=period.end_date.isoformat()))
    lines.append(summary_line(follow_up))
    incomplete = reported_line(follow_up)
    if incomplete:
        lines.append(incomplete)
    if follow_up.errors:
        lines.append(messages.HAS_ERRORS)
    elif not incomplete:
        lines.append(messages.ALL_OK)
    return "\n".join(lines)


def as_json(follow_up: FollowUp) -> str:
    """The documented JSON form of a validation (README: "JSON from vplan validate")."""
    result = follow_up.folder
    per_file: dict[str, dict[str, int]] = {}
    for item in follow_up.problems:
        if item.code == MISSING:  # about a goal×unit, not about the file that carries its usual name
            continue
        counts = per_file.setdefault(item.file, {ERROR: 0, WARNING: 0, NOTE: 0})
        counts[item.severity] += 1
    document: dict[str, Any] = {
        "format": "vplan-validate",
        "version": JSON_FORMAT_VERSION,
        "plan": result.plan.id,
        "period": period_as_dict(result.period),
        "summary": {
            "files_read": result.files_read,
            "errors": follow_up.errors,
            "warnings": follow_up.warnings,
            "notes": sum(p.severity == NOTE for p in follow_up.problems),
            "missing": len(result.missing),
        },
        "submissions": [
            {
                "file": s.path,
                "goal": s.goal_number,
                "unit": s.unit_id,
                "sha256": s.sha256,
                "modified": s.modified.isoformat(timespec="seconds"),
                "key_results": len(s.key_results),
                "activities": len(s.activities),
                "errors": per_file.get(s.path, {}).get(ERROR, 0),
                "warnings": per_file.get(s.path, {}).get(WARNING, 0),
            }
            for s in sorted(result.submissions, key=lambda s: (s.goal_number, swedish.sort_key(s.unit_id)))
        ],
        "missing": [{"goal": goal, "unit": unit} for goal, unit in result.missing],
        "problems": [item.as_dict() for item in _sorted(follow_up.problems)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
