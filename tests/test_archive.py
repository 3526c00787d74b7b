"""vplan archive: the revisor's zip of inputs, results and reports, and re-running it with --check."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE
from openpyxl import load_workbook

from vplan_excel.cli import main
from vplan_excel.data.archive import compare_statuses


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped example archived for Delår 2, with a report beside it."""
    root = tmp_path_factory.mktemp("arkiv")
    shutil.copytree(EXAMPLE, root / "norsjo")
    report = root / "rapport.docx"
    report.write_bytes(b"a report")
    out = root / "arkiv-2026-delar2.zip"
    code, stdout, _ = run("archive", str(root / "norsjo" / "underlag"), "--period", "delar2", "--out", str(out),
                          "--rapport", str(report))
    assert code == 0 and "Arkivet är skrivet" in stdout
    return out


def rewritten(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    """A copy of an archive with some entries' bytes replaced and the manifest kept."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, change.get(info.filename, old.read(info)))
    return target


def test_the_archive_holds_inputs_results_report_and_a_manifest(archived: Path) -> None:
    with zipfile.ZipFile(archived) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        assert {"plan.toml", "resultat/validate.json", "resultat/status.json", "rapport/rapport.docx",
                "underlag/mal-03-gva.xlsx"} <= set(names)
        assert len([n for n in names if n.startswith("underlag/")]) == 21
        assert manifest["format"] == "vplan-archive" and manifest["period"]["id"] == "delar2"
        assert manifest["thresholds"]["plan"]["gul_grans"] == 0.8
        assert manifest["vplan"] and manifest["libraries"]["openpyxl"]
        listed = {item["path"]: item["sha256"] for item in manifest["files"]}
        assert set(listed) == set(names) - {"manifest.json"}
        assert all(hashlib.sha256(archive.read(name)).hexdigest() == digest for name, digest in listed.items())
        assert archive.read("underlag/mal-03-gva.xlsx") == (EXAMPLE / "underlag" / "mal-03-gva.xlsx").read_bytes()


def test_check_gets_the_same_statuses_and_reasons(archived: Path) -> None:
    code, stdout, _ = run("archive", "--check", str(archived))
    assert code == 0, stdout
    assert stdout.startswith("Samma resultat: 9 mål och 65 nyckelresultat")


def test_check_lists_every_difference_after_an_archived_workbook_is_edited(archived: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(archived) as archive:
        workbook = load_workbook(io.BytesIO(archive.read("underlag/mal-03-gva.xlsx")))
    workbook["Nyckelresultat"]["L7"] = "Röd"  # NR1's Delår 2 status
    edited = io.BytesIO()
    workbook.save(edited)
    changed = rewritten(archived, tmp_path / "andrat.zip", {"underlag/mal-03-gva.xlsx": edited.getvalue()})
    code, stdout, _ = run("archive", "--check", str(changed))
    assert code == 1
    assert stdout.startswith("Olika resultat:")
    assert "underlag/mal-03-gva.xlsx: innehållet stämmer inte med kontrollsumman" in stdout
    assert "Mål 3, gva, NR1: status Gul i arkivet, Röd nu." in stdout


def test_compare_statuses_names_goal_reason_and_problem_changes() -> None:
    problem = {"severity": "varning", "code": "x", "message": "M", "hint": "H", "file": "a.xlsx", "sheet": "S",
               "cell": "A1", "line": None}
    before = {"goals": [{"number": 1, "status": "Uppfyllt", "reason": "r", "key_results": []}], "problems": []}
    after = {"goals": [{"number": 1, "status": "Uppfyllt", "reason": "s", "key_results": []}], "problems": [problem]}
    assert compare_statuses(before, after) == [
        'Mål 1: skälet i arkivet är "r", nu "s".',
        "Problemet finns nu men inte i arkivet: varning: a.xlsx, S!A1: M",
    ]


def hostile(tmp_path: Path, entries: list[tuple[str, bytes]]) -> Path:
    path = tmp_path / "arkiv.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(("entries", "says"), [
    ([("manifest.json", b"{}"), ("../utanfor.txt", b"x")], "pekar utanför arkivet"),
    ([("manifest.json", b"{}"), ("/etc/passwd", b"x")], "pekar utanför arkivet"),
    ([("manifest.json", b"{}"), ("C:/x.txt", b"x")], "pekar utanför arkivet"),
    ([("manifest.json", b"{}"), ("bomb.txt", bytes(20 * 1024 * 1024))], "orimligt stort"),
    ([("manifest.json", b"{}"), ("plan.toml", b"a"), ("plan.toml", b"b")], "två gånger"),
    ([("plan.toml", b"a")], "inget arkiv från vplan archive"),
])
def test_hostile_or_foreign_zips_are_refused_before_anything_is_extracted(
        tmp_path: Path, entries: list[tuple[str, bytes]], says: str) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        path = hostile(tmp_path, entries)
    code, _, err = run("archive", "--check", str(path))
    assert code == 2 and says in err
    assert not (tmp_path.parent / "utanfor.txt").exists()


def test_a_file_that_is_no_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "arkiv.zip"
    path.write_text("inte en zip")
    code, _, err = run("archive", "--check", str(path))
    assert code == 2 and "kan inte läsas som zip-fil" in err


def test_the_archive_may_not_lie_in_the_folder_and_needs_out(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "norsjo")
    folder = tmp_path / "norsjo" / "underlag"
    code, _, err = run("archive", str(folder), "--period", "delar2", "--out", str(folder / "arkiv.zip"))
    assert code == 2 and "skulle läsas in som underlag" in err
    code, _, err = run("archive", str(folder), "--period", "delar2")
    assert code == 2 and "--check ARKIV" in err
