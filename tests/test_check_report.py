"""vplan check-report: the example's reports are clean in every edition, and each deliberately
broken file gives its finding with its place. PDFs need LibreOffice and Poppler (CI installs them)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from docx.shared import RGBColor
from helpers import EXAMPLE

from vplan_excel import check_report
from vplan_excel.cli import main
from vplan_excel.report import pdf

HAS_PDF_TOOLS = shutil.which("soffice") is not None and shutil.which("pdfinfo") is not None
needs_pdf_tools = pytest.mark.skipif(not HAS_PDF_TOOLS and not os.environ.get("CI"),
                                     reason="LibreOffice and poppler-utils are not installed (CI installs them)")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's Delår 2 report as .docx and .html (and .pdf where LibreOffice is)."""
    out = tmp_path_factory.mktemp("granska") / "rapport.docx"
    code, stdout, stderr = run("merge", str(EXAMPLE / "underlag"), "--period", "delar2", "--out", str(out), "--html",
                               *(["--pdf"] if HAS_PDF_TOOLS or os.environ.get("CI") else []))
    assert code == 0, stdout + stderr
    assert "tillgänglighetskontrollen" not in stderr  # merge checked its own PDF and page: clean
    return out


@pytest.mark.parametrize("suffix", [".docx", ".html", pytest.param(".pdf", marks=needs_pdf_tools)])
def test_the_examples_report_is_clean(reports: Path, suffix: str) -> None:
    code, stdout, _ = run("check-report", str(reports.with_suffix(suffix)))
    assert code == 0, stdout
    assert stdout.startswith(f"rapport{suffix}: inga brister hittades (språk, titel, rubriker")
    assert "läsordning och alternativtexternas innehåll behöver en människa" in stdout


BROKEN_PAGE = """<!DOCTYPE html><html><head><title> </title>
<style>:root { --blek: #aaaaaa; } h2.blek { color: var(--blek); }</style></head>
<body><main><h1>Rapport</h1><h3>Hoppar över en nivå</h3><h2></h2>
<h2 class="blek">Blek rubrik</h2><h2 style="color: #b0b0b0">Grå på vitt</h2>
<img src="diagram.png"><svg width="10" height="10"><rect width="10" height="10"/></svg>
<table><caption>Utan rubriker</caption><tr><td>1</td><td>2</td></tr></table>
<a href="#x"></a><a href="#y"><img src="pil.png" alt="Till början"></a></main></body></html>
"""


def test_broken_page_gives_each_finding_with_its_place(tmp_path: Path) -> None:
    page = tmp_path / "trasig.html"
    page.write_text(BROKEN_PAGE, encoding="utf-8")
    found = {(f.code, f.where) for f in check_report(page)}
    assert found == {
        ("sprak-saknas", "rad 1, <html>"), ("titel-saknas", "rad 1, <title>"),
        ("rubrik-hoppar", "rad 3, <h3>"), ("rubrik-tom", "rad 3, <h2>"),
        ("lag-kontrast", "stilmallen, regeln h2.blek"), ("lag-kontrast", "rad 4, <h2>"),
        ("bild-utan-alt", "rad 5, <img>"), ("bild-utan-alt", "rad 5, <svg>"),
        ("tabell-utan-rubrikrad", "rad 6, <table>"), ("lank-utan-text", "rad 7, <a>"),
    }
    code, stdout, _ = run("check-report", str(page))
    assert code == 1
    assert 'trasig.html, rad 4, <h2>: Texten "Grå på vitt" har kontrasten 2,1:1 (#B0B0B0 på #FFFFFF); minst 4,5:1 ' \
           "krävs. Word: markera texten" in stdout
    assert "trasig.html, rad 3, <h3>: Rubriken \"Hoppar över en nivå\" har nivå 3 direkt efter nivå 1" in stdout
    assert stdout.splitlines()[-1].startswith("trasig.html: 10 brister. Kontrollera också själv läsordningen")


def broken_docx(source: Path, out: Path) -> Path:
    """The example report with no language, a chart without alt text, a table without header row
    and a grey-on-white heading."""
    document = Document(str(source))
    defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    defaults.remove(defaults.find(f"{W}lang"))
    document.inline_shapes[0]._inline.docPr.set("descr", "")
    row = document.tables[2].rows[0]._tr
    row.trPr.remove(row.trPr.find(f"{W}tblHeader"))
    heading = next(p for p in document.paragraphs if p.text == "Avvikelser")
    heading.runs[0].font.color.rgb = RGBColor(0xAA, 0xAA, 0xAA)
    document.save(str(out))
    return out


def test_broken_word_report_gives_each_finding_with_its_place(reports: Path, tmp_path: Path) -> None:
    broken = broken_docx(reports, tmp_path / "trasig.docx")
    found = [(f.code, f.where) for f in check_report(broken)]
    avvikelser = next(i for i, p in enumerate(Document(str(broken)).paragraphs, 1) if p.text == "Avvikelser")
    assert found == [("sprak-saknas", "dokumentet"), ("tabell-utan-rubrikrad", "tabell 3"),
                     ("bild-utan-alt", "bild 1"), ("lag-kontrast", f"stycke {avvikelser}")]
    code, stdout, _ = run("check-report", str(broken))
    assert code == 1
    assert "trasig.docx, tabell 3: Tabellen som börjar \"Mål Läge per 31 augusti Prognos helår Förändring\" har " \
           "ingen rubrikrad med rubrikceller. Word: markera tabellens första rad" in stdout
    assert "trasig.docx, bild 1: Bilden \"Picture 1\" saknar alternativtext. Word: högerklicka" in stdout
    assert f'trasig.docx, stycke {avvikelser}: Texten "Avvikelser" har kontrasten 2,3:1 (#AAAAAA på #FFFFFF)' in stdout


def test_word_report_without_title(reports: Path, tmp_path: Path) -> None:
    document = Document(str(reports))
    document.core_properties.title = ""
    document.save(str(tmp_path / "utan-titel.docx"))
    assert [(f.code, f.where) for f in check_report(tmp_path / "utan-titel.docx")] == [("titel-saknas", "dokumentet")]


@needs_pdf_tools
def test_broken_pdf_gives_each_finding_with_its_place(reports: Path, tmp_path: Path) -> None:
    made = pdf.convert_to_pdf(broken_docx(reports, tmp_path / "trasig.docx"))
    found = [(f.code, f.where) for f in check_report(made)]
    assert ("tabell-utan-rubrikrad", "tabell 3") in found
    assert ("bild-utan-alt", "bild 1") in found
    code, stdout, _ = run("check-report", str(made))
    assert code == 1 and "trasig.pdf, tabell 3: Tabellen som börjar \"Mål Läge per 31 augusti" in stdout


@needs_pdf_tools
def test_untagged_pdf(reports: Path, tmp_path: Path) -> None:
    docx = Path(shutil.copy(reports, tmp_path / "otaggad.docx"))
    profile = (tmp_path / "profil").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(docx)], capture_output=True, check=True, timeout=120)
    found = [(f.code, f.where) for f in check_report(tmp_path / "otaggad.pdf")]
    assert ("pdf-ej-taggad", "dokumentet") in found


@pytest.mark.parametrize(("name", "content", "shown"), [
    ("trasig.pdf", b"%PDF-1.7 inte mer", "trasig.pdf kunde inte läsas som PDF"),
    ("trasig.docx", b"ingen zip", "trasig.docx kunde inte läsas som Word-dokument"),
    ("rapport.txt", b"text", "rapport.txt är varken .pdf, .docx eller .html"),
])
def test_a_file_that_cannot_be_read_exits_2(tmp_path: Path, name: str, content: bytes, shown: str) -> None:
    if name.endswith(".pdf") and shutil.which("pdfinfo") is None and not os.environ.get("CI"):
        pytest.skip("poppler-utils is not installed")
    (tmp_path / name).write_bytes(content)
    code, _, stderr = run("check-report", str(tmp_path / name))
    assert code == 2
    assert shown in stderr


def test_pdf_without_pdfinfo_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    (tmp_path / "rapport.pdf").write_bytes(b"%PDF-1.7")
    code, _, stderr = run("check-report", str(tmp_path / "rapport.pdf"))
    assert code == 2 and "apt-get install poppler-utils" in stderr


def test_merge_warns_about_a_restyled_web_template_and_still_writes(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "webbmall.html"
    template.write_text('<html lang="sv"><head><title>{{ rapport.titel }}</title></head><body>'
                        '<h1 style="color: #999999">{{ rapport.titel }}</h1></body></html>', encoding="utf-8")
    out = tmp_path / "rapport.docx"
    code, stdout, stderr = run("merge", str(filled_folder), "--period", "delar1", "--out", str(out),
                               "--html-mall", str(template))
    assert code == 0, stderr
    assert out.with_suffix(".html").exists() and "rapport.html" in stdout
    assert "Varning: tillgänglighetskontrollen av rapport.html hittade 1 brist:" in stderr
    assert re.search(r"rapport\.html, rad 1, <h1>: Texten \"Delårsrapport 2026\" har kontrasten 2,8:1", stderr)


@needs_pdf_tools
def test_merge_pdf_warns_about_a_restyled_word_template(filled_folder: Path, tmp_path: Path) -> None:
    from vplan_excel.report.docx import default_template

    template = Document(str(default_template()))
    row = template.tables[0].rows[0]._tr
    row.trPr.remove(row.trPr.find(f"{W}tblHeader"))
    template.save(str(tmp_path / "mall.docx"))
    out = tmp_path / "rapport.docx"
    code, stdout, stderr = run("merge", str(filled_folder), "--period", "delar1", "--out", str(out), "--pdf",
                               "--template", str(tmp_path / "mall.docx"))
    assert code == 0, stderr
    assert out.with_suffix(".pdf").exists()
    assert "Varning: tillgänglighetskontrollen av rapport.pdf hittade 1 brist:" in stderr
    assert "rapport.pdf, tabell 1: Tabellen som börjar \"Rapporten Verksamhetsplanen" in stderr
