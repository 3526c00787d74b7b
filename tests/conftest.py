"""Shared fixtures: a small plan, blank and filled workbooks built in tmp_path."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from vplan_excel import fill_workbook, load_plan, write_templates
from vplan_excel.model import Activity, ActivityProgress, Assessment, KeyResult, PeriodResult, Plan

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "norsjo-2025"

PLAN_TOML = """\
[plan]
id = "test-2026"
namn = "Verksamhetsplan Test 2026"
kommun = "Testby kommun"
verksamhetsomrade = "Kommunal utveckling"
ar = 2026

[dokument]
dokumenttyp = "Rapport"
dokumentagare = "Verksamhetschef"
beslutsinstans = "Kommunstyrelsen"
upprattad_av = "Kvalitetsstrateg"
faststalld = 2026-01-15

[[period]]
id = "delar1"
namn = "Delår 1"
per = 2026-04-30
sista_inlamning = 2026-05-15

[[period]]
id = "delar2"
namn = "Delår 2"
per = 2026-08-31

[[avdelning]]
id = "teknik"
namn = "Teknikavdelningen"

[[enhet]]
id = "gva"
namn = "Gata/park, vatten och avfall (GVA)"
avdelning = "teknik"

[[enhet]]
id = "maltider"
namn = "Måltider"
avdelning = "teknik"

[[mal]]
nummer = 3
titel = "Avdelningen hanterar gemensamma resurser på ett klokt och hållbart sätt"
beskrivning = "Vi planerar för att i första hand vårda det vi har."
kf_indikator = "Årsresultatets andel av skatter och bidrag"
avdelning = "teknik"
enheter = ["gva", "maltider"]
regel = "alla"
"""


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(PLAN_TOML, encoding="utf-8")
    return path


@pytest.fixture
def plan(plan_path: Path) -> Plan:
    return load_plan(plan_path)


def sample_key_results() -> list[KeyResult]:
    return [
        KeyResult(
            id="NR1", title="Minskat vattenläckage i ledningsnätet", measure="%", baseline=22.0, target=15.0,
            direction="Lägre är bättre", weight=1.0, row=0,
            periods={
                "delar1": PeriodResult(outcome=19.5, status="Gul", comment="Läcksökning i Bastuträsk klar."),
                "delar2": PeriodResult(outcome=14.8, status="Grön", comment="Två stora läckor åtgärdade & mätt."),
            },
        ),
        KeyResult(
            id="NR2", title="Felanmälningar via e-tjänst", measure="antal", baseline=None, target=1200.0,
            direction="Högre är bättre", weight=2.0, row=0,
            periods={"delar1": PeriodResult(outcome=310.0, status="Röd", comment="E-tjänsten lanserades i mars.")},
        ),
    ]


def sample_activities() -> list[Activity]:
    return [
        Activity(
            id="A1", title="Läcksökning med korrelator", key_result_id="NR1", responsible="VA-ingenjör",
            start=dt.date(2026, 1, 15), due=dt.date(2026, 9, 30), row=0,
            periods={"delar1": ActivityProgress(status="Pågår", comment="Norra delen klar.")},
        ),
    ]


def sample_assessments() -> list[Assessment]:
    return [
        Assessment(period_id="delar1", analysis="Läckaget minskar men e-tjänsten används lite.",
                   actions="Informationskampanj i maj.", proposal="Delvis uppfyllt"),
    ]


@pytest.fixture
def blank_folder(tmp_path: Path, plan: Plan) -> Path:
    folder = tmp_path / "underlag"
    write_templates(plan, folder)
    return folder


@pytest.fixture
def filled_folder(blank_folder: Path, plan: Plan) -> Path:
    """Both workbooks of the plan, filled with valid data for Delår 1."""
    for name in ("mal-03-gva.xlsx", "mal-03-maltider.xlsx"):
        fill_workbook(blank_folder / name, plan, sample_key_results(), sample_activities(), sample_assessments())
    return blank_folder


def set_cells(path: Path, sheet: str, values: dict[str, Any]) -> None:
    """Change cells the way a unit head would in Excel (test helper)."""
    workbook = load_workbook(path)
    for cell, value in values.items():
        workbook[sheet][cell] = value
    workbook.save(path)


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Install a fake LibreOffice first on PATH: a Python script running `behaviour` with its arguments in `args`.

    With uno=True a fake LibreOffice Python beside it answers the uno probe and runs the
    same behaviour in place of the UNO helper; without, no UNO Python is found and vplan
    calls the fake the `soffice --convert-to` way.
    """
    from vplan_excel.report import pdf

    def install(behaviour: str, uno: bool = False) -> Path:
        folder = tmp_path / "fake-office"
        folder.mkdir()
        script = f"#!{sys.executable}\nimport json, os, subprocess, sys, time\nargs = sys.argv[1:]\n"
        for name in ("soffice", "python") if uno else ("soffice",):
            program = folder / name
            probe = "if args == ['-c', 'import uno']:\n    sys.exit(0)\n" if name == "python" else ""
            program.write_text(script + probe + behaviour, encoding="utf-8")
            program.chmod(0o755)
        monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
        if not uno:
            monkeypatch.setattr(pdf, "_uno_python", lambda soffice: None)
        return folder

    return install


WRITES_PDF = """\
outdir, source = args[args.index("--outdir") + 1], args[-1]
name = os.path.splitext(os.path.basename(source))[0] + ".pdf"
open(os.path.join(outdir, name), "wb").write(b"%PDF-1.4 fake")
"""
