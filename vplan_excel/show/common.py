"""What the outputs of validate and status share: the period in JSON, the counting line."""

from __future__ import annotations

from .. import messages
from ..model import Period
from ..rollup.follow_up import FollowUp


def period_as_dict(period: Period) -> dict[str, str]:
    """A period in the JSON outputs."""
    return {"id": period.id, "name": period.name, "end_date": period.end_date.isoformat()}


def summary_line(follow_up: FollowUp) -> str:
    """'21 arbetsböcker lästa, 0 fel, 2 varningar, 0 saknas.'"""
    return messages.SUMMARY.format(files=follow_up.folder.files_read, errors=follow_up.errors,
                                   warnings=follow_up.warnings, missing=len(follow_up.folder.missing))
