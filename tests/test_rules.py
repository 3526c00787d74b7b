"""Goal roll-up rules (alla, andel, viktad, bedömning): table of cases and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vplan_excel.model import Assessment, Thresholds
from vplan_excel.rollup.goal_rules import Counted, decide_goal, legend

G, Y, R, N = "Grön", "Gul", "Röd", "Ej rapporterad"
DEFAULT = Thresholds()


def counted(*statuses: str, weights: tuple[float, ...] = ()) -> Counted:
    return Counted([(s, weights[i] if weights else 1.0) for i, s in enumerate(statuses)])


@pytest.mark.parametrize(
    ("rule", "statuses", "expected", "reason"),
    [
        ("alla", (G, G, G), "Uppfyllt", "Uppfyllt: 3 av 3 nyckelresultat gröna (regel: alla)"),
        ("alla", (G, G, G, Y, R), "Delvis uppfyllt",
         "Delvis uppfyllt: 3 av 5 nyckelresultat gröna, 1 gult, 1 rött (regel: alla)"),
        ("alla", (R, R, G, Y), "Delvis uppfyllt", None),  # exactly half red is not more than half
        ("alla", (R, R, R, G), "Ej uppfyllt", "Ej uppfyllt: 1 av 4 nyckelresultat grönt, 3 röda (regel: alla)"),
        ("alla", (G, G, N), "Uppfyllt", "Uppfyllt: 2 av 2 nyckelresultat gröna (regel: alla) "
                                        "(2 av 3 nyckelresultat rapporterade)"),
        ("alla", (G, N, N), "Ej bedömd", "Ej bedömd: 1 av 3 nyckelresultat rapporterade, minst 50\xa0% krävs"),
        ("alla", (), "Ej bedömd", None),
        ("andel", (G, G, G, G, Y), "Uppfyllt", None),  # 80 % green
        ("andel", (G, G, Y, R), "Delvis uppfyllt", None),  # 50 % green, 75 % green or yellow
        ("andel", (G, R, R, R), "Ej uppfyllt", None),
        ("viktad", (G, G, Y), "Uppfyllt", None),  # (1 + 1 + 0.5) / 3 = 0.83
        ("viktad", (G, Y, R), "Delvis uppfyllt", "Delvis uppfyllt: 1 av 3 nyckelresultat grönt, 1 gult, 1 rött; "
                                                  "viktat värde 0,5 (regel: viktad)"),
        ("viktad", (Y, R, R), "Ej uppfyllt", None),
    ],
)
def test_rule(rule: str, statuses: tuple[str, ...], expected: str, reason: str | None) -> None:
    decision = decide_goal(rule, counted(*statuses), DEFAULT, None)
    assert decision.status == expected
    if reason:
        assert decision.reason == reason


def test_weights_count_in_viktad() -> None:
    assert decide_goal("viktad", counted(G, R, weights=(3.0, 1.0)), DEFAULT, None).status == "Delvis uppfyllt"
    assert decide_goal("viktad", counted(G, R, weights=(9.0, 1.0)), DEFAULT, None).status == "Uppfyllt"


def test_thresholds_are_configurable() -> None:
    lenient = Thresholds(red_share=0.8, min_reported=0.3)
    assert decide_goal("alla", counted(R, R, R, G), lenient, None).status == "Delvis uppfyllt"
    assert decide_goal("alla", counted(G, N, N), lenient, None).status == "Uppfyllt"


def owner(proposal: str | None, motivation: str = "") -> Assessment:
    return Assessment(period_id="delar1", analysis="Analys", proposal=proposal, motivation=motivation)


@pytest.mark.parametrize(
    ("assessment", "status", "suggestion", "needs_motivation", "reason_start"),
    [
        (owner("Delvis uppfyllt"), "Delvis uppfyllt", "Delvis uppfyllt", False,
         "Delvis uppfyllt: målägarens bedömning, i linje med nyckelresultaten"),
        (owner("Uppfyllt", "HME-index ligger nära målet."), "Uppfyllt", "Delvis uppfyllt", False,
         "Uppfyllt: målägarens bedömning; nyckelresultaten föreslår Delvis uppfyllt"),
        (owner("Uppfyllt"), "Uppfyllt", "Delvis uppfyllt", True, "Uppfyllt: målägarens bedömning"),
        (owner(None), "Delvis uppfyllt", "Delvis uppfyllt", False, "Delvis uppfyllt: ingen bedömning lämnad"),
        (None, "Delvis uppfyllt", "Delvis uppfyllt", False, "Delvis uppfyllt: ingen bedömning lämnad"),
    ],
)
def test_bedomning_the_owners_assessment_counts(assessment, status, suggestion, needs_motivation, reason_start) -> None:
    decision = decide_goal("bedömning", counted(G, G, Y), DEFAULT, assessment)
    assert (decision.status, decision.suggestion, decision.needs_motivation) == (status, suggestion, needs_motivation)
    assert decision.reason.startswith(reason_start)


def test_legend_lists_the_rules_in_force() -> None:
    lines = legend(DEFAULT, ["alla", "bedömning"])
    text = "\n".join(lines)
    assert "Regel alla: målet är uppfyllt när alla rapporterade nyckelresultat är gröna" in text
    assert "Regel bedömning:" in text and "Regel andel" not in text
    assert "Ej rapporterad –: varken utfall eller status har lämnats" in text


status_lists = st.lists(st.sampled_from([G, Y, R, N]), max_size=12)
RANK = {"Ej uppfyllt": 0, "Delvis uppfyllt": 1, "Uppfyllt": 2}


@given(status_lists, st.randoms(), st.sampled_from(["alla", "andel", "viktad"]))
def test_order_of_key_results_never_changes_the_result(statuses, random, rule) -> None:
    shuffled = list(statuses)
    random.shuffle(shuffled)
    assert decide_goal(rule, counted(*statuses), DEFAULT, None) == decide_goal(rule, counted(*shuffled), DEFAULT, None)


@given(status_lists, st.sampled_from([Y, R]), st.data(), st.sampled_from(["alla", "andel", "viktad"]))
def test_improving_a_key_result_never_worsens_the_goal(others, improved, data, rule) -> None:
    """One key result goes Röd -> Gul or Gul -> Grön: the goal never drops a step, and it is
    Ej bedömd afterwards exactly when it was before (the same key results are reported)."""
    index = data.draw(st.integers(min_value=0, max_value=len(others)))
    statuses = [*others[:index], improved, *others[index:]]
    better = [*others[:index], {R: Y, Y: G}[improved], *others[index:]]
    before = decide_goal(rule, counted(*statuses), DEFAULT, None).status
    after = decide_goal(rule, counted(*better), DEFAULT, None).status
    assert (after == "Ej bedömd") == (before == "Ej bedömd")
    if before != "Ej bedömd":
        assert RANK[after] >= RANK[before]


@given(st.lists(st.just(N), max_size=10), st.sampled_from(["alla", "andel", "viktad", "bedömning"]))
def test_nothing_reported_is_never_met(statuses, rule) -> None:
    assert decide_goal(rule, counted(*statuses), DEFAULT, owner("Uppfyllt")).status == "Ej bedömd"
