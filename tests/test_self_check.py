"""The workbook checks itself: LibreOffice, as a unit would see it, colours exactly the empty required cells."""

from __future__ import annotations

import os
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import SOFFICE, convert_with_libreoffice
from openpyxl import load_workbook

from vplan_excel import write_templates
from vplan_excel.model import Plan
from vplan_excel.reading.submission import read_workbook
from vplan_excel.workbook.style import MISSING_FILL, MOTIVATE_FILL

GVA = "mal-03-gva.xlsx"
needs_libreoffice = pytest.mark.skipif(SOFFICE is None and not os.environ.get("CI"),
                                       reason="LibreOffice is not installed (CI installs it)")


@pytest.fixture
def owned_plan(plan: Plan) -> Plan:
    """The test plan with goal 3 under the rule bedömning: gva, its owner, must motivate a deviation."""
    return replace(plan, goals=(replace(plan.goals[0], rule="bedömning"),))


def half_filled(plan: Plan, folder: Path) -> Path:
    """The Delår 2 workbook half filled in: NR3 lacks target, direction and Delår 2; A1 its Delår 2 status;
    Bedömning says Uppfyllt without motivation while Röd and Gul suggest Delvis uppfyllt."""
    write_templates(plan, folder, period=plan.period("delar2"))
    path = folder / GVA
    workbook = load_workbook(path)
    rows = [["NR1", "Läckage", "%", 22, 15, "Lägre är bättre", None, 19.5, "Gul", "", 21, "Röd", ""],
            ["NR2", "E-tjänst", "antal", None, 1200, "Högre är bättre", 2, 310, "Röd", "", 900, "Gul", ""],
            ["NR3", "Nytt nyckelresultat", "antal"]]
    for row, values in enumerate(rows, start=7):
        for column, value in enumerate(values, start=1):
            workbook["Nyckelresultat"].cell(row=row, column=column, value=value)
    for cell, value in {"A7": "A1", "B7": "Läcksökning", "C7": "NR1"}.items():
        workbook["Aktiviteter"][cell] = value
    workbook["Bedömning"]["B8"], workbook["Bedömning"]["D8"] = "Läckaget minskar.", "Uppfyllt"
    workbook.save(path)
    return path


class _Grid(HTMLParser):
    """LibreOffice's HTML export: per sheet, the background colour of each cell (A1 name -> RRGGBB)."""

    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[dict[str, str]] = []
        self.row = 0
        self.taken: set[tuple[int, int]] = set()
        self.column = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "table":
            self.sheets.append({})
            self.row, self.taken = 0, set()
        elif tag == "tr":
            self.row += 1
            self.column = 0
        elif tag == "td":
            self.column += 1
            while (self.row, self.column) in self.taken:
                self.column += 1
            rows, columns = int(values.get("rowspan") or 1), int(values.get("colspan") or 1)
            self.taken |= {(self.row + r, self.column + c) for r in range(rows) for c in range(columns)}
            if values.get("bgcolor"):
                name = f"{chr(64 + self.column)}{self.row}"
                self.sheets[-1][name] = values["bgcolor"].lstrip("#").upper()
            self.column += columns - 1


def coloured(html: Path, colour: str) -> dict[str, set[str]]:
    grid = _Grid()
    grid.feed(html.read_text(encoding="utf-8", errors="replace"))
    names = ["Instruktioner", "Nyckelresultat", "Aktiviteter", "Bedömning"]
    return {name: {cell for cell, fill in sheet.items() if fill == colour}
            for name, sheet in zip(names, grid.sheets, strict=True)}


@needs_libreoffice
def test_libreoffice_highlights_exactly_the_empty_required_cells(owned_plan: Plan, tmp_path: Path) -> None:
    html = convert_with_libreoffice(half_filled(owned_plan, tmp_path / "ut"), tmp_path / "html", "html")
    assert coloured(html, MISSING_FILL) == {
        "Instruktioner": set(),
        "Nyckelresultat": {"E9", "F9", "K9", "L9"},  # NR3: Målvärde, Riktning, Utfall and Status Delår 2
        "Aktiviteter": {"I7"},  # A1: Status Delår 2
        "Bedömning": set(),  # Analys and Bedömning are there
    }
    assert coloured(html, MOTIVATE_FILL)["Bedömning"] == {"F8"}  # Uppfyllt against Delvis uppfyllt


@needs_libreoffice
def test_the_highlight_goes_away_when_the_cells_are_filled(owned_plan: Plan, tmp_path: Path) -> None:
    path = half_filled(owned_plan, tmp_path / "ut")
    workbook = load_workbook(path)
    for cell, value in {"E9": 10, "F9": "Högre är bättre", "K9": 4, "L9": "Röd"}.items():
        workbook["Nyckelresultat"][cell] = value
    workbook["Aktiviteter"]["I7"] = "Pågår"
    workbook["Bedömning"]["F8"] = "Läckan i Bastuträsk är lagad efter periodens slut."
    workbook.save(path)
    html = convert_with_libreoffice(path, tmp_path / "html", "html")
    assert coloured(html, MISSING_FILL) == dict.fromkeys(("Instruktioner", "Nyckelresultat", "Aktiviteter",
                                                          "Bedömning"), set())
    assert coloured(html, MOTIVATE_FILL)["Bedömning"] == set()


def test_the_reader_ignores_the_self_check(owned_plan: Plan, tmp_path: Path) -> None:
    path = half_filled(owned_plan, tmp_path / "ut")
    submission, problems = read_workbook(path, GVA, owned_plan, owned_plan.period("delar2"))
    assert submission is not None and [kr.id for kr in submission.key_results] == ["NR1", "NR2", "NR3"]
    assert "formel-utan-varde" not in {p.code for p in problems}


def test_motivation_is_checked_only_where_the_reader_requires_it(owned_plan: Plan, plan: Plan,
                                                                 tmp_path: Path) -> None:
    def motivation_rules(plan: Plan, folder: Path, name: str) -> list[str]:
        write_templates(plan, folder, period=plan.period("delar2"))
        sheet = load_workbook(folder / name)["Bedömning"]
        return [str(cf.sqref) for cf in sheet.conditional_formatting
                if any(rule.dxf.fill.fgColor.rgb.endswith(MOTIVATE_FILL) for rule in cf.rules if rule.dxf)]

    assert motivation_rules(owned_plan, tmp_path / "a", GVA) == ["F8"]
    assert motivation_rules(owned_plan, tmp_path / "b", "mal-03-maltider.xlsx") == []  # not the goal owner
    assert motivation_rules(plan, tmp_path / "c", GVA) == []  # rule alla: no motivation asked for


def test_the_forecast_is_asked_for_in_every_period_but_the_last(plan: Plan, tmp_path: Path) -> None:
    def required(period: str) -> set[str]:
        write_templates(plan, tmp_path / period, period=plan.period(period))
        sheet = load_workbook(tmp_path / period / GVA)["Bedömning"]
        return {str(cf.sqref) for cf in sheet.conditional_formatting
                if any(rule.dxf.fill.fgColor.rgb.endswith(MISSING_FILL) for rule in cf.rules if rule.dxf)}

    assert required("delar1") == {"B7", "D7", "E7"}  # Analys, Bedömning, Prognos helår
    assert required("delar2") == {"B8", "D8"}  # the last period: the year is over, no forecast
