"""The vplan command through click's CliRunner: exit codes, Swedish output, JSON."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import set_cells

from vplan_excel.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_template_writes_one_workbook_per_goal_and_unit(plan_path: Path, tmp_path: Path) -> None:
    code, out, _ = run("template", "--plan", str(plan_path), "--out", str(tmp_path / "ut"))
    assert code == 0
    assert out.strip() == f"2 arbetsböcker skrivna till {tmp_path / 'ut'}."
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == ["mal-03-gva.xlsx", "mal-03-maltider.xlsx"]


def test_template_refuses_to_overwrite(plan_path: Path, blank_folder: Path) -> None:
    code, _, err = run("template", "--plan", str(plan_path), "--out", str(blank_folder))
    assert code == 2
    assert "finns redan. Använd --skriv-over" in err


def test_validate_clean_folder_exits_0(filled_folder: Path, plan_path: Path) -> None:
    code, out, _ = run("validate", str(filled_folder), "--plan", str(plan_path), "--period", "delar1")
    assert code == 0
    assert out.splitlines()[-3:] == [
        "Period: Delår 1 (per 2026-04-30).",
        "2 arbetsböcker lästa, 0 fel, 0 varningar, 0 saknas.",
        "Inga fel hittades.",
    ]


def test_validate_finds_the_plan_beside_the_folder(filled_folder: Path) -> None:
    code, out, _ = run("validate", str(filled_folder), "--period", "Delår 1")
    assert code == 0, out


def test_validate_with_errors_exits_1_and_groups_per_file(filled_folder: Path, plan_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Lila", "H8": "12,5"})
    code, out, _ = run("validate", str(filled_folder), "--plan", str(plan_path), "--period", "delar1")
    assert code == 1
    assert "mal-03-gva.xlsx\n" in out
    assert '  FEL: Nyckelresultat!I7: "Lila" är inte en status. Välj Grön, Gul eller Röd.' in out
    assert '  VARNING: Nyckelresultat!H8: "12,5" är skrivet som text och tolkas som talet 12,5.' in out
    assert "2 arbetsböcker lästa, 1 fel, 1 varning, 0 saknas." in out
    assert "Traceback" not in out


def test_validate_json_is_stable_and_complete(filled_folder: Path, plan_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Lila"})
    (filled_folder / "mal-03-maltider.xlsx").unlink()
    code, out, _ = run("validate", str(filled_folder), "--plan", str(plan_path), "--period", "delar1",
                       "--format", "json")
    assert code == 1
    document = json.loads(out)
    assert document["format"] == "vplan-validate" and document["version"] == 1
    assert document["period"] == {"id": "delar1", "name": "Delår 1", "end_date": "2026-04-30"}
    assert document["summary"] == {"files_read": 1, "errors": 2, "warnings": 0, "notes": 0, "missing": 1}
    assert document["missing"] == [{"goal": 3, "unit": "maltider"}]
    [submission] = document["submissions"]
    assert (submission["file"], submission["goal"], submission["unit"], submission["errors"]) == (
        "mal-03-gva.xlsx", 3, "gva", 1)
    assert len(submission["sha256"]) == 64
    lila = next(p for p in document["problems"] if p["code"] == "status-okand")
    assert lila == {
        "severity": "fel", "code": "status-okand", "message": '"Lila" är inte en status.',
        "hint": "Välj Grön, Gul eller Röd.", "file": "mal-03-gva.xlsx", "sheet": "Nyckelresultat",
        "cell": "I7", "line": None,
    }


def test_unknown_period_is_a_usage_error(filled_folder: Path, plan_path: Path) -> None:
    code, _, err = run("validate", str(filled_folder), "--plan", str(plan_path), "--period", "Q3")
    assert code == 2
    assert 'Perioden "Q3" finns inte i planen. Välj en av: delar1 (Delår 1), delar2 (Delår 2).' in err


def test_missing_folder_is_a_usage_error_in_swedish(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path / "finns-inte"))
    assert code == 2
    assert "Fel: Ogiltigt värde för 'MAPP'" in err and "finns inte" in err


def test_a_report_date_that_is_no_date_is_a_usage_error_in_swedish(filled_folder: Path) -> None:
    code, _, err = run("merge", str(filled_folder), "--period", "delar1", "--rapportdatum", "2026-13-01")
    assert code == 2
    assert "Fel: Ogiltigt värde för '--rapportdatum': '2026-13-01' är inget datum i formen ÅÅÅÅ-MM-DD." in err


def test_broken_plan_is_reported_by_line_without_traceback(tmp_path: Path, filled_folder: Path) -> None:
    broken = tmp_path / "trasig.toml"
    broken.write_text('[plan]\nid = "x\n', encoding="utf-8")
    code, out, err = run("validate", str(filled_folder), "--plan", str(broken))
    assert code == 2
    assert "trasig.toml, rad 2: Planfilen kunde inte tolkas" in err
    assert "Traceback" not in out + err


def test_no_plan_found(tmp_path: Path) -> None:
    (tmp_path / "tom").mkdir()
    code, _, err = run("validate", str(tmp_path / "tom"))
    assert code == 2
    assert "Hittar ingen planfil" in err


def test_help_is_swedish() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert out.startswith("Användning: vplan [ALTERNATIV] KOMMANDO [ARGUMENT]...")
    assert "Alternativ:" in out and "Kommandon:" in out and "Visa den här hjälpen och avsluta." in out


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_long_runs_in_a_terminal_only(monkeypatch, tmp_path: Path) -> None:
    from vplan_excel.cli import _progress

    paths = [tmp_path / f"mal-{n:02d}.xlsx" for n in range(60)]
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(_progress(paths)) == paths
    shown = terminal.getvalue()
    frames = [re.sub(r"\x1b\[\?25[lh]", "", frame) for frame in shown.split("\r") if frame]
    percents = [int(re.fullmatch(r"Läser arbetsböcker  \[[#-]+\] +(\d+)%\n?", frame).group(1)) for frame in frames]
    assert percents[0] == 0 and percents[-1] == 100 and percents == sorted(percents)
    assert shown.endswith("\x1b[?25h\n"), "the cursor is shown again and the next line starts on its own"
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    assert list(_progress(paths)) == paths and pipe.getvalue() == ""
    short_run = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", short_run)
    assert list(_progress(paths[:10])) == paths[:10] and short_run.getvalue() == ""


def test_help_starts_without_reading_or_report_libraries() -> None:
    """`vplan --help` imports the command line only: the pipeline and its libraries come on first use."""
    probe = ("import sys, vplan_excel.cli; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "{'pandas', 'openpyxl', 'python_calamine', 'docx', 'docxtpl', 'matplotlib', 'babel'} "
             "or m.startswith(('vplan_excel.reading', 'vplan_excel.rollup', 'vplan_excel.report', "
             "'vplan_excel.api'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_every_public_name_is_there_on_first_use() -> None:
    import vplan_excel

    assert sorted(vplan_excel._HOMES) == sorted(vplan_excel.__all__)
    for name in vplan_excel.__all__:
        assert getattr(vplan_excel, name).__name__ == name
    with pytest.raises(AttributeError, match="no attribute 'lod'"):
        vplan_excel.lod  # noqa: B018 - a misspelt name is an AttributeError, not None
