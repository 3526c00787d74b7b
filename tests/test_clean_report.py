"""The written report is clean: no python-docx leftovers in the .docx, table cell properties in
the schema's order, and a PDF/UA with its title and language on both ways LibreOffice makes it.
Read back with zipfile and lxml, python-docx, and poppler's pdfinfo."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from helpers import EXAMPLE
from lxml import etree

from vplan_excel.cli import main
from vplan_excel.report import pdf
from vplan_excel.report.tidy import CELL_PROPERTIES, W

HAS_PDF_TOOLS = shutil.which("soffice") is not None and shutil.which("pdfinfo") is not None
needs_pdf_tools = pytest.mark.skipif(not HAS_PDF_TOOLS and not os.environ.get("CI"),
                                     reason="LibreOffice and poppler-utils are not installed (CI installs them)")
TITLE = "Delårsrapport 2 2026"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dt.datetime]]:
    """The example's Delår 2 report, written where local time is far from UTC, and when."""
    out = tmp_path_factory.mktemp("rapport") / "rapport.docx"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Pacific/Auckland")
        time.tzset()
        written = dt.datetime.now(dt.timezone.utc)
        result = CliRunner().invoke(main, ["merge", str(EXAMPLE / "underlag"), "--period", "delar2", "--out", str(out)])
    time.tzset()
    assert result.exit_code == 0, result.output
    yield out, written


def test_no_blank_preview_picture_and_settings_of_today(report: tuple[Path, dt.datetime]) -> None:
    path, _ = report
    with zipfile.ZipFile(path) as archive:
        assert not [name for name in archive.namelist() if "thumbnail" in name]
        assert b"thumbnail" not in archive.read("_rels/.rels")
        settings = etree.fromstring(archive.read("word/settings.xml"))
    [mode] = settings.findall(f"{W}compat/{W}compatSetting[@{W}name='compatibilityMode']")
    assert mode.get(f"{W}val") == "15"
    assert settings.find(f"{W}themeFontLang").get(f"{W}val") == "sv-SE"
    assert settings.find(f"{W}savePreviewPicture") is None


def test_created_and_modified_are_utc(report: tuple[Path, dt.datetime]) -> None:
    path, written = report
    properties = Document(str(path)).core_properties
    for stamp in (properties.created, properties.modified):
        as_utc = stamp.replace(tzinfo=dt.timezone.utc) if stamp.tzinfo is None else stamp
        assert abs(as_utc - written) < dt.timedelta(minutes=5), stamp


def test_every_cell_has_its_properties_in_schema_order(report: tuple[Path, dt.datetime]) -> None:
    path, _ = report
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    rank = {f"{W}{name}": index for index, name in enumerate(CELL_PROPERTIES)}
    cells = body.findall(f".//{W}tcPr")
    assert cells and any(cell.find(f"{W}shd") is not None for cell in cells), "coloured status cells expected"
    for cell in cells:
        ranks = [rank[child.tag] for child in cell]
        assert ranks == sorted(ranks), [child.tag.replace(W, "") for child in cell]


def assert_pdf_ua(made: Path) -> None:
    """PDF/UA-1 in the XMP packet, the report's title shown, Swedish as the document's language."""
    meta = subprocess.run(["pdfinfo", "-meta", str(made)], capture_output=True, text=True, check=True).stdout
    assert "<pdfuaid:part>1</pdfuaid:part>" in meta
    assert re.search(r"<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang=\"x-default\">" + TITLE, meta)
    info = subprocess.run(["pdfinfo", str(made)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Tagged:\s+yes", info) and f"Title:           {TITLE}" in info
    assert b"/Lang(sv-SE)" in made.read_bytes()


@needs_pdf_tools
def test_pdf_is_pdf_ua_through_uno(report: tuple[Path, dt.datetime], tmp_path: Path) -> None:
    docx = Path(shutil.copy(report[0], tmp_path / "rapport.docx"))
    assert pdf._uno_python(Path(shutil.which("soffice") or "soffice")), "python3-uno is expected here (CI installs it)"
    assert_pdf_ua(pdf.convert_to_pdf(docx))


@needs_pdf_tools
def test_pdf_is_pdf_ua_through_convert_to(report: tuple[Path, dt.datetime], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "_uno_python", lambda soffice: None)
    docx = Path(shutil.copy(report[0], tmp_path / "rapport.docx"))
    assert_pdf_ua(pdf.convert_to_pdf(docx))
