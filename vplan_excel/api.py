"""Everything the command line does, as calls: load a follow-up, write its report, the feedback.

The CLI is a thin layer over these functions, so a script can run a whole follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import messages, swedish
from .model import Period, Plan, ReportInfo
from .plan import load_plan
from .problems import ERROR, Problem, VplanError
from .reading.folder import MISSING, Track, default_period, find_plan, read_folder
from .reading.indicators import read_indicators
from .reading.texts import read_analyses
from .rollup.follow_up import FollowUp, roll_up

if TYPE_CHECKING:
    from .data.archive import ArchiveCheck
    from .data.kolada import Fetched
    from .report.accessibility import Finding
    from .round.feedback import FeedbackResult


def load(
    folder: str | Path, plan: str | Path | Plan | None = None, period: str | None = None, track: Track | None = None,
    texts: str | Path | None = None,
) -> FollowUp:
    """Read, check and roll up a folder of workbooks: the whole pipeline in one call.

    plan is a Plan, a path to plan.toml, or None to find plan.toml beside the folder;
    texts is the folder of the administrator's analysis texts (README: Analystexter) and of
    the Kolada cache (kolada.json, read only: no network), by default the plan file's folder;
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
        follow_up.indicators = read_indicators(Path(texts))
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
    html: bool = False,
    html_template: str | Path | None = None,
    pdf_timeout: float | None = None,
    allow_errors: bool = False,
    draft: bool = False,
    info: ReportInfo | None = None,
) -> list[Path]:
    """Write the Word report (and its PDF, web edition and JSON twin beside it); return the files written.

    A follow-up with errors (fel) gets no report unless allow_errors, and then the
    workbooks with reading errors are left out and shown as Ej rapporterad. pdf_timeout
    (seconds) bounds LibreOffice; by default it grows with the report's size. A follow-up
    with fewer key results reported than the plan's min_rapporterade gets no report unless
    draft (then UTKAST stands in it). info overrides the plan's [rapport] header. html (or an
    html_template) writes the web edition, rapport.html, from the same context.
    """
    from .report.docx import render_docx, write_text
    from .report.html import render_html
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
    if html or html_template:
        written.append(render_html(follow_up, out.with_suffix(".html"), Path(html_template) if html_template else None,
                                   info, draft))
    if json:
        written.append(write_text(as_json(follow_up), out.with_suffix(".json")))
    if pdf:
        try:
            written.append(convert_to_pdf(out, pdf_timeout))
        except VplanError as error:  # say that the Word report (and JSON) are there all the same
            shown = messages.ALREADY_WRITTEN.format(paths=", ".join(str(path) for path in written))
            raise VplanError(f"{error.message} {shown}", error.problems, error.detail) from None
    return written


def check_report(path: str | Path) -> list[Finding]:
    """vplan check-report as a call: the accessibility findings of a report (.pdf, .docx or .html).

    A file that cannot be read (or a PDF without Poppler's pdfinfo) is a VplanError.
    """
    from .report.accessibility import check_report as check

    return check(Path(path))


@dataclass
class Reissued:
    """What write_reissued_templates did: workbooks written pre-filled, written blank, and refused."""

    written: list[Path] = field(default_factory=list)
    blank: list[Path] = field(default_factory=list)  # no workbook handed in for that goal and unit
    refused: list[tuple[Problem, int]] = field(default_factory=list)  # a file's first fel and its number of fel


def write_reissued_templates(
    plan: Plan,
    source: str | Path,
    out: str | Path,
    *,
    period: Period | None = None,
    overwrite: bool = False,
    baseline_from_outcome: bool = False,
) -> Reissued:
    """Write fresh workbooks (for period, if given) pre-filled from the workbooks handed in under source.

    The handed-in workbooks are read against the plan.toml beside source (or plan): when that is
    another plan (next year's), only key results and activities are carried, and with
    baseline_from_outcome last year's latest outcome becomes the baseline. A workbook with a fel
    is not re-issued; a goal and unit without a workbook get a blank one.
    """
    from .workbook.layout import workbook_name
    from .workbook.reissue import write_reissued

    source, out = Path(source), Path(out)
    try:
        source_plan = load_plan(find_plan(source))
    except VplanError:
        if not source.is_dir():
            raise
        source_plan = plan
    new_year = source_plan.id != plan.id
    follow_up = load(source, source_plan, _handed_in_period(source_plan, period, new_year).id)
    errors: dict[str, list[Problem]] = {}
    for item in follow_up.problems:
        if item.severity == ERROR and item.code != MISSING:
            errors.setdefault(item.file, []).append(item)
    by_identity = {(s.goal_number, s.unit_id): s for s in follow_up.folder.submissions}
    targets = [(goal, unit, Path(out) / workbook_name(goal.number, unit.id))
               for goal in plan.goals for unit in plan.units_of(goal)]
    for _, _, path in targets:
        if path.exists() and not overwrite:
            raise VplanError(messages.TEMPLATE_EXISTS.format(path=path))
    result = Reissued()
    for goal, unit, path in targets:
        submission = by_identity.get((goal.number, unit.id))
        if submission is not None and submission.path in errors:
            result.refused.append((errors[submission.path][0], len(errors[submission.path])))
            continue
        write_reissued(plan, goal, unit, period, submission, path, new_year=new_year,
                       baseline_from_outcome=baseline_from_outcome)
        (result.written if submission else result.blank).append(path)
    result.refused += [(found[0], len(found)) for file, found in errors.items()
                       if file not in {s.path for s in by_identity.values()}]
    return result


def _handed_in_period(source_plan: Plan, period: Period | None, new_year: bool) -> Period:
    """The period the handed-in workbooks are checked for: the one before the new follow-up,
    last year's last period, or the latest period that has ended."""
    if new_year:
        return source_plan.periods[-1]
    if period in source_plan.periods and source_plan.periods.index(period) > 0:
        return source_plan.periods[source_plan.periods.index(period) - 1]
    return default_period(source_plan)
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


def write_export(follow_up: FollowUp, out: str | Path, *, csv_format: str = "excel") -> list[Path]:
    """vplan export as a call: key results, activities and goals as an .xlsx with three sheets, or as
    three CSV files (out, out-aktiviteter.csv, out-mal.csv); csv_format "excel" (; and decimal comma,
    UTF-8 with BOM) or "punkt" (, and decimal point). Returns the files written."""
    from .data.export import write_export as write

    return write(follow_up, out, csv_format)


def write_archive(follow_up: FollowUp, plan_path: str | Path, out: str | Path, *,
                  reports: list[Path] | tuple[Path, ...] = ()) -> Path:
    """vplan archive as a call: one zip with the plan, every input file as read, the validation and
    status JSON, the reports and the Kolada cache, and a manifest with their SHA-256."""
    from .data.archive import write_archive as write

    return write(follow_up, plan_path, out, reports)


def check_archive(path: str | Path) -> ArchiveCheck:
    """vplan archive --check as a call: re-read the archived inputs and list every difference."""
    from .data.archive import check_archive as check

    return check(path)


def fetch_indicators(plan: str | Path, *, url: str | None = None, years: str | None = None,
                     timeout: float = 30.0) -> Fetched:
    """vplan kolada as a call: fetch the plan's Kolada KPIs into kolada.json beside the plan file.

    url defaults to $VPLAN_KOLADA_URL, else Kolada's own; years is "2021-2025" (default: the plan's
    year and the four before). Network and API failures raise VplanError and leave the old cache.
    """
    from .data.kolada import base_url, parse_years
    from .data.kolada import fetch_indicators as fetch

    plan_path = Path(plan)
    loaded = load_plan(plan_path)
    return fetch(loaded, plan_path.parent, base_url(url), parse_years(years, loaded), timeout)
