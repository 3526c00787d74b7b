"""Goal fulfilment for a period: key-result statuses, goal statuses, summaries and trends.

The seam between reading and rendering: roll_up() takes what read_folder() found and
returns a FollowUp, which the status overview, the JSON twin and the report consume.
Pure: nothing here reads a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .. import messages, swedish, vocab
from ..model import Analyses, Department, Goal, Indicators, KeyResult, Period, Plan, Submission
from ..problems import ERROR, WARNING, Problem, problem
from ..reading.folder import FolderResult
from .goal_rules import Counted, decide_goal, legend
from .key_result_status import Decided, decide, trend

if TYPE_CHECKING:
    import pandas

GOAL_RANK = {vocab.NOT_MET: 0, vocab.PARTLY_MET: 1, vocab.MET: 2}


@dataclass(frozen=True, slots=True)
class KeyResultStatus:
    """One key result of one unit in the period followed up."""

    goal_number: int
    unit_id: str
    file: str
    key_result: KeyResult
    decided: Decided
    previous: Decided | None
    trend: str | None

    @property
    def status(self) -> str:
        return self.decided.status


@dataclass(frozen=True, slots=True)
class GoalStatus:
    goal: Goal
    status: str
    reason: str
    suggestion: str | None
    reported: int
    total: int
    missing_units: tuple[str, ...]
    previous_status: str | None
    trend: str | None
    key_results: tuple[KeyResultStatus, ...]

    @property
    def complete(self) -> bool:
        return self.reported == self.total and not self.missing_units


@dataclass(frozen=True)
class Summary:
    """Counts of goal statuses for a department, the area's common goals or the whole area."""

    name: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, status: str) -> float:
        return self.counts[status] / self.total if self.total else 0.0


@dataclass
class FollowUp:
    """Everything computed for one period: the result object of vplan_excel.load()."""

    plan: Plan
    period: Period
    previous_period: Period | None
    folder: FolderResult
    goals: list[GoalStatus]
    summaries: list[Summary]
    previous_summaries: list[Summary]
    legend: list[str]
    problems: list[Problem] = field(default_factory=list)
    history: list[tuple[Period, list[GoalStatus]]] = field(default_factory=list)  # the earlier periods' goals
    analyses: Analyses = field(default_factory=Analyses)  # the administrator's own texts for the report
    indicators: Indicators | None = None  # the Kolada cache beside the plan (vplan kolada), if any

    @property
    def key_results_reported(self) -> tuple[int, int]:
        """(reported, counted) key results of the period over all goals."""
        return sum(g.reported for g in self.goals), sum(g.total for g in self.goals)

    @property
    def errors(self) -> int:
        return sum(p.severity == ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == WARNING for p in self.problems)

    def without_erroneous_parts(self) -> FollowUp:
        """The same follow-up with every workbook that has a fel left out (Ej rapporterad)."""
        with_errors = self.folder.files_with_errors()  # reading errors only
        kept = [s for s in self.folder.submissions if s.path not in with_errors]
        left_out = [s for s in self.folder.submissions if s.path in with_errors]
        folder = replace(self.folder, submissions=kept, excluded=left_out)
        follow_up = roll_up(folder)
        follow_up.problems = self.problems
        follow_up.analyses = self.analyses
        follow_up.indicators = self.indicators
        return follow_up

    def key_results_frame(self) -> pandas.DataFrame:
        """One row per key result and unit, for analysts (pandas)."""
        from .frames import key_results_frame

        return key_results_frame(self)

    def activities_frame(self) -> pandas.DataFrame:
        """One row per activity and unit, for analysts (pandas)."""
        from .frames import activities_frame

        return activities_frame(self)


def roll_up(result: FolderResult) -> FollowUp:
    """Statuses, reasons, summaries and trends for the period of a folder result."""
    plan, period = result.plan, result.period
    index = plan.periods.index(period)
    previous = plan.periods[index - 1] if index > 0 else None
    problems = list(result.problems)
    history: list[tuple[Period, list[GoalStatus]]] = []
    for earlier in plan.periods[:index]:
        before_that = history[-1] if history else None
        history.append((earlier, _goal_statuses(result, earlier, before_that[0] if before_that else None, [],
                                                {g.goal.number: g for g in before_that[1]} if before_that else None)))
    previous_goals = history[-1][1] if history else []
    before = {g.goal.number: g for g in previous_goals}
    goals = _goal_statuses(result, period, previous, problems, before)
    return FollowUp(
        plan=plan,
        period=period,
        previous_period=previous,
        folder=result,
        goals=goals,
        summaries=summarise(plan, goals),
        previous_summaries=summarise(plan, previous_goals) if previous else [],
        legend=legend(plan.thresholds, sorted({g.rule for g in plan.goals})),
        problems=problems,
        history=history,
    )


def _goal_statuses(
    result: FolderResult,
    period: Period,
    previous: Period | None,
    problems: list[Problem],
    before: dict[int, GoalStatus] | None = None,
) -> list[GoalStatus]:
    plan = result.plan
    by_goal: dict[int, list[Submission]] = {}
    for submission in result.submissions:
        by_goal.setdefault(submission.goal_number, []).append(submission)
    statuses = []
    for goal in plan.goals:
        submissions = sorted(by_goal.get(goal.number, []), key=lambda s: goal.unit_ids.index(s.unit_id))
        key_results = tuple(_key_result_statuses(submissions, goal, period, previous, problems))
        present = {s.unit_id for s in submissions}
        missing = tuple(u for u in goal.unit_ids if u not in present)
        # a workbook left out for its fel counts with its key results, not reported; a missing one is not counted
        left_out = {s.unit_id: s for s in result.excluded if s.goal_number == goal.number}
        counted = Counted([(k.status, k.key_result.weight) for k in key_results]
                          + [(vocab.NOT_REPORTED, kr.weight) for u in missing if u in left_out
                             for kr in left_out[u].key_results])
        owner = next((s for s in submissions if s.unit_id == goal.unit_ids[0]), None)
        assessment = owner.assessments.get(period.id) if owner else None
        decision = decide_goal(goal.rule, counted, goal.thresholds, assessment)
        if len(present) / len(goal.unit_ids) < goal.thresholds.min_reported:  # too few units to know
            decision = replace(decision, status=vocab.NOT_ASSESSED, reason=messages.GOAL_TOO_FEW_UNITS.format(
                status=vocab.NOT_ASSESSED, present=len(present), total=len(goal.unit_ids),
                minimum=swedish.percent(goal.thresholds.min_reported)), needs_motivation=False)
        reason = decision.reason
        if missing:
            capped = decision.status == vocab.MET  # what is not handed in cannot be known to be met
            status = vocab.PARTLY_MET if capped else decision.status
            reason = (f"{status}: {reason.removeprefix(decision.status + ': ')}"
                      + messages.MISSING_WORKBOOKS.format(units=_missing_units(plan, missing, left_out))
                      + (messages.CAPPED_BY_MISSING if capped else ""))
            decision = replace(decision, status=status)
        if decision.needs_motivation and owner and assessment:
            cell = assessment.motivation_source
            problems.append(problem(
                "bedomning-utan-motivering", owner.path, vocab.SHEET_ASSESSMENT, cell.cell if cell else None,
                proposal=assessment.proposal, period=period.name, suggestion=decision.suggestion))
        earlier = (before or {}).get(goal.number)
        statuses.append(GoalStatus(
            goal=goal, status=decision.status, reason=reason, suggestion=decision.suggestion,
            reported=len(counted.reported), total=counted.total, missing_units=missing,
            previous_status=earlier.status if earlier else None,
            trend=_goal_trend(decision.status, earlier.status if earlier else None),
            key_results=key_results,
        ))
    return statuses


def _missing_units(plan: Plan, missing: Iterable[str], left_out: dict[str, Submission]) -> str:
    """'Gata/park (arbetsboken saknas, antal nyckelresultat okänt), Måltider (arbetsboken har fel, …)'."""
    parts = []
    for unit_id in missing:
        name = plan.unit(unit_id).name  # type: ignore[union-attr]  # the plan was checked
        if unit_id in left_out:
            parts.append(messages.LEFT_OUT_UNIT.format(unit=name, count=len(left_out[unit_id].key_results)))
        else:
            parts.append(messages.MISSING_UNIT.format(unit=name))
    return ", ".join(parts)


def _key_result_statuses(
    submissions: Iterable[Submission], goal: Goal, period: Period, previous: Period | None, problems: list[Problem]
) -> Iterable[KeyResultStatus]:
    share = goal.thresholds.yellow_share
    for submission in submissions:
        for kr in submission.key_results:
            decided = decide(kr, period.id, period.name, share)
            earlier = decide(kr, previous.id, previous.name, share) if previous else None
            result = kr.periods.get(period.id)
            if decided.two_steps_apart and result and result.status_source:
                problems.append(problem(
                    "status-avviker", submission.path, vocab.SHEET_KEY_RESULTS, result.status_source.cell,
                    id=kr.id, status=decided.status, computed=decided.computed, period=period.name,
                    reason=decided.computed_reason))
            if (kr.measure == "%" and result and result.outcome is not None and 0 < abs(result.outcome) <= 1
                    and kr.target is not None and abs(kr.target) > 1 and result.outcome_source):
                problems.append(problem(
                    "procent-som-andel", submission.path, vocab.SHEET_KEY_RESULTS, result.outcome_source.cell,
                    id=kr.id, value=swedish.number(result.outcome), target=swedish.measured(kr.target, "%")))
            yield KeyResultStatus(
                goal_number=goal.number, unit_id=submission.unit_id, file=submission.path, key_result=kr,
                decided=decided, previous=earlier,
                trend=trend(kr, decided, earlier, period.id, previous.id) if previous else None,
            )


def _goal_trend(now: str, before: str | None) -> str | None:
    if before not in GOAL_RANK or now not in GOAL_RANK:
        return None
    change = GOAL_RANK[now] - GOAL_RANK[before]
    return vocab.BETTER if change > 0 else vocab.WORSE if change < 0 else vocab.SAME


def summarise(plan: Plan, goals: list[GoalStatus]) -> list[Summary]:
    """Per department (the area's common goals first), then the whole area."""

    def summary(name: str, selected: Iterable[GoalStatus]) -> Summary:
        counts = dict.fromkeys(vocab.GOAL_STATUSES, 0)
        for goal in selected:
            counts[goal.status] += 1
        return Summary(name, counts)

    summaries = [summary(department.name if department else messages.AREA_WIDE_GOALS, selected)
                 for department, selected in goal_groups(plan, goals)]
    summaries.append(summary(plan.area, goals))
    return summaries


def goal_groups(plan: Plan, goals: list[GoalStatus]) -> list[tuple[Department | None, list[GoalStatus]]]:
    """The goals per department in plan order, the area's common goals (no department) first."""
    common = [g for g in goals if g.goal.department_id is None]
    groups: list[tuple[Department | None, list[GoalStatus]]] = [(None, common)] if common else []
    groups += [(d, [g for g in goals if g.goal.department_id == d.id]) for d in plan.departments]
    return groups
