"""Load the plan file (TOML) an administrator writes, with Swedish errors by line.

The format is documented in the README under "Planfilen"; examples/norsjo-2025/plan.toml
is a complete example.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import messages, vocab
from .model import Department, DocumentInfo, Goal, Period, Plan, Thresholds, Unit
from .problems import Problem, VplanError, problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

# Allowed keys per table; (key, required)
PLAN_KEYS = {"id": True, "namn": True, "kommun": True, "verksamhetsomrade": True, "ar": True}
DOCUMENT_KEYS = {
    "dokumenttyp": True,
    "dokumentagare": True,
    "beslutsinstans": True,
    "upprattad_av": True,
    "faststalld": False,
    "reviderad_av": False,
    "senast_reviderad": False,
    "galler_for": False,
    "diarienummer": False,
    "giltig_till": False,
}
PERIOD_KEYS = {"id": True, "namn": True, "per": True, "sista_inlamning": False}
DEPARTMENT_KEYS = {"id": True, "namn": True}
UNIT_KEYS = {"id": True, "namn": True, "avdelning": False}
GOAL_KEYS = {
    "nummer": True,
    "titel": True,
    "beskrivning": True,
    "kf_indikator": True,
    "avdelning": False,
    "enheter": True,
    "regel": True,
}
# Rule thresholds: plan key -> Thresholds field; allowed in [regler] and in each [[mal]]
THRESHOLD_KEYS = {
    "gul_grans": "yellow_share",
    "rod_andel": "red_share",
    "andel_uppfyllt": "share_met",
    "andel_delvis": "share_partly",
    "viktad_uppfyllt": "score_met",
    "viktad_delvis": "score_partly",
    "min_rapporterade": "min_reported",
}
GOAL_KEYS.update(dict.fromkeys(THRESHOLD_KEYS, False))
# Tables: name -> True when written [[name]] (a list of tables)
TOP_LEVEL = {"plan": False, "dokument": False, "period": True, "avdelning": True, "enhet": True, "mal": True}
OPTIONAL_TABLES = {"regler": False}


class _LineFinder:
    """Finds the line of a table or key in the TOML text, for error messages."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def table(self, name: str, index: int | None) -> int | None:
        header = f"[[{name}]]" if index is not None else f"[{name}]"
        seen = -1
        for number, line in enumerate(self.lines, start=1):
            if line.strip().startswith(header):
                seen += 1
                if index is None or seen == index:
                    return number
        return None

    def key(self, table: str, index: int | None, key: str) -> int | None:
        start = self.table(table, index)
        if start is None:
            return None
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start, len(self.lines)):
            line = self.lines[number]
            if line.strip().startswith("["):
                break
            if pattern.match(line):
                return number + 1
        return start


class _PlanReader:
    def __init__(self, path: Path, text: str, data: dict[str, Any]):
        self.file = path.name
        self.lines = _LineFinder(text)
        self.data = data
        self.problems: list[Problem] = []

    def fail(self, code: str, table: str, index: int | None, key: str | None, /, **params: Any) -> None:
        line = self.lines.key(table, index, key) if key else self.lines.table(table, index)
        self.problems.append(problem(code, self.file, line=line, **params))

    def tables(self, name: str) -> list[tuple[int | None, dict[str, Any]]]:
        value = self.data.get(name)
        if value is None:
            return []
        if isinstance(value, list):
            return list(enumerate(value))
        return [(None, value)]

    def fields(self, table: str, index: int | None, values: dict[str, Any], allowed: dict[str, bool]) -> dict[str, Any]:
        for key in values:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                self.fail(
                    "plan-okand-nyckel", table, index, key,
                    key=key, table=table, suggestion=messages.SUGGESTION.format(word=close[0]) if close else "",
                )
        for key, required in allowed.items():
            if required and _is_blank(values.get(key)):
                self.fail("plan-nyckel-saknas", table, index, key, key=key, table=table)
        return values

    def text(self, values: dict[str, Any], key: str, table: str, index: int | None) -> str:
        value = values.get(key, "")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "diarienummer":
            return str(value)
        if not isinstance(value, str):
            self.fail("plan-fel-typ", table, index, key, key=key, expected=messages.PLAN_EXPECTED_TEXT)
            return ""
        return value.strip()

    def date(self, values: dict[str, Any], key: str, table: str, index: int | None) -> dt.date | None:
        value = values.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self.fail("plan-fel-typ", table, index, key, key=key, expected=messages.PLAN_EXPECTED_DATE)
        return None

    def whole_number(
        self, values: dict[str, Any], key: str, table: str, index: int | None, bounds: tuple[int, int], expected: str,
    ) -> int:
        """A whole number within bounds, or 0 (a missing one is reported by fields())."""
        value = values.get(key)
        if _is_blank(value):
            return 0
        if not isinstance(value, int) or isinstance(value, bool) or not bounds[0] <= value <= bounds[1]:
            self.fail("plan-fel-typ", table, index, key, key=key, expected=expected)
            return 0
        return value

    def identifier(self, values: dict[str, Any], key: str, table: str, index: int | None) -> str:
        value = self.text(values, key, table, index)
        if value and not ID_PATTERN.match(value):
            self.fail("plan-ogiltigt-id", table, index, key, value=value)
        return value

    def read(self) -> Plan:
        tables = {**TOP_LEVEL, **OPTIONAL_TABLES}
        for key in self.data:
            if key not in tables:
                self.problems.append(problem("plan-okand-tabell", self.file, line=None, table=key))
        for key, is_list in tables.items():
            if key not in self.data:
                if key in TOP_LEVEL:
                    self.problems.append(problem("plan-tabell-saknas", self.file, table=key))
            elif not _has_form(self.data[key], is_list):
                self.fail("plan-tabelltyp", key, None, None, table=key, form=f"[[{key}]]" if is_list else f"[{key}]")
                return self._stop()

        header = self._header()
        rules = self.data.get("regler", {})
        self.fields("regler", None, rules, dict.fromkeys(THRESHOLD_KEYS, False))
        thresholds = self._thresholds(rules, "regler", None, Thresholds())
        document = self._document()
        periods = self._periods()
        departments = [self._department(i, v) for i, v in self.tables("avdelning")]
        department_ids = {d.id for d in departments}
        units = [self._unit(i, v, department_ids) for i, v in self.tables("enhet")]
        unit_ids = {u.id for u in units}
        goals = [self._goal(i, v, department_ids, unit_ids, thresholds) for i, v in self.tables("mal")]
        self._unique("avdelning", [d.id for d in departments], "id")
        self._unique("enhet", [u.id for u in units], "id")
        self._unique("period", [p.id for p in periods], "id")
        self._unique("mal", [g.number for g in goals], "nummer")
        if self.problems:
            return self._stop()
        return Plan(
            **header,
            document=document,
            periods=tuple(sorted(periods, key=lambda p: p.end_date)),
            departments=tuple(departments),
            units=tuple(units),
            goals=tuple(sorted(goals, key=lambda g: g.number)),
            thresholds=thresholds,
        )

    def _stop(self) -> Plan:
        raise VplanError(messages.PLAN_HAS_ERRORS.format(name=self.file), self.problems)

    def _header(self) -> dict[str, Any]:
        """The [plan] table's own fields, as keyword arguments for Plan."""
        values = self.fields("plan", None, self.data.get("plan", {}), PLAN_KEYS)
        return {
            "id": self.identifier(values, "id", "plan", None),
            "name": self.text(values, "namn", "plan", None),
            "municipality": self.text(values, "kommun", "plan", None),
            "area": self.text(values, "verksamhetsomrade", "plan", None),
            "year": self.whole_number(values, "ar", "plan", None, (1000, 9999), messages.PLAN_EXPECTED_YEAR),
        }

    def _document(self) -> DocumentInfo:
        values = self.fields("dokument", None, self.data.get("dokument", {}), DOCUMENT_KEYS)
        return DocumentInfo(
            document_type=self.text(values, "dokumenttyp", "dokument", None),
            owner=self.text(values, "dokumentagare", "dokument", None),
            decision_body=self.text(values, "beslutsinstans", "dokument", None),
            prepared_by=self.text(values, "upprattad_av", "dokument", None),
            adopted=self.date(values, "faststalld", "dokument", None),
            registry_number=self.text(values, "diarienummer", "dokument", None),
            valid_until=self.date(values, "giltig_till", "dokument", None),
            revised_by=self.text(values, "reviderad_av", "dokument", None),
            last_revised=self.date(values, "senast_reviderad", "dokument", None),
            applies_to=self.text(values, "galler_for", "dokument", None),
        )

    def _periods(self) -> list[Period]:
        periods = []
        for index, values in self.tables("period"):
            self.fields("period", index, values, PERIOD_KEYS)
            end_date = self.date(values, "per", "period", index)
            periods.append(
                Period(
                    id=self.identifier(values, "id", "period", index),
                    name=self.text(values, "namn", "period", index),
                    end_date=end_date or dt.date.min,
                    deadline=self.date(values, "sista_inlamning", "period", index),
                )
            )
        if not periods:
            self.problems.append(problem("plan-tabell-saknas", self.file, table="period"))
        return periods

    def _department(self, index: int | None, values: dict[str, Any]) -> Department:
        self.fields("avdelning", index, values, DEPARTMENT_KEYS)
        return Department(
            id=self.identifier(values, "id", "avdelning", index),
            name=self.text(values, "namn", "avdelning", index),
        )

    def _unit(self, index: int | None, values: dict[str, Any], department_ids: set[str]) -> Unit:
        self.fields("enhet", index, values, UNIT_KEYS)
        department = self.text(values, "avdelning", "enhet", index) or None
        if department and department not in department_ids:
            self.fail("plan-okand-referens", "enhet", index, "avdelning", value=department, kind="avdelning")
        return Unit(
            id=self.identifier(values, "id", "enhet", index),
            name=self.text(values, "namn", "enhet", index),
            department_id=department,
        )

    def _thresholds(self, values: dict[str, Any], table: str, index: int | None, base: Thresholds) -> Thresholds:
        changes = {}
        for key, field in THRESHOLD_KEYS.items():
            if key not in values:
                continue
            value = values[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                self.fail("plan-fel-typ", table, index, key, key=key, expected=messages.PLAN_EXPECTED_SHARE)
            else:
                changes[field] = float(value)
        return replace(base, **changes)

    def _goal(
        self, index: int | None, values: dict[str, Any], department_ids: set[str], unit_ids: set[str],
        thresholds: Thresholds,
    ) -> Goal:
        self.fields("mal", index, values, GOAL_KEYS)
        number = self.whole_number(values, "nummer", "mal", index, (1, 99), messages.PLAN_EXPECTED_GOAL_NUMBER)
        department = self.text(values, "avdelning", "mal", index) or None
        if department and department not in department_ids:
            self.fail("plan-okand-referens", "mal", index, "avdelning", value=department, kind="avdelning")
        units = values.get("enheter", [])
        if not isinstance(units, list) or not all(isinstance(u, str) for u in units):
            self.fail("plan-fel-typ", "mal", index, "enheter", key="enheter", expected=messages.PLAN_EXPECTED_UNIT_LIST)
            units = []
        for unit in units:
            if unit not in unit_ids:
                self.fail("plan-okand-referens", "mal", index, "enheter", value=unit, kind="enhet")
        rule = self.text(values, "regel", "mal", index)
        if rule and rule not in vocab.RULES:
            self.fail("plan-okand-regel", "mal", index, "regel", value=rule, allowed=", ".join(vocab.RULES))
        return Goal(
            number=number,
            title=self.text(values, "titel", "mal", index),
            description=self.text(values, "beskrivning", "mal", index),
            council_indicator=self.text(values, "kf_indikator", "mal", index),
            department_id=department,
            unit_ids=tuple(units),
            rule=rule,
            thresholds=self._thresholds(values, "mal", index, thresholds),
        )

    def _unique(self, table: str, values: list[Any], key: str) -> None:
        seen: set[Any] = set()
        for index, value in enumerate(values):
            if value in seen and value not in ("", 0):
                self.fail("plan-dubblett", table, index, key, value=value, table=table, key=key)
            seen.add(value)


def load_plan(path: str | Path) -> Plan:
    """Read and check a plan file; raise VplanError listing every problem found."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise VplanError(messages.PLAN_UNREADABLE.format(path=path, reason=messages.os_reason(error))) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise VplanError(messages.PLAN_NOT_UTF8.format(name=path.name)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise VplanError(
            messages.PLAN_UNPARSABLE.format(name=path.name),
            [problem("plan-syntax", path.name, line=line, detail=str(error))],
        ) from None
    return _PlanReader(path, text, data).read()


def _has_form(value: Any, is_list: bool) -> bool:
    """True for a table written [name], or for a list of tables written [[name]]."""
    if is_list:
        return isinstance(value, list) and all(isinstance(item, dict) for item in value)
    return isinstance(value, dict)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None
