"""A marked copy of a unit's workbook: every problem cell filled and noted, a first sheet listing them.

The copy stays the unit's workbook (identity, data, validations, protection untouched), so the
unit corrects it and hands it back, and the reader reads it as it would the original: it
ignores the "Att rätta" sheet and the notes. The original is only read, never written.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import messages, vocab
from ..problems import ERROR, WARNING, Problem, VplanError
from .plain import text_cell
from .write import print_on_a4_landscape, save_atomically

FILLS = {ERROR: "F8CBAD", WARNING: "FFE699"}  # orange for fel, light amber for varning
EDGES = {ERROR: "C65911", WARNING: "BF8F00"}
HEADING_ROW = 4
WIDTHS = (10, 16, 8, 60, 60)
NOTE_SIZE = (110, 320)  # height, width in points: room for a message and a hint
FONT = "Calibri"  # named, or LibreOffice falls back to a serif font


def write_marked_copy(source: Path, sha256: str, out: Path, problems: Sequence[Problem], period_name: str) -> Path:
    """Copy the workbook at source to out with problems marked; source must still hash to sha256.

    The hash ties the copy to exactly the bytes that were read and checked; a file changed
    since is a VplanError asking to run again.
    """
    from openpyxl import load_workbook

    data = source.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise VplanError(messages.COPY_CHANGED.format(file=source.name))
    try:
        workbook = load_workbook(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds; name the file instead of a traceback
        raise VplanError(messages.COPY_UNREADABLE.format(file=source.name, detail=type(error).__name__)) from None
    _forget_earlier_marks(workbook)
    _mark_cells(workbook, problems)
    _write_list(workbook, source.name, problems, period_name)
    save_atomically(workbook, out)
    return out


def _forget_earlier_marks(workbook: Any) -> None:
    """A copy marked in an earlier round comes back: drop its list and our notes before marking again."""
    if vocab.SHEET_TO_FIX in workbook.sheetnames:
        del workbook[vocab.SHEET_TO_FIX]
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.comment is not None and cell.comment.author == messages.NOTE_AUTHOR:
                    cell.comment = None


def _target(workbook: Any, item: Problem) -> Any:
    """The cell a problem is about (the top-left cell of a merged range), or None."""
    from openpyxl.cell.cell import MergedCell

    if not item.sheet or not item.cell or item.sheet not in workbook.sheetnames:
        return None
    sheet = workbook[item.sheet]
    cell = sheet[item.cell]
    if isinstance(cell, MergedCell):
        merged = next(r for r in sheet.merged_cells.ranges if item.cell in r)
        cell = sheet.cell(row=merged.min_row, column=merged.min_col)
    return cell


def _mark_cells(workbook: Any, problems: Sequence[Problem]) -> None:
    """Each problem cell gets one note with all its problems and the fill of the worst one."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Border, PatternFill, Side

    by_cell: dict[Any, list[Problem]] = {}
    for item in problems:
        cell = _target(workbook, item)
        if cell is not None:
            by_cell.setdefault(cell, []).append(item)
    for cell, items in by_cell.items():
        texts = [f"{messages.SEVERITY_LABEL[i.severity]}: {i.message}\n{i.hint}" for i in items]
        if cell.comment is not None:  # the unit's own note stays, ours follows it
            texts.insert(0, cell.comment.text)
        cell.comment = Comment("\n\n".join(texts), messages.NOTE_AUTHOR, height=NOTE_SIZE[0], width=NOTE_SIZE[1])
        severity = ERROR if any(i.severity == ERROR for i in items) else WARNING
        cell.fill = PatternFill("solid", fgColor=FILLS[severity])
        edge = Side(style="medium", color=EDGES[severity])
        cell.border = Border(left=edge, right=edge, top=edge, bottom=edge)


def _write_list(workbook: Any, file: str, problems: Sequence[Problem], period_name: str) -> None:
    """The first sheet: every problem with a link to its cell."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.hyperlink import Hyperlink

    sheet = workbook.create_sheet(vocab.SHEET_TO_FIX, 0)
    title = text_cell(sheet, 1, 1, messages.TO_FIX_TITLE.format(file=file, period=period_name))
    title.font = Font(name=FONT, bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(WIDTHS))
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(WIDTHS))
    intro = text_cell(sheet, 2, 1, messages.TO_FIX_INTRO)
    intro.alignment = Alignment(wrap_text=True, vertical="top")
    intro.font = Font(name=FONT)
    sheet.row_dimensions[2].height = 36
    for column, (heading, width) in enumerate(zip(messages.TO_FIX_HEADINGS, WIDTHS, strict=True), start=1):
        cell = text_cell(sheet, HEADING_ROW, column, heading)
        cell.font = Font(name=FONT, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        sheet.column_dimensions[cell.column_letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, item in enumerate(problems, start=HEADING_ROW + 1):
        values = (messages.SEVERITY_LABEL[item.severity], item.sheet or "", item.cell or "", item.message, item.hint)
        for column, value in enumerate(values, start=1):
            cell = text_cell(sheet, row, column, value)
            cell.alignment, cell.font = wrap, Font(name=FONT)
        sheet.cell(row=row, column=1).fill = PatternFill("solid", fgColor=FILLS.get(item.severity, FILLS[WARNING]))
        target = _target(workbook, item)
        if target is not None:
            link = sheet.cell(row=row, column=3)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{item.sheet}'!{target.coordinate}")
            link.font = Font(name=FONT, color="0563C1", underline="single")
    sheet.freeze_panes = sheet.cell(row=HEADING_ROW + 1, column=1)
    sheet.print_title_rows = f"{HEADING_ROW}:{HEADING_ROW}"
    print_on_a4_landscape(sheet)
    sheet.protection.sheet = True
    for other in workbook.worksheets:
        other.sheet_view.tabSelected = False
    sheet.sheet_view.tabSelected = True
    workbook.active = 0
