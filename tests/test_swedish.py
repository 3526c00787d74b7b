"""Swedish numbers: the same text as Babel's format_decimal with the Swedish locale."""

from __future__ import annotations

from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from vplan_excel import swedish


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15), st.integers(0, 6))
def test_number_is_babels_swedish_decimal(value: float, decimals: int) -> None:
    expected = format_decimal(value, format="#,##0." + "#" * decimals, locale="sv_SE")
    assert swedish.number(value, decimals) == expected


def test_number_uses_no_break_spaces_and_a_decimal_comma() -> None:
    assert swedish.number(1234567.891) == "1\xa0234\xa0567,89"
    assert swedish.number(-0.5) == "-0,5"


def test_kept_numbers_read_as_babel_writes_them_whatever_came_before() -> None:
    from babel.numbers import format_decimal, format_percent

    for value in (0, -0.0, 0.0, 1234.5, 1234.5, -1234.5, 1, 1.0, 2.675, -0.001, 1e16):
        assert swedish.number(value) == format_decimal(value, "#,##0.##", locale="sv_SE"), value
    for share in (0, -0.0, 0.755, 0.755, -0.004):
        assert swedish.percent(share) == format_percent(share, locale="sv_SE"), share
