"""Where things are on the sheets: the heading row and the columns, found by meaning.

Shared by the template writer, the filler and the reader so that a unit that moves or
inserts columns is still read correctly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from .. import vocab
from ..model import Plan
from ..text import clean_text, key_text

INFO_ROWS = 4  # goal, KF-indikator, unit, year
HEADING_ROW = 6  # 1-based row of the column headings in a fresh template
FIRST_DATA_ROW = HEADING_ROW + 1
SEARCH_ROWS = 30  # how far down the reader looks for the heading row


@lru_cache(maxsize=4096)
def normalise_heading(value: Any) -> str:
    """Heading text as compared: single spaces, no case. Cached: the same headings recur."""
    return " ".join(key_text(value).split()).casefold()


def key_result_headings(plan: Plan) -> list[str]:
    headings = list(vocab.KR_FIXED_HEADINGS)
    for period in plan.periods:
        headings += [vocab.period_heading(kind, period.name) for kind in (vocab.OUTCOME, vocab.STATUS, vocab.COMMENT)]
    return headings


def activity_headings(plan: Plan) -> list[str]:
    headings = list(vocab.ACT_FIXED_HEADINGS)
    for period in plan.periods:
        headings += [vocab.period_heading(kind, period.name) for kind in (vocab.STATUS, vocab.COMMENT)]
    return headings


def assessment_headings(plan: Plan) -> list[str]:
    return list(vocab.AS_HEADINGS)


SHEET_HEADINGS: dict[str, Callable[[Plan], list[str]]] = {
    vocab.SHEET_KEY_RESULTS: key_result_headings,
    vocab.SHEET_ACTIVITIES: activity_headings,
    vocab.SHEET_ASSESSMENT: assessment_headings,
}
# Two headings that identify the heading row of each sheet
ANCHORS = {
    vocab.SHEET_KEY_RESULTS: (vocab.KR_ID, vocab.KR_TITLE),
    vocab.SHEET_ACTIVITIES: (vocab.ACT_ID, vocab.ACT_TITLE),
    vocab.SHEET_ASSESSMENT: (vocab.AS_PERIOD, vocab.AS_ANALYSIS),
}


def find_heading_row(rows: Sequence[Sequence[Any]], sheet: str) -> int | None:
    """0-based index of the heading row, or None when the anchors are not found."""
    anchors = {normalise_heading(h) for h in ANCHORS[sheet]}
    longest = max(len(h) for h in ANCHORS[sheet]) + 10  # headings are short; skip long texts
    for index, row in enumerate(rows[:SEARCH_ROWS]):
        cells = {normalise_heading(v) for v in row if isinstance(v, str) and v and len(v) <= longest}
        if anchors <= cells:
            return index
    return None


def column_map(heading_row: Sequence[Any]) -> tuple[dict[str, int], list[str]]:
    """Normalised heading -> 0-based column; and the headings that occur twice."""
    columns: dict[str, int] = {}
    repeated = []
    for index, value in enumerate(heading_row):
        heading = normalise_heading(value)
        if not heading:
            continue
        if heading in columns:
            repeated.append(clean_text(value))
        else:
            columns[heading] = index
    return columns, repeated


@lru_cache(maxsize=1024)
def column_letter(index: int) -> str:
    """0-based column index -> 'A', 'B' ... 'AA'."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """0-based row and column -> 'H7'."""
    return f"{column_letter(column)}{row + 1}"


def workbook_name(goal_number: int, unit_id: str) -> str:
    """The usual file name of a goal×unit workbook: mal-03-gva.xlsx (the identity sheet decides)."""
    return f"mal-{goal_number:02d}-{unit_id}.xlsx"
