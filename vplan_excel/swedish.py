"""Numbers, dates and order the Swedish way, through Babel: 1 234,5 · 85 % · 30 april 2026."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from typing import Any

LOCALE = "sv_SE"
COUNTS = {"antal", "st", "st."}
NUMBERS_KEPT = 4096  # formatted numbers kept for their next use


@cache
def _locale() -> Any:
    """The parsed Swedish locale, once: Babel parses a locale name again on every call."""
    from babel import Locale

    return Locale.parse(LOCALE)


@cache
def _number_pattern(decimals: int) -> Any:
    """Babel's parsed number pattern, once per precision: format_decimal parses it on every call."""
    from babel.numbers import parse_pattern

    return parse_pattern("#,##0." + "#" * decimals)


def number(value: float, decimals: int = 2) -> str:
    """1 234,5 (no-break space as thousands separator, at most `decimals` decimals).

    Kept for the numbers seen last: a follow-up shows the same targets and baselines again
    and again (in each reason, table and summary), and Babel takes microseconds each time.
    Not zero: 0 and -0.0 are the same key, yet Babel writes 0 and -0.
    """
    return _kept_number(value, decimals) if value else _number(value, decimals)


def _number(value: float, decimals: int) -> str:
    return str(_number_pattern(decimals).apply(value, _locale()))


_kept_number = lru_cache(maxsize=NUMBERS_KEPT)(_number)


def percent(share: float) -> str:
    """0.75 -> 75 % (kept as number is)."""
    return _kept_percent(share) if share else _percent(share)


def _percent(share: float) -> str:
    from babel.numbers import format_percent

    return format_percent(share, locale=_locale())


_kept_percent = lru_cache(maxsize=NUMBERS_KEPT)(_percent)


def measured(value: float, measure: str) -> str:
    """A value with its measure: 85 %, 1 200 antal, 0,54 kWh/m³."""
    text = number(value)
    if measure.strip().casefold() in COUNTS:  # "12 antal" reads oddly: a count is just the number
        return text
    if measure == "%":
        return f"{text}\xa0%"
    return f"{text}\xa0{measure}" if measure else text  # no-break space: never a line between number and measure


def day_and_month(date: dt.date) -> str:
    """31 augusti."""
    from babel.dates import format_date

    return format_date(date, format="d MMMM", locale=_locale())


def long_date(date: dt.date) -> str:
    """30 april 2026."""
    from babel.dates import format_date

    return format_date(date, format="long", locale=_locale())


def day_month(date: dt.date) -> str:
    """15 september (where the year goes without saying, as in an e-mail's subject)."""
    from babel.dates import format_date

    return format_date(date, format="d MMMM", locale=_locale())


SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "Å": "{", "Ä": "|", "Ö": "}"})


def sort_key(text: str) -> str:
    """Sort key putting å, ä, ö after z, as Swedish readers expect."""
    return text.casefold().translate(SWEDISH_ORDER)
