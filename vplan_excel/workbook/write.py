"""Write the standard goal workbook a unit fills in.

One workbook per goal and contributing unit (mal-03-gva.xlsx). Everything a unit sees is
Swedish; the headings and vocabularies come from vocab.py, the texts from messages.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import messages, vocab
from ..files import write_atomically
from ..model import Goal, Plan, Unit
from ..problems import VplanError
from .layout import (
    FIRST_DATA_ROW,
    HEADING_ROW,
    SHEET_HEADINGS,
    column_letter,
    workbook_name,
)

DATE_FORMAT = "yyyy-mm-dd"
NUMBER_FORMAT = "General"
WIDTHS = {
    vocab.KR_ID: 8, vocab.KR_TITLE: 40, vocab.KR_MEASURE: 12, vocab.KR_BASELINE: 12,
    vocab.KR_TARGET: 12, vocab.KR_DIRECTION: 17, vocab.KR_WEIGHT: 8, vocab.ACT_TITLE: 40,
    vocab.ACT_RESPONSIBLE: 18, vocab.ACT_START: 12, vocab.ACT_DUE: 13, vocab.AS_PERIOD: 12,
    vocab.AS_ANALYSIS: 60, vocab.AS_ACTIONS: 50, vocab.AS_PROPOSAL: 17, vocab.AS_MOTIVATION: 40,
}
PERIOD_WIDTHS = {vocab.OUTCOME: 14, vocab.STATUS: 14, vocab.COMMENT: 40}
# Lowest and highest date the date validation accepts
DATE_RANGE = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))
ACTIVITY_FILL = {"Klar": vocab.GREEN, "Pågår": vocab.YELLOW, "Försenad": vocab.RED}
ASSESSMENT_FILL = vocab.GOAL_COLOURS


def write_templates(plan: Plan, folder: str | Path, overwrite: bool = False) -> list[Path]:
    """Write one blank workbook per goal and contributing unit into folder, made if missing."""
    folder = Path(folder)
    paths = []
    for goal in plan.goals:
        for unit in plan.units_of(goal):
            path = folder / workbook_name(goal.number, unit.id)
            if path.exists() and not overwrite:
                raise VplanError(messages.TEMPLATE_EXISTS.format(path=path))
            save_atomically(build_workbook(plan, goal, unit), path)
            paths.append(path)
    return paths


def save_atomically(workbook: Any, path: Path) -> None:
    """Save an openpyxl workbook to path atomically."""
    write_atomically(workbook.save, path)


def build_workbook(plan: Plan, goal: Goal, unit: Unit) -> Any:
    """The openpyxl Workbook of a blank goal×unit workbook."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    workbook = Workbook()
    instructions = workbook.active
    instructions.title = vocab.SHEET_INSTRUCTIONS
    _write_instructions(instructions, plan, goal, unit)
    for sheet_name in (vocab.SHEET_KEY_RESULTS, vocab.SHEET_ACTIVITIES, vocab.SHEET_ASSESSMENT):
        sheet = workbook.create_sheet(sheet_name)
        headings = SHEET_HEADINGS[sheet_name](plan)
        _write_info_block(sheet, plan, goal, unit, len(headings))
        _write_table(sheet, headings)
    _write_assessment_periods(workbook[vocab.SHEET_ASSESSMENT], plan)
    _write_identity(workbook.create_sheet(vocab.SHEET_IDENTITY), plan, goal, unit)
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.title = messages.WORKBOOK_TITLE.format(number=goal.number, unit=unit.name, year=plan.year)
    workbook.properties.subject = plan.name
    workbook.properties.creator = "vplan"
    workbook.properties.language = "sv-SE"
    workbook.active = 1
    return workbook


def _info_lines(plan: Plan, goal: Goal, unit: Unit) -> list[str]:
    department = plan.department(unit.department_id)
    return [
        messages.LABEL_GOAL.format(number=goal.number, title=goal.title),
        messages.LABEL_INDICATOR.format(indicator=goal.council_indicator),
        messages.LABEL_UNIT.format(unit=unit.name + (f" ({department.name})" if department else "")),
        messages.LABEL_YEAR.format(year=plan.year, plan=plan.name),
    ]


def _write_info_block(sheet: Any, plan: Plan, goal: Goal, unit: Unit, width: int) -> None:
    from openpyxl.styles import Alignment, Font

    for row, text in enumerate(_info_lines(plan, goal, unit), start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(bold=row == 1, size=14 if row == 1 else 11)
        cell.alignment = Alignment(vertical="center")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=min(width, 12))


def _write_table(sheet: Any, headings: list[str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    rows = vocab.KEY_RESULT_ROWS if sheet.title == vocab.SHEET_KEY_RESULTS else vocab.ACTIVITY_ROWS
    if sheet.title == vocab.SHEET_ASSESSMENT:
        rows = 0  # one row per period, written by _write_assessment_periods
    thin = Side(style="thin", color="A6A6A6")
    for column, heading in enumerate(headings, start=1):
        cell = sheet.cell(row=HEADING_ROW, column=column, value=heading)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(bottom=thin)
        letter = column_letter(column - 1)
        sheet.column_dimensions[letter].width = WIDTHS.get(heading) or PERIOD_WIDTHS[heading.split(" ")[0]]
        for row in range(FIRST_DATA_ROW, FIRST_DATA_ROW + rows):
            data_cell = sheet.cell(row=row, column=column)
            data_cell.protection = Protection(locked=False)
            data_cell.alignment = Alignment(wrap_text=True, vertical="top")
            data_cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    last_row = FIRST_DATA_ROW + max(rows, 1) - 1
    _add_validations(sheet, headings, last_row)
    sheet.freeze_panes = sheet.cell(row=FIRST_DATA_ROW, column=3)
    sheet.row_dimensions[HEADING_ROW].height = 32
    sheet.print_title_rows = f"1:{HEADING_ROW}"
    print_on_a4_landscape(sheet)
    _protect(sheet)


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

    def add(kind: str, ranges: list[str], **options: Any) -> None:
        if not ranges:
            return
        prompt_title, prompt = messages.VALIDATION_PROMPTS[kind]
        error_title, error = messages.VALIDATION_ERRORS[options.pop("error_kind")]
        validation = DataValidation(
            allow_blank=True, showErrorMessage=True, showInputMessage=True,
            promptTitle=prompt_title, prompt=prompt, errorTitle=error_title, error=error, **options,
        )
        for cell_range in ranges:
            validation.add(cell_range)
        sheet.add_data_validation(validation)

    def choices(words: Iterable[str]) -> str:
        return '"' + ",".join(words) + '"'

    def colour(ranges: list[str], words: dict[str, str]) -> None:
        for cell_range in ranges:
            for word, status in words.items():
                rule = CellIsRule(
                    operator="equal", formula=[f'"{word}"'],
                    fill=PatternFill("solid", fgColor=vocab.STATUS_FILL[status], bgColor=vocab.STATUS_FILL[status]),
                    font=Font(color=vocab.STATUS_FONT[status]),
                )
                sheet.conditional_formatting.add(cell_range, rule)

    statuses = [column_range(h) for h in headings if h.startswith(vocab.STATUS + " ")]
    if sheet.title == vocab.SHEET_KEY_RESULTS:
        add("kr-status", statuses, type="list", formula1=choices(vocab.KR_STATUSES), error_kind="lista")
        colour(statuses, {s: s for s in vocab.KR_STATUSES})
        add("riktning", [column_range(vocab.KR_DIRECTION)], type="list", formula1=choices(vocab.DIRECTIONS),
            error_kind="lista")
        numbers = [vocab.KR_BASELINE, vocab.KR_TARGET, vocab.KR_WEIGHT]
        numbers += [h for h in headings if h.startswith(vocab.OUTCOME + " ")]
        add("tal", [column_range(h) for h in numbers], type="decimal", operator="between",
            formula1="-1000000000000", formula2="1000000000000", error_kind="tal")
    elif sheet.title == vocab.SHEET_ACTIVITIES:
        add("aktivitetsstatus", statuses, type="list", formula1=choices(vocab.ACTIVITY_STATUSES), error_kind="lista")
        colour(statuses, ACTIVITY_FILL)
        first, last = (str((d - dt.date(1899, 12, 30)).days) for d in DATE_RANGE)
        add("datum", [column_range(vocab.ACT_START), column_range(vocab.ACT_DUE)], type="date",
            operator="between", formula1=first, formula2=last, error_kind="datum")
        for heading in (vocab.ACT_START, vocab.ACT_DUE):
            letter = column_letter(headings.index(heading))
            for row in range(FIRST_DATA_ROW, last_row + 1):
                sheet[f"{letter}{row}"].number_format = DATE_FORMAT
    else:
        proposals = [column_range(vocab.AS_PROPOSAL)]
        add("bedomning", proposals, type="list", formula1=choices(vocab.GOAL_ASSESSMENTS), error_kind="lista")
        colour(proposals, ASSESSMENT_FILL)


def _write_assessment_periods(sheet: Any, plan: Plan) -> None:
    from openpyxl.styles import Alignment, Font, Protection

    for offset, period in enumerate(plan.periods):
        row = FIRST_DATA_ROW + offset
        sheet.cell(row=row, column=1, value=period.name).font = Font(bold=True)
        sheet.row_dimensions[row].height = 120
        for column in range(2, len(vocab.AS_HEADINGS) + 1):
            cell = sheet.cell(row=row, column=column)
            cell.protection = Protection(locked=False)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _add_validations(sheet, list(vocab.AS_HEADINGS), FIRST_DATA_ROW + len(plan.periods) - 1)


def _write_instructions(sheet: Any, plan: Plan, goal: Goal, unit: Unit) -> None:
    from openpyxl.styles import Alignment, Font

    _write_info_block(sheet, plan, goal, unit, 3)
    wrap = Alignment(wrap_text=True, vertical="top")
    row = 6
    sheet.cell(row=row, column=1, value=messages.INSTRUCTIONS_TITLE).font = Font(bold=True, size=12)
    for paragraph in messages.INSTRUCTIONS:
        row += 1
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        sheet.cell(row=row, column=1, value=paragraph).alignment = wrap
        sheet.row_dimensions[row].height = 32
    row += 2
    sheet.cell(row=row, column=1, value=messages.INSTRUCTIONS_DEADLINES).font = Font(bold=True, size=12)
    row += 1
    for column, heading in enumerate(messages.INSTRUCTIONS_PERIOD_HEADINGS, start=1):
        sheet.cell(row=row, column=column, value=heading).font = Font(bold=True)
    for period in plan.periods:
        row += 1
        sheet.cell(row=row, column=1, value=period.name)
        for column, date in ((2, period.end_date), (3, period.deadline)):
            if date:
                cell = sheet.cell(row=row, column=column, value=date)
                cell.number_format = DATE_FORMAT
                cell.alignment = Alignment(horizontal="left")
    if plan.sender:
        row += 2
        sheet.cell(row=row, column=1, value=messages.INSTRUCTIONS_SENDER).font = Font(bold=True)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        sheet.cell(row=row, column=2, value=plan.sender.shown)
    row += 2
    sheet.cell(row=row, column=1, value=messages.INSTRUCTIONS_VALUES).font = Font(bold=True, size=12)
    for label, words in messages.VALUE_LISTS:
        row += 1
        sheet.cell(row=row, column=1, value=label).font = Font(bold=True)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        sheet.cell(row=row, column=2, value=words).alignment = wrap
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 50
    sheet.column_dimensions["C"].width = 50
    print_on_a4_landscape(sheet)
    sheet.protection.sheet = True


def _write_identity(sheet: Any, plan: Plan, goal: Goal, unit: Unit) -> None:
    values = {vocab.ID_PLAN: plan.id, vocab.ID_GOAL: goal.number, vocab.ID_UNIT: unit.id,
              vocab.ID_VERSION: vocab.TEMPLATE_VERSION}
    for row, key in enumerate(vocab.IDENTITY_KEYS, start=1):
        sheet.cell(row=row, column=1, value=key)
        sheet.cell(row=row, column=2, value=values[key])
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True
