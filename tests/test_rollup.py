"""Goal fulfilment over a folder: roll-up problems at their cells, missing units, trends, order."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from helpers import set_cells

from vplan_excel import load
from vplan_excel.cli import main
from vplan_excel.model import Plan

GVA = "mal-03-gva.xlsx"


def test_statuses_reasons_and_summaries(filled_folder: Path, plan: Plan) -> None:
    follow_up = load(filled_folder, plan, "delar1")
    [goal] = follow_up.goals
    assert (goal.status, goal.reported, goal.total, goal.complete) == ("Delvis uppfyllt", 4, 4, True)
    assert goal.reason == "Delvis uppfyllt: 0 av 4 nyckelresultat gröna, 2 gula, 2 röda (regel: alla)"
    statuses = [(k.unit_id, k.key_result.id, k.status) for k in goal.key_results]
    assert statuses == [("gva", "NR1", "Gul"), ("gva", "NR2", "Röd"), ("maltider", "NR1", "Gul"),
                        ("maltider", "NR2", "Röd")]
    assert [(s.name, s.counts["Delvis uppfyllt"]) for s in follow_up.summaries] == [
        ("Teknikavdelningen", 1), ("Kommunal utveckling", 1)]
    assert follow_up.previous_period is None and goal.trend is None


def test_trend_since_the_previous_period(filled_folder: Path, plan: Plan) -> None:
    follow_up = load(filled_folder, plan, "delar2")
    [goal] = follow_up.goals
    nr1 = next(k for k in goal.key_results if k.key_result.id == "NR1")
    assert (nr1.previous.status, nr1.status, nr1.trend) == ("Gul", "Grön", "förbättrad")
    nr2 = next(k for k in goal.key_results if k.key_result.id == "NR2")
    assert nr2.status == "Ej rapporterad" and nr2.trend is None
    assert goal.previous_status == "Delvis uppfyllt"


def test_unit_status_two_steps_from_the_numbers_is_a_warning(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"I7": "Grön"})
    follow_up = load(filled_folder, plan, "delar1")
    [warning] = [p for p in follow_up.problems if p.code == "status-avviker"]
    assert (warning.severity, warning.file, warning.sheet, warning.cell) == ("varning", GVA, "Nyckelresultat", "I7")
    assert "har status Grön men utfallet ger Röd för Delår 1" in warning.message


def test_share_typed_for_a_percent_is_a_warning(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H7": 0.2})
    [warning] = [p for p in load(filled_folder, plan, "delar1").problems if p.code == "procent-som-andel"]
    assert (warning.file, warning.cell) == (GVA, "H7")


def test_differing_assessment_without_motivation_is_an_error(filled_folder: Path, plan: Plan) -> None:
    assessed = replace(plan, goals=(replace(plan.goals[0], rule="bedömning"),))
    set_cells(filled_folder / GVA, "Bedömning", {"D7": "Uppfyllt"})
    follow_up = load(filled_folder, assessed, "delar1")
    [error] = [p for p in follow_up.problems if p.code == "bedomning-utan-motivering"]
    assert (error.severity, error.file, error.sheet, error.cell) == ("fel", GVA, "Bedömning", "F7")
    assert follow_up.goals[0].status == "Uppfyllt" and follow_up.goals[0].suggestion == "Delvis uppfyllt"
    set_cells(filled_folder / GVA, "Bedömning", {"F7": "Läckaget är i praktiken åtgärdat."})
    follow_up = load(filled_folder, assessed, "delar1")
    assert not [p for p in follow_up.problems if p.code == "bedomning-utan-motivering"]
    assert follow_up.goals[0].reason.endswith("Motivering: Läckaget är i praktiken åtgärdat.")


def test_unmotivated_assessment_names_the_motivering_cell_after_an_inserted_column(
        filled_folder: Path, plan: Plan) -> None:
    from openpyxl import load_workbook

    assessed = replace(plan, goals=(replace(plan.goals[0], rule="bedömning"),))
    workbook = load_workbook(filled_folder / GVA)
    sheet = workbook["Bedömning"]
    sheet.insert_cols(4)  # a unit adds its own column before Bedömning: Bedömning is E, Motivering G
    sheet["D6"] = "Ansvarig för analysen"
    sheet["E7"] = "Uppfyllt"
    workbook.save(filled_folder / GVA)
    [error] = [p for p in load(filled_folder, assessed, "delar1").problems if p.code == "bedomning-utan-motivering"]
    assert (error.file, error.sheet, error.cell) == (GVA, "Bedömning", "G7")


def test_goal_with_a_missing_workbook_says_so(filled_folder: Path, plan: Plan) -> None:
    (filled_folder / "mal-03-maltider.xlsx").unlink()
    [goal] = load(filled_folder, plan, "delar1").goals
    assert goal.missing_units == ("maltider",) and not goal.complete
    assert goal.reason.endswith("; arbetsbok saknas från Måltider")


def test_order_of_workbooks_never_changes_the_result(filled_folder: Path, plan: Plan, tmp_path: Path) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"I7": "Grön", "I8": None})
    other = tmp_path / "omvand"
    other.mkdir()
    shutil.copy(filled_folder / GVA, other / "b.xlsx")
    shutil.copy(filled_folder / "mal-03-maltider.xlsx", other / "a.xlsx")

    def outcome(folder: Path) -> list:
        return [(g.status, g.reason, sorted((k.unit_id, k.key_result.id, k.status) for k in g.key_results))
                for g in load(folder, plan, "delar1").goals]

    assert outcome(other) == outcome(filled_folder)


def test_dataframes_for_analysts(filled_folder: Path, plan: Plan) -> None:
    follow_up = load(filled_folder, plan, "delar1")
    frame = follow_up.key_results_frame()
    assert len(frame) == 4
    first = frame.iloc[0]
    assert (first["unit"], first["id"], first["status"], first["file"], first["status_cell"]) == (
        "gva", "NR1", "Gul", GVA, "I7")
    activities = follow_up.activities_frame()
    assert list(activities["status"]) == ["Pågår", "Pågår"]


def test_status_command_text(filled_folder: Path, plan_path: Path) -> None:
    result = CliRunner().invoke(main, ["status", str(filled_folder), "--period", "delar1", "--nyckelresultat"])
    assert result.exit_code == 0, result.output
    assert "Mål 3: Avdelningen hanterar gemensamma resurser på ett klokt och hållbart sätt" in result.output
    assert "◐ Delvis uppfyllt · regel: alla · 4 av 4 nyckelresultat rapporterade" in result.output
    assert "NR2 Måltider: Felanmälningar via e-tjänst" in result.output
    assert "Teknikavdelningen: 0 uppfyllda, 1 delvis uppfyllt, 0 ej uppfyllda, 0 ej bedömda" in result.output
    assert "\x1b[" not in result.output  # no colour codes when not writing to a terminal


def test_status_command_json_has_every_status_with_reason_and_source(filled_folder: Path, plan_path: Path) -> None:
    result = CliRunner().invoke(main, ["status", str(filled_folder), "--period", "Delår 2", "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.output)
    assert document["format"] == "vplan-status" and document["version"] == 1
    assert document["period"]["id"] == "delar2" and document["previous_period"]["id"] == "delar1"
    [goal] = document["goals"]
    assert (goal["number"], goal["status"], goal["symbol"], goal["trend"]) == (3, "Uppfyllt", "●", "förbättrad")
    row = goal["key_results"][0]
    assert (row["id"], row["status"], row["reason"], row["file"], row["sheet"], row["outcome_cell"]) == (
        "NR1", "Grön", "Grön: utfall 14,8\xa0% når målvärdet 15\xa0%", GVA, "Nyckelresultat", "K7")
    assert document["summaries"][-1]["previous_counts"]["Delvis uppfyllt"] == 1
    assert document["legend"][0].startswith("Grön ●: utfallet når målvärdet.")


def test_goal_is_never_met_while_a_workbook_is_missing(filled_folder: Path, plan: Plan) -> None:
    (filled_folder / "mal-03-maltider.xlsx").unlink()
    set_cells(filled_folder / GVA, "Nyckelresultat", {"K8": 1300, "L8": "Grön"})
    [goal] = load(filled_folder, plan, "delar2").goals  # GVA alone: both key results Grön
    assert goal.status == "Delvis uppfyllt"
    assert goal.reason.startswith("Delvis uppfyllt (högst, eftersom arbetsböcker saknas): Uppfyllt:")
    assert goal.reason.endswith("; arbetsbok saknas från Måltider")


def test_most_workbooks_missing_means_not_assessed(filled_folder: Path, plan: Plan) -> None:
    from dataclasses import replace

    from vplan_excel.model import Unit

    extra = tuple(Unit(f"x{n}", f"Enhet {n}", "teknik") for n in range(1, 4))
    wider = replace(plan, units=plan.units + extra,
                    goals=(replace(plan.goals[0], unit_ids=("gva", "maltider", "x1", "x2", "x3")),))
    [goal] = load(filled_folder, wider, "delar2").goals
    assert goal.status == "Ej bedömd"


def test_zero_or_negative_weight_is_an_error(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"G7": 0, "G8": -1})
    found = [(p.code, p.cell) for p in load(filled_folder, plan, "delar1").problems if p.code == "vikt-ogiltig"]
    assert found == [("vikt-ogiltig", "G7"), ("vikt-ogiltig", "G8")]


def test_allowing_errors_keeps_a_workbook_whose_only_error_is_an_unmotivated_assessment(
        filled_folder: Path, plan: Plan) -> None:
    assessed = replace(plan, goals=(replace(plan.goals[0], rule="bedömning"),))
    set_cells(filled_folder / GVA, "Bedömning", {"D7": "Uppfyllt"})
    follow_up = load(filled_folder, assessed, "delar1")
    assert follow_up.errors == 1
    kept = follow_up.without_erroneous_parts()
    assert {s.unit_id for s in kept.folder.submissions} == {"gva", "maltider"}


def test_allowing_errors_keeps_a_renamed_workbook_whose_usual_name_another_goal_misses(
        filled_folder: Path, plan: Plan) -> None:
    two_goals = replace(plan, goals=(plan.goals[0], replace(plan.goals[0], number=5, unit_ids=("gva",))))
    set_cells(filled_folder / GVA, "Identitet", {"B2": 5})  # goal 5's workbook under goal 3's usual name
    follow_up = load(filled_folder, two_goals, "delar1")
    assert [p.code for p in follow_up.problems if p.file == GVA] == ["filnamn-avviker", "arbetsbok-saknas"]
    kept = follow_up.without_erroneous_parts()
    assert {(s.goal_number, s.unit_id) for s in kept.folder.submissions} == {(3, "maltider"), (5, "gva")}
    from vplan_excel.show.validation import as_json

    submissions = json.loads(as_json(follow_up))["submissions"]
    assert [(s["goal"], s["file"], s["errors"]) for s in submissions] == [(3, "mal-03-maltider.xlsx", 0),
                                                                          (5, GVA, 0)]
