"""A workbook for one follow-up: the unit sees which period to fill in, by when and to whom."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from vplan_excel import write_templates
from vplan_excel.cli import main
from vplan_excel.model import Contact, Plan

GVA = "mal-03-gva.xlsx"
DATA_SHEETS = ("Nyckelresultat", "Aktiviteter", "Bedömning")


def written(plan: Plan, folder: Path, period_id: str | None):
    period = plan.period(period_id) if period_id else None
    write_templates(replace(plan, sender=Contact("Karin Berglund", "karin@example.se")), folder, period=period)
    return load_workbook(folder / GVA)


@pytest.fixture
def second(plan: Plan, tmp_path: Path):
    """The workbook for Delår 2 (the plan's second and last period; Delår 1 is history)."""
    return written(plan, tmp_path / "p2", "delar2")


@pytest.fixture
def first(plan: Plan, tmp_path: Path):
    """The workbook for Delår 1 (Delår 2 lies ahead)."""
    return written(plan, tmp_path / "p1", "delar1")


def band_over(sheet, column: str) -> str:
    """The text of the merged band in row 5 that covers column."""
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == 5 and merged.min_col <= sheet[f"{column}5"].column <= merged.max_col:
            return sheet.cell(row=5, column=merged.min_col).value
    raise AssertionError(f"no band over {column}")


def test_a_band_over_each_periods_columns_says_period_date_and_deadline(first) -> None:
    sheet = first["Nyckelresultat"]
    assert [sheet[f"{c}6"].value for c in "HIJ"] == ["Utfall Delår 1", "Status Delår 1", "Kommentar Delår 1"]
    assert {band_over(sheet, c) for c in "HIJ"} == {
        "Delår 1 – läget per 30 april 2026 · lämnas senast 15 maj 2026"}
    assert band_over(sheet, "K") == "Delår 2 – läget per 31 augusti 2026"  # no deadline in the plan
    assert band_over(first["Aktiviteter"], "G") == "Delår 1 – läget per 30 april 2026 · lämnas senast 15 maj 2026"


def test_the_same_line_on_top_of_every_sheet_says_what_is_followed_up_and_to_whom(first) -> None:
    line = ("Uppföljning nu: Delår 1 – läget per 30 april 2026 · lämnas senast 15 maj 2026. Fyll i kolumnerna för "
            "Delår 1 och lämna arbetsboken till Karin Berglund, karin@example.se.")
    assert {first[name]["A4"].value for name in ("Instruktioner", *DATA_SHEETS)} == {line}


def test_earlier_periods_are_locked_history_and_the_current_one_is_open(second) -> None:
    sheet = second["Nyckelresultat"]
    assert all(sheet[f"{c}{r}"].protection.locked for c in "HIJ" for r in (7, 36))
    assert {sheet[f"{c}7"].fill.fgColor.rgb for c in "HIJ"} == {"00EDEDED"}
    assert not any(sheet[f"{c}{r}"].protection.locked for c in "KLM" for r in (7, 36))
    assert band_over(sheet, "H").endswith("(tidigare period, låst)")
    assert sheet["K5"].fill.fgColor.rgb == "00FFC000"
    assert sheet["K7"].border.left.style == "medium" and sheet["M7"].border.right.style == "medium"
    assessment = second["Bedömning"]
    assert assessment["B7"].protection.locked and not assessment["B8"].protection.locked


def test_later_periods_are_grouped_and_collapsed_not_gone(first) -> None:
    sheet = first["Nyckelresultat"]
    assert sheet["K6"].value == "Utfall Delår 2"
    hidden = {letter for letter, d in sheet.column_dimensions.items() if d.hidden}
    assert hidden == {"K", "L", "M"}
    assert {sheet.column_dimensions[c].outlineLevel for c in "KLM"} == {1}
    assert not any(sheet[f"{c}7"].protection.locked for c in "HIJ")
    assert {d.outlineLevel for _, d in first["Bedömning"].row_dimensions.items() if d.hidden} == {1}
    assert first["Bedömning"].row_dimensions[8].hidden and not first["Bedömning"].row_dimensions[7].hidden


def test_it_opens_where_the_unit_starts_typing(second) -> None:
    assert second.active.title == "Nyckelresultat"
    view = second["Nyckelresultat"].sheet_view
    assert view.pane.topLeftCell == "K7"
    assert [s.activeCell for s in view.selection if s.pane == "bottomRight"] == ["K7"]
    assert second.sheetnames[0] == "Instruktioner"  # one click away


def test_instructions_say_which_period_by_when_and_to_whom(first) -> None:
    texts = [c.value for row in first["Instruktioner"].iter_rows() for c in row if isinstance(c.value, str)]
    assert ("Den här gången: fyll i Delår 1, läget per 30 april 2026. Lämna arbetsboken senast 15 maj 2026 till "
            "Karin Berglund, karin@example.se. Börja i kolumnen Utfall Delår 1 på bladet Nyckelresultat; tidigare "
            "perioder är låsta och senare perioder är ihopfällda (+ ovanför kolumnerna).") in texts


def test_without_a_period_every_period_stays_open(plan: Plan, tmp_path: Path) -> None:
    workbook = written(plan, tmp_path, None)
    sheet = workbook["Nyckelresultat"]
    assert not any(d.hidden for _, d in sheet.column_dimensions.items())
    assert not any(sheet[f"{c}7"].protection.locked for c in "HIJKLM")
    assert band_over(sheet, "K") == "Delår 2 – läget per 31 augusti 2026"


def test_cli_writes_the_workbooks_for_a_period(plan_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["template", "--plan", str(plan_path), "--period", "Delår 2",
                                       "--out", str(tmp_path / "ut")])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(tmp_path / "ut" / GVA)["Nyckelresultat"]
    assert sheet["H7"].protection.locked and not sheet["K7"].protection.locked
    unknown = CliRunner().invoke(main, ["template", "--plan", str(plan_path), "--period", "delar9",
                                        "--out", str(tmp_path / "x")])
    assert unknown.exit_code == 2 and 'Perioden "delar9" finns inte i planen' in unknown.output
