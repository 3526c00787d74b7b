"""What a unit did to its workbook, said plainly: extra, copied and renamed sheets, lock files, the summary."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from helpers import set_cells
from openpyxl import load_workbook

from vplan_excel import read_folder
from vplan_excel.cli import main
from vplan_excel.model import Plan

GVA = "mal-03-gva.xlsx"


def problems_of(folder: Path, plan: Plan) -> list[tuple[str, str, str | None, str]]:
    result = read_folder(folder, plan, plan.periods[0])
    return [(p.severity, p.code, p.sheet, p.message) for p in result.problems if p.file == GVA]


def change(path: Path, edit) -> None:
    workbook = load_workbook(path)
    edit(workbook)
    workbook.save(path)


def copy_sheet(workbook, name: str, title: str) -> None:
    workbook.copy_worksheet(workbook[name]).title = title


def test_a_copied_sheet_says_its_numbers_are_not_used(filled_folder: Path, plan: Plan) -> None:
    change(filled_folder / GVA, lambda wb: copy_sheet(wb, "Nyckelresultat", "Nyckelresultat (2)"))
    assert problems_of(filled_folder, plan) == [
        ("varning", "blad-kopia", "Nyckelresultat (2)",
         "Bladet är en kopia av bladet Nyckelresultat: siffror som skrivs här används inte i uppföljningen.")]


def test_a_sheet_of_the_units_own_is_named_as_not_read(filled_folder: Path, plan: Plan) -> None:
    def own_sheet(workbook) -> None:
        workbook.create_sheet("Anteckningar")["A1"] = "Att göra: ring Karin"

    change(filled_folder / GVA, own_sheet)
    assert problems_of(filled_folder, plan) == [
        ("varning", "blad-olast", "Anteckningar",
         "Bladet läses inte av vplan: det som står här kommer inte med i uppföljningen.")]


def test_a_renamed_sheet_is_named_where_its_contents_went(filled_folder: Path, plan: Plan) -> None:
    change(filled_folder / GVA, lambda wb: setattr(wb["Aktiviteter"], "title", "Aktiviteter 2026"))
    assert problems_of(filled_folder, plan) == [
        ("fel", "blad-saknas", "Aktiviteter",
         'Bladet Aktiviteter saknas. Bladet "Aktiviteter 2026" har samma rubrikrad och har troligen bytt namn.')]


def test_libreoffice_lock_file_gets_the_same_note_as_excels(filled_folder: Path, plan: Plan) -> None:
    (filled_folder / ".~lock.mal-03-gva.xlsx#").write_text(
        "Karin Berglund,karin,laptop-12,03.12.2026 09:14,file:///home/karin/.config/libreoffice/4;", encoding="utf-8")
    (filled_folder / "~$mal-03-maltider.xlsx").write_bytes(b"\x04Anna" + b" " * 50)
    notes = [(p.file, p.message) for p in read_folder(filled_folder, plan, plan.periods[0]).problems]
    assert notes == [
        (".~lock.mal-03-gva.xlsx#", "Låsfil från LibreOffice ignoreras (Karin Berglund har arbetsboken öppen)."),
        ("~$mal-03-maltider.xlsx", "Låsfil från Excel ignoreras (Anna har arbetsboken öppen)."),
    ]


def test_summary_counts_reported_key_results_instead_of_saying_no_errors(filled_folder: Path,
                                                                         plan_path: Path) -> None:
    def validate(period: str) -> list[str]:
        result = CliRunner().invoke(main, ["validate", str(filled_folder), "--plan", str(plan_path),
                                           "--period", period])
        assert result.exit_code == 0, result.output
        return result.output.splitlines()[-3:]

    assert validate("delar1") == ["Period: Delår 1 (per 2026-04-30).",
                                  "2 arbetsböcker lästa, 0 fel, 0 varningar, 0 saknas.", "Inga fel hittades."]
    for name in (GVA, "mal-03-maltider.xlsx"):  # Delår 2 of NR1 emptied: nothing reported for Delår 2
        set_cells(filled_folder / name, "Nyckelresultat", {"K7": None, "L7": None})
    assert validate("delar2")[-1] == "Underlaget är inte komplett: 0 av 4 nyckelresultat rapporterade för Delår 2."


def test_one_of_a_kind_is_singular(filled_folder: Path, plan_path: Path) -> None:
    (filled_folder / "mal-03-maltider.xlsx").unlink()
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H8": "12,5"})
    result = CliRunner().invoke(main, ["validate", str(filled_folder), "--plan", str(plan_path),
                                       "--period", "delar1"])
    assert "1 arbetsbok läst, 1 fel, 1 varning, 1 saknas." in result.output
