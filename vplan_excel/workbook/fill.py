"""Fill a workbook written by write_templates with model objects, from a script.

Columns are found by heading, so this also works on a workbook a unit rearranged. Used to
pre-fill workbooks, and by the example and benchmark builders. A workbook that is not one
of ours is reported with a Swedish VplanError naming the file and sheet.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from .. import messages, vocab
from ..model import Activity, Assessment, KeyResult, Plan
from ..problems import VplanError
from .layout import SEARCH_ROWS, column_map, find_heading_row, normalise_heading
from .write import save_atomically

LINE_HEIGHT = 15  # points per line of wrapped text


class _Table:
    """One sheet's table: the openpyxl sheet, its columns by heading and its first data row."""

    def __init__(self, workbook: Any, file: str, sheet_name: str):
        if sheet_name not in workbook.sheetnames:
            raise VplanError(messages.FILL_SHEET_MISSING.format(file=file, sheet=sheet_name))
        self.file, self.sheet_name = file, sheet_name
        self.sheet = workbook[sheet_name]
        rows = [[cell.value for cell in row] for row in self.sheet.iter_rows(max_row=SEARCH_ROWS)]
        heading_index = find_heading_row(rows, sheet_name)
        if heading_index is None:
            raise VplanError(messages.FILL_NO_HEADINGS.format(file=file, sheet=sheet_name))
        self.columns = column_map(rows[heading_index])[0]
        self.first_row = heading_index + 2

    def column(self, heading: str) -> int:
        """1-based column of heading."""
        column = self.columns.get(normalise_heading(heading))
        if column is None:
            raise VplanError(messages.FILL_HEADING_MISSING.format(file=self.file, sheet=self.sheet_name,
                                                                  heading=heading))
        return column + 1

    def put(self, row: int, heading: str, value: Any) -> None:
        if value in (None, ""):
            return
        cell = self.sheet.cell(row=row, column=self.column(heading), value=value)
        if isinstance(value, str):  # Excel does not grow rows of generated files: size them here
            width = self.sheet.column_dimensions[cell.column_letter].width or 10
            lines = sum(math.ceil(max(len(part), 1) / width) for part in value.split("\n"))
            current = self.sheet.row_dimensions[row].height or LINE_HEIGHT
            self.sheet.row_dimensions[row].height = max(current, min(lines, 12) * LINE_HEIGHT)

    def put_row(self, row: int, values: dict[str, Any]) -> None:
        for heading, value in values.items():
            self.put(row, heading, value)


def fill_workbook(
    path: str | Path,
    plan: Plan,
    key_results: list[KeyResult],
    activities: list[Activity],
    assessments: list[Assessment],
) -> None:
    """Write key results, activities and assessments into a workbook from write_templates."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        workbook = load_workbook(path)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a file that is no workbook
        raise VplanError(messages.FILL_NOT_A_WORKBOOK.format(file=path.name)) from None
    fill_built(workbook, path.name, plan, key_results, activities, assessments)
    save_atomically(workbook, path)


def fill_built(
    workbook: Any,
    file: str,
    plan: Plan,
    key_results: list[KeyResult],
    activities: list[Activity],
    assessments: list[Assessment],
) -> None:
    """Write the model objects into an openpyxl workbook of ours (file names it in messages)."""
    names = {p.id: p.name for p in plan.periods}

    table = _Table(workbook, file, vocab.SHEET_KEY_RESULTS)
    for row, kr in enumerate(key_results, start=table.first_row):
        values: dict[str, Any] = {
            vocab.KR_ID: kr.id, vocab.KR_TITLE: kr.title, vocab.KR_MEASURE: kr.measure,
            vocab.KR_BASELINE: kr.baseline, vocab.KR_TARGET: kr.target, vocab.KR_DIRECTION: kr.direction,
            vocab.KR_WEIGHT: kr.weight,
        }
        for period_id, result in kr.periods.items():
            name = names[period_id]
            values[vocab.period_heading(vocab.OUTCOME, name)] = result.outcome
            values[vocab.period_heading(vocab.STATUS, name)] = result.status
            values[vocab.period_heading(vocab.COMMENT, name)] = result.comment
        table.put_row(row, values)

    table = _Table(workbook, file, vocab.SHEET_ACTIVITIES)
    for row, activity in enumerate(activities, start=table.first_row):
        values = {
            vocab.ACT_ID: activity.id, vocab.ACT_TITLE: activity.title,
            vocab.ACT_KEY_RESULT: activity.key_result_id, vocab.ACT_RESPONSIBLE: activity.responsible,
            vocab.ACT_START: activity.start, vocab.ACT_DUE: activity.due,
        }
        for period_id, progress in activity.periods.items():
            name = names[period_id]
            values[vocab.period_heading(vocab.STATUS, name)] = progress.status
            values[vocab.period_heading(vocab.COMMENT, name)] = progress.comment
        table.put_row(row, values)

    table = _Table(workbook, file, vocab.SHEET_ASSESSMENT)
    period_column = table.column(vocab.AS_PERIOD)
    period_rows = {str(table.sheet.cell(row=row, column=period_column).value): row
                   for row in range(table.first_row, table.first_row + SEARCH_ROWS)}
    for assessment in assessments:
        name = names[assessment.period_id]
        if name not in period_rows:
            raise VplanError(messages.FILL_PERIOD_ROW_MISSING.format(file=file, sheet=table.sheet_name,
                                                                     period=name))
        table.put_row(period_rows[name], {
            vocab.AS_ANALYSIS: assessment.analysis, vocab.AS_ACTIONS: assessment.actions,
            vocab.AS_PROPOSAL: assessment.proposal, vocab.AS_FORECAST: assessment.forecast,
            vocab.AS_MOTIVATION: assessment.motivation,
        })
