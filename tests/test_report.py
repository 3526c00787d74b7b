"""vplan merge: the Word report (read back with python-docx) and its PDF (LibreOffice + pdftotext)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
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
    for section in ("Sammanfattning", "Sammanställning av verksamhetens mål", "Teknikavdelningen",
                    "Utvecklingsavdelningen", "Teckenförklaring", "Bilaga Underlag"):
        assert section in headings
    text = all_text(example_report)
    assert "3 av 9 mål är uppfyllda, 6 delvis uppfyllda, 0 ej uppfyllda och 0 ej bedömda per 31 augusti 2026." in text
    assert "● Uppfyllt" in text and "◐ Delvis uppfyllt" in text


def test_report_metadata_language_and_header_rows(example_report: Path) -> None:
    document = Document(str(example_report))
    assert document.core_properties.title == "Delår 2 2026 – uppföljning av verksamhetsplanen"
    assert document.core_properties.language == "sv-SE"
    styles_xml = document.styles.element.xml
    assert 'w:val="sv-SE"' in styles_xml
    for table in document.tables[1:]:
        assert "<w:tblHeader" in table.rows[0]._tr.xml
    header = document.tables[0]
    assert [c.text for c in header.rows[0].cells] == ["Dokumenttyp", "Dokumentägare", "Beslutsinstans", "Giltig till"]
    assert [c.text for c in header.rows[1].cells] == ["Rapport", "Verksamhetschef KU", "Kommunstyrelsen", "2026-12-31"]


def test_chart_has_alternative_text_with_the_same_figures(example_report: Path) -> None:
    [chart] = Document(str(example_report)).inline_shapes
    description = chart._inline.docPr.get("descr")
    assert description.startswith("Diagram över måluppfyllelsen Delår 2 per del av verksamheten.")
    assert "Kommunal utveckling: 3 uppfyllda, 6 delvis uppfyllda, 0 ej uppfyllda, 0 ej bedömda" in description


def test_key_results_are_formatted_the_swedish_way_with_coloured_status(example_report: Path) -> None:
    document = Document(str(example_report))
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    hme = next(r for r in rows if r[0] == "NR1" and r[1].startswith("HME-index"))
    assert hme[2:8] == ["Ledningsgruppen", "76 index", "80 index", "79,5 index", "77,5 index", "◐ Gul"]
    status_cell = next(c for t in document.tables for row in t.rows for c in row.cells if c.text == "◐ Gul")
    assert 'w:fill="FFEB9C"' in status_cell._tc.xml


def test_appendix_lists_every_input_file_with_its_checksum(example_report: Path) -> None:
    text = all_text(example_report)
    for workbook in UNDERLAG.glob("*.xlsx"):
        assert workbook.name in text
    assert load(UNDERLAG, period="delar2").folder.submissions[0].sha256 in text


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
    assert "Mål 3, Gata/park, vatten och avfall (GVA): arbetsboken saknas eller har fel" in text
    assert ("0 av 2 nyckelresultat gröna, 1 gult, 1 rött (regel: alla) (2 av 3 nyckelresultat rapporterade); "
            "arbetsbok saknas från Gata/park") in text


def test_text_from_workbooks_cannot_break_or_inject(filled_folder: Path, tmp_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"J7": NASTY})
    out = tmp_path / "rapport.docx"
    code, stdout, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out))
    assert code == 0, stdout
    text = all_text(out)
    assert "Kostnad & kvalitet <ökade> med {{ 5 }} % {% if %}" in text
    assert "Andra raden 🚀" in text


def test_own_template(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "mall.docx"
    document = Document()
    document.add_heading("{{ plan.kommun }}: {{ rapport.period }}", level=1)
    document.add_paragraph("{%p for m in mal %}")
    document.add_paragraph("{{ m.nummer }} {{ m.status }}")
    document.add_paragraph("{%p endfor %}")
    document.save(template)
    out = tmp_path / "egen.docx"
    code, _, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--template", str(template))
    assert code == 0
    assert [p.text for p in Document(str(out)).paragraphs] == ["Testby kommun: Delår 1", "3 Delvis uppfyllt"]


def test_broken_template_is_a_clear_message_and_no_file(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "trasig.docx"
    document = Document()
    document.add_paragraph("{{ plan.kommun ")
    document.save(template)
    out = tmp_path / "rapport.docx"
    code, _, stderr = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--template", str(template))
    assert code == 2
    assert "Mallen trasig.docx kunde inte användas" in stderr
    assert not out.exists()


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
    assert re.search(r"Innehåll Sammanfattning\.{5,} ?\d+ Sammanställning av verksamhetens mål\.{5,} ?\d+", flat), \
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
                                                      "{%p endfor %}", "{%p for v in varningar %}", "{{ v.plat }}",
                                                      "{%p endfor %}"])
    code, lines = check(template)
    assert code == 1
    assert lines == [
        'mall.docx, stycke 1 ("{{ plan.komun }}"): Okänd variabel komun. Menade du kommun? '
        "Variablerna finns i README under Mallens variabler.",
        'mall.docx, stycke 3 ("{{ m.titl }}"): Okänd variabel titl. Menade du titel? '
        "Variablerna finns i README under Mallens variabler.",
        'mall.docx, stycke 6 ("{{ v.plat }}"): Okänd variabel plat. Menade du plats? '
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
