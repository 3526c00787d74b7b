"""The shipped example: the Norsjö plan's 21 workbooks validate, and match their builder."""

from __future__ import annotations

import importlib.util
from dataclasses import asdict
from pathlib import Path

import pytest
from helpers import EXAMPLE, REPO

from vplan_excel import load_plan, read_folder

UNDERLAG = EXAMPLE / "underlag"


@pytest.mark.parametrize("period_id", ["delar1", "delar2", "helar"])
def test_example_validates_without_errors_or_warnings(period_id: str) -> None:
    plan = load_plan(EXAMPLE / "plan.toml")
    result = read_folder(UNDERLAG, plan, plan.period(period_id))
    assert [p.place + " " + p.message for p in result.problems] == []
    assert result.files_read == 21 and result.missing == []


def test_example_has_every_colour_and_every_goal() -> None:
    plan = load_plan(EXAMPLE / "plan.toml")
    result = read_folder(UNDERLAG, plan, plan.period("delar1"))
    assert {s.goal_number for s in result.submissions} == set(range(1, 10))
    statuses = {kr.periods["delar1"].status for s in result.submissions for kr in s.key_results}
    assert statuses == {"Grön", "Gul", "Röd"}


def test_example_workbooks_are_what_the_builder_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_examples", REPO / "examples" / "build_examples.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert builder.build(tmp_path / "underlag") == 21
    plan = load_plan(EXAMPLE / "plan.toml")

    def content(folder: Path) -> list[dict]:
        result = read_folder(folder, plan, plan.periods[0])
        return [
            {k: v for k, v in asdict(s).items() if k not in ("modified", "sha256", "saved")}
            for s in sorted(result.submissions, key=lambda s: s.path)
        ]

    assert content(tmp_path / "underlag") == content(UNDERLAG), "run: python examples/build_examples.py"


# Checked by hand against the example data with the plan's rules: goals 3–9 "alla"
# (Ej uppfyllt when more than half are Röd), goals 1–2 "bedömning" (the owner's proposal,
# beside the suggestion by "alla"). Columns: goal, status, suggestion, (Grön, Gul, Röd).
EXPECTED = {
    "delar1": [
        (1, "Delvis uppfyllt", "Delvis uppfyllt", (0, 2, 1)),
        (2, "Delvis uppfyllt", "Ej uppfyllt", (0, 1, 3)),  # 3 of 4 red; the owner motivates Delvis
        (3, "Delvis uppfyllt", None, (2, 5, 5)),  # 5 of 12 red is not more than half
        (4, "Delvis uppfyllt", None, (4, 4, 4)),
        (5, "Ej uppfyllt", None, (2, 0, 4)),
        (6, "Delvis uppfyllt", None, (3, 3, 3)),
        (7, "Delvis uppfyllt", None, (2, 1, 1)),
        (8, "Delvis uppfyllt", None, (4, 3, 2)),
        (9, "Ej uppfyllt", None, (2, 0, 4)),
    ],
    "delar2": [
        (1, "Uppfyllt", "Delvis uppfyllt", (2, 1, 0)),  # the owner motivates Uppfyllt
        (2, "Delvis uppfyllt", "Delvis uppfyllt", (2, 2, 0)),
        (3, "Delvis uppfyllt", None, (7, 4, 1)),
        (4, "Delvis uppfyllt", None, (9, 3, 0)),
        (5, "Uppfyllt", None, (6, 0, 0)),
        (6, "Delvis uppfyllt", None, (6, 3, 0)),
        (7, "Uppfyllt", None, (4, 0, 0)),
        (8, "Delvis uppfyllt", None, (7, 1, 1)),
        (9, "Delvis uppfyllt", None, (3, 3, 0)),
    ],
    "helar": [
        (1, "Uppfyllt", "Delvis uppfyllt", (2, 1, 0)),  # the owner motivates Uppfyllt again
        (2, "Delvis uppfyllt", "Delvis uppfyllt", (3, 1, 0)),
        (3, "Delvis uppfyllt", None, (10, 1, 1)),
        (4, "Delvis uppfyllt", None, (11, 1, 0)),
        (5, "Uppfyllt", None, (6, 0, 0)),
        (6, "Delvis uppfyllt", None, (8, 1, 0)),
        (7, "Uppfyllt", None, (4, 0, 0)),
        (8, "Delvis uppfyllt", None, (8, 1, 0)),
        (9, "Ej uppfyllt", None, (2, 0, 4)),  # 4 of 6 red
    ],
}


@pytest.mark.parametrize("period_id", ["delar1", "delar2", "helar"])
def test_example_statuses_match_the_hand_checked_table(period_id: str) -> None:
    from vplan_excel import load

    follow_up = load(UNDERLAG, period=period_id)
    found = []
    for goal in follow_up.goals:
        statuses = [k.status for k in goal.key_results]
        found.append((goal.goal.number, goal.status, goal.suggestion,
                      (statuses.count("Grön"), statuses.count("Gul"), statuses.count("Röd"))))
    assert found == EXPECTED[period_id]
    assert follow_up.problems == []


def test_example_summary_for_the_whole_area() -> None:
    from vplan_excel import load

    follow_up = load(UNDERLAG, period="delar2")
    area = follow_up.summaries[-1]
    assert (area.name, area.counts) == ("Kommunal utveckling",
                                        {"Uppfyllt": 3, "Delvis uppfyllt": 6, "Ej uppfyllt": 0, "Ej bedömd": 0})
    assert [g.trend for g in follow_up.goals if g.goal.number in (5, 7, 9)] == ["förbättrad"] * 3
