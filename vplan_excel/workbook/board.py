"""A plain table workbook for the administrator's own tracking (the submission board).

Every text is written as text, so nothing a unit typed or named becomes a formula; the header
row is frozen and filtered; one column links to files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .plain import text_cell
from .write import save_atomically

FONT = "Calibri"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
MIN_WIDTH, MAX_WIDTH = 8, 50


def write_table(out: Path, title: str, headings: Sequence[str], rows: Sequence[Sequence[Any]], link_column: int,
                links: Sequence[str | None]) -> Path:
    """Write headings and rows (text, numbers, datetimes, None) to out; links[i] is row i's target in link_column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for column, heading in enumerate(headings, start=1):
        cell = text_cell(sheet, 1, column, heading)
        cell.font = Font(name=FONT, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    widths = [len(heading) for heading in headings]
    for row_number, (values, link) in enumerate(zip(rows, links, strict=True), start=2):
        for column, value in enumerate(values, start=1):
            if isinstance(value, str):
                cell = text_cell(sheet, row_number, column, value)
            else:
                cell = sheet.cell(row=row_number, column=column, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = TIME_FORMAT
            cell.font = Font(name=FONT)
            widths[column - 1] = max(widths[column - 1], len(TIME_FORMAT if isinstance(value, dt.datetime)
                                                             else str(value if value is not None else "")))
        if link:
            cell = sheet.cell(row=row_number, column=link_column + 1)
            cell.hyperlink = link
            cell.font = Font(name=FONT, color="0563C1", underline="single")
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(rows) + 1}"
    save_atomically(workbook, out)
    return out
