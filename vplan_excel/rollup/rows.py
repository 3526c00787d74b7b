"""Plain rows of a follow-up's key results, with their source cells: for JSON and DataFrames."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import vocab

if TYPE_CHECKING:
    from .follow_up import FollowUp


def key_result_rows(follow_up: FollowUp) -> list[dict[str, Any]]:
    """Plain rows of every key result's status with its source cells (JSON and DataFrame)."""
    rows = []
    for goal in follow_up.goals:
        for item in goal.key_results:
            kr = item.key_result
            result = kr.periods.get(follow_up.period.id)
            rows.append({
                "goal": goal.goal.number, "unit": item.unit_id, "id": kr.id, "title": kr.title,
                "measure": kr.measure, "baseline": kr.baseline, "target": kr.target, "direction": kr.direction,
                "weight": kr.weight, "outcome": result.outcome if result else None,
                "unit_status": result.status if result else None, "computed_status": item.decided.computed,
                "status": item.status, "calculated": item.decided.calculated, "reason": item.decided.reason,
                "comment": result.comment if result else "",
                "previous_status": item.previous.status if item.previous else None, "trend": item.trend,
                "file": item.file, "sheet": vocab.SHEET_KEY_RESULTS,
                "outcome_cell": result.outcome_source.cell if result and result.outcome_source else None,
                "status_cell": result.status_source.cell if result and result.status_source else None,
            })
    return rows
