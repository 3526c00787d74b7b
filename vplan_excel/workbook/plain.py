"""Cells written as plain text, so nothing taken from a workbook or a message becomes a formula."""

from __future__ import annotations

from typing import Any


def text_cell(sheet: Any, row: int, column: int, text: str) -> Any:
    """Write text at row, column (1-based) as a string cell and return the cell.

    openpyxl turns any string starting with "=" into a formula; a unit's "=SUMMA(...)"
    typed as text must stay text in what we write.
    """
    cell = sheet.cell(row=row, column=column, value=text)
    cell.data_type = "s"
    return cell
