"""pandas DataFrames of a follow-up, for analysts who continue in a notebook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rows import key_result_rows

if TYPE_CHECKING:
    import pandas

    from .follow_up import FollowUp


def key_results_frame(follow_up: FollowUp) -> pandas.DataFrame:
    """One row per key result and unit: values, statuses, reasons, trend and source cells."""
    import pandas

    return pandas.DataFrame(key_result_rows(follow_up))


def activities_frame(follow_up: FollowUp) -> pandas.DataFrame:
    """One row per activity and unit with its status and comment in the period."""
    import pandas

    period = follow_up.period.id
    rows = [
        {
            "goal": s.goal_number, "unit": s.unit_id, "id": a.id, "title": a.title,
            "key_result": a.key_result_id, "responsible": a.responsible, "start": a.start, "due": a.due,
            "status": a.periods[period].status if period in a.periods else None,
            "comment": a.periods[period].comment if period in a.periods else "",
            "file": s.path,
        }
        for s in sorted(follow_up.folder.submissions, key=lambda s: (s.goal_number, s.unit_id))
        for a in s.activities
    ]
    return pandas.DataFrame(rows, columns=["goal", "unit", "id", "title", "key_result", "responsible", "start",
                                           "due", "status", "comment", "file"])
