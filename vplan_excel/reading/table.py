"""The table on a sheet, found by its headings, and its cells read as typed values.

Columns are found by heading, never by position, so a unit may insert and move columns.
Each value is read as text, number, date or vocabulary word; what is wrong with it is
reported at its cell, and the cell is kept as the value's source.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import messages, swedish, vocab
from ..model import CellRef, Plan
from ..text import clean_text, key_text
from ..workbook.layout import SHEET_HEADINGS, cell_name, column_map, normalise_heading
from .cells import match_word, parse_date, parse_number
from .findings import Findings

VOCABULARIES = {
    "kr-status": vocab.KR_STATUSES,
    "aktivitetsstatus": vocab.ACTIVITY_STATUSES,
    "riktning": vocab.DIRECTIONS,
    "bedomning": vocab.GOAL_ASSESSMENTS,
    "prognos": vocab.FORECASTS,
}
EXCEL_TEXT_LIMIT = 32_767  # characters in one cell


@dataclass
class Table:
    """A sheet's table: where its headings are and the column of each heading the plan needs."""

    sheet: str
    grid: list[list[Any]]  # the sheet's values from A1 on
    heading_index: int  # 0-based row of the headings
    columns: dict[str, int]  # heading as in the contract -> 0-based column (optional ones when present)
    percent_cells: set[tuple[int, int]]  # (row, column) shown as a percentage
    findings: Findings

    def rows(self) -> list[Row]:
        """Data rows below the heading with anything in a known column; gaps are skipped, not an end."""
        used = list(self.columns.values())

        def filled(value: Any) -> bool:
            return value not in ("", None) and (not isinstance(value, str) or bool(key_text(value)))

        return [
            Row(self, index, values)
            for index, values in enumerate(self.grid[self.heading_index + 1:], start=self.heading_index + 1)
            if any(filled(values[c]) for c in used if c < len(values))
        ]

    def report(self, code: str, index: int, column: int, /, **params: Any) -> None:
        """A problem at a cell of this sheet (0-based row and column)."""
        self.findings.report(code, self.sheet, cell_name(index, column), **params)

    def unique_ids(self, items: list[tuple[str, int]], heading: str) -> None:
        """Report each id (with its 0-based row) that an earlier row already has."""
        column = self.columns[heading]
        first_row: dict[str, int] = {}
        for item_id, index in items:
            key = item_id.casefold()
            if key in first_row:
                self.report("id-dubblett", index, column, value=item_id, first=first_row[key] + 1,
                            suggestion=_next_id(item_id, {i for i, _ in items}))
            else:
                first_row[key] = index


def locate_table(sheet: str, grid: list[list[Any]], heading_index: int | None, plan: Plan, findings: Findings,
                 percent_cells: set[tuple[int, int]]) -> Table | None:
    """The sheet's table below its heading row (found by find_heading_row), or None after reporting
    a missing heading row or missing or repeated headings."""
    required = SHEET_HEADINGS[sheet](plan)
    if heading_index is None:
        findings.report("rubrikrad-saknas", sheet, headings=" och ".join(f'"{h}"' for h in required[:2]))
        return None
    columns, repeated = column_map(grid[heading_index])
    for column, value in enumerate(grid[heading_index]):
        heading = normalise_heading(value)
        if heading and columns[heading] != column:  # not the first column with this heading
            findings.report("rubrik-dubblett", sheet, cell_name(heading_index, column), heading=clean_text(value))
    present = [h for h in required if normalise_heading(h) in columns]
    missing = [h for h in required if h not in present and h not in vocab.OPTIONAL_HEADINGS]
    for heading in missing:  # a missing heading has no cell: shown where the template has it
        findings.report("rubrik-saknas", sheet, cell_name(heading_index, _expected_column(heading, required, columns)),
                        heading=heading, heading_row=heading_index + 1)
    if missing or repeated:
        return None
    found = {heading: columns[normalise_heading(heading)] for heading in present}
    return Table(sheet, grid, heading_index, found, percent_cells, findings)


def _expected_column(heading: str, required: list[str], columns: dict[str, int]) -> int:
    """Where a missing heading belongs: after the nearest heading before it that is there, as in the
    template (or before the nearest one after it); column A when none is found."""
    position = required.index(heading)
    for distance in range(1, len(required)):
        before, after = position - distance, position + distance
        if before >= 0 and normalise_heading(required[before]) in columns:
            return columns[normalise_heading(required[before])] + distance
        if after < len(required) and normalise_heading(required[after]) in columns:
            return max(columns[normalise_heading(required[after])] - distance, 0)
    return 0


@dataclass(frozen=True)
class Row:
    """One data row of a table; values are read by heading and reported at their cell."""

    table: Table
    index: int  # 0-based row on the sheet
    values: Sequence[Any]

    @property
    def excel_row(self) -> int:
        """The row number Excel shows."""
        return self.index + 1

    def report(self, code: str, heading: str, /, **params: Any) -> None:
        self.table.report(code, self.index, self.table.columns[heading], **params)

    def source(self, heading: str) -> CellRef | None:
        """The cell under heading; None for an optional heading the sheet does not have."""
        column = self.table.columns.get(heading)
        return None if column is None else cell_ref(self.table.sheet, self.index, column)

    def value(self, heading: str) -> Any:
        column = self.table.columns.get(heading)
        return self.values[column] if column is not None and column < len(self.values) else None

    def text(self, heading: str, key: bool = False) -> str:
        """The cell's text as typed; with key, as compared (an id or a name: invisibles removed).
        Text past Excel's limit is cut, and reported."""
        text = (key_text if key else clean_text)(self.value(heading))
        if len(text) > EXCEL_TEXT_LIMIT:
            self.report("text-for-lang", heading, length=swedish.number(len(text)))
            text = text[:EXCEL_TEXT_LIMIT]
        return text

    def required_text(self, heading: str, key: bool = False) -> str:
        text = self.text(heading, key)
        if not text:
            field, field_lower = messages.FIELD_NAMES[heading]
            self.report("varde-saknas", heading, field=field, field_lower=field_lower)
        return text

    def number(self, heading: str) -> float | None:
        raw = self.value(heading)
        parsed = parse_number(raw)
        if parsed.invalid:
            self.report("tal-ogiltigt", heading, value=clean_text(raw))
        elif parsed.readings:
            decimals, thousands = (swedish.number(n, decimals=6) for n in parsed.readings)
            self.report("tal-tvetydigt", heading, value=clean_text(raw), decimals=decimals, thousands=thousands)
        elif parsed.from_text and parsed.number is not None:
            self.report("tal-som-text", heading, value=clean_text(raw),
                        number=swedish.number(parsed.number, decimals=6))
        if parsed.number is not None and (self.index, self.table.columns[heading]) in self.table.percent_cells:
            return round(parsed.number * 100, 10)  # a cell shown as 85 % holds 0.85
        return parsed.number

    def date(self, heading: str) -> dt.date | None:
        raw = self.value(heading)
        parsed = parse_date(raw)
        if parsed.invalid:
            self.report("datum-ogiltigt", heading, value=clean_text(raw))
        elif parsed.from_text:
            self.report("datum-som-text", heading, value=clean_text(raw),
                        date=parsed.date.isoformat())  # type: ignore[union-attr]
        return parsed.date

    def word(self, heading: str, kind: str) -> str | None:
        """A word of the vocabulary kind (a key in VOCABULARIES), or None when empty or unknown."""
        raw = self.value(heading)
        text = "" if raw is None else str(raw)
        if not text.strip(" \u00a0"):
            return None
        words = VOCABULARIES[kind]
        match = match_word(text, words)
        if match.word is None:
            shown = clean_text(raw)
            folded = [w.casefold() for w in words]
            close = difflib.get_close_matches(shown.casefold(), folded, n=1)
            suggestion = messages.SUGGESTION.format(word=words[folded.index(close[0])]) if close else ""
            allowed = ", ".join(words[:-1]) + messages.OR + words[-1]
            self.report("status-okand", heading, value=shown,
                        kind=messages.VOCABULARY_NAMES[kind], allowed=allowed, suggestion=suggestion)
        elif not match.exact:
            self.report("status-skrivsatt", heading, value=text, word=match.word)
        return match.word


@lru_cache(maxsize=8192)
def cell_ref(sheet: str, row: int, column: int) -> CellRef:
    """One shared CellRef per cell: the workbooks of a follow-up share their layout, so the
    sources of thousands of values are a few hundred objects, each pickled once per batch."""
    return CellRef(sheet, cell_name(row, column))


def _next_id(item_id: str, taken: set[str]) -> str:
    """A free id like the duplicated one: NR3 -> NR4 when NR4 is free."""
    prefix = item_id.rstrip("0123456789") or "ID"
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"
