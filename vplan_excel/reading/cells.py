"""Pure parsing of cell values as unit heads really type them.

"grön " with a no-break space, "12,5" as text, "1 200", "85 %", "−3" with a Unicode
minus: each parser says what it found and whether it had to be lenient, so the reader
can accept the value with a warning instead of failing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..text import INVISIBLE

SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u3000"), " ")
MINUSES = dict.fromkeys(map(ord, "\u2212\u2013\u2012"), "-")
NUMBER_TEXT = re.compile(r"^([+-]?)(\d{1,3}(?: \d{3})+|\d+)(?:[,.](\d+))?(?: ?%)?$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def _canonical(text: str) -> str:
    text = unicodedata.normalize("NFC", text.translate(INVISIBLE).translate(SPACES))
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class WordMatch:
    word: str | None  # the canonical spelling, or None when nothing matched
    exact: bool  # False when case, spaces or invisible characters had to be forgiven


def match_word(value: Any, vocabulary: tuple[str, ...]) -> WordMatch:
    """Match a cell against a closed vocabulary, forgiving case and stray spaces."""
    raw = "" if value is None else str(value)
    if raw in vocabulary:
        return WordMatch(raw, True)
    wanted = _canonical(raw)
    for word in vocabulary:
        if _canonical(word) == wanted:
            return WordMatch(word, False)
    return WordMatch(None, False)


@dataclass(frozen=True)
class NumberValue:
    number: float | None
    from_text: bool = False  # typed as text ("12,5"): accepted with a warning
    invalid: bool = False  # text that is no number
    readings: tuple[float, float] | None = None  # "3.420": 3,42 or 3 420; not guessed, no number


def parse_number(value: Any) -> NumberValue:
    """A number from a cell: real numbers pass, Swedish number text is converted."""
    if value is None or value == "":
        return NumberValue(None)
    if isinstance(value, bool):
        return NumberValue(None, invalid=True)
    if isinstance(value, (int, float)):
        return NumberValue(float(value)) if math.isfinite(value) else NumberValue(None, invalid=True)
    if not isinstance(value, str):
        return NumberValue(None, invalid=True)
    text = " ".join(value.translate(INVISIBLE).translate(SPACES).translate(MINUSES).split())
    if not text:
        return NumberValue(None)
    match = NUMBER_TEXT.match(text)
    if not match:
        return NumberValue(None, invalid=True)
    sign, whole, fraction = match.groups()
    number = float(whole.replace(" ", "") + ("." + fraction if fraction else ""))
    if not math.isfinite(number):
        return NumberValue(None, invalid=True)
    factor = -1.0 if sign == "-" else 1.0
    if _thousands_or_decimals(whole, fraction):
        return NumberValue(None, from_text=True, readings=(factor * number, factor * float(whole + fraction)))
    return NumberValue(factor * number, from_text=True)


def _thousands_or_decimals(whole: str, fraction: str | None) -> bool:
    """'3.420' or '3,420': a separator before exactly three digits may group thousands or
    start decimals, and the two readings differ. '0,545' and '1 200,500' are unambiguous."""
    return fraction is not None and len(fraction) == 3 and whole[0] != "0" and " " not in whole


@dataclass(frozen=True)
class DateValue:
    date: dt.date | None
    from_text: bool = False
    invalid: bool = False


def parse_date(value: Any) -> DateValue:
    """A date from a cell: date cells pass, ISO text ('2026-04-30') is converted."""
    if value is None or value == "":
        return DateValue(None)
    if isinstance(value, dt.datetime):
        return DateValue(value.date())
    if isinstance(value, dt.date):
        return DateValue(value)
    if isinstance(value, str):
        text = value.translate(INVISIBLE).translate(SPACES).strip()
        if not text:
            return DateValue(None)
        match = ISO_DATE.match(text)
        if match:
            try:
                return DateValue(dt.date(*map(int, match.groups())), from_text=True)
            except ValueError:
                pass
    return DateValue(None, invalid=True)

