"""vplan merge: the Word report (read back with python-docx) and its PDF (LibreOffice + pdftotext)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from helpers import EXAMPLE, set_cells

from vplan_excel import VplanError, load, write_report
from vplan_excel.cli import main
from vplan_excel.report.context import build_context
from vplan_excel.report.docx import default_template

UNDERLAG = EXAMPLE / "underlag"
NASTY = "Kostnad & kvalitet <ökade> med {{ 5 }} % {% if %}\nAndra raden 🚀"


def merge(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["merge", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def all_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def example_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rapport") / "rapport.docx"
    code, stdout, _ = merge(str(UNDERLAG), "--period", "delar2", "--out", str(out), "--json")
    assert code == 0, stdout
    return out


def test_report_has_every_goal_with_its_status_as_a_heading(example_report: Path) -> None:
    document = Document(str(example_report))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    plan_goals = load(UNDERLAG, period="delar2").goals
    for goal in plan_goals:
        assert f"Mål {goal.goal.number}: {goal.goal.title}" in headings
    for section in ("Sammanfattning", "Måluppfyllelse", "Teckenförklaring", "Avvikelser", "Teknikavdelningen",
                    "Utvecklingsavdelningen", "Nyckelresultat – mål 3", "Aktiviteter – mål 3",
                    "Analys och bedömning – mål 3", "Bilaga Underlag"):
        assert section in headings
    assert headings.index("Teckenförklaring") == headings.index("Måluppfyllelse") + 1  # the legend right after
    units = [p.text for p in document.paragraphs if p.style.name == "Heading 4"]
    assert units.count("Gata/park, vatten och avfall (GVA)") == 6  # key results, activities, analysis; goals 3, 4
    text = all_text(example_report)
    assert "Per 31 augusti 2026 är 3 uppfyllda och 6 delvis uppfyllda av 9 mål." in text  # no "0 ej bedömda"
    assert "● Uppfyllt" in text and "◐ Delvis uppfyllt" in text
    assert "(regel:" not in text.split("Teckenförklaring")[1]  # rule jargon only in the legend's own words


def test_report_metadata_language_and_header_rows(example_report: Path) -> None:
    document = Document(str(example_report))
    assert document.core_properties.title == "Delårsrapport 2 2026"
    assert document.core_properties.language == "sv-SE"
    styles_xml = document.styles.element.xml
    assert 'w:val="sv-SE"' in styles_xml
    assert "<w:autoHyphenation" in document.settings.element.xml
    for table in document.tables:
        assert "<w:tblHeader" in table.rows[0]._tr.xml
        assert all("<w:cantSplit" in row._tr.xml for row in table.rows)
    header = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert header[0] == ["Rapporten", "Rapporten", "Verksamhetsplanen", "Verksamhetsplanen"]  # merged cells
    assert header[1] == ["Dokumenttyp", "Delårsrapport 2", "Verksamhetsplan",
                         "Verksamhetsplan Kommunal utveckling 2025–2026"]
    assert header[2] == ["Period", "1 januari–31 augusti 2026", "Planen fastställd", "2025-03-11"]
    assert header[4][:2] == ["Diarienummer", "–"]  # the report's own: not in the example plan


def test_chart_has_alternative_text_with_the_same_figures(example_report: Path) -> None:
    [chart] = Document(str(example_report)).inline_shapes
    description = chart._inline.docPr.get("descr")
    assert description.startswith("Diagram över måluppfyllelsen Delår 2 per del av verksamheten.")
    assert "Kommunal utveckling: 3 uppfyllda, 6 delvis uppfyllda, 0 ej uppfyllda, 0 ej bedömda" in description


def test_key_results_are_formatted_the_swedish_way_with_coloured_status(example_report: Path) -> None:
    document = Document(str(example_report))
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    hme = next(r for r in rows if r[0] == "NR1" and r[1].startswith("HME-index"))
    assert hme[1].endswith("\nMått: index")  # the measure once, under the name
    assert hme[2:7] == ["76", "80", "77,5", "79,5", "◐ Gul"]
    comment = rows[rows.index(hme) + 1]
    assert set(comment) == {comment[0]} and comment[0].startswith("Kommentar: ")  # one cell across the row
    status_cell = next(c for t in document.tables for row in t.rows for c in row.cells if c.text == "◐ Gul")
    assert 'w:fill="FFEB9C"' in status_cell._tc.xml


def test_appendix_lists_every_input_file_with_its_checksum(example_report: Path) -> None:
    text = all_text(example_report)
    for workbook in UNDERLAG.glob("*.xlsx"):
        assert workbook.name in text
    assert load(UNDERLAG, period="delar2").folder.submissions[0].sha256[:12] in text


def test_json_twin_beside_the_report(example_report: Path) -> None:
    document = json.loads(example_report.with_suffix(".json").read_text(encoding="utf-8"))
    assert document["format"] == "vplan-status"
    assert [g["status"] for g in document["goals"]].count("Uppfyllt") == 3


def test_default_template_uses_only_known_variables() -> None:
    from docxtpl import DocxTemplate

    from vplan_excel.report.docx import RENDER_VARIABLES

    context = build_context(load(UNDERLAG, period="delar2"))
    assert DocxTemplate(str(default_template())).get_undeclared_template_variables() <= {*context, *RENDER_VARIABLES}


def test_merge_with_errors_writes_nothing(filled_folder: Path, tmp_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Lila"})
    out = tmp_path / "rapport.docx"
    code, stdout, stderr = merge(str(filled_folder), "--period", "delar1", "--out", str(out))
    assert code == 1
    assert '"Lila" är inte en status.' in stdout
    assert "ingen rapport skrevs" in stderr
    assert list(tmp_path.glob("rapport*")) == []


def test_write_report_is_merge_as_a_call(filled_folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    follow_up = load(filled_folder, period="delar1")
    written = write_report(follow_up, json=True)
    assert written == [Path("rapport-test-2026-delar1.docx"), Path("rapport-test-2026-delar1.json")]
    assert "Avdelningen hanterar gemensamma resurser" in all_text(tmp_path / written[0])
    assert json.loads((tmp_path / written[1]).read_text(encoding="utf-8"))["format"] == "vplan-status"


def test_write_report_refuses_a_follow_up_with_errors_unless_allowed(filled_folder: Path, tmp_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Lila"})
    follow_up = load(filled_folder, period="delar1")
    with pytest.raises(VplanError, match="ingen rapport skrevs"):
        write_report(follow_up, tmp_path / "rapport.docx")
    assert list(tmp_path.glob("rapport*")) == []
    assert write_report(follow_up, tmp_path / "rapport.docx", allow_errors=True) == [tmp_path / "rapport.docx"]


def test_merge_allowing_errors_shows_those_parts_as_not_reported(filled_folder: Path, tmp_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Lila"})
    out = tmp_path / "rapport.docx"
    code, _, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--tillat-fel")
    assert code == 0
    text = all_text(out)
    rows = [[c.text for c in row.cells] for table in Document(str(out)).tables for row in table.rows]
    assert ["3", "Gata/park, vatten och avfall (GVA)", "arbetsboken har fel och är inte med i rapporten"] in rows
    assert ("0 av 2 nyckelresultat gröna, 1 gult, 1 rött (2 av 4 nyckelresultat rapporterade); inte med: "
            "Gata/park, vatten och avfall (GVA) (arbetsboken har fel; dess 2 nyckelresultat räknas som ej "
            "rapporterade).") in text


def test_text_from_workbooks_cannot_break_or_inject(filled_folder: Path, tmp_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"J7": NASTY})
    out = tmp_path / "rapport.docx"
    code, stdout, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out))
    assert code == 0, stdout
    text = all_text(out)
    assert NASTY in text  # as typed, its line break too


def merge_with_template(folder: Path, template: Path, out: Path) -> tuple[int, str]:
    """vplan merge for Delår 1 with an own template: exit code and standard error."""
    code, _, stderr = merge(str(folder), "--period", "delar1", "--out", str(out), "--template", str(template))
    return code, stderr


def test_own_template(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "mall.docx"
    document = Document()
    document.add_heading("{{ plan.kommun }}: {{ rapport.period }}", level=1)
    document.add_paragraph("{%p for m in mal %}")
    document.add_paragraph("{{ m.nummer }} {{ m.status }}")
    document.add_paragraph("{%p endfor %}")
    document.save(template)
    out = tmp_path / "egen.docx"
    code, _ = merge_with_template(filled_folder, template, out)
    assert code == 0
    assert [p.text for p in Document(str(out)).paragraphs] == ["Testby kommun: Delår 1", "3 Delvis uppfyllt"]


def test_broken_template_is_a_clear_message_and_no_file(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "trasig.docx"
    document = Document()
    document.add_paragraph("{{ plan.kommun ")
    document.save(template)
    out = tmp_path / "rapport.docx"
    code, stderr = merge_with_template(filled_folder, template, out)
    assert code == 2
    assert "Mallen trasig.docx kunde inte användas" in stderr
    assert not out.exists()


def test_template_whose_tags_break_the_document_is_a_clear_message_and_no_file(filled_folder: Path,
                                                                              tmp_path: Path) -> None:
    template = tmp_path / "korsar.docx"
    document = Document()
    document.add_paragraph("Före {% if false %} inne i stycket")
    document.add_table(rows=1, cols=1).rows[0].cells[0].text = "{% endif %} inne i tabellen"
    document.save(template)
    out = tmp_path / "rapport.docx"
    code, stderr = merge_with_template(filled_folder, template, out)
    assert code == 2
    assert stderr.startswith("Mallen korsar.docx kunde inte användas: dokumentet blir trasigt, troligen för att "
                             "en tagg som {% if %} eller {% for %} börjar i ett stycke eller en tabell och slutar "
                             "i ett annat.")
    assert not out.exists()


def test_the_chart_in_an_own_template_body_and_header(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "diagram.docx"
    document = Document()
    document.sections[0].header.paragraphs[0].text = "{{ diagram }}"
    document.add_paragraph("Före {{ diagram }} efter")
    document.add_paragraph("{{ diagram }}")
    document.save(template)
    out = tmp_path / "rapport.docx"
    code, _ = merge_with_template(filled_folder, template, out)
    assert code == 0
    report = Document(str(out))
    body, header = report.element.body, report.sections[0].header._element
    pictures = body.xpath(".//pic:pic") + header.xpath(".//pic:pic")
    assert len(pictures) == 3 and [p.text for p in report.paragraphs] == ["Före  efter", ""]
    ids = [int(d.get("id")) for d in body.xpath(".//wp:docPr")]
    assert ids == [1001, 1002] and all(d.get("descr", "").startswith("Diagram") for d in body.xpath(".//wp:docPr"))
    with zipfile.ZipFile(out) as archive:
        assert not any(b"vplan-picture" in archive.read(name) for name in archive.namelist())


def test_column_loops_in_an_own_template_even_out_the_table_grid(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "kolumner.docx"
    document = Document()
    row = document.add_table(rows=1, cols=4).rows[0]
    for cell, text in zip(row.cells, ["Mål", "{%tc for x in [1, 2, 3, 4] %}", "{{ x }}", "{%tc endfor %}"]):
        cell.text = text
    document.save(template)
    out = tmp_path / "rapport.docx"
    code, _ = merge_with_template(filled_folder, template, out)
    assert code == 0
    table = Document(str(out)).tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["Mål", "1", "2", "3", "4"]
    assert len(table._tbl.tblGrid.gridCol_lst) == 5


def test_pdf_without_libreoffice_says_how_to_install(filled_folder: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    code, _, stderr = merge(str(filled_folder), "--period", "delar1", "--out", str(tmp_path / "r.docx"), "--pdf")
    assert code == 2
    assert "PDF kräver LibreOffice" in stderr and "apt-get install libreoffice-writer-nogui" in stderr


@pytest.mark.skipif(shutil.which("soffice") is None and not __import__("os").environ.get("CI"),
                    reason="LibreOffice is not installed (CI installs it)")
def test_pdf_made_by_libreoffice_has_every_title_status_and_raw_text(filled_folder: Path, tmp_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"J7": NASTY})
    out = tmp_path / "rapport.docx"
    code, stdout, stderr = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--pdf")
    assert code == 0, stdout + stderr
    pdf = out.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Mål 3: Avdelningen hanterar gemensamma resurser på ett klokt och hållbart sätt" in flat
    assert "Delvis uppfyllt" in flat and "Gul" in flat and "Röd" in flat
    assert "Kostnad & kvalitet <ökade> med {{ 5 }} % {% if %}" in flat
    assert re.search(r"Innehåll Sammanfattning\.{5,} ?\d+ Måluppfyllelse\.{5,} ?\d+", flat), \
        "the table of contents must be updated, with page numbers"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Tagged:\s+yes", info) and re.search(r"Page size:\s+595\.\d* x 841\.\d* pts \(A4\)", info)


def make_template(path: Path, paragraphs: list[str], cell: str | None = None) -> Path:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if cell is not None:
        document.add_table(rows=1, cols=1).rows[0].cells[0].text = cell
    document.save(path)
    return path


def check(path: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["check-template", str(path)])
    return result.exit_code, result.output.splitlines()


def test_check_template_accepts_the_default_template() -> None:
    assert check(default_template()) == (0, ["Mallen rapport.docx går att använda."])


def test_check_template_finds_misspelt_variables_where_they_are(tmp_path: Path) -> None:
    template = make_template(tmp_path / "mall.docx", ["{{ plan.komun }}", "{%p for m in mal %}", "{{ m.titl }}",
                                                      "{%p endfor %}", "{%p for v in varningar %}", "{{ v.fill }}",
                                                      "{%p endfor %}"])
    code, lines = check(template)
    assert code == 1
    assert lines == [
        'mall.docx, stycke 1 ("{{ plan.komun }}"): Okänd variabel komun. Menade du kommun? '
        "Variablerna finns i README under Mallens variabler.",
        'mall.docx, stycke 3 ("{{ m.titl }}"): Okänd variabel titl. Menade du titel? '
        "Variablerna finns i README under Mallens variabler.",
        'mall.docx, stycke 6 ("{{ v.fill }}"): Okänd variabel fill. Menade du fil? '
        "Variablerna finns i README under Mallens variabler.",
    ]


def test_check_template_finds_syntax_errors_in_paragraphs_and_cells(tmp_path: Path) -> None:
    template = make_template(tmp_path / "mall.docx", ["Rubrik", "{{ rapport.period"], cell="{{ rapport.titel | }}")
    code, lines = check(template)
    assert code == 1
    assert lines[0] == 'mall.docx, stycke 2 ("{{ rapport.period"): "{{" saknar avslutande }}.'
    assert lines[1].startswith('mall.docx, tabell 1, rad 1, cell 1 ("{{ rapport.titel | }}"): Taggen')


def test_same_inputs_give_the_same_report_and_json(filled_folder: Path, tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / name / "rapport.docx"
        assert merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--json")[0] == 0
        outputs.append((all_text(out), out.with_suffix(".json").read_text(encoding="utf-8")))
    assert outputs[0] == outputs[1]


def test_too_few_key_results_reported_writes_no_report_unless_a_draft(filled_folder: Path, tmp_path: Path) -> None:
    for name in ("mal-03-gva.xlsx", "mal-03-maltider.xlsx"):
        set_cells(filled_folder / name, "Nyckelresultat", {"H7": None, "I7": None, "J7": None,
                                                           "H8": None, "I8": None, "J8": None})
    out = tmp_path / "rapport.docx"
    code, _, stderr = merge(str(filled_folder), "--period", "delar1", "--out", str(out))
    assert code == 1
    assert "0 av 4 nyckelresultat är rapporterade för Delår 1" in stderr and "--utkast" in stderr
    assert not out.exists()
    code, _, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--utkast")
    assert code == 0
    document = Document(str(out))
    assert document.core_properties.title == "UTKAST – Delårsrapport 2026"
    assert "UTKAST – underlaget är ofullständigt (0 av 4 nyckelresultat rapporterade)" in all_text(out)
    assert document.sections[0].footer.paragraphs[0].text.startswith("UTKAST · ")


def test_report_header_is_the_reports_own(filled_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    code, _, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--diarienummer", "KS 2026/123",
                       "--rapportdatum", "2026-05-20", "--upprattad-av", "Anna Lind")
    assert code == 0
    header = [[c.text for c in row.cells] for row in Document(str(out)).tables[0].rows]
    assert header[3][:2] == ["Rapportdatum", "20 maj 2026"] and header[4][:2] == ["Diarienummer", "KS 2026/123"]
    assert header[5][:2] == ["Upprättad av", "Anna Lind"]
    assert header[3][2:] == ["Planens diarienummer", "–"]  # the plan's, labelled as such; empty shows "–"


def test_administrators_analysis_texts_stand_where_a_board_reads_them(tmp_path: Path) -> None:
    work = tmp_path / "norsjo"
    shutil.copytree(EXAMPLE, work)
    (work / "analys-delar2.txt").write_text("Året går enligt plan.\n\nSvinnet är vår största utmaning.",
                                            encoding="utf-8")
    (work / "analys-delar2-teknik.txt").write_text("Teknik ligger väl till.", encoding="utf-8")
    out = tmp_path / "rapport.docx"
    code, stdout, _ = merge(str(work / "underlag"), "--period", "delar2", "--out", str(out))
    assert code == 0, stdout
    paragraphs = [p.text for p in Document(str(out)).paragraphs if not p.style.name.startswith("TOC")]
    assert paragraphs[paragraphs.index("Samlad analys") + 1:][:2] == ["Året går enligt plan.",
                                                                         "Svinnet är vår största utmaning."]
    assert paragraphs[paragraphs.index("Teknikavdelningen") + 1:][:2] == ["Avdelningens analys",
                                                                             "Teknik ligger väl till."]


def test_interim_report_shows_the_forecast_and_the_deviations(example_report: Path) -> None:
    rows = [[c.text for c in row.cells] for table in Document(str(example_report)).tables for row in table.rows]
    assert ["Mål", "Läge per 31 augusti", "Prognos helår", "Förändring"] in rows
    goal_1 = next(r for r in rows if r[0].startswith("1. Vi använder värdegrunden"))
    assert goal_1[1:3] == ["● Uppfyllt", "Uppfylls"]
    assert ["Mål", "Enhet", "Avvikelse", "Kommentar"] in rows
    assert any(r[2].startswith("NR") and ": ○ Röd, utfall " in r[2] for r in rows if len(r) == 4)
    text = all_text(example_report)
    assert "Prognos helår: Uppfylls" in text


def test_annual_report_shows_the_year(tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    code, stdout, _ = merge(str(UNDERLAG), "--period", "helar", "--out", str(out))
    assert code == 0, stdout
    document = Document(str(out))
    assert document.core_properties.title == "Årsrapport 2026"
    text = all_text(out)
    assert "Under året: Delår 1: ◐ Delvis uppfyllt → Delår 2: ● Uppfyllt → Helår: ● Uppfyllt" in text  # goal 1
    assert re.search(r"Under året: Delår 1: [\d ,\xa0%]+ [●◐○] (Grön|Gul|Röd) → Delår 2: ", text)
    assert "Prognos helår" not in text.split("Teckenförklaring")[-1].split("Bilaga Underlag")[0]


def test_every_warning_has_a_short_kind_for_the_report() -> None:
    from vplan_excel import messages

    warnings = {code for code, (severity, _, _) in messages.PROBLEMS.items() if severity == "varning"}
    assert warnings <= set(messages.WARNING_KINDS)


def test_annual_report_with_nothing_reported_for_helar_is_refused_unless_a_draft(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    folder = tmp_path / "underlag"
    shutil.copytree(UNDERLAG, folder)
    shutil.copy(EXAMPLE / "plan.toml", tmp_path / "plan.toml")
    for path in folder.glob("*.xlsx"):  # the Delår workbooks as they were before Helår was filled in
        workbook = load_workbook(path)
        sheet = workbook["Nyckelresultat"]
        heading_row = next(row for row in sheet.iter_rows(max_row=10) if any(c.value == "ID" for c in row))
        for cell in heading_row:
            if isinstance(cell.value, str) and cell.value.endswith(" Helår"):
                for row in range(cell.row + 1, sheet.max_row + 1):
                    sheet.cell(row=row, column=cell.column).value = None
        workbook.save(path)
    out = tmp_path / "rapport.docx"
    code, _, stderr = merge(str(folder), "--period", "helar", "--out", str(out))
    assert code == 1
    assert "0 av 65 nyckelresultat är rapporterade för Helår" in stderr
    assert not out.exists()
    code, _, _ = merge(str(folder), "--period", "helar", "--out", str(out), "--utkast")
    assert code == 0
    assert Document(str(out)).core_properties.title == "UTKAST – Årsrapport 2026"
    assert "UTKAST – underlaget är ofullständigt (0 av 65 nyckelresultat rapporterade)" in all_text(out)
