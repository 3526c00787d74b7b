"""A workbook for one follow-up: which period is reported now, and how the others look.

Above each period's columns a band says which period it is, the date it refers to and the
deadline. With a period chosen, its columns stand out, earlier periods are locked and grey
(history), later periods are grouped and collapsed, and the workbook opens where the unit
starts typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import messages, swedish, vocab
from ..model import Period, Plan
from .layout import FIRST_DATA_ROW, HEADING_ROW, column_letter
from .style import BAND_FILL, FONT, HISTORY_FILL, HISTORY_FONT, NOW_EDGE, NOW_FILL, NOW_HEADING_FILL

BAND_ROW = HEADING_ROW - 1
PERIOD_KINDS = (vocab.OUTCOME, vocab.STATUS, vocab.COMMENT)


@dataclass(frozen=True)
class PeriodColumns:
    """The 1-based columns of one period on a sheet."""

    period: Period
    columns: tuple[int, ...]


def band(period: Period) -> str:
    """'Delår 2 – läget per 31 augusti 2026 · lämnas senast 15 september 2026'."""
    text = messages.PERIOD_BAND.format(period=period.name, date=swedish.long_date(period.end_date))
    if period.deadline:
        text += messages.PERIOD_DEADLINE.format(date=swedish.long_date(period.deadline))
    return text


def now_line(plan: Plan, period: Period | None) -> str:
    """The line at the top of every sheet: which period is followed up, by when, to whom."""
    if period is None:
        return messages.PERIOD_ANY
    sender = messages.PERIOD_NOW_SENDER.format(sender=plan.sender.shown) if plan.sender else ""
    return messages.PERIOD_NOW.format(band=band(period), sender=sender, period=period.name)


def colours_line(period: Period | None) -> str:
    """The line that says in words what the colours mean."""
    return messages.COLOURS_NOW.format(period=period.name) if period else messages.COLOURS_ANY


def period_columns(plan: Plan, headings: list[str]) -> list[PeriodColumns]:
    """Each period's columns on a sheet with per-period headings (none on Bedömning)."""
    found = []
    for period in plan.periods:
        names = {vocab.period_heading(kind, period.name) for kind in PERIOD_KINDS}
        columns = tuple(index + 1 for index, heading in enumerate(headings) if heading in names)
        if columns:
            found.append(PeriodColumns(period, columns))
    return found


def show_periods(sheet: Any, plan: Plan, headings: list[str], period: Period | None, last_row: int) -> None:
    """Bands over every period's columns; with a period, highlight it, lock earlier, collapse later."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    current = plan.periods.index(period) if period else None
    edge = Side(style="medium", color=NOW_EDGE)
    for group in period_columns(plan, headings):
        index = plan.periods.index(group.period)
        first, last = group.columns[0], group.columns[-1]
        sheet.merge_cells(start_row=BAND_ROW, start_column=first, end_row=BAND_ROW, end_column=last)
        cell = sheet.cell(row=BAND_ROW, column=first, value=band(group.period))
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor=BAND_FILL)
        cell.font = Font(name=FONT, bold=True)
        if current is None or index > current:
            if current is not None:
                for column in group.columns:
                    dimension = sheet.column_dimensions[column_letter(column - 1)]
                    dimension.outlineLevel, dimension.hidden = 1, True
            continue
        if index < current:
            cell.value = band(group.period) + messages.PERIOD_EARLIER
            cell.font = Font(name=FONT, bold=True, color=HISTORY_FONT)
            for row in range(FIRST_DATA_ROW, last_row + 1):
                for column in group.columns:
                    data = sheet.cell(row=row, column=column)
                    data.protection = Protection(locked=True)
                    data.fill = PatternFill("solid", fgColor=HISTORY_FILL)
                    data.font = Font(name=FONT, color=HISTORY_FONT)
            continue
        cell.fill = PatternFill("solid", fgColor=NOW_FILL)
        for column in group.columns:
            heading = sheet.cell(row=HEADING_ROW, column=column)
            heading.fill = PatternFill("solid", fgColor=NOW_HEADING_FILL)
        for row in range(BAND_ROW, last_row + 1):
            for column, side in ((first, "left"), (last, "right")):
                target = sheet.cell(row=row, column=column)
                target.border = _with_side(target.border, side, edge, Border)
    if current is not None:
        sheet.sheet_format.outlineLevelCol = 1


def show_assessment_rows(sheet: Any, plan: Plan, period: Period | None) -> None:
    """Bedömning: the period's row stands out, earlier rows are locked history, later rows collapsed."""
    from openpyxl.styles import Font, PatternFill, Protection

    if period is None:
        return
    current = plan.periods.index(period)
    for index, _ in enumerate(plan.periods):
        row = FIRST_DATA_ROW + index
        cells = list(sheet[row][: len(vocab.AS_HEADINGS)])
        if index < current:
            for cell in cells:
                cell.protection = Protection(locked=True)
                cell.fill = PatternFill("solid", fgColor=HISTORY_FILL)
                cell.font = Font(name=FONT, color=HISTORY_FONT, bold=cell.column == 1)
        elif index == current:
            cells[0].fill = PatternFill("solid", fgColor=NOW_FILL)
        else:
            sheet.row_dimensions[row].outlineLevel = 1
            sheet.row_dimensions[row].hidden = True
    sheet.sheet_format.outlineLevelRow = 1


def open_at(sheet: Any, cell: str) -> None:
    """Select cell and scroll the frozen sheet's lower right pane so that its column comes first."""
    view = sheet.sheet_view
    if view.pane is not None:
        view.pane.topLeftCell = cell
    for selection in view.selection:
        if selection.pane in (None, view.pane.activePane if view.pane else None):
            selection.activeCell = cell
            selection.sqref = cell


def _with_side(border: Any, side: str, edge: Any, border_type: Any) -> Any:
    sides = {name: getattr(border, name) for name in ("left", "right", "top", "bottom")}
    sides[side] = edge
    return border_type(**sides)

