"""Build the default report template, vplan_excel/report/templates/rapport.docx.

    python templates/build_rapport.py

The template is a docxtpl (Jinja) Word document for kommunstyrelsen: the report's own
header, a table of contents, Sammanfattning, Måluppfyllelse with its legend, Avvikelser,
one section per department and goal (a block per unit), and Bilaga Underlag.
Administrators restyle a copy in Word and pass it with `vplan merge --template`; the
variables it uses are listed in the README ("Mallens variabler"). Built by script so it
is rebuilt, not hand-edited.

Laid out for portrait A4 (measured on the example's PDFs by tests/test_pdf_layout.py): at
most seven columns, the measure once per key result, comments in a full-width row,
hyphenation on, no table row split across pages, every heading and label kept with what it
introduces, and text colours of at least 4.5:1 against their background.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "vplan_excel" / "report" / "templates" / "rapport.docx"
HEADER_FILL = "1F4E79"  # white on this: 9.4:1
HEADING_COLOUR = RGBColor(0x1F, 0x4E, 0x79)  # on white: 9.4:1 (python-docx's default #4F81BD is 4.0:1)
MUTED_COLOUR = RGBColor(0x40, 0x40, 0x40)  # on white: 10.4:1
DRAFT_COLOUR = RGBColor(0xC0, 0x00, 0x00)  # on white: 5.9:1
TEXT_WIDTH = 17.4  # cm: A4 less two margins of 1.8 cm
TABLE_FONT = Pt(9)


def _element(tag: str, **attributes: str) -> OxmlElement:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(name), value)
    return element


def set_language_and_hyphenation(document: Document) -> None:
    """sv-SE on the default run properties, so every style (and the PDF) is Swedish; hyphenate
    automatically, so narrow cells break words at syllables, with a hyphen."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_properties.append(language)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), "sv-SE")
    settings = document.settings.element
    settings.append(_element("w:autoHyphenation", **{"w:val": "true"}))
    settings.append(_element("w:consecutiveHyphenLimit", **{"w:val": "2"}))


def style_document(document: Document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        style = document.styles[name]
        style.font.color.rgb = HEADING_COLOUR
        style.font.name = "Calibri"
        style.paragraph_format.keep_with_next = True
    document.styles["Heading 4"].font.italic = False
    document.styles["Heading 4"].font.size = Pt(11)
    document.styles["Footer"].font.size = Pt(8)
    for level in (1, 2):
        style = document.styles.add_style(f"TOC {level}", 1)  # what Word and LibreOffice call the contents levels
        style.base_style = normal
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(2)
    caption = document.styles["Caption"]
    caption.font.color.rgb = MUTED_COLOUR
    caption.font.size = Pt(9)


def add_field(run, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) in run, showing `shown` until it is updated."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, shown), ("end", None)):
        if kind:
            element = _element("w:fldChar", **{"w:fldCharType": kind})
        elif text == instruction:
            element = _element("w:instrText", **{"xml:space": "preserve"})
            element.text = text
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def table_of_contents(document: Document) -> None:
    """A TOC field whose result is already written: the contents are there on opening, without
    asking to update fields. Word (F9) and the PDF (LibreOffice) add the page numbers."""
    first = document.add_paragraph(style="TOC 1")
    for kind, text in (("begin", None), (None, 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None)):
        run = first.add_run()
        if kind:
            run._r.append(_element("w:fldChar", **{"w:fldCharType": kind}))
        else:
            instruction = _element("w:instrText", **{"xml:space": "preserve"})
            instruction.text = text
            run._r.append(instruction)
    first.add_run("Sammanfattning")
    for text in ("Måluppfyllelse", "Avvikelser"):
        document.add_paragraph(text, style="TOC 1")
    document.add_paragraph("{%p for avdelning in avdelningar %}")
    document.add_paragraph("{{ avdelning.namn }}", style="TOC 1")
    document.add_paragraph("{%p for m in avdelning.mal %}")
    document.add_paragraph("{{ m.rubrik }}", style="TOC 2")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")
    last = document.add_paragraph("Bilaga Underlag", style="TOC 1")
    last.add_run()._r.append(_element("w:fldChar", **{"w:fldCharType": "end"}))


def footer(section) -> None:
    """'<plan> · <report> · Sida N av M' in the footer style's size, page numbers included."""
    paragraph = section.footer.paragraphs[0]
    paragraph.style = "Footer"
    paragraph.add_run("{{ rapport.sidfot }} · Sida ")
    add_field(paragraph.add_run(), "PAGE", "1")
    paragraph.add_run(" av ")
    add_field(paragraph.add_run(), "NUMPAGES", "1")


def keep_with_next(paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


def label(document: Document, label_text: str, value: str, style: str | None = None):
    """'Label: value' with the label in bold, kept with what follows."""
    paragraph = document.add_paragraph(style=style)
    paragraph.add_run(label_text).bold = True
    paragraph.add_run(value)
    keep_with_next(paragraph)
    return paragraph


def loop_paragraphs(document: Document, tag: str, *paragraphs: tuple[str, str | None]) -> None:
    document.add_paragraph(f"{{%p {tag} %}}")
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    document.add_paragraph("{%p endfor %}" if tag.startswith("for") else "{%p endif %}")


def _row_properties(row, *, header: bool = False) -> None:
    """No row split across pages; a header row repeats on every page and stays with the first row."""
    properties = row._tr.get_or_add_trPr()
    properties.append(_element("w:cantSplit", **{"w:val": "true"}))
    if header:
        properties.append(_element("w:tblHeader", **{"w:val": "true"}))


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_element("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill}))


def _set_text(cell, text: str, *, bold: bool = False, colour: RGBColor | None = None, keep: bool = False):
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.font.size = TABLE_FONT
    run.bold = bold or None
    if colour is not None:
        run.font.color.rgb = colour
    paragraph.paragraph_format.space_after = Pt(0)
    if keep:
        keep_with_next(paragraph)
    return paragraph


def table(document: Document, headings: list[str], rows: list[list[str] | str], widths: list[float]):
    """A table: the heading row, then template rows. A row is a list of cell texts (a data row,
    kept with the next row when its first text starts with '!keep '), or a '{%tr … %}' tag row,
    or '=' + text: one cell across the whole width."""
    assert abs(sum(widths) - TEXT_WIDTH) < 0.01, sum(widths)
    grid = document.add_table(rows=1 + len(rows), cols=len(headings))
    grid.style = "Table Grid"
    grid.autofit = False
    _row_properties(grid.rows[0], header=True)
    for index, heading in enumerate(headings):
        cell = grid.rows[0].cells[index]
        _set_text(cell, heading, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF), keep=True)
        _shade(cell, HEADER_FILL)
    for row, content in zip(grid.rows[1:], rows):
        _row_properties(row)
        if isinstance(content, str) and content.startswith("{%"):
            _set_text(row.cells[0], content)
        elif isinstance(content, str):  # '=' + text: one cell across the row
            merged = row.cells[0].merge(row.cells[-1])
            _set_text(merged, content[1:])
        else:
            keep = content[0].startswith("!keep ")
            for index, text in enumerate(content):
                _set_text(row.cells[index], text.removeprefix("!keep "), keep=keep)
    for index, width in enumerate(widths):
        grid.columns[index].width = Cm(width)  # the grid, which LibreOffice follows
        for row in grid.rows:
            row.cells[index].width = Cm(width)  # the cells, which Word follows
    return grid


def header_block(document: Document) -> None:
    """The report's own metadata beside the plan's: a header row names each half, and label and
    value stand side by side in each row, so a screen reader reads them together and the PDF's
    table has header cells (TH) like every other table."""
    pairs = [
        ("Dokumenttyp", "{{ rapport.dokumenttyp }}", "Verksamhetsplan", "{{ plan.namn }}"),
        ("Period", "{{ rapport.intervall }}", "Planen fastställd", "{{ plan.faststalld }}"),
        ("Rapportdatum", "{{ rapport.datum }}", "Planens diarienummer", "{{ plan.diarienummer }}"),
        ("Diarienummer", "{{ rapport.diarienummer }}", "Planen gäller till", "{{ plan.giltig_till }}"),
        ("Upprättad av", "{{ rapport.forfattare }}", "", ""),
        ("Beslutsinstans", "{{ rapport.beslutsinstans }}", "", ""),
    ]
    grid = document.add_table(rows=1 + len(pairs), cols=4)
    grid.style = "Table Grid"
    grid.autofit = False
    _row_properties(grid.rows[0], header=True)
    for first, heading in ((0, "Rapporten"), (2, "Verksamhetsplanen")):
        cell = grid.rows[0].cells[first].merge(grid.rows[0].cells[first + 1])
        _set_text(cell, heading, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF), keep=True)
        _shade(cell, HEADER_FILL)
    for row, texts in zip(grid.rows[1:], pairs):
        _row_properties(row)
        for index, text in enumerate(texts):
            _set_text(row.cells[index], text, bold=index % 2 == 0)
            if index % 2 == 0:
                _shade(row.cells[index], "F2F2F2")  # black on this: 18:1
    for index, width in enumerate((3.4, 5.3, 3.6, 5.1)):
        grid.columns[index].width = Cm(width)
        for row in grid.rows:
            row.cells[index].width = Cm(width)


def goal_section(document: Document) -> None:
    document.add_heading("{{ m.rubrik }}", level=2)
    document.add_paragraph("{{ m.beskrivning }}")
    label(document, "KF-indikator: ", "{{ m.kf_indikator }}")
    document.add_paragraph("{%p for k in m.kolada %}")
    label(document, "Kolada: ", "{{ k.rubrik }}")
    table(document, ["Område", "{{ k.ar[0] }}", "{{ k.ar[1] }}", "{{ k.ar[2] }}", "{{ k.ar[3] }}"], [
        "{%tr for r in k.rader %}",
        ["{{ r.omrade }}", "{{ r.varden[0] }}", "{{ r.varden[1] }}", "{{ r.varden[2] }}", "{{ r.varden[3] }}"],
        "{%tr endfor %}",
    ], [5.4, 3.0, 3.0, 3.0, 3.0])
    document.add_paragraph("{{ k.kalla }}{% if k.notering %} {{ k.notering }}{% endif %}")
    document.add_paragraph("{%p endfor %}")
    label(document, "{{ rapport.lage_rubrik }}: ", "{{ m.symbol }} {{ m.status }}. {{ m.forklaring }}")
    document.add_paragraph("{%p if m.prognos %}")
    label(document, "Prognos helår: ", "{{ m.prognos }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if m.under_aret %}")
    label(document, "Under året: ", "{{ m.under_aret }}")
    document.add_paragraph("{%p endif %}")

    document.add_heading("Nyckelresultat – mål {{ m.nummer }}", level=3)
    document.add_paragraph("{%p for e in m.enheter %}")
    document.add_heading("{{ e.namn }}", level=4)
    document.add_paragraph("{%p if e.saknas %}")
    document.add_paragraph("{{ e.saknas }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if e.nyckelresultat %}")
    table(document, ["ID", "Nyckelresultat", "Utgångs\u00adläge", "Mål\u00advärde", "Före\u00adgående", "Utfall",
                     "Status"], [
        "{%tr for kr in e.nyckelresultat %}",
        ["!keep {{ kr.id }}", "{{ kr.namn }}{% if kr.matt %}\n{{ kr.matt }}{% endif %}", "{{ kr.utgangslage }}",
         "{{ kr.malvarde }}", "{{ kr.foregaende }}", "{{ kr.utfall }}",
         "{% cellbg kr.farg %}{{ kr.symbol }} {{ kr.status }}"],
        "{%tr if kr.under_aret %}",
        "=Under året: {{ kr.under_aret }}",
        "{%tr endif %}",
        "{%tr if kr.kommentar %}",
        "=Kommentar: {{ kr.kommentar }}",
        "{%tr endif %}",
        "{%tr endfor %}",
    ], [1.3, 6.2, 1.9, 1.9, 1.9, 1.9, 2.3])
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")

    document.add_paragraph("{%p if m.har_aktiviteter %}")
    document.add_heading("Aktiviteter – mål {{ m.nummer }}", level=3)
    document.add_paragraph("{%p for e in m.enheter %}")
    document.add_paragraph("{%p if e.aktiviteter %}")
    document.add_heading("{{ e.namn }}", level=4)
    table(document, ["ID", "Aktivitet", "Nyckel\u00adresultat", "Ansvarig", "Klart senast", "Status"], [
        "{%tr for a in e.aktiviteter %}",
        ["!keep {{ a.id }}", "{{ a.namn }}", "{{ a.nyckelresultat }}", "{{ a.ansvarig }}", "{{ a.klart_senast }}",
         "{{ a.status }}"],
        "{%tr if a.kommentar %}",
        "=Kommentar: {{ a.kommentar }}",
        "{%tr endif %}",
        "{%tr endfor %}",
    ], [1.3, 6.5, 2.2, 3.0, 2.2, 2.2])
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")

    document.add_paragraph("{%p if m.analyser %}")
    document.add_heading("Analys och bedömning – mål {{ m.nummer }}", level=3)
    document.add_paragraph("{%p for a in m.analyser %}")
    document.add_heading("{{ a.enhet }}", level=4)
    label(document, "Bedömning: ", "{{ a.bedomning }}{% if a.prognos %} · Prognos helår: {{ a.prognos }}{% endif %}")
    document.add_paragraph("{{ a.analys }}")
    document.add_paragraph("{%p if a.atgarder %}")
    label(document, "Åtgärder: ", "{{ a.atgarder }}").paragraph_format.keep_with_next = False
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if a.motivering %}")
    label(document, "Motivering: ", "{{ a.motivering }}").paragraph_format.keep_with_next = False
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")


def build() -> Path:
    document = Document()
    set_language_and_hyphenation(document)
    style_document(document)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(1.8)
    footer(section)

    document.add_paragraph("{{ rapport.titel }}", style="Title")
    document.add_paragraph("{{ plan.kommun }} · {{ plan.verksamhetsomrade }} · {{ rapport.intervall }}")
    document.add_paragraph("{%p if rapport.utkast %}")
    draft = document.add_paragraph()
    draft_run = draft.add_run("{{ rapport.utkast }}")
    draft_run.bold = True
    draft_run.font.color.rgb = DRAFT_COLOUR
    document.add_paragraph("{%p endif %}")
    header_block(document)

    contents = document.add_paragraph("Innehåll", style="TOC Heading")
    keep_with_next(contents)
    table_of_contents(document)

    document.add_heading("Sammanfattning", level=1)
    document.add_paragraph("{{ sammanfattning.text }}")
    document.add_paragraph("{%p if analys.text %}")
    document.add_heading("Samlad analys", level=2)
    loop_paragraphs(document, "for stycke in analys.text", ("{{ stycke }}", None))
    document.add_paragraph("{%p endif %}")
    keep_with_next(document.add_paragraph("{{ diagram }}"))
    document.add_paragraph("Figur 1. {{ diagram_rubrik }}", style="Caption")
    keep_with_next(document.add_paragraph("Samma siffror i tabellform:"))
    table(document, ["Del av verksamheten", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömd", "Antal mål"],
          ["{%tr for s in sammanstallningar %}",
           ["{{ s.namn }}", "{{ s.uppfyllt }}", "{{ s.delvis }}", "{{ s.ej_uppfyllt }}", "{{ s.ej_bedomd }}",
            "{{ s.totalt }}"],
           "{%tr endfor %}"], [6.2, 2.2, 2.6, 2.2, 2.2, 2.0])

    document.add_heading("Måluppfyllelse", level=1)
    keep_with_next(document.add_paragraph("{{ rapport.sammanstallning_text }}"))
    document.add_paragraph("{%p if rapport.arsrapport %}")
    table(document, ["Mål", "Tidigare under året", "{{ rapport.period }}"], [
        "{%tr for m in mal %}",
        ["{{ m.nummer }}. {{ m.titel }}", "{{ m.tidigare }}", "{% cellbg m.farg %}{{ m.symbol }} {{ m.status }}"],
        "{%tr endfor %}"], [8.0, 6.2, 3.2])
    document.add_paragraph("{%p else %}")
    table(document, ["Mål", "{{ rapport.lage_rubrik }}", "Prognos helår", "Förändring"], [
        "{%tr for m in mal %}",
        ["{{ m.nummer }}. {{ m.titel }}", "{% cellbg m.farg %}{{ m.symbol }} {{ m.status }}",
         "{{ m.prognos or '–' }}", "{{ m.trend }}"],
        "{%tr endfor %}"], [8.4, 3.4, 3.0, 2.6])
    document.add_paragraph("{%p endif %}")
    document.add_heading("Teckenförklaring", level=2)
    loop_paragraphs(document, "for rad in teckenforklaring", ("{{ rad }}", "List Bullet"))

    document.add_heading("Avvikelser", level=1)
    document.add_paragraph("{{ avvikelser.text }}")
    document.add_paragraph("{%p if avvikelser.rader %}")
    table(document, ["Mål", "Enhet", "Avvikelse", "Kommentar"], [
        "{%tr for r in avvikelser.rader %}",
        ["{{ r.mal }}", "{{ r.enhet }}", "{{ r.vad }}", "{{ r.kommentar }}"],
        "{%tr endfor %}"], [1.2, 3.6, 6.3, 6.3])
    document.add_paragraph("{%p endif %}")

    document.add_paragraph("{%p for avdelning in avdelningar %}")
    document.add_heading("{{ avdelning.namn }}", level=1)
    document.add_paragraph("{%p if avdelning.analys %}")
    document.add_heading("Avdelningens analys", level=2)
    loop_paragraphs(document, "for stycke in avdelning.analys", ("{{ stycke }}", None))
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p for m in avdelning.mal %}")
    goal_section(document)
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")

    document.add_heading("Bilaga Underlag", level=1)
    keep_with_next(document.add_paragraph(
        "Arbetsböcker som rapporten bygger på, med den tid arbetsboken sparades och en kontrollsumma "
        "(SHA-256, de första tolv tecknen) för spårbarhet."))
    table(document, ["Fil", "Mål", "Enhet", "Sparad", "Kontrollsumma"], [
        "{%tr for u in underlag %}",
        ["{{ u.fil }}", "{{ u.mal }}", "{{ u.enhet }}", "{{ u.sparad }}", "{{ u.kontrollsumma }}"],
        "{%tr endfor %}"], [4.6, 1.2, 5.2, 3.4, 3.0])
    document.add_paragraph("{%p if ej_rapporterade %}")
    document.add_heading("Ej rapporterat", level=2)
    table(document, ["Mål", "Enhet", "Orsak"], [
        "{%tr for e in ej_rapporterade %}",
        ["{{ e.mal }}", "{{ e.enhet }}", "{{ e.orsak }}"],
        "{%tr endfor %}"], [1.2, 6.0, 10.2])
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if varningar %}")
    document.add_heading("Accepterade varningar", level=2)
    keep_with_next(document.add_paragraph("{{ varningar_text }}"))
    table(document, ["Fil", "Antal", "Slag"], [
        "{%tr for v in varningar %}",
        ["{{ v.fil }}", "{{ v.antal }}", "{{ v.slag }}"],
        "{%tr endfor %}"], [5.6, 1.6, 10.2])
    document.add_paragraph("{%p endif %}")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(OUT)
    return OUT


if __name__ == "__main__":
    print(f"Mallen skriven till {build()}")
