"""The PDF layout measurement (pdf_layout.py) on small documents made for it: python-docx
writes each flaw on purpose, LibreOffice makes the PDF, and the measurement must find it,
on its page, and nothing else."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pdf_layout import Finding, measure

from vplan_excel.report.pdf import convert_to_pdf

if (shutil.which("soffice") is None or shutil.which("pdfinfo") is None) and not os.environ.get("CI"):
    pytest.skip("LibreOffice and poppler-utils are not installed (CI installs them)", allow_module_level=True)

LONG_WORD = "Arbetsmarknadshandläggare"
FILLER = "En rad utfyllnadstext som inte bryts."


def document() -> Any:
    """An empty A4 document with 2,5 cm margins."""
    from docx import Document
    from docx.shared import Cm

    made = Document()
    section = made.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(2.5)
    return made


def table(made: Any, widths: list[float], rows: int = 1) -> Any:
    """A bordered table with fixed column widths in cm."""
    from docx.shared import Cm

    grid = made.add_table(rows=rows, cols=len(widths))
    grid.style = "Table Grid"
    grid.autofit = False
    for column, width in zip(grid.columns, widths):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return grid


def pdf_of(build: Callable[[Any], None], tmp_path: Path) -> Path:
    made = document()
    build(made)
    path = tmp_path / "prov.docx"
    made.save(str(path))
    return convert_to_pdf(path)


def narrow_cells(made: Any) -> None:
    row = table(made, [1.6, 3.6, 3.0, 1.6, 6.0]).rows[0].cells
    row[0].text = LONG_WORD  # too long for its column: broken mid-word
    row[1].text = "Arbets\u00admarknads\u00adhandläggare"  # soft hyphens: broken with a hyphen
    row[2].text = "Kort text som bryts vid mellanslag flera gånger"  # broken between words
    row[3].text = "12345678901234567890"  # a number, not a word
    row[4].paragraphs[0].add_run("Analys").add_break()  # a manual line break between two words
    row[4].paragraphs[0].add_run("Åtgärder")


def long_row(made: Any) -> None:
    grid = table(made, [3.0, 13.0], rows=32)
    header = grid.rows[0]
    header.cells[0].text, header.cells[1].text = "ID", "Text"
    from docx.oxml import OxmlElement

    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeats on every page: no split
    for number, row in enumerate(grid.rows[1:31], 1):
        row.cells[0].text, row.cells[1].text = f"Rad {number}", FILLER
    last = grid.rows[31].cells  # starts on page 1, ends on page 2
    last[0].text = "Lång rad"
    last[1].text = "\n".join(f"Rad {n} i en lång cell" for n in range(1, 31))


def headings(made: Any) -> None:
    """Page 1 ends with a heading, page 2 with a label; on page 3 the heading keeps with its text."""
    from docx.enum.text import WD_BREAK

    def page_ending_with(add: Callable[[], Any], keep_with_next: bool = False) -> None:
        for _ in range(20):
            made.add_paragraph(FILLER)
        add().paragraph_format.keep_with_next = keep_with_next
        following = made.add_paragraph("\n".join(["En sammanhållen text som inte får delas."] * 30))
        following.paragraph_format.keep_together = True  # too long for what is left of the page
        following.add_run().add_break(WD_BREAK.PAGE)

    page_ending_with(lambda: made.add_heading("Rubrik sist på sidan", level=2))
    page_ending_with(lambda: made.add_paragraph("Analys och åtgärder"))
    page_ending_with(lambda: made.add_heading("Rubrik som följer med texten", level=2), keep_with_next=True)


def test_words_broken_mid_word_are_found_and_nothing_else(tmp_path: Path) -> None:
    layout = measure(pdf_of(narrow_cells, tmp_path))
    assert layout.broken_words, "the long word in a narrow column must be found"
    assert {finding.page for finding in layout.broken_words} == {1}
    pieces = [finding.text.split("|") for finding in layout.broken_words]
    assert pieces[0][0] + "".join(after for _, after in pieces) == LONG_WORD, layout.broken_words
    assert layout.split_rows == layout.stranded == []


def test_a_row_split_across_pages_is_found_where_it_starts(tmp_path: Path) -> None:
    pdf = pdf_of(long_row, tmp_path)
    layout = measure(pdf)
    assert [(f.page, f.text.split()[:2]) for f in layout.split_rows] == [(1, ["Lång", "rad"])], layout.split_rows
    assert layout.broken_words == layout.stranded == []


def test_headings_and_labels_at_a_page_bottom_are_found(tmp_path: Path) -> None:
    layout = measure(pdf_of(headings, tmp_path))
    assert layout.stranded == [Finding(1, "Rubrik sist på sidan"), Finding(3, "Analys och åtgärder")]
    assert layout.broken_words == layout.split_rows == []


@pytest.mark.parametrize("period", ["delar1", "delar2", "helar"])
def test_example_reports_read_well_on_a4(period: str, tmp_path: Path) -> None:
    """The issue's three measurements on the example's Delår 1, Delår 2 and Helår PDFs: no word
    broken mid-word (hyphenated breaks are fine), no row split across pages, no heading or label
    alone at a page bottom."""
    from click.testing import CliRunner
    from helpers import EXAMPLE

    from vplan_excel.cli import main

    out = tmp_path / "rapport.docx"
    result = CliRunner().invoke(main, ["merge", str(EXAMPLE / "underlag"), "--period", period, "--pdf",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    layout = measure(out.with_suffix(".pdf"))
    assert layout.counts() == {"broken_words": 0, "split_rows": 0, "stranded": 0}, "\n".join(
        str(finding) for finding in layout.broken_words + layout.split_rows + layout.stranded)
