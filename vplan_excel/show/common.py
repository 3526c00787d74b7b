"""What the outputs of validate and status share: the period in JSON, the counting line."""

from __future__ import annotations

from .. import messages, vocab
from ..model import Period
from ..rollup.follow_up import FollowUp


def period_as_dict(period: Period) -> dict[str, str]:
    """A period in the JSON outputs."""
    return {"id": period.id, "name": period.name, "end_date": period.end_date.isoformat()}


def summary_line(follow_up: FollowUp) -> str:
    """'21 arbetsböcker lästa, 0 fel, 1 varning, 0 saknas.'"""
    files = follow_up.folder.files_read
    return messages.SUMMARY.format(files=files, read=messages.WORKBOOKS_READ[files != 1], errors=follow_up.errors,
                                   warnings=messages.counted(follow_up.warnings, messages.WARNINGS),
                                   missing=len(follow_up.folder.missing))


def reported_line(follow_up: FollowUp) -> str | None:
    """'Underlaget är inte komplett: 0 av 65 nyckelresultat rapporterade för Helår.', or None when all are."""
    statuses = [k.status for goal in follow_up.goals for k in goal.key_results]
    reported = sum(status != vocab.NOT_REPORTED for status in statuses)
    if reported == len(statuses):
        return None
    return messages.NOT_COMPLETE.format(reported=reported, total=len(statuses), period=follow_up.period.name)
