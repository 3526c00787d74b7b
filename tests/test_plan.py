"""The plan file: the shipped example reproduces the seed; mistakes are reported by line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import EXAMPLE, PLAN_TOML

from vplan_excel import VplanError, load_plan


def test_example_plan_reproduces_the_seed() -> None:
    plan = load_plan(EXAMPLE / "plan.toml")
    assert plan.municipality == "Norsjö kommun"
    assert plan.document.owner == "Verksamhetschef KU"
    assert [g.number for g in plan.goals] == list(range(1, 10))
    assert [d.name for d in plan.departments] == ["Teknikavdelningen", "Utvecklingsavdelningen"]
    assert [u.name for u in plan.units] == [
        "Ledningsgruppen", "Måltider", "Fastighet och service", "Gata/park, vatten och avfall (GVA)",
        "Trepartens renhållningsnämnd", "Näringsliv och samhälle", "Arbetsmarknad (inkl. Knut'n)", "Kultur och fritid"]
    assert plan.goal(1).title == "Vi använder värdegrunden som vår kompass när vi utför våra uppdrag"
    assert plan.goal(1).council_indicator == "HME-index"
    assert plan.goal(1).department_id is None and plan.goal(1).rule == "bedömning"
    assert plan.goal(4).title.endswith("både när det gäller teknik och arbetssätt inom vår avdelning")
    assert plan.goal(7).council_indicator == "Näringslivsenkät – samlat omdöme"
    assert plan.goal(8).title == "Upplevelsen av den kommunala servicen är god"
    assert plan.goal(8).description.count("\n\n") == 2
    assert {g.number for g in plan.goals if g.department_id == "teknik"} == {3, 4}
    assert {g.number for g in plan.goals if g.department_id == "utveckling"} == {5, 6, 7, 8, 9}
    assert all(g.rule == "alla" for g in plan.goals[2:])
    assert [p.name for p in plan.periods] == ["Delår 1", "Delår 2", "Helår"]
    assert len(plan.expected_submissions()) == 21


def errors_for(tmp_path: Path, text: str) -> list[tuple[str, int | None, str]]:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VplanError) as caught:
        load_plan(path)
    return [(p.code, p.line, p.message) for p in caught.value.problems]


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_misspelt_key_is_reported_on_its_line_with_a_suggestion(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('titel = "Avdelningen', 'tittel = "Avdelningen')
    errors = errors_for(tmp_path, text)
    assert ("plan-okand-nyckel", line_of(text, "tittel ="), "Okänd nyckel tittel i [mal]. Menade du titel?") in errors
    assert ("plan-nyckel-saknas", line_of(text, "[[mal]]"), "Nyckeln titel saknas eller är tom i [mal].") in errors


def test_unknown_unit_in_goal(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('enheter = ["gva", "maltider"]', 'enheter = ["gva", "kost"]')
    assert errors_for(tmp_path, text) == [
        ("plan-okand-referens", line_of(text, "enheter ="), 'Det finns ingen enhet med id "kost".')]


def test_unknown_rule_and_bad_id(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('regel = "alla"', 'regel = "majoritet"').replace('id = "gva"', 'id = "Gata & park"')
    codes = [(code, line) for code, line, _ in errors_for(tmp_path, text)]
    assert ("plan-okand-regel", line_of(text, "regel =")) in codes
    assert ("plan-ogiltigt-id", line_of(text, 'id = "Gata & park"')) in codes


def test_date_in_quotes_is_explained(tmp_path: Path) -> None:
    text = PLAN_TOML.replace("per = 2026-04-30", 'per = "30 april"')
    [(code, line, _)] = errors_for(tmp_path, text)
    assert (code, line) == ("plan-fel-typ", line_of(text, 'per = "30 april"'))


# Mistakes in a single value: (line in the test plan, what it is replaced by, code, the line reported)
VALUE_MISTAKES = [
    ('id = "test-2026"', 'id = "Test 2026 å"', "plan-ogiltigt-id", 'id = "Test 2026 å"'),
    ('id = "test-2026"', "id = 2026", "plan-fel-typ", "id = 2026"),
    ('namn = "Verksamhetsplan Test 2026"', "namn = 2026", "plan-fel-typ", "namn = 2026"),
    ('namn = "Verksamhetsplan Test 2026"', 'namn = "  "', "plan-nyckel-saknas", 'namn = "  "'),
    ('kommun = "Testby kommun"', 'kommun = ["a"]', "plan-fel-typ", 'kommun = ["a"]'),
    ('verksamhetsomrade = "Kommunal utveckling"', "verksamhetsomrade = 1", "plan-fel-typ", "verksamhetsomrade = 1"),
    ("ar = 2026", 'ar = "2026"', "plan-fel-typ", 'ar = "2026"'),
    ("ar = 2026", "ar = 20.5", "plan-fel-typ", "ar = 20.5"),
    ("ar = 2026", "ar = 26", "plan-fel-typ", "ar = 26"),
    ("ar = 2026\n", "", "plan-nyckel-saknas", "[plan]"),
    ('dokumenttyp = "Rapport"', "dokumenttyp = 3", "plan-fel-typ", "dokumenttyp = 3"),
    ('dokumentagare = "Verksamhetschef"', 'dokumentagare = ""', "plan-nyckel-saknas", 'dokumentagare = ""'),
    ("faststalld = 2026-01-15", 'faststalld = "2026-01-15"', "plan-fel-typ", 'faststalld = "2026-01-15"'),
    ("faststalld = 2026-01-15", "faststalld = 2026-01-15T10:00:00", "plan-fel-typ", "faststalld = 2026-01-15T10"),
    ("faststalld = 2026-01-15", "faststalld = 2026-01-15\ngaller_for = 2026", "plan-fel-typ", "galler_for ="),
    ("faststalld = 2026-01-15", "faststalld = 2026-01-15\ndiarienummer = true", "plan-fel-typ", "diarienummer ="),
    ("faststalld = 2026-01-15", 'faststalld = 2026-01-15\ngiltig_till = "2027"', "plan-fel-typ", "giltig_till ="),
    ('namn = "Delår 1"', 'namn = " "', "plan-nyckel-saknas", 'namn = " "'),
    ("nummer = 3\n", "", "plan-nyckel-saknas", "[[mal]]"),
    ("nummer = 3", "nummer = 100", "plan-fel-typ", "nummer = 100"),
]


@pytest.mark.parametrize(("old", "new", "code", "fragment"), VALUE_MISTAKES)
def test_a_wrong_value_is_reported_once_on_its_line(tmp_path: Path, old: str, new: str, code: str,
                                                    fragment: str) -> None:
    text = PLAN_TOML.replace(old, new, 1)
    assert [(c, line) for c, line, _ in errors_for(tmp_path, text)] == [(code, line_of(text, fragment))]


def test_plan_header_mistakes_say_how_to_fix_them(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('id = "test-2026"', 'id = "Test 2026 å"')
    text = text.replace("namn = \"Verksamhetsplan Test 2026\"", "namn = 2026")
    text = text.replace("ar = 2026", 'ar = "2026"')
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VplanError) as caught:
        load_plan(path)
    assert [(p.place, p.message, p.hint) for p in caught.value.problems] == [
        ("plan.toml, rad 2", 'Id "Test 2026 å" får bara innehålla små bokstäver a–z, siffror, - och _.',
         'Använd ett kort id utan å, ä, ö och mellanslag, t.ex. "gva".'),
        ("plan.toml, rad 3", "Värdet för namn har fel form.", "Skriv text inom citattecken."),
        ("plan.toml, rad 6", "Värdet för ar har fel form.",
         "Skriv ett årtal med fyra siffror utan citattecken, t.ex. 2026."),
    ]


@pytest.mark.parametrize("text", [
    PLAN_TOML + "\n[[regler]]\ngul_grans = 0.5\n",
    "regler = 0.5\n" + PLAN_TOML,
    "period = [2026]\n" + PLAN_TOML.replace("[[period]]", "[[x]]"),
])
def test_a_table_written_in_the_wrong_form_is_an_error_not_a_crash(tmp_path: Path, text: str) -> None:
    assert "plan-tabelltyp" in [code for code, _, _ in errors_for(tmp_path, text)]


def test_duplicate_goal_number(tmp_path: Path) -> None:
    goal = PLAN_TOML[PLAN_TOML.index("[[mal]]"):]
    text = PLAN_TOML + "\n" + goal
    second = [number for number, line in enumerate(text.splitlines(), start=1) if line == "nummer = 3"][1]
    assert [(code, line) for code, line, _ in errors_for(tmp_path, text)] == [("plan-dubblett", second)]


def problems_for(tmp_path: Path, text: str) -> list[tuple[str, str, str, int | None, str]]:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VplanError) as caught:
        load_plan(path)
    return [(p.severity, p.code, p.file, p.line, p.message) for p in caught.value.problems]


MISSPELT_TABLE = PLAN_TOML + "\n[regel]\ngul_grans = 0.7\n"


def test_unknown_table_is_an_error_naming_it(tmp_path: Path) -> None:
    [(severity, code, file, _, message)] = problems_for(tmp_path, MISSPELT_TABLE)
    assert (severity, code, file, message) == ("fel", "plan-okand-tabell", "plan.toml", "Okänd tabell [regel].")


@pytest.mark.parametrize(("text", "where"), [
    (MISSPELT_TABLE, "[regel]"),
    (PLAN_TOML + "\n[[regel]]\ngul_grans = 0.7\n", "[[regel]]"),
    (PLAN_TOML + "\n[regel.extra]\ngul_grans = 0.7\n", "[regel.extra]"),
    ("regel = 0.7\n" + PLAN_TOML, "regel = 0.7"),
], ids=["table", "list", "dotted", "key"])
def test_unknown_table_is_reported_on_its_line(tmp_path: Path, text: str, where: str) -> None:
    assert [line for _, _, _, line, _ in problems_for(tmp_path, text)] == [line_of(text, where)]


def test_missing_table_is_an_error_for_the_file(tmp_path: Path) -> None:
    text = PLAN_TOML[:PLAN_TOML.index("[dokument]")] + PLAN_TOML[PLAN_TOML.index("[[period]]"):]
    assert problems_for(tmp_path, text) == [
        ("fel", "plan-tabell-saknas", "plan.toml", None, "Tabellen dokument saknas.")]


@pytest.mark.parametrize("periods", ["", "period = []\n"], ids=["absent", "empty"])
def test_missing_periods_are_reported_once(tmp_path: Path, periods: str) -> None:
    text = periods + re.sub(r"\[\[period\]\]\n(?:.+\n)+", "", PLAN_TOML)
    missing = [problem for problem in problems_for(tmp_path, text) if problem[1] == "plan-tabell-saknas"]
    assert missing == [("fel", "plan-tabell-saknas", "plan.toml", None, "Tabellen period saknas.")]


def test_table_written_as_one_table_instead_of_a_list_is_reported_on_its_line(tmp_path: Path) -> None:
    text = PLAN_TOML.replace("[[avdelning]]", "[avdelning]")
    assert problems_for(tmp_path, text) == [("fel", "plan-tabelltyp", "plan.toml", line_of(text, "[avdelning]"),
                                             "Tabellen avdelning ska skrivas [[avdelning]].")]


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = PLAN_TOML.replace('namn = "Måltider"', 'namn = "Måltider')
    [(code, line, message)] = errors_for(tmp_path, text)
    assert (code, line) == ("plan-syntax", line_of(text, 'namn = "Måltider'))
    assert message.startswith("Planfilen kunde inte tolkas")


def test_periods_are_found_by_id_or_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(PLAN_TOML, encoding="utf-8")
    plan = load_plan(path)
    assert plan.period("delar2") == plan.period("delår 2") == plan.periods[1]
    assert plan.period("helår") is None


WITH_CONTACTS = PLAN_TOML.replace('ar = 2026\n', 'ar = 2026\navsandare = "Karin Berglund"\n'
                                  'avsandare_epost = "karin.berglund@example.se"\n', 1).replace(
    '(GVA)"\n', '(GVA)"\nkortnamn = "GVA"\n', 1).replace(
    'namn = "Måltider"\n', 'namn = "Måltider"\nkontakt = "Lena Holmberg"\nepost = "lena.holmberg@example.se"\n', 1)


def test_contacts_of_the_administrator_and_the_units(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(WITH_CONTACTS, encoding="utf-8")
    plan = load_plan(path)
    assert plan.sender is not None and plan.sender.shown == "Karin Berglund, karin.berglund@example.se"
    contacts = {unit.id: unit.contact for unit in plan.units}
    assert contacts["gva"] is None
    assert contacts["maltider"] is not None and (contacts["maltider"].name, contacts["maltider"].email) == (
        "Lena Holmberg", "lena.holmberg@example.se")


def test_a_short_name_is_used_where_space_is_tight_and_the_name_stands_in_for_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(WITH_CONTACTS, encoding="utf-8")
    plan = load_plan(path)
    assert [(unit.id, unit.short) for unit in plan.units] == [("gva", "GVA"), ("maltider", "Måltider")]


@pytest.mark.parametrize("address", ["lena.holmberg", "Lena <lena@example.se>", "lena@example", "lena @example.se"])
def test_an_address_that_is_no_address_is_an_error_on_its_line(tmp_path: Path, address: str) -> None:
    text = WITH_CONTACTS.replace('"lena.holmberg@example.se"', f'"{address}"')
    [(severity, code, file, line, message)] = problems_for(tmp_path, text)
    assert (severity, code, file, message) == ("fel", "plan-ogiltig-epost", "plan.toml",
                                               f'"{address}" är ingen e-postadress.')
    assert line == line_of(text, f'epost = "{address}"')
