"""Content rules on a read submission: is each period's reporting complete and consistent?

Pure functions of the model, so they are easy to test with a table of cases.
"""

from __future__ import annotations

from typing import Any

from .. import messages, vocab
from ..model import CellRef, Period, Plan, Submission
from ..problems import Problem, problem


def check_submission(
    submission: Submission, plan: Plan, period: Period, reported: set[tuple[str | None, str | None]]
) -> list[Problem]:
    """Consistency for every period with data; completeness for the period being followed up.

    Cells in reported (sheet, cell) already have a problem, e.g. a status word that is not
    in the vocabulary; they are not reported again as missing. (sheet, None) stands for a
    whole sheet that could not be read.
    """
    problems = []

    def report(code: str, source: CellRef | None, sheet: str, **params: Any) -> None:
        cell = source.cell if source else None
        if (sheet, cell) not in reported and (sheet, None) not in reported:
            problems.append(problem(code, submission.path, sheet, cell, **params))

    for kr in submission.key_results:
        for plan_period in plan.periods:
            result = kr.periods.get(plan_period.id)
            if result is None:
                continue
            where = vocab.SHEET_KEY_RESULTS
            if result.status and result.outcome is None and not result.comment:
                report("status-utan-utfall", result.outcome_source, where,
                       id=kr.id, status=result.status, period=plan_period.name)
            elif result.outcome is not None and not result.status:
                report("utfall-utan-status", result.status_source, where, id=kr.id, period=plan_period.name)
            elif plan_period == period and result.outcome is None and not result.status:
                report("ej-rapporterad", result.status_source, where, id=kr.id, period=plan_period.name)
    for activity in submission.activities:
        progress = activity.periods.get(period.id)
        if progress is not None and not progress.status:
            report("aktivitet-ej-rapporterad", progress.status_source, vocab.SHEET_ACTIVITIES,
                   id=activity.id, period=period.name)
    assessment = submission.assessments.get(period.id)
    if assessment is None:
        report("bedomning-rad-saknas", None, vocab.SHEET_ASSESSMENT, period=period.name)
        return problems
    for heading, value, source in ((vocab.AS_ANALYSIS, assessment.analysis, assessment.analysis_source),
                                   (vocab.AS_PROPOSAL, assessment.proposal, assessment.proposal_source)):
        if not value:
            field, field_lower = messages.FIELD_NAMES[heading]
            report("bedomning-saknas", source, vocab.SHEET_ASSESSMENT,
                   field=field, field_lower=field_lower, period=period.name)
    if period != plan.periods[-1] and assessment.forecast_source and not assessment.forecast:
        report("prognos-saknas", assessment.forecast_source, vocab.SHEET_ASSESSMENT, period=period.name)
    return problems
