"""The standard goal workbook a unit receives: its sheets, headings and aids."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import sample_activities, sample_assessments, sample_key_results, set_cells
from openpyxl import load_workbook

from vplan_excel import VplanError, fill_workbook, write_templates
from vplan_excel.model import Plan

KR_HEADINGS = ["ID", "Nyckelresultat", "Mått", "Utgångsläge", "Målvärde", "Riktning", "Vikt",
               "Utfall Delår 1", "Status Delår 1", "Kommentar Delår 1",
               "Utfall Delår 2", "Status Delår 2", "Kommentar Delår 2"]
ACTIVITY_HEADINGS = ["ID", "Aktivitet", "Nyckelresultat", "Ansvarig", "Start", "Klart senast",
                     "Status Delår 1", "Kommentar Delår 1", "Status Delår 2", "Kommentar Delår 2"]


@pytest.fixture
def gva(blank_folder: Path):
    return load_workbook(blank_folder / "mal-03-gva.xlsx")


def headings(sheet) -> list[str]:
    return [cell.value for cell in sheet[6] if cell.value]


def test_one_workbook_per_goal_and_unit(blank_folder: Path) -> None:
    assert sorted(p.name for p in blank_folder.iterdir()) == ["mal-03-gva.xlsx", "mal-03-maltider.xlsx"]


def test_sheets_and_headings_are_the_public_contract(gva) -> None:
    assert gva.sheetnames == ["Instruktioner", "Nyckelresultat", "Aktiviteter", "Bedömning", "Identitet"]
    assert headings(gva["Nyckelresultat"]) == KR_HEADINGS
    assert headings(gva["Aktiviteter"]) == ACTIVITY_HEADINGS
    assert headings(gva["Bedömning"]) == ["Period", "Analys", "Åtgärder", "Bedömning", "Prognos helår", "Motivering"]
    assert gva["Identitet"]["B4"].value == 2
    assert [gva["Bedömning"].cell(row=r, column=1).value for r in (7, 8)] == ["Delår 1", "Delår 2"]


def test_goal_unit_and_year_are_on_every_sheet_and_locked(gva) -> None:
    for name in ("Instruktioner", "Nyckelresultat", "Aktiviteter", "Bedömning"):
        sheet = gva[name]
        assert sheet["A1"].value == "Mål 3: Avdelningen hanterar gemensamma resurser på ett klokt och hållbart sätt"
        assert sheet["A2"].value == "KF-indikator: Årsresultatets andel av skatter och bidrag"
        assert sheet["A3"].value == ("Enhet: Gata/park, vatten och avfall (GVA) (Teknikavdelningen) · År: 2026 · "
                                     "Verksamhetsplan Test 2026")
        assert sheet["A4"].value == ("Fyll i kolumnerna för den period som följs upp; se bladet Instruktioner.")
        assert sheet.protection.sheet
        assert sheet["A1"].protection.locked


def test_room_for_thirty_key_results_in_unlocked_cells(gva) -> None:
    sheet = gva["Nyckelresultat"]
    assert all(not sheet.cell(row=r, column=c).protection.locked for r in range(7, 37) for c in range(1, 14))
    assert sheet["A6"].protection.locked


def test_forecast_is_asked_for_every_period_but_the_last(gva) -> None:
    sheet = gva["Bedömning"]
    assert not sheet["E7"].protection.locked  # Delår 1: a forecast of the year end
    assert sheet["E8"].protection.locked  # Delår 2 is this plan's last period: the year is over
    assert sheet["E8"].fill.fgColor.rgb.endswith("D9D9D9")
    assert not sheet["F8"].protection.locked


def test_dropdowns_for_every_closed_vocabulary(gva) -> None:
    def lists(sheet_name: str) -> dict[str, str]:
        return {str(v.sqref): v.formula1 for v in gva[sheet_name].data_validations.dataValidation if v.type == "list"}

    kr_lists = lists("Nyckelresultat")
    assert kr_lists["I7:I36 L7:L36"] == '"Grön,Gul,Röd"'
    assert kr_lists["F7:F36"] == '"Högre är bättre,Lägre är bättre"'
    assert set(lists("Aktiviteter").values()) == {'"Ej påbörjad,Pågår,Klar,Försenad,Avbruten"',
                                                  "'Nyckelresultat'!$A$7:$A$36"}  # the key results' IDs
    assert lists("Bedömning") == {"D7:D8": '"Uppfyllt,Delvis uppfyllt,Ej uppfyllt"',
                                  "E7:E8": '"Uppfylls,Uppfylls delvis,Uppfylls inte"'}
    types = {v.type for v in gva["Nyckelresultat"].data_validations.dataValidation}
    assert "decimal" in types
    assert "date" in {v.type for v in gva["Aktiviteter"].data_validations.dataValidation}


def test_status_cells_are_coloured_by_conditional_formatting(gva) -> None:
    rules = {
        str(rng.sqref): [rule.formula[0] for rule in rng.rules]
        for rng in gva["Nyckelresultat"].conditional_formatting
    }
    assert rules["I7:I36"] == ['"Grön"', '"Gul"', '"Röd"']


def test_print_and_view_set_up(gva) -> None:
    sheet = gva["Nyckelresultat"]
    assert sheet.freeze_panes == "C7"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.print_title_rows == "$1:$6"
    assert sheet["B7"].alignment.wrap_text
    assert sheet.column_dimensions["B"].width == 40


def test_instructions_show_allowed_values_and_deadlines(gva) -> None:
    texts = [str(c.value) for row in gva["Instruktioner"].iter_rows() for c in row if c.value is not None]
    assert "Uppföljningar och sista inlämningsdag" in texts
    assert ("Grön = utfallet når målvärdet. Gul = utfallet har nått minst 80\xa0% av vägen från utgångsläget till "
            "målvärdet (utan utgångsläge: ligger högst 20\xa0% från målvärdet). Röd = längre från målet.") in texts
    assert "2026-05-15" in texts[texts.index("Delår 1") + 2]


def test_instructions_say_whom_to_hand_the_workbook_to(tmp_path: Path, plan: Plan, gva) -> None:
    from dataclasses import replace

    from vplan_excel.model import Contact

    def rows(sheet) -> list[list[str]]:
        return [[str(c.value) for c in row if c.value is not None] for row in sheet.iter_rows()]

    assert not any("Lämna arbetsboken till" in row for row in rows(gva["Instruktioner"]))
    write_templates(replace(plan, sender=Contact("Karin Berglund", "karin.berglund@example.se")), tmp_path)
    sent = load_workbook(tmp_path / "mal-03-gva.xlsx")["Instruktioner"]
    assert ["Lämna arbetsboken till", "Karin Berglund, karin.berglund@example.se"] in rows(sent)


def test_existing_workbooks_are_not_overwritten(blank_folder: Path, plan: Plan) -> None:
    with pytest.raises(VplanError, match="finns redan"):
        write_templates(plan, blank_folder)
    assert len(write_templates(plan, blank_folder, overwrite=True)) == 2


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda path: path.write_bytes(b"inte en arbetsbok"),
         "mal-03-gva.xlsx går inte att öppna som en Excel-arbetsbok"),
        (lambda path: _rename_sheet(path, "Aktiviteter", "Mina aktiviteter"),
         "mal-03-gva.xlsx har inget blad Aktiviteter"),
        (lambda path: set_cells(path, "Nyckelresultat", {"J6": "Min kolumn"}),
         'bladet Nyckelresultat: kolumnen "Kommentar Delår 1" saknas'),
    ],
)
def test_filling_a_workbook_that_is_not_ours_says_what_is_wrong(blank_folder: Path, plan: Plan, spoil, message) -> None:
    path = blank_folder / "mal-03-gva.xlsx"
    spoil(path)
    with pytest.raises(VplanError) as raised:
        fill_workbook(path, plan, sample_key_results(), sample_activities(), sample_assessments())
    assert message in raised.value.message


def _rename_sheet(path: Path, old: str, new: str) -> None:
    workbook = load_workbook(path)
    workbook[old].title = new
    workbook.save(path)



def test_every_input_column_tells_what_to_type_and_errors_name_the_allowed_words(gva) -> None:
    def validations(sheet_name: str) -> dict[str, object]:
        return {column: v for v in gva[sheet_name].data_validations.dataValidation
                for column in {str(r).split(":")[0].rstrip("0123456789") for r in v.sqref.ranges}}

    key_results = validations("Nyckelresultat")
    assert {key_results[c].promptTitle for c in "ACGJ"} == {"ID", "Mått", "Vikt", "Kommentar"}
    weight = key_results["G"]
    assert (weight.type, weight.operator, weight.formula1) == ("decimal", "greaterThan", "0")
    assert "större än 0" in weight.error and "decimalkomma" in weight.error
    assert "decimalkomma" in key_results["H"].error
    assert key_results["I"].error == "Välj Grön, Gul eller Röd i listan."
    activities = validations("Aktiviteter")
    assert activities["C"].formula1 == "'Nyckelresultat'!$A$7:$A$36" and "ID" in activities["C"].prompt
    assert gva["Aktiviteter"].column_dimensions["C"].width == 15
    assessment = validations("Bedömning")
    assert {assessment[c].promptTitle for c in "BF"} == {"Analys", "Motivering"}


def test_room_for_own_columns_a_footer_and_named_fonts(gva) -> None:
    sheet = gva["Nyckelresultat"]
    assert not any(sheet.cell(row=6, column=c).protection.locked for c in (14, 15, 16))
    assert sheet.cell(row=6, column=17).protection.locked
    assert sheet.oddFooter.center.text == "Mål 3 · Gata/park, vatten och avfall (GVA) · sida &P av &N"
    assert sheet.row_dimensions[1].height >= 20
    for name in ("Instruktioner", "Nyckelresultat", "Aktiviteter", "Bedömning"):
        unnamed = [c.coordinate for row in gva[name].iter_rows() for c in row
                   if c.value is not None and not c.font.name]
        assert unnamed == [], name
