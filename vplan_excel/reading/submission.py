"""Read goal workbooks into Submissions, collecting every problem on the way.

The only module that opens an input workbook. Files are read once into memory, checked by
container.inspect, and parsed with python-calamine; the file on disk is never written.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import messages, swedish, vocab
from ..model import Period, Plan, Submission
from ..problems import Problem, problem
from ..workbook import layout
from ..workbook.layout import SHEET_HEADINGS, cell_name, column_map, find_heading_row
from . import container
from .completeness import check_submission
from .findings import Findings
from .identity import Identity, read_identity
from .sheets import read_activities, read_assessments, read_key_results
from .table import Table, locate_table

SHEETS_READ = (vocab.SHEET_IDENTITY, *SHEET_HEADINGS)
SHEETS_IGNORED = (vocab.SHEET_INSTRUCTIONS, vocab.SHEET_TO_FIX)  # ours, not data: never looked at
BATCH_BYTES = 1024 * 1024  # files held between their check and their parsing (a usual workbook has 30 kB)
Read = tuple[Submission | None, list[Problem]]  # the submission (None when the file cannot be trusted), its problems


def read_workbook(path: Path, name: str, plan: Plan, period: Period | None = None) -> Read:
    """Read the workbook at path (shown to users as name) against the plan.

    Returns the submission, or None when the file cannot be trusted at all, and the
    problems found; with a period, also the completeness checks for that period. Never
    raises for anything wrong with the file: one bad file must not stop the others.
    """
    return read_workbooks([(path, name)], plan, period)[0]


def read_workbooks(workbooks: Sequence[tuple[Path, str]], plan: Plan, period: Period | None = None) -> list[Read]:
    """read_workbook for each (path, name), in order, in two passes over a few workbooks at a
    time: each is loaded and checked, then each is parsed and read into the model. The same
    code running over many workbooks in a row keeps the processor's caches warm (about 10 %
    faster than one workbook at a time); what each workbook yields is the same."""
    reads: list[Read] = []
    batch: list[_Workbook] = []
    held = 0
    for path, name in workbooks:
        book = _Workbook(path, name)
        _load(book)
        if book.read is None:
            _check(book)
        batch.append(book)
        held += len(book.data)
        if held >= BATCH_BYTES:
            reads += _parsed(batch, plan, period)
            batch, held = [], 0
    return reads + _parsed(batch, plan, period)


def _parsed(batch: list[_Workbook], plan: Plan, period: Period | None) -> list[Read]:
    for book in batch:
        if book.read is None:
            _parse(book)
        if book.read is None:
            _model(book, plan, period)
        book.data, book.sheets = b"", {}  # only one workbook's cells are held at a time
    return [book.read for book in batch]  # type: ignore[misc]  # each stage passes on or sets read


@dataclass(slots=True)
class _Workbook:
    """A workbook on its way through the stages; read is set when it is done (or refused)."""

    path: Path
    name: str
    read: Read | None = None
    data: bytes = b""
    modified: dt.datetime | None = None
    checked: container.CheckedWorkbook | None = None
    order: list[str] = field(default_factory=list)
    sheets: dict[str, _Sheet] = field(default_factory=dict)


def _load(book: _Workbook) -> None:
    """The file's bytes, read once; the file on disk is never written."""
    try:
        stat = book.path.stat()
        if stat.st_size > container.MAX_FILE_BYTES:
            book.read = None, [problem("fil-for-stor", book.name, detail=f"{stat.st_size // (1024 * 1024)} MB")]
            return
        book.data = book.path.read_bytes()
        book.modified = dt.datetime.fromtimestamp(stat.st_mtime)
    except OSError as error:
        denied = error.errno in (errno.EACCES, errno.EPERM)
        book.read = None, [problem("fil-olasbar", book.name,
                                   detail=messages.DETAIL_NO_ACCESS if denied else messages.DETAIL_READ_ERROR)]


def _check(book: _Workbook) -> None:
    """The safety checks and what calamine cannot tell (container.inspect)."""
    try:
        book.checked = container.inspect(book.data, SHEETS_READ, SHEETS_IGNORED)
    except container.Refused as refused:
        params: dict[str, Any] = dict(refused.params)
        if "row" in params:
            params["row"] = swedish.number(int(params["row"]))
        book.read = None, [problem(refused.code, book.name, sheet=refused.sheet, cell=refused.cell, **params)]


def _parse(book: _Workbook) -> None:
    """The sheets' values, parsed by calamine."""
    assert book.checked is not None
    try:
        book.order, book.sheets = _sheets(book.data, {*SHEETS_READ, *book.checked.safe_others})
    except Exception:  # noqa: BLE001 - whatever calamine raises, it is this file that is broken
        book.read = None, [problem("fil-skadad", book.name, detail=messages.DETAIL_UNREADABLE)]


def _model(book: _Workbook, plan: Plan, period: Period | None) -> None:
    """The sheets read into a Submission, with every problem found on the way."""
    assert book.checked is not None and book.modified is not None
    findings = Findings(book.name)
    try:
        identity_sheet = book.sheets.get(vocab.SHEET_IDENTITY)
        identity = read_identity(identity_sheet.rows if identity_sheet else None, plan, book.name)
        if isinstance(identity, Problem):
            book.read = None, [identity]
            return
        submission = _read(identity, book.order, book.sheets, book.checked, plan, findings, book.modified,
                           hashlib.sha256(book.data).hexdigest())
        if period is not None:
            findings.problems += check_submission(submission, plan, period, findings.reported_cells())
    except Exception as error:  # noqa: BLE001 - a bug in vplan: report it for this file, read the others
        book.read = None, [problem("internt-fel", book.name, detail=type(error).__name__)]
        return
    book.read = submission, findings.problems


def _read(identity: Identity, order: list[str], sheets: dict[str, _Sheet], checked: container.CheckedWorkbook,
          plan: Plan, findings: Findings, modified: dt.datetime, sha256: str) -> Submission:
    """The workbook's sheets into a Submission; every problem goes to findings, sheet by sheet."""
    for sheet_name, facts in checked.sheets.items():
        for reference in facts.uncached_formulas:
            findings.explain("formel-utan-varde", sheet_name, reference, [reference])
        for reference, value in facts.error_values.items():
            findings.explain("cell-felvarde", sheet_name, reference, [reference], value=value)
    for link in checked.external_links:
        findings.report("extern-lank", detail=link.rsplit("/", 1)[-1])
    submission = Submission(
        path=findings.file, goal_number=identity.goal_number, unit_id=identity.unit_id,
        template_version=identity.template_version, modified=modified, sha256=sha256, saved=checked.saved,
    )
    renamed = _report_other_sheets(order, sheets, plan, findings)
    heading_rows = {name: find_heading_row(sheets[name].rows, name) for name in SHEET_HEADINGS if name in sheets}
    for sheet_name in SHEET_HEADINGS:
        if sheet_name not in sheets:
            found = renamed.get(sheet_name)
            findings.report("blad-saknas", sheet_name, name=sheet_name,
                            renamed=messages.RENAMED_SHEET.format(found=found) if found else "")
        else:
            _report_merged(sheet_name, sheets[sheet_name], heading_rows[sheet_name], findings)

    def table(sheet_name: str) -> Table | None:
        sheet, facts = sheets.get(sheet_name), checked.sheets.get(sheet_name)
        if sheet is None:
            return None
        return locate_table(sheet_name, sheet.rows, heading_rows[sheet_name], plan, findings,
                            facts.percent_cells if facts else set())

    if (key_results := table(vocab.SHEET_KEY_RESULTS)) is not None:
        submission.key_results = read_key_results(key_results, plan)
    if (activities := table(vocab.SHEET_ACTIVITIES)) is not None:
        submission.activities = read_activities(activities, plan, submission.key_results)
    if (assessments := table(vocab.SHEET_ASSESSMENT)) is not None:
        submission.assessments = read_assessments(assessments, plan)
    return submission


def _report_other_sheets(order: list[str], sheets: dict[str, _Sheet], plan: Plan,
                         findings: Findings) -> dict[str, str]:
    """A sheet vplan does not read is a varning; one with the heading row of a vplan sheet is a copy
    (its numbers are not used) or, when that sheet is missing, that sheet renamed.
    Returns the missing sheets by the name they probably have now."""
    renamed: dict[str, str] = {}
    for name in order:
        if name in SHEETS_READ or name in SHEETS_IGNORED:
            continue
        original = _looks_like(sheets[name].rows, plan) if name in sheets else None
        if original is not None and original not in sheets and original not in renamed:
            renamed[original] = name
        elif original is not None:
            findings.report("blad-kopia", name, original=original)
        else:
            findings.report("blad-olast", name)
    return renamed


def _looks_like(rows: list[list[Any]], plan: Plan) -> str | None:
    """The vplan sheet whose headings this sheet's heading row carries most of, if any."""
    best, best_count = None, 0
    for sheet_name, headings in SHEET_HEADINGS.items():
        index = find_heading_row(rows, sheet_name)
        if index is None:
            continue
        columns = column_map(rows[index])[0]
        count = sum(layout.normalise_heading(h) in columns for h in headings(plan))
        if count > best_count:
            best, best_count = sheet_name, count
    return best


def _report_merged(sheet_name: str, sheet: _Sheet, heading_index: int | None, findings: Findings) -> None:
    """Merged cells in the table hide values: say so once, and not again per hidden cell."""
    below_info = [m for m in sheet.merged if m[1][0] >= layout.INFO_ROWS]  # the template merges rows 1-4
    if not below_info:
        return
    first_table_row = heading_index if heading_index is not None else layout.HEADING_ROW - 1
    for (top, left), (bottom, right) in below_info:
        if bottom < first_table_row:
            continue
        hidden = [cell_name(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        findings.explain("cell-sammanfogad", sheet_name, cell_name(top, left), hidden,
                         cells=f"{cell_name(top, left)}:{cell_name(bottom, right)}")


@dataclass
class _Sheet:
    rows: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]]  # ((first row, first column), (last row, last column))


def _sheets(data: bytes, wanted: set[str]) -> tuple[list[str], dict[str, _Sheet]]:
    """All sheet names in order, and the wanted sheets as rows of cell values from A1 on, with merged ranges."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets = {}
    for name in workbook.sheet_names:
        if name in wanted:
            sheet = workbook.get_sheet_by_name(name)
            sheets[name] = _Sheet(sheet.to_python(skip_empty_area=False), list(sheet.merged_cell_ranges or []))
    return list(workbook.sheet_names), sheets
