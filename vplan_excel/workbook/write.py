"""Write the standard goal workbook a unit fills in.

One workbook per goal and contributing unit (mal-03-gva.xlsx). Everything a unit sees is
Swedish; the headings and vocabularies come from vocab.py, the texts from messages.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import messages, swedish, vocab
from ..files import write_atomically
from ..model import Goal, Period, Plan, Unit
from ..problems import VplanError
from . import self_check
from .layout import (
    FIRST_DATA_ROW,
    HEADING_ROW,
    INFO_ROWS,
    SHEET_HEADINGS,
    column_letter,
    workbook_name,
)
from .period_view import colours_line, now_line, open_at, show_assessment_rows, show_periods
from .style import FONT, HEADING_FILL, NOW_FILL

DATE_FORMAT = "yyyy-mm-dd"
NUMBER_FORMAT = "General"
WIDTHS = {
    vocab.KR_ID: 8, vocab.KR_TITLE: 40, vocab.KR_MEASURE: 12, vocab.KR_BASELINE: 12,
    vocab.KR_TARGET: 12, vocab.KR_DIRECTION: 17, vocab.KR_WEIGHT: 8, vocab.ACT_TITLE: 40,
    vocab.ACT_RESPONSIBLE: 18, vocab.ACT_START: 12, vocab.ACT_DUE: 13, vocab.AS_PERIOD: 12,
    vocab.AS_ANALYSIS: 60, vocab.AS_ACTIONS: 50, vocab.AS_PROPOSAL: 17, vocab.AS_FORECAST: 17,
    vocab.AS_MOTIVATION: 40,
}
PERIOD_WIDTHS = {vocab.OUTCOME: 14, vocab.STATUS: 14, vocab.COMMENT: 40}
ID_COLUMN_WIDTH = 15  # Aktiviteter's Nyckelresultat: the ID of a key result, not its name
OWN_COLUMNS = 3  # unlocked heading cells right of each table, for the unit's own columns
# Lowest and highest date the date validation accepts
DATE_RANGE = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))
ACTIVITY_FILL = {"Klar": vocab.GREEN, "Pågår": vocab.YELLOW, "Försenad": vocab.RED}
ASSESSMENT_FILL = vocab.GOAL_COLOURS
FORECAST_FILL = dict(zip(vocab.FORECASTS, vocab.GOAL_COLOURS.values(), strict=True))
NOT_ASKED_FILL = "D9D9D9"  # a cell the unit does not fill in: the forecast of the last period


def write_templates(plan: Plan, folder: str | Path, overwrite: bool = False,
                    period: Period | None = None) -> list[Path]:
    """Write one blank workbook per goal and contributing unit into folder, made if missing.

    With a period, each workbook is the one for that follow-up (see period_view).
    """
    folder = Path(folder)
    paths = []
    for goal in plan.goals:
        for unit in plan.units_of(goal):
            path = folder / workbook_name(goal.number, unit.id)
            if path.exists() and not overwrite:
                raise VplanError(messages.TEMPLATE_EXISTS.format(path=path))
            save_atomically(build_workbook(plan, goal, unit, period), path)
            paths.append(path)
    return paths


def save_atomically(workbook: Any, path: Path) -> None:
    """Save an openpyxl workbook to path atomically."""
    write_atomically(workbook.save, path)


def build_workbook(plan: Plan, goal: Goal, unit: Unit, period: Period | None = None) -> Any:
    """The openpyxl Workbook of a blank goal×unit workbook; with a period, the one for that follow-up."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    workbook = Workbook()
    instructions = workbook.active
    instructions.title = vocab.SHEET_INSTRUCTIONS
    lines = _info_lines(plan, goal, unit, period)
    _write_instructions(instructions, plan, goal, lines, period)
    for sheet_name in (vocab.SHEET_KEY_RESULTS, vocab.SHEET_ACTIVITIES, vocab.SHEET_ASSESSMENT):
        sheet = workbook.create_sheet(sheet_name)
        sheet.oddFooter.center.text = messages.PRINT_FOOTER.format(number=goal.number, unit=unit.name)
        headings = SHEET_HEADINGS[sheet_name](plan)
        _write_info_block(sheet, lines, len(headings))
        _write_colours_line(sheet, period)
        last_row = _write_table(sheet, headings)
        if sheet_name == vocab.SHEET_KEY_RESULTS:
            self_check.key_result_checks(sheet, headings, period, last_row)
            key_result_headings, key_result_last_row = headings, last_row
        elif sheet_name == vocab.SHEET_ACTIVITIES:
            self_check.activity_checks(sheet, headings, period, last_row)
        show_periods(sheet, plan, headings, period, last_row)
    assessment = workbook[vocab.SHEET_ASSESSMENT]
    _write_assessment_periods(assessment, plan)
    show_assessment_rows(assessment, plan, period)
    if period:
        row = FIRST_DATA_ROW + plan.periods.index(period)
        self_check.assessment_checks(assessment, row, goal, unit.id == goal.unit_ids[0], key_result_headings,
                                     key_result_last_row, period, period == plan.periods[-1])
        _open_at_period(workbook, plan, period)
    _write_identity(workbook.create_sheet(vocab.SHEET_IDENTITY), plan, goal, unit)
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.title = messages.WORKBOOK_TITLE.format(number=goal.number, unit=unit.name, year=plan.year)
    workbook.properties.subject = plan.name
    workbook.properties.creator = "vplan"
    workbook.properties.language = "sv-SE"
    workbook.active = 1
    return workbook


def _open_at_period(workbook: Any, plan: Plan, period: Period) -> None:
    """Open on Nyckelresultat at the period's first Utfall cell; the other sheets at the period's cells."""
    row = str(FIRST_DATA_ROW)
    starts = {
        vocab.SHEET_KEY_RESULTS: vocab.period_heading(vocab.OUTCOME, period.name),
        vocab.SHEET_ACTIVITIES: vocab.period_heading(vocab.STATUS, period.name),
    }
    for sheet_name, heading in starts.items():
        headings = SHEET_HEADINGS[sheet_name](plan)
        open_at(workbook[sheet_name], column_letter(headings.index(heading)) + row)
    assessment_row = FIRST_DATA_ROW + plan.periods.index(period)
    analysis = column_letter(vocab.AS_HEADINGS.index(vocab.AS_ANALYSIS))
    for selection in workbook[vocab.SHEET_ASSESSMENT].sheet_view.selection:
        selection.activeCell = selection.sqref = f"{analysis}{assessment_row}"


def _info_lines(plan: Plan, goal: Goal, unit: Unit, period: Period | None) -> list[str]:
    """The lines at the top of every sheet: goal, KF-indikator, unit and year, the period followed up."""
    department = plan.department(unit.department_id)
    return [
        messages.LABEL_GOAL.format(number=goal.number, title=goal.title),
        messages.LABEL_INDICATOR.format(indicator=goal.council_indicator),
        messages.LABEL_UNIT_YEAR.format(unit=unit.name + (f" ({department.name})" if department else ""),
                                        year=plan.year, plan=plan.name),
        now_line(plan, period),
    ]


def _write_info_block(sheet: Any, lines: list[str], width: int) -> None:
    from openpyxl.styles import Alignment, Font

    for row, text in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(name=FONT, bold=row in (1, INFO_ROWS), size=14 if row == 1 else 11)
        cell.alignment = Alignment(vertical="center", wrap_text=row == INFO_ROWS)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=min(width, 12))
    sheet.row_dimensions[1].height = 22
    if width <= 3:  # Instruktioner's three columns: the period line takes two lines
        sheet.row_dimensions[INFO_ROWS].height = 30


def _write_colours_line(sheet: Any, period: Period | None) -> None:
    """What the colours mean, in the frozen corner above the headings (always in view)."""
    from openpyxl.styles import Alignment, Font

    row = HEADING_ROW - 1
    cell = sheet.cell(row=row, column=1, value=colours_line(period))
    cell.font = Font(name=FONT, size=9, italic=True)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    sheet.row_dimensions[row].height = 64 if period else 40


def _write_table(sheet: Any, headings: list[str]) -> int:
    """The heading row and the empty, unlocked data rows with their aids; returns the last data row."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    rows = vocab.KEY_RESULT_ROWS if sheet.title == vocab.SHEET_KEY_RESULTS else vocab.ACTIVITY_ROWS
    if sheet.title == vocab.SHEET_ASSESSMENT:
        rows = 0  # one row per period, written by _write_assessment_periods
    thin = Side(style="thin", color="A6A6A6")
    for column, heading in enumerate(headings, start=1):
        cell = sheet.cell(row=HEADING_ROW, column=column, value=heading)
        cell.font = Font(name=FONT, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADING_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(bottom=thin)
        letter = column_letter(column - 1)
        sheet.column_dimensions[letter].width = WIDTHS.get(heading) or PERIOD_WIDTHS[heading.split(" ")[0]]
        if sheet.title == vocab.SHEET_ACTIVITIES and heading == vocab.ACT_KEY_RESULT:
            sheet.column_dimensions[letter].width = ID_COLUMN_WIDTH
        for row in range(FIRST_DATA_ROW, FIRST_DATA_ROW + rows):
            data_cell = sheet.cell(row=row, column=column)
            data_cell.protection = Protection(locked=False)
            data_cell.alignment = Alignment(wrap_text=True, vertical="top")
            data_cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column in range(len(headings) + 1, len(headings) + 1 + OWN_COLUMNS * bool(rows)):
        for row in range(HEADING_ROW, FIRST_DATA_ROW + rows):
            sheet.cell(row=row, column=column).protection = Protection(locked=False)
    last_row = FIRST_DATA_ROW + max(rows, 1) - 1
    if rows:
        _add_validations(sheet, headings, last_row)
    sheet.freeze_panes = sheet.cell(row=FIRST_DATA_ROW, column=3)
    sheet.row_dimensions[HEADING_ROW].height = 32
    sheet.print_title_rows = f"1:{HEADING_ROW}"
    print_on_a4_landscape(sheet)
    _protect(sheet)
    return last_row


def print_on_a4_landscape(sheet: Any) -> None:
    """A4 landscape, as wide as the page, as many pages down as needed."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _protect(sheet: Any) -> None:
    """Lock headings and the info block; units may still format, sort and add rows and columns."""
    protection = sheet.protection
    protection.sheet = True
    for action in ("formatCells", "formatColumns", "formatRows", "insertColumns", "insertRows",
                   "deleteRows", "sort", "autoFilter"):
        setattr(protection, action, False)


def _add_validations(sheet: Any, headings: list[str], last_row: int) -> None:
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    def column_range(heading: str) -> str:
        letter = column_letter(headings.index(heading))
        return f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}"

    def add(kind: str, ranges: list[str], words: Iterable[str] = (), **options: Any) -> None:
        if not ranges:
            return
        prompt_title, prompt = messages.VALIDATION_PROMPTS[kind]
        error_kind = options.pop("error_kind", None)
        error_title, error = messages.VALIDATION_ERRORS[error_kind] if error_kind else (None, None)
        words = list(words)
        if words:
            options["formula1"] = '"' + ",".join(words) + '"'
            error = error.format(allowed=", ".join(words[:-1]) + messages.OR + words[-1]) if error else None
        validation = DataValidation(
            allow_blank=True, showErrorMessage=bool(error_kind), showInputMessage=True,
            promptTitle=prompt_title, prompt=prompt, errorTitle=error_title, error=error, **options,
        )
        for cell_range in ranges:
            validation.add(cell_range)
        sheet.add_data_validation(validation)

    def colour(ranges: list[str], words: dict[str, str]) -> None:
        for cell_range in ranges:
            for word, status in words.items():
                rule = CellIsRule(
                    operator="equal", formula=[f'"{word}"'],
                    fill=PatternFill("solid", fgColor=vocab.STATUS_FILL[status], bgColor=vocab.STATUS_FILL[status]),
                    font=Font(name=FONT, color=vocab.STATUS_FONT[status]),
                )
                sheet.conditional_formatting.add(cell_range, rule)

    statuses = [column_range(h) for h in headings if h.startswith(vocab.STATUS + " ")]
    comments = [column_range(h) for h in headings if h.startswith(vocab.COMMENT + " ")]
    add("kommentar", comments)
    if sheet.title == vocab.SHEET_KEY_RESULTS:
        add("kr-status", statuses, vocab.KR_STATUSES, type="list", error_kind="lista")
        colour(statuses, {s: s for s in vocab.KR_STATUSES})
        add("riktning", [column_range(vocab.KR_DIRECTION)], vocab.DIRECTIONS, type="list", error_kind="lista")
        numbers = [vocab.KR_BASELINE, vocab.KR_TARGET]
        numbers += [h for h in headings if h.startswith(vocab.OUTCOME + " ")]
        add("tal", [column_range(h) for h in numbers], type="decimal", operator="between",
            formula1="-1000000000000", formula2="1000000000000", error_kind="tal")
        add("vikt", [column_range(vocab.KR_WEIGHT)], type="decimal", operator="greaterThan", formula1="0",
            error_kind="vikt")
        add("id", [column_range(vocab.KR_ID)])
        add("matt", [column_range(vocab.KR_MEASURE)])
    elif sheet.title == vocab.SHEET_ACTIVITIES:
        add("aktivitetsstatus", statuses, vocab.ACTIVITY_STATUSES, type="list", error_kind="lista")
        colour(statuses, ACTIVITY_FILL)
        add("id", [column_range(vocab.ACT_ID)])
        ids = f"'{vocab.SHEET_KEY_RESULTS}'!$A${FIRST_DATA_ROW}:$A${FIRST_DATA_ROW + vocab.KEY_RESULT_ROWS - 1}"
        add("kr-id", [column_range(vocab.ACT_KEY_RESULT)], type="list", formula1=ids, errorStyle="warning",
            error_kind="kr-id")
        first, last = (str((d - dt.date(1899, 12, 30)).days) for d in DATE_RANGE)
        add("datum", [column_range(vocab.ACT_START), column_range(vocab.ACT_DUE)], type="date",
            operator="between", formula1=first, formula2=last, error_kind="datum")
        for heading in (vocab.ACT_START, vocab.ACT_DUE):
            letter = column_letter(headings.index(heading))
            for row in range(FIRST_DATA_ROW, last_row + 1):
                sheet[f"{letter}{row}"].number_format = DATE_FORMAT
    else:
        proposals = [column_range(vocab.AS_PROPOSAL)]
        add("bedomning", proposals, vocab.GOAL_ASSESSMENTS, type="list", error_kind="lista")
        add("analys", [column_range(vocab.AS_ANALYSIS)])
        add("motivering", [column_range(vocab.AS_MOTIVATION)])
        colour(proposals, ASSESSMENT_FILL)
        forecasts = [column_range(vocab.AS_FORECAST)]
        add("prognos", forecasts, vocab.FORECASTS, type="list", error_kind="lista")
        colour(forecasts, FORECAST_FILL)


def _write_assessment_periods(sheet: Any, plan: Plan) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    forecast_column = vocab.AS_HEADINGS.index(vocab.AS_FORECAST) + 1
    for offset, period in enumerate(plan.periods):
        row = FIRST_DATA_ROW + offset
        sheet.cell(row=row, column=1, value=period.name).font = Font(name=FONT, bold=True)
        sheet.row_dimensions[row].height = 120
        for column in range(2, len(vocab.AS_HEADINGS) + 1):
            cell = sheet.cell(row=row, column=column)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if column == forecast_column and period == plan.periods[-1]:
                cell.fill = PatternFill("solid", fgColor=NOT_ASKED_FILL)  # the year is over: no forecast
            else:
                cell.protection = Protection(locked=False)
    _add_validations(sheet, list(vocab.AS_HEADINGS), FIRST_DATA_ROW + len(plan.periods) - 1)


def _write_instructions(sheet: Any, plan: Plan, goal: Goal, lines: list[str], period: Period | None) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    _write_info_block(sheet, lines, 3)
    wrap = Alignment(wrap_text=True, vertical="top")

    def heading(row: int, text: str, size: int = 12) -> None:
        sheet.cell(row=row, column=1, value=text).font = Font(name=FONT, bold=True, size=size)

    def paragraph(row: int, text: str) -> Any:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        cell = sheet.cell(row=row, column=1, value=text)
        cell.alignment, cell.font = wrap, Font(name=FONT)
        sheet.row_dimensions[row].height = 32
        return cell

    row = 6
    heading(row, messages.INSTRUCTIONS_TITLE)
    if period:
        row += 1
        now = paragraph(row, _instructions_now(plan, period))
        now.font = Font(name=FONT, bold=True)
        now.fill = PatternFill("solid", fgColor=NOW_FILL)
        sheet.row_dimensions[row].height = 48
    for text in messages.INSTRUCTIONS:
        row += 1
        paragraph(row, text)
    row += 2
    heading(row, messages.INSTRUCTIONS_DEADLINES)
    row += 1
    for column, text in enumerate(messages.INSTRUCTIONS_PERIOD_HEADINGS, start=1):
        sheet.cell(row=row, column=column, value=text).font = Font(name=FONT, bold=True)
    for each in plan.periods:
        row += 1
        sheet.cell(row=row, column=1, value=each.name).font = Font(name=FONT, bold=each == period)
        for column, date in ((2, each.end_date), (3, each.deadline)):
            if date:
                cell = sheet.cell(row=row, column=column, value=date)
                cell.number_format = DATE_FORMAT
                cell.alignment = Alignment(horizontal="left")
                cell.font = Font(name=FONT, bold=each == period)
    if plan.sender:
        row += 2
        heading(row, messages.INSTRUCTIONS_SENDER, 11)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        sheet.cell(row=row, column=2, value=plan.sender.shown).font = Font(name=FONT)
    row += 2
    heading(row, messages.INSTRUCTIONS_VALUES)
    yellow = goal.thresholds.yellow_share
    for label, words in messages.VALUE_LISTS:
        row += 1
        heading(row, label, 11)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        words = words.format(yellow=swedish.percent(yellow), rest=swedish.percent(1 - yellow))
        cell = sheet.cell(row=row, column=2, value=words)
        cell.alignment, cell.font = wrap, Font(name=FONT)
        sheet.row_dimensions[row].height = 15 * (1 + len(words) // 90)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 50
    sheet.column_dimensions["C"].width = 50
    print_on_a4_landscape(sheet)
    sheet.protection.sheet = True


def _instructions_now(plan: Plan, period: Period) -> str:
    """'Den här gången: fyll i Delår 2, läget per 31 augusti 2026. Lämna arbetsboken senast … till …'."""
    deadline = (messages.INSTRUCTIONS_NOW_DEADLINE.format(date=swedish.long_date(period.deadline))
                if period.deadline else "")
    sender = messages.INSTRUCTIONS_NOW_SENDER.format(sender=plan.sender.shown) if plan.sender else ""
    return messages.INSTRUCTIONS_NOW.format(period=period.name, date=swedish.long_date(period.end_date),
                                            deadline=deadline, sender=sender)


def _write_identity(sheet: Any, plan: Plan, goal: Goal, unit: Unit) -> None:
    values = {vocab.ID_PLAN: plan.id, vocab.ID_GOAL: goal.number, vocab.ID_UNIT: unit.id,
              vocab.ID_VERSION: vocab.TEMPLATE_VERSION}
    for row, key in enumerate(vocab.IDENTITY_KEYS, start=1):
        sheet.cell(row=row, column=1, value=key)
        sheet.cell(row=row, column=2, value=values[key])
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True
