"""vplan export: the follow-up as typed tables in .xlsx and Swedish CSV, read back with openpyxl and LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE, convert_with_libreoffice, part
from openpyxl import load_workbook

from vplan_excel import load
from vplan_excel.cli import main
from vplan_excel.data.export import csv_text, export_tables

INJECTED = '=HYPERLINK("http://x","klick")'


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped example with a Delår 2 comment in mal-03-gva.xlsx typed as a formula, as text."""
    root = tmp_path_factory.mktemp("export")
    shutil.copytree(EXAMPLE, root, dirs_exist_ok=True)
    path = root / "underlag" / "mal-03-gva.xlsx"
    workbook = load_workbook(path)
    cell = workbook["Nyckelresultat"]["M7"]
    cell.value = INJECTED
    cell.data_type = "s"  # what a unit gets when it types '=HYPERLINK(… in Excel: text
    workbook.save(path)
    return root / "underlag"


@pytest.fixture(scope="module")
def written(example: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("written")
    assert run("export", str(example), "--period", "delar2", "--out", str(out / "underlag.xlsx"))[0] == 0
    code, stdout, _ = run("export", str(example), "--period", "delar2", "--out", str(out / "underlag.csv"))
    assert code == 0
    assert "underlag-aktiviteter.csv" in stdout and "underlag-mal.csv" in stdout
    return out


def sheet_rows(path: Path, title: str) -> list[list[object]]:
    return [list(row) for row in load_workbook(path)[title].iter_rows(values_only=True)]


def csv_rows(path: Path, delimiter: str = ";") -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def from_swedish(text: str) -> object:
    """A CSV cell as a value: '12,5' -> 12.5, '' -> None, else the text."""
    if text == "":
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


def test_the_xlsx_has_three_sheets_with_frozen_filtered_swedish_headers(written: Path, example: Path) -> None:
    workbook = load_workbook(written / "underlag.xlsx")
    assert workbook.sheetnames == ["Nyckelresultat", "Aktiviteter", "Mål"]
    follow_up = load(example, period="delar2")
    key_results = workbook["Nyckelresultat"]
    assert [c.value for c in key_results[1]][:6] == ["Period", "Mål", "Enhet", "Enhets-id", "ID", "Nyckelresultat"]
    assert "Utfall Delår 1" in [c.value for c in key_results[1]]
    assert key_results.max_row - 1 == sum(len(g.key_results) for g in follow_up.goals)
    assert workbook["Mål"].max_row - 1 == len(follow_up.goals) == 9
    for sheet in workbook:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"


def test_xlsx_cells_are_typed(written: Path) -> None:
    key_results = sheet_rows(written / "underlag.xlsx", "Nyckelresultat")
    heading = key_results[0]
    first = dict(zip(heading, key_results[1], strict=True))
    assert first["Mål"] == 1 and isinstance(first["Målvärde"], (int, float)) and first["Utfall Delår 2"] == 79.5
    assert first["Status"] in ("Grön", "Gul", "Röd")
    activities = sheet_rows(written / "underlag.xlsx", "Aktiviteter")
    starts = [dict(zip(activities[0], row, strict=True))["Start"] for row in activities[1:]]
    assert any(isinstance(start, dt.datetime) for start in starts)
    sheet = load_workbook(written / "underlag.xlsx")["Aktiviteter"]
    start_column = activities[0].index("Start") + 1
    assert {sheet.cell(row, start_column).number_format for row in range(2, sheet.max_row + 1)
            if sheet.cell(row, start_column).value} == {"yyyy-mm-dd"}


def test_xlsx_and_csv_hold_the_same_values(written: Path) -> None:
    for title, name in (("Nyckelresultat", "underlag.csv"), ("Aktiviteter", "underlag-aktiviteter.csv"),
                        ("Mål", "underlag-mal.csv")):
        from_xlsx = sheet_rows(written / "underlag.xlsx", title)
        from_csv = csv_rows(written / name)
        assert from_csv[0] == from_xlsx[0]
        assert len(from_csv) == len(from_xlsx)
        for xlsx_row, csv_row in zip(from_xlsx[1:], from_csv[1:], strict=True):
            for value, text in zip(xlsx_row, csv_row, strict=True):
                if isinstance(value, dt.datetime):
                    assert text == value.date().isoformat()
                elif isinstance(value, (int, float)):
                    assert from_swedish(text) == pytest.approx(value)
                elif isinstance(value, str) and value.startswith("="):
                    assert text == "'" + value
                else:
                    assert text == (value or "")


def test_csv_is_swedish_excel_csv(written: Path) -> None:
    raw = (written / "underlag.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    header = raw[3:].split(b"\r\n")[0].decode()
    assert header.startswith("Period;Mål;Enhet;")
    assert ";77,5;" in raw.decode("utf-8-sig")  # decimal comma


def test_a_formula_typed_as_text_stays_text_in_xlsx_and_csv(written: Path) -> None:
    sheet = load_workbook(written / "underlag.xlsx")["Nyckelresultat"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == INJECTED]
    assert len(cells) == 1 and cells[0].data_type == "s" and cells[0].quotePrefix
    assert b"<f>" not in part(written / "underlag.xlsx", "xl/worksheets/sheet1.xml")
    rows = csv_rows(written / "underlag.csv")
    assert [text for row in rows for text in row if "HYPERLINK" in text] == ["'" + INJECTED]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_csv_neutralises_every_formula_start(text: str) -> None:
    from vplan_excel.workbook.board import Table

    line = csv_text(Table("t", ["a", "b"], [[text, -1.5]])).split("\r\n")[1]
    assert line.startswith(("'", "\"'")) and line.endswith(";-1,5")  # a number stays a number


def test_punkt_format_uses_comma_and_point(example: Path, tmp_path: Path) -> None:
    code, _, _ = run("export", str(example), "--period", "delar2", "--out", str(tmp_path / "u.csv"),
                     "--csv-format", "punkt")
    assert code == 0
    raw = (tmp_path / "u.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(tmp_path / "u.csv", delimiter=",")
    assert rows[0][:3] == ["Period", "Mål", "Enhet"] and "77.5" in rows[1]


def test_an_unknown_suffix_is_refused(example: Path, tmp_path: Path) -> None:
    code, _, err = run("export", str(example), "--period", "delar2", "--out", str(tmp_path / "u.txt"))
    assert code == 2 and "ska sluta på .xlsx eller .csv" in err
    assert not (tmp_path / "u.txt").exists()


def test_export_tables_match_the_follow_up(example: Path) -> None:
    follow_up = load(example, period="delar2")
    exported = export_tables(follow_up)
    statuses = [row[exported.goals.headings.index("Status")] for row in exported.goals.rows]
    assert statuses == [g.status for g in follow_up.goals]


def test_libreoffice_reads_both_files_with_the_same_numbers_and_the_formula_as_text(written: Path,
                                                                                     tmp_path: Path) -> None:
    from helpers import SOFFICE

    if not SOFFICE:
        pytest.skip("LibreOffice is not installed")
    resaved = convert_with_libreoffice(written / "underlag.xlsx", tmp_path / "xlsx", "xlsx")
    from_csv = convert_with_libreoffice(written / "underlag.csv", tmp_path / "csv", "xlsx",
                                        infilter="CSV:59,34,76,1,,1053")
    original = sheet_rows(written / "underlag.xlsx", "Nyckelresultat")
    for converted in (resaved, from_csv):
        workbook = load_workbook(converted)
        sheet = workbook["Nyckelresultat"] if "Nyckelresultat" in workbook.sheetnames else workbook.active
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        numbers = [[v for v in row if isinstance(v, (int, float))] for row in rows[1:]]
        assert numbers == [[v for v in row if isinstance(v, (int, float))] for row in original[1:]]
        injected = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
        assert len(injected) == 1 and injected[0].data_type == "s"
