"""Reading a filled workbook back, and every value rule with the exact cell reported."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from helpers import part, rewrite_zip, sample_activities, sample_assessments, sample_key_results, set_cells
from openpyxl import load_workbook

from vplan_excel import read_folder
from vplan_excel.model import Plan
from vplan_excel.reading.submission import read_workbook

GVA = "mal-03-gva.xlsx"


def problems_of(folder: Path, plan: Plan, file: str = GVA) -> list[tuple[str, str, str | None, str | None]]:
    result = read_folder(folder, plan, plan.periods[0])
    return [(p.severity, p.code, p.sheet, p.cell) for p in result.problems if p.file == file]


def test_filled_workbook_reads_back_as_written(filled_folder: Path, plan: Plan) -> None:
    submission, problems = read_workbook(filled_folder / GVA, GVA, plan)
    assert problems == []
    assert submission is not None
    assert (submission.goal_number, submission.unit_id) == (3, "gva")
    for read, written in zip(submission.key_results, sample_key_results(), strict=True):
        assert (read.id, read.title, read.measure, read.baseline, read.target, read.direction, read.weight) == (
            written.id, written.title, written.measure, written.baseline, written.target, written.direction,
            written.weight)
        for period_id, expected in written.periods.items():
            got = read.periods[period_id]
            assert (got.outcome, got.status, got.comment) == (expected.outcome, expected.status, expected.comment)
    assert submission.key_results[1].periods["delar2"].status is None
    activity = submission.activities[0]
    expected_activity = sample_activities()[0]
    assert (activity.id, activity.title, activity.key_result_id, activity.responsible, activity.start,
            activity.due) == (expected_activity.id, expected_activity.title, expected_activity.key_result_id,
                              expected_activity.responsible, expected_activity.start, expected_activity.due)
    assert activity.periods["delar1"].status == "Pågår"
    assessment = submission.assessments["delar1"]
    expected_assessment = sample_assessments()[0]
    assert (assessment.analysis, assessment.actions, assessment.proposal, assessment.forecast) == (
        expected_assessment.analysis, expected_assessment.actions, expected_assessment.proposal,
        expected_assessment.forecast)
    assert submission.key_results[0].periods["delar1"].status_source.cell == "I7"


def test_valid_folder_has_no_errors_or_warnings(filled_folder: Path, plan: Plan) -> None:
    result = read_folder(filled_folder, plan, plan.periods[0])
    assert [(p.code, p.file) for p in result.problems] == []
    assert result.files_read == 2
    assert len(result.submissions) == 2


def test_free_text_is_read_exactly_as_typed_and_ids_without_invisibles(filled_folder: Path, plan: Plan) -> None:
    family = "Vi firade med \U0001f468\u200d\U0001f469\u200d\U0001f467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    set_cells(filled_folder / GVA, "Nyckelresultat", {"A7": "NR1\u200b", "J7": family, "B7": persian})
    set_cells(filled_folder / GVA, "Bedömning", {"B7": persian + " \u2013 analys"})
    submission, problems = read_workbook(filled_folder / GVA, GVA, plan)
    assert submission is not None and problems == []
    key_result = submission.key_results[0]
    assert (key_result.id, key_result.title, key_result.periods["delar1"].comment) == ("NR1", persian, family)
    assert submission.assessments["delar1"].analysis == persian + " \u2013 analys"


def test_ambiguous_number_names_both_readings_and_is_not_guessed(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H7": "3.420"})
    result = read_folder(filled_folder, plan, plan.periods[0])
    found = next(p for p in result.problems if p.code == "tal-tvetydigt")
    assert (found.severity, found.place) == ("fel", "mal-03-gva.xlsx, Nyckelresultat!H7")
    assert found.message == '"3.420" kan läsas både som 3,42 och som 3\u00a0420.'
    gva = next(s for s in result.submissions if s.unit_id == "gva")
    assert gva.key_results[0].periods["delar1"].outcome is None


VALUE_CASES = [
    # sheet, cell, typed value, severity, code
    ("Nyckelresultat", "I7", "Lila", "fel", "status-okand"),
    ("Nyckelresultat", "I7", "grön ", "varning", "status-skrivsatt"),
    ("Nyckelresultat", "I7", "GUL", "varning", "status-skrivsatt"),
    ("Nyckelresultat", "I7", "Röd\u00a0", "varning", "status-skrivsatt"),
    ("Nyckelresultat", "I7", "\u200bGrön", "varning", "status-skrivsatt"),
    ("Nyckelresultat", "H7", "12,5", "varning", "tal-som-text"),
    ("Nyckelresultat", "H7", "1 200", "varning", "tal-som-text"),
    ("Nyckelresultat", "H7", "85 %", "varning", "tal-som-text"),
    ("Nyckelresultat", "H7", "\u22123", "varning", "tal-som-text"),
    ("Nyckelresultat", "H7", "3.420", "fel", "tal-tvetydigt"),
    ("Nyckelresultat", "H7", "−12,500", "fel", "tal-tvetydigt"),
    ("Nyckelresultat", "H7", "95.5", "varning", "tal-som-text"),
    ("Nyckelresultat", "H7", "0,545", "varning", "tal-som-text"),
    ("Nyckelresultat", "H7", "ca 20", "fel", "tal-ogiltigt"),
    ("Nyckelresultat", "E7", "hög", "fel", "tal-ogiltigt"),
    ("Nyckelresultat", "E7", None, "fel", "varde-saknas"),
    ("Nyckelresultat", "B7", None, "fel", "varde-saknas"),
    ("Nyckelresultat", "A8", None, "fel", "varde-saknas"),
    ("Nyckelresultat", "F7", "Uppåt", "fel", "status-okand"),
    ("Nyckelresultat", "F7", None, "fel", "varde-saknas"),
    ("Nyckelresultat", "A8", "NR1", "fel", "id-dubblett"),
    ("Aktiviteter", "C7", "NR9", "fel", "okant-nyckelresultat"),
    ("Aktiviteter", "G7", "Påbörjad", "fel", "status-okand"),
    ("Aktiviteter", "E7", "2026-02-01", "varning", "datum-som-text"),
    ("Aktiviteter", "E7", "snart", "fel", "datum-ogiltigt"),
    ("Aktiviteter", "E7", "2026-02-30", "fel", "datum-ogiltigt"),
    ("Aktiviteter", "F7", dt.date(2025, 12, 1), "varning", "datum-ordning"),
    ("Aktiviteter", "G7", None, "varning", "aktivitet-ej-rapporterad"),
    ("Bedömning", "D7", "Halvt", "fel", "status-okand"),
    ("Bedömning", "B7", None, "varning", "bedomning-saknas"),
    ("Nyckelresultat", "I7", None, "varning", "utfall-utan-status"),
    ("Nyckelresultat", "H7", None, "varning", "status-utan-utfall"),
]


@pytest.mark.parametrize(("sheet", "cell", "value", "severity", "code"), VALUE_CASES)
def test_value_problem_is_reported_at_its_cell(
    filled_folder: Path, plan: Plan, sheet: str, cell: str, value: object, severity: str, code: str
) -> None:
    if code == "status-utan-utfall":
        set_cells(filled_folder / GVA, sheet, {"J7": None})  # no comment explaining the missing outcome
    set_cells(filled_folder / GVA, sheet, {cell: value})
    assert (severity, code, sheet, cell) in problems_of(filled_folder, plan)


def test_unknown_status_lists_the_allowed_words_and_suggests_one(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"I7": "Gron"})
    found = [p for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.code == "status-okand"]
    assert len(found) == 1
    assert found[0].message == '"Gron" är inte en status.'
    assert found[0].hint == "Välj Grön, Gul eller Röd. Menade du Grön?"
    assert found[0].place == "mal-03-gva.xlsx, Nyckelresultat!I7"


def test_lenient_values_are_read_with_their_meaning(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H7": "1 200,5", "I7": " grön\u00a0", "D7": "\u22123"})
    submission, _ = read_workbook(filled_folder / GVA, GVA, plan)
    assert submission is not None
    kr = submission.key_results[0]
    assert (kr.periods["delar1"].outcome, kr.periods["delar1"].status, kr.baseline) == (1200.5, "Grön", -3.0)


def test_percent_formatted_cell_reads_as_percentage_points(filled_folder: Path, plan: Plan) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(filled_folder / GVA)
    workbook["Nyckelresultat"]["H7"] = 0.85  # Excel turns a typed "85%" into 0.85 shown as 85 %
    workbook["Nyckelresultat"]["H7"].number_format = "0%"
    workbook.save(filled_folder / GVA)
    submission, problems = read_workbook(filled_folder / GVA, GVA, plan)
    assert problems == []
    assert submission is not None and submission.key_results[0].periods["delar1"].outcome == 85.0


def test_rows_below_a_gap_are_still_read(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {
        "A30": "NR3", "B30": "Dagvattenbrunnar spolade", "C30": "antal", "E30": 400, "F30": "Högre är bättre",
        "H30": 150, "I30": "Gul"})
    submission, problems = read_workbook(filled_folder / GVA, GVA, plan)
    assert submission is not None
    assert [kr.id for kr in submission.key_results] == ["NR1", "NR2", "NR3"]
    assert problems == []


def test_reordered_and_inserted_columns_are_read_by_heading(filled_folder: Path, plan: Plan) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(filled_folder / GVA)
    sheet = workbook["Nyckelresultat"]
    sheet.insert_cols(2)  # a unit adds its own column after ID
    sheet["B6"] = "Egen anteckning"
    sheet["B7"] = "Fråga Lena"
    sheet.move_range("J6:J40", cols=10)  # and moves "Status Delår 1" far to the right
    workbook.save(filled_folder / GVA)
    submission, problems = read_workbook(filled_folder / GVA, GVA, plan)
    assert problems == []
    assert submission is not None
    kr = submission.key_results[0]
    assert (kr.title, kr.periods["delar1"].status, kr.periods["delar1"].outcome) == (
        "Minskat vattenläckage i ledningsnätet", "Gul", 19.5)
    assert kr.periods["delar1"].status_source.cell == "T7"


def test_renamed_heading_is_reported_where_the_template_has_it(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"E6": "Mål"})
    problems = [p for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.file == GVA]
    assert [(p.code, p.cell) for p in problems] == [("rubrik-saknas", "E6")]
    assert '"Målvärde"' in problems[0].message


def test_repeated_heading_is_reported_at_the_repeat(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"P6": "Mått"})
    submission, problems = read_workbook(filled_folder / GVA, GVA, plan)
    assert [(p.code, p.sheet, p.cell, p.message) for p in problems] == [
        ("rubrik-dubblett", "Nyckelresultat", "P6", 'Kolumnrubriken "Mått" finns två gånger.')]


def test_sheet_without_key_results_is_reported_in_the_id_column(blank_folder: Path, plan: Plan) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(blank_folder / GVA)
    workbook["Nyckelresultat"].insert_cols(1)  # a unit's own column before ID: ID is column B
    workbook.save(blank_folder / GVA)
    submission, problems = read_workbook(blank_folder / GVA, GVA, plan)
    assert [(p.code, p.sheet, p.cell) for p in problems] == [("inga-nyckelresultat", "Nyckelresultat", "B7")]


def test_renamed_sheet_is_reported(filled_folder: Path, plan: Plan) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(filled_folder / GVA)
    workbook["Aktiviteter"].title = "Aktiviteter 2026"
    workbook.save(filled_folder / GVA)
    problems = problems_of(filled_folder, plan)
    assert ("fel", "blad-saknas", "Aktiviteter", None) in problems
    assert [p for p in problems if p[2] == "Aktiviteter" and p[1] != "blad-saknas"] == []


def test_deleted_heading_row_is_reported_for_its_sheet(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Aktiviteter", {f"{column}6": None for column in "ABCDEFGHIJ"})
    assert problems_of(filled_folder, plan) == [("fel", "rubrikrad-saknas", "Aktiviteter", None)]


def test_a_heading_typed_twice_is_reported_at_the_repeated_heading(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"N6": "Kommentar Delår 1"})  # a unit's own column, misnamed
    found = [p for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.file == GVA]
    assert [(p.severity, p.code, p.sheet, p.cell) for p in found] == [
        ("fel", "rubrik-dubblett", "Nyckelresultat", "N6")]
    assert found[0].message == 'Kolumnrubriken "Kommentar Delår 1" finns två gånger.'


def test_workbook_without_key_results_is_an_error_at_the_first_row(blank_folder: Path, plan: Plan) -> None:
    found = [p for p in problems_of(blank_folder, plan) if p[2] == "Nyckelresultat"]
    assert found == [("fel", "inga-nyckelresultat", "Nyckelresultat", "A7")]


def test_not_reported_key_result_is_a_warning_for_the_followed_up_period(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H8": None, "I8": None, "J8": None})
    assert ("varning", "ej-rapporterad", "Nyckelresultat", "I8") in problems_of(filled_folder, plan)


def test_uncached_formula_is_an_error_at_its_cell(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H7": "=D7-2"})
    assert ("fel", "formel-utan-varde", "Nyckelresultat", "H7") in problems_of(filled_folder, plan)


def test_excel_error_value_is_an_error_at_its_cell(filled_folder: Path, plan: Plan) -> None:
    path = filled_folder / GVA
    sheet = part(path, "xl/worksheets/sheet2.xml")
    start = sheet.index(b'<c r="H7"')
    end = sheet.index(b"</c>", start) + 4
    sheet = sheet[:start] + b'<c r="H7" t="e"><f>D7/0</f><v>#DIV/0!</v></c>' + sheet[end:]
    rewrite_zip(path, {"xl/worksheets/sheet2.xml": sheet})
    found = [p for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.file == GVA]
    assert [(p.code, p.cell, p.message) for p in found] == [
        ("cell-felvarde", "H7", "Cellen visar Excels felvärde #DIV/0!.")]


def test_formulas_are_found_in_cells_only_whatever_the_namespace_prefix(filled_folder: Path, plan: Plan) -> None:
    """A sheet written with a prefix on every element (<x:c>, <x:f>) is checked like any other;
    the formulas of conditional formatting and data validation are no cells' formulas."""
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H7": "=D7-2"})
    path = filled_folder / GVA
    sheet = part(path, "xl/worksheets/sheet2.xml")
    assert b"<formula" in sheet  # the template's own checks
    prefixed = re.sub(rb"<(/?)(\w+[ />])", rb"<\1x:\2", sheet).replace(b"xmlns=", b"xmlns:x=", 1)
    rewrite_zip(path, {"xl/worksheets/sheet2.xml": prefixed})
    assert [p for p in problems_of(filled_folder, plan) if p[1] != "ej-rapporterad"] == [
        ("fel", "formel-utan-varde", "Nyckelresultat", "H7")]


def add_external_link(path: Path, cell: str, target: str) -> None:
    """Make cell a formula that reads from another file, as Excel saves it: an externalLink part
    with the other file's cached values, referenced from the workbook."""
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    workbook = part(path, "xl/workbook.xml").replace(
        b"</sheets>", b'</sheets><externalReferences><externalReference xmlns:r="%s" r:id="rIdLink1"/>'
        b"</externalReferences>" % relationships.encode())
    workbook_rels = part(path, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rIdLink1" Type="%s/externalLink" '
        b'Target="/xl/externalLinks/externalLink1.xml"/></Relationships>' % relationships.encode())
    content_types = part(path, "[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')
    link = (b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s">'
            b'<externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames><sheetDataSet>'
            b'<sheetData sheetId="0"><row r="1"><cell r="A1"><v>19.5</v></cell></row></sheetData>'
            b"</sheetDataSet></externalBook></externalLink>" % relationships.encode())
    link_rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 b'<Relationship Id="rId1" Type="%s/externalLinkPath" Target="%s" TargetMode="External"/>'
                 b"</Relationships>" % (relationships.encode(), target.encode()))
    sheet = part(path, "xl/worksheets/sheet2.xml")
    start = sheet.index(b'<c r="%s"' % cell.encode())
    end = sheet.index(b"</c>", start) + 4
    sheet = sheet[:start] + b'<c r="%s"><f>[1]Blad1!A1</f><v>19.5</v></c>' % cell.encode() + sheet[end:]
    rewrite_zip(path, {"xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": workbook_rels,
                       "[Content_Types].xml": content_types, "xl/worksheets/sheet2.xml": sheet,
                       "xl/externalLinks/externalLink1.xml": link,
                       "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels})


def test_value_linked_from_another_file_is_a_warning_for_the_workbook(filled_folder: Path, plan: Plan) -> None:
    add_external_link(filled_folder / GVA, "H7", "file:///G:/Ekonomi/Budget%202026.xlsx")
    assert problems_of(filled_folder, plan) == [("varning", "extern-lank", None, None)]
    submission, _ = read_workbook(filled_folder / GVA, GVA, plan)
    assert submission is not None and submission.key_results[0].periods["delar1"].outcome == 19.5


def test_merged_cells_in_the_table_are_reported_once(filled_folder: Path, plan: Plan) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(filled_folder / GVA)
    workbook["Nyckelresultat"].merge_cells("B7:B8")
    workbook.save(filled_folder / GVA)
    found = [(p.code, p.cell) for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.file == GVA]
    assert found == [("cell-sammanfogad", "B7")]


@pytest.mark.parametrize("value", ["1" * 400, "NaN"])
def test_non_finite_numbers_are_not_numbers(filled_folder: Path, plan: Plan, value: object) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"H7": value})
    assert ("fel", "tal-ogiltigt", "Nyckelresultat", "H7") in problems_of(filled_folder, plan)


@pytest.mark.parametrize("value", ["1" * 400, 3.5, "tre"])
def test_odd_identity_values_are_refused_not_crashed_on(filled_folder: Path, plan: Plan, value: object) -> None:
    set_cells(filled_folder / GVA, "Identitet", {"B2": value})
    assert [code for _, code, _, _ in problems_of(filled_folder, plan)] == ["identitet-saknas", "arbetsbok-saknas"]


def test_bedomning_rows_with_unknown_or_repeated_periods(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Bedömning", {"A8": "Delår två", "B8": "Text", "A9": "Delår 1", "B9": "Mer"})
    problems = problems_of(filled_folder, plan)
    assert ("fel", "period-okand", "Bedömning", "A8") in problems
    assert ("fel", "period-dubblett", "Bedömning", "A9") in problems


def test_missing_forecast_is_a_warning_before_the_last_period_only(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Bedömning", {"E7": None})
    assert ("varning", "prognos-saknas", "Bedömning", "E7") in problems_of(filled_folder, plan)
    last = read_folder(filled_folder, plan, plan.periods[-1])
    assert not [p for p in last.problems if p.code == "prognos-saknas"]


def test_version_1_workbook_without_forecast_column_is_still_read(filled_folder: Path, plan: Plan) -> None:
    workbook = load_workbook(filled_folder / GVA)
    workbook["Bedömning"].delete_cols(5)  # Prognos helår: version 1 had no such column
    workbook["Identitet"]["B4"] = 1
    workbook.save(filled_folder / GVA)
    submission, problems = read_workbook(filled_folder / GVA, GVA, plan)
    assert problems == []
    assert submission is not None and submission.template_version == 1
    assessment = submission.assessments["delar1"]
    assert (assessment.proposal, assessment.forecast, assessment.forecast_source) == ("Delvis uppfyllt", None, None)
    assert not [p for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.file == GVA]


def test_missing_bedomning_row_says_to_put_it_back(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Bedömning", {"A7": None, "B7": None, "C7": None, "D7": None})
    assert ("varning", "bedomning-rad-saknas", "Bedömning", None) in problems_of(filled_folder, plan)


@pytest.mark.parametrize(
    ("part_name", "sheet", "cell", "read"),
    [
        ("xl/worksheets/sheet2.xml", "Nyckelresultat", "J7", lambda s: s.key_results[0].periods["delar1"].comment),
        ("xl/worksheets/sheet2.xml", "Nyckelresultat", "C7", lambda s: s.key_results[0].measure),
        ("xl/worksheets/sheet3.xml", "Aktiviteter", "D7", lambda s: s.activities[0].responsible),
    ],
    ids=["kommentar", "matt", "ansvarig"],
)
def test_text_longer_than_excel_allows_is_a_warning(filled_folder: Path, plan: Plan, part_name: str, sheet: str,
                                                    cell: str, read) -> None:
    # openpyxl itself cuts text at Excel's limit: write the XML
    path = filled_folder / GVA
    xml = part(path, part_name)
    start = xml.index(f'<c r="{cell}"'.encode())
    end = xml.index(b"</c>", start) + 4
    xml = xml[:start] + f'<c r="{cell}" t="inlineStr"><is><t>'.encode() + b"x" * 40_000 + b"</t></is></c>" + xml[end:]
    rewrite_zip(path, {part_name: xml})
    assert ("varning", "text-for-lang", sheet, cell) in problems_of(filled_folder, plan)
    submission, _ = read_workbook(filled_folder / GVA, GVA, plan)
    assert len(read(submission)) == 32_767


def test_messages_show_values_as_the_unit_sees_them(filled_folder: Path, plan: Plan) -> None:
    set_cells(filled_folder / GVA, "Nyckelresultat", {"I7": 3, "H8": "0,545"})
    found = {p.code: p for p in read_folder(filled_folder, plan, plan.periods[0]).problems if p.file == GVA}
    assert found["status-okand"].message == '"3" är inte en status.'
    assert found["tal-som-text"].message == '"0,545" är skrivet som text och tolkas som talet 0,545.'
