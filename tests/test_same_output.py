"""What vplan prints and writes stays byte for byte what it was: validate's text and JSON, and the
report's parts and JSON twin, on the shipped example and on a messy copy of it (every kind of
problem a folder can have), against golden copies made before the speed work (issue 13).

The files' times are fixed, so the output depends on the workbooks' bytes alone. After a change
that is meant to change the output, rebuild the golden copies with
`VPLAN_UPDATE_GOLDEN=1 python -m pytest tests/test_same_output.py` and review the diff.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE

from vplan_excel.cli import main
from vplan_excel.reading import folder as folder_module

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("VPLAN_UPDATE_GOLDEN") == "1"
FIXED_TIME = 1_780_000_000  # 2026-05-28, a few days after Delår 1 was due
# created and modified: the time of the run; the chart's pixels: matplotlib's version (tests/test_chart.py checks it)
CHANGING_PARTS = {"docProps/core.xml", "word/media/image1.png"}
RENDERING_LIBRARIES = ("docxtpl", "python-docx", "lxml", "jinja2")  # how the report's XML is written


@pytest.fixture(autouse=True)
def in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times are shown in local time (files' times, when a workbook was saved): the golden copies are in UTC."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def run(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def same_as_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed"


def fixed_times(folder: Path) -> Path:
    for index, path in enumerate(sorted(folder.iterdir())):
        os.utime(path, (FIXED_TIME + index, FIXED_TIME + index))
    return folder


def change_sheet(path: Path, sheet: str, change: Callable[[bytes], bytes]) -> None:
    """Rewrite one sheet's XML of an .xlsx, keeping every other part and every entry's date (deterministic)."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in parts:
            target.writestr(info, change(data) if info.filename == sheet else data)


def cell(reference: str, inside: str, kind: str = "") -> Callable[[bytes], bytes]:
    """Replace the cell at reference (style 14, the table's) by one with this kind and content."""
    xml = f'<c r="{reference}" s="14"{kind}>{inside}</c>'.encode()
    return lambda data: re.sub(rf'<c r="{reference}"[^>]*>.*?</c>'.encode(), xml, data, count=1)


def text(value: str) -> str:
    return f"<is><t>{value}</t></is>"


KEY_RESULTS = "xl/worksheets/sheet2.xml"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("example") / "underlag"
    shutil.copytree(EXAMPLE / "underlag", folder)
    return fixed_times(folder)


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example with a problem of each kind: unknown and text values, a formula without value,
    an error value, a value far down, a DOCTYPE, a broken zip, a duplicate, a missing workbook,
    a lock file and files that are no workbooks."""
    folder = tmp_path_factory.mktemp("messy") / "underlag"
    shutil.copytree(EXAMPLE / "underlag", folder)
    change_sheet(folder / "mal-03-gva.xlsx", KEY_RESULTS, cell("I7", text("Lila"), ' t="inlineStr"'))
    change_sheet(folder / "mal-04-gva.xlsx", KEY_RESULTS, cell("H7", text("12,5"), ' t="inlineStr"'))
    change_sheet(folder / "mal-05-kultur.xlsx", KEY_RESULTS, cell("H7", "<f>SUM(D7:E7)</f>"))
    change_sheet(folder / "mal-06-kultur.xlsx", KEY_RESULTS, cell("H7", "<v>#DIV/0!</v>", ' t="e"'))
    change_sheet(folder / "mal-07-naringsliv.xlsx", KEY_RESULTS, lambda data: data.replace(
        b"</sheetData>", b'<row r="20000"><c r="A20000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    change_sheet(folder / "mal-08-kultur.xlsx", KEY_RESULTS, lambda data: b'<!DOCTYPE x [<!ENTITY a "a">]>' + data)
    whole = (folder / "mal-09-naringsliv.xlsx").read_bytes()
    (folder / "mal-09-naringsliv-kopia.xlsx").write_bytes(whole[: len(whole) // 2])
    shutil.copyfile(folder / "mal-01-ledning.xlsx", folder / "mal-01-ledning (2).xlsx")
    (folder / "mal-02-ledning.xlsx").unlink()
    (folder / "~$mal-03-gva.xlsx").write_bytes(bytes([5]) + b"Karin" + b" " * 40)
    (folder / "anteckningar.txt").write_text("att göra\n", encoding="utf-8")
    (folder / "gammal.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    return fixed_times(folder)


@pytest.fixture(params=["one process", "a process per core"])
def processes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the test as read_folder reads a few workbooks, and as it reads many (in two processes)."""
    if request.param == "a process per core":
        monkeypatch.setattr(folder_module, "PARALLEL_FROM", 1)
        monkeypatch.setattr(folder_module, "_cores", lambda: 2)


@pytest.mark.parametrize("period_id", ["delar1", "delar2", "helar"])
@pytest.mark.usefixtures("processes")
def test_validate_on_the_example_prints_what_it_did(example: Path, period_id: str) -> None:
    for output_format, suffix in (("json", "json"), ("text", "txt")):
        code, stdout = run("validate", example, "--plan", EXAMPLE / "plan.toml", "--period", period_id,
                           "--format", output_format)
        assert code == 0
        same_as_golden(f"validate-example-{period_id}.{suffix}", stdout)


@pytest.mark.usefixtures("processes")
def test_validate_on_a_messy_folder_prints_what_it_did(messy: Path) -> None:
    for output_format, suffix in (("json", "json"), ("text", "txt")):
        code, stdout = run("validate", messy, "--plan", EXAMPLE / "plan.toml", "--period", "delar1",
                           "--format", output_format)
        assert code == 1
        same_as_golden(f"validate-messy-delar1.{suffix}", stdout)


@pytest.mark.usefixtures("processes")
def test_report_on_the_example_is_what_it_was(example: Path, tmp_path: Path) -> None:
    """Byte for byte with the libraries the golden copy was made with; with others (the lowest
    versions CI tests, which serialise XML their own way) every text of the report, in order."""
    from importlib.metadata import version

    from docx import Document

    out = tmp_path / "rapport.docx"
    code, _ = run("merge", example, "--plan", EXAMPLE / "plan.toml", "--period", "delar2", "--out", out, "--json",
                  "--rapportdatum", "2026-09-20")  # not today: the report's date is in it
    assert code == 0
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    same_as_golden("report-example-delar2.txt", "\n".join(texts) + "\n")
    libraries = {name: version(name) for name in RENDERING_LIBRARIES}
    with zipfile.ZipFile(out) as archive:
        parts = {info.filename: hashlib.sha256(archive.read(info)).hexdigest() for info in archive.infolist()
                 if info.filename not in CHANGING_PARTS}
    golden = GOLDEN / "report-example-delar2.parts.json"
    if UPDATE or json.loads(golden.read_text(encoding="utf-8"))["libraries"] == libraries:
        same_as_golden(golden.name, json.dumps({"libraries": libraries, "parts": parts}, indent=2) + "\n")
    same_as_golden("report-example-delar2.json", out.with_suffix(".json").read_text(encoding="utf-8"))
