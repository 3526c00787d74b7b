"""The benchmarks' synthetic follow-up: a plan file with many units and the filled workbooks.

The example plan's periods, document and nine goals, with N generated units spread over
the goals (goal numbers stop at 99, so a large follow-up has many units, as a real one
does). The plan is written as a plan.toml, so the benchmarks run the console command as a
user would. Each goal's first workbook is written and filled by vplan; the goal's other
units get copies with their own unit id in the identity sheet, so every file is distinct.
Folders are built once into a cache folder and reused.

Usage (also called by bench_validate.py and bench_merge.py):
    python benchmarks/synthetic.py CACHE_DIR N [N ...]
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from vplan_excel import fill_workbook, load_plan
from vplan_excel.model import Activity, ActivityProgress, Assessment, KeyResult, PeriodResult, Plan
from vplan_excel.workbook.layout import workbook_name
from vplan_excel.workbook.write import build_workbook, save_atomically

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_PLAN = REPO / "examples" / "norsjo-2025" / "plan.toml"
IDENTITY_PART = "xl/worksheets/sheet5.xml"  # the Identitet sheet, fifth in the workbook
DONE = ".complete"  # written last: a folder without it is rebuilt


def plan_text(n: int) -> str:
    """The example plan.toml with its units replaced by u00001..uN, spread round-robin over the goals;
    each unit belongs to its goal's department."""
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    head, rest = text.split("\n[[enhet]]\n", 1)
    blocks = rest.split("\n[[mal]]\n")[1:]
    departments = [re.search(r'^avdelning = "(\w+)"', block, re.M) for block in blocks]
    per_goal: list[list[str]] = [[] for _ in blocks]
    units = []
    for index in range(n):
        goal = index % len(blocks)
        unit_id = f"u{index + 1:05d}"
        per_goal[goal].append(unit_id)
        department = departments[goal]
        units.append(f'\n[[enhet]]\nid = "{unit_id}"\nnamn = "Enhet {index + 1}"\n'
                     + (f'avdelning = "{department.group(1)}"\n' if department else ""))
    new_goals = []
    for block, unit_ids in zip(blocks, per_goal):
        listed = ", ".join(f'"{u}"' for u in unit_ids)
        new_goals.append(re.sub(r"^enheter = \[.*?\]", f"enheter = [{listed}]", block, flags=re.M | re.S))
    return head + "".join(units) + "".join(f"\n[[mal]]\n{block}" for block in new_goals)


# --- realistic workbook content ---

SHARE_OF_THE_WAY = {"Grön": 1.0, "Gul": 0.85, "Röd": 0.2}  # an outcome that agrees with the status typed


def _outcome(baseline: float, target: float, status: str) -> float:
    return round(baseline + (target - baseline) * SHARE_OF_THE_WAY[status], 1)

MEASURES = [
    ("%", 62.0, 80.0, "Högre är bättre"),
    ("antal", 1200.0, 900.0, "Lägre är bättre"),
    ("kr", 450000.0, 380000.0, "Lägre är bättre"),
    ("dagar", 21.0, 14.0, "Lägre är bättre"),
    ("index", 68.0, 75.0, "Högre är bättre"),
]
KR_TITLES = [
    "Andel medarbetare som deltagit i dialog om målet",
    "Antal felanmälningar som behöver åtgärdas på plats",
    "Kostnad för inhyrda tjänster",
    "Genomsnittlig handläggningstid för ärenden",
    "Nöjd-kund-index i årets enkät",
]
STATUS_CYCLE = ["Grön", "Gul", "Röd", "Grön", "Gul"]
ACTIVITY_TITLES = [
    "Workshop med alla arbetslag om målets innebörd",
    "Införa digital felanmälan med automatisk ärendefördelning",
    "Upphandla ramavtal för konsulttjänster",
    "Ta fram rutin och checklista för ärendehantering",
]
ACTIVITY_STATUS = [("Klar", "Klar"), ("Pågår", "Klar"), ("Pågår", "Pågår"), ("Ej påbörjad", "Försenad")]


def sample_content(plan: Plan, goal_number: int) -> tuple[list[KeyResult], list[Activity], list[Assessment]]:
    """Five key results, four activities and assessments, reported for the first two periods."""
    periods = [p.id for p in plan.periods[:2]]
    key_results = []
    for index, ((measure, baseline, target, direction), title) in enumerate(zip(MEASURES, KR_TITLES), start=1):
        key_results.append(
            KeyResult(
                id=f"NR{index}", title=f"{title} (mål {goal_number})", measure=measure,
                baseline=baseline, target=target, direction=direction, weight=float(1 + index % 2), row=0,
                periods={
                    period_id: PeriodResult(
                        outcome=_outcome(baseline, target, STATUS_CYCLE[(index + offset) % len(STATUS_CYCLE)]),
                        status=STATUS_CYCLE[(index + offset) % len(STATUS_CYCLE)],
                        comment=f"Uppföljning {offset + 1}: arbetet går enligt plan, se aktivitet A{1 + index % 4}.",
                    )
                    for offset, period_id in enumerate(periods)
                },
            )
        )
    year = plan.year
    activities = [
        Activity(
            id=f"A{index}", title=title, key_result_id=f"NR{index}", responsible="Enhetschef",
            start=dt.date(year, 1 + index, 1), due=dt.date(year, 6 + index, 28), row=0,
            periods={
                period_id: ActivityProgress(status=statuses[offset], comment=f"Läget efter period {offset + 1}.")
                for offset, period_id in enumerate(periods)
            },
        )
        for index, (title, statuses) in enumerate(zip(ACTIVITY_TITLES, ACTIVITY_STATUS), start=1)
    ]
    assessments = [
        Assessment(
            period_id=period_id,
            analysis="Tre av fem nyckelresultat utvecklas i rätt riktning. Kostnaderna för inhyrda "
                     "tjänster ligger kvar på en hög nivå och handläggningstiden har inte minskat.",
            actions="Ny rutin för ärendehantering införs och ramavtalet upphandlas under hösten.",
            proposal=["Delvis uppfyllt", "Uppfyllt"][offset % 2],
            forecast="Uppfylls delvis",
            motivation="Bedömningen grundar sig på utfallet av nyckelresultaten och aktiviteternas läge.",
        )
        for offset, period_id in enumerate(periods)
    ]
    return key_results, activities, assessments


def build(cache: Path, n: int) -> Path:
    """The folder cache/nN with plan.toml and N filled workbooks (underlag/), built once."""
    folder = cache / f"n{n}"
    if (folder / DONE).exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    (folder / "underlag").mkdir(parents=True)
    (folder / "plan.toml").write_text(plan_text(n), encoding="utf-8")
    plan = load_plan(folder / "plan.toml")
    count = 0
    with tempfile.TemporaryDirectory() as work:
        for goal in plan.goals:
            if not goal.unit_ids:
                continue
            first = plan.unit(goal.unit_ids[0])
            assert first is not None
            filled = Path(work) / workbook_name(goal.number, first.id)
            save_atomically(build_workbook(plan, goal, first), filled)
            fill_workbook(filled, plan, *sample_content(plan, goal.number))
            with zipfile.ZipFile(filled) as source:
                parts = [(info, source.read(info)) for info in source.infolist()]
            for unit_id in goal.unit_ids:
                _copy_for_unit(parts, first.id, unit_id, folder / "underlag" / workbook_name(goal.number, unit_id))
                count += 1
    (folder / DONE).write_text(f"{count}\n", encoding="utf-8")
    print(f"built {count} workbooks in {time.perf_counter() - started:.0f} s: {folder}", file=sys.stderr)
    return folder


def _copy_for_unit(parts: list[tuple[zipfile.ZipInfo, bytes]], first: str, unit_id: str, out: Path) -> None:
    """A copy of the goal's filled workbook for another unit: its own id in the identity sheet."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename == IDENTITY_PART:
                data = data.replace(f"<t>{first}</t>".encode(), f"<t>{unit_id}</t>".encode(), 1)
            target.writestr(info, data)


def main(argv: list[str]) -> int:
    cache, *sizes = argv
    for n in sizes:
        build(Path(cache), int(n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
