"""The report's body rendered in pieces is the same, byte for byte, however the pieces fall."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docxtpl import DocxTemplate
from helpers import EXAMPLE

from vplan_excel import api
from vplan_excel.report import docx, stream

# Jinja's output as docxtpl marks it: a newline before every paragraph, escaped braces, and
# listings (free text with line breaks, tabs, new paragraphs and page breaks) in runs.
RENDERED = (
    '<w:body>\n<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Rad ett\nrad två</w:t>'
    '</w:r></w:p>'
    '<w:tbl><w:tr><w:tc>\n<w:p><w:r><w:t xml:space="preserve">{_{ inte en tagg }_} och {_% inte heller %_}</w:t></w:r>'
    '</w:p></w:tc></w:tr></w:tbl>\n<w:p><w:r><w:t>Flik\tefter\aett nytt stycke\fen ny sida</w:t></w:r></w:p>'
    "\n<w:p/>\n<w:p><w:r><w:t>Sista\n</w:t></w:r></w:p><w:sectPr/></w:body>"
)


def whole(xml: str) -> str:
    """What docxtpl's render_xml_part makes of the whole output at once."""
    template = DocxTemplate.__new__(DocxTemplate)
    return template.resolve_listing(stream._unmarked(xml))


@pytest.mark.parametrize("piece", [1, 2, 7, 40, 1 << 16])
def test_rewriting_in_pieces_is_rewriting_the_whole(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    monkeypatch.setattr(stream, "PIECE", piece)
    template = DocxTemplate.__new__(DocxTemplate)
    for size in (1, 3, 11, len(RENDERED)):
        chunks = [RENDERED[i:i + size] for i in range(0, len(RENDERED), size)]
        assert "".join(stream._rewritten(chunks, template.resolve_listing)) == whole(RENDERED)


def test_the_example_report_is_the_same_whatever_the_size_of_the_pieces(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    follow_up = api.load(EXAMPLE / "underlag", EXAMPLE / "plan.toml", "delar2")
    bodies = []
    for piece, batch in ((1 << 16, 256), (1, 1)):
        monkeypatch.setattr(stream, "PIECE", piece)
        monkeypatch.setattr(stream, "DROP_BATCH", batch)
        out = docx.render_docx(follow_up, tmp_path / f"rapport-{piece}.docx")
        with zipfile.ZipFile(out) as archive:
            bodies.append(archive.read("word/document.xml"))
    assert bodies[0] == bodies[1]
    assert bodies[0].count(b"<w:tbl>") > 20 and b"\xe2\x97\x8f" in bodies[0]  # tables, and ● (Grön)
