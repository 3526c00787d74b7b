"""vplan export: a follow-up as tables for analysts and Power BI, in .xlsx or Swedish CSV.

Three tables: key results (one row per key result and unit), activities and goals. Values keep
their types (numbers, dates); no text from a workbook can become a formula, in either format.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import messages, vocab
from ..files import write_atomically
from ..problems import VplanError
from ..rollup.follow_up import FollowUp
from ..workbook.board import Table, write_tables

# How CSV is written: the way Swedish Excel opens it by double-click, or for tools that want , and .
CSV_FORMATS = {
    "excel": {"delimiter": ";", "decimal": ",", "encoding": "utf-8-sig"},
    "punkt": {"delimiter": ",", "decimal": ".", "encoding": "utf-8"},
}
DEFAULT_CSV_FORMAT = "excel"
# OWASP (CSV injection): a cell starting with one of these is run as a formula by spreadsheets
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Exported:
    """The three tables of an export."""

    key_results: Table
    activities: Table
    goals: Table

    @property
    def tables(self) -> tuple[Table, Table, Table]:
        return self.key_results, self.activities, self.goals


def export_tables(follow_up: FollowUp) -> Exported:
    """The follow-up as three plain tables with typed values (pure)."""
    return Exported(_key_results(follow_up), _activities(follow_up), _goals(follow_up))


def write_export(follow_up: FollowUp, out: str | Path, csv_format: str = DEFAULT_CSV_FORMAT) -> list[Path]:
    """Write the export to out (.xlsx: three sheets; .csv: three files, out and out-aktiviteter.csv,
    out-mal.csv beside it); return the files written."""
    out = Path(out)
    exported = export_tables(follow_up)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        return [write_tables(out, exported.tables)]
    if suffix != ".csv":
        raise VplanError(messages.EXPORT_SUFFIX.format(path=out))
    paths = [out, out.with_name(f"{out.stem}-aktiviteter.csv"), out.with_name(f"{out.stem}-mal.csv")]
    return [_write_csv(table, path, csv_format) for table, path in zip(exported.tables, paths, strict=True)]


def csv_text(table: Table, csv_format: str = DEFAULT_CSV_FORMAT) -> str:
    """A table as CSV text: the header and one line per row, numbers with the format's decimal mark,
    dates ISO, texts that a spreadsheet would run as a formula prefixed with an apostrophe."""
    settings = CSV_FORMATS[csv_format]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=settings["delimiter"], lineterminator="\r\n")
    writer.writerow([_csv_value(h, settings["decimal"]) for h in table.headings])
    for row in table.rows:
        writer.writerow([_csv_value(value, settings["decimal"]) for value in row])
    return buffer.getvalue()


def _write_csv(table: Table, out: Path, csv_format: str) -> Path:
    text = csv_text(table, csv_format)
    encoding = CSV_FORMATS[csv_format]["encoding"]

    def save(temporary: str) -> None:
        with open(temporary, "w", encoding=encoding, newline="") as handle:
            handle.write(text)

    return write_atomically(save, out)


def _csv_value(value: Any, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
        return text.replace(".", decimal)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(RISKY_STARTS) else text


def _unit_name(follow_up: FollowUp, unit_id: str) -> str:
    unit = follow_up.plan.unit(unit_id)
    return unit.name if unit else unit_id


def _key_results(follow_up: FollowUp) -> Table:
    period = follow_up.period
    periods = follow_up.plan.periods
    rows: list[Sequence[Any]] = []
    for goal in follow_up.goals:
        for item in goal.key_results:
            kr = item.key_result
            now = kr.periods.get(period.id)
            source = (now.outcome_source or now.status_source) if now else None
            outcomes = [kr.periods[p.id].outcome if p.id in kr.periods else None for p in periods]
            rows.append([
                period.name, goal.goal.number, _unit_name(follow_up, item.unit_id), item.unit_id, kr.id, kr.title,
                kr.measure, kr.baseline, kr.target, kr.direction, kr.weight, *outcomes,
                now.status if now else None, item.decided.computed, item.status, item.decided.reason,
                now.comment if now else "", item.trend, item.file, vocab.SHEET_KEY_RESULTS,
                source.cell if source else f"A{kr.row}",
            ])
    headings = (*messages.EXPORT_KEY_RESULT_HEADINGS, *(messages.EXPORT_OUTCOME.format(period=p.name) for p in periods),
                *messages.EXPORT_KEY_RESULT_TAIL)
    return Table(messages.EXPORT_KEY_RESULTS_SHEET, headings, rows)


def _activities(follow_up: FollowUp) -> Table:
    period = follow_up.period
    rows: list[Sequence[Any]] = []
    submissions = sorted(follow_up.folder.submissions,
                         key=lambda s: (s.goal_number, _unit_order(follow_up, s.goal_number, s.unit_id)))
    for submission in submissions:
        for activity in submission.activities:
            progress = activity.periods.get(period.id)
            source = progress.status_source if progress else None
            rows.append([
                period.name, submission.goal_number, _unit_name(follow_up, submission.unit_id), submission.unit_id,
                activity.id, activity.title, activity.key_result_id, activity.responsible, activity.start,
                activity.due, progress.status if progress else None, progress.comment if progress else "",
                submission.path, vocab.SHEET_ACTIVITIES, source.cell if source else f"A{activity.row}",
            ])
    return Table(messages.EXPORT_ACTIVITIES_SHEET, messages.EXPORT_ACTIVITY_HEADINGS, rows)


def _unit_order(follow_up: FollowUp, goal_number: int, unit_id: str) -> int:
    goal = follow_up.plan.goal(goal_number)
    return goal.unit_ids.index(unit_id) if goal and unit_id in goal.unit_ids else len(unit_id)


def _goals(follow_up: FollowUp) -> Table:
    plan = follow_up.plan
    rows: list[Sequence[Any]] = []
    for goal in follow_up.goals:
        department = plan.department(goal.goal.department_id)
        rows.append([
            follow_up.period.name, goal.goal.number, goal.goal.title,
            department.name if department else messages.EXPORT_COMMON_GOALS, goal.goal.council_indicator,
            goal.goal.rule, goal.status, goal.reason, goal.suggestion, goal.previous_status, goal.trend,
            goal.reported, goal.total, messages.EXPORT_YES if goal.complete else messages.EXPORT_NO,
            ", ".join(_unit_name(follow_up, unit_id) for unit_id in goal.missing_units),
        ])
    return Table(messages.EXPORT_GOALS_SHEET, messages.EXPORT_GOAL_HEADINGS, rows)
