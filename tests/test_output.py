"""Output that cannot be written: a Swedish message naming the path, exit 2, no traceback, no stray file.

We run as root in CI, so permissions are simulated: a folder that is a file, a folder where a
file should go, a full disk and a refused permission raised where the operating system would.
"""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import WRITES_PDF

from vplan_excel.cli import main
from vplan_excel.files import write_atomically

PATH_IS_FILE = "en del av sökvägen är en fil, inte en mapp"
IS_FOLDER = "det finns en mapp med samma namn"
ELSEWHERE = "Välj en annan plats med --out."


def run(*args: object) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def merge(folder: Path, *args: object) -> tuple[int, str, str]:
    return run("merge", folder, "--period", "delar1", *args)


def no_temporary_files(folder: Path) -> bool:
    return not list(folder.rglob(".~vplan-*"))


@pytest.mark.parametrize("below", [("r.docx",), ("under", "r.docx")], ids=["parent", "grandparent"])
def test_report_in_a_folder_that_is_a_file(filled_folder: Path, tmp_path: Path, below: tuple[str, ...]) -> None:
    blocker = tmp_path / "rapporter"
    blocker.write_text("", encoding="utf-8")
    out = blocker.joinpath(*below)
    code, _, stderr = merge(filled_folder, "--out", out)
    assert code == 2
    assert stderr.strip() == f"Kunde inte skriva {out} ({PATH_IS_FILE}). {ELSEWHERE}"


def test_workbooks_in_a_folder_that_is_a_file(plan_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "utskick"
    blocker.write_text("", encoding="utf-8")
    code, _, stderr = run("template", "--plan", plan_path, "--out", blocker / "mal")
    assert code == 2
    assert stderr.strip() == f"Kunde inte skriva {blocker / 'mal' / 'mal-03-gva.xlsx'} ({PATH_IS_FILE}). {ELSEWHERE}"


def test_report_onto_a_folder_is_refused_before_anything_is_read(filled_folder: Path, tmp_path: Path) -> None:
    code, _, stderr = merge(filled_folder, "--out", tmp_path)
    assert code == 2
    assert f"Ogiltigt värde för '--out': Filen '{tmp_path}' är en mapp." in stderr


def test_json_twin_onto_a_folder(filled_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    out.with_suffix(".json").mkdir()
    code, _, stderr = merge(filled_folder, "--out", out, "--json")
    assert code == 2
    assert stderr.strip() == f"Kunde inte skriva {out.with_suffix('.json')} ({IS_FOLDER}). {ELSEWHERE}"
    assert no_temporary_files(tmp_path)


def test_pdf_onto_a_folder(filled_folder: Path, tmp_path: Path, fake_soffice) -> None:
    fake_soffice(WRITES_PDF)
    out = tmp_path / "r.docx"
    out.with_suffix(".pdf").mkdir()
    code, _, stderr = merge(filled_folder, "--out", out, "--pdf")
    assert code == 2
    assert stderr.strip() == (f"Kunde inte skriva {out.with_suffix('.pdf')} ({IS_FOLDER}). {ELSEWHERE} "
                              f"Det som redan är skrivet finns kvar: {out}.")
    assert no_temporary_files(tmp_path)


def test_workbook_onto_a_folder(plan_path: Path, tmp_path: Path) -> None:
    (tmp_path / "utskick" / "mal-03-gva.xlsx").mkdir(parents=True)
    code, _, stderr = run("template", "--plan", plan_path, "--out", tmp_path / "utskick", "--skriv-over")
    assert code == 2
    assert stderr.strip() == f"Kunde inte skriva {tmp_path / 'utskick' / 'mal-03-gva.xlsx'} ({IS_FOLDER}). {ELSEWHERE}"
    assert no_temporary_files(tmp_path)


def test_full_disk_while_the_report_is_saved(filled_folder: Path, tmp_path: Path, monkeypatch) -> None:
    def fill_the_disk(source, target, length: int = 0) -> None:  # the report's body, its largest part
        target.write(source.read(100))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("vplan_excel.report.stream.shutil.copyfileobj", fill_the_disk)
    out = tmp_path / "r.docx"
    code, _, stderr = merge(filled_folder, "--out", out)
    assert code == 2
    assert stderr.strip() == (f"Kunde inte skriva {out} (disken är full). "
                              "Frigör utrymme på disken eller välj en annan plats med --out.")
    assert not out.exists() and no_temporary_files(tmp_path)


def test_full_disk_while_the_workbooks_are_moved_into_place(plan_path: Path, tmp_path: Path, monkeypatch) -> None:
    def full(source: str, target: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("vplan_excel.files.os.replace", full)
    code, _, stderr = run("template", "--plan", plan_path, "--out", tmp_path / "utskick")
    assert code == 2
    assert "(disken är full)" in stderr
    assert list((tmp_path / "utskick").iterdir()) == []


@pytest.mark.parametrize("command", ["merge", "template"])
def test_folder_without_permission(filled_folder: Path, plan_path: Path, tmp_path: Path, monkeypatch,
                                   command: str) -> None:
    def denied(**kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    out = tmp_path / "ut" / "r.docx"
    if command == "merge":
        code, _, stderr = merge(filled_folder, "--out", out)
    else:
        code, _, stderr = run("template", "--plan", plan_path, "--out", out.parent)
        out = out.parent / "mal-03-gva.xlsx"
    assert code == 2
    assert stderr.strip() == (f"Kunde inte skriva {out} (behörighet saknas). "
                              "Är filen öppen i ett annat program, eller saknas behörighet till mappen?")


def test_a_save_that_fails_in_any_way_leaves_no_temporary_file(tmp_path: Path) -> None:
    def broken(path: str) -> None:
        Path(path).write_text("half", encoding="utf-8")
        raise ValueError("a bug while saving")

    with pytest.raises(ValueError):
        write_atomically(broken, tmp_path / "r.docx")
    assert list(tmp_path.iterdir()) == []
