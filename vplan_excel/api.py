"""Everything the command line does, as calls: load a follow-up, write its report.

The CLI is a thin layer over these functions, so a script can run a whole follow-up.
"""

from __future__ import annotations

from pathlib import Path

from . import messages, swedish
from .model import Plan, ReportInfo
from .plan import load_plan
from .problems import VplanError
from .reading.folder import Track, default_period, find_plan, read_folder
from .reading.texts import read_analyses
from .rollup.follow_up import FollowUp, roll_up


def load(
    folder: str | Path, plan: str | Path | Plan | None = None, period: str | None = None, track: Track | None = None,
    texts: str | Path | None = None,
) -> FollowUp:
    """Read, check and roll up a folder of workbooks: the whole pipeline in one call.

    plan is a Plan, a path to plan.toml, or None to find plan.toml beside the folder;
    texts is the folder of the administrator's analysis texts (README: Analystexter),
    by default the plan file's folder;
    period is a period id or name, or None for the latest period that has ended; track
    wraps the list of files while they are read (a progress bar).
    """
    folder = Path(folder)
    if not isinstance(plan, Plan):
        plan_path = Path(plan or find_plan(folder))
        texts = texts or plan_path.parent
        plan = load_plan(plan_path)
    chosen = plan.period(period) if period else default_period(plan)
    if chosen is None:
        allowed = ", ".join(f"{p.id} ({p.name})" for p in plan.periods)
        raise VplanError(messages.UNKNOWN_PERIOD.format(period=period, allowed=allowed))
    follow_up = roll_up(read_folder(folder, plan, chosen, track))
    if texts:
        follow_up.analyses = read_analyses(Path(texts), plan, chosen)
    return follow_up


def too_incomplete(follow_up: FollowUp) -> str | None:
    """Why the period's material is too incomplete for a report (below min_rapporterade), or None."""
    reported, total = follow_up.key_results_reported
    minimum = follow_up.plan.thresholds.min_reported
    if total and reported / total >= minimum:
        return None
    return messages.REPORT_TOO_INCOMPLETE.format(reported=reported, total=total, period=follow_up.period.name,
                                                 minimum=swedish.percent(minimum))


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
    draft: bool = False,
    info: ReportInfo | None = None,
) -> list[Path]:
    """Write the Word report (and its PDF and JSON twin beside it); return the files written.

    A follow-up with errors (fel) gets no report unless allow_errors, and then the
    workbooks with reading errors are left out and shown as Ej rapporterad. pdf_timeout
    (seconds) bounds LibreOffice; by default it grows with the report's size. A follow-up
    with fewer key results reported than the plan's min_rapporterade gets no report unless
    draft (then UTKAST stands in it). info overrides the plan's [rapport] header.
    """
    from .report.docx import render_docx, write_text
    from .report.pdf import convert_to_pdf
    from .show.overview import as_json

    if follow_up.errors:
        if not allow_errors:
            raise VplanError(messages.REPORT_NOT_WRITTEN)
        follow_up = follow_up.without_erroneous_parts()
    if not draft and (reason := too_incomplete(follow_up)):
        raise VplanError(reason)
    out = Path(out) if out else report_name(follow_up)
    written = [render_docx(follow_up, out, Path(template) if template else None, info, draft)]
    if json:
        written.append(write_text(as_json(follow_up), out.with_suffix(".json")))
    if pdf:
        try:
            written.append(convert_to_pdf(out, pdf_timeout))
        except VplanError as error:  # say that the Word report (and JSON) are there all the same
            shown = messages.ALREADY_WRITTEN.format(paths=", ".join(str(path) for path in written))
            raise VplanError(f"{error.message} {shown}", error.problems, error.detail) from None
    return written
