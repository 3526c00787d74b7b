"""Load the plan file (TOML) an administrator writes, with Swedish errors by line.

The format is documented in the README under "The plan file"; examples/norsjo-2025/plan.toml
is a complete example. plan_text parses the text, plan_table reads one table's values;
this module puts the tables together into a Plan and checks what spans tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from . import messages, vocab
from .model import Department, DocumentInfo, Goal, Period, Plan, ReportInfo, Thresholds, Unit
from .plan_table import THRESHOLD_KEYS, PlanProblems, PlanTable
from .plan_text import parse
from .problems import VplanError

# Allowed keys per table: key -> required
PLAN_KEYS = {
    "id": True, "namn": True, "kommun": True, "verksamhetsomrade": True, "ar": True,
    "avsandare": False, "avsandare_epost": False, "kommunkod": False, "jamforelse": False,
}
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
REPORT_KEYS = {"upprattad_av": False, "diarienummer": False, "datum": False}
PERIOD_KEYS = {"id": True, "namn": True, "per": True, "sista_inlamning": False}
DEPARTMENT_KEYS = {"id": True, "namn": True}
UNIT_KEYS = {"id": True, "namn": True, "kortnamn": False, "avdelning": False, "kontakt": False, "epost": False}
GOAL_KEYS = {
    "nummer": True,
    "titel": True,
    "beskrivning": True,
    "kf_indikator": True,
    "avdelning": False,
    "enheter": True,
    "regel": True,
    "kolada": False,
}
GOAL_KEYS.update(dict.fromkeys(THRESHOLD_KEYS, False))
MUNICIPALITY_CODE = re.compile(r"^[0-9]{4}$")  # SCB's code: Norsjö 2417
COMPARISON_ID = re.compile(r"^(?:[0-9]{4}|G[0-9]+)$")  # 0000 riket, a municipality, or a Kolada group (G…)
KPI_ID = re.compile(r"^[NU][0-9]{5}$")  # Kolada's KPI ids: N03102, U07455
# Tables: name -> True when written [[name]] (a list of tables)
TOP_LEVEL = {"plan": False, "dokument": False, "period": True, "avdelning": True, "enhet": True, "mal": True}
OPTIONAL_TABLES = {"regler": False, "rapport": False}


class _PlanReader:
    """Builds a Plan table by table, collecting every problem before it gives up."""

    def __init__(self, file: str, text: str, data: dict[str, Any]):
        self.file = file
        self.data = data
        self.problems = PlanProblems(file, text)

    def read(self) -> Plan:
        self._check_tables()
        header = self._header()
        thresholds = self._table("regler", dict.fromkeys(THRESHOLD_KEYS, False)).thresholds(Thresholds())
        document = self._document()
        report = self._report()
        periods = self._periods()
        departments = [self._department(table) for table in self._tables("avdelning", DEPARTMENT_KEYS)]
        department_ids = {d.id for d in departments}
        units = [self._unit(table, department_ids) for table in self._tables("enhet", UNIT_KEYS)]
        unit_ids = {u.id for u in units}
        goals = [
            self._goal(table, department_ids, unit_ids, thresholds) for table in self._tables("mal", GOAL_KEYS)
        ]
        self._unique("avdelning", [d.id for d in departments], "id")
        self._unique("enhet", [u.id for u in units], "id")
        self._unique("period", [p.id for p in periods], "id")
        self._unique("mal", [g.number for g in goals], "nummer")
        if self.problems.found:
            self._stop()
        return Plan(
            **header,
            document=document,
            periods=tuple(sorted(periods, key=lambda p: p.end_date)),
            departments=tuple(departments),
            units=tuple(units),
            goals=tuple(sorted(goals, key=lambda g: g.number)),
            thresholds=thresholds,
            report=report,
        )

    def _stop(self) -> NoReturn:
        raise VplanError(messages.PLAN_HAS_ERRORS.format(name=self.file), self.problems.found)

    def _check_tables(self) -> None:
        """Unknown and missing tables; stops at once on a table written in the wrong form."""
        tables = {**TOP_LEVEL, **OPTIONAL_TABLES}
        for key in self.data:
            if key not in tables:
                self.problems.add_at_top("plan-okand-tabell", key, table=key)
        for key, is_list in tables.items():
            if key not in self.data:
                if key in TOP_LEVEL:
                    self.problems.add_to_file("plan-tabell-saknas", table=key)
            elif not _has_form(self.data[key], is_list):
                form = f"[[{key}]]" if is_list else f"[{key}]"
                self.problems.add("plan-tabelltyp", key, None, None, table=key, form=form)
                self._stop()

    def _table(self, name: str, allowed: dict[str, bool]) -> PlanTable:
        """The table [name], its keys checked; an absent one is empty and was reported as missing."""
        if name not in self.data:
            return PlanTable(self.problems, name, None, {}, dict.fromkeys(allowed, False))
        return PlanTable(self.problems, name, None, self.data[name], allowed)

    def _tables(self, name: str, allowed: dict[str, bool]) -> Iterator[PlanTable]:
        """Each [[name]] in turn, its keys checked only when reached, so its problems come before the next's."""
        for index, values in enumerate(self.data.get(name, [])):
            yield PlanTable(self.problems, name, index, values, allowed)

    def _header(self) -> dict[str, Any]:
        """The [plan] table's own fields, as keyword arguments for Plan."""
        table = self._table("plan", PLAN_KEYS)
        return {
            "id": table.identifier("id"),
            "name": table.text("namn"),
            "municipality": table.text("kommun"),
            "area": table.text("verksamhetsomrade"),
            "year": table.whole_number("ar", (1000, 9999), messages.PLAN_EXPECTED_YEAR),
            "sender": table.contact("avsandare", "avsandare_epost"),
            "municipality_code": table.code("kommunkod", MUNICIPALITY_CODE, messages.PLAN_EXPECTED_MUNICIPALITY_CODE),
            "comparisons": table.codes("jamforelse", COMPARISON_ID, messages.PLAN_EXPECTED_COMPARISONS),
        }

    def _document(self) -> DocumentInfo:
        table = self._table("dokument", DOCUMENT_KEYS)
        return DocumentInfo(
            document_type=table.text("dokumenttyp"),
            owner=table.text("dokumentagare"),
            decision_body=table.text("beslutsinstans"),
            prepared_by=table.text("upprattad_av"),
            adopted=table.date("faststalld"),
            registry_number=table.text("diarienummer", number_allowed=True),
            valid_until=table.date("giltig_till"),
            revised_by=table.text("reviderad_av"),
            last_revised=table.date("senast_reviderad"),
            applies_to=table.text("galler_for"),
        )

    def _report(self) -> ReportInfo:
        if "rapport" not in self.data:
            return ReportInfo()
        table = self._table("rapport", REPORT_KEYS)
        return ReportInfo(author=table.text("upprattad_av"),
                          registry_number=table.text("diarienummer", number_allowed=True), date=table.date("datum"))

    def _periods(self) -> list[Period]:
        periods = []
        for table in self._tables("period", PERIOD_KEYS):
            end_date = table.date("per")
            periods.append(
                Period(
                    id=table.identifier("id"),
                    name=table.text("namn"),
                    end_date=end_date or dt.date.min,
                    deadline=table.date("sista_inlamning"),
                )
            )
        if not periods and "period" in self.data:  # period = []: a missing table was reported already
            self.problems.add_to_file("plan-tabell-saknas", table="period")
        return periods

    def _department(self, table: PlanTable) -> Department:
        return Department(id=table.identifier("id"), name=table.text("namn"))

    def _unit(self, table: PlanTable, department_ids: set[str]) -> Unit:
        department = table.reference("avdelning", department_ids, "avdelning")
        return Unit(id=table.identifier("id"), name=table.text("namn"), department_id=department,
                    contact=table.contact("kontakt", "epost"), short_name=table.text("kortnamn"))

    def _goal(self, table: PlanTable, department_ids: set[str], unit_ids: set[str], thresholds: Thresholds) -> Goal:
        number = table.whole_number("nummer", (1, 99), messages.PLAN_EXPECTED_GOAL_NUMBER)
        department = table.reference("avdelning", department_ids, "avdelning")
        units = table.values.get("enheter", [])
        if not isinstance(units, list) or not all(isinstance(u, str) for u in units):
            table.fail("plan-fel-typ", "enheter", key="enheter", expected=messages.PLAN_EXPECTED_UNIT_LIST)
            units = []
        for unit in units:
            if unit not in unit_ids:
                table.fail("plan-okand-referens", "enheter", value=unit, kind="enhet")
        rule = table.text("regel")
        if rule and rule not in vocab.RULES:
            table.fail("plan-okand-regel", "regel", value=rule, allowed=", ".join(vocab.RULES))
        return Goal(
            number=number,
            title=table.text("titel"),
            description=table.text("beskrivning"),
            council_indicator=table.text("kf_indikator"),
            department_id=department,
            unit_ids=tuple(units),
            rule=rule,
            thresholds=table.thresholds(thresholds),
            kolada=table.codes("kolada", KPI_ID, messages.PLAN_EXPECTED_KPIS),
        )

    def _unique(self, table: str, values: list[Any], key: str) -> None:
        seen: set[Any] = set()
        for index, value in enumerate(values):
            if value in seen and value not in ("", 0):
                self.problems.add("plan-dubblett", table, index, key, value=value, table=table, key=key)
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
    return _PlanReader(path.name, text, parse(text, path.name)).read()


def _has_form(value: Any, is_list: bool) -> bool:
    """True for a table written [name], or for a list of tables written [[name]]."""
    if is_list:
        return isinstance(value, list) and all(isinstance(item, dict) for item in value)
    return isinstance(value, dict)
