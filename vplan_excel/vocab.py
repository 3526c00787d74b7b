"""The workbook contract: sheet names, headings and closed vocabularies.

Defined once and imported by both the template writer and the reader, so the two can
never disagree. These words are public (listed in the README); changing one is a new
TEMPLATE_VERSION.
"""

from __future__ import annotations

TEMPLATE_VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1 has no Prognos helår column

# Sheets
SHEET_INSTRUCTIONS = "Instruktioner"
SHEET_KEY_RESULTS = "Nyckelresultat"
SHEET_ACTIVITIES = "Aktiviteter"
SHEET_ASSESSMENT = "Bedömning"
SHEET_IDENTITY = "Identitet"  # very hidden and protected
SHEET_TO_FIX = "Att rätta"  # first sheet of a marked copy (vplan feedback); the reader ignores it

# Identity keys (column A of the identity sheet; the value is in column B)
ID_PLAN = "plan"
ID_GOAL = "mål"
ID_UNIT = "enhet"
ID_VERSION = "mallversion"
IDENTITY_KEYS = (ID_PLAN, ID_GOAL, ID_UNIT, ID_VERSION)

# Headings of the Nyckelresultat sheet
KR_ID = "ID"
KR_TITLE = "Nyckelresultat"
KR_MEASURE = "Mått"
KR_BASELINE = "Utgångsläge"
KR_TARGET = "Målvärde"
KR_DIRECTION = "Riktning"
KR_WEIGHT = "Vikt"
KR_FIXED_HEADINGS = (KR_ID, KR_TITLE, KR_MEASURE, KR_BASELINE, KR_TARGET, KR_DIRECTION, KR_WEIGHT)
OUTCOME = "Utfall"
STATUS = "Status"
COMMENT = "Kommentar"

# Headings of the Aktiviteter sheet
ACT_ID = "ID"
ACT_TITLE = "Aktivitet"
ACT_KEY_RESULT = "Nyckelresultat"
ACT_RESPONSIBLE = "Ansvarig"
ACT_START = "Start"
ACT_DUE = "Klart senast"
ACT_FIXED_HEADINGS = (ACT_ID, ACT_TITLE, ACT_KEY_RESULT, ACT_RESPONSIBLE, ACT_START, ACT_DUE)

# Headings of the Bedömning sheet (one row per period)
AS_PERIOD = "Period"
AS_ANALYSIS = "Analys"
AS_ACTIONS = "Åtgärder"
AS_PROPOSAL = "Bedömning"
AS_FORECAST = "Prognos helår"
AS_MOTIVATION = "Motivering"
AS_HEADINGS = (AS_PERIOD, AS_ANALYSIS, AS_ACTIONS, AS_PROPOSAL, AS_FORECAST, AS_MOTIVATION)
OPTIONAL_HEADINGS = (AS_FORECAST,)  # read when present: a version 1 workbook lacks them


def period_heading(kind: str, period_name: str) -> str:
    """A per-period heading: period_heading(OUTCOME, "Delår 1") == "Utfall Delår 1"."""
    return f"{kind} {period_name}"


# Closed vocabularies (the first word of each is the canonical spelling)
GREEN, YELLOW, RED = "Grön", "Gul", "Röd"
KR_STATUSES = (GREEN, YELLOW, RED)
DIRECTION_HIGHER = "Högre är bättre"
DIRECTION_LOWER = "Lägre är bättre"
DIRECTIONS = (DIRECTION_HIGHER, DIRECTION_LOWER)
ACTIVITY_STATUSES = ("Ej påbörjad", "Pågår", "Klar", "Försenad", "Avbruten")
GOAL_ASSESSMENTS = ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")
FORECASTS = ("Uppfylls", "Uppfylls delvis", "Uppfylls inte")  # the goal at year end, seen mid-year

# Roll-up rules a plan may name per goal
RULE_ALL, RULE_SHARE, RULE_WEIGHTED, RULE_ASSESSMENT = "alla", "andel", "viktad", "bedömning"
RULES = (RULE_ALL, RULE_SHARE, RULE_WEIGHTED, RULE_ASSESSMENT)

# Room in the template
KEY_RESULT_ROWS = 30
ACTIVITY_ROWS = 40

# Colours (hex RGB) of the status words, shared by the workbook and the report
STATUS_FILL = {GREEN: "C6EFCE", YELLOW: "FFEB9C", RED: "FFC7CE"}
STATUS_FONT = {GREEN: "006100", YELLOW: "7F6000", RED: "9C0006"}

# Results of the roll-up (issue: goal fulfilment)
NOT_REPORTED = "Ej rapporterad"  # a key result without outcome and status: never a colour
MET, PARTLY_MET, NOT_MET = GOAL_ASSESSMENTS
NOT_ASSESSED = "Ej bedömd"  # a goal with too few key results reported
GOAL_STATUSES = (MET, PARTLY_MET, NOT_MET, NOT_ASSESSED)
# Status is always shown as word plus symbol, never colour alone
SYMBOLS = {
    GREEN: "●", YELLOW: "◐", RED: "○", NOT_REPORTED: "–",
    MET: "●", PARTLY_MET: "◐", NOT_MET: "○", NOT_ASSESSED: "–",
}
# The colour that goes with each goal status
GOAL_COLOURS = {MET: GREEN, PARTLY_MET: YELLOW, NOT_MET: RED}
# Trend since the previous period
BETTER, SAME, WORSE = "förbättrad", "oförändrad", "försämrad"
TREND_SYMBOLS = {BETTER: "↑", SAME: "→", WORSE: "↓"}

# States on the submission board (vplan submissions), shown and in its JSON
MISSING, HAS_ERRORS, HAS_WARNINGS, DONE = "saknas", "fel", "varningar", "klar"
SUBMISSION_STATES = (DONE, HAS_WARNINGS, HAS_ERRORS, MISSING)
STATE_SYMBOLS = {DONE: "✓", HAS_WARNINGS: "!", HAS_ERRORS: "✗", MISSING: "–"}
ON_TIME, LATE = "i tid", "sen"
