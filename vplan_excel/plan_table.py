"""One table of the plan file, read value by value into the types the model needs.

A wrong value becomes a problem on its line and is read as empty, so one mistake never
hides the next; the plan reader decides when to stop.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import replace
from typing import Any

from . import messages
from .model import Contact, Thresholds
from .plan_text import LineFinder
from .problems import Problem, problem

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+")  # one plain address, no display name

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


class PlanProblems:
    """The problems found in one plan file, each on the line of the table or key it is about."""

    def __init__(self, file: str, text: str):
        self.file = file
        self.lines = LineFinder(text)
        self.found: list[Problem] = []

    def add(self, code: str, table: str, index: int | None, key: str | None, /, **params: Any) -> None:
        """A problem on the line of key in the table (or of the table itself when key is None)."""
        line = self.lines.key(table, index, key) if key else self.lines.table(table, index)
        self.found.append(problem(code, self.file, line=line, **params))

    def add_at_top(self, code: str, name: str, /, **params: Any) -> None:
        """A problem with a top-level table or key, on the line where it starts."""
        self.found.append(problem(code, self.file, line=self.lines.top_level(name), **params))

    def add_to_file(self, code: str, /, **params: Any) -> None:
        """A problem with the file as a whole, such as a missing table."""
        self.found.append(problem(code, self.file, **params))


class PlanTable:
    """The values of [name], or of the index-th [[name]], checked against the keys it allows."""

    def __init__(
        self, problems: PlanProblems, name: str, index: int | None, values: dict[str, Any], allowed: dict[str, bool],
    ):
        self.problems = problems
        self.name = name
        self.index = index
        self.values = values
        self._check_keys(allowed)

    def fail(self, code: str, key: str | None, /, **params: Any) -> None:
        self.problems.add(code, self.name, self.index, key, **params)

    def _check_keys(self, allowed: dict[str, bool]) -> None:
        """Unknown keys (with the closest allowed one) and required keys that are missing or blank."""
        for key in self.values:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                self.fail(
                    "plan-okand-nyckel", key,
                    key=key, table=self.name, suggestion=messages.SUGGESTION.format(word=close[0]) if close else "",
                )
        for key, required in allowed.items():
            if required and _is_blank(self.values.get(key)):
                self.fail("plan-nyckel-saknas", key, key=key, table=self.name)

    def text(self, key: str, number_allowed: bool = False) -> str:
        """Stripped text; a number too when number_allowed (a registry number may be written 123)."""
        value = self.values.get(key, "")
        if number_allowed and isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.fail("plan-fel-typ", key, key=key, expected=messages.PLAN_EXPECTED_TEXT)
            return ""
        return value.strip()

    def date(self, key: str) -> dt.date | None:
        value = self.values.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self.fail("plan-fel-typ", key, key=key, expected=messages.PLAN_EXPECTED_DATE)
        return None

    def whole_number(self, key: str, bounds: tuple[int, int], expected: str) -> int:
        """A whole number within bounds, or 0 (a missing one is reported by the key check)."""
        value = self.values.get(key)
        if _is_blank(value):
            return 0
        if not isinstance(value, int) or isinstance(value, bool) or not bounds[0] <= value <= bounds[1]:
            self.fail("plan-fel-typ", key, key=key, expected=expected)
            return 0
        return value

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if value and not ID_PATTERN.match(value):
            self.fail("plan-ogiltigt-id", key, value=value)
        return value

    def contact(self, name_key: str, email_key: str) -> Contact | None:
        """A person from a name and an e-mail address (either may be left out), or None for neither."""
        name, email = self.text(name_key), self.text(email_key)
        if email and not EMAIL.fullmatch(email):
            self.fail("plan-ogiltig-epost", email_key, value=email)
            email = ""
        return Contact(name, email) if name or email else None

    def code(self, key: str, pattern: re.Pattern[str], expected: str) -> str:
        """A short code written as text ("2417"), checked against pattern; '' when absent."""
        value = self.text(key)
        if value and not pattern.match(value):
            self.fail("plan-fel-typ", key, key=key, expected=expected)
            return ""
        return value

    def codes(self, key: str, pattern: re.Pattern[str], expected: str) -> tuple[str, ...]:
        """A list of codes (["N03102", "N01955"]), each checked against pattern; () when absent."""
        value = self.values.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and pattern.match(v.strip()) for v in value):
            self.fail("plan-fel-typ", key, key=key, expected=expected)
            return ()
        return tuple(v.strip() for v in value)

    def reference(self, key: str, known: set[str], kind: str) -> str | None:
        """The id of another table's entry (kind "avdelning"), or None when the key is absent."""
        value = self.text(key) or None
        if value and value not in known:
            self.fail("plan-okand-referens", key, value=value, kind=kind)
        return value

    def thresholds(self, base: Thresholds) -> Thresholds:
        """base with the rule thresholds this table sets."""
        changes = {}
        for key, field in THRESHOLD_KEYS.items():
            if key not in self.values:
                continue
            value = self.values[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                self.fail("plan-fel-typ", key, key=key, expected=messages.PLAN_EXPECTED_SHARE)
            else:
                changes[field] = float(value)
        return replace(base, **changes)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
