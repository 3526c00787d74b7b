"""The report template's context: every variable a template receives, built in one place.

Pure: a FollowUp in, plain dicts and strings out, every number and date already in Swedish
form. The README's "Mallens variabler" documents this structure; tests render the default
template with it and check that no variable is missing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from .. import messages, swedish, vocab
from ..model import KeyResult, Period, Plan, ReportInfo, Submission
from ..problems import WARNING
from ..rollup.follow_up import FollowUp, GoalStatus, goal_groups
from ..rollup.key_result_status import decide

NO_COLOUR = "FFFFFF"
EMPTY = "–"  # an empty field in the header
RULE_NOTE = re.compile(r" \(regel: [^)]*\)")  # rule jargon, explained once in the legend
DEVIATING_ACTIVITIES = ("Försenad", "Avbruten")
SHORT_HASH = 12


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _number(value: float | None) -> str:
    return swedish.number(value) if value is not None else "–"


def _value(value: float | None, measure: str) -> str:
    return swedish.measured(value, measure) if value is not None else "–"


def _colour(status: str) -> str:
    colour = vocab.GOAL_COLOURS.get(status, status)
    return vocab.STATUS_FILL.get(colour, NO_COLOUR)


def _unit_name(plan: Plan, unit_id: str) -> str:
    unit = plan.unit(unit_id)
    return unit.name if unit else unit_id


def _report_type(plan: Plan, period: Period) -> str:
    """'Årsrapport' for the last period, else 'Delårsrapport 2' (numbered when there are several)."""
    if period == plan.periods[-1]:
        return messages.REPORT_ANNUAL
    interim = plan.periods[:-1]
    return f"{messages.REPORT_INTERIM} {interim.index(period) + 1}" if len(interim) > 1 else messages.REPORT_INTERIM


def _draft_text(follow_up: FollowUp) -> str:
    reported, total = follow_up.key_results_reported
    return messages.REPORT_DRAFT.format(reported=reported, total=total)


def build_context(follow_up: FollowUp, today: dt.date | None = None, info: ReportInfo | None = None,
                  draft: bool = False) -> dict[str, Any]:
    """The variables of the report for one period (README: Mallens variabler)."""
    plan, period = follow_up.plan, follow_up.period
    document, info = plan.document, info or plan.report
    annual = period == plan.periods[-1]
    kind = _report_type(plan, period)
    title = messages.REPORT_TITLE.format(kind=kind, year=plan.year)
    draft_line = _draft_text(follow_up) if draft else ""
    state_at = messages.REPORT_STATE_AT.format(date=swedish.day_and_month(period.end_date))
    return {
        "rapport": {
            "titel": f"{messages.REPORT_DRAFT_SHORT} – {title}" if draft else title,
            "dokumenttyp": kind,
            "period": period.name,
            "per": swedish.long_date(period.end_date),
            "per_iso": period.end_date.isoformat(),
            "intervall": messages.REPORT_INTERVAL.format(start=swedish.day_and_month(dt.date(plan.year, 1, 1)),
                                                         end=swedish.long_date(period.end_date)),
            "ar": str(plan.year),
            "skapad": swedish.long_date(today or dt.date.today()),
            "datum": swedish.long_date(info.date or today or dt.date.today()),
            "diarienummer": info.registry_number or EMPTY,
            "forfattare": info.author or document.prepared_by or EMPTY,
            "beslutsinstans": document.decision_body or EMPTY,
            "utkast": draft_line,
            "sidfot": " · ".join(([messages.REPORT_DRAFT_SHORT] if draft else []) + [plan.name, title]),
            "arsrapport": annual,
            "lage_rubrik": state_at,
            "sammanstallning_text": messages.REPORT_OVERVIEW_YEAR if annual else messages.REPORT_OVERVIEW.format(
                date=swedish.day_and_month(period.end_date), forecast=messages.REPORT_OVERVIEW_FORECAST),
        },
        "plan": {"namn": plan.name, "kommun": plan.municipality, "verksamhetsomrade": plan.area,
                 "faststalld": _date(document.adopted) or EMPTY, "diarienummer": document.registry_number or EMPTY,
                 "giltig_till": _date(document.valid_until) or EMPTY},
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
        "sammanfattning": _summary(follow_up),
        "analys": {"text": list(follow_up.analyses.overall)},
        "diagram_rubrik": messages.REPORT_CHART_CAPTION.format(date=swedish.long_date(period.end_date)),
        "sammanstallningar": [
            {"namn": s.name, "uppfyllt": s.counts[vocab.MET], "delvis": s.counts[vocab.PARTLY_MET],
             "ej_uppfyllt": s.counts[vocab.NOT_MET], "ej_bedomd": s.counts[vocab.NOT_ASSESSED], "totalt": s.total}
            for s in follow_up.summaries
        ],
        "mal": [_goal_row(follow_up, g) for g in follow_up.goals],
        "avdelningar": _departments(follow_up),
        "teckenforklaring": follow_up.legend + _legend_extra(follow_up),
        "avvikelser": _deviations(follow_up),
        "underlag": [_source(plan, period, s) for s in sorted(follow_up.folder.submissions,
                                                               key=lambda s: (s.goal_number, s.path))],
        "ej_rapporterade": [
            {"mal": goal_number, "enhet": _unit_name(plan, unit_id), "orsak": reason}
            for goal_number, unit_id, reason in _not_reported(follow_up)
        ],
        "varningar": _warnings(follow_up),
        "varningar_text": messages.REPORT_WARNINGS,
    }


def _summary(follow_up: FollowUp) -> dict[str, Any]:
    """'Per 31 augusti 2026 är 3 uppfyllda, 5 delvis uppfyllda och 1 ej uppfyllt av 9 mål.' (no zero counts)."""
    counts = follow_up.summaries[-1].counts if follow_up.summaries else dict.fromkeys(vocab.GOAL_STATUSES, 0)
    parts = [messages.goals_counted(counts[status], status) for status in vocab.GOAL_STATUSES if counts[status]]
    joined = ", ".join(parts[:-1]) + messages.AND + parts[-1] if len(parts) > 1 else "".join(parts) or "0"
    met = counts[vocab.MET]
    return {
        "text": messages.REPORT_SUMMARY.format(date=swedish.long_date(follow_up.period.end_date), parts=joined,
                                               total=len(follow_up.goals)),
        "uppfyllda": met,
        "totalt": len(follow_up.goals),
    }


def _legend_extra(follow_up: FollowUp) -> list[str]:
    annual = follow_up.period == follow_up.plan.periods[-1]
    return [text.format(previous=follow_up.previous_period.name if follow_up.previous_period else EMPTY)
            for text in messages.LEGEND_REPORT + (() if annual else (messages.LEGEND_FORECAST,))]


def _source(plan: Plan, period: Period, submission: Submission) -> dict[str, Any]:
    saved = submission.handed_in.strftime("%Y-%m-%d %H:%M")  # the workbook's own saved time where it has one
    return {"fil": submission.path, "mal": submission.goal_number, "enhet": _unit_name(plan, submission.unit_id),
            "period": period.name, "andrad": submission.modified.strftime("%Y-%m-%d %H:%M"), "sparad": saved,
            "sha256": submission.sha256,
            "kontrollsumma": submission.sha256[:SHORT_HASH]}


def _not_reported(follow_up: FollowUp) -> list[tuple[int, str, str]]:
    read = {(s.goal_number, s.unit_id) for s in follow_up.folder.submissions}
    left_out = {(s.goal_number, s.unit_id) for s in follow_up.folder.excluded}
    return [(goal, unit, messages.REPORT_WORKBOOK_HAS_ERRORS if (goal, unit) in left_out
             else messages.REPORT_MISSING_WORKBOOK)
            for goal, unit in follow_up.plan.expected_submissions() if (goal, unit) not in read]


def _warnings(follow_up: FollowUp) -> list[dict[str, Any]]:
    """Accepted warnings counted per file and kind."""
    counts = Counter((p.file or "", p.code) for p in follow_up.problems if p.severity == WARNING)
    return [{"fil": file, "antal": count, "slag": messages.WARNING_KINDS.get(code, code.replace("-", " "))}
            for (file, code), count in sorted(counts.items())]


def _without_status(reason: str, status: str) -> str:
    """The reason without its leading status word, which the report shows beside it already."""
    prefix = f"{status}: "
    return reason[len(prefix):] if reason.startswith(prefix) else reason


def _plain(reason: str, status: str) -> str:
    """The reason as a sentence for the board: no status word in front, no rule name."""
    text = RULE_NOTE.sub("", _without_status(reason, status))
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _trend(trend: str | None) -> str:
    return f"{vocab.TREND_SYMBOLS[trend]} {trend}" if trend else "–"


def _forecast(follow_up: FollowUp, goal: GoalStatus) -> str:
    """The goal owner's forecast for the year end, before the last period."""
    if follow_up.period == follow_up.plan.periods[-1]:
        return ""
    owner = next((s for s in follow_up.folder.submissions
                  if s.goal_number == goal.goal.number and s.unit_id == goal.goal.unit_ids[0]), None)
    assessment = owner.assessments.get(follow_up.period.id) if owner else None
    return (assessment.forecast or "") if assessment else ""


def _goal_row(follow_up: FollowUp, goal: GoalStatus) -> dict[str, Any]:
    earlier = [(period, next(g for g in goals if g.goal.number == goal.goal.number))
               for period, goals in follow_up.history]
    path = [f"{period.name}: {vocab.SYMBOLS[g.status]} {g.status}" for period, g in earlier]
    return {
        "nummer": goal.goal.number, "titel": goal.goal.title,
        "rubrik": messages.GOAL_HEADING.format(number=goal.goal.number, title=goal.goal.title),
        "status": goal.status, "symbol": vocab.SYMBOLS[goal.status], "farg": _colour(goal.status),
        "trend": _trend(goal.trend), "skal": _without_status(goal.reason, goal.status),
        "forklaring": _plain(goal.reason, goal.status), "prognos": _forecast(follow_up, goal),
        "tidigare": " → ".join(path) or "–",
        "under_aret": " → ".join([*path, f"{follow_up.period.name}: {vocab.SYMBOLS[goal.status]} {goal.status}"])
        if follow_up.period == follow_up.plan.periods[-1] and path else "",
    }


def _departments(follow_up: FollowUp) -> list[dict[str, Any]]:
    analyses = follow_up.analyses.departments
    return [
        {"namn": department.name if department else messages.AREA_WIDE_GROUP,
         "analys": list(analyses.get(department.id if department else "", ())),
         "mal": [_goal_section(follow_up, g) for g in goals]}
        for department, goals in goal_groups(follow_up.plan, follow_up.goals)
    ]


def _previous_outcome(kr: KeyResult, follow_up: FollowUp) -> float | None:
    previous = follow_up.previous_period
    result = kr.periods.get(previous.id) if previous else None
    return result.outcome if result else None


def _year_path(follow_up: FollowUp, kr: KeyResult, share: float) -> str:
    """'Delår 1: 40 ◐ Gul → Delår 2: 44 ● Grön → Helår: 47 ● Grön', in the annual report only."""
    plan, period = follow_up.plan, follow_up.period
    if period != plan.periods[-1] or len(plan.periods) < 2:
        return ""
    steps = []
    for step in plan.periods:
        decided = decide(kr, step.id, step.name, share)
        result = kr.periods.get(step.id)
        outcome = _value(result.outcome if result else None, kr.measure)
        steps.append(f"{step.name}: {outcome} {vocab.SYMBOLS[decided.status]} {decided.status}".replace(
            "– –", "–"))
    return " → ".join(steps)


def _goal_section(follow_up: FollowUp, goal: GoalStatus) -> dict[str, Any]:
    plan, period = follow_up.plan, follow_up.period
    submissions = {s.unit_id: s for s in follow_up.folder.submissions if s.goal_number == goal.goal.number}
    reasons = {unit: reason for number, unit, reason in _not_reported(follow_up) if number == goal.goal.number}
    key_results: dict[str, list[dict[str, Any]]] = {}
    for item in goal.key_results:
        kr = item.key_result
        result = kr.periods.get(period.id)
        status = item.status + (messages.CALCULATED if item.decided.calculated else "")
        counts = kr.measure.strip().casefold() in swedish.COUNTS
        key_results.setdefault(item.unit_id, []).append({
            "id": kr.id, "namn": kr.title, "enhet": _unit_name(plan, item.unit_id),
            "matt": messages.REPORT_MEASURE.format(measure=kr.measure) if kr.measure and not counts else "",
            "utgangslage": _number(kr.baseline), "malvarde": _number(kr.target),
            "utfall": _number(result.outcome if result else None),
            "foregaende": _number(_previous_outcome(kr, follow_up)), "status": status,
            "symbol": vocab.SYMBOLS[item.status], "farg": _colour(item.status),
            "kommentar": result.comment if result else "", "skal": _without_status(item.decided.reason, item.status),
            "under_aret": _year_path(follow_up, kr, goal.goal.thresholds.yellow_share),
        })
    units = []
    for unit in plan.units_of(goal.goal):
        submission = submissions.get(unit.id)
        activities = [_activity(plan, period, unit.id, a) for a in submission.activities] if submission else []
        units.append({"namn": unit.name, "saknas": f"{messages.NOT_REPORTED_HEADING}: {reasons[unit.id]}."
                      if unit.id in reasons else "", "nyckelresultat": key_results.get(unit.id, []),
                      "aktiviteter": activities})
    analyses = []
    for unit in plan.units_of(goal.goal):
        assessment = submissions[unit.id].assessments.get(period.id) if unit.id in submissions else None
        if assessment is None:
            continue
        last = period == plan.periods[-1]
        analyses.append({"enhet": unit.name, "analys": assessment.analysis, "atgarder": assessment.actions,
                         "bedomning": assessment.proposal or "–", "motivering": assessment.motivation,
                         "prognos": "" if last else (assessment.forecast or "–")})
    return {
        **_goal_row(follow_up, goal), "beskrivning": goal.goal.description, "kf_indikator": goal.goal.council_indicator,
        "regel": goal.goal.rule,
        "fullstandighet": messages.GOAL_COMPLETENESS.format(reported=goal.reported, total=goal.total),
        "enheter": units, "har_aktiviteter": any(u["aktiviteter"] for u in units),
        "nyckelresultat": [kr for unit in units for kr in unit["nyckelresultat"]],
        "aktiviteter": [a for unit in units for a in unit["aktiviteter"]], "analyser": analyses,
        "kolada": _indicator_tables(follow_up, goal),
    }


KOLADA_YEARS = 4  # the last years shown per KF-indikator: the table's year columns


def _indicator_tables(follow_up: FollowUp, goal: GoalStatus) -> list[dict[str, Any]]:
    """The goal's Kolada KPIs as small tables (plain dicts): the last years for the municipality and
    its comparisons, a missing value as "–" (never 0), the source and, for an old cache, a note."""
    cache = follow_up.indicators
    if cache is None:
        return []
    end = follow_up.period.end_date
    note = messages.KOLADA_OLD_CACHE.format(date=swedish.long_date(cache.retrieved), end=swedish.long_date(end)) \
        if cache.retrieved < end else ""
    tables = []
    for kpi in goal.goal.kolada:
        indicator = cache.kpis.get(kpi)
        if indicator is None:
            continue
        years = sorted({y for by_year in indicator.values.values() for y in by_year if y <= follow_up.plan.year})
        shown = [None] * (KOLADA_YEARS - len(years[-KOLADA_YEARS:])) + years[-KOLADA_YEARS:]
        rows = []
        for area, name in cache.areas.items():
            by_year = indicator.values.get(area, {})
            rows.append({"omrade": name, "varden": [
                "" if year is None else _number(by_year[year].value) if year in by_year else EMPTY
                for year in shown]})
        tables.append({"kpi": kpi, "titel": indicator.title,
                       "rubrik": messages.KOLADA_TABLE_HEADING.format(kpi=kpi, title=indicator.title),
                       "ar": ["" if year is None else str(year) for year in shown], "rader": rows,
                       "kalla": messages.KOLADA_SOURCE.format(date=swedish.long_date(cache.retrieved)),
                       "notering": note})
    return tables


def _activity(plan: Plan, period: Period, unit_id: str, activity: Any) -> dict[str, Any]:
    progress = activity.periods.get(period.id)
    return {"id": activity.id, "namn": activity.title, "enhet": _unit_name(plan, unit_id),
            "nyckelresultat": activity.key_result_id, "ansvarig": activity.responsible,
            "klart_senast": _date(activity.due),
            "status": (progress.status if progress else None) or vocab.NOT_REPORTED,
            "kommentar": progress.comment if progress else ""}


def _deviations(follow_up: FollowUp) -> dict[str, Any]:
    """Every Röd key result and every Försenad or Avbruten activity of the period."""
    plan, period = follow_up.plan, follow_up.period
    rows = []
    for goal in follow_up.goals:
        for item in goal.key_results:
            if item.status != vocab.RED:
                continue
            kr, result = item.key_result, item.key_result.periods.get(period.id)
            rows.append({"mal": goal.goal.number, "enhet": _unit_name(plan, item.unit_id),
                         "vad": messages.REPORT_DEVIATION_KR.format(
                             id=kr.id, title=kr.title, symbol=vocab.SYMBOLS[vocab.RED], status=vocab.RED,
                             outcome=_value(result.outcome if result else None, kr.measure),
                             target=_value(kr.target, kr.measure)),
                         "kommentar": result.comment if result else ""})
        for submission in follow_up.folder.submissions:
            if submission.goal_number != goal.goal.number:
                continue
            for activity in submission.activities:
                progress = activity.periods.get(period.id)
                if progress and progress.status in DEVIATING_ACTIVITIES:
                    rows.append({"mal": goal.goal.number, "enhet": _unit_name(plan, submission.unit_id),
                                 "vad": messages.REPORT_DEVIATION_ACTIVITY.format(
                                     id=activity.id, title=activity.title, status=progress.status),
                                 "kommentar": progress.comment})
    date = swedish.day_and_month(period.end_date)
    return {"text": (messages.REPORT_DEVIATIONS if rows else messages.REPORT_NO_DEVIATIONS).format(date=date),
            "rader": rows}
