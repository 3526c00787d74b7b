"""The workbook checks itself while the unit types: conditional formatting, no macro, no formula cell.

Every required cell that is still empty is ljusblå until it is filled: the Målvärde and
Riktning of a row with an ID or a name, and for the period followed up its Utfall and
Status, each activity's status, and the Analys, Bedömning and (but at year end) Prognos helår. Under the rule bedömning,
the owner's Motivering turns orange when the Bedömning differs from what the sheet's
statuses suggest (rule alla, as the roll-up computes it). Excel and LibreOffice evaluate
these rules without recalculating anything, and the reader never sees them.
"""

from __future__ import annotations

from typing import Any

from .. import vocab
from ..model import Goal, Period
from .layout import FIRST_DATA_ROW, column_letter
from .style import MISSING_FILL, MOTIVATE_FILL


def _highlight(sheet: Any, cell_range: str, formula: str, colour: str) -> None:
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill

    fill = PatternFill("solid", fgColor=colour, bgColor=colour)
    sheet.conditional_formatting.add(cell_range, FormulaRule(formula=[formula], fill=fill, stopIfTrue=False))


def _letter(headings: list[str], heading: str) -> str:
    return column_letter(headings.index(heading))


def check_rows(sheet: Any, headings: list[str], keys: tuple[str, str], required: list[str], last_row: int) -> None:
    """Highlight each required cell that is empty on a row where either key column (ID, name) is filled."""
    first, second = (_letter(headings, key) for key in keys)
    used = f'OR(${first}{FIRST_DATA_ROW}<>"",${second}{FIRST_DATA_ROW}<>"")'
    for heading in required:
        letter = _letter(headings, heading)
        _highlight(sheet, f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}",
                   f'AND({used},LEN({letter}{FIRST_DATA_ROW})=0)', MISSING_FILL)


def key_result_checks(sheet: Any, headings: list[str], period: Period | None, last_row: int) -> None:
    required = [vocab.KR_ID, vocab.KR_TITLE, vocab.KR_TARGET, vocab.KR_DIRECTION]
    if period:
        required += [vocab.period_heading(kind, period.name) for kind in (vocab.OUTCOME, vocab.STATUS)]
    check_rows(sheet, headings, (vocab.KR_ID, vocab.KR_TITLE), required, last_row)


def activity_checks(sheet: Any, headings: list[str], period: Period | None, last_row: int) -> None:
    required = [vocab.ACT_ID, vocab.ACT_TITLE]
    if period:
        required.append(vocab.period_heading(vocab.STATUS, period.name))
    check_rows(sheet, headings, (vocab.ACT_ID, vocab.ACT_TITLE), required, last_row)


def assessment_checks(sheet: Any, row: int, goal: Goal, owner: bool, key_result_headings: list[str],
                      key_result_last_row: int, period: Period, last: bool) -> None:
    """The period's Analys and Bedömning, and Prognos helår but in the last period; under the rule
    bedömning, the owner's Motivering when it deviates."""
    headings = list(vocab.AS_HEADINGS)
    required = [vocab.AS_ANALYSIS, vocab.AS_PROPOSAL] + [vocab.AS_FORECAST] * (not last)
    for heading in required:
        cell = f"{_letter(headings, heading)}{row}"
        _highlight(sheet, cell, f"LEN({cell})=0", MISSING_FILL)
    if goal.rule != vocab.RULE_ASSESSMENT or not owner:
        return
    proposal = f"${_letter(headings, vocab.AS_PROPOSAL)}${row}"
    motivation = f"{_letter(headings, vocab.AS_MOTIVATION)}{row}"

    def column(heading: str) -> str:
        letter = _letter(key_result_headings, heading)
        return f"'{vocab.SHEET_KEY_RESULTS}'!${letter}${FIRST_DATA_ROW}:${letter}${key_result_last_row}"

    statuses = column(vocab.period_heading(vocab.STATUS, period.name))
    green, yellow, red = (f'COUNTIF({statuses},"{word}")' for word in vocab.KR_STATUSES)
    reported = f"({green}+{yellow}+{red})"
    thresholds = goal.thresholds
    suggestion = (f'IF({green}={reported},"{vocab.MET}",'
                  f'IF({red}>{thresholds.red_share!r}*{reported},"{vocab.NOT_MET}","{vocab.PARTLY_MET}"))')
    enough = f"{reported}>={thresholds.min_reported!r}*COUNTA({column(vocab.KR_ID)})"
    formula = f'AND({proposal}<>"",LEN({motivation})=0,{reported}>0,{enough},{proposal}<>{suggestion})'
    _highlight(sheet, motivation, formula, MOTIVATE_FILL)
