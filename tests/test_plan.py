"""The plan file: the shipped example reproduces the seed; mistakes are reported by line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE, PLAN_TOML

from vplan_excel import VplanError, load_plan


def test_example_plan_reproduces_the_seed() -> None:
    plan = load_plan(EXAMPLE / "plan.toml")
    assert plan.municipality == "Norsjö kommun"
    assert plan.document.owner == "Verksamhetschef KU"
    assert [g.number for g in plan.goals] == list(range(1, 10))
    assert [d.name for d in plan.departments] == ["Teknikavdelningen", "Utvecklingsavdelningen"]
    assert [u.name for u in plan.units] == [
        "Ledningsgruppen", "Måltider", "Fastighet och service", "Gata/park, vatten och avfall (GVA)",
        "Trepartens renhållningsnämnd", "Näringsliv och samhälle", "Arbetsmarknad (inkl. Knut'n)", "Kultur och fritid"]
    assert plan.goal(1).title == "Vi använder värdegrunden som vår kompass när vi utför våra uppdrag"
    assert plan.goal(1).council_indicator == "HME-index"
    assert plan.goal(1).department_id is None and plan.goal(1).rule == "bedömning"
    assert plan.goal(4).title.endswith("både när det gäller teknik och arbetssätt inom vår avdelning")
    assert plan.goal(7).council_indicator == "Näringslivsenkät – samlat omdöme"
    assert plan.goal(8).title == "Upplevelsen av den kommunala servicen är god"
    assert plan.goal(8).description.count("\n\n") == 2
    assert {g.number for g in plan.goals if g.department_id == "teknik"} == {3, 4}
    assert {g.number for g in plan.goals if g.department_id == "utveckling"} == {5, 6, 7, 8, 9}
    assert all(g.rule == "alla" for g in plan.goals[2:])
    assert [p.name for p in plan.periods] == ["Delår 1", "Delår 2", "Helår"]
    assert len(plan.expected_submissions()) == 21


def errors_for(tmp_path: Path, text: str) -> list[tuple[str, int | None, str]]:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VplanError) as caught:
        load_plan(path)
    return [(p.code, p.line, p.message) for p in caught.value.problems]


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_misspelt_key_is_reported_on_its_line_with_a_suggestion(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('titel = "Avdelningen', 'tittel = "Avdelningen')
    errors = errors_for(tmp_path, text)
    assert ("plan-okand-nyckel", line_of(text, "tittel ="), "Okänd nyckel tittel i [mal]. Menade du titel?") in errors
    assert ("plan-nyckel-saknas", line_of(text, "[[mal]]"), "Nyckeln titel saknas eller är tom i [mal].") in errors


def test_unknown_unit_in_goal(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('enheter = ["gva", "maltider"]', 'enheter = ["gva", "kost"]')
    assert errors_for(tmp_path, text) == [
        ("plan-okand-referens", line_of(text, "enheter ="), 'Det finns ingen enhet med id "kost".')]


def test_unknown_rule_and_bad_id(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('regel = "alla"', 'regel = "majoritet"').replace('id = "gva"', 'id = "Gata & park"')
    codes = [(code, line) for code, line, _ in errors_for(tmp_path, text)]
    assert ("plan-okand-regel", line_of(text, "regel =")) in codes
    assert ("plan-ogiltigt-id", line_of(text, 'id = "Gata & park"')) in codes


def test_date_in_quotes_is_explained(tmp_path: Path) -> None:
    text = PLAN_TOML.replace("per = 2026-04-30", 'per = "30 april"')
    [(code, line, _)] = errors_for(tmp_path, text)
    assert (code, line) == ("plan-fel-typ", line_of(text, 'per = "30 april"'))


def test_duplicate_goal_number(tmp_path: Path) -> None:
    goal = PLAN_TOML[PLAN_TOML.index("[[mal]]"):]
    text = PLAN_TOML + "\n" + goal
    assert [code for code, _, _ in errors_for(tmp_path, text)] == ["plan-dubblett"]


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('namn = "Måltider"', 'namn = "Måltider')
    [(code, line, message)] = errors_for(tmp_path, text)
    assert (code, line) == ("plan-syntax", line_of(text, 'namn = "Måltider'))
    assert message.startswith("Planfilen kunde inte tolkas")


def test_periods_are_found_by_id_or_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(PLAN_TOML, encoding="utf-8")
    plan = load_plan(path)
    assert plan.period("delar2") == plan.period("delår 2") == plan.periods[1]
    assert plan.period("helår") is None
