"""Parsing cell values the way unit heads type them (pure functions, table-driven)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vplan_excel.reading.cells import match_word, parse_date, parse_number
from vplan_excel.text import clean_text, key_text
from vplan_excel.vocab import KR_STATUSES


@pytest.mark.parametrize(
    ("value", "number", "from_text", "invalid"),
    [
        (12.5, 12.5, False, False),
        (7, 7.0, False, False),
        (None, None, False, False),
        ("", None, False, False),
        ("12,5", 12.5, True, False),
        ("12.5", 12.5, True, False),
        ("1 200", 1200.0, True, False),
        ("1\u00a0200,5", 1200.5, True, False),
        ("1\u202f234\u202f567", 1234567.0, True, False),
        ("85 %", 85.0, True, False),
        ("85%", 85.0, True, False),
        ("\u22123", -3.0, True, False),
        ("-0,5", -0.5, True, False),
        (" 42 ", 42.0, True, False),
        ("ca 20", None, False, True),
        ("12 st", None, False, True),
        ("1 20", None, False, True),
        ("n/a", None, False, True),
        (True, None, False, True),
    ],
)
def test_parse_number(value: object, number: float | None, from_text: bool, invalid: bool) -> None:
    parsed = parse_number(value)
    assert (parsed.number, parsed.from_text, parsed.invalid) == (number, from_text, invalid)


@pytest.mark.parametrize(
    ("value", "readings"),
    [
        ("3.420", (3.42, 3420.0)),
        ("3,420", (3.42, 3420.0)),
        ("-12.500 %", (-12.5, -12500.0)),
        ("95.5", None),
        ("0,545", None),
        ("1 200,500", None),
        ("3.4200", None),
    ],
)
def test_a_separator_before_three_digits_has_two_readings(value: str, readings: tuple[float, float] | None) -> None:
    parsed = parse_number(value)
    assert parsed.readings == readings
    assert (parsed.number is None) == (readings is not None)


@pytest.mark.parametrize(
    ("value", "date", "from_text", "invalid"),
    [
        (dt.date(2026, 4, 30), dt.date(2026, 4, 30), False, False),
        (dt.datetime(2026, 4, 30, 0, 0), dt.date(2026, 4, 30), False, False),
        ("2026-04-30", dt.date(2026, 4, 30), True, False),
        ("2026-4-3", dt.date(2026, 4, 3), True, False),
        ("2026-04-30 00:00:00", dt.date(2026, 4, 30), True, False),
        ("2026-02-30", None, False, True),
        ("30 april", None, False, True),
        (46142.0, None, False, True),
        (None, None, False, False),
    ],
)
def test_parse_date(value: object, date: dt.date | None, from_text: bool, invalid: bool) -> None:
    parsed = parse_date(value)
    assert (parsed.date, parsed.from_text, parsed.invalid) == (date, from_text, invalid)


@pytest.mark.parametrize(
    ("value", "word", "exact"),
    [
        ("Grön", "Grön", True),
        ("grön", "Grön", False),
        ("GRÖN ", "Grön", False),
        ("\u00a0Gul\u00a0", "Gul", False),
        ("R\u00f6d", "Röd", True),
        ("Ro\u0308d", "Röd", False),  # decomposed ö, as pasted from some systems
        ("Rö\u00add", "Röd", False),  # soft hyphen
        ("\u200bGrön", "Grön", False),  # zero-width space
        ("Lila", None, False),
        ("Gron", None, False),
        ("", None, False),
    ],
)
def test_match_status_word(value: str, word: str | None, exact: bool) -> None:
    assert match_word(value, KR_STATUSES) == (match_word(value, KR_STATUSES).__class__(word, exact))


def test_clean_text_removes_control_characters_but_keeps_line_breaks() -> None:
    assert clean_text("Rad ett\x0bvidare\r\nRad två\x01") == "Rad ett vidare\nRad två"
    assert clean_text(3.0) == "3"


FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji held together by zero-width joiners
PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # needs its zero-width non-joiner


@pytest.mark.parametrize("typed", [FAMILY, PERSIAN, "Bra \u00e5r\u200b!", "Sj\u00e4lv\u00adskattad h\u00e4lsa"])
def test_free_text_keeps_every_character_as_typed(typed: str) -> None:
    assert clean_text(f"  {typed} ") == typed


def test_ids_and_names_are_compared_without_invisible_characters() -> None:
    assert key_text("\u200bNR1\u200d ") == "NR1"
    assert key_text("Del\u00e5r\u00ad 1") == "Del\u00e5r 1"


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_real_numbers_pass_unchanged(number: float) -> None:
    assert parse_number(number).number == number


@given(st.integers(min_value=-10**9, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_swedish_number_text_round_trips(whole: int, hundredths: int) -> None:
    from babel.numbers import format_decimal

    value = whole + hundredths / 100 if whole >= 0 else whole - hundredths / 100
    text = format_decimal(value, format="#,##0.00", locale="sv_SE")
    assert parse_number(text).number == pytest.approx(value)
