"""Sending workbooks out again: written fresh from what the units handed in, with their history."""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE, PLAN_TOML, SOFFICE, convert_with_libreoffice, set_cells
from openpyxl import load_workbook

from vplan_excel import load, load_plan, read_folder
from vplan_excel.api import write_reissued_templates
from vplan_excel.cli import main
from vplan_excel.model import Plan

GVA = "mal-03-gva.xlsx"
MALTIDER = "mal-03-maltider.xlsx"


def content(folder: Path, plan: Plan) -> dict[str, dict]:
    """What the reader finds, per workbook, without file facts (name, time, hash)."""
    result = read_folder(folder, plan, plan.periods[0])
    return {f"{s.goal_number}-{s.unit_id}": {k: v for k, v in asdict(s).items()
                                            if k not in ("path", "modified", "sha256", "template_version", "saved")}
            for s in result.submissions}


def test_the_example_reissued_for_helar_has_exactly_its_delar_1_and_2_results(tmp_path: Path) -> None:
    plan = load_plan(EXAMPLE / "plan.toml")
    result = write_reissued_templates(plan, EXAMPLE / "underlag", tmp_path, period=plan.period("helar"))
    assert (len(result.written), result.blank, result.refused) == (21, [], [])
    for period in ("delar1", "delar2"):
        original, reissued = load(EXAMPLE / "underlag", plan, period), load(tmp_path, plan, period)
        assert [(g.goal.number, g.status, g.reason, [(k.key_result.id, k.status, k.decided.reason, k.trend)
                                                      for k in g.key_results]) for g in reissued.goals] == [
            (g.goal.number, g.status, g.reason, [(k.key_result.id, k.status, k.decided.reason, k.trend)
                                                 for k in g.key_results]) for g in original.goals]
    sheet = load_workbook(tmp_path / "mal-03-gva.xlsx")["Nyckelresultat"]
    assert sheet["N5"].value.startswith("Helår – läget per 31 december 2026")  # the period band of Helår
    assert sheet["H7"].protection.locked and sheet["H7"].value is not None  # Delår 1: history, locked


def test_a_workbook_with_a_fel_is_not_reissued_and_the_reason_is_said(filled_folder: Path, plan_path: Path,
                                                                     tmp_path: Path) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"I7": "Lila"})
    (filled_folder / MALTIDER).unlink()
    result = CliRunner().invoke(main, ["template", "--plan", str(plan_path), "--period", "delar2",
                                       "--fran", str(filled_folder), "--out", str(tmp_path / "ut")])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"1 arbetsbok skriven till {tmp_path / 'ut'}.",
        "mal-03-maltider.xlsx: ingen inlämnad arbetsbok att utgå från, så den skrevs tom.",
        'mal-03-gva.xlsx skrevs inte: den inlämnade arbetsboken har 1 fel, t.ex. Nyckelresultat!I7: "Lila" är '
        f"inte en status. Rätta felen (vplan validate {filled_folder}) och kör igen.",
    ]
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == [MALTIDER]


def test_an_older_template_version_is_carried_into_the_current_one(filled_folder: Path, plan: Plan,
                                                                   tmp_path: Path) -> None:
    set_cells(filled_folder / GVA, "Identitet", {"B4": 1})
    write_reissued_templates(plan, filled_folder, tmp_path / "ut", period=plan.period("delar2"))
    assert load_workbook(tmp_path / "ut" / GVA)["Identitet"]["B4"].value == 2
    assert content(tmp_path / "ut", plan) == content(filled_folder, plan)


@pytest.mark.skipif(SOFFICE is None and not os.environ.get("CI"), reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_gets_protection_and_identity_back(filled_folder: Path, plan: Plan,
                                                                          tmp_path: Path) -> None:
    saved = convert_with_libreoffice(filled_folder / GVA, tmp_path / "lo", "xlsx:Calc MS Excel 2007 XML")
    shutil.copy2(saved, filled_folder / GVA)
    lost = load_workbook(filled_folder / GVA)
    assert lost["Identitet"].sheet_state == "hidden" and not lost.security.lockStructure  # what LibreOffice did
    write_reissued_templates(plan, filled_folder, tmp_path / "ut", period=plan.period("delar2"))
    back = load_workbook(tmp_path / "ut" / GVA)
    assert back["Identitet"].sheet_state == "veryHidden" and back["Identitet"].protection.sheet
    assert back.security.lockStructure
    assert all(back[name].protection.sheet for name in ("Instruktioner", "Nyckelresultat", "Aktiviteter",
                                                        "Bedömning"))
    assert back["Nyckelresultat"].print_title_rows == "$1:$6"
    assert back["Nyckelresultat"].page_setup.orientation == "landscape"
    assert content(tmp_path / "ut", plan) == content(filled_folder, plan)


@pytest.fixture
def next_year(tmp_path: Path) -> Plan:
    """Next year's plan: a new id and year, the same goals and units."""
    folder = tmp_path / "2027"
    folder.mkdir()
    text = PLAN_TOML.replace('id = "test-2026"', 'id = "test-2027"').replace("ar = 2026", "ar = 2027")
    (folder / "plan.toml").write_text(text.replace("2026-", "2027-"), encoding="utf-8")
    return load_plan(folder / "plan.toml")


@pytest.mark.parametrize(("from_outcome", "baselines"), [(False, [22.0, None]), (True, [14.8, 310.0])])
def test_a_new_year_carries_key_results_and_activities_without_outcomes(
        filled_folder: Path, next_year: Plan, tmp_path: Path, from_outcome: bool, baselines: list) -> None:
    result = write_reissued_templates(next_year, filled_folder, tmp_path / "ut", period=next_year.periods[0],
                                      baseline_from_outcome=from_outcome)
    assert len(result.written) == 2 and result.refused == []
    submission = next(s for s in read_folder(tmp_path / "ut", next_year, next_year.periods[0]).submissions
                      if s.unit_id == "gva")
    assert [(kr.id, kr.title, kr.target, kr.weight) for kr in submission.key_results] == [
        ("NR1", "Minskat vattenläckage i ledningsnätet", 15.0, 1.0),
        ("NR2", "Felanmälningar via e-tjänst", 1200.0, 2.0)]
    assert [kr.baseline for kr in submission.key_results] == baselines
    assert {(r.outcome, r.status, r.comment) for kr in submission.key_results for r in kr.periods.values()} == {
        (None, None, "")}
    assert [(a.id, a.key_result_id, a.periods["delar1"].status) for a in submission.activities] == [
        ("A1", "NR1", None)]
    assert all(not a.analysis and a.proposal is None for a in submission.assessments.values())


def test_baseline_from_outcome_needs_the_workbooks_to_take_it_from(plan_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["template", "--plan", str(plan_path), "--out", str(tmp_path / "ut"),
                                       "--utgangslage-fran-utfall"])
    assert result.exit_code == 2 and "--utgangslage-fran-utfall kräver --fran" in result.output
