"""A folder of workbooks against the plan: identity, duplicates, missing workbooks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers import set_cells

from vplan_excel import read_folder
from vplan_excel.model import Plan
from vplan_excel.workbook.write import build_workbook

GVA = "mal-03-gva.xlsx"


def file_problems(folder: Path, plan: Plan) -> list[tuple[str, str, str]]:
    return [(p.severity, p.code, p.file) for p in read_folder(folder, plan, plan.periods[0]).problems]


def test_missing_workbook_is_reported_as_saknas(filled_folder: Path, plan: Plan) -> None:
    (filled_folder / GVA).unlink()
    result = read_folder(filled_folder, plan, plan.periods[0])
    assert result.missing == [(3, "gva")]
    found = [p for p in result.problems if p.code == "arbetsbok-saknas"]
    assert [(p.severity, p.file) for p in found] == [("fel", GVA)]
    assert found[0].message == "Arbetsboken för mål 3, Gata/park, vatten och avfall (GVA) saknas."


def test_workbooks_are_found_in_subfolders_and_trusted_by_identity(filled_folder: Path, plan: Plan) -> None:
    (filled_folder / "teknik").mkdir()
    (filled_folder / GVA).rename(filled_folder / "teknik" / "GVA mål 3 (slutlig).xlsx")
    result = read_folder(filled_folder, plan, plan.periods[0])
    assert result.missing == []
    assert {(s.goal_number, s.unit_id) for s in result.submissions} == {(3, "gva"), (3, "maltider")}
    assert [(p.severity, p.code, p.file) for p in result.problems] == [
        ("notering", "filnamn-avviker", "teknik/GVA mål 3 (slutlig).xlsx")]


@pytest.mark.parametrize(("newest", "older"), [("mal-03-gva-kopia.xlsx", GVA), (GVA, "mal-03-gva-kopia.xlsx")])
def test_two_workbooks_for_the_same_goal_and_unit(filled_folder: Path, plan: Plan, newest: str, older: str) -> None:
    shutil.copy(filled_folder / GVA, filled_folder / "mal-03-gva-kopia.xlsx")
    os.utime(filled_folder / older, (1_780_000_000, 1_780_000_000))
    os.utime(filled_folder / newest, (1_780_000_060, 1_780_000_060))  # saved a minute later: this one is used
    result = read_folder(filled_folder, plan, plan.periods[0])
    assert [s.path for s in result.submissions if s.unit_id == "gva"] == [newest]
    duplicates = [p for p in result.problems if p.code == "dubblett-arbetsbok"]
    assert [(p.severity, p.file, p.sheet, p.cell) for p in duplicates] == [("fel", older, None, None)]
    assert duplicates[0].message == (
        f"Det finns en nyare arbetsbok för mål 3, Gata/park, vatten och avfall (GVA): {newest}. Den här används inte.")


def test_workbook_of_another_plan(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Identitet", {"B1": "annan-plan-2025"})
    result = read_folder(filled_folder, plan, plan.periods[0])
    found = [p for p in result.problems if p.file == GVA]
    assert [p.code for p in found] == ["identitet-plan", "arbetsbok-saknas"]
    assert found[0].message == 'Arbetsboken hör till planen "annan-plan-2025", inte till "test-2026".'
    assert found[1].hint == (
        "Påminn enheten om att lämna in mal-03-gva.xlsx. Filen mal-03-gva.xlsx har det namnet men är inte "
        "arbetsboken för mål 3, Gata/park, vatten och avfall (GVA); se problemen för den filen.")


def test_workbook_from_an_unknown_template_version(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Identitet", {"B4": 0})
    found = [p for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.code == "identitet-version"]
    assert [(p.file, p.message) for p in found] == [
        (GVA, "Arbetsboken är skapad med mallversion 0; den här versionen av vplan läser version 1 eller 2.")]


def test_workbook_from_template_version_1_is_still_read(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Identitet", {"B4": 1})
    result = read_folder(filled_folder, plan, plan.periods[0])
    assert result.problems == []
    assert {s.template_version for s in result.submissions} == {1, 2}


def test_workbook_for_unknown_goal_or_unit(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Identitet", {"B2": 12})
    set_cells(filled_folder / "mal-03-maltider.xlsx", "Identitet", {"B3": "badhuset"})
    problems = file_problems(filled_folder, plan)
    assert ("fel", "mal-okant", GVA) in problems
    assert ("fel", "enhet-okand", "mal-03-maltider.xlsx") in problems


def test_unit_not_contributing_to_the_goal(filled_folder: Path, plan: Plan, tmp_path: Path) -> None:
    from dataclasses import replace

    narrower = replace(plan, goals=(replace(plan.goals[0], unit_ids=("maltider",)),))
    assert ("fel", "enhet-ej-i-mal", GVA) in file_problems(filled_folder, narrower)


def test_workbook_without_identity(filled_folder: Path, plan: Plan) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(filled_folder / GVA)
    del workbook["Identitet"]
    workbook.save(filled_folder / GVA)
    assert ("fel", "identitet-saknas", GVA) in file_problems(filled_folder, plan)


def test_blank_template_identity_is_hidden_and_protected(plan: Plan) -> None:
    workbook = build_workbook(plan, plan.goals[0], plan.unit("gva"))
    identity = workbook["Identitet"]
    assert identity.sheet_state == "veryHidden"
    assert identity.protection.sheet
    assert [identity.cell(row=r, column=2).value for r in range(1, 5)] == ["test-2026", 3, "gva", 2]
    assert workbook.security.lockStructure


def test_file_with_the_usual_name_for_another_goal_leaves_the_workbook_missing(
        filled_folder: Path, plan: Plan) -> None:
    from dataclasses import replace

    two_goals = replace(plan, goals=(plan.goals[0], replace(plan.goals[0], number=5, unit_ids=("gva",))))
    set_cells(filled_folder / GVA, "Identitet", {"B2": 5})
    shutil.copy(filled_folder / GVA, filled_folder / "mal-05-gva.xlsx")
    os.utime(filled_folder / GVA, (1_700_000_000, 1_700_000_000))  # an older copy of goal 5, named for goal 3
    result = read_folder(filled_folder, two_goals, two_goals.periods[0])
    assert result.missing == [(3, "gva")]
    assert [(p.severity, p.code) for p in result.problems if p.file == GVA] == [
        ("fel", "dubblett-arbetsbok"), ("fel", "arbetsbok-saknas")]
    missing = next(p for p in result.problems if p.code == "arbetsbok-saknas")
    assert missing.message == "Arbetsboken för mål 3, Gata/park, vatten och avfall (GVA) saknas."
    assert missing.hint == (
        "Påminn enheten om att lämna in mal-03-gva.xlsx. Filen mal-03-gva.xlsx har det namnet men är inte "
        "arbetsboken för mål 3, Gata/park, vatten och avfall (GVA); se problemen för den filen.")


def test_unreadable_file_with_the_usual_name_leaves_the_workbook_missing(filled_folder: Path, plan: Plan) -> None:
    (filled_folder / GVA).unlink()
    (filled_folder / "teknik").mkdir()
    (filled_folder / "teknik" / GVA).write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    result = read_folder(filled_folder, plan, plan.periods[0])
    assert result.missing == [(3, "gva")]
    assert [(p.code, p.file) for p in result.problems] == [
        ("fil-skadad", "teknik/mal-03-gva.xlsx"), ("arbetsbok-saknas", GVA)]
    assert result.problems[1].hint == (
        "Påminn enheten om att lämna in mal-03-gva.xlsx. Filen teknik/mal-03-gva.xlsx har det namnet men är inte "
        "arbetsboken för mål 3, Gata/park, vatten och avfall (GVA); se problemen för den filen.")
