"""LibreOffice, the real client: it opens our workbooks, and what it saves reads the same."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

import pytest
from helpers import SOFFICE, convert_with_libreoffice

from vplan_excel.model import Plan
from vplan_excel.reading.submission import read_workbook

if SOFFICE is None and not os.environ.get("CI"):
    pytest.skip("LibreOffice is not installed (CI installs it)", allow_module_level=True)


def resave_with_libreoffice(path: Path, out_dir: Path) -> Path:
    """Open path in LibreOffice and save it as .xlsx, as a unit head using LibreOffice would."""
    return convert_with_libreoffice(path, out_dir, "xlsx:Calc MS Excel 2007 XML")


def test_blank_template_opens_in_libreoffice(blank_folder: Path, plan: Plan, tmp_path: Path) -> None:
    converted = resave_with_libreoffice(blank_folder / "mal-03-gva.xlsx", tmp_path / "lo")
    submission, problems = read_workbook(converted, converted.name, plan)
    assert submission is not None
    assert [p.code for p in problems] == ["inga-nyckelresultat"]


def test_workbook_saved_by_libreoffice_reads_exactly_as_the_original(filled_folder: Path, plan: Plan,
                                                                     tmp_path: Path) -> None:
    original_path = filled_folder / "mal-03-gva.xlsx"
    converted = resave_with_libreoffice(original_path, tmp_path / "lo")
    original, original_problems = read_workbook(original_path, "mal-03-gva.xlsx", plan)
    resaved, resaved_problems = read_workbook(converted, "mal-03-gva.xlsx", plan)
    assert original is not None and resaved is not None
    assert resaved_problems == original_problems == []

    def content(submission) -> dict:
        data = asdict(submission)
        for key in ("modified", "sha256", "saved"):
            data.pop(key)
        return data

    assert content(resaved) == content(original)


def test_marked_copy_opens_in_libreoffice_with_its_note_and_reads_the_same(filled_folder: Path, plan: Plan,
                                                                           tmp_path: Path) -> None:
    from helpers import set_cells
    from openpyxl import load_workbook

    from vplan_excel import load, write_feedback

    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Lila"})
    write_feedback(load(filled_folder, period="delar1"), tmp_path / "ut")
    copy = tmp_path / "ut" / "gva" / "mal-03-gva.xlsx"
    converted = resave_with_libreoffice(copy, tmp_path / "lo")
    workbook = load_workbook(converted)
    assert workbook.sheetnames[0] == "Att rätta"
    assert "Lila" in workbook["Nyckelresultat"]["I7"].comment.text
    assert workbook["Att rätta"]["C5"].hyperlink.location == "'Nyckelresultat'!I7"
    marked, marked_problems = read_workbook(copy, "mal-03-gva.xlsx", plan, plan.periods[0])
    resaved, resaved_problems = read_workbook(converted, "mal-03-gva.xlsx", plan, plan.periods[0])
    assert marked is not None and resaved is not None
    assert resaved.key_results == marked.key_results
    assert [p.code for p in resaved_problems] == [p.code for p in marked_problems] == ["status-okand"]
