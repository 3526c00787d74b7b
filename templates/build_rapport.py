"""Build the default report template, vplan_excel/report/templates/rapport.docx.

    python templates/build_rapport.py

The template is a docxtpl (Jinja) Word document modelled on the seed plan: the header
table, a table of contents, Sammanfattning, Sammanställning av verksamhetens mål, one
section per department and goal, Teckenförklaring and Bilaga Underlag. Administrators
restyle a copy in Word and pass it with `vplan merge --template`; the variables it uses are
listed in the README ("Mallens variabler"). Built by script so it is rebuilt, not hand-edited.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "vplan_excel" / "report" / "templates" / "rapport.docx"
HEADER_FILL = "1F4E79"


def set_language(document: Document) -> None:
    """sv-SE on the default run properties, so every style (and the PDF) is Swedish."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_properties.append(language)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), "sv-SE")


def update_fields_on_open(document: Document) -> None:
    """Ask Word to update the table of contents when the report is opened."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def add_field(run, instruction: str, shown: str, dirty: bool = False) -> None:
    """A Word field (TOC, PAGE …) in run, showing `shown` until it is updated."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, shown), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            if kind == "begin" and dirty:
                element.set(qn("w:dirty"), "true")  # stale: Word rebuilds it on load
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def table_of_contents(document: Document) -> None:
    add_field(document.add_paragraph().add_run(), 'TOC \\o "1-2" \\h \\z \\u',
              "Innehållsförteckningen uppdateras när dokumentet öppnas (F9 i Word).", dirty=True)


def page_numbers(section) -> None:
    """'Sida N av M' in the footer: the contents list refers to page numbers."""
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run("{{ plan.namn }} · {{ rapport.period }} · Sida ")
    add_field(paragraph.add_run(), "PAGE", "1")
    paragraph.add_run(" av ")
    add_field(paragraph.add_run(), "NUMPAGES", "1")
    for run in paragraph.runs:
        run.font.size = Pt(8)


def bullet_list(document: Document, loop: str, item: str) -> None:
    """A bulleted paragraph repeated by {%p for LOOP %}."""
    document.add_paragraph(f"{{%p for {loop} %}}")
    document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("{%p endfor %}")


def header_row(table) -> None:
    """Mark the first row as a header that repeats on every page, and shade it."""
    row = table.rows[0]
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
    for cell in row.cells:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), HEADER_FILL)
        cell._tc.get_or_add_tcPr().append(shading)
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def loop_table(document: Document, headings: list[str], loop: str, cells: list[str], widths: list[float]):
    """A table: heading row, a {%tr for %} row, the row of cells, the {%tr endfor %} row."""
    table = document.add_table(rows=4, cols=len(headings))
    table.style = "Table Grid"
    for index, heading in enumerate(headings):
        table.rows[0].cells[index].paragraphs[0].add_run(heading)
    table.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr {loop} %}}")
    for index, text in enumerate(cells):
        table.rows[2].cells[index].paragraphs[0].add_run(text)
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    table.autofit = False
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)  # the grid, which LibreOffice follows
        for row in table.rows:
            row.cells[index].width = Cm(width)  # the cells, which Word follows
    for row in table.rows:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
    header_row(table)
    return table


def build() -> Path:
    document = Document()
    set_language(document)
    update_fields_on_open(document)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    page_numbers(section)
    document.add_paragraph("{{ rapport.titel }}", style="Title")
    document.add_paragraph("{{ plan.kommun }} · {{ plan.namn }} · {{ rapport.period }} (per {{ rapport.per }})")

    header = document.add_table(rows=6, cols=4)
    header.style = "Table Grid"
    pairs = [
        (("Dokumenttyp", "{{ dokument.dokumenttyp }}"), ("Dokumentägare", "{{ dokument.dokumentagare }}"),
         ("Beslutsinstans", "{{ dokument.beslutsinstans }}"), ("Giltig till", "{{ dokument.giltig_till }}")),
        (("Upprättad av", "{{ dokument.upprattad_av }}"), ("Fastställd", "{{ dokument.faststalld }}"),
         ("Reviderad av", "{{ dokument.reviderad_av }}"), ("Senast reviderad", "{{ dokument.senast_reviderad }}")),
        (("Dokumentet gäller för", "{{ dokument.galler_for }}"), ("Diarienummer", "{{ dokument.diarienummer }}"),
         ("Uppföljning", "{{ rapport.period }}"), ("Underlag per", "{{ rapport.per_iso }}")),
    ]
    for block, labels in enumerate(pairs):
        for column, (label, value) in enumerate(labels):
            label_run = header.rows[block * 2].cells[column].paragraphs[0].add_run(label)
            label_run.font.bold = True
            label_run.font.size = Pt(9)
            header.rows[block * 2 + 1].cells[column].paragraphs[0].add_run(value)

    document.add_paragraph("Innehåll", style="TOC Heading" if "TOC Heading" in document.styles else "Heading 1")
    table_of_contents(document)

    document.add_heading("Sammanfattning", level=1)
    document.add_paragraph("{{ sammanfattning.text }}")
    document.add_paragraph("{{ diagram }}")
    document.add_paragraph("Samma siffror i tabellform:")
    loop_table(document,
               ["Del av verksamheten", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömd", "Antal mål"],
               "for s in sammanstallningar",
               ["{{ s.namn }}", "{{ s.uppfyllt }}", "{{ s.delvis }}", "{{ s.ej_uppfyllt }}", "{{ s.ej_bedomd }}",
                "{{ s.totalt }}"], [6.0, 2.2, 2.6, 2.2, 2.2, 2.2])

    document.add_heading("Sammanställning av verksamhetens mål", level=1)
    loop_table(document, ["Mål", "Status", "Förändring"], "for m in mal",
               ["{{ m.nummer }}. {{ m.titel }}", "{% cellbg m.farg %}{{ m.symbol }} {{ m.status }}",
                "{{ m.trend }}"], [10.6, 3.8, 3.0])

    document.add_paragraph("{%p for avdelning in avdelningar %}")
    document.add_heading("{{ avdelning.namn }}", level=1)
    document.add_paragraph("{%p for m in avdelning.mal %}")
    document.add_heading("Mål {{ m.nummer }}: {{ m.titel }}", level=2)
    document.add_paragraph("{{ m.beskrivning }}")
    indicator = document.add_paragraph()
    indicator.add_run("KF-indikator: ").bold = True
    indicator.add_run("{{ m.kf_indikator }}")
    status = document.add_paragraph()
    status.add_run("Måluppfyllelse: ").bold = True
    status.add_run("{{ m.symbol }} {{ m.status }}").bold = True
    status.add_run(" – {{ m.skal }}")
    document.add_heading("Nyckelresultat", level=3)
    loop_table(document, ["ID", "Nyckel\u00adresultat", "Enhet", "Utgångs\u00adläge", "Mål\u00advärde", "Utfall",
                          "Före\u00adgående", "Status", "Kommentar"], "for kr in m.nyckelresultat",
               ["{{ kr.id }}", "{{ kr.namn }}", "{{ kr.enhet }}", "{{ kr.utgangslage }}", "{{ kr.malvarde }}",
                "{{ kr.utfall }}", "{{ kr.foregaende }}", "{% cellbg kr.farg %}{{ kr.symbol }} {{ kr.status }}",
                "{{ kr.kommentar }}"], [1.0, 3.4, 2.1, 1.6, 1.6, 1.6, 1.6, 1.8, 2.7])
    document.add_heading("Aktiviteter", level=3)
    loop_table(document, ["ID", "Aktivitet", "Enhet", "Nyckel\u00adresultat", "Ansvarig", "Klart senast", "Status",
                          "Kommentar"], "for a in m.aktiviteter",
               ["{{ a.id }}", "{{ a.namn }}", "{{ a.enhet }}", "{{ a.nyckelresultat }}", "{{ a.ansvarig }}",
                "{{ a.klart_senast }}", "{{ a.status }}", "{{ a.kommentar }}"],
               [1.0, 3.6, 2.1, 1.6, 2.0, 1.9, 1.8, 3.4])
    document.add_heading("Analys och åtgärder", level=3)
    document.add_paragraph("{%p for a in m.analyser %}")
    unit = document.add_paragraph()
    unit.add_run("{{ a.enhet }}").bold = True
    unit.add_run(" – bedömning: {{ a.bedomning }}")
    document.add_paragraph("{{ a.analys }}")
    actions = document.add_paragraph()
    actions.add_run("Åtgärder: ").bold = True
    actions.add_run("{{ a.atgarder }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")

    document.add_heading("Teckenförklaring", level=1)
    bullet_list(document, "rad in teckenforklaring", "{{ rad }}")

    document.add_heading("Bilaga Underlag", level=1)
    document.add_paragraph("Arbetsböcker som rapporten bygger på, med kontrollsumma (SHA-256) för spårbarhet.")
    loop_table(document, ["Fil", "Mål", "Enhet", "Period", "Senast ändrad", "SHA-256"], "for u in underlag",
               ["{{ u.fil }}", "{{ u.mal }}", "{{ u.enhet }}", "{{ u.period }}", "{{ u.andrad }}", "{{ u.sha256 }}"],
               [3.4, 1.0, 3.0, 1.6, 2.6, 5.8])
    for variable, heading, loop, item in (
        ("ej_rapporterade", "Ej rapporterat", "e in ej_rapporterade", "Mål {{ e.mal }}, {{ e.enhet }}: {{ e.orsak }}"),
        ("varningar", "Accepterade varningar", "v in varningar", "{{ v.plats }}: {{ v.text }}"),
    ):
        document.add_paragraph(f"{{%p if {variable} %}}")
        document.add_heading(heading, level=2)
        bullet_list(document, loop, item)
        document.add_paragraph("{%p endif %}")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(OUT)
    return OUT


if __name__ == "__main__":
    print(f"Mallen skriven till {build()}")
