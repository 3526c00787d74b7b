"""The data model shared by every stage: reading, the roll-up and the outputs.

Plain dataclasses without I/O: the plan an administrator describes, and what one unit
submitted for one goal. Values are already parsed: numbers are floats, dates are dates,
vocabulary words are their canonical spelling.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Department:
    id: str
    name: str


@dataclass(frozen=True)
class Contact:
    """A person to write to: a unit's contact, or the administrator who sends the workbooks."""

    name: str
    email: str

    @property
    def shown(self) -> str:
        """'Anna Lind, anna.lind@example.se' (either part may be missing)."""
        return ", ".join(part for part in (self.name, self.email) if part)


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    department_id: str | None  # None: the unit belongs to the whole area (ledningsgruppen)
    contact: Contact | None = None  # who fills in the unit's workbooks
    short_name: str = ""  # kortnamn: where space is tight ("GVA")

    @property
    def short(self) -> str:
        """The short name, or the name when the plan gives none."""
        return self.short_name or self.name


@dataclass(frozen=True)
class Period:
    id: str
    name: str  # "Delår 1"; used in the workbook headings ("Utfall Delår 1")
    end_date: dt.date  # "per 30 april"
    deadline: dt.date | None  # when the units hand in


@dataclass(frozen=True)
class DocumentInfo:
    """The header table of the formal report (dokumenttyp, dokumentägare ...)."""

    document_type: str
    owner: str
    decision_body: str
    prepared_by: str
    adopted: dt.date | None
    registry_number: str
    valid_until: dt.date | None
    revised_by: str = ""
    last_revised: dt.date | None = None
    applies_to: str = ""


@dataclass(frozen=True)
class ReportInfo:
    """The report's own header (the [rapport] table, or merge's options): not the plan's."""

    author: str = ""  # upprattad_av
    registry_number: str = ""  # the board's case number for this report
    date: dt.date | None = None  # the report's date; None: the day it is written


@dataclass(frozen=True)
class Thresholds:
    """The numbers the status rules use; set for the whole plan and per goal (README: Regler)."""

    yellow_share: float = 0.8  # gul_grans: Gul from this share of the way to the target
    red_share: float = 0.5  # rod_andel, rule alla: Ej uppfyllt when more than this share is Röd
    share_met: float = 0.8  # andel_uppfyllt, rule andel: Uppfyllt from this share of Grön
    share_partly: float = 0.5  # andel_delvis, rule andel: Delvis from this share of Grön + Gul
    score_met: float = 0.8  # viktad_uppfyllt, rule viktad: Uppfyllt from this weighted score
    score_partly: float = 0.5  # viktad_delvis, rule viktad: Delvis from this weighted score
    min_reported: float = 0.5  # min_rapporterade: below this share reported the goal is Ej bedömd


@dataclass(frozen=True)
class Goal:
    number: int
    title: str
    description: str
    council_indicator: str
    department_id: str | None  # None: a common goal owned by the whole area
    unit_ids: tuple[str, ...]  # the first unit is the goal owner (its assessment counts for "bedömning")
    rule: str
    thresholds: Thresholds = Thresholds()
    kolada: tuple[str, ...] = ()  # Kolada KPI ids measuring the council indicator ("N03102")


@dataclass(frozen=True)
class Plan:
    id: str
    name: str
    municipality: str
    area: str
    year: int
    document: DocumentInfo
    periods: tuple[Period, ...]
    departments: tuple[Department, ...]
    units: tuple[Unit, ...]
    goals: tuple[Goal, ...]
    thresholds: Thresholds = Thresholds()
    sender: Contact | None = None  # the administrator the units hand their workbooks to
    report: ReportInfo = ReportInfo()
    municipality_code: str = ""  # SCB's code, the municipality's id in Kolada ("2417")
    comparisons: tuple[str, ...] = ()  # Kolada ids to compare with: "0000" (riket), a municipality or a group

    @cached_property
    def _goals_by_number(self) -> dict[int, Goal]:
        return {g.number: g for g in self.goals}

    @cached_property
    def _units_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def goal(self, number: int) -> Goal | None:
        return self._goals_by_number.get(number)

    def unit(self, unit_id: str) -> Unit | None:
        return self._units_by_id.get(unit_id)

    def units_of(self, goal: Goal) -> list[Unit]:
        """The units that fill in a workbook for goal, the owner first (the loader checked the ids)."""
        return [self._units_by_id[unit_id] for unit_id in goal.unit_ids]

    def department(self, department_id: str | None) -> Department | None:
        return next((d for d in self.departments if d.id == department_id), None)

    def period(self, key: str) -> Period | None:
        """Find a period by id or name, ignoring case ("delar1", "Delår 1")."""
        wanted = key.strip().casefold()
        return next(
            (p for p in self.periods if wanted in (p.id.casefold(), p.name.casefold())),
            None,
        )

    def expected_submissions(self) -> list[tuple[int, str]]:
        """Every (goal number, unit id) pair the plan expects a workbook for."""
        return [(g.number, u) for g in self.goals for u in g.unit_ids]


@dataclass(frozen=True)
class Analyses:
    """The administrator's own texts for a report: the overall analysis and one per department
    (paragraphs; key '' is the area's common goals)."""

    overall: tuple[str, ...] = ()
    departments: dict[str, tuple[str, ...]] = field(default_factory=dict)


class Compact:
    """Pickled as its class and its fields' values in order: what workbooks read in other
    processes are sent back as, small and quick to load (slotted dataclasses only)."""

    __slots__: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), tuple(getattr(self, name) for name in self.__slots__)


@dataclass(frozen=True, slots=True)
class CellRef(Compact):
    """Where a value came from, so every figure can be traced to its cell."""

    sheet: str
    cell: str


@dataclass(slots=True)
class PeriodResult(Compact):
    """A key result's reported values for one period."""

    outcome: float | None = None
    status: str | None = None  # "Grön", "Gul", "Röd" or None when not reported
    comment: str = ""
    outcome_source: CellRef | None = None
    status_source: CellRef | None = None


@dataclass(slots=True)
class KeyResult(Compact):
    id: str
    title: str
    measure: str  # "%", "antal", "kr" ...
    baseline: float | None
    target: float | None
    direction: str | None  # "Högre är bättre" / "Lägre är bättre"
    weight: float
    row: int
    periods: dict[str, PeriodResult] = field(default_factory=dict)


@dataclass(slots=True)
class ActivityProgress(Compact):
    status: str | None = None  # "Ej påbörjad", "Pågår", "Klar", "Försenad", "Avbruten"
    comment: str = ""
    status_source: CellRef | None = None


@dataclass(slots=True)
class Activity(Compact):
    id: str
    title: str
    key_result_id: str
    responsible: str
    start: dt.date | None
    due: dt.date | None
    row: int
    periods: dict[str, ActivityProgress] = field(default_factory=dict)


@dataclass(slots=True)
class Assessment(Compact):
    """The unit's own analysis and proposed goal assessment for one period."""

    period_id: str
    analysis: str = ""
    actions: str = ""
    proposal: str | None = None  # "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"
    motivation: str = ""
    forecast: str | None = None  # "Uppfylls", "Uppfylls delvis", "Uppfylls inte": the year end, before Helår
    analysis_source: CellRef | None = None
    proposal_source: CellRef | None = None
    motivation_source: CellRef | None = None
    forecast_source: CellRef | None = None  # None also when the workbook has no forecast column


@dataclass(slots=True)
class Submission(Compact):
    """One unit's workbook for one goal, as read."""

    path: str  # relative to the folder that was read
    goal_number: int
    unit_id: str
    template_version: int
    modified: dt.datetime
    sha256: str
    key_results: list[KeyResult] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    assessments: dict[str, Assessment] = field(default_factory=dict)
    saved: dt.datetime | None = None  # when the workbook itself says it was saved (its properties)

    @property
    def handed_in(self) -> dt.datetime:
        """When the unit saved it: the workbook's own time where it has one, else the file's."""
        return self.saved or self.modified


@dataclass(frozen=True)
class IndicatorValue:
    """One year's value of a Kolada KPI for one municipality or group; None is missing, never 0."""

    value: float | None
    status: str = ""  # Kolada's status for a missing or uncertain value


@dataclass(frozen=True)
class Indicator:
    """A Kolada KPI as cached: its title and description, and its values per area id and year (total, T)."""

    kpi: str
    title: str
    description: str
    values: dict[str, dict[int, IndicatorValue]]


@dataclass(frozen=True)
class Indicators:
    """The Kolada cache beside the plan (kolada.json): what vplan kolada fetched, and when."""

    retrieved: dt.date
    areas: dict[str, str]  # area id -> name ("2417" -> "Norsjö", "0000" -> "Riket")
    municipality: str  # the plan's own area id
    kpis: dict[str, Indicator]
