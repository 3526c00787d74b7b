"""vplan submissions: the board of expected workbooks, as text, JSON and .xlsx."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE, part, rewrite_zip, set_cells
from openpyxl import load_workbook

from vplan_excel import load
from vplan_excel.cli import main
from vplan_excel.round.board import submission_board


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped example with "Lila" as a Delår 2 status in mal-03-gva.xlsx and mal-05-kultur.xlsx removed."""
    root = tmp_path_factory.mktemp("board")
    shutil.copytree(EXAMPLE, root, dirs_exist_ok=True)
    set_cells(root / "underlag" / "mal-03-gva.xlsx", "Nyckelresultat", {"L7": "Lila"})
    (root / "underlag" / "mal-05-kultur.xlsx").unlink()
    return root / "underlag"


def test_the_example_board_has_21_rows_one_missing_one_with_errors(example: Path) -> None:
    code, out, _ = run("submissions", str(example), "--period", "delar2", "--format", "json")
    assert code == 0
    board = json.loads(out)
    assert (board["format"], board["version"]) == ("vplan-submissions", 1)
    states = [row["state"] for row in board["submissions"]]
    assert (len(states), states.count("saknas"), states.count("fel"), states.count("klar")) == (21, 1, 1, 19)
    [gva] = [row for row in board["submissions"] if row["state"] == "fel"]
    assert (gva["goal"], gva["unit"], gva["errors"], gva["warnings"], gva["file"]) == (3, "gva", 1, 0,
                                                                                       "mal-03-gva.xlsx")
    assert gva["contact"] == {"name": "Jonas Öberg", "email": "jonas.oberg@example.se"}
    [kultur] = [row for row in board["submissions"] if row["state"] == "saknas"]
    assert (kultur["goal"], kultur["unit"], kultur["file"], kultur["handed_in"], kultur["late"]) == (
        5, "kultur", None, None, None)


def test_the_text_board_is_a_goal_by_unit_matrix_with_short_names(example: Path) -> None:
    code, out, _ = run("inlamning", str(example), "--period", "delar2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Inlämning · Delår 2 (sista inlämningsdag 2026-09-15)"
    assert lines[2].split() == ["Mål", "Ledning", "Måltider", "Fastighet", "GVA", "Treparten", "Näringsliv",
                                "Arbetsmarknad", "Kultur"]
    goal_3 = lines[2 + 3]
    assert goal_3.split() == ["3", "✓", "klar", "✓", "klar", "✗", "fel", "✓", "klar"]
    assert goal_3.index("✗ fel") == lines[2].index("GVA")  # under its unit
    assert "\x1b[" not in out and all(line == line.rstrip() for line in lines)  # no colour off a terminal
    assert "  Mål 5, Kultur och fritid: saknas; Johan Marklund, johan.marklund@example.se" in lines
    assert lines[-1].startswith("21 arbetsböcker väntas: 19 klara, 0 med varningar, 1 med fel, 1 saknas")


def _saved_at(path: Path, moment: str) -> None:
    """Set the workbook's own saved time (docProps/core.xml) as Excel would write it."""
    core = part(path, "docProps/core.xml").decode()
    start = core.index(">", core.index("<dcterms:modified")) + 1
    end = core.index("</dcterms:modified>")
    rewrite_zip(path, {"docProps/core.xml": (core[:start] + moment + core[end:]).encode()})


def test_handed_in_is_the_workbooks_own_saved_time_else_the_files(filled_folder: Path) -> None:
    gva, maltider = filled_folder / "mal-03-gva.xlsx", filled_folder / "mal-03-maltider.xlsx"
    _saved_at(gva, "2026-05-14T09:12:00Z")  # saved in Excel before the deadline 2026-05-15 ...
    later = dt.datetime(2026, 5, 20, 8, 0).timestamp()
    os.utime(gva, (later, later))  # ... copied into the folder after it
    rewrite_zip(maltider, {"docProps/core.xml": None})  # no saved time of its own: the file's counts
    os.utime(maltider, (later, later))
    rows = {row.unit.id: row for row in submission_board(load(filled_folder, period="delar1"))}
    expected = dt.datetime(2026, 5, 14, 9, 12, tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)
    assert (rows["gva"].handed_in, rows["gva"].late) == (expected, False)
    assert (rows["maltider"].handed_in, rows["maltider"].late) == (dt.datetime(2026, 5, 20, 8, 0), True)


def test_without_a_deadline_nothing_is_late(filled_folder: Path) -> None:
    rows = submission_board(load(filled_folder, period="delar2"))  # the test plan's Delår 2 has no deadline
    assert [row.late for row in rows] == [None, None]


def test_the_xlsx_board_filters_links_and_keeps_text_as_text(example: Path, tmp_path: Path) -> None:
    folder = tmp_path / "underlag"
    shutil.copytree(example, folder)
    shutil.copy(example.parent / "plan.toml", tmp_path / "plan.toml")
    (folder / "mal-04-gva.xlsx").rename(folder / "=1+2.xlsx")  # a name a formula would start with
    out = tmp_path / "uppfoljning" / "inlamning.xlsx"
    code, stdout, _ = run("submissions", str(folder), "--period", "delar2", "--xlsx", str(out))
    assert code == 0 and stdout.splitlines()[-1] == f"Inlämningstavlan är skriven: {out}"
    sheet = load_workbook(out).active
    assert (sheet.title, sheet.freeze_panes, sheet.auto_filter.ref) == ("Inlämning", "A2", "A1:J22")
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Enhet", "Mål", "Läge", "Fel", "Varningar", "Inlämnad", "I tid", "Fil", "Kontakt", "E-post"]
    [renamed] = [row for row in sheet.iter_rows(min_row=2) if row[7].value == "=1+2.xlsx"]
    assert renamed[7].data_type == "s" and renamed[7].hyperlink.target == "../underlag/=1+2.xlsx"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    [missing] = [row for row in rows if row[2] == "saknas"]
    assert missing[:5] == ["Kultur och fritid", 5, "saknas", 0, 0] and missing[7] is None
    assert isinstance(rows[1][5], dt.datetime) and rows[1][6] == "sen"
