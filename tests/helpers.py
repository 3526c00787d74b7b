"""Helpers shared by the tests: the test plan, sample content, and changing a workbook the
way a unit head (or a hostile file) would. Fixtures live in conftest.py."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from vplan_excel.model import Activity, ActivityProgress, Assessment, KeyResult, PeriodResult

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
                   actions="Informationskampanj i maj.", proposal="Delvis uppfyllt",
                   forecast="Uppfylls delvis"),
    ]


def set_cells(path: Path, sheet: str, values: dict[str, Any]) -> None:
    """Change cells the way a unit head would in Excel (test helper)."""
    workbook = load_workbook(path)
    for cell, value in values.items():
        workbook[sheet][cell] = value
    workbook.save(path)


def rewrite_zip(path: Path, change: dict[str, bytes | None], extra: list[tuple[str, bytes]] = ()) -> None:
    """Rewrite an .xlsx with some parts replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            if name in change:
                if change[name] is not None:
                    target.writestr(name, change[name])
            else:
                target.writestr(name, data)
        present = {name for name, _ in parts}
        for name, data in [*extra, *((n, d) for n, d in change.items() if n not in present and d is not None)]:
            target.writestr(name, data)


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


# A fake LibreOffice (conftest.fake_soffice) that writes a PDF where soffice --convert-to would
WRITES_PDF = """\
outdir, source = args[args.index("--outdir") + 1], args[-1]
name = os.path.splitext(os.path.basename(source))[0] + ".pdf"
open(os.path.join(outdir, name), "wb").write(b"%PDF-1.4 fake")
"""


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(path: Path, out_dir: Path, target: str, infilter: str | None = None) -> Path:
    """Open path in headless LibreOffice (its own profile) and save it as target ("xlsx:…", "html", "pdf");
    infilter is the import filter with its options ("CSV:59,34,76,1,,1053" for Swedish CSV)."""
    assert SOFFICE, "LibreOffice (soffice) must be installed"
    out_dir.mkdir()
    profile = (out_dir.parent / f"lo-profile-{out_dir.name}").as_uri()
    completed = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         *([f"--infilter={infilter}"] if infilter else []),
         "--convert-to", target, "--outdir", str(out_dir), str(path)],
        capture_output=True, text=True, timeout=180,
    )
    converted = out_dir / (path.stem + "." + target.split(":")[0])
    assert converted.exists(), f"LibreOffice could not open {path.name}: {completed.stdout} {completed.stderr}"
    return converted
