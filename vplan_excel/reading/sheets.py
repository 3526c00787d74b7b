"""The three data sheets of a goal workbook read into the model: key results, activities, assessments."""

from __future__ import annotations

from .. import swedish, vocab
from ..model import Activity, ActivityProgress, Assessment, KeyResult, PeriodResult, Plan
from .table import Table


def read_key_results(table: Table, plan: Plan) -> list[KeyResult]:
    """One KeyResult per filled row of the Nyckelresultat sheet, with a PeriodResult per period."""
    results = []
    for row in table.rows():
        weight = row.number(vocab.KR_WEIGHT)
        if weight is not None and weight <= 0:
            row.report("vikt-ogiltig", vocab.KR_WEIGHT, value=swedish.number(weight))
            weight = None
        result = KeyResult(
            id=row.required_text(vocab.KR_ID, key=True),
            title=row.required_text(vocab.KR_TITLE),
            measure=row.text(vocab.KR_MEASURE),
            baseline=row.number(vocab.KR_BASELINE),
            target=row.number(vocab.KR_TARGET),
            direction=row.word(vocab.KR_DIRECTION, "riktning"),
            weight=1.0 if weight is None else weight,
            row=row.excel_row,
        )
        for heading in (vocab.KR_TARGET, vocab.KR_DIRECTION):
            if row.value(heading) in (None, ""):
                row.required_text(heading)
        for period in plan.periods:
            outcome = vocab.period_heading(vocab.OUTCOME, period.name)
            status = vocab.period_heading(vocab.STATUS, period.name)
            result.periods[period.id] = PeriodResult(
                outcome=row.number(outcome),
                status=row.word(status, "kr-status"),
                comment=row.text(vocab.period_heading(vocab.COMMENT, period.name)),
                outcome_source=row.source(outcome),
                status_source=row.source(status),
            )
        results.append(result)
    if not results:
        table.report("inga-nyckelresultat", table.heading_index + 1, table.columns[vocab.KR_ID])
    table.unique_ids([(r.id, r.row - 1) for r in results if r.id], vocab.KR_ID)
    return results


def read_activities(table: Table, plan: Plan, key_results: list[KeyResult]) -> list[Activity]:
    """One Activity per filled row of the Aktiviteter sheet; its key result must be on the other sheet."""
    known = {kr.id.casefold(): kr.id for kr in key_results if kr.id}
    activities = []
    for row in table.rows():
        key_result = row.text(vocab.ACT_KEY_RESULT, key=True)
        if key_result and key_result.casefold() not in known and key_results:
            row.report("okant-nyckelresultat", vocab.ACT_KEY_RESULT, value=key_result,
                       allowed=", ".join(known.values()))
        activity = Activity(
            id=row.required_text(vocab.ACT_ID, key=True),
            title=row.required_text(vocab.ACT_TITLE),
            key_result_id=known.get(key_result.casefold(), key_result),
            responsible=row.text(vocab.ACT_RESPONSIBLE),
            start=row.date(vocab.ACT_START),
            due=row.date(vocab.ACT_DUE),
            row=row.excel_row,
        )
        if activity.start and activity.due and activity.due < activity.start:
            row.report("datum-ordning", vocab.ACT_DUE, due=activity.due.isoformat(), start=activity.start.isoformat())
        for period in plan.periods:
            status = vocab.period_heading(vocab.STATUS, period.name)
            activity.periods[period.id] = ActivityProgress(
                status=row.word(status, "aktivitetsstatus"),
                comment=row.text(vocab.period_heading(vocab.COMMENT, period.name)),
                status_source=row.source(status),
            )
        activities.append(activity)
    table.unique_ids([(a.id, a.row - 1) for a in activities if a.id], vocab.ACT_ID)
    return activities


def read_assessments(table: Table, plan: Plan) -> dict[str, Assessment]:
    """The Bedömning sheet's row per period, by period id; unknown and repeated periods are reported."""
    assessments: dict[str, Assessment] = {}
    first_row: dict[str, int] = {}
    for row in table.rows():
        name = row.text(vocab.AS_PERIOD, key=True)
        period = plan.period(name) if name else None
        if period is None:
            row.report("period-okand", vocab.AS_PERIOD, value=name, allowed=", ".join(p.name for p in plan.periods))
            continue
        if period.id in assessments:
            row.report("period-dubblett", vocab.AS_PERIOD, period=period.name, first=first_row[period.id] + 1)
            continue
        first_row[period.id] = row.index
        assessments[period.id] = Assessment(
            period_id=period.id,
            analysis=row.text(vocab.AS_ANALYSIS),
            actions=row.text(vocab.AS_ACTIONS),
            proposal=row.word(vocab.AS_PROPOSAL, "bedomning"),
            motivation=row.text(vocab.AS_MOTIVATION),
            forecast=row.word(vocab.AS_FORECAST, "prognos"),
            analysis_source=row.source(vocab.AS_ANALYSIS),
            proposal_source=row.source(vocab.AS_PROPOSAL),
            motivation_source=row.source(vocab.AS_MOTIVATION),
            forecast_source=row.source(vocab.AS_FORECAST),
        )
    return assessments
