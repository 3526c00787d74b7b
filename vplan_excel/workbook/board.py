"""Plain table workbooks for the administrator and analysts (the submission board, vplan export).

Every text is written as text, so nothing a unit typed or named becomes a formula; numbers stay
numbers and dates dates; each sheet's header row is frozen and filtered; a column may link to files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .plain import text_cell
from .write import save_atomically

FONT = "Calibri"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH = 8, 50
FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet would take for the start of a formula


@dataclass(frozen=True)
class Table:
    """One sheet: its title, headings and rows of text, numbers, dates, datetimes or None.

    links[i], if given, is row i's link target in link_column (0-based).
    """

    title: str
    headings: Sequence[str]
    rows: Sequence[Sequence[Any]]
    link_column: int | None = None
    links: Sequence[str | None] = field(default_factory=tuple)


def write_table(out: Path, title: str, headings: Sequence[str], rows: Sequence[Sequence[Any]], link_column: int,
                links: Sequence[str | None]) -> Path:
    """Write headings and rows (text, numbers, datetimes, None) to out; links[i] is row i's target in link_column."""
    return write_tables(out, [Table(title, headings, rows, link_column, links)])


def write_tables(out: Path, tables: Sequence[Table]) -> Path:
    """Write one sheet per table to out (atomically), in order."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        _write_sheet(workbook.create_sheet(table.title), table)
    save_atomically(workbook, out)
    return out


def _write_sheet(sheet: Any, table: Table) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    for column, heading in enumerate(table.headings, start=1):
        cell = text_cell(sheet, 1, column, heading)
        cell.font = Font(name=FONT, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    widths = [len(heading) for heading in table.headings]
    links = table.links or [None] * len(table.rows)
    for row_number, (values, link) in enumerate(zip(table.rows, links, strict=True), start=2):
        for column, value in enumerate(values, start=1):
            cell = _typed_cell(sheet, row_number, column, value)
            cell.font = Font(name=FONT)
            widths[column - 1] = max(widths[column - 1], _shown_width(value))
        if link and table.link_column is not None:
            cell = sheet.cell(row=row_number, column=table.link_column + 1)
            cell.hyperlink = link
            cell.font = Font(name=FONT, color="0563C1", underline="single")
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headings))}{len(table.rows) + 1}"


def _typed_cell(sheet: Any, row: int, column: int, value: Any) -> Any:
    """A text cell that stays text (marked with Excel's quote prefix when it looks like a formula),
    or a number, date or time cell."""
    if isinstance(value, str):
        cell = text_cell(sheet, row, column, value)
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
        return cell
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, dt.datetime):
        cell.number_format = TIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def _shown_width(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return len(TIME_FORMAT)
    if isinstance(value, dt.date):
        return len(DATE_FORMAT)
    return max((len(line) for line in str(value if value is not None else "").splitlines()), default=0)
