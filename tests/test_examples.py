"""The shipped example: the Norsjö plan's 21 workbooks validate, and match their builder."""

from __future__ import annotations

import importlib.util
from dataclasses import asdict
from pathlib import Path

import pytest
from conftest import EXAMPLE, REPO

from vplan_excel import load_plan, read_folder

UNDERLAG = EXAMPLE / "underlag"


@pytest.mark.parametrize("period_id", ["delar1", "delar2"])
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
            {k: v for k, v in asdict(s).items() if k not in ("modified", "sha256")}
            for s in sorted(result.submissions, key=lambda s: s.path)
        ]

    assert content(tmp_path / "underlag") == content(UNDERLAG), "run: python examples/build_examples.py"
