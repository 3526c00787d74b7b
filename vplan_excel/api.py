"""Everything the command line does, as calls: load a follow-up, write its report, the feedback.

The CLI is a thin layer over these functions, so a script can run a whole follow-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import messages
from .model import Plan
from .plan import load_plan
from .problems import VplanError
from .reading.folder import Track, default_period, find_plan, read_folder
from .rollup.follow_up import FollowUp, roll_up

if TYPE_CHECKING:
    from .round.feedback import FeedbackResult


def load(
    folder: str | Path, plan: str | Path | Plan | None = None, period: str | None = None, track: Track | None = None
) -> FollowUp:
    """Read, check and roll up a folder of workbooks: the whole pipeline in one call.

    plan is a Plan, a path to plan.toml, or None to find plan.toml beside the folder;
    period is a period id or name, or None for the latest period that has ended; track
    wraps the list of files while they are read (a progress bar).
    """
    folder = Path(folder)
    if not isinstance(plan, Plan):
        plan = load_plan(plan or find_plan(folder))
    chosen = plan.period(period) if period else default_period(plan)
    if chosen is None:
        allowed = ", ".join(f"{p.id} ({p.name})" for p in plan.periods)
        raise VplanError(messages.UNKNOWN_PERIOD.format(period=period, allowed=allowed))
    return roll_up(read_folder(folder, plan, chosen, track))


def report_name(follow_up: FollowUp) -> Path:
    """The report's default file name: rapport-PLAN-PERIOD.docx."""
    return Path(f"rapport-{follow_up.plan.id}-{follow_up.period.id}.docx")


def write_report(
    follow_up: FollowUp,
    out: str | Path | None = None,
    *,
    template: str | Path | None = None,
    pdf: bool = False,
    json: bool = False,
    pdf_timeout: float | None = None,
    allow_errors: bool = False,
) -> list[Path]:
    """Write the Word report (and its PDF and JSON twin beside it); return the files written.

    A follow-up with errors (fel) gets no report unless allow_errors, and then the
    workbooks with reading errors are left out and shown as Ej rapporterad. pdf_timeout
    (seconds) bounds LibreOffice; by default it grows with the report's size.
    """
    from .report.docx import render_docx, write_text
    from .report.pdf import convert_to_pdf
    from .show.overview import as_json

    if follow_up.errors:
        if not allow_errors:
            raise VplanError(messages.REPORT_NOT_WRITTEN)
        follow_up = follow_up.without_erroneous_parts()
    out = Path(out) if out else report_name(follow_up)
    written = [render_docx(follow_up, out, Path(template) if template else None)]
    if json:
        written.append(write_text(as_json(follow_up), out.with_suffix(".json")))
    if pdf:
        try:
            written.append(convert_to_pdf(out, pdf_timeout))
        except VplanError as error:  # say that the Word report (and JSON) are there all the same
            shown = messages.ALREADY_WRITTEN.format(paths=", ".join(str(path) for path in written))
            raise VplanError(f"{error.message} {shown}", error.problems, error.detail) from None
    return written


def write_feedback(follow_up: FollowUp, out: str | Path, *, everyone: bool = False,
                   overwrite: bool = False) -> FeedbackResult:
    """vplan feedback as a call: per unit with something to fix or hand in, marked copies of its
    workbooks, blank workbooks for the missing ones and an e-mail draft (.eml) with them attached,
    in the folder out; with everyone, a receipt for every other unit. Returns what was written.
    """
    from .round.feedback import write_feedback as write

    return write(follow_up, out, everyone=everyone, overwrite=overwrite)


def write_submission_board(follow_up: FollowUp, out: str | Path) -> Path:
    """vplan submissions --xlsx as a call: the submission board as an .xlsx at out."""
    from .round.board import write_board_workbook

    return write_board_workbook(follow_up, out)
