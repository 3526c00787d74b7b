"""Read one goal workbook into a Submission, collecting every problem on the way.

The only module that opens an input workbook. Files are read once into memory, checked by
container.inspect, and parsed with python-calamine; the file on disk is never written.
"""

from __future__ import annotations

import datetime as dt
import difflib
import errno
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import container
from .. import messages, swedish, vocab
from .cells import match_word, parse_date, parse_number
from ..text import clean_text, key_text
from ..workbook import layout
from ..workbook.layout import SHEET_HEADINGS, cell_name, column_map, find_heading_row, normalise_heading
from .completeness import check_submission
from ..model import Activity, ActivityProgress, Assessment, CellRef, KeyResult, Period, PeriodResult, Plan, Submission
from ..problems import Problem, problem

VOCABULARIES = {
    "kr-status": vocab.KR_STATUSES,
    "aktivitetsstatus": vocab.ACTIVITY_STATUSES,
    "riktning": vocab.DIRECTIONS,
    "bedomning": vocab.GOAL_ASSESSMENTS,
}

SHEETS_READ = (vocab.SHEET_IDENTITY, *SHEET_HEADINGS)
EXCEL_TEXT_LIMIT = 32_767  # characters in one cell


def read_workbook(
    path: Path, name: str, plan: Plan, period: Period | None = None
) -> tuple[Submission | None, list[Problem]]:
    """Read the workbook at path (shown to users as name) against the plan.

    Returns the submission, or None when the file cannot be trusted at all, and the
    problems found; with a period, also the completeness checks for that period. Never
    raises for anything wrong with the file: one bad file must not stop the others.
    """
    try:
        stat = path.stat()
        if stat.st_size > container.MAX_FILE_BYTES:
            return None, [problem("fil-for-stor", name, detail=f"{stat.st_size // (1024 * 1024)} MB")]
        data = path.read_bytes()
        modified = dt.datetime.fromtimestamp(stat.st_mtime)
    except OSError as error:
        denied = error.errno in (errno.EACCES, errno.EPERM)
        return None, [problem("fil-olasbar", name,
                              detail=messages.DETAIL_NO_ACCESS if denied else messages.DETAIL_READ_ERROR)]
    try:
        checked = container.inspect(data, SHEETS_READ)
    except container.Refused as refused:
        params: dict[str, Any] = dict(refused.params)
        if "row" in params:
            params["row"] = swedish.number(int(params["row"]))
        return None, [problem(refused.code, name, sheet=refused.sheet, cell=refused.cell, **params)]
    try:
        sheets = _sheets(data)
    except Exception:  # noqa: BLE001 - whatever calamine raises, it is this file that is broken
        return None, [problem("fil-skadad", name, detail=messages.DETAIL_UNREADABLE)]
    reader = _WorkbookReader(name, plan, checked)
    try:
        submission = reader.read(sheets, modified, hashlib.sha256(data).hexdigest())
        if submission is not None and period is not None:
            reader.problems += check_submission(submission, plan, period, reader.reported_cells())
    except Exception as error:  # noqa: BLE001 - a bug in vplan: report it for this file, read the others
        return None, [problem("internt-fel", name, detail=type(error).__name__)]
    return submission, reader.problems


@dataclass
class _Sheet:
    rows: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]]  # ((first row, first column), (last row, last column))


def _sheets(data: bytes) -> dict[str, _Sheet]:
    """Every sheet the reader needs, as rows of cell values from A1 on, with merged ranges."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets = {}
    for name in workbook.sheet_names:
        if name in SHEETS_READ:
            sheet = workbook.get_sheet_by_name(name)
            sheets[name] = _Sheet(sheet.to_python(skip_empty_area=False), list(sheet.merged_cell_ranges or []))
    return sheets


class _WorkbookReader:
    def __init__(self, name: str, plan: Plan, checked: container.CheckedWorkbook):
        self.name = name
        self.plan = plan
        self.checked = checked
        self.problems: list[Problem] = []
        self.sheet = ""
        self.percent_cells: set[tuple[int, int]] = set()
        self.blocked: set[tuple[str, str]] = set()  # cells already explained (formula, error, merged)

    def report(self, code: str, row: int | None = None, column: int | None = None, /, **params: Any) -> None:
        cell = cell_name(row, column) if row is not None and column is not None else None
        if cell is None or (self.sheet, cell) not in self.blocked:
            self.problems.append(problem(code, self.name, sheet=self.sheet or None, cell=cell, **params))

    def reported_cells(self) -> set[tuple[str | None, str | None]]:
        """Cells and sheets that already have a problem, for the completeness checks."""
        return {(p.sheet, p.cell) for p in self.problems} | set(self.blocked)

    # --- the workbook ---

    def read(self, sheets: dict[str, _Sheet], modified: dt.datetime, sha256: str) -> Submission | None:
        identity_sheet = sheets.get(vocab.SHEET_IDENTITY)
        identity = self._identity(identity_sheet.rows if identity_sheet else None)
        if identity is None:
            return None
        goal_number, unit_id, version = identity
        for sheet_name, facts in self.checked.sheets.items():
            for reference in facts.uncached_formulas:
                self.problems.append(problem("formel-utan-varde", self.name, sheet=sheet_name, cell=reference))
            for reference, value in facts.error_values.items():
                self.problems.append(problem("cell-felvarde", self.name, sheet=sheet_name, cell=reference,
                                             value=value))
            self.blocked |= {(sheet_name, cell) for cell in [*facts.uncached_formulas, *facts.error_values]}
        self.sheet = ""
        for link in self.checked.external_links:
            self.report("extern-lank", detail=link.rsplit("/", 1)[-1])
        submission = Submission(
            path=self.name, goal_number=goal_number, unit_id=unit_id, template_version=version,
            modified=modified, sha256=sha256,
        )
        for sheet_name in SHEET_HEADINGS:
            if sheet_name not in sheets:
                self.problems.append(problem("blad-saknas", self.name, sheet=sheet_name, name=sheet_name))
            else:
                self._merged(sheet_name, sheets[sheet_name])
        if vocab.SHEET_KEY_RESULTS in sheets:
            submission.key_results = self._key_results(sheets[vocab.SHEET_KEY_RESULTS].rows)
        if vocab.SHEET_ACTIVITIES in sheets:
            submission.activities = self._activities(sheets[vocab.SHEET_ACTIVITIES].rows, submission.key_results)
        if vocab.SHEET_ASSESSMENT in sheets:
            submission.assessments = self._assessments(sheets[vocab.SHEET_ASSESSMENT].rows)
        return submission

    def _merged(self, sheet_name: str, sheet: _Sheet) -> None:
        """Merged cells in the table hide values: say so once, and not again per hidden cell."""
        below_info = [m for m in sheet.merged if m[1][0] >= layout.INFO_ROWS]  # the template merges rows 1-4
        if not below_info:
            return
        heading_index = find_heading_row(sheet.rows, sheet_name)
        first_table_row = heading_index if heading_index is not None else layout.HEADING_ROW - 1
        for (top, left), (bottom, right) in below_info:
            if bottom < first_table_row:
                continue
            cells = f"{cell_name(top, left)}:{cell_name(bottom, right)}"
            self.problems.append(problem("cell-sammanfogad", self.name, sheet=sheet_name,
                                         cell=cell_name(top, left), cells=cells))
            self.blocked |= {(sheet_name, cell_name(r, c)) for r in range(top, bottom + 1)
                             for c in range(left, right + 1)}

    def _identity(self, rows: list[list[Any]] | None) -> tuple[int, str, int] | None:
        if rows is None:
            self.report("identitet-saknas")
            return None
        values = {key_text(row[0]): row[1] for row in rows if len(row) >= 2}
        plan_id = key_text(values.get(vocab.ID_PLAN))
        goal = parse_number(values.get(vocab.ID_GOAL)).number
        unit_id = key_text(values.get(vocab.ID_UNIT))
        version = parse_number(values.get(vocab.ID_VERSION)).number
        if not plan_id or not unit_id or goal is None or version is None or not (
                goal.is_integer() and version.is_integer()):
            self.report("identitet-saknas")
            return None
        goal_number, template_version = int(goal), int(version)
        planned_goal, unit = self.plan.goal(goal_number), self.plan.unit(unit_id)
        if plan_id != self.plan.id:
            self.report("identitet-plan", found=plan_id, expected=self.plan.id)
        elif template_version != vocab.TEMPLATE_VERSION:
            self.report("identitet-version", found=template_version, expected=vocab.TEMPLATE_VERSION)
        elif planned_goal is None:
            self.report("mal-okant", goal=goal_number)
        elif unit is None:
            self.report("enhet-okand", unit=unit_id)
        elif unit_id not in planned_goal.unit_ids:
            self.report("enhet-ej-i-mal", unit=unit.name, goal=goal_number)
        else:
            return goal_number, unit_id, template_version
        return None

    # --- sheet helpers ---

    def _table(self, sheet_name: str, rows: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
        """Locate the heading row and columns; report missing or repeated headings."""
        self.sheet = sheet_name
        facts = self.checked.sheets.get(sheet_name)
        self.percent_cells = facts.percent_cells if facts else set()
        heading_index = find_heading_row(rows, sheet_name)
        required = SHEET_HEADINGS[sheet_name](self.plan)
        if heading_index is None:
            self.report("rubrikrad-saknas", headings=" och ".join(f'"{h}"' for h in required[:2]))
            return None
        columns, repeated = column_map(rows[heading_index])
        for heading in repeated:
            self.report("rubrik-dubblett", heading_index, 0, heading=heading)
        missing = [h for h in required if normalise_heading(h) not in columns]
        for heading in missing:
            self.report("rubrik-saknas", heading_index, 0, heading=heading, heading_row=heading_index + 1)
        if missing or repeated:
            return None
        return heading_index, {heading: columns[normalise_heading(heading)] for heading in required}

    def _rows(self, rows: list[list[Any]], heading_index: int, columns: dict[str, int]) -> list[tuple[int, Sequence[Any]]]:
        """Data rows below the heading with anything in a known column; gaps are skipped, not an end."""
        used = list(columns.values())

        def filled(value: Any) -> bool:
            return value not in ("", None) and (not isinstance(value, str) or bool(key_text(value)))

        return [
            (index, row)
            for index, row in enumerate(rows[heading_index + 1:], start=heading_index + 1)
            if any(filled(row[c]) for c in used if c < len(row))
        ]

    def _source(self, index: int, columns: dict[str, int], heading: str) -> CellRef:
        return CellRef(self.sheet, cell_name(index, columns[heading]))

    @staticmethod
    def _value(row: Sequence[Any], columns: dict[str, int], heading: str) -> Any:
        column = columns[heading]
        return row[column] if column < len(row) else None

    def _text(self, row: Sequence[Any], columns: dict[str, int], heading: str, index: int = -1,
              key: bool = False) -> str:
        """The cell's text as typed; with key, as compared (an id or a name: invisibles removed)."""
        text = (key_text if key else clean_text)(self._value(row, columns, heading))
        if len(text) > EXCEL_TEXT_LIMIT:
            if index >= 0:
                self.report("text-for-lang", index, columns[heading], length=swedish.number(len(text)))
            text = text[:EXCEL_TEXT_LIMIT]
        return text

    def _required_text(self, index: int, row: Sequence[Any], columns: dict[str, int], heading: str,
                       key: bool = False) -> str:
        text = self._text(row, columns, heading, index, key)
        if not text:
            field, field_lower = messages.FIELD_NAMES[heading]
            self.report("varde-saknas", index, columns[heading], field=field, field_lower=field_lower)
        return text

    def _number(self, index: int, row: Sequence[Any], columns: dict[str, int], heading: str) -> float | None:
        column = columns[heading]
        raw = self._value(row, columns, heading)
        parsed = parse_number(raw)
        if parsed.invalid:
            self.report("tal-ogiltigt", index, column, value=clean_text(raw))
        elif parsed.readings:
            decimals, thousands = (swedish.number(n, decimals=6) for n in parsed.readings)
            self.report("tal-tvetydigt", index, column, value=clean_text(raw), decimals=decimals, thousands=thousands)
        elif parsed.from_text and parsed.number is not None:
            self.report("tal-som-text", index, column, value=clean_text(raw), number=swedish.number(parsed.number, decimals=6))
        if parsed.number is not None and (index, column) in self.percent_cells:
            return round(parsed.number * 100, 10)  # a cell shown as 85 % holds 0.85
        return parsed.number

    def _date(self, index: int, row: Sequence[Any], columns: dict[str, int], heading: str) -> dt.date | None:
        raw = self._value(row, columns, heading)
        parsed = parse_date(raw)
        column = columns[heading]
        if parsed.invalid:
            self.report("datum-ogiltigt", index, column, value=clean_text(raw))
        elif parsed.from_text:
            self.report("datum-som-text", index, column, value=clean_text(raw), date=parsed.date.isoformat())  # type: ignore[union-attr]
        return parsed.date

    def _word(self, index: int, row: Sequence[Any], columns: dict[str, int], heading: str, kind: str) -> str | None:
        raw = self._value(row, columns, heading)
        text = "" if raw is None else str(raw)
        if not text.strip(" \u00a0"):
            return None
        words = VOCABULARIES[kind]
        match = match_word(text, words)
        column = columns[heading]
        shown = clean_text(raw)
        if match.word is None:
            folded = [w.casefold() for w in words]
            close = difflib.get_close_matches(shown.casefold(), folded, n=1)
            suggestion = messages.SUGGESTION.format(word=words[folded.index(close[0])]) if close else ""
            allowed = ", ".join(words[:-1]) + messages.OR + words[-1]
            self.report("status-okand", index, column, value=shown,
                        kind=messages.VOCABULARY_NAMES[kind], allowed=allowed, suggestion=suggestion)
        elif not match.exact:
            self.report("status-skrivsatt", index, column, value=text, word=match.word)
        return match.word

    def _unique_ids(self, items: list[tuple[str, int]], column: int) -> None:
        first_row: dict[str, int] = {}
        for item_id, index in items:
            key = item_id.casefold()
            if key in first_row:
                self.report("id-dubblett", index, column, value=item_id, first=first_row[key] + 1,
                            suggestion=_next_id(item_id, {i for i, _ in items}))
            else:
                first_row[key] = index

    # --- the three sheets ---

    def _key_results(self, rows: list[list[Any]]) -> list[KeyResult]:
        table = self._table(vocab.SHEET_KEY_RESULTS, rows)
        if table is None:
            return []
        heading_index, columns = table
        results = []
        for index, row in self._rows(rows, heading_index, columns):
            weight = self._number(index, row, columns, vocab.KR_WEIGHT)
            if weight is not None and weight <= 0:
                self.report("vikt-ogiltig", index, columns[vocab.KR_WEIGHT], value=swedish.number(weight))
                weight = None
            result = KeyResult(
                id=self._required_text(index, row, columns, vocab.KR_ID, key=True),
                title=self._required_text(index, row, columns, vocab.KR_TITLE),
                measure=self._text(row, columns, vocab.KR_MEASURE),
                baseline=self._number(index, row, columns, vocab.KR_BASELINE),
                target=self._number(index, row, columns, vocab.KR_TARGET),
                direction=self._word(index, row, columns, vocab.KR_DIRECTION, "riktning"),
                weight=1.0 if weight is None else weight,
                row=index + 1,
            )
            for heading in (vocab.KR_TARGET, vocab.KR_DIRECTION):
                if self._value(row, columns, heading) in (None, ""):
                    self._required_text(index, row, columns, heading)
            for period in self.plan.periods:
                outcome = vocab.period_heading(vocab.OUTCOME, period.name)
                status = vocab.period_heading(vocab.STATUS, period.name)
                result.periods[period.id] = PeriodResult(
                    outcome=self._number(index, row, columns, outcome),
                    status=self._word(index, row, columns, status, "kr-status"),
                    comment=self._text(row, columns, vocab.period_heading(vocab.COMMENT, period.name), index),
                    outcome_source=self._source(index, columns, outcome),
                    status_source=self._source(index, columns, status),
                )
            results.append(result)
        if not results:
            self.report("inga-nyckelresultat", heading_index + 1, 0)
        self._unique_ids([(r.id, r.row - 1) for r in results if r.id], columns[vocab.KR_ID])
        return results

    def _activities(self, rows: list[list[Any]], key_results: list[KeyResult]) -> list[Activity]:
        table = self._table(vocab.SHEET_ACTIVITIES, rows)
        if table is None:
            return []
        heading_index, columns = table
        known = {kr.id.casefold(): kr.id for kr in key_results if kr.id}
        activities = []
        for index, row in self._rows(rows, heading_index, columns):
            key_result = self._text(row, columns, vocab.ACT_KEY_RESULT, key=True)
            if key_result and key_result.casefold() not in known and key_results:
                self.report("okant-nyckelresultat", index, columns[vocab.ACT_KEY_RESULT],
                            value=key_result, allowed=", ".join(known.values()))
            activity = Activity(
                id=self._required_text(index, row, columns, vocab.ACT_ID, key=True),
                title=self._required_text(index, row, columns, vocab.ACT_TITLE),
                key_result_id=known.get(key_result.casefold(), key_result),
                responsible=self._text(row, columns, vocab.ACT_RESPONSIBLE),
                start=self._date(index, row, columns, vocab.ACT_START),
                due=self._date(index, row, columns, vocab.ACT_DUE),
                row=index + 1,
            )
            if activity.start and activity.due and activity.due < activity.start:
                self.report("datum-ordning", index, columns[vocab.ACT_DUE],
                            due=activity.due.isoformat(), start=activity.start.isoformat())
            for period in self.plan.periods:
                status = vocab.period_heading(vocab.STATUS, period.name)
                activity.periods[period.id] = ActivityProgress(
                    status=self._word(index, row, columns, status, "aktivitetsstatus"),
                    comment=self._text(row, columns, vocab.period_heading(vocab.COMMENT, period.name), index),
                    status_source=self._source(index, columns, status),
                )
            activities.append(activity)
        self._unique_ids([(a.id, a.row - 1) for a in activities if a.id], columns[vocab.ACT_ID])
        return activities

    def _assessments(self, rows: list[list[Any]]) -> dict[str, Assessment]:
        table = self._table(vocab.SHEET_ASSESSMENT, rows)
        if table is None:
            return {}
        heading_index, columns = table
        assessments: dict[str, Assessment] = {}
        first_row: dict[str, int] = {}
        for index, row in self._rows(rows, heading_index, columns):
            name = self._text(row, columns, vocab.AS_PERIOD, key=True)
            period = self.plan.period(name) if name else None
            column = columns[vocab.AS_PERIOD]
            if period is None:
                self.report("period-okand", index, column, value=name,
                            allowed=", ".join(p.name for p in self.plan.periods))
                continue
            if period.id in assessments:
                self.report("period-dubblett", index, column, period=period.name, first=first_row[period.id] + 1)
                continue
            first_row[period.id] = index
            assessments[period.id] = Assessment(
                period_id=period.id,
                analysis=self._text(row, columns, vocab.AS_ANALYSIS, index),
                actions=self._text(row, columns, vocab.AS_ACTIONS, index),
                proposal=self._word(index, row, columns, vocab.AS_PROPOSAL, "bedomning"),
                motivation=self._text(row, columns, vocab.AS_MOTIVATION, index),
                analysis_source=self._source(index, columns, vocab.AS_ANALYSIS),
                proposal_source=self._source(index, columns, vocab.AS_PROPOSAL),
            )
        return assessments


def _next_id(item_id: str, taken: set[str]) -> str:
    """A free id like the duplicated one: NR3 -> NR4 when NR4 is free."""
    prefix = item_id.rstrip("0123456789") or "ID"
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"
