"""The report template's context: every variable a template receives, built in one place.

Pure: a FollowUp in, plain dicts and strings out, every number and date already in Swedish
form. The README's "Mallens variabler" documents this structure; tests render the default
template with it and check that no variable is missing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import messages, swedish, vocab
from ..model import KeyResult, Plan
from ..problems import WARNING
from ..rollup.follow_up import FollowUp, GoalStatus, goal_groups

NO_COLOUR = "FFFFFF"


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _value(value: float | None, measure: str) -> str:
    return swedish.measured(value, measure) if value is not None else "–"


def _colour(status: str) -> str:
    colour = vocab.GOAL_COLOURS.get(status, status)
    return vocab.STATUS_FILL.get(colour, NO_COLOUR)


def _unit_name(plan: Plan, unit_id: str) -> str:
    unit = plan.unit(unit_id)
    return unit.name if unit else unit_id


def build_context(follow_up: FollowUp, today: dt.date | None = None) -> dict[str, Any]:
    """The variables of the report for one period (README: Mallens variabler)."""
    plan, period = follow_up.plan, follow_up.period
    document = plan.document
    met = sum(g.status == vocab.MET for g in follow_up.goals)
    counts = follow_up.summaries[-1].counts if follow_up.summaries else dict.fromkeys(vocab.GOAL_STATUSES, 0)
    return {
        "rapport": {
            "titel": messages.REPORT_TITLE.format(period=period.name, year=plan.year),
            "period": period.name,
            "per": swedish.long_date(period.end_date),
            "per_iso": period.end_date.isoformat(),
            "ar": str(plan.year),
            "skapad": swedish.long_date(today or dt.date.today()),
        },
        "plan": {"namn": plan.name, "kommun": plan.municipality, "verksamhetsomrade": plan.area},
        "dokument": {
            "dokumenttyp": document.document_type,
            "dokumentagare": document.owner,
            "beslutsinstans": document.decision_body,
            "giltig_till": _date(document.valid_until),
            "upprattad_av": document.prepared_by,
            "faststalld": _date(document.adopted),
            "reviderad_av": document.revised_by,
            "senast_reviderad": _date(document.last_revised),
            "galler_for": document.applies_to,
            "diarienummer": document.registry_number,
        },
        "sammanfattning": {
            "text": messages.REPORT_SUMMARY.format(
                met=met, total=len(follow_up.goals), met_word=messages.GOAL_STATUS_WORDS[vocab.MET][met != 1],
                partly=messages.goals_counted(counts[vocab.PARTLY_MET], vocab.PARTLY_MET),
                not_met=messages.goals_counted(counts[vocab.NOT_MET], vocab.NOT_MET),
                not_assessed=messages.goals_counted(counts[vocab.NOT_ASSESSED], vocab.NOT_ASSESSED),
                date=swedish.long_date(period.end_date)),
            "uppfyllda": met,
            "totalt": len(follow_up.goals),
        },
        "sammanstallningar": [
            {"namn": s.name, "uppfyllt": s.counts[vocab.MET], "delvis": s.counts[vocab.PARTLY_MET],
             "ej_uppfyllt": s.counts[vocab.NOT_MET], "ej_bedomd": s.counts[vocab.NOT_ASSESSED], "totalt": s.total}
            for s in follow_up.summaries
        ],
        "mal": [_goal_row(g) for g in follow_up.goals],
        "avdelningar": _departments(follow_up),
        "teckenforklaring": follow_up.legend,
        "underlag": [
            {"fil": s.path, "mal": s.goal_number, "enhet": _unit_name(plan, s.unit_id), "period": period.name,
             "andrad": s.modified.strftime("%Y-%m-%d %H:%M"), "sha256": s.sha256}
            for s in sorted(follow_up.folder.submissions, key=lambda s: (s.goal_number, s.path))
        ],
        "ej_rapporterade": [
            {"mal": goal_number, "enhet": _unit_name(plan, unit_id), "orsak": messages.NOT_REPORTED_REASON}
            for goal_number, unit_id in _not_reported(follow_up)
        ],
        "varningar": [
            {"plats": p.place, "text": f"{p.message} {p.hint}"} for p in follow_up.problems if p.severity == WARNING
        ],
    }


def _not_reported(follow_up: FollowUp) -> list[tuple[int, str]]:
    read = {(s.goal_number, s.unit_id) for s in follow_up.folder.submissions}
    return [pair for pair in follow_up.plan.expected_submissions() if pair not in read]


def _without_status(reason: str, status: str) -> str:
    """The reason without its leading status word, which the report shows beside it already."""
    prefix = f"{status}: "
    return reason[len(prefix):] if reason.startswith(prefix) else reason


def _trend(trend: str | None) -> str:
    return f"{vocab.TREND_SYMBOLS[trend]} {trend}" if trend else "–"


def _goal_row(goal: GoalStatus) -> dict[str, Any]:
    return {
        "nummer": goal.goal.number, "titel": goal.goal.title, "status": goal.status,
        "symbol": vocab.SYMBOLS[goal.status], "farg": _colour(goal.status), "trend": _trend(goal.trend),
        "skal": _without_status(goal.reason, goal.status),
    }


def _departments(follow_up: FollowUp) -> list[dict[str, Any]]:
    return [
        {"namn": department.name if department else messages.AREA_WIDE_GROUP,
         "mal": [_goal_section(follow_up, g) for g in goals]}
        for department, goals in goal_groups(follow_up.plan, follow_up.goals)
    ]


def _previous_outcome(kr: KeyResult, follow_up: FollowUp) -> str:
    previous = follow_up.previous_period
    result = kr.periods.get(previous.id) if previous else None
    return _value(result.outcome if result else None, kr.measure)


def _goal_section(follow_up: FollowUp, goal: GoalStatus) -> dict[str, Any]:
    plan, period = follow_up.plan, follow_up.period
    submissions = sorted((s for s in follow_up.folder.submissions if s.goal_number == goal.goal.number),
                         key=lambda s: goal.goal.unit_ids.index(s.unit_id))
    key_results = []
    for item in goal.key_results:
        kr = item.key_result
        result = kr.periods.get(period.id)
        status = item.status + (messages.CALCULATED if item.decided.calculated else "")
        key_results.append({
            "id": kr.id, "namn": kr.title, "enhet": _unit_name(plan, item.unit_id),
            "utgangslage": _value(kr.baseline, kr.measure), "malvarde": _value(kr.target, kr.measure),
            "utfall": _value(result.outcome if result else None, kr.measure),
            "foregaende": _previous_outcome(kr, follow_up), "status": status, "symbol": vocab.SYMBOLS[item.status],
            "farg": _colour(item.status), "kommentar": result.comment if result else "",
            "skal": _without_status(item.decided.reason, item.status),
        })
    activities = [
        {"id": a.id, "namn": a.title, "enhet": _unit_name(plan, s.unit_id), "nyckelresultat": a.key_result_id,
         "ansvarig": a.responsible, "klart_senast": _date(a.due),
         "status": (a.periods[period.id].status if period.id in a.periods else None) or vocab.NOT_REPORTED,
         "kommentar": a.periods[period.id].comment if period.id in a.periods else ""}
        for s in submissions for a in s.activities
    ]
    analyses = [
        {"enhet": _unit_name(plan, s.unit_id), "analys": assessment.analysis, "atgarder": assessment.actions,
         "bedomning": assessment.proposal or "–", "motivering": assessment.motivation}
        for s in submissions if (assessment := s.assessments.get(period.id)) is not None
    ]
    return {
        **_goal_row(goal), "beskrivning": goal.goal.description, "kf_indikator": goal.goal.council_indicator,
        "regel": goal.goal.rule,
        "fullstandighet": messages.GOAL_COMPLETENESS.format(reported=goal.reported, total=goal.total),
        "nyckelresultat": key_results, "aktiviteter": activities, "analyser": analyses,
    }
