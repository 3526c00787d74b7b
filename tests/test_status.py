"""Key-result status: computed from the numbers, or the unit's own; never a colour from nothing."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from vplan_excel.model import KeyResult, PeriodResult
from vplan_excel.rollup.key_result_status import RANK, compute, decide

HIGHER, LOWER = "Högre är bättre", "Lägre är bättre"

COMPUTE_CASES = [
    # outcome, baseline, target, direction, expected
    (95, 80, 90, HIGHER, "Grön"),
    (90, 80, 90, HIGHER, "Grön"),  # reaching the target is enough
    (88, 80, 90, HIGHER, "Gul"),  # 80 % of the way, inclusive
    (87, 80, 90, HIGHER, "Röd"),
    (75, 80, 90, HIGHER, "Röd"),  # worse than the baseline
    (15, 22, 15, LOWER, "Grön"),
    (16, 22, 15, LOWER, "Gul"),  # 6/7 of the way down
    (19, 22, 15, LOWER, "Röd"),
    (72, None, 90, HIGHER, "Gul"),  # Vansbro: at least 80 % of the target
    (71, None, 90, HIGHER, "Röd"),
    (12, None, 10, LOWER, "Gul"),  # no more than 20 % of the target above it
    (12.5, None, 10, LOWER, "Röd"),
    (85, 90, 90, HIGHER, "Gul"),  # target = baseline: a level to keep, Vansbro rule
    (80, 95, 90, HIGHER, "Gul"),  # baseline already better than the target: Vansbro rule
    (70, 95, 90, HIGHER, "Röd"),
    (-1, -5, 0, HIGHER, "Gul"),  # negative values: a deficit shrinking towards zero
    (-2, -5, 0, HIGHER, "Röd"),
    (0.5, -5, 0, HIGHER, "Grön"),
    (0, None, 0, LOWER, "Grön"),  # zero target, e.g. no incidents
    (1, None, 0, LOWER, "Röd"),
    (-12, None, -10, HIGHER, "Gul"),  # negative target without baseline
    (-13, None, -10, HIGHER, "Röd"),
    (0.85, None, 90, HIGHER, "Röd"),  # a share typed for a percent: taken as written (and warned about)
    (None, 80, 90, HIGHER, None),  # nothing to compute
    (85, 80, None, HIGHER, None),
    (85, 80, 90, None, None),
]


@pytest.mark.parametrize(("outcome", "baseline", "target", "direction", "expected"), COMPUTE_CASES)
def test_computed_status(outcome, baseline, target, direction, expected) -> None:
    assert compute(outcome, baseline, target, direction, 0.8).status == expected


def test_threshold_is_configurable() -> None:
    assert compute(85, 80, 90, HIGHER, 0.5).status == "Gul"
    assert compute(85, 80, 90, HIGHER, 0.9).status == "Röd"


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ((62, None, 90, HIGHER, 0.8, "%"), "utfall 62\xa0% når inte 80\xa0% av målvärdet 90\xa0%"),
        ((95, 80, 90, HIGHER, 0.8, "%"), "utfall 95\xa0% når målvärdet 90\xa0%"),
        ((16, 22, 15, LOWER, 0.8, "dagar"),
         "utfall 16\xa0dagar har nått 86\xa0% av vägen från utgångsläget 22\xa0dagar till målvärdet 15\xa0dagar"),
        ((1250.5, 1000, 2000, HIGHER, 0.8, "antal"),
         "utfall 1\xa0250,5 har nått 25\xa0% av vägen från utgångsläget 1\xa0000 till målvärdet "
         "2\xa0000, gul kräver 80\xa0%"),
        ((79.6, 0, 100, HIGHER, 0.8, "%"),
         "utfall 79,6\xa0% har nått 79\xa0% av vägen från utgångsläget 0\xa0% till målvärdet 100\xa0%, "
         "gul kräver 80\xa0%"),
        ((1, None, 0, LOWER, 0.8, "st"), "utfall 1 når inte målvärdet 0"),
        ((12.5, None, 10, LOWER, 0.8, "%"), "utfall 12,5\xa0% ligger mer än 20\xa0% från målvärdet 10\xa0%"),
        ((75, 80, 90, HIGHER, 0.8, ""), "utfall 75 har gått åt fel håll från utgångsläget 80 (målvärde 90)"),
    ],
)
def test_reason_is_one_swedish_sentence_with_swedish_numbers(args, reason) -> None:
    assert compute(*args).reason == reason


def kr(outcome=None, status=None, baseline=80.0, target=90.0, direction=HIGHER, comment="") -> KeyResult:
    return KeyResult(id="NR1", title="Nöjda kunder", measure="%", baseline=baseline, target=target,
                     direction=direction, weight=1.0, row=7,
                     periods={"delar1": PeriodResult(outcome=outcome, status=status, comment=comment)})


@pytest.mark.parametrize(
    ("key_result", "status", "calculated", "two_steps", "reason_start"),
    [
        (kr(95, "Grön"), "Grön", False, False, "Grön: utfall 95"),
        (kr(95, "Röd"), "Röd", False, True, "Röd: enhetens status; beräknat Grön, utfall 95"),
        (kr(88, "Grön"), "Grön", False, False, "Grön: enhetens status; beräknat Gul"),
        (kr(88, None), "Gul", True, False, "Gul (beräknad): utfall 88"),
        (kr(None, "Gul"), "Gul", False, False, "Gul: enhetens status (utfall saknas)"),
        (kr(None, None), "Ej rapporterad", False, False, "Ej rapporterad: varken utfall eller status för Delår 1"),
        (kr(None, None, comment="Mäts i december"), "Ej rapporterad", False, False, "Ej rapporterad"),
    ],
)
def test_which_status_counts(key_result, status, calculated, two_steps, reason_start) -> None:
    decided = decide(key_result, "delar1", "Delår 1", 0.8)
    assert (decided.status, decided.calculated, decided.two_steps_apart) == (status, calculated, two_steps)
    assert decided.reason.startswith(reason_start)


numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
shares = st.floats(min_value=0.0, max_value=1.0)


@given(numbers, numbers, st.one_of(st.none(), numbers), numbers, st.sampled_from([HIGHER, LOWER]), shares)
def test_improving_the_outcome_never_worsens_the_status(outcome, better_by, baseline, target, direction, share) -> None:
    improved = outcome + abs(better_by) if direction == HIGHER else outcome - abs(better_by)
    assume(abs(improved) < 1e7)
    before = compute(outcome, baseline, target, direction, share).status
    after = compute(improved, baseline, target, direction, share).status
    assert RANK[after] >= RANK[before]


@given(st.one_of(st.none(), numbers), st.one_of(st.none(), numbers), st.sampled_from([HIGHER, LOWER, None]))
def test_missing_data_never_becomes_green(baseline, target, direction) -> None:
    decided = decide(kr(None, None, baseline, target, direction), "delar1", "Delår 1", 0.8)
    assert decided.status == "Ej rapporterad"
    assert compute(None, baseline, target, direction, 0.8).status is None
